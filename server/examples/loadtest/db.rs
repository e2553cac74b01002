//! The database checked against every receipt, and fresh PostgreSQL databases for a run.

#[allow(unused_imports)]
use super::*;

pub(crate) struct DbCheck {
    pub(crate) rows: usize,
    pub(crate) acked_once: usize,
    pub(crate) missing: Vec<String>,
    pub(crate) twice: Vec<String>,
    pub(crate) wrong_receipt: usize,
    pub(crate) stored_unacked: usize,
    pub(crate) foreign: usize,
    pub(crate) trainees: i64,
    pub(crate) phase: String,
}

pub(crate) async fn check_database(
    url: &str,
    code: &str,
    acks: &[Ack],
    seed: u64,
) -> Result<DbCheck, String> {
    use sqlx::Row;
    let db = rasoat_server::Db::connect(url).await?;
    let class: (i64, String) = sqlx::query("SELECT id, phase FROM classes WHERE code = $1")
        .bind(code)
        .fetch_one(&db.pool)
        .await
        .and_then(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .map_err(|e| e.to_string())?;
    let rows = sqlx::query("SELECT idem_key, receipt FROM answers WHERE class_id = $1")
        .bind(class.0)
        .fetch_all(&db.pool)
        .await
        .map_err(|e| e.to_string())?;
    let trainees: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM trainees WHERE class_id = $1")
        .bind(class.0)
        .fetch_one(&db.pool)
        .await
        .map_err(|e| e.to_string())?;
    db.pool.close().await;
    let mut stored: HashMap<String, (usize, String)> = HashMap::new();
    for r in &rows {
        let key: String = r.try_get(0).map_err(|e| e.to_string())?;
        let receipt: String = r.try_get(1).map_err(|e| e.to_string())?;
        let entry = stored.entry(key).or_insert((0, receipt));
        entry.0 += 1;
    }
    let mut acked: HashMap<&str, &str> = HashMap::new();
    for a in acks {
        acked.insert(&a.key, &a.receipt);
    }
    let mut check = DbCheck {
        rows: rows.len(),
        acked_once: 0,
        missing: Vec::new(),
        twice: stored
            .iter()
            .filter(|(_, (n, _))| *n > 1)
            .map(|(k, _)| k.clone())
            .collect(),
        wrong_receipt: 0,
        stored_unacked: 0,
        foreign: 0,
        trainees,
        phase: class.1,
    };
    for (key, receipt) in &acked {
        match stored.get(*key) {
            Some((1, r)) => {
                check.acked_once += 1;
                if r != receipt {
                    check.wrong_receipt += 1;
                }
            }
            Some(_) => {}
            None => check.missing.push((*key).to_owned()),
        }
    }
    let prefix = format!("lt{seed}-");
    for key in stored.keys() {
        if !acked.contains_key(key.as_str()) {
            check.stored_unacked += 1;
        }
        if !key.starts_with(&prefix) {
            check.foreign += 1;
        }
    }
    Ok(check)
}

/// A fresh database on the PostgreSQL server of `admin`: (its address, its name).
pub(crate) async fn fresh_postgres(admin: &str) -> Result<(String, String), String> {
    use sqlx::Connection;
    let mut n = [0u8; 6];
    getrandom::fill(&mut n).map_err(|e| e.to_string())?;
    let name = format!("rasoat_load_{}", rasoat_server::hex(&n));
    let mut conn = sqlx::PgConnection::connect(admin)
        .await
        .map_err(|e| format!("{}: {e}", rasoat_server::db::redacted(admin)))?;
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut conn)
        .await
        .map_err(|e| e.to_string())?;
    let _ = conn.close().await;
    let base = admin.split('?').next().unwrap_or(admin);
    let (server, _) = base.rsplit_once('/').ok_or("a database address ends in /NAME")?;
    Ok((format!("{server}/{name}"), name))
}

pub(crate) async fn drop_postgres(admin: &str, name: &str) -> Result<(), String> {
    use sqlx::Connection;
    let mut conn = sqlx::PgConnection::connect(admin)
        .await
        .map_err(|e| e.to_string())?;
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
    )))
    .execute(&mut conn)
    .await
    .map_err(|e| e.to_string())?;
    let _ = conn.close().await;
    Ok(())
}
