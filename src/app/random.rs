//! "Luyện tập ngẫu nhiên": households made on the fly by the seeded generator. The seed is shown
//! and can be typed in to replay the same set.

use eframe::egui;

use super::{Action, Ctx, Mode};
use crate::training::generate::Focus;

pub struct RandomScreen {
    seed_text: String,
    count: u32,
    focus: Focus,
    /// The scenarios made last, as indices into the app's library.
    /// Ids of the households made.
    made: Vec<String>,
    /// The seed `made` was made with.
    seed: Option<u64>,
    error: Option<String>,
}

impl RandomScreen {
    pub fn new() -> Self {
        // A fresh seed each time the screen opens; it is shown, so the set can be replayed.
        let seed = crate::platform::unix_now().rem_euclid(1_000_000);
        Self {
            seed_text: seed.to_string(),
            count: 5,
            focus: Focus::Any,
            made: Vec::new(),
            seed: None,
            error: None,
        }
    }

    /// The households of the seed typed: their ids now (they are made at the end of the
    /// frame), and the action that makes them.
    fn generate(&mut self, app: &Ctx<'_>) -> Option<Action> {
        let Ok(seed) = self.seed_text.trim().parse::<u64>() else {
            self.error = Some(app.texts.get("random-seed-invalid"));
            return None;
        };
        self.error = None;
        // The same seed twice replays the same households (the library keeps them once).
        self.made = (0..self.count)
            .map(|i| crate::training::generate::scenario_id(seed, i))
            .collect();
        self.seed = Some(seed);
        Some(Action::Generate {
            seed,
            focus: self.focus.clone(),
            count: self.count,
            practice: app.choice.mode == Mode::Practice,
        })
    }

    pub fn ui(&mut self, app: &mut Ctx<'_>, ui: &mut egui::Ui) -> Option<Action> {
        let mut next = None;
        let mut open = None;
        egui::ScrollArea::vertical().show(ui, |ui| {
            let t = &app.texts;
            ui.heading(t.get("random-title"));
            ui.label(t.get("random-intro"));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let label = ui.label(t.get("random-seed"));
                let edit = ui.add(egui::TextEdit::singleline(&mut self.seed_text).desired_width(140.0));
                edit.labelled_by(label.id);
                let count_label = ui.label(t.get("random-count"));
                ui.add(egui::DragValue::new(&mut self.count).range(1..=40))
                    .labelled_by(count_label.id);
            });
            ui.horizontal(|ui| {
                let focus_label = ui.label(t.get("random-focus"));
                let focus_name = |f: &Focus| match f {
                    Focus::Any => t.get("random-focus-any"),
                    Focus::Boundary => t.get("random-focus-boundary"),
                    Focus::Indicator(id) => app
                        .standard()
                        .and_then(|s| s.indicator(id))
                        .map_or_else(|| id.clone(), |i| crate::words::explain::indicator_name(t, i)),
                };
                let mut choices = vec![Focus::Any, Focus::Boundary];
                for id in ["employment", "dependents"] {
                    if app.standard().is_some_and(|s| s.indicator(id).is_some()) {
                        choices.push(Focus::Indicator(id.to_owned()));
                    }
                }
                egui::ComboBox::from_id_salt("random-focus")
                    .selected_text(focus_name(&self.focus))
                    .show_ui(ui, |ui| {
                        for c in choices {
                            let name = focus_name(&c);
                            ui.selectable_value(&mut self.focus, c, name);
                        }
                    })
                    .response
                    .labelled_by(focus_label.id);
            });
            if let Some(e) = &self.error {
                ui.colored_label(rasoat_ui::verdict_color(false), e);
            }
            ui.add_space(8.0);
            let make = ui.button(t.get("random-make")).clicked();
            if make {
                next = self.generate(app);
            }
            let t = &app.texts;
            if !self.made.is_empty() {
                ui.add_space(8.0);
                ui.label(t.get_args(
                    "random-made",
                    &[
                        ("count", self.made.len().into()),
                        ("seed", self.seed_text.clone().into()),
                    ],
                ));
                if app.choice.mode == Mode::Exam
                    && ui
                        .button(t.get_args("library-start-exam", &[("count", self.made.len().into())]))
                        .clicked()
                {
                    let source = crate::training::session::SessionSource::Random {
                        seed: self.seed.unwrap_or_default(),
                        focus: self.focus.as_string(),
                    };
                    next = Some(Action::StartExam {
                        source,
                        ids: self.made.clone(),
                        time_limit_minutes: Some(app.home.time_limit_minutes),
                    });
                    return;
                }
                for id in &self.made {
                    let Some(s) = app.service.library.scenario(id) else {
                        continue;
                    };
                    let title = s.scenario.title.get(app.settings.lang.is_english());
                    if ui.button(title).clicked() {
                        open = Some(id.clone());
                    }
                }
            }
        });
        open.map(Action::Open).or(next)
    }
}
