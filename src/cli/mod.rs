//! The command line: `rasoat assess | compare | check | standards`. A thin shell over the core:
//! it reads files, picks standards, and prints what `explain` words.
//!
//! Architecture invariant: no rule is decided here, and no input makes it panic: every error is
//! printed to standard error in the user's language with exit code 2, and nothing on stdout.
//!
//! This file holds the arguments, `run_with` and the dispatch to the commands, one file each
//! (`assess`, `compare`, `check`, `standards`, `report`, `generate`, `village`), and the helpers
//! they share; `localize` puts the help and clap's words in the user's language.

mod assess;
mod check;
mod classroom;
mod compare;
mod generate;
mod localize;
mod report;
mod standards;
mod village;

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{FromArgMatches, Parser, Subcommand};

use self::localize::{clap_error_text, clap_placeholders, lang_from, localized_command, with_clap_words};
use crate::load::{LoadError, load_standards, read_text};
use crate::rules::household::{HouseholdFile, parse_household};
use crate::rules::standard::{Standard, StandardSet};
use crate::words::i18n::Texts;

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
    Serve {
        #[arg(long, value_name = "ADDRESS", default_value = "127.0.0.1:8080")]
        addr: String,
        #[arg(long, value_name = "URL")]
        database: Option<String>,
        #[arg(long, value_name = "DIR")]
        web: Option<PathBuf>,
    },
    Class {
        #[command(subcommand)]
        action: ClassAction,
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

#[derive(Debug, Subcommand)]
enum ClassAction {
    New {
        #[arg(long, value_name = "URL")]
        server: String,
        #[arg(long, value_name = "ID")]
        standard: String,
        #[arg(long, value_parser = ["practice", "exam"], default_value = "practice")]
        mode: String,
        #[arg(long, value_name = "FILE")]
        set: Option<PathBuf>,
        #[arg(long, value_name = "TIME")]
        time_limit: Option<String>,
        #[arg(long, value_name = "TEXT")]
        title: Option<String>,
    },
    Export {
        #[arg(long, value_name = "URL")]
        server: String,
        #[arg(long, value_name = "CODE")]
        code: String,
        #[arg(long, value_name = "KEY")]
        key: String,
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
        dir: PathBuf,
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

/// Adds `text` and a line break to `out`.
fn line(out: &mut String, text: String) {
    out.push_str(&text);
    out.push('\n');
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
    let cli = match parse(&command, &args, &t, out, err) {
        Ok(c) => c,
        Err(code) => return code,
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
    if let Command::Serve { addr, database, web } = cmd {
        // The server prints as it goes and runs until stopped.
        let result = load_standards(cli.standards.as_deref())
            .and_then(|set| classroom::serve_cmd(&t, &set, &addr, database, web.as_deref(), out));
        return match result {
            Ok(_) => 0,
            Err(e) => {
                let _ = writeln!(err, "{}", crate::rules::text::escape_controls(&e.text(&t)));
                EXIT_INVALID
            }
        };
    }
    let result = load_standards(cli.standards.as_deref())
        .and_then(|set| dispatch(&t, &set, cmd, open, &mut buffer, err));
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

/// The arguments read with `command`; else the exit code, once the help, the version or the
/// mistake (in the user's language) is written where clap says it goes.
fn parse(
    command: &clap::Command,
    args: &[OsString],
    t: &Texts,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Cli, i32> {
    let matches = match command.clone().try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_INVALID } else { 0 };
            let text =
                clap_error_text(&e, t).unwrap_or_else(|| clap_placeholders(&e.render().to_string(), t));
            let _ = if e.use_stderr() {
                write!(err, "{text}")
            } else {
                write!(out, "{text}")
            };
            return Err(code);
        }
    };
    match Cli::from_arg_matches(&matches) {
        Ok(c) => Ok(c),
        Err(e) => {
            let _ = write!(err, "{}", e.render());
            Err(EXIT_INVALID)
        }
    }
}

/// Runs one command over the standards `set`, its output into `buffer` (printed once it
/// succeeds); `check` and `report` write their per-file problems on `err` as they go. Whether
/// every input was valid.
fn dispatch(
    t: &Texts,
    set: &StandardSet,
    cmd: Command,
    open: Option<OpenVillage<'_>>,
    buffer: &mut String,
    err: &mut dyn Write,
) -> Result<bool, LoadError> {
    match cmd {
        Command::Assess { standard, json, file } => {
            assess::assess_cmd(t, set, standard.as_deref(), json, &file, buffer)
        }
        Command::Compare { from, to, json, file } => {
            compare::compare_cmd(t, set, from.as_deref(), to.as_deref(), json, &file, buffer)
        }
        Command::Check { coverage, paths } => check::check_cmd(t, set, &paths, coverage, buffer, err),
        Command::Standards { procedure: None } => {
            standards::standards_cmd(t, set, buffer);
            Ok(true)
        }
        Command::Standards { procedure: Some(id) } => standards::procedure_cmd(t, set, &id, buffer),
        Command::Report { dir, csv, scenarios } => {
            report::report_cmd(t, set, &dir, csv, scenarios, buffer, err)
        }
        Command::Generate {
            seed,
            count,
            standard,
            focus,
            out,
        } => generate::generate_cmd(
            t,
            set,
            seed,
            count,
            standard.as_deref(),
            focus.as_deref(),
            out,
            buffer,
        ),
        Command::Serve { .. } => Ok(false),
        Command::Class {
            action:
                ClassAction::New {
                    server,
                    standard,
                    mode,
                    set: set_file,
                    time_limit,
                    title,
                },
        } => classroom::class_new_cmd(
            t,
            set,
            &server,
            &standard,
            &mode,
            set_file.as_deref(),
            time_limit.as_deref(),
            title,
            buffer,
        ),
        Command::Class {
            action:
                ClassAction::Export {
                    server,
                    code,
                    key,
                    csv,
                    dir,
                },
        } => classroom::class_export_cmd(t, &server, &code, &key, &dir, csv.as_deref(), buffer),
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
            village::village_cmd(t, set, &req, list, open, buffer)
        }
    }
}

/// The language the arguments ask for (`--lang`, else `RASOAT_LANG`, else Vietnamese), for a
/// program that words a message before the command line runs.
pub fn lang_of(args: &[std::ffi::OsString]) -> crate::words::i18n::Lang {
    localize::lang_from(args)
}
