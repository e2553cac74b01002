//! What changes for a household between standards, and why.

mod common;

use common::*;
use rasoat_core::rules::assess::Class;
use rasoat_core::rules::compare::{Cause, Change, StandardChange, compare, standard_changes};
use rasoat_core::rules::household::*;
use rasoat_core::rules::standard::LegalForm;

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
        to_vnd: 1_500_000,
        from_near_vnd: Some(1_000_000),
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
fn above_the_2026_line_the_class_is_not_claimed() {
    let (s22, s26) = (standard("2022-2025"), standard("2026-2030"));
    // Average under 2022–2025; above the 2026 line, whose average band is not known: no class
    // change is claimed, the household is told it cannot be classed further.
    let c = compare(&household(2026, 2_240_000), &s22, &s26);
    assert_eq!(class_change(&c.changes), None);
    assert!(c.changes.contains(&Change::AverageBandUnknown {
        from: Class::AverageLivingStandard
    }));
    assert_eq!(
        c.to.accepted_classes(),
        vec![Class::AverageLivingStandard, Class::None]
    );
    // Not of average living standard before (above the 2022–2025 band) and above the 2026 line:
    // still no class claimed.
    let c = compare(&household(2026, 4_000_000), &s22, &s26);
    assert_eq!(c.from.class, Class::None);
    assert_eq!(class_change(&c.changes), None);
    assert!(
        c.changes
            .contains(&Change::AverageBandUnknown { from: Class::None })
    );

    let changes = standard_changes(&s22, &s26);
    assert!(changes.contains(&StandardChange::AverageBandUndefined));
    assert!(changes.contains(&StandardChange::IndicatorAdded { id: "waste".into() }));
    assert!(changes.contains(&StandardChange::IndicatorRemoved {
        id: "information".into()
    }));
}

#[test]
fn the_2026_water_service_is_renamed_and_extended_not_removed_and_added() {
    let changes = standard_changes(&standard("2022-2025"), &standard("2026-2030"));
    assert!(changes.contains(&StandardChange::ServiceRenamed {
        id: "water_sanitation".into(),
        indicators_added: vec!["waste".into()],
    }));
    assert!(
        !changes.iter().any(|c| matches!(
            c,
            StandardChange::ServiceAdded { .. } | StandardChange::ServiceRemoved { .. }
        )),
        "{changes:?}"
    );
    // The procedure of 2026–2030 is not known: the 2022–2025 one is applied, marked P.
    assert!(changes.contains(&StandardChange::ProcedureProvisional));
}

#[test]
fn every_rule_change_carries_the_provenance_of_its_rule() {
    use rasoat_core::rules::standard::Tag;
    for (a, b) in [("2016-2020", "2022-2025"), ("2022-2025", "2026-2030")] {
        let (from, to) = (standard(a), standard(b));
        for ch in standard_changes(&from, &to) {
            let p = ch.provenance(&from, &to);
            let expected = match &ch {
                // Lines and the poor/near-poor rule are confirmed; the average band is secondary
                // (2022–2025) or unknown (2026–2030); every threshold change is provisional.
                StandardChange::LinesChanged { .. } | StandardChange::RuleChanged { .. } => Tag::C,
                StandardChange::AverageBandChanged { .. } => Tag::S,
                StandardChange::AverageBandUndefined
                | StandardChange::IndicatorThresholdChanged { .. }
                | StandardChange::ProcedureProvisional => Tag::P,
                StandardChange::ProcedureChanged { .. } | StandardChange::CalendarChanged { .. } => Tag::C,
                _ if b == "2026-2030" => Tag::P,
                _ => Tag::C,
            };
            assert_eq!(p.tag, expected, "{a} → {b}: {ch:?} cited as {p:?}");
        }
    }
    // The meeting rules cite the review procedure, not the decree.
    let changes = standard_changes(&standard("2016-2020"), &standard("2022-2025"));
    let meeting = changes
        .iter()
        .find(|c| matches!(c, StandardChange::ProcedureChanged { .. }))
        .expect("meeting rules change");
    assert!(
        meeting
            .provenance(&standard("2016-2020"), &standard("2022-2025"))
            .source
            .starts_with("Quyết định 24/2021/QĐ-TTg")
    );
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
        // PS §4: the legal form, "hợp vệ sinh" → "sạch", the service rename, the calendar.
        StandardChange::LegalFormChanged {
            from: LegalForm::PrimeMinisterDecision,
            to: LegalForm::GovernmentDecree,
        },
        StandardChange::IndicatorThresholdChanged { id: "water".into() },
        StandardChange::ServiceRenamed {
            id: "water_sanitation".into(),
            indicators_added: vec![],
        },
        StandardChange::AverageBandChanged {
            area: Area::Rural,
            from: 1_500_000,
            to: 2_250_000,
        },
    ] {
        assert!(changes.contains(&expected), "{expected:?} missing");
    }
    assert!(
        changes
            .iter()
            .any(|c| matches!(c, StandardChange::CalendarChanged { .. }))
    );
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
    // The procedure's other changes, from the procedure data (issue: the review procedure).
    use rasoat_core::rules::standard::{DayCount, Role};
    assert!(changes.contains(&StandardChange::MeetingAttendeesAdded {
        roles: vec![Role::CommuneSteeringCommittee, Role::PovertyOfficial],
    }));
    use rasoat_core::rules::standard::DecisionFrom;
    assert!(changes.contains(&StandardChange::RegularDecisionChanged {
        from: (7, DayCount::Working, DecisionFrom::RequestReceived),
        to: (15, DayCount::Calendar, DecisionFrom::ReviewStart),
    }));
    assert!(changes.contains(&StandardChange::FarmingMethodChanged));
    // 2026–2030 runs the same procedure: none of these changes again.
    let later = standard_changes(&standard("2022-2025"), &standard("2026-2030"));
    assert!(!later.iter().any(|c| matches!(
        c,
        StandardChange::MeetingAttendeesAdded { .. }
            | StandardChange::RegularDecisionChanged { .. }
            | StandardChange::FarmingMethodChanged
    )));
}
