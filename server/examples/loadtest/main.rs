//! A load test of the live classroom's server, run against the real program. It starts
//! `rasoat-cli serve` as a child process on a fresh SQLite file or a fresh PostgreSQL database,
//! opens an exam of ten built-in scenarios, lets thousands of simulated trainees join during a
//! lobby (each holding its own event stream open, as the app does), has them answer at a set
//! total pace while a trainer watches the console, cuts a share of them off mid-exam with an
//! answer in flight and has them come back, then checks the database against every receipt and
//! prints latencies, throughput, the server's memory and CPU time and the console's delay.
//!
//! ```text
//! cargo run --release -p rasoat-server --example loadtest -- --server-bin target/release/rasoat-cli \
//!     [--database sqlite|postgres://…] [--trainees 10000] [--rate 500] [--drop 20] \
//!     [--max-seconds 300] [--seed 1] [--lobby-seconds S] [--right 60]
//! ```
//!
//! Only loopback is used; every wait is bounded and the whole run stops after `--max-seconds`.
//! The server is stopped at the end (SIGINT, then SIGKILL). Exits with 1 when a check failed.
//!
//! How the console's delay is measured: the answers are ranked in the order their receipts
//! arrived; the k-th receipt counts as shown on the console at the first console event whose
//! `totals.answers` is at least k (one writer commits answers in order, so the stored answers are
//! always the first ones of that order, up to the few acknowledged in the same commit).

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::Method;
use hyper::client::conn::http1::SendRequest;
use hyper_util::rt::TokioIo;
use rasoat_core::rules::assess::assess;
use rasoat_core::rules::grading::{Answer, model_answer};
use rasoat_core::rules::standard::StandardSet;
use rasoat_core::training::classroom::protocol::{
    AnswerPost, ClassCreated, Joined, PROTOCOL_HEADER, PROTOCOL_VERSION, Receipt, ScenarioFile,
};
use rasoat_core::training::session::content_hash_of_rules;
use serde_json::{Value, json};
use tokio::sync::watch;
use tokio::time::{sleep, sleep_until};

mod db;
mod net;
mod report;
mod server;
mod trainees;

use self::db::*;
use self::net::*;
use self::report::*;
use self::server::*;
use self::trainees::*;

/// The scenarios of the exam.
pub(crate) const SCENARIOS: usize = 10;
/// Any one request waits this long for its answer at most.
pub(crate) const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);
/// Attempts at one answer before the trainee gives up on it.
pub(crate) const ATTEMPTS: u32 = 6;

pub(crate) const USAGE: &str = "usage: loadtest --server-bin PATH [--database sqlite|postgres://…] [--trainees N] \
[--rate ANSWERS_PER_S] [--drop PERCENT] [--max-seconds S] [--seed N] [--lobby-seconds S] [--right PERCENT] \
[--idle-seconds S] [--keep-database]";

// ---------------------------------------------------------------------------------------------
// Options

pub(crate) struct Args {
    pub(crate) server_bin: PathBuf,
    pub(crate) database: String,
    pub(crate) trainees: usize,
    pub(crate) rate: f64,
    pub(crate) drop_percent: f64,
    pub(crate) max_seconds: u64,
    pub(crate) seed: u64,
    pub(crate) lobby_seconds: Option<f64>,
    pub(crate) right_percent: u64,
    pub(crate) idle_seconds: f64,
    pub(crate) keep_database: bool,
}

pub(crate) fn number<T: std::str::FromStr>(flag: &str, v: &str) -> Result<T, String> {
    v.parse().map_err(|_| format!("{flag}: not a number: {v}"))
}

pub(crate) fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        server_bin: PathBuf::new(),
        database: "sqlite".into(),
        trainees: 10_000,
        rate: 500.0,
        drop_percent: 20.0,
        max_seconds: 300,
        seed: 1,
        lobby_seconds: None,
        right_percent: 60,
        idle_seconds: 15.0,
        keep_database: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        if flag == "--keep-database" {
            a.keep_database = true;
            continue;
        }
        if flag == "-h" || flag == "--help" {
            println!("{USAGE}");
            std::process::exit(0);
        }
        let v = it
            .next()
            .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        match flag.as_str() {
            "--server-bin" => a.server_bin = PathBuf::from(v),
            "--database" => a.database = v,
            "--trainees" => a.trainees = number(&flag, &v)?,
            "--rate" => a.rate = number(&flag, &v)?,
            "--drop" => a.drop_percent = number(&flag, &v)?,
            "--max-seconds" => a.max_seconds = number(&flag, &v)?,
            "--seed" => a.seed = number(&flag, &v)?,
            "--lobby-seconds" => a.lobby_seconds = Some(number(&flag, &v)?),
            "--right" => a.right_percent = number(&flag, &v)?,
            "--idle-seconds" => a.idle_seconds = number(&flag, &v)?,
            _ => return Err(format!("unknown option {flag}\n{USAGE}")),
        }
    }
    if a.server_bin.as_os_str().is_empty() {
        return Err(format!("--server-bin is needed\n{USAGE}"));
    }
    if a.trainees == 0 || a.rate <= 0.0 || !(0.0..=100.0).contains(&a.drop_percent) {
        return Err("--trainees and --rate must be above 0, --drop within 0–100".into());
    }
    Ok(a)
}

// ---------------------------------------------------------------------------------------------
// A small seeded random number generator (SplitMix64): the same seed gives the same run plan.

pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn new(seed: u64, stream: u64) -> Self {
        let mut r = Rng(seed ^ stream.wrapping_mul(0xD1B5_4A32_D192_ED03));
        r.next();
        r
    }

    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// In [0, 1).
    pub(crate) fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub(crate) fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

// ---------------------------------------------------------------------------------------------
// HTTP: one HTTP/1 connection per client, so a trainee's connections can be cut like a real
// network cut.

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let ok = runtime.block_on(run(args));
    runtime.shutdown_timeout(Duration::from_secs(2));
    std::process::exit(match ok {
        Ok(true) => 0,
        Ok(false) => 1,
        Err(e) => {
            eprintln!("loadtest: {e}");
            1
        }
    });
}

async fn run(args: Args) -> Result<bool, String> {
    let began = Instant::now();
    let deadline = began + Duration::from_secs(args.max_seconds);
    // Two connections per trainee here and on the server (answers, events), and some room.
    // Each trainee holds its event stream, and its answers' connection while in use (here and on
    // the server): twice the trainees is plenty, the trainees and some room is the least.
    let wanted = args.trainees as u64 * 2 + 1_000;
    let limit = match raise_open_files(wanted) {
        Ok(l) => l,
        Err(e) => {
            let now = rustix::process::getrlimit(rustix::process::Resource::Nofile)
                .current
                .unwrap_or(u64::MAX);
            if now < args.trainees as u64 + 2_000 {
                return Err(e);
            }
            println!("note: {e}; going on with {now}");
            now
        }
    };
    let (files, prepared) = scenarios()?;
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let (url, pg_name, admin) = if args.database == "sqlite" {
        let path = dir.path().join("lop-hoc.sqlite");
        (rasoat_server::db::sqlite_url(&path), None, None)
    } else if args.database.starts_with("postgres://") || args.database.starts_with("postgresql://") {
        let (url, name) = fresh_postgres(&args.database).await?;
        (url, Some(name), Some(args.database.clone()))
    } else {
        return Err(format!(
            "--database {}: sqlite or a postgres:// address",
            args.database
        ));
    };
    let backend = if pg_name.is_some() { "PostgreSQL" } else { "SQLite" };
    let load_before = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let pg_cpu_before = postgres_cpu_seconds();
    let split_before = cpu_split();
    let (mine_u0, mine_s0) = cpu_seconds("self").unwrap_or((0.0, 0.0));

    let mut server = Server::start(&args.server_bin, &url, dir.path())?;
    let addr = server.addr;
    let pid = server.pid;
    println!(
        "rasoat classroom load test: {backend}, {} trainees, {} answers/s asked, {}% dropped, seed {}; server pid {pid} at http://{addr}; open files allowed {limit}",
        args.trainees, args.rate, args.drop_percent, args.seed
    );

    // The server's memory, open files and CPU time, sampled every half second.
    let samples: Arc<Mutex<Vec<Sample>>> = Arc::default();
    let sampler = {
        let samples = samples.clone();
        tokio::spawn(async move {
            loop {
                let sample = Sample {
                    at: began.elapsed().as_secs_f64(),
                    rss_kb: status_kb(pid, "VmRSS").unwrap_or(0),
                    fds: open_files(pid),
                    cpu: cpu_seconds(&pid.to_string()).map_or(0.0, |(u, s)| u + s),
                    mine: cpu_seconds("self").map_or(0.0, |(u, s)| u + s),
                    machine: machine_busy_seconds(),
                };
                if let Ok(mut s) = samples.lock() {
                    s.push(sample);
                }
                sleep(Duration::from_millis(500)).await;
            }
        })
    };

    let outcome = drive(&args, began, addr, files, prepared, deadline).await;
    sampler.abort();
    let hwm = status_kb(pid, "VmHWM").unwrap_or(0);
    let samples = std::mem::take(&mut *samples.lock().unwrap_or_else(|p| p.into_inner()));
    let sampled_rss = samples.iter().map(|s| s.rss_kb).max().unwrap_or(0);
    let peak_fds = samples.iter().map(|s| s.fds).max().unwrap_or(0);
    let (user, system) = cpu_seconds(&pid.to_string()).unwrap_or((f64::NAN, f64::NAN));
    let (my_user, my_system) = cpu_seconds("self").unwrap_or((f64::NAN, f64::NAN));
    let pg_cpu = postgres_cpu_seconds() - pg_cpu_before;
    let split = cpu_split();
    let machine = split.0 - split_before.0;
    let interrupts = split.1 - split_before.1;
    let stolen = split.2 - split_before.2;
    let available = began.elapsed().as_secs_f64() * cores();
    let alive = matches!(server.child.try_wait(), Ok(None));
    server.stop();
    let tail = server.stderr_tail();

    let mut failures: Vec<String> = Vec::new();
    let mut report: Vec<String> = Vec::new();
    let (sh, code, console) = match outcome {
        Ok(o) => o,
        Err(e) => {
            println!("FAILED before the exam's end: {e}");
            if !tail.is_empty() {
                println!("server's last words:\n{tail}");
            }
            if let (Some(admin), Some(name)) = (&admin, &pg_name)
                && !args.keep_database
            {
                let _ = drop_postgres(admin, name).await;
            }
            return Ok(false);
        }
    };
    let st = std::mem::take(&mut *sh.stats());
    let c = std::mem::take(&mut *console.lock().unwrap_or_else(|p| p.into_inner()));

    let join = sorted(st.join_ms.iter().map(|(_, ms)| *ms).collect());
    let rejoin = sorted(st.rejoin_ms.clone());
    let ack = sorted(st.ack_ms.iter().map(|(_, ms)| *ms).collect());
    let window = match (st.first_send, st.last_ack) {
        (Some(a), Some(b)) if b > a => (b - a).as_secs_f64(),
        _ => f64::NAN,
    };
    let achieved = st.acks.len() as f64 / window;
    let (delays, unseen) = console_delays(&st.acks, &c.changes);
    let delays = sorted(delays);
    let final_answers = c.changes.last().map_or(0, |(_, n)| *n);

    report.push(format!(
        "joined: {} of {} (class started after {:.1} s of lobby); join latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        st.joined,
        args.trainees,
        sh.lobby_seconds,
        pct(&join, 0.5),
        pct(&join, 0.99),
        pct(&join, 1.0)
    ));
    report.push(format!(
        "state 'running' seen on the event stream by {} trainees; {} finished all {SCENARIOS} answers",
        st.saw_running, st.finished
    ));
    report.push(format!(
        "answers: {} acknowledged ({} keys sent) in {:.1} s = {:.1} answers/s; ack latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms ({} sends retried, {} answers given up)",
        st.acks.len(),
        st.keys_sent,
        window,
        achieved,
        pct(&ack, 0.5),
        pct(&ack, 0.99),
        pct(&ack, 1.0),
        st.retried_sends,
        st.gave_up
    ));
    report.push(format!(
        "console delay (receipt → first console event counting it): p50 {:.0} ms, p99 {:.0} ms, max {:.0} ms; {} console events, largest {} kB, last totals.answers {final_answers}, {unseen} receipts never shown",
        pct(&delays, 0.5),
        pct(&delays, 0.99),
        pct(&delays, 1.0),
        c.events,
        c.largest / 1024,
    ));
    report.push(format!(
        "drops: {} cut mid-answer ({} with the receipt already back, {} without), {} came back with every acknowledged answer and got their answer in flight acknowledged; rejoin latency p50 {:.1} ms, p99 {:.1} ms",
        st.dropped,
        st.cut_acked,
        st.cut_unacked,
        st.came_back,
        pct(&rejoin, 0.5),
        pct(&rejoin, 0.99)
    ));
    report.push(format!(
        "server: peak RSS {:.1} MB (VmHWM; sampled VmRSS peak {:.1} MB), CPU {:.1} s (user {:.1} + system {:.1}), peak open files {peak_fds}; still running at the end: {alive}",
        hwm as f64 / 1024.0,
        sampled_rss as f64 / 1024.0,
        user + system,
        user,
        system
    ));
    report.push(format!(
        "load generator: CPU {:.1} s (user {:.1} + system {:.1}); load average before: {}",
        my_user + my_system,
        my_user,
        my_system,
        load_before.trim()
    ));
    let pg_share = if pg_name.is_some() { pg_cpu } else { 0.0 };
    if pg_name.is_some() {
        report.push(format!(
            "PostgreSQL's processes: CPU {pg_cpu:.1} s during the run"
        ));
    }
    let ours = user + system + (my_user - mine_u0) + (my_system - mine_s0) + pg_share;
    report.push(format!(
        "machine: {machine:.1} CPU s busy of {available:.0} available ({:.0} cores); this run's processes {ours:.1} s, interrupts (loopback network) {interrupts:.1} s, stolen by the host {stolen:.1} s, anything else {:.1} s",
        cores(),
        (machine - ours - interrupts - stolen).max(0.0)
    ));

    if st.joined != args.trainees {
        failures.push(format!("{} of {} joined", st.joined, args.trainees));
    }
    if st.errors > 0 {
        failures.push(format!("{} errors: {}", st.errors, st.error_samples.join(" | ")));
    }
    if st.came_back != st.dropped {
        failures.push(format!("{} dropped, {} came back", st.dropped, st.came_back));
    }
    if unseen > 0 {
        failures.push(format!("{unseen} receipts never shown on the console"));
    }
    if !alive {
        failures.push(format!("the server died: {tail}"));
    }
    match check_database(&url, &code, &st.acks, args.seed).await {
        Ok(d) => {
            report.push(format!(
                "database: {} answers stored; {} of {} acknowledged keys stored exactly once ({} missing, {} with another receipt); {} stored without a receipt; {} keys twice; {} foreign; {} trainees; class {}",
                d.rows,
                d.acked_once,
                st.acks.len(),
                d.missing.len(),
                d.wrong_receipt,
                d.stored_unacked,
                d.twice.len(),
                d.foreign,
                d.trainees,
                d.phase
            ));
            if d.acked_once != st.acks.len() || !d.missing.is_empty() || d.wrong_receipt > 0 {
                failures.push(format!(
                    "acknowledged answers not stored exactly once: {} missing (e.g. {:?}), {} other receipts",
                    d.missing.len(),
                    d.missing.first(),
                    d.wrong_receipt
                ));
            }
            if !d.twice.is_empty() || d.foreign > 0 {
                failures.push(format!("keys stored twice: {:?}", d.twice.first()));
            }
            if d.rows != st.acks.len() + d.stored_unacked {
                failures.push("the stored answers do not add up".into());
            }
            if u64::try_from(d.rows).unwrap_or(0) != final_answers {
                failures.push(format!(
                    "the console's last totals.answers {final_answers} ≠ {} stored",
                    d.rows
                ));
            }
            if usize::try_from(d.trainees).unwrap_or(0) != args.trainees {
                failures.push(format!("{} trainees stored", d.trainees));
            }
            if d.phase != "closed" {
                failures.push(format!("the class is {}, not closed", d.phase));
            }
        }
        Err(e) => failures.push(format!("the database could not be checked: {e}")),
    }
    if let (Some(admin), Some(name)) = (&admin, &pg_name)
        && !args.keep_database
        && let Err(e) = drop_postgres(admin, name).await
    {
        report.push(format!("(the test database {name} was not dropped: {e})"));
    }

    let targets = [
        (
            "ack p99 ≤ 100 ms",
            pct(&ack, 0.99) <= 100.0,
            format!("{:.1} ms", pct(&ack, 0.99)),
        ),
        (
            "answers/s ≥ 95% of asked",
            achieved >= 0.95 * args.rate,
            format!("{achieved:.1}/s"),
        ),
        (
            "console p99 ≤ 1 s",
            pct(&delays, 0.99) <= 1000.0,
            format!("{:.0} ms", pct(&delays, 0.99)),
        ),
        (
            "server RSS ≤ 300 MB",
            hwm <= 300 * 1024,
            format!("{:.1} MB", hwm as f64 / 1024.0),
        ),
        ("all joined", st.joined == args.trainees, format!("{}", st.joined)),
    ];
    for line in &report {
        println!("{line}");
    }
    for line in timeline(&st.join_ms, &st.ack_ms, &samples, 10.0) {
        println!("{line}");
    }
    let said: Vec<String> = targets
        .iter()
        .map(|(name, met, seen)| format!("{name}: {} ({seen})", if *met { "met" } else { "MISSED" }))
        .collect();
    println!("targets: {}", said.join("; "));
    if failures.is_empty() {
        println!(
            "checks: all passed ({:.0} s in all)",
            began.elapsed().as_secs_f64()
        );
    } else {
        for f in &failures {
            println!("CHECK FAILED: {f}");
        }
    }
    Ok(failures.is_empty())
}

/// What `drive` hands back: the shared figures, the class code and the console's log.
type Driven = (Arc<SharedOut>, String, Arc<Mutex<ConsoleLog>>);

/// The figures, with the lobby's length.
struct SharedOut {
    inner: Arc<Shared>,
    lobby_seconds: f64,
}

impl std::ops::Deref for SharedOut {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.inner
    }
}

/// Opens the class, runs the lobby, the exam and the drops, and closes the class.
async fn drive(
    args: &Args,
    t0: Instant,
    addr: SocketAddr,
    files: Vec<ScenarioFile>,
    prepared: Vec<Prepared>,
    deadline: Instant,
) -> Result<Driven, String> {
    let created = trainer_post(
        addr,
        "/classes",
        None,
        json!({
            "title": "Kiểm tra tải",
            "standard": "2022-2025",
            "mode": "exam",
            "scenarios": files,
            "time_limit_minutes": 120,
        }),
    )
    .await?;
    let created: ClassCreated = serde_json::from_value(created).map_err(|e| e.to_string())?;
    let code = created.code.clone();
    let key = created.trainer_key.clone();

    let console = Arc::new(Mutex::new(ConsoleLog::default()));
    let watcher = tokio::spawn(watch_console(addr, code.clone(), key.clone(), console.clone()));

    let (start_tx, started) = watch::channel(None);
    let n = args.trainees;
    let sh = Arc::new(Shared {
        t0,
        addr,
        code: code.clone(),
        seed: args.seed,
        right_percent: args.right_percent,
        prepared,
        started,
        slot: Duration::from_secs_f64(n as f64 / args.rate),
        idle: Duration::from_secs_f64(args.idle_seconds),
        stats: Mutex::new(Stats::default()),
    });

    // Who is cut off mid-exam: a seeded draw of `--drop` percent.
    let mut order: Vec<usize> = (0..n).collect();
    let mut rng = Rng::new(args.seed, 0);
    for i in (1..n).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        order.swap(i, j);
    }
    let cut_count = ((n as f64) * args.drop_percent / 100.0).round() as usize;
    let mut cut = vec![false; n];
    for &i in order.iter().take(cut_count) {
        cut[i] = true;
    }

    // The lobby: everyone joins at a random moment within it.
    let lobby = args.lobby_seconds.unwrap_or_else(|| (n as f64 / 250.0).max(5.0));
    let lobby_start = Instant::now();
    let mut handles = Vec::with_capacity(n);
    for (i, cut) in cut.iter().enumerate() {
        let at = lobby_start + Duration::from_secs_f64(lobby * rng.unit());
        handles.push(tokio::spawn(trainee(sh.clone(), i, at, *cut)));
    }
    // The trainer starts once everyone is in (or the lobby ran 60 s over).
    let lobby_until = lobby_start + Duration::from_secs_f64(lobby) + Duration::from_secs(60);
    loop {
        let (joined, errors) = {
            let st = sh.stats();
            (st.joined, st.errors)
        };
        if joined + errors >= n || Instant::now() > lobby_until.min(deadline) {
            break;
        }
        sleep(Duration::from_millis(100)).await;
    }
    let lobby_seconds = lobby_start.elapsed().as_secs_f64();
    println!(
        "lobby: {} joined after {lobby_seconds:.1} s; starting the exam ({} answers planned over {:.0} s)",
        sh.stats().joined,
        n * SCENARIOS,
        sh.slot.as_secs_f64() * SCENARIOS as f64
    );
    trainer_post(
        addr,
        &format!("/classes/{code}/control"),
        Some(&key),
        json!({"action": "start"}),
    )
    .await?;
    start_tx.send_replace(Some(Instant::now()));

    let mut timed_out = false;
    for h in handles.iter_mut() {
        if tokio::time::timeout_at(deadline.into(), h).await.is_err() {
            timed_out = true;
            break;
        }
    }
    if timed_out {
        for h in &handles {
            h.abort();
        }
        sh.error(format!(
            "the run did not finish within --max-seconds {}",
            args.max_seconds
        ));
    }
    // The console catches up with every receipt (at most 10 s).
    let acked = sh.stats().acks.len() as u64;
    let until = Instant::now() + Duration::from_secs(10);
    while Instant::now() < until {
        let shown = console
            .lock()
            .map(|c| c.changes.last().map_or(0, |(_, n)| *n))
            .unwrap_or(0);
        if shown >= acked {
            break;
        }
        sleep(Duration::from_millis(100)).await;
    }
    watcher.abort();
    trainer_post(
        addr,
        &format!("/classes/{code}/control"),
        Some(&key),
        json!({"action": "close"}),
    )
    .await?;
    drop(handles);
    Ok((
        Arc::new(SharedOut {
            inner: sh,
            lobby_seconds,
        }),
        code,
        console,
    ))
}
