//! Leaving the editor (or closing the window) with unsaved changes asks first: save and leave,
//! leave without saving, or stay.

use eframe::egui;

use super::{App, Screen};

/// The trainer's answer to "unsaved changes: what now?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LeaveChoice {
    SaveAndLeave,
    Discard,
    Stay,
}

impl App {
    /// Closing the window with unsaved editor changes asks first.
    pub(super) fn guard_close(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.has_unsaved_work() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.pending_close = true;
        }
    }

    /// "Save, leave without saving, or stay?" when leaving the editor with unsaved changes.
    pub(super) fn unsaved_modal(&mut self, ctx: &egui::Context) {
        if self.pending_nav.is_none() && !self.pending_close {
            return;
        }
        let t = &self.texts;
        let (save, discard, stay) = (
            t.get("editor-unsaved-save"),
            t.get("editor-unsaved-discard"),
            t.get("editor-unsaved-stay"),
        );
        let mut choice = None;
        egui::Modal::new(egui::Id::new("unsaved-changes")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(t.get("editor-unsaved-title"));
            ui.label(t.get("editor-unsaved-body"));
            ui.horizontal(|ui| {
                if ui.button(save).clicked() {
                    choice = Some(LeaveChoice::SaveAndLeave);
                }
                if ui.button(discard).clicked() {
                    choice = Some(LeaveChoice::Discard);
                }
                if ui.button(stay).clicked() {
                    choice = Some(LeaveChoice::Stay);
                }
            });
        });
        let leave = match choice {
            Some(LeaveChoice::SaveAndLeave) => {
                let saved = match &mut self.screen {
                    Screen::Editor(e) => {
                        e.save_for_leaving(&self.config, &self.service.standards, &self.texts)
                    }
                    _ => true,
                };
                if saved {
                    self.reload_user_scenarios();
                }
                saved
            }
            Some(LeaveChoice::Discard) => true,
            Some(LeaveChoice::Stay) => {
                self.pending_nav = None;
                self.pending_close = false;
                false
            }
            None => false,
        };
        if leave {
            if self.pending_close {
                self.pending_close = false;
                if let Screen::Editor(e) = &mut self.screen {
                    e.forget_changes();
                }
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            if let Some(target) = self.pending_nav.take() {
                self.screen = target;
            }
        }
    }
}
