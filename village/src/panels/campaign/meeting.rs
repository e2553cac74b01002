//! The village meeting: prepare it (chair, invited), present each proposal, conclude each vote
//! (the basis and the conclusion), then the minutes (copies, signers).

use bevy_egui::egui;
use rasoat_core::field::procedure::{Action as Decision, Campaign, Meeting, Vote};
use rasoat_core::rules::standard::{Over, Role};
use rasoat_core::words::explain;
use rasoat_core::words::procedure as pw;
use rasoat_ui::strong;

use super::common::{proposals, role_label, toggle};
use crate::actions::Action;
use crate::model::Draft;
use crate::panels::common::PanelArgs;

/// The meeting stage: what is asked depends on how far the meeting has gone.
pub fn meeting_stage(ui: &mut egui::Ui, a: &PanelArgs, d: &mut Draft, c: &Campaign, out: &mut Vec<Action>) {
    let t = a.t;
    let Some(m) = c.open_meeting() else {
        prepare(ui, a, d, c, out);
        return;
    };
    ui.label(strong(t.get_args(
        "camp-meeting-held",
        &[
            ("day", pw::day(t, m.day).into()),
            ("attendees", m.attendees.into()),
            ("households", m.households.into()),
        ],
    )));
    concluded(ui, a, m);
    if let Some(v) = m.votes.iter().find(|v| v.accepted.is_none()) {
        vote(ui, a, d, v, out);
        return;
    }
    let next = c.to_present();
    if let Some(id) = next.first() {
        let class = c
            .proposal(id)
            .map(|x| explain::class_name(t, x))
            .unwrap_or_default();
        if ui
            .button(strong(t.get_args(
                "camp-present",
                &[("name", a.village.home_name(id).into()), ("class", class.into())],
            )))
            .clicked()
        {
            out.push(Action::Decide(Decision::Present { id: id.clone() }));
        }
        return;
    }
    minutes(ui, a, d, out);
}

/// Before the meeting: the proposals, the chair, who is invited, "open the meeting".
fn prepare(ui: &mut egui::Ui, a: &PanelArgs, d: &mut Draft, c: &Campaign, out: &mut Vec<Action>) {
    let t = a.t;
    ui.label(t.get("camp-meeting-intro"));
    proposals(ui, a, c);
    ui.label(strong(t.get("camp-chair")));
    for r in Role::CHAIRS {
        ui.radio_value(&mut d.chair, Some(r), role_label(t, r));
    }
    ui.label(strong(t.get("camp-invite")));
    for r in Role::MEETING {
        toggle(ui, &mut d.invited, &r, role_label(t, r));
    }
    if ui
        .add_enabled(
            d.chair.is_some(),
            egui::Button::new(strong(t.get("camp-meeting-open"))),
        )
        .clicked()
        && let Some(chair) = d.chair
    {
        let invited = Role::MEETING
            .into_iter()
            .filter(|r| d.invited.contains(r))
            .collect();
        out.push(Action::Decide(Decision::Prepare { chair, invited }));
    }
}

/// The votes concluded so far.
fn concluded(ui: &mut egui::Ui, a: &PanelArgs, m: &Meeting) {
    let t = a.t;
    for v in m.votes.iter().filter(|v| v.accepted.is_some()) {
        ui.label(t.get_args(
            "camp-concluded",
            &[
                ("name", a.village.home_name(&v.id).into()),
                ("class", explain::class_name(t, v.class).into()),
                (
                    "accepted",
                    if v.accepted == Some(true) { "yes" } else { "no" }.into(),
                ),
            ],
        ));
    }
}

/// The vote on a proposal: the tally, the basis and the conclusion (drafts), "conclude".
fn vote(ui: &mut egui::Ui, a: &PanelArgs, d: &mut Draft, v: &Vote, out: &mut Vec<Action>) {
    let t = a.t;
    ui.separator();
    ui.label(strong(t.get_args(
        "camp-vote",
        &[
            ("name", a.village.home_name(&v.id).into()),
            ("class", explain::class_name(t, v.class).into()),
            ("agree", v.tally.agree.into()),
            ("attendees", v.tally.attendees.into()),
            ("agree_households", v.tally.agree_households.into()),
            ("households", v.tally.households.into()),
        ],
    )));
    ui.label(t.get("camp-basis"));
    for o in [Over::Attendees, Over::Households] {
        ui.radio_value(&mut d.over, Some(o), pw::over(t, o));
    }
    ui.label(t.get("camp-conclusion"));
    ui.radio_value(&mut d.accept, Some(true), t.get("camp-conclude-yes"));
    ui.radio_value(&mut d.accept, Some(false), t.get("camp-conclude-no"));
    let ready = d.over.is_some() && d.accept.is_some();
    if ui
        .add_enabled(ready, egui::Button::new(strong(t.get("camp-conclude"))))
        .clicked()
        && let (Some(over), Some(accepted)) = (d.over, d.accept)
    {
        // The basis and the conclusion are cleared once the decision is recorded.
        out.push(Action::Decide(Decision::Conclude {
            id: v.id.clone(),
            over,
            accepted,
        }));
    }
}

/// The minutes: how many copies, who signs, "done".
fn minutes(ui: &mut egui::Ui, a: &PanelArgs, d: &mut Draft, out: &mut Vec<Action>) {
    let t = a.t;
    ui.separator();
    ui.label(strong(t.get("camp-minutes")));
    ui.label(t.get("camp-copies"));
    ui.horizontal(|ui| {
        for n in 1..=3 {
            ui.radio_value(&mut d.copies, Some(n), n.to_string());
        }
    });
    ui.label(t.get("camp-signers"));
    for r in Role::SIGNERS {
        toggle(ui, &mut d.signers, &r, role_label(t, r));
    }
    if ui
        .add_enabled(
            d.copies.is_some(),
            egui::Button::new(strong(t.get("camp-minutes-done"))),
        )
        .clicked()
        && let Some(copies) = d.copies
    {
        let signers = Role::SIGNERS
            .into_iter()
            .filter(|r| d.signers.contains(r))
            .collect();
        out.push(Action::Decide(Decision::Minutes { copies, signers }));
    }
}
