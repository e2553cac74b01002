//! Small form widgets of the editor, each labelled so that screen readers and the UI tests find
//! it by the words the trainer sees.

use eframe::egui;

use crate::rules::household::*;
use crate::rules::source::Problem;
use crate::words::explain::{self, value};
use crate::words::i18n::Texts;
use rasoat_ui::verdict_color;

pub(super) fn amount_text(t: &Texts, i: &IncomeSource) -> String {
    t.number(u128::from(i.monthly_vnd.or(i.annual_vnd).unwrap_or(0)))
}

pub(super) fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The problem found at `path`, worded, on its own row of the form under its field.
pub(super) fn field_error(ui: &mut egui::Ui, t: &Texts, problems: &[(String, Problem)], path: &str) {
    for (p, problem) in problems {
        if p == path {
            ui.label("");
            ui.colored_label(verdict_color(false), explain::problem_text(t, problem));
            ui.end_row();
        }
    }
}

/// A form row: a label and a one-line text field, normalised to NFC as it is typed. True when it
/// changed.
pub(super) fn single_line(ui: &mut egui::Ui, t: &Texts, label_id: &str, text: &mut String) -> bool {
    let label = ui.label(t.get(label_id));
    let r = ui
        .add(egui::TextEdit::singleline(text).desired_width(420.0))
        .labelled_by(label.id);
    ui.end_row();
    if r.changed() {
        *text = crate::rules::text::nfc(text);
    }
    r.changed()
}

pub(super) fn text_field(
    ui: &mut egui::Ui,
    t: &Texts,
    label_id: &str,
    text: &mut String,
    problems: &[(String, Problem)],
    path: &str,
) {
    single_line(ui, t, label_id, text);
    field_error(ui, t, problems, path);
}

/// A labelled multi-line field across the whole width (outside the form grid).
pub(super) fn multi_line(
    ui: &mut egui::Ui,
    t: &Texts,
    label_id: &str,
    text: &mut String,
    rows: usize,
) -> bool {
    let label = ui.label(t.get(label_id));
    let r = ui
        .add(
            egui::TextEdit::multiline(text)
                .desired_rows(rows)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if r.changed() {
        *text = crate::rules::text::nfc(text);
    }
    r.changed()
}

/// A form row: a labelled drop-down of an enumeration, each value named in the UI language.
pub(super) fn combo<E: Copy + PartialEq>(
    ui: &mut egui::Ui,
    t: &Texts,
    label_id: &str,
    kind: &str,
    v: &mut E,
    all: &[E],
    as_str: fn(E) -> &'static str,
) {
    combo_salted(ui, t, label_id, label_id, kind, v, all, as_str);
}

#[allow(clippy::too_many_arguments)]
pub(super) fn combo_salted<E: Copy + PartialEq>(
    ui: &mut egui::Ui,
    t: &Texts,
    salt: &str,
    label_id: &str,
    kind: &str,
    v: &mut E,
    all: &[E],
    as_str: fn(E) -> &'static str,
) {
    let label = ui.label(t.get(label_id));
    egui::ComboBox::from_id_salt(salt)
        .selected_text(value(t, kind, as_str(*v)))
        .width(360.0)
        .show_ui(ui, |ui| {
            for e in all {
                ui.selectable_value(v, *e, value(t, kind, as_str(*e)));
            }
        })
        .response
        .labelled_by(label.id);
    ui.end_row();
}

/// A form row: a label and a number.
pub(super) fn number_row(ui: &mut egui::Ui, t: &Texts, label_id: &str, drag: egui::DragValue<'_>) {
    let label = ui.label(t.get(label_id));
    ui.add(drag).labelled_by(label.id);
    ui.end_row();
}
