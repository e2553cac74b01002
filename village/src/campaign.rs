//! The review procedure's panel (bevy_egui, egui 0.36): choose the kind of review, list the
//! households, survey them (the field visits), prepare and hold the village meeting, write the
//! minutes, post the results and re-check complaints, report, decide the final lists — then the
//! lists, the status changes, the certificates and every decision judged with its citation.
//! Every rule and judgement comes from the core (`procedure`); every string from Fluent
//! (`campaign.ftl`, `procedure.ftl`).

use std::collections::{BTreeMap, BTreeSet};

use bevy_egui::egui::{self, RichText};
use rasoat_core::field::procedure::{Action, Campaign, Change, Kind, ListName, Outcome, Refused, Stage};
use rasoat_core::field::visit::VisitMode;
use rasoat_core::rules::standard::{Over, Place, Role, Step};
use rasoat_core::words::explain;
use rasoat_core::words::i18n::Texts;
use rasoat_core::words::procedure as pw;

use crate::state::{Screen, VillageState};
use crate::ui::{strong, verdict_color};

/// The panel's choices before they are handed in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub kind: Option<Kind>,
    /// The seed of the campaign about to start, fixed when the chooser first shows (so what is
    /// offered does not change under the trainee's eyes).
    pub seed: Option<u64>,
    /// The households ticked for the review list (`None` until the list is first shown).
    pub listed: Option<BTreeSet<String>>,
    pub chair: Option<Role>,
    pub invited: BTreeSet<Role>,
    pub over: Option<Over>,
    pub accept: Option<bool>,
    pub copies: Option<u32>,
    pub signers: BTreeSet<Role>,
    pub places: BTreeSet<Place>,
    pub days: Option<u32>,
    pub consulted: Option<Option<Role>>,
    pub decider: Option<Role>,
    pub lists: BTreeMap<String, BTreeSet<ListName>>,
    pub written: bool,
    /// The trainee asked to choose another review (the one in play stays in the results).
    pub choosing: bool,
}

/// A check box that puts `item` in `set` or takes it out.
fn toggle<T: Ord + Clone>(ui: &mut egui::Ui, set: &mut BTreeSet<T>, item: &T, label: String) {
    let mut on = set.contains(item);
    if ui.checkbox(&mut on, label).changed() {
        if on {
            set.insert(item.clone());
        } else {
            set.remove(item);
        }
    }
}

/// The campaign panel.
pub fn panel(ui: &mut egui::Ui, t: &Texts, s: &mut VillageState, now: u64) {
    let Some(c) = s.campaign().filter(|_| !s.draft.choosing) else {
        chooser(ui, t, s, now);
        return;
    };
    header(ui, t, s, &c);
    ui.separator();
    if let Some(r) = s.refused.clone() {
        ui.colored_label(verdict_color(false), refused_text(t, s, &r));
    }
    match c.stage {
        Stage::List => list_stage(ui, t, s, &c),
        Stage::Survey => survey_stage(ui, t, s, &c, now),
        Stage::Meeting => meeting_stage(ui, t, s, &c),
        Stage::Posting => posting_stage(ui, t, s, &c, now),
        Stage::Report => report_stage(ui, t, s, &c),
        Stage::Recognition => recognition_stage(ui, t, s, &c),
        Stage::Done => done_stage(ui, t, s, &c, now),
    }
    // Practice shows each judgement as it is made; the exam only at the end.
    if c.stage != Stage::Done && s.mode == VisitMode::Practice && !c.judged.is_empty() {
        ui.separator();
        ui.label(strong(t.get("camp-feedback")));
        debrief(ui, t, s, &c, true);
    }
    ui.separator();
    ui.horizontal_wrapped(|ui| {
        if ui.button(t.get("village-back-map")).clicked() {
            s.screen = Screen::Map;
            s.changed = true;
        }
        if c.stage != Stage::Done && ui.button(t.get("camp-choose-other")).clicked() {
            s.draft.choosing = true;
            s.draft.seed = None;
            s.changed = true;
        }
    });
}

fn refused_text(t: &Texts, s: &VillageState, r: &Refused) -> String {
    match r {
        Refused::NotSurveyed(ids) => {
            t.get_args("camp-refused-not-surveyed", &[("names", names(s, ids).into())])
        }
        Refused::Unconcluded => t.get("camp-refused-unconcluded"),
        Refused::OutOfRange => t.get("camp-refused-out-of-range"),
        Refused::NoRule(step) => t.get_args("camp-refused-no-rule", &[("step", pw::step(t, *step).into())]),
        Refused::WrongStage { .. } | Refused::NotHere(_) => t.get("camp-refused-other"),
    }
}

fn names(s: &VillageState, ids: &[String]) -> String {
    ids.iter().map(|i| s.home_name(i)).collect::<Vec<_>>().join(", ")
}

fn chooser(ui: &mut egui::Ui, t: &Texts, s: &mut VillageState, now: u64) {
    ui.heading(t.get("camp-heading"));
    ui.label(t.get("camp-intro"));
    if let Some(from) = s
        .standard
        .procedure
        .as_ref()
        .and_then(|p| p.borrowed_from.clone())
    {
        ui.colored_label(
            verdict_color(false),
            t.get_args("proc-borrowed", &[("from", from.replace('-', "–").into())]),
        );
    }
    ui.label(strong(t.get("camp-choose")));
    let seed = *s.draft.seed.get_or_insert(now);
    // A standard's first year: only its periodic review is in force (said with its source).
    let year = s.file.village.review_year;
    let first_year = s.standard.periodic_only_in(year).cloned();
    for kind in Kind::ALL {
        let available =
            rasoat_core::field::village::campaign_setup(&s.file, &s.homes, &s.standard, kind, seed).is_some();
        ui.add_enabled_ui(available, |ui| {
            ui.radio_value(&mut s.draft.kind, Some(kind), pw::kind_name(t, kind, &s.standard));
        });
        // Kinds closed by the first year are explained once, below the list.
        if !available && !rasoat_core::field::procedure::has_rules(&s.standard, kind) {
            ui.label(RichText::new(t.get("camp-no-rules")).small());
        } else if !available && (first_year.is_none() || kind == Kind::Periodic) {
            ui.label(RichText::new(t.get("camp-unavailable")).small());
        }
    }
    if let Some(p) = &first_year {
        let why = t.get_args(
            "camp-first-year",
            &[
                ("year", year.to_string().into()),
                ("next", (year + 1).to_string().into()),
            ],
        );
        ui.label(RichText::new(explain::with_source(t, why, p)).small());
    }
    let chosen = s.draft.kind;
    if ui
        .add_enabled(chosen.is_some(), egui::Button::new(strong(t.get("camp-start"))))
        .clicked()
        && let Some(kind) = chosen
    {
        s.start_campaign(kind, seed);
    }
    if s.campaign().is_some() && ui.button(t.get("camp-back-to-current")).clicked() {
        s.draft.choosing = false;
        s.changed = true;
    }
}

fn header(ui: &mut egui::Ui, t: &Texts, s: &VillageState, c: &Campaign) {
    ui.heading(t.get_args(
        "camp-title",
        &[("kind", pw::kind_name(t, c.setup.kind, &s.standard).into())],
    ));
    if let Some(from) = s
        .standard
        .procedure
        .as_ref()
        .and_then(|p| p.borrowed_from.clone())
    {
        ui.colored_label(
            verdict_color(false),
            t.get_args("proc-borrowed", &[("from", from.replace('-', "–").into())]),
        );
    }
    ui.label(t.get_args("camp-today", &[("day", pw::day(t, c.today).into())]));
    if let Some(d) = c.deadline(&s.standard) {
        ui.label(t.get_args("camp-deadline", &[("day", pw::day(t, d).into())]));
        if let Some((_, _, from)) = s.standard.procedure.as_ref().and_then(|p| p.regular_decision()) {
            ui.label(t.get_args(
                "camp-deadline-from",
                &[
                    ("from", from.as_str().into()),
                    ("day", pw::day(t, c.setup.start).into()),
                ],
            ));
        }
    }
    let steps = steps_of(s, c);
    let current = stage_step(c.stage);
    for (n, step) in steps.iter().enumerate() {
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
        && let Some(cited) = s
            .standard
            .procedure
            .as_ref()
            .and_then(|p| p.regular.as_ref())
            .and_then(|r| r.without_report.as_ref())
    {
        ui.label(RichText::new(explain::with_source(t, t.get("proc-regular-no-report"), cited)).small());
    }
}

/// The steps this kind of review runs through.
fn steps_of(s: &VillageState, c: &Campaign) -> Vec<Step> {
    let all: Vec<Step> = s
        .standard
        .procedure
        .as_ref()
        .map(|p| p.steps.iter().map(|x| x.step).collect())
        .unwrap_or_default();
    all.into_iter()
        .filter(|st| match c.setup.kind {
            Kind::Periodic => true,
            Kind::Regular => {
                let meeting = s
                    .standard
                    .procedure
                    .as_ref()
                    .and_then(|p| p.regular.as_ref())
                    .is_none_or(|r| r.meeting);
                !matches!(st, Step::List | Step::Report) && (meeting || *st != Step::Meeting)
            }
            Kind::AverageFarming => matches!(st, Step::Survey | Step::Posting | Step::Recognition),
        })
        .collect()
}

fn stage_step(stage: Stage) -> Option<Step> {
    Some(match stage {
        Stage::List => Step::List,
        Stage::Survey => Step::Survey,
        Stage::Meeting => Step::Meeting,
        Stage::Posting => Step::Posting,
        Stage::Report => Step::Report,
        Stage::Recognition => Step::Recognition,
        Stage::Done => return None,
    })
}

fn household_line(t: &Texts, s: &VillageState, c: &Campaign, id: &str) -> String {
    let Some(e) = c.entrant(id) else {
        return id.to_string();
    };
    let request = e
        .request
        .map(|r| t.get(&format!("proc-request-{}", r.as_str())))
        .unwrap_or_else(|| t.get("camp-no-request"));
    t.get_args(
        "camp-household",
        &[
            ("name", s.home_name(id).into()),
            ("status", pw::status(t, e.previous).into()),
            ("request", request.into()),
        ],
    )
}

fn list_stage(ui: &mut egui::Ui, t: &Texts, s: &mut VillageState, c: &Campaign) {
    ui.label(t.get("camp-list-intro"));
    if let Some(r) = s.standard.procedure.as_ref().and_then(|p| p.list.as_ref())
        && r.screening
    {
        ui.label(RichText::new(t.get("camp-phieu-a")).small());
    }
    let mut listed = s.draft.listed.clone().unwrap_or_default();
    for e in &c.setup.households {
        toggle(ui, &mut listed, &e.id, household_line(t, s, c, &e.id));
    }
    s.draft.listed = Some(listed.clone());
    if ui.button(strong(t.get("camp-list-done"))).clicked() {
        let ids = c
            .setup
            .households
            .iter()
            .filter(|e| listed.contains(&e.id))
            .map(|e| e.id.clone())
            .collect();
        let _ = s.decide(Action::List { ids });
    }
}

fn go_visit(s: &mut VillageState, id: &str, now: u64, again: bool) {
    let Some(i) = s.home_index(id) else { return };
    s.select(i);
    let submitted = s.record_of(i).is_some_and(|r| r.submitted());
    if again && submitted {
        s.visit_again(now);
    } else {
        s.enter(now);
        if submitted {
            s.visit_again(now);
        }
    }
}

fn survey_stage(ui: &mut egui::Ui, t: &Texts, s: &mut VillageState, c: &Campaign, now: u64) {
    // Without a village meeting (the farming review; 2016–2020's in-year review) the form's class
    // goes straight to posting.
    ui.label(t.get(if steps_of(s, c).contains(&Step::Meeting) {
        "camp-survey-intro"
    } else {
        "camp-survey-intro-no-meeting"
    }));
    let left = c.to_survey();
    ui.label(strong(
        t.get_args("camp-survey-left", &[("count", left.len().into())]),
    ));
    for id in &left {
        ui.label(RichText::new(household_line(t, s, c, id)).small());
        if ui
            .button(t.get_args("camp-visit", &[("name", s.home_name(id).into())]))
            .clicked()
        {
            go_visit(s, id, now, true);
        }
    }
    proposals(ui, t, s, c);
}

fn proposals(ui: &mut egui::Ui, t: &Texts, s: &VillageState, c: &Campaign) {
    for (id, class) in &c.proposals {
        ui.label(t.get_args(
            "camp-proposed",
            &[
                ("name", s.home_name(id).into()),
                ("class", explain::class_name(t, *class).into()),
            ],
        ));
    }
}

fn role_label(t: &Texts, r: Role) -> String {
    let name = pw::role(t, r);
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => name,
    }
}

fn meeting_stage(ui: &mut egui::Ui, t: &Texts, s: &mut VillageState, c: &Campaign) {
    let Some(m) = c.open_meeting().cloned() else {
        ui.label(t.get("camp-meeting-intro"));
        proposals(ui, t, s, c);
        ui.label(strong(t.get("camp-chair")));
        for r in Role::CHAIRS {
            ui.radio_value(&mut s.draft.chair, Some(r), role_label(t, r));
        }
        ui.label(strong(t.get("camp-invite")));
        for r in Role::MEETING {
            toggle(ui, &mut s.draft.invited, &r, role_label(t, r));
        }
        if ui
            .add_enabled(
                s.draft.chair.is_some(),
                egui::Button::new(strong(t.get("camp-meeting-open"))),
            )
            .clicked()
            && let Some(chair) = s.draft.chair
        {
            let invited = Role::MEETING
                .into_iter()
                .filter(|r| s.draft.invited.contains(r))
                .collect();
            let _ = s.decide(Action::Prepare { chair, invited });
        }
        return;
    };
    ui.label(strong(t.get_args(
        "camp-meeting-held",
        &[
            ("day", pw::day(t, m.day).into()),
            ("attendees", m.attendees.into()),
            ("households", m.households.into()),
        ],
    )));
    for v in m.votes.iter().filter(|v| v.accepted.is_some()) {
        ui.label(t.get_args(
            "camp-concluded",
            &[
                ("name", s.home_name(&v.id).into()),
                ("class", explain::class_name(t, v.class).into()),
                (
                    "accepted",
                    if v.accepted == Some(true) { "yes" } else { "no" }.into(),
                ),
            ],
        ));
    }
    if let Some(v) = m.votes.iter().find(|v| v.accepted.is_none()).cloned() {
        ui.separator();
        ui.label(strong(t.get_args(
            "camp-vote",
            &[
                ("name", s.home_name(&v.id).into()),
                ("class", explain::class_name(t, v.class).into()),
                ("agree", v.tally.agree.into()),
                ("attendees", v.tally.attendees.into()),
                ("agree_households", v.tally.agree_households.into()),
                ("households", v.tally.households.into()),
            ],
        )));
        ui.label(t.get("camp-basis"));
        for o in [Over::Attendees, Over::Households] {
            ui.radio_value(&mut s.draft.over, Some(o), pw::over(t, o));
        }
        ui.label(t.get("camp-conclusion"));
        ui.radio_value(&mut s.draft.accept, Some(true), t.get("camp-conclude-yes"));
        ui.radio_value(&mut s.draft.accept, Some(false), t.get("camp-conclude-no"));
        let ready = s.draft.over.is_some() && s.draft.accept.is_some();
        if ui
            .add_enabled(ready, egui::Button::new(strong(t.get("camp-conclude"))))
            .clicked()
            && let (Some(over), Some(accepted)) = (s.draft.over, s.draft.accept)
            && s.decide(Action::Conclude {
                id: v.id.clone(),
                over,
                accepted,
            })
            .is_ok()
        {
            s.draft.over = None;
            s.draft.accept = None;
        }
        return;
    }
    let next = c.to_present();
    if let Some(id) = next.first() {
        let class = c
            .proposal(id)
            .map(|x| explain::class_name(t, x))
            .unwrap_or_default();
        if ui
            .button(strong(t.get_args(
                "camp-present",
                &[("name", s.home_name(id).into()), ("class", class.into())],
            )))
            .clicked()
        {
            let _ = s.decide(Action::Present { id: id.clone() });
        }
        return;
    }
    ui.separator();
    ui.label(strong(t.get("camp-minutes")));
    ui.label(t.get("camp-copies"));
    ui.horizontal(|ui| {
        for n in 1..=3 {
            ui.radio_value(&mut s.draft.copies, Some(n), n.to_string());
        }
    });
    ui.label(t.get("camp-signers"));
    for r in Role::SIGNERS {
        toggle(ui, &mut s.draft.signers, &r, role_label(t, r));
    }
    if ui
        .add_enabled(
            s.draft.copies.is_some(),
            egui::Button::new(strong(t.get("camp-minutes-done"))),
        )
        .clicked()
        && let Some(copies) = s.draft.copies
    {
        let signers = Role::SIGNERS
            .into_iter()
            .filter(|r| s.draft.signers.contains(r))
            .collect();
        let _ = s.decide(Action::Minutes { copies, signers });
    }
}

fn posting_stage(ui: &mut egui::Ui, t: &Texts, s: &mut VillageState, c: &Campaign, now: u64) {
    let Some((from, places, days)) = c.posting.clone() else {
        ui.label(t.get("camp-posting-intro"));
        ui.label(strong(t.get("camp-places")));
        for p in Place::ALL {
            toggle(ui, &mut s.draft.places, &p, pw::place(t, p));
        }
        ui.label(strong(t.get("camp-days")));
        ui.horizontal(|ui| {
            for n in 1..=7 {
                ui.radio_value(&mut s.draft.days, Some(n), n.to_string());
            }
        });
        let ready = !s.draft.places.is_empty() && s.draft.days.is_some();
        if ui
            .add_enabled(ready, egui::Button::new(strong(t.get("camp-post"))))
            .clicked()
            && let Some(days) = s.draft.days
        {
            let places = Place::ALL
                .into_iter()
                .filter(|p| s.draft.places.contains(p))
                .collect();
            let _ = s.decide(Action::Post { places, days });
        }
        return;
    };
    let where_ = places
        .iter()
        .map(|p| pw::place(t, *p))
        .collect::<Vec<_>>()
        .join(", ");
    ui.label(t.get_args(
        "camp-posted",
        &[
            ("day", pw::day(t, from).into()),
            ("days", days.into()),
            ("places", where_.into()),
        ],
    ));
    ui.label(strong(t.get("camp-complaints")));
    if c.complaints.is_empty() {
        ui.label(t.get("camp-no-complaints"));
    }
    let mut complaints = c.complaints.clone();
    complaints.sort_by_key(|k| k.day);
    for k in &complaints {
        let name = s.home_name(&k.id);
        let kind = match k.kind {
            rasoat_core::field::procedure::ComplaintKind::NeighbourIncome => {
                "proc-complaint-neighbour_income"
            }
            rasoat_core::field::procedure::ComplaintKind::HouseholdDisputes => {
                "proc-complaint-household_disputes"
            }
        };
        ui.label(t.get_args(
            "camp-complaint",
            &[
                ("day", pw::day(t, k.day).into()),
                ("text", t.get_args(kind, &[("name", name.clone().into())]).into()),
            ],
        ));
        match k.recheck {
            Some((class, _)) => {
                ui.label(t.get_args(
                    "camp-rechecked",
                    &[
                        ("name", name.into()),
                        ("class", explain::class_name(t, class).into()),
                    ],
                ));
            }
            None => {
                if ui
                    .button(strong(t.get_args("camp-recheck", &[("name", name.into())])))
                    .clicked()
                {
                    go_visit(s, &k.id, now, true);
                }
            }
        }
    }
    if ui.button(strong(t.get("camp-end-posting"))).clicked() {
        let _ = s.decide(Action::EndPosting);
    }
}

fn report_stage(ui: &mut egui::Ui, t: &Texts, s: &mut VillageState, _c: &Campaign) {
    ui.label(t.get("camp-report-intro"));
    ui.label(strong(t.get("camp-consult")));
    for r in [Role::DistrictChairman, Role::CommuneChairman] {
        ui.radio_value(&mut s.draft.consulted, Some(Some(r)), role_label(t, r));
    }
    ui.radio_value(&mut s.draft.consulted, Some(None), t.get("camp-consult-nobody"));
    if ui
        .add_enabled(
            s.draft.consulted.is_some(),
            egui::Button::new(strong(t.get("camp-report"))),
        )
        .clicked()
        && let Some(consulted) = s.draft.consulted
    {
        let _ = s.decide(Action::Report { consulted });
    }
}

fn list_names(kind: Kind) -> Vec<ListName> {
    match kind {
        Kind::AverageFarming => vec![ListName::AverageLivingStandard],
        _ => ListName::PERIODIC.to_vec(),
    }
}

fn recognition_stage(ui: &mut egui::Ui, t: &Texts, s: &mut VillageState, c: &Campaign) {
    ui.label(t.get("camp-recognition-intro"));
    ui.label(strong(t.get("camp-decider")));
    for r in Role::CHAIRS {
        ui.radio_value(&mut s.draft.decider, Some(r), role_label(t, r));
    }
    for id in &c.reviewed {
        let Some(e) = c.entrant(id) else { continue };
        ui.separator();
        ui.label(strong(
            t.get_args(
                "camp-household-lists",
                &[
                    ("name", s.home_name(id).into()),
                    ("status", pw::status(t, e.previous).into()),
                    (
                        "class",
                        c.agreed_class(id)
                            .map_or_else(|| t.get("proc-not-agreed"), |x| explain::class_name(t, x))
                            .into(),
                    ),
                ],
            ),
        ));
        for l in list_names(c.setup.kind) {
            let set = s.draft.lists.entry(id.clone()).or_default();
            toggle(ui, set, &l, pw::list_name(t, l));
        }
    }
    if c.setup.kind != Kind::Periodic {
        ui.separator();
        ui.checkbox(&mut s.draft.written, t.get("camp-written"));
    }
    if ui
        .add_enabled(
            s.draft.decider.is_some(),
            egui::Button::new(strong(t.get("camp-decide"))),
        )
        .clicked()
        && let Some(by) = s.draft.decider
    {
        let lists = c
            .reviewed
            .iter()
            .map(|id| {
                (
                    id.clone(),
                    s.draft
                        .lists
                        .get(id)
                        .map(|l| l.iter().copied().collect())
                        .unwrap_or_default(),
                )
            })
            .collect();
        let _ = s.decide(Action::Decide {
            by,
            lists,
            written_refusals: s.draft.written,
        });
    }
}

fn done_stage(ui: &mut egui::Ui, t: &Texts, s: &mut VillageState, c: &Campaign, now: u64) {
    let (right, judged) = c.score();
    ui.label(strong(t.get_args(
        "camp-score",
        &[("right", right.into()), ("judged", judged.into())],
    )));
    let decided: BTreeMap<String, BTreeSet<ListName>> = c
        .decision
        .as_ref()
        .map(|d| {
            d.lists
                .iter()
                .map(|(id, x)| (id.clone(), x.iter().copied().collect()))
                .collect()
        })
        .unwrap_or_default();
    ui.label(strong(t.get("camp-final-lists")));
    let truth: BTreeMap<String, BTreeSet<ListName>> = c.lists_from_truth().into_iter().collect();
    for l in list_names(c.setup.kind) {
        let mine: Vec<String> = decided
            .iter()
            .filter(|(_, x)| x.contains(&l))
            .map(|(id, _)| s.home_name(id))
            .collect();
        let right: Vec<String> = truth
            .iter()
            .filter(|(_, x)| x.contains(&l))
            .map(|(id, _)| s.home_name(id))
            .collect();
        let same = mine == right;
        ui.colored_label(
            verdict_color(same),
            t.get_args(
                "camp-list-heading",
                &[
                    ("list", pw::list_name(t, l).into()),
                    ("count", mine.len().into()),
                    ("names", dash_if_empty(&mine).into()),
                ],
            ),
        );
        if !same {
            ui.label(RichText::new(t.get_args(
                "camp-list-engine",
                &[
                    ("count", right.len().into()),
                    ("names", dash_if_empty(&right).into()),
                ],
            )));
        }
    }
    if let Some(r) = s.standard.procedure.as_ref().and_then(|p| p.recognition.as_ref()) {
        let certified: Vec<String> = decided
            .iter()
            .filter(|(_, x)| x.contains(&ListName::Poor) || x.contains(&ListName::NearPoor))
            .map(|(id, _)| s.home_name(id))
            .collect();
        if c.setup.kind != Kind::AverageFarming && !certified.is_empty() {
            ui.label(t.get_args(
                "camp-certificate",
                &[
                    ("certificate", r.certificate.clone().into()),
                    ("names", certified.join(", ").into()),
                ],
            ));
        }
    }
    if c.setup.kind != Kind::AverageFarming {
        ui.label(strong(t.get("camp-changes")));
        for id in &c.reviewed {
            let (Some(e), Some(class)) = (c.entrant(id), c.agreed_class(id)) else {
                continue;
            };
            let change = Change::of(e.previous, class);
            ui.label(t.get_args(
                "camp-change",
                &[
                    ("name", s.home_name(id).into()),
                    ("from", pw::status(t, e.previous).into()),
                    (
                        "change",
                        t.get(&format!("proc-change-{}", change.as_str())).into(),
                    ),
                ],
            ));
        }
    }
    ui.separator();
    ui.label(strong(t.get("camp-debrief")));
    debrief(ui, t, s, c, false);
    ui.separator();
    if ui.button(t.get("camp-new")).clicked() {
        let kind = c.setup.kind;
        s.start_campaign(kind, now);
    }
}

fn dash_if_empty(names: &[String]) -> String {
    if names.is_empty() {
        "—".to_string()
    } else {
        names.join(", ")
    }
}

/// Every judged decision, wrong ones in red. `recent` shows only the last few (practice feedback).
fn debrief(ui: &mut egui::Ui, t: &Texts, s: &VillageState, c: &Campaign, recent: bool) {
    let name = |id: &str| s.home_name(id);
    // Practice feedback: the newest first, a few. The final debrief: wrong decisions first.
    let shown: Vec<_> = if recent {
        c.judged.iter().rev().take(6).collect()
    } else {
        let order = |o: Outcome| match o {
            Outcome::Wrong => 0,
            Outcome::NotJudged => 1,
            Outcome::Right => 2,
        };
        let mut all: Vec<_> = c.judged.iter().collect();
        all.sort_by_key(|j| order(j.outcome));
        all
    };
    for j in shown {
        let line = pw::judged_line(t, j, &name);
        match j.outcome {
            Outcome::Wrong => {
                ui.colored_label(verdict_color(false), line);
            }
            Outcome::Right => {
                ui.colored_label(verdict_color(true), line);
            }
            Outcome::NotJudged => {
                ui.label(line);
            }
        }
    }
}
