//! The trainer's side of a live class: open a class on a server (its code to read out, its
//! trainer key shown once), then watch its console — pushed by the server as answers arrive —
//! run it (start, pause, resume, more time, close, release an exam's results, each with its
//! reason in the class's log), open one trainee's answers, and take the results home.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use eframe::egui;

use super::Pending;
use crate::app::{Action, Ctx, Mode};
use crate::classroom::client::{Client, ClientError};
use crate::training::classroom::Console;
use crate::training::classroom::protocol::{
    ClassCreated, ClassState, Control, NewClass, TraineeAnswers, normalize_code,
};
use rasoat_ui::{strong, verdict_color};

/// What the console's stream last brought.
#[derive(Default)]
struct Feed {
    console: Option<Console>,
    error: Option<ClientError>,
}

/// The console followed as the server pushes it (`Call::keep_following`).
struct Watch {
    feed: Arc<Mutex<Feed>>,
    stop: Arc<AtomicBool>,
    client: Client,
    code: String,
    key: String,
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

impl Watch {
    fn start(ctx: &egui::Context, client: Client, code: String, key: String) -> Self {
        let feed = Arc::new(Mutex::new(Feed::default()));
        let stop = Arc::new(AtomicBool::new(false));
        let (f, s, c, path, k, ctx) = (
            feed.clone(),
            stop.clone(),
            client.clone(),
            format!("/classes/{code}/console/events"),
            key.clone(),
            ctx.clone(),
        );
        let on_event = {
            let (f, ctx) = (f.clone(), ctx.clone());
            move |_: &str, data: &str| {
                if let (Ok(console), Ok(mut feed)) = (serde_json::from_str::<Console>(data), f.lock()) {
                    feed.console = Some(console);
                    feed.error = None;
                }
                ctx.request_repaint();
            }
        };
        let on_failure = move |e: ClientError| {
            let again = e.is_temporary();
            if let Ok(mut feed) = f.lock() {
                feed.error = Some(e);
            }
            ctx.request_repaint();
            again
        };
        c.events(&path, &k).keep_following(s, on_event, on_failure);
        Self {
            feed,
            stop,
            client,
            code,
            key,
        }
    }
}

pub struct ConsoleScreen {
    server: String,
    code: String,
    key: String,
    title: String,
    exam: bool,
    minutes: u32,
    reason: String,
    extra_minutes: u32,
    export_dir: String,
    opening: Option<Pending<Result<ClassCreated, ClientError>>>,
    created: Option<ClassCreated>,
    watch: Option<Watch>,
    control: Option<Pending<Result<ClassState, ClientError>>>,
    state: Option<ClassState>,
    detail: Option<Pending<Result<TraineeAnswers, ClientError>>>,
    trainee: Option<TraineeAnswers>,
    exporting: Option<Pending<Result<usize, String>>>,
    message: Option<(bool, String)>,
    /// The server is typed (the desktop); a web page's is its own.
    server_typed: bool,
}

impl ConsoleScreen {
    pub fn new(server: Option<String>, results: Option<&std::path::Path>) -> Self {
        let page = crate::platform::page_server();
        Self {
            server_typed: page.is_none(),
            // In a web page: the page's own server (`platform::page_server`).
            server: page.or(server).unwrap_or_else(|| "127.0.0.1:8080".to_owned()),
            code: String::new(),
            key: String::new(),
            title: String::new(),
            exam: false,
            minutes: 45,
            reason: String::new(),
            extra_minutes: 5,
            // The trainees' results folder of this computer: a class's results go beside it.
            export_dir: results
                .and_then(|r| r.parent())
                .map(|d| d.join("lop-hoc").display().to_string())
                .unwrap_or_default(),
            opening: None,
            created: None,
            watch: None,
            control: None,
            state: None,
            detail: None,
            trainee: None,
            exporting: None,
            message: None,
        }
    }

    pub fn ui(&mut self, app: &mut Ctx<'_>, ui: &mut egui::Ui) -> Option<Action> {
        self.collect(app);
        let t = app.texts;
        egui::ScrollArea::vertical()
            .id_salt("console-scroll")
            .show(ui, |ui| {
                ui.heading(t.get("trainer-title"));
                if self.watch.is_none() {
                    ui.label(t.get("trainer-intro"));
                    ui.add_space(6.0);
                    self.open_ui(app, ui);
                    ui.separator();
                    self.watch_ui(app, ui);
                } else {
                    // Watching: the console leads; opening another class folds away.
                    self.class_line(app, ui);
                    egui::CollapsingHeader::new(t.get("trainer-other-class"))
                        .id_salt("trainer-other-class")
                        .show(ui, |ui| {
                            self.open_ui(app, ui);
                            ui.separator();
                            self.watch_ui(app, ui);
                        });
                }
                if let Some((ok, m)) = &self.message {
                    ui.colored_label(verdict_color(*ok), m);
                }
                if self.watch.is_some() {
                    ui.separator();
                    self.controls_ui(app, ui);
                    ui.separator();
                    self.feed_ui(app, ui);
                }
            });
        None
    }

    /// Takes the results of finished background work.
    fn collect(&mut self, app: &Ctx<'_>) {
        let t = app.texts;
        if let Some(done) = self.opening.as_ref().and_then(Pending::take) {
            self.opening = None;
            match done {
                Ok(created) => {
                    self.code = created.code.clone();
                    self.key = created.trainer_key.clone();
                    self.created = Some(created);
                }
                Err(e) => self.message = Some((false, e.text(t))),
            }
        }
        if let Some(done) = self.control.as_ref().and_then(Pending::take) {
            self.control = None;
            match done {
                Ok(state) if self.state.is_none() => self.state = Some(state),
                Ok(state) => {
                    self.message = Some((
                        true,
                        t.get_args(
                            "trainer-state",
                            &[("state", super::phase_text(t, state.phase).into())],
                        ),
                    ));
                    self.state = Some(state);
                }
                Err(e) => self.message = Some((false, e.text(t))),
            }
        }
        if let Some(done) = self.detail.as_ref().and_then(Pending::take) {
            self.detail = None;
            match done {
                Ok(answers) => self.trainee = Some(answers),
                Err(e) => self.message = Some((false, e.text(t))),
            }
        }
        if let Some(done) = self.exporting.as_ref().and_then(Pending::take) {
            self.exporting = None;
            self.message = Some(match done {
                Ok(n) => (
                    true,
                    t.get_args(
                        "trainer-exported",
                        &[("count", n.into()), ("dir", self.export_dir.clone().into())],
                    ),
                ),
                Err(e) => (false, e),
            });
        }
    }

    /// The class watched: its code and where it is.
    fn class_line(&self, app: &Ctx<'_>, ui: &mut egui::Ui) {
        let t = app.texts;
        let Some(w) = &self.watch else { return };
        let mut line = t.get_args("class-strip-code", &[("code", w.code.clone().into())]);
        if let Some(state) = &self.state {
            line = format!("{line} — {}", super::phase_text(t, state.phase));
            if !state.title.is_empty() {
                line = format!("{line} · {}", state.title);
            }
        }
        ui.label(egui::RichText::new(line).size(22.0).strong());
    }

    /// Opening a class of the chosen standard's scenarios.
    fn open_ui(&mut self, app: &Ctx<'_>, ui: &mut egui::Ui) {
        let t = app.texts;
        ui.label(strong(t.get("trainer-open-heading")));
        let standard = app
            .standard()
            .map(|s| crate::words::explain::standard_name(t, s))
            .unwrap_or_default();
        ui.label(t.get_args("trainer-open-standard", &[("standard", standard.into())]));
        egui::Grid::new("trainer-open")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                // A web page talks to the server that served it: nothing to type.
                if self.server_typed {
                    let label = ui.label(t.get("join-server"));
                    ui.add(egui::TextEdit::singleline(&mut self.server).desired_width(320.0))
                        .labelled_by(label.id);
                    ui.end_row();
                }
                let label = ui.label(t.get("trainer-class-title"));
                ui.add(egui::TextEdit::singleline(&mut self.title).desired_width(320.0))
                    .labelled_by(label.id);
                ui.end_row();
                ui.label(t.get("trainer-mode"));
                ui.horizontal(|ui| {
                    ui.radio_value(&mut self.exam, false, t.get("home-mode-practice"));
                    ui.radio_value(&mut self.exam, true, t.get("home-mode-exam"));
                });
                ui.end_row();
                if self.exam {
                    let label = ui.label(t.get("trainer-minutes"));
                    ui.add(egui::DragValue::new(&mut self.minutes).range(0..=600))
                        .labelled_by(label.id);
                    ui.end_row();
                }
            });
        if self.opening.is_some() {
            ui.spinner();
        } else if ui.button(strong(t.get("trainer-open"))).clicked() {
            self.open(app, ui.ctx());
        }
        if let Some(c) = &self.created {
            ui.group(|ui| {
                ui.label(
                    egui::RichText::new(
                        t.get_args("trainer-opened-code", &[("code", c.code.clone().into())]),
                    )
                    .size(24.0)
                    .strong(),
                );
                ui.label(t.get_args("trainer-opened-key", &[("key", c.trainer_key.clone().into())]));
            });
        }
    }

    fn open(&mut self, app: &Ctx<'_>, ctx: &egui::Context) {
        let Some(standard) = app.standard().map(|s| s.id.clone()) else {
            return;
        };
        let ids = app
            .service
            .library
            .ids_for_standard(&app.service.standards, &standard);
        let scenarios =
            match crate::store::library::scenario_files(&app.service.library, &app.service.standards, &ids) {
                Ok(files) => files,
                Err(e) => {
                    self.message = Some((false, e.text(app.texts)));
                    return;
                }
            };
        let new = NewClass {
            title: self.title.trim().to_owned(),
            standard,
            mode: if self.exam { Mode::Exam } else { Mode::Practice },
            scenarios,
            time_limit_minutes: (self.exam && self.minutes > 0).then_some(self.minutes),
        };
        let client = Client::new(&self.server, app.texts.lang());
        self.message = None;
        self.opening = Some(Pending::<()>::call(ctx, client.open_class(&new)));
    }

    /// Which class to watch, with its trainer key.
    fn watch_ui(&mut self, app: &Ctx<'_>, ui: &mut egui::Ui) {
        let t = app.texts;
        ui.label(strong(t.get("trainer-watch-heading")));
        egui::Grid::new("trainer-watch")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let label = ui.label(t.get("join-code"));
                ui.add(egui::TextEdit::singleline(&mut self.code).desired_width(160.0))
                    .labelled_by(label.id);
                ui.end_row();
                let label = ui.label(t.get("trainer-key"));
                ui.add(
                    egui::TextEdit::singleline(&mut self.key)
                        .desired_width(520.0)
                        .password(true),
                )
                .labelled_by(label.id);
                ui.end_row();
            });
        if ui.button(strong(t.get("trainer-watch"))).clicked() {
            match normalize_code(&self.code) {
                Some(code) => {
                    let client = Client::new(&self.server, t.lang());
                    self.control = Some(Pending::<()>::call(ui.ctx(), client.state(&code)));
                    self.watch = Some(Watch::start(ui.ctx(), client, code, self.key.trim().to_owned()));
                    self.message = None;
                }
                None => self.message = Some((false, t.get("join-bad-code"))),
            }
        }
    }

    fn controls_ui(&mut self, app: &Ctx<'_>, ui: &mut egui::Ui) {
        let t = app.texts;
        let Some(w) = &self.watch else { return };
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t.get("trainer-reason"));
            ui.add(egui::TextEdit::singleline(&mut self.reason).desired_width(260.0))
                .labelled_by(label.id);
            let label = ui.label(t.get("trainer-extra-minutes"));
            ui.add(egui::DragValue::new(&mut self.extra_minutes).range(1..=600))
                .labelled_by(label.id);
        });
        let reason = self.reason.trim().to_owned();
        let mut action = None;
        ui.horizontal_wrapped(|ui| {
            for (id, control) in [
                ("trainer-start", Control::Start),
                (
                    "trainer-pause",
                    Control::Pause {
                        reason: reason.clone(),
                    },
                ),
                ("trainer-resume", Control::Resume),
                (
                    "trainer-extend",
                    Control::Extend {
                        minutes: self.extra_minutes,
                        trainee: None,
                        reason: reason.clone(),
                    },
                ),
                ("trainer-close", Control::Close),
                ("trainer-release", Control::Release),
            ] {
                if ui
                    .add_enabled(self.control.is_none(), egui::Button::new(t.get(id)))
                    .clicked()
                {
                    action = Some(control);
                }
            }
        });
        if let Some(control) = action {
            let call = w.client.control(&w.code, &w.key, &control);
            self.control = Some(Pending::<()>::call(ui.ctx(), call));
        }
        // A folder to write the results to: the desktop's (`platform::FOLDERS`).
        if !crate::platform::FOLDERS {
            return;
        }
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t.get("trainer-export-dir"));
            ui.add(egui::TextEdit::singleline(&mut self.export_dir).desired_width(420.0))
                .labelled_by(label.id);
            if ui
                .add_enabled(
                    self.exporting.is_none(),
                    egui::Button::new(t.get("trainer-export")),
                )
                .clicked()
            {
                let (client, code, key) = (w.client.clone(), w.code.clone(), w.key.clone());
                let dir = std::path::PathBuf::from(self.export_dir.trim());
                let texts = crate::words::i18n::Texts::new(t.lang());
                self.exporting = Some(Pending::spawn(ui.ctx(), move || {
                    crate::platform::export_class(&client, &code, &key, &dir, &texts)
                }));
            }
        });
    }

    /// The console itself, and one trainee's answers when clicked.
    fn feed_ui(&mut self, app: &Ctx<'_>, ui: &mut egui::Ui) {
        let t = app.texts;
        let Some(w) = &self.watch else { return };
        let (console, error) = match w.feed.lock() {
            Ok(f) => (f.console.clone(), f.error.clone()),
            Err(_) => (None, None),
        };
        if let Some(e) = error {
            ui.colored_label(verdict_color(false), e.text(t));
        }
        let Some(console) = console else {
            ui.spinner();
            return;
        };
        if let Some(answers) = &self.trainee {
            trainee_ui(app, ui, answers);
            let (mut more, mut back) = (None, false);
            ui.horizontal(|ui| {
                back = ui.button(t.get("trainer-back")).clicked();
                // More time for this trainee alone (a power cut in one commune), with the reason
                // and minutes above.
                let label = t.get_args("trainer-extend-one", &[("minutes", self.extra_minutes.into())]);
                if ui
                    .add_enabled(self.control.is_none(), egui::Button::new(label))
                    .clicked()
                {
                    more = Some(Control::Extend {
                        minutes: self.extra_minutes,
                        trainee: Some(answers.id),
                        reason: self.reason.trim().to_owned(),
                    });
                }
            });
            if let Some(control) = more {
                let call = w.client.control(&w.code, &w.key, &control);
                self.control = Some(Pending::<()>::call(ui.ctx(), call));
            }
            return;
        }
        let standard = app.standard();
        let titles = |id: &str| {
            app.service.library.scenario(id).map_or_else(
                || id.to_owned(),
                |s| s.scenario.title.get(t.lang().is_english()).to_owned(),
            )
        };
        if let Some(rasoat_ui::console::Click::Trainee(id)) =
            rasoat_ui::console::console_ui(ui, t, standard, &console, &titles)
        {
            let call = w.client.trainee(&w.code, &w.key, id);
            self.detail = Some(Pending::<()>::call(ui.ctx(), call));
        }
    }
}

/// One trainee's answers, each with its score and what was wrong.
fn trainee_ui(app: &Ctx<'_>, ui: &mut egui::Ui, answers: &TraineeAnswers) {
    let t = app.texts;
    let tr = &answers.trainee;
    ui.heading(format!(
        "{} — {}",
        tr.name,
        crate::words::explain::place_name(&tr.commune, &tr.district, &tr.province)
    ));
    for r in &answers.receipts {
        let title = app.service.library.scenario(&r.scenario_id).map_or_else(
            || r.scenario_id.clone(),
            |s| s.scenario.title.get(t.lang().is_english()).to_owned(),
        );
        ui.group(|ui| {
            ui.label(strong(title));
            let Some(g) = &r.grade else { return };
            ui.label(t.get_args(
                "debrief-score",
                &[("points", g.points.into()), ("max", g.max.into())],
            ));
            let given = g.class_given.map_or_else(
                || t.get("console-no-class"),
                |c| crate::words::explain::class_name(t, c),
            );
            let right = crate::words::explain::correct_class_name(t, g.class_correct, &g.class_accepted);
            ui.colored_label(
                verdict_color(g.class_right()),
                t.get_args(
                    "trainer-answer-class",
                    &[("given", given.into()), ("correct", right.into())],
                ),
            );
            let standard = app.service.standards.get(&app.choice.standard_id);
            for i in g.indicators.iter().filter(|i| !i.right()) {
                let name = standard.and_then(|s| s.indicator(&i.id)).map_or_else(
                    || i.id.clone(),
                    |ind| crate::words::explain::indicator_name(t, ind),
                );
                let id = if i.marked {
                    "trainer-answer-false-mark"
                } else {
                    "trainer-answer-missed"
                };
                ui.colored_label(verdict_color(false), t.get_args(id, &[("name", name.into())]));
            }
            ui.label(
                egui::RichText::new(
                    t.get_args("trainer-answer-receipt", &[("receipt", r.receipt.clone().into())]),
                )
                .small(),
            );
        });
    }
}
