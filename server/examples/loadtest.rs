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
use rasoat_core::training::builtin::BUILTIN_SCENARIOS;
use rasoat_core::training::classroom::protocol::{
    AnswerPost, ClassCreated, Joined, PROTOCOL_HEADER, PROTOCOL_VERSION, Receipt, ScenarioFile,
};
use rasoat_core::training::scenario::parse_scenario;
use rasoat_core::training::session::content_hash_of_rules;
use serde_json::{Value, json};
use tokio::sync::watch;
use tokio::time::{sleep, sleep_until};

/// The scenarios of the exam.
const SCENARIOS: usize = 10;
/// Any one request waits this long for its answer at most.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);
/// Attempts at one answer before the trainee gives up on it.
const ATTEMPTS: u32 = 6;

const USAGE: &str = "usage: loadtest --server-bin PATH [--database sqlite|postgres://…] [--trainees N] \
[--rate ANSWERS_PER_S] [--drop PERCENT] [--max-seconds S] [--seed N] [--lobby-seconds S] [--right PERCENT] \
[--idle-seconds S] [--keep-database]";

// ---------------------------------------------------------------------------------------------
// Options

struct Args {
    server_bin: PathBuf,
    database: String,
    trainees: usize,
    rate: f64,
    drop_percent: f64,
    max_seconds: u64,
    seed: u64,
    lobby_seconds: Option<f64>,
    right_percent: u64,
    idle_seconds: f64,
    keep_database: bool,
}

fn number<T: std::str::FromStr>(flag: &str, v: &str) -> Result<T, String> {
    v.parse().map_err(|_| format!("{flag}: not a number: {v}"))
}

fn parse_args() -> Result<Args, String> {
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

struct Rng(u64);

impl Rng {
    fn new(seed: u64, stream: u64) -> Self {
        let mut r = Rng(seed ^ stream.wrapping_mul(0xD1B5_4A32_D192_ED03));
        r.next();
        r
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// In [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

// ---------------------------------------------------------------------------------------------
// HTTP: one HTTP/1 connection per client, so a trainee's connections can be cut like a real
// network cut.

type Body = Full<Bytes>;

struct Conn {
    send: SendRequest<Body>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Conn {
    fn drop(&mut self) {
        // Dropping the connection's task closes the socket.
        self.task.abort();
    }
}

/// Connects to `addr`, from the loopback address `from` when given (each simulated trainee has
/// its own, like a PC of its own: the kernel then has a port range per trainee and need not hunt
/// for a free port among tens of thousands of connections).
async fn connect_from(addr: SocketAddr, from: Option<std::net::IpAddr>) -> Result<Conn, String> {
    let socket = tokio::net::TcpSocket::new_v4().map_err(|e| format!("socket: {e}"))?;
    if let Some(ip) = from {
        socket
            .bind(SocketAddr::new(ip, 0))
            .map_err(|e| format!("bind {ip}: {e}"))?;
    }
    let stream = tokio::time::timeout(Duration::from_secs(10), socket.connect(addr))
        .await
        .map_err(|_| "connect: timed out".to_owned())?
        .map_err(|e| format!("connect: {e}"))?;
    stream.set_nodelay(true).map_err(|e| e.to_string())?;
    let (send, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| format!("handshake: {e}"))?;
    let task = tokio::spawn(async move {
        let _ = conn.await;
    });
    Ok(Conn { send, task })
}

async fn connect(addr: SocketAddr) -> Result<Conn, String> {
    connect_from(addr, None).await
}

/// Trainee `i`'s own loopback address: 127.1.x.y.
fn trainee_ip(i: usize) -> std::net::IpAddr {
    let x = u8::try_from(i / 250 % 250).unwrap_or(0);
    let y = u8::try_from(i % 250).unwrap_or(0);
    std::net::IpAddr::from([127, 1, x, y + 1])
}

impl Conn {
    /// Sends `req`; returns the status and the whole body.
    async fn call(&mut self, req: hyper::Request<Body>) -> Result<(u16, Bytes), String> {
        let work = async {
            self.send.ready().await.map_err(|e| e.to_string())?;
            let resp = self.send.send_request(req).await.map_err(|e| e.to_string())?;
            let status = resp.status().as_u16();
            let body = resp
                .into_body()
                .collect()
                .await
                .map_err(|e| e.to_string())?
                .to_bytes();
            Ok((status, body))
        };
        tokio::time::timeout(REQUEST_TIMEOUT, work)
            .await
            .map_err(|_| "no answer within 20 s".to_owned())?
    }
}

fn request(
    addr: SocketAddr,
    method: Method,
    path: &str,
    auth: Option<&str>,
    body: Option<String>,
) -> Result<hyper::Request<Body>, String> {
    let mut b = hyper::Request::builder()
        .method(method)
        .uri(format!("/api/v1{path}"))
        .header("host", addr.to_string())
        .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
        .header("accept-language", "en")
        .header("user-agent", "rasoat-loadtest");
    if let Some(a) = auth {
        b = b.header("authorization", format!("Bearer {a}"));
    }
    if body.is_some() {
        b = b.header("content-type", "application/json");
    }
    b.body(Full::new(Bytes::from(body.unwrap_or_default())))
        .map_err(|e| e.to_string())
}

/// Server-sent events, parsed as they come.
#[derive(Default)]
struct Sse {
    line: Vec<u8>,
    event: String,
    data: String,
}

impl Sse {
    fn feed(&mut self, chunk: &[u8], mut each: impl FnMut(&str, &str)) {
        for part in chunk.split_inclusive(|b| *b == b'\n') {
            let Some(body) = part.strip_suffix(b"\n") else {
                self.line.extend_from_slice(part);
                continue;
            };
            self.line.extend_from_slice(body);
            let raw = std::mem::take(&mut self.line);
            let text = String::from_utf8_lossy(&raw);
            let line = text.trim_end_matches('\r');
            if line.is_empty() {
                if !self.data.is_empty() {
                    each(&self.event, &self.data);
                }
                self.event.clear();
                self.data.clear();
            } else if let Some(e) = line.strip_prefix("event:") {
                self.event = e.trim().to_owned();
            } else if let Some(d) = line.strip_prefix("data:") {
                if !self.data.is_empty() {
                    self.data.push('\n');
                }
                self.data.push_str(d.strip_prefix(' ').unwrap_or(d));
            }
        }
    }
}

/// An open event stream: its connection and the task reading it. Dropping it closes both.
struct Stream {
    _conn: Conn,
    reader: tokio::task::JoinHandle<()>,
}

impl Drop for Stream {
    fn drop(&mut self) {
        self.reader.abort();
    }
}

/// Opens the event stream at `path`, calling `each(event, data)` for every event.
async fn open_stream(
    addr: SocketAddr,
    from: Option<std::net::IpAddr>,
    path: &str,
    auth: &str,
    mut each: impl FnMut(&str, &str, usize) + Send + 'static,
) -> Result<Stream, String> {
    let mut conn = connect_from(addr, from).await?;
    let req = request(addr, Method::GET, path, Some(auth), None)?;
    let resp = tokio::time::timeout(REQUEST_TIMEOUT, async {
        conn.send.ready().await.map_err(|e| e.to_string())?;
        conn.send.send_request(req).await.map_err(|e| e.to_string())
    })
    .await
    .map_err(|_| format!("{path}: no answer within 20 s"))??;
    if resp.status().as_u16() != 200 {
        return Err(format!("{path}: HTTP {}", resp.status().as_u16()));
    }
    let mut body = resp.into_body();
    let reader = tokio::spawn(async move {
        let mut sse = Sse::default();
        while let Some(Ok(frame)) = body.frame().await {
            if let Ok(data) = frame.into_data() {
                sse.feed(&data, |e, d| each(e, d, d.len()));
            }
        }
    });
    Ok(Stream { _conn: conn, reader })
}

// ---------------------------------------------------------------------------------------------
// The server as a child process

struct Server {
    child: Child,
    pid: u32,
    addr: SocketAddr,
    stderr: PathBuf,
    stopped: bool,
}

impl Server {
    fn start(bin: &Path, database: &str, dir: &Path) -> Result<Self, String> {
        let stderr = dir.join("server-stderr.txt");
        let err_file = std::fs::File::create(&stderr).map_err(|e| e.to_string())?;
        let mut child = Command::new(bin)
            .args([
                "--lang",
                "en",
                "serve",
                "--addr",
                "127.0.0.1:0",
                "--database",
                database,
            ])
            .env("XDG_DATA_HOME", dir.join("data"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::from(err_file))
            .spawn()
            .map_err(|e| format!("{}: {e}", bin.display()))?;
        let pid = child.id();
        let stdout = child.stdout.take().ok_or("no stdout")?;
        let (tx, rx) = std::sync::mpsc::channel::<String>();
        std::thread::spawn(move || {
            // Reads every line until the server ends, so it never blocks on a full pipe.
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                let _ = tx.send(line);
            }
        });
        let mut server = Server {
            child,
            pid,
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            stderr,
            stopped: false,
        };
        let until = Instant::now() + Duration::from_secs(120);
        loop {
            let left = until.saturating_duration_since(Instant::now());
            let line = rx.recv_timeout(left).map_err(|_| {
                format!(
                    "the server printed no address within 120 s: {}",
                    server.stderr_tail()
                )
            })?;
            if let Some(rest) = line.split("http://").nth(1) {
                let addr = rest.split_whitespace().next().unwrap_or("");
                server.addr = addr.parse().map_err(|_| format!("no address in: {line}"))?;
                return Ok(server);
            }
        }
    }

    fn stderr_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.stderr).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(20)..].join("\n")
    }

    /// SIGINT (the server's Ctrl+C: it stops taking requests), then SIGKILL after 10 s.
    fn stop(&mut self) {
        if self.stopped {
            return;
        }
        self.stopped = true;
        let _ = Command::new("kill")
            .args(["-INT", &self.pid.to_string()])
            .status();
        let until = Instant::now() + Duration::from_secs(10);
        while Instant::now() < until {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if !self.stopped {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A field of `/proc/<pid>/status`, in kB.
fn status_kb(pid: u32, field: &str) -> Option<u64> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    text.lines()
        .find_map(|l| l.strip_prefix(field))?
        .trim_start_matches(':')
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// User and system CPU seconds of process `pid` (`self` for this one).
fn cpu_seconds(pid: &str) -> Option<(f64, f64)> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after = &text[text.rfind(')')? + 1..];
    let fields: Vec<&str> = after.split_whitespace().collect();
    // Fields 14 and 15 of stat(5); `after` starts at field 3.
    let ticks = rustix::param::clock_ticks_per_second() as f64;
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime / ticks, stime / ticks))
}

/// CPU seconds used so far by every process named `postgres` on this machine (the database
/// server's, when the run is on PostgreSQL; its connections live as long as the pool).
fn postgres_cpu_seconds() -> f64 {
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return 0.0;
    };
    dir.flatten()
        .filter_map(|e| {
            let pid = e.file_name().to_string_lossy().into_owned();
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
            stat.contains("(postgres)").then_some(())?;
            cpu_seconds(&pid).map(|(u, s)| u + s)
        })
        .sum()
}

fn open_files(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd")).map_or(0, |d| d.count())
}

/// Lets this process (and the server it starts) hold `needed` open files.
fn raise_open_files(needed: u64) -> Result<u64, String> {
    use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
    let now = getrlimit(Resource::Nofile);
    let have = now.current.unwrap_or(u64::MAX);
    if have >= needed {
        return Ok(have);
    }
    let max = now.maximum.unwrap_or(u64::MAX);
    let want = Rlimit {
        current: Some(needed),
        maximum: Some(max.max(needed)),
    };
    if setrlimit(Resource::Nofile, want).is_ok() {
        return Ok(needed);
    }
    // Without the right to raise the hard limit: as far as it goes.
    let _ = setrlimit(
        Resource::Nofile,
        Rlimit {
            current: Some(max),
            maximum: Some(max),
        },
    );
    Err(format!(
        "{needed} open files are needed and the limit is {max}: run `ulimit -n {needed}` (as root, or raise the hard limit) first"
    ))
}

// ---------------------------------------------------------------------------------------------
// The class

/// One scenario's prepared answers.
struct Prepared {
    file_name: String,
    id: String,
    hash: String,
    right: Answer,
    wrong: Answer,
}

/// The first ten built-in scenarios of the 2022–2025 standard (as the server tests take them).
fn scenarios() -> Result<(Vec<ScenarioFile>, Vec<Prepared>), String> {
    let standards = StandardSet::builtin().map_err(|e| format!("{e:?}"))?;
    let mut files = Vec::new();
    let mut prepared = Vec::new();
    for (name, text) in BUILTIN_SCENARIOS {
        if files.len() == SCENARIOS {
            break;
        }
        let Ok(s) = parse_scenario(name, &rasoat_core::rules::text::nfc(text), &standards) else {
            continue;
        };
        let Some(standard) = s.standard_in(&standards) else {
            continue;
        };
        if standard.id != "2022-2025" {
            continue;
        }
        let right = model_answer(&assess(&s.household, standard));
        let wrong = Answer {
            income_per_person_month_vnd: right
                .income_per_person_month_vnd
                .map(|v| v.saturating_mul(2) + 500_000),
            deprived: right.deprived.iter().skip(1).cloned().collect(),
            class: None,
        };
        prepared.push(Prepared {
            file_name: (*name).to_owned(),
            id: s.scenario.id.clone(),
            hash: content_hash_of_rules(&s, standard),
            right,
            wrong,
        });
        files.push(ScenarioFile {
            name: (*name).to_owned(),
            text: (*text).to_owned(),
        });
    }
    if files.len() < SCENARIOS {
        return Err(format!("only {} built-in scenarios of 2022-2025", files.len()));
    }
    Ok((files, prepared))
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// One acknowledged answer.
struct Ack {
    key: String,
    at: Instant,
    receipt: String,
}

#[derive(Default)]
struct Stats {
    /// (seconds since the run began, latency in ms).
    join_ms: Vec<(f64, f64)>,
    rejoin_ms: Vec<f64>,
    /// (seconds since the run began, latency in ms).
    ack_ms: Vec<(f64, f64)>,
    acks: Vec<Ack>,
    keys_sent: usize,
    joined: usize,
    saw_running: usize,
    finished: usize,
    dropped: usize,
    came_back: usize,
    cut_unacked: usize,
    cut_acked: usize,
    retried_sends: usize,
    gave_up: usize,
    first_send: Option<Instant>,
    last_ack: Option<Instant>,
    errors: usize,
    error_samples: Vec<String>,
}

impl Stats {
    fn error(&mut self, e: String) {
        self.errors += 1;
        if self.error_samples.len() < 15 {
            self.error_samples.push(e);
        }
    }
}

struct Shared {
    /// When the run began.
    t0: Instant,
    addr: SocketAddr,
    code: String,
    seed: u64,
    right_percent: u64,
    prepared: Vec<Prepared>,
    /// When the trainer started the class (set once).
    started: watch::Receiver<Option<Instant>>,
    slot: Duration,
    /// An answers' connection unused this long is closed.
    idle: Duration,
    stats: Mutex<Stats>,
}

impl Shared {
    fn stats(&self) -> std::sync::MutexGuard<'_, Stats> {
        // A poisoned lock only means a trainee task panicked; its figures are still good.
        self.stats.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn error(&self, e: String) {
        self.stats().error(e);
    }
}

fn identity(i: usize) -> Value {
    json!({"trainee": {
        "name": format!("Học viên số {i}"),
        "commune": format!("Xã {}", i % 250),
        "district": format!("Huyện {}", i % 25),
        "province": "Phú Thọ",
    }})
}

/// A trainee's connections: the one answers go on and the event stream.
struct Online {
    conn: Option<Conn>,
    secret: String,
    events: Option<Stream>,
}

/// Waits for `fut`; meanwhile the answers' connection is closed once unused for `idle`, as the
/// app's HTTP client (ureq) drops pooled connections idle for 15 s — so between answers far
/// apart a trainee holds only its event stream open.
async fn idle_wait<F: std::future::Future>(on: &mut Online, idle: Duration, fut: F) -> F::Output {
    let mut fut = std::pin::pin!(fut);
    if on.conn.is_some() {
        tokio::select! {
            out = &mut fut => return out,
            () = sleep(idle) => on.conn = None,
        }
    }
    fut.await
}

/// Joins (or comes back) as trainee `i`; returns the connections, the event stream's word that
/// the class runs, what the server holds and the join's latency (ms).
async fn join(sh: &Shared, i: usize) -> Result<(Online, watch::Receiver<bool>, Joined, f64), String> {
    let mut last = String::new();
    for attempt in 0..ATTEMPTS {
        if attempt > 0 {
            sleep(Duration::from_millis(250 << attempt.min(4))).await;
        }
        let mut conn = match connect_from(sh.addr, Some(trainee_ip(i))).await {
            Ok(c) => c,
            Err(e) => {
                last = e;
                continue;
            }
        };
        let code = &sh.code;
        let req = request(
            sh.addr,
            Method::POST,
            &format!("/classes/{code}/join"),
            None,
            Some(identity(i).to_string()),
        )?;
        let sent = Instant::now();
        match conn.call(req).await {
            Ok((200, body)) => {
                let ms = sent.elapsed().as_secs_f64() * 1000.0;
                let joined: Joined = serde_json::from_slice(&body).map_err(|e| format!("join: {e}"))?;
                let names: Vec<&str> = joined.scenarios.iter().map(|f| f.name.as_str()).collect();
                let want: Vec<&str> = sh.prepared.iter().map(|p| p.file_name.as_str()).collect();
                if names != want {
                    return Err(format!("trainee {i} was given other scenarios: {names:?}"));
                }
                let (tx, running) = watch::channel(false);
                let events = open_stream(
                    sh.addr,
                    Some(trainee_ip(i)),
                    &format!("/classes/{code}/events"),
                    &joined.secret,
                    move |event, data, _| {
                        if event == "state" && data.contains("\"phase\":\"running\"") {
                            tx.send_replace(true);
                        }
                    },
                )
                .await;
                let events = match events {
                    Ok(s) => s,
                    Err(e) => {
                        last = e;
                        continue;
                    }
                };
                let online = Online {
                    conn: Some(conn),
                    secret: joined.secret.clone(),
                    events: Some(events),
                };
                return Ok((online, running, joined, ms));
            }
            Ok((status, body)) => {
                last = format!("join: HTTP {status}: {}", String::from_utf8_lossy(&body));
                if status < 500 && status != 429 {
                    break;
                }
            }
            Err(e) => last = format!("join: {e}"),
        }
    }
    Err(format!("trainee {i} could not join: {last}"))
}

fn answer_body(sh: &Shared, j: usize, key: &str, right: bool, rng: &mut Rng) -> Result<String, String> {
    let p = &sh.prepared[j];
    serde_json::to_string(&AnswerPost {
        key: key.to_owned(),
        scenario_id: p.id.clone(),
        scenario_hash: p.hash.clone(),
        seconds: 30 + rng.below(300),
        given_at: unix_now(),
        answer: if right { p.right.clone() } else { p.wrong.clone() },
    })
    .map_err(|e| e.to_string())
}

/// Sends an answer until a receipt comes (same key every time); returns the receipt.
async fn send_answer(
    sh: &Shared,
    i: usize,
    on: &mut Online,
    key: &str,
    body: &str,
) -> Result<Receipt, String> {
    let mut last = String::new();
    for attempt in 0..ATTEMPTS {
        if attempt > 0 {
            sh.stats().retried_sends += 1;
            sleep(Duration::from_millis(200 << attempt.min(4))).await;
        }
        if on.conn.is_none() {
            match connect_from(sh.addr, Some(trainee_ip(i))).await {
                Ok(c) => on.conn = Some(c),
                Err(e) => {
                    last = e;
                    continue;
                }
            }
        }
        let Some(conn) = on.conn.as_mut() else { continue };
        let req = request(
            sh.addr,
            Method::POST,
            &format!("/classes/{}/answers", sh.code),
            Some(&on.secret),
            Some(body.to_owned()),
        )?;
        let sent = Instant::now();
        match conn.call(req).await {
            Ok((200, resp)) => {
                let now = Instant::now();
                let receipt: Receipt = serde_json::from_slice(&resp).map_err(|e| format!("receipt: {e}"))?;
                if receipt.key != key {
                    return Err(format!("a receipt for {} came for {key}", receipt.key));
                }
                let mut st = sh.stats();
                st.ack_ms
                    .push(((now - sh.t0).as_secs_f64(), (now - sent).as_secs_f64() * 1000.0));
                st.last_ack = Some(st.last_ack.map_or(now, |l| l.max(now)));
                return Ok(receipt);
            }
            Ok((status, resp)) => {
                last = format!("answer {key}: HTTP {status}: {}", String::from_utf8_lossy(&resp));
                if status < 500 && status != 429 && status != 408 {
                    break;
                }
            }
            Err(e) => {
                on.conn = None;
                last = format!("answer {key}: {e}");
            }
        }
    }
    Err(last)
}

/// One simulated trainee, from joining to the last answer.
async fn trainee(sh: Arc<Shared>, i: usize, join_at: Instant, cut: bool) {
    if let Err(e) = trainee_run(&sh, i, join_at, cut).await {
        sh.error(e);
    }
}

async fn trainee_run(sh: &Shared, i: usize, join_at: Instant, cut: bool) -> Result<(), String> {
    let mut rng = Rng::new(sh.seed, i as u64 + 1);
    sleep_until(join_at.into()).await;
    let (mut on, mut running, _, ms) = join(sh, i).await?;
    {
        let mut st = sh.stats();
        st.join_ms.push((sh.t0.elapsed().as_secs_f64(), ms));
        st.joined += 1;
    }
    let mut started = sh.started.clone();
    let start = idle_wait(&mut on, sh.idle, async {
        started.wait_for(Option::is_some).await.map(|s| *s)
    })
    .await
    .map_err(|_| "the class never started".to_owned())?
    .ok_or("the class never started")?;
    idle_wait(
        &mut on,
        sh.idle,
        tokio::time::timeout(Duration::from_secs(20), running.wait_for(|r| *r)),
    )
    .await
    .map_err(|_| format!("trainee {i}: no 'running' state on the event stream within 20 s of the start"))?
    .map_err(|_| format!("trainee {i}: the event stream ended before the start"))?;
    sh.stats().saw_running += 1;

    let drop_slot = SCENARIOS / 2;
    let mut acked: Vec<String> = Vec::new();
    for j in 0..SCENARIOS {
        let planned = start + sh.slot.mul_f64(j as f64 + rng.unit());
        idle_wait(&mut on, sh.idle, sleep_until(planned.into())).await;
        let right = rng.below(100) < sh.right_percent;
        let key = format!("lt{}-{i}-{j}", sh.seed);
        let body = answer_body(sh, j, &key, right, &mut rng)?;
        {
            let mut st = sh.stats();
            st.keys_sent += 1;
            let now = Instant::now();
            st.first_send = Some(st.first_send.map_or(now, |f| f.min(now)));
        }
        let mut earlier: Option<Receipt> = None;
        if cut && j == drop_slot {
            // The connection drops with this answer in flight: the request goes, and the
            // network is cut 0–5 ms later, whether the receipt came or not.
            let cut_after = Duration::from_micros(rng.below(5_000));
            let req = request(
                sh.addr,
                Method::POST,
                &format!("/classes/{}/answers", sh.code),
                Some(&on.secret),
                Some(body.clone()),
            )?;
            if on.conn.is_none() {
                on.conn = connect_from(sh.addr, Some(trainee_ip(i))).await.ok();
            }
            let sent = Instant::now();
            let outcome = match on.conn.as_mut() {
                Some(conn) => tokio::select! {
                    r = conn.call(req) => Some(r),
                    () = sleep(cut_after) => None,
                },
                None => None,
            };
            if let Some(Ok((200, resp))) = outcome {
                let now = Instant::now();
                let r: Receipt = serde_json::from_slice(&resp).map_err(|e| format!("receipt: {e}"))?;
                let mut st = sh.stats();
                st.ack_ms
                    .push(((now - sh.t0).as_secs_f64(), (now - sent).as_secs_f64() * 1000.0));
                st.last_ack = Some(st.last_ack.map_or(now, |l| l.max(now)));
                st.acks.push(Ack {
                    key: key.clone(),
                    at: now,
                    receipt: r.receipt.clone(),
                });
                st.cut_acked += 1;
                earlier = Some(r);
            } else {
                sh.stats().cut_unacked += 1;
            }
            on.conn = None;
            on.events = None;
            sh.stats().dropped += 1;
            sleep(Duration::from_millis(500 + rng.below(2_500))).await;
            // Back: the same identity joins again and finds every answer acknowledged so far.
            let (again, mut running, joined, ms) = join(sh, i).await?;
            on = again;
            sh.stats().rejoin_ms.push(ms);
            let held: Vec<&str> = joined.receipts.iter().map(|r| r.key.as_str()).collect();
            if let Some(missing) = acked.iter().find(|k| !held.contains(&k.as_str())) {
                return Err(format!(
                    "trainee {i} came back without acknowledged answer {missing}"
                ));
            }
            tokio::time::timeout(Duration::from_secs(20), running.wait_for(|r| *r))
                .await
                .map_err(|_| format!("trainee {i}: no 'running' state after coming back"))?
                .map_err(|_| format!("trainee {i}: the event stream ended after coming back"))?;
        }
        match send_answer(sh, i, &mut on, &key, &body).await {
            Ok(r) => {
                if let Some(e) = &earlier {
                    if e.receipt != r.receipt {
                        return Err(format!(
                            "trainee {i}: {key} sent again got receipt {} instead of {}",
                            r.receipt, e.receipt
                        ));
                    }
                    sh.stats().came_back += 1;
                } else {
                    if cut && j == drop_slot {
                        sh.stats().came_back += 1;
                    }
                    sh.stats().acks.push(Ack {
                        key: key.clone(),
                        at: Instant::now(),
                        receipt: r.receipt.clone(),
                    });
                }
                acked.push(key);
            }
            Err(e) => {
                let mut st = sh.stats();
                st.gave_up += 1;
                st.error(e);
            }
        }
    }
    sh.stats().finished += 1;
    drop(on);
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The trainer

async fn trainer_post(addr: SocketAddr, path: &str, key: Option<&str>, body: Value) -> Result<Value, String> {
    let mut conn = connect(addr).await?;
    let (status, resp) = conn
        .call(request(addr, Method::POST, path, key, Some(body.to_string()))?)
        .await?;
    let v: Value = serde_json::from_slice(&resp).unwrap_or(Value::Null);
    if !(200..300).contains(&status) {
        return Err(format!("{path}: HTTP {status}: {v}"));
    }
    Ok(v)
}

/// What the trainer's console showed, in order: (when, `totals.answers`, `totals.joined`).
#[derive(Default)]
struct ConsoleLog {
    events: usize,
    changes: Vec<(Instant, u64)>,
    joined: u64,
    largest: usize,
}

async fn watch_console(addr: SocketAddr, code: String, key: String, log: Arc<Mutex<ConsoleLog>>) {
    // The stream is opened again if it ends; the task is aborted at the end of the run.
    loop {
        let l = log.clone();
        let opened = open_stream(
            addr,
            None,
            &format!("/classes/{code}/console/events"),
            &key,
            move |event, data, len| {
                if event != "console" {
                    return;
                }
                let at = Instant::now();
                let v: Value = serde_json::from_str(data).unwrap_or(Value::Null);
                let answers = v["totals"]["answers"].as_u64().unwrap_or(0);
                let mut c = l.lock().unwrap_or_else(|p| p.into_inner());
                c.events += 1;
                c.largest = c.largest.max(len);
                c.joined = v["totals"]["joined"].as_u64().unwrap_or(c.joined);
                if c.changes.last().is_none_or(|(_, n)| *n != answers) {
                    c.changes.push((at, answers));
                }
            },
        )
        .await;
        if let Ok(stream) = opened {
            // Wait for the stream to end.
            let mut reader = stream;
            let _ = (&mut reader.reader).await;
        }
        sleep(Duration::from_millis(200)).await;
    }
}

// ---------------------------------------------------------------------------------------------
// Figures

/// The server seen from outside at one moment.
struct Sample {
    /// Seconds since the run began.
    at: f64,
    rss_kb: u64,
    fds: usize,
    /// CPU seconds used so far.
    cpu: f64,
    /// CPU seconds this load generator used so far.
    mine: f64,
    /// CPU seconds the whole machine (every core, every process) was busy so far.
    machine: f64,
}

/// CPU seconds the machine's cores have been busy since it started (`/proc/stat`).
fn machine_busy_seconds() -> f64 {
    cpu_split().0
}

/// CPU seconds since the machine started: (busy in all, of which interrupts — the loopback
/// network's work is mostly here —, of which stolen by the host for other machines).
fn cpu_split() -> (f64, f64, f64) {
    let text = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let f: Vec<f64> = text
        .lines()
        .next()
        .unwrap_or("")
        .split_whitespace()
        .skip(1)
        .filter_map(|v| v.parse().ok())
        .collect();
    let at = |i: usize| f.get(i).copied().unwrap_or(0.0);
    let ticks = rustix::param::clock_ticks_per_second() as f64;
    // user nice system idle iowait irq softirq steal: busy is all but idle and iowait.
    let busy = at(0) + at(1) + at(2) + at(5) + at(6) + at(7);
    (busy / ticks, (at(5) + at(6)) / ticks, at(7) / ticks)
}

/// The run in steps of `step` seconds: joins, receipts and their latency, and the server.
fn timeline(joins: &[(f64, f64)], acks: &[(f64, f64)], samples: &[Sample], step: f64) -> Vec<String> {
    let end = samples.last().map_or(0.0, |s| s.at);
    let mut lines = vec![format!(
        "timeline ({step:.0} s steps): from–to s | joins, p99 ms | receipts, p50/p99 ms | server RSS MB, CPU %, open files | load generator CPU %, whole machine CPU % (of {:.0}%)",
        100.0 * cores()
    )];
    let mut from = 0.0;
    let first = samples.first();
    let mut cpu_before = 0.0;
    let mut mine_before = first.map_or(0.0, |s| s.mine);
    let mut machine_before = first.map_or(0.0, |s| s.machine);
    while from < end {
        let to = from + step;
        let within = |v: &[(f64, f64)]| {
            sorted(
                v.iter()
                    .filter(|(at, _)| *at >= from && *at < to)
                    .map(|(_, ms)| *ms)
                    .collect(),
            )
        };
        let j = within(joins);
        let a = within(acks);
        let last = samples.iter().rev().find(|s| s.at < to);
        let (rss, cpu, fds) = last.map_or((0.0, 0.0, 0), |s| (s.rss_kb as f64 / 1024.0, s.cpu, s.fds));
        let (mine, machine) = last.map_or((mine_before, machine_before), |s| (s.mine, s.machine));
        let busy = (cpu - cpu_before) / step * 100.0;
        let mine_busy = (mine - mine_before) / step * 100.0;
        let machine_busy = (machine - machine_before) / step * 100.0;
        cpu_before = cpu;
        mine_before = mine;
        machine_before = machine;
        if !j.is_empty() || !a.is_empty() || rss > 0.0 {
            lines.push(format!(
                "  {from:>4.0}–{to:<4.0} | {:>5}, {:>7.1} | {:>5}, {:>6.1}/{:>7.1} | {rss:>6.1}, {busy:>3.0}%, {fds:>5} | {mine_busy:>3.0}%, {machine_busy:>3.0}%",
                j.len(),
                pct(&j, 0.99),
                a.len(),
                pct(&a, 0.5),
                pct(&a, 0.99)
            ));
        }
        from = to;
    }
    lines
}

/// The machine's cores.
fn cores() -> f64 {
    std::thread::available_parallelism().map_or(1.0, |n| n.get() as f64)
}

fn pct(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let idx = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[idx]
}

fn sorted(mut v: Vec<f64>) -> Vec<f64> {
    v.sort_by(f64::total_cmp);
    v
}

/// Delays (ms) from each receipt to the first console event counting it.
fn console_delays(acks: &[Ack], changes: &[(Instant, u64)]) -> (Vec<f64>, usize) {
    let mut times: Vec<Instant> = acks.iter().map(|a| a.at).collect();
    times.sort();
    let mut delays = Vec::with_capacity(times.len());
    let mut unseen = 0;
    let mut e = 0;
    for (rank, at) in times.iter().enumerate() {
        let need = rank as u64 + 1;
        while e < changes.len() && changes[e].1 < need {
            e += 1;
        }
        match changes.get(e) {
            Some((shown, _)) => delays.push(shown.saturating_duration_since(*at).as_secs_f64() * 1000.0),
            None => unseen += 1,
        }
    }
    (delays, unseen)
}

struct DbCheck {
    rows: usize,
    acked_once: usize,
    missing: Vec<String>,
    twice: Vec<String>,
    wrong_receipt: usize,
    stored_unacked: usize,
    foreign: usize,
    trainees: i64,
    phase: String,
}

async fn check_database(url: &str, code: &str, acks: &[Ack], seed: u64) -> Result<DbCheck, String> {
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
async fn fresh_postgres(admin: &str) -> Result<(String, String), String> {
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

async fn drop_postgres(admin: &str, name: &str) -> Result<(), String> {
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

// ---------------------------------------------------------------------------------------------

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
