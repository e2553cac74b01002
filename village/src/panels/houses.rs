//! The list of houses on the left: how many, "resume the visit of …", every house with its
//! status (new, started, points), and "go in".

use bevy_egui::egui::{self, RichText};
use rasoat_core::words::visit as words;
use rasoat_ui::strong;

use super::common::PanelArgs;
use crate::actions::Action;
use crate::model::Screen;

fn status_of(a: &PanelArgs, i: usize) -> String {
    let t = a.t;
    match a.visits.record_of(a.village, i) {
        None => t.get("village-status-new"),
        Some(r) if r.submitted() => {
            let points = a
                .visits
                .points_of(a.village, i)
                .map_or_else(String::new, |(p, max)| format!("{p}/{max}"));
            t.get_args("village-status-done", &[("points", points.into())])
        }
        Some(_) => t.get("village-status-started"),
    }
}

/// The houses panel: a click chooses a house (and the map follows), a double click or "go in"
/// enters it.
pub fn houses(ui: &mut egui::Ui, a: &PanelArgs, out: &mut Vec<Action>) {
    let (t, homes) = (a.t, &a.village.homes);
    ui.heading(t.get("village-houses"));
    ui.label(RichText::new(t.get_args("village-houses-count", &[("count", homes.len().into())])).small());
    if let Some(i) = a.visits.unfinished(a.village)
        && a.screen == Screen::Map
    {
        let name = words::speaker(&homes[i].household);
        if ui
            .button(t.get_args("village-resume", &[("name", name.into())]))
            .clicked()
        {
            out.extend([Action::Select(i), Action::Enter, Action::Follow]);
        }
    }
    ui.separator();
    // Room under the list for "go in" on the map (the list would otherwise push it below the
    // panel's edge, under the bottom bar).
    let below = if a.screen == Screen::Map {
        ui.spacing().interact_size.y + ui.spacing().item_spacing.y * 3.0 + 8.0
    } else {
        0.0
    };
    egui::ScrollArea::vertical()
        .id_salt("village-house-list")
        .auto_shrink([false, false])
        .max_height((ui.available_height() - below).max(60.0))
        .show(ui, |ui| {
            for (i, home) in homes.iter().enumerate() {
                let label = t.get_args(
                    "village-house",
                    &[
                        ("number", (i + 1).into()),
                        ("name", words::speaker(&home.household).into()),
                        ("status", status_of(a, i).into()),
                    ],
                );
                let chosen = a.visits.selected == i;
                let r = ui.add(egui::Button::selectable(chosen, label).wrap());
                if r.clicked() {
                    out.extend([Action::Select(i), Action::Follow]);
                }
                if r.double_clicked() {
                    out.push(Action::Enter);
                }
            }
        });
    ui.separator();
    if a.screen == Screen::Map && ui.button(strong(t.get("village-enter"))).clicked() {
        out.extend([Action::Enter, Action::Follow]);
    }
}
