//! `grade()`: the published rubric applied to an answer, part by part.

mod common;

use common::*;
use rasoat_core::rules::assess::{Class, assess};
use rasoat_core::rules::grading::{IncomeVerdict, Rubric, grade, model_answer};

/// A 2022–2025 household of 1 member at 1,900,000 đồng a month: income right is exactly that.
fn setup() -> (
    rasoat_core::rules::standard::Standard,
    rasoat_core::rules::household::Household,
) {
    (standard("2022-2025"), household(2023, 1_900_000))
}

#[test]
fn income_within_1000_dong_is_right_within_5_percent_close_beyond_wrong() {
    let (s, h) = setup();
    let a = assess(&h, &s);
    let correct = a.income.per_person_month_vnd;
    let r = Rubric::STANDARD;
    let with_income = |v: Option<u128>| {
        let mut answer = model_answer(&a);
        answer.income_per_person_month_vnd = v;
        grade(&answer, &a, &r)
    };
    for (given, verdict, points) in [
        (Some(correct), IncomeVerdict::Right, r.income_points),
        (Some(correct + 1_000), IncomeVerdict::Right, r.income_points),
        (Some(correct - 1_000), IncomeVerdict::Right, r.income_points),
        (Some(correct + 1_001), IncomeVerdict::Close, r.income_close_points),
        // 5% of 1,900,000 is 95,000: the edge is close, one đồng more is wrong.
        (
            Some(correct + 95_000),
            IncomeVerdict::Close,
            r.income_close_points,
        ),
        (
            Some(correct - 95_000),
            IncomeVerdict::Close,
            r.income_close_points,
        ),
        (Some(correct + 95_001), IncomeVerdict::Wrong, 0),
        (Some(0), IncomeVerdict::Wrong, 0),
        (None, IncomeVerdict::Missing, 0),
    ] {
        let g = with_income(given);
        assert_eq!(
            (g.income_verdict, g.income_points),
            (verdict, points),
            "{given:?}"
        );
        assert_eq!(g.points, g.class_points + g.indicator_points + g.income_points);
    }
}

#[test]
fn indicator_points_are_shared_and_rounded_down() {
    let (s, h) = setup();
    let a = assess(&h, &s);
    let total = a.indicators.len();
    assert_eq!(total, 12);
    // Mark k indicators wrongly (none is deprived in this household).
    for k in 0..=total {
        let mut answer = model_answer(&a);
        for r in a.indicators.iter().take(k) {
            answer.deprived.insert(r.indicator.id.clone());
        }
        let g = grade(&answer, &a, &Rubric::STANDARD);
        let right = u32::try_from(total - k).expect("small");
        assert_eq!(g.indicator_points, 40 * right / 12, "{k} wrong");
        assert_eq!(g.indicators_right(), total - k);
    }
    // 11 of 12 right: 40 × 11 / 12 = 36.67, rounded down to 36.
    let mut answer = model_answer(&a);
    answer.deprived.insert(a.indicators[0].indicator.id.clone());
    assert_eq!(grade(&answer, &a, &Rubric::STANDARD).indicator_points, 36);
}

#[test]
fn the_class_earns_its_points_only_when_right_and_a_missing_class_earns_none() {
    let (s, h) = setup();
    let a = assess(&h, &s);
    assert_eq!(a.class, Class::AverageLivingStandard);
    let mut answer = model_answer(&a);
    let full = grade(&answer, &a, &Rubric::STANDARD);
    assert_eq!((full.points, full.max, full.percent()), (100, 100, 100));
    answer.class = Some(Class::NearPoor);
    assert_eq!(grade(&answer, &a, &Rubric::STANDARD).class_points, 0);
    answer.class = None;
    let g = grade(&answer, &a, &Rubric::STANDARD);
    assert_eq!((g.class_points, g.class_right()), (0, false));
    assert_eq!(g.points, 60);
}
