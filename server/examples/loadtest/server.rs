//! The server under test as a child process, what /proc says of it (memory, CPU, open files),
//! and the open-files limit of this process.

#[allow(unused_imports)]
use super::*;

pub(crate) struct Server {
    pub(crate) child: Child,
    pub(crate) pid: u32,
    pub(crate) addr: SocketAddr,
    pub(crate) stderr: PathBuf,
    pub(crate) stopped: bool,
}

impl Server {
    pub(crate) fn start(bin: &Path, database: &str, dir: &Path) -> Result<Self, String> {
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

    pub(crate) fn stderr_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.stderr).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(20)..].join("\n")
    }

    /// SIGINT (the server's Ctrl+C: it stops taking requests), then SIGKILL after 10 s.
    pub(crate) fn stop(&mut self) {
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
pub(crate) fn status_kb(pid: u32, field: &str) -> Option<u64> {
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
pub(crate) fn cpu_seconds(pid: &str) -> Option<(f64, f64)> {
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
pub(crate) fn postgres_cpu_seconds() -> f64 {
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

pub(crate) fn open_files(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd")).map_or(0, |d| d.count())
}

/// Lets this process (and the server it starts) hold `needed` open files.
pub(crate) fn raise_open_files(needed: u64) -> Result<u64, String> {
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
