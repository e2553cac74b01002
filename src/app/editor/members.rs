//! The editor's members section.

use eframe::egui;

use super::widgets::*;
use super::{EditorScreen, blank_member};
use crate::rules::household::*;
use crate::rules::source::Problem;
use crate::words::i18n::Texts;
use rasoat_ui::strong;

/// What a member's buttons ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MemberMove {
    Up,
    Down,
    Remove,
}

impl EditorScreen {
    /// Every member with its facts; move up, down, remove; add one.
    pub(super) fn members_ui(&mut self, ui: &mut egui::Ui, t: &Texts, problems: &[(String, Problem)]) {
        let h = &mut self.s.household;
        ui.label(strong(t.get("scenario-card-members")));
        egui::Grid::new("editor-members-error")
            .show(ui, |ui| field_error(ui, t, problems, "household.members"));
        let mut action: Option<(usize, MemberMove)> = None;
        let count = h.members.len();
        for (i, m) in h.members.iter_mut().enumerate() {
            ui.group(|ui| {
                if let Some(asked) = member_card(ui, t, problems, i, m, count) {
                    action = Some((i, asked));
                }
            });
        }
        match action {
            Some((i, MemberMove::Remove)) => {
                h.members.remove(i);
            }
            Some((i, MemberMove::Up)) => h.members.swap(i, i - 1),
            Some((i, MemberMove::Down)) => h.members.swap(i, i + 1),
            None => {}
        }
        if ui.button(t.get("editor-member-add")).clicked() {
            h.members.push(blank_member(t));
        }
    }
}

/// The `i`th of `count` members, inside its group: heading, facts, yes/no boxes and buttons;
/// which button was clicked, if any.
fn member_card(
    ui: &mut egui::Ui,
    t: &Texts,
    problems: &[(String, Problem)],
    i: usize,
    m: &mut Member,
    count: usize,
) -> Option<MemberMove> {
    ui.set_width(ui.available_width());
    ui.label(strong(t.get_args(
        "editor-member-heading",
        &[("number", (i + 1).into()), ("name", m.name.clone().into())],
    )));
    egui::Grid::new(("editor-member", i))
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            member_fields(ui, t, problems, i, m);
            member_choices(ui, t, i, m);
        });
    ui.horizontal_wrapped(|ui| member_checkboxes(ui, t, m));
    ui.horizontal(|ui| member_buttons(ui, t, i, count)).inner
}

/// The name and age rows of a member's grid, each with its error.
fn member_fields(ui: &mut egui::Ui, t: &Texts, problems: &[(String, Problem)], i: usize, m: &mut Member) {
    text_field(
        ui,
        t,
        "editor-member-name",
        &mut m.name,
        problems,
        &format!("household.members[{i}].name"),
    );
    number_row(
        ui,
        t,
        "scenario-card-age",
        egui::DragValue::new(&mut m.age).range(0..=120),
    );
    field_error(ui, t, problems, &format!("household.members[{i}].age"));
    number_row(
        ui,
        t,
        "editor-age-months",
        egui::DragValue::new(&mut m.age_months).range(0..=11),
    );
}

/// The rows of a member's grid chosen from a list: sex, work, education, schooling, nutrition,
/// disability.
fn member_choices(ui: &mut egui::Ui, t: &Texts, i: usize, m: &mut Member) {
    let salt = |k: &str| format!("{k}-{i}");
    combo_salted(
        ui,
        t,
        &salt("sex"),
        "scenario-card-sex",
        "sex",
        &mut m.sex,
        Sex::ALL,
        Sex::as_str,
    );
    combo_salted(
        ui,
        t,
        &salt("work"),
        "scenario-card-work",
        "work",
        &mut m.work,
        Work::ALL,
        Work::as_str,
    );
    combo_salted(
        ui,
        t,
        &salt("education"),
        "scenario-card-education",
        "education",
        &mut m.education,
        Education::ALL,
        Education::as_str,
    );
    combo_salted(
        ui,
        t,
        &salt("schooling"),
        "scenario-card-schooling",
        "schooling",
        &mut m.schooling,
        Schooling::ALL,
        Schooling::as_str,
    );
    combo_salted(
        ui,
        t,
        &salt("nutrition"),
        "scenario-card-nutrition",
        "nutrition",
        &mut m.nutrition,
        Nutrition::ALL,
        Nutrition::as_str,
    );
    combo_salted(
        ui,
        t,
        &salt("disability"),
        "scenario-card-disability",
        "disability",
        &mut m.disability,
        Disability::ALL,
        Disability::as_str,
    );
}

/// A member's yes/no facts, one checkbox each.
fn member_checkboxes(ui: &mut egui::Ui, t: &Texts, m: &mut Member) {
    ui.checkbox(&mut m.health_insurance, t.get("scenario-card-insurance"));
    ui.checkbox(&mut m.vocational_certificate, t.get("editor-vocational"));
    ui.checkbox(&mut m.on_the_job_training, t.get("editor-on-the-job"));
    ui.checkbox(&mut m.uses_internet, t.get("editor-uses-internet"));
    ui.checkbox(&mut m.uses_phone, t.get("editor-uses-phone"));
    ui.checkbox(&mut m.sick_untreated, t.get("editor-sick-untreated"));
    ui.checkbox(&mut m.social_allowance, t.get("scenario-card-allowance"));
}

/// The `i`th of `count` members' buttons: up (not the first), down (not the last), remove.
fn member_buttons(ui: &mut egui::Ui, t: &Texts, i: usize, count: usize) -> Option<MemberMove> {
    let mut action = None;
    if i > 0
        && ui
            .button(t.get_args("editor-member-up", &[("number", (i + 1).into())]))
            .clicked()
    {
        action = Some(MemberMove::Up);
    }
    if i + 1 < count
        && ui
            .button(t.get_args("editor-member-down", &[("number", (i + 1).into())]))
            .clicked()
    {
        action = Some(MemberMove::Down);
    }
    if ui
        .button(t.get_args("editor-member-remove", &[("number", (i + 1).into())]))
        .clicked()
    {
        action = Some(MemberMove::Remove);
    }
    action
}
