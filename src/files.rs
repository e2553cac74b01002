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
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp: PathBuf = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(contents)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
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
