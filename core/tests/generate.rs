//! The generator: every class and indicator reachable, boundary households really near a line,
//! names by custom, allowances by the decrees. (Reproducible files by seed: `tests/generate.rs`.)

use std::collections::BTreeSet;
use std::sync::LazyLock;

use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::RngSeed;
use rasoat_core::rules::assess::{Class, assess};
use rasoat_core::rules::household::{Disability, IncomeKind, Member};
use rasoat_core::rules::standard::StandardSet;
use rasoat_core::training::generate::{
    BUILTIN_NAMES, Draft, Focus, Names, boundary_lines, draft, parse_names, within_3_percent,
};
use rasoat_core::training::scenario::{check_expected, parse_scenario, to_toml};
use rasoat_core::words::compose;
use rasoat_core::words::i18n::{Lang, Texts};

#[test]
fn over_a_thousand_households_every_class_and_indicator_occurs() {
    let set = StandardSet::builtin().expect("standards");
    let names = parse_names("names.toml", BUILTIN_NAMES).expect("names");
    for id in ["2016-2020", "2022-2025"] {
        let standard = set.get(id).expect("standard");
        let mut classes = BTreeSet::new();
        let mut deprived = BTreeSet::new();
        let mut not_deprived = BTreeSet::new();
        for index in 0..1000 {
            let d = draft(31337, index, standard, &Focus::Any, &names);
            let a = assess(&d.household, standard);
            classes.insert(a.class);
            for r in &a.indicators {
                if r.deprived {
                    deprived.insert(r.indicator.id.clone())
                } else {
                    not_deprived.insert(r.indicator.id.clone())
                };
            }
        }
        assert_eq!(classes.len(), Class::ALL.len(), "{id}: {classes:?}");
        for i in &standard.indicators {
            assert!(deprived.contains(&i.id), "{id}: {} never deprived", i.id);
            assert!(not_deprived.contains(&i.id), "{id}: {} never met", i.id);
        }
    }
}

#[test]
fn boundary_households_are_within_3_percent_of_a_line_with_2_or_3_deprivations() {
    let set = StandardSet::builtin().expect("standards");
    let names = parse_names("names.toml", BUILTIN_NAMES).expect("names");
    let (vi, en) = (Texts::new(Lang::Vi), Texts::new(Lang::En));
    for id in ["2016-2020", "2022-2025", "2026-2030"] {
        let standard = set.get(id).expect("standard");
        for index in 0..200 {
            let d = draft(99, index, standard, &Focus::Boundary, &names);
            let h = &d.household;
            let a = assess(h, standard);
            assert!(
                (2..=3).contains(&a.deprivation_count()),
                "{id} #{index}: {} deprivations",
                a.deprivation_count()
            );
            assert!(
                boundary_lines(standard, h.area)
                    .iter()
                    .any(|&l| within_3_percent(h, l)),
                "{id} #{index}: {} per person is not within 3% of a line",
                a.income.per_person_month_vnd
            );
            // The written scenario agrees with the engine, and reads back identically.
            let s = compose::scenario(&d, standard, &names, &vi, &en);
            let text = to_toml(&s);
            let back = parse_scenario("g.toml", &text, &set).expect("valid");
            assert_eq!(back, s);
            assert_eq!(check_expected(&back, standard), vec![]);
        }
    }
}

#[test]
fn an_indicator_focus_makes_that_indicator_deprived() {
    let set = StandardSet::builtin().expect("standards");
    let names = parse_names("names.toml", BUILTIN_NAMES).expect("names");
    for (id, focus) in [
        ("2022-2025", "employment"),
        ("2022-2025", "dependents"),
        ("2026-2030", "dependents"),
        ("2022-2025", "nutrition"),
    ] {
        let standard = set.get(id).expect("standard");
        for index in 0..100 {
            let d = draft(5, index, standard, &Focus::Indicator(focus.into()), &names);
            let a = assess(&d.household, standard);
            assert!(
                a.result(focus).is_some_and(|r| r.deprived),
                "{id} {focus} #{index}"
            );
        }
    }
}

/// Generated families follow each people's naming custom: children take the father's family name
/// (Kinh and most peoples) or the mother's clan (Ê Đê, Jrai: matrilineal); where clans are
/// exogamous (Hmông, Ê Đê, Jrai) husband and wife never share one; a grandparent of the line's
/// sex carries the line's name and the other grandparent does not.
#[test]
fn generated_families_follow_the_naming_custom_of_their_people() {
    use rasoat_core::rules::household::Sex;
    use rasoat_core::training::generate::Descent;
    let set = StandardSet::builtin().expect("standards");
    let names = parse_names("names.toml", BUILTIN_NAMES).expect("names");
    let mut seen = BTreeSet::new();
    for id in ["2016-2020", "2022-2025", "2026-2030"] {
        let standard = set.get(id).expect("standard");
        for focus in [Focus::Any, Focus::Indicator("dependents".into())] {
            for index in 0..600 {
                let d = draft(7, index, standard, &focus, &names);
                let g = &names.groups[d.group];
                // The family name a member carries: the longest of the group's that the name
                // starts with (or ends with, where the family name is written last).
                let family_of = |name: &str| -> String {
                    g.family
                        .iter()
                        .filter(|f| {
                            if g.family_last {
                                name.ends_with(f.as_str())
                            } else {
                                name.starts_with(&format!("{f} "))
                            }
                        })
                        .max_by_key(|f| f.len())
                        .cloned()
                        .unwrap_or_default()
                };
                let m = &d.household.members;
                let head = &m[d.head];
                let line_sex = match g.descent {
                    Descent::Patrilineal => Sex::Male,
                    Descent::Matrilineal => Sex::Female,
                };
                // The parent whose name the children carry: of the line's sex, else the head.
                let line = match d.spouse {
                    Some(s) if m[s].sex == line_sex => family_of(&m[s].name),
                    _ => family_of(&head.name),
                };
                if let Some(s) = d.spouse
                    && g.exogamous
                {
                    assert_ne!(
                        family_of(&head.name),
                        family_of(&m[s].name),
                        "{}: {} and {} share a clan",
                        g.people_vi,
                        head.name,
                        m[s].name
                    );
                }
                for (i, member) in m.iter().enumerate() {
                    if i == d.head || Some(i) == d.spouse {
                        continue;
                    }
                    let family = family_of(&member.name);
                    if member.age < 60 {
                        assert_eq!(
                            family, line,
                            "{} ({}): child {} of {}",
                            g.people_vi, id, member.name, head.name
                        );
                    } else if member.sex == line_sex {
                        assert_eq!(family, line, "{}: grandparent {}", g.people_vi, member.name);
                    } else {
                        assert_ne!(family, line, "{}: grandparent {}", g.people_vi, member.name);
                    }
                }
                seen.insert((g.people_vi.clone(), head.sex.as_str(), d.spouse.is_some()));
            }
        }
    }
    // The cases the old generator got wrong occurred: a Kinh woman heading a family with her
    // husband, and a matrilineal family headed by a man with his wife.
    for case in [
        ("Kinh", "female", true),
        ("Ê Đê", "male", true),
        ("Gia Rai (Jrai)", "male", true),
    ] {
        assert!(
            seen.contains(&(case.0.to_owned(), case.1, case.2)),
            "{case:?} never generated"
        );
    }
}

/// A generated narrative describes the materials of the house instead of stating whether they
/// are durable: the trainee judges durability from the material.
#[test]
fn generated_narratives_describe_materials_not_the_answer() {
    let set = StandardSet::builtin().expect("standards");
    let names = parse_names("names.toml", BUILTIN_NAMES).expect("names");
    let standard = set.get("2022-2025").expect("standard");
    let (vi, en) = (Texts::new(Lang::Vi), Texts::new(Lang::En));
    for index in 0..40 {
        let d = draft(
            11,
            index,
            standard,
            &Focus::Indicator("housing_quality".into()),
            &names,
        );
        let s = compose::scenario(&d, standard, &names, &vi, &en);
        for text in [&s.scenario.narrative.vi, &s.scenario.narrative.en] {
            assert!(!text.contains("bền chắc"), "{text}");
            assert!(!text.contains("durable"), "{text}");
        }
        assert!(
            ["mái lợp", "mái bằng"]
                .iter()
                .any(|w| s.scenario.narrative.vi.contains(w)),
            "{}",
            s.scenario.narrative.vi
        );
    }
}

/// The monthly social allowance the decrees pay a generated member in a review year, written here
/// independently of `assets/names.toml` (outside the domain reference: Nghị định 136/2013/NĐ-CP,
/// Nghị định 20/2021/NĐ-CP, Nghị định 76/2024/NĐ-CP). Base 270.000 đồng, 360.000 from 1/7/2021,
/// 500.000 from 1/7/2024 (reviews run September to December); times the highest coefficient the
/// member qualifies for: 1.0 from 80 without a pension (no generated member has one), 1.5 / 2.0
/// for a severe / especially severe disability, 2.0 / 2.5 for a child (under 16) or an elderly
/// person (60 or over) with one. `None`: no rule pays them. The coefficient is returned too.
fn allowance_by_the_decrees(year: i32, m: &Member) -> Option<(u64, u64)> {
    let base: u64 = match year {
        2016..=2020 => 270_000,
        2021..=2023 => 360_000,
        2024.. => 500_000,
        _ => return None,
    };
    let child_or_elderly = m.age < 16 || m.age >= 60;
    let tenths: u64 = match (m.disability, child_or_elderly) {
        (Disability::EspeciallySevere, true) => 25,
        (Disability::EspeciallySevere, false) | (Disability::Severe, true) => 20,
        (Disability::Severe, false) => 15,
        _ if m.age >= 80 => 10,
        _ => return None,
    };
    Some((base * tenths / 10, tenths))
}

/// Checks every member of a draft against the decrees: the flag, and one monthly allowance
/// source of the right amount owned by the member, exactly when a rule pays them. Returns the
/// coefficients (in tenths) of the allowances paid.
fn allowances_follow_the_decrees(d: &Draft) -> Result<Vec<u64>, String> {
    let h = &d.household;
    let at = |what: String| format!("{} seed {} #{}: {what}", d.standard_id, d.seed, d.index);
    if h.income.iter().any(|s| s.source == IncomeKind::Pension) {
        return Err(at("a pension: the 80-year rule would not pay".into()));
    }
    for (s, owner) in h.income.iter().zip(&d.income_owner) {
        if s.source == IncomeKind::SocialAllowance && owner.is_none() {
            return Err(at("an allowance without its member".into()));
        }
    }
    let mut paid = Vec::new();
    for (i, m) in h.members.iter().enumerate() {
        let sources: Vec<_> = h
            .income
            .iter()
            .zip(&d.income_owner)
            .filter(|(s, o)| **o == Some(i) && s.source == IncomeKind::SocialAllowance)
            .map(|(s, _)| (s.monthly_vnd, s.annual_vnd))
            .collect();
        let who = format!(
            "{}, {} ({:?}) in {}: flag {}, sources {sources:?}",
            m.name, m.age, m.disability, h.review_year, m.social_allowance
        );
        match allowance_by_the_decrees(h.review_year, m) {
            Some((amount, tenths)) => {
                if !m.social_allowance || sources != [(Some(amount), None)] {
                    return Err(at(format!("{who}; the rules pay {amount} a month")));
                }
                paid.push(tenths);
            }
            None => {
                if m.social_allowance || !sources.is_empty() {
                    return Err(at(format!("{who}; no rule pays one")));
                }
            }
        }
    }
    Ok(paid)
}

static STANDARDS: LazyLock<StandardSet> = LazyLock::new(|| StandardSet::builtin().expect("standards"));
static NAMES: LazyLock<Names> = LazyLock::new(|| parse_names("names.toml", BUILTIN_NAMES).expect("names"));

proptest! {
    // A fixed seed, as CI runs: a failure names its case.
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(2026),
        ..ProptestConfig::default()
    })]

    /// Over many seeds, every standard and every kind of focus: a member receives a monthly social
    /// allowance only where a rule of the period pays one, at the base of the year times the
    /// coefficient of the rule they qualify under, and the flag says the same as the income.
    #[test]
    fn every_generated_allowance_is_one_a_rule_of_the_period_pays(
        seed in any::<u64>(),
        index in 0u32..1000,
        focus in select(vec!["any", "boundary", "dependents", "employment", "health_insurance"]),
    ) {
        for standard in STANDARDS.all() {
            let d = draft(seed, index, standard, &Focus::parse(focus), &NAMES);
            allowances_follow_the_decrees(&d).map_err(TestCaseError::fail)?;
        }
    }
}

/// Every allowance in a few hundred households of each standard is one the decrees pay, the
/// narrative tells each one with its member (and no other), and the generator's rules do occur:
/// from 80 (1.0) and for an elderly member's severe and especially severe disability (2.0, 2.5).
/// (Before the fix the amounts were 1, 1.5 or 2 times the base at random, for every member of 60
/// or over under 2026–2030.)
#[test]
fn generated_allowances_are_the_amounts_the_rules_pay_and_the_narrative_tells_them() {
    let (vi, en) = (Texts::new(Lang::Vi), Texts::new(Lang::En));
    let mut coefficients = BTreeSet::new();
    let mut seen = 0;
    for standard in STANDARDS.all() {
        for focus in [Focus::Indicator("dependents".into()), Focus::Any] {
            for index in 0..150 {
                let d = draft(5, index, standard, &focus, &NAMES);
                let paid = allowances_follow_the_decrees(&d).unwrap_or_else(|e| panic!("{e}"));
                seen += paid.len();
                coefficients.extend(paid.iter().copied());
                let s = compose::scenario(&d, standard, &NAMES, &vi, &en);
                for (text, words) in [
                    (&s.scenario.narrative.vi, "hưởng trợ cấp xã hội"),
                    (&s.scenario.narrative.en, "receives a social allowance"),
                ] {
                    assert_eq!(text.matches(words).count(), paid.len(), "{}: {text}", standard.id);
                }
            }
        }
    }
    assert!(seen > 100, "only {seen} allowances generated");
    for tenths in [10, 20, 25] {
        assert!(
            coefficients.contains(&tenths),
            "no allowance at {tenths}/10: {coefficients:?}"
        );
    }
}

/// Under 2026–2030 an elderly member is a dependant only with a monthly social allowance, and no
/// rule pays one to a member of 60 to 79 without a disability: the generator gives them none,
/// even when it aims at the dependants indicator, so they are not dependants there; those it adds
/// as dependants are 80 or over, or disabled. Fails on the generator before the fix, which gave
/// every member of 60 or over an allowance under 2026–2030.
#[test]
fn under_2026_2030_no_member_of_60_to_79_without_a_disability_gets_an_allowance() {
    let standard = STANDARDS.get("2026-2030").expect("standard");
    let (mut young_elderly, mut paid_elderly) = (0, 0);
    for seed in [5, 9, 2026] {
        for focus in [Focus::Indicator("dependents".into()), Focus::Any] {
            for index in 0..200 {
                let d = draft(seed, index, standard, &focus, &NAMES);
                for m in &d.household.members {
                    if (60..80).contains(&m.age) && m.disability == Disability::None {
                        young_elderly += 1;
                        assert!(
                            !m.social_allowance,
                            "seed {seed} #{index}: {}, {}, receives an allowance",
                            m.name, m.age
                        );
                    } else if m.age >= 60 && m.social_allowance {
                        paid_elderly += 1;
                    }
                }
                let a = assess(&d.household, standard);
                if let Focus::Indicator(id) = &focus {
                    assert!(a.result(id).is_some_and(|r| r.deprived), "seed {seed} #{index}");
                }
            }
        }
    }
    assert!(
        young_elderly > 50,
        "only {young_elderly} members of 60 to 79 generated"
    );
    assert!(
        paid_elderly > 50,
        "only {paid_elderly} elderly members with an allowance"
    );
}
