//! The survey form of the visit in progress: income, indicators and class (the form every shell
//! shows, typed into the drafts), each field with the questions or looks its facts came from.

use bevy_egui::egui::{self, RichText};
use rasoat_core::field::visit::{Fact, Field, requirements};
use rasoat_core::rules::assess::assess;
use rasoat_core::words::visit as words;
use rasoat_ui::strong;

use super::common::{PanelArgs, minutes_line};
use crate::actions::Action;
use crate::model::{Form, Screen};

/// Where the facts of a field came from, for the form: the questions or looks, or "not yet".
fn field_sources(a: &PanelArgs, field: &Field) -> String {
    let t = a.t;
    let Some(v) = a.visits.visit(a.village) else {
        return String::new();
    };
    let assessed = assess(v.household, &a.village.standard);
    let Some(req) = requirements(v.household, &assessed)
        .into_iter()
        .find(|r| &r.field == field)
    else {
        return String::new();
    };
    let mut sources: Vec<String> = vec![];
    let facts: Vec<Fact> = req.facts().collect();
    for f in facts {
        if let Some(src) = v.known().get(&f) {
            let l = words::source_short(t, src);
            if !sources.contains(&l) {
                sources.push(l);
            }
        }
    }
    if sources.is_empty() {
        t.get("village-form-no-source")
    } else {
        t.get_args("village-form-source", &[("sources", t.list(&sources).into())])
    }
}

/// The form panel: typing and ticking change `form` (a draft); "submit" and "back" are actions.
pub fn form_panel(ui: &mut egui::Ui, a: &PanelArgs, form: &mut Form, out: &mut Vec<Action>) {
    let (t, v) = (a.t, a.village);
    let Some(i) = a.visits.current else { return };
    let name = words::speaker(&v.homes[i].household);
    ui.heading(t.get_args("village-form-title", &[("name", name.into())]));
    ui.label(RichText::new(t.get("village-form-note")).small());
    if let Some(line) = minutes_line(a) {
        ui.label(line);
    }
    ui.separator();
    // Each field, with the questions and looks its facts came from underneath.
    form.income_ui(ui, t);
    ui.label(RichText::new(field_sources(a, &Field::Income)).small());
    ui.add_space(6.0);
    let sources = |id: &str| Some(field_sources(a, &Field::Indicator(id.to_owned())));
    form.indicators_ui(ui, t, &v.standard, v.homes[i].household.review_year, &sources);
    ui.separator();
    form.class_ui(ui, t, &v.standard);
    ui.separator();
    ui.horizontal_wrapped(|ui| {
        let ready = form.class.is_some();
        if ui
            .add_enabled(ready, egui::Button::new(strong(t.get("village-form-submit"))))
            .clicked()
        {
            out.push(Action::Submit);
        }
        if ui.button(t.get("village-form-back")).clicked() {
            out.push(Action::Show(Screen::Visit));
        }
    });
}
