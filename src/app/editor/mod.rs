//! "Soạn tình huống": the trainer's scenario editor. Every household field has its widget, the
//! engine's verdict (under the chosen standard and the previous one) updates while typing, the
//! answer key is filled from the engine with one click, and saving writes TOML that reads back
//! identically, atomically, asking before it overwrites another file. Leaving with unsaved
//! changes asks first (see `App::navigate`).

mod file;
mod household;
mod income;
mod members;
mod meta;
mod preview;
mod visit;
mod widgets;

use std::path::{Path, PathBuf};
use widgets::*;

use eframe::egui;

use super::{Config, Ctx};
use crate::rules::household::*;
use crate::rules::source::Problem;
use crate::rules::standard::StandardSet;
use crate::training::scenario::{
    Bilingual, BilingualList, Region, Scenario, ScenarioMeta, parse_scenario, to_toml,
};
use crate::words::explain::{self};
use crate::words::i18n::Texts;
use rasoat_ui::{strong, verdict_color};

pub struct EditorScreen {
    s: Scenario,
    /// The scenario as last loaded or saved (None for a duplicate, which exists nowhere yet):
    /// the editor is "dirty" when the scenario differs from it.
    saved: Option<Scenario>,
    /// The file the scenario came from (None for a new or duplicated one).
    loaded_from: Option<PathBuf>,
    /// Where Save writes; typed by the trainer or set from the id.
    path_text: String,
    tags_text: String,
    points_vi: String,
    points_en: String,
    /// The typed amount of each income source.
    amounts: Vec<String>,
    expected_income_text: String,
    message: Option<(bool, String)>,
    confirm_overwrite: Option<PathBuf>,
}

fn blank_member(t: &Texts) -> Member {
    Member {
        name: t.get("editor-new-member-name"),
        age: 30,
        age_months: 0,
        sex: Sex::Female,
        work: Work::SelfEmployed,
        disability: Disability::default(),
        health_insurance: true,
        education: Education::UpperSecondary,
        vocational_certificate: false,
        on_the_job_training: false,
        schooling: Schooling::default(),
        nutrition: Nutrition::default(),
        uses_internet: true,
        uses_phone: true,
        sick_untreated: false,
        social_allowance: false,
    }
}

impl EditorScreen {
    /// A new scenario with one member, ready to be filled in.
    pub fn new_scenario(t: &Texts) -> Self {
        let s = Scenario {
            format: FORMAT_VERSION,
            scenario: ScenarioMeta {
                id: "tinh-huong-moi".into(),
                title: Bilingual {
                    vi: t.get("editor-new-title"),
                    en: String::new(),
                },
                summary: Bilingual {
                    vi: String::new(),
                    en: String::new(),
                },
                difficulty: 1,
                tags: Vec::new(),
                standard: None,
                region: Region::RedRiverDelta,
                narrative: Bilingual {
                    vi: String::new(),
                    en: String::new(),
                },
                learning_points: BilingualList {
                    vi: Vec::new(),
                    en: Vec::new(),
                },
                trainer_notes: String::new(),
                generated: None,
            },
            expected: None,
            visit: None,
            review: None,
            household: Household {
                area: Area::Rural,
                review_year: 2025,
                livelihood: Livelihood::default(),
                dwelling: Dwelling {
                    wall: Durability::Durable,
                    frame: Durability::Durable,
                    roof: Durability::Durable,
                    wall_material: None,
                    frame_material: None,
                    roof_material: None,
                    floor_area_m2: 40.0,
                    water_source: WaterSource::Piped,
                    latrine: Latrine::Septic,
                    info_means: vec![InfoMeans::Tv],
                    hears_loudspeaker: false,
                    waste: Waste::default(),
                },
                members: vec![blank_member(t)],
                income: Vec::new(),
            },
        };
        // Nothing typed yet: not dirty until the trainer changes something.
        Self::from_scenario(s, None, String::new(), t)
    }

    /// Edits `s`, which was read from `loaded_from` (if any).
    pub fn from_scenario(s: Scenario, loaded_from: Option<PathBuf>, path_text: String, t: &Texts) -> Self {
        let saved = Some(s.clone());
        let amounts = s.household.income.iter().map(|i| amount_text(t, i)).collect();
        Self {
            tags_text: s.scenario.tags.join(", "),
            points_vi: s.scenario.learning_points.vi.join("\n"),
            points_en: s.scenario.learning_points.en.join("\n"),
            expected_income_text: s
                .expected
                .as_ref()
                .map(|e| t.number(e.income_per_person_month_vnd))
                .unwrap_or_default(),
            s,
            saved,
            loaded_from,
            path_text,
            amounts,
            message: None,
            confirm_overwrite: None,
        }
    }

    /// True when the scenario differs from what was last loaded or saved.
    pub fn is_dirty(&self) -> bool {
        self.saved.as_ref() != Some(&self.s)
    }

    /// Drops the unsaved changes (the trainer chose to leave without saving).
    pub fn forget_changes(&mut self) {
        self.saved = Some(self.s.clone());
    }

    /// The file Save writes to.
    fn target(&self, config: &Config) -> Option<PathBuf> {
        let typed = self.path_text.trim();
        if !typed.is_empty() {
            return Some(PathBuf::from(typed));
        }
        // Only an id of the safe set becomes a file name (no path, no device name).
        let id = self.s.scenario.id.trim();
        if !crate::training::scenario::is_safe_id(id) {
            return None;
        }
        config
            .places
            .scenarios
            .as_ref()
            .map(|d| d.join(format!("{id}.toml")))
    }

    /// Why there is nowhere to save: an id outside the safe set, or no scenarios folder.
    fn no_target_message(&self, t: &Texts) -> String {
        let id = self.s.scenario.id.trim();
        if crate::training::scenario::is_safe_id(id) {
            t.get("editor-no-folder")
        } else {
            explain::problem_text(t, &Problem::UnsafeId { value: id.to_owned() })
        }
    }

    /// Saves for the "unsaved changes" dialog; false when it could not (the message says why).
    pub fn save_for_leaving(&mut self, config: &Config, standards: &StandardSet, t: &Texts) -> bool {
        let Some(path) = self.target(config) else {
            self.message = Some((false, self.no_target_message(t)));
            return false;
        };
        self.write(&path, standards, t)
    }

    /// Writes the scenario to `path` atomically and checks that it reads back identically.
    fn write(&mut self, path: &Path, standards: &StandardSet, t: &Texts) -> bool {
        let text = to_toml(&self.s);
        let name = path.display().to_string();
        if let Err(e) = parse_scenario(&name, &text, standards) {
            self.message = Some((false, explain::error_text(t, &e)));
            return false;
        }
        if let Err(e) = crate::files::write_atomic(path, text.as_bytes()) {
            self.message = Some((
                false,
                t.get_args(
                    "editor-save-failed",
                    &[("file", name.clone().into()), ("reason", e.to_string().into())],
                ),
            ));
            return false;
        }
        let back = crate::files::read_text(path)
            .ok()
            .and_then(|text| parse_scenario(&name, &text, standards).ok());
        if back.as_ref() != Some(&self.s) {
            self.message = Some((
                false,
                t.get_args("editor-roundtrip-failed", &[("file", name.into())]),
            ));
            return false;
        }
        self.saved = back;
        self.loaded_from = Some(path.to_path_buf());
        self.path_text = name.clone();
        self.message = Some((true, t.get_args("editor-saved", &[("file", name.into())])));
        true
    }

    /// The household's problems and the scenario's, as `parse_scenario` finds them, plus
    /// amounts typed that are not numbers.
    fn problems(&self, standards: &crate::rules::standard::StandardSet) -> Vec<(String, Problem)> {
        let mut out = self.s.household.validate();
        out.extend(self.s.problems(standards));
        for (i, a) in self.amounts.iter().enumerate() {
            if crate::rules::text::parse_vnd(a).is_none() {
                out.push((
                    format!("household.income[{i}]"),
                    Problem::WrongType { detail: a.clone() },
                ));
            }
        }
        out
    }

    pub fn ui(&mut self, app: &mut Ctx<'_>, ui: &mut egui::Ui) -> Option<super::Action> {
        let mut saved = false;
        let problems = self.problems(&app.service.standards);
        let standard = match &self.s.scenario.standard {
            Some(id) => app.service.standards.get(id).cloned(),
            None => app
                .service
                .standards
                .default_for_year(self.s.household.review_year)
                .cloned(),
        };
        egui::Panel::right("editor-preview")
            .resizable(true)
            .default_size(460.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("editor-preview-scroll")
                    .show(ui, |ui| {
                        if let Some(standard) = &standard {
                            self.preview_ui(ui, app.texts, &app.service.standards, standard);
                        }
                    });
            });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("editor-form-scroll")
                .show(ui, |ui| {
                    self.file_ui(ui, app);
                    ui.separator();
                    let t = &app.texts;
                    self.scenario_ui(ui, t, &app.service.standards, &problems);
                    ui.separator();
                    self.household_ui(ui, t, &problems);
                    if self.is_dirty() {
                        ui.colored_label(verdict_color(false), t.get("editor-unsaved-mark"));
                    }
                    if ui.button(strong(t.get("editor-save"))).clicked() {
                        saved |= self.save_clicked(app);
                    }
                });
        });
        saved |= self.overwrite_modal(ui.ctx(), app);
        // A file saved: the library reads the trainers' folder again (at the end of the frame).
        saved.then_some(super::Action::ReloadScenarios)
    }

    /// True when a file was written.
    fn save_clicked(&mut self, app: &Ctx<'_>) -> bool {
        let t = &app.texts;
        let Some(path) = self.target(app.config) else {
            self.message = Some((false, self.no_target_message(t)));
            return false;
        };
        if path.exists() && self.loaded_from.as_deref() != Some(path.as_path()) {
            self.confirm_overwrite = Some(path);
            return false;
        }
        self.write(&path, &app.service.standards, t)
    }

    /// "Overwrite that file?"; true when the file was written.
    fn overwrite_modal(&mut self, ctx: &egui::Context, app: &Ctx<'_>) -> bool {
        let Some(path) = self.confirm_overwrite.clone() else {
            return false;
        };
        let t = &app.texts;
        let mut choice = None;
        egui::Modal::new(egui::Id::new("confirm-overwrite")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(t.get("editor-overwrite-title"));
            ui.label(t.get_args(
                "editor-overwrite-body",
                &[("file", path.display().to_string().into())],
            ));
            ui.horizontal(|ui| {
                if ui.button(t.get("editor-overwrite-yes")).clicked() {
                    choice = Some(true);
                }
                if ui.button(t.get("editor-overwrite-no")).clicked() {
                    choice = Some(false);
                }
            });
        });
        match choice {
            Some(true) => {
                self.confirm_overwrite = None;
                self.write(&path, &app.service.standards, app.texts)
            }
            Some(false) => {
                self.confirm_overwrite = None;
                false
            }
            None => false,
        }
    }

    pub(super) fn household_ui(&mut self, ui: &mut egui::Ui, t: &Texts, problems: &[(String, Problem)]) {
        self.household_fields_ui(ui, t, problems);
        ui.add_space(6.0);
        self.dwelling_ui(ui, t, problems);
        ui.add_space(6.0);
        self.materials_ui(ui, t, problems);
        ui.add_space(6.0);
        self.members_ui(ui, t, problems);
        ui.add_space(6.0);
        self.income_ui(ui, t, problems);
        ui.add_space(6.0);
        self.visit_ui(ui, t, problems);
        ui.add_space(6.0);
        self.review_ui(ui, t, problems);
    }
}
