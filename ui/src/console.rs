//! The trainer console: what a trainer acts on, first — who is here and who is stuck, the
//! indicators most often wrong and the typical mistake, the weakest communes and districts, each
//! scenario's facility and discrimination, and the scores' histogram; then every trainee, a click
//! away from their answers. Drawn the same for a live class and for imported results files, from
//! a `Console` snapshot: no network, no files (so the web build draws it too).

use egui::{Color32, RichText, Ui};
use rasoat_core::rules::standard::Standard;
use rasoat_core::training::classroom::Console;
use rasoat_core::training::classroom::live::{ClassMistake, PlaceStat, Status};
use rasoat_core::words::explain;
use rasoat_core::words::i18n::Texts;

/// What the trainer clicked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Click {
    /// Open this trainee's answers.
    Trainee(i64),
}

/// How many of each list are shown before "more".
const TOP: usize = 8;

/// Draws the console; returns what was clicked.
pub fn console_ui(
    ui: &mut Ui,
    t: &Texts,
    standard: Option<&Standard>,
    c: &Console,
    titles: &dyn Fn(&str) -> String,
) -> Option<Click> {
    totals_ui(ui, t, c);
    ui.add_space(8.0);
    ui.columns(2, |cols| {
        // Left-aligned text (columns justify wrapped lines otherwise).
        let left = egui::Layout::top_down(egui::Align::Min);
        cols[0].with_layout(left, |ui| {
            indicators_ui(ui, t, standard, c);
            mistakes_ui(ui, t, &c.class_mistakes);
        });
        cols[1].with_layout(left, |ui| {
            places_ui(ui, t, "console-communes", &c.communes, true);
            places_ui(ui, t, "console-districts", &c.districts, false);
        });
    });
    ui.add_space(8.0);
    scenarios_ui(ui, t, c, titles);
    ui.add_space(8.0);
    histogram_ui(ui, t, &c.histogram);
    ui.add_space(8.0);
    trainees_ui(ui, t, c)
}

fn totals_ui(ui: &mut Ui, t: &Texts, c: &Console) {
    let n = |x: u64| t.number(u128::from(x));
    ui.horizontal_wrapped(|ui| {
        for (id, value, warn) in [
            ("console-joined", c.totals.joined, false),
            ("console-answering", c.totals.answering, false),
            ("console-waiting", c.totals.waiting, false),
            ("console-idle", c.totals.idle, c.totals.idle > 0),
            ("console-finished", c.totals.finished, false),
            ("console-answers", c.totals.answers, false),
        ] {
            ui.group(|ui| {
                ui.vertical(|ui| {
                    let big = RichText::new(n(value)).size(26.0).strong();
                    ui.label(if warn {
                        big.color(crate::verdict_color(false))
                    } else {
                        big
                    });
                    ui.label(t.get(id));
                });
            });
        }
        if let Some(mean) = c.totals.mean_percent {
            ui.group(|ui| {
                ui.vertical(|ui| {
                    ui.label(RichText::new(format!("{mean}%")).size(26.0).strong());
                    ui.label(t.get("console-mean"));
                });
            });
        }
    });
}

fn indicators_ui(ui: &mut Ui, t: &Texts, standard: Option<&Standard>, c: &Console) {
    ui.label(crate::strong(t.get("console-indicators-heading")));
    let wrong: Vec<_> = c.indicators.iter().filter(|i| i.wrong() > 0).take(TOP).collect();
    if wrong.is_empty() {
        ui.label(t.get("console-none-yet"));
    }
    let n = |x: u64| t.number(u128::from(x));
    for i in wrong {
        let name = standard
            .and_then(|s| s.indicator(&i.id))
            .map_or_else(|| i.id.clone(), |ind| explain::indicator_name(t, ind));
        let typical = if i.missed >= i.false_marks {
            t.get_args("console-typical-missed", &[("count", n(i.missed).into())])
        } else {
            t.get_args("console-typical-false", &[("count", n(i.false_marks).into())])
        };
        ui.label(t.get_args(
            "console-indicator-line",
            &[
                ("name", name.into()),
                ("wrong", n(i.wrong()).into()),
                ("cases", n(i.cases).into()),
                ("typical", typical.into()),
            ],
        ));
    }
}

fn mistakes_ui(ui: &mut Ui, t: &Texts, mistakes: &[ClassMistake]) {
    if mistakes.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.label(crate::strong(t.get("console-classes-heading")));
    for m in mistakes.iter().take(TOP) {
        let correct = explain::class_name(t, m.correct);
        let count = t.number(u128::from(m.count));
        ui.label(match m.given {
            Some(g) => t.get_args(
                "console-class-line",
                &[
                    ("given", explain::class_name(t, g).into()),
                    ("correct", correct.into()),
                    ("count", count.into()),
                ],
            ),
            None => t.get_args(
                "console-class-none-line",
                &[("correct", correct.into()), ("count", count.into())],
            ),
        });
    }
}

fn places_ui(ui: &mut Ui, t: &Texts, heading: &str, places: &[PlaceStat], communes: bool) {
    let shown: Vec<_> = places
        .iter()
        .filter(|p| communes || !p.district.is_empty())
        .collect();
    if shown.is_empty() {
        return;
    }
    ui.label(crate::strong(t.get(heading)));
    let total = shown.len();
    egui::Grid::new(heading).striped(true).show(ui, |ui| {
        ui.label(t.get("console-place"));
        ui.label(t.get("console-place-trainees"));
        ui.label(t.get("console-place-score"));
        ui.end_row();
        for p in shown.iter().take(TOP) {
            let name = if communes {
                explain::place_name(&p.commune, &p.district, &p.province)
            } else {
                explain::place_name("", &p.district, &p.province)
            };
            ui.label(name);
            ui.label(p.trainees.to_string());
            ui.label(if p.max == 0 {
                "—".to_owned()
            } else {
                format!("{}%", p.percent())
            });
            ui.end_row();
        }
    });
    if total > TOP {
        ui.label(
            RichText::new(t.get_args("console-more-places", &[("count", (total - TOP).into())])).small(),
        );
    }
    ui.add_space(6.0);
}

fn scenarios_ui(ui: &mut Ui, t: &Texts, c: &Console, titles: &dyn Fn(&str) -> String) {
    ui.label(crate::strong(t.get("console-scenarios-heading")));
    ui.label(RichText::new(t.get("console-scenarios-help")).small());
    egui::Grid::new("console-scenarios").striped(true).show(ui, |ui| {
        for id in [
            "console-scenario",
            "console-answered",
            "console-facility",
            "console-class-right",
            "console-discrimination",
        ] {
            ui.label(t.get(id));
        }
        ui.end_row();
        for s in &c.scenarios {
            ui.label(titles(&s.id));
            ui.label(s.answered.to_string());
            ui.label(s.facility.map_or_else(|| "—".to_owned(), |f| format!("{f}%")));
            ui.label(s.class_right.to_string());
            ui.label(match s.discrimination {
                None => "—".to_owned(),
                Some(d) if d < 20 => t.get_args("console-discrimination-weak", &[("value", d.into())]),
                Some(d) => d.to_string(),
            });
            ui.end_row();
        }
    });
}

/// The scores' histogram, drawn with the painter: ten labelled bars.
fn histogram_ui(ui: &mut Ui, t: &Texts, h: &[u64; 10]) {
    ui.label(crate::strong(t.get("console-histogram-heading")));
    let max = h.iter().copied().max().unwrap_or(0).max(1);
    let (width, height) = (ui.available_width().min(640.0), 140.0);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, height + 36.0), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let bar_w = width / 10.0;
    let text = ui.visuals().text_color();
    let fill = Color32::from_rgb(70, 120, 190);
    for (i, n) in h.iter().enumerate() {
        let x = rect.left() + bar_w * i as f32;
        let bar_h = height * (*n as f32) / (max as f32);
        let bar = egui::Rect::from_min_max(
            egui::pos2(x + 4.0, rect.top() + 16.0 + height - bar_h),
            egui::pos2(x + bar_w - 4.0, rect.top() + 16.0 + height),
        );
        painter.rect_filled(bar, 2.0, fill);
        painter.text(
            egui::pos2(bar.center().x, bar.top() - 2.0),
            egui::Align2::CENTER_BOTTOM,
            n.to_string(),
            egui::FontId::proportional(13.0),
            text,
        );
        let label = if i == 9 {
            "90–100".to_owned()
        } else {
            format!("{}–{}", i * 10, i * 10 + 9)
        };
        painter.text(
            egui::pos2(x + bar_w / 2.0, rect.top() + 18.0 + height),
            egui::Align2::CENTER_TOP,
            label,
            egui::FontId::proportional(13.0),
            text,
        );
    }
    ui.label(RichText::new(t.get("console-histogram-axis")).small());
}

fn trainees_ui(ui: &mut Ui, t: &Texts, c: &Console) -> Option<Click> {
    ui.label(crate::strong(t.get("console-trainees-heading")));
    let mut clicked = None;
    egui::Grid::new("console-trainees").striped(true).show(ui, |ui| {
        for id in [
            "console-trainee",
            "console-place",
            "console-status",
            "console-done",
            "console-score",
        ] {
            ui.label(t.get(id));
        }
        ui.end_row();
        for r in &c.trainees {
            if ui.link(&r.name).clicked() {
                clicked = Some(Click::Trainee(r.id));
            }
            ui.label(explain::place_name(&r.commune, &r.district, &r.province));
            let status = match r.status {
                Status::Idle => t.get_args(
                    "console-status-idle",
                    &[("minutes", (r.silent_seconds / 60).into())],
                ),
                Status::Waiting => t.get("console-status-waiting"),
                Status::Answering => t.get("console-status-answering"),
                Status::Finished => t.get("console-status-finished"),
            };
            if r.status == Status::Idle {
                ui.colored_label(crate::verdict_color(false), status);
            } else {
                ui.label(status);
            }
            ui.label(format!("{}/{}", r.done, c.scenario_count));
            ui.label(if r.max == 0 {
                "—".to_owned()
            } else {
                format!("{}%", r.percent())
            });
            ui.end_row();
        }
    });
    let hidden = c.totals.joined.saturating_sub(c.trainees.len() as u64);
    if hidden > 0 {
        ui.label(t.get_args("console-more-trainees", &[("count", hidden.into())]));
    }
    clicked
}
