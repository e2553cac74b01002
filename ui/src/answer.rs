//! The answer form, as every shell shows it: income per person and month (read by the core's
//! `text::parse_vnd`, typed text kept in NFC), each indicator of the standard grouped by service
//! with its rule and provenance on hover and the provisional mark, the classes from `Class::ALL`.
//!
//! The form holds only what the trainee typed and ticked; the shell decides what Submit does.

use std::collections::BTreeSet;

use egui::RichText;
use rasoat_core::rules::assess::Class;
use rasoat_core::rules::grading::Answer;
use rasoat_core::rules::standard::Standard;
use rasoat_core::rules::text;
use rasoat_core::words::explain;
use rasoat_core::words::i18n::Texts;

use crate::style::{strong, verdict_color};

/// What the trainee has typed and ticked so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnswerForm {
    /// The income as typed ("1.450.000", "1450000 đồng"…).
    pub income: String,
    /// The ids of the indicators marked deprived.
    pub deprived: BTreeSet<String>,
    pub class: Option<Class>,
}

impl AnswerForm {
    /// The form filled with an earlier answer (practice: "try again"; a visit resumed).
    pub fn from_answer(answer: &Answer) -> Self {
        Self {
            income: answer
                .income_per_person_month_vnd
                .map(|v| v.to_string())
                .unwrap_or_default(),
            deprived: answer.deprived.clone(),
            class: answer.class,
        }
    }

    /// The income as read, if it can be read.
    pub fn income_vnd(&self) -> Option<u128> {
        text::parse_vnd(&self.income)
    }

    /// Whether something is typed that cannot be read as an amount.
    pub fn income_unreadable(&self) -> bool {
        !self.income.trim().is_empty() && self.income_vnd().is_none()
    }

    /// The answer as the engine grades it.
    pub fn answer(&self) -> Answer {
        Answer {
            income_per_person_month_vnd: self.income_vnd(),
            deprived: self.deprived.clone(),
            class: self.class,
        }
    }

    /// Whether the income is read and a class chosen (the indicators may all be unmarked).
    pub fn is_complete(&self) -> bool {
        self.class.is_some() && self.income_vnd().is_some()
    }

    /// The income: its label, the field, and what was read from it (or why nothing was). Returns
    /// the field's response (a screen may give it the keyboard).
    pub fn income_ui(&mut self, ui: &mut egui::Ui, t: &Texts) -> egui::Response {
        let label = ui.label(strong(t.get("scenario-income-label")));
        let edit = ui
            .add(
                egui::TextEdit::singleline(&mut self.income)
                    .hint_text(t.get("scenario-income-hint"))
                    .desired_width(220.0),
            )
            .labelled_by(label.id);
        if edit.changed() {
            self.income = text::nfc(&self.income);
        }
        if self.income_unreadable() {
            ui.colored_label(verdict_color(false), t.get("scenario-income-unreadable"));
        } else if let Some(v) = self.income_vnd() {
            ui.label(
                RichText::new(t.get_args("scenario-income-read", &[("amount", t.money(v).into())])).small(),
            );
        }
        edit
    }

    /// Every indicator of the standard, grouped by service; `below` gives an optional line under
    /// an indicator (the village shows where its facts came from).
    pub fn indicators_ui(
        &mut self,
        ui: &mut egui::Ui,
        t: &Texts,
        standard: &Standard,
        review_year: i32,
        below: &dyn Fn(&str) -> Option<String>,
    ) {
        ui.label(strong(t.get("scenario-indicators-label")));
        ui.label(RichText::new(t.get("scenario-indicators-help")).small());
        for service in &standard.services {
            let mut indicators = standard
                .indicators
                .iter()
                .filter(|i| i.service == service.id)
                .peekable();
            if indicators.peek().is_none() {
                continue;
            }
            ui.label(RichText::new(explain::service_name(t, standard, &service.id)).italics());
            for ind in indicators {
                let mut checked = self.deprived.contains(&ind.id);
                let mut name = explain::indicator_title(t, ind);
                if ind.provenance.is_provisional() {
                    name.push_str(" *");
                }
                let tip = format!(
                    "{}\n\n{}",
                    explain::rule_text(t, ind, review_year, standard),
                    explain::provenance(t, &ind.provenance)
                );
                if ui.checkbox(&mut checked, name).on_hover_text(tip).changed() {
                    if checked {
                        self.deprived.insert(ind.id.clone());
                    } else {
                        self.deprived.remove(&ind.id);
                    }
                }
                if let Some(line) = below(&ind.id) {
                    ui.horizontal(|ui| {
                        ui.add_space(30.0);
                        ui.label(RichText::new(line).small());
                    });
                }
            }
        }
        if standard.indicators.iter().any(|i| i.provenance.is_provisional()) {
            ui.label(
                RichText::new(t.get_args(
                    "scenario-provisional-legend",
                    &[("mark", explain::provisional_mark(t).into())],
                ))
                .small(),
            );
        }
    }

    /// The classes, one radio button each; where the standard's average band is not known, says
    /// that either non-poor class is taken as right.
    pub fn class_ui(&mut self, ui: &mut egui::Ui, t: &Texts, standard: &Standard) {
        ui.label(strong(t.get("scenario-class-label")));
        for class in Class::ALL {
            if ui
                .radio(self.class == Some(class), explain::class_name(t, class))
                .clicked()
            {
                self.class = Some(class);
            }
        }
        if !standard.classification.average.defined {
            ui.label(RichText::new(t.get("scenario-average-band-unknown")).small());
        }
    }
}
