//! The scenario library: title, region, difficulty, tags and status; search that ignores
//! accents ("ho ngheo" finds "hộ nghèo"), filters by region and difficulty.

use eframe::egui;

use super::{Action, Ctx, Mode};
use crate::training::scenario::{Region, Scenario};
use crate::words::i18n::Texts;

#[derive(Default)]
pub struct LibraryScreen {
    search: String,
    region: Option<Region>,
    difficulty: Option<u8>,
}

impl LibraryScreen {
    pub fn ui(&mut self, app: &mut Ctx<'_>, ui: &mut egui::Ui) -> Option<Action> {
        let t = &app.texts;
        let standard_name = app
            .standard()
            .map(|s| crate::words::explain::standard_name(t, s))
            .unwrap_or_default();
        ui.heading(t.get_args("library-title", &[("standard", standard_name.into())]));
        ui.horizontal_wrapped(|ui| self.filters_ui(ui, t));
        let shown = self.shown(app);
        ui.label(t.get_args("library-count", &[("count", shown.len().into())]));
        if app.choice.mode == Mode::Exam
            && !shown.is_empty()
            && ui
                .button(t.get_args("library-start-exam", &[("count", shown.len().into())]))
                .clicked()
        {
            return Some(Action::StartExam {
                source: crate::training::session::SessionSource::Library,
                ids: shown,
                time_limit_minutes: Some(app.home.time_limit_minutes),
            });
        }
        ui.separator();
        list_ui(app, ui, &shown).map(Action::Open)
    }

    /// The search box and the region and difficulty filters, on one wrapped row.
    fn filters_ui(&mut self, ui: &mut egui::Ui, t: &Texts) {
        let label = ui.label(t.get("library-search"));
        let edit = ui.add(
            egui::TextEdit::singleline(&mut self.search)
                .hint_text(t.get("library-search-hint"))
                .desired_width(280.0),
        );
        let edit = edit.labelled_by(label.id);
        if edit.changed() {
            self.search = crate::rules::text::nfc(&self.search);
        }
        let all = t.get("library-all");
        let region_text = self.region.map_or(all.clone(), |r| t.get(&region_id(r)));
        let region_label = ui.label(t.get("library-region"));
        egui::ComboBox::from_id_salt("library-region")
            .selected_text(region_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut self.region, None, all.clone());
                for r in Region::ALL {
                    ui.selectable_value(&mut self.region, Some(r), t.get(&region_id(r)));
                }
            })
            .response
            .labelled_by(region_label.id);
        let difficulty_text = self.difficulty.map_or(all.clone(), |d| {
            t.get_args("library-difficulty-value", &[("level", d.into())])
        });
        let difficulty_label = ui.label(t.get("library-difficulty"));
        egui::ComboBox::from_id_salt("library-difficulty")
            .selected_text(difficulty_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut self.difficulty, None, all.clone());
                for d in 1..=3u8 {
                    ui.selectable_value(
                        &mut self.difficulty,
                        Some(d),
                        t.get_args("library-difficulty-value", &[("level", d.into())]),
                    );
                }
            })
            .response
            .labelled_by(difficulty_label.id);
    }

    /// The ids of the standard's scenarios that pass the search and the filters, easiest first,
    /// then by title.
    fn shown(&self, app: &Ctx<'_>) -> Vec<String> {
        let t = &app.texts;
        let mut shown: Vec<String> = app
            .scenarios_for_standard()
            .into_iter()
            .filter(|id| {
                let Some(s) = app.service.library.scenario(id) else {
                    return false;
                };
                let m = &s.scenario;
                let haystack = format!(
                    "{} {} {} {} {} {} {} {}",
                    m.title.vi,
                    m.title.en,
                    m.summary.vi,
                    m.summary.en,
                    m.tags.join(" "),
                    t.get(&region_id(m.region)),
                    m.narrative.vi,
                    m.narrative.en
                );
                crate::rules::text::matches(&haystack, &self.search)
                    && self.region.is_none_or(|r| r == m.region)
                    && self.difficulty.is_none_or(|d| d == m.difficulty)
            })
            .collect();
        let lang = app.settings.lang;
        shown.sort_by_key(|id| {
            app.service.library.scenario(id).map(|s| {
                let m = &s.scenario;
                (
                    m.difficulty,
                    // The title shown: the Vietnamese one where the English one is empty.
                    crate::rules::text::fold(m.title.get(lang.is_english())),
                )
            })
        });
        shown
    }
}

/// The scenarios `shown`, one card each in a scrolling list; the id of the one whose title was
/// clicked, if any.
fn list_ui(app: &Ctx<'_>, ui: &mut egui::Ui, shown: &[String]) -> Option<String> {
    let mut next = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        for id in shown {
            let Some(s) = app.service.library.scenario(id) else {
                continue;
            };
            ui.group(|ui| {
                if scenario_card(app, ui, id, s) {
                    next = Some(id.clone());
                }
            });
        }
    });
    next
}

/// One scenario's card: its title as a button (whether it was clicked), summary, and a small
/// line of region, level, tags and status.
fn scenario_card(app: &Ctx<'_>, ui: &mut egui::Ui, id: &str, s: &Scenario) -> bool {
    let t = &app.texts;
    let m = &s.scenario;
    let (title, summary) = (
        m.title.get(app.settings.lang.is_english()),
        m.summary.get(app.settings.lang.is_english()),
    );
    ui.set_width(ui.available_width());
    let clicked = ui.button(rasoat_ui::strong(title)).clicked();
    ui.label(summary);
    let status = match app.last_answer(&m.id) {
        None => t.get("library-status-new"),
        Some(answer) if app.session_mode() == Mode::Practice => app
            .grade_of(id, &answer)
            .map(|g| t.get_args("library-status-done", &[("percent", g.percent().into())]))
            .unwrap_or_default(),
        Some(_) => t.get("library-status-submitted"),
    };
    ui.label(
        egui::RichText::new(t.get_args(
            "library-meta",
            &[
                ("region", t.get(&region_id(m.region)).into()),
                ("level", m.difficulty.into()),
                ("tags", m.tags.join(", ").into()),
                ("status", status.into()),
            ],
        ))
        .small(),
    );
    clicked
}

/// The Fluent id of a region's name.
pub fn region_id(r: Region) -> String {
    crate::words::explain::value_id("region", r.as_str())
}
