//! The one task that stores answers: it takes the answers waiting, writes them in one transaction
//! and only then tells each request its answer is stored. Many answers share one commit (and one
//! disk sync), so `synchronous = FULL` stays affordable at the end-of-exam rush; and they share one
//! statement too (a multi-row insert), so PostgreSQL is not asked once per answer.

use std::collections::{HashMap, HashSet};

use sqlx::Row;
use tokio::sync::{mpsc, oneshot};

use crate::db::Db;

/// At most this many answers share one commit.
const BATCH: usize = 256;
/// At most this many answers share one statement (13 parameters each: 832 in all, well within
/// SQLite's and PostgreSQL's limits).
const ROWS_PER_INSERT: usize = 64;
const COLUMNS: usize = 13;

/// An answer ready to store, already scored.
#[derive(Debug, Clone)]
pub struct NewAnswer {
    pub class_id: i64,
    pub trainee_id: i64,
    pub session_id: i64,
    pub idem_key: String,
    pub scenario_id: String,
    pub exam_slot: Option<String>,
    pub answer_json: String,
    pub seconds: i64,
    pub given_at: i64,
    pub received_at: i64,
    pub points: i64,
    pub max_points: i64,
    pub receipt: String,
}

/// What became of an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// Stored now, with its row id.
    New(i64),
    /// The same key was stored before (a retry): nothing was written.
    Again,
    /// An exam answer to a scenario this trainee has already answered.
    SlotTaken,
}

type Job = (NewAnswer, oneshot::Sender<Result<Stored, String>>);

#[derive(Debug, Clone)]
pub struct Writer {
    tx: mpsc::Sender<Job>,
}

impl Writer {
    /// Starts the writer task.
    pub fn start(db: Db) -> Self {
        let (tx, rx) = mpsc::channel::<Job>(8192);
        tokio::spawn(run(db, rx));
        Self { tx }
    }

    /// Stores `answer`; returns once it is committed (or failed).
    pub async fn store(&self, answer: NewAnswer) -> Result<Stored, String> {
        let (done, wait) = oneshot::channel();
        self.tx
            .send((answer, done))
            .await
            .map_err(|_| "the writer has stopped".to_owned())?;
        wait.await.map_err(|_| "the writer has stopped".to_owned())?
    }
}

async fn run(db: Db, mut rx: mpsc::Receiver<Job>) {
    let mut jobs: Vec<Job> = Vec::with_capacity(BATCH);
    while rx.recv_many(&mut jobs, BATCH).await > 0 {
        match write(&db, &jobs).await {
            Ok(outcomes) => {
                for ((_, done), outcome) in jobs.drain(..).zip(outcomes) {
                    let _ = done.send(Ok(outcome));
                }
            }
            Err(e) => {
                tracing::error!("storing {} answers failed: {e}", jobs.len());
                for (_, done) in jobs.drain(..) {
                    let _ = done.send(Err(e.to_string()));
                }
            }
        }
    }
}

async fn write(db: &Db, jobs: &[Job]) -> Result<Vec<Stored>, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    // The rows inserted now, by (trainee, key); an answer not among them was there before.
    let mut inserted: HashMap<(i64, String), i64> = HashMap::new();
    for chunk in jobs.chunks(ROWS_PER_INSERT) {
        let mut q = sqlx::query(sqlx::AssertSqlSafe(insert_sql(chunk.len())));
        for (a, _) in chunk {
            q = q
                .bind(a.class_id)
                .bind(a.trainee_id)
                .bind(a.session_id)
                .bind(&a.idem_key)
                .bind(&a.scenario_id)
                .bind(&a.exam_slot)
                .bind(&a.answer_json)
                .bind(a.seconds)
                .bind(a.given_at)
                .bind(a.received_at)
                .bind(a.points)
                .bind(a.max_points)
                .bind(&a.receipt);
        }
        for row in q.fetch_all(&mut *tx).await? {
            inserted.insert((row.try_get(1)?, row.try_get(2)?), row.try_get(0)?);
        }
    }
    let mut outcomes = Vec::with_capacity(jobs.len());
    let mut first = HashSet::new();
    for (a, _) in jobs {
        let key = (a.trainee_id, a.idem_key.clone());
        // The same answer twice in one batch (a retry overtaking its first try): the first is
        // the one stored, the second is told so.
        let new = first.insert(key.clone());
        let outcome = match inserted.get(&key) {
            Some(id) if new => Stored::New(*id),
            _ => {
                let again: Option<i64> =
                    sqlx::query_scalar("SELECT id FROM answers WHERE trainee_id = $1 AND idem_key = $2")
                        .bind(a.trainee_id)
                        .bind(&a.idem_key)
                        .fetch_optional(&mut *tx)
                        .await?;
                if again.is_some() {
                    Stored::Again
                } else {
                    Stored::SlotTaken
                }
            }
        };
        outcomes.push(outcome);
    }
    tx.commit().await?;
    Ok(outcomes)
}

/// `INSERT … VALUES (…), (…) … ON CONFLICT DO NOTHING RETURNING …` for `rows` answers.
fn insert_sql(rows: usize) -> String {
    let mut sql = String::from(
        "INSERT INTO answers (class_id, trainee_id, session_id, idem_key, scenario_id, exam_slot, answer_json, \
         seconds, given_at, received_at, points, max_points, receipt) VALUES ",
    );
    for r in 0..rows {
        if r > 0 {
            sql.push_str(", ");
        }
        let params: Vec<String> = (1..=COLUMNS).map(|c| format!("${}", r * COLUMNS + c)).collect();
        sql.push('(');
        sql.push_str(&params.join(", "));
        sql.push(')');
    }
    sql.push_str(" ON CONFLICT DO NOTHING RETURNING id, trainee_id, idem_key");
    sql
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_statement_numbers_every_parameter_once() {
        let sql = insert_sql(3);
        assert!(sql.contains("($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13), ($14,"));
        assert!(sql.contains("$39) ON CONFLICT DO NOTHING RETURNING id, trainee_id, idem_key"));
        assert!(!sql.contains("$40"));
    }
}
