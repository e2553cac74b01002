//! Making a generated household deprived in a chosen indicator: one change per kind of rule
//! (a member left sick or uninsured, out of school or out of work, a poorer dwelling, fewer means
//! of information, more dependants, a malnourished child…), drawn from the household's stream.

use std::ops::Range;

use rand::RngExt;
use rand::seq::IndexedRandom;
use rand_chacha::ChaCha8Rng;

use crate::rules::household::*;
use crate::rules::standard::{AttendanceRequirement, EducationBand, Rule, Standard, TelecomService};

use super::allowances::{Allowances, NO_PENSION};
use super::draw::{either_sex, member, name, pick, pick_outside, settle};
use super::names::NameGroup;

/// Changes the household so that the indicator with this rule is deprived (as far as one change
/// can; the caller checks the result with the engine).
pub(super) fn deprive(
    rng: &mut ChaCha8Rng,
    h: &mut Household,
    rule: &Rule,
    standard: &Standard,
    g: &NameGroup,
    family: &str,
    allowances: &Allowances,
) {
    match rule {
        Rule::SickUntreated => {
            if let Some(i) = pick_member(rng, h, &|_| true) {
                h.members[i].sick_untreated = true;
            }
        }
        Rule::HealthInsurance { min_age } => {
            if let Some(i) = pick_member(rng, h, &|m| m.age >= *min_age) {
                h.members[i].health_insurance = false;
            }
        }
        Rule::AdultEducationCohort {
            min_age,
            born_from_year,
            required,
        } => undereducate_cohort(rng, h, *min_age, *born_from_year, required),
        Rule::AdultEducationBands { bands, .. } => undereducate_band(rng, h, bands),
        Rule::ChildSchool {
            from_age,
            below_age,
            required,
        } => keep_child_from_school(rng, h, g, family, *from_age..*below_age, required),
        Rule::HousingQuality { at_least } => make_structures_non_durable(rng, h, *at_least),
        Rule::HousingArea { .. } => {} // set with the floor area, once the members are final
        Rule::Water { accepted, .. } => {
            if let Some(w) = pick_outside(rng, WaterSource::ALL, accepted) {
                h.dwelling.water_source = w;
            }
        }
        Rule::Sanitation { accepted } => {
            if let Some(l) = pick_outside(rng, Latrine::ALL, accepted) {
                h.dwelling.latrine = l;
            }
        }
        Rule::Telecom { services } => cut_telecom(h, services),
        Rule::Information { accepted, .. } => {
            h.dwelling.info_means.retain(|m| !accepted.contains(m));
            h.dwelling.hears_loudspeaker = false;
        }
        Rule::Employment { deprived_work } => put_out_of_work(rng, h, standard, deprived_work),
        Rule::Dependents { .. } => add_dependants(rng, h, rule, g, family, allowances),
        Rule::Nutrition {
            child_below_age,
            conditions,
        } => malnourish_child(rng, h, g, family, *child_below_age, conditions),
        Rule::Waste { deprived } => h.dwelling.waste = *pick(rng, deprived),
    }
}

/// One of the members `f` accepts, at random; `None` when it accepts none.
fn pick_member(rng: &mut ChaCha8Rng, h: &Household, f: &dyn Fn(&Member) -> bool) -> Option<usize> {
    let idx: Vec<usize> = (0..h.members.len()).filter(|&i| f(&h.members[i])).collect();
    idx.choose(rng).copied()
}

/// Leaves a member of the cohort (of age, born from the year) below the required education.
fn undereducate_cohort(
    rng: &mut ChaCha8Rng,
    h: &mut Household,
    min_age: u32,
    born_from_year: i32,
    required: &Education,
) {
    let year = h.review_year;
    let in_range =
        |m: &Member| m.age >= min_age && i64::from(year) - i64::from(m.age) >= i64::from(born_from_year);
    if let Some(i) = pick_member(rng, h, &in_range) {
        let m = &mut h.members[i];
        m.schooling = Schooling::NotAttending;
        m.education = if *required > Education::Primary {
            Education::Primary
        } else {
            Education::None
        };
    }
}

/// Leaves a member of an age band below its education, without a certificate or training.
fn undereducate_band(rng: &mut ChaCha8Rng, h: &mut Household, bands: &[EducationBand]) {
    let in_band = |m: &Member| bands.iter().any(|b| (b.from_age..=b.to_age).contains(&m.age));
    if let Some(i) = pick_member(rng, h, &in_band) {
        let m = &mut h.members[i];
        m.schooling = Schooling::NotAttending;
        m.vocational_certificate = false;
        m.on_the_job_training = false;
        m.education = if m.age >= 18 {
            Education::LowerSecondary
        } else {
            Education::Primary
        };
        if m.age >= 16 && m.work == Work::NotWorking {
            m.work = Work::SelfEmployed;
        }
    }
}

/// Takes a child of school age (`ages`) out of school, or below their level; a child of that age
/// is added where there is none.
fn keep_child_from_school(
    rng: &mut ChaCha8Rng,
    h: &mut Household,
    g: &NameGroup,
    family: &str,
    ages: Range<u32>,
    required: &AttendanceRequirement,
) {
    let child = |m: &Member| ages.contains(&m.age);
    let i = match pick_member(rng, h, &child) {
        Some(i) => i,
        None => {
            let sex = either_sex(rng);
            h.members.push(member(
                name(rng, g, sex, family),
                rng.random_range(ages.clone()),
                sex,
            ));
            h.members.len() - 1
        }
    };
    h.members[i].schooling = match required {
        AttendanceRequirement::AtLevel if rng.random_bool(0.3) => Schooling::BelowLevel,
        _ => Schooling::NotAttending,
    };
}

/// Makes `at_least` of the wall, the frame and the roof (chosen at random) non-durable.
fn make_structures_non_durable(rng: &mut ChaCha8Rng, h: &mut Household, at_least: u32) {
    let mut parts = [0usize, 1, 2];
    for k in (1..parts.len()).rev() {
        parts.swap(k, rng.random_range(0..=k));
    }
    for &p in parts.iter().take(at_least as usize) {
        match p {
            0 => h.dwelling.wall = Durability::NonDurable,
            1 => h.dwelling.frame = Durability::NonDurable,
            _ => h.dwelling.roof = Durability::NonDurable,
        }
    }
}

/// No member uses the services the rule reads.
fn cut_telecom(h: &mut Household, services: &[TelecomService]) {
    for m in &mut h.members {
        for s in services {
            match s {
                TelecomService::Phone => m.uses_phone = false,
                TelecomService::Internet => m.uses_internet = false,
            }
        }
    }
}

/// Gives a member of working age one of the kinds of work that deprive.
fn put_out_of_work(rng: &mut ChaCha8Rng, h: &mut Household, standard: &Standard, deprived_work: &[Work]) {
    let year = h.review_year;
    let working_age = |m: &Member| {
        standard.working_age.as_ref().is_some_and(|w| {
            let months = m.age_in_months();
            months >= w.min_age * 12 && months < w.retirement_months(year, m.sex).unwrap_or(0)
        })
    };
    if let Some(i) = pick_member(rng, h, &working_age) {
        h.members[i].work = *pick(rng, deprived_work);
    }
}

/// Adds children or grandparents (at most 8) until dependants are more than the share of members
/// the `Dependents` rule names.
fn add_dependants(
    rng: &mut ChaCha8Rng,
    h: &mut Household,
    rule: &Rule,
    g: &NameGroup,
    family: &str,
    allowances: &Allowances,
) {
    let Rule::Dependents {
        child_below_age,
        elderly_from_age,
        elderly_requires_allowance,
        disability_levels,
        more_than_percent,
        ..
    } = rule
    else {
        return; // called for the `Dependents` rule only
    };
    let year = h.review_year;
    // Whether a member will receive an allowance (`income` grants them, by the rules).
    let paid = |m: &Member| allowances.monthly(year, m, NO_PENSION).is_some();
    // The engine's own test, on the member as `income` will leave it.
    let is_dependant = |m: &Member| {
        let will_be = Member {
            social_allowance: paid(m),
            ..m.clone()
        };
        crate::rules::assess::dependant_reason(rule, &will_be).is_some()
    };
    let mut guard = 0;
    while {
        let dep = h.members.iter().filter(|m| is_dependant(m)).count() as u64;
        dep * 100 <= u64::from(*more_than_percent) * h.members.len() as u64
    } && guard < 8
    {
        guard += 1;
        let sex = either_sex(rng);
        let oldest_child = (*child_below_age).min(h.members[0].age.saturating_sub(15)).max(1);
        let mut m = if rng.random_bool(0.6) {
            member(name(rng, g, sex, family), rng.random_range(0..oldest_child), sex)
        } else {
            let grandparent = g.grandparent_family(family, sex, h.members.len());
            let mut m = member(
                name(rng, g, sex, &grandparent),
                rng.random_range(*elderly_from_age..=(*elderly_from_age).max(88)),
                sex,
            );
            if *elderly_requires_allowance && !paid(&m) {
                make_paid(rng, &mut m, disability_levels, allowances, &paid);
            }
            m
        };
        settle(rng, &mut m);
        m.work = Work::NotWorking;
        h.members.push(m);
    }
}

/// Where an elderly member is a dependant only with an allowance, which the rules pay from an age
/// (80 without a pension) or for a disability: makes the grandparent one they pay, older or
/// disabled (unchanged when no rule pays: then not a dependant).
fn make_paid(
    rng: &mut ChaCha8Rng,
    m: &mut Member,
    disability_levels: &[Disability],
    allowances: &Allowances,
    paid: &dyn Fn(&Member) -> bool,
) {
    let disabled = disability_levels
        .iter()
        .copied()
        .filter(|&d| {
            paid(&Member {
                disability: d,
                ..m.clone()
            })
        })
        .collect::<Vec<_>>();
    let older = allowances
        .paid_from_age(Disability::None)
        .map(|a| a.max(m.age))
        .filter(|&a| a <= 88);
    match (disabled.is_empty(), older) {
        (false, Some(from)) if !rng.random_bool(0.35) => {
            m.age = rng.random_range(from..=88);
        }
        (false, _) => m.disability = *pick(rng, &disabled),
        (true, Some(from)) => m.age = rng.random_range(from..=88),
        (true, None) => {} // no rule pays: not a dependant
    }
}

/// Gives a child under `child_below_age` one of the conditions that deprive; a young child is
/// added where there is none.
fn malnourish_child(
    rng: &mut ChaCha8Rng,
    h: &mut Household,
    g: &NameGroup,
    family: &str,
    child_below_age: u32,
    conditions: &[Nutrition],
) {
    let child = |m: &Member| m.age < child_below_age;
    let i = match pick_member(rng, h, &child) {
        Some(i) => i,
        None => {
            let sex = either_sex(rng);
            let mut m = member(name(rng, g, sex, family), rng.random_range(0..=5), sex);
            settle(rng, &mut m);
            h.members.push(m);
            h.members.len() - 1
        }
    };
    h.members[i].nutrition = *pick(rng, conditions);
}
