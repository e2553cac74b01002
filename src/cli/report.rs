//! `rasoat report`: a folder of trainees' results summarised, and optionally as a spreadsheet.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::progress_bar;
use crate::load::{LoadError, catalogue};
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
