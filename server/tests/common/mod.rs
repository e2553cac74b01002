//! A real server for the tests: started in this process on a free loopback port, on a fresh SQLite
//! file or a fresh PostgreSQL database (`RASOAT_TEST_POSTGRES`, which `.ci/run` sets), and talked
//! to over HTTP.
#![allow(dead_code)]

mod postgres;
pub use postgres::fresh_postgres;

use std::sync::Arc;

use rasoat_core::rules::standard::StandardSet;
use rasoat_core::training::classroom::protocol::{PROTOCOL_HEADER, ScenarioFile};
use rasoat_core::training::service::ManualClock;
use rasoat_server::{Config, Running, start};
use serde_json::{Value, json};

pub const T0: u64 = 1_780_000_000;

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub struct Srv {
    pub rt: tokio::runtime::Runtime,
    pub running: Option<Running>,
    pub base: String,
    pub clock: ManualClock,
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    agent: ureq::Agent,
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime")
}

impl Srv {
    pub fn new(backend: Backend) -> Self {
        let rt = runtime();
        let (url, dir) = match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                (
                    rasoat_server::db::sqlite_url(&dir.path().join("lop.sqlite")),
                    Some(dir),
                )
            }
            Backend::Postgres => (fresh_postgres(&rt), None),
        };
        Self::on(rt, url, dir)
    }

    /// Another server on the same database.
    pub fn beside(other: &Srv) -> Self {
        let mut s = Self::on(runtime(), other.url.clone(), None);
        s.clock = other.clock.clone();
        s
    }

    fn on(rt: tokio::runtime::Runtime, url: String, dir: Option<tempfile::TempDir>) -> Self {
        let clock = ManualClock::at(T0);
        let running = rt
            .block_on(start(Config {
                web: None,
                addr: "127.0.0.1:0".parse().expect("addr"),
                database: url.clone(),
                standards: StandardSet::builtin().expect("standards"),
                clock: Arc::new(clock.clone()),
            }))
            .expect("the server starts");
        let base = format!("http://{}/api/v1", running.addr);
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        Self {
            rt,
            running: Some(running),
            base,
            clock,
            url,
            _dir: dir,
            agent,
        }
    }

    pub fn stop(&mut self) {
        if let Some(r) = self.running.take() {
            self.rt.block_on(r.stop());
        }
    }

    /// Sends `body` (JSON) to `path`; returns the status and the JSON answer.
    pub fn post(&self, path: &str, auth: Option<&str>, body: &Value) -> (u16, Value) {
        self.post_raw(path, auth, &body.to_string(), "vi")
    }

    pub fn post_raw(&self, path: &str, auth: Option<&str>, body: &str, lang: &str) -> (u16, Value) {
        let mut req = self
            .agent
            .post(format!("{}{path}", self.base))
            .header(PROTOCOL_HEADER, "1")
            .header("accept-language", lang)
            .header("content-type", "application/json");
        if let Some(a) = auth {
            req = req.header("authorization", format!("Bearer {a}"));
        }
        let mut resp = req.send(body).expect("the server answers");
        let status = resp.status().as_u16();
        let text = resp.body_mut().read_to_string().unwrap_or_default();
        (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
    }

    pub fn get(&self, path: &str, auth: Option<&str>) -> (u16, Value) {
        let mut req = self
            .agent
            .get(format!("{}{path}", self.base))
            .header(PROTOCOL_HEADER, "1");
        if let Some(a) = auth {
            req = req.header("authorization", format!("Bearer {a}"));
        }
        let mut resp = req.call().expect("the server answers");
        let status = resp.status().as_u16();
        let text = resp.body_mut().read_to_string().unwrap_or_default();
        (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
    }

    /// Opens a class of the first `n` built-in scenarios of the 2022–2025 standard; returns (code,
    /// trainer key).
    pub fn open_class(&self, mode: &str, n: usize, minutes: Option<u32>) -> (String, String) {
        let (status, v) = self.post(
            "/classes",
            None,
            &json!({
                "title": "Lớp tập huấn Phú Thọ",
                "standard": "2022-2025",
                "mode": mode,
                "scenarios": scenario_files(n),
                "time_limit_minutes": minutes,
            }),
        );
        assert_eq!(status, 201, "{v}");
        (s(&v["code"]), s(&v["trainer_key"]))
    }

    pub fn control(&self, code: &str, key: &str, action: Value) -> (u16, Value) {
        self.post(&format!("/classes/{code}/control"), Some(key), &action)
    }

    /// Joins as `name` of `commune`; returns the answer.
    pub fn join(&self, code: &str, name: &str, commune: &str) -> Value {
        let (status, v) = self.post(
            &format!("/classes/{code}/join"),
            None,
            &json!({"trainee": {"name": name, "commune": commune, "district": "", "province": "Phú Thọ"}}),
        );
        assert_eq!(status, 200, "{v}");
        v
    }

    /// The answers stored in the database, counted there.
    pub fn stored_answers(&self) -> i64 {
        let url = self.url.clone();
        self.rt.block_on(async move {
            let db = rasoat_server::Db::connect(&url).await.expect("db");
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM answers")
                .fetch_one(&db.pool)
                .await
                .expect("count")
        })
    }
}

impl Drop for Srv {
    fn drop(&mut self) {
        self.stop();
    }
}

pub fn s(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_owned()
}

/// The first `n` built-in scenarios of the 2022–2025 standard, as files.
pub fn scenario_files(n: usize) -> Vec<ScenarioFile> {
    let standards = StandardSet::builtin().expect("standards");
    rasoat_core::training::builtin::files(&standards, Some("2022-2025"))
        .into_iter()
        .take(n)
        .map(|(file, _)| file)
        .collect()
}

/// An answer to scenario `i` of `joined` (the model answer when `right`, a blank one otherwise).
pub fn answer(joined: &Value, i: usize, key: &str, right: bool) -> Value {
    use rasoat_core::rules::assess::assess;
    use rasoat_core::rules::grading::{Answer, model_answer};
    use rasoat_core::training::scenario::parse_scenario;
    use rasoat_core::training::session::content_hash_of_rules;
    let standards = StandardSet::builtin().expect("standards");
    let file = &joined["scenarios"][i];
    let scenario = parse_scenario(
        &s(&file["name"]),
        &rasoat_core::rules::text::nfc(&s(&file["text"])),
        &standards,
    )
    .expect("scenario");
    let standard = scenario.standard_in(&standards).expect("standard");
    let given = if right {
        model_answer(&assess(&scenario.household, standard))
    } else {
        Answer::default()
    };
    json!({
        "key": key,
        "scenario_id": scenario.scenario.id,
        "scenario_hash": content_hash_of_rules(&scenario, standard),
        "seconds": 90,
        "given_at": T0,
        "answer": given,
    })
}
