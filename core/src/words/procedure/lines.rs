//! The procedure of a standard as cited lines (`rasoat standards --procedure`, the village's
//! procedure panel): the steps, the list, the meeting, the posting, the recognition, the
//! timetable, the in-year review, the reporting and the farming households' procedure, each rule
//! followed by its citation and mark.

use crate::field::procedure::Kind;
use crate::rules::standard::{
    Amendment, AverageFarmingRule, Calendar, DayCount, DecisionFrom, ListRule, Listed, MeetingRule,
    PostingRule, Procedure, RecognitionRule, RegularRule, ReportingRule, Standard, Step, StepRule,
};
use crate::words::explain::names::{standard_name, with_source};
use crate::words::i18n::Texts;
use crate::words::procedure::names::{joined, kind_name, place, place_in_text, role, step, yes};

fn count_id(c: DayCount) -> &'static str {
    match c {
        DayCount::Working => "working",
        DayCount::Calendar => "calendar",
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
        amendment_lines(t, a, &mut out);
    }
    if !p.steps.is_empty() {
        step_lines(t, &p.steps, &mut out);
    }
    if let Some(l) = &p.list {
        out.push(list_line(t, l));
    }
    if let Some(m) = &p.meeting {
        meeting_lines(t, p, m, &mut out);
    }
    if let Some(po) = &p.posting {
        posting_lines(t, po, &mut out);
    }
    if let Some(r) = &p.recognition {
        recognition_lines(t, p, r, &mut out);
    }
    if let Some(c) = &p.calendar {
        out.push(with_source(t, calendar_text(t, c), c.provenance()));
    }
    if let (Some(r), Some((days, _, from))) = (&p.regular, p.regular_decision()) {
        regular_lines(t, s, r, days, from, &mut out);
    }
    if let Some(r) = &p.reporting {
        out.push(reporting_line(t, r));
    }
    if let Some(a) = &p.average_farming {
        out.push(farming_line(t, a));
    }
    out
}

/// The amending text and its date, then what rules citing it rested on before that date.
fn amendment_lines(t: &Texts, a: &Amendment, out: &mut Vec<String>) {
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

/// The steps of the periodic review, numbered.
fn step_lines(t: &Texts, steps: &[StepRule], out: &mut Vec<String>) {
    out.push(t.get("proc-steps-title"));
    for (i, st) in steps.iter().enumerate() {
        let line = t.get_args(
            "proc-step-line",
            &[("n", (i + 1).into()), ("step", step(t, st.step).into())],
        );
        out.push(format!("  {}", with_source(t, line, &st.provenance)));
    }
}

/// Who is put on the list of households to review.
fn list_line(t: &Texts, l: &ListRule) -> String {
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
    with_source(t, line, &l.provenance)
}

/// The village meeting: its chair and attendees, the Fatherland Front, the share that decides,
/// and the minutes.
fn meeting_lines(t: &Texts, p: &Procedure, m: &MeetingRule, out: &mut Vec<String>) {
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

/// Where the lists are posted, and for how long.
fn posting_lines(t: &Texts, po: &PostingRule, out: &mut Vec<String>) {
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

/// Whom the commune asks before recognition (and until when the district existed), and who
/// decides the lists.
fn recognition_lines(t: &Texts, p: &Procedure, r: &RecognitionRule, out: &mut Vec<String>) {
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

/// The in-year review: the forms, the decision's deadline (`days` from `from`), refusals in
/// writing, and where it has no meeting or no report.
fn regular_lines(
    t: &Texts,
    s: &Standard,
    r: &RegularRule,
    days: u32,
    from: DecisionFrom,
    out: &mut Vec<String>,
) {
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

/// The reporting deadlines after the reviews.
fn reporting_line(t: &Texts, r: &ReportingRule) -> String {
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
    with_source(t, line, &r.provenance)
}

/// How farming households of average living standard are recognised.
fn farming_line(t: &Texts, a: &AverageFarmingRule) -> String {
    let line = t.get_args(
        "proc-farming-rule",
        &[
            ("places", joined(t, &a.posting.places, place_in_text).into()),
            ("days", a.posting_duration.days.into()),
            ("recheck", a.recheck.days.into()),
            ("by", role(t, a.decided_by).into()),
        ],
    );
    with_source(t, line, &a.provenance)
}

/// The review timetable in words.
pub fn calendar_text(t: &Texts, c: &Calendar) -> String {
    match c {
        Calendar::Provincial { .. } => t.get("standard-change-calendar-provincial"),
        Calendar::National {
            periodic_from,
            periodic_to,
            regular_from_day,
            regular_decision_days,
            ..
        } => t.get_args(
            "standard-change-calendar-national",
            &[
                ("from_day", periodic_from.day.into()),
                ("from_month", periodic_from.month.into()),
                ("to_day", periodic_to.day.into()),
                ("to_month", periodic_to.month.into()),
                ("regular_day", (*regular_from_day).into()),
                ("decision_days", (*regular_decision_days).into()),
            ],
        ),
    }
}
