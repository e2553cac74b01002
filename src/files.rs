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
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    Ok(crate::rules::text::nfc_owned(text))
}

/// Writes `contents` to `path` atomically: a temporary file in the same folder is written,
/// flushed to disk and renamed over `path`, so a crash leaves either the old or the new file.
pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let mut w = AtomicWrite::new(path, contents);
    while w.step()?.is_some() {}
    Ok(())
}

/// Writes many files, each atomically as `write_atomic` does, and in their order: all are written
/// to temporary files first (on every core), flushed to disk together, then renamed over their
/// targets one after the other. Flushing file by file costs a round trip to the disk each —
/// seconds for a thousand files on a slow one; on Linux one `syncfs` of the file system flushes
/// them all (elsewhere each file is flushed as it is written, several at once). A crash leaves
/// each target as it was or whole.
///
/// Stops at the first file that cannot be written: the files before it are in place, it and the
/// ones after are not, as when written one by one. Its position and the error are returned.
pub fn write_atomic_all(files: &[(PathBuf, Vec<u8>)]) -> Result<(), (usize, std::io::Error)> {
    let written = crate::platform::par_map(files, |(path, contents)| {
        write_temporary(path, contents, !cfg!(target_os = "linux"))
    });
    let ready = written.iter().position(Result::is_err).unwrap_or(files.len());
    sync_together(&files[..ready]).map_err(|e| (0, e))?;
    for (i, (w, (path, _))) in written.into_iter().zip(files).enumerate() {
        let tmp = w.map_err(|e| (i, e))?;
        tmp.persist(path).map_err(|e| (i, e.error))?;
    }
    Ok(())
}

/// Flushes to disk the file systems `files` are written in: one `syncfs` each.
#[cfg(target_os = "linux")]
fn sync_together(files: &[(PathBuf, Vec<u8>)]) -> std::io::Result<()> {
    let mut dirs: Vec<&Path> = files.iter().map(|(p, _)| folder_of(p)).collect();
    dirs.dedup();
    for d in dirs {
        rustix::fs::syncfs(std::fs::File::open(d)?)?;
    }
    Ok(())
}

/// Elsewhere each file was flushed as it was written.
#[cfg(not(target_os = "linux"))]
fn sync_together(_: &[(PathBuf, Vec<u8>)]) -> std::io::Result<()> {
    Ok(())
}

/// The folder a file is written in.
fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// `contents` in a temporary file next to `path` (as `AtomicWrite` makes it), closed, flushed to
/// disk if `sync`; removed if dropped.
fn write_temporary(path: &Path, contents: &[u8], sync: bool) -> std::io::Result<tempfile::TempPath> {
    let mut tmp = temporary_beside(path)?;
    tmp.write_all(contents)?;
    if sync {
        tmp.as_file().sync_all()?;
    }
    Ok(tmp.into_temp_path())
}

/// A new temporary file in the folder of `path` (made if missing), named after it with a part no
/// one can predict, created exclusively (a link planted in the folder is never followed), ending
/// in `.tmp` (which no folder walk of the program reads); removed if dropped.
fn temporary_beside(path: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let dir = folder_of(path);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    std::fs::create_dir_all(dir)?;
    tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
}

/// A file written piece by piece and put in place whole by `commit`, as `write_atomic` does: until
/// then the target is untouched, and dropped without `commit` the temporary file is removed. For
/// outputs too large to hold in memory (a province's spreadsheet).
pub struct AtomicFile {
    target: PathBuf,
    tmp: std::io::BufWriter<tempfile::NamedTempFile>,
}

impl AtomicFile {
    pub fn create(path: &Path) -> std::io::Result<Self> {
        Ok(Self {
            target: path.to_path_buf(),
            tmp: std::io::BufWriter::with_capacity(256 * 1024, temporary_beside(path)?),
        })
    }

    /// Flushes the file to disk and renames it over the target.
    pub fn commit(self) -> std::io::Result<()> {
        let tmp = self
            .tmp
            .into_inner()
            .map_err(std::io::IntoInnerError::into_error)?;
        tmp.as_file().sync_all()?;
        tmp.persist(&self.target).map_err(|e| e.error)?;
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.tmp.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.tmp.flush()
    }
}

/// The steps of an atomic write, one at a time (so that tests can stop after any of them, as a
/// crash or a power cut would). The temporary file is created next to the target with a name no
/// one can predict and with exclusive creation, so a link planted in the folder is never followed;
/// if the write stops half-way, the temporary file is removed (a process killed outright may leave
/// one behind: its name ends in `.tmp`, which no folder walk of the program reads).
pub struct AtomicWrite {
    target: PathBuf,
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
        Self {
            target: path.to_path_buf(),
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
                self.tmp = Some(temporary_beside(&self.target)?);
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

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .expect("dir")
            .map(|e| e.expect("e").file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn many_files_are_written_whole_in_order_up_to_the_first_that_fails() {
        let dir = std::env::temp_dir().join(format!("rasoat-files-all-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let files: Vec<(PathBuf, Vec<u8>)> = (0..5)
            .map(|i| (dir.join(format!("{i}.toml")), format!("tệp {i}").into_bytes()))
            .collect();
        write_atomic_all(&files).expect("written");
        write_atomic_all(&files[1..3]).expect("written again over them");
        assert_eq!(names(&dir), ["0.toml", "1.toml", "2.toml", "3.toml", "4.toml"]);
        assert_eq!(read_text(&dir.join("3.toml")).expect("read"), "tệp 3");
        // The third target is a folder: the two before it are written, it and the rest are not,
        // and no temporary file is left.
        let other = dir.join("other");
        std::fs::create_dir_all(other.join("c.toml")).expect("a folder in the way");
        let files: Vec<(PathBuf, Vec<u8>)> = ["a", "b", "c", "d"]
            .iter()
            .map(|n| (other.join(format!("{n}.toml")), n.as_bytes().to_vec()))
            .collect();
        let (at, _) = write_atomic_all(&files).expect_err("the folder is in the way");
        assert_eq!(at, 2);
        assert_eq!(names(&other), ["a.toml", "b.toml", "c.toml"]);
        assert!(other.join("c.toml").is_dir());
        let _ = std::fs::remove_dir_all(&dir);
    }

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
