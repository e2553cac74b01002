//! "Tổng hợp kết quả": the trainer imports many results files (or a folder), sees tables per
//! trainee, scenario, indicator (missed and false deprivations apart), commune and district, bar
//! charts of the weakest indicators and communes, and exports the answers as CSV for Excel.
//! Unreadable files are listed with their reason, never skipped in silence.

use std::path::PathBuf;

use eframe::egui;
use egui_plot::{Bar, BarChart, Plot};

use super::{Ctx, Origin};
use crate::training::report::{FlagKind, Report};
use crate::words::i18n::Texts;
use rasoat_ui::{strong, verdict_color};

#[derive(Default)]
pub struct DashboardScreen {
    path_text: String,
    csv_text: String,
    report: Option<(usize, Report)>,
    /// The same console as a live class's, over the imported files.
    console: Option<crate::training::classroom::Console>,
    /// The standard most answers were given under (names the indicators on the console).
    standard: Option<String>,
    unreadable: Vec<String>,
    message: Option<(bool, String)>,
}

impl DashboardScreen {
    pub fn new(config: &super::Config) -> Self {
        let dir = config
            .places
            .results
            .as_ref()
            .map(|d| d.display().to_string())
            .unwrap_or_default();
        Self {
            path_text: dir,
            ..Default::default()
        }
    }

    /// Reads, scores and adds up the results files of the folder (on every core, a block of
    /// files at a time: the summary, the answers for the spreadsheet and the console's figures are
    /// kept, not the files).
    fn import(&mut self, app: &Ctx<'_>) {
        let path = PathBuf::from(self.path_text.trim());
        let (files, unlisted) = match crate::load::files_below(&path, "json") {
            Ok(files) => (files, None),
            Err(e) => (Vec::new(), Some(e.text(app.texts))),
        };
        let scenarios = app
            .service
            .library
            .iter()
            .filter(|e| e.origin != Origin::Generated)
            .map(|e| e.scenario.clone());
        let mut cat = crate::training::report::Catalogue::new(scenarios);
        let names =
            crate::training::generate::parse_names("names.toml", crate::training::generate::BUILTIN_NAMES)
                .ok();
        let mut builder = crate::training::report::Builder::default();
        let mut live = crate::training::classroom::Live::default();
        let mut count = 0usize;
        // "Silent" counts from the last answer in the files, not from today.
        let mut last = 0u64;
        let mut standards: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        let bad = crate::load::score_results(
            app.texts,
            &files,
            &app.service.standards,
            &mut cat,
            names.as_ref(),
            &mut |_| {},
            &mut |_, f| {
                last = last.max(f.last_try_at);
                *standards.entry(f.standard.clone()).or_default() += 1;
                crate::training::classroom::add_file(&mut live, count, &f);
                count += 1;
                let answered = builder.add(f);
                builder.keep(&answered);
                Ok(())
            },
        )
        .unwrap_or_else(|e| vec![e.text(app.texts)]);
        self.console = Some(live.console(i64::try_from(last).unwrap_or(0)));
        self.standard = standards.into_iter().max_by_key(|(_, n)| *n).map(|(s, _)| s);
        self.unreadable = unlisted.into_iter().chain(bad).collect();
        self.report = Some((count, builder.finish()));
        self.message = None;
    }

    pub fn ui(&mut self, app: &mut Ctx<'_>, ui: &mut egui::Ui) -> Option<super::Action> {
        let mut next = None;
        egui::ScrollArea::vertical()
            .id_salt("dashboard-scroll")
            .show(ui, |ui| {
                let t = &app.texts;
                ui.heading(t.get("dashboard-title"));
                ui.label(t.get("dashboard-intro"));
                if ui.button(strong(t.get("dashboard-live-class"))).clicked() {
                    next = Some(super::Action::Go(super::Screen::Console(Box::new(
                        super::class::console::ConsoleScreen::new(
                            app.settings.class_server.clone(),
                            app.config.places.results.as_deref(),
                        ),
                    ))));
                }
                // Importing a folder of results files: the desktop's.
                let folders = crate::platform::FOLDERS;
                if folders {
                    ui.horizontal(|ui| {
                        let label = ui.label(t.get("dashboard-path"));
                        let r = ui
                            .add(egui::TextEdit::singleline(&mut self.path_text).desired_width(560.0))
                            .labelled_by(label.id);
                        if r.changed() {
                            self.path_text = crate::rules::text::nfc(&self.path_text);
                        }
                        super::dialogs::choose_button(
                            ui,
                            t,
                            super::dialogs::Want::Folder,
                            &mut self.path_text,
                        );
                    });
                }
                if folders && ui.button(strong(t.get("dashboard-import"))).clicked() {
                    self.import(app);
                }
                let t = &app.texts;
                if !self.unreadable.is_empty() {
                    ui.colored_label(
                        verdict_color(false),
                        t.get_args("dashboard-unreadable", &[("count", self.unreadable.len().into())]),
                    );
                    for e in &self.unreadable {
                        ui.label(egui::RichText::new(e).small());
                    }
                }
                let Some((files, report)) = &self.report else {
                    return;
                };
                ui.separator();
                ui.label(strong(t.get_args(
                    "report-title",
                    &[
                        ("files", (*files).into()),
                        ("answers", report.answer_count.into()),
                    ],
                )));
                if let Some(console) = &self.console {
                    let standard = self
                        .standard
                        .as_deref()
                        .and_then(|s| app.service.standards.get(s));
                    let titles = |id: &str| {
                        app.service.library.scenario(id).map_or_else(
                            || id.to_owned(),
                            |s| s.scenario.title.get(t.lang().is_english()).to_owned(),
                        )
                    };
                    // A trainee's own answers are in their file: the console here only lists them.
                    let _ = rasoat_ui::console::console_ui(ui, t, standard, console, &titles);
                    ui.separator();
                }
                egui::CollapsingHeader::new(strong(t.get("dashboard-details")))
                    .id_salt("dashboard-details")
                    .show(ui, |ui| {
                        trainees_ui(ui, t, report);
                        indicators_ui(ui, t, report);
                        places_ui(ui, t, report);
                        scenarios_ui(ui, t, report);
                    });
                visits_ui(ui, t, report);
                procedure_ui(ui, t, report);
                if !report.flagged.is_empty() {
                    ui.label(strong(t.get("report-flagged-heading")));
                    for f in &report.flagged {
                        let id = match f.kind {
                            FlagKind::Changed => "report-flag-changed",
                            FlagKind::Unknown => "report-flag-unknown",
                            FlagKind::Duplicate => "report-flag-duplicate",
                        };
                        ui.colored_label(
                            verdict_color(false),
                            t.get_args(
                                id,
                                &[
                                    ("file", f.file.clone().into()),
                                    ("trainee", f.trainee.clone().into()),
                                    ("scenario", f.scenario_id.clone().into()),
                                ],
                            ),
                        );
                    }
                }
                ui.separator();
                ui.horizontal(|ui| {
                    let label = ui.label(t.get("dashboard-csv-path"));
                    ui.add(
                        egui::TextEdit::singleline(&mut self.csv_text)
                            .hint_text("tong-hop.csv")
                            .desired_width(480.0),
                    )
                    .labelled_by(label.id);
                    super::dialogs::choose_button(ui, t, super::dialogs::Want::SaveCsv, &mut self.csv_text);
                });
                if ui.button(t.get("dashboard-csv-export")).clicked() {
                    let path = PathBuf::from(if self.csv_text.trim().is_empty() {
                        "tong-hop.csv"
                    } else {
                        self.csv_text.trim()
                    });
                    self.message = Some(super::write_worded(
                        t,
                        &path,
                        crate::words::explain::report_csv(t, report).as_bytes(),
                        "report-csv-written",
                    ));
                }
                if let Some((ok, m)) = &self.message {
                    ui.colored_label(verdict_color(*ok), m);
                }
            });
        next
    }
}

/// A horizontal bar chart with each bar's name written beside it (a value from 0 to 100).
fn bar_chart(ui: &mut egui::Ui, id: &str, series: String, bars: Vec<(String, f64)>) {
    let names: Vec<String> = bars.iter().map(|(n, _)| n.clone()).collect();
    let count = bars.len();
    let items: Vec<Bar> = bars
        .into_iter()
        .enumerate()
        .map(|(i, (name, value))| Bar::new((count - 1 - i) as f64, value).name(name).width(0.6))
        .collect();
    let label_of = move |mark: egui_plot::GridMark| -> String {
        let i = mark.value.round();
        if (mark.value - i).abs() > 1e-6 || i < 0.0 {
            return String::new();
        }
        names
            .get(count.saturating_sub(1 + i as usize))
            .cloned()
            .unwrap_or_default()
    };
    Plot::new(id)
        .height(36.0 * count as f32 + 40.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .include_x(0.0)
        .include_x(100.0)
        .y_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 1.0, 1.0]))
        .y_axis_formatter(move |mark, _| label_of(mark))
        .y_axis_min_width(260.0)
        .show(ui, |p| p.bar_chart(BarChart::new(series, items).horizontal()));
}

/// A heading and a striped table: column titles (Fluent ids) and rows of cells.
fn table(ui: &mut egui::Ui, t: &Texts, heading: &str, id: &str, columns: &[&str], rows: Vec<Vec<String>>) {
    ui.add_space(6.0);
    ui.label(strong(t.get(heading)));
    egui::Grid::new(id)
        .striped(true)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for c in columns {
                ui.label(strong(t.get(c)));
            }
            ui.end_row();
            for row in rows {
                for cell in row {
                    ui.label(cell);
                }
                ui.end_row();
            }
        });
}

fn percent(t: &Texts, p: u32) -> String {
    t.get_args("dashboard-percent", &[("percent", p.into())])
}

fn rate(t: &Texts, n: usize, of: usize) -> String {
    t.get_args("dashboard-rate", &[("n", n.into()), ("of", of.into())])
}

fn trainees_ui(ui: &mut egui::Ui, t: &Texts, r: &Report) {
    let rows = r
        .trainees
        .iter()
        .map(|row| {
            vec![
                crate::words::explain::place_name(&row.commune, &row.district, &row.province),
                row.name.clone(),
                percent(t, row.percent()),
                row.done.to_string(),
                (row.seconds / 60).to_string(),
            ]
        })
        .collect();
    let columns = [
        "dashboard-col-place",
        "dashboard-col-trainee",
        "dashboard-col-score",
        "dashboard-col-done",
        "dashboard-col-minutes",
    ];
    table(ui, t, "report-trainees-heading", "dash-trainees", &columns, rows);
}

fn indicators_ui(ui: &mut egui::Ui, t: &Texts, r: &Report) {
    let name =
        |row: &crate::training::report::IndicatorRow| crate::words::explain::indicator_row_name(t, row);
    let rows = r
        .weakest_indicators()
        .into_iter()
        .map(|row| {
            vec![
                name(row),
                row.standard.clone(),
                rate(t, row.missed, row.deprived_cases),
                rate(t, row.false_marks, row.not_deprived_cases),
            ]
        })
        .collect();
    let columns = [
        "dashboard-col-indicator",
        "dashboard-col-standard",
        "dashboard-col-missed",
        "dashboard-col-false",
    ];
    table(
        ui,
        t,
        "report-indicators-heading",
        "dash-indicators",
        &columns,
        rows,
    );
    let weakest: Vec<&crate::training::report::IndicatorRow> =
        r.weakest_indicators().into_iter().take(8).collect();
    if weakest.is_empty() {
        return;
    }
    ui.label(t.get("dashboard-chart-indicators"));
    let bars = weakest
        .iter()
        .map(|row| (name(row), f64::from(row.error_per_mille()) / 10.0))
        .collect();
    bar_chart(ui, "dash-indicator-chart", t.get("dashboard-chart-error"), bars);
}

fn places_ui(ui: &mut egui::Ui, t: &Texts, r: &Report) {
    let place = |row: &crate::training::report::PlaceRow| {
        crate::words::explain::place_name(&row.commune, &row.district, &row.province)
    };
    let columns = [
        "dashboard-col-place",
        "dashboard-col-trainees",
        "dashboard-col-score",
    ];
    let rows_of = |rows: &[crate::training::report::PlaceRow]| -> Vec<Vec<String>> {
        rows.iter()
            .map(|row| vec![place(row), row.trainees.to_string(), percent(t, row.percent())])
            .collect()
    };
    table(
        ui,
        t,
        "report-communes-heading",
        "dash-communes",
        &columns,
        rows_of(&r.communes),
    );
    let weakest: Vec<&crate::training::report::PlaceRow> = r.weakest_communes().into_iter().take(8).collect();
    if !weakest.is_empty() {
        ui.label(t.get("dashboard-chart-communes"));
        let bars = weakest
            .iter()
            .map(|row| (place(row), f64::from(row.percent())))
            .collect();
        bar_chart(ui, "dash-commune-chart", t.get("dashboard-chart-score"), bars);
    }
    // Districts and provinces only where trainees gave them (no district level since 1/7/2025).
    for (heading, salt, rows) in [
        ("report-districts-heading", "dash-districts", &r.districts),
        ("report-provinces-heading", "dash-provinces", &r.provinces),
    ] {
        if !rows.is_empty() {
            table(ui, t, heading, salt, &columns, rows_of(rows));
        }
    }
}

/// Field visits in the village, and the questions most often forgotten.
fn visits_ui(ui: &mut egui::Ui, t: &Texts, r: &Report) {
    if r.visits.is_empty() {
        return;
    }
    let rows = r
        .visits
        .iter()
        .map(|v| {
            vec![
                crate::words::explain::place_name(&v.commune, &v.district, &v.province),
                v.trainee.clone(),
                format!("{} — {}", v.village, v.home),
                format!("{}/{}", v.points, v.max),
                v.questions.to_string(),
                v.unsupported.to_string(),
            ]
        })
        .collect();
    let columns = [
        "dashboard-col-place",
        "dashboard-col-trainee",
        "dashboard-col-village",
        "dashboard-col-score",
        "dashboard-col-questions",
        "dashboard-col-unsupported",
    ];
    table(ui, t, "report-visits-heading", "dash-visits", &columns, rows);
    let rows = r
        .forgotten
        .iter()
        .map(|f| {
            vec![
                crate::words::visit::action_label(t, &f.action),
                rate(t, f.forgotten, f.visits),
            ]
        })
        .collect();
    table(
        ui,
        t,
        "report-forgotten-heading",
        "dash-forgotten",
        &["dashboard-col-question", "dashboard-col-forgotten"],
        rows,
    );
}

/// Review campaigns in the village, and the procedural decisions most often wrong, by commune.
fn procedure_ui(ui: &mut egui::Ui, t: &Texts, r: &Report) {
    if r.campaigns.is_empty() {
        return;
    }
    let rows = r
        .campaigns
        .iter()
        .map(|c| {
            vec![
                c.commune.clone(),
                c.trainee.clone(),
                format!("{} — {}", c.village, t.get(&format!("proc-kind-{}", c.kind))),
                rate(t, c.right, c.judged),
            ]
        })
        .collect();
    table(
        ui,
        t,
        "report-campaigns-heading",
        "dash-campaigns",
        &[
            "dashboard-col-place",
            "dashboard-col-trainee",
            "dashboard-col-campaign",
            "dashboard-col-decisions-right",
        ],
        rows,
    );
    let rows = r
        .procedure
        .iter()
        .filter(|p| p.wrong > 0)
        .map(|p| {
            vec![
                crate::words::explain::place_name(&p.commune, &p.district, &p.province),
                crate::words::explain::procedure_key(t, &p.check, p.provisional),
                rate(t, p.wrong, p.judged),
            ]
        })
        .collect();
    table(
        ui,
        t,
        "report-procedure-heading",
        "dash-procedure",
        &[
            "dashboard-col-place",
            "dashboard-col-decision",
            "dashboard-col-wrong",
        ],
        rows,
    );
}

fn scenarios_ui(ui: &mut egui::Ui, t: &Texts, r: &Report) {
    let rows = r
        .scenarios
        .iter()
        .map(|row| {
            vec![
                row.title.clone(),
                rate(t, row.fully_right, row.answered),
                rate(t, row.class_right, row.answered),
                row.answered.to_string(),
            ]
        })
        .collect();
    let columns = [
        "dashboard-col-scenario",
        "dashboard-col-fully",
        "dashboard-col-class",
        "dashboard-col-answers",
    ];
    table(
        ui,
        t,
        "report-scenarios-heading",
        "dash-scenarios",
        &columns,
        rows,
    );
}
