//! The blocks of a debrief that every shell shows the same way: the class and the clause that
//! decided it, one indicator right or wrong with its rule and the fact that decided it, and what
//! changed between this standard and the one before it.

use rasoat_core::rules::assess::{Assessment, IndicatorResult};
use rasoat_core::rules::compare::{compare, standard_changes};
use rasoat_core::rules::grading::IndicatorGrade;
use rasoat_core::rules::household::Household;
use rasoat_core::rules::standard::{Standard, StandardSet};
use rasoat_core::words::explain;
use rasoat_core::words::i18n::Texts;

use egui::RichText;

use crate::style::{strong, verdict_color};

/// The clause that decided the class, its source, and how the income per person was worked out.
pub fn class_block(ui: &mut egui::Ui, t: &Texts, a: &Assessment<'_>) {
    ui.label(explain::decision_text(t, a));
    ui.label(RichText::new(explain::provenance(t, a.decision_provenance())).small());
    ui.label(t.get_args(
        "debrief-income-how",
        &[
            ("total", t.money(a.income.annual_total_vnd).into()),
            ("members", a.income.members.into()),
            ("income", t.money(a.income.per_person_month_vnd).into()),
        ],
    ));
}

/// One indicator in a frame: right or wrong, the trainee's mark and the right one, the fact that
/// decided it, the rule and its source.
pub fn indicator_block(
    ui: &mut egui::Ui,
    t: &Texts,
    h: &Household,
    standard: &Standard,
    r: &IndicatorResult<'_>,
    ig: &IndicatorGrade,
) {
    ui.group(|ui| {
        ui.set_width(ui.available_width());
        let verdict = t.get(if ig.right() {
            "debrief-right"
        } else {
            "debrief-wrong"
        });
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(verdict_color(ig.right()), strong(verdict));
            ui.label(strong(explain::indicator_name(t, r.indicator)));
        });
        let state = |d: bool| {
            t.get(if d {
                "debrief-deprived"
            } else {
                "debrief-not-deprived"
            })
        };
        ui.label(t.get_args(
            "debrief-indicator-answer",
            &[
                ("yours", state(ig.marked).into()),
                ("correct", state(ig.deprived).into()),
            ],
        ));
        ui.label(t.get_args("debrief-fact", &[("fact", explain::finding_text(t, h, r).into())]));
        ui.label(t.get_args(
            "debrief-rule",
            &[(
                "rule",
                explain::rule_text(t, r.indicator, h.review_year, standard).into(),
            )],
        ));
        ui.label(RichText::new(explain::provenance(t, &r.indicator.provenance)).small());
    });
}

/// The standards to compare a household under: the one before this, or, for the first standard,
/// this and the one after it.
pub fn comparison_pair<'a>(
    standards: &'a StandardSet,
    standard: &'a Standard,
) -> Option<(&'a Standard, &'a Standard)> {
    match standards.previous(&standard.id) {
        Some(prev) => Some((prev, standard)),
        None => standards
            .all()
            .iter()
            .find(|s| standards.previous(&s.id).is_some_and(|p| p.id == standard.id))
            .map(|next| (standard, next)),
    }
}

/// "What changed": the same household under both standards, the differences explained, what
/// changed in the rules, and how the count rule reads on each review form where it is known.
pub fn what_changed(
    ui: &mut egui::Ui,
    t: &Texts,
    h: &Household,
    standards: &StandardSet,
    standard: &Standard,
) {
    let Some((from, to)) = comparison_pair(standards, standard) else {
        return;
    };
    egui::CollapsingHeader::new(strong(t.get("debrief-changed-heading")))
        .id_salt("what-changed")
        .default_open(true)
        .show(ui, |ui| {
            let c = compare(h, from, to);
            for a in [&c.from, &c.to] {
                ui.label(strong(t.get_args(
                    "debrief-changed-under",
                    &[
                        ("standard", explain::standard_name(t, a.standard).into()),
                        ("class", explain::outcome_name(t, a).into()),
                    ],
                )));
                ui.label(explain::decision_text(t, a));
            }
            let bullet = |ui: &mut egui::Ui, text: String| {
                ui.label(t.get_args("common-bullet", &[("text", text.into())]));
            };
            if c.changes.is_empty() {
                ui.label(t.get("debrief-changed-nothing"));
            } else {
                ui.label(strong(t.get("debrief-changed-household")));
                for ch in &c.changes {
                    bullet(ui, explain::change_text(t, ch, from, to));
                }
            }
            ui.label(strong(t.get("debrief-changed-rules")));
            for ch in standard_changes(from, to) {
                let text = explain::standard_change_text(t, &ch, from, to);
                if !text.is_empty() {
                    bullet(ui, text);
                }
            }
            // How the count rule reads on the review form, where secondary sources report it.
            let forms: Vec<(String, String)> = [from, to]
                .into_iter()
                .filter_map(|s| Some((explain::standard_name(t, s), explain::scoring_form_text(t, s)?)))
                .collect();
            if !forms.is_empty() {
                ui.label(strong(t.get("debrief-changed-form")));
                for (name, text) in forms {
                    bullet(
                        ui,
                        t.get_args(
                            "debrief-changed-form-under",
                            &[("standard", name.into()), ("text", text.into())],
                        ),
                    );
                }
            }
        });
}
