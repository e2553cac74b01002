//! At the first start: who is training (name, commune or ward, and where given the district and
//! the province: there is no district level since 1 July 2025). Remembered; shown on every
//! results file.

use eframe::egui;

use super::Ctx;
use crate::training::session::Trainee;

pub struct IdentityScreen {
    trainee: Trainee,
    incomplete: bool,
    /// The first field has had the keyboard (given once, when the screen opens).
    focused: bool,
}

impl IdentityScreen {
    pub fn new(known: Option<Trainee>) -> Self {
        Self {
            trainee: known.unwrap_or_default(),
            incomplete: false,
            focused: false,
        }
    }

    pub fn ui(&mut self, app: &mut Ctx<'_>, ui: &mut egui::Ui) -> Option<super::Action> {
        let t = &app.texts;
        let mut save = false;
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.heading(t.get("identity-title"));
            ui.label(t.get("identity-intro"));
            ui.add_space(8.0);
            egui::Grid::new("identity")
                .num_columns(2)
                .spacing([12.0, 8.0])
                .show(ui, |ui| {
                    let focus = !std::mem::replace(&mut self.focused, true);
                    for (i, (id, field)) in [
                        ("identity-name", &mut self.trainee.name),
                        ("identity-commune", &mut self.trainee.commune),
                        ("identity-district", &mut self.trainee.district),
                        ("identity-province", &mut self.trainee.province),
                    ]
                    .into_iter()
                    .enumerate()
                    {
                        let label = ui.label(t.get(id));
                        let r = ui
                            .add(egui::TextEdit::singleline(field).desired_width(360.0))
                            .labelled_by(label.id);
                        if r.changed() {
                            *field = crate::rules::text::nfc(field);
                        }
                        // The keyboard starts in the first field; Enter in the last one saves.
                        if i == 0 && focus {
                            r.request_focus();
                        }
                        if i == 3 && r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                            save = true;
                        }
                        ui.end_row();
                    }
                });
            if self.incomplete {
                ui.colored_label(rasoat_ui::verdict_color(false), t.get("identity-incomplete"));
            }
            save |= ui.button(rasoat_ui::strong(t.get("identity-save"))).clicked();
        });
        if !save {
            return None;
        }
        let trainee = Trainee {
            name: self.trainee.name.trim().to_owned(),
            commune: self.trainee.commune.trim().to_owned(),
            district: self.trainee.district.trim().to_owned(),
            province: self.trainee.province.trim().to_owned(),
        };
        if !trainee.is_complete() {
            self.incomplete = true;
            return None;
        }
        Some(super::Action::SaveTrainee(trainee))
    }
}
