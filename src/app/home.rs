//! Home: choose the standard and the mode, then go to the library.

use eframe::egui;

use super::{App, Mode, Screen, library};
use crate::explain;

pub fn ui(app: &mut App, ui: &mut egui::Ui) -> Option<Screen> {
    let mut next = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        let t = &app.texts;
        ui.heading(t.get("home-welcome"));
        ui.label(t.get("home-intro"));
        ui.add_space(12.0);

        ui.label(super::style::strong(t.get("home-standard-heading")));
        let ids: Vec<String> = app.standards.all().iter().map(|s| s.id.clone()).collect();
        for id in ids {
            let Some(s) = app.standards.get(&id) else { continue };
            let mut label = explain::standard_name(&app.texts, s);
            if s.is_provisional() {
                label = app
                    .texts
                    .get_args("home-standard-provisional", &[("name", label.into())]);
            }
            if ui.radio(app.session.standard_id == id, label).clicked() {
                app.session.standard_id = id.clone();
            }
        }
        ui.add_space(12.0);

        let t = &app.texts;
        ui.label(super::style::strong(t.get("home-mode-heading")));
        let (practice, exam) = (t.get("home-mode-practice"), t.get("home-mode-exam"));
        if ui.radio(app.session.mode == Mode::Practice, practice).clicked() {
            app.session.mode = Mode::Practice;
        }
        ui.label(egui::RichText::new(app.texts.get("home-mode-practice-help")).small());
        if ui.radio(app.session.mode == Mode::Exam, exam).clicked() {
            app.session.mode = Mode::Exam;
        }
        ui.label(egui::RichText::new(app.texts.get("home-mode-exam-help")).small());
        ui.add_space(16.0);

        if ui.button(app.texts.get("home-open-library")).clicked() {
            next = Some(Screen::Library(library::LibraryScreen::default()));
        }
        if !app.load_errors.is_empty() {
            ui.add_space(12.0);
            ui.colored_label(
                super::style::verdict_color(false),
                app.texts.get("home-load-errors"),
            );
            for e in &app.load_errors {
                ui.label(e);
            }
        }
    });
    next
}
