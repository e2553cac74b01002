//! The first stages: the review list (households ticked) and the survey (a visit a household;
//! the forms handed in become proposals).

use bevy_egui::egui::{self, RichText};
use rasoat_core::field::procedure::{Action as Decision, Campaign};
use rasoat_core::rules::standard::Step;
use rasoat_ui::strong;

use super::common::{go_visit, household_line, proposals, steps_of, toggle};
use crate::actions::Action;
use crate::model::Draft;
use crate::panels::common::PanelArgs;

/// The list: a check box a household (a draft), "done" decides the list.
pub fn list_stage(ui: &mut egui::Ui, a: &PanelArgs, d: &mut Draft, c: &Campaign, out: &mut Vec<Action>) {
    let t = a.t;
    ui.label(t.get("camp-list-intro"));
    if let Some(r) = a
        .village
        .standard
        .procedure
        .as_ref()
        .and_then(|p| p.list.as_ref())
        && r.screening
    {
        ui.label(RichText::new(t.get("camp-phieu-a")).small());
    }
    let mut listed = d.listed.clone().unwrap_or_default();
    for e in &c.setup.households {
        toggle(ui, &mut listed, &e.id, household_line(a, c, &e.id));
    }
    d.listed = Some(listed.clone());
    if ui.button(strong(t.get("camp-list-done"))).clicked() {
        let ids = c
            .setup
            .households
            .iter()
            .filter(|e| listed.contains(&e.id))
            .map(|e| e.id.clone())
            .collect();
        out.push(Action::Decide(Decision::List { ids }));
    }
}

/// The survey: the households left, each with a button to visit it, and the proposals so far.
pub fn survey_stage(ui: &mut egui::Ui, a: &PanelArgs, c: &Campaign, out: &mut Vec<Action>) {
    let t = a.t;
    // Without a village meeting (the farming review; 2016–2020's in-year review) the form's class
    // goes straight to posting.
    ui.label(t.get(if steps_of(a, c).contains(&Step::Meeting) {
        "camp-survey-intro"
    } else {
        "camp-survey-intro-no-meeting"
    }));
    let left = c.to_survey();
    ui.label(strong(
        t.get_args("camp-survey-left", &[("count", left.len().into())]),
    ));
    for id in &left {
        ui.label(RichText::new(household_line(a, c, id)).small());
        if ui
            .button(t.get_args("camp-visit", &[("name", a.village.home_name(id).into())]))
            .clicked()
        {
            go_visit(a, id, out);
        }
    }
    proposals(ui, a, c);
}
