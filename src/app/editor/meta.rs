//! The editor's scenario section: id, titles, summaries, difficulty, region, standard, tags,
//! narrative, learning points, trainer notes.

use eframe::egui;

use super::EditorScreen;
use super::widgets::*;
use crate::rules::source::Problem;
use crate::rules::standard::StandardSet;
use crate::training::scenario::Region;
use crate::words::explain::{self};
use crate::words::i18n::Texts;
use rasoat_ui::strong;

impl EditorScreen {
    pub(super) fn scenario_ui(
        &mut self,
        ui: &mut egui::Ui,
        t: &Texts,
        standards: &StandardSet,
        problems: &[(String, Problem)],
    ) {
        ui.label(strong(t.get("editor-scenario-heading")));
        let m = &mut self.s.scenario;
        let mut tags_changed = false;
        egui::Grid::new("editor-scenario-fields")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                text_field(ui, t, "editor-id", &mut m.id, problems, "scenario.id");
                text_field(
                    ui,
                    t,
                    "editor-title-vi",
                    &mut m.title.vi,
                    problems,
                    "scenario.title.vi",
                );
                text_field(
                    ui,
                    t,
                    "editor-title-en",
                    &mut m.title.en,
                    problems,
                    "scenario.title.en",
                );
                text_field(
                    ui,
                    t,
                    "editor-summary-vi",
                    &mut m.summary.vi,
                    problems,
                    "scenario.summary.vi",
                );
                text_field(
                    ui,
                    t,
                    "editor-summary-en",
                    &mut m.summary.en,
                    problems,
                    "scenario.summary.en",
                );
                number_row(
                    ui,
                    t,
                    "editor-difficulty",
                    egui::DragValue::new(&mut m.difficulty).range(1..=3),
                );
                combo(
                    ui,
                    t,
                    "editor-region",
                    "region",
                    &mut m.region,
                    &Region::ALL,
                    Region::as_str,
                );
                // The standard: one of the list, or the default for the review year.
                {
                    let label = ui.label(t.get("editor-standard"));
                    let current = m.standard.as_ref().and_then(|id| standards.get(id)).map_or_else(
                        || t.get("editor-standard-default"),
                        |s| explain::standard_name(t, s),
                    );
                    egui::ComboBox::from_id_salt("editor-standard")
                        .selected_text(current)
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut m.standard, None, t.get("editor-standard-default"));
                            for s in standards.all() {
                                ui.selectable_value(
                                    &mut m.standard,
                                    Some(s.id.clone()),
                                    explain::standard_name(t, s),
                                );
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    ui.end_row();
                }
                tags_changed = single_line(ui, t, "editor-tags", &mut self.tags_text);
            });
        if tags_changed {
            m.tags = self
                .tags_text
                .split(',')
                .map(|x| x.trim().to_owned())
                .filter(|x| !x.is_empty())
                .collect();
        }
        multi_line(ui, t, "editor-narrative-vi", &mut m.narrative.vi, 6);
        egui::Grid::new("editor-narrative-error")
            .show(ui, |ui| field_error(ui, t, problems, "scenario.narrative.vi"));
        multi_line(ui, t, "editor-narrative-en", &mut m.narrative.en, 6);
        if multi_line(ui, t, "editor-points-vi", &mut self.points_vi, 3) {
            m.learning_points.vi = lines(&self.points_vi);
        }
        if multi_line(ui, t, "editor-points-en", &mut self.points_en, 3) {
            m.learning_points.en = lines(&self.points_en);
        }
        multi_line(ui, t, "editor-trainer-notes", &mut m.trainer_notes, 2);
    }
}
