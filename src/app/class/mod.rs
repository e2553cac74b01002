//! The live classroom in the app. A trainee joins a class (`join`), answers as in any session —
//! each answer kept in the results file first, then sent by the `worker`, with its receipt shown
//! — and waits in the lobby or for the exam's results (`wait`). A trainer opens a class and
//! watches it on the console (`console`).

pub mod console;
pub mod join;
pub mod wait;
pub mod worker;

use eframe::egui;

use super::{App, Screen};
use crate::classroom::client::{Client, ClientError};
use crate::training::classroom::outbox::answer_key;
use crate::training::classroom::protocol::{AnswerPost, ClassState, Joined, Phase};
use crate::words::i18n::Texts;

/// The class the running session belongs to, as this app sees it.
pub struct Live {
    worker: worker::Worker,
    /// The class as the server last said.
    pub state: Option<ClassState>,
    /// This trainee's own end (extensions included), server clock.
    pub ends_at: Option<i64>,
    /// Server clock minus this computer's, in seconds.
    pub offset: i64,
    /// Why the server could not be reached, while it cannot.
    pub offline: Option<ClientError>,
    /// The field visits and campaigns the server holds.
    pub records: Option<crate::training::classroom::protocol::RecordsTaken>,
}

impl App {
    /// Starts the session of a class just joined, and its link.
    pub(super) fn joined_class(&mut self, server: String, joined: Joined, ctx: &egui::Context) {
        let Some(trainee) = self.trainee() else { return };
        let dir = self.config.places.results.clone();
        let started = self.service.start_class(trainee, &server, &joined, |r| {
            dir.as_ref()
                .is_some_and(|d| crate::platform::exists(&d.join(r.file_name())))
        });
        if let Err(e) = started {
            self.save_error = Some(crate::words::explain::error_text(&self.texts, &e));
            return;
        }
        self.results_path = self
            .service
            .results()
            .and_then(|r| dir.map(|d| d.join(r.file_name())));
        self.settings.active_session = self.results_path.clone();
        self.settings.class_server = Some(server);
        self.save_settings();
        self.persist();
        self.connect_class(ctx);
        if let Some(live) = &mut self.class {
            live.offset = joined.state.server_now - crate::platform::unix_now();
            live.ends_at = joined.ends_at;
            live.state = Some(joined.state);
        }
        self.screen = self.class_screen();
    }

    /// Starts the link of the running session's class (after a join, or a restart).
    pub(super) fn connect_class(&mut self, ctx: &egui::Context) {
        let Some(link) = self.service.results().and_then(|r| r.class.clone()) else {
            self.class = None;
            return;
        };
        let client = Client::new(&link.server, self.texts.lang());
        let repaint = ctx.clone();
        let worker = worker::Worker::start(
            client,
            link.code.clone(),
            link.secret.clone(),
            self.results_path.clone(),
            move || repaint.request_repaint(),
        );
        worker.send(link.waiting.clone());
        self.class = Some(Live {
            worker,
            state: None,
            ends_at: None,
            offset: 0,
            offline: None,
            records: None,
        });
    }

    /// Where a trainee of the class goes: the lobby before the start, the wait for the results
    /// after an exam, otherwise the scenario they are on.
    pub(super) fn class_screen(&mut self) -> Screen {
        let phase = self
            .class
            .as_ref()
            .and_then(|l| l.state.as_ref())
            .map(|s| s.phase);
        if phase == Some(Phase::Lobby) {
            return Screen::ClassWait(wait::Wait::Lobby);
        }
        match self.service.current().map(|e| e.id().to_owned()) {
            Some(id) if self.service.running().is_some() => self.open(&id),
            _ => Screen::ClassWait(wait::Wait::Results),
        }
    }

    /// Queues the answer just recorded for scenario `id` to be sent (the results file is written
    /// by the caller).
    pub(super) fn queue_for_class(&mut self, id: &str, answer: &crate::rules::grading::Answer, seconds: u64) {
        let now = self.service.now();
        let Some(r) = self.service.results() else { return };
        let Some(hash) = r.answers_to(id).map(|a| a.scenario_hash.clone()) else {
            return;
        };
        let session = r.session.id.clone();
        let Some(link) = self.service.class_mut() else {
            return;
        };
        let n = link.sent.len() + link.waiting.len() + link.refused.len();
        link.queue(AnswerPost {
            key: answer_key(&session, id, now, n),
            scenario_id: id.to_owned(),
            scenario_hash: hash,
            seconds,
            given_at: now,
            answer: answer.clone(),
        });
        let waiting = link.waiting.clone();
        if let Some(live) = &self.class {
            live.worker.send(waiting);
        }
    }

    /// Applies what the class's threads reported; moves on when the trainer started the class or
    /// released an exam's results.
    pub(super) fn poll_class(&mut self) {
        let Some(live) = &mut self.class else { return };
        let mut changed = false;
        for report in live.worker.reports() {
            match report {
                worker::Report::Receipt(r) => {
                    live.offline = None;
                    if let Some(link) = self.service.class_mut() {
                        link.accept(&r);
                        changed = true;
                    }
                }
                worker::Report::Refused { key, error } => {
                    if let Some(link) = self.service.class_mut() {
                        let (code, message) = match &error {
                            ClientError::Server { error, .. } => (error.error.clone(), error.message.clone()),
                            e => (String::new(), e.text(&self.texts)),
                        };
                        link.refuse(&key, code, message);
                        changed = true;
                    }
                }
                worker::Report::Mine(mine) => {
                    live.offset = mine.state.server_now - crate::platform::unix_now();
                    live.ends_at = mine.ends_at;
                    live.state = Some(mine.state);
                }
                worker::Report::Offline(e) => live.offline = Some(e),
                worker::Report::Online => live.offline = None,
                worker::Report::Records(taken) => {
                    live.offline = None;
                    live.records = Some(taken);
                }
            }
        }
        if changed {
            self.persist();
        }
        self.follow_class_phase();
    }

    fn follow_class_phase(&mut self) {
        let Some(state) = self.class.as_ref().and_then(|l| l.state.clone()) else {
            return;
        };
        match &self.screen {
            Screen::ClassWait(wait::Wait::Lobby) if state.phase != Phase::Lobby => {
                self.screen = self.class_screen();
            }
            Screen::ClassWait(wait::Wait::Results) if state.feedback => {
                self.screen = Screen::ExamSummary;
            }
            _ => {}
        }
    }

    /// The class line under the top bar: the class, its state, the time left, and what is sent
    /// and what waits.
    pub(super) fn class_strip(&self, ui: &mut egui::Ui) {
        let (Some(live), Some(link)) = (&self.class, self.service.results().and_then(|r| r.class.as_ref()))
        else {
            return;
        };
        let t = &self.texts;
        ui.horizontal_wrapped(|ui| {
            ui.label(rasoat_ui::strong(
                t.get_args("class-strip-code", &[("code", link.code.clone().into())]),
            ));
            // One line, its parts apart: state · time left · sent · village records.
            let mut parts = Vec::new();
            if let Some(state) = &live.state {
                parts.push(phase_text(t, state.phase));
                if let Some(end) = live.ends_at {
                    let left = (end - (crate::platform::unix_now() + live.offset)).max(0);
                    parts
                        .push(t.get_args("class-strip-time-left", &[("minutes", ((left + 59) / 60).into())]));
                    // The minutes left move without any input.
                    ui.ctx().request_repaint_after(std::time::Duration::from_secs(15));
                }
            }
            parts.push(match link.sent.last() {
                Some(last) => t.get_args(
                    "class-strip-sent-receipt",
                    &[
                        ("count", link.sent.len().into()),
                        ("receipt", last.receipt.clone().into()),
                    ],
                ),
                None => t.get_args("class-strip-sent", &[("count", 0.into())]),
            });
            if let Some(r) = live.records.filter(|r| r.visits + r.campaigns > 0) {
                parts.push(t.get_args(
                    "class-strip-records",
                    &[("visits", r.visits.into()), ("campaigns", r.campaigns.into())],
                ));
            }
            ui.label(format!("· {}", parts.join(" · ")));
            if !link.waiting.is_empty() {
                ui.colored_label(
                    rasoat_ui::verdict_color(false),
                    t.get_args("class-strip-waiting", &[("count", link.waiting.len().into())]),
                );
            }
        });
        if let Some(e) = &live.offline {
            ui.colored_label(rasoat_ui::verdict_color(false), offline_text(t, e));
        }
        for r in &link.refused {
            ui.colored_label(
                rasoat_ui::verdict_color(false),
                t.get_args("class-strip-refused", &[("message", r.message.clone().into())]),
            );
        }
    }
}

/// The class's state in words.
pub fn phase_text(t: &Texts, phase: Phase) -> String {
    t.get(match phase {
        Phase::Lobby => "class-phase-lobby",
        Phase::Running => "class-phase-running",
        Phase::Paused => "class-phase-paused",
        Phase::Closed => "class-phase-closed",
    })
}

/// Why answers wait, said plainly: the server cannot be reached (nothing is lost), or the class
/// is paused.
fn offline_text(t: &Texts, e: &ClientError) -> String {
    match e.code() {
        Some("paused") | Some("not-started") => e.text(t),
        _ => t.get("class-offline"),
    }
}

/// A request a screen sent to the server (or other work off the screen's frame), and its result.
pub struct Pending<T>(std::sync::mpsc::Receiver<T>);

impl<T: Send + 'static> Pending<T> {
    /// Sends `call` (a thread natively, the browser's fetch on the web); the window is woken when
    /// its answer is in.
    pub fn call<A>(
        ctx: &egui::Context,
        call: crate::classroom::client::Call<A>,
    ) -> Pending<Result<A, ClientError>>
    where
        A: crate::classroom::client::FromAnswer + Send + 'static,
    {
        let (tx, rx) = std::sync::mpsc::channel();
        let ctx = ctx.clone();
        call.then(move |r| {
            let _ = tx.send(r);
            ctx.request_repaint();
        });
        Pending(rx)
    }

    /// Runs `f` off the screen's frame (`platform::spawn`); the window is woken when it is done.
    pub fn spawn(ctx: &egui::Context, f: impl FnOnce() -> T + Send + 'static) -> Self {
        let (tx, rx) = std::sync::mpsc::channel();
        let ctx = ctx.clone();
        crate::platform::spawn(move || {
            let _ = tx.send(f());
            ctx.request_repaint();
        });
        Self(rx)
    }

    /// The result, once there.
    pub fn take(&self) -> Option<T> {
        self.0.try_recv().ok()
    }
}
