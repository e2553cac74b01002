//! The trainee's link to a live class, in three background threads: one sends the waiting answers
//! (in order, retrying with a growing pause while the server cannot take them), one follows the
//! class's events and reads the trainee's own view (`/me`) whenever the trainer changes the class,
//! and one sends the village's visits and campaigns it finds in the results file. The app applies
//! what they report at the start of each frame; it alone writes the results file.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use crate::classroom::client::{Client, ClientError};
use crate::training::classroom::protocol::{AnswerPost, Mine, Receipt};

/// What the threads report.
#[derive(Debug)]
pub enum Report {
    /// The server stored this answer.
    Receipt(Box<Receipt>),
    /// The server refused it for good.
    Refused { key: String, error: ClientError },
    /// The class and this trainee's answers, as the server sees them now.
    Mine(Box<Mine>),
    /// The server could not be reached or could not take answers now.
    Offline(ClientError),
    /// The server answers again.
    Online,
    /// The server holds this many of the trainee's field visits and campaigns.
    Records(crate::training::classroom::protocol::RecordsTaken),
}

/// The two threads of one class.
pub struct Worker {
    to_sender: mpsc::Sender<Vec<AnswerPost>>,
    reports: mpsc::Receiver<Report>,
    stop: Arc<AtomicBool>,
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

/// Pauses between tries: 2 s doubling to 30 s.
fn pause(tries: u32) -> Duration {
    Duration::from_secs((2u64 << tries.min(4)).min(30))
}

impl Worker {
    /// Starts the threads for class `code` on `client`, as the trainee holding `secret`; `repaint`
    /// wakes the window when something arrives. `results` is the session's results file: the
    /// village (another process) writes its visits and campaigns there, and a third thread sends
    /// them when they change.
    pub fn start(
        client: Client,
        code: String,
        secret: String,
        results: Option<std::path::PathBuf>,
        repaint: impl Fn() + Send + Sync + 'static,
    ) -> Self {
        let (to_sender, from_app) = mpsc::channel::<Vec<AnswerPost>>();
        let (report, reports) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let line = Line {
            client,
            code,
            secret,
            report,
            stop: stop.clone(),
            repaint: Arc::new(repaint),
        };
        {
            let line = line.clone();
            std::thread::spawn(move || send_loop(&line, &from_app));
        }
        if let Some(path) = results {
            let line = line.clone();
            std::thread::spawn(move || records_loop(&line, &path));
        }
        std::thread::spawn(move || follow_loop(&line));
        Self {
            to_sender,
            reports,
            stop,
        }
    }

    /// Hands the sender every answer that waits (it replaces the list it had).
    pub fn send(&self, waiting: Vec<AnswerPost>) {
        let _ = self.to_sender.send(waiting);
    }

    /// What arrived since the last frame.
    pub fn reports(&self) -> Vec<Report> {
        self.reports.try_iter().collect()
    }
}

/// What each of the worker's threads holds: the class it talks to, where it reports, when to
/// stop, and how to wake the screen.
#[derive(Clone)]
struct Line {
    client: Client,
    code: String,
    secret: String,
    report: mpsc::Sender<Report>,
    stop: Arc<AtomicBool>,
    repaint: Arc<dyn Fn() + Send + Sync>,
}

fn send_loop(line: &Line, from_app: &mpsc::Receiver<Vec<AnswerPost>>) {
    let Line {
        client,
        code,
        secret,
        report,
        stop,
        repaint,
    } = line;
    let mut waiting: Vec<AnswerPost> = Vec::new();
    let mut tries = 0u32;
    while !stop.load(Ordering::SeqCst) {
        // Nothing to send: wait for answers. Something the server could not take: wait a pause,
        // or for a new answer (the trainee just gave one: try at once).
        let wait = if waiting.is_empty() {
            Duration::from_secs(3600)
        } else {
            pause(tries)
        };
        if waiting.is_empty() || tries > 0 {
            match from_app.recv_timeout(wait) {
                Ok(list) => {
                    waiting = list;
                    tries = 0;
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => return,
                Err(mpsc::RecvTimeoutError::Timeout) => {}
            }
        }
        // The latest list replaces older ones.
        while let Ok(list) = from_app.try_recv() {
            waiting = list;
        }
        while let Some(post) = waiting.first().cloned() {
            let sent = client.answer(code, secret, &post);
            let (done, msg) = match sent {
                Ok(r) => (true, Report::Receipt(Box::new(r))),
                Err(e) if e.is_temporary() => (false, Report::Offline(e)),
                Err(e) => (
                    true,
                    Report::Refused {
                        key: post.key.clone(),
                        error: e,
                    },
                ),
            };
            let ok = matches!(msg, Report::Receipt(_));
            let _ = report.send(msg);
            repaint();
            if !done {
                tries += 1;
                break;
            }
            if ok && tries > 0 {
                let _ = report.send(Report::Online);
            }
            tries = 0;
            waiting.remove(0);
        }
        if waiting.is_empty() {
            tries = 0;
        }
    }
}

fn follow_loop(line: &Line) {
    let Line {
        client,
        code,
        secret,
        report,
        stop,
        repaint,
    } = line;
    let mut tries = 0u32;
    while !stop.load(Ordering::SeqCst) {
        let path = format!("/classes/{code}/events");
        let followed = client.follow(&path, secret, |event, _| {
            if event == "state" {
                match client.mine(code, secret) {
                    Ok(mine) => {
                        tries = 0;
                        let _ = report.send(Report::Online);
                        let _ = report.send(Report::Mine(Box::new(mine)));
                    }
                    Err(e) => {
                        let _ = report.send(Report::Offline(e));
                    }
                }
                repaint();
            }
            !stop.load(Ordering::SeqCst)
        });
        if let Err(e) = followed {
            let permanent = !e.is_temporary();
            let _ = report.send(Report::Offline(e));
            repaint();
            if permanent {
                return;
            }
        }
        if stop.load(Ordering::SeqCst) {
            return;
        }
        std::thread::sleep(pause(tries));
        tries += 1;
    }
}

/// How often the results file is read for new visits and campaigns.
const RECORDS_EVERY: Duration = Duration::from_secs(10);

/// Sends the results file's visits and campaigns whenever they changed since the last time the
/// server took them (the server keeps the furthest version of each, so sending again is harmless).
fn records_loop(line: &Line, path: &std::path::Path) {
    let Line {
        client,
        code,
        secret,
        report,
        stop,
        repaint,
    } = line;
    let mut sent: Option<String> = None;
    while !stop.load(Ordering::SeqCst) {
        let read = crate::files::read_text(path).ok().and_then(|text| {
            crate::training::session::parse_results(&path.display().to_string(), &text).ok()
        });
        if let Some(r) = read {
            let post = crate::training::classroom::protocol::RecordsPost {
                visits: r.visits,
                campaigns: r.campaigns,
            };
            let json = serde_json::to_string(&post).unwrap_or_default();
            let nothing = post.visits.is_empty() && post.campaigns.is_empty();
            if !nothing && sent.as_deref() != Some(json.as_str()) {
                let msg = match client.records(code, secret, &post) {
                    Ok(taken) => {
                        sent = Some(json);
                        Report::Records(taken)
                    }
                    Err(e) => Report::Offline(e),
                };
                let _ = report.send(msg);
                repaint();
            }
        }
        std::thread::sleep(RECORDS_EVERY);
    }
}
