//! Scenario files: the library agrees with the engine; answer-key mistakes, duplicate ids and
//! typos are reported with the scenario, the field and both values.

use std::path::PathBuf;

use crate::common;
use common::{rasoat, scratch};

use rasoat::rules::standard::StandardSet;
use rasoat::training::scenario::{Mismatch, check_expected, parse_scenario};

fn library() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios")
}

fn read(name: &str) -> String {
    std::fs::read_to_string(library().join(name)).expect("scenario file")
}

#[test]
fn the_library_passes_check() {
    let o = rasoat(&["check", &library().display().to_string()]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn every_library_scenario_has_an_answer_key_that_agrees_with_the_engine() {
    let set = StandardSet::builtin().expect("standards");
    let mut n = 0;
    for entry in std::fs::read_dir(library()).expect("library") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("read");
        let s = parse_scenario(&path.display().to_string(), &text, &set).expect("valid scenario");
        assert!(s.expected.is_some(), "{}: no [expected]", s.scenario.id);
        let standard = s.standard_in(&set).expect("standard");
        assert_eq!(check_expected(&s, standard), vec![], "{}", s.scenario.id);
        n += 1;
    }
    assert!(n >= 36);
}

#[test]
fn a_wrong_answer_key_is_reported_with_both_values_and_the_reason() {
    let set = StandardSet::builtin().expect("standards");
    let text = read("hmong-ha-giang-2021.toml")
        .replace("classification = \"poor\"", "classification = \"near_poor\"")
        .replace("\"nutrition\", ", "")
        .replace(
            "income_per_person_month_vnd = 1100000",
            "income_per_person_month_vnd = 1000000",
        );
    let s = parse_scenario("x.toml", &text, &set).expect("still valid");
    let m = check_expected(&s, set.get("2022-2025").expect("standard"));
    assert_eq!(
        m,
        vec![
            Mismatch::Classification {
                expected: rasoat::rules::assess::Class::NearPoor,
                engine: rasoat::rules::assess::Class::Poor
            },
            Mismatch::DeprivedButNotMarked {
                id: "nutrition".into()
            },
            Mismatch::Income {
                expected: 1_000_000,
                engine: 1_100_000
            },
        ]
    );
    let dir = scratch("wrong-key");
    let f = dir.join("x.toml");
    std::fs::write(&f, &text).expect("write");
    let o = rasoat(&["check", &f.display().to_string()]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2));
    assert!(err.contains("hmong-ha-giang-2021"), "{err}");
    assert!(
        err.contains("đáp án ghi hộ cận nghèo, chương trình xếp hộ nghèo"),
        "{err}"
    );
    assert!(
        err.contains("Dinh dưỡng") && err.contains("Giàng A Lử (4 tuổi)"),
        "{err}"
    );
    assert!(
        err.contains("1.000.000 đ") && err.contains("1.100.000 đ"),
        "{err}"
    );
}

#[test]
fn duplicate_ids_across_a_folder_are_errors() {
    let dir = scratch("duplicates");
    std::fs::create_dir_all(dir.join("b")).expect("dir");
    let text = read("hmong-ha-giang-2021.toml");
    std::fs::write(dir.join("a.toml"), &text).expect("write");
    std::fs::write(dir.join("b").join("copy.toml"), &text).expect("write");
    let o = rasoat(&["check", &dir.display().to_string()]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2));
    assert!(err.contains("copy.toml:4:6:"), "{err}");
    assert!(err.contains("bị trùng"), "{err}");
}

#[test]
fn scenario_typos_are_located() {
    let dir = scratch("typos");
    for (from, to, line, field) in [
        ("difficulty = 2", "dificulty = 2", 7, "scenario.dificulty"),
        (
            "region = \"northern_midlands_mountains\"",
            "region = \"north\"",
            10,
            "scenario.region",
        ),
        ("difficulty = 2", "difficulty = 5", 7, "scenario.difficulty"),
        (
            "standard = \"2022-2025\"",
            "standard = \"2021\"",
            9,
            "scenario.standard",
        ),
    ] {
        let text = read("hmong-ha-giang-2021.toml").replacen(from, to, 1);
        let f = dir.join("t.toml");
        std::fs::write(&f, &text).expect("write");
        let o = rasoat(&["check", &f.display().to_string()]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{err}");
        assert!(err.contains(&format!("t.toml:{line}:")), "{field}: {err}");
        assert!(err.contains(field), "{field}: {err}");
    }
}

#[test]
fn every_scenario_is_a_household_file_but_a_household_is_not_a_scenario() {
    let set = StandardSet::builtin().expect("standards");
    let text = read("migrant-binh-duong-2023.toml");
    let hf =
        rasoat::rules::household::parse_household("s.toml", &text).expect("a scenario is a household file");
    assert_eq!(
        hf.scenario
            .as_ref()
            .and_then(|m| m.get("id"))
            .and_then(|v| v.as_str()),
        Some("migrant-binh-duong-2023")
    );
    assert!(rasoat::training::scenario::is_scenario(&text));
    let o = rasoat(&[
        "assess",
        "--json",
        &library()
            .join("migrant-binh-duong-2023.toml")
            .display()
            .to_string(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    let household = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/ho-lo-van-pao.toml"),
    )
    .expect("example");
    assert!(!rasoat::training::scenario::is_scenario(&household));
    assert!(parse_scenario("h.toml", &household, &set).is_err());
}

#[test]
fn coverage_is_printed_per_standard() {
    let o = rasoat(&["check", "--coverage", &library().display().to_string()]);
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("Chuẩn nghèo đa chiều giai đoạn 2022–2025:"), "{out}");
    assert!(out.contains("Chỉ số (thiếu hụt / không thiếu hụt):"), "{out}");
    let en = String::from_utf8_lossy(
        &rasoat(&[
            "check",
            "--coverage",
            "--lang",
            "en",
            &library().display().to_string(),
        ])
        .stdout,
    )
    .into_owned();
    assert!(en.contains("Indicators (deprived / not deprived):"), "{en}");
}
