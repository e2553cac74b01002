//! The rules and the household's facts in words: what makes an indicator deprived under a
//! standard, the facts that decided it for one household, the clause that decided the class, and
//! what is known of the standard's review form (its income note and scores).

use fluent_bundle::FluentValue;

use crate::rules::assess::{Assessment, Clause, Finding, IndicatorResult, MemberFinding, MemberReason};
use crate::rules::household::{Household, InfoMeans, Sex, Work};
use crate::rules::standard::{
    AttendanceRequirement, EducationBand, Indicator, InfoTerm, Rule, RuleKind, Standard, TelecomService,
    WaterQuality,
};
use crate::words::explain::names::{
    member_label, provenance, standard_name, value, value_names, values, values_or, with_source,
};
use crate::words::i18n::Texts;

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
        } => education_bands_rule_text(t, bands, *on_the_job_training_counts),
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
        } => information_rule_text(t, accepted, *loudspeaker_counts, *term),
        Rule::Employment { deprived_work } => employment_rule_text(t, deprived_work, review_year, standard),
        Rule::Dependents { .. } => dependents_rule_text(t, &indicator.rule),
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

/// The adult education rule from 2022: the qualification each age band needs.
fn education_bands_rule_text(t: &Texts, bands: &[EducationBand], on_the_job_training_counts: bool) -> String {
    let n = |x: u32| FluentValue::from(x);
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
    if on_the_job_training_counts {
        text.push(' ');
        text.push_str(&t.get("rule-adult-education-on-the-job"));
    }
    text
}

/// The information rule: the means that count, and whether hearing the loudspeakers does.
fn information_rule_text(
    t: &Texts,
    accepted: &[InfoMeans],
    loudspeaker_counts: bool,
    term: InfoTerm,
) -> String {
    t.get_args(
        if loudspeaker_counts {
            "rule-information-loudspeaker"
        } else {
            "rule-information"
        },
        &[
            ("accepted", t.list_plain(&value_names(t, "info", accepted)).into()),
            ("term", info_term(term).into()),
        ],
    )
}

/// The employment rule: the working ages in the review year, and the work that counts as
/// deprived.
fn employment_rule_text(t: &Texts, deprived_work: &[Work], review_year: i32, standard: &Standard) -> String {
    let (min_age, male, female) = standard.working_age.as_ref().map_or((15, 0, 0), |w| {
        (
            w.min_age,
            w.retirement_months(review_year, Sex::Male).unwrap_or(0),
            w.retirement_months(review_year, Sex::Female).unwrap_or(0),
        )
    });
    t.get_args(
        "rule-employment",
        &[
            ("min_age", FluentValue::from(min_age)),
            ("male", years_months(t, male).into()),
            ("female", years_months(t, female).into()),
            ("year", FluentValue::from(review_year.to_string())),
            ("work", values_or(t, "work", deprived_work).into()),
        ],
    )
}

fn years_months(t: &Texts, months: u32) -> String {
    t.get_args(
        "common-years-months",
        &[("years", (months / 12).into()), ("months", (months % 12).into())],
    )
}

/// The dependants rule: who counts as a dependant, and the share of members that makes the
/// household deprived.
fn dependents_rule_text(t: &Texts, rule: &Rule) -> String {
    let Rule::Dependents {
        child_below_age,
        elderly_from_age,
        elderly_requires_allowance,
        disability_levels,
        disability_requires_allowance,
        more_than_percent,
    } = rule
    else {
        return String::new(); // called for the `Dependents` rule only
    };
    let n = |x: u32| FluentValue::from(x);
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
        } => area_finding_text(t, *floor_area_m2, *members, *min_m2_per_person),
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
        } => information_finding_text(t, result, owned, *hears_loudspeaker, *loudspeaker_counts),
        Finding::Dependants {
            dependants, members, ..
        } => dependants_finding_text(t, h, dependants, *members),
        Finding::Waste { waste, .. } => t.get_args(
            "finding-waste",
            &[("waste", value(t, "waste", waste.as_str()).into())],
        ),
    }
}

/// The floor area found, per person, and the area the members would need.
fn area_finding_text(t: &Texts, floor_area_m2: f64, members: u32, min_m2_per_person: f64) -> String {
    t.get_args(
        "finding-area",
        &[
            ("area", t.decimal(floor_area_m2, 2).into()),
            ("members", FluentValue::from(members)),
            (
                "per_person",
                t.decimal(floor_area_m2 / f64::from(members.max(1)), 2).into(),
            ),
            (
                "needed",
                t.decimal(min_m2_per_person * f64::from(members), 2).into(),
            ),
        ],
    )
}

/// The means of information the household owns, and whether it hears the loudspeakers (and
/// whether that counts), in the standard's word for those means.
fn information_finding_text(
    t: &Texts,
    result: &IndicatorResult<'_>,
    owned: &[InfoMeans],
    hears_loudspeaker: bool,
    loudspeaker_counts: bool,
) -> String {
    let owned_text = if owned.is_empty() {
        t.get("finding-information-owns-none")
    } else {
        values(t, "info", owned)
    };
    let hears = match (hears_loudspeaker, loudspeaker_counts) {
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

/// How many of the members are dependants, their share, and who they are.
fn dependants_finding_text(t: &Texts, h: &Household, dependants: &[MemberFinding], members: u32) -> String {
    let n = |x: u32| FluentValue::from(x);
    let count = u32::try_from(dependants.len()).unwrap_or(u32::MAX);
    let percent = f64::from(count) * 100.0 / f64::from(members.max(1));
    let mut text = t.get_args(
        "finding-dependants",
        &[
            ("count", n(count)),
            ("members", n(members)),
            ("percent", t.decimal(percent, 1).into()),
        ],
    );
    if !dependants.is_empty() {
        text.push_str(": ");
        text.push_str(&member_findings(t, h, dependants));
    }
    text
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
