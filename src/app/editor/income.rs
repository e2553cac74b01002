//! The editor's income section.

use eframe::egui;

use super::EditorScreen;
use super::widgets::*;
use crate::rules::household::*;
use crate::rules::source::Problem;
use crate::words::i18n::Texts;
use rasoat_ui::strong;

impl EditorScreen {
    /// Every income source with its amount (monthly or yearly); remove; add one.
    pub(super) fn income_ui(&mut self, ui: &mut egui::Ui, t: &Texts, problems: &[(String, Problem)]) {
        let h = &mut self.s.household;
        ui.label(strong(t.get("scenario-card-income")));
        let mut remove = None;
        for (i, src) in h.income.iter_mut().enumerate() {
            egui::Grid::new(("editor-income", i))
                .num_columns(2)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    combo_salted(
                        ui,
                        t,
                        &format!("income-{i}"),
                        "editor-income-source",
                        "income",
                        &mut src.source,
                        IncomeKind::ALL,
                        IncomeKind::as_str,
                    );
                    let monthly = src.monthly_vnd.is_some();
                    let label = ui.label(t.get("editor-income-amount"));
                    let edit = ui.add(egui::TextEdit::singleline(&mut self.amounts[i]).desired_width(160.0));
                    let edit = edit.labelled_by(label.id);
                    let amount = crate::rules::text::parse_vnd(&self.amounts[i])
                        .map(|v| u64::try_from(v).unwrap_or(u64::MAX));
                    if edit.changed() {
                        self.amounts[i] = crate::rules::text::nfc(&self.amounts[i]);
                    }
                    if edit.lost_focus()
                        && let Some(v) = amount
                    {
                        self.amounts[i] = t.number(v.into());
                    }
                    ui.end_row();
                    let mut per_month = monthly;
                    let period_label = ui.label(t.get("editor-income-period"));
                    egui::ComboBox::from_id_salt(format!("period-{i}"))
                        .selected_text(t.get(if per_month {
                            "editor-per-month"
                        } else {
                            "editor-per-year"
                        }))
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut per_month, true, t.get("editor-per-month"));
                            ui.selectable_value(&mut per_month, false, t.get("editor-per-year"));
                        })
                        .response
                        .labelled_by(period_label.id);
                    ui.end_row();
                    let v = amount.unwrap_or(0);
                    (src.monthly_vnd, src.annual_vnd) = if per_month {
                        (Some(v), None)
                    } else {
                        (None, Some(v))
                    };
                    field_error(ui, t, problems, &format!("household.income[{i}]"));
                });
            if ui
                .button(t.get_args("editor-income-remove", &[("number", (i + 1).into())]))
                .clicked()
            {
                remove = Some(i);
            }
        }
        if let Some(i) = remove {
            h.income.remove(i);
            self.amounts.remove(i);
        }
        if ui.button(t.get("editor-income-add")).clicked() {
            h.income.push(IncomeSource {
                source: IncomeKind::Agriculture,
                monthly_vnd: Some(0),
                annual_vnd: None,
            });
            self.amounts.push("0".into());
        }
    }
}
