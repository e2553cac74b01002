//! The trainer's side and the figures: control and the console's event stream, the machine's
//! CPU, the 10-second timeline, percentiles and the console's delay.

#[allow(unused_imports)]
use super::*;

pub(crate) async fn trainer_post(
    addr: SocketAddr,
    path: &str,
    key: Option<&str>,
    body: Value,
) -> Result<Value, String> {
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
pub(crate) struct ConsoleLog {
    pub(crate) events: usize,
    pub(crate) changes: Vec<(Instant, u64)>,
    pub(crate) joined: u64,
    pub(crate) largest: usize,
}

pub(crate) async fn watch_console(addr: SocketAddr, code: String, key: String, log: Arc<Mutex<ConsoleLog>>) {
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
pub(crate) struct Sample {
    /// Seconds since the run began.
    pub(crate) at: f64,
    pub(crate) rss_kb: u64,
    pub(crate) fds: usize,
    /// CPU seconds used so far.
    pub(crate) cpu: f64,
    /// CPU seconds this load generator used so far.
    pub(crate) mine: f64,
    /// CPU seconds the whole machine (every core, every process) was busy so far.
    pub(crate) machine: f64,
}

/// CPU seconds the machine's cores have been busy since it started (`/proc/stat`).
pub(crate) fn machine_busy_seconds() -> f64 {
    cpu_split().0
}

/// CPU seconds since the machine started: (busy in all, of which interrupts — the loopback
/// network's work is mostly here —, of which stolen by the host for other machines).
pub(crate) fn cpu_split() -> (f64, f64, f64) {
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
pub(crate) fn timeline(
    joins: &[(f64, f64)],
    acks: &[(f64, f64)],
    samples: &[Sample],
    step: f64,
) -> Vec<String> {
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
pub(crate) fn cores() -> f64 {
    std::thread::available_parallelism().map_or(1.0, |n| n.get() as f64)
}

pub(crate) fn pct(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let idx = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[idx]
}

pub(crate) fn sorted(mut v: Vec<f64>) -> Vec<f64> {
    v.sort_by(f64::total_cmp);
    v
}

/// Delays (ms) from each receipt to the first console event counting it.
pub(crate) fn console_delays(acks: &[Ack], changes: &[(Instant, u64)]) -> (Vec<f64>, usize) {
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
