//! A fuzzing harness on stable Rust (proptest): every parser is fed mutations of a corpus — the
//! scenario library, the built-in standards, results files and the reliability reproducers — and
//! must answer with a value or a located error, never a panic; a standards file that loads must
//! be one the generator can use. `cargo test --test fuzz` runs a bounded number of cases (as CI
//! does, with a fixed seed); `RASOAT_FUZZ_CASES=20000 RASOAT_FUZZ_SEED=7 cargo test --release
//! --test fuzz` runs longer, from another seed.

use std::path::PathBuf;

use proptest::prelude::*;
use rasoat_core::rules::household::parse_household;
use rasoat_core::rules::standard::{BUILTIN, StandardSet, parse_standard};
use rasoat_core::training::generate::{BUILTIN_NAMES, Focus, draft, parse_names};
use rasoat_core::training::scenario::parse_scenario;
use rasoat_core::training::session::{parse_results, parse_set};

/// The run's size and seed: `RASOAT_FUZZ_CASES` (default: a short run) and `RASOAT_FUZZ_SEED`
/// (default 2026, so that CI runs the same cases every time; a failure names its seed).
fn cases(default: u32) -> ProptestConfig {
    let env = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<u64>().ok());
    let cases = env("RASOAT_FUZZ_CASES").map_or(default, |c| u32::try_from(c).unwrap_or(u32::MAX));
    let seed = env("RASOAT_FUZZ_SEED").unwrap_or(2026);
    ProptestConfig {
        cases,
        failure_persistence: None,
        rng_seed: proptest::test_runner::RngSeed::Fixed(seed),
        ..ProptestConfig::default()
    }
}

/// The corpus of household and scenario files: the library, the example and the reproducers.
fn toml_corpus() -> Vec<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut out = Vec::new();
    for dir in ["scenarios", "examples"] {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .expect("corpus folder")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        paths.sort();
        out.extend(
            paths
                .iter()
                .map(|p| std::fs::read_to_string(p).expect("corpus file")),
        );
    }
    out
}

fn results_corpus() -> Vec<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/reliability");
    [
        "report-duplicate-answers-inflate",
        "report-income-u128-wrap",
        "report-seconds-u64-wrap",
    ]
    .iter()
    .map(|d| std::fs::read_to_string(root.join(d).join("r.json")).expect("results corpus"))
    .collect()
}

/// A mutation of a text: a span replaced by another text, at a place chosen by the fuzzer.
#[derive(Debug, Clone)]
enum Mutation {
    /// Replace `len` characters at `at` (fractions of the text) with `with`.
    Splice { at: f64, len: usize, with: String },
    /// Cut the text at `at`.
    Truncate { at: f64 },
    /// Replace the `nth` number of the text with `with`.
    Number { nth: usize, with: String },
    /// Empty the `nth` list `[...]` of the text.
    EmptyList { nth: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let interesting = prop_oneof![
        Just("0".to_owned()),
        Just("1".to_owned()),
        Just("-1".to_owned()),
        Just("16".to_owned()),
        Just("17".to_owned()),
        Just("88".to_owned()),
        Just("121".to_owned()),
        Just("2031".to_owned()),
        Just("2015".to_owned()),
        Just("4294967295".to_owned()),
        Just("18446744073709551615".to_owned()),
        Just("357913942".to_owned()),
        Just("inf".to_owned()),
        Just("nan".to_owned()),
        Just("1e308".to_owned()),
        (0u64..10_000).prop_map(|n| n.to_string()),
    ];
    prop_oneof![
        (0.0f64..1.0, 0usize..12, "\\PC{0,12}").prop_map(|(at, len, with)| Mutation::Splice {
            at,
            len,
            with
        }),
        (0.0f64..1.0).prop_map(|at| Mutation::Truncate { at }),
        (0usize..400, interesting).prop_map(|(nth, with)| Mutation::Number { nth, with }),
        (0usize..60).prop_map(|nth| Mutation::EmptyList { nth }),
    ]
}

fn apply(text: &str, m: &Mutation) -> String {
    let chars: Vec<char> = text.chars().collect();
    let pos = |at: f64| ((chars.len() as f64) * at) as usize;
    match m {
        Mutation::Splice { at, len, with } => {
            let start = pos(*at).min(chars.len());
            let end = (start + len).min(chars.len());
            let mut out: String = chars[..start].iter().collect();
            out.push_str(with);
            out.extend(&chars[end..]);
            out
        }
        Mutation::Truncate { at } => chars[..pos(*at).min(chars.len())].iter().collect(),
        Mutation::Number { nth, with } => {
            // Runs of digits, with a possible decimal part.
            let mut runs = Vec::new();
            let mut i = 0;
            while i < chars.len() {
                if chars[i].is_ascii_digit() {
                    let start = i;
                    while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '_' || chars[i] == '.')
                    {
                        i += 1;
                    }
                    runs.push((start, i));
                } else {
                    i += 1;
                }
            }
            match runs.get(nth % runs.len().max(1)) {
                Some(&(start, end)) => {
                    let mut out: String = chars[..start].iter().collect();
                    out.push_str(with);
                    out.extend(&chars[end..]);
                    out
                }
                None => text.to_owned(),
            }
        }
        Mutation::EmptyList { nth } => {
            let opens: Vec<usize> = (0..chars.len())
                .filter(|&i| chars[i] == '[' && chars.get(i + 1) == Some(&'"'))
                .collect();
            let Some(&start) = opens.get(nth % opens.len().max(1)) else {
                return text.to_owned();
            };
            let Some(end) = (start..chars.len()).find(|&i| chars[i] == ']') else {
                return text.to_owned();
            };
            let mut out: String = chars[..=start].iter().collect();
            out.extend(&chars[end..]);
            out
        }
    }
}

proptest! {
    #![proptest_config(cases(300))]

    /// Household and scenario files: a value or a located error, never a panic.
    #[test]
    fn households_and_scenarios_never_panic(pick in 0usize..1000, m in mutation()) {
        let corpus = toml_corpus();
        let set = StandardSet::builtin().expect("standards");
        let text = apply(&corpus[pick % corpus.len()], &m);
        if let Ok(hf) = parse_household("f.toml", &text) {
            for s in set.all() {
                let _ = rasoat_core::rules::assess::assess(&hf.household, s);
            }
        }
        let _ = parse_scenario("f.toml", &text, &set);
        let _ = parse_set("f.toml", &text);
    }

    /// Results files: a value or a located error; a parsed file reports without a panic.
    #[test]
    fn results_never_panic(pick in 0usize..3, m in mutation()) {
        let corpus = results_corpus();
        let text = apply(&corpus[pick % corpus.len()], &m);
        if let Ok(r) = parse_results("r.json", &text) {
            let set = StandardSet::builtin().expect("standards");
            let (lib, _) = rasoat_core::training::builtin::scenarios(&set);
            let cat = rasoat_core::training::report::Catalogue::new(lib);
            let report = rasoat_core::training::report::build(&[("r.json".into(), r)], |sa| cat.find(sa), &set);
            let _ = rasoat_core::words::explain::report_csv(&rasoat_core::words::i18n::Texts::new(rasoat_core::words::i18n::Lang::Vi), &report);
        }
    }
}

proptest! {
    #![proptest_config(cases(60))]

    /// Standards files: a standard that loads is one the engine and the generator can use, with
    /// every focus — never a panic.
    #[test]
    fn a_standard_that_loads_can_generate(pick in 0usize..3, m in mutation(), seed in 0u64..1000) {
        let (name, text) = BUILTIN[pick % BUILTIN.len()];
        let text = apply(text, &m);
        let Ok(standard) = parse_standard(name, &text) else { return Ok(()) };
        let names = parse_names("names.toml", BUILTIN_NAMES).expect("names");
        let mut focuses = vec![Focus::Any, Focus::Boundary];
        focuses.extend(standard.indicators.iter().map(|i| Focus::Indicator(i.id.clone())));
        for (i, focus) in focuses.iter().enumerate() {
            let d = draft(seed, u32::try_from(i).unwrap_or(0), &standard, focus, &names);
            let _ = rasoat_core::rules::assess::assess(&d.household, &standard);
        }
    }
}
