//! The scenario library: at least 36 scenarios whose answer keys agree with the engine, and the
//! coverage the training needs — asserted here so that the library cannot silently shrink.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use rasoat_core::rules::assess::{Class, assess};
use rasoat_core::rules::household::{Area, Schooling};
use rasoat_core::rules::standard::{Rule, StandardSet};
use rasoat_core::training::scenario::{Region, Scenario, check_expected, coverage, parse_scenario};

fn load() -> (StandardSet, Vec<(String, Scenario)>) {
    let set = StandardSet::builtin().expect("standards");
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../scenarios");
    let mut out = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("scenarios/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    for p in paths {
        let text = std::fs::read_to_string(&p).expect("read");
        let s = parse_scenario(&p.display().to_string(), &text, &set).expect("valid scenario");
        let stem = p
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        out.push((stem, s));
    }
    (set, out)
}

#[test]
fn at_least_36_scenarios_each_with_an_answer_key_that_agrees() {
    let (set, library) = load();
    assert!(library.len() >= 36, "only {} scenarios", library.len());
    let mut ids = BTreeSet::new();
    for (stem, s) in &library {
        assert_eq!(stem, &s.scenario.id, "the file is named after its id");
        assert!(ids.insert(s.scenario.id.clone()), "{} twice", s.scenario.id);
        assert!(s.expected.is_some(), "{}: no [expected]", s.scenario.id);
        let standard = s.standard_in(&set).expect("standard");
        assert_eq!(check_expected(s, standard), vec![], "{}", s.scenario.id);
        for text in [&s.scenario.narrative.vi, &s.scenario.narrative.en] {
            assert!(
                text.matches("\n\n").count() >= 2,
                "{}: the narrative has several paragraphs",
                s.scenario.id
            );
        }
        assert!(!s.scenario.learning_points.vi.is_empty());
        assert_eq!(
            s.scenario.learning_points.vi.len(),
            s.scenario.learning_points.en.len(),
            "{}",
            s.scenario.id
        );
    }
}

#[test]
fn every_indicator_both_ways_at_least_twice_and_every_class_under_2016_and_2022() {
    let (set, library) = load();
    let scenarios: Vec<Scenario> = library.into_iter().map(|(_, s)| s).collect();
    for c in coverage(&set, &scenarios) {
        if c.standard == "2026-2030" {
            assert!(c.scenarios >= 4, "2026–2030: {} scenarios", c.scenarios);
            continue;
        }
        for i in &c.indicators {
            assert!(
                i.deprived >= 2,
                "{} {}: deprived in {}",
                c.standard,
                i.id,
                i.deprived
            );
            assert!(
                i.not_deprived >= 2,
                "{} {}: not deprived in {}",
                c.standard,
                i.id,
                i.not_deprived
            );
        }
        for (class, n) in &c.classes {
            assert!(*n >= 1, "{}: no {class:?} scenario", c.standard);
        }
    }
}

#[test]
fn the_edges_are_taught() {
    let (set, library) = load();
    let mut found: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (_, s) in &library {
        let standard = s.standard_in(&set).expect("standard");
        let a = assess(&s.household, standard);
        let h = &s.household;
        let n = u128::from(h.member_count());
        let total = a.income.annual_total_vnd;
        let lines = standard.lines.for_area(h.area);
        let mut note = |edge: &'static str| found.entry(edge).or_default().push(s.scenario.id.clone());
        for line in [Some(lines.poverty), lines.near_poverty] {
            let Some(line) = line.map(u128::from) else {
                continue;
            };
            if total == line * 12 * n {
                note("income exactly at a line");
            }
            if total > line * 12 * n && total * 100 <= line * 12 * n * 102 {
                note("income just above a line (within 2%)");
            }
        }
        let poor_or_near = matches!(a.class, Class::Poor | Class::NearPoor);
        if poor_or_near && a.deprivation_count() == 2 {
            note("exactly 2 deprivations");
        }
        if poor_or_near && a.deprivation_count() == 3 {
            note("exactly 3 deprivations");
        }
        if let Some(r) = a.result("dependents")
            && let rasoat_core::rules::assess::Finding::Dependants {
                dependants, members, ..
            } = &r.finding
        {
            if dependants.len() * 2 == *members as usize {
                note("dependants exactly half");
            } else if dependants.len() * 2 > *members as usize {
                note("dependants more than half");
            }
        }
        if h.dwelling.floor_area_m2 == 8.0 * n as f64 {
            note("exactly 8 m² per person");
        }
        let school_from_3 = standard
            .indicator("child_school_attendance")
            .is_some_and(|i| matches!(i.rule, Rule::ChildSchool { from_age: 3, .. }));
        if school_from_3
            && h.members
                .iter()
                .any(|m| m.age == 4 && m.schooling == Schooling::NotAttending)
        {
            note("a child of 4 not in preschool");
        }
        if h.members.iter().any(|m| {
            m.age == 20
                && m.education == rasoat_core::rules::household::Education::LowerSecondary
                && !m.vocational_certificate
                && m.schooling == Schooling::NotAttending
        }) && a.result("adult_education").is_some_and(|r| r.deprived)
        {
            note("a 20-year-old with only lower secondary and no certificate");
        }
    }
    for edge in [
        "income exactly at a line",
        "income just above a line (within 2%)",
        "exactly 2 deprivations",
        "exactly 3 deprivations",
        "dependants exactly half",
        "dependants more than half",
        "exactly 8 m² per person",
        "a child of 4 not in preschool",
        "a 20-year-old with only lower secondary and no certificate",
    ] {
        assert!(found.contains_key(edge), "no scenario teaches: {edge}");
    }
}

#[test]
fn at_least_ten_households_change_class_from_2016_to_2022() {
    let (set, library) = load();
    let (s16, s22) = (
        set.get("2016-2020").expect("2016"),
        set.get("2022-2025").expect("2022"),
    );
    let mut changed = Vec::new();
    let mut income_alone_to_near_poor = Vec::new();
    for (_, s) in &library {
        let (a, b) = (assess(&s.household, s16), assess(&s.household, s22));
        if a.class != b.class {
            changed.push(s.scenario.id.clone());
        }
        if a.decision.clause == rasoat_core::rules::assess::Clause::PoorByIncomeAlone
            && b.class == Class::NearPoor
        {
            income_alone_to_near_poor.push(s.scenario.id.clone());
        }
    }
    assert!(changed.len() >= 10, "only {changed:?}");
    assert!(
        !income_alone_to_near_poor.is_empty(),
        "no household poor by income alone becomes near-poor"
    );
}

#[test]
fn at_least_six_turn_on_the_new_employment_or_dependants_indicators() {
    let (set, library) = load();
    let turning: Vec<String> = library
        .iter()
        .filter(|(_, s)| {
            let standard = s.standard_in(&set).expect("standard");
            let a = assess(&s.household, standard);
            // Poor with exactly the cutoff, one of them employment or dependants: without that
            // indicator the household would be near-poor.
            a.class == Class::Poor
                && a.deprivation_count() == standard.classification.deprivation_cutoff
                && a.deprived_ids()
                    .iter()
                    .any(|id| *id == "employment" || *id == "dependents")
        })
        .map(|(_, s)| s.scenario.id.clone())
        .collect();
    assert!(turning.len() >= 6, "only {turning:?}");
}

#[test]
fn regions_areas_and_the_provisional_standard() {
    let (set, library) = load();
    let regions: BTreeSet<Region> = library.iter().map(|(_, s)| s.scenario.region).collect();
    for r in Region::ALL {
        assert!(regions.contains(&r), "no scenario in {r:?}");
    }
    let areas: BTreeSet<Area> = library.iter().map(|(_, s)| s.household.area).collect();
    assert_eq!(areas.len(), 2, "rural and urban");
    let provisional: Vec<&Scenario> = library
        .iter()
        .map(|(_, s)| s)
        .filter(|s| s.standard_in(&set).is_some_and(|st| st.id == "2026-2030"))
        .collect();
    assert!(provisional.len() >= 4);
    for s in provisional {
        let vi = s.scenario.learning_points.vi.join(" ");
        let en = s.scenario.learning_points.en.join(" ");
        assert!(
            vi.contains("chưa đối chiếu văn bản gốc"),
            "{}: say it is provisional",
            s.scenario.id
        );
        assert!(
            en.contains("not yet checked against the official text"),
            "{}",
            s.scenario.id
        );
    }
}

#[test]
fn at_least_four_farming_households_leave_allowances_out_of_the_average_band() {
    let (set, library) = load();
    let mut using_exclusion = Vec::new();
    let mut decided_by_it = Vec::new();
    for (_, s) in &library {
        let standard = s.standard_in(&set).expect("standard");
        let a = assess(&s.household, standard);
        let Some(band) = a.decision.band_income else {
            continue;
        };
        if band.excluded_annual_vnd == 0 {
            continue;
        }
        using_exclusion.push(s.scenario.id.clone());
        // Counting the allowance would put the household above the band.
        let upper = a.decision.average_upper.map(u128::from).expect("band defined");
        if a.income.annual_total_vnd > upper * 12 * u128::from(a.income.members)
            && a.class == Class::AverageLivingStandard
        {
            decided_by_it.push(s.scenario.id.clone());
        }
    }
    assert!(using_exclusion.len() >= 4, "{using_exclusion:?}");
    assert!(decided_by_it.len() >= 3, "{decided_by_it:?}");
}

/// VND amounts written in a narrative: "54 triệu đồng", "6,5 triệu", "360 nghìn đồng",
/// "1.300.000 đồng" in Vietnamese; "54 million đồng", "6.5 million", "1,300,000 đồng" in English.
fn amounts(text: &str, vi: bool) -> Vec<u128> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let (decimal, group) = if vi { (',', '.') } else { ('.', ',') };
    let number = |w: &str, scale: u128| -> Option<u128> {
        let w = w.trim_matches(|c: char| !c.is_ascii_digit());
        let (int, frac) = w.split_once(decimal).unwrap_or((w, ""));
        let int: u128 = int.parse().ok()?;
        let digits = u32::try_from(frac.len()).ok()?;
        let frac: u128 = if frac.is_empty() { 0 } else { frac.parse().ok()? };
        Some(int * scale + frac * scale / 10u128.pow(digits))
    };
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let next = words
            .get(i + 1)
            .map(|n| n.trim_matches(|c: char| !c.is_alphanumeric() && c != 'đ'));
        let scale = match next {
            Some("triệu") | Some("million") => 1_000_000,
            Some("nghìn") | Some("thousand") => 1_000,
            Some("đồng") | Some("đ") if w.contains(group) => 1,
            _ => continue,
        };
        if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            let w = if scale == 1 {
                w.replace(group, "")
            } else {
                (*w).to_owned()
            };
            if let Some(v) = number(&w, scale) {
                out.push(v);
            }
        }
    }
    out
}

#[test]
fn every_amount_in_a_narrative_comes_from_the_income_table() {
    let (_, library) = load();
    for (_, s) in &library {
        let h = &s.household;
        // Each source per month and per year, and every sum of sources, and the per-person figure.
        let per_year: Vec<u128> = h.income.iter().map(|i| i.annual()).collect();
        let mut allowed = BTreeSet::new();
        for mask in 1u32..(1 << per_year.len()) {
            let sum: u128 = per_year
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, v)| v)
                .sum();
            allowed.insert(sum);
            if sum.is_multiple_of(12) {
                allowed.insert(sum / 12);
            }
        }
        allowed.insert(h.annual_income() / (12 * u128::from(h.member_count())));
        for (text, vi) in [
            (&s.scenario.narrative.vi, true),
            (&s.scenario.narrative.en, false),
        ] {
            for amount in amounts(text, vi) {
                assert!(
                    allowed.contains(&amount),
                    "{}: {amount} đồng in the narrative is not in the income table",
                    s.scenario.id
                );
            }
        }
    }
}

#[test]
fn the_amount_reader_reads_both_languages() {
    assert_eq!(
        amounts(
            "khoảng 4,56 triệu đồng, thêm 540 nghìn đồng và 1.300.000 đồng.",
            true
        ),
        vec![4_560_000, 540_000, 1_300_000]
    );
    assert_eq!(
        amounts(
            "about 4.56 million đồng, 540 thousand đồng and 1,300,000 đồng.",
            false
        ),
        vec![4_560_000, 540_000, 1_300_000]
    );
    assert_eq!(amounts("rộng 42 m², 5 sào", true), Vec::<u128>::new());
}

/// The class a Vietnamese learning point asserts after naming a standard ("theo chuẩn 2022–2025,
/// hộ thành hộ nghèo"), for each standard it names. A point that names a standard and then a class
/// — "là hộ X", "thành hộ X", "vẫn là…", "chỉ là…", ": hộ X", "— hộ X" — before the next standard
/// or the end of the sentence claims that class under that standard; a class after "để là",
/// "không còn là", "không phải là" or "không phải" is negated and not a claim.
fn class_claims(point: &str) -> Vec<(&'static str, Class)> {
    const STANDARDS: [&str; 3] = ["2016-2020", "2022-2025", "2026-2030"];
    const CLASSES: [(&str, Class); 4] = [
        ("hộ cận nghèo", Class::NearPoor),
        ("hộ có mức sống trung bình", Class::AverageLivingStandard),
        ("mức sống trung bình", Class::AverageLivingStandard),
        ("hộ nghèo", Class::Poor),
    ];
    const CLAIMS: [&str; 5] = ["là ", "thành ", ": ", "— ", "vẫn "];
    const NEGATIONS: [&str; 4] = ["để là ", "không còn là ", "không phải là ", "không phải "];
    let text = point.replace('–', "-");
    let mut out = Vec::new();
    for sentence in text.split(". ") {
        // Where each standard is named, in order.
        let mut marks: Vec<(usize, &'static str)> = STANDARDS
            .iter()
            .flat_map(|s| sentence.match_indices(s).map(move |(i, _)| (i, *s)))
            .collect();
        marks.sort_unstable();
        for (k, (start, standard)) in marks.iter().enumerate() {
            let end = marks.get(k + 1).map_or(sentence.len(), |(i, _)| *i);
            let segment = &sentence[*start..end];
            for (phrase, class) in CLASSES {
                for (at, _) in segment.match_indices(phrase) {
                    // "hộ nghèo" inside "hộ cận nghèo" cannot happen; "mức sống trung bình"
                    // inside "hộ có mức sống trung bình" is the same claim.
                    let before = &segment[..at];
                    let claimed = CLAIMS.iter().any(|c| before.ends_with(c))
                        && !NEGATIONS.iter().any(|n| before.ends_with(n));
                    if claimed && !out.contains(&(*standard, class)) {
                        out.push((*standard, class));
                    }
                }
            }
        }
    }
    out
}

#[test]
fn the_class_claim_reader_understands_the_library_phrasing() {
    // The Đà Nẵng point as it was: it named the wrong class under 2022–2025.
    let old = "Theo chuẩn 2022–2025 (chuẩn thành thị 2.000.000 đ), hộ thành hộ cận nghèo; hai người từ 60 tuổi trở lên là người phụ thuộc.";
    assert_eq!(class_claims(old), vec![("2022-2025", Class::NearPoor)]);
    let two = "Theo chuẩn 2016–2020 cùng thu nhập này vượt chuẩn cận nghèo, nên hộ chỉ là hộ có mức sống trung bình; theo chuẩn 2022–2025 hộ là hộ nghèo.";
    assert_eq!(
        class_claims(two),
        vec![
            ("2016-2020", Class::AverageLivingStandard),
            ("2022-2025", Class::Poor)
        ]
    );
    let negated = "Theo chuẩn 2022–2025 thu nhập thấp thôi chưa đủ để là hộ nghèo.";
    assert_eq!(class_claims(negated), vec![]);
}

/// Every class a learning point names under a standard is the engine's class for the household
/// under that standard (the Đà Nẵng learning point once said near-poor where the engine says
/// poor). Above the 2026–2030 line, where the band is unknown, no class may be claimed but "none".
#[test]
fn learning_points_name_the_class_the_engine_gives_under_each_standard() {
    let (set, library) = load();
    let mut checked = 0;
    for (_, s) in &library {
        for point in &s.scenario.learning_points.vi {
            for (standard, claimed) in class_claims(point) {
                let st = set.get(standard).expect("standard");
                let a = assess(&s.household, st);
                let right = if a.average_band_unknown() {
                    false
                } else {
                    a.class == claimed
                };
                assert!(
                    right,
                    "{}: “{point}” claims {claimed:?} under {standard}; the engine gives {:?}",
                    s.scenario.id, a.class
                );
                checked += 1;
            }
        }
    }
    assert!(
        checked >= 12,
        "only {checked} claims found: the reader may have stopped matching"
    );
}

/// A scenario whose review year takes its standard only by a secondary-source reading (2021 →
/// 2022–2025, S) or a provisional one (2026 → 2026–2030, P) says so in a learning point of its
/// own, in both languages, with the app's mark: its answer rests on that reading.
#[test]
fn a_scenario_resting_on_a_marked_review_year_reading_says_so() {
    use rasoat_core::rules::standard::Tag;
    use rasoat_core::words::i18n::{Lang, Texts};
    let (set, scenarios) = load();
    let (vi, en) = (Texts::new(Lang::Vi), Texts::new(Lang::En));
    let mut marked = BTreeMap::new();
    for (id, s) in &scenarios {
        let standard = s.standard_in(&set).expect("standard");
        let year = s.household.review_year;
        let Some(p) = standard.year_provenance(year).filter(|p| p.tag != Tag::C) else {
            continue;
        };
        let (mark_vi, mark_en) = match p.tag {
            Tag::P => (
                vi.get("common-provisional-mark"),
                en.get("common-provisional-mark"),
            ),
            _ => (
                "theo nguồn thứ cấp".to_owned(),
                "from secondary sources".to_owned(),
            ),
        };
        let year = year.to_string();
        let next = (s.household.review_year + 1).to_string();
        for (english, mark) in [(false, &mark_vi), (true, &mark_en)] {
            let points = s.scenario.learning_points.get(english);
            assert!(
                points
                    .iter()
                    .any(|l| l.contains(mark.as_str()) && l.contains(&year) && l.contains(&next)),
                "{id}: no learning point on the {year} reading with “{mark}”: {points:?}"
            );
        }
        marked.insert(id.clone(), p.tag);
    }
    // The three 2026 scenarios (P) and the two of 2021 (S).
    assert_eq!(marked.values().filter(|t| **t == Tag::P).count(), 3, "{marked:?}");
    assert_eq!(marked.values().filter(|t| **t == Tag::S).count(), 2, "{marked:?}");
}
