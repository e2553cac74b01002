//! How each kind of indicator rule reads a household: the members it applies to and those who
//! meet it, or the dwelling's facts. A function for each rule that weighs more than one fact,
//! grouped by service; a rule that reads one fact of the dwelling is read in `evaluate` itself.

use super::finding::{Finding, MemberFinding, MemberReason};
use crate::rules::household::{
    Dwelling, Education, Household, InfoMeans, Member, Nutrition, Schooling, Sex, Work,
};
use crate::rules::standard::{AttendanceRequirement, EducationBand, Rule, Standard, TelecomService};

/// Members matching `reason_of`, with the number to whom the rule applies (`applies`) and their
/// positions.
fn members_where(
    household: &Household,
    applies: impl Fn(&Member) -> bool,
    reason_of: impl Fn(&Member) -> Option<MemberReason>,
) -> (u32, Vec<MemberFinding>, Vec<usize>) {
    let mut considered = 0;
    let mut members = Vec::new();
    let mut positions = Vec::new();
    for (index, m) in household.members.iter().enumerate() {
        if applies(m) {
            considered += 1;
            positions.push(index);
            if let Some(reason) = reason_of(m) {
                members.push(MemberFinding { index, reason });
            }
        }
    }
    (considered, members, positions)
}

/// Why a member counts as a dependant under a dependants rule (a child; an elderly or disabled
/// member, with a monthly allowance where the rule asks for one); `None` for a member who does not,
/// or for another rule. The generator asks the same question of the members it makes.
pub fn dependant_reason(rule: &Rule, m: &Member) -> Option<MemberReason> {
    let Rule::Dependents {
        child_below_age,
        elderly_from_age,
        elderly_requires_allowance,
        disability_levels,
        disability_requires_allowance,
        ..
    } = rule
    else {
        return None;
    };
    if m.age < *child_below_age {
        Some(MemberReason::ChildDependant)
    } else if m.age >= *elderly_from_age && (!elderly_requires_allowance || m.social_allowance) {
        Some(MemberReason::ElderlyDependant)
    } else if disability_levels.contains(&m.disability)
        && (!disability_requires_allowance || m.social_allowance)
    {
        Some(MemberReason::DisabledDependant {
            disability: m.disability,
        })
    } else {
        None
    }
}

/// The facts of household `h` that decide an indicator with this rule: the members the rule
/// applies to and those who meet it, or the dwelling's facts.
pub(super) fn evaluate(rule: &Rule, h: &Household, standard: &Standard) -> Finding {
    let d = &h.dwelling;
    match rule {
        Rule::SickUntreated => sick_untreated(h),
        Rule::HealthInsurance { min_age } => health_insurance(h, *min_age),
        Rule::AdultEducationCohort {
            min_age,
            born_from_year,
            required,
        } => adult_education_cohort(h, *min_age, *born_from_year, *required),
        Rule::AdultEducationBands {
            bands,
            on_the_job_training_counts,
        } => adult_education_bands(h, bands, *on_the_job_training_counts),
        Rule::ChildSchool {
            from_age,
            below_age,
            required,
        } => child_school(h, *from_age, *below_age, *required),
        Rule::HousingQuality { at_least } => housing_quality(d, *at_least),
        Rule::HousingArea { min_m2_per_person } => Finding::Area {
            floor_area_m2: d.floor_area_m2,
            members: h.member_count(),
            min_m2_per_person: *min_m2_per_person,
        },
        Rule::Water { accepted, .. } => Finding::WaterSource {
            source: d.water_source,
            accepted: accepted.contains(&d.water_source),
        },
        Rule::Sanitation { accepted } => Finding::Latrine {
            latrine: d.latrine,
            accepted: accepted.contains(&d.latrine),
        },
        Rule::Telecom { services } => telecom(h, services),
        Rule::Information {
            accepted,
            loudspeaker_counts,
            ..
        } => information(d, accepted, *loudspeaker_counts),
        Rule::Employment { deprived_work } => employment(h, standard, deprived_work),
        Rule::Dependents {
            more_than_percent, ..
        } => {
            let (members, dependants, _) = members_where(h, |_| true, |m| dependant_reason(rule, m));
            Finding::Dependants {
                dependants,
                members,
                more_than_percent: *more_than_percent,
            }
        }
        Rule::Nutrition {
            child_below_age,
            conditions,
        } => nutrition(h, *child_below_age, conditions),
        Rule::Waste { deprived } => Finding::Waste {
            waste: d.waste,
            accepted: !deprived.contains(&d.waste),
        },
    }
}

// Health: members sick and untreated, without health insurance, children undernourished.

fn sick_untreated(h: &Household) -> Finding {
    let (considered, members, applies) = members_where(
        h,
        |_| true,
        |m| m.sick_untreated.then_some(MemberReason::SickUntreated),
    );
    Finding::Members {
        considered,
        members,
        applies,
    }
}

fn health_insurance(h: &Household, min_age: u32) -> Finding {
    let (considered, members, applies) = members_where(
        h,
        |m| m.age >= min_age,
        |m| (!m.health_insurance).then_some(MemberReason::NoHealthInsurance),
    );
    Finding::Members {
        considered,
        members,
        applies,
    }
}

fn nutrition(h: &Household, child_below_age: u32, conditions: &[Nutrition]) -> Finding {
    let (considered, members, applies) = members_where(
        h,
        |m| m.age < child_below_age,
        |m| {
            conditions
                .contains(&m.nutrition)
                .then_some(MemberReason::Nutrition {
                    nutrition: m.nutrition,
                })
        },
    );
    Finding::Members {
        considered,
        members,
        applies,
    }
}

// Education: adults without the schooling their cohort or age band needs, children out of school.

fn adult_education_cohort(h: &Household, min_age: u32, born_from_year: i32, required: Education) -> Finding {
    let (considered, members, applies) = members_where(
        h,
        |m| m.age >= min_age && i64::from(h.review_year) - i64::from(m.age) >= i64::from(born_from_year),
        |m| {
            (m.education < required && m.schooling == Schooling::NotAttending).then_some(
                MemberReason::MissingEducation {
                    required,
                    completed: m.education,
                },
            )
        },
    );
    Finding::Members {
        considered,
        members,
        applies,
    }
}

fn adult_education_bands(
    h: &Household,
    bands: &[EducationBand],
    on_the_job_training_counts: bool,
) -> Finding {
    let band_of = |age: u32| bands.iter().find(|b| (b.from_age..=b.to_age).contains(&age));
    let (considered, members, applies) = members_where(
        h,
        |m| band_of(m.age).is_some(),
        |m| {
            let band = band_of(m.age)?;
            let studying = m.schooling != Schooling::NotAttending;
            let qualified = m.education >= band.required
                || (band.vocational_certificate_counts && m.vocational_certificate)
                || (on_the_job_training_counts && m.on_the_job_training);
            (!studying && !qualified).then_some(MemberReason::MissingEducation {
                required: band.required,
                completed: m.education,
            })
        },
    );
    Finding::Members {
        considered,
        members,
        applies,
    }
}

fn child_school(h: &Household, from_age: u32, below_age: u32, required: AttendanceRequirement) -> Finding {
    let (considered, members, applies) = members_where(
        h,
        |m| (from_age..below_age).contains(&m.age),
        |m| {
            let ok = match required {
                AttendanceRequirement::Attending => m.schooling != Schooling::NotAttending,
                AttendanceRequirement::AtLevel => m.schooling == Schooling::AtLevel,
            };
            (!ok).then_some(MemberReason::School {
                schooling: m.schooling,
            })
        },
    );
    Finding::Members {
        considered,
        members,
        applies,
    }
}

// Housing: the dwelling's structures (its area, water, latrine and waste are read in `evaluate`).

fn housing_quality(d: &Dwelling, at_least: u32) -> Finding {
    use crate::rules::household::Durability::NonDurable;
    let (wall, frame, roof) = (d.wall == NonDurable, d.frame == NonDurable, d.roof == NonDurable);
    let non_durable = u32::from(wall) + u32::from(frame) + u32::from(roof);
    Finding::Structures {
        wall,
        frame,
        roof,
        non_durable,
        at_least,
    }
}

// Information: members who use a telecommunication service, the means the household owns.

fn telecom(h: &Household, services: &[TelecomService]) -> Finding {
    let uses = |m: &Member| {
        services.iter().copied().find(|s| match s {
            TelecomService::Phone => m.uses_phone,
            TelecomService::Internet => m.uses_internet,
        })
    };
    let (_, users, _) = members_where(
        h,
        |_| true,
        |m| uses(m).map(|service| MemberReason::UsesTelecom { service }),
    );
    Finding::Telecom { users }
}

fn information(d: &Dwelling, accepted: &[InfoMeans], loudspeaker_counts: bool) -> Finding {
    let mut owned: Vec<InfoMeans> = d
        .info_means
        .iter()
        .copied()
        .filter(|m| accepted.contains(m))
        .collect();
    owned.sort_unstable();
    owned.dedup();
    Finding::Information {
        owned,
        hears_loudspeaker: d.hears_loudspeaker,
        loudspeaker_counts,
    }
}

// Employment: working-age members without work or without a contract (dependants are counted
// in `evaluate` by `dependant_reason`).

fn employment(h: &Household, standard: &Standard, deprived_work: &[Work]) -> Finding {
    let working_age = standard.working_age.as_ref();
    let min_age = working_age.map_or(15, |w| w.min_age);
    let retirement = |sex| {
        working_age
            .and_then(|w| w.retirement_months(h.review_year, sex))
            .unwrap_or(0)
    };
    let (male, female) = (retirement(Sex::Male), retirement(Sex::Female));
    let (considered, members, applies) = members_where(
        h,
        |m| {
            let months = m.age_in_months();
            let limit = if m.sex == Sex::Male { male } else { female };
            months >= min_age.saturating_mul(12) && months < limit
        },
        |m| {
            deprived_work
                .contains(&m.work)
                .then_some(MemberReason::Work { work: m.work })
        },
    );
    Finding::Employment {
        considered,
        members,
        applies,
        min_age,
        male_retirement_months: male,
        female_retirement_months: female,
    }
}
