//! The bulk paths, at a province's sizes, in-process through the command line's own entry
//! (`rasoat::cli::run`, the same code as the program): `check` of 10,000 generated scenario files,
//! `report --csv` of 5,000 results files of 40 answers, `generate --count 10000`; and their parts
//! one item at a time — a scenario file checked, one answer scored (engine and grading), a results
//! file of 40 answers parsed and scored, one household generated. The whole-command figures with
//! `/usr/bin/time` are in the README ("Speed").
//!
//! The files are written once into the system's temporary folder (`rasoat-bench-bulk`) and kept
//! for the next run.

#[path = "../tests/it/common/bulk.rs"]
mod bulk;

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use rasoat::rules::assess::assess;
use rasoat::rules::grading::{Rubric, grade, model_answer};
use rasoat::rules::standard::StandardSet;
use rasoat::training::generate::{BUILTIN_NAMES, Focus, draft, parse_names};
use rasoat::training::report::{Catalogue, Hashes, score_file};
use rasoat::training::scenario::{check_expected, parse_scenario, to_toml};
use rasoat::training::session::parse_results;
use rasoat::words::i18n::{Lang, Texts};

fn cli(args: &[&str]) -> i32 {
    let args: Vec<OsString> = std::iter::once("rasoat")
        .chain(args.iter().copied())
        .map(OsString::from)
        .collect();
    rasoat::cli::run(args, &mut std::io::sink(), &mut std::io::sink())
}

fn folder() -> PathBuf {
    std::env::temp_dir().join("rasoat-bench-bulk")
}

fn count(dir: &Path) -> usize {
    std::fs::read_dir(dir).map_or(0, |d| d.count())
}

/// 10,000 scenario files (seed 7) and 5,000 results files, made if missing.
fn inputs() -> (PathBuf, PathBuf) {
    let (generated_dir, results) = (folder().join("gen10k"), folder().join("res5k"));
    if count(&generated_dir) != 10_000 {
        assert_eq!(
            cli(&[
                "generate",
                "--seed",
                "7",
                "--count",
                "10000",
                "--out",
                &generated_dir.display().to_string()
            ]),
            0
        );
    }
    if count(&results) != 5_000 {
        let _ = std::fs::remove_dir_all(&results);
        bulk::write_results(&results, 5_000).expect("results files");
    }
    (generated_dir, results)
}

fn commands(c: &mut Criterion) {
    let (generated_dir, results) = inputs();
    let mut group = c.benchmark_group("command");
    group.sample_size(10);
    group.bench_function("check 10000 files", |b| {
        b.iter(|| assert_eq!(cli(&["check", &generated_dir.display().to_string()]), 0))
    });
    let csv = folder().join("answers.csv").display().to_string();
    group.bench_function("report --csv 5000 files x 40 answers", |b| {
        b.iter(|| assert_eq!(cli(&["report", &results.display().to_string(), "--csv", &csv]), 0))
    });
    let out = folder().join("generated_dir-again").display().to_string();
    group.bench_function("generate --count 10000", |b| {
        b.iter(|| {
            assert_eq!(
                cli(&["generate", "--seed", "7", "--count", "10000", "--out", &out]),
                0
            )
        })
    });
    group.finish();
}

fn items(c: &mut Criterion) {
    let (generated_dir, results) = inputs();
    let set = StandardSet::builtin().expect("standards");
    let standard = set.get("2022-2025").expect("standard");
    let names = parse_names("names.toml", BUILTIN_NAMES).expect("names");
    let mut group = c.benchmark_group("item");
    let text = std::fs::read_to_string(generated_dir.join(rasoat::training::generate::file_name(7, 42)))
        .expect("a generated file");
    group.bench_function("check one scenario file", |b| {
        b.iter(|| {
            let s = parse_scenario("generated_dir.toml", std::hint::black_box(&text), &set).expect("parses");
            check_expected(&s, s.standard_in(&set).expect("standard")).len()
        })
    });
    let s = parse_scenario("generated_dir.toml", &text, &set).expect("parses");
    let mut slip = model_answer(&assess(&s.household, standard));
    slip.deprived.pop_first();
    group.bench_function("score one answer (engine and grading)", |b| {
        b.iter(|| {
            let a = assess(std::hint::black_box(&s.household), standard);
            grade(std::hint::black_box(&slip), &a, &Rubric::STANDARD).points
        })
    });
    let file = std::fs::read_dir(&results)
        .expect("results")
        .map(|e| e.expect("entry").path())
        .min()
        .expect("a results file");
    let json = std::fs::read_to_string(&file).expect("read");
    let r = parse_results("r.json", &json).expect("parses");
    let mut cat = Catalogue::new(rasoat::training::builtin::scenarios(&set).0);
    cat.prepare(&[("r.json".to_owned(), r)], &set, &names);
    let hashes = Hashes::default();
    group.bench_function("parse and score one results file of 40 answers", |b| {
        b.iter(|| {
            let r = parse_results("r.json", std::hint::black_box(&json)).expect("parses");
            score_file("r.json", &r, |sa| cat.find(sa), &set, &hashes)
                .scored()
                .len()
        })
    });
    let (vi, en) = (Texts::new(Lang::Vi), Texts::new(Lang::En));
    let mut index = 0u32;
    group.bench_function("generate one household (drawn, worded, as TOML)", |b| {
        b.iter(|| {
            index = index.wrapping_add(1);
            let d = draft(7, index, standard, &Focus::Any, &names);
            to_toml(&rasoat::words::compose::scenario(&d, standard, &names, &vi, &en)).len()
        })
    });
    group.finish();
}

criterion_group!(benches, items, commands);
criterion_main!(benches);
