//! A sentence for every judged decision of a campaign: the check in words, its outcome, its
//! citation and mark. The checks are worded by the step they belong to: the list and the
//! meeting, the posting, the recognition.

use crate::field::procedure::{Check, Day, Judged, Outcome, Status, Tally};
use crate::rules::assess::Class;
use crate::rules::standard::Role;
use crate::words::explain::names::{class_name, with_source};
use crate::words::i18n::Texts;
use crate::words::procedure::names::{day, joined, lists, over, percent, place, role, yes};

fn class_or_none(t: &Texts, c: Option<Class>) -> String {
    c.map_or_else(|| t.get("proc-not-agreed"), |c| class_name(t, c))
}

/// One judged decision: "Sai: … (Nguồn: …)". `name` gives a household's name from its id.
pub fn judged_line(t: &Texts, j: &Judged, name: &dyn Fn(&str) -> String) -> String {
    let outcome = t.get(match j.outcome {
        Outcome::Right => "proc-outcome-right",
        Outcome::Wrong => "proc-outcome-wrong",
        Outcome::NotJudged => "proc-outcome-not_judged",
    });
    let text = match (&j.check, j.outcome) {
        (Check::MinutesSigners { .. }, Outcome::NotJudged) => t.get("proc-check-minutes-signers-unknown"),
        (Check::PostingPlaces { .. }, Outcome::NotJudged) => t.get("proc-check-posting-places-unknown"),
        _ => check_text(t, &j.check, name),
    };
    let text = with_source(t, text, &j.provenance);
    t.get_args(
        "proc-judged-line",
        &[("outcome", outcome.into()), ("text", text.into())],
    )
}

/// The sentence of a check, without its outcome and citation.
pub fn check_text(t: &Texts, c: &Check, name: &dyn Fn(&str) -> String) -> String {
    match c {
        Check::Listed { .. }
        | Check::Chair { .. }
        | Check::FatherlandFront { .. }
        | Check::Invited { .. }
        | Check::ShareBasis { .. }
        | Check::Conclusion { .. }
        | Check::MinutesCopies { .. }
        | Check::MinutesSigners { .. } => meeting_check_text(t, c, name),
        Check::PostingPlaces { .. }
        | Check::PostingDays { .. }
        | Check::Recheck { .. }
        | Check::RecheckTime { .. }
        | Check::ComplaintIgnored { .. } => posting_check_text(t, c, name),
        Check::Consulted { .. }
        | Check::DecidedBy { .. }
        | Check::Lists { .. }
        | Check::Class { .. }
        | Check::Deadline { .. }
        | Check::Refusal { .. } => recognition_check_text(t, c, name),
    }
}

/// The checks of the list and of the village meeting: who is listed, the chair, who is
/// invited, the share that decides, the conclusion and the minutes.
fn meeting_check_text(t: &Texts, c: &Check, name: &dyn Fn(&str) -> String) -> String {
    match c {
        Check::Listed {
            id,
            listed,
            should,
            previous,
            request,
        } => {
            let why = match (previous, request) {
                (Status::Poor, _) => t.get("proc-why-poor"),
                (Status::NearPoor, _) => t.get("proc-why-near_poor"),
                (Status::None, Some(_)) => t.get("proc-why-request"),
                (Status::None, None) => String::new(),
            };
            t.get_args(
                "proc-check-listed",
                &[
                    ("name", name(id).into()),
                    ("listed", yes(*listed).into()),
                    ("should", yes(*should).into()),
                    ("why", why.into()),
                ],
            )
        }
        Check::Chair { chosen, rule } => t.get_args(
            "proc-check-chair",
            &[
                ("chosen", role(t, *chosen).into()),
                ("rule", role(t, *rule).into()),
            ],
        ),
        Check::FatherlandFront { invited, required } => t.get_args(
            "proc-check-fatherland-front",
            &[
                ("invited", yes(*invited).into()),
                ("required", yes(*required).into()),
            ],
        ),
        Check::Invited { missing } if missing.is_empty() => t.get("proc-check-invited-ok"),
        Check::Invited { missing } => t.get_args(
            "proc-check-invited-missing",
            &[("missing", joined(t, missing, role).into())],
        ),
        Check::ShareBasis { id, chosen, rule } => t.get_args(
            "proc-check-share-basis",
            &[
                ("name", name(id).into()),
                ("chosen", over(t, *chosen).into()),
                ("rule", over(t, *rule).into()),
            ],
        ),
        Check::Conclusion {
            id,
            tally,
            min_percent,
            accepted,
        } => conclusion_text(t, name(id), tally, *min_percent, *accepted),
        Check::MinutesCopies { copies, rule } => t.get_args(
            "proc-check-minutes-copies",
            &[("copies", (*copies).into()), ("rule", (*rule).into())],
        ),
        Check::MinutesSigners { missing } if missing.is_empty() => t.get("proc-check-minutes-signers-ok"),
        Check::MinutesSigners { missing } => t.get_args(
            "proc-check-minutes-signers-missing",
            &[("missing", joined(t, missing, role).into())],
        ),
        _ => String::new(), // not a check of the list or the meeting: see `check_text`
    }
}

/// The meeting's conclusion on one household: the votes, their share, and the rule it met.
fn conclusion_text(
    t: &Texts,
    name: String,
    tally: &Tally,
    min_percent: Option<u32>,
    accepted: bool,
) -> String {
    let rule = match min_percent {
        Some(m) => t.get_args("proc-rule-percent", &[("min", m.into())]),
        None => t.get("proc-rule-unified"),
    };
    t.get_args(
        "proc-check-conclusion",
        &[
            ("name", name.into()),
            ("agree", tally.agree.into()),
            ("attendees", tally.attendees.into()),
            ("percent", percent(t, tally.agree, tally.attendees).into()),
            ("accepted", yes(accepted).into()),
            ("rule", rule.into()),
        ],
    )
}

/// The checks of the posting: where and how long the lists were posted, and the rechecks of
/// complaints.
fn posting_check_text(t: &Texts, c: &Check, name: &dyn Fn(&str) -> String) -> String {
    match c {
        Check::PostingPlaces { missing } if missing.is_empty() => t.get("proc-check-posting-places-ok"),
        Check::PostingPlaces { missing } => t.get_args(
            "proc-check-posting-places-missing",
            &[("missing", joined(t, missing, place).into())],
        ),
        Check::PostingDays { days, rule: Some(r) } => t.get_args(
            "proc-check-posting-days",
            &[("days", (*days).into()), ("rule", (*r).into())],
        ),
        Check::PostingDays { days, rule: None } => {
            t.get_args("proc-check-posting-days-unknown", &[("days", (*days).into())])
        }
        Check::Recheck {
            id,
            earlier,
            now,
            truth,
        } => t.get_args(
            "proc-check-recheck",
            &[
                ("name", name(id).into()),
                ("earlier", class_or_none(t, *earlier).into()),
                ("now", class_name(t, *now).into()),
                ("truth", class_name(t, *truth).into()),
            ],
        ),
        Check::RecheckTime { id, day: d, deadline } => t.get_args(
            "proc-check-recheck-time",
            &[
                ("name", name(id).into()),
                ("day", day(t, *d).into()),
                ("deadline", day(t, *deadline).into()),
            ],
        ),
        Check::ComplaintIgnored { id } => {
            t.get_args("proc-check-complaint-ignored", &[("name", name(id).into())])
        }
        _ => String::new(), // not a check of the posting: see `check_text`
    }
}

/// The checks of the recognition: who was consulted and who decided, the lists and class
/// decided, the deadline, and refusals.
fn recognition_check_text(t: &Texts, c: &Check, name: &dyn Fn(&str) -> String) -> String {
    match c {
        Check::Consulted {
            chosen,
            should,
            district_gone,
            district_until,
        } => consulted_text(t, *chosen, *should, *district_gone, *district_until),
        Check::DecidedBy { chosen, rule } => t.get_args(
            "proc-check-decided-by",
            &[
                ("chosen", role(t, *chosen).into()),
                ("rule", role(t, *rule).into()),
            ],
        ),
        Check::Lists { id, chosen, should } => t.get_args(
            "proc-check-lists",
            &[
                ("name", name(id).into()),
                ("chosen", lists(t, chosen).into()),
                ("should", lists(t, should).into()),
            ],
        ),
        Check::Class { id, accepted, truth } => t.get_args(
            "proc-check-class",
            &[
                ("name", name(id).into()),
                ("accepted", class_or_none(t, *accepted).into()),
                ("truth", class_name(t, *truth).into()),
            ],
        ),
        Check::Deadline { decided, deadline } => t.get_args(
            "proc-check-deadline",
            &[
                ("decided", day(t, *decided).into()),
                ("deadline", day(t, *deadline).into()),
            ],
        ),
        Check::Refusal { ids, written } => t.get_args(
            "proc-check-refusal",
            &[
                ("written", yes(*written).into()),
                (
                    "names",
                    ids.iter().map(|i| name(i)).collect::<Vec<_>>().join(", ").into(),
                ),
            ],
        ),
        _ => String::new(), // not a check of the recognition: see `check_text`
    }
}

/// Who the commune consulted before recognising the results, and who it should have (or that
/// the district level no longer existed).
fn consulted_text(
    t: &Texts,
    chosen: Option<Role>,
    should: Option<Role>,
    district_gone: bool,
    district_until: Option<Day>,
) -> String {
    let chosen = match chosen {
        Some(r) => t.get_args("proc-consulted-someone", &[("role", role(t, r).into())]),
        None => t.get("proc-consulted-nobody"),
    };
    let should = match (should, district_gone) {
        (_, true) => t.get_args(
            "proc-should-district-gone",
            &[(
                "until",
                district_until.map(|d| day(t, d)).unwrap_or_default().into(),
            )],
        ),
        (Some(r), false) => t.get_args("proc-should-consult", &[("role", role(t, r).into())]),
        (None, false) => String::new(),
    };
    t.get_args(
        "proc-check-consulted",
        &[("chosen", chosen.into()), ("should", should.into())],
    )
}
