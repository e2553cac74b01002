//! The verdict of a visit: the score and its breakdown, "leave" and "visit again", the debrief
//! (class, income, every indicator with its fact, rule and provenance) and the evidence.

use bevy_egui::egui;
use rasoat_core::field::visit::Verdict;
use rasoat_core::rules::assess::{Assessment, assess};
use rasoat_core::rules::household::Household;
use rasoat_core::words::explain;
use rasoat_core::words::i18n::Texts;
use rasoat_core::words::visit as words;
use rasoat_ui::{strong, verdict_color};

use super::common::PanelArgs;
use crate::actions::Action;

/// The verdict panel of the current visit, once its form is handed in.
pub fn verdict_panel(ui: &mut egui::Ui, a: &PanelArgs, out: &mut Vec<Action>) {
    let t = a.t;
    let Some(i) = a.visits.current else { return };
    let Some(v) = a.visits.verdict(a.village) else {
        return;
    };
    let h = &a.village.homes[i].household;
    let assessed = assess(h, &a.village.standard);
    ui.heading(t.get_args(
        "village-verdict-score",
        &[("points", v.points.into()), ("max", v.grade.max.into())],
    ));
    ui.label(t.get_args(
        "village-verdict-breakdown",
        &[("grade", v.grade.points.into()), ("penalty", v.penalty.into())],
    ));
    ui.horizontal_wrapped(|ui| {
        if ui.button(t.get("village-leave")).clicked() {
            out.push(Action::Leave);
        }
        if ui.button(t.get("village-visit-again")).clicked() {
            out.push(Action::VisitAgain);
        }
    });
    ui.separator();
    class_and_evidence(ui, a, h, &assessed, &v);
    ui.separator();
    indicators(ui, a, h, &assessed, &v);
}

/// The same debrief as the app's (the class given and the right one), then the evidence.
fn class_and_evidence(ui: &mut egui::Ui, a: &PanelArgs, h: &Household, assessed: &Assessment, v: &Verdict) {
    let t = a.t;
    ui.label(strong(t.get("debrief-class-heading")));
    ui.label(
        t.get_args(
            "village-verdict-class",
            &[
                (
                    "yours",
                    v.grade
                        .class_given
                        .map_or_else(|| t.get("debrief-no-answer"), |c| explain::class_name(t, c))
                        .into(),
                ),
                (
                    "correct",
                    explain::correct_class_name(t, v.grade.class_correct, &v.grade.class_accepted).into(),
                ),
            ],
        ),
    );
    rasoat_ui::debrief::class_block(ui, t, assessed);
    if let Some(line) = words::pivotal_line(t, h, v) {
        ui.add_space(6.0);
        ui.colored_label(verdict_color(false), strong(line));
    }
    ui.separator();
    ui.label(strong(t.get("village-evidence")));
    for (line, f) in words::evidence_lines(t, h, &a.village.standard, v)
        .into_iter()
        .zip(&v.fields)
    {
        ui.colored_label(verdict_color(f.right && f.supported), line);
    }
    lists(ui, t, v);
}

/// What was asked for nothing, whether time ran out, and what was missed.
fn lists(ui: &mut egui::Ui, t: &Texts, v: &Verdict) {
    if !v.unneeded.is_empty() {
        let list: Vec<String> = v.unneeded.iter().map(|a| words::source_short(t, a)).collect();
        ui.label(t.get_args(
            "village-unneeded",
            &[("list", t.list(&list).into()), ("count", list.len().into())],
        ));
    }
    if v.out_of_time {
        ui.colored_label(verdict_color(false), t.get("village-out-of-time"));
    }
    if !v.missed_actions.is_empty() {
        let list: Vec<String> = v
            .missed_actions
            .iter()
            .map(|a| words::action_label(t, a))
            .collect();
        ui.label(t.get_args("village-missed", &[("list", t.list(&list).into())]));
    }
}

/// Every indicator, as the app's debrief shows it (`rasoat_ui::debrief::indicator_block`): right
/// or wrong, the trainee's mark and the right one, the fact found, the rule and its provenance.
fn indicators(ui: &mut egui::Ui, a: &PanelArgs, h: &Household, assessed: &Assessment, v: &Verdict) {
    let t = a.t;
    ui.label(strong(t.get("debrief-indicators-heading")));
    for (r, ig) in assessed.indicators.iter().zip(&v.grade.indicators) {
        rasoat_ui::debrief::indicator_block(ui, t, h, &a.village.standard, r, ig);
    }
}
