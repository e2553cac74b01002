//! `rasoat check`: households, scenarios (their answer keys against the engine, their ids unique)
//! and village files, with the coverage matrix on request.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

use super::progress_bar;
use crate::field::village::VillageFile;
use crate::load::{LoadError, read_text, toml_files};
use crate::rules::household::parse_household;
use crate::rules::source::{Problem, locate_problem};
use crate::rules::standard::StandardSet;
use crate::training::scenario::{
    Document, FileKind, Mismatch, Scenario, check_expected, coverage, parse_scenario_document,
};
use crate::training::service::{Library, Origin};
use crate::words::explain;
use crate::words::i18n::Texts;

/// Checks files and folders: households, and scenarios with their `[expected]` answers against
/// the engine and their ids unique across everything checked. Invalid files are reported on
/// `err`; the summary (and with `coverage` the coverage matrix) goes to `out`. Returns whether
/// every file is valid.
///
/// Files are read and checked on every core, a block of files at a time; what depends on other
/// files (an id taken by an earlier scenario; village files, checked last against the scenarios)
/// is decided in the files' order, so the messages come out as from one file after the other.
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
    let bar = progress_bar(t, files.len());
    let mut run = Run {
        t,
        invalid: 0,
        ids: HashMap::new(),
        keep: coverage,
        scenarios: Vec::new(),
        parsed: Vec::new(),
        out,
        err,
    };
    // Village files name scenarios: they are checked last, against the built-in library and the
    // scenarios checked with them.
    let mut villages = Vec::new();
    for block in files.chunks(BLOCK) {
        let checked = crate::platform::par_map(block, |f| {
            let c = check_file(t, set, f);
            bar.inc(1);
            c
        });
        for (f, c) in block.iter().zip(checked) {
            match c {
                Checked::Village(text) => villages.push((f, text)),
                c => run.finish(f, c),
            }
        }
    }
    if !villages.is_empty() {
        // The scenarios checked, kept for the coverage matrix, or else read again (only the
        // files that parsed: a province's folder is not held in memory for a village or two).
        let checked: Vec<(String, Scenario)> = if run.keep {
            run.scenarios.clone()
        } else {
            crate::platform::par_map(&run.parsed, |f| {
                let name = f.display().to_string();
                let text = read_text(f).ok()?;
                parse_scenario_document(&name, Document::parse(&text), set)
                    .ok()
                    .map(|s| (name, s))
            })
            .into_iter()
            .flatten()
            .collect()
        };
        let (mut library, _) = Library::builtin(set);
        library.insert_all(
            checked
                .into_iter()
                .map(|(file, sc)| (sc, Origin::User(PathBuf::from(file)))),
        );
        for (f, text) in villages {
            let name = f.display().to_string();
            let problems = check_village(t, set, &name, &text, &library, run.err);
            run.report(&name, problems);
        }
    }
    let Run {
        invalid, scenarios, ..
    } = run;
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

/// Files checked at a time on all cores: enough to keep them busy, few enough that the texts of
/// a block (kept until its scenarios' ids are compared) stay small.
const BLOCK: usize = 2048;

/// One file checked on its own: its problems, or a scenario to compare with the others, or a
/// village file to check at the end.
enum Checked {
    Problems(Vec<String>),
    Scenario {
        text: String,
        scenario: Box<Scenario>,
        /// Where its answer key disagrees with the engine.
        problems: Vec<String>,
    },
    Village(String),
}

fn check_file(t: &Texts, set: &StandardSet, f: &std::path::Path) -> Checked {
    let name = f.display().to_string();
    let text = match read_text(f) {
        Err(e) => return Checked::Problems(vec![e.text(t)]),
        Ok(text) => text,
    };
    let doc = Document::parse(&text);
    match doc.kind() {
        FileKind::Village => Checked::Village(text),
        FileKind::Scenario => match parse_scenario_document(&name, doc, set) {
            Err(e) => Checked::Problems(vec![explain::error_text(t, &e)]),
            Ok(sc) => Checked::Scenario {
                problems: answer_key_problems(t, set, &name, &text, &sc),
                text,
                scenario: Box::new(sc),
            },
        },
        FileKind::Household => match parse_household(&name, &text) {
            Ok(_) => Checked::Problems(Vec::new()),
            Err(e) => Checked::Problems(vec![explain::error_text(t, &e)]),
        },
    }
}

/// What is decided in the files' order: ids taken, the lines written, the invalid files counted.
struct Run<'a> {
    t: &'a Texts,
    invalid: usize,
    /// Each scenario id checked, with the first file that has it.
    ids: HashMap<String, String>,
    /// Whether the scenarios are kept (for the coverage matrix).
    keep: bool,
    scenarios: Vec<(String, Scenario)>,
    /// The files that parsed as scenarios, in order.
    parsed: Vec<PathBuf>,
    out: &'a mut String,
    err: &'a mut dyn Write,
}

impl Run<'_> {
    /// A file checked on its own, its id now compared with the scenarios checked before it (a
    /// scenario that parses joins them).
    fn finish(&mut self, f: &std::path::Path, c: Checked) {
        let name = f.display().to_string();
        let problems = match c {
            Checked::Problems(p) => p,
            Checked::Village(_) => Vec::new(),
            Checked::Scenario {
                text,
                scenario,
                problems: key,
            } => {
                let mut problems = Vec::new();
                match self.ids.get(&scenario.scenario.id) {
                    Some(other) => {
                        let e = locate_problem(
                            &name,
                            &text,
                            "scenario.id".into(),
                            Problem::Duplicate {
                                what: scenario.scenario.id.clone(),
                                other: other.clone(),
                            },
                        );
                        problems.push(explain::error_text(self.t, &e));
                    }
                    None => {
                        self.ids.insert(scenario.scenario.id.clone(), name.clone());
                    }
                }
                problems.extend(key);
                self.parsed.push(f.to_path_buf());
                if self.keep {
                    self.scenarios.push((name.clone(), *scenario));
                }
                problems
            }
        };
        self.report(&name, problems);
    }

    fn report(&mut self, name: &str, problems: Vec<String>) {
        if problems.is_empty() {
            self.out.push_str(
                &self
                    .t
                    .get_args("cli-check-ok", &[("file", name.to_owned().into())]),
            );
            self.out.push('\n');
        } else {
            self.invalid += 1;
            for p in problems {
                let _ = writeln!(self.err, "{}", crate::rules::text::escape_controls(&p));
            }
        }
    }
}

/// A village file's problems, checked against `library` (the built-in one and the scenarios
/// checked); households of another review year are warned of on `err`.
fn check_village(
    t: &Texts,
    set: &StandardSet,
    name: &str,
    text: &str,
    library: &Library,
    err: &mut dyn Write,
) -> Vec<String> {
    match crate::training::villages::parse_village(name, text, set, library) {
        Ok(v) => {
            warn_of_other_years(t, name, text, &v, library, err);
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
