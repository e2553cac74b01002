//! Words for the engine's data: assessments, comparisons, standards and file errors, through
//! Fluent. Shared by the command line and the desktop app, so both explain a rule the same way.
//!
//! Architecture invariant: reads results and standards, never decides anything; every sentence
//! comes from `locales/`.

use fluent_bundle::FluentValue;

use crate::rules::assess::{
    Assessment, Class, Clause, Finding, IndicatorResult, MemberFinding, MemberReason,
};
use crate::rules::compare::{Cause, Change, StandardChange};
use crate::rules::household::Area;
use crate::rules::household::{Household, Member};
use crate::rules::source::{FormatError, Problem};
use crate::rules::standard::{
    AttendanceRequirement, Calendar, Indicator, InfoTerm, Procedure, Provenance, Rule, RuleKind, Standard,
    Tag, TelecomService, WaterQuality,
};
use crate::words::i18n::{Lang, Texts};

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

/// The engine's outcome in words: the class, or where the standard's average living standard
/// band is not known (2026–2030 above the line), that the household is neither poor nor
/// near-poor and the program cannot tell more.
pub fn outcome_name(t: &Texts, a: &Assessment<'_>) -> String {
    if a.average_band_unknown() {
        t.get("value-class-band-unknown")
    } else {
        class_name(t, a.class)
    }
}

/// The right class of a graded answer in words (see `outcome_name`).
pub fn correct_class_name(t: &Texts, correct: Class, accepted: &[Class]) -> String {
    if accepted.len() > 1 {
        t.get("value-class-band-unknown")
    } else {
        class_name(t, correct)
    }
}

/// The official name of an area under a standard ("thành thị", or "đô thị" in Nghị định
/// 351/2025).
pub fn area_name(t: &Texts, s: &Standard, area: Area) -> String {
    match &s.area_names {
        Some(names) => {
            let n = match area {
                Area::Rural => &names.rural,
                Area::Urban => &names.urban,
            };
            match t.lang() {
                Lang::Vi => n.vi.clone(),
                Lang::En => n.en.clone(),
            }
        }
        None => value(t, "area", area.as_str()),
    }
}

/// An indicator's name, followed by "(tên gọi tạm)" where the name is a working name of ours.
pub fn indicator_title(t: &Texts, i: &Indicator) -> String {
    let name = indicator_name(t, i);
    if i.working_name {
        t.get_args("common-working-name", &[("name", name.into())])
    } else {
        name
    }
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

/// The name of an indicator of the trainer's report, in the user's language.
pub fn indicator_row_name(t: &Texts, row: &crate::training::report::IndicatorRow) -> String {
    match t.lang() {
        Lang::Vi => row.name_vi.clone(),
        Lang::En => row.name_en.clone(),
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

/// A statement followed by its citation in brackets: "… (Nguồn: …, chưa đối chiếu văn bản gốc)".
pub fn with_source(t: &Texts, text: String, p: &Provenance) -> String {
    t.get_args(
        "common-with-source",
        &[
            ("text", sentence_body(&text).into()),
            ("source", provenance(t, p).into()),
        ],
    )
}

/// A sentence without its final full stop, for a bracket to go before it.
fn sentence_body(text: &str) -> String {
    text.trim_end().trim_end_matches('.').to_owned()
}

/// A statement followed by its S or P mark only (C adds nothing): for household-level lines
/// whose rules are cited elsewhere on the same screen.
pub fn with_mark(t: &Texts, text: String, p: Option<&Provenance>) -> String {
    let id = match p.map(|p| p.tag) {
        Some(Tag::P) => "common-with-provisional-mark",
        Some(Tag::S) => "common-with-secondary-mark",
        _ => return text,
    };
    t.get_args(id, &[("text", sentence_body(&text).into())])
}

/// A place from its parts, the empty ones left out: "Xã Tả Van, Sa Pa, Lào Cai".
pub fn place_name(commune: &str, district: &str, province: &str) -> String {
    [commune, district, province]
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// "Lò Văn Páo (42 tuổi)".
pub fn member_label(t: &Texts, m: &Member) -> String {
    t.get_args(
        "common-member",
        &[
            ("name", crate::rules::text::one_line(&m.name).into()),
            ("age", m.age.into()),
        ],
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
                            ("below", n(b.to_age.saturating_add(1))),
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
        Rule::Water { accepted, quality } => t.get_args(
            match quality {
                WaterQuality::Hygienic => "rule-water-hygienic",
                WaterQuality::Clean => "rule-water-clean",
            },
            &[(
                "accepted",
                t.list_plain(&value_names(t, "water", accepted)).into(),
            )],
        ),
        Rule::Sanitation { accepted } => t.get_args(
            "rule-sanitation",
            &[(
                "accepted",
                t.list_plain(&value_names(t, "latrine", accepted)).into(),
            )],
        ),
        Rule::Telecom { services } => t.get_args(
            "rule-telecom",
            &[("services", telecom_services(t, services).into())],
        ),
        Rule::Information {
            accepted,
            loudspeaker_counts,
            term,
        } => t.get_args(
            if *loudspeaker_counts {
                "rule-information-loudspeaker"
            } else {
                "rule-information"
            },
            &[
                ("accepted", t.list_plain(&value_names(t, "info", accepted)).into()),
                ("term", info_term(*term).into()),
            ],
        ),
        Rule::Employment { deprived_work } => {
            let (min_age, male, female) = standard.working_age.as_ref().map_or((15, 0, 0), |w| {
                (
                    w.min_age,
                    w.retirement_months(review_year, crate::rules::household::Sex::Male)
                        .unwrap_or(0),
                    w.retirement_months(review_year, crate::rules::household::Sex::Female)
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
                    ("levels", values_or(t, "disability", disability_levels).into()),
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
                ("conditions", values_or(t, "nutrition", conditions).into()),
            ],
        ),
        Rule::Waste { deprived } => {
            t.get_args("rule-waste", &[("deprived", values(t, "waste", deprived).into())])
        }
    }
}

/// The Fluent selector for the standard's word for information means.
fn info_term(term: InfoTerm) -> &'static str {
    match term {
        InfoTerm::Assets => "assets",
        InfoTerm::Means => "means",
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
    t.list_or(&names)
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
        Finding::Members {
            considered, members, ..
        }
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
            let term = match &result.indicator.rule {
                Rule::Information { term, .. } => *term,
                _ => InfoTerm::default(),
            };
            t.get_args(
                "finding-information",
                &[
                    ("owned", owned_text.into()),
                    ("hears", t.get(hears).into()),
                    ("term", info_term(term).into()),
                ],
            )
        }
        Finding::Dependants {
            dependants, members, ..
        } => {
            let count = u32::try_from(dependants.len()).unwrap_or(u32::MAX);
            let percent = f64::from(count) * 100.0 / f64::from((*members).max(1));
            let mut text = t.get_args(
                "finding-dependants",
                &[
                    ("count", n(count)),
                    ("members", n(*members)),
                    ("percent", t.decimal(percent, 1).into()),
                ],
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

/// One household-level change between two standards, in words, with the S or P mark of the
/// rule it rests on.
pub fn change_text(t: &Texts, change: &Change, from: &Standard, to: &Standard) -> String {
    let name = |s: &Standard, id: &str| {
        s.indicator(id)
            .map_or_else(|| id.to_owned(), |i| indicator_title(t, i))
    };
    let yes_no = |b: bool| FluentValue::from(if b { "yes" } else { "no" });
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
    };
    with_mark(t, text, change.provenance(to))
}

/// Why the class changed; `now` is the class under the new standard.
fn cause_text(t: &Texts, cause: Cause, now: Class, from: &Standard, to: &Standard) -> String {
    let yes_no = |b: bool| FluentValue::from(if b { "yes" } else { "no" });
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
    let ind = |s: &Standard, id: &str| {
        s.indicator(id)
            .map_or_else(|| id.to_owned(), |i| indicator_title(t, i))
    };
    let yes_no = |b: bool| FluentValue::from(if b { "yes" } else { "no" });
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
            let lower = |s: &Standard| {
                let l = s.lines.for_area(*area);
                money(match s.classification.rule {
                    RuleKind::IncomeAloneOrBandAndDeprivations => l.near_poverty.unwrap_or(l.poverty),
                    RuleKind::IncomeAndDeprivations => l.poverty,
                })
            };
            t.get_args(
                "standard-change-average-band",
                &[
                    ("area", area_name(t, to, *area).into()),
                    ("from_lower", lower(from).into()),
                    ("from_upper", money(*a).into()),
                    ("to_lower", lower(to).into()),
                    ("to_upper", money(*b).into()),
                ],
            )
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
            let added: Vec<String> = indicators_added.iter().map(|i| ind(to, i)).collect();
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
        StandardChange::IndicatorAdded { id } => {
            t.get_args("standard-change-indicator-added", &[("name", ind(to, id).into())])
        }
        StandardChange::IndicatorRemoved { id } => t.get_args(
            "standard-change-indicator-removed",
            &[("name", ind(from, id).into())],
        ),
        StandardChange::IndicatorRenamed { id, from_vi, to_vi } => {
            let working = to.indicator(id).is_some_and(|i| i.working_name);
            let (old, new) = match t.lang() {
                Lang::Vi => (from_vi.clone(), to_vi.clone()),
                Lang::En => (
                    from.indicator(id)
                        .map_or_else(|| from_vi.clone(), |i| i.name_en.clone()),
                    to.indicator(id)
                        .map_or_else(|| to_vi.clone(), |i| i.name_en.clone()),
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
        StandardChange::IndicatorThresholdChanged { id } => t.get_args(
            "standard-change-indicator-threshold",
            &[("name", ind(to, id).into())],
        ),
        StandardChange::ProcedureChanged { to: p, .. } => procedure_text(t, p.as_deref()),
        StandardChange::ProcedureProvisional => t.get_args(
            "standard-change-procedure-provisional",
            &[("to", standard_name(t, to).into())],
        ),
        StandardChange::CalendarChanged { to: c } => calendar_text(t, c),
        StandardChange::MeetingAttendeesAdded { roles } => t.get_args(
            "standard-change-meeting-attendees",
            &[(
                "roles",
                roles
                    .iter()
                    .map(|r| crate::words::procedure::role(t, *r))
                    .collect::<Vec<_>>()
                    .join(", ")
                    .into(),
            )],
        ),
        StandardChange::RegularDecisionChanged { from: a, to: b } => {
            let days = |(n, c, f): (
                u32,
                crate::rules::standard::DayCount,
                crate::rules::standard::DecisionFrom,
            )| {
                t.get_args(
                    match c {
                        crate::rules::standard::DayCount::Working => "standard-change-working-days",
                        crate::rules::standard::DayCount::Calendar => "standard-change-calendar-days",
                    },
                    &[("days", n.into()), ("from", f.as_str().into())],
                )
            };
            t.get_args(
                "standard-change-regular-decision",
                &[("from", days(*a).into()), ("to", days(*b).into())],
            )
        }
        StandardChange::FarmingMethodChanged => {
            match to.procedure.as_ref().and_then(|p| p.average_farming.as_ref()) {
                Some(a) => t.get_args(
                    "standard-change-farming-method",
                    &[
                        (
                            "places",
                            a.posting
                                .places
                                .iter()
                                .map(|p| crate::words::procedure::place_in_text(t, *p))
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
    };
    if text.is_empty() {
        return text;
    }
    with_source(t, text, change.provenance(from, to))
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

/// The note beside the income answer: a real review estimates income on the standard's own review
/// form, cited with its mark, or says that the standard's method is not known.
pub fn income_note(t: &Texts, s: &Standard) -> String {
    match &s.scoring_form {
        Some(f) => t.get_args(
            "scenario-income-simplified",
            &[("source", provenance(t, &f.provenance).into())],
        ),
        None => t.get_args(
            "scenario-income-simplified-unknown",
            &[("standard", standard_name(t, s).into())],
        ),
    }
}

/// What is known of the review form's scores under a standard (Phiếu B), with its mark; `None`
/// where nothing is known.
pub fn scoring_form_text(t: &Texts, s: &Standard) -> Option<String> {
    let f = s.scoring_form.as_ref()?;
    let id = if f.near_poverty_points.is_some() {
        "scoring-form-band"
    } else {
        "scoring-form-line"
    };
    let near = f.near_poverty_points.unwrap_or(f.poverty_points);
    let text = t.get_args(
        id,
        &[
            ("rural", f.poverty_points.rural.into()),
            ("urban", f.poverty_points.urban.into()),
            ("rural_near", near.rural.into()),
            ("urban_near", near.urban.into()),
            ("rural_line", t.money(u128::from(s.lines.rural.poverty)).into()),
            ("urban_line", t.money(u128::from(s.lines.urban.poverty)).into()),
            ("per", f.points_per_deprivation.unwrap_or(0).into()),
            (
                "has_per",
                FluentValue::from(if f.points_per_deprivation.is_some() {
                    "yes"
                } else {
                    "no"
                }),
            ),
            ("poor_from", f.poor_from_deprivation_points.into()),
            ("cutoff", s.classification.deprivation_cutoff.into()),
        ],
    );
    Some(with_source(t, text, &f.provenance))
}

/// What is wrong, in the user's language, without saying where (the editor shows it beside the
/// field).
pub fn problem_text(t: &Texts, problem: &Problem) -> String {
    let list = |items: &[String]| FluentValue::from(items.join(", "));
    // Keys and values echoed from a file are cut short: a 10 MB key must not become a 10 MB message.
    let short = |text: &String| FluentValue::from(shorten(text, 60));
    let detail = |text: &String| FluentValue::from(shorten(text, 300));
    match problem {
        Problem::Syntax {
            detail: detail_text,
            found,
        } if !found.is_empty() => t.get_args(
            "error-syntax-at",
            &[("detail", detail(detail_text)), ("found", short(found))],
        ),
        Problem::Syntax { detail: text, .. } => t.get_args("error-syntax", &[("detail", detail(text))]),
        Problem::UnknownKey { key, allowed } => t.get_args(
            "error-unknown-key",
            &[("key", short(key)), ("allowed", list(allowed))],
        ),
        Problem::UnknownValue { value, allowed } => t.get_args(
            "error-unknown-value",
            &[("value", short(value)), ("allowed", list(allowed))],
        ),
        Problem::MissingField { field } => {
            t.get_args("error-missing-field", &[("field", field.clone().into())])
        }
        Problem::WrongType { detail: text } => t.get_args("error-wrong-type", &[("detail", detail(text))]),
        Problem::WrongKind { found, expected } => t.get_args(
            "error-wrong-kind",
            &[
                ("found", t.get(found.message_id()).into()),
                ("expected", t.get(expected.message_id()).into()),
            ],
        ),
        Problem::Negative { value } => t.get_args("error-negative", &[("value", short(value))]),
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
            t.get_args("error-unsupported-format", &[("found", short(found))])
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
            &[("what", short(what)), ("other", other.clone().into())],
        ),
        Problem::UnsafeId { value } => t.get_args(
            "error-unsafe-id",
            &[("value", shorten(&value.escape_debug().to_string(), 60).into())],
        ),
        Problem::MaterialDisagrees {
            material,
            structure,
            stated,
        } => t.get_args(
            "error-material-disagrees",
            &[
                ("material", value(t, "material", material.as_str()).into()),
                (
                    "structure",
                    t.get(&format!("structure-{}", structure.as_str())).into(),
                ),
                ("stated", value(t, "durability", stated.as_str()).into()),
                (
                    "table",
                    value(t, "durability", other_durability(*stated).as_str()).into(),
                ),
            ],
        ),
        Problem::MaterialNotForStructure { material, structure } => t.get_args(
            "error-material-not-for-structure",
            &[
                ("material", value(t, "material", material.as_str()).into()),
                (
                    "structure",
                    t.get(&format!("structure-{}", structure.as_str())).into(),
                ),
            ],
        ),
        Problem::UnknownScenario { id } => t.get_args("error-unknown-scenario", &[("id", short(id))]),
        Problem::EscapeNotOnList => t.get("error-escape-not-on-list"),
        Problem::NotCited { text } => t.get_args("error-not-cited", &[("text", shorten(text, 120).into())]),
        Problem::Other { detail } => shorten(detail, 300),
    }
}

fn other_durability(d: crate::rules::household::Durability) -> crate::rules::household::Durability {
    use crate::rules::household::Durability;
    match d {
        Durability::Durable => Durability::NonDurable,
        Durability::NonDurable => Durability::Durable,
    }
}

/// At most `max` characters of a text from a file, with "…" when it was longer.
fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// A located file error in the user's language: "file:line:column: field `path`: what is wrong".
pub fn error_text(t: &Texts, e: &FormatError) -> String {
    // Keys, values and found text come from the file: shown on one line, escaped.
    let problem = crate::rules::text::one_line(&problem_text(t, &e.problem));
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
            ("field", shorten(&e.path, 120).into()),
            ("problem", problem.into()),
        ],
    )
}

/// A disagreement between a scenario's `[expected]` answer and the engine, naming the scenario,
/// the indicator or field, the trainer's value and the engine's with its reason.
pub fn mismatch_text(
    t: &Texts,
    file: &str,
    s: &crate::training::scenario::Scenario,
    standard: &Standard,
    m: &crate::training::scenario::Mismatch,
) -> String {
    use crate::training::scenario::Mismatch;
    let a = crate::rules::assess::assess(&s.household, standard);
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
                (
                    "engine",
                    correct_class_name(t, *engine, &a.accepted_classes()).into(),
                ),
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

/// Every scored answer as CSV, UTF-8 with a byte-order mark so that Excel shows Vietnamese
/// correctly. Column names come from Fluent.
/// A text cell as spreadsheet programs should take it: one starting with `=`, `+`, `-`, `@`, a
/// tab or a carriage return would be read as a formula, so it gets a leading apostrophe (which
/// Excel and LibreOffice hide and treat as "this is text").
pub fn csv_cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

pub fn report_csv(t: &Texts, report: &crate::training::report::Report) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let header: Vec<String> = [
        "report-csv-province",
        "report-csv-district",
        "report-csv-commune",
        "report-csv-trainee",
        "report-csv-session",
        "report-csv-scenario",
        "report-csv-standard",
        "report-csv-points",
        "report-csv-max",
        "report-csv-class-given",
        "report-csv-class-correct",
        "report-csv-income-given",
        "report-csv-income-correct",
        "report-csv-missed",
        "report-csv-false",
        "report-csv-seconds",
        "report-csv-tries",
    ]
    .iter()
    .map(|id| t.get(id))
    .collect();
    let _ = w.write_record(&header);
    for a in &report.answers {
        let class = |c: Option<Class>| c.map(|c| class_name(t, c)).unwrap_or_default();
        // Text that came from results files is neutralised for spreadsheets.
        let _ = w.write_record([
            csv_cell(&a.province),
            csv_cell(&a.district),
            csv_cell(&a.commune),
            csv_cell(&a.trainee),
            csv_cell(&a.session),
            csv_cell(&a.scenario_id),
            csv_cell(&a.standard),
            a.points.to_string(),
            a.max.to_string(),
            class(a.class_given),
            correct_class_name(t, a.class_correct, &a.class_accepted),
            a.income_given.map(|v| v.to_string()).unwrap_or_default(),
            a.income_correct.to_string(),
            a.missed.join(" "),
            a.false_marks.join(" "),
            a.seconds.to_string(),
            a.tries.to_string(),
        ]);
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

/// The report as text, section by section.
pub fn report_text(t: &Texts, r: &crate::training::report::Report, files: usize) -> String {
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(t.get_args(
        "report-title",
        &[("files", files.into()), ("answers", r.answers.len().into())],
    ));
    line(String::new());
    line(t.get("report-trainees-heading"));
    for row in &r.trainees {
        line(format!(
            "  {}",
            t.get_args(
                "report-trainee-line",
                &[
                    (
                        "place",
                        crate::rules::text::one_line(&place_name(&row.commune, &row.district, &row.province))
                            .into(),
                    ),
                    ("name", crate::rules::text::one_line(&row.name).into()),
                    ("percent", row.percent().into()),
                    ("done", row.done.into()),
                    ("minutes", (row.seconds / 60).into()),
                ],
            )
        ));
    }
    line(t.get("report-indicators-heading"));
    for row in r.weakest_indicators() {
        line(format!(
            "  {}",
            t.get_args(
                "report-indicator-line",
                &[
                    ("name", indicator_row_name(t, row).into()),
                    ("standard", row.standard.clone().into()),
                    ("missed", row.missed.into()),
                    ("deprived", row.deprived_cases.into()),
                    ("false", row.false_marks.into()),
                    ("not_deprived", row.not_deprived_cases.into()),
                ],
            )
        ));
    }
    line(t.get("report-scenarios-heading"));
    for row in &r.scenarios {
        line(format!(
            "  {}",
            t.get_args(
                "report-scenario-line",
                &[
                    ("title", crate::rules::text::one_line(&row.title).into()),
                    ("fully", row.fully_right.into()),
                    ("class", row.class_right.into()),
                    ("answered", row.answered.into()),
                ],
            )
        ));
    }
    // Communes always; districts and provinces only where trainees gave them.
    for (heading, rows) in [
        ("report-communes-heading", &r.communes),
        ("report-districts-heading", &r.districts),
        ("report-provinces-heading", &r.provinces),
    ] {
        if rows.is_empty() {
            continue;
        }
        line(t.get(heading));
        for row in rows {
            line(format!(
                "  {}",
                t.get_args(
                    "report-place-line",
                    &[
                        (
                            "place",
                            crate::rules::text::one_line(&place_name(
                                &row.commune,
                                &row.district,
                                &row.province
                            ))
                            .into(),
                        ),
                        ("percent", row.percent().into()),
                        ("trainees", row.trainees.into()),
                    ],
                )
            ));
        }
    }
    if !r.visits.is_empty() {
        line(t.get("report-visits-heading"));
        for v in &r.visits {
            line(format!(
                "  {}",
                t.get_args(
                    "report-visit-line",
                    &[
                        (
                            "place",
                            crate::rules::text::one_line(&place_name(&v.commune, &v.district, &v.province))
                                .into(),
                        ),
                        ("name", crate::rules::text::one_line(&v.trainee).into()),
                        ("village", crate::rules::text::one_line(&v.village).into()),
                        ("home", crate::rules::text::one_line(&v.home).into()),
                        ("points", v.points.into()),
                        ("max", v.max.into()),
                        ("unsupported", v.unsupported.into()),
                        ("questions", v.questions.into()),
                    ],
                )
            ));
        }
        line(t.get("report-forgotten-heading"));
        for f in &r.forgotten {
            line(format!(
                "  {}",
                t.get_args(
                    "report-forgotten-line",
                    &[
                        ("action", crate::words::visit::action_label(t, &f.action).into()),
                        ("forgotten", f.forgotten.into()),
                        ("visits", f.visits.into()),
                    ],
                )
            ));
        }
    }
    if !r.campaigns.is_empty() {
        line(t.get("report-campaigns-heading"));
        for c in &r.campaigns {
            line(format!(
                "  {}",
                t.get_args(
                    "report-campaign-line",
                    &[
                        ("commune", crate::rules::text::one_line(&c.commune).into()),
                        ("name", crate::rules::text::one_line(&c.trainee).into()),
                        ("village", crate::rules::text::one_line(&c.village).into()),
                        ("kind", t.get(&format!("proc-kind-{}", c.kind)).into()),
                        ("right", c.right.into()),
                        ("judged", c.judged.into()),
                        ("finished", if c.finished { "yes" } else { "no" }.into()),
                    ],
                )
            ));
        }
        line(t.get("report-procedure-heading"));
        for p in r.procedure.iter().filter(|p| p.wrong > 0) {
            line(format!(
                "  {}",
                t.get_args(
                    "report-procedure-line",
                    &[
                        (
                            "place",
                            crate::rules::text::one_line(&place_name(&p.commune, &p.district, &p.province))
                                .into(),
                        ),
                        ("check", procedure_key(t, &p.check, p.provisional).into(),),
                        ("wrong", p.wrong.into()),
                        ("judged", p.judged.into()),
                    ],
                )
            ));
        }
    }
    if !r.flagged.is_empty() {
        line(t.get("report-flagged-heading"));
        for f in &r.flagged {
            let id = match f.kind {
                crate::training::report::FlagKind::Changed => "report-flag-changed",
                crate::training::report::FlagKind::Unknown => "report-flag-unknown",
                crate::training::report::FlagKind::Duplicate => "report-flag-duplicate",
            };
            line(format!(
                "  {}",
                t.get_args(
                    id,
                    &[
                        ("file", f.file.clone().into()),
                        ("trainee", crate::rules::text::one_line(&f.trainee).into()),
                        ("scenario", crate::rules::text::one_line(&f.scenario_id).into())
                    ],
                )
            ));
        }
    }
    out
}
