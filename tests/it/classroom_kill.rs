//! The classroom server killed with `kill -9` in the middle of trainees' answers, on SQLite and
//! on PostgreSQL: the real `rasoat-cli serve` runs as a child process; forty trainees answer with
//! their own keys; after a few hundred receipts the server is killed. Every answer that got a
//! receipt must be in the database exactly once, and no key twice; the trainees then send every
//! answer that got none again (same keys) to the restarted server, and the database ends with
//! exactly one answer per key sent.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use rasoat::classroom::client::{Client, ClientError};
use rasoat::rules::assess::assess;
use rasoat::rules::grading::{Answer, model_answer};
use rasoat::rules::standard::StandardSet;
use rasoat::training::classroom::protocol::{AnswerPost, Control, Join, Joined, NewClass, ScenarioFile};
use rasoat::training::scenario::parse_scenario;
use rasoat::training::session::{SessionMode, Trainee, content_hash_of_rules};
use rasoat::words::i18n::Lang;

/// Trainees answering at once.
const TRAINEES: usize = 40;
/// Answers one trainee sends at most before the kill.
const PER_TRAINEE: usize = 25;
/// The server is killed once this many answers got their receipt.
const KILL_AFTER: usize = 300;
/// Any one wait in this test.
const WAIT: Duration = Duration::from_secs(120);

/// The server as a child process, killed when dropped (whatever the test's outcome).
struct Server {
    child: Child,
    base: String,
}

impl Server {
    /// Starts `rasoat-cli serve` on `database` and a free loopback port; returns once it listens.
    fn start(database: &str, data: &std::path::Path) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_rasoat-cli"))
            .args([
                "--lang",
                "en",
                "serve",
                "--addr",
                "127.0.0.1:0",
                "--database",
                database,
            ])
            .env_remove("RASOAT_LANG")
            .env("XDG_DATA_HOME", data)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("rasoat-cli serve starts");
        let stdout = child.stdout.take().expect("the server's stdout");
        let (tx, rx) = mpsc::channel::<String>();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                let _ = tx.send(line);
            }
        });
        let mut server = Server {
            child,
            base: String::new(),
        };
        let until = Instant::now() + WAIT;
        while server.base.is_empty() {
            let left = until.saturating_duration_since(Instant::now());
            let line = rx
                .recv_timeout(left)
                .expect("the server prints its address within two minutes");
            if let Some(rest) = line.split("is running at ").nth(1) {
                server.base = rest.split_whitespace().next().expect("an address").to_owned();
            }
        }
        assert!(server.base.starts_with("http://127.0.0.1:"), "{}", server.base);
        server
    }

    /// `kill -9`.
    fn kill(&mut self) {
        self.child.kill().expect("SIGKILL");
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime")
}

/// Every stored answer's key with how many rows hold it, and its receipt, read from the database.
fn stored(rt: &tokio::runtime::Runtime, url: &str) -> HashMap<String, (usize, String)> {
    rt.block_on(async {
        use sqlx::Row;
        let db = rasoat_server::Db::connect(url).await.expect("the database opens");
        let rows = sqlx::query("SELECT idem_key, receipt FROM answers")
            .fetch_all(&db.pool)
            .await
            .expect("answers");
        db.pool.close().await;
        let mut keys: HashMap<String, (usize, String)> = HashMap::new();
        for r in rows {
            let key: String = r.try_get(0).expect("key");
            let receipt: String = r.try_get(1).expect("receipt");
            keys.entry(key).or_insert((0, receipt)).0 += 1;
        }
        keys
    })
}

/// Three built-in scenarios of the 2022–2025 standard.
fn scenario_files() -> Vec<ScenarioFile> {
    let standards = StandardSet::builtin().expect("standards");
    rasoat::training::builtin::files(&standards, Some("2022-2025"))
        .into_iter()
        .take(3)
        .map(|(file, _)| file)
        .collect()
}

/// What a trainee can send for each scenario of the class: (id, hash, right answer).
fn answers_of(joined: &Joined) -> Vec<(String, String, Answer)> {
    let standards = StandardSet::builtin().expect("standards");
    joined
        .scenarios
        .iter()
        .map(|f| {
            let s =
                parse_scenario(&f.name, &rasoat::rules::text::nfc(&f.text), &standards).expect("scenario");
            let standard = s.standard_in(&standards).expect("standard");
            let right = model_answer(&assess(&s.household, standard));
            (s.scenario.id.clone(), content_hash_of_rules(&s, standard), right)
        })
        .collect()
}

/// One trainee's answers: those with a receipt (key → receipt code) and those still waiting.
#[derive(Default)]
struct Sent {
    acked: HashMap<String, String>,
    waiting: Vec<AnswerPost>,
}

fn kill_in_the_middle(url: &str, rt: &tokio::runtime::Runtime) {
    let data = tempfile::tempdir().expect("temp dir");
    let mut server = Server::start(url, data.path());
    let trainer = Client::new(&server.base, Lang::En);
    let class = trainer
        .open_class(&NewClass {
            title: "Kill -9".into(),
            standard: "2022-2025".into(),
            mode: SessionMode::Practice,
            scenarios: scenario_files(),
            time_limit_minutes: None,
        })
        .wait()
        .expect("a class opens");
    trainer
        .control(&class.code, &class.trainer_key, &Control::Start)
        .wait()
        .expect("the class starts");

    // Forty trainees join and answer as fast as they get receipts.
    let receipts = Arc::new(AtomicUsize::new(0));
    let killed = Arc::new(AtomicBool::new(false));
    let mut threads = Vec::new();
    for t in 0..TRAINEES {
        let base = server.base.clone();
        let code = class.code.clone();
        let receipts = receipts.clone();
        let killed = killed.clone();
        threads.push(std::thread::spawn(move || {
            let client = Client::new(&base, Lang::En);
            let joined = client
                .join(
                    &code,
                    &Join {
                        trainee: Trainee {
                            name: format!("Học viên {t}"),
                            commune: format!("Xã {}", t % 7),
                            district: String::new(),
                            province: "Phú Thọ".into(),
                        },
                    },
                )
                .wait()
                .expect("a trainee joins");
            let answers = answers_of(&joined);
            let mut sent = Sent::default();
            for n in 0..PER_TRAINEE {
                if killed.load(Ordering::SeqCst) {
                    break;
                }
                let (id, hash, right) = &answers[n % answers.len()];
                let post = AnswerPost {
                    key: format!("t{t}-a{n}"),
                    scenario_id: id.clone(),
                    scenario_hash: hash.clone(),
                    seconds: 30,
                    given_at: 1_780_000_000,
                    answer: if n % 3 == 0 {
                        Answer::default()
                    } else {
                        right.clone()
                    },
                };
                match client.answer(&code, &joined.secret, &post).wait() {
                    Ok(r) => {
                        assert_eq!(r.key, post.key);
                        sent.acked.insert(post.key.clone(), r.receipt);
                        receipts.fetch_add(1, Ordering::SeqCst);
                    }
                    Err(e) => {
                        assert!(
                            matches!(e, ClientError::Unreachable { .. }),
                            "only the server's death may stop an answer: {e:?}"
                        );
                        sent.waiting.push(post);
                        // The outbox keeps it; this trainee waits for the server.
                        break;
                    }
                }
            }
            (joined, sent)
        }));
    }
    let until = Instant::now() + WAIT;
    while receipts.load(Ordering::SeqCst) < KILL_AFTER {
        assert!(
            Instant::now() < until,
            "only {} receipts in two minutes",
            receipts.load(Ordering::SeqCst)
        );
        assert!(
            !threads.iter().all(std::thread::JoinHandle::is_finished),
            "the trainees stopped before {KILL_AFTER} receipts"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    server.kill();
    killed.store(true, Ordering::SeqCst);
    let trainees: Vec<(Joined, Sent)> = threads
        .into_iter()
        .map(|h| h.join().expect("a trainee's thread"))
        .collect();

    let acked: HashMap<&str, &str> = trainees
        .iter()
        .flat_map(|(_, s)| s.acked.iter().map(|(k, r)| (k.as_str(), r.as_str())))
        .collect();
    let waiting: HashSet<&str> = trainees
        .iter()
        .flat_map(|(_, s)| s.waiting.iter().map(|p| p.key.as_str()))
        .collect();
    assert!(acked.len() >= KILL_AFTER, "{} receipts", acked.len());
    assert!(
        !waiting.is_empty(),
        "the kill came with no answer in flight: nothing was tested"
    );

    // After the kill: every answer with a receipt is stored, once, as its receipt says.
    let after_kill = stored(rt, url);
    for (key, receipt) in &acked {
        let (n, stored_receipt) = after_kill
            .get(*key)
            .unwrap_or_else(|| panic!("{key} got a receipt but is not stored after kill -9"));
        assert_eq!(*n, 1, "{key} is stored {n} times");
        assert_eq!(stored_receipt, receipt, "{key}");
    }
    for (key, (n, _)) in &after_kill {
        assert_eq!(*n, 1, "{key} is stored {n} times");
        assert!(
            acked.contains_key(key.as_str()) || waiting.contains(key.as_str()),
            "{key} is stored but was never sent"
        );
    }
    let in_flight_stored = waiting.iter().filter(|k| after_kill.contains_key(**k)).count();
    eprintln!(
        "kill -9 after {} receipts: {} answers stored, {} were in flight ({} of them stored)",
        acked.len(),
        after_kill.len(),
        waiting.len(),
        in_flight_stored
    );

    // The server again, on the same database and another port; the trainees send what waits,
    // with the same keys and their secrets from before.
    let server = Server::start(url, data.path());
    let client = Client::new(&server.base, Lang::En);
    for (joined, sent) in &trainees {
        for post in &sent.waiting {
            let r = client
                .answer(&class.code, &joined.secret, post)
                .wait()
                .unwrap_or_else(|e| panic!("{} sent again: {e:?}", post.key));
            assert_eq!(r.key, post.key);
            if let Some((_, receipt)) = after_kill.get(&post.key) {
                assert_eq!(&r.receipt, receipt, "{}: the stored answer's receipt", post.key);
            }
        }
        // Each trainee finds every answer with a receipt, as the receipt said.
        let mine = client
            .mine(&class.code, &joined.secret)
            .wait()
            .expect("a trainee's answers");
        let held: HashMap<&str, &str> = mine
            .receipts
            .iter()
            .map(|r| (r.key.as_str(), r.receipt.as_str()))
            .collect();
        for (key, receipt) in &sent.acked {
            assert_eq!(held.get(key.as_str()), Some(&receipt.as_str()), "{key}");
        }
    }
    let sent_keys: HashSet<&str> = acked.keys().copied().chain(waiting.iter().copied()).collect();
    let at_end = stored(rt, url);
    assert_eq!(at_end.len(), sent_keys.len(), "one answer per key sent");
    for (key, (n, _)) in &at_end {
        assert_eq!(*n, 1, "{key} is stored {n} times");
        assert!(sent_keys.contains(key.as_str()), "{key} was never sent");
    }
    let console = trainer_console(&server.base, &class.code, &class.trainer_key);
    assert_eq!(console, TRAINEES as u64, "the console after the restart");
}

/// The trainees the restarted server's console counts.
fn trainer_console(base: &str, code: &str, key: &str) -> u64 {
    let client = Client::new(base, Lang::En);
    let until = Instant::now() + Duration::from_secs(20);
    loop {
        let c = client.console(code, key).wait().expect("the console");
        if c.totals.joined == TRAINEES as u64 || Instant::now() > until {
            return c.totals.joined;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn sqlite_keeps_every_receipt_through_kill_9() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = rasoat_server::db::sqlite_url(&dir.path().join("lop-hoc.sqlite"));
    kill_in_the_middle(&url, &runtime());
}

#[test]
fn postgres_keeps_every_receipt_through_kill_9() {
    let rt = runtime();
    let url = crate::common::postgres::fresh_postgres(&rt);
    kill_in_the_middle(&url, &rt);
}
