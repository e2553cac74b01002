//! What the stages of the campaign panel share: check boxes over a set, household names and
//! lines, the steps of a kind of review, role labels, the proposals, the debrief of judged
//! decisions, and going to visit a household from the procedure.

use std::collections::BTreeSet;

use bevy_egui::egui;
use rasoat_core::field::procedure::{Campaign, Kind, ListName, Outcome, Refused, Stage};
use rasoat_core::rules::standard::{Role, Step};
use rasoat_core::words::explain;
use rasoat_core::words::i18n::Texts;
use rasoat_core::words::procedure as pw;
use rasoat_ui::verdict_color;

use crate::actions::Action;
use crate::panels::common::PanelArgs;

/// A check box that puts `item` in `set` or takes it out.
pub fn toggle<T: Ord + Clone>(ui: &mut egui::Ui, set: &mut BTreeSet<T>, item: &T, label: String) {
    let mut on = set.contains(item);
    if ui.checkbox(&mut on, label).changed() {
        if on {
            set.insert(item.clone());
        } else {
            set.remove(item);
        }
    }
}

/// Why the procedure refused the last decision.
pub fn refused_text(a: &PanelArgs, r: &Refused) -> String {
    let t = a.t;
    match r {
        Refused::NotSurveyed(ids) => {
            t.get_args("camp-refused-not-surveyed", &[("names", names(a, ids).into())])
        }
        Refused::Unconcluded => t.get("camp-refused-unconcluded"),
        Refused::OutOfRange => t.get("camp-refused-out-of-range"),
        Refused::NoRule(step) => t.get_args("camp-refused-no-rule", &[("step", pw::step(t, *step).into())]),
        Refused::WrongStage { .. } | Refused::NotHere(_) => t.get("camp-refused-other"),
    }
}

fn names(a: &PanelArgs, ids: &[String]) -> String {
    ids.iter()
        .map(|i| a.village.home_name(i))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The steps this kind of review runs through.
pub fn steps_of(a: &PanelArgs, c: &Campaign) -> Vec<Step> {
    let procedure = a.village.standard.procedure.as_ref();
    let all: Vec<Step> = procedure
        .map(|p| p.steps.iter().map(|x| x.step).collect())
        .unwrap_or_default();
    all.into_iter()
        .filter(|st| match c.setup.kind {
            Kind::Periodic => true,
            Kind::Regular => {
                let meeting = procedure
                    .and_then(|p| p.regular.as_ref())
                    .is_none_or(|r| r.meeting);
                !matches!(st, Step::List | Step::Report) && (meeting || *st != Step::Meeting)
            }
            Kind::AverageFarming => matches!(st, Step::Survey | Step::Posting | Step::Recognition),
        })
        .collect()
}

/// The step of the procedure a stage is.
pub fn stage_step(stage: Stage) -> Option<Step> {
    Some(match stage {
        Stage::List => Step::List,
        Stage::Survey => Step::Survey,
        Stage::Meeting => Step::Meeting,
        Stage::Posting => Step::Posting,
        Stage::Report => Step::Report,
        Stage::Recognition => Step::Recognition,
        Stage::Done => return None,
    })
}

/// A household with its status and its request.
pub fn household_line(a: &PanelArgs, c: &Campaign, id: &str) -> String {
    let t = a.t;
    let Some(e) = c.entrant(id) else {
        return id.to_string();
    };
    let request = e
        .request
        .map(|r| t.get(&format!("proc-request-{}", r.as_str())))
        .unwrap_or_else(|| t.get("camp-no-request"));
    t.get_args(
        "camp-household",
        &[
            ("name", a.village.home_name(id).into()),
            ("status", pw::status(t, e.previous).into()),
            ("request", request.into()),
        ],
    )
}

/// Every household proposed for a class.
pub fn proposals(ui: &mut egui::Ui, a: &PanelArgs, c: &Campaign) {
    let t = a.t;
    for (id, class) in &c.proposals {
        ui.label(t.get_args(
            "camp-proposed",
            &[
                ("name", a.village.home_name(id).into()),
                ("class", explain::class_name(t, *class).into()),
            ],
        ));
    }
}

/// A role's name with a capital letter.
pub fn role_label(t: &Texts, r: Role) -> String {
    let name = pw::role(t, r);
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => name,
    }
}

/// The lists a kind of review decides.
pub fn list_names(kind: Kind) -> Vec<ListName> {
    match kind {
        Kind::AverageFarming => vec![ListName::AverageLivingStandard],
        _ => ListName::PERIODIC.to_vec(),
    }
}

/// Goes to survey (or re-check) a household: its visit, a new one when the last is handed in.
pub fn go_visit(a: &PanelArgs, id: &str, out: &mut Vec<Action>) {
    let Some(i) = a.village.home_index(id) else {
        return;
    };
    let submitted = a.visits.record_of(a.village, i).is_some_and(|r| r.submitted());
    out.push(Action::Select(i));
    out.push(if submitted {
        Action::VisitAgain
    } else {
        Action::Enter
    });
}

/// Every judged decision, wrong ones in red. `recent` shows only the last few (practice feedback).
pub fn debrief(ui: &mut egui::Ui, a: &PanelArgs, c: &Campaign, recent: bool) {
    let name = |id: &str| a.village.home_name(id);
    // Practice feedback: the newest first, a few. The final debrief: wrong decisions first.
    let shown: Vec<_> = if recent {
        c.judged.iter().rev().take(6).collect()
    } else {
        let order = |o: Outcome| match o {
            Outcome::Wrong => 0,
            Outcome::NotJudged => 1,
            Outcome::Right => 2,
        };
        let mut all: Vec<_> = c.judged.iter().collect();
        all.sort_by_key(|j| order(j.outcome));
        all
    };
    for j in shown {
        let line = pw::judged_line(a.t, j, &name);
        match j.outcome {
            Outcome::Wrong => {
                ui.colored_label(verdict_color(false), line);
            }
            Outcome::Right => {
                ui.colored_label(verdict_color(true), line);
            }
            Outcome::NotJudged => {
                ui.label(line);
            }
        }
    }
}
