//! One scenario: the narrative and the household card on the left; the answer on the right —
//! income per person, each indicator of the standard grouped by service (its official name, its
//! definition and provenance in a tooltip), the classification — then Submit.

use std::collections::BTreeSet;

use eframe::egui;

use super::{Action, Ctx, Screen, household_card};
use crate::assess::Class;
use crate::explain;
use crate::grading::Answer;

pub struct ScenarioScreen {
    /// The scenario's id (never a position in the library, which may reload).
    pub id: String,
    income_text: String,
    deprived: BTreeSet<String>,
    class: Option<Class>,
    /// Shown after a Submit with missing parts.
    missing: bool,
}

impl ScenarioScreen {
    pub fn new(id: &str) -> Self {
        Self {
            id: id.to_owned(),
            income_text: String::new(),
            deprived: BTreeSet::new(),
            class: None,
            missing: false,
        }
    }

    /// Starts again from a previous answer (practice: "try again").
    pub fn from_answer(id: &str, answer: &Answer) -> Self {
        Self {
            id: id.to_owned(),
            income_text: answer
                .income_per_person_month_vnd
                .map(|v| v.to_string())
                .unwrap_or_default(),
            deprived: answer.deprived.clone(),
            class: answer.class,
            missing: false,
        }
    }

    fn answer(&self) -> Answer {
        Answer {
            income_per_person_month_vnd: crate::text::parse_vnd(&self.income_text),
            deprived: self.deprived.clone(),
            class: self.class,
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

                        let label = ui.label(super::style::strong(t.get("scenario-income-label")));
                        let edit = ui.add(
                            egui::TextEdit::singleline(&mut self.income_text)
                                .hint_text(t.get("scenario-income-hint"))
                                .desired_width(220.0),
                        );
                        let edit = edit.labelled_by(label.id);
                        if edit.changed() {
                            self.income_text = crate::text::nfc(&self.income_text);
                        }
                        match (
                            self.income_text.trim().is_empty(),
                            crate::text::parse_vnd(&self.income_text),
                        ) {
                            (true, _) => {}
                            (false, Some(v)) => {
                                ui.label(
                                    egui::RichText::new(
                                        t.get_args("scenario-income-read", &[("amount", t.money(v).into())]),
                                    )
                                    .small(),
                                );
                            }
                            (false, None) => {
                                ui.colored_label(
                                    super::style::verdict_color(false),
                                    t.get("scenario-income-unreadable"),
                                );
                            }
                        }
                        // The exercise gives income as a fact; a real review estimates it.
                        ui.label(crate::explain::income_note(t, standard));
                        ui.add_space(8.0);

                        ui.label(super::style::strong(t.get("scenario-indicators-label")));
                        ui.label(egui::RichText::new(t.get("scenario-indicators-help")).small());
                        for service in &standard.services {
                            let indicators: Vec<_> = standard
                                .indicators
                                .iter()
                                .filter(|i| i.service == service.id)
                                .collect();
                            if indicators.is_empty() {
                                continue;
                            }
                            ui.label(
                                egui::RichText::new(explain::service_name(t, standard, &service.id))
                                    .italics(),
                            );
                            for ind in indicators {
                                let mut checked = self.deprived.contains(&ind.id);
                                let mut name = explain::indicator_title(t, ind);
                                if ind.provenance.is_provisional() {
                                    name.push_str(" *");
                                }
                                let tip = format!(
                                    "{}\n\n{}",
                                    explain::rule_text(t, ind, s.household.review_year, standard),
                                    explain::provenance(t, &ind.provenance)
                                );
                                if ui.checkbox(&mut checked, name).on_hover_text(tip).changed() {
                                    if checked {
                                        self.deprived.insert(ind.id.clone());
                                    } else {
                                        self.deprived.remove(&ind.id);
                                    }
                                }
                            }
                        }
                        if standard.indicators.iter().any(|i| i.provenance.is_provisional()) {
                            ui.label(
                                egui::RichText::new(t.get_args(
                                    "scenario-provisional-legend",
                                    &[("mark", explain::provisional_mark(t).into())],
                                ))
                                .small(),
                            );
                        }
                        if let Some(left) = app.seconds_left() {
                            let text = if left > 0 {
                                t.get_args("session-time-left", &[("minutes", (left / 60).into())])
                            } else {
                                t.get("session-time-up")
                            };
                            ui.colored_label(super::style::verdict_color(left > 300), text);
                            // The clock is the only thing that changes without input.
                            ui.ctx().request_repaint_after(std::time::Duration::from_secs(30));
                        }
                        ui.add_space(8.0);

                        ui.label(super::style::strong(t.get("scenario-class-label")));
                        for class in Class::ALL {
                            if ui
                                .radio(self.class == Some(class), explain::class_name(t, class))
                                .clicked()
                            {
                                self.class = Some(class);
                            }
                        }
                        if !standard.classification.average.defined {
                            ui.label(egui::RichText::new(t.get("scenario-average-band-unknown")).small());
                        }
                        ui.add_space(10.0);
                        if self.missing {
                            ui.colored_label(super::style::verdict_color(false), t.get("scenario-missing"));
                        }
                        if ui
                            .button(super::style::strong(t.get("scenario-submit")))
                            .clicked()
                        {
                            let a = self.answer();
                            if a.class.is_none() || a.income_per_person_month_vnd.is_none() {
                                self.missing = true;
                            } else {
                                submitted = true;
                            }
                        }
                        let progress = app
                            .service
                            .running()
                            .filter(|r| r.session.mode == super::Mode::Exam)
                            .and_then(|r| crate::training::progress(r, &self.id));
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

        submitted.then(|| {
            let answer = self.answer();
            Action::Submit(self.id.clone(), answer)
        })
    }
}
