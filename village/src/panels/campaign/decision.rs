//! The end of the procedure: recognition (who decides, the lists of each household, written
//! refusals), then the score, the final lists against the engine's, the certificates, the
//! status changes and the debrief of every decision.

use std::collections::{BTreeMap, BTreeSet};

use bevy_egui::egui::{self, RichText};
use rasoat_core::field::procedure::{Action as Decision, Campaign, Change, Kind, ListName};
use rasoat_core::rules::standard::Role;
use rasoat_core::words::explain;
use rasoat_core::words::procedure as pw;
use rasoat_ui::{strong, verdict_color};

use super::common::{debrief, list_names, role_label, toggle};
use crate::actions::Action;
use crate::model::Draft;
use crate::panels::common::PanelArgs;

/// Recognition: the decider, each household's lists and the written refusals (drafts), "decide".
pub fn recognition_stage(
    ui: &mut egui::Ui,
    a: &PanelArgs,
    d: &mut Draft,
    c: &Campaign,
    out: &mut Vec<Action>,
) {
    let t = a.t;
    ui.label(t.get("camp-recognition-intro"));
    ui.label(strong(t.get("camp-decider")));
    for r in Role::CHAIRS {
        ui.radio_value(&mut d.decider, Some(r), role_label(t, r));
    }
    for id in &c.reviewed {
        let Some(e) = c.entrant(id) else { continue };
        ui.separator();
        ui.label(strong(
            t.get_args(
                "camp-household-lists",
                &[
                    ("name", a.village.home_name(id).into()),
                    ("status", pw::status(t, e.previous).into()),
                    (
                        "class",
                        c.agreed_class(id)
                            .map_or_else(|| t.get("proc-not-agreed"), |x| explain::class_name(t, x))
                            .into(),
                    ),
                ],
            ),
        ));
        for l in list_names(c.setup.kind) {
            let set = d.lists.entry(id.clone()).or_default();
            toggle(ui, set, &l, pw::list_name(t, l));
        }
    }
    if c.setup.kind != Kind::Periodic {
        ui.separator();
        ui.checkbox(&mut d.written, t.get("camp-written"));
    }
    if ui
        .add_enabled(
            d.decider.is_some(),
            egui::Button::new(strong(t.get("camp-decide"))),
        )
        .clicked()
        && let Some(by) = d.decider
    {
        let lists = c
            .reviewed
            .iter()
            .map(|id| {
                (
                    id.clone(),
                    d.lists
                        .get(id)
                        .map(|l| l.iter().copied().collect())
                        .unwrap_or_default(),
                )
            })
            .collect();
        out.push(Action::Decide(Decision::Decide {
            by,
            lists,
            written_refusals: d.written,
        }));
    }
}

/// The end: the score, the lists, the certificates, the changes, the debrief, "a new review".
pub fn done_stage(ui: &mut egui::Ui, a: &PanelArgs, c: &Campaign, out: &mut Vec<Action>) {
    let t = a.t;
    let (right, judged) = c.score();
    ui.label(strong(t.get_args(
        "camp-score",
        &[("right", right.into()), ("judged", judged.into())],
    )));
    let decided: BTreeMap<String, BTreeSet<ListName>> = c
        .decision
        .as_ref()
        .map(|d| {
            d.lists
                .iter()
                .map(|(id, x)| (id.clone(), x.iter().copied().collect()))
                .collect()
        })
        .unwrap_or_default();
    final_lists(ui, a, c, &decided);
    if let Some(r) = a
        .village
        .standard
        .procedure
        .as_ref()
        .and_then(|p| p.recognition.as_ref())
    {
        let certified: Vec<String> = decided
            .iter()
            .filter(|(_, x)| x.contains(&ListName::Poor) || x.contains(&ListName::NearPoor))
            .map(|(id, _)| a.village.home_name(id))
            .collect();
        if c.setup.kind != Kind::AverageFarming && !certified.is_empty() {
            ui.label(t.get_args(
                "camp-certificate",
                &[
                    ("certificate", r.certificate.clone().into()),
                    ("names", certified.join(", ").into()),
                ],
            ));
        }
    }
    if c.setup.kind != Kind::AverageFarming {
        changes(ui, a, c);
    }
    ui.separator();
    ui.label(strong(t.get("camp-debrief")));
    debrief(ui, a, c, false);
    ui.separator();
    if ui.button(t.get("camp-new")).clicked() {
        out.push(Action::StartCampaign {
            kind: c.setup.kind,
            seed: a.now,
        });
    }
}

/// Each list as decided, green where it is the engine's, and the engine's where it is not.
fn final_lists(
    ui: &mut egui::Ui,
    a: &PanelArgs,
    c: &Campaign,
    decided: &BTreeMap<String, BTreeSet<ListName>>,
) {
    let t = a.t;
    ui.label(strong(t.get("camp-final-lists")));
    let truth: BTreeMap<String, BTreeSet<ListName>> = c.lists_from_truth().into_iter().collect();
    for l in list_names(c.setup.kind) {
        let mine: Vec<String> = decided
            .iter()
            .filter(|(_, x)| x.contains(&l))
            .map(|(id, _)| a.village.home_name(id))
            .collect();
        let right: Vec<String> = truth
            .iter()
            .filter(|(_, x)| x.contains(&l))
            .map(|(id, _)| a.village.home_name(id))
            .collect();
        let same = mine == right;
        ui.colored_label(
            verdict_color(same),
            t.get_args(
                "camp-list-heading",
                &[
                    ("list", pw::list_name(t, l).into()),
                    ("count", mine.len().into()),
                    ("names", dash_if_empty(&mine).into()),
                ],
            ),
        );
        if !same {
            ui.label(RichText::new(t.get_args(
                "camp-list-engine",
                &[
                    ("count", right.len().into()),
                    ("names", dash_if_empty(&right).into()),
                ],
            )));
        }
    }
}

/// The change of each household's status.
fn changes(ui: &mut egui::Ui, a: &PanelArgs, c: &Campaign) {
    let t = a.t;
    ui.label(strong(t.get("camp-changes")));
    for id in &c.reviewed {
        let (Some(e), Some(class)) = (c.entrant(id), c.agreed_class(id)) else {
            continue;
        };
        let change = Change::of(e.previous, class);
        ui.label(t.get_args(
            "camp-change",
            &[
                ("name", a.village.home_name(id).into()),
                ("from", pw::status(t, e.previous).into()),
                (
                    "change",
                    t.get(&format!("proc-change-{}", change.as_str())).into(),
                ),
            ],
        ));
    }
}

fn dash_if_empty(names: &[String]) -> String {
    if names.is_empty() {
        "—".to_string()
    } else {
        names.join(", ")
    }
}
