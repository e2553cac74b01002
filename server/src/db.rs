//! The database: SQLite (one file, WAL, every commit synced) by default, PostgreSQL with a
//! `postgres://` address. One set of queries serves both (sqlx's `Any` driver; `$1` parameters,
//! which SQLite reads too), so the two behave the same; each has its own migrations, applied at
//! start. Every query is a constant string with bound parameters.

use std::path::Path;
use std::str::FromStr;

use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{AnyPool, Row};

/// Which database the server runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Clone)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db")
            .field("backend", &self.backend)
            .finish_non_exhaustive()
    }
}

/// A database address with its password hidden, for messages and logs.
pub fn redacted(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            let user = creds.split(':').next().unwrap_or("");
            format!("{}://{user}:***@{}", &url[..s], &url[at + 1..])
        }
        _ => url.to_owned(),
    }
}

/// The address of the SQLite file `path` (created when missing).
pub fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}?mode=rwc", path.display())
}

impl Db {
    /// Connects and applies the migrations.
    pub async fn connect(url: &str) -> Result<Self, String> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else {
            return Err(format!("{}: not a sqlite: or postgres:// address", redacted(url)));
        };
        let options = sqlx::any::AnyConnectOptions::from_str(url).map_err(|e| e.to_string())?;
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 8 } else { 16 })
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // Every acknowledged answer is on disk, even after a power cut; readers
                        // never block the writer.
                        for pragma in [
                            "PRAGMA journal_mode = WAL",
                            "PRAGMA synchronous = FULL",
                            "PRAGMA busy_timeout = 10000",
                            "PRAGMA foreign_keys = ON",
                            // 1 MB of page cache per connection, not 2: the working set is the
                            // last few pages of the answers (8 connections; measured by RSS).
                            "PRAGMA cache_size = -1024",
                        ] {
                            sqlx::query(pragma).execute(&mut *conn).await?;
                        }
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .map_err(|e| format!("{}: {e}", redacted(url)))?;
        let migrated = match backend {
            Backend::Sqlite => sqlx::migrate!("./migrations/sqlite").run(&pool).await,
            Backend::Postgres => sqlx::migrate!("./migrations/postgres").run(&pool).await,
        };
        migrated.map_err(|e| format!("{}: {e}", redacted(url)))?;
        Ok(Self { pool, backend })
    }
}

/// A class as stored.
#[derive(Debug, Clone)]
pub struct ClassRow {
    pub id: i64,
    pub code: String,
    pub trainer_key_hash: String,
    pub title: String,
    pub standard: String,
    pub mode: String,
    pub time_limit_s: Option<i64>,
    pub phase: String,
    pub created_at: i64,
    pub started_at: Option<i64>,
    pub paused_at: Option<i64>,
    pub paused_total_s: i64,
    pub extra_s: i64,
    pub closed_at: Option<i64>,
    pub released_at: Option<i64>,
}

pub const CLASS_COLUMNS: &str = "id, code, trainer_key_hash, title, standard, mode, time_limit_s, phase, created_at, \
     started_at, paused_at, paused_total_s, extra_s, closed_at, released_at";

impl ClassRow {
    pub fn from_row(r: &AnyRow) -> Result<Self, sqlx::Error> {
        Ok(Self {
            id: r.try_get(0)?,
            code: r.try_get(1)?,
            trainer_key_hash: r.try_get(2)?,
            title: r.try_get(3)?,
            standard: r.try_get(4)?,
            mode: r.try_get(5)?,
            time_limit_s: r.try_get(6)?,
            phase: r.try_get(7)?,
            created_at: r.try_get(8)?,
            started_at: r.try_get(9)?,
            paused_at: r.try_get(10)?,
            paused_total_s: r.try_get(11)?,
            extra_s: r.try_get(12)?,
            closed_at: r.try_get(13)?,
            released_at: r.try_get(14)?,
        })
    }
}

pub async fn class_by_code(db: &Db, code: &str) -> Result<Option<ClassRow>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT id, code, trainer_key_hash, title, standard, mode, time_limit_s, phase, created_at, \
         started_at, paused_at, paused_total_s, extra_s, closed_at, released_at FROM classes WHERE code = $1",
    )
    .bind(code)
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(ClassRow::from_row).transpose()
}

pub async fn class_by_id(db: &Db, id: i64) -> Result<Option<ClassRow>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT id, code, trainer_key_hash, title, standard, mode, time_limit_s, phase, created_at, \
         started_at, paused_at, paused_total_s, extra_s, closed_at, released_at FROM classes WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(ClassRow::from_row).transpose()
}

/// A stored answer, as the console and the exports read it.
#[derive(Debug, Clone)]
pub struct AnswerRow {
    pub id: i64,
    pub trainee_id: i64,
    pub idem_key: String,
    pub scenario_id: String,
    pub answer_json: String,
    pub seconds: i64,
    pub received_at: i64,
    pub receipt: String,
}

impl AnswerRow {
    pub fn from_row(r: &AnyRow) -> Result<Self, sqlx::Error> {
        Ok(Self {
            id: r.try_get(0)?,
            trainee_id: r.try_get(1)?,
            idem_key: r.try_get(2)?,
            scenario_id: r.try_get(3)?,
            answer_json: r.try_get(4)?,
            seconds: r.try_get(5)?,
            received_at: r.try_get(6)?,
            receipt: r.try_get(7)?,
        })
    }
}

/// Answers of a class with an id above `after`, in id order.
pub async fn answers_after(db: &Db, class_id: i64, after: i64) -> Result<Vec<AnswerRow>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, trainee_id, idem_key, scenario_id, answer_json, seconds, received_at, receipt \
         FROM answers WHERE class_id = $1 AND id > $2 ORDER BY id",
    )
    .bind(class_id)
    .bind(after)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(AnswerRow::from_row).collect()
}

/// One trainee's answers, in id order.
pub async fn answers_of(db: &Db, trainee_id: i64) -> Result<Vec<AnswerRow>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, trainee_id, idem_key, scenario_id, answer_json, seconds, received_at, receipt \
         FROM answers WHERE trainee_id = $1 ORDER BY id",
    )
    .bind(trainee_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(AnswerRow::from_row).collect()
}

/// A trainee as stored.
#[derive(Debug, Clone)]
pub struct TraineeRow {
    pub id: i64,
    pub class_id: i64,
    pub name: String,
    pub commune: String,
    pub district: String,
    pub province: String,
    pub joined_at: i64,
    pub extra_s: i64,
}

impl TraineeRow {
    pub fn from_row(r: &AnyRow) -> Result<Self, sqlx::Error> {
        Ok(Self {
            id: r.try_get(0)?,
            class_id: r.try_get(1)?,
            name: r.try_get(2)?,
            commune: r.try_get(3)?,
            district: r.try_get(4)?,
            province: r.try_get(5)?,
            joined_at: r.try_get(6)?,
            extra_s: r.try_get(7)?,
        })
    }

    pub fn trainee(&self) -> rasoat_core::training::session::Trainee {
        rasoat_core::training::session::Trainee {
            name: self.name.clone(),
            commune: self.commune.clone(),
            district: self.district.clone(),
            province: self.province.clone(),
        }
    }
}

/// Trainees of a class with an id above `after`, in id order.
pub async fn trainees_after(db: &Db, class_id: i64, after: i64) -> Result<Vec<TraineeRow>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, class_id, name, commune, district, province, joined_at, extra_s \
         FROM trainees WHERE class_id = $1 AND id > $2 ORDER BY id",
    )
    .bind(class_id)
    .bind(after)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(TraineeRow::from_row).collect()
}

pub async fn trainee(db: &Db, id: i64) -> Result<Option<TraineeRow>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT id, class_id, name, commune, district, province, joined_at, extra_s FROM trainees WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(TraineeRow::from_row).transpose()
}

/// The session a trainee's secret belongs to: (session id, trainee).
pub async fn session_by_secret(db: &Db, secret_hash: &str) -> Result<Option<(i64, TraineeRow)>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT t.id, t.class_id, t.name, t.commune, t.district, t.province, t.joined_at, t.extra_s, s.id \
         FROM sessions s JOIN trainees t ON t.id = s.trainee_id WHERE s.secret_hash = $1",
    )
    .bind(secret_hash)
    .fetch_optional(&db.pool)
    .await?;
    match row {
        None => Ok(None),
        Some(r) => Ok(Some((r.try_get(8)?, TraineeRow::from_row(&r)?))),
    }
}

/// The scenario files of a class, in order: (scenario id, file name, text, hash).
pub async fn class_scenarios(
    db: &Db,
    class_id: i64,
) -> Result<Vec<(String, String, String, String)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT scenario_id, file_name, text, hash FROM class_scenarios WHERE class_id = $1 ORDER BY position",
    )
    .bind(class_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?)))
        .collect()
}

/// Logs what the trainer did.
pub async fn log_event(
    db: &Db,
    class_id: i64,
    at: i64,
    action: &str,
    trainee_id: Option<i64>,
    minutes: Option<i64>,
    reason: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO class_events (class_id, at, action, trainee_id, minutes, reason) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(class_id)
    .bind(at)
    .bind(action)
    .bind(trainee_id)
    .bind(minutes)
    .bind(reason)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// How many visits and campaigns the server holds for a trainee.
pub async fn record_counts(db: &Db, trainee_id: i64) -> Result<(usize, usize), sqlx::Error> {
    let rows = sqlx::query("SELECT kind, COUNT(*) FROM records WHERE trainee_id = $1 GROUP BY kind")
        .bind(trainee_id)
        .fetch_all(&db.pool)
        .await?;
    let mut counts = (0, 0);
    for r in rows {
        let kind: String = r.try_get(0)?;
        let n: i64 = r.try_get(1)?;
        let n = usize::try_from(n).unwrap_or(0);
        if kind == "visit" {
            counts.0 = n;
        } else {
            counts.1 = n;
        }
    }
    Ok(counts)
}

/// Every visit and campaign of a class: (trainee id, kind, body), in the order first sent.
pub async fn class_records(db: &Db, class_id: i64) -> Result<Vec<(i64, String, String)>, sqlx::Error> {
    let rows = sqlx::query("SELECT trainee_id, kind, body FROM records WHERE class_id = $1 ORDER BY id")
        .bind(class_id)
        .fetch_all(&db.pool)
        .await?;
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
        .collect()
}
