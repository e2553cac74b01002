//! `rasoat check`: households, scenarios (their answer keys against the engine, their ids unique)
//! and village files, with the coverage matrix on request.

use std::io::Write;
use std::path::PathBuf;

use super::progress_bar;
use crate::field::village::VillageFile;
use crate::load::{LoadError, read_text, toml_files};
use crate::rules::household::parse_household;
use crate::rules::source::{Problem, locate_problem};
use crate::rules::standard::StandardSet;
use crate::training::scenario::{Mismatch, Scenario, check_expected, coverage, is_scenario, parse_scenario};
use crate::training::service::{Library, Origin};
use crate::words::explain;
use crate::words::i18n::Texts;

/// Checks files and folders: households, and scenarios with their `[expected]` answers against
/// the engine and their ids unique across everything checked. Invalid files are reported on
/// `err`; the summary (and with `coverage` the coverage matrix) goes to `out`. Returns whether
/// every file is valid.
pub(super) fn check_cmd(
    t: &Texts,
    set: &StandardSet,
    paths: &[PathBuf],
    coverage: bool,
    out: &mut String,
    err: &mut dyn Write,
) -> Result<bool, LoadError> {
    let mut files = Vec::new();
    for p in paths {
        files.extend(toml_files(p)?);
    }
    let mut invalid = 0usize;
    let mut scenarios: Vec<(String, Scenario)> = Vec::new();
    let bar = progress_bar(t, files.len());
    // Village files name scenarios: they are checked last, against the built-in library and the
    // scenarios checked with them.
    let (villages, others): (Vec<&PathBuf>, Vec<&PathBuf>) = files
        .iter()
        .partition(|f| read_text(f).is_ok_and(|text| crate::field::village::is_village(&text)));
    for f in others.into_iter().chain(villages) {
        bar.inc(1);
        let name = f.display().to_string();
        let problems = match read_text(f) {
            Err(e) => vec![e.text(t)],
            Ok(text) if crate::field::village::is_village(&text) => {
                check_village(t, set, &name, &text, &scenarios, err)
            }
            Ok(text) if is_scenario(&text) => check_scenario(t, set, &name, &text, &mut scenarios),
            Ok(text) => match parse_household(&name, &text) {
                Ok(_) => Vec::new(),
                Err(e) => vec![explain::error_text(t, &e)],
            },
        };
        if problems.is_empty() {
            out.push_str(&t.get_args("cli-check-ok", &[("file", name.into())]));
            out.push('\n');
        } else {
            invalid += 1;
            for p in problems {
                let _ = writeln!(err, "{}", crate::rules::text::escape_controls(&p));
            }
        }
    }
    out.push_str(&t.get_args(
        "cli-check-summary",
        &[
            ("total", files.len().into()),
            ("valid", (files.len() - invalid).into()),
            ("invalid", invalid.into()),
        ],
    ));
    out.push('\n');
    if coverage {
        let list: Vec<Scenario> = scenarios.into_iter().map(|(_, s)| s).collect();
        coverage_report(t, set, &list, out);
    }
    Ok(invalid == 0)
}

/// A village file's problems, checked against the built-in library and the `scenarios` checked
/// before it; households of another review year are warned of on `err`.
fn check_village(
    t: &Texts,
    set: &StandardSet,
    name: &str,
    text: &str,
    scenarios: &[(String, Scenario)],
    err: &mut dyn Write,
) -> Vec<String> {
    let (mut library, _) = Library::builtin(set);
    for (file, sc) in scenarios {
        library.insert(sc.clone(), Origin::User(PathBuf::from(file)));
    }
    match crate::training::villages::parse_village(name, text, set, &library) {
        Ok(v) => {
            warn_of_other_years(t, name, text, &v, &library, err);
            Vec::new()
        }
        Err(e) => vec![explain::error_text(t, &e)],
    }
}

/// Households of another review year than their village's: a warning, the file stays valid.
fn warn_of_other_years(
    t: &Texts,
    name: &str,
    text: &str,
    v: &VillageFile,
    library: &Library,
    err: &mut dyn Write,
) {
    for m in crate::training::villages::year_mismatches(v, library) {
        let at = locate_problem(name, text, m.path.clone(), Problem::Empty);
        let warning = t.get_args(
            "cli-check-village-year",
            &[
                ("place", format!("{name}:{}:{}", at.line, at.column).into()),
                ("scenario", m.scenario.into()),
                ("year", m.year.to_string().into()),
                ("village_year", v.village.review_year.to_string().into()),
            ],
        );
        let _ = writeln!(err, "{}", crate::rules::text::escape_controls(&warning));
    }
}

/// A scenario file's problems: it parses, its id is not taken by a scenario checked before, and
/// its answer key agrees with the engine. A scenario that parses joins `scenarios`.
fn check_scenario(
    t: &Texts,
    set: &StandardSet,
    name: &str,
    text: &str,
    scenarios: &mut Vec<(String, Scenario)>,
) -> Vec<String> {
    let sc = match parse_scenario(name, text, set) {
        Err(e) => return vec![explain::error_text(t, &e)],
        Ok(sc) => sc,
    };
    let mut problems = Vec::new();
    if let Some((other, _)) = scenarios.iter().find(|(_, o)| o.scenario.id == sc.scenario.id) {
        let e = locate_problem(
            name,
            text,
            "scenario.id".into(),
            Problem::Duplicate {
                what: sc.scenario.id.clone(),
                other: other.clone(),
            },
        );
        problems.push(explain::error_text(t, &e));
    }
    problems.extend(answer_key_problems(t, set, name, text, &sc));
    scenarios.push((name.to_owned(), sc));
    problems
}

/// Where a scenario's `[expected]` answers disagree with the engine under its standard, each
/// located at the answer key's field that disagrees.
fn answer_key_problems(t: &Texts, set: &StandardSet, name: &str, text: &str, sc: &Scenario) -> Vec<String> {
    let Some(standard) = sc.standard_in(set) else {
        return Vec::new();
    };
    check_expected(sc, standard)
        .iter()
        .map(|m| {
            let field = match m {
                Mismatch::Classification { .. } => "expected.classification",
                Mismatch::Income { .. } => "expected.income_per_person_month_vnd",
                _ => "expected.deprived",
            };
            let at = locate_problem(name, text, field.to_owned(), Problem::Empty);
            let place = format!("{name}:{}:{}", at.line, at.column);
            explain::mismatch_text(t, &place, sc, standard, m)
        })
        .collect()
}

/// The coverage matrix: per standard, each indicator × {deprived, not deprived} and each class,
/// with how many scenarios exercise it.
fn coverage_report(t: &Texts, set: &StandardSet, scenarios: &[Scenario], out: &mut String) {
    let cov = coverage(set, scenarios);
    for sc in &cov {
        let Some(s) = set.get(&sc.standard) else { continue };
        out.push('\n');
        out.push_str(&t.get_args(
            "cli-coverage-title",
            &[
                ("standard", explain::standard_name(t, s).into()),
                ("count", sc.scenarios.into()),
            ],
        ));
        out.push('\n');
        out.push_str(&format!("  {}\n", t.get("cli-coverage-indicators-heading")));
        for ic in &sc.indicators {
            let name = s
                .indicator(&ic.id)
                .map_or_else(|| ic.id.clone(), |i| explain::indicator_name(t, i));
            out.push_str(&format!(
                "    {}\n",
                t.get_args(
                    "cli-coverage-indicator",
                    &[
                        ("name", name.into()),
                        ("deprived", ic.deprived.into()),
                        ("not_deprived", ic.not_deprived.into()),
                    ],
                )
            ));
        }
        out.push_str(&format!("  {}\n", t.get("cli-coverage-classes-heading")));
        for (class, n) in &sc.classes {
            out.push_str(&format!(
                "    {}\n",
                t.get_args(
                    "cli-coverage-class",
                    &[
                        ("class", explain::class_name(t, *class).into()),
                        ("count", (*n).into())
                    ]
                )
            ));
        }
    }
}
