//! "Soạn tình huống": the trainer's scenario editor. Every household field has its widget, the
//! engine's verdict (under the chosen standard and the previous one) updates while typing, the
//! answer key is filled from the engine with one click, and saving writes TOML that reads back
//! identically, atomically, asking before it overwrites another file. Leaving with unsaved
//! changes asks first (see `App::navigate`).

use std::path::{Path, PathBuf};

use eframe::egui;

use super::style::{strong, verdict_color};
use super::{App, Config, Origin, household_card};
use crate::assess::{Class, assess};
use crate::explain::{self, value};
use crate::household::*;
use crate::i18n::Texts;
use crate::scenario::{
    Bilingual, BilingualList, Expected, Region, Scenario, ScenarioMeta, check_expected, parse_scenario,
    to_toml,
};
use crate::source::Problem;
use crate::standard::{Standard, StandardSet};

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
            household: Household {
                area: Area::Rural,
                review_year: 2025,
                livelihood: Livelihood::default(),
                dwelling: Dwelling {
                    wall: Durability::Durable,
                    frame: Durability::Durable,
                    roof: Durability::Durable,
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
        config
            .scenarios_dir
            .as_ref()
            .map(|d| d.join(format!("{}.toml", self.s.scenario.id.trim())))
    }

    /// Saves for the "unsaved changes" dialog; false when it could not (the message says why).
    pub fn save_for_leaving(&mut self, config: &Config, standards: &StandardSet, t: &Texts) -> bool {
        let Some(path) = self.target(config) else {
            self.message = Some((false, t.get("editor-no-folder")));
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
    fn problems(&self, standards: &crate::standard::StandardSet) -> Vec<(String, Problem)> {
        let mut out = self.s.household.validate();
        out.extend(self.s.problems(standards));
        for (i, a) in self.amounts.iter().enumerate() {
            if crate::text::parse_vnd(a).is_none() {
                out.push((
                    format!("household.income[{i}]"),
                    Problem::WrongType { detail: a.clone() },
                ));
            }
        }
        out
    }

    pub fn ui(&mut self, app: &mut App, ui: &mut egui::Ui) -> Option<super::Action> {
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
                            self.preview_ui(ui, &app.texts, &app.service.standards, standard);
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
    fn save_clicked(&mut self, app: &App) -> bool {
        let t = &app.texts;
        let Some(path) = self.target(&app.config) else {
            self.message = Some((false, t.get("editor-no-folder")));
            return false;
        };
        if path.exists() && self.loaded_from.as_deref() != Some(path.as_path()) {
            self.confirm_overwrite = Some(path);
            return false;
        }
        self.write(&path, &app.service.standards, t)
    }

    /// "Overwrite that file?"; true when the file was written.
    fn overwrite_modal(&mut self, ctx: &egui::Context, app: &App) -> bool {
        let Some(path) = self.confirm_overwrite.clone() else {
            return false;
        };
        let t = &app.texts;
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("confirm-overwrite")).show(ctx, |ui| {
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
                self.write(&path, &app.service.standards, &app.texts)
            }
            Some(false) => {
                self.confirm_overwrite = None;
                false
            }
            None => false,
        }
    }

    /// Open an existing scenario, start a new one, duplicate this one; where it is saved.
    fn file_ui(&mut self, ui: &mut egui::Ui, app: &mut App) {
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
        ui.horizontal(|ui| {
            let label = ui.label(t.get("editor-file"));
            let hint = self
                .target(&app.config)
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let edit = ui.add(
                egui::TextEdit::singleline(&mut self.path_text)
                    .hint_text(hint)
                    .desired_width(520.0),
            );
            edit.labelled_by(label.id);
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

    fn scenario_ui(
        &mut self,
        ui: &mut egui::Ui,
        t: &Texts,
        standards: &StandardSet,
        problems: &[(String, Problem)],
    ) {
        ui.label(strong(t.get("editor-scenario-heading")));
        let m = &mut self.s.scenario;
        let mut tags_changed = false;
        egui::Grid::new("editor-scenario-fields")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                text_field(ui, t, "editor-id", &mut m.id, problems, "scenario.id");
                text_field(
                    ui,
                    t,
                    "editor-title-vi",
                    &mut m.title.vi,
                    problems,
                    "scenario.title.vi",
                );
                text_field(
                    ui,
                    t,
                    "editor-title-en",
                    &mut m.title.en,
                    problems,
                    "scenario.title.en",
                );
                text_field(
                    ui,
                    t,
                    "editor-summary-vi",
                    &mut m.summary.vi,
                    problems,
                    "scenario.summary.vi",
                );
                text_field(
                    ui,
                    t,
                    "editor-summary-en",
                    &mut m.summary.en,
                    problems,
                    "scenario.summary.en",
                );
                number_row(
                    ui,
                    t,
                    "editor-difficulty",
                    egui::DragValue::new(&mut m.difficulty).range(1..=3),
                );
                combo(
                    ui,
                    t,
                    "editor-region",
                    "region",
                    &mut m.region,
                    &Region::ALL,
                    Region::as_str,
                );
                // The standard: one of the list, or the default for the review year.
                {
                    let label = ui.label(t.get("editor-standard"));
                    let current = m.standard.as_ref().and_then(|id| standards.get(id)).map_or_else(
                        || t.get("editor-standard-default"),
                        |s| explain::standard_name(t, s),
                    );
                    egui::ComboBox::from_id_salt("editor-standard")
                        .selected_text(current)
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut m.standard, None, t.get("editor-standard-default"));
                            for s in standards.all() {
                                ui.selectable_value(
                                    &mut m.standard,
                                    Some(s.id.clone()),
                                    explain::standard_name(t, s),
                                );
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    ui.end_row();
                }
                tags_changed = single_line(ui, t, "editor-tags", &mut self.tags_text);
            });
        if tags_changed {
            m.tags = self
                .tags_text
                .split(',')
                .map(|x| x.trim().to_owned())
                .filter(|x| !x.is_empty())
                .collect();
        }
        multi_line(ui, t, "editor-narrative-vi", &mut m.narrative.vi, 6);
        egui::Grid::new("editor-narrative-error")
            .show(ui, |ui| field_error(ui, t, problems, "scenario.narrative.vi"));
        multi_line(ui, t, "editor-narrative-en", &mut m.narrative.en, 6);
        if multi_line(ui, t, "editor-points-vi", &mut self.points_vi, 3) {
            m.learning_points.vi = lines(&self.points_vi);
        }
        if multi_line(ui, t, "editor-points-en", &mut self.points_en, 3) {
            m.learning_points.en = lines(&self.points_en);
        }
        multi_line(ui, t, "editor-trainer-notes", &mut m.trainer_notes, 2);
    }

    fn household_ui(&mut self, ui: &mut egui::Ui, t: &Texts, problems: &[(String, Problem)]) {
        let h = &mut self.s.household;
        ui.label(strong(t.get("editor-household-heading")));
        egui::Grid::new("editor-household-fields")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                combo(
                    ui,
                    t,
                    "scenario-card-area",
                    "area",
                    &mut h.area,
                    Area::ALL,
                    Area::as_str,
                );
                number_row(
                    ui,
                    t,
                    "scenario-card-review-year",
                    egui::DragValue::new(&mut h.review_year).range(2016..=2030),
                );
                field_error(ui, t, problems, "household.review_year");
                combo(
                    ui,
                    t,
                    "scenario-card-livelihood",
                    "livelihood",
                    &mut h.livelihood,
                    Livelihood::ALL,
                    Livelihood::as_str,
                );
            });

        ui.add_space(6.0);
        ui.label(strong(t.get("scenario-card-dwelling")));
        let d = &mut h.dwelling;
        egui::Grid::new("editor-dwelling-fields")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                combo(
                    ui,
                    t,
                    "scenario-card-wall",
                    "durability",
                    &mut d.wall,
                    Durability::ALL,
                    Durability::as_str,
                );
                combo(
                    ui,
                    t,
                    "scenario-card-frame",
                    "durability",
                    &mut d.frame,
                    Durability::ALL,
                    Durability::as_str,
                );
                combo(
                    ui,
                    t,
                    "scenario-card-roof",
                    "durability",
                    &mut d.roof,
                    Durability::ALL,
                    Durability::as_str,
                );
                number_row(
                    ui,
                    t,
                    "scenario-card-floor-area",
                    egui::DragValue::new(&mut d.floor_area_m2)
                        .range(0.0..=10_000.0)
                        .speed(0.1)
                        .fixed_decimals(1)
                        .suffix(" m²"),
                );
                field_error(ui, t, problems, "household.dwelling.floor_area_m2");
                combo(
                    ui,
                    t,
                    "scenario-card-water",
                    "water",
                    &mut d.water_source,
                    WaterSource::ALL,
                    WaterSource::as_str,
                );
                combo(
                    ui,
                    t,
                    "scenario-card-latrine",
                    "latrine",
                    &mut d.latrine,
                    Latrine::ALL,
                    Latrine::as_str,
                );
                combo(
                    ui,
                    t,
                    "scenario-card-waste",
                    "waste",
                    &mut d.waste,
                    Waste::ALL,
                    Waste::as_str,
                );
            });
        ui.horizontal_wrapped(|ui| {
            ui.label(t.get("scenario-card-info-means"));
            for m in InfoMeans::ALL {
                let mut on = d.info_means.contains(m);
                if ui.checkbox(&mut on, value(t, "info", m.as_str())).changed() {
                    if on {
                        d.info_means.push(*m);
                        d.info_means.sort();
                    } else {
                        d.info_means.retain(|x| x != m);
                    }
                }
            }
        });
        ui.checkbox(&mut d.hears_loudspeaker, t.get("scenario-card-loudspeaker"));

        ui.add_space(6.0);
        ui.label(strong(t.get("scenario-card-members")));
        egui::Grid::new("editor-members-error")
            .show(ui, |ui| field_error(ui, t, problems, "household.members"));
        let mut action: Option<(usize, i32)> = None; // (member, -1 up / +1 down / 0 remove)
        let count = h.members.len();
        for (i, m) in h.members.iter_mut().enumerate() {
            ui.group(|ui| {
                ui.set_width(ui.available_width());
                ui.label(strong(t.get_args(
                    "editor-member-heading",
                    &[("number", (i + 1).into()), ("name", m.name.clone().into())],
                )));
                egui::Grid::new(("editor-member", i))
                    .num_columns(2)
                    .spacing([12.0, 6.0])
                    .show(ui, |ui| {
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
                    });
                ui.horizontal_wrapped(|ui| {
                    ui.checkbox(&mut m.health_insurance, t.get("scenario-card-insurance"));
                    ui.checkbox(&mut m.vocational_certificate, t.get("editor-vocational"));
                    ui.checkbox(&mut m.on_the_job_training, t.get("editor-on-the-job"));
                    ui.checkbox(&mut m.uses_internet, t.get("editor-uses-internet"));
                    ui.checkbox(&mut m.uses_phone, t.get("editor-uses-phone"));
                    ui.checkbox(&mut m.sick_untreated, t.get("editor-sick-untreated"));
                    ui.checkbox(&mut m.social_allowance, t.get("scenario-card-allowance"));
                });
                ui.horizontal(|ui| {
                    if i > 0
                        && ui
                            .button(t.get_args("editor-member-up", &[("number", (i + 1).into())]))
                            .clicked()
                    {
                        action = Some((i, -1));
                    }
                    if i + 1 < count
                        && ui
                            .button(t.get_args("editor-member-down", &[("number", (i + 1).into())]))
                            .clicked()
                    {
                        action = Some((i, 1));
                    }
                    if ui
                        .button(t.get_args("editor-member-remove", &[("number", (i + 1).into())]))
                        .clicked()
                    {
                        action = Some((i, 0));
                    }
                });
            });
        }
        match action {
            Some((i, 0)) => {
                h.members.remove(i);
            }
            Some((i, -1)) => h.members.swap(i, i - 1),
            Some((i, _)) => h.members.swap(i, i + 1),
            None => {}
        }
        if ui.button(t.get("editor-member-add")).clicked() {
            h.members.push(blank_member(t));
        }

        ui.add_space(6.0);
        ui.label(strong(t.get("scenario-card-income")));
        let mut remove = None;
        for (i, src) in h.income.iter_mut().enumerate() {
            egui::Grid::new(("editor-income", i))
                .num_columns(2)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    combo_salted(
                        ui,
                        t,
                        &format!("income-{i}"),
                        "editor-income-source",
                        "income",
                        &mut src.source,
                        IncomeKind::ALL,
                        IncomeKind::as_str,
                    );
                    let monthly = src.monthly_vnd.is_some();
                    let label = ui.label(t.get("editor-income-amount"));
                    let edit = ui.add(egui::TextEdit::singleline(&mut self.amounts[i]).desired_width(160.0));
                    let edit = edit.labelled_by(label.id);
                    let amount = crate::text::parse_vnd(&self.amounts[i])
                        .map(|v| u64::try_from(v).unwrap_or(u64::MAX));
                    if edit.changed() {
                        self.amounts[i] = crate::text::nfc(&self.amounts[i]);
                    }
                    if edit.lost_focus()
                        && let Some(v) = amount
                    {
                        self.amounts[i] = t.number(v.into());
                    }
                    ui.end_row();
                    let mut per_month = monthly;
                    let period_label = ui.label(t.get("editor-income-period"));
                    egui::ComboBox::from_id_salt(format!("period-{i}"))
                        .selected_text(t.get(if per_month {
                            "editor-per-month"
                        } else {
                            "editor-per-year"
                        }))
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut per_month, true, t.get("editor-per-month"));
                            ui.selectable_value(&mut per_month, false, t.get("editor-per-year"));
                        })
                        .response
                        .labelled_by(period_label.id);
                    ui.end_row();
                    let v = amount.unwrap_or(0);
                    (src.monthly_vnd, src.annual_vnd) = if per_month {
                        (Some(v), None)
                    } else {
                        (None, Some(v))
                    };
                    field_error(ui, t, problems, &format!("household.income[{i}]"));
                });
            if ui
                .button(t.get_args("editor-income-remove", &[("number", (i + 1).into())]))
                .clicked()
            {
                remove = Some(i);
            }
        }
        if let Some(i) = remove {
            h.income.remove(i);
            self.amounts.remove(i);
        }
        if ui.button(t.get("editor-income-add")).clicked() {
            h.income.push(IncomeSource {
                source: IncomeKind::Agriculture,
                monthly_vnd: Some(0),
                annual_vnd: None,
            });
            self.amounts.push("0".into());
        }
    }

    /// The engine's verdict as the trainer types, the answer key, and the trainee's view.
    fn preview_ui(&mut self, ui: &mut egui::Ui, t: &Texts, standards: &StandardSet, standard: &Standard) {
        ui.heading(t.get("editor-preview-heading"));
        let h = &self.s.household;
        if h.members.is_empty() {
            ui.label(t.get("error-no-members"));
            return;
        }
        let a = assess(h, standard);
        ui.label(strong(t.get_args(
            "editor-preview-under",
            &[
                ("standard", explain::standard_name(t, standard).into()),
                ("class", explain::outcome_name(t, &a).into()),
            ],
        )));
        ui.label(explain::decision_text(t, &a));
        // In the first year of a standard, the default fits the periodic review only.
        if self.s.scenario.standard.is_none()
            && standard.review_years.from == h.review_year
            && let Some(prev) = standards.previous(&standard.id)
        {
            ui.label(t.get_args(
                "editor-transition-year",
                &[
                    ("year", h.review_year.to_string().into()),
                    ("standard", explain::standard_name(t, standard).into()),
                    ("previous", explain::standard_name(t, prev).into()),
                ],
            ));
        }
        for r in a.indicators.iter().filter(|r| r.deprived) {
            ui.label(t.get_args(
                "editor-preview-deprived",
                &[
                    ("name", explain::indicator_title(t, r.indicator).into()),
                    ("fact", explain::finding_text(t, h, r).into()),
                ],
            ));
        }
        if let Some(prev) = standards.previous(&standard.id) {
            let b = assess(h, prev);
            ui.label(t.get_args(
                "editor-preview-previous",
                &[
                    ("standard", explain::standard_name(t, prev).into()),
                    ("class", explain::outcome_name(t, &b).into()),
                    ("count", b.deprivation_count().into()),
                ],
            ));
        }
        ui.separator();
        ui.label(strong(t.get("editor-expected-heading")));
        if ui.button(t.get("editor-expected-fill")).clicked() {
            self.s.expected = Some(Expected {
                classification: a.class,
                deprived: a.deprived_ids().into_iter().map(str::to_owned).collect(),
                income_per_person_month_vnd: a.income.per_person_month_vnd,
            });
            self.expected_income_text = t.number(a.income.per_person_month_vnd);
        }
        let mut clear = false;
        if let Some(e) = &mut self.s.expected {
            let label = ui.label(t.get("editor-expected-class"));
            egui::ComboBox::from_id_salt("editor-expected-class")
                .selected_text(explain::class_name(t, e.classification))
                .show_ui(ui, |ui| {
                    for c in Class::ALL {
                        ui.selectable_value(&mut e.classification, c, explain::class_name(t, c));
                    }
                })
                .response
                .labelled_by(label.id);
            for ind in &standard.indicators {
                let mut on = e.deprived.contains(&ind.id);
                let name = t.get_args(
                    "editor-expected-deprived",
                    &[("name", explain::indicator_title(t, ind).into())],
                );
                if ui.checkbox(&mut on, name).changed() {
                    if on {
                        e.deprived.push(ind.id.clone());
                        e.deprived.sort();
                    } else {
                        e.deprived.retain(|x| x != &ind.id);
                    }
                }
            }
            let label = ui.label(t.get("editor-expected-income"));
            let edit =
                ui.add(egui::TextEdit::singleline(&mut self.expected_income_text).desired_width(160.0));
            if edit.labelled_by(label.id).changed()
                && let Some(v) = crate::text::parse_vnd(&self.expected_income_text)
            {
                e.income_per_person_month_vnd = v;
            }
            clear = ui.button(t.get("editor-expected-clear")).clicked();
        }
        if clear {
            self.s.expected = None;
        }
        for m in check_expected(&self.s, standard) {
            ui.colored_label(
                verdict_color(false),
                explain::mismatch_text(t, "", &self.s, standard, &m),
            );
        }
        ui.separator();
        egui::CollapsingHeader::new(strong(t.get("editor-trainee-view")))
            .id_salt("trainee-view")
            .show(ui, |ui| {
                household_card::narrative_ui(ui, t, &self.s);
                household_card::household_ui(ui, t, &self.s.household, Some(standard));
            });
    }
}

fn amount_text(t: &Texts, i: &IncomeSource) -> String {
    t.number(u128::from(i.monthly_vnd.or(i.annual_vnd).unwrap_or(0)))
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The problem found at `path`, worded, on its own row of the form under its field.
fn field_error(ui: &mut egui::Ui, t: &Texts, problems: &[(String, Problem)], path: &str) {
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
fn single_line(ui: &mut egui::Ui, t: &Texts, label_id: &str, text: &mut String) -> bool {
    let label = ui.label(t.get(label_id));
    let r = ui
        .add(egui::TextEdit::singleline(text).desired_width(420.0))
        .labelled_by(label.id);
    ui.end_row();
    if r.changed() {
        *text = crate::text::nfc(text);
    }
    r.changed()
}

fn text_field(
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
fn multi_line(ui: &mut egui::Ui, t: &Texts, label_id: &str, text: &mut String, rows: usize) -> bool {
    let label = ui.label(t.get(label_id));
    let r = ui
        .add(
            egui::TextEdit::multiline(text)
                .desired_rows(rows)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if r.changed() {
        *text = crate::text::nfc(text);
    }
    r.changed()
}

/// A form row: a labelled drop-down of an enumeration, each value named in the UI language.
fn combo<E: Copy + PartialEq>(
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
fn combo_salted<E: Copy + PartialEq>(
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
fn number_row(ui: &mut egui::Ui, t: &Texts, label_id: &str, drag: egui::DragValue<'_>) {
    let label = ui.label(t.get(label_id));
    ui.add(drag).labelled_by(label.id);
    ui.end_row();
}
