//! The reliability review's BAD findings (B1–B6), each under a test built from its reproducer in
//! `tests/fixtures/reliability/` (copied from the review's `reliability-cases/`): no panic, no hang,
//! no wrong total and no write outside the folder, whatever the input.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::{rasoat, scratch};
use rasoat::rules::standard::StandardSet;
use rasoat::training::report::{Catalogue, FlagKind, build};
use rasoat::training::session::{Results, content_hash, parse_results};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reliability")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The command of a reproducer's `CMD.txt`, with its paths made to point at the fixtures and
/// `$SCRATCH` at `scratch`.
fn command(case: &Path, scratch: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(case.join("CMD.txt")).expect("CMD.txt");
    let line = text.lines().next().expect("a command");
    line.split_whitespace()
        .skip(1) // "rasoat"
        .map(|w| {
            w.replace(
                "../shared/reviews/reliability-cases",
                &fixtures().display().to_string(),
            )
            .replace("$SCRATCH", &scratch.display().to_string())
        })
        .collect()
}

/// B1: a standards file the generator could not use does not load: every reproducer of a
/// `generate` panic now either stops with exit code 2 and a message naming the file, line, column
/// and field, or (a floor area above 16 m², which is a valid if odd threshold) generates households
/// that pass `check` — never a panic (101).
#[test]
fn b1_standards_the_generator_cannot_use_do_not_load() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            name.starts_with("gen-") || name.starts_with("std-")
        })
        .collect();
    cases.sort();
    assert_eq!(cases.len(), 15, "{cases:?}");
    let mut refused = 0;
    for case in cases {
        let out = scratch(&format!(
            "b1-{}",
            case.file_name().and_then(|n| n.to_str()).unwrap_or("x")
        ));
        let args = command(&case, &out);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = rasoat(&args);
        let err = stderr(&o);
        match o.status.code() {
            // Refused when loading: the file, line, column and field are named; nothing written.
            Some(2) => {
                assert!(
                    err.contains(".toml:"),
                    "{}: the file is named: {err}",
                    case.display()
                );
                assert!(
                    err.contains("trường"),
                    "{}: the field is named: {err}",
                    case.display()
                );
                assert!(!out.join("x").exists(), "nothing is written");
                refused += 1;
            }
            // A standard that loads is one the generator can use: its households pass `check`
            // under that same standards folder.
            Some(0) => {
                let standards = args[1];
                let check = rasoat(&[
                    "--standards",
                    standards,
                    "check",
                    out.join("x").to_str().expect("utf-8"),
                ]);
                assert_eq!(
                    check.status.code(),
                    Some(0),
                    "{}: {}",
                    case.display(),
                    stderr(&check)
                );
            }
            code => panic!("{}: exit {code:?}: {err}", case.display()),
        }
    }
    assert!(refused >= 10, "only {refused} refused");
    // The built-in standards pass the same checks, and the generator runs on every one of them.
    let o = rasoat(
        &[
            "generate",
            "--seed",
            "1",
            "--count",
            "3",
            "--standard",
            "2026-2030",
            "--out",
        ]
        .iter()
        .copied()
        .chain([scratch("b1-builtin").join("x").to_str().expect("utf-8")])
        .collect::<Vec<_>>(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

/// B2: a working age of 357,913,942 years wrapped `min_age * 12` and made a 5-year-old of working
/// age; such a standard no longer loads, and the multiplication saturates anyway.
#[test]
fn b2_a_huge_working_age_is_refused_not_wrapped() {
    let case = fixtures().join("assess-min-age-u32-wrap");
    let args = command(&case, &scratch("b2-age"));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let o = rasoat(&args);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("working_age.min_age"), "{}", stderr(&o));
}

/// A reproducer's results file, its answers re-hashed against today's library (the review's files
/// were written before the library's content corrections), so that its numbers are scored.
fn results_of(case: &str, cat: &Catalogue) -> Results {
    let path = fixtures().join(case).join("r.json");
    let text = std::fs::read_to_string(&path).expect("r.json");
    let mut r = parse_results("r.json", &text).expect("parse");
    for a in &mut r.answers {
        let s = cat.find(a).expect("a library scenario");
        a.scenario_hash = content_hash(s, &a.standard);
    }
    r
}

fn library_catalogue(set: &StandardSet) -> Catalogue {
    let (lib, _) = rasoat::training::builtin::scenarios(set);
    Catalogue::new(lib)
}

/// B2: an income answer `2^128 / 100` away from the right one wrapped the "within 5%" test and
/// earned the close-income points; it now earns nothing, as any far-off income does.
#[test]
fn b2_a_far_off_income_never_counts_as_close() {
    let set = StandardSet::builtin().expect("standards");
    let cat = library_catalogue(&set);
    let r = results_of("report-income-u128-wrap", &cat);
    let report = build(&[("r.json".into(), r.clone())], |sa| cat.find(sa), &set);
    let mut far = r.clone();
    for a in &mut far.answers {
        for t in &mut a.tries {
            t.income_per_person_month_vnd = Some(999_999_999);
        }
    }
    let reference = build(&[("far.json".into(), far)], |sa| cat.find(sa), &set);
    assert!(report.trainees[0].max > 0, "scored");
    assert_eq!(report.trainees[0].points, reference.trainees[0].points);
}

/// B2: try durations of `u64::MAX` seconds wrapped the total to "1 minutes"; they saturate.
#[test]
fn b2_durations_saturate_instead_of_wrapping() {
    let set = StandardSet::builtin().expect("standards");
    let cat = library_catalogue(&set);
    let r = results_of("report-seconds-u64-wrap", &cat);
    let report = build(&[("r.json".into(), r)], |sa| cat.find(sa), &set);
    assert_eq!(report.trainees[0].seconds, u64::MAX);
}

/// B2: 11,000 trainees of one district with every answer right read "2%" (points × 100 wrapped
/// in 32 bits); percentages are now computed in wide integers.
#[test]
fn b2_percentages_of_huge_totals_do_not_wrap() {
    use rasoat::training::report::{PlaceRow, percent};
    // 11,000 files × 40 answers × 100 points.
    let row = PlaceRow {
        points: 44_000_000,
        max: 44_000_000,
        ..Default::default()
    };
    assert_eq!(row.percent(), 100);
    assert_eq!(percent(u64::MAX, u64::MAX), 100);
    assert_eq!(percent(u64::MAX / 2, u64::MAX), 49);
    assert_eq!(percent(5, 0), 0);
}

/// B3: a results file holding the same scenario ten times (nine copies of a right answer) scored
/// every copy; only the first entry of a scenario is scored, the others are flagged.
#[test]
fn b3_a_scenario_answered_twice_in_one_file_is_scored_once() {
    let set = StandardSet::builtin().expect("standards");
    let cat = library_catalogue(&set);
    let r = results_of("report-duplicate-answers-inflate", &cat);
    assert_eq!(r.answers.len(), 10);
    let report = build(&[("r.json".into(), r.clone())], |sa| cat.find(sa), &set);
    let mut once = r.clone();
    let mut seen = std::collections::HashSet::new();
    once.answers.retain(|a| seen.insert(a.scenario_id.clone()));
    assert_eq!(once.answers.len(), 2);
    let reference = build(&[("once.json".into(), once)], |sa| cat.find(sa), &set);
    assert_eq!(report.trainees[0].done, 2);
    assert_eq!(report.trainees[0].percent(), reference.trainees[0].percent());
    let duplicates = report
        .flagged
        .iter()
        .filter(|f| f.kind == FlagKind::Duplicate)
        .count();
    assert_eq!(duplicates, 8);
}

/// B4: a link to `.` inside a folder made every file counted 41 times; two links made the walk
/// endless. Links to folders are not followed.
#[cfg(unix)]
#[test]
fn b4_links_to_folders_are_not_followed() {
    let dir = scratch("b4-loop");
    std::fs::create_dir_all(dir.join("sub")).expect("dir");
    let household = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/ho-lo-van-pao.toml"),
    )
    .expect("example");
    std::fs::write(dir.join("sub/ho.toml"), &household).expect("write");
    std::os::unix::fs::symlink(".", dir.join("sub/loop1")).expect("link");
    std::os::unix::fs::symlink("..", dir.join("sub/loop2")).expect("link");
    let o = rasoat(&["check", dir.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("Đã kiểm tra 1 tệp"), "each file once: {out}");
    let files = rasoat::load::files_below(&dir, "toml").expect("walk");
    assert_eq!(files.len(), 1, "{files:?}");
}

/// B5: a pipe named `*.toml` blocked `check` and `assess` forever; `/dev/zero` was read until
/// memory ran out. Special files are never opened: skipped in folders, refused when named.
#[cfg(unix)]
#[test]
fn b5_pipes_and_devices_are_never_read() {
    let dir = scratch("b5-fifo");
    std::fs::create_dir_all(&dir).expect("dir");
    let fifo = dir.join("pipe.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let o = rasoat(&["assess", fifo.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("không phải một tệp bình thường"),
        "{}",
        stderr(&o)
    );
    let o = rasoat(&["check", dir.to_str().expect("utf-8")]);
    // The pipe is skipped: the folder holds no readable file.
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = rasoat(&["assess", "/dev/zero"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("không phải một tệp bình thường"),
        "{}",
        stderr(&o)
    );
    assert!(matches!(
        rasoat::files::read_text(Path::new("/dev/zero")),
        Err(rasoat::files::ReadError::NotRegular { .. })
    ));
}

/// B5: a file larger than the cap is refused with a clear error, not read whole.
#[test]
fn b5_a_file_over_the_size_cap_is_refused() {
    let dir = scratch("b5-large");
    std::fs::create_dir_all(&dir).expect("dir");
    let big = dir.join("big.toml");
    let f = std::fs::File::create(&big).expect("create");
    f.set_len(rasoat::files::MAX_FILE_BYTES + 1).expect("sparse file");
    drop(f);
    let o = rasoat(&["assess", big.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("4 MB"), "a TOML file's cap: {}", stderr(&o));
    // A results file has the larger cap.
    let big_json = dir.join("big.json");
    let f = std::fs::File::create(&big_json).expect("create");
    f.set_len(rasoat::files::MAX_FILE_BYTES + 1).expect("sparse file");
    drop(f);
    assert!(matches!(
        rasoat::files::read_text(&big_json),
        Err(rasoat::files::ReadError::TooLarge { limit, .. }) if limit == rasoat::files::MAX_FILE_BYTES
    ));
}

/// B6: the temporary file of an atomic write had a predictable name (`.<name>.<pid>.tmp`) and
/// followed a link planted there, so a write could overwrite a file outside the folder. A link
/// at that name is now left alone, and the target becomes a regular file with the contents.
#[cfg(unix)]
#[test]
fn b6_an_atomic_write_never_follows_a_planted_link() {
    let dir = scratch("b6-link");
    let outside = scratch("b6-outside");
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::create_dir_all(&outside).expect("dir");
    let victim = outside.join("victim.txt");
    std::fs::write(&victim, "do not touch").expect("victim");
    let target = dir.join("gen-5-001.toml");
    let planted = dir.join(format!(".gen-5-001.toml.{}.tmp", std::process::id()));
    std::os::unix::fs::symlink(&victim, &planted).expect("plant");
    rasoat::files::write_atomic(&target, b"format = 1\n").expect("write");
    assert_eq!(std::fs::read_to_string(&victim).expect("victim"), "do not touch");
    let meta = std::fs::symlink_metadata(&target).expect("target");
    assert!(meta.file_type().is_file(), "a regular file, not a link");
    assert_eq!(std::fs::read_to_string(&target).expect("target"), "format = 1\n");
    // Only the target and the planted link remain: the temporary file is gone.
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("dir")
        .map(|e| e.expect("e").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "{names:?}");
}

/// WEAK 4: scenario ids outside the safe set (a path, a device name, a control character) are
/// refused, so no id can become a path outside the trainers' folder.
#[test]
fn unsafe_scenario_ids_are_refused() {
    let lib = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios/hai-phong-laid-off-2024.toml");
    let text = std::fs::read_to_string(lib).expect("scenario");
    let dir = scratch("unsafe-ids");
    for bad in [
        "../../tmp/evil",
        "/etc/passwd",
        "C:evil",
        "CON",
        "a\\nb",
        "Hộ-nghèo",
        "-x",
        "x-",
    ] {
        let f = dir.join("s.toml");
        let edited = text.replace(
            "id = \"hai-phong-laid-off-2024\"",
            &format!("id = \"{}\"", bad.replace('\\', "\\\\")),
        );
        std::fs::write(&f, edited).expect("write");
        let o = rasoat(&["check", f.to_str().expect("utf-8")]);
        assert_eq!(o.status.code(), Some(2), "{bad}: {}", stderr(&o));
        assert!(stderr(&o).contains("scenario.id"), "{bad}: {}", stderr(&o));
    }
    for good in ["hai-phong-laid-off-2024", "gen-2024-001", "a"] {
        assert!(rasoat::training::scenario::is_safe_id(good), "{good}");
    }
}

/// WEAK 2 and 6: spreadsheet formulas in names are neutralised in the CSV; `--csv` never
/// overwrites a results file it reads; a folder without results files is an error.
#[test]
fn the_csv_is_safe_and_report_refuses_what_makes_no_sense() {
    assert_eq!(
        rasoat::words::explain::csv_cell("=HYPERLINK(\"x\")"),
        "'=HYPERLINK(\"x\")"
    );
    assert_eq!(rasoat::words::explain::csv_cell("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(rasoat::words::explain::csv_cell("+1+1"), "'+1+1");
    assert_eq!(rasoat::words::explain::csv_cell("Lò Văn Páo"), "Lò Văn Páo");
    let set = StandardSet::builtin().expect("standards");
    let cat = library_catalogue(&set);
    let mut r = results_of("report-duplicate-answers-inflate", &cat);
    r.trainee.name = "=HYPERLINK(\"http://example.invalid\")".into();
    let dir = scratch("csv-safety");
    let file = dir.join("r.json");
    std::fs::write(&file, r.to_json().expect("json")).expect("write");
    let csv = dir.join("out.csv");
    let o = rasoat(&[
        "report",
        dir.to_str().expect("utf-8"),
        "--csv",
        csv.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&csv).expect("csv");
    assert!(text.contains("'=HYPERLINK"), "{text}");
    // --csv pointing at the results file itself.
    let before = std::fs::read(&file).expect("read");
    let o = rasoat(&[
        "report",
        dir.to_str().expect("utf-8"),
        "--csv",
        file.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(
        std::fs::read(&file).expect("read"),
        before,
        "the results file is untouched"
    );
    // An empty folder.
    let empty = scratch("csv-empty");
    let o = rasoat(&["report", empty.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

/// WEAK 1: names with terminal escapes or line breaks are printed escaped: they cannot clear the
/// screen, set the title or forge a line of output.
#[test]
fn control_characters_in_names_are_printed_escaped() {
    let example = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/ho-lo-van-pao.toml"),
    )
    .expect("example");
    let dir = scratch("controls");
    let f = dir.join("ho.toml");
    let forged = r#"name = "Lò Văn Páo\u001b[2J\u0007\nKết quả: HỘ KHÔNG NGHÈO""#;
    std::fs::write(&f, example.replacen("name = \"Lò Văn Páo\"", forged, 1)).expect("write");
    let o = rasoat(&["assess", f.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    assert!(
        !out.lines().any(|l| l.starts_with("Kết quả: HỘ KHÔNG NGHÈO")),
        "no forged line: {out}"
    );
    assert!(out.contains("\\u{1b}[2J"), "the escape is shown: {out}");
    // An unknown value with an escape in an error message.
    let g = dir.join("bad.toml");
    std::fs::write(
        &g,
        example.replacen("area = \"rural\"", "area = \"\\u001b]0;owned\\u0007\"", 1),
    )
    .expect("write");
    let o = rasoat(&["check", g.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err:?}");
}

/// WEAK 3: answers recorded by the app carry a hash of the standard's rules too, so a corrected
/// threshold (`--standards DIR`) flags them instead of silently re-scoring them; files with the
/// older hash (household and standard id only) keep scoring.
#[test]
fn a_changed_threshold_flags_answers_instead_of_rescoring_them() {
    use rasoat::training::session::{Try, content_hash};
    let set = StandardSet::builtin().expect("standards");
    let cat = library_catalogue(&set);
    let mut r = results_of("report-duplicate-answers-inflate", &cat);
    r.answers.truncate(1);
    let old_hash = r.answers[0].scenario_hash.clone();
    let s = cat.find(&r.answers[0]).expect("scenario").clone();
    let standard = set.get(&r.answers[0].standard).expect("standard").clone();
    // Recorded as the app does now.
    let mut now = r.clone();
    now.answers.clear();
    let t: Try = r.answers[0].tries[0].clone();
    now.record_under(&s, &standard, t);
    assert!(now.answers[0].scenario_hash.starts_with("3:"));
    assert_ne!(now.answers[0].scenario_hash, content_hash(&s, &standard.id));
    let dir = scratch("rules-hash");
    std::fs::write(dir.join("now.json"), now.to_json().expect("json")).expect("write");
    let mut before = r.clone();
    before.session.id = "older".into();
    before.answers[0].scenario_hash = old_hash;
    std::fs::write(dir.join("older.json"), before.to_json().expect("json")).expect("write");
    // The built-in standards: both score.
    let o = rasoat(&["report", dir.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("2 bài làm được chấm"), "{out}");
    // A corrected rural line in a standards folder: the new hash notices, the old one cannot.
    let standards = scratch("rules-hash-standards");
    for (name, text) in rasoat::rules::standard::BUILTIN {
        let text = text.replace("rural = { poverty = 1_500_000", "rural = { poverty = 1_600_000");
        std::fs::write(standards.join(name), text).expect("standard");
    }
    let o = rasoat(&[
        "--standards",
        standards.to_str().expect("utf-8"),
        "report",
        dir.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("1 bài làm được chấm"), "{out}");
    assert!(out.contains("đã bị sửa sau khi làm bài"), "{out}");
}

/// WEAK 5 and 6: a file that is not UTF-8 is located at its first bad byte; a `--scenarios`
/// folder that does not exist is an error, not silently ignored.
#[test]
fn a_non_utf8_file_is_located_and_a_missing_scenarios_folder_is_an_error() {
    let dir = scratch("utf8");
    let f = dir.join("ho.toml");
    // Line 3, after "area = " (7 characters): a Latin-1 byte.
    std::fs::write(&f, b"format = 1\n\n[household]\narea = \"n\xf4ng\"\n").expect("write");
    let o = rasoat(&["assess", f.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("ho.toml:4:10:"), "{}", stderr(&o));
    let results = scratch("scenarios-folder");
    let set = StandardSet::builtin().expect("standards");
    let cat = library_catalogue(&set);
    let r = results_of("report-duplicate-answers-inflate", &cat);
    std::fs::write(results.join("r.json"), r.to_json().expect("json")).expect("write");
    let o = rasoat(&[
        "report",
        results.to_str().expect("utf-8"),
        "--scenarios",
        results.join("no-such-folder").to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("no-such-folder"), "{}", stderr(&o));
}

/// WEAK 5: a disagreement between a scenario's answer key and the engine is located at the key's
/// field (line and column), like any other error of the file.
#[test]
fn answer_key_mismatches_are_located() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios/hmong-ha-giang-2021.toml");
    let text = std::fs::read_to_string(path).expect("scenario");
    let wrong = text.replacen("classification = \"poor\"", "classification = \"near_poor\"", 1);
    assert_ne!(wrong, text, "the key was changed");
    let line = wrong
        .lines()
        .position(|l| l.starts_with("classification = "))
        .expect("key line")
        + 1;
    let dir = scratch("located-key");
    let f = dir.join("s.toml");
    std::fs::write(&f, &wrong).expect("write");
    let o = rasoat(&["check", f.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains(&format!("s.toml:{line}:")), "{}", stderr(&o));
}

/// WEAK 5 and 6: a results file of another version is located at its `version` key, and text
/// after the JSON value is an error, not ignored.
#[test]
fn results_files_are_checked_to_their_end_and_located() {
    let set = StandardSet::builtin().expect("standards");
    let cat = library_catalogue(&set);
    let json = results_of("report-seconds-u64-wrap", &cat)
        .to_json()
        .expect("json");
    assert!(parse_results("r.json", &json).is_ok());
    let trailing = format!("{json}\n{{\"format\": \"rasoat-results\"}}");
    let e = parse_results("r.json", &trailing).expect_err("trailing text");
    assert!(e.line > 1, "{e:?}");
    let v9 = json.replacen("\"version\": 1", "\"version\": 9", 1);
    assert_ne!(v9, json);
    let line = v9
        .lines()
        .position(|l| l.contains("\"version\""))
        .expect("version")
        + 1;
    let e = parse_results("r.json", &v9).expect_err("version 9");
    assert_eq!((e.line, e.path.as_str()), (line, "version"));
}

/// WEAK 8: an answer whose generated recipe names another household, or a focus its standard does
/// not know, is not made again (the generator would run for nothing): it is flagged as unknown.
#[test]
fn unusable_generated_recipes_are_not_made_again() {
    use rasoat::training::scenario::Generated;
    let set = StandardSet::builtin().expect("standards");
    let names =
        rasoat::training::generate::parse_names("names.toml", rasoat::training::generate::BUILTIN_NAMES)
            .expect("names");
    let cat0 = library_catalogue(&set);
    let mut r = results_of("report-seconds-u64-wrap", &cat0);
    let template = r.answers[0].clone();
    r.answers.clear();
    for (i, (id, focus)) in [
        ("gen-7-001", "no-such-indicator"),
        ("gen-7-999", "any"),
        ("gen-7-002", "any"),
    ]
    .into_iter()
    .enumerate()
    {
        let mut a = template.clone();
        a.scenario_id = id.into();
        a.standard = "2022-2025".into();
        a.generated = Some(Generated {
            seed: 7,
            index: u32::try_from(i).expect("small"),
            focus: focus.into(),
        });
        r.answers.push(a);
    }
    let (lib, _) = rasoat::training::builtin::scenarios(&set);
    let mut cat = Catalogue::new(lib);
    cat.prepare(&[("r.json".into(), r.clone())], &set, &names);
    // None names its own household with a known focus: an unknown focus, an id of another index
    // (gen-7-999 for index 1), and gen-7-002 for index 2 (its household is gen-7-003).
    let found: Vec<bool> = r.answers.iter().map(|a| cat.find(a).is_some()).collect();
    assert_eq!(found, vec![false, false, false], "{found:?}");
    // A recipe that does name its household is made again.
    let mut good = template.clone();
    good.scenario_id = "gen-7-001".into();
    good.standard = "2022-2025".into();
    good.generated = Some(Generated {
        seed: 7,
        index: 0,
        focus: "any".into(),
    });
    r.answers = vec![good];
    cat.prepare(&[("r.json".into(), r.clone())], &set, &names);
    assert!(cat.find(&r.answers[0]).is_some());
}

/// WEAK 9 and 10: messages that say what is wrong in plain words, in both languages, and never
/// echo a huge key whole.
#[test]
fn wrong_values_get_plain_messages() {
    let example = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/ho-lo-van-pao.toml"),
    )
    .expect("example");
    let dir = scratch("plain-messages");
    let check = |name: &str, text: String, lang: &str| {
        let f = dir.join(name);
        std::fs::write(&f, text).expect("write");
        let o = rasoat(&["--lang", lang, "check", f.to_str().expect("utf-8")]);
        assert_eq!(o.status.code(), Some(2), "{name}: {}", stderr(&o));
        stderr(&o)
    };
    // A number for a choice: the allowed values are listed.
    let err = check(
        "area.toml",
        example.replacen("area = \"rural\"", "area = 1", 1),
        "vi",
    );
    assert!(
        err.contains(":5:8:") && err.contains("household.area") && err.contains("rural, urban"),
        "{err}"
    );
    // A date for a year: named a date, not "a map".
    let err = check(
        "date.toml",
        example.replacen("review_year = 2021", "review_year = 2021-09-01", 1),
        "vi",
    );
    assert!(err.contains("cần số nguyên, nhưng tệp ghi ngày tháng"), "{err}");
    let err = check(
        "date-en.toml",
        example.replacen("review_year = 2021", "review_year = 2021-09-01", 1),
        "en",
    );
    assert!(
        err.contains("a whole number wanted, but the file has a date"),
        "{err}"
    );
    // Names that show nothing are empty.
    for (i, invisible) in ["\\u200b\\u200b", "\\u0000", "\\ufeff "].iter().enumerate() {
        let err = check(
            &format!("blank-{i}.toml"),
            example.replacen("name = \"Lò Văn Páo\"", &format!("name = \"{invisible}\""), 1),
            "en",
        );
        assert!(
            err.contains("members[0].name") && err.contains("must not be empty"),
            "{err}"
        );
    }
    // A 1 MB unknown key is cut short in the message.
    let key = "k".repeat(1 << 20);
    let err = check(
        "key.toml",
        example.replacen("area = ", &format!("{key} = 1\narea = "), 1),
        "en",
    );
    assert!(err.len() < 2_000, "{} bytes", err.len());
    assert!(err.contains("kkk…"), "{}", &err[..200.min(err.len())]);
}

/// WEAK 10: a repeated service id is named as a repeat; an empty retirement table is named, not
/// reported as a missing `working_age`; `--out` at a file says it is a file.
#[test]
fn standards_and_out_problems_are_named_for_what_they_are() {
    let builtin = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("standards");
    let original = std::fs::read_to_string(builtin.join("2022-2025.toml")).expect("standard");
    let with = |name: &str, text: String| {
        let dir = scratch(name);
        for f in ["2016-2020.toml", "2026-2030.toml"] {
            std::fs::copy(builtin.join(f), dir.join(f)).expect("copy");
        }
        std::fs::write(dir.join("2022-2025.toml"), text).expect("write");
        let o = rasoat(&[
            "--lang",
            "en",
            "--standards",
            dir.to_str().expect("utf-8"),
            "standards",
        ]);
        assert_eq!(o.status.code(), Some(2), "{name}");
        stderr(&o)
    };
    let err = with(
        "dup-service",
        original.replacen("id = \"health\"\n", "id = \"employment\"\n", 1),
    );
    assert!(
        err.contains("services[1].id") && err.contains("“employment” appears twice"),
        "{err}"
    );
    let start = original.find("retirement = [").expect("retirement table");
    let end = start + original[start..].find("]\n").expect("end of table") + 1;
    let err = with(
        "empty-retirement",
        format!("{}retirement = []{}", &original[..start], &original[end..]),
    );
    assert!(
        err.contains("working_age.retirement") && err.contains("must not be empty"),
        "{err}"
    );

    let dir = scratch("out-file");
    let file = dir.join("a-file");
    std::fs::write(&file, "").expect("write");
    let o = rasoat(&[
        "--lang",
        "en",
        "generate",
        "--seed",
        "1",
        "--count",
        "1",
        "--out",
        file.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is a file, not a folder"), "{}", stderr(&o));
}
