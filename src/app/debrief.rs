//! The debrief: the score and its breakdown, every indicator right or wrong with its rule, the
//! member or fact that decided it and its source, the class with the clause that decided it, and
//! "what changed": the same household under the previous standard.

use eframe::egui;

use super::{Ctx, Screen};
use crate::rules::assess::assess;
use crate::rules::grading::{Answer, Grade, IncomeVerdict, Rubric, grade};
use crate::training::scenario::Scenario;
use crate::words::explain;
use crate::words::i18n::Texts;
use rasoat_ui::{strong, verdict_color};

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
                next = ui.horizontal_wrapped(|ui| self.buttons_ui(ui, t)).inner;
                ui.add_space(6.0);

                // Breakdown.
                egui::Grid::new("breakdown")
                    .striped(true)
                    .spacing([20.0, 6.0])
                    .show(ui, |ui| breakdown_rows(ui, t, &g));
                ui.add_space(10.0);

                // The class and the clause that decided it.
                ui.label(strong(t.get("debrief-class-heading")));
                rasoat_ui::debrief::class_block(ui, t, &a);
                ui.add_space(10.0);

                // Every indicator.
                ui.label(strong(t.get("debrief-indicators-heading")));
                for (r, ig) in a.indicators.iter().zip(&g.indicators) {
                    rasoat_ui::debrief::indicator_block(ui, t, h, standard, r, ig);
                }
                ui.add_space(10.0);
                rasoat_ui::debrief::what_changed(ui, t, h, &app.service.standards, standard);
                learning_points_ui(ui, t, s);
            });
        next
    }

    /// Where to go from here: back to the exam summary, or try again and back to the library.
    fn buttons_ui(&self, ui: &mut egui::Ui, t: &Texts) -> Option<super::Action> {
        let mut next = None;
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
        next
    }
}

/// The score's breakdown grid: a heading row, then the class, the income and the indicators,
/// each with the answer given, the correct one and the points.
fn breakdown_rows(ui: &mut egui::Ui, t: &Texts, g: &Grade) {
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
        ui.add(egui::Label::new(explain::correct_class_name(t, g.class_correct, &g.class_accepted)).wrap());
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
}

/// The scenario's learning points, if it has any.
fn learning_points_ui(ui: &mut egui::Ui, t: &Texts, s: &Scenario) {
    // The Vietnamese points where the English ones are empty (as the README says).
    let list = s.scenario.learning_points.get(t.lang().is_english());
    if !list.is_empty() {
        ui.add_space(10.0);
        ui.label(strong(t.get("debrief-learning-points")));
        for p in list {
            ui.label(t.get_args("common-bullet", &[("text", p.clone().into())]));
        }
    }
}

fn points(t: &Texts, got: u32, max: u32) -> String {
    t.get_args(
        "debrief-points-value",
        &[("points", got.into()), ("max", max.into())],
    )
}
