//! The chooser: the kinds of review this village can run now (with why the others cannot), and
//! "start".

use bevy_egui::egui::{self, RichText};
use rasoat_core::field::procedure::Kind;
use rasoat_core::words::explain;
use rasoat_core::words::procedure as pw;
use rasoat_ui::{strong, verdict_color};

use crate::actions::Action;
use crate::model::Draft;
use crate::panels::common::PanelArgs;

/// Where the standard borrows its procedure from another period's, said in red.
pub fn borrowed(ui: &mut egui::Ui, a: &PanelArgs) {
    if let Some(from) = a
        .village
        .standard
        .procedure
        .as_ref()
        .and_then(|p| p.borrowed_from.clone())
    {
        ui.colored_label(
            verdict_color(false),
            a.t.get_args("proc-borrowed", &[("from", from.replace('-', "–").into())]),
        );
    }
}

/// The chooser: the radio of a kind changes the draft; "start" is `Action::StartCampaign` with
/// the seed fixed when the chooser first showed.
pub fn chooser(ui: &mut egui::Ui, a: &PanelArgs, d: &mut Draft, out: &mut Vec<Action>) {
    let (t, v) = (a.t, a.village);
    ui.heading(t.get("camp-heading"));
    ui.label(t.get("camp-intro"));
    borrowed(ui, a);
    ui.label(strong(t.get("camp-choose")));
    let seed = *d.seed.get_or_insert(a.now);
    // A standard's first year: only its periodic review is in force (said with its source).
    let year = v.file.village.review_year;
    let first_year = v.standard.periodic_only_in(year).cloned();
    for kind in Kind::ALL {
        let available =
            rasoat_core::field::village::campaign_setup(&v.file, &v.homes, &v.standard, kind, seed).is_some();
        ui.add_enabled_ui(available, |ui| {
            ui.radio_value(&mut d.kind, Some(kind), pw::kind_name(t, kind, &v.standard));
        });
        // Kinds closed by the first year are explained once, below the list.
        if !available && !rasoat_core::field::procedure::has_rules(&v.standard, kind) {
            ui.label(RichText::new(t.get("camp-no-rules")).small());
        } else if !available && (first_year.is_none() || kind == Kind::Periodic) {
            ui.label(RichText::new(t.get("camp-unavailable")).small());
        }
    }
    if let Some(p) = &first_year {
        let why = t.get_args(
            "camp-first-year",
            &[
                ("year", year.to_string().into()),
                ("next", (year + 1).to_string().into()),
            ],
        );
        ui.label(RichText::new(explain::with_source(t, why, p)).small());
    }
    let chosen = d.kind;
    if ui
        .add_enabled(chosen.is_some(), egui::Button::new(strong(t.get("camp-start"))))
        .clicked()
        && let Some(kind) = chosen
    {
        out.push(Action::StartCampaign { kind, seed });
    }
    if a.campaigns.campaign(v).is_some() && ui.button(t.get("camp-back-to-current")).clicked() {
        d.choosing = false;
    }
}
