//! `rasoat generate`: scenario files drawn from a seed, written into a folder.

use std::path::PathBuf;

use super::{pick, progress_bar};
use crate::load::{DEFAULT_STANDARD, LoadError, parse_focus};
use crate::rules::standard::StandardSet;
use crate::words::i18n::{Lang, Texts};

#[allow(clippy::too_many_arguments)]
pub(super) fn generate_cmd(
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
