//! What each class's watchers see. Per class in memory: its scenarios (parsed once), the console's
//! figures, and two `watch` channels — the console as JSON for trainers, the class's state for
//! trainees — so a thousand watchers cost one snapshot, not a thousand.
//!
//! The figures are fed from what is committed: an answer this server stored is counted as soon as
//! its commit returns (by id, once), and every half second a task reads the answers and trainees
//! stored since it last looked — those another server on the same PostgreSQL stored — and the
//! class row, so trainer actions taken on another server reach this one's trainees too. Reading
//! with a look-back and skipping ids already counted means a row committed late by another server
//! is still counted, once. The hub also keeps the class row as last read, so an answer is checked
//! against the class's phase and time without a query.
//!
//! A class closed for [`UNLOAD_AFTER`] with nobody watching is unloaded: its task ends and its
//! figures are dropped (they are rebuilt from the database if anyone asks again).

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rasoat_core::rules::assess::assess;
use rasoat_core::rules::grading::{Answer, Grade, Rubric, grade};
use rasoat_core::rules::standard::StandardSet;
use rasoat_core::training::classroom::Live;
use rasoat_core::training::classroom::protocol::{ClassState, Phase, ScenarioFile};
use rasoat_core::training::scenario::{Scenario, parse_scenario};
use rasoat_core::training::session::SessionMode;
use tokio::sync::{Notify, watch};

use crate::db::{self, ClassRow, Db};

/// Rows re-read on each look, in case another server committed them after later ones.
const LOOK_BACK: i64 = 512;
/// The console is sent at most this often.
const CONSOLE_EVERY: Duration = Duration::from_millis(500);
/// How often the database is read for what other servers stored.
const TAIL_EVERY: Duration = Duration::from_millis(500);
/// The console is sent again at least this often, as silent times grow.
const CONSOLE_AT_LEAST: Duration = Duration::from_secs(5);
/// A class closed this long (seconds) with nobody watching is unloaded.
pub const UNLOAD_AFTER: i64 = 10 * 60;

/// A class's scenarios, parsed once.
#[derive(Debug)]
pub struct ClassData {
    pub id: i64,
    pub code: String,
    pub standard: String,
    pub mode: SessionMode,
    /// In order, with the content hash the class was opened with.
    pub scenarios: Vec<(Scenario, String)>,
    pub files: Vec<ScenarioFile>,
}

impl ClassData {
    pub fn scenario(&self, id: &str) -> Option<&(Scenario, String)> {
        self.scenarios.iter().find(|(s, _)| s.scenario.id == id)
    }

    /// The engine's score of `answer` to scenario `id`.
    pub fn grade(&self, standards: &StandardSet, id: &str, answer: &Answer) -> Option<Grade> {
        let (s, _) = self.scenario(id)?;
        let standard = standards.get(&self.standard)?;
        Some(grade(answer, &assess(&s.household, standard), &Rubric::STANDARD))
    }
}

/// The mode as stored.
pub fn mode_of(s: &str) -> SessionMode {
    if s == "exam" {
        SessionMode::Exam
    } else {
        SessionMode::Practice
    }
}

pub fn mode_str(m: SessionMode) -> &'static str {
    match m {
        SessionMode::Exam => "exam",
        SessionMode::Practice => "practice",
    }
}

/// When the class's time is up (server clock), `extra` seconds more for one trainee.
pub fn ends_at(c: &ClassRow, extra: i64, now: i64) -> Option<i64> {
    let start = c.started_at?;
    let limit = c.time_limit_s?;
    let paused_now = c.paused_at.map_or(0, |p| (now - p).max(0));
    Some(start + limit + c.extra_s + extra + c.paused_total_s + paused_now)
}

/// The class as everyone may see it.
pub fn class_state(c: &ClassRow, scenario_count: usize, now: i64) -> ClassState {
    let mode = mode_of(&c.mode);
    ClassState {
        code: c.code.clone(),
        title: c.title.clone(),
        standard: c.standard.clone(),
        mode,
        phase: Phase::parse(&c.phase).unwrap_or(Phase::Closed),
        feedback: mode == SessionMode::Practice || c.released_at.is_some(),
        time_limit_minutes: c.time_limit_s.map(|s| u32::try_from(s / 60).unwrap_or(u32::MAX)),
        server_now: now,
        ends_at: ends_at(c, 0, now),
        scenario_count,
    }
}

struct Tail {
    live: Live,
    max_answer: i64,
    max_trainee: i64,
    counted: HashSet<i64>,
    known_trainees: HashSet<i64>,
}

/// One class's watchers.
pub struct ClassHub {
    pub data: Arc<ClassData>,
    /// The class row as last read (every half second, and after this server's trainer actions).
    row: Mutex<ClassRow>,
    tail: Mutex<Tail>,
    console: watch::Sender<Arc<str>>,
    state: watch::Sender<Arc<str>>,
    nudge: Notify,
}

impl ClassHub {
    /// Watches the console (JSON), starting with the latest.
    pub fn console(&self) -> watch::Receiver<Arc<str>> {
        self.console.subscribe()
    }

    /// Watches the class's state (JSON), starting with the latest.
    pub fn state(&self) -> watch::Receiver<Arc<str>> {
        self.state.subscribe()
    }

    /// The class row as last read: at most half a second old.
    pub fn row(&self) -> ClassRow {
        self.row
            .lock()
            .map(|r| r.clone())
            .unwrap_or_else(|p| p.into_inner().clone())
    }

    /// An answer this server has just committed: counted now (once, by its id), and the console
    /// told. (An answer of a trainee this hub does not know yet — joined on another server a
    /// moment ago — is left to the next read of the database, which reads trainees too.)
    pub fn stored(&self, id: i64, trainee: i64, scenario: &str, grade: &Grade, received_at: i64) {
        if let Ok(mut t) = self.tail.lock()
            && !t.counted.contains(&id)
            && t.live.answered(trainee, scenario, grade, received_at)
        {
            t.counted.insert(id);
        }
        self.nudge.notify_one();
    }

    /// A trainee who has just joined on this server: on the console now.
    pub fn joined(&self, id: i64, trainee: &rasoat_core::training::session::Trainee, at: i64) {
        if let Ok(mut t) = self.tail.lock()
            && t.known_trainees.insert(id)
        {
            t.max_trainee = t.max_trainee.max(id);
            t.live.joined(id, trainee, at);
        }
        self.nudge.notify_one();
    }

    /// A trainee was heard from.
    pub fn seen(&self, trainee: i64, now: i64) {
        if let Ok(mut t) = self.tail.lock() {
            t.live.seen(trainee, now);
        }
    }

    /// The console now, for one request.
    pub fn snapshot(&self, now: i64) -> Option<rasoat_core::training::classroom::Console> {
        self.tail.lock().ok().map(|t| t.live.console(now))
    }
}

/// Every class being watched on this server.
#[derive(Clone)]
pub struct Hub {
    db: Db,
    standards: Arc<StandardSet>,
    clock: Arc<dyn rasoat_core::training::service::Clock>,
    classes: Arc<tokio::sync::Mutex<HashMap<i64, Arc<ClassHub>>>>,
}

impl Hub {
    pub fn new(
        db: Db,
        standards: Arc<StandardSet>,
        clock: Arc<dyn rasoat_core::training::service::Clock>,
    ) -> Self {
        Self {
            db,
            standards,
            clock,
            classes: Arc::default(),
        }
    }

    fn now(&self) -> i64 {
        i64::try_from(self.clock.now()).unwrap_or(i64::MAX)
    }

    /// The hub of class `c`, loaded (and its task started) on first use.
    pub async fn class(&self, c: &ClassRow) -> Result<Arc<ClassHub>, String> {
        let mut classes = self.classes.lock().await;
        if let Some(h) = classes.get(&c.id) {
            return Ok(h.clone());
        }
        let data = Arc::new(self.load(c).await?);
        let live = Live::new(
            data.scenarios
                .iter()
                .map(|(s, _)| s.scenario.id.clone())
                .collect(),
        );
        let state =
            serde_json::to_string(&class_state(c, data.scenarios.len(), self.now())).unwrap_or_default();
        let hub = Arc::new(ClassHub {
            data,
            row: Mutex::new(c.clone()),
            tail: Mutex::new(Tail {
                live,
                max_answer: 0,
                max_trainee: 0,
                counted: HashSet::new(),
                known_trainees: HashSet::new(),
            }),
            console: watch::channel(Arc::from("{}")).0,
            state: watch::channel(Arc::from(state.as_str())).0,
            nudge: Notify::new(),
        });
        self.read_new(&hub).await.map_err(|e| e.to_string())?;
        publish_console(&hub, self.now());
        classes.insert(c.id, hub.clone());
        tokio::spawn(watch_class(self.clone(), hub.clone()));
        Ok(hub)
    }

    async fn load(&self, c: &ClassRow) -> Result<ClassData, String> {
        let rows = db::class_scenarios(&self.db, c.id)
            .await
            .map_err(|e| e.to_string())?;
        let mut scenarios = Vec::new();
        let mut files = Vec::new();
        for (_, name, text, hash) in rows {
            let s = parse_scenario(&name, &text, &self.standards).map_err(|e| format!("{name}: {e:?}"))?;
            scenarios.push((s, hash));
            files.push(ScenarioFile { name, text });
        }
        Ok(ClassData {
            id: c.id,
            code: c.code.clone(),
            standard: c.standard.clone(),
            mode: mode_of(&c.mode),
            scenarios,
            files,
        })
    }

    /// Counts what was stored since the last look.
    async fn read_new(&self, hub: &ClassHub) -> Result<(), sqlx::Error> {
        let (after_t, after_a) = {
            let t = hub.tail.lock().map_err(|_| sqlx::Error::PoolClosed)?;
            (
                (t.max_trainee - LOOK_BACK).max(0),
                (t.max_answer - LOOK_BACK).max(0),
            )
        };
        // Answers first, then trainees: a trainee's row is committed before any of their
        // answers, so every answer read has its trainee in the second read (the other order
        // would miss the answers of a trainee who joined between the two reads).
        let answers = db::answers_after(&self.db, hub.data.id, after_a).await?;
        let trainees = db::trainees_after(&self.db, hub.data.id, after_t).await?;
        let mut t = hub.tail.lock().map_err(|_| sqlx::Error::PoolClosed)?;
        for tr in trainees {
            t.max_trainee = t.max_trainee.max(tr.id);
            if t.known_trainees.insert(tr.id) {
                t.live.joined(tr.id, &tr.trainee(), tr.joined_at);
            }
        }
        // Ids below the look-back are never read again: forget them (a class of 10,000 stores
        // 100,000 answers).
        let floor = t.max_answer - 2 * LOOK_BACK;
        if t.counted.len() > 4 * usize::try_from(LOOK_BACK).unwrap_or(512) {
            t.counted.retain(|id| *id >= floor);
        }
        for a in answers {
            t.max_answer = t.max_answer.max(a.id);
            if !t.counted.insert(a.id) {
                continue;
            }
            let Ok(answer) = serde_json::from_str::<Answer>(&a.answer_json) else {
                continue;
            };
            if let Some(g) = hub.data.grade(&self.standards, &a.scenario_id, &answer) {
                t.live.answered(a.trainee_id, &a.scenario_id, &g, a.received_at);
            }
        }
        Ok(())
    }

    /// The hub of the class with id `id` when it is loaded; otherwise reads the class and loads
    /// it (`None`: no such class).
    pub async fn class_by_id(&self, id: i64) -> Result<Option<Arc<ClassHub>>, String> {
        if let Some(h) = self.classes.lock().await.get(&id) {
            return Ok(Some(h.clone()));
        }
        match db::class_by_id(&self.db, id).await.map_err(|e| e.to_string())? {
            Some(c) => self.class(&c).await.map(Some),
            None => Ok(None),
        }
    }

    /// Keeps the class row just read and sends the class's state to its trainees again when it
    /// changed (after a trainer's action, on this server or another).
    pub fn publish_state(&self, hub: &ClassHub, c: &ClassRow) {
        if let Ok(mut row) = hub.row.lock() {
            *row = c.clone();
        }
        let now = self.now();
        let json = serde_json::to_string(&class_state(c, hub.data.scenarios.len(), now)).unwrap_or_default();
        hub.state.send_if_modified(|old| {
            if same_state(old, &json) {
                false
            } else {
                *old = Arc::from(json.as_str());
                true
            }
        });
    }
}

/// Two states that differ only in the server's clock are the same.
fn same_state(a: &str, b: &str) -> bool {
    let strip = |s: &str| {
        serde_json::from_str::<ClassState>(s).ok().map(|mut st| {
            st.server_now = 0;
            st
        })
    };
    strip(a) == strip(b)
}

fn publish_console(hub: &ClassHub, now: i64) {
    let Ok(t) = hub.tail.lock() else { return };
    let json = serde_json::to_string(&t.live.console(now)).unwrap_or_default();
    hub.console.send_replace(Arc::from(json.as_str()));
}

/// One class's task: every half second reads what other servers stored and the class row
/// (publishing the class's state when a trainer, on any server, changed it); publishes the console
/// at most every half second when it changed, and every few seconds anyway, as silent times grow.
/// Ends once the class has been closed for [`UNLOAD_AFTER`] with nobody watching.
async fn watch_class(hub_set: Hub, hub: Arc<ClassHub>) {
    let mut published = u64::MAX;
    let mut last_sent = tokio::time::Instant::now();
    let mut tail = tokio::time::interval(TAIL_EVERY);
    tail.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        let changed = hub.tail.lock().map(|t| t.live.version()).unwrap_or(0) != published;
        let wake = last_sent + if changed { CONSOLE_EVERY } else { CONSOLE_AT_LEAST };
        tokio::select! {
            _ = tail.tick() => {
                if let Err(e) = hub_set.read_new(&hub).await {
                    tracing::warn!("class {}: reading new answers failed: {e}", hub.data.code);
                }
                if let Ok(Some(c)) = db::class_by_id(&hub_set.db, hub.data.id).await {
                    hub_set.publish_state(&hub, &c);
                }
                if hub_set.unload_if_done(&hub).await {
                    return;
                }
            }
            () = hub.nudge.notified() => {}
            () = tokio::time::sleep_until(wake) => {}
        }
        let version = hub.tail.lock().map(|t| t.live.version()).unwrap_or(0);
        let since = last_sent.elapsed();
        if (version != published && since >= CONSOLE_EVERY) || since >= CONSOLE_AT_LEAST {
            publish_console(&hub, hub_set.now());
            published = version;
            last_sent = tokio::time::Instant::now();
        }
    }
}

impl Hub {
    /// Unloads the class when it has been closed for [`UNLOAD_AFTER`] and nobody watches it (no
    /// console, no trainee's event stream); true when it was.
    async fn unload_if_done(&self, hub: &Arc<ClassHub>) -> bool {
        let c = hub.row();
        let done = Phase::parse(&c.phase) == Some(Phase::Closed)
            && c.closed_at.is_some_and(|at| self.now() - at >= UNLOAD_AFTER)
            && hub.console.receiver_count() == 0
            && hub.state.receiver_count() == 0;
        if !done {
            return false;
        }
        let mut classes = self.classes.lock().await;
        // Somebody may have started watching since: look again under the lock.
        if hub.console.receiver_count() > 0 || hub.state.receiver_count() > 0 {
            return false;
        }
        classes.remove(&hub.data.id);
        tracing::info!("class {}: closed and unwatched, unloaded", hub.data.code);
        true
    }

    /// How many classes are loaded now.
    pub async fn loaded(&self) -> usize {
        self.classes.lock().await.len()
    }
}
