//! The trainee's link to a live class, in three strands of work off the screen's frame: one
//! sends the waiting answers (in order, retrying with a growing pause while the server cannot take
//! them), one follows the class's events and reads the trainee's own view (`/me`) whenever the
//! trainer changes the class, and one sends the village's visits and campaigns it finds in the
//! results file. They are callbacks on the client's requests and the platform's timers
//! (`platform::after`), so the same code runs on the desktop (threads) and in the browser. The app
//! applies what they report at the start of each frame; it alone writes the results file.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Duration;

use crate::classroom::client::{Client, ClientError, pause};
use crate::training::classroom::protocol::{AnswerPost, Mine, Receipt};

/// What the strands report.
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

/// The link of one class.
pub struct Worker {
    line: Line,
    sending: Arc<Mutex<Sending>>,
    reports: mpsc::Receiver<Report>,
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.line.stop.store(true, Ordering::SeqCst);
    }
}

/// The answers waiting to be sent, and where the sending is.
#[derive(Default)]
struct Sending {
    waiting: Vec<AnswerPost>,
    /// A request is under way, or a pause before the next try.
    busy: bool,
    /// Failed tries in a row.
    tries: u32,
    /// Counts the pauses: a pause whose number is no longer this one was cut short.
    pause: u64,
    pausing: bool,
}

impl Worker {
    /// Starts the link to class `code` on `client`, as the trainee holding `secret`; `repaint`
    /// wakes the window when something arrives. `results` is the session's results file: the
    /// village (another process) writes its visits and campaigns there, and they are sent when
    /// they change.
    pub fn start(
        client: Client,
        code: String,
        secret: String,
        results: Option<std::path::PathBuf>,
        repaint: impl Fn() + Send + Sync + 'static,
    ) -> Self {
        let (report, reports) = mpsc::channel();
        let line = Line {
            client,
            code,
            secret,
            report,
            stop: Arc::new(AtomicBool::new(false)),
            repaint: Arc::new(repaint),
        };
        if let Some(path) = results {
            records_round(line.clone(), path, Arc::default());
        }
        follow(&line);
        Self {
            line,
            sending: Arc::default(),
            reports,
        }
    }

    /// Hands the sender every answer that waits (it replaces the list it had). A pause after a
    /// failed try is cut short: the trainee just gave an answer, so try at once.
    pub fn send(&self, waiting: Vec<AnswerPost>) {
        let Ok(mut s) = self.sending.lock() else { return };
        s.waiting = waiting;
        if s.busy && !s.pausing {
            return;
        }
        s.busy = true;
        s.pausing = false;
        s.pause += 1;
        s.tries = 0;
        drop(s);
        send_next(self.line.clone(), self.sending.clone());
    }

    /// What arrived since the last frame.
    pub fn reports(&self) -> Vec<Report> {
        self.reports.try_iter().collect()
    }
}

/// What each strand holds: the class it talks to, where it reports, when to stop, and how to
/// wake the screen.
#[derive(Clone)]
struct Line {
    client: Client,
    code: String,
    secret: String,
    report: mpsc::Sender<Report>,
    stop: Arc<AtomicBool>,
    repaint: Arc<dyn Fn() + Send + Sync>,
}

impl Line {
    fn tell(&self, r: Report) {
        let _ = self.report.send(r);
        (self.repaint)();
    }

    fn stopped(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }
}

/// Sends the first waiting answer; when its answer is in, the next one, or after a pause the same
/// one again.
fn send_next(line: Line, sending: Arc<Mutex<Sending>>) {
    let first = match sending.lock() {
        Ok(mut s) => {
            let first = s.waiting.first().cloned();
            if first.is_none() {
                s.busy = false;
                s.tries = 0;
            }
            first
        }
        Err(_) => None,
    };
    let Some(post) = first else { return };
    if line.stopped() {
        return;
    }
    let call = line.client.answer(&line.code, &line.secret, &post);
    call.then(move |sent| {
        if line.stopped() {
            return;
        }
        let Ok(mut s) = sending.lock() else { return };
        match sent {
            Err(e) if e.is_temporary() => {
                s.tries += 1;
                s.pausing = true;
                let (tries, number) = (s.tries, s.pause);
                drop(s);
                line.tell(Report::Offline(e));
                let (line, sending) = (line.clone(), sending.clone());
                crate::platform::after(pause(tries - 1), move || {
                    let go = sending.lock().is_ok_and(|mut s| {
                        let go = s.pausing && s.pause == number;
                        if go {
                            s.pausing = false;
                        }
                        go
                    });
                    if go {
                        send_next(line, sending);
                    }
                });
            }
            other => {
                let was_offline = s.tries > 0;
                s.tries = 0;
                s.waiting.retain(|p| p.key != post.key);
                drop(s);
                match other {
                    Ok(r) => {
                        line.tell(Report::Receipt(Box::new(r)));
                        if was_offline {
                            line.tell(Report::Online);
                        }
                    }
                    Err(error) => line.tell(Report::Refused {
                        key: post.key.clone(),
                        error,
                    }),
                }
                send_next(line, sending);
            }
        }
    });
}

/// Follows the class's events; at every change of the class, reads the trainee's own view.
fn follow(line: &Line) {
    let path = format!("/classes/{}/events", line.code);
    let events = line.client.events(&path, &line.secret);
    let reading: Arc<Mutex<Reading>> = Arc::default();
    let on_event = {
        let line = line.clone();
        move |event: &str, _: &str| {
            if event != "state" {
                return;
            }
            let start = reading.lock().is_ok_and(|mut r| {
                // One read at a time, so that an older view never lands after a newer one; a
                // change during a read asks for one more.
                r.again = r.busy;
                !std::mem::replace(&mut r.busy, true)
            });
            if start {
                read_mine(line.clone(), reading.clone());
            }
        }
    };
    let on_failure = {
        let line = line.clone();
        move |e: ClientError| {
            let again = e.is_temporary();
            line.tell(Report::Offline(e));
            again
        }
    };
    events.keep_following(line.stop.clone(), on_event, on_failure);
}

/// The trainee's own view being read, and whether the class changed again meanwhile.
#[derive(Default)]
struct Reading {
    busy: bool,
    again: bool,
}

/// Reads the trainee's own view (`/me`) and reports it; again if the class changed meanwhile.
fn read_mine(line: Line, reading: Arc<Mutex<Reading>>) {
    let call = line.client.mine(&line.code, &line.secret);
    call.then(move |r| {
        match r {
            Ok(mine) => {
                line.tell(Report::Online);
                line.tell(Report::Mine(Box::new(mine)));
            }
            Err(e) => line.tell(Report::Offline(e)),
        }
        let again = reading.lock().is_ok_and(|mut r| {
            let again = std::mem::take(&mut r.again);
            r.busy = again;
            again
        });
        if again && !line.stopped() {
            read_mine(line, reading);
        }
    });
}

/// How often the results file is read for new visits and campaigns.
const RECORDS_EVERY: Duration = Duration::from_secs(10);

/// Sends the results file's visits and campaigns whenever they changed since the last time the
/// server took them (the server keeps the furthest version of each, so sending again is
/// harmless); then again in [`RECORDS_EVERY`].
fn records_round(line: Line, path: std::path::PathBuf, sent: Arc<Mutex<Option<String>>>) {
    if line.stopped() {
        return;
    }
    let again = {
        let (line, path, sent) = (line.clone(), path.clone(), sent.clone());
        move || crate::platform::after(RECORDS_EVERY, move || records_round(line, path, sent))
    };
    let read = crate::platform::read_text(&path)
        .ok()
        .and_then(|text| crate::training::session::parse_results(&path.display().to_string(), &text).ok());
    let Some(r) = read else { return again() };
    let post = crate::training::classroom::protocol::RecordsPost {
        visits: r.visits,
        campaigns: r.campaigns,
    };
    let json = serde_json::to_string(&post).unwrap_or_default();
    let nothing = post.visits.is_empty() && post.campaigns.is_empty();
    let unchanged = sent.lock().map_or(true, |s| s.as_deref() == Some(json.as_str()));
    if nothing || unchanged {
        return again();
    }
    let call = line.client.records(&line.code, &line.secret, &post);
    call.then(move |r| {
        match r {
            Ok(taken) => {
                if let Ok(mut s) = sent.lock() {
                    *s = Some(json);
                }
                line.tell(Report::Records(taken));
            }
            Err(e) => line.tell(Report::Offline(e)),
        }
        again();
    });
}
