//! Table-driven rule tests: every indicator of every standard, deprived and not, and the edges
//! the rules state. All go through one `check` helper.

mod common;

use common::*;
use rasoat_core::rules::assess::{Class, Clause, assess};
use rasoat_core::rules::household::*;

/// What a case expects: the class and exactly the deprived indicators (sorted).
struct Expect<'a> {
    class: Class,
    deprived: &'a [&'a str],
}

fn check(name: &str, h: &Household, standard_id: &str, expect: Expect<'_>) {
    let s = standard(standard_id);
    let a = assess(h, &s);
    assert_eq!(
        a.deprived_ids(),
        expect.deprived,
        "{name} ({standard_id}): deprived indicators"
    );
    assert_eq!(
        a.class, expect.class,
        "{name} ({standard_id}): class, decided by {:?}",
        a.decision.clause
    );
    assert_eq!(
        a.deprivation_count() as usize,
        expect.deprived.len(),
        "{name}: count"
    );
}

fn e<'a>(class: Class, deprived: &'a [&'a str]) -> Expect<'a> {
    Expect { class, deprived }
}

type Mutation = fn(&mut Household);

/// (case, mutation, deprived ids) for one standard; the base household has a high income.
fn run_table(standard_id: &str, year: i32, cases: &[(&str, Mutation, &[&str])]) {
    for (name, mutate, deprived) in cases {
        let mut h = household(year, 10_000_000);
        mutate(&mut h);
        check(name, &h, standard_id, e(Class::None, deprived));
    }
}

#[test]
fn baseline_is_deprived_in_nothing_under_every_standard() {
    for (id, year) in [("2016-2020", 2018), ("2022-2025", 2023), ("2026-2030", 2027)] {
        check("baseline", &household(year, 10_000_000), id, e(Class::None, &[]));
    }
}

#[test]
fn every_indicator_of_2016_2020_deprived_and_not() {
    let cases: &[(&str, Mutation, &[&str])] = &[
        (
            "sick, untreated",
            |h| h.members[0].sick_untreated = true,
            &["health_care_access"],
        ),
        ("sick, treated", |h| h.members[0].sick_untreated = false, &[]),
        (
            "adult without insurance",
            |h| h.members[0].health_insurance = false,
            &["health_insurance"],
        ),
        (
            "child of 5 without insurance",
            |h| {
                let mut c = child("Bé Na", 5, Sex::Female);
                c.health_insurance = false;
                h.members.push(c);
            },
            &[],
        ),
        (
            "child of 6 without insurance",
            |h| {
                let mut c = child("Bé Na", 6, Sex::Female);
                c.health_insurance = false;
                h.members.push(c);
            },
            &["health_insurance"],
        ),
        (
            "adult born 1990, primary only, out of school",
            |h| {
                h.members[0].age = 28;
                h.members[0].education = Education::Primary;
            },
            &["adult_education"],
        ),
        (
            "adult born 1990, lower secondary",
            |h| {
                h.members[0].age = 28;
                h.members[0].education = Education::LowerSecondary;
            },
            &[],
        ),
        (
            "adult born 1990, primary, back in school",
            |h| {
                h.members[0].age = 28;
                h.members[0].education = Education::Primary;
                h.members[0].schooling = Schooling::BelowLevel;
            },
            &[],
        ),
        (
            "adult born before 1986, primary only",
            |h| h.members[0].education = Education::Primary,
            &[],
        ),
        (
            "child of 10 out of school",
            |h| {
                let mut c = child("Bé Tí", 10, Sex::Male);
                c.schooling = Schooling::NotAttending;
                h.members.push(c);
            },
            &["child_school_attendance"],
        ),
        (
            "child of 10 in school below level",
            |h| {
                let mut c = child("Bé Tí", 10, Sex::Male);
                c.schooling = Schooling::BelowLevel;
                h.members.push(c);
            },
            &[],
        ),
        (
            "two structures non-durable",
            |h| {
                h.dwelling.frame = Durability::NonDurable;
                h.dwelling.roof = Durability::NonDurable;
            },
            &["housing_quality"],
        ),
        (
            "one structure non-durable",
            |h| h.dwelling.roof = Durability::NonDurable,
            &[],
        ),
        (
            "7.9 m² per person",
            |h| h.dwelling.floor_area_m2 = 7.9,
            &["housing_area"],
        ),
        ("exactly 8 m² per person", |h| h.dwelling.floor_area_m2 = 8.0, &[]),
        (
            "river water",
            |h| h.dwelling.water_source = WaterSource::SurfaceWater,
            &["water"],
        ),
        (
            "protected dug well",
            |h| h.dwelling.water_source = WaterSource::ProtectedDugWell,
            &[],
        ),
        (
            "pit without slab",
            |h| h.dwelling.latrine = Latrine::PitWithoutSlab,
            &["sanitation"],
        ),
        ("double vault", |h| h.dwelling.latrine = Latrine::DoubleVault, &[]),
        (
            "neither phone nor internet",
            |h| {
                h.members[0].uses_phone = false;
                h.members[0].uses_internet = false;
            },
            &["telecom"],
        ),
        (
            "phone but no internet",
            |h| h.members[0].uses_internet = false,
            &[],
        ),
        (
            "no TV/radio/computer, no loudspeaker",
            |h| h.dwelling.info_means = vec![],
            &["information"],
        ),
        (
            "only a smartphone does not count in 2016–2020",
            |h| {
                h.dwelling.info_means = vec![InfoMeans::Smartphone];
            },
            &["information"],
        ),
        (
            "no means but hears the loudspeaker",
            |h| {
                h.dwelling.info_means = vec![];
                h.dwelling.hears_loudspeaker = true;
            },
            &[],
        ),
        (
            "unemployed member: no employment indicator here",
            |h| h.members[0].work = Work::Unemployed,
            &[],
        ),
        (
            "untreated waste: no waste indicator here",
            |h| h.dwelling.waste = Waste::Untreated,
            &[],
        ),
    ];
    run_table("2016-2020", 2018, cases);
}

#[test]
fn every_indicator_of_2022_2025_deprived_and_not() {
    let cases: &[(&str, Mutation, &[&str])] = &[
        (
            "unemployed adult",
            |h| h.members[0].work = Work::Unemployed,
            &["employment"],
        ),
        (
            "wage work without contract",
            |h| h.members[0].work = Work::WageWithoutContract,
            &["employment"],
        ),
        ("self-employed", |h| h.members[0].work = Work::SelfEmployed, &[]),
        (
            "more than half dependants",
            |h| {
                h.members.push(child("Bé A", 3, Sex::Male));
                h.members.push(child("Bé B", 8, Sex::Female));
            },
            &["dependents"],
        ),
        (
            "exactly half dependants",
            |h| {
                h.members.push(adult("Trần Thị Bình", 38, Sex::Female));
                h.members.push(child("Bé A", 7, Sex::Male));
                h.members.push(child("Bé B", 8, Sex::Female));
            },
            &[],
        ),
        (
            "stunted child",
            |h| {
                let mut c = child("Bé A", 4, Sex::Male);
                c.nutrition = Nutrition::Stunted;
                h.members.push(adult("Trần Thị Bình", 38, Sex::Female));
                h.members.push(c);
            },
            &["nutrition"],
        ),
        (
            "underweight child",
            |h| {
                let mut c = child("Bé A", 7, Sex::Male);
                c.nutrition = Nutrition::Underweight;
                h.members.push(adult("Trần Thị Bình", 38, Sex::Female));
                h.members.push(c);
            },
            &["nutrition"],
        ),
        (
            "underweight adult is not counted",
            |h| h.members[0].nutrition = Nutrition::Underweight,
            &[],
        ),
        (
            "adult without insurance",
            |h| h.members[0].health_insurance = false,
            &["health_insurance"],
        ),
        (
            "20-year-old with lower secondary, no certificate",
            |h| {
                h.members[0].age = 20;
                h.members[0].education = Education::LowerSecondary;
            },
            &["adult_education"],
        ),
        (
            "20-year-old with lower secondary and a vocational certificate",
            |h| {
                h.members[0].age = 20;
                h.members[0].education = Education::LowerSecondary;
                h.members[0].vocational_certificate = true;
            },
            &[],
        ),
        (
            "20-year-old with certified on-the-job training",
            |h| {
                h.members[0].age = 20;
                h.members[0].education = Education::Primary;
                h.members[0].on_the_job_training = true;
            },
            &[],
        ),
        (
            "20-year-old studying",
            |h| {
                h.members[0].age = 20;
                h.members[0].education = Education::LowerSecondary;
                h.members[0].schooling = Schooling::AtLevel;
            },
            &[],
        ),
        (
            "child of 4 not in preschool",
            |h| {
                let mut c = child("Bé A", 4, Sex::Male);
                c.schooling = Schooling::NotAttending;
                h.members.push(adult("Trần Thị Bình", 38, Sex::Female));
                h.members.push(c);
            },
            &["child_school_attendance"],
        ),
        (
            "child of 12 below level",
            |h| {
                let mut c = child("Bé A", 12, Sex::Male);
                c.schooling = Schooling::BelowLevel;
                h.members.push(adult("Trần Thị Bình", 38, Sex::Female));
                h.members.push(c);
            },
            &["child_school_attendance"],
        ),
        (
            "child of 2 at home",
            |h| {
                let mut c = child("Bé A", 2, Sex::Male);
                c.schooling = Schooling::NotAttending;
                h.members.push(adult("Trần Thị Bình", 38, Sex::Female));
                h.members.push(c);
            },
            &[],
        ),
        (
            "wall and roof non-durable",
            |h| {
                h.dwelling.wall = Durability::NonDurable;
                h.dwelling.roof = Durability::NonDurable;
            },
            &["housing_quality"],
        ),
        (
            "only the wall non-durable",
            |h| h.dwelling.wall = Durability::NonDurable,
            &[],
        ),
        (
            "6 m² for one",
            |h| h.dwelling.floor_area_m2 = 6.0,
            &["housing_area"],
        ),
        ("8 m² for one", |h| h.dwelling.floor_area_m2 = 8.0, &[]),
        (
            "unprotected dug well",
            |h| h.dwelling.water_source = WaterSource::UnprotectedDugWell,
            &["water"],
        ),
        (
            "rainwater",
            |h| h.dwelling.water_source = WaterSource::Rainwater,
            &[],
        ),
        (
            "hanging latrine",
            |h| h.dwelling.latrine = Latrine::Hanging,
            &["sanitation"],
        ),
        ("semi-septic", |h| h.dwelling.latrine = Latrine::SemiSeptic, &[]),
        (
            "phone but no internet",
            |h| h.members[0].uses_internet = false,
            &["telecom"],
        ),
        ("internet", |h| h.members[0].uses_phone = false, &[]),
        (
            "no means, no loudspeaker",
            |h| h.dwelling.info_means = vec![],
            &["information"],
        ),
        (
            "a smartphone counts",
            |h| h.dwelling.info_means = vec![InfoMeans::Smartphone],
            &[],
        ),
        (
            "sick, untreated: indicator removed",
            |h| h.members[0].sick_untreated = true,
            &[],
        ),
    ];
    run_table("2022-2025", 2023, cases);
}

#[test]
fn every_indicator_of_2026_2030_deprived_and_not() {
    let cases: &[(&str, Mutation, &[&str])] = &[
        (
            "unemployed",
            |h| h.members[0].work = Work::Unemployed,
            &["employment"],
        ),
        (
            "elderly without allowance are not dependants",
            |h| {
                h.members.push(adult("Cụ Tư", 75, Sex::Male));
                h.members.push(adult("Cụ Năm", 72, Sex::Female));
            },
            &[],
        ),
        (
            "elderly with a monthly allowance are dependants",
            |h| {
                let mut a = adult("Cụ Tư", 82, Sex::Male);
                a.social_allowance = true;
                let mut b = adult("Cụ Năm", 81, Sex::Female);
                b.social_allowance = true;
                h.members.push(a);
                h.members.push(b);
            },
            &["dependents"],
        ),
        (
            "stunted child",
            |h| {
                let mut c = child("Bé A", 4, Sex::Male);
                c.nutrition = Nutrition::Stunted;
                h.members.push(adult("Trần Thị Bình", 38, Sex::Female));
                h.members.push(c);
            },
            &["nutrition"],
        ),
        (
            "no insurance",
            |h| h.members[0].health_insurance = false,
            &["health_insurance"],
        ),
        (
            "25-year-old with primary",
            |h| {
                h.members[0].age = 25;
                h.members[0].education = Education::Primary;
            },
            &["adult_education"],
        ),
        (
            "non-durable house",
            |h| {
                h.dwelling.wall = Durability::NonDurable;
                h.dwelling.frame = Durability::NonDurable;
            },
            &["housing_quality"],
        ),
        (
            "small house",
            |h| h.dwelling.floor_area_m2 = 7.5,
            &["housing_area"],
        ),
        (
            "surface water",
            |h| h.dwelling.water_source = WaterSource::SurfaceWater,
            &["water"],
        ),
        (
            "no latrine",
            |h| h.dwelling.latrine = Latrine::None,
            &["sanitation"],
        ),
        (
            "untreated waste",
            |h| h.dwelling.waste = Waste::Untreated,
            &["waste"],
        ),
        (
            "waste treated at home",
            |h| h.dwelling.waste = Waste::TreatedAtHome,
            &[],
        ),
        (
            "no internet",
            |h| h.members[0].uses_internet = false,
            &["telecom"],
        ),
        (
            "no information means: indicator removed",
            |h| h.dwelling.info_means = vec![],
            &[],
        ),
    ];
    run_table("2026-2030", 2027, cases);
}

/// Makes the base household deprived in exactly `n` indicators of any standard.
fn deprive(h: &mut Household, n: usize) {
    let steps: [Mutation; 4] = [
        |h| h.dwelling.water_source = WaterSource::SurfaceWater,
        |h| h.dwelling.latrine = Latrine::None,
        |h| h.members[0].health_insurance = false,
        |h| h.dwelling.floor_area_m2 = 5.0,
    ];
    for step in steps.iter().take(n) {
        step(h);
    }
}

#[test]
fn income_exactly_at_a_line_and_one_dong_over() {
    // 2016–2020 rural: poor by income alone at 700,000; near-poor 1 đồng over.
    check(
        "at poverty line",
        &household(2018, 700_000),
        "2016-2020",
        e(Class::Poor, &[]),
    );
    check(
        "1 over poverty line",
        &household(2018, 700_001),
        "2016-2020",
        e(Class::NearPoor, &[]),
    );
    check(
        "at near-poverty line",
        &household(2018, 1_000_000),
        "2016-2020",
        e(Class::NearPoor, &[]),
    );
    check(
        "1 over near-poverty line",
        &household(2018, 1_000_001),
        "2016-2020",
        e(Class::AverageLivingStandard, &[]),
    );
    check(
        "at average bound",
        &household(2018, 1_500_000),
        "2016-2020",
        e(Class::AverageLivingStandard, &[]),
    );
    check(
        "1 over average bound",
        &household(2018, 1_500_001),
        "2016-2020",
        e(Class::None, &[]),
    );

    // 2022–2025 rural: one line 1,500,000; average band to 2,250,000.
    let mut poor = household(2023, 1_500_000);
    deprive(&mut poor, 3);
    check(
        "at line, 3 deprivations",
        &poor,
        "2022-2025",
        e(Class::Poor, &["health_insurance", "sanitation", "water"]),
    );
    let mut over = household(2023, 1_500_001);
    deprive(&mut over, 3);
    check(
        "1 over line, 3 deprivations",
        &over,
        "2022-2025",
        e(
            Class::AverageLivingStandard,
            &["health_insurance", "sanitation", "water"],
        ),
    );
    check(
        "at average bound",
        &household(2023, 2_250_000),
        "2022-2025",
        e(Class::AverageLivingStandard, &[]),
    );
    check(
        "1 over average bound",
        &household(2023, 2_250_001),
        "2022-2025",
        e(Class::None, &[]),
    );

    // Urban lines.
    let mut urban = household(2023, 2_000_000);
    urban.area = Area::Urban;
    check("urban at line", &urban, "2022-2025", e(Class::NearPoor, &[]));
    urban.income[0].monthly_vnd = Some(3_000_001);
    check(
        "urban over average bound",
        &urban,
        "2022-2025",
        e(Class::None, &[]),
    );

    // 2026–2030 rural line 2,200,000; no average band defined.
    check(
        "2026 at line",
        &household(2027, 2_200_000),
        "2026-2030",
        e(Class::NearPoor, &[]),
    );
    let s26 = standard("2026-2030");
    let a = assess(&household(2027, 2_200_001), &s26);
    assert_eq!(a.class, Class::None);
    assert_eq!(a.decision.clause, Clause::AverageBandUndefined);
}

#[test]
fn per_person_income_that_does_not_divide_evenly_is_compared_exactly() {
    // Three people, 25,200,001 đ a year: 700,000.03 đ a person a month, shown as 700,000.
    let mut h = with_annual_income(household(2018, 0), 25_200_001);
    h.members.push(adult("Trần Thị Bình", 38, Sex::Female));
    h.members.push(adult("Nguyễn Văn Cường", 19, Sex::Male));
    let s16 = standard("2016-2020");
    let a = assess(&h, &s16);
    assert_eq!(a.income.per_person_month_vnd, 700_000);
    assert_eq!(
        a.class,
        Class::NearPoor,
        "one đồng over the line over a year is above it"
    );
    let h = with_annual_income(h, 25_200_000);
    assert_eq!(assess(&h, &standard("2016-2020")).class, Class::Poor);
    // 10,000,000 a year for 3 people: 277,777.7… shown rounded down.
    let h = with_annual_income(h, 10_000_000);
    assert_eq!(
        assess(&h, &standard("2022-2025")).income.per_person_month_vnd,
        277_777
    );
}

#[test]
fn two_versus_three_deprivations() {
    for (standard_id, year, monthly) in [
        ("2016-2020", 2018, 900_000),
        ("2022-2025", 2023, 1_200_000),
        ("2026-2030", 2027, 2_000_000),
    ] {
        let mut two = household(year, monthly);
        deprive(&mut two, 2);
        check(
            "two",
            &two,
            standard_id,
            e(Class::NearPoor, &["sanitation", "water"]),
        );
        let mut three = household(year, monthly);
        deprive(&mut three, 3);
        check(
            "three",
            &three,
            standard_id,
            e(Class::Poor, &["health_insurance", "sanitation", "water"]),
        );
    }
}

#[test]
fn zero_income_with_two_deprivations_is_near_poor_from_2022_but_poor_before() {
    let mut h = household(2023, 0);
    deprive(&mut h, 2);
    check(
        "zero income 2022",
        &h,
        "2022-2025",
        e(Class::NearPoor, &["sanitation", "water"]),
    );
    check(
        "zero income 2016",
        &h,
        "2016-2020",
        e(Class::Poor, &["sanitation", "water"]),
    );
    assert_eq!(
        assess(&h, &standard("2016-2020")).decision.clause,
        Clause::PoorByIncomeAlone
    );
}

#[test]
fn dependants_exactly_half_and_more_than_half() {
    let mut h = household(2023, 10_000_000);
    h.members.push(child("Bé A", 15, Sex::Male));
    check("1 of 2", &h, "2022-2025", e(Class::None, &[]));
    h.members.push(adult("Cụ Tư", 60, Sex::Male));
    check(
        "2 of 3 (a 15-year-old and a 60-year-old)",
        &h,
        "2022-2025",
        e(Class::None, &["dependents"]),
    );
    h.members[2].age = 59;
    check("59 is not elderly", &h, "2022-2025", e(Class::None, &[]));
    h.members[1].age = 16;
    h.members[1].disability = Disability::Severe;
    h.members[1].schooling = Schooling::AtLevel;
    check("severely disabled counts", &h, "2022-2025", e(Class::None, &[]));
    h.members[2].disability = Disability::EspeciallySevere;
    check(
        "two severely disabled of 3",
        &h,
        "2022-2025",
        e(Class::None, &["dependents"]),
    );
    h.members[2].disability = Disability::Mild;
    check(
        "mild disability does not count",
        &h,
        "2022-2025",
        e(Class::None, &[]),
    );
}

#[test]
fn floor_area_exactly_8_m2_per_person() {
    let mut h = household(2023, 10_000_000);
    h.members.push(adult("Trần Thị Bình", 38, Sex::Female));
    h.members.push(child("Bé A", 9, Sex::Female));
    h.dwelling.floor_area_m2 = 24.0;
    check("24 m² for 3", &h, "2022-2025", e(Class::None, &[]));
    h.dwelling.floor_area_m2 = 23.99;
    check(
        "23.99 m² for 3",
        &h,
        "2022-2025",
        e(Class::None, &["housing_area"]),
    );
    h.dwelling.floor_area_m2 = 8.5 * 3.0;
    check("8.5 m² each", &h, "2016-2020", e(Class::None, &[]));
}

#[test]
fn ages_around_their_limits() {
    let base = || {
        let mut h = household(2023, 10_000_000);
        h.members.push(adult("Trần Thị Bình", 38, Sex::Female));
        h
    };
    let out_of_school = |age: u32| {
        let mut c = child("Em", age, Sex::Male);
        c.schooling = Schooling::NotAttending;
        c.education = Education::Primary;
        c.work = Work::SelfEmployed;
        c
    };
    // Health insurance from 6: ages 5 and 6.
    for (age, deprived) in [(5, &[][..]), (6, &["health_insurance"][..])] {
        let mut h = base();
        let mut c = child("Em", age, Sex::Male);
        c.health_insurance = false;
        h.members.push(c);
        check(
            &format!("uninsured child of {age}"),
            &h,
            "2022-2025",
            e(Class::None, deprived),
        );
        check(
            &format!("uninsured child of {age} (2016)"),
            &h,
            "2016-2020",
            e(Class::None, deprived),
        );
    }
    // 2016–2020: school 5 to under 15; 4 is not counted, 15 falls under adult education.
    for (age, deprived) in [
        (4, &[][..]),
        (5, &["child_school_attendance"][..]),
        (14, &["child_school_attendance"][..]),
        (15, &["adult_education"][..]),
    ] {
        let mut h = base();
        h.review_year = 2018;
        let mut c = out_of_school(age);
        c.education = Education::None;
        h.members.push(c);
        check(
            &format!("2016: out of school at {age}"),
            &h,
            "2016-2020",
            e(Class::None, deprived),
        );
    }
    // 2022–2025: school 3 to under 16, then adult education from 16.
    for (age, deprived) in [
        (14, &["child_school_attendance"][..]),
        (15, &["child_school_attendance"][..]),
        (16, &["adult_education"][..]),
    ] {
        let mut h = base();
        h.members.push(out_of_school(age));
        check(
            &format!("2022: out of school at {age}"),
            &h,
            "2022-2025",
            e(Class::None, deprived),
        );
    }
    // 16–17 need lower secondary; 18–30 upper secondary; 31 is not counted.
    for (age, education, deprived) in [
        (16, Education::LowerSecondary, &[][..]),
        (17, Education::Primary, &["adult_education"][..]),
        (18, Education::LowerSecondary, &["adult_education"][..]),
        (29, Education::LowerSecondary, &["adult_education"][..]),
        (30, Education::LowerSecondary, &["adult_education"][..]),
        (31, Education::LowerSecondary, &[][..]),
        (30, Education::UpperSecondary, &[][..]),
    ] {
        let mut h = base();
        h.members[0].age = age;
        h.members[0].education = education;
        check(
            &format!("2022: {age}-year-old with {education}"),
            &h,
            "2022-2025",
            e(Class::None, deprived),
        );
    }
    // 2016–2020 cohort (born 1986 or later, as review year − age): 30 in 2016 counts, 31 not.
    for (age, deprived) in [
        (29, &["adult_education"][..]),
        (30, &["adult_education"][..]),
        (31, &[][..]),
    ] {
        let mut h = household(2016, 10_000_000);
        h.members[0].age = age;
        h.members[0].education = Education::Primary;
        check(
            &format!("2016: {age}-year-old with primary"),
            &h,
            "2016-2020",
            e(Class::None, deprived),
        );
    }
}

#[test]
fn working_age_from_15_to_the_retirement_age_of_the_review_year() {
    let unemployed = |age: u32, months: u32, sex: Sex| {
        let mut h = household(2021, 10_000_000);
        let mut m = adult("Người thất nghiệp", age, sex);
        m.age_months = months;
        m.work = Work::Unemployed;
        m.education = Education::UpperSecondary;
        // At school, so only employment and dependants can be decided by age here.
        m.schooling = Schooling::AtLevel;
        h.members.push(m);
        h
    };
    let s = "2022-2025";
    check(
        "14, unemployed",
        &unemployed(14, 11, Sex::Male),
        s,
        e(Class::None, &[]),
    );
    check(
        "15, unemployed",
        &unemployed(15, 0, Sex::Male),
        s,
        e(Class::None, &["employment"]),
    );
    // 2021: men retire at 60 years 3 months, women at 55 years 4 months.
    // (A 60-year-old is a dependant, but 1 of 2 is not more than half.)
    check(
        "man 60y2m",
        &unemployed(60, 2, Sex::Male),
        s,
        e(Class::None, &["employment"]),
    );
    check("man 60y3m", &unemployed(60, 3, Sex::Male), s, e(Class::None, &[]));
    check(
        "woman 55y3m",
        &unemployed(55, 3, Sex::Female),
        s,
        e(Class::None, &["employment"]),
    );
    check(
        "woman 55y4m",
        &unemployed(55, 4, Sex::Female),
        s,
        e(Class::None, &[]),
    );
    // 2025: women retire at 56 years 8 months.
    let mut later = unemployed(56, 7, Sex::Female);
    later.review_year = 2025;
    check("woman 56y7m in 2025", &later, s, e(Class::None, &["employment"]));
}

#[test]
fn farming_households_leave_social_allowances_out_of_the_average_band() {
    // 2 people, farming 4,200,000 a month plus 600,000 of social allowance: 2,400,000 each.
    let mut h = household(2023, 4_200_000);
    h.members.push(adult("Trần Thị Bình", 38, Sex::Female));
    h.income[0].source = IncomeKind::Agriculture;
    h.income.push(IncomeSource {
        source: IncomeKind::SocialAllowance,
        monthly_vnd: Some(600_000),
        annual_vnd: None,
    });
    check(
        "not farming: above the band",
        &h,
        "2022-2025",
        e(Class::None, &[]),
    );
    h.livelihood = Livelihood::Agriculture;
    check(
        "farming: 2,100,000 without the allowance",
        &h,
        "2022-2025",
        e(Class::AverageLivingStandard, &[]),
    );
    let s22 = standard("2022-2025");
    let a = assess(&h, &s22);
    let band = a.decision.band_income.expect("band income is recorded");
    assert_eq!(band.excluded_annual_vnd, 7_200_000);
    assert_eq!(band.income.per_person_month_vnd, 2_100_000);
    assert_eq!(
        a.income.per_person_month_vnd, 2_400_000,
        "the household's income itself is unchanged"
    );
    // 2016–2020 has no such exclusion.
    h.review_year = 2018;
    check("2016: no exclusion", &h, "2016-2020", e(Class::None, &[]));
}

#[test]
fn decision_names_the_clause() {
    let s16 = standard("2016-2020");
    let s22 = standard("2022-2025");
    let mut h = household(2018, 800_000);
    deprive(&mut h, 3);
    assert_eq!(
        assess(&h, &s16).decision.clause,
        Clause::PoorInBandWithDeprivations
    );
    deprive(&mut h, 0);
    let mut two = household(2018, 800_000);
    deprive(&mut two, 2);
    assert_eq!(assess(&two, &s16).decision.clause, Clause::NearPoorInBand);
    assert_eq!(
        assess(&h, &s22).decision.clause,
        Clause::PoorIncomeAndDeprivations
    );
    assert_eq!(
        assess(&two, &s22).decision.clause,
        Clause::NearPoorFewDeprivations
    );
    assert_eq!(
        assess(&household(2023, 2_000_000), &s22).decision.clause,
        Clause::AverageBand
    );
    assert_eq!(
        assess(&household(2023, 9_000_000), &s22).decision.clause,
        Clause::AboveAverageBand
    );
}

/// Above the 2026–2030 line the average living standard band is unknown: the class points go to
/// "none" and "average living standard" alike, and to nothing else; where the band is known only
/// the engine's class earns them.
#[test]
fn grading_above_the_2026_line_accepts_none_or_average() {
    use rasoat_core::rules::grading::{Rubric, grade, model_answer};
    let s26 = standard("2026-2030");
    let h = household(2027, 3_000_000);
    let a = assess(&h, &s26);
    assert_eq!(a.decision.clause, Clause::AverageBandUndefined);
    assert_eq!(a.class, Class::None, "the JSON contract keeps `none`");
    let with_class = |class| {
        let mut answer = model_answer(&a);
        answer.class = Some(class);
        grade(&answer, &a, &Rubric::STANDARD)
    };
    for class in [Class::None, Class::AverageLivingStandard] {
        let g = with_class(class);
        assert_eq!(g.class_points, Rubric::STANDARD.class_points, "{class:?}");
        assert!(g.class_right());
        assert_eq!(g.points, g.max);
    }
    for class in [Class::Poor, Class::NearPoor] {
        assert_eq!(with_class(class).class_points, 0, "{class:?}");
    }
    // Under 2022–2025 the band is known: above it, "average" is wrong.
    let s22 = standard("2022-2025");
    let b = assess(&household(2023, 9_000_000), &s22);
    assert_eq!(b.accepted_classes(), vec![Class::None]);
    let mut answer = model_answer(&b);
    answer.class = Some(Class::AverageLivingStandard);
    assert_eq!(grade(&answer, &b, &Rubric::STANDARD).class_points, 0);
}
