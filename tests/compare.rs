//! What changes for a household between standards, and why.

mod common;

use common::*;
use rasoat::assess::Class;
use rasoat::compare::{Cause, Change, StandardChange, compare, standard_changes};
use rasoat::household::*;

fn class_change(changes: &[Change]) -> Option<(Class, Class, Vec<Cause>)> {
    changes.iter().find_map(|c| match c {
        Change::ClassChanged { from, to, causes } => Some((*from, *to, causes.clone())),
        _ => None,
    })
}

#[test]
fn poor_by_income_alone_becomes_near_poor() {
    let (s16, s22) = (standard("2016-2020"), standard("2022-2025"));
    let mut h = household(2021, 600_000);
    h.dwelling.water_source = WaterSource::SurfaceWater;
    let c = compare(&h, &s16, &s22);
    assert_eq!(
        class_change(&c.changes),
        Some((Class::Poor, Class::NearPoor, vec![Cause::IncomeOnlyRuleRemoved]))
    );
    assert!(c.changes.contains(&Change::IncomeOnlyRuleRemoved));
    assert!(c.changes.contains(&Change::LineMoved {
        area: Area::Rural,
        from_vnd: 700_000,
        to_vnd: 1_500_000
    }));
}

#[test]
fn a_new_indicator_pushes_the_count_over_the_cutoff() {
    let (s16, s22) = (standard("2016-2020"), standard("2022-2025"));
    // 900,000: between the 2016 lines; 2 deprivations there, plus employment from 2022.
    let mut h = household(2021, 900_000);
    h.dwelling.water_source = WaterSource::SurfaceWater;
    h.dwelling.latrine = Latrine::None;
    h.members[0].work = Work::WageWithoutContract;
    let c = compare(&h, &s16, &s22);
    assert_eq!(
        class_change(&c.changes),
        Some((Class::NearPoor, Class::Poor, vec![Cause::CountCrossedCutoff]))
    );
    assert!(c.changes.contains(&Change::IndicatorAdded {
        id: "employment".into(),
        deprived: true
    }));
    assert!(c.changes.contains(&Change::CountCrossedCutoff {
        from_count: 2,
        to_count: 3,
        cutoff: 3
    }));
}

#[test]
fn a_removed_indicator_and_a_changed_threshold_are_reported() {
    let (s16, s22) = (standard("2016-2020"), standard("2022-2025"));
    let mut h = household(2021, 5_000_000);
    h.members[0].sick_untreated = true;
    h.members[0].uses_internet = false;
    let c = compare(&h, &s16, &s22);
    assert!(c.changes.contains(&Change::IndicatorRemoved {
        id: "health_care_access".into(),
        was_deprived: true
    }));
    assert!(c.changes.contains(&Change::IndicatorThresholdChanged {
        id: "telecom".into(),
        from_deprived: false,
        to_deprived: true
    }));
}

#[test]
fn the_line_moving_up_makes_an_average_household_near_poor() {
    let (s16, s22) = (standard("2016-2020"), standard("2022-2025"));
    let c = compare(&household(2021, 1_400_000), &s16, &s22);
    assert_eq!(
        class_change(&c.changes),
        Some((
            Class::AverageLivingStandard,
            Class::NearPoor,
            vec![Cause::LineMoved]
        ))
    );
}

#[test]
fn the_2026_standard_leaves_the_average_band_undefined() {
    let (s22, s26) = (standard("2022-2025"), standard("2026-2030"));
    let c = compare(&household(2026, 2_240_000), &s22, &s26);
    let (from, to, causes) = class_change(&c.changes).expect("class changes");
    assert_eq!((from, to), (Class::AverageLivingStandard, Class::None));
    assert!(causes.contains(&Cause::AverageBandUndefined));
    let changes = standard_changes(&s22, &s26);
    assert!(changes.contains(&StandardChange::AverageBandUndefined));
    assert!(changes.contains(&StandardChange::IndicatorAdded { id: "waste".into() }));
    assert!(changes.contains(&StandardChange::IndicatorRemoved {
        id: "information".into()
    }));
}

#[test]
fn rule_changes_from_2016_to_2022() {
    let changes = standard_changes(&standard("2016-2020"), &standard("2022-2025"));
    for expected in [
        StandardChange::ServiceAdded {
            id: "employment".into(),
        },
        StandardChange::IndicatorAdded {
            id: "employment".into(),
        },
        StandardChange::IndicatorAdded {
            id: "dependents".into(),
        },
        StandardChange::IndicatorAdded {
            id: "nutrition".into(),
        },
        StandardChange::IndicatorRemoved {
            id: "health_care_access".into(),
        },
        StandardChange::IndicatorThresholdChanged { id: "telecom".into() },
        StandardChange::IndicatorRenamed {
            id: "sanitation".into(),
            from_vi: "Hố xí/nhà tiêu hợp vệ sinh".into(),
            to_vi: "Nhà tiêu hợp vệ sinh".into(),
        },
    ] {
        assert!(changes.contains(&expected), "{expected:?} missing");
    }
    assert!(
        changes
            .iter()
            .any(|c| matches!(c, StandardChange::RuleChanged { .. }))
    );
    assert!(
        changes
            .iter()
            .any(|c| matches!(c, StandardChange::ProcedureChanged { .. }))
    );
}
