//! The editor's file section: open a scenario of the library or a file, new, duplicate, save.

use std::path::PathBuf;

use eframe::egui;

use super::EditorScreen;
use crate::app::{Ctx, Origin};
use crate::training::scenario::parse_scenario;
use crate::words::explain::{self};
use rasoat_ui::verdict_color;

impl EditorScreen {
    /// Open an existing scenario, start a new one, duplicate this one; where it is saved.
    pub(super) fn file_ui(&mut self, ui: &mut egui::Ui, app: &mut Ctx<'_>) {
        let t = &app.texts;
        ui.heading(t.get("editor-title"));
        let mut open: Option<String> = None;
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t.get("editor-open-existing"));
            egui::ComboBox::from_id_salt("editor-open")
                .selected_text(t.get("editor-open-choose"))
                .width(360.0)
                .show_ui(ui, |ui| {
                    for e in app.service.library.iter() {
                        if e.origin == Origin::Generated {
                            continue;
                        }
                        if ui
                            .selectable_label(false, &e.scenario.scenario.title.vi)
                            .clicked()
                        {
                            open = Some(e.id().to_owned());
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            if ui.button(t.get("editor-new")).clicked() {
                *self = Self::new_scenario(t);
            }
            if ui.button(t.get("editor-duplicate")).clicked() {
                let mut copy = self.s.clone();
                copy.scenario.id = format!("{}-ban-sao", copy.scenario.id);
                copy.scenario.generated = None;
                let mut e = Self::from_scenario(copy, None, String::new(), t);
                e.saved = None;
                *self = e;
            }
        });
        if let Some(e) = open.and_then(|id| app.service.library.get(&id)) {
            let (from, path) = match &e.origin {
                Origin::User(p) => (Some(p.clone()), p.display().to_string()),
                _ => (None, String::new()),
            };
            *self = Self::from_scenario(e.scenario.clone(), from, path, t);
        }
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t.get("editor-file"));
            let hint = self
                .target(app.config)
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let edit = ui.add(
                egui::TextEdit::singleline(&mut self.path_text)
                    .hint_text(hint)
                    .desired_width(380.0),
            );
            edit.labelled_by(label.id);
            crate::app::dialogs::choose_button(
                ui,
                t,
                crate::app::dialogs::Want::TomlFile,
                &mut self.path_text,
            );
            if ui.button(t.get("editor-open-file")).clicked() {
                let path = PathBuf::from(self.path_text.trim());
                match crate::files::read_text(&path) {
                    Ok(text) => {
                        match parse_scenario(&path.display().to_string(), &text, &app.service.standards) {
                            Ok(s) => {
                                *self =
                                    Self::from_scenario(s, Some(path.clone()), path.display().to_string(), t)
                            }
                            Err(e) => self.message = Some((false, explain::error_text(t, &e))),
                        }
                    }
                    Err(e) => self.message = Some((false, crate::load::LoadError::from(e).text(t))),
                }
            }
        });
        if let Some((ok, text)) = &self.message {
            ui.colored_label(verdict_color(*ok), text);
        }
    }
}
