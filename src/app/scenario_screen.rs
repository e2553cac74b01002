//! One scenario: the narrative and the household card on the left; the answer on the right —
//! income per person, each indicator of the standard grouped by service (its official name, its
//! definition and provenance in a tooltip), the classification — then Submit.

use eframe::egui;

use super::{Action, Ctx, Screen, household_card};
use crate::rules::grading::Answer;
use crate::words::explain;
use rasoat_ui::answer::AnswerForm;

pub struct ScenarioScreen {
    /// The scenario's id (never a position in the library, which may reload).
    pub id: String,
    form: AnswerForm,
    /// Shown after a Submit with missing parts.
    missing: bool,
    /// The income field has had the keyboard (given once, when the scenario opens).
    focused: bool,
}

impl ScenarioScreen {
    pub fn new(id: &str) -> Self {
        Self {
            id: id.to_owned(),
            form: AnswerForm::default(),
            missing: false,
            focused: false,
        }
    }

    /// Starts again from a previous answer (practice: "try again").
    pub fn from_answer(id: &str, answer: &Answer) -> Self {
        Self {
            id: id.to_owned(),
            form: AnswerForm::from_answer(answer),
            missing: false,
            focused: false,
        }
    }

    pub fn ui(&mut self, app: &mut Ctx<'_>, ui: &mut egui::Ui) -> Option<Action> {
        let Some(s) = app.service.library.scenario(&self.id) else {
            return Some(Action::Go(Screen::Home));
        };
        let Some(standard) = s.standard_in(&app.service.standards) else {
            return Some(Action::Go(Screen::Home));
        };
        let t = &app.texts;
        let mut submitted = false;

        egui::Panel::right("answer-panel")
            .resizable(true)
            .default_size(480.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("answer-scroll")
                    .show(ui, |ui| {
                        ui.heading(t.get("scenario-answer-heading"));
                        ui.label(egui::RichText::new(explain::standard_name(t, standard)).small());
                        ui.add_space(6.0);

                        let income = self.form.income_ui(ui, t);
                        if !std::mem::replace(&mut self.focused, true) {
                            income.request_focus();
                        }
                        // The exercise gives income as a fact; a real review estimates it.
                        ui.label(crate::words::explain::income_note(t, standard));
                        ui.add_space(8.0);
                        self.form
                            .indicators_ui(ui, t, standard, s.household.review_year, &|_| None);
                        if let Some(left) = app.seconds_left() {
                            let text = if left > 0 {
                                t.get_args("session-time-left", &[("minutes", (left / 60).into())])
                            } else {
                                t.get("session-time-up")
                            };
                            ui.colored_label(rasoat_ui::verdict_color(left > 300), text);
                            // The clock is the only thing that changes without input.
                            ui.ctx().request_repaint_after(std::time::Duration::from_secs(30));
                        }
                        ui.add_space(8.0);

                        self.form.class_ui(ui, t, standard);
                        ui.add_space(10.0);
                        if self.missing {
                            ui.colored_label(rasoat_ui::verdict_color(false), t.get("scenario-missing"));
                        }
                        if ui.button(rasoat_ui::strong(t.get("scenario-submit"))).clicked() {
                            if self.form.is_complete() {
                                submitted = true;
                            } else {
                                self.missing = true;
                            }
                        }
                        let progress = app
                            .service
                            .running()
                            .filter(|r| r.session.mode == super::Mode::Exam)
                            .and_then(|r| crate::training::service::progress(r, &self.id));
                        if let Some((pos, count)) = progress {
                            ui.label(
                                egui::RichText::new(t.get_args(
                                    "scenario-exam-progress",
                                    &[("pos", pos.into()), ("count", count.into())],
                                ))
                                .small(),
                            );
                        }
                    });
            });

        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("scenario-scroll")
                .show(ui, |ui| {
                    let title = s.scenario.title.get(t.lang().is_english());
                    ui.heading(title);
                    ui.add_space(6.0);
                    household_card::narrative_ui(ui, t, s);
                    ui.separator();
                    household_card::household_ui(ui, t, &s.household, Some(standard));
                });
        });

        submitted.then(|| Action::Submit(self.id.clone(), self.form.answer()))
    }
}
