//! Limits on joining, so class codes cannot be guessed, without locking out a commune hall: a
//! whole office or a provincial hall shares one address behind NAT, so honest joins are never
//! counted by address. What is counted:
//! - per address, attempts with a code that names no class (a guesser's only way in);
//! - per class and identity, joins (one person retrying in a loop).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;

/// Wrong codes one address may try per minute.
pub const WRONG_CODES_PER_MINUTE: u32 = 20;
/// Joins of one identity to one class per minute.
pub const JOINS_PER_MINUTE: u32 = 10;

#[derive(Debug, Default)]
pub struct Limits {
    wrong_codes: Mutex<HashMap<IpAddr, (i64, u32)>>,
    joins: Mutex<HashMap<(i64, String), (i64, u32)>>,
}

/// Counts one event in the minute of `now`; false when `max` were already counted.
fn take<K: std::hash::Hash + Eq>(map: &Mutex<HashMap<K, (i64, u32)>>, key: K, now: i64, max: u32) -> bool {
    let Ok(mut m) = map.lock() else { return true };
    let minute = now / 60;
    if m.len() > 100_000 {
        m.retain(|_, (at, _)| *at == minute);
    }
    let entry = m.entry(key).or_insert((minute, 0));
    if entry.0 != minute {
        *entry = (minute, 0);
    }
    if entry.1 >= max {
        return false;
    }
    entry.1 += 1;
    true
}

/// Whether `max` events were already counted this minute (without counting one).
fn full<K: std::hash::Hash + Eq>(map: &Mutex<HashMap<K, (i64, u32)>>, key: &K, now: i64, max: u32) -> bool {
    let Ok(m) = map.lock() else { return false };
    m.get(key).is_some_and(|(at, n)| *at == now / 60 && *n >= max)
}

impl Limits {
    /// Whether this address has used up its wrong codes for this minute.
    pub fn guessing(&self, ip: IpAddr, now: i64) -> bool {
        full(&self.wrong_codes, &ip, now, WRONG_CODES_PER_MINUTE)
    }

    /// Counts a wrong code from `ip`.
    pub fn wrong_code(&self, ip: IpAddr, now: i64) {
        take(&self.wrong_codes, ip, now, WRONG_CODES_PER_MINUTE);
    }

    /// Counts a join of `identity` to class `class`; false when it is one too many.
    pub fn join(&self, class: i64, identity: &str, now: i64) -> bool {
        take(&self.joins, (class, identity.to_owned()), now, JOINS_PER_MINUTE)
    }
}
