//! The village's panels (bevy_egui, egui 0.36): the top bar, the list of houses, the visit with
//! its questions, looks and notebook, the survey form, the verdict with the evidence, and the
//! rubric. Every string comes from Fluent (`village.ftl`, `visit.ftl` and the shared files).

use bevy_egui::egui::{self, RichText};
use rasoat_core::field::visit::{ActionKind, Fact, Field, Refusal, VisitMode, requirements};
use rasoat_core::rules::assess::assess;
use rasoat_core::words::explain;
use rasoat_core::words::i18n::Texts;
use rasoat_core::words::visit as words;

use crate::state::{Saved, Screen, VillageState};

pub(crate) use rasoat_ui::{strong, verdict_color};

/// What the panels ask the shell to do after drawing.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Requests {
    pub switch_language: bool,
    pub fit: bool,
    pub follow: bool,
    pub quit: bool,
}

/// Sizes of the panels, so that the map's camera fills what is left.
#[derive(Debug, Default, Clone, Copy)]
pub struct Margins {
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
}

/// Draws every panel for this frame and applies the trainee's clicks to the state.
pub fn panels(ctx: &egui::Context, t: &Texts, s: &mut VillageState, now: u64) -> (Margins, Requests) {
    let mut req = Requests::default();
    let mut root = egui::Ui::new(
        ctx.clone(),
        "village-root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    let mut m = Margins {
        top: egui::Panel::top("village-top")
            .show(&mut root, |ui| top_bar(ui, t, s, &mut req))
            .response
            .rect
            .height(),
        ..Margins::default()
    };
    m.bottom = egui::Panel::bottom("village-keys")
        .show(&mut root, |ui| {
            ui.label(
                RichText::new(t.get(match s.screen {
                    Screen::Map => "village-keys-map",
                    Screen::Campaign => "village-keys-campaign",
                    _ => "village-keys-visit",
                }))
                .small(),
            );
            match &s.saved {
                Saved::Failed(e) => {
                    ui.colored_label(
                        verdict_color(false),
                        t.get_args("village-save-failed", &[("reason", e.clone().into())]),
                    );
                }
                Saved::NotRecorded => {
                    ui.colored_label(verdict_color(false), t.get("village-not-recorded"));
                }
                Saved::Saved | Saved::Nothing => {}
            }
        })
        .response
        .rect
        .height();
    m.left = egui::Panel::left("village-houses")
        .resizable(false)
        .exact_size(300.0)
        .show(&mut root, |ui| houses(ui, t, s, now, &mut req))
        .response
        .rect
        .width();
    if s.screen != Screen::Map {
        m.right = egui::Panel::right("village-visit")
            .resizable(false)
            .exact_size(560.0)
            .show(&mut root, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt(("village-right", s.screen as u8, s.current))
                    .auto_shrink([false, false])
                    .show(ui, |ui| match s.screen {
                        Screen::Visit => visit_panel(ui, t, s),
                        Screen::Form => form_panel(ui, t, s, now),
                        Screen::Verdict => verdict_panel(ui, t, s, now),
                        Screen::Rubric => rubric_panel(ui, t, s),
                        Screen::Campaign => crate::campaign::panel(ui, t, s, now),
                        Screen::Map => {}
                    });
            })
            .response
            .rect
            .width();
    }
    keys(ctx, s, now, &mut req);
    (m, req)
}

fn top_bar(ui: &mut egui::Ui, t: &Texts, s: &mut VillageState, req: &mut Requests) {
    ui.horizontal_wrapped(|ui| {
        ui.heading(words::village_title(t, &s.file));
        let place = s.file.village.place.get(t.lang().is_english());
        if !place.trim().is_empty() {
            ui.label(place);
        }
        ui.label(t.get_args(
            "village-standard",
            &[("standard", explain::standard_name(t, &s.standard).into())],
        ));
        ui.label(strong(t.get(match s.mode {
            VisitMode::Practice => "village-mode-practice",
            VisitMode::Exam => "village-mode-exam",
        })));
    });
    ui.horizontal_wrapped(|ui| {
        if ui.button(t.get("village-fit")).clicked() {
            req.fit = true;
        }
        if ui.button(strong(t.get("camp-open"))).clicked() {
            s.screen = Screen::Campaign;
            s.changed = true;
        }
        if ui.button(t.get("village-rubric")).clicked() {
            s.screen = Screen::Rubric;
            s.changed = true;
        }
        if ui.button(t.get("village-language")).clicked() {
            req.switch_language = true;
        }
        if ui.button(t.get("village-quit")).clicked() {
            req.quit = true;
        }
    });
}

fn status_of(t: &Texts, s: &VillageState, i: usize) -> String {
    match s.record_of(i) {
        None => t.get("village-status-new"),
        Some(r) if r.submitted() => {
            let points = s
                .points_of(i)
                .map_or_else(String::new, |(p, max)| format!("{p}/{max}"));
            t.get_args("village-status-done", &[("points", points.into())])
        }
        Some(_) => t.get("village-status-started"),
    }
}

fn houses(ui: &mut egui::Ui, t: &Texts, s: &mut VillageState, now: u64, req: &mut Requests) {
    ui.heading(t.get("village-houses"));
    ui.label(RichText::new(t.get_args("village-houses-count", &[("count", s.homes.len().into())])).small());
    if let Some(i) = s.unfinished()
        && s.screen == Screen::Map
    {
        let name = words::speaker(&s.homes[i].household);
        if ui
            .button(t.get_args("village-resume", &[("name", name.into())]))
            .clicked()
        {
            s.select(i);
            s.enter(now);
            req.follow = true;
        }
    }
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("village-house-list")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for i in 0..s.homes.len() {
                let h = &s.homes[i].household;
                let label = t.get_args(
                    "village-house",
                    &[
                        ("number", (i + 1).into()),
                        ("name", words::speaker(h).into()),
                        ("status", status_of(t, s, i).into()),
                    ],
                );
                let chosen = s.selected == i;
                let r = ui.add(egui::Button::selectable(chosen, label).wrap());
                if r.clicked() {
                    s.select(i);
                    req.follow = true;
                }
                if r.double_clicked() {
                    s.enter(now);
                }
            }
        });
    ui.separator();
    if s.screen == Screen::Map && ui.button(strong(t.get("village-enter"))).clicked() {
        s.enter(now);
        req.follow = true;
    }
}

fn minutes_line(t: &Texts, s: &VillageState) -> Option<String> {
    let v = s.visit()?;
    Some(t.get_args(
        "village-time",
        &[
            ("used", v.minutes_used().into()),
            ("budget", v.budget().into()),
            ("left", v.minutes_left().into()),
        ],
    ))
}

fn visit_panel(ui: &mut egui::Ui, t: &Texts, s: &mut VillageState) {
    let Some(i) = s.current else { return };
    let home = s.homes[i].clone();
    let h = &home.household;
    ui.heading(t.get_args("village-visit-title", &[("name", words::speaker(h).into())]));
    ui.label(RichText::new(words::greeting(t, h)).italics());
    if let Some(line) = minutes_line(t, s) {
        ui.label(strong(line));
    }
    if let Some(n) = s.to_verify() {
        ui.label(t.get_args("village-to-verify", &[("count", n.into())]));
    }
    if let Some(r) = s.refusal {
        ui.colored_label(
            verdict_color(false),
            t.get(match r {
                Refusal::OutOfTime => "village-refused-time",
                Refusal::AlreadyTaken => "village-refused-taken",
                Refusal::Unknown => "village-refused-unknown",
            }),
        );
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(strong(t.get("village-open-form"))).clicked() {
            s.open_form();
        }
        if ui.button(t.get("village-leave")).clicked() {
            s.leave();
        }
    });
    ui.separator();
    // The catalogue, grouped as a reviewer works.
    let Some(v) = s.visit() else { return };
    let left = v.minutes_left();
    let taken: Vec<String> = v.taken().to_vec();
    drop(v);
    let mut chosen = None;
    for g in &s.catalogue.groups {
        egui::CollapsingHeader::new(strong(words::group_label(t, &g.id)))
            .id_salt(("group", &g.id))
            .default_open(true)
            .show(ui, |ui| {
                for a in s.catalogue.actions_in(&g.id) {
                    let done = taken.contains(&a.id);
                    let kind = t.get(match a.kind {
                        ActionKind::Ask => "village-kind-ask",
                        ActionKind::Look => "village-kind-look",
                    });
                    let label = t.get_args(
                        "village-action",
                        &[
                            ("action", words::action_label(t, &a.id).into()),
                            ("minutes", a.minutes.into()),
                            ("kind", kind.into()),
                        ],
                    );
                    let enabled = !done && a.minutes <= left;
                    let b = ui.add_enabled(enabled, egui::Button::new(label).wrap());
                    if b.clicked() {
                        chosen = Some(a.id.clone());
                    }
                }
            });
    }
    if let Some(id) = chosen {
        let _ = s.take(&id);
    }
    ui.separator();
    notebook(ui, t, s);
}

/// The notebook: every question and look so far, with what was said or seen.
fn notebook(ui: &mut egui::Ui, t: &Texts, s: &VillageState) {
    let Some(i) = s.current else { return };
    let home = &s.homes[i];
    ui.heading(t.get("village-notebook"));
    let Some(r) = s.record_of(i) else { return };
    if r.actions.is_empty() {
        ui.label(t.get("village-notebook-empty"));
        return;
    }
    let mut v = rasoat_core::field::visit::Visit::new(&home.household, &home.hidden, &s.catalogue, r.mode);
    for id in &r.actions {
        let Ok(taken) = v.take(id) else { continue };
        let Some(action) = s.catalogue.action(id) else {
            continue;
        };
        ui.group(|ui| {
            ui.set_width(ui.available_width());
            ui.label(strong(words::action_label(t, id)));
            for line in words::answer(
                t,
                &home.household,
                &s.catalogue,
                home.region,
                action,
                &taken.shown,
            ) {
                ui.label(line);
            }
        });
    }
}

/// Where the facts of a field came from, for the form: the questions or looks, or "not yet".
fn field_sources(t: &Texts, s: &VillageState, field: &Field) -> String {
    let Some(v) = s.visit() else { return String::new() };
    let a = assess(v.household, &s.standard);
    let Some(req) = requirements(v.household, &a)
        .into_iter()
        .find(|r| &r.field == field)
    else {
        return String::new();
    };
    let mut sources: Vec<String> = vec![];
    let facts: Vec<Fact> = req.facts().collect();
    for f in facts {
        if let Some(src) = v.known().get(&f) {
            let l = words::source_short(t, src);
            if !sources.contains(&l) {
                sources.push(l);
            }
        }
    }
    if sources.is_empty() {
        t.get("village-form-no-source")
    } else {
        t.get_args("village-form-source", &[("sources", t.list(&sources).into())])
    }
}

fn form_panel(ui: &mut egui::Ui, t: &Texts, s: &mut VillageState, now: u64) {
    let Some(i) = s.current else { return };
    let name = words::speaker(&s.homes[i].household);
    ui.heading(t.get_args("village-form-title", &[("name", name.into())]));
    ui.label(RichText::new(t.get("village-form-note")).small());
    if let Some(line) = minutes_line(t, s) {
        ui.label(line);
    }
    ui.separator();
    // Each field, with the questions and looks its facts came from underneath.
    s.form.income_ui(ui, t);
    ui.label(RichText::new(field_sources(t, s, &Field::Income)).small());
    ui.add_space(6.0);
    let mut form = std::mem::take(&mut s.form);
    let sources = |id: &str| Some(field_sources(t, s, &Field::Indicator(id.to_owned())));
    form.indicators_ui(ui, t, &s.standard, s.homes[i].household.review_year, &sources);
    ui.separator();
    form.class_ui(ui, t, &s.standard);
    s.form = form;
    ui.separator();
    ui.horizontal_wrapped(|ui| {
        let ready = s.form.class.is_some();
        if ui
            .add_enabled(ready, egui::Button::new(strong(t.get("village-form-submit"))))
            .clicked()
        {
            let started = s.record_of(i).map_or(now, |r| r.started_at);
            s.submit(now, now.saturating_sub(started));
        }
        if ui.button(t.get("village-form-back")).clicked() {
            s.screen = Screen::Visit;
        }
    });
}

fn verdict_panel(ui: &mut egui::Ui, t: &Texts, s: &mut VillageState, now: u64) {
    let Some(i) = s.current else { return };
    let Some(v) = s.verdict() else { return };
    let home = s.homes[i].clone();
    let h = &home.household;
    let standard = s.standard.clone();
    let a = assess(h, &standard);
    ui.heading(t.get_args(
        "village-verdict-score",
        &[("points", v.points.into()), ("max", v.grade.max.into())],
    ));
    ui.label(t.get_args(
        "village-verdict-breakdown",
        &[("grade", v.grade.points.into()), ("penalty", v.penalty.into())],
    ));
    ui.horizontal_wrapped(|ui| {
        if ui.button(t.get("village-leave")).clicked() {
            s.leave();
        }
        if ui.button(t.get("village-visit-again")).clicked() {
            s.visit_again(now);
        }
    });
    ui.separator();
    // The same debrief as the app: class, income, every indicator.
    ui.label(strong(t.get("debrief-class-heading")));
    ui.label(
        t.get_args(
            "village-verdict-class",
            &[
                (
                    "yours",
                    v.grade
                        .class_given
                        .map_or_else(|| t.get("debrief-no-answer"), |c| explain::class_name(t, c))
                        .into(),
                ),
                (
                    "correct",
                    explain::correct_class_name(t, v.grade.class_correct, &v.grade.class_accepted).into(),
                ),
            ],
        ),
    );
    rasoat_ui::debrief::class_block(ui, t, &a);
    if let Some(line) = words::pivotal_line(t, h, &v) {
        ui.add_space(6.0);
        ui.colored_label(verdict_color(false), strong(line));
    }
    ui.separator();
    ui.label(strong(t.get("village-evidence")));
    for (line, f) in words::evidence_lines(t, h, &standard, &v)
        .into_iter()
        .zip(&v.fields)
    {
        ui.colored_label(verdict_color(f.right && f.supported), line);
    }
    if !v.unneeded.is_empty() {
        let list: Vec<String> = v.unneeded.iter().map(|a| words::source_short(t, a)).collect();
        ui.label(t.get_args(
            "village-unneeded",
            &[("list", t.list(&list).into()), ("count", list.len().into())],
        ));
    }
    if v.out_of_time {
        ui.colored_label(verdict_color(false), t.get("village-out-of-time"));
    }
    if !v.missed_actions.is_empty() {
        let list: Vec<String> = v
            .missed_actions
            .iter()
            .map(|a| words::action_label(t, a))
            .collect();
        ui.label(t.get_args("village-missed", &[("list", t.list(&list).into())]));
    }
    ui.separator();
    ui.label(strong(t.get("debrief-indicators-heading")));
    for (r, ig) in a.indicators.iter().zip(&v.grade.indicators) {
        ui.group(|ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.colored_label(
                    verdict_color(ig.right()),
                    strong(t.get(if ig.right() {
                        "debrief-right"
                    } else {
                        "debrief-wrong"
                    })),
                );
                ui.label(strong(explain::indicator_name(t, r.indicator)));
            });
            ui.label(t.get_args("debrief-fact", &[("fact", explain::finding_text(t, h, r).into())]));
            ui.label(t.get_args(
                "debrief-rule",
                &[(
                    "rule",
                    explain::rule_text(t, r.indicator, h.review_year, &standard).into(),
                )],
            ));
            ui.label(RichText::new(explain::provenance(t, &r.indicator.provenance)).small());
        });
    }
}

fn rubric_panel(ui: &mut egui::Ui, t: &Texts, s: &mut VillageState) {
    ui.heading(t.get("village-rubric"));
    for line in words::rubric_lines(t, &s.catalogue) {
        ui.label(line);
    }
    if let Some(m) = &s.standard.materials {
        ui.label(
            RichText::new(explain::with_source(
                t,
                t.get("village-rubric-materials"),
                &m.provenance,
            ))
            .small(),
        );
    }
    if ui.button(t.get("village-back-map")).clicked() {
        s.screen = if s.current.is_some() {
            Screen::Visit
        } else {
            Screen::Map
        };
    }
}

/// Keys on the map and in a house, when no text field has the keyboard.
fn keys(ctx: &egui::Context, s: &mut VillageState, now: u64, req: &mut Requests) {
    if ctx.egui_wants_keyboard_input() {
        return;
    }
    let pressed = |k| ctx.input(|i| i.key_pressed(k));
    match s.screen {
        Screen::Map => {
            if pressed(egui::Key::ArrowRight) || pressed(egui::Key::N) {
                s.select_step(true);
                req.follow = true;
            }
            if pressed(egui::Key::ArrowLeft) || pressed(egui::Key::P) {
                s.select_step(false);
                req.follow = true;
            }
            if pressed(egui::Key::Enter) {
                s.enter(now);
                req.follow = true;
            }
        }
        Screen::Campaign => {
            if pressed(egui::Key::Escape) {
                s.screen = Screen::Map;
                s.changed = true;
            }
        }
        Screen::Visit | Screen::Form | Screen::Verdict | Screen::Rubric => {
            if pressed(egui::Key::Escape) {
                if s.screen == Screen::Form || (s.screen == Screen::Rubric && s.current.is_some()) {
                    s.screen = Screen::Visit;
                } else {
                    s.leave();
                }
                s.changed = true;
            }
        }
    }
}
