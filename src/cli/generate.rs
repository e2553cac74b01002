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
    // Each household has its own random stream (seed and index): a block of them is made on every
    // core, then written (see `files::write_atomic_all`: the files of a block are flushed to disk
    // together and put in place in order).
    for start in (0..count).step_by(BLOCK) {
        let block: Vec<u32> = (start..count.min(start.saturating_add(BLOCK as u32))).collect();
        let files = crate::platform::par_map(&block, |&index| {
            let d = crate::training::generate::draft(seed, index, standard, &focus, &names);
            let s = crate::words::compose::scenario(&d, standard, &names, &vi, &en);
            let text = crate::training::scenario::to_toml(&s);
            (
                dir.join(crate::training::generate::file_name(seed, index)),
                text.into_bytes(),
            )
        });
        crate::files::write_atomic_all(&files).map_err(|(i, e)| LoadError::Write {
            file: files[i].0.display().to_string(),
            reason: e.to_string(),
        })?;
        bar.inc(block.len() as u64);
    }
    drop(bar);
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

/// Files made and written at a time.
const BLOCK: usize = 1024;
