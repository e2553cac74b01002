//! The words of the review procedure: names of roles, steps, places and lists, the procedure of a
//! standard as cited lines (`rasoat standards --procedure`, the village's procedure panel), and a
//! sentence for every judged decision of a campaign, with its citation and mark
//! (`procedure.ftl`).
//!
//! Architecture invariant: decides nothing (the judgements come from `procedure`); every
//! sentence from Fluent.

use crate::field::procedure::{Check, Day, Judged, Kind, ListName, Outcome, Status};
use crate::rules::assess::Class;
use crate::rules::standard::{DayCount, Listed, Over, Place, Role, Standard, Step};
use crate::words::explain::{class_name, standard_name, with_source};
use crate::words::i18n::Texts;

pub fn role(t: &Texts, r: Role) -> String {
    t.get(&format!("proc-role-{}", r.as_str()))
}

pub fn place(t: &Texts, p: Place) -> String {
    t.get(&format!("proc-place-{}", p.as_str()))
}

/// A place's name inside a sentence ("niêm yết tại trụ sở UBND cấp xã"): the name as a label,
/// its first letter in lower case.
pub fn place_in_text(t: &Texts, p: Place) -> String {
    let name = place(t, p);
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => name,
    }
}

pub fn step(t: &Texts, s: Step) -> String {
    t.get(&format!("proc-step-{}", s.as_str()))
}

pub fn list_name(t: &Texts, l: ListName) -> String {
    t.get(&format!("proc-list-{}", l.as_str()))
}

pub fn status(t: &Texts, s: Status) -> String {
    t.get(&format!("proc-status-{}", s.as_str()))
}

pub fn over(t: &Texts, o: Over) -> String {
    t.get(match o {
        Over::Attendees => "proc-over-attendees",
        Over::Households => "proc-over-households",
    })
}

fn joined<T: Copy>(t: &Texts, items: &[T], name: fn(&Texts, T) -> String) -> String {
    items.iter().map(|x| name(t, *x)).collect::<Vec<_>>().join(", ")
}

/// Lists as words: "Danh sách hộ cận nghèo, Danh sách hộ thoát nghèo", or "on no list".
pub fn lists(t: &Texts, l: &[ListName]) -> String {
    if l.is_empty() {
        t.get("proc-lists-none")
    } else {
        joined(t, l, list_name)
    }
}

/// "thứ Sáu, 15/10/2021".
pub fn day(t: &Texts, d: Day) -> String {
    t.get_args(
        "proc-day",
        &[
            ("weekday", t.get(&format!("proc-weekday-{}", d.weekday())).into()),
            ("day", format!("{}", d.day).into()),
            ("month", format!("{}", d.month).into()),
            ("year", format!("{}", d.year).into()),
        ],
    )
}

/// A share in tenths of a percent, rounded down, from integers: 19 of 40 is "47,5 %".
pub fn percent(t: &Texts, part: u32, whole: u32) -> String {
    let tenths = if whole == 0 {
        0
    } else {
        u64::from(part) * 1000 / u64::from(whole)
    };
    t.get_args(
        "proc-percent",
        &[
            ("whole", format!("{}", tenths / 10).into()),
            ("tenth", format!("{}", tenths % 10).into()),
        ],
    )
}

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

fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// The sentence of a check, without its outcome and citation.
pub fn check_text(t: &Texts, c: &Check, name: &dyn Fn(&str) -> String) -> String {
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
        } => {
            let rule = match min_percent {
                Some(m) => t.get_args("proc-rule-percent", &[("min", (*m).into())]),
                None => t.get("proc-rule-unified"),
            };
            t.get_args(
                "proc-check-conclusion",
                &[
                    ("name", name(id).into()),
                    ("agree", tally.agree.into()),
                    ("attendees", tally.attendees.into()),
                    ("percent", percent(t, tally.agree, tally.attendees).into()),
                    ("accepted", yes(*accepted).into()),
                    ("rule", rule.into()),
                ],
            )
        }
        Check::MinutesCopies { copies, rule } => t.get_args(
            "proc-check-minutes-copies",
            &[("copies", (*copies).into()), ("rule", (*rule).into())],
        ),
        Check::MinutesSigners { missing } if missing.is_empty() => t.get("proc-check-minutes-signers-ok"),
        Check::MinutesSigners { missing } => t.get_args(
            "proc-check-minutes-signers-missing",
            &[("missing", joined(t, missing, role).into())],
        ),
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
        Check::Consulted {
            chosen,
            should,
            district_gone,
            district_until,
        } => {
            let chosen = match chosen {
                Some(r) => t.get_args("proc-consulted-someone", &[("role", role(t, *r).into())]),
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
                (Some(r), false) => t.get_args("proc-should-consult", &[("role", role(t, *r).into())]),
                (None, false) => String::new(),
            };
            t.get_args(
                "proc-check-consulted",
                &[("chosen", chosen.into()), ("should", should.into())],
            )
        }
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
    }
}

fn count_id(c: DayCount) -> &'static str {
    match c {
        DayCount::Working => "working",
        DayCount::Calendar => "calendar",
    }
}

/// The name of a kind of review under a standard (2016–2020 calls its in-year review the review
/// of households newly in difficulty).
pub fn kind_name(t: &Texts, kind: Kind, standard: &Standard) -> String {
    let newly = kind == Kind::Regular
        && standard
            .procedure
            .as_ref()
            .and_then(|p| p.regular.as_ref())
            .is_some_and(|r| r.newly_in_difficulty);
    if newly {
        t.get("proc-kind-regular-newly")
    } else {
        t.get(&format!("proc-kind-{}", kind.as_str()))
    }
}

/// The procedure of a standard as lines, each rule followed by its citation and mark.
pub fn procedure_lines(t: &Texts, s: &Standard) -> Vec<String> {
    let mut out = vec![t.get_args("proc-title", &[("standard", standard_name(t, s).into())])];
    let Some(p) = &s.procedure else {
        out.push(t.get("proc-none"));
        return out;
    };
    if let Some(from) = &p.borrowed_from {
        out.push(t.get_args("proc-borrowed", &[("from", from.replace('-', "–").into())]));
    }
    if let Some(a) = &p.amended {
        let args = [
            ("text", a.text.clone().into()),
            ("day", a.day.into()),
            ("month", a.month.into()),
            ("year", a.year.to_string().into()),
        ];
        out.push(with_source(t, t.get_args("proc-amended", &args), &a.provenance));
        out.push(with_source(
            t,
            t.get_args("proc-amended-before", &args),
            &a.before,
        ));
    }
    if !p.steps.is_empty() {
        out.push(t.get("proc-steps-title"));
        for (i, st) in p.steps.iter().enumerate() {
            let line = t.get_args(
                "proc-step-line",
                &[("n", (i + 1).into()), ("step", step(t, st.step).into())],
            );
            out.push(format!("  {}", with_source(t, line, &st.provenance)));
        }
    }
    if let Some(l) = &p.list {
        let who: Vec<String> = l
            .who
            .iter()
            .map(|w| {
                t.get(match w {
                    Listed::OnList => "proc-listed-on_list",
                    Listed::Requested => "proc-listed-requested",
                })
            })
            .collect();
        let line = t.get_args(
            "proc-list-rule",
            &[
                ("who", who.join("; ").into()),
                ("screening", yes(l.screening).into()),
            ],
        );
        out.push(with_source(t, line, &l.provenance));
    }
    if let Some(m) = &p.meeting {
        let line = t.get_args(
            "proc-meeting-rule",
            &[
                ("chair", role(t, m.chair).into()),
                ("attendees", joined(t, &m.attendees, role).into()),
            ],
        );
        out.push(with_source(t, line, &m.provenance));
        let ff = t.get(if p.fatherland_front_invited {
            "proc-meeting-ff"
        } else {
            "proc-meeting-no-ff"
        });
        out.push(with_source(t, ff, &p.provenance));
        let rule = match p.meeting_min_agreement_percent {
            Some(min) => t.get_args("proc-rule-percent", &[("min", min.into())]),
            None => t.get("proc-rule-unified"),
        };
        out.push(with_source(t, rule, &p.provenance));
        let signers = if m.minutes.signers.is_empty() {
            "none".to_string()
        } else {
            joined(t, &m.minutes.signers, role)
        };
        let line = t.get_args(
            "proc-minutes-rule",
            &[("copies", m.minutes.copies.into()), ("signers", signers.into())],
        );
        out.push(with_source(t, line, &m.minutes.provenance));
    }
    if let Some(po) = &p.posting {
        let line = if po.places.is_empty() {
            t.get("proc-posting-unknown")
        } else {
            t.get_args(
                "proc-posting-rule",
                &[("places", joined(t, &po.places, place).into())],
            )
        };
        out.push(with_source(t, line, &po.provenance));
        match &po.duration {
            Some(d) => {
                let line = t.get_args(
                    "proc-posting-duration",
                    &[("days", d.days.into()), ("count", count_id(d.count).into())],
                );
                out.push(with_source(t, line, &d.provenance));
            }
            None => out.push(with_source(
                t,
                t.get("proc-posting-duration-unknown"),
                &po.provenance,
            )),
        }
    }
    if let Some(r) = &p.recognition {
        if let (Some(c), Some(st)) = (r.consulted, p.step(Step::Report)) {
            let line = t.get_args("proc-report-rule", &[("role", role(t, c).into())]);
            out.push(with_source(t, line, &st.provenance));
        }
        if let Some(d) = &r.district_until {
            let line = t.get_args(
                "proc-district-rule",
                &[
                    ("day", d.day.into()),
                    ("month", d.month.into()),
                    ("year", format!("{}", d.year).into()),
                ],
            );
            out.push(with_source(t, line, &d.provenance));
        }
        let line = t.get_args(
            "proc-recognition-rule",
            &[
                ("by", role(t, r.decided_by).into()),
                ("certificate", r.certificate.clone().into()),
            ],
        );
        out.push(with_source(t, line, &r.provenance));
    }
    if let Some(c) = &p.calendar {
        out.push(with_source(
            t,
            crate::words::explain::calendar_text(t, c),
            c.provenance(),
        ));
    }
    if let (Some(r), Some((days, _, from))) = (&p.regular, p.regular_decision()) {
        let forms: Vec<String> = r
            .forms
            .iter()
            .map(|f| t.get(&format!("proc-form-{}", f.as_str())))
            .collect();
        let line = t.get_args(
            "proc-regular-rule",
            &[
                ("kind", kind_name(t, Kind::Regular, s).into()),
                ("forms", forms.join(", ").into()),
                ("days", days.into()),
                ("count", count_id(r.decision_count).into()),
                ("from", from.as_str().into()),
                ("refusal", yes(r.refusal_in_writing).into()),
            ],
        );
        out.push(with_source(t, line, &r.provenance));
        if !r.meeting {
            let cited = r.meeting_provenance.as_ref().unwrap_or(&r.provenance);
            out.push(with_source(t, t.get("proc-regular-no-meeting"), cited));
        }
        if let Some(cited) = &r.without_report {
            out.push(with_source(t, t.get("proc-regular-no-report"), cited));
        }
    }
    if let Some(r) = &p.reporting {
        let line = t.get_args(
            "proc-reporting-rule",
            &[
                ("day", r.monthly_day.into()),
                ("from", r.monthly_from_month.into()),
                ("to", r.monthly_to_month.into()),
                ("pre_day", r.preliminary_before.day.into()),
                ("pre_month", r.preliminary_before.month.into()),
                ("off_day", r.official_before.day.into()),
                ("off_month", r.official_before.month.into()),
            ],
        );
        out.push(with_source(t, line, &r.provenance));
    }
    if let Some(a) = &p.average_farming {
        let line = t.get_args(
            "proc-farming-rule",
            &[
                ("places", joined(t, &a.posting.places, place_in_text).into()),
                ("days", a.posting_duration.days.into()),
                ("recheck", a.recheck.days.into()),
                ("by", role(t, a.decided_by).into()),
            ],
        );
        out.push(with_source(t, line, &a.provenance));
    }
    out
}
