//! The editor's household section: area, review year, livelihood, and the dwelling.

use eframe::egui;

use super::EditorScreen;
use super::widgets::*;
use crate::rules::household::*;
use crate::rules::source::Problem;
use crate::words::explain::value;
use crate::words::i18n::Texts;
use rasoat_ui::strong;

impl EditorScreen {
    /// Area, review year and livelihood.
    pub(super) fn household_fields_ui(
        &mut self,
        ui: &mut egui::Ui,
        t: &Texts,
        problems: &[(String, Problem)],
    ) {
        let h = &mut self.s.household;
        ui.label(strong(t.get("editor-household-heading")));
        egui::Grid::new("editor-household-fields")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                combo(
                    ui,
                    t,
                    "scenario-card-area",
                    "area",
                    &mut h.area,
                    Area::ALL,
                    Area::as_str,
                );
                number_row(
                    ui,
                    t,
                    "scenario-card-review-year",
                    egui::DragValue::new(&mut h.review_year).range(2016..=2030),
                );
                field_error(ui, t, problems, "household.review_year");
                combo(
                    ui,
                    t,
                    "scenario-card-livelihood",
                    "livelihood",
                    &mut h.livelihood,
                    Livelihood::ALL,
                    Livelihood::as_str,
                );
            });
    }

    /// The dwelling: structures, floor area, water, latrine, means of information, waste.
    pub(super) fn dwelling_ui(&mut self, ui: &mut egui::Ui, t: &Texts, problems: &[(String, Problem)]) {
        let h = &mut self.s.household;
        ui.label(strong(t.get("scenario-card-dwelling")));
        let d = &mut h.dwelling;
        egui::Grid::new("editor-dwelling-fields")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                combo(
                    ui,
                    t,
                    "scenario-card-wall",
                    "durability",
                    &mut d.wall,
                    Durability::ALL,
                    Durability::as_str,
                );
                combo(
                    ui,
                    t,
                    "scenario-card-frame",
                    "durability",
                    &mut d.frame,
                    Durability::ALL,
                    Durability::as_str,
                );
                combo(
                    ui,
                    t,
                    "scenario-card-roof",
                    "durability",
                    &mut d.roof,
                    Durability::ALL,
                    Durability::as_str,
                );
                number_row(
                    ui,
                    t,
                    "scenario-card-floor-area",
                    egui::DragValue::new(&mut d.floor_area_m2)
                        .range(0.0..=10_000.0)
                        .speed(0.1)
                        .fixed_decimals(1)
                        .suffix(" m²"),
                );
                field_error(ui, t, problems, "household.dwelling.floor_area_m2");
                combo(
                    ui,
                    t,
                    "scenario-card-water",
                    "water",
                    &mut d.water_source,
                    WaterSource::ALL,
                    WaterSource::as_str,
                );
                combo(
                    ui,
                    t,
                    "scenario-card-latrine",
                    "latrine",
                    &mut d.latrine,
                    Latrine::ALL,
                    Latrine::as_str,
                );
                combo(
                    ui,
                    t,
                    "scenario-card-waste",
                    "waste",
                    &mut d.waste,
                    Waste::ALL,
                    Waste::as_str,
                );
            });
        ui.horizontal_wrapped(|ui| {
            ui.label(t.get("scenario-card-info-means"));
            for m in InfoMeans::ALL {
                let mut on = d.info_means.contains(m);
                if ui.checkbox(&mut on, value(t, "info", m.as_str())).changed() {
                    if on {
                        d.info_means.push(*m);
                        d.info_means.sort();
                    } else {
                        d.info_means.retain(|x| x != m);
                    }
                }
            }
        });
        ui.checkbox(&mut d.hears_loudspeaker, t.get("scenario-card-loudspeaker"));
    }
}
