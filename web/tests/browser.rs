//! The browser build, end to end, in a real browser: the real server (this process, a free
//! loopback port, an SQLite file) serves `web/dist` (made by `web/build`, which `.ci/run` runs
//! before the tests); headless Chromium, driven through chromedriver, opens the class's link,
//! and everything is done with the keyboard, as a trainee without a mouse would: the identity,
//! the join, an answer. Then it checks on the server that the answer arrived and was scored,
//! reloads the page and answers again (the session resumed from the browser's storage), cuts the
//! server, answers, brings the server back, and checks the waiting answer arrived once.
//! An exam: the lobby, the start, two answers, no score before the release and the scores after.
//! Firefox (ESR, through geckodriver, under Xvfb): the link, the identity, the join, an answer.
//! Screenshots of each step go to `docs/web-*.png` (the README shows them).
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use rasoat_core::rules::standard::StandardSet;
use rasoat_core::training::classroom::protocol::{
    ClassCreated, Control, NewClass, PROTOCOL_HEADER, PROTOCOL_VERSION, TraineeAnswers, bearer,
};
use rasoat_core::training::session::SessionMode;
use serde_json::Value;

/// One browser test at a time: each runs a browser with software WebGL, and two cores.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A free loopback port.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// chromedriver, ended with the test.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The server in this process, on `addr`, on the SQLite file `db`, serving `web`.
async fn serve(addr: std::net::SocketAddr, db: &Path, web: &Path) -> rasoat_server::Running {
    rasoat_server::start(rasoat_server::Config {
        addr,
        database: rasoat_server::db::sqlite_url(db),
        standards: StandardSet::builtin().expect("standards"),
        clock: Arc::new(rasoat_core::training::service::SystemClock),
        web: Some(web.to_path_buf()),
    })
    .await
    .expect("the server starts")
}

/// The server of one test: serving the built bundle, on a fresh SQLite file, on a free loopback
/// port.
struct Served {
    running: rasoat_server::Running,
    addr: std::net::SocketAddr,
    base: String,
    db: PathBuf,
    web: PathBuf,
    _dir: tempfile::TempDir,
}

async fn served() -> Served {
    let web = workspace().join("web/dist");
    assert!(
        web.join("index.html").is_file(),
        "no browser build in {}: run web/build first (.ci/run does)",
        web.display()
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("lop.sqlite");
    let addr: std::net::SocketAddr = format!("127.0.0.1:{}", free_port()).parse().expect("address");
    let running = serve(addr, &db, &web).await;
    Served {
        running,
        addr,
        base: format!("http://{addr}"),
        db,
        web,
        _dir: dir,
    }
}

/// The indicators of the 2022–2025 form: the Tabs from the income field to the first class.
fn indicators() -> usize {
    let standards = StandardSet::builtin().expect("standards");
    standards
        .get("2022-2025")
        .expect("the 2022-2025 standard")
        .indicators
        .len()
}

/// A class of the first `count` built-in 2022–2025 scenarios, opened over the API: its code and
/// trainer key.
async fn open_class(
    base: &str,
    title: &str,
    mode: SessionMode,
    count: usize,
    time_limit_minutes: Option<u32>,
) -> (String, String) {
    let standards = StandardSet::builtin().expect("standards");
    let scenarios = rasoat_core::training::builtin::files(&standards, Some("2022-2025"))
        .into_iter()
        .take(count)
        .map(|(f, _)| f)
        .collect();
    let new = NewClass {
        title: title.into(),
        standard: "2022-2025".into(),
        mode,
        scenarios,
        time_limit_minutes,
    };
    let body = serde_json::to_value(&new).expect("json");
    let (status, created) = api("POST", format!("{base}/api/v1/classes"), None, Some(body)).await;
    assert_eq!(status, 201, "{created}");
    let class: ClassCreated = serde_json::from_value(created).expect("the class");
    (class.code, class.trainer_key)
}

/// A trainer's action on the class, over the API; the status.
async fn control(base: &str, code: &str, key: &str, action: Control) -> u16 {
    let url = format!("{base}/api/v1/classes/{code}/control");
    let body = serde_json::to_value(action).expect("json");
    api("POST", url, Some(key.to_owned()), Some(body)).await.0
}

/// A WebDriver session with `caps` on the driver at `port` (which may still be starting).
async fn connect(port: u16, caps: serde_json::Map<String, Value>) -> fantoccini::Client {
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let until = Instant::now() + Duration::from_secs(30);
    loop {
        match fantoccini::ClientBuilder::new(connector.clone())
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(c) => return c,
            Err(e) => {
                assert!(Instant::now() < until, "the WebDriver never answered: {e}");
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    }
}

/// The trainer's side, over the API (blocking: ureq on its own thread).
async fn api(method: &str, url: String, key: Option<String>, body: Option<Value>) -> (u16, Value) {
    let method = method.to_owned();
    tokio::task::spawn_blocking(move || {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        let auth = key.map(|k| bearer(&k)).unwrap_or_default();
        let resp = if method == "POST" {
            agent
                .post(&url)
                .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
                .header("authorization", &auth)
                .send_json(body.unwrap_or(Value::Null))
        } else {
            agent
                .get(&url)
                .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
                .header("authorization", &auth)
                .call()
        };
        let mut resp = resp.expect("the server answers");
        let status = resp.status().as_u16();
        let json = resp.body_mut().read_json::<Value>().unwrap_or(Value::Null);
        (status, json)
    })
    .await
    .expect("the request's thread")
}

struct Page {
    c: fantoccini::Client,
    shots: PathBuf,
    _profile: tempfile::TempDir,
}

impl Page {
    /// Waits for eframe to start on the page (its hidden text input appears) and a few frames.
    async fn started(&self) {
        let until = Instant::now() + Duration::from_secs(30);
        loop {
            let found = self
                .c
                .find_all(fantoccini::Locator::Css("input"))
                .await
                .map(|v| !v.is_empty())
                .unwrap_or(false);
            if found {
                break;
            }
            assert!(
                Instant::now() < until,
                "the app never started: {}",
                self.logs().await
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        tokio::time::sleep(Duration::from_millis(1500)).await;
    }

    async fn logs(&self) -> String {
        self.c
            .execute("return (window.__logs || []).join('\\n')", vec![])
            .await
            .map(|v| v.as_str().unwrap_or_default().to_owned())
            .unwrap_or_default()
    }

    /// Keys to whatever has the keyboard (eframe moves it to its text input when a field is
    /// focused), then a moment for the frame.
    async fn keys(&self, text: &str) {
        let el = self.c.active_element().await.expect("the focused element");
        el.send_keys(text).await.expect("keys");
        self.frames().await;
    }

    /// Waits until the page has drawn two frames: egui moves the keyboard once a frame, so keys
    /// sent faster than the page draws (a busy machine, software WebGL) would be lost.
    async fn frames(&self) {
        let script = "const done = arguments[0]; \
                      requestAnimationFrame(() => requestAnimationFrame(() => done(true)))";
        self.c
            .execute_async(script, vec![])
            .await
            .expect("the page draws");
        tokio::time::sleep(Duration::from_millis(150)).await;
    }

    /// The identity form, first field to last (the keyboard starts in the name), not yet saved.
    async fn identity(&self, name: &str, commune: &str, province: &str) {
        self.keys(name).await;
        self.key(Key::Tab, 1).await;
        self.keys(commune).await;
        self.key(Key::Tab, 2).await; // past the district, which may stay empty
        self.keys(province).await;
    }

    async fn key(&self, k: Key, times: usize) {
        for _ in 0..times {
            self.keys(&char::from(k).to_string()).await;
        }
    }

    async fn shot(&self, name: &str) {
        tokio::time::sleep(Duration::from_millis(500)).await;
        let png = self.c.screenshot().await.expect("a screenshot");
        std::fs::write(self.shots.join(format!("web-{name}.png")), png).expect("write the screenshot");
    }

    /// The results files the page keeps in the browser's storage.
    async fn stored_results(&self) -> Vec<Value> {
        let v = self
            .c
            .execute(
                "return Object.keys(localStorage).filter(k => k.startsWith('rasoat:results'))\
                 .map(k => localStorage.getItem(k))",
                vec![],
            )
            .await
            .expect("the page's storage");
        v.as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| serde_json::from_str(s.as_str()?).ok())
            .collect()
    }

    /// Answers the open scenario with the keyboard: the income (the field has the keyboard when
    /// a scenario opens), past the standard's `indicators` tick boxes to the first class (poor),
    /// chosen with Space, past the other classes to the submit button, Enter.
    async fn answer(&self, income: &str, indicators: usize) {
        self.keys(income).await;
        self.key(Key::Tab, indicators + 1).await;
        self.keys(" ").await;
        self.key(Key::Tab, 4).await;
        self.key(Key::Enter, 1).await;
    }
}

/// A new headless Chromium (its own empty profile: its own browser storage), with its software
/// WebGL and `extra` flags, through the chromedriver on `port`.
async fn browser(port: u16, shots: &Path, extra: &[&str]) -> Page {
    let profile = tempfile::tempdir().expect("a browser profile");
    let mut args: Vec<String> = [
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--use-angle=swiftshader",
        "--enable-unsafe-swiftshader",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ]
    .iter()
    .chain(extra)
    .map(|a| (*a).to_owned())
    .collect();
    args.push(format!("--user-data-dir={}", profile.path().display()));
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({ "binary": "/usr/bin/chromium", "args": args }),
    );
    Page {
        c: connect(port, caps).await,
        shots: shots.to_path_buf(),
        _profile: profile,
    }
}

/// chromedriver on a free port.
fn chromedriver() -> (Driver, u16) {
    let port = free_port();
    let child = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver (apt-get install chromium chromium-driver)");
    (Driver(child), port)
}

/// Waits until the class's console counts `n` answers; its trainees' rows.
async fn answers_counted(base: &str, code: &str, key: &str, n: u64, page: &Page) -> Value {
    let until = Instant::now() + Duration::from_secs(30);
    loop {
        let (_, c) = api(
            "GET",
            format!("{base}/api/v1/classes/{code}/console"),
            Some(key.into()),
            None,
        )
        .await;
        if c["totals"]["answers"].as_u64() == Some(n) {
            return c;
        }
        assert!(
            Instant::now() < until,
            "the server never counted {n} answers: {}\npage log: {}",
            c["totals"],
            page.logs().await
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Waits until the server holds `n` answers of trainee `id` (each with its receipt); them.
async fn answers_stored(base: &str, code: &str, key: &str, id: i64, n: usize, page: &Page) -> TraineeAnswers {
    let until = Instant::now() + Duration::from_secs(60);
    loop {
        let url = format!("{base}/api/v1/classes/{code}/trainees/{id}");
        let (_, got) = api("GET", url, Some(key.into()), None).await;
        let got: TraineeAnswers = serde_json::from_value(got).expect("the trainee's answers");
        if got.receipts.len() >= n {
            return got;
        }
        assert!(
            Instant::now() < until,
            "the server never held {n} answers of the trainee, only {}\npage log: {}",
            got.receipts.len(),
            page.logs().await
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trainee_joins_answers_resumes_and_loses_nothing_in_a_real_browser() {
    let _one = ONE_AT_A_TIME.lock().await;
    let shots = workspace().join("docs");
    let Served {
        running,
        addr,
        base,
        db,
        web,
        _dir,
    } = served().await;
    // A practice class of three scenarios, started.
    let indicators = indicators();
    let (code, key) = open_class(&base, "Tập huấn xã Tân Lập", SessionMode::Practice, 3, None).await;
    assert_eq!(control(&base, &code, &key, Control::Start).await, 200);

    // Headless Chromium with its software WebGL, through chromedriver.
    let (_driver, port) = chromedriver();
    let page = browser(port, &shots, &[]).await;

    // The class's link: the identity first (a new browser), then the join form, code filled in.
    let opening = Instant::now();
    page.c
        .goto(&format!("{base}/?lop={code}"))
        .await
        .expect("the page");
    page.started().await;
    // A figure for the README, not a timed test: from the address to the app drawn.
    eprintln!(
        "the page was usable {:.1} s after it was asked for (first load, loopback)",
        opening.elapsed().as_secs_f64() - 1.5
    );
    page.identity("Nguyễn Thị Hoà", "Xã Tân Lập", "Phú Thọ").await;
    page.shot("identity-vi").await;
    page.key(Key::Enter, 1).await;
    page.shot("join-vi").await;
    page.key(Key::Enter, 1).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    page.shot("scenario-vi").await;

    // An answer, scored by the server.
    page.answer("900000", indicators).await;
    let console = answers_counted(&base, &code, &key, 1, &page).await;
    page.shot("debrief-vi").await;
    let row = &console["trainees"][0];
    assert_eq!(row["name"], "Nguyễn Thị Hoà", "typed exactly, NFC");
    assert_eq!(row["commune"], "Xã Tân Lập");
    assert_eq!(row["province"], "Phú Thọ");
    let id = row["id"].as_i64().expect("the trainee's id");
    let (_, mine) = api(
        "GET",
        format!("{base}/api/v1/classes/{code}/trainees/{id}"),
        Some(key.clone()),
        None,
    )
    .await;
    let mine: TraineeAnswers = serde_json::from_value(mine).expect("the trainee's answers");
    assert_eq!(mine.receipts.len(), 1);
    let first = &mine.receipts[0];
    assert_eq!(first.answer.income_per_person_month_vnd, Some(900_000));
    assert_eq!(first.answer.class, Some(rasoat_core::rules::assess::Class::Poor));
    assert!(
        first.grade.is_some(),
        "scored by the server (practice shows the score)"
    );

    // A reload: the page resumes the session from the browser's storage — no identity, no join,
    // the scenario open — and an answer (practice: answering again) reaches the server as the
    // same trainee.
    assert_eq!(
        page.stored_results().await.len(),
        1,
        "one results file in the browser's storage"
    );
    page.c.refresh().await.expect("reload");
    page.started().await;
    page.shot("resumed-vi").await;
    page.answer("1200000", indicators).await;
    answers_stored(&base, &code, &key, id, 2, &page).await;
    let console_url = format!("{base}/api/v1/classes/{code}/console");
    let (_, console) = api("GET", console_url.clone(), Some(key.clone()), None).await;
    assert_eq!(
        console["totals"]["joined"], 1,
        "the same trainee, not a second one"
    );

    // The server cut while the scenario is open (a reload is the keyboard's way back from the
    // debrief): the trainee answers, the answer waits in the browser's storage...
    page.c.refresh().await.expect("reload");
    page.started().await;
    running.stop().await;
    page.answer("1300000", indicators).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    page.shot("offline-vi").await;
    let waiting: usize = page
        .stored_results()
        .await
        .iter()
        .map(|r| r["class"]["waiting"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(waiting, 1, "the answer waits in the browser's storage");

    // ... and the server back on the same address and database: it arrives, once.
    let running = serve(addr, &db, &web).await;
    let mine = answers_stored(&base, &code, &key, id, 3, &page).await;
    assert_eq!(mine.receipts.len(), 3, "three answers stored, none twice");
    let (_, console) = api("GET", console_url, Some(key.clone()), None).await;
    assert_eq!(console["totals"]["joined"], 1);
    let mut keys: Vec<&str> = mine.receipts.iter().map(|r| r.key.as_str()).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), 3, "three answers, none twice");
    let incomes: Vec<_> = mine
        .receipts
        .iter()
        .map(|r| r.answer.income_per_person_month_vnd)
        .collect();
    assert!(
        incomes.contains(&Some(1_300_000)),
        "the answer given offline: {incomes:?}"
    );
    let until = Instant::now() + Duration::from_secs(30);
    loop {
        let waiting: usize = page
            .stored_results()
            .await
            .iter()
            .map(|r| r["class"]["waiting"].as_array().map_or(0, Vec::len))
            .sum();
        if waiting == 0 {
            break;
        }
        assert!(Instant::now() < until, "the page never took its receipt");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    page.shot("back-vi").await;

    // The trainer, in a browser of their own: the console of the class, by keyboard — the
    // results summary (the fourth place of the top bar), the live class, its code and key.
    let trainer = browser(port, &page.shots, &[]).await;
    trainer.c.goto(&format!("{base}/")).await.expect("the page");
    trainer.started().await;
    trainer.identity("Trần Văn Giảng", "Sở Lao động", "Phú Thọ").await;
    trainer.key(Key::Enter, 1).await;
    trainer.key(Key::Tab, 6).await;
    trainer.key(Key::Enter, 1).await;
    trainer.key(Key::Tab, 2).await;
    trainer.key(Key::Enter, 1).await;
    trainer.key(Key::Tab, 12).await;
    trainer.keys(&code).await;
    trainer.key(Key::Tab, 1).await;
    trainer.keys(&key).await;
    trainer.key(Key::Tab, 1).await;
    trainer.key(Key::Enter, 1).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    trainer.shot("console-vi").await;
    // The console works the class: a pause with its reason, given from the page (the first places
    // after the top bar and the "another class" fold), reaches the server.
    trainer.key(Key::Tab, 9).await;
    trainer.keys("Mất điện ở xã").await;
    trainer.key(Key::Tab, 3).await;
    trainer.key(Key::Enter, 1).await;
    let until = Instant::now() + Duration::from_secs(20);
    loop {
        let (_, state) = api("GET", format!("{base}/api/v1/classes/{code}"), None, None).await;
        if state["phase"] == "paused" {
            break;
        }
        assert!(
            Instant::now() < until,
            "the console's pause never reached the server: {state}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    trainer.shot("console-paused-vi").await;

    trainer.c.close().await.expect("the browser closes");
    page.c.close().await.expect("the browser closes");
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_browser_without_webgl_is_told_so_in_words() {
    let _one = ONE_AT_A_TIME.lock().await;
    let Served {
        running, base, _dir, ..
    } = served().await;
    let (_driver, port) = chromedriver();
    let page = browser(port, &workspace().join("docs"), &["--disable-3d-apis"]).await;
    page.c.goto(&format!("{base}/")).await.expect("the page");
    let until = Instant::now() + Duration::from_secs(20);
    let text = loop {
        let shown = page
            .c
            .execute(
                "const f = document.getElementById('failed');\
                 return getComputedStyle(f).display === 'block' ? f.innerText : null",
                vec![],
            )
            .await
            .expect("the page answers");
        if let Some(t) = shown.as_str() {
            break t.to_owned();
        }
        assert!(Instant::now() < until, "no message: {}", page.logs().await);
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(
        text.contains("Trình duyệt này không vẽ được chương trình"),
        "{text}"
    );
    assert!(text.contains("This browser cannot draw the program"), "{text}");
    assert!(text.contains("WebGL2"), "{text}");
    page.shot("no-webgl").await;
    page.c.close().await.expect("the browser closes");
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_exam_in_the_browser_holds_its_scores_until_the_release() {
    let _one = ONE_AT_A_TIME.lock().await;
    let Served {
        running, base, _dir, ..
    } = served().await;
    let indicators = indicators();
    let (code, key) = open_class(&base, "Kiểm tra cuối buổi", SessionMode::Exam, 2, Some(45)).await;

    // The trainee joins and waits in the lobby; the trainer starts; two answers.
    let (_driver, port) = chromedriver();
    let page = browser(port, &workspace().join("docs"), &[]).await;
    page.c
        .goto(&format!("{base}/?lop={code}"))
        .await
        .expect("the page");
    page.started().await;
    page.identity("Lò Thị Mai", "Xã Mường Lạn", "Sơn La").await;
    page.key(Key::Enter, 2).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    page.shot("lobby-vi").await;
    assert_eq!(control(&base, &code, &key, Control::Start).await, 200);
    tokio::time::sleep(Duration::from_secs(3)).await;
    page.answer("1000000", indicators).await;
    page.answer("1500000", indicators).await;

    // Stored, and the trainee's own view (with the secret the page keeps) holds no score yet.
    let stored = page.stored_results().await;
    let link = &stored.first().expect("the results file in the browser's storage")["class"];
    let secret = link["secret"].as_str().expect("the trainee's secret").to_owned();
    let mine_url = format!("{base}/api/v1/classes/{code}/me");
    let until = Instant::now() + Duration::from_secs(30);
    loop {
        let (_, mine) = api("GET", mine_url.clone(), Some(secret.clone()), None).await;
        let receipts = mine["receipts"].as_array().map_or(0, Vec::len);
        if receipts == 2 {
            assert!(
                mine["receipts"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .all(|r| r["grade"].is_null()),
                "an exam's scores wait for the release: {mine}"
            );
            break;
        }
        assert!(
            Instant::now() < until,
            "the two answers never arrived: {mine}\n{}",
            page.logs().await
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    page.shot("exam-submitted-vi").await;

    // Closed and released: the scores reach the trainee's view, and the page shows them.
    assert_eq!(control(&base, &code, &key, Control::Close).await, 200);
    assert_eq!(control(&base, &code, &key, Control::Release).await, 200);
    let (_, mine) = api("GET", mine_url, Some(secret), None).await;
    assert!(
        mine["receipts"]
            .as_array()
            .into_iter()
            .flatten()
            .all(|r| !r["grade"].is_null()),
        "released: {mine}"
    );
    tokio::time::sleep(Duration::from_secs(3)).await;
    page.shot("exam-results-vi").await;
    page.c.close().await.expect("the browser closes");
    running.stop().await;
}

/// Firefox (Debian's ESR) through geckodriver, on a virtual display of its own: headless Firefox
/// has no WebGL here, under Xvfb it draws with Mesa's software OpenGL. Ended with the test.
struct Firefox {
    driver: Driver,
    _display: Driver,
    port: u16,
}

fn firefox() -> Firefox {
    use std::io::Read;
    // Xvfb picks a free display and writes its number.
    let mut xvfb = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1280x900x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb (apt-get install xvfb)");
    let mut out = xvfb.stdout.take().expect("Xvfb's output");
    let mut number = String::new();
    let mut byte = [0u8; 1];
    while out.read(&mut byte).map(|n| n == 1).unwrap_or(false) && byte[0] != b'\n' {
        number.push(char::from(byte[0]));
    }
    assert!(!number.trim().is_empty(), "Xvfb gave no display");
    let port = free_port();
    let driver = Command::new("geckodriver")
        .arg(format!("--port={port}"))
        .env("DISPLAY", format!(":{}", number.trim()))
        .env("LIBGL_ALWAYS_SOFTWARE", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("geckodriver (cargo install geckodriver; see .ci/run)");
    Firefox {
        driver: Driver(driver),
        _display: Driver(xvfb),
        port,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn firefox_joins_and_answers_too() {
    let _one = ONE_AT_A_TIME.lock().await;
    let Served {
        running, base, _dir, ..
    } = served().await;
    let indicators = indicators();
    let (code, key) = open_class(&base, "Firefox", SessionMode::Practice, 1, None).await;
    assert_eq!(control(&base, &code, &key, Control::Start).await, 200);

    let ff = firefox();
    let mut caps = serde_json::Map::new();
    caps.insert(
        "moz:firefoxOptions".into(),
        serde_json::json!({
            "binary": "/usr/bin/firefox-esr",
            "prefs": { "webgl.force-enabled": true },
        }),
    );
    let c = connect(ff.port, caps).await;
    c.set_window_size(1280, 900).await.expect("the window's size");
    let page = Page {
        c,
        shots: workspace().join("docs"),
        _profile: tempfile::tempdir().expect("unused"),
    };
    page.c
        .goto(&format!("{base}/?lop={code}"))
        .await
        .expect("the page");
    page.started().await;
    page.identity("Nguyễn Thị Hoà", "Xã Tân Lập", "Phú Thọ").await;
    page.key(Key::Enter, 2).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    page.answer("900000", indicators).await;
    let console = answers_counted(&base, &code, &key, 1, &page).await;
    assert_eq!(
        console["trainees"][0]["name"], "Nguyễn Thị Hoà",
        "typed exactly in Firefox"
    );
    page.shot("firefox-debrief-vi").await;
    page.c.close().await.expect("the browser closes");
    drop(ff.driver);
    running.stop().await;
}
