//! The review procedure's panel (bevy_egui, egui 0.36): choose the kind of review, list the
//! households, survey them (the field visits), prepare and hold the village meeting, write the
//! minutes, post the results and re-check complaints, report, decide the final lists — then the
//! lists, the status changes, the certificates and every decision judged with its citation.
//! Every rule and judgement comes from the core (`procedure`); every string from Fluent
//! (`campaign.ftl`, `procedure.ftl`). One file a stage: [`chooser`], [`survey`] (the list and the
//! survey), [`meeting`], [`posting`] (posting and report), [`decision`] (recognition and the end).

pub mod chooser;
pub mod common;
pub mod decision;
pub mod meeting;
pub mod posting;
pub mod survey;

use bevy_egui::egui::{self, RichText};
use rasoat_core::field::procedure::{Campaign, Kind, Stage};
use rasoat_core::field::visit::VisitMode;
use rasoat_core::words::explain;
use rasoat_core::words::procedure as pw;
use rasoat_ui::{strong, verdict_color};

use crate::actions::Action;
use crate::model::{Draft, Screen};
use crate::panels::common::PanelArgs;
use common::{debrief, refused_text, stage_step, steps_of};

/// The campaign panel: the chooser, or the campaign in play at its stage. The choices change
/// `d` (a draft); every decision is an `Action::Decide`.
pub fn panel(ui: &mut egui::Ui, a: &PanelArgs, d: &mut Draft, out: &mut Vec<Action>) {
    let t = a.t;
    let Some(c) = a.campaigns.campaign(a.village).filter(|_| !d.choosing) else {
        chooser::chooser(ui, a, d, out);
        return;
    };
    header(ui, a, &c);
    ui.separator();
    if let Some(r) = &a.campaigns.refused {
        ui.colored_label(verdict_color(false), refused_text(a, r));
    }
    match c.stage {
        Stage::List => survey::list_stage(ui, a, d, &c, out),
        Stage::Survey => survey::survey_stage(ui, a, &c, out),
        Stage::Meeting => meeting::meeting_stage(ui, a, d, &c, out),
        Stage::Posting => posting::posting_stage(ui, a, d, &c, out),
        Stage::Report => posting::report_stage(ui, a, d, out),
        Stage::Recognition => decision::recognition_stage(ui, a, d, &c, out),
        Stage::Done => decision::done_stage(ui, a, &c, out),
    }
    // Practice shows each judgement as it is made; the exam only at the end.
    if c.stage != Stage::Done && a.village.mode == VisitMode::Practice && !c.judged.is_empty() {
        ui.separator();
        ui.label(strong(t.get("camp-feedback")));
        debrief(ui, a, &c, true);
    }
    ui.separator();
    ui.horizontal_wrapped(|ui| {
        if ui.button(t.get("village-back-map")).clicked() {
            out.push(Action::Show(Screen::Map));
        }
        if c.stage != Stage::Done && ui.button(t.get("camp-choose-other")).clicked() {
            d.choosing = true;
            d.seed = None;
        }
    });
}

/// The kind of review, the day, the deadline, and the steps with the current one marked.
fn header(ui: &mut egui::Ui, a: &PanelArgs, c: &Campaign) {
    let (t, standard) = (a.t, &a.village.standard);
    ui.heading(t.get_args(
        "camp-title",
        &[("kind", pw::kind_name(t, c.setup.kind, standard).into())],
    ));
    chooser::borrowed(ui, a);
    ui.label(t.get_args("camp-today", &[("day", pw::day(t, c.today).into())]));
    if let Some(d) = c.deadline(standard) {
        ui.label(t.get_args("camp-deadline", &[("day", pw::day(t, d).into())]));
        if let Some((_, _, from)) = standard.procedure.as_ref().and_then(|p| p.regular_decision()) {
            ui.label(t.get_args(
                "camp-deadline-from",
                &[
                    ("from", from.as_str().into()),
                    ("day", pw::day(t, c.setup.start).into()),
                ],
            ));
        }
    }
    let current = stage_step(c.stage);
    for (n, step) in steps_of(a, c).iter().enumerate() {
        let text = t.get_args(
            "proc-step-line",
            &[("n", (n + 1).into()), ("step", pw::step(t, *step).into())],
        );
        if Some(*step) == current {
            ui.label(strong(t.get_args("camp-step-current", &[("step", text.into())])));
        } else {
            ui.label(RichText::new(text).small());
        }
    }
    // The regular review has no report step here: a reading the sources disagree on.
    if c.setup.kind == Kind::Regular
        && let Some(cited) = standard
            .procedure
            .as_ref()
            .and_then(|p| p.regular.as_ref())
            .and_then(|r| r.without_report.as_ref())
    {
        ui.label(RichText::new(explain::with_source(t, t.get("proc-regular-no-report"), cited)).small());
    }
}
