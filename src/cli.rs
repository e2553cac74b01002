//! The command line: `rasoat assess | compare | check | standards`. A thin shell over the core:
//! it reads files, picks standards, and prints what `explain` words.
//!
//! Architecture invariant: no rule is decided here, and no input makes it panic: every error is
//! printed to standard error in the user's language with exit code 2, and nothing on stdout.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::load::{
    DEFAULT_STANDARD, LoadError, catalogue, load_standards, parse_focus, read_text, toml_files,
};
use crate::rules::assess::assess;
use crate::rules::compare::{compare, standard_changes};
use crate::rules::household::{HouseholdFile, parse_household};
use crate::rules::standard::{RuleKind, Standard, StandardSet, Tag};
use crate::training::scenario::{Scenario, check_expected, coverage, is_scenario, parse_scenario};
use crate::words::explain;
use crate::words::i18n::{Lang, Texts};

/// Exit code for any invalid input.
pub const EXIT_INVALID: i32 = 2;

#[derive(Debug, Parser)]
#[command(name = "rasoat", version)]
struct Cli {
    #[arg(long, global = true, value_parser = ["vi", "en"])]
    lang: Option<String>,
    #[arg(long, global = true, value_name = "DIR")]
    standards: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    Assess {
        #[arg(long, value_name = "ID")]
        standard: Option<String>,
        #[arg(long)]
        json: bool,
        file: PathBuf,
    },
    Compare {
        #[arg(long, value_name = "ID")]
        from: Option<String>,
        #[arg(long, value_name = "ID")]
        to: Option<String>,
        #[arg(long)]
        json: bool,
        file: PathBuf,
    },
    Check {
        #[arg(long)]
        coverage: bool,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    Standards {
        #[arg(long, value_name = "ID")]
        procedure: Option<String>,
    },
    Report {
        dir: PathBuf,
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
        #[arg(long, value_name = "DIR")]
        scenarios: Option<PathBuf>,
    },
    Generate {
        #[arg(long)]
        seed: u64,
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=10_000))]
        count: u32,
        #[arg(long, value_name = "ID")]
        standard: Option<String>,
        #[arg(long, value_name = "FOCUS")]
        focus: Option<String>,
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    Village {
        #[arg(long, value_name = "FILE", conflicts_with_all = ["seed", "builtin"])]
        village: Option<PathBuf>,
        #[arg(long, value_name = "ID", conflicts_with = "seed")]
        builtin: Option<String>,
        #[arg(long)]
        seed: Option<u64>,
        #[arg(long, value_name = "ID")]
        standard: Option<String>,
        #[arg(long)]
        exam: bool,
        #[arg(long, value_name = "FILE")]
        results: Option<PathBuf>,
        #[arg(long)]
        list: bool,
    },
}

/// Opens the village window in a language; `Err` says why no window could open (no graphics
/// adapter). The binaries pass `rasoat_village::open`; the test programs pass nothing, so that
/// this library never links bevy.
pub type OpenVillage<'a> =
    &'a dyn Fn(crate::training::villages::Prepared, crate::words::i18n::Lang) -> Result<(), String>;

fn pick<'s>(set: &'s StandardSet, id: &str) -> Result<&'s Standard, LoadError> {
    set.get(id).ok_or_else(|| LoadError::UnknownStandard {
        id: id.to_owned(),
        known: set.ids(),
    })
}

fn default_standard(set: &StandardSet, year: i32) -> Result<&Standard, LoadError> {
    set.default_for_year(year)
        .ok_or(LoadError::NoStandardForYear { year })
}

fn load_household(path: &Path) -> Result<HouseholdFile, LoadError> {
    let text = read_text(path)?;
    Ok(parse_household(&path.display().to_string(), &text)?)
}

/// The language asked for with `--lang`, else `RASOAT_LANG`, else Vietnamese. Looked up before
/// clap runs so that its help and errors are in that language too.
fn lang_from(args: &[OsString]) -> Lang {
    let mut it = args.iter().filter_map(|a| a.to_str());
    while let Some(a) = it.next() {
        if a == "--lang" {
            if let Some(l) = it.next().and_then(Lang::parse) {
                return l;
            }
        } else if let Some(l) = a.strip_prefix("--lang=").and_then(Lang::parse) {
            return l;
        }
    }
    std::env::var("RASOAT_LANG")
        .ok()
        .and_then(|l| Lang::parse(&l))
        .unwrap_or_default()
}

fn localized_command(t: &Texts) -> clap::Command {
    let file_help = t.get("cli-help-file");
    let json_help = t.get("cli-help-json");
    Cli::command()
        .about(t.get("cli-help-about"))
        .mut_arg("lang", |a| a.help(t.get("cli-help-lang")))
        .mut_arg("standards", |a| a.help(t.get("cli-help-standards")))
        .mut_subcommand("assess", |c| {
            c.about(t.get("cli-help-assess"))
                .mut_arg("standard", |a| a.help(t.get("cli-help-assess-standard")))
                .mut_arg("json", |a| a.help(json_help.clone()))
                .mut_arg("file", |a| a.help(file_help.clone()))
        })
        .mut_subcommand("compare", |c| {
            c.about(t.get("cli-help-compare"))
                .mut_arg("from", |a| a.help(t.get("cli-help-compare-from")))
                .mut_arg("to", |a| a.help(t.get("cli-help-compare-to")))
                .mut_arg("json", |a| a.help(json_help.clone()))
                .mut_arg("file", |a| a.help(file_help.clone()))
        })
        .mut_subcommand("check", |c| {
            c.about(t.get("cli-help-check"))
                .mut_arg("coverage", |a| a.help(t.get("cli-help-coverage")))
                .mut_arg("paths", |a| a.help(t.get("cli-help-paths")))
        })
        .mut_subcommand("standards", |c| {
            c.about(t.get("cli-help-standards-cmd"))
                .mut_arg("procedure", |a| a.help(t.get("cli-help-standards-procedure")))
        })
        .mut_subcommand("report", |c| {
            c.about(t.get("cli-help-report"))
                .mut_arg("dir", |a| a.help(t.get("cli-help-report-dir")))
                .mut_arg("csv", |a| a.help(t.get("cli-help-report-csv")))
                .mut_arg("scenarios", |a| a.help(t.get("cli-help-report-scenarios")))
        })
        .mut_subcommand("village", |c| {
            c.about(t.get("cli-help-village"))
                .mut_arg("village", |a| a.help(t.get("cli-help-village-file")))
                .mut_arg("builtin", |a| a.help(t.get("cli-help-village-builtin")))
                .mut_arg("seed", |a| a.help(t.get("cli-help-village-seed")))
                .mut_arg("standard", |a| a.help(t.get("cli-help-village-standard")))
                .mut_arg("exam", |a| a.help(t.get("cli-help-village-exam")))
                .mut_arg("results", |a| a.help(t.get("cli-help-village-results")))
                .mut_arg("list", |a| a.help(t.get("cli-help-village-list")))
        })
        .mut_subcommand("generate", |c| {
            c.about(t.get("cli-help-generate"))
                .mut_arg("seed", |a| a.help(t.get("cli-help-generate-seed")))
                .mut_arg("count", |a| a.help(t.get("cli-help-generate-count")))
                .mut_arg("standard", |a| a.help(t.get("cli-help-generate-standard")))
                .mut_arg("focus", |a| a.help(t.get("cli-help-generate-focus")))
                .mut_arg("out", |a| a.help(t.get("cli-help-generate-out")))
        })
}

/// clap's own words ("Usage:", "Options:", "Print help") in the user's language, on the command
/// and every subcommand, the built-in `help` flag and subcommand included.
fn with_clap_words(mut command: clap::Command, t: &Texts) -> clap::Command {
    command.build();
    localize_clap(command, t)
}

fn localize_clap(command: clap::Command, t: &Texts) -> clap::Command {
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        t.get("cli-clap-usage")
    );
    let (options, arguments) = (t.get("cli-clap-options"), t.get("cli-clap-arguments"));
    let mut command = command
        .help_template(template)
        .subcommand_help_heading(t.get("cli-clap-commands"))
        // `mut_args` changes the arguments in place; `mut_arg` would move one to the end, out of
        // step with the built command's index of flags.
        .mut_args(|a| {
            let heading = if a.is_positional() { &arguments } else { &options };
            // The help texts name the allowed values in the user's language.
            let mut a = a.help_heading(heading.clone()).hide_possible_values(true);
            // The placeholders (<FILE>, <DIR>…) in the user's language too.
            if let Some(names) = a.get_value_names() {
                let words: Vec<String> = names
                    .iter()
                    .map(|n| {
                        let id = format!("cli-value-{}", n.as_str().to_lowercase());
                        let word = t.get(&id);
                        if word == id { n.as_str().to_owned() } else { word }
                    })
                    .collect();
                a = a.value_names(words);
            }
            match a.get_id().as_str() {
                "help" => a.help(t.get("cli-clap-help")),
                "version" => a.help(t.get("cli-clap-version")),
                _ => a,
            }
        });
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in names {
        let help_command = name == "help";
        command = command.mut_subcommand(name, |c| {
            let c = localize_clap(c, t);
            if help_command {
                c.about(t.get("cli-clap-help-command"))
            } else {
                c
            }
        });
    }
    command
}

/// clap's fixed placeholders in a rendered help or usage, in the user's language.
fn clap_placeholders(text: &str, t: &Texts) -> String {
    text.replace("[OPTIONS]", &t.get("cli-clap-options-placeholder"))
        .replace("[COMMAND]", &t.get("cli-clap-command-placeholder"))
}

/// A command-line mistake in the user's language, with the usage line and where to read more;
/// `None` for the kinds clap words best itself (rare ones).
fn clap_error_text(e: &clap::Error, t: &Texts) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let get = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let arg = crate::rules::text::one_line(&get(ContextKind::InvalidArg));
    let value = crate::rules::text::one_line(&get(ContextKind::InvalidValue));
    let message = match e.kind() {
        ErrorKind::UnknownArgument => t.get_args("cli-clap-unknown-argument", &[("arg", arg.into())]),
        ErrorKind::InvalidSubcommand => t.get_args(
            "cli-clap-unknown-command",
            &[(
                "command",
                crate::rules::text::one_line(&get(ContextKind::InvalidSubcommand)).into(),
            )],
        ),
        ErrorKind::MissingRequiredArgument => t.get_args("cli-clap-missing", &[("args", arg.into())]),
        ErrorKind::MissingSubcommand => t.get("cli-clap-missing-command"),
        ErrorKind::InvalidValue => t.get_args(
            "cli-clap-invalid-value",
            &[
                ("arg", arg.into()),
                ("value", value.into()),
                ("allowed", get(ContextKind::ValidValue).into()),
            ],
        ),
        ErrorKind::ValueValidation
        | ErrorKind::TooManyValues
        | ErrorKind::WrongNumberOfValues
        | ErrorKind::TooFewValues => t.get_args(
            "cli-clap-bad-value",
            &[("arg", arg.into()), ("value", value.into())],
        ),
        ErrorKind::ArgumentConflict => t.get_args(
            "cli-clap-conflict",
            &[
                ("arg", arg.into()),
                (
                    "other",
                    crate::rules::text::one_line(&get(ContextKind::PriorArg)).into(),
                ),
            ],
        ),
        _ => return None,
    };
    let usage = get(ContextKind::Usage);
    let usage = usage.trim().trim_start_matches("Usage:").trim();
    let mut text = t.get_args("cli-clap-error", &[("message", message.into())]);
    text.push('\n');
    if !usage.is_empty() {
        text.push_str(&format!(
            "\n{} {}\n",
            t.get("cli-clap-usage"),
            clap_placeholders(usage, t)
        ));
    }
    text.push_str(&format!("\n{}\n", t.get("cli-clap-more")));
    Some(text)
}

/// Runs of at least this many files get a progress bar.
const PROGRESS_FROM: usize = 200;

/// A progress bar on stderr for a long run over `len` files. indicatif draws it only when stderr
/// is a terminal (never into a pipe, a file or a test's captured output), and clears it before
/// the command prints.
fn progress_bar(t: &Texts, len: usize) -> indicatif::ProgressBar {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressFinish, ProgressStyle};
    if len < PROGRESS_FROM {
        return ProgressBar::hidden();
    }
    // Cleared when dropped, whichever way the command ends.
    let bar = ProgressBar::with_draw_target(
        Some(u64::try_from(len).unwrap_or(u64::MAX)),
        ProgressDrawTarget::stderr(),
    )
    .with_finish(ProgressFinish::AndClear);
    // Braces belong to the template; the words come from Fluent.
    let words = t.get("cli-progress-files").replace(['{', '}'], "");
    if let Ok(style) = ProgressStyle::with_template(&format!("{{bar:40}} {{pos}}/{{len}} {words}")) {
        bar.set_style(style);
    }
    bar
}

/// Runs the command line with `args` (including the program name), writing to `out` and `err`.
/// Returns the exit code.
pub fn run(args: Vec<OsString>, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    run_with(args, out, err, None)
}

/// As `run`, with the means to open the village window.
pub fn run_with(
    args: Vec<OsString>,
    out: &mut dyn Write,
    err: &mut dyn Write,
    open: Option<OpenVillage<'_>>,
) -> i32 {
    let t = Texts::new(lang_from(&args));
    let mut command = with_clap_words(localized_command(&t), &t);
    let matches = match command.clone().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_INVALID } else { 0 };
            let text =
                clap_error_text(&e, &t).unwrap_or_else(|| clap_placeholders(&e.render().to_string(), &t));
            let _ = if e.use_stderr() {
                write!(err, "{text}")
            } else {
                write!(out, "{text}")
            };
            return code;
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => {
            let _ = write!(err, "{}", e.render());
            return EXIT_INVALID;
        }
    };
    let Some(cmd) = cli.command else {
        let _ = write!(
            out,
            "{}",
            clap_placeholders(&command.render_help().to_string(), &t)
        );
        return 0;
    };
    let mut buffer = String::new();
    let result = load_standards(cli.standards.as_deref()).and_then(|set| match cmd {
        Command::Assess { standard, json, file } => {
            assess_cmd(&t, &set, standard.as_deref(), json, &file, &mut buffer)
        }
        Command::Compare { from, to, json, file } => {
            compare_cmd(&t, &set, from.as_deref(), to.as_deref(), json, &file, &mut buffer)
        }
        Command::Check { coverage, paths } => check_cmd(&t, &set, &paths, coverage, &mut buffer, err),
        Command::Standards { procedure: None } => {
            standards_cmd(&t, &set, &mut buffer);
            Ok(true)
        }
        Command::Standards { procedure: Some(id) } => pick(&set, &id).map(|s| {
            for line in rasoat_core::words::procedure::procedure_lines(&t, s) {
                buffer.push_str(&line);
                buffer.push('\n');
            }
            true
        }),
        Command::Report { dir, csv, scenarios } => {
            report_cmd(&t, &set, &dir, csv, scenarios, &mut buffer, err)
        }
        Command::Generate {
            seed,
            count,
            standard,
            focus,
            out,
        } => generate_cmd(
            &t,
            &set,
            seed,
            count,
            standard.as_deref(),
            focus.as_deref(),
            out,
            &mut buffer,
        ),
        Command::Village {
            village,
            builtin,
            seed,
            standard,
            exam,
            results,
            list,
        } => {
            let req = crate::launch::Request {
                village,
                builtin,
                seed,
                standard,
                exam,
                results,
                lang: t.lang(),
            };
            village_cmd(&t, &set, &req, list, open, &mut buffer)
        }
    });
    match result {
        Ok(ok) => {
            // Whatever the files held, nothing printed can drive the terminal.
            let _ = out.write_all(crate::rules::text::escape_controls(&buffer).as_bytes());
            if ok { 0 } else { EXIT_INVALID }
        }
        Err(e) => {
            let _ = writeln!(err, "{}", crate::rules::text::escape_controls(&e.text(&t)));
            EXIT_INVALID
        }
    }
}

fn village_cmd(
    t: &Texts,
    set: &StandardSet,
    req: &crate::launch::Request,
    list: bool,
    open: Option<OpenVillage<'_>>,
    out: &mut String,
) -> Result<bool, LoadError> {
    let places = crate::store::places::Places::of_this_computer();
    if list {
        let lib = crate::store::library::read(set, None).library;
        let (villages, errors) = crate::training::villages::builtin(set, &lib);
        if let Some(e) = errors.into_iter().next() {
            return Err(e.into());
        }
        for v in villages {
            out.push_str(&t.get_args(
                "cli-village-list-line",
                &[
                    ("id", v.village.id.clone().into()),
                    ("name", crate::words::visit::village_title(t, &v).into()),
                    (
                        "place",
                        v.village.place.get(t.lang().is_english()).to_owned().into(),
                    ),
                    ("standard", v.village.standard.clone().into()),
                ],
            ));
            out.push('\n');
        }
        return Ok(true);
    }
    let launch = crate::launch::prepare(set, &places, req)?;
    let Some(open) = open else {
        return Err(LoadError::NoVillageWindow);
    };
    match open(launch, req.lang) {
        Ok(()) => Ok(true),
        Err(reason) => Err(LoadError::NoGraphics { reason }),
    }
}

fn assess_cmd(
    t: &Texts,
    set: &StandardSet,
    standard: Option<&str>,
    json: bool,
    file: &Path,
    out: &mut String,
) -> Result<bool, LoadError> {
    let hf = load_household(file)?;
    let h = &hf.household;
    let s = match standard {
        Some(id) => pick(set, id)?,
        None => default_standard(set, h.review_year)?,
    };
    let a = assess(h, s);
    if json {
        out.push_str(&serde_json::to_string(&a.contract()).unwrap_or_default());
        out.push('\n');
        return Ok(true);
    }
    let line = |out: &mut String, text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(
        out,
        t.get_args(
            "cli-assess-title",
            &[
                ("standard", explain::standard_name(t, s).into()),
                ("file", file.display().to_string().into()),
            ],
        ),
    );
    line(
        out,
        t.get_args(
            "cli-assess-class",
            &[("class", explain::outcome_name(t, &a).to_uppercase().into())],
        ),
    );
    line(
        out,
        t.get_args(
            "cli-assess-income",
            &[
                ("income", t.money(a.income.per_person_month_vnd).into()),
                ("total", t.money(a.income.annual_total_vnd).into()),
                ("members", a.income.members.into()),
            ],
        ),
    );
    line(
        out,
        t.get_args(
            "cli-assess-decided",
            &[("decision", explain::decision_text(t, &a).into())],
        ),
    );
    line(
        out,
        format!("  {}", explain::provenance(t, a.decision_provenance())),
    );
    line(out, String::new());
    line(
        out,
        t.get_args(
            "cli-assess-deprived-heading",
            &[
                ("count", a.deprivation_count().into()),
                ("total", a.indicators.len().into()),
            ],
        ),
    );
    let ind_line = |r: &crate::rules::assess::IndicatorResult<'_>| {
        format!(
            "[{}] {} — {}",
            explain::service_name(t, s, &r.indicator.service),
            explain::indicator_title(t, r.indicator),
            explain::finding_text(t, h, r)
        )
    };
    for r in a.indicators.iter().filter(|r| r.deprived) {
        line(
            out,
            format!("  {} {}", t.get("cli-assess-deprived-mark"), ind_line(r)),
        );
        let rule = explain::rule_text(t, r.indicator, h.review_year, s);
        line(
            out,
            format!(
                "      {}",
                t.get_args("cli-assess-rule", &[("rule", rule.into())])
            ),
        );
        line(
            out,
            format!("      {}", explain::provenance(t, &r.indicator.provenance)),
        );
    }
    line(out, String::new());
    line(out, t.get("cli-assess-not-deprived-heading"));
    for r in a.indicators.iter().filter(|r| !r.deprived) {
        let mark = if r.indicator.provenance.tag == Tag::P {
            format!(" ({})", explain::provisional_mark(t))
        } else {
            String::new()
        };
        line(
            out,
            format!("  {} {}{mark}", t.get("cli-assess-ok-mark"), ind_line(r)),
        );
    }
    Ok(true)
}

fn compare_cmd(
    t: &Texts,
    set: &StandardSet,
    from: Option<&str>,
    to: Option<&str>,
    json: bool,
    file: &Path,
    out: &mut String,
) -> Result<bool, LoadError> {
    let hf = load_household(file)?;
    let h = &hf.household;
    let to = match to {
        Some(id) => pick(set, id)?,
        None => default_standard(set, h.review_year)?,
    };
    let from = match from {
        Some(id) => pick(set, id)?,
        None => set
            .previous(&to.id)
            .ok_or_else(|| LoadError::NoPrevious { id: to.id.clone() })?,
    };
    let c = compare(h, from, to);
    if json {
        let value = serde_json::json!({
            "from": c.from.contract(),
            "to": c.to.contract(),
            "changes": c.changes,
        });
        out.push_str(&value.to_string());
        out.push('\n');
        return Ok(true);
    }
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(t.get_args(
        "cli-compare-title",
        &[
            ("from", from.id.clone().into()),
            ("to", to.id.clone().into()),
            ("file", file.display().to_string().into()),
        ],
    ));
    for a in [&c.from, &c.to] {
        line(t.get_args(
            "cli-compare-under",
            &[
                ("standard", explain::standard_name(t, a.standard).into()),
                ("class", explain::outcome_name(t, a).into()),
                ("count", a.deprivation_count().into()),
            ],
        ));
        line(format!("    {}", explain::decision_text(t, a)));
    }
    line(String::new());
    if c.changes.is_empty() {
        line(t.get("cli-compare-no-changes"));
    } else {
        line(t.get("cli-compare-changes-heading"));
        for ch in &c.changes {
            line(format!("  - {}", explain::change_text(t, ch, from, to)));
        }
    }
    line(String::new());
    line(t.get("cli-compare-rules-heading"));
    for ch in standard_changes(from, to) {
        let text = explain::standard_change_text(t, &ch, from, to);
        if !text.is_empty() {
            line(format!("  - {text}"));
        }
    }
    Ok(true)
}

/// Checks files and folders: households, and scenarios with their `[expected]` answers against
/// the engine and their ids unique across everything checked. Invalid files are reported on
/// `err`; the summary (and with `coverage` the coverage matrix) goes to `out`. Returns whether
/// every file is valid.
fn check_cmd(
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
                let (mut library, _) = crate::training::service::Library::builtin(set);
                for (file, sc) in &scenarios {
                    library.insert(
                        sc.clone(),
                        crate::training::service::Origin::User(PathBuf::from(file)),
                    );
                }
                match crate::training::villages::parse_village(&name, &text, set, &library) {
                    Ok(v) => {
                        // Households of another review year: a warning, the file stays valid.
                        for m in crate::training::villages::year_mismatches(&v, &library) {
                            let at = crate::rules::source::locate_problem(
                                &name,
                                &text,
                                m.path.clone(),
                                crate::rules::source::Problem::Empty,
                            );
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
                        Vec::new()
                    }
                    Err(e) => vec![explain::error_text(t, &e)],
                }
            }
            Ok(text) if is_scenario(&text) => match parse_scenario(&name, &text, set) {
                Err(e) => vec![explain::error_text(t, &e)],
                Ok(sc) => {
                    let mut problems = Vec::new();
                    if let Some((other, _)) = scenarios.iter().find(|(_, o)| o.scenario.id == sc.scenario.id)
                    {
                        let e = crate::rules::source::locate_problem(
                            &name,
                            &text,
                            "scenario.id".into(),
                            crate::rules::source::Problem::Duplicate {
                                what: sc.scenario.id.clone(),
                                other: other.clone(),
                            },
                        );
                        problems.push(explain::error_text(t, &e));
                    }
                    if let Some(standard) = sc.standard_in(set) {
                        for m in check_expected(&sc, standard) {
                            // Located at the answer key's field that disagrees.
                            let field = match &m {
                                crate::training::scenario::Mismatch::Classification { .. } => {
                                    "expected.classification"
                                }
                                crate::training::scenario::Mismatch::Income { .. } => {
                                    "expected.income_per_person_month_vnd"
                                }
                                _ => "expected.deprived",
                            };
                            let at = crate::rules::source::locate_problem(
                                &name,
                                &text,
                                field.to_owned(),
                                crate::rules::source::Problem::Empty,
                            );
                            let place = format!("{name}:{}:{}", at.line, at.column);
                            problems.push(explain::mismatch_text(t, &place, &sc, standard, &m));
                        }
                    }
                    scenarios.push((name.clone(), sc));
                    problems
                }
            },
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

fn report_cmd(
    t: &Texts,
    set: &StandardSet,
    dir: &Path,
    csv: Option<PathBuf>,
    scenarios: Option<PathBuf>,
    out: &mut String,
    err: &mut dyn Write,
) -> Result<bool, LoadError> {
    let mut bar: Option<indicatif::ProgressBar> = None;
    let (results, bad) = crate::load::read_results_counting(t, dir, &mut |done, all| {
        bar.get_or_insert_with(|| progress_bar(t, all))
            .set_position(u64::try_from(done).unwrap_or(u64::MAX));
    });
    drop(bar);
    // A folder with no results file at all is an error, not an empty report.
    if results.is_empty() && bad.is_empty() {
        return Err(LoadError::NoFiles {
            path: dir.display().to_string(),
        });
    }
    // The spreadsheet never replaces one of the files it summarises.
    if let Some(path) = &csv
        && let Ok(target) = std::fs::canonicalize(path)
        && results
            .iter()
            .any(|(file, _)| std::fs::canonicalize(file).is_ok_and(|f| f == target))
    {
        return Err(LoadError::WouldOverwriteInput {
            file: path.display().to_string(),
        });
    }
    let (mut cat, unreadable) = catalogue(set, scenarios.as_deref())?;
    for e in &unreadable {
        let _ = writeln!(err, "{}", crate::rules::text::escape_controls(&e.text(t)));
    }
    let names =
        crate::training::generate::parse_names("names.toml", crate::training::generate::BUILTIN_NAMES)?;
    cat.prepare(&results, set, &names);
    let report = crate::training::report::build(&results, |sa| cat.find(sa), set);
    out.push_str(&explain::report_text(t, &report, results.len()));
    for b in &bad {
        let _ = writeln!(err, "{}", crate::rules::text::escape_controls(b));
    }
    if let Some(path) = csv {
        crate::files::write_atomic(&path, explain::report_csv(t, &report).as_bytes()).map_err(|e| {
            LoadError::Write {
                file: path.display().to_string(),
                reason: e.to_string(),
            }
        })?;
        out.push_str(&t.get_args(
            "report-csv-written",
            &[("file", path.display().to_string().into())],
        ));
        out.push('\n');
    }
    Ok(bad.is_empty() && unreadable.is_empty())
}

#[allow(clippy::too_many_arguments)]
fn generate_cmd(
    t: &Texts,
    set: &StandardSet,
    seed: u64,
    count: u32,
    standard: Option<&str>,
    focus: Option<&str>,
    out: Option<PathBuf>,
    buffer: &mut String,
) -> Result<bool, LoadError> {
    let standard = pick(set, standard.unwrap_or(DEFAULT_STANDARD))?;
    let focus = parse_focus(standard, focus)?;
    let names =
        crate::training::generate::parse_names("names.toml", crate::training::generate::BUILTIN_NAMES)?;
    let dir = out.unwrap_or_else(|| PathBuf::from(format!("generated-{seed}")));
    // A file where the folder should be: say so, rather than the OS's "File exists" per file.
    if std::fs::metadata(&dir).is_ok_and(|m| !m.is_dir()) {
        return Err(LoadError::NotAFolder {
            path: dir.display().to_string(),
        });
    }
    let (vi, en) = (Texts::new(Lang::Vi), Texts::new(Lang::En));
    let bar = progress_bar(t, usize::try_from(count).unwrap_or(usize::MAX));
    for index in 0..count {
        bar.inc(1);
        let d = crate::training::generate::draft(seed, index, standard, &focus, &names);
        let s = crate::words::compose::scenario(&d, standard, &names, &vi, &en);
        let text = crate::training::scenario::to_toml(&s);
        let path = dir.join(crate::training::generate::file_name(seed, index));
        crate::files::write_atomic(&path, text.as_bytes()).map_err(|e| LoadError::Write {
            file: path.display().to_string(),
            reason: e.to_string(),
        })?;
    }
    buffer.push_str(&t.get_args(
        "cli-generate-done",
        &[
            ("count", count.into()),
            ("dir", dir.display().to_string().into()),
            ("seed", seed.to_string().into()),
            ("standard", standard.id.clone().into()),
        ],
    ));
    buffer.push('\n');
    Ok(true)
}

fn standards_cmd(t: &Texts, set: &StandardSet, out: &mut String) {
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    for s in set.all() {
        line(t.get_args(
            "cli-standards-title",
            &[
                ("id", s.id.clone().into()),
                ("name", explain::standard_name(t, s).into()),
            ],
        ));
        line(format!(
            "  {}",
            t.get_args("cli-standards-basis", &[("basis", s.legal_basis.clone().into())])
        ));
        // Which review years take this standard, each reading with its own source and mark.
        let mut from = s.review_years.from;
        if let Some(p) = s.periodic_only_in(from) {
            let text = t.get_args(
                "cli-standards-first-year",
                &[
                    ("year", from.to_string().into()),
                    ("next", (from + 1).to_string().into()),
                ],
            );
            line(format!("  {}", explain::with_source(t, text, p)));
            from += 1;
        }
        if from <= s.review_years.to {
            let text = t.get_args(
                "cli-standards-years",
                &[
                    ("from", from.to_string().into()),
                    ("to", s.review_years.to.to_string().into()),
                ],
            );
            let text = match s.year_provenance(from) {
                Some(p) => explain::with_source(t, text, p),
                None => text,
            };
            line(format!("  {text}"));
        }
        let areas = [
            crate::rules::household::Area::Rural,
            crate::rules::household::Area::Urban,
        ];
        for area in areas {
            let l = s.lines.for_area(area);
            line(format!(
                "  {}",
                t.get_args(
                    "cli-standards-lines",
                    &[
                        ("area", explain::area_name(t, s, area).into()),
                        ("poverty", t.money(u128::from(l.poverty)).into()),
                        ("near", t.money(u128::from(l.near_poverty.unwrap_or(0))).into()),
                        (
                            "has_near",
                            if l.near_poverty.is_some() { "yes" } else { "no" }.into()
                        ),
                    ],
                )
            ));
        }
        line(format!("  {}", explain::provenance(t, &s.lines.provenance)));
        // The average band has its own (secondary or provisional) source.
        for area in areas {
            let l = s.lines.for_area(area);
            let text = match l.average_upper.filter(|_| s.classification.average.defined) {
                Some(upper) => t.get_args(
                    "cli-standards-average",
                    &[
                        ("area", explain::area_name(t, s, area).into()),
                        ("upper", t.money(u128::from(upper)).into()),
                    ],
                ),
                None => t.get_args(
                    "cli-standards-average-unknown",
                    &[("area", explain::area_name(t, s, area).into())],
                ),
            };
            line(format!("  {text}"));
        }
        line(format!(
            "  {}",
            explain::provenance(t, &s.classification.average.provenance)
        ));
        if let Some(w) = &s.low_income_workers {
            let text = t.get_args(
                "cli-standards-low-income",
                &[
                    ("rural", t.money(u128::from(w.rural)).into()),
                    ("urban", t.money(u128::from(w.urban)).into()),
                ],
            );
            line(format!("  {}", explain::with_source(t, text, &w.provenance)));
        }
        let rule_id = match s.classification.rule {
            RuleKind::IncomeAloneOrBandAndDeprivations => "cli-standards-rule-income-alone",
            RuleKind::IncomeAndDeprivations => "cli-standards-rule-income-and-deprivations",
        };
        line(format!(
            "  {}",
            t.get_args(rule_id, &[("cutoff", s.classification.deprivation_cutoff.into())])
        ));
        if s.is_provisional() {
            line(format!("  {}", t.get("cli-standards-provisional")));
        }
        for i in &s.indicators {
            line(format!(
                "    {}",
                t.get_args(
                    "cli-standards-indicator",
                    &[
                        ("tag", format!("{:?}", i.provenance.tag).into()),
                        ("id", i.id.clone().into()),
                        ("name", explain::indicator_title(t, i).into()),
                        ("service", explain::service_name(t, s, &i.service).into()),
                        ("source", explain::provenance(t, &i.provenance).into()),
                    ],
                )
            ));
        }
        if let Some(p) = &s.procedure {
            line(format!("  {}", t.get("cli-standards-procedure")));
            line(format!(
                "    {}",
                explain::with_source(t, explain::procedure_text(t, Some(p)), &p.provenance)
            ));
            if let Some(c) = &p.calendar {
                line(format!(
                    "    {}",
                    explain::with_source(t, explain::calendar_text(t, c), c.provenance())
                ));
            }
        }
        if let Some(text) = explain::scoring_form_text(t, s) {
            line(format!("  {text}"));
        }
        line(String::new());
    }
}
