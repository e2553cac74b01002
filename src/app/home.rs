//! Home: the trainee, the session in progress (where its results are saved, continue, finish,
//! export), the standard and the mode, a trainer's set of scenarios, then the library.

use std::path::PathBuf;

use eframe::egui;

use super::{Action, Ctx, Mode, Screen, library};
use crate::words::explain;
use rasoat_ui::{strong, verdict_color};

/// What the home screen keeps between frames.
#[derive(Debug, Default)]
pub struct HomeState {
    /// For exams: minutes allowed, 0 for no limit.
    pub time_limit_minutes: u32,
    set_path: String,
    export_dir: String,
    message: Option<(bool, String)>,
    /// The built-in villages (id, name), read once.
    villages: Option<Vec<(String, String)>>,
    village: String,
    pub village_message: Option<(bool, String)>,
}

/// The village simulation: choose a built-in village and open it in its own window.
fn village_ui(app: &mut Ctx<'_>, ui: &mut egui::Ui) -> Option<Action> {
    let t = &app.texts;
    let villages = app.home.villages.get_or_insert_with(|| {
        let (villages, _) = crate::training::villages::builtin(&app.service.standards, &app.service.library);
        villages
            .iter()
            .map(|v| {
                (
                    v.village.id.clone(),
                    format!(
                        "{} — {}",
                        crate::words::visit::village_title(t, v),
                        v.village.place.get(t.lang().is_english())
                    ),
                )
            })
            .collect()
    });
    if villages.is_empty() {
        return None;
    }
    if !villages.iter().any(|(id, _)| *id == app.home.village) {
        app.home.village = villages[0].0.clone();
    }
    ui.label(strong(t.get("home-village-heading")));
    ui.label(egui::RichText::new(t.get("home-village-help")).small());
    for (id, name) in villages.iter() {
        if ui.radio(app.home.village == *id, name.as_str()).clicked() {
            app.home.village = id.clone();
        }
    }
    let mut next = None;
    if ui.button(t.get("home-village-open")).clicked() {
        next = Some(Action::OpenVillage(app.home.village.clone()));
    }
    if let Some((ok, m)) = &app.home.village_message {
        ui.colored_label(verdict_color(*ok), m);
    }
    next
}

/// The trainee, and the session in progress.
fn session_ui(app: &mut Ctx<'_>, ui: &mut egui::Ui) -> Option<Action> {
    let mut next = None;
    let t = &app.texts;
    if let Some(tr) = app.trainee() {
        ui.horizontal_wrapped(|ui| {
            ui.label(t.get_args(
                "session-trainee",
                &[
                    ("name", tr.name.clone().into()),
                    (
                        "place",
                        crate::words::explain::place_name(&tr.commune, &tr.district, &tr.province).into(),
                    ),
                ],
            ));
            if ui.button(t.get("session-change-trainee")).clicked() {
                next = Some(Action::Go(Screen::Identity(
                    super::identity::IdentityScreen::new(Some(tr.clone())),
                )));
            }
        });
    }
    let active = app.service.running().map(|r| {
        (
            r.answers.len(),
            r.session.scenario_ids.len(),
            app.service.current().map(|e| e.id().to_owned()),
        )
    });
    let (mut resume, mut finish) = (None, false);
    if let (Some((done, total, at)), Some(path)) = (active, app.results_path) {
        let left = app.seconds_left();
        ui.group(|ui| {
            ui.label(strong(t.get_args(
                "session-active",
                &[("done", done.into()), ("total", total.into())],
            )));
            ui.label(t.get_args("session-saved-at", &[("file", path.display().to_string().into())]));
            if let Some(left) = left {
                ui.label(t.get_args("session-time-left", &[("minutes", (left.max(0) / 60).into())]));
            }
            ui.horizontal(|ui| {
                if let Some(i) = at
                    && ui.button(t.get("session-continue")).clicked()
                {
                    resume = Some(i);
                }
                finish = ui.button(t.get("session-finish")).clicked();
            });
        });
    }
    if let Some(id) = resume {
        next = Some(Action::Open(id));
    }
    if finish {
        next = Some(Action::FinishSession);
    }
    next
}

/// Exporting the last session's results file (e.g. to a USB stick).
fn export_ui(app: &mut Ctx<'_>, ui: &mut egui::Ui) {
    let t = &app.texts;
    let Some(r) = app.service.results() else { return };
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t.get("session-export-dir"));
        ui.add(egui::TextEdit::singleline(&mut app.home.export_dir).desired_width(360.0))
            .labelled_by(label.id);
        if ui.button(t.get("session-export")).clicked() {
            let path = PathBuf::from(app.home.export_dir.trim()).join(r.file_name());
            app.home.message = Some(super::write_results_worded(t, &path, r, "session-exported"));
        }
    });
}

/// Starting a trainer's set of scenarios (a TOML file listing scenario ids).
fn set_ui(app: &mut Ctx<'_>, ui: &mut egui::Ui) -> Option<Action> {
    let t = &app.texts;
    let mut start = false;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t.get("session-set-path"));
        ui.add(egui::TextEdit::singleline(&mut app.home.set_path).desired_width(360.0))
            .labelled_by(label.id);
        super::dialogs::choose_button(ui, t, super::dialogs::Want::TomlFile, &mut app.home.set_path);
        start = ui.button(t.get("session-set-start")).clicked();
    });
    if !start {
        return None;
    }
    let path = PathBuf::from(app.home.set_path.trim());
    let parsed = crate::files::read_text(&path)
        .map_err(|e| crate::load::LoadError::from(e).text(t))
        .and_then(|text| {
            crate::training::session::parse_set(&path.display().to_string(), &text)
                .map_err(|e| explain::error_text(t, &e))
        });
    let set = match parsed {
        Ok(set) => set,
        Err(e) => {
            app.home.message = Some((false, e));
            return None;
        }
    };
    let missing: Vec<String> = set
        .scenarios
        .iter()
        .filter(|id| !app.service.library.contains(id))
        .cloned()
        .collect();
    if !missing.is_empty() || set.scenarios.is_empty() {
        app.home.message = Some((
            false,
            t.get_args("session-set-missing", &[("ids", missing.join(", ").into())]),
        ));
        return None;
    }
    if let Some(std) = &set.standard {
        app.choice.standard_id = std.clone();
    }
    if let Some(mode) = set.mode {
        app.choice.mode = mode;
    }
    let limit = set.time_limit_minutes.or(Some(app.home.time_limit_minutes));
    let source = crate::training::session::SessionSource::Set {
        name: set.name.clone(),
    };
    let ids = set.scenarios.clone();
    Some(match app.choice.mode {
        Mode::Exam => Action::StartExam {
            source,
            ids,
            time_limit_minutes: limit,
        },
        Mode::Practice => Action::StartPractice { source, ids },
    })
}

pub fn ui(app: &mut Ctx<'_>, ui: &mut egui::Ui) -> Option<Action> {
    let mut next = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        let t = &app.texts;
        ui.heading(t.get("home-welcome"));
        ui.label(t.get("home-intro"));
        ui.add_space(8.0);
        if let Some(s) = session_ui(app, ui) {
            next = Some(s);
        }
        let t = &app.texts;
        ui.add_space(8.0);
        // The live class comes first: in a training, the trainer reads out a code.
        ui.group(|ui| {
            ui.label(rasoat_ui::strong(t.get("home-class-heading")));
            ui.label(egui::RichText::new(t.get("home-class-help")).small());
            if ui.button(rasoat_ui::strong(t.get("home-class-join"))).clicked() {
                next = Some(Action::Go(Screen::Join(Box::new(
                    super::class::join::JoinScreen::new(app.settings.class_server.clone()),
                ))));
            }
        });
        ui.add_space(8.0);

        ui.label(rasoat_ui::strong(t.get("home-standard-heading")));
        let ids: Vec<String> = app.service.standards.all().iter().map(|s| s.id.clone()).collect();
        for id in ids {
            let Some(s) = app.service.standards.get(&id) else {
                continue;
            };
            let mut label = explain::standard_name(app.texts, s);
            if s.is_provisional() {
                label = app
                    .texts
                    .get_args("home-standard-provisional", &[("name", label.into())]);
            }
            if ui.radio(app.choice.standard_id == id, label).clicked() {
                app.choice.standard_id = id.clone();
            }
        }
        ui.add_space(12.0);

        let t = &app.texts;
        ui.label(rasoat_ui::strong(t.get("home-mode-heading")));
        let (practice, exam) = (t.get("home-mode-practice"), t.get("home-mode-exam"));
        if ui.radio(app.choice.mode == Mode::Practice, practice).clicked() {
            app.choice.mode = Mode::Practice;
        }
        ui.label(egui::RichText::new(app.texts.get("home-mode-practice-help")).small());
        if ui.radio(app.choice.mode == Mode::Exam, exam).clicked() {
            app.choice.mode = Mode::Exam;
        }
        ui.label(egui::RichText::new(app.texts.get("home-mode-exam-help")).small());
        if app.choice.mode == Mode::Exam {
            ui.horizontal(|ui| {
                let label = ui.label(app.texts.get("session-time-limit"));
                ui.add(egui::DragValue::new(&mut app.home.time_limit_minutes).range(0..=600))
                    .labelled_by(label.id);
            });
        }
        ui.add_space(16.0);

        if ui.button(app.texts.get("home-open-library")).clicked() {
            next = Some(Action::Go(Screen::Library(library::LibraryScreen::default())));
        }
        // The village (a program of its own), a set file and an export folder: the desktop's.
        if crate::platform::FOLDERS {
            ui.add_space(12.0);
            if let Some(s) = village_ui(app, ui) {
                next = Some(s);
            }
            ui.add_space(12.0);
            if let Some(s) = set_ui(app, ui) {
                next = Some(s);
            }
            export_ui(app, ui);
        }
        if let Some((ok, m)) = &app.home.message {
            ui.colored_label(verdict_color(*ok), m);
        }
        let errors: Vec<&String> = app.builtin_errors.iter().chain(app.user_errors).collect();
        if !errors.is_empty() {
            ui.add_space(12.0);
            ui.colored_label(rasoat_ui::verdict_color(false), app.texts.get("home-load-errors"));
            for e in errors {
                ui.label(e);
            }
        }
    });
    next
}
