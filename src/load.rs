//! Loading what the shells read from disk — standards, households, scenarios, results files and
//! trainers' folders — with one error type that words itself through Fluent, and the one folder
//! walk of the program. Shared by the command line and the desktop app (neither imports the other).
//!
//! Architecture invariant: reads files and hands their text to the core's parsers; decides
//! nothing, prints nothing.

use std::path::{Path, PathBuf};

use fluent_bundle::FluentValue;

use crate::files::ReadError;
use crate::rules::source::FormatError;
use crate::rules::standard::{Standard, StandardSet};
use crate::training::scenario::Scenario;
use crate::words::explain;
use crate::words::i18n::Texts;

/// An error the user must see; worded through Fluent.
#[derive(Debug)]
pub enum LoadError {
    Format(Box<FormatError>),
    /// A file or folder that could not be read (see `files::ReadError`).
    File(ReadError),
    UnknownStandard {
        id: String,
        known: Vec<String>,
    },
    NoStandardForYear {
        year: i32,
    },
    NoPrevious {
        id: String,
    },
    NoFiles {
        path: String,
    },
    UnknownFocus {
        focus: String,
        allowed: Vec<String>,
    },
    Write {
        file: String,
        reason: String,
    },
    /// The classroom server refused or could not be reached; the message is worded.
    Classroom {
        message: String,
    },
    /// `--out` names something that exists and is not a folder.
    NotAFolder {
        path: String,
    },
    /// `--csv` names a file the command reads.
    WouldOverwriteInput {
        file: String,
    },
    /// The village needs a graphics driver (Vulkan, Metal or DirectX 12) and found none.
    NoGraphics {
        reason: String,
    },
    /// This program cannot open windows (the test programs).
    NoVillageWindow,
    /// `--builtin` names no built-in village.
    UnknownVillage {
        id: String,
        known: Vec<String>,
    },
}

impl LoadError {
    pub fn text(&self, t: &Texts) -> String {
        let s = |x: &String| FluentValue::from(x.clone());
        match self {
            LoadError::Format(e) => explain::error_text(t, e),
            LoadError::File(ReadError::Io { file, reason }) => {
                t.get_args("cli-error-read", &[("file", s(file)), ("reason", s(reason))])
            }
            LoadError::File(ReadError::NotUtf8 { file, line, column }) => t.get_args(
                "cli-error-not-utf8",
                &[
                    ("file", s(file)),
                    ("line", line.to_string().into()),
                    ("column", column.to_string().into()),
                ],
            ),
            LoadError::File(ReadError::IsFolder { file }) => {
                t.get_args("cli-error-not-a-file", &[("file", s(file))])
            }
            LoadError::File(ReadError::NotRegular { file }) => {
                t.get_args("cli-error-not-regular", &[("file", s(file))])
            }
            LoadError::File(ReadError::TooLarge { file, limit }) => t.get_args(
                "cli-error-too-large",
                &[
                    ("file", s(file)),
                    ("mb", (limit / (1024 * 1024)).to_string().into()),
                ],
            ),
            LoadError::UnknownStandard { id, known } => t.get_args(
                "cli-error-unknown-standard",
                &[("id", s(id)), ("known", known.join(", ").into())],
            ),
            LoadError::NoStandardForYear { year } => t.get_args(
                "cli-error-no-standard-for-year",
                &[("year", year.to_string().into())],
            ),
            LoadError::NoPrevious { id } => t.get_args("cli-error-no-previous", &[("id", s(id))]),
            LoadError::NoFiles { path } => t.get_args("cli-error-no-files", &[("path", s(path))]),
            LoadError::UnknownFocus { focus, allowed } => t.get_args(
                "cli-error-unknown-focus",
                &[("focus", s(focus)), ("allowed", allowed.join(", ").into())],
            ),
            LoadError::NotAFolder { path } => t.get_args("cli-error-not-a-folder", &[("path", s(path))]),
            LoadError::WouldOverwriteInput { file } => {
                t.get_args("cli-error-overwrite-input", &[("file", s(file))])
            }
            LoadError::NoGraphics { reason } => t.get_args("cli-error-no-graphics", &[("reason", s(reason))]),
            LoadError::NoVillageWindow => t.get("cli-error-no-village-window"),
            LoadError::UnknownVillage { id, known } => t.get_args(
                "cli-error-unknown-village",
                &[("id", s(id)), ("known", s(&known.join(", ")))],
            ),
            LoadError::Classroom { message } => message.clone(),
            LoadError::Write { file, reason } => {
                t.get_args("cli-error-write", &[("file", s(file)), ("reason", s(reason))])
            }
        }
    }
}

impl From<FormatError> for LoadError {
    fn from(e: FormatError) -> Self {
        LoadError::Format(Box::new(e))
    }
}

/// Reads a text file (see `files::read_text`), with the errors worded for the command line.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    crate::files::read_text(path).map_err(LoadError::from)
}

impl From<ReadError> for LoadError {
    fn from(e: ReadError) -> Self {
        LoadError::File(e)
    }
}

/// The standards to use: the built-in ones, or every `*.toml` in `dir`.
pub fn load_standards(dir: Option<&Path>) -> Result<StandardSet, LoadError> {
    let Some(dir) = dir else {
        return Ok(StandardSet::builtin()?);
    };
    let files = toml_files(dir)?;
    let mut texts = Vec::new();
    for f in files {
        texts.push((f.display().to_string(), read_text(&f)?));
    }
    Ok(StandardSet::from_texts(texts)?)
}

/// Every `*.toml` file below `path` (or `path` itself), sorted for stable output; an error when
/// there is none.
pub fn toml_files(path: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let out = files_below(path, "toml")?;
    if out.is_empty() {
        return Err(LoadError::NoFiles {
            path: path.display().to_string(),
        });
    }
    Ok(out)
}

/// Every file with this extension below `path`, or `path` itself when it is a file, sorted. The
/// one folder walk of the program: the CLI, the app and the report all call it.
pub fn files_below(path: &Path, extension: &str) -> Result<Vec<PathBuf>, LoadError> {
    let mut out = Vec::new();
    collect(path, extension, &mut out)?;
    Ok(out)
}

fn collect(path: &Path, extension: &str, out: &mut Vec<PathBuf>) -> Result<(), LoadError> {
    // The path the user named is followed (it may be a link); inside it, nothing is.
    if !path.is_dir() {
        if !path.exists() {
            return Err(LoadError::File(ReadError::Io {
                file: path.display().to_string(),
                reason: std::io::Error::from(std::io::ErrorKind::NotFound).to_string(),
            }));
        }
        out.push(path.to_path_buf());
        return Ok(());
    }
    walk(path, extension, out)
}

/// The files of a folder and its subfolders. Symbolic links to folders are not followed (a link
/// to `.` would make the walk endless); links to files are read only when they lead to a regular
/// file; special files (pipes, devices, sockets) are skipped.
fn walk(dir: &Path, extension: &str, out: &mut Vec<PathBuf>) -> Result<(), LoadError> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        LoadError::File(ReadError::Io {
            file: dir.display().to_string(),
            reason: e.to_string(),
        })
    })?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let Ok(meta) = std::fs::symlink_metadata(&p) else {
            continue;
        };
        let kind = meta.file_type();
        if kind.is_dir() {
            walk(&p, extension, out)?;
        } else if p.extension().is_some_and(|e| e == extension)
            && (kind.is_file() || (kind.is_symlink() && std::fs::metadata(&p).is_ok_and(|m| m.is_file())))
        {
            out.push(p);
        }
    }
    Ok(())
}

/// Results files at a time when scoring a folder: enough to keep every core busy, few enough that
/// the parsed files held at once stay small (a file of 40 answers is about 20 KB of text).
const RESULTS_BLOCK: usize = 256;

/// Reads, parses and scores results files on every core, a block at a time, and hands each scored
/// file to `each` in the files' order (so the totals come out as from one file after the other);
/// `each` takes a block while the next is read and scored, and only those two blocks are held at
/// once. The generated scenarios they answered are made again into `catalogue` first (with
/// `names`). `progress` is told how many files are done. Returns the files that could not be read
/// or parsed, worded, in order; stops at `each`'s first error.
pub fn score_results(
    t: &Texts,
    files: &[PathBuf],
    standards: &StandardSet,
    catalogue: &mut crate::training::report::Catalogue,
    names: Option<&crate::training::generate::Names>,
    progress: &mut dyn FnMut(usize),
    each: &mut (dyn FnMut(&Path, crate::training::report::FileScore<'_>) -> Result<(), LoadError> + Send),
) -> Result<Vec<String>, LoadError> {
    let hashes = crate::training::report::Hashes::default();
    let mut bad = Vec::new();
    let mut pending = Vec::new();
    let mut done = 0;
    for block in files.chunks(RESULTS_BLOCK) {
        let (taken, (scored, unread)) = crate::platform::join(
            || take(std::mem::take(&mut pending), &mut *each),
            || score_block(t, block, standards, &mut *catalogue, names, &hashes),
        );
        taken?;
        progress(done);
        done += block.len();
        pending = scored;
        bad.extend(unread);
    }
    take(pending, each)?;
    progress(done);
    Ok(bad)
}

/// Hands scored files to `each`, in order.
fn take(
    scored: Vec<(&Path, crate::training::report::FileScore<'_>)>,
    each: &mut (dyn FnMut(&Path, crate::training::report::FileScore<'_>) -> Result<(), LoadError> + Send),
) -> Result<(), LoadError> {
    for (f, s) in scored {
        each(f, s)?;
    }
    Ok(())
}

/// Reads, parses and scores a block of results files on every core: the files scored, and those
/// that could not be read or parsed, worded.
#[allow(clippy::type_complexity)]
fn score_block<'f, 's>(
    t: &Texts,
    block: &'f [PathBuf],
    standards: &'s StandardSet,
    catalogue: &mut crate::training::report::Catalogue,
    names: Option<&crate::training::generate::Names>,
    hashes: &crate::training::report::Hashes,
) -> (
    Vec<(&'f Path, crate::training::report::FileScore<'s>)>,
    Vec<String>,
) {
    use crate::training::session::{Results, parse_results};
    let parsed = crate::platform::par_map(block, |f| {
        let name = f.display().to_string();
        let text = read_text(f).map_err(|e| e.text(t))?;
        parse_results(&name, &text)
            .map(|r| (name, r))
            .map_err(|e| explain::error_text(t, &e))
    });
    let mut ok: Vec<(String, Results)> = Vec::with_capacity(parsed.len());
    let mut paths = Vec::with_capacity(parsed.len());
    let mut bad = Vec::new();
    for (f, p) in block.iter().zip(parsed) {
        match p {
            Ok(r) => {
                ok.push(r);
                paths.push(f.as_path());
            }
            Err(e) => bad.push(e),
        }
    }
    if let Some(names) = names {
        catalogue.prepare(&ok, standards, names);
    }
    let cat = &*catalogue;
    let scored = crate::platform::par_map(&ok, |(name, r)| {
        crate::training::report::score_file(name, r, |sa| cat.find(sa), standards, hashes)
    });
    (paths.into_iter().zip(scored).collect(), bad)
}

/// The scenarios results may refer to: the built-in library and, optionally, a trainers' folder.
/// The folder of scenarios given must exist and be readable (a mistyped `--scenarios` is an
/// error, not ignored); the files in it that cannot be read are returned to be shown.
pub fn catalogue(
    set: &StandardSet,
    extra: Option<&Path>,
) -> Result<(crate::training::report::Catalogue, Vec<LoadError>), LoadError> {
    let (mut scenarios, _) = crate::training::builtin::scenarios(set);
    let mut bad = Vec::new();
    if let Some(dir) = extra {
        files_below(dir, "toml")?;
        let (found, errors) = user_scenarios(dir, set);
        bad = errors;
        for (_, s) in found {
            scenarios.retain(|o| o.scenario.id != s.scenario.id);
            scenarios.push(s);
        }
    }
    Ok((crate::training::report::Catalogue::new(scenarios), bad))
}

/// The standard the generator and the app use when none is named.
pub const DEFAULT_STANDARD: &str = "2022-2025";

/// Checks a focus against a standard: `any`, `boundary` or one of its indicator ids.
pub fn parse_focus(
    standard: &Standard,
    focus: Option<&str>,
) -> Result<crate::training::generate::Focus, LoadError> {
    let focus = crate::training::generate::Focus::parse(focus.unwrap_or("any"));
    if let crate::training::generate::Focus::Indicator(id) = &focus
        && standard.indicator(id).is_none()
    {
        let mut allowed = vec!["any".to_owned(), "boundary".to_owned()];
        allowed.extend(standard.indicators.iter().map(|i| i.id.clone()));
        return Err(LoadError::UnknownFocus {
            focus: id.clone(),
            allowed,
        });
    }
    Ok(focus)
}

/// The scenarios of a trainers' folder, each with its file, and the files that could not be read
/// or parsed.
pub fn user_scenarios(dir: &Path, set: &StandardSet) -> (Vec<(PathBuf, Scenario)>, Vec<LoadError>) {
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    match files_below(dir, "toml") {
        Err(e) => bad.push(e),
        Ok(files) => {
            for f in files {
                let parsed = read_text(&f).and_then(|text| {
                    crate::training::scenario::parse_scenario(&f.display().to_string(), &text, set)
                        .map_err(LoadError::from)
                });
                match parsed {
                    Ok(s) => ok.push((f, s)),
                    Err(e) => bad.push(e),
                }
            }
        }
    }
    (ok, bad)
}
