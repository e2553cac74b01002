//! In a household's yard: the greeting, the time left, what is still to verify, the questions
//! and looks of the catalogue grouped as a reviewer works, and the notebook of what was said or
//! seen.

use bevy_egui::egui::{self, RichText};
use rasoat_core::field::visit::{ActionKind, Refusal, Visit};
use rasoat_core::words::visit as words;
use rasoat_ui::{strong, verdict_color};

use super::common::{PanelArgs, minutes_line};
use crate::actions::Action;

/// The visit panel: a question or look clicked is an `Action::Take`.
pub fn visit_panel(ui: &mut egui::Ui, a: &PanelArgs, out: &mut Vec<Action>) {
    let t = a.t;
    let Some(i) = a.visits.current else { return };
    let h = &a.village.homes[i].household;
    ui.heading(t.get_args("village-visit-title", &[("name", words::speaker(h).into())]));
    ui.label(RichText::new(words::greeting(t, h)).italics());
    if let Some(line) = minutes_line(a) {
        ui.label(strong(line));
    }
    if let Some(n) = a.visits.to_verify(a.village) {
        ui.label(t.get_args("village-to-verify", &[("count", n.into())]));
    }
    if let Some(r) = a.visits.refusal {
        ui.colored_label(
            verdict_color(false),
            t.get(match r {
                Refusal::OutOfTime => "village-refused-time",
                Refusal::AlreadyTaken => "village-refused-taken",
                Refusal::Unknown => "village-refused-unknown",
            }),
        );
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(strong(t.get("village-open-form"))).clicked() {
            out.push(Action::OpenForm);
        }
        if ui.button(t.get("village-leave")).clicked() {
            out.push(Action::Leave);
        }
    });
    ui.separator();
    let Some(v) = a.visits.visit(a.village) else {
        return;
    };
    catalogue(ui, a, &v, out);
    ui.separator();
    notebook(ui, a);
}

/// The catalogue, grouped as a reviewer works: a button a question or look, off once taken or
/// when it needs more time than is left.
fn catalogue(ui: &mut egui::Ui, a: &PanelArgs, v: &Visit, out: &mut Vec<Action>) {
    let (t, catalogue) = (a.t, &a.village.catalogue);
    let left = v.minutes_left();
    let taken = v.taken();
    for g in &catalogue.groups {
        egui::CollapsingHeader::new(strong(words::group_label(t, &g.id)))
            .id_salt(("group", &g.id))
            .default_open(true)
            .show(ui, |ui| {
                for action in catalogue.actions_in(&g.id) {
                    let done = taken.contains(&action.id);
                    let kind = t.get(match action.kind {
                        ActionKind::Ask => "village-kind-ask",
                        ActionKind::Look => "village-kind-look",
                    });
                    let label = t.get_args(
                        "village-action",
                        &[
                            ("action", words::action_label(t, &action.id).into()),
                            ("minutes", action.minutes.into()),
                            ("kind", kind.into()),
                        ],
                    );
                    let enabled = !done && action.minutes <= left;
                    let b = ui.add_enabled(enabled, egui::Button::new(label).wrap());
                    if b.clicked() {
                        out.push(Action::Take(action.id.clone()));
                    }
                }
            });
    }
}

/// The notebook: every question and look so far, with what was said or seen.
fn notebook(ui: &mut egui::Ui, a: &PanelArgs) {
    let t = a.t;
    let Some(i) = a.visits.current else { return };
    let home = &a.village.homes[i];
    let catalogue = &a.village.catalogue;
    ui.heading(t.get("village-notebook"));
    let Some(r) = a.visits.record_of(a.village, i) else {
        return;
    };
    if r.actions.is_empty() {
        ui.label(t.get("village-notebook-empty"));
        return;
    }
    let mut v = Visit::new(&home.household, &home.hidden, catalogue, r.mode);
    for id in &r.actions {
        let Ok(taken) = v.take(id) else { continue };
        let Some(action) = catalogue.action(id) else {
            continue;
        };
        ui.group(|ui| {
            ui.set_width(ui.available_width());
            ui.label(strong(words::action_label(t, id)));
            for line in words::answer(t, &home.household, catalogue, home.region, action, &taken.shown) {
                ui.label(line);
            }
        });
    }
}
