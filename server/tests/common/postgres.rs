//! A fresh, empty PostgreSQL database for one test, on the server `RASOAT_TEST_POSTGRES` names
//! (`.ci/run` sets it). Shared by the server's tests and, by path, the app's
//! (`tests/it/common/mod.rs`).

use std::sync::atomic::{AtomicU64, Ordering};

/// Its address; the tests fail clearly when no server is named.
pub fn fresh_postgres(rt: &tokio::runtime::Runtime) -> String {
    static MADE: AtomicU64 = AtomicU64::new(0);
    let admin = std::env::var("RASOAT_TEST_POSTGRES").unwrap_or_else(|_| {
        panic!(
            "RASOAT_TEST_POSTGRES is not set: the classroom's tests run on PostgreSQL too. \
             Start one with `.ci/postgres start` and set the address it prints (see the README)."
        )
    });
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let name = format!(
        "rasoat_test_{}_{nanos}_{}",
        std::process::id(),
        MADE.fetch_add(1, Ordering::Relaxed)
    );
    rt.block_on(async {
        use sqlx::Connection;
        let mut conn = sqlx::PgConnection::connect(&admin)
            .await
            .expect("connect to PostgreSQL");
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut conn)
            .await
            .expect("create a database");
    });
    let (base, _) = admin.rsplit_once('/').expect("a database address");
    format!("{base}/{name}")
}
