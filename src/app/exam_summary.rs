//! The exam summary: every scenario of the finished exam with its score, each opening its debrief.

use eframe::egui;

use super::{App, Screen, debrief};

impl App {
    pub(super) fn exam_summary_ui(&mut self, ui: &mut egui::Ui) -> Option<Screen> {
        ui.heading(self.texts.get("exam-summary-title"));
        ui.add_space(8.0);
        let mut open = None;
        let mut total = (0, 0);
        egui::Grid::new("exam-summary")
            .striped(true)
            .spacing([24.0, 8.0])
            .show(ui, |ui| {
                let ids = self
                    .service
                    .results()
                    .map(|r| r.session.scenario_ids.clone())
                    .unwrap_or_default();
                for id in ids {
                    let Some(s) = self.service.library.scenario(&id) else {
                        continue;
                    };
                    let answer = self.last_answer(&id).unwrap_or_default();
                    let title = s.scenario.title.get(self.settings.lang.is_english());
                    ui.label(title);
                    if let Some(g) = self.grade_of(&id, &answer) {
                        total = (total.0 + g.points, total.1 + g.max);
                        ui.label(self.texts.get_args(
                            "exam-summary-score",
                            &[("points", g.points.into()), ("max", g.max.into())],
                        ));
                    }
                    if ui
                        .button(
                            self.texts
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
        ui.strong(self.texts.get_args(
            "exam-summary-total",
            &[("points", total.0.into()), ("max", total.1.into())],
        ));
        open.map(|(id, answer)| Screen::Debrief(debrief::DebriefScreen::new(id, answer, true)))
    }
}
