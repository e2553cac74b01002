//! The village's panels (bevy_egui, egui 0.36): the top bar, the list of houses, the visit with
//! its questions, looks and notebook, the survey form, the verdict with the evidence, the rubric
//! and the review procedure. Every string comes from Fluent (`village.ftl`, `visit.ftl`,
//! `campaign.ftl`, `procedure.ftl` and the shared files).
//!
//! Each panel is a plain function of the `egui::Ui` and the model seen through [`PanelArgs`]
//! (shared references): it changes only the drafts (text being typed, ticks not yet handed in)
//! and pushes what the trainee asked for as [`Action`]s, which one bevy system applies.

pub mod campaign;
pub mod common;
pub mod form;
pub mod houses;
pub mod rubric;
pub mod verdict;
pub mod visit;

use bevy_egui::egui::{self, RichText};
use rasoat_core::field::visit::VisitMode;
use rasoat_core::words::explain;
use rasoat_core::words::visit as words;
use rasoat_ui::{strong, verdict_color};

use crate::actions::Action;
use crate::camera::Margins;
use crate::model::{Drafts, Saved, Screen};
pub use common::PanelArgs;

/// Draws every panel for this frame: the sizes they take, and what the trainee asked for (the
/// clicks, then the keys).
pub fn panels(ctx: &egui::Context, a: &PanelArgs, d: &mut Drafts) -> (Margins, Vec<Action>) {
    let mut out = vec![];
    let mut root = egui::Ui::new(
        ctx.clone(),
        "village-root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    let mut m = Margins {
        top: egui::Panel::top("village-top")
            .show(&mut root, |ui| top_bar(ui, a, &mut out))
            .response
            .rect
            .height(),
        ..Margins::default()
    };
    m.bottom = egui::Panel::bottom("village-keys")
        .show(&mut root, |ui| status_bar(ui, a))
        .response
        .rect
        .height();
    m.left = egui::Panel::left("village-houses")
        .resizable(false)
        .exact_size(300.0)
        .show(&mut root, |ui| houses::houses(ui, a, &mut out))
        .response
        .rect
        .width();
    if a.screen != Screen::Map {
        m.right = egui::Panel::right("village-visit")
            .resizable(false)
            .exact_size(560.0)
            .show(&mut root, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt(("village-right", a.screen as u8, a.visits.current))
                    .auto_shrink([false, false])
                    .show(ui, |ui| right(ui, a, d, &mut out));
            })
            .response
            .rect
            .width();
    }
    out.extend(keys(ctx, a));
    (m, out)
}

/// The right-hand side: the panel of the screen shown.
pub fn right(ui: &mut egui::Ui, a: &PanelArgs, d: &mut Drafts, out: &mut Vec<Action>) {
    match a.screen {
        Screen::Visit => visit::visit_panel(ui, a, out),
        Screen::Form => form::form_panel(ui, a, &mut d.form, out),
        Screen::Verdict => verdict::verdict_panel(ui, a, out),
        Screen::Rubric => rubric::rubric_panel(ui, a, out),
        Screen::Campaign => campaign::panel(ui, a, &mut d.campaign, out),
        Screen::Map => {}
    }
}

/// The village's name, place, standard and mode; fit, the review procedure, the rubric, the
/// language and quit.
pub fn top_bar(ui: &mut egui::Ui, a: &PanelArgs, out: &mut Vec<Action>) {
    let (t, v) = (a.t, a.village);
    ui.horizontal_wrapped(|ui| {
        ui.heading(words::village_title(t, &v.file));
        let place = v.file.village.place.get(t.lang().is_english());
        if !place.trim().is_empty() {
            ui.label(place);
        }
        ui.label(t.get_args(
            "village-standard",
            &[("standard", explain::standard_name(t, &v.standard).into())],
        ));
        ui.label(strong(t.get(match v.mode {
            VisitMode::Practice => "village-mode-practice",
            VisitMode::Exam => "village-mode-exam",
        })));
    });
    ui.horizontal_wrapped(|ui| {
        if ui.button(t.get("village-fit")).clicked() {
            out.push(Action::Fit);
        }
        if ui.button(strong(t.get("camp-open"))).clicked() {
            out.push(Action::Show(Screen::Campaign));
        }
        if ui.button(t.get("village-rubric")).clicked() {
            out.push(Action::Show(Screen::Rubric));
        }
        if ui.button(t.get("village-language")).clicked() {
            out.push(Action::SwitchLanguage);
        }
        if ui.button(t.get("village-quit")).clicked() {
            out.push(Action::Quit);
        }
    });
}

/// The keys of the screen shown, and how saving went when it did not.
fn status_bar(ui: &mut egui::Ui, a: &PanelArgs) {
    let t = a.t;
    ui.label(
        RichText::new(t.get(match a.screen {
            Screen::Map => "village-keys-map",
            Screen::Campaign => "village-keys-campaign",
            _ => "village-keys-visit",
        }))
        .small(),
    );
    match a.saved {
        Saved::Failed(e) => {
            ui.colored_label(
                verdict_color(false),
                t.get_args("village-save-failed", &[("reason", e.clone().into())]),
            );
        }
        Saved::NotRecorded => {
            ui.colored_label(verdict_color(false), t.get("village-not-recorded"));
        }
        Saved::Saved | Saved::Nothing => {}
    }
}

/// Keys on the map and in a house, when no text field has the keyboard: arrows or N and P
/// choose, Enter goes in, Escape goes back.
pub fn keys(ctx: &egui::Context, a: &PanelArgs) -> Vec<Action> {
    if ctx.egui_wants_keyboard_input() {
        return vec![];
    }
    let pressed = |k| ctx.input(|i| i.key_pressed(k));
    let mut out = vec![];
    match a.screen {
        Screen::Map => {
            if pressed(egui::Key::ArrowRight) || pressed(egui::Key::N) {
                out.extend([Action::Step { forward: true }, Action::Follow]);
            }
            if pressed(egui::Key::ArrowLeft) || pressed(egui::Key::P) {
                out.extend([Action::Step { forward: false }, Action::Follow]);
            }
            if pressed(egui::Key::Enter) {
                out.extend([Action::Enter, Action::Follow]);
            }
        }
        Screen::Campaign => {
            if pressed(egui::Key::Escape) {
                out.push(Action::Show(Screen::Map));
            }
        }
        Screen::Visit | Screen::Form | Screen::Verdict | Screen::Rubric => {
            if pressed(egui::Key::Escape) {
                let back_to_visit =
                    a.screen == Screen::Form || (a.screen == Screen::Rubric && a.visits.current.is_some());
                out.push(if back_to_visit {
                    Action::Show(Screen::Visit)
                } else {
                    Action::Leave
                });
            }
        }
    }
    out
}
