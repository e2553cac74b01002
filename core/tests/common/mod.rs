//! Shared test helpers: a household builder that starts from "deprived in nothing". The
//! workspace's own tests (`tests/common`) include this file too.
#![allow(dead_code)]

use rasoat_core::rules::household::*;
use rasoat_core::rules::standard::{Standard, StandardSet};

pub fn standards() -> StandardSet {
    StandardSet::builtin().expect("built-in standards are valid")
}

pub fn standard(id: &str) -> Standard {
    standards().get(id).cloned().expect("known standard")
}

/// An adult who meets every indicator of every standard.
pub fn adult(name: &str, age: u32, sex: Sex) -> Member {
    Member {
        name: name.to_owned(),
        age,
        age_months: 0,
        sex,
        work: Work::WageWithContract,
        disability: Disability::None,
        health_insurance: true,
        education: Education::UpperSecondary,
        vocational_certificate: false,
        on_the_job_training: false,
        schooling: Schooling::NotAttending,
        nutrition: Nutrition::Normal,
        uses_internet: true,
        uses_phone: true,
        sick_untreated: false,
        social_allowance: false,
    }
}

/// A child at school at the right level, insured, well nourished.
pub fn child(name: &str, age: u32, sex: Sex) -> Member {
    Member {
        work: Work::NotWorking,
        education: Education::None,
        schooling: Schooling::AtLevel,
        uses_internet: false,
        uses_phone: false,
        ..adult(name, age, sex)
    }
}

/// A rural household of one adult, not deprived in anything, with `monthly` VND of wages.
pub fn household(review_year: i32, monthly: u64) -> Household {
    Household {
        area: Area::Rural,
        review_year,
        livelihood: Livelihood::Other,
        dwelling: Dwelling {
            wall: Durability::Durable,
            frame: Durability::Durable,
            roof: Durability::Durable,
            wall_material: None,
            frame_material: None,
            roof_material: None,
            floor_area_m2: 60.0,
            water_source: WaterSource::Piped,
            latrine: Latrine::Septic,
            info_means: vec![InfoMeans::Tv],
            hears_loudspeaker: false,
            waste: Waste::Collected,
        },
        members: vec![adult("Nguyễn Văn An", 40, Sex::Male)],
        income: vec![IncomeSource {
            source: IncomeKind::Wages,
            monthly_vnd: Some(monthly),
            annual_vnd: None,
        }],
    }
}

/// Sets the household's only income to `annual` VND a year.
pub fn with_annual_income(mut h: Household, annual: u64) -> Household {
    h.income = vec![IncomeSource {
        source: IncomeKind::Wages,
        monthly_vnd: None,
        annual_vnd: Some(annual),
    }];
    h
}

/// Serialises a household as a format-1 file (the format's own field names).
pub fn to_toml(h: &Household) -> String {
    let file = HouseholdFile {
        format: 1,
        scenario: None,
        expected: None,
        visit: None,
        review: None,
        household: h.clone(),
    };
    toml::to_string(&file).expect("serialisable")
}
