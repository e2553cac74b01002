//! The exam summary: every scenario of the finished exam with its score, each opening its debrief.

use eframe::egui;

use super::{Ctx, Screen, debrief};

/// The exam summary screen.
pub(super) fn ui(app: &mut Ctx<'_>, ui: &mut egui::Ui) -> Option<Screen> {
    ui.heading(app.texts.get("exam-summary-title"));
    ui.add_space(8.0);
    let mut open = None;
    let mut total = (0, 0);
    egui::Grid::new("exam-summary")
        .striped(true)
        .spacing([24.0, 8.0])
        .show(ui, |ui| {
            let ids = app
                .service
                .results()
                .map(|r| r.session.scenario_ids.clone())
                .unwrap_or_default();
            for id in ids {
                let Some(s) = app.service.library.scenario(&id) else {
                    continue;
                };
                let answer = app.last_answer(&id).unwrap_or_default();
                let title = s.scenario.title.get(app.settings.lang.is_english());
                ui.label(title);
                if let Some(g) = app.grade_of(&id, &answer) {
                    total = (total.0 + g.points, total.1 + g.max);
                    ui.label(app.texts.get_args(
                        "exam-summary-score",
                        &[("points", g.points.into()), ("max", g.max.into())],
                    ));
                }
                if ui
                    .button(
                        app.texts
                            .get_args("exam-summary-open", &[("title", title.to_owned().into())]),
                    )
                    .clicked()
                {
                    open = Some((id.clone(), answer));
                }
                ui.end_row();
            }
        });
    ui.add_space(8.0);
    ui.strong(app.texts.get_args(
        "exam-summary-total",
        &[("points", total.0.into()), ("max", total.1.into())],
    ));
    open.map(|(id, answer)| Screen::Debrief(debrief::DebriefScreen::new(id, answer, true)))
}
