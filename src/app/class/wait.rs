//! Waiting in a class: in the lobby until the trainer starts it, and after an exam until the
//! trainer releases the results — with the receipts of every answer sent.

use eframe::egui;

use crate::app::{Action, Ctx};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    Lobby,
    Results,
}

pub fn ui(wait: Wait, app: &mut Ctx<'_>, ui: &mut egui::Ui) -> Option<Action> {
    let t = app.texts;
    egui::ScrollArea::vertical().show(ui, |ui| {
        match wait {
            Wait::Lobby => {
                ui.heading(t.get("class-lobby-title"));
                ui.label(t.get("class-lobby-text"));
            }
            Wait::Results => {
                ui.heading(t.get("class-results-title"));
                ui.label(t.get("class-results-text"));
            }
        }
        ui.add_space(8.0);
        let Some(link) = app.service.results().and_then(|r| r.class.as_ref()) else {
            return;
        };
        for s in &link.sent {
            let title = app.service.library.scenario(&s.scenario_id).map_or_else(
                || s.scenario_id.clone(),
                |sc| sc.scenario.title.get(t.lang().is_english()).to_owned(),
            );
            ui.label(t.get_args(
                "class-receipt-line",
                &[("scenario", title.into()), ("receipt", s.receipt.clone().into())],
            ));
        }
    });
    None
}
