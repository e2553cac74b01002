//! `rasoat report`: a folder of trainees' results summarised, and optionally as a spreadsheet.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::progress_bar;
use crate::load::{LoadError, catalogue, files_below};
use crate::rules::standard::StandardSet;
use crate::words::explain;
use crate::words::i18n::Texts;

pub(super) fn report_cmd(
    t: &Texts,
    set: &StandardSet,
    dir: &Path,
    csv: Option<PathBuf>,
    scenarios: Option<PathBuf>,
    out: &mut String,
    err: &mut dyn Write,
) -> Result<bool, LoadError> {
    let (files, unlisted) = match files_below(dir, "json") {
        Ok(files) => (files, None),
        Err(e) => (Vec::new(), Some(e.text(t))),
    };
    // A folder with no results file at all is an error, not an empty report.
    if files.is_empty() && unlisted.is_none() {
        return Err(LoadError::NoFiles {
            path: dir.display().to_string(),
        });
    }
    // The spreadsheet never replaces one of the files it summarises.
    if let Some(path) = &csv
        && let Ok(target) = std::fs::canonicalize(path)
        && summarises(&files, &target)
    {
        return Err(LoadError::WouldOverwriteInput {
            file: path.display().to_string(),
        });
    }
    let (mut cat, unreadable) = catalogue(set, scenarios.as_deref())?;
    let names =
        crate::training::generate::parse_names("names.toml", crate::training::generate::BUILTIN_NAMES)?;
    // The spreadsheet is written as the files are scored, into a temporary file that replaces the
    // target at the end. The first error writing it is kept and told once the report is made.
    let mut sheet = csv
        .as_deref()
        .map(|path| crate::files::AtomicFile::create(path).map(|file| explain::AnswerSheet::new(t, file)));
    let bar = progress_bar(t, files.len());
    let mut builder = crate::training::report::Builder::default();
    let mut parsed = 0usize;
    let bad = crate::load::score_results(
        t,
        &files,
        set,
        &mut cat,
        Some(&names),
        &mut |done| bar.set_position(u64::try_from(done).unwrap_or(u64::MAX)),
        &mut |_, scored| {
            parsed += 1;
            let answered = builder.add(scored);
            if let Some(Ok(w)) = &mut sheet
                && let Err(e) = w.answered(&answered)
            {
                sheet = Some(Err(e.into()));
            }
            Ok(())
        },
    )?;
    drop(bar);
    let bad: Vec<String> = unlisted.into_iter().chain(bad).collect();
    for e in &unreadable {
        let _ = writeln!(err, "{}", crate::rules::text::escape_controls(&e.text(t)));
    }
    let report = builder.finish();
    out.push_str(&explain::report_text(t, &report, parsed));
    for b in &bad {
        let _ = writeln!(err, "{}", crate::rules::text::escape_controls(b));
    }
    if let (Some(path), Some(sheet)) = (csv, sheet) {
        sheet
            .and_then(explain::AnswerSheet::into_inner)
            .and_then(crate::files::AtomicFile::commit)
            .map_err(|e| LoadError::Write {
                file: path.display().to_string(),
                reason: e.to_string(),
            })?;
        out.push_str(&t.get_args(
            "report-csv-written",
            &[("file", path.display().to_string().into())],
        ));
        out.push('\n');
    }
    Ok(bad.is_empty() && unreadable.is_empty())
}

/// Whether `target` is one of the results files summarised: one of `files` that is a results file
/// (a file that does not parse as one is not summarised, and may be replaced).
fn summarises(files: &[PathBuf], target: &Path) -> bool {
    crate::platform::par_map(files, |f| {
        std::fs::canonicalize(f).is_ok_and(|f| f == target)
            && crate::load::read_text(f).is_ok_and(|text| {
                crate::training::session::parse_results(&f.display().to_string(), &text).is_ok()
            })
    })
    .contains(&true)
}
