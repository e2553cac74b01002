//! The bulk paths — `check`, `report` and `generate` on every core — give what they gave one file
//! after the other: their output is compared, byte for byte, with the output of the program before
//! they were made parallel (recorded in `tests/fixtures/bulk/`, see its README), on the library,
//! the villages, a generated set, a folder of faults and the reliability review's fixtures.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::common;
use common::scratch;

/// The recorded outputs.
fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bulk")
}

/// The program whose output is compared: this build's, or with `RASOAT_BULK_RECORD=<program>`,
/// the one whose output is recorded as the reference (see the fixtures' README).
fn program() -> (PathBuf, bool) {
    match std::env::var_os("RASOAT_BULK_RECORD") {
        Some(p) => (PathBuf::from(p), true),
        None => (PathBuf::from(env!("CARGO_BIN_EXE_rasoat")), false),
    }
}

/// Runs the program from the repository's folder (so the library's paths are relative) and
/// returns its exit code, standard output and error, with `tmp` written as `<tmp>`.
fn run(args: &[&str], tmp: &Path) -> String {
    let (exe, _) = program();
    let o = std::process::Command::new(exe)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("RASOAT_LANG")
        .output()
        .expect("runs");
    let text = format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    text.replace(&tmp.display().to_string(), "<tmp>")
}

/// Compares `actual` with the recorded `name`, or records it.
fn compare(name: &str, actual: &str) {
    let path = fixtures().join(name);
    if program().1 {
        std::fs::create_dir_all(fixtures()).expect("fixtures folder");
        std::fs::write(&path, actual).expect("record");
        return;
    }
    let expected = std::fs::read_to_string(&path).expect("recorded output");
    if expected != actual {
        let new = path.with_extension("new");
        let _ = std::fs::write(&new, actual);
        panic!(
            "{name} differs from the recorded output; this run's is in {}",
            new.display()
        );
    }
}

fn digest(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Every file of `dir`, by name, with its size and digest.
fn manifest(dir: &Path) -> String {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| {
            let bytes = std::fs::read(p).expect("read");
            format!(
                "{} {} {}\n",
                p.file_name().map(|n| n.to_string_lossy()).unwrap_or_default(),
                bytes.len(),
                digest(&bytes)
            )
        })
        .collect()
}

/// A generated set of 300 scenarios (seed 7), as the program makes it.
fn generated(tmp: &Path) -> PathBuf {
    let dir = tmp.join("gen");
    let out = run(
        &[
            "generate",
            "--seed",
            "7",
            "--count",
            "300",
            "--out",
            &dir.display().to_string(),
        ],
        tmp,
    );
    assert!(out.starts_with("exit: 0"), "{out}");
    dir
}

#[test]
fn generate_writes_the_recorded_files() {
    let tmp = scratch("bulk-generate");
    let dir = generated(&tmp);
    compare("generate-7-300.txt", &manifest(&dir));
    // Another focus and standard: the boundary cases of 2026–2030.
    let dir = tmp.join("boundary");
    let out = run(
        &[
            "generate",
            "--seed",
            "11",
            "--count",
            "60",
            "--standard",
            "2026-2030",
            "--focus",
            "boundary",
            "--out",
            &dir.display().to_string(),
        ],
        &tmp,
    );
    compare("generate-11-boundary.txt", &format!("{out}{}", manifest(&dir)));
}

/// A folder of faults: ids taken by the library and by a generated file, an answer key the
/// engine disagrees with, broken TOML, text that is not UTF-8, a plain household.
fn faults(tmp: &Path, set_dir: &Path) -> PathBuf {
    let dir = tmp.join("faults");
    std::fs::create_dir_all(&dir).expect("faults");
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    for name in ["an-giang-rice-2022.toml", "ca-mau-fishing-2023.toml"] {
        std::fs::copy(lib.join(name), dir.join(format!("copy-of-{name}"))).expect("copy");
    }
    std::fs::copy(set_dir.join("gen-7-042.toml"), dir.join("z-gen-7-042-again.toml")).expect("copy");
    let text = std::fs::read_to_string(set_dir.join("gen-7-100.toml")).expect("read");
    let changed = text
        .replacen("id = \"gen-7-100\"", "id = \"gen-7-100-changed\"", 1)
        .replacen("classification = \"", "classification = \"x", 1);
    std::fs::write(dir.join("answer-key.toml"), changed).expect("write");
    let text = std::fs::read_to_string(set_dir.join("gen-7-101.toml")).expect("read");
    let wrong_class = text
        .replacen("id = \"gen-7-101\"", "id = \"gen-7-101-other\"", 1)
        .replacen(
            "income_per_person_month_vnd = ",
            "income_per_person_month_vnd = 1",
            1,
        );
    std::fs::write(dir.join("income-key.toml"), wrong_class).expect("write");
    std::fs::write(dir.join("broken.toml"), "format = 1\n[scenario\nid = \"x\"\n").expect("write");
    std::fs::write(dir.join("latin1.toml"), b"format = 1\nname = \"L\xf2 V\xe0n\"\n").expect("write");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ho-lo-van-pao.toml"),
        dir.join("household.toml"),
    )
    .expect("copy");
    dir
}

#[test]
fn check_says_what_it_said() {
    let tmp = scratch("bulk-check");
    let set_dir = generated(&tmp);
    let faults = faults(&tmp, &set_dir);
    let (set_dir, faults) = (set_dir.display().to_string(), faults.display().to_string());
    compare(
        "check.txt",
        &run(&["check", "scenarios", "villages", &set_dir, &faults], &tmp),
    );
    compare(
        "check-coverage-en.txt",
        &run(
            &["check", "--lang", "en", "--coverage", "scenarios", &set_dir],
            &tmp,
        ),
    );
    compare(
        "check-reliability.txt",
        &run(&["check", "tests/fixtures/reliability"], &tmp),
    );
}

#[test]
fn report_says_and_writes_what_it_did() {
    let tmp = scratch("bulk-report");
    let results = tmp.join("results");
    common::bulk::write_results(&results, 120).expect("results");
    // The reliability review's results files (duplicate answers, wrapping sums), a file that is
    // not JSON and one that is not a results file.
    let reliability = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reliability");
    for case in [
        "report-duplicate-answers-inflate",
        "report-income-u128-wrap",
        "report-seconds-u64-wrap",
    ] {
        std::fs::copy(
            reliability.join(case).join("r.json"),
            results.join(format!("{case}.json")),
        )
        .expect("copy");
    }
    std::fs::write(results.join("broken.json"), "{\"format\": ").expect("write");
    std::fs::write(results.join("other.json"), "{\"format\": \"something else\"}").expect("write");
    let csv = tmp.join("out").join("answers.csv");
    let dir = results.display().to_string();
    compare(
        "report.txt",
        &run(&["report", &dir, "--csv", &csv.display().to_string()], &tmp),
    );
    let sheet = std::fs::read(&csv).expect("spreadsheet written");
    compare("report-csv.txt", &format!("{} {}\n", sheet.len(), digest(&sheet)));
    // In English, with the library's folder as the trainers' scenarios.
    compare(
        "report-en.txt",
        &run(
            &["report", "--lang", "en", &dir, "--scenarios", "scenarios"],
            &tmp,
        ),
    );
    // Writing over one of the files it summarises is refused.
    let first = std::fs::read_dir(&results)
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("tuyen"))
        })
        .min()
        .expect("a results file");
    compare(
        "report-overwrite.txt",
        &run(&["report", &dir, "--csv", &first.display().to_string()], &tmp),
    );
}
