//! Reading and writing files for the shells (command line and app): UTF-8 checked, byte-order
//! mark dropped, text normalised to NFC; writes are atomic (temporary file, then rename).
//!
//! Architecture invariant: the only module besides the shells that touches the file system;
//! the domain core never calls it.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// The operating system's reason (missing, no permission…).
    Io {
        file: String,
        reason: String,
    },
    /// Not UTF-8: where the first byte that is not (line and column, from 1).
    NotUtf8 {
        file: String,
        line: usize,
        column: usize,
    },
    IsFolder {
        file: String,
    },
    /// A pipe, a device or a socket: never read (it could block or never end).
    NotRegular {
        file: String,
    },
    /// Larger than `MAX_FILE_BYTES`.
    TooLarge {
        file: String,
        limit: u64,
    },
}

/// The largest file the program reads: far above any results file a training produces (a results
/// file of 40 answers is about 20 KB).
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// The largest TOML file (household, scenario, standard, set): a household of a hundred members is
/// about 20 KB, and parsing takes many times a file's size in memory.
pub const MAX_TOML_BYTES: u64 = 4 * 1024 * 1024;

/// The cap for a file: TOML files have the smaller one.
pub fn cap_for(path: &Path) -> u64 {
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("toml")) {
        MAX_TOML_BYTES
    } else {
        MAX_FILE_BYTES
    }
}

/// Reads a text file: UTF-8 required, a leading byte-order mark (Windows Notepad) dropped, and the
/// text normalised to NFC so that Vietnamese typed with any input method compares equal.
pub fn read_text(path: &Path) -> Result<String, ReadError> {
    read_text_capped(path, cap_for(path))
}

/// `read_text` with a size cap of `limit` bytes.
pub fn read_text_capped(path: &Path, limit: u64) -> Result<String, ReadError> {
    use std::io::Read;
    let file = path.display().to_string();
    let io = |e: std::io::Error| ReadError::Io {
        file: file.clone(),
        reason: e.to_string(),
    };
    // Looked at before opening: opening a pipe would block until someone writes to it.
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(ReadError::IsFolder { file });
    }
    if !meta.is_file() {
        return Err(ReadError::NotRegular { file });
    }
    let too_large = || ReadError::TooLarge {
        file: file.clone(),
        limit,
    };
    if meta.len() > limit {
        return Err(too_large());
    }
    // Read at most one byte past the limit, in case the file grew since.
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
        .map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        // The bytes before the first bad one are valid UTF-8.
        let before = std::str::from_utf8(good).unwrap_or_default();
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        ReadError::NotUtf8 { file, line, column }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    Ok(crate::rules::text::nfc(text))
}

/// Writes `contents` to `path` atomically: a temporary file in the same folder is written,
/// flushed to disk and renamed over `path`, so a crash leaves either the old or the new file.
pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let mut w = AtomicWrite::new(path, contents);
    while w.step()?.is_some() {}
    Ok(())
}

/// The steps of an atomic write, one at a time (so that tests can stop after any of them, as a
/// crash or a power cut would). The temporary file is created next to the target with a name no
/// one can predict and with exclusive creation, so a link planted in the folder is never followed;
/// if the write stops half-way, the temporary file is removed (a process killed outright may leave
/// one behind: its name ends in `.tmp`, which no folder walk of the program reads).
pub struct AtomicWrite {
    target: PathBuf,
    dir: PathBuf,
    name: String,
    contents: Vec<u8>,
    tmp: Option<tempfile::NamedTempFile>,
    done: usize,
}

/// What the last `AtomicWrite::step` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The folder exists and the temporary file was created (empty).
    Created,
    /// Half of the contents is in the temporary file.
    HalfWritten,
    /// All of it is.
    Written,
    /// The temporary file is flushed to disk.
    Synced,
    /// The temporary file replaced the target.
    Renamed,
}

impl AtomicWrite {
    pub fn new(path: &Path, contents: &[u8]) -> Self {
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Self {
            target: path.to_path_buf(),
            dir: dir.to_path_buf(),
            name,
            contents: contents.to_vec(),
            tmp: None,
            done: 0,
        }
    }

    fn tmp(&mut self) -> std::io::Result<&mut tempfile::NamedTempFile> {
        self.tmp
            .as_mut()
            .ok_or_else(|| std::io::Error::other("temporary file not open"))
    }

    /// Does the next step; `None` once the write is complete.
    pub fn step(&mut self) -> std::io::Result<Option<Step>> {
        let half = self.contents.len() / 2;
        let step = match self.done {
            0 => {
                std::fs::create_dir_all(&self.dir)?;
                self.tmp = Some(
                    tempfile::Builder::new()
                        .prefix(&format!(".{}.", self.name))
                        .suffix(".tmp")
                        .tempfile_in(&self.dir)?,
                );
                Step::Created
            }
            1 => {
                let part = self.contents[..half].to_vec();
                self.tmp()?.write_all(&part)?;
                Step::HalfWritten
            }
            2 => {
                let part = self.contents[half..].to_vec();
                self.tmp()?.write_all(&part)?;
                Step::Written
            }
            3 => {
                self.tmp()?.as_file().sync_all()?;
                Step::Synced
            }
            4 => {
                let tmp = self
                    .tmp
                    .take()
                    .ok_or_else(|| std::io::Error::other("temporary file not open"))?;
                // On failure the temporary file is dropped, hence removed.
                tmp.persist(&self.target).map_err(|e| e.error)?;
                Step::Renamed
            }
            _ => return Ok(None),
        };
        self.done += 1;
        Ok(Some(step))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_leaves_no_temporary_file() {
        let dir = std::env::temp_dir().join(format!("rasoat-files-{}", std::process::id()));
        let path = dir.join("a.toml");
        write_atomic(&path, b"one").expect("write");
        write_atomic(&path, "hai – hộ nghèo".as_bytes()).expect("rewrite");
        assert_eq!(read_text(&path).expect("read"), "hai – hộ nghèo");
        let names: Vec<_> = std::fs::read_dir(&dir)
            .expect("dir")
            .map(|e| e.expect("e").file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
