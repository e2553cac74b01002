//! The command line's help and mistakes in the user's language: the language asked for, the
//! help texts from Fluent, and clap's own words ("Usage:", "Options:"), placeholders and errors.

use std::ffi::OsString;

use clap::CommandFactory;

use super::Cli;
use crate::words::i18n::{Lang, Texts};

/// The language asked for with `--lang`, else `RASOAT_LANG`, else Vietnamese. Looked up before
/// clap runs so that its help and errors are in that language too.
pub(super) fn lang_from(args: &[OsString]) -> Lang {
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

pub(super) fn localized_command(t: &Texts) -> clap::Command {
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
        .mut_subcommand("serve", |c| {
            c.about(t.get("cli-help-serve"))
                .mut_arg("addr", |a| a.help(t.get("cli-help-serve-addr")))
                .mut_arg("database", |a| a.help(t.get("cli-help-serve-database")))
                .mut_arg("web", |a| a.help(t.get("cli-help-serve-web")))
        })
        .mut_subcommand("class", |c| {
            c.about(t.get("cli-help-class"))
                .mut_subcommand("new", |c| {
                    c.about(t.get("cli-help-class-new"))
                        .mut_arg("server", |a| a.help(t.get("cli-help-class-server")))
                        .mut_arg("standard", |a| a.help(t.get("cli-help-class-standard")))
                        .mut_arg("mode", |a| a.help(t.get("cli-help-class-mode")))
                        .mut_arg("set", |a| a.help(t.get("cli-help-class-set")))
                        .mut_arg("time_limit", |a| a.help(t.get("cli-help-class-time-limit")))
                        .mut_arg("title", |a| a.help(t.get("cli-help-class-title")))
                })
                .mut_subcommand("export", |c| {
                    c.about(t.get("cli-help-class-export"))
                        .mut_arg("server", |a| a.help(t.get("cli-help-class-server")))
                        .mut_arg("code", |a| a.help(t.get("cli-help-class-code")))
                        .mut_arg("key", |a| a.help(t.get("cli-help-class-key")))
                        .mut_arg("csv", |a| a.help(t.get("cli-help-class-csv")))
                        .mut_arg("dir", |a| a.help(t.get("cli-help-class-dir")))
                })
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
pub(super) fn with_clap_words(mut command: clap::Command, t: &Texts) -> clap::Command {
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
pub(super) fn clap_placeholders(text: &str, t: &Texts) -> String {
    text.replace("[OPTIONS]", &t.get("cli-clap-options-placeholder"))
        .replace("[COMMAND]", &t.get("cli-clap-command-placeholder"))
        .replace("<COMMAND>", &t.get("cli-clap-command-required"))
}

/// A command-line mistake in the user's language, with the usage line and where to read more;
/// `None` for the kinds clap words best itself (rare ones).
pub(super) fn clap_error_text(e: &clap::Error, t: &Texts) -> Option<String> {
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
