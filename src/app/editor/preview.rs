//! The editor's preview: the engine's verdict under the chosen and the previous standard, the
//! answer key, and the trainee's view.

use eframe::egui;

use super::EditorScreen;
use crate::app::household_card;
use crate::rules::assess::{Assessment, Class, assess};
use crate::rules::standard::{Standard, StandardSet};
use crate::training::scenario::{Expected, check_expected};
use crate::words::explain::{self};
use crate::words::i18n::Texts;
use rasoat_ui::{strong, verdict_color};

impl EditorScreen {
    /// The engine's verdict as the trainer types, the answer key, and the trainee's view.
    pub(super) fn preview_ui(
        &mut self,
        ui: &mut egui::Ui,
        t: &Texts,
        standards: &StandardSet,
        standard: &Standard,
    ) {
        ui.heading(t.get("editor-preview-heading"));
        let h = &self.s.household;
        if h.members.is_empty() {
            ui.label(t.get("error-no-members"));
            return;
        }
        let a = assess(h, standard);
        self.verdict_ui(ui, t, standards, standard, &a);
        ui.separator();
        self.expected_ui(ui, t, standard, &a);
        ui.separator();
        egui::CollapsingHeader::new(strong(t.get("editor-trainee-view")))
            .id_salt("trainee-view")
            .show(ui, |ui| {
                household_card::narrative_ui(ui, t, &self.s);
                household_card::household_ui(ui, t, &self.s.household, Some(standard));
            });
    }

    /// The engine's verdict `a` under the chosen standard, what is deprived, and the class under
    /// the previous standard.
    fn verdict_ui(
        &self,
        ui: &mut egui::Ui,
        t: &Texts,
        standards: &StandardSet,
        standard: &Standard,
        a: &Assessment<'_>,
    ) {
        let h = &self.s.household;
        ui.label(strong(t.get_args(
            "editor-preview-under",
            &[
                ("standard", explain::standard_name(t, standard).into()),
                ("class", explain::outcome_name(t, a).into()),
            ],
        )));
        ui.label(explain::decision_text(t, a));
        // In the first year of a standard, the default fits the periodic review only.
        if self.s.scenario.standard.is_none()
            && let Some(p) = standard.periodic_only_in(h.review_year)
            && let Some(prev) = standards.previous(&standard.id)
        {
            let text = t.get_args(
                "editor-transition-year",
                &[
                    ("year", h.review_year.to_string().into()),
                    ("standard", explain::standard_name(t, standard).into()),
                    ("previous", explain::standard_name(t, prev).into()),
                ],
            );
            ui.label(explain::with_source(t, text, p));
        }
        for r in a.indicators.iter().filter(|r| r.deprived) {
            ui.label(t.get_args(
                "editor-preview-deprived",
                &[
                    ("name", explain::indicator_title(t, r.indicator).into()),
                    ("fact", explain::finding_text(t, h, r).into()),
                ],
            ));
        }
        if let Some(prev) = standards.previous(&standard.id) {
            let b = assess(h, prev);
            ui.label(t.get_args(
                "editor-preview-previous",
                &[
                    ("standard", explain::standard_name(t, prev).into()),
                    ("class", explain::outcome_name(t, &b).into()),
                    ("count", b.deprivation_count().into()),
                ],
            ));
        }
    }

    /// The answer key: fill it from the engine's verdict `a`, edit it, clear it; and where it
    /// disagrees with the engine.
    fn expected_ui(&mut self, ui: &mut egui::Ui, t: &Texts, standard: &Standard, a: &Assessment<'_>) {
        ui.label(strong(t.get("editor-expected-heading")));
        if ui.button(t.get("editor-expected-fill")).clicked() {
            self.s.expected = Some(Expected {
                classification: a.class,
                deprived: a.deprived_ids().into_iter().map(str::to_owned).collect(),
                income_per_person_month_vnd: a.income.per_person_month_vnd,
            });
            self.expected_income_text = t.number(a.income.per_person_month_vnd);
        }
        let mut clear = false;
        if let Some(e) = &mut self.s.expected {
            clear = expected_form(ui, t, standard, e, &mut self.expected_income_text);
        }
        if clear {
            self.s.expected = None;
        }
        for m in check_expected(&self.s, standard) {
            ui.colored_label(
                verdict_color(false),
                explain::mismatch_text(t, "", &self.s, standard, &m),
            );
        }
    }
}

/// The answer key's fields: class, each indicator deprived or not, income (typed as
/// `income_text`); whether its "clear" button was clicked.
fn expected_form(
    ui: &mut egui::Ui,
    t: &Texts,
    standard: &Standard,
    e: &mut Expected,
    income_text: &mut String,
) -> bool {
    let label = ui.label(t.get("editor-expected-class"));
    egui::ComboBox::from_id_salt("editor-expected-class")
        .selected_text(explain::class_name(t, e.classification))
        .show_ui(ui, |ui| {
            for c in Class::ALL {
                ui.selectable_value(&mut e.classification, c, explain::class_name(t, c));
            }
        })
        .response
        .labelled_by(label.id);
    for ind in &standard.indicators {
        let mut on = e.deprived.contains(&ind.id);
        let name = t.get_args(
            "editor-expected-deprived",
            &[("name", explain::indicator_title(t, ind).into())],
        );
        if ui.checkbox(&mut on, name).changed() {
            if on {
                e.deprived.push(ind.id.clone());
                e.deprived.sort();
            } else {
                e.deprived.retain(|x| x != &ind.id);
            }
        }
    }
    let label = ui.label(t.get("editor-expected-income"));
    let edit = ui.add(egui::TextEdit::singleline(income_text).desired_width(160.0));
    if edit.labelled_by(label.id).changed()
        && let Some(v) = crate::rules::text::parse_vnd(income_text)
    {
        e.income_per_person_month_vnd = v;
    }
    ui.button(t.get("editor-expected-clear")).clicked()
}
