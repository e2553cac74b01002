//! Words for the engine's data: assessments, comparisons, standards and file errors, through
//! Fluent. Shared by the command line and the desktop app, so both explain a rule the same way.
//!
//! Architecture invariant: reads results and standards, never decides anything; every sentence
//! comes from `locales/`.

use fluent_bundle::FluentValue;

use crate::assess::{Assessment, Class, Clause, Finding, IndicatorResult, MemberFinding, MemberReason};
use crate::compare::{Cause, Change, StandardChange};
use crate::household::{Household, Member};
use crate::i18n::{Lang, Texts};
use crate::source::{FormatError, Problem};
use crate::standard::{
    AttendanceRequirement, Indicator, Procedure, Provenance, Rule, RuleKind, Standard, Tag, TelecomService,
};

/// The Fluent id of an enumerated value: `value-<kind>-<value>`, underscores as hyphens.
pub fn value_id(kind: &str, value: &str) -> String {
    format!("value-{kind}-{}", value.replace('_', "-"))
}

/// The display name of an enumerated value, e.g. `value(t, "water", "piped")` → "nước máy".
pub fn value(t: &Texts, kind: &str, value: &str) -> String {
    t.get(&value_id(kind, value))
}

fn values<T: std::fmt::Display>(t: &Texts, kind: &str, items: &[T]) -> String {
    t.list(&value_names(t, kind, items))
}

fn values_or<T: std::fmt::Display>(t: &Texts, kind: &str, items: &[T]) -> String {
    t.list_or(&value_names(t, kind, items))
}

fn value_names<T: std::fmt::Display>(t: &Texts, kind: &str, items: &[T]) -> Vec<String> {
    items.iter().map(|v| value(t, kind, &v.to_string())).collect()
}

pub fn class_name(t: &Texts, class: Class) -> String {
    value(t, "class", class.as_str())
}

pub fn standard_name(t: &Texts, s: &Standard) -> String {
    match t.lang() {
        Lang::Vi => s.name_vi.clone(),
        Lang::En => s.name_en.clone(),
    }
}

pub fn indicator_name(t: &Texts, i: &Indicator) -> String {
    match t.lang() {
        Lang::Vi => i.name_vi.clone(),
        Lang::En => i.name_en.clone(),
    }
}

pub fn service_name(t: &Texts, s: &Standard, id: &str) -> String {
    s.service(id).map_or_else(
        || id.to_owned(),
        |svc| match t.lang() {
            Lang::Vi => svc.name_vi.clone(),
            Lang::En => svc.name_en.clone(),
        },
    )
}

/// "Nguồn: … (C)", with the visible provisional mark for P rules.
pub fn provenance(t: &Texts, p: &Provenance) -> String {
    let tag = match p.tag {
        Tag::C => "c",
        Tag::S => "s",
        Tag::P => "p",
    };
    t.get_args(
        &format!("common-source-{tag}"),
        &[("source", p.source.clone().into())],
    )
}

/// The provisional mark ("chưa đối chiếu văn bản gốc").
pub fn provisional_mark(t: &Texts) -> String {
    t.get("common-provisional-mark")
}

/// "Lò Văn Páo (42 tuổi)".
pub fn member_label(t: &Texts, m: &Member) -> String {
    t.get_args(
        "common-member",
        &[("name", m.name.clone().into()), ("age", m.age.into())],
    )
}

fn years_months(t: &Texts, months: u32) -> String {
    t.get_args(
        "common-years-months",
        &[("years", (months / 12).into()), ("months", (months % 12).into())],
    )
}

/// What makes the indicator deprived under this standard, with its parameters.
pub fn rule_text(t: &Texts, indicator: &Indicator, review_year: i32, standard: &Standard) -> String {
    let n = |x: u32| FluentValue::from(x);
    match &indicator.rule {
        Rule::SickUntreated => t.get("rule-sick-untreated"),
        Rule::HealthInsurance { min_age } => t.get_args("rule-health-insurance", &[("min_age", n(*min_age))]),
        Rule::AdultEducationCohort {
            min_age,
            born_from_year,
            required,
        } => t.get_args(
            "rule-adult-education-cohort",
            &[
                ("min_age", n(*min_age)),
                ("born_from", FluentValue::from(born_from_year.to_string())),
                ("required", value(t, "education", required.as_str()).into()),
            ],
        ),
        Rule::AdultEducationBands {
            bands,
            on_the_job_training_counts,
        } => {
            let parts: Vec<String> = bands
                .iter()
                .map(|b| {
                    t.get_args(
                        if b.vocational_certificate_counts {
                            "rule-adult-education-band-vocational"
                        } else {
                            "rule-adult-education-band"
                        },
                        &[
                            ("from", n(b.from_age)),
                            ("to", n(b.to_age)),
                            ("required", value(t, "education", b.required.as_str()).into()),
                        ],
                    )
                })
                .collect();
            let mut text = t.get_args(
                "rule-adult-education-bands",
                &[("bands", parts.join("; ").into())],
            );
            if *on_the_job_training_counts {
                text.push(' ');
                text.push_str(&t.get("rule-adult-education-on-the-job"));
            }
            text
        }
        Rule::ChildSchool {
            from_age,
            below_age,
            required,
        } => t.get_args(
            match required {
                AttendanceRequirement::Attending => "rule-child-school-attending",
                AttendanceRequirement::AtLevel => "rule-child-school-at-level",
            },
            &[("from", n(*from_age)), ("below", n(*below_age))],
        ),
        Rule::HousingQuality { at_least } => {
            t.get_args("rule-housing-quality", &[("at_least", n(*at_least))])
        }
        Rule::HousingArea { min_m2_per_person } => t.get_args(
            "rule-housing-area",
            &[("min", t.decimal(*min_m2_per_person, 2).into())],
        ),
        Rule::Water { accepted } => {
            t.get_args("rule-water", &[("accepted", values(t, "water", accepted).into())])
        }
        Rule::Sanitation { accepted } => t.get_args(
            "rule-sanitation",
            &[("accepted", values(t, "latrine", accepted).into())],
        ),
        Rule::Telecom { services } => t.get_args(
            "rule-telecom",
            &[("services", telecom_services(t, services).into())],
        ),
        Rule::Information {
            accepted,
            loudspeaker_counts,
        } => t.get_args(
            if *loudspeaker_counts {
                "rule-information-loudspeaker"
            } else {
                "rule-information"
            },
            &[("accepted", values(t, "info", accepted).into())],
        ),
        Rule::Employment { deprived_work } => {
            let (min_age, male, female) = standard.working_age.as_ref().map_or((15, 0, 0), |w| {
                (
                    w.min_age,
                    w.retirement_months(review_year, crate::household::Sex::Male)
                        .unwrap_or(0),
                    w.retirement_months(review_year, crate::household::Sex::Female)
                        .unwrap_or(0),
                )
            });
            t.get_args(
                "rule-employment",
                &[
                    ("min_age", n(min_age)),
                    ("male", years_months(t, male).into()),
                    ("female", years_months(t, female).into()),
                    ("year", FluentValue::from(review_year.to_string())),
                    ("work", values_or(t, "work", deprived_work).into()),
                ],
            )
        }
        Rule::Dependents {
            child_below_age,
            elderly_from_age,
            elderly_requires_allowance,
            disability_levels,
            disability_requires_allowance,
            more_than_percent,
        } => {
            let yes_no = |b: bool| FluentValue::from(if b { "yes" } else { "no" });
            t.get_args(
                "rule-dependents",
                &[
                    ("percent", n(*more_than_percent)),
                    ("child", n(*child_below_age)),
                    ("elderly", n(*elderly_from_age)),
                    ("elderly_allowance", yes_no(*elderly_requires_allowance)),
                    ("levels", values(t, "disability", disability_levels).into()),
                    ("disability_allowance", yes_no(*disability_requires_allowance)),
                ],
            )
        }
        Rule::Nutrition {
            child_below_age,
            conditions,
        } => t.get_args(
            "rule-nutrition",
            &[
                ("below", n(*child_below_age)),
                ("conditions", values(t, "nutrition", conditions).into()),
            ],
        ),
        Rule::Waste { deprived } => {
            t.get_args("rule-waste", &[("deprived", values(t, "waste", deprived).into())])
        }
    }
}

fn telecom_services(t: &Texts, services: &[TelecomService]) -> String {
    let names: Vec<String> = services
        .iter()
        .map(|s| {
            value(
                t,
                "telecom",
                match s {
                    TelecomService::Phone => "phone",
                    TelecomService::Internet => "internet",
                },
            )
        })
        .collect();
    t.list(&names)
}

fn reason_text(t: &Texts, reason: &MemberReason) -> String {
    match reason {
        MemberReason::SickUntreated => t.get("reason-sick-untreated"),
        MemberReason::NoHealthInsurance => t.get("reason-no-health-insurance"),
        MemberReason::MissingEducation { required, completed } => t.get_args(
            "reason-missing-education",
            &[
                ("required", value(t, "education", required.as_str()).into()),
                ("completed", value(t, "education", completed.as_str()).into()),
            ],
        ),
        MemberReason::School { schooling } => value(t, "schooling", schooling.as_str()),
        MemberReason::Work { work } => value(t, "work", work.as_str()),
        MemberReason::Nutrition { nutrition } => value(t, "nutrition", nutrition.as_str()),
        MemberReason::ChildDependant => t.get("reason-child-dependant"),
        MemberReason::ElderlyDependant => t.get("reason-elderly-dependant"),
        MemberReason::DisabledDependant { disability } => t.get_args(
            "reason-disabled-dependant",
            &[("level", value(t, "disability", disability.as_str()).into())],
        ),
        MemberReason::UsesTelecom { service } => t.get_args(
            "reason-uses-telecom",
            &[(
                "service",
                telecom_services(t, std::slice::from_ref(service)).into(),
            )],
        ),
    }
}

fn member_findings(t: &Texts, h: &Household, members: &[MemberFinding]) -> String {
    let items: Vec<String> = members
        .iter()
        .filter_map(|f| {
            let m = h.members.get(f.index)?;
            Some(t.get_args(
                "finding-member",
                &[
                    ("member", member_label(t, m).into()),
                    ("reason", reason_text(t, &f.reason).into()),
                ],
            ))
        })
        .collect();
    items.join("; ")
}

/// The facts of the household that decided one indicator.
pub fn finding_text(t: &Texts, h: &Household, result: &IndicatorResult<'_>) -> String {
    let n = |x: u32| FluentValue::from(x);
    match &result.finding {
        Finding::Members { considered, members }
        | Finding::Employment {
            considered, members, ..
        } => {
            if !members.is_empty() {
                member_findings(t, h, members)
            } else if *considered == 0 {
                t.get("finding-nobody-concerned")
            } else {
                t.get_args("finding-all-meet", &[("count", n(*considered))])
            }
        }
        Finding::Structures {
            wall,
            frame,
            roof,
            non_durable,
            ..
        } => {
            let d = |b: bool| value(t, "durability", if b { "non_durable" } else { "durable" });
            t.get_args(
                "finding-structures",
                &[
                    ("wall", d(*wall).into()),
                    ("frame", d(*frame).into()),
                    ("roof", d(*roof).into()),
                    ("count", n(*non_durable)),
                ],
            )
        }
        Finding::Area {
            floor_area_m2,
            members,
            min_m2_per_person,
        } => t.get_args(
            "finding-area",
            &[
                ("area", t.decimal(*floor_area_m2, 2).into()),
                ("members", n(*members)),
                (
                    "per_person",
                    t.decimal(floor_area_m2 / f64::from((*members).max(1)), 2).into(),
                ),
                (
                    "needed",
                    t.decimal(min_m2_per_person * f64::from(*members), 2).into(),
                ),
            ],
        ),
        Finding::WaterSource { source, .. } => t.get_args(
            "finding-water",
            &[("source", value(t, "water", source.as_str()).into())],
        ),
        Finding::Latrine { latrine, .. } => t.get_args(
            "finding-latrine",
            &[("latrine", value(t, "latrine", latrine.as_str()).into())],
        ),
        Finding::Telecom { users } => {
            if users.is_empty() {
                t.get("finding-telecom-nobody")
            } else {
                member_findings(t, h, users)
            }
        }
        Finding::Information {
            owned,
            hears_loudspeaker,
            loudspeaker_counts,
        } => {
            let owned_text = if owned.is_empty() {
                t.get("finding-information-owns-none")
            } else {
                values(t, "info", owned)
            };
            let hears = match (*hears_loudspeaker, *loudspeaker_counts) {
                (true, true) => "finding-information-hears",
                (true, false) => "finding-information-hears-not-counted",
                (false, _) => "finding-information-hears-not",
            };
            t.get_args(
                "finding-information",
                &[("owned", owned_text.into()), ("hears", t.get(hears).into())],
            )
        }
        Finding::Dependants {
            dependants, members, ..
        } => {
            let count = u32::try_from(dependants.len()).unwrap_or(u32::MAX);
            let mut text = t.get_args(
                "finding-dependants",
                &[("count", n(count)), ("members", n(*members))],
            );
            if !dependants.is_empty() {
                text.push_str(": ");
                text.push_str(&member_findings(t, h, dependants));
            }
            text
        }
        Finding::Waste { waste, .. } => t.get_args(
            "finding-waste",
            &[("waste", value(t, "waste", waste.as_str()).into())],
        ),
    }
}

/// The sentence that says which clause decided the class, with the amounts compared.
pub fn decision_text(t: &Texts, a: &Assessment<'_>) -> String {
    let d = &a.decision;
    let money = |x: u64| FluentValue::from(t.money(u128::from(x)));
    let income = FluentValue::from(t.money(a.income.per_person_month_vnd));
    let count = FluentValue::from(d.count);
    let cutoff = FluentValue::from(d.cutoff);
    let near = d.near_poverty_line.unwrap_or(d.poverty_line);
    let id = match d.clause {
        Clause::PoorByIncomeAlone => "clause-poor-by-income-alone",
        Clause::PoorInBandWithDeprivations => "clause-poor-in-band",
        Clause::NearPoorInBand => "clause-near-poor-in-band",
        Clause::PoorIncomeAndDeprivations => "clause-poor-income-and-deprivations",
        Clause::NearPoorFewDeprivations => "clause-near-poor-few-deprivations",
        Clause::AverageBand => "clause-average-band",
        Clause::AboveAverageBand => "clause-above-average-band",
        Clause::AverageBandUndefined => "clause-average-band-undefined",
    };
    let lower = match a.standard.classification.rule {
        RuleKind::IncomeAloneOrBandAndDeprivations => near,
        RuleKind::IncomeAndDeprivations => d.poverty_line,
    };
    let (id, band) = match (d.clause, d.band_income) {
        (Clause::AverageBand, Some(b)) => ("clause-average-band-excluded", Some(b)),
        (Clause::AboveAverageBand, Some(b)) => ("clause-above-average-band-excluded", Some(b)),
        _ => (id, None),
    };
    t.get_args(
        id,
        &[
            ("income", income),
            ("line", money(d.poverty_line)),
            ("near", money(near)),
            ("lower", money(lower)),
            ("upper", money(d.average_upper.unwrap_or(0))),
            ("count", count),
            ("cutoff", cutoff),
            (
                "excluded",
                t.money(band.map_or(0, |b| b.excluded_annual_vnd)).into(),
            ),
            (
                "band_income",
                t.money(band.map_or(0, |b| b.income.per_person_month_vnd)).into(),
            ),
        ],
    )
}

/// One household-level change between two standards, in words.
pub fn change_text(t: &Texts, change: &Change, from: &Standard, to: &Standard) -> String {
    let name = |s: &Standard, id: &str| {
        s.indicator(id)
            .map_or_else(|| id.to_owned(), |i| indicator_name(t, i))
    };
    let yes_no = |b: bool| FluentValue::from(if b { "yes" } else { "no" });
    match change {
        Change::ClassChanged {
            from: a,
            to: b,
            causes,
        } => {
            let causes: Vec<String> = causes.iter().map(|c| cause_text(t, *c, from, to)).collect();
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
        Change::LineMoved {
            area,
            from_vnd,
            to_vnd,
        } => t.get_args(
            "change-line-moved",
            &[
                ("area", value(t, "area", area.as_str()).into()),
                ("from", t.money(u128::from(*from_vnd)).into()),
                ("to", t.money(u128::from(*to_vnd)).into()),
            ],
        ),
        Change::IncomeOnlyRuleRemoved => t.get("change-income-only-removed"),
        Change::IndicatorAdded { id, deprived } => t.get_args(
            "change-indicator-added",
            &[("name", name(to, id).into()), ("deprived", yes_no(*deprived))],
        ),
        Change::IndicatorRemoved { id, was_deprived } => t.get_args(
            "change-indicator-removed",
            &[
                ("name", name(from, id).into()),
                ("deprived", yes_no(*was_deprived)),
            ],
        ),
        Change::IndicatorThresholdChanged { id, to_deprived, .. } => t.get_args(
            "change-indicator-threshold",
            &[("name", name(to, id).into()), ("deprived", yes_no(*to_deprived))],
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
    }
}

fn cause_text(t: &Texts, cause: Cause, from: &Standard, to: &Standard) -> String {
    let args = [
        ("from", FluentValue::from(standard_name(t, from))),
        ("to", FluentValue::from(standard_name(t, to))),
        ("cutoff", FluentValue::from(to.classification.deprivation_cutoff)),
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

/// One rule-level change between two standards, in words.
pub fn standard_change_text(t: &Texts, change: &StandardChange, from: &Standard, to: &Standard) -> String {
    let money = |x: Option<u64>| x.map_or_else(|| t.get("common-not-defined"), |v| t.money(u128::from(v)));
    let ind = |s: &Standard, id: &str| {
        s.indicator(id)
            .map_or_else(|| id.to_owned(), |i| indicator_name(t, i))
    };
    match change {
        StandardChange::LinesChanged { area, from: a, to: b } => t.get_args(
            "standard-change-lines",
            &[
                ("area", value(t, "area", area.as_str()).into()),
                ("from_poverty", money(Some(a.poverty)).into()),
                ("from_near", money(a.near_poverty).into()),
                ("from_upper", money(a.average_upper).into()),
                ("to_poverty", money(Some(b.poverty)).into()),
                ("to_upper", money(b.average_upper).into()),
                (
                    "from_has_near",
                    FluentValue::from(if a.near_poverty.is_some() { "yes" } else { "no" }),
                ),
                (
                    "to_has_near",
                    FluentValue::from(if b.near_poverty.is_some() { "yes" } else { "no" }),
                ),
                ("to_near", money(b.near_poverty).into()),
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
        StandardChange::ServiceAdded { id } => t.get_args(
            "standard-change-service-added",
            &[("name", service_name(t, to, id).into())],
        ),
        StandardChange::ServiceRemoved { id } => t.get_args(
            "standard-change-service-removed",
            &[("name", service_name(t, from, id).into())],
        ),
        StandardChange::IndicatorAdded { id } => {
            t.get_args("standard-change-indicator-added", &[("name", ind(to, id).into())])
        }
        StandardChange::IndicatorRemoved { id } => t.get_args(
            "standard-change-indicator-removed",
            &[("name", ind(from, id).into())],
        ),
        StandardChange::IndicatorRenamed { from_vi, to_vi, .. } => t.get_args(
            "standard-change-indicator-renamed",
            &[("from", from_vi.clone().into()), ("to", to_vi.clone().into())],
        ),
        StandardChange::IndicatorThresholdChanged { id } => t.get_args(
            "standard-change-indicator-threshold",
            &[("name", ind(to, id).into())],
        ),
        StandardChange::AverageBandUndefined => t.get("standard-change-average-undefined"),
        StandardChange::ProcedureChanged { to: p, .. } => procedure_text(t, p.as_ref()),
    }
}

fn procedure_text(t: &Texts, p: Option<&Procedure>) -> String {
    let Some(p) = p else { return String::new() };
    let mut parts = Vec::new();
    if p.fatherland_front_invited {
        parts.push(t.get("standard-change-fatherland-front"));
    }
    if let Some(percent) = p.meeting_min_agreement_percent {
        parts.push(t.get_args(
            "standard-change-meeting-agreement",
            &[("percent", percent.into())],
        ));
    }
    parts.join(" ")
}

/// What is wrong, in the user's language, without saying where (the editor shows it beside the
/// field).
pub fn problem_text(t: &Texts, problem: &Problem) -> String {
    let list = |items: &[String]| FluentValue::from(items.join(", "));
    match problem {
        Problem::Syntax { detail, found } if !found.is_empty() => t.get_args(
            "error-syntax-at",
            &[("detail", detail.clone().into()), ("found", found.clone().into())],
        ),
        Problem::Syntax { detail, .. } => t.get_args("error-syntax", &[("detail", detail.clone().into())]),
        Problem::UnknownKey { key, allowed } => t.get_args(
            "error-unknown-key",
            &[("key", key.clone().into()), ("allowed", list(allowed))],
        ),
        Problem::UnknownValue { value, allowed } => t.get_args(
            "error-unknown-value",
            &[("value", value.clone().into()), ("allowed", list(allowed))],
        ),
        Problem::MissingField { field } => {
            t.get_args("error-missing-field", &[("field", field.clone().into())])
        }
        Problem::WrongType { detail } => t.get_args("error-wrong-type", &[("detail", detail.clone().into())]),
        Problem::Negative { value } => t.get_args("error-negative", &[("value", value.clone().into())]),
        Problem::OutOfRange { value, min, max } => t.get_args(
            "error-out-of-range",
            &[
                ("value", value.clone().into()),
                ("min", min.clone().into()),
                ("max", max.clone().into()),
            ],
        ),
        Problem::NotPositive { value } => {
            t.get_args("error-not-positive", &[("value", value.clone().into())])
        }
        Problem::NoMembers => t.get("error-no-members"),
        Problem::Empty => t.get("error-empty"),
        Problem::MonthlyXorAnnual => t.get("error-monthly-xor-annual"),
        Problem::UnsupportedFormat { found } => {
            t.get_args("error-unsupported-format", &[("found", found.clone().into())])
        }
        Problem::UnknownStandard { id, known } => t.get_args(
            "error-unknown-standard",
            &[("id", id.clone().into()), ("known", list(known))],
        ),
        Problem::Duplicate { what, other } => t.get_args(
            if other.is_empty() {
                "error-duplicate"
            } else {
                "error-duplicate-in"
            },
            &[("what", what.clone().into()), ("other", other.clone().into())],
        ),
        Problem::Other { detail } => detail.clone(),
    }
}

/// A located file error in the user's language: "file:line:column: field `path`: what is wrong".
pub fn error_text(t: &Texts, e: &FormatError) -> String {
    let problem = problem_text(t, &e.problem);
    let id = if e.path.is_empty() {
        "error-located"
    } else {
        "error-located-field"
    };
    t.get_args(
        id,
        &[
            ("file", e.file.clone().into()),
            ("line", FluentValue::from(e.line.to_string())),
            ("column", FluentValue::from(e.column.to_string())),
            ("field", e.path.clone().into()),
            ("problem", problem.into()),
        ],
    )
}

/// A disagreement between a scenario's `[expected]` answer and the engine, naming the scenario,
/// the indicator or field, the trainer's value and the engine's with its reason.
pub fn mismatch_text(
    t: &Texts,
    file: &str,
    s: &crate::scenario::Scenario,
    standard: &Standard,
    m: &crate::scenario::Mismatch,
) -> String {
    use crate::scenario::Mismatch;
    let a = crate::assess::assess(&s.household, standard);
    let reason_of = |id: &str| {
        a.result(id)
            .map(|r| finding_text(t, &s.household, r))
            .unwrap_or_default()
    };
    let ind = |id: &str| {
        standard
            .indicator(id)
            .map_or_else(|| id.to_owned(), |i| indicator_name(t, i))
    };
    let (msg, args): (&str, Vec<(&str, FluentValue)>) = match m {
        Mismatch::Classification { expected, engine } => (
            "mismatch-classification",
            vec![
                ("expected", class_name(t, *expected).into()),
                ("engine", class_name(t, *engine).into()),
                ("reason", decision_text(t, &a).into()),
            ],
        ),
        Mismatch::MarkedButNotDeprived { id } => (
            "mismatch-marked-not-deprived",
            vec![
                ("indicator", ind(id).into()),
                ("id", id.clone().into()),
                ("reason", reason_of(id).into()),
            ],
        ),
        Mismatch::DeprivedButNotMarked { id } => (
            "mismatch-deprived-not-marked",
            vec![
                ("indicator", ind(id).into()),
                ("id", id.clone().into()),
                ("reason", reason_of(id).into()),
            ],
        ),
        Mismatch::Income { expected, engine } => (
            "mismatch-income",
            vec![
                ("expected", t.money(*expected).into()),
                ("engine", t.money(*engine).into()),
                ("total", t.money(a.income.annual_total_vnd).into()),
                ("members", a.income.members.into()),
            ],
        ),
    };
    let mut all = vec![
        ("file", FluentValue::from(file.to_owned())),
        ("scenario", s.scenario.id.clone().into()),
    ];
    all.extend(args);
    t.get_args(msg, &all)
}
