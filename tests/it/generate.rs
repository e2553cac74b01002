//! `rasoat generate`: reproducible by seed, byte for byte; every file it writes passes `check`;
//! an unknown focus refused. (The generator's households themselves: `core/tests/generate.rs`.)

use crate::common;

use common::{rasoat, scratch};
use rasoat::rules::standard::StandardSet;
use rasoat::training::generate::{BUILTIN_NAMES, Focus, draft, parse_names};
use rasoat::training::scenario::to_toml;
use rasoat::words::compose;
use rasoat::words::i18n::{Lang, Texts};

fn files(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("dir")
        .map(|e| {
            let p = e.expect("entry").path();
            (
                p.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                std::fs::read(&p).expect("read"),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn the_same_seed_gives_identical_bytes_and_other_seeds_differ() {
    let dir = scratch("gen-determinism");
    let run = |seed: &str, out: &str| {
        let o = rasoat(&[
            "generate",
            "--seed",
            seed,
            "--count",
            "12",
            "--focus",
            "boundary",
            "--out",
            &dir.join(out).display().to_string(),
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    };
    run("2024", "a");
    run("2024", "b");
    run("2025", "c");
    let (a, b, c) = (
        files(&dir.join("a")),
        files(&dir.join("b")),
        files(&dir.join("c")),
    );
    assert_eq!(a.len(), 12);
    assert_eq!(a, b, "same seed, same bytes");
    let contents = |v: &Vec<(String, Vec<u8>)>| v.iter().map(|(_, b)| b.clone()).collect::<Vec<_>>();
    assert_ne!(contents(&a), contents(&c), "another seed, other households");
    let text = String::from_utf8(a[0].1.clone()).expect("utf-8");
    assert!(text.contains("seed = 2024"), "the seed is in the file:\n{text}");
    // Household 5 alone is the same as household 5 of the whole set.
    let set = StandardSet::builtin().expect("standards");
    let s22 = set.get("2022-2025").expect("standard");
    let names = parse_names("names.toml", BUILTIN_NAMES).expect("names");
    let (vi, en) = (Texts::new(Lang::Vi), Texts::new(Lang::En));
    let alone = to_toml(&compose::scenario(
        &draft(2024, 4, s22, &Focus::Boundary, &names),
        s22,
        &names,
        &vi,
        &en,
    ));
    assert_eq!(alone.as_bytes(), &a[4].1[..]);
}

#[test]
fn every_generated_file_passes_check() {
    let dir = scratch("gen-check");
    for (seed, focus, standard) in [
        ("7", "any", "2022-2025"),
        ("8", "employment", "2022-2025"),
        ("9", "dependents", "2026-2030"),
        ("10", "boundary", "2016-2020"),
        ("11", "waste", "2026-2030"),
    ] {
        let out = dir.join(format!("{seed}-{focus}"));
        let o = rasoat(&[
            "generate",
            "--seed",
            seed,
            "--count",
            "25",
            "--focus",
            focus,
            "--standard",
            standard,
            "--out",
            &out.display().to_string(),
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let o = rasoat(&["check", &dir.display().to_string()]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("125 hợp lệ"));
}

#[test]
fn an_unknown_focus_is_refused_with_the_allowed_ones() {
    let o = rasoat(&[
        "generate",
        "--seed",
        "1",
        "--count",
        "1",
        "--focus",
        "wealth",
        "--out",
        &scratch("gen-bad").display().to_string(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("wealth") && err.contains("boundary") && err.contains("employment"),
        "{err}"
    );
}
