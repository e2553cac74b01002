//! Posting the results (where, how many days), the complaints that come in and their
//! re-checks, "end the posting"; then the report (whom to consult).

use bevy_egui::egui;
use rasoat_core::field::procedure::{Action as Decision, Campaign, ComplaintKind};
use rasoat_core::rules::standard::{Place, Role};
use rasoat_core::words::explain;
use rasoat_core::words::procedure as pw;
use rasoat_ui::strong;

use super::common::{go_visit, role_label, toggle};
use crate::actions::Action;
use crate::model::Draft;
use crate::panels::common::PanelArgs;

/// The posting stage: where and how long (drafts), then the complaints.
pub fn posting_stage(ui: &mut egui::Ui, a: &PanelArgs, d: &mut Draft, c: &Campaign, out: &mut Vec<Action>) {
    let t = a.t;
    let Some((from, places, days)) = &c.posting else {
        ui.label(t.get("camp-posting-intro"));
        ui.label(strong(t.get("camp-places")));
        for p in Place::ALL {
            toggle(ui, &mut d.places, &p, pw::place(t, p));
        }
        ui.label(strong(t.get("camp-days")));
        ui.horizontal(|ui| {
            for n in 1..=7 {
                ui.radio_value(&mut d.days, Some(n), n.to_string());
            }
        });
        let ready = !d.places.is_empty() && d.days.is_some();
        if ui
            .add_enabled(ready, egui::Button::new(strong(t.get("camp-post"))))
            .clicked()
            && let Some(days) = d.days
        {
            let places = Place::ALL.into_iter().filter(|p| d.places.contains(p)).collect();
            out.push(Action::Decide(Decision::Post { places, days }));
        }
        return;
    };
    let where_ = places
        .iter()
        .map(|p| pw::place(t, *p))
        .collect::<Vec<_>>()
        .join(", ");
    ui.label(t.get_args(
        "camp-posted",
        &[
            ("day", pw::day(t, *from).into()),
            ("days", (*days).into()),
            ("places", where_.into()),
        ],
    ));
    complaints(ui, a, c, out);
    if ui.button(strong(t.get("camp-end-posting"))).clicked() {
        out.push(Action::Decide(Decision::EndPosting));
    }
}

/// The complaints by day, each re-checked or with a button to re-check it (a visit).
fn complaints(ui: &mut egui::Ui, a: &PanelArgs, c: &Campaign, out: &mut Vec<Action>) {
    let t = a.t;
    ui.label(strong(t.get("camp-complaints")));
    if c.complaints.is_empty() {
        ui.label(t.get("camp-no-complaints"));
    }
    let mut complaints = c.complaints.clone();
    complaints.sort_by_key(|k| k.day);
    for k in &complaints {
        let name = a.village.home_name(&k.id);
        let kind = match k.kind {
            ComplaintKind::NeighbourIncome => "proc-complaint-neighbour_income",
            ComplaintKind::HouseholdDisputes => "proc-complaint-household_disputes",
        };
        ui.label(t.get_args(
            "camp-complaint",
            &[
                ("day", pw::day(t, k.day).into()),
                ("text", t.get_args(kind, &[("name", name.clone().into())]).into()),
            ],
        ));
        match k.recheck {
            Some((class, _)) => {
                ui.label(t.get_args(
                    "camp-rechecked",
                    &[
                        ("name", name.into()),
                        ("class", explain::class_name(t, class).into()),
                    ],
                ));
            }
            None => {
                if ui
                    .button(strong(t.get_args("camp-recheck", &[("name", name.into())])))
                    .clicked()
                {
                    go_visit(a, &k.id, out);
                }
            }
        }
    }
}

/// The report: whom to consult (a draft), "report".
pub fn report_stage(ui: &mut egui::Ui, a: &PanelArgs, d: &mut Draft, out: &mut Vec<Action>) {
    let t = a.t;
    ui.label(t.get("camp-report-intro"));
    ui.label(strong(t.get("camp-consult")));
    for r in [Role::DistrictChairman, Role::CommuneChairman] {
        ui.radio_value(&mut d.consulted, Some(Some(r)), role_label(t, r));
    }
    ui.radio_value(&mut d.consulted, Some(None), t.get("camp-consult-nobody"));
    if ui
        .add_enabled(
            d.consulted.is_some(),
            egui::Button::new(strong(t.get("camp-report"))),
        )
        .clicked()
        && let Some(consulted) = d.consulted
    {
        out.push(Action::Decide(Decision::Report { consulted }));
    }
}
