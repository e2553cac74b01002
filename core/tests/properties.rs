//! Properties that must hold for every household under every standard.

mod common;

use proptest::prelude::*;
use proptest::sample::select;

use rasoat_core::rules::assess::{Class, assess};
use rasoat_core::rules::household::*;
use rasoat_core::rules::standard::{RuleKind, Standard};

fn member() -> impl Strategy<Value = Member> {
    (
        (
            0u32..=100,
            0u32..=11,
            select(Sex::ALL.to_vec()),
            select(Work::ALL.to_vec()),
            select(Disability::ALL.to_vec()),
        ),
        (
            any::<bool>(),
            select(Education::ALL.to_vec()),
            any::<bool>(),
            any::<bool>(),
            select(Schooling::ALL.to_vec()),
        ),
        (
            select(Nutrition::ALL.to_vec()),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
        ),
    )
        .prop_map(
            |(
                (age, age_months, sex, work, disability),
                (hi, education, voc, otj, schooling),
                (nutrition, net, phone, sick, allowance),
            )| Member {
                name: "Thành viên".into(),
                age,
                age_months,
                sex,
                work,
                disability,
                health_insurance: hi,
                education,
                vocational_certificate: voc,
                on_the_job_training: otj,
                schooling,
                nutrition,
                uses_internet: net,
                uses_phone: phone,
                sick_untreated: sick,
                social_allowance: allowance,
            },
        )
}

fn income() -> impl Strategy<Value = IncomeSource> {
    (select(IncomeKind::ALL.to_vec()), 0u64..6_000_000, any::<bool>()).prop_map(
        |(source, amount, monthly)| IncomeSource {
            source,
            monthly_vnd: monthly.then_some(amount),
            annual_vnd: (!monthly).then_some(amount * 12 + amount % 7),
        },
    )
}

fn household() -> impl Strategy<Value = Household> {
    (
        (
            select(Area::ALL.to_vec()),
            2016i32..=2030,
            select(Livelihood::ALL.to_vec()),
        ),
        (
            select(Durability::ALL.to_vec()),
            select(Durability::ALL.to_vec()),
            select(Durability::ALL.to_vec()),
            1u32..=1200,
            select(WaterSource::ALL.to_vec()),
            select(Latrine::ALL.to_vec()),
            prop::collection::vec(select(InfoMeans::ALL.to_vec()), 0..3),
            any::<bool>(),
            select(Waste::ALL.to_vec()),
        ),
        prop::collection::vec(member(), 1..8),
        prop::collection::vec(income(), 0..4),
    )
        .prop_map(
            |(
                (area, review_year, livelihood),
                (wall, frame, roof, tenths, water_source, latrine, info_means, hears_loudspeaker, waste),
                members,
                income,
            )| Household {
                area,
                review_year,
                livelihood,
                dwelling: Dwelling {
                    wall,
                    frame,
                    roof,
                    wall_material: None,
                    frame_material: None,
                    roof_material: None,
                    floor_area_m2: f64::from(tenths) / 10.0,
                    water_source,
                    latrine,
                    info_means,
                    hears_loudspeaker,
                    waste,
                },
                members,
                income,
            },
        )
}

fn all_standards() -> Vec<Standard> {
    common::standards().all().to_vec()
}

/// Changes that can only add deprivations, never remove one.
fn worsen(h: &Household, which: usize) -> Household {
    let mut h = h.clone();
    match which {
        0 => h.dwelling.water_source = WaterSource::SurfaceWater,
        1 => h.dwelling.latrine = Latrine::None,
        2 => h.dwelling.roof = Durability::NonDurable,
        3 => h.dwelling.floor_area_m2 /= 4.0,
        4 => h.members[0].health_insurance = false,
        5 => {
            h.dwelling.info_means.clear();
            h.dwelling.hears_loudspeaker = false;
        }
        6 => h.dwelling.waste = Waste::Untreated,
        7 => h.members.iter_mut().for_each(|m| m.uses_internet = false),
        _ => h.members[0].sick_untreated = true,
    }
    h
}

/// The class the lines and the count call for, computed here independently of the engine.
fn expected_class(h: &Household, s: &Standard, count: u32) -> Class {
    let lines = s.lines.for_area(h.area);
    let n = h.members.len() as u128;
    let total: u128 = h
        .income
        .iter()
        .map(|i| i.monthly_vnd.map_or(0, |m| m as u128 * 12) + i.annual_vnd.unwrap_or(0) as u128)
        .sum();
    let le = |line: u64, amount: u128| amount <= line as u128 * 12 * n;
    let enough = count >= s.classification.deprivation_cutoff;
    match s.classification.rule {
        RuleKind::IncomeAloneOrBandAndDeprivations => {
            if le(lines.poverty, total) {
                return Class::Poor;
            }
            if le(lines.near_poverty.expect("2016 has a near line"), total) {
                return if enough { Class::Poor } else { Class::NearPoor };
            }
        }
        RuleKind::IncomeAndDeprivations => {
            if le(lines.poverty, total) {
                return if enough { Class::Poor } else { Class::NearPoor };
            }
        }
    }
    let Some(upper) = lines.average_upper.filter(|_| s.classification.average.defined) else {
        return Class::None;
    };
    let avg = &s.classification.average;
    let band_total: u128 = if avg.excluded_income_for_livelihoods.contains(&h.livelihood) {
        h.income
            .iter()
            .filter(|i| !avg.excluded_income_sources.contains(&i.source))
            .map(|i| i.monthly_vnd.map_or(0, |m| m as u128 * 12) + i.annual_vnd.unwrap_or(0) as u128)
            .sum()
    } else {
        total
    };
    if le(upper, band_total) {
        Class::AverageLivingStandard
    } else {
        Class::None
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn more_income_never_gives_a_poorer_class(h in household(), extra in income()) {
        for s in all_standards() {
            let before = assess(&h, &s).class;
            let mut richer = h.clone();
            richer.income.push(extra.clone());
            let after = assess(&richer, &s).class;
            prop_assert!(after.rank() >= before.rank(), "{}: {before:?} → {after:?}", s.id);
        }
    }

    #[test]
    fn one_more_deprivation_never_takes_a_household_out_of_poor(h in household(), which in 0usize..9) {
        for s in all_standards() {
            let before = assess(&h, &s);
            let worse = worsen(&h, which);
            let after = assess(&worse, &s);
            for id in before.deprived_ids() {
                prop_assert!(after.deprived_ids().contains(&id), "{}: {id} no longer deprived", s.id);
            }
            if before.class == Class::Poor {
                prop_assert_eq!(after.class, Class::Poor, "{}", s.id);
            }
            prop_assert!(after.class.rank() <= before.class.rank());
        }
    }

    #[test]
    fn the_class_agrees_with_the_count_and_the_lines(h in household()) {
        for s in all_standards() {
            let a = assess(&h, &s);
            prop_assert_eq!(a.class, expected_class(&h, &s, a.deprivation_count()), "{}", s.id);
        }
    }

    #[test]
    fn deprived_is_sorted_and_counted(h in household()) {
        for s in all_standards() {
            let a = assess(&h, &s);
            let ids = a.deprived_ids();
            let mut sorted = ids.clone();
            sorted.sort();
            prop_assert_eq!(&ids, &sorted);
            prop_assert_eq!(ids.len() as u32, a.deprivation_count());
            prop_assert_eq!(a.indicators.len(), s.indicators.len());
        }
    }

    #[test]
    fn any_household_round_trips_through_the_file_format(h in household()) {
        let text = common::to_toml(&h);
        let parsed = parse_household("generated.toml", &text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(parsed.household, h);
    }
}
