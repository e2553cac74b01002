//! The debrief: the score and its breakdown, every indicator right or wrong with its rule, the
//! member or fact that decided it and its source, the class with the clause that decided it, and
//! "what changed": the same household under the previous standard.

use eframe::egui;

use super::style::{strong, verdict_color};
use super::{Ctx, Screen};
use crate::assess::assess;
use crate::compare::{compare, standard_changes};
use crate::explain;
use crate::grading::{Answer, IncomeVerdict, Rubric, grade};
use crate::i18n::Texts;

pub struct DebriefScreen {
    id: String,
    answer: Answer,
    /// Opened from the exam summary: "back" returns there.
    from_exam: bool,
}

impl DebriefScreen {
    pub fn new(id: String, answer: Answer, from_exam: bool) -> Self {
        Self {
            id,
            answer,
            from_exam,
        }
    }

    pub fn ui(&mut self, app: &mut Ctx<'_>, ui: &mut egui::Ui) -> Option<super::Action> {
        let s = app.service.library.scenario(&self.id)?;
        let standard = s.standard_in(&app.service.standards)?;
        let t = &app.texts;
        let h = &s.household;
        let a = assess(h, standard);
        let g = grade(&self.answer, &a, &Rubric::STANDARD);
        let mut next = None;

        egui::ScrollArea::vertical()
            .id_salt("debrief-scroll")
            .show(ui, |ui| {
                ui.heading(t.get_args(
                    "debrief-score",
                    &[("points", g.points.into()), ("max", g.max.into())],
                ));
                ui.horizontal_wrapped(|ui| {
                    if self.from_exam {
                        if ui.button(t.get("debrief-back-exam")).clicked() {
                            next = Some(super::Action::Go(Screen::ExamSummary));
                        }
                    } else {
                        if ui.button(t.get("debrief-retry")).clicked() {
                            next = Some(super::Action::Retry(self.id.clone(), self.answer.clone()));
                        }
                        if ui.button(t.get("debrief-back-library")).clicked() {
                            next = Some(super::Action::Go(Screen::Library(
                                super::library::LibraryScreen::default(),
                            )));
                        }
                    }
                });
                ui.add_space(6.0);

                // Breakdown.
                egui::Grid::new("breakdown")
                    .striped(true)
                    .spacing([20.0, 6.0])
                    .show(ui, |ui| {
                        for head in [
                            "debrief-part",
                            "debrief-your-answer",
                            "debrief-correct",
                            "debrief-points",
                        ] {
                            ui.label(strong(t.get(head)));
                        }
                        ui.end_row();
                        ui.label(t.get("debrief-part-class"));
                        ui.label(
                            g.class_given
                                .map_or_else(|| t.get("debrief-no-answer"), |c| explain::class_name(t, c)),
                        );
                        // The answer where the class cannot be known is long: wrap it in its cell
                        // instead of widening the whole page.
                        ui.scope(|ui| {
                            ui.set_max_width(360.0);
                            ui.add(
                                egui::Label::new(explain::correct_class_name(
                                    t,
                                    g.class_correct,
                                    &g.class_accepted,
                                ))
                                .wrap(),
                            );
                        });
                        ui.colored_label(
                            verdict_color(g.class_points > 0),
                            points(t, g.class_points, Rubric::STANDARD.class_points),
                        );
                        ui.end_row();
                        ui.label(t.get("debrief-part-income"));
                        ui.label(
                            g.income_given
                                .map_or_else(|| t.get("debrief-no-answer"), |v| t.money(v)),
                        );
                        ui.label(t.money(g.income_correct));
                        ui.colored_label(
                            verdict_color(g.income_verdict == IncomeVerdict::Right),
                            points(t, g.income_points, Rubric::STANDARD.income_points),
                        );
                        ui.end_row();
                        ui.label(t.get("debrief-part-indicators"));
                        ui.label(t.get_args(
                            "debrief-indicators-right",
                            &[
                                ("right", g.indicators_right().into()),
                                ("total", g.indicators.len().into()),
                            ],
                        ));
                        ui.label("");
                        ui.colored_label(
                            verdict_color(g.indicators_right() == g.indicators.len()),
                            points(t, g.indicator_points, Rubric::STANDARD.indicator_points),
                        );
                        ui.end_row();
                    });
                ui.add_space(10.0);

                // The class and the clause that decided it.
                ui.label(strong(t.get("debrief-class-heading")));
                ui.label(explain::decision_text(t, &a));
                ui.label(egui::RichText::new(explain::provenance(t, a.decision_provenance())).small());
                ui.label(t.get_args(
                    "debrief-income-how",
                    &[
                        ("total", t.money(a.income.annual_total_vnd).into()),
                        ("members", a.income.members.into()),
                        ("income", t.money(a.income.per_person_month_vnd).into()),
                    ],
                ));
                ui.add_space(10.0);

                // Every indicator.
                ui.label(strong(t.get("debrief-indicators-heading")));
                for (r, ig) in a.indicators.iter().zip(&g.indicators) {
                    ui.group(|ui| {
                        ui.set_width(ui.available_width());
                        let verdict = t.get(if ig.right() {
                            "debrief-right"
                        } else {
                            "debrief-wrong"
                        });
                        ui.horizontal_wrapped(|ui| {
                            ui.colored_label(verdict_color(ig.right()), strong(verdict));
                            ui.label(strong(explain::indicator_name(t, r.indicator)));
                        });
                        let state = |d: bool| {
                            t.get(if d {
                                "debrief-deprived"
                            } else {
                                "debrief-not-deprived"
                            })
                        };
                        ui.label(t.get_args(
                            "debrief-indicator-answer",
                            &[
                                ("yours", state(ig.marked).into()),
                                ("correct", state(ig.deprived).into()),
                            ],
                        ));
                        ui.label(
                            t.get_args("debrief-fact", &[("fact", explain::finding_text(t, h, r).into())]),
                        );
                        ui.label(t.get_args(
                            "debrief-rule",
                            &[(
                                "rule",
                                explain::rule_text(t, r.indicator, h.review_year, standard).into(),
                            )],
                        ));
                        ui.label(
                            egui::RichText::new(explain::provenance(t, &r.indicator.provenance)).small(),
                        );
                    });
                }
                ui.add_space(10.0);
                what_changed_ui(ui, t, app, h, standard);

                // The Vietnamese points where the English ones are empty (as the README says).
                let list = s.scenario.learning_points.get(t.lang().is_english());
                if !list.is_empty() {
                    ui.add_space(10.0);
                    ui.label(strong(t.get("debrief-learning-points")));
                    for p in list {
                        ui.label(t.get_args("common-bullet", &[("text", p.clone().into())]));
                    }
                }
            });
        next
    }
}

fn points(t: &Texts, got: u32, max: u32) -> String {
    t.get_args(
        "debrief-points-value",
        &[("points", got.into()), ("max", max.into())],
    )
}

/// The same household under the standard before (or, for the first standard, after) this one,
/// the differences explained, and what changed in the rules.
fn what_changed_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    app: &Ctx<'_>,
    h: &crate::household::Household,
    standard: &crate::standard::Standard,
) {
    let (from, to) = match app.service.standards.previous(&standard.id) {
        Some(prev) => (prev, standard),
        None => match app.service.standards.all().iter().find(|s| {
            app.service
                .standards
                .previous(&s.id)
                .is_some_and(|p| p.id == standard.id)
        }) {
            Some(next) => (standard, next),
            None => return,
        },
    };
    egui::CollapsingHeader::new(strong(t.get("debrief-changed-heading")))
        .id_salt("what-changed")
        .default_open(true)
        .show(ui, |ui| {
            let c = compare(h, from, to);
            for a in [&c.from, &c.to] {
                ui.label(strong(t.get_args(
                    "debrief-changed-under",
                    &[
                        ("standard", explain::standard_name(t, a.standard).into()),
                        ("class", explain::outcome_name(t, a).into()),
                    ],
                )));
                ui.label(explain::decision_text(t, a));
            }
            if c.changes.is_empty() {
                ui.label(t.get("debrief-changed-nothing"));
            } else {
                ui.label(strong(t.get("debrief-changed-household")));
                for ch in &c.changes {
                    ui.label(t.get_args(
                        "common-bullet",
                        &[("text", explain::change_text(t, ch, from, to).into())],
                    ));
                }
            }
            ui.label(strong(t.get("debrief-changed-rules")));
            for ch in standard_changes(from, to) {
                let text = explain::standard_change_text(t, &ch, from, to);
                if !text.is_empty() {
                    ui.label(t.get_args("common-bullet", &[("text", text.into())]));
                }
            }
            // How the count rule reads on the review form, where secondary sources report it.
            let forms: Vec<(String, String)> = [from, to]
                .into_iter()
                .filter_map(|s| Some((explain::standard_name(t, s), explain::scoring_form_text(t, s)?)))
                .collect();
            if !forms.is_empty() {
                ui.label(strong(t.get("debrief-changed-form")));
                for (name, text) in forms {
                    ui.label(
                        t.get_args(
                            "common-bullet",
                            &[(
                                "text",
                                t.get_args(
                                    "debrief-changed-form-under",
                                    &[("standard", name.into()), ("text", text.into())],
                                )
                                .into(),
                            )],
                        ),
                    );
                }
            }
        });
}
