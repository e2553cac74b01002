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
    NotUtf8 {
        file: String,
    },
    IsFolder {
        file: String,
    },
}

/// Reads a text file: UTF-8 required, a leading byte-order mark (Windows Notepad) dropped, and the
/// text normalised to NFC so that Vietnamese typed with any input method compares equal.
pub fn read_text(path: &Path) -> Result<String, ReadError> {
    let file = path.display().to_string();
    if path.is_dir() {
        return Err(ReadError::IsFolder { file });
    }
    let bytes = std::fs::read(path).map_err(|e| ReadError::Io {
        file: file.clone(),
        reason: e.to_string(),
    })?;
    let text = String::from_utf8(bytes).map_err(|_| ReadError::NotUtf8 { file })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    Ok(crate::text::nfc(text))
}

/// Writes `contents` to `path` atomically: a temporary file in the same folder is written,
/// flushed to disk and renamed over `path`, so a crash leaves either the old or the new file.
pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let mut w = AtomicWrite::new(path, contents);
    while w.step()?.is_some() {}
    Ok(())
}

/// The steps of an atomic write, one at a time (so that tests can stop after any of them, as a
/// crash or a power cut would).
pub struct AtomicWrite {
    target: PathBuf,
    tmp: PathBuf,
    contents: Vec<u8>,
    file: Option<std::fs::File>,
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
            tmp: dir.join(format!(".{name}.{}.tmp", std::process::id())),
            contents: contents.to_vec(),
            file: None,
            done: 0,
        }
    }

    /// Does the next step; `None` once the write is complete.
    pub fn step(&mut self) -> std::io::Result<Option<Step>> {
        let half = self.contents.len() / 2;
        let step = match self.done {
            0 => {
                if let Some(dir) = self.tmp.parent() {
                    std::fs::create_dir_all(dir)?;
                }
                self.file = Some(std::fs::File::create(&self.tmp)?);
                Step::Created
            }
            1 => {
                let file = self
                    .file
                    .as_mut()
                    .ok_or_else(|| std::io::Error::other("temporary file not open"))?;
                file.write_all(&self.contents[..half])?;
                Step::HalfWritten
            }
            2 => {
                let file = self
                    .file
                    .as_mut()
                    .ok_or_else(|| std::io::Error::other("temporary file not open"))?;
                file.write_all(&self.contents[half..])?;
                Step::Written
            }
            3 => {
                if let Some(file) = self.file.take() {
                    file.sync_all()?;
                }
                Step::Synced
            }
            4 => {
                std::fs::rename(&self.tmp, &self.target).inspect_err(|_| {
                    let _ = std::fs::remove_file(&self.tmp);
                })?;
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
