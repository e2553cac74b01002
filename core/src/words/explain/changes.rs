//! Changes between two standards in words: what changed for one household (its class, the
//! lines, the indicators) and why, every rule-level change with its citation, and the village
//! meeting rules and kinds of procedural decision that a change or a report names.

use fluent_bundle::FluentValue;

use crate::rules::assess::Class;
use crate::rules::compare::{Cause, Change, StandardChange};
use crate::rules::household::Area;
use crate::rules::standard::{DayCount, DecisionFrom, Procedure, Role, RuleKind, Standard};
use crate::words::explain::names::{
    area_name, class_name, indicator_title, service_name, standard_name, value_id, with_mark, with_source,
};
use crate::words::i18n::{Lang, Texts};
use crate::words::procedure::lines::calendar_text;
use crate::words::procedure::names::{place_in_text, role};

/// "yes" or "no", for a Fluent selector.
fn yes_no(b: bool) -> FluentValue<'static> {
    FluentValue::from(if b { "yes" } else { "no" })
}

/// An indicator's title under a standard, or its id where the standard does not have it.
fn indicator_title_in(t: &Texts, s: &Standard, id: &str) -> String {
    s.indicator(id)
        .map_or_else(|| id.to_owned(), |i| indicator_title(t, i))
}

/// One household-level change between two standards, in words, with the S or P mark of the
/// rule it rests on.
pub fn change_text(t: &Texts, change: &Change, from: &Standard, to: &Standard) -> String {
    let text = match change {
        Change::ClassChanged {
            from: a,
            to: b,
            causes,
        } => {
            let causes: Vec<String> = causes.iter().map(|c| cause_text(t, *c, *b, from, to)).collect();
            let mut text = t.get_args(
                "change-class",
                &[
                    ("from", class_name(t, *a).into()),
                    ("to", class_name(t, *b).into()),
                ],
            );
            if !causes.is_empty() {
                text.push(' ');
                text.push_str(&causes.join(" "));
            }
            text
        }
        Change::AverageBandUnknown { from: a } => t.get_args(
            "change-average-band-unknown",
            &[
                ("from", class_name(t, *a).into()),
                ("was_average", yes_no(*a == Class::AverageLivingStandard)),
                ("to", standard_name(t, to).into()),
            ],
        ),
        Change::LineMoved {
            area,
            from_vnd,
            to_vnd,
            from_near_vnd,
        } => {
            let has_near = from_near_vnd.is_some();
            t.get_args(
                "change-line-moved",
                &[
                    ("area", area_name(t, to, *area).into()),
                    ("from", t.money(u128::from(*from_vnd)).into()),
                    (
                        "from_near",
                        t.money(u128::from(from_near_vnd.unwrap_or(0))).into(),
                    ),
                    ("has_near", yes_no(has_near)),
                    (
                        "to_has_near",
                        yes_no(to.lines.for_area(*area).near_poverty.is_some()),
                    ),
                    ("to", t.money(u128::from(*to_vnd)).into()),
                ],
            )
        }
        Change::IncomeOnlyRuleRemoved => t.get("change-income-only-removed"),
        Change::IndicatorAdded { id, deprived } => t.get_args(
            "change-indicator-added",
            &[
                ("name", indicator_title_in(t, to, id).into()),
                ("deprived", yes_no(*deprived)),
            ],
        ),
        Change::IndicatorRemoved { id, was_deprived } => t.get_args(
            "change-indicator-removed",
            &[
                ("name", indicator_title_in(t, from, id).into()),
                ("deprived", yes_no(*was_deprived)),
            ],
        ),
        Change::IndicatorThresholdChanged { id, to_deprived, .. } => t.get_args(
            "change-indicator-threshold",
            &[
                ("name", indicator_title_in(t, to, id).into()),
                ("deprived", yes_no(*to_deprived)),
            ],
        ),
        Change::CountCrossedCutoff {
            from_count,
            to_count,
            cutoff,
        } => t.get_args(
            "change-count-crossed",
            &[
                ("from", (*from_count).into()),
                ("to", (*to_count).into()),
                ("cutoff", (*cutoff).into()),
            ],
        ),
    };
    with_mark(t, text, change.provenance(to))
}

/// Why the class changed; `now` is the class under the new standard.
fn cause_text(t: &Texts, cause: Cause, now: Class, from: &Standard, to: &Standard) -> String {
    let args = [
        ("from", FluentValue::from(standard_name(t, from))),
        ("to", FluentValue::from(standard_name(t, to))),
        ("cutoff", FluentValue::from(to.classification.deprivation_cutoff)),
        ("below", yes_no(matches!(now, Class::Poor | Class::NearPoor))),
        ("reached", yes_no(now == Class::Poor)),
    ];
    let id = match cause {
        Cause::IncomeOnlyRuleRemoved => "cause-income-only-removed",
        Cause::LineMoved => "cause-line-moved",
        Cause::CountCrossedCutoff => "cause-count-crossed",
        Cause::AverageBandMoved => "cause-average-band-moved",
        Cause::AverageBandUndefined => "cause-average-band-undefined",
    };
    t.get_args(id, &args)
}

/// One rule-level change between two standards, in words, followed by its citation and C/S/P
/// mark.
pub fn standard_change_text(t: &Texts, change: &StandardChange, from: &Standard, to: &Standard) -> String {
    let money = |x: u64| t.money(u128::from(x));
    let text = match change {
        StandardChange::LegalFormChanged { from: a, to: b } => t.get_args(
            "standard-change-legal-form",
            &[
                ("from_form", t.get(&value_id("legal-form", a.as_str())).into()),
                ("from_basis", from.legal_basis.clone().into()),
                ("to_form", t.get(&value_id("legal-form", b.as_str())).into()),
                ("to_basis", to.legal_basis.clone().into()),
            ],
        ),
        StandardChange::LinesChanged {
            area,
            from_poverty,
            from_near,
            to_poverty,
            to_near,
        } => t.get_args(
            "standard-change-lines",
            &[
                ("area", area_name(t, to, *area).into()),
                ("from_poverty", money(*from_poverty).into()),
                ("from_near", money(from_near.unwrap_or(0)).into()),
                ("from_has_near", yes_no(from_near.is_some())),
                ("to_poverty", money(*to_poverty).into()),
                ("to_near", money(to_near.unwrap_or(0)).into()),
                ("to_has_near", yes_no(to_near.is_some())),
            ],
        ),
        StandardChange::RuleChanged {
            to: RuleKind::IncomeAndDeprivations,
            ..
        } => t.get_args(
            "standard-change-rule-income-and-deprivations",
            &[("cutoff", to.classification.deprivation_cutoff.into())],
        ),
        StandardChange::RuleChanged { .. } => t.get("standard-change-rule-income-alone"),
        StandardChange::AverageBandChanged { area, from: a, to: b } => {
            average_band_change_text(t, *area, *a, *b, from, to)
        }
        StandardChange::AverageBandUndefined => t.get("standard-change-average-undefined"),
        StandardChange::ServiceAdded { id } => t.get_args(
            "standard-change-service-added",
            &[("name", service_name(t, to, id).into())],
        ),
        StandardChange::ServiceRemoved { id } => t.get_args(
            "standard-change-service-removed",
            &[("name", service_name(t, from, id).into())],
        ),
        StandardChange::ServiceRenamed { id, indicators_added } => {
            service_renamed_text(t, id, indicators_added, from, to)
        }
        StandardChange::IndicatorAdded { id } => t.get_args(
            "standard-change-indicator-added",
            &[("name", indicator_title_in(t, to, id).into())],
        ),
        StandardChange::IndicatorRemoved { id } => t.get_args(
            "standard-change-indicator-removed",
            &[("name", indicator_title_in(t, from, id).into())],
        ),
        StandardChange::IndicatorRenamed { id, from_vi, to_vi } => {
            indicator_renamed_text(t, id, from_vi, to_vi, from, to)
        }
        StandardChange::IndicatorThresholdChanged { id } => t.get_args(
            "standard-change-indicator-threshold",
            &[("name", indicator_title_in(t, to, id).into())],
        ),
        StandardChange::ProcedureChanged { to: p, .. } => procedure_text(t, p.as_deref()),
        StandardChange::ProcedureProvisional => t.get_args(
            "standard-change-procedure-provisional",
            &[("to", standard_name(t, to).into())],
        ),
        StandardChange::CalendarChanged { to: c } => calendar_text(t, c),
        StandardChange::MeetingAttendeesAdded { roles } => meeting_attendees_text(t, roles),
        StandardChange::RegularDecisionChanged { from: a, to: b } => regular_decision_change_text(t, *a, *b),
        StandardChange::FarmingMethodChanged => farming_method_change_text(t, to),
    };
    if text.is_empty() {
        return text;
    }
    with_source(t, text, change.provenance(from, to))
}

/// The band of average living standard in an area, before and after: from the lower line of each
/// standard to its upper bound.
fn average_band_change_text(
    t: &Texts,
    area: Area,
    from_upper: u64,
    to_upper: u64,
    from: &Standard,
    to: &Standard,
) -> String {
    let money = |x: u64| t.money(u128::from(x));
    let lower = |s: &Standard| {
        let l = s.lines.for_area(area);
        money(match s.classification.rule {
            RuleKind::IncomeAloneOrBandAndDeprivations => l.near_poverty.unwrap_or(l.poverty),
            RuleKind::IncomeAndDeprivations => l.poverty,
        })
    };
    t.get_args(
        "standard-change-average-band",
        &[
            ("area", area_name(t, to, area).into()),
            ("from_lower", lower(from).into()),
            ("from_upper", money(from_upper).into()),
            ("to_lower", lower(to).into()),
            ("to_upper", money(to_upper).into()),
        ],
    )
}

/// A basic social service renamed, and the indicators it gained with the new name.
fn service_renamed_text(
    t: &Texts,
    id: &str,
    indicators_added: &[String],
    from: &Standard,
    to: &Standard,
) -> String {
    let added: Vec<String> = indicators_added
        .iter()
        .map(|i| indicator_title_in(t, to, i))
        .collect();
    t.get_args(
        "standard-change-service-renamed",
        &[
            ("from", service_name(t, from, id).into()),
            ("to", service_name(t, to, id).into()),
            ("extended", yes_no(!added.is_empty())),
            ("added", t.list(&added).into()),
        ],
    )
}

/// An indicator renamed: its old and new names in the user's language (the Vietnamese names are
/// the ones the change records), or its new working name.
fn indicator_renamed_text(
    t: &Texts,
    id: &str,
    from_vi: &str,
    to_vi: &str,
    from: &Standard,
    to: &Standard,
) -> String {
    let working = to.indicator(id).is_some_and(|i| i.working_name);
    let (old, new) = match t.lang() {
        Lang::Vi => (from_vi.to_owned(), to_vi.to_owned()),
        Lang::En => (
            from.indicator(id)
                .map_or_else(|| from_vi.to_owned(), |i| i.name_en.clone()),
            to.indicator(id)
                .map_or_else(|| to_vi.to_owned(), |i| i.name_en.clone()),
        ),
    };
    t.get_args(
        if working {
            "standard-change-indicator-working-name"
        } else {
            "standard-change-indicator-renamed"
        },
        &[("from", old.into()), ("to", new.into())],
    )
}

/// Who a village meeting must now invite.
fn meeting_attendees_text(t: &Texts, roles: &[Role]) -> String {
    t.get_args(
        "standard-change-meeting-attendees",
        &[(
            "roles",
            roles
                .iter()
                .map(|r| role(t, *r))
                .collect::<Vec<_>>()
                .join(", ")
                .into(),
        )],
    )
}

/// The deadline of the in-year review's decision, before and after: so many working or calendar
/// days from a starting event.
fn regular_decision_change_text(
    t: &Texts,
    from: (u32, DayCount, DecisionFrom),
    to: (u32, DayCount, DecisionFrom),
) -> String {
    let days = |(n, c, f): (u32, DayCount, DecisionFrom)| {
        t.get_args(
            match c {
                DayCount::Working => "standard-change-working-days",
                DayCount::Calendar => "standard-change-calendar-days",
            },
            &[("days", n.into()), ("from", f.as_str().into())],
        )
    };
    t.get_args(
        "standard-change-regular-decision",
        &[("from", days(from).into()), ("to", days(to).into())],
    )
}

/// How the new standard recognises farming households of average living standard (where it
/// posts the list, for how long, and the recheck); empty where it has no such procedure.
fn farming_method_change_text(t: &Texts, to: &Standard) -> String {
    match to.procedure.as_ref().and_then(|p| p.average_farming.as_ref()) {
        Some(a) => t.get_args(
            "standard-change-farming-method",
            &[
                (
                    "places",
                    a.posting
                        .places
                        .iter()
                        .map(|p| place_in_text(t, *p))
                        .collect::<Vec<_>>()
                        .join(", ")
                        .into(),
                ),
                ("days", a.posting_duration.days.into()),
                ("recheck", a.recheck.days.into()),
            ],
        ),
        None => String::new(),
    }
}

/// The short name of a kind of procedural decision, with the provisional mark when some of the
/// decisions counted rest on a P rule.
pub fn procedure_key(t: &Texts, key: &str, provisional: bool) -> String {
    let name = t.get(&format!("proc-key-{key}"));
    if provisional {
        t.get_args("common-with-provisional-mark", &[("text", name.into())])
            .trim_end_matches('.')
            .to_string()
    } else {
        name
    }
}

/// The village meeting rules in words.
pub fn procedure_text(t: &Texts, p: Option<&Procedure>) -> String {
    let Some(p) = p else { return String::new() };
    let mut parts = Vec::new();
    if p.fatherland_front_invited {
        parts.push(t.get("standard-change-fatherland-front"));
    }
    match p.meeting_min_agreement_percent {
        Some(percent) => parts.push(t.get_args(
            "standard-change-meeting-agreement",
            &[("percent", percent.into())],
        )),
        None => parts.push(t.get("standard-change-meeting-unified")),
    }
    parts.join(" ")
}
