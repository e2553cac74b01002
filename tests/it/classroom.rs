//! The live classroom from the desktop app, against the real server on a loopback port: two
//! trainees join by clicking what they see, the trainer starts the class, answers reach the
//! console, an exam's scores stay hidden until the trainer releases them; and a server that stops
//! in the middle loses nothing: the answer waits in the results file and is sent when it is back.

use crate::common;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::scratch;
use common::ui::{click, harness, replace_text, type_into};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rasoat::app::{App, Config, Places};
use rasoat::classroom::client::Client;
use rasoat::rules::assess::Class;
use rasoat::training::classroom::protocol::{Control, NewClass, ScenarioFile};
use rasoat::training::session::{SessionMode, Trainee, parse_results};
use rasoat::words::i18n::{Lang, Texts};

/// The server, in this process, on a free loopback port (or the one given), on an SQLite file.
struct Server {
    rt: tokio::runtime::Runtime,
    running: Option<rasoat_server::Running>,
    addr: std::net::SocketAddr,
    db: String,
}

impl Server {
    fn start(db: &std::path::Path, addr: &str) -> Self {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let db = rasoat_server::db::sqlite_url(db);
        let running = rt
            .block_on(rasoat_server::start(rasoat_server::Config {
                web: None,
                addr: addr.parse().expect("address"),
                database: db.clone(),
                standards: rasoat::rules::standard::StandardSet::builtin().expect("standards"),
                clock: Arc::new(rasoat::training::service::SystemClock),
            }))
            .expect("the server starts");
        let addr = running.addr;
        Self {
            rt,
            running: Some(running),
            addr,
            db,
        }
    }

    fn stop(&mut self) {
        if let Some(r) = self.running.take() {
            self.rt.block_on(r.stop());
        }
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn stored_answers(&self) -> i64 {
        let db = self.db.clone();
        self.rt.block_on(async move {
            let db = rasoat_server::Db::connect(&db).await.expect("db");
            sqlx_count(&db).await
        })
    }
}

async fn sqlx_count(db: &rasoat_server::Db) -> i64 {
    use sqlx::Row;
    sqlx::query("SELECT COUNT(*) FROM answers")
        .fetch_one(&db.pool)
        .await
        .expect("count")
        .try_get(0)
        .expect("a number")
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The first `n` built-in scenarios of the 2022–2025 standard, as files.
fn files(n: usize) -> Vec<ScenarioFile> {
    let standards = rasoat::rules::standard::StandardSet::builtin().expect("standards");
    rasoat::training::builtin::files(&standards, Some("2022-2025"))
        .into_iter()
        .take(n)
        .map(|(file, _)| file)
        .collect()
}

fn app(dir: &std::path::Path, name: &str, commune: &str) -> (Harness<'static, App>, PathBuf) {
    let config = Config {
        places: Places {
            settings: Some(dir.join("settings.toml")),
            results: Some(dir.join("results")),
            ..Places::default()
        },
        trainee: Some(Trainee {
            name: name.into(),
            commune: commune.into(),
            district: String::new(),
            province: "Phú Thọ".into(),
        }),
        ..Default::default()
    };
    (harness(config), dir.join("results"))
}

/// Runs frames until `label` is on screen (at most 20 s: the answer comes from another thread).
fn wait_for(h: &mut Harness<'static, App>, label: &str) {
    let until = Instant::now() + Duration::from_secs(20);
    loop {
        // `step`, not `run`: a spinner repaints for as long as the server has not answered.
        h.step();
        common::ui::assert_glyphs(h);
        if h.query_by_label_contains(label).is_some() {
            return;
        }
        assert!(Instant::now() < until, "“{label}” never appeared");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn join(h: &mut Harness<'static, App>, t: &Texts, server: &str, code: &str) {
    click(h, &t.get("home-class-join"));
    replace_text(h, &t.get("join-server"), server);
    type_into(h, &t.get("join-code"), &code.to_lowercase());
    h.get_by_label(&t.get("join-button")).click();
    h.step();
}

fn answer(h: &mut Harness<'static, App>, t: &Texts, class: Class, income: &str) {
    click(h, &rasoat::words::explain::class_name(t, class));
    type_into(h, &t.get("scenario-income-label"), income);
    click(h, &t.get("scenario-submit"));
}

fn results_file(dir: &std::path::Path) -> rasoat::training::session::Results {
    let path = std::fs::read_dir(dir)
        .expect("results folder")
        .map(|e| e.expect("entry").path())
        .next()
        .expect("a results file");
    parse_results("r", &rasoat::files::read_text(&path).expect("read")).expect("parse")
}

#[test]
fn two_trainees_join_answer_and_see_the_exams_scores_only_after_release() {
    let t = Texts::new(Lang::Vi);
    let dir = scratch("classroom-exam");
    let server = Server::start(&dir.join("lop.sqlite"), "127.0.0.1:0");
    let trainer = Client::new(&server.url(), Lang::Vi);
    let class = trainer
        .open_class(&NewClass {
            title: "Tập huấn Phú Thọ".into(),
            standard: "2022-2025".into(),
            mode: SessionMode::Exam,
            scenarios: files(2),
            time_limit_minutes: Some(45),
        })
        .wait()
        .expect("class opened");
    let (mut a, a_results) = app(&dir.join("a"), "Hà Thị Chắt", "Xã Tân Lập");
    let (mut b, _) = app(&dir.join("b"), "Lò Văn Bình", "Xã Mường Lạn");
    for h in [&mut a, &mut b] {
        join(h, &t, &server.url(), &class.code);
        wait_for(h, &t.get("class-lobby-title"));
    }
    trainer
        .control(&class.code, &class.trainer_key, &Control::Start)
        .wait()
        .expect("start");
    for h in [&mut a, &mut b] {
        wait_for(h, &t.get("scenario-submit"));
    }
    answer(&mut a, &t, Class::Poor, "1000000");
    answer(&mut b, &t, Class::NearPoor, "1200000");
    // The console counts both.
    let until = Instant::now() + Duration::from_secs(10);
    loop {
        let c = trainer
            .console(&class.code, &class.trainer_key)
            .wait()
            .expect("console");
        if c.totals.answers == 2 {
            assert_eq!(c.totals.joined, 2);
            break;
        }
        assert!(
            Instant::now() < until,
            "the console never counted both answers: {:?}",
            c.totals
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    // The receipt is on screen.
    wait_for(
        &mut a,
        &t.get_args(
            "class-strip-sent-receipt",
            &[("count", 1.into()), ("receipt", "".into())],
        )
        .replace(")", ""),
    );
    answer(&mut a, &t, Class::Poor, "900000");
    wait_for(&mut a, &t.get("class-results-title"));
    assert!(
        a.query_by_label(&t.get("exam-summary-title")).is_none(),
        "no score before release"
    );
    trainer
        .control(&class.code, &class.trainer_key, &Control::Close)
        .wait()
        .expect("close");
    trainer
        .control(&class.code, &class.trainer_key, &Control::Release)
        .wait()
        .expect("release");
    wait_for(&mut a, &t.get("exam-summary-title"));
    let r = results_file(&a_results);
    let link = r.class.expect("the class in the results file");
    assert_eq!((link.sent.len(), link.waiting.len()), (2, 0));
    assert_eq!(server.stored_answers(), 3);
}

#[test]
fn a_server_that_stops_loses_no_answer() {
    let t = Texts::new(Lang::Vi);
    let dir = scratch("classroom-offline");
    let db = dir.join("lop.sqlite");
    let mut server = Server::start(&db, "127.0.0.1:0");
    let addr = server.addr.to_string();
    let trainer = Client::new(&server.url(), Lang::Vi);
    let class = trainer
        .open_class(&NewClass {
            title: String::new(),
            standard: "2022-2025".into(),
            mode: SessionMode::Practice,
            scenarios: files(3),
            time_limit_minutes: None,
        })
        .wait()
        .expect("class opened");
    trainer
        .control(&class.code, &class.trainer_key, &Control::Start)
        .wait()
        .expect("start");
    let (mut h, results) = app(&dir.join("a"), "Nguyễn Văn An", "Xã 1");
    join(&mut h, &t, &server.url(), &class.code);
    wait_for(&mut h, &t.get("scenario-submit"));
    server.stop();
    answer(&mut h, &t, Class::Poor, "1000000");
    // Said plainly, kept in the results file, and the trainee goes on.
    wait_for(&mut h, &t.get("class-offline"));
    wait_for(&mut h, &t.get_args("class-strip-waiting", &[("count", 1.into())]));
    let r = results_file(&results);
    assert_eq!(r.class.as_ref().map(|c| c.waiting.len()), Some(1));
    assert_eq!(r.answers.len(), 1);
    // The server comes back on the same address: the answer arrives, once.
    let server = Server::start(&db, &addr);
    wait_for(
        &mut h,
        &t.get_args(
            "class-strip-sent-receipt",
            &[("count", 1.into()), ("receipt", "".into())],
        )
        .replace(")", ""),
    );
    assert_eq!(server.stored_answers(), 1);
    let r = results_file(&results);
    let link = r.class.clone().expect("class");
    assert_eq!((link.sent.len(), link.waiting.len()), (1, 0));
    // The village writes a field visit into the same file: it reaches the server too.
    let scenario = r.session.scenario_ids[0].clone();
    let household = rasoat::training::scenario::parse_scenario(
        &link.scenarios[0].name,
        &rasoat::rules::text::nfc(&link.scenarios[0].text),
        &rasoat::rules::standard::StandardSet::builtin().expect("standards"),
    )
    .expect("scenario")
    .household;
    let mut with_visit = r;
    with_visit.visits.push(
        serde_json::from_value(serde_json::json!({
            "id": format!("lang-a/{scenario}/1"), "village": "lang-a", "home": scenario,
            "standard": "2022-2025", "mode": "practice", "started_at": 1, "household": household,
            "actions": ["a", "b"],
        }))
        .expect("a visit"),
    );
    let file = std::fs::read_dir(&results)
        .expect("results")
        .next()
        .expect("file")
        .expect("entry")
        .path();
    rasoat::files::write_atomic(&file, with_visit.to_json().expect("json").as_bytes()).expect("written");
    wait_for(
        &mut h,
        &t.get_args(
            "class-strip-records",
            &[("visits", 1.into()), ("campaigns", 0.into())],
        ),
    );
}
