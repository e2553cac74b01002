//! The single draws the generator makes from a household's random stream: an item of a list, one
//! outside what a standard accepts, a sex, a name of a people, and a member whose schooling and
//! work meet every indicator for their age.

use rand::RngExt;
use rand::seq::IndexedRandom;
use rand_chacha::ChaCha8Rng;

use crate::rules::household::{Disability, Education, Member, Nutrition, Schooling, Sex, Work};

use super::names::NameGroup;

pub(super) fn pick<'a, T>(rng: &mut ChaCha8Rng, items: &'a [T]) -> &'a T {
    // Every list the generator picks from is non-empty: the built-in name lists are checked by
    // tests, and a standard with an empty list does not load (`Standard::validate`).
    items.choose(rng).unwrap_or(&items[0])
}

/// One of `all` that is not in `accepted`; `None` when the standard accepts every one.
pub(super) fn pick_outside<T: Copy + PartialEq>(
    rng: &mut ChaCha8Rng,
    all: &[T],
    accepted: &[T],
) -> Option<T> {
    let others: Vec<T> = all.iter().copied().filter(|x| !accepted.contains(x)).collect();
    others.choose(rng).copied()
}

pub(super) fn name(rng: &mut ChaCha8Rng, g: &NameGroup, sex: Sex, family: &str) -> String {
    let (middle, given) = match sex {
        Sex::Male => (pick(rng, &g.male_middle), pick(rng, &g.male_given)),
        Sex::Female => (pick(rng, &g.female_middle), pick(rng, &g.female_given)),
    };
    let first = if middle.ends_with('\'') {
        format!("{middle}{given}")
    } else {
        format!("{middle} {given}")
    };
    let parts = if g.family_last {
        [first.trim(), family]
    } else {
        [family, first.trim()]
    };
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

pub(super) fn member(name: String, age: u32, sex: Sex) -> Member {
    Member {
        name,
        age,
        age_months: 0,
        sex,
        work: Work::NotWorking,
        disability: Disability::None,
        health_insurance: true,
        education: Education::None,
        vocational_certificate: false,
        on_the_job_training: false,
        schooling: Schooling::NotAttending,
        nutrition: Nutrition::Normal,
        uses_internet: false,
        uses_phone: false,
        sick_untreated: false,
        social_allowance: false,
    }
}

/// Education, schooling and work that meet every indicator for this age.
pub(super) fn settle(rng: &mut ChaCha8Rng, m: &mut Member) {
    match m.age {
        0..=2 => {}
        3..=15 => {
            m.schooling = Schooling::AtLevel;
            m.education = if m.age >= 11 {
                Education::Primary
            } else {
                Education::None
            };
        }
        16..=17 => {
            m.schooling = Schooling::AtLevel;
            m.education = Education::LowerSecondary;
        }
        18..=34 => {
            m.education = *pick(
                rng,
                &[
                    Education::UpperSecondary,
                    Education::UpperSecondary,
                    Education::CollegeUniversity,
                ],
            );
            m.work = *pick(rng, &[Work::SelfEmployed, Work::WageWithContract]);
            m.uses_internet = true;
            m.uses_phone = true;
        }
        35..=59 => {
            m.education = *pick(
                rng,
                &[
                    Education::Primary,
                    Education::LowerSecondary,
                    Education::UpperSecondary,
                ],
            );
            m.work = *pick(
                rng,
                &[Work::SelfEmployed, Work::SelfEmployed, Work::WageWithContract],
            );
            m.uses_phone = rng.random_bool(0.7);
        }
        _ => {
            m.education = *pick(rng, &[Education::None, Education::Primary]);
        }
    }
}

/// Male or female, even odds.
pub(super) fn either_sex(rng: &mut ChaCha8Rng) -> Sex {
    if rng.random_bool(0.5) {
        Sex::Male
    } else {
        Sex::Female
    }
}
