//! Whose a trainee's secret is, remembered. A session never changes once made (a trainee who
//! joins again gets a new one; the old one stays valid), so after the first request the answer
//! path knows its caller without a query. Bounded: past [`MOST`] sessions the memory starts again
//! (each costs about 60 bytes).

use std::collections::HashMap;
use std::sync::Mutex;

use sha2::{Digest, Sha256};

use crate::db::{self, Db};
use crate::hex;

/// Sessions remembered at most.
const MOST: usize = 200_000;

/// A trainee's session, as its secret proves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caller {
    pub session: i64,
    pub trainee: i64,
    pub class_id: i64,
}

#[derive(Debug, Default)]
pub struct Callers {
    known: Mutex<HashMap<[u8; 32], Caller>>,
}

impl Callers {
    /// The session `secret` opens, if any.
    pub async fn get(&self, db: &Db, secret: &str) -> Result<Option<Caller>, sqlx::Error> {
        let digest: [u8; 32] = Sha256::digest(secret.as_bytes()).into();
        if let Some(c) = self.lock().get(&digest) {
            return Ok(Some(*c));
        }
        let Some((session, t)) = db::session_by_secret(db, &hex(&digest)).await? else {
            return Ok(None);
        };
        let caller = Caller {
            session,
            trainee: t.id,
            class_id: t.class_id,
        };
        let mut known = self.lock();
        if known.len() >= MOST {
            known.clear();
        }
        known.insert(digest, caller);
        Ok(Some(caller))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<[u8; 32], Caller>> {
        // The map holds no invariant a panic could break.
        self.known.lock().unwrap_or_else(|p| p.into_inner())
    }
}
