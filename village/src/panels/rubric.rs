//! How a visit is scored: the rubric's lines, the materials it comes from, and "back".

use bevy_egui::egui::{self, RichText};
use rasoat_core::words::explain;
use rasoat_core::words::visit as words;

use super::common::PanelArgs;
use crate::actions::Action;
use crate::model::Screen;

/// The rubric panel: "back" returns to the visit in progress, or to the map.
pub fn rubric_panel(ui: &mut egui::Ui, a: &PanelArgs, out: &mut Vec<Action>) {
    let t = a.t;
    ui.heading(t.get("village-rubric"));
    for line in words::rubric_lines(t, &a.village.catalogue) {
        ui.label(line);
    }
    if let Some(m) = &a.village.standard.materials {
        ui.label(
            RichText::new(explain::with_source(
                t,
                t.get("village-rubric-materials"),
                &m.provenance,
            ))
            .small(),
        );
    }
    if ui.button(t.get("village-back-map")).clicked() {
        out.push(Action::Show(if a.visits.current.is_some() {
            Screen::Visit
        } else {
            Screen::Map
        }));
    }
}
