//! The desktop: files, threads, native dialogs, a second process for the village.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::app::dialogs::Want;
use crate::files::ReadError;
use crate::store::places::Places;
use crate::training::service::Clock;
use crate::words::i18n::Texts;

/// The person can name files and folders of their own.
pub const FOLDERS: bool = true;

pub fn read_text(path: &Path) -> Result<String, ReadError> {
    crate::files::read_text(path)
}

pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    crate::files::write_atomic(path, contents)
}

pub fn exists(path: &Path) -> bool {
    path.exists()
}

/// The program's own folders on this computer.
pub fn places() -> Places {
    let dirs = directories::ProjectDirs::from("vn", "rasoat", "rasoat");
    Places {
        settings: dirs.as_ref().map(|d| d.config_dir().join("settings.toml")),
        scenarios: dirs.as_ref().map(|d| d.data_dir().join("scenarios")),
        results: dirs.as_ref().map(|d| d.data_dir().join("results")),
    }
}

/// Runs `f` on a thread of its own.
pub fn spawn(f: impl FnOnce() + Send + 'static) {
    std::thread::spawn(f);
}

/// `f` of each item, on all cores (rayon's pool), the results in the items' order.
pub fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
    use rayon::prelude::*;
    items.par_iter().map(f).collect()
}

/// Runs `a` and `b` at once (rayon's pool), and returns both results.
pub fn join<A: Send, B: Send>(a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B + Send) -> (A, B) {
    rayon::join(a, b)
}

/// Runs `f` after `pause`, on a thread of its own.
pub fn after(pause: Duration, f: impl FnOnce() + Send + 'static) {
    std::thread::spawn(move || {
        std::thread::sleep(pause);
        f();
    });
}

pub fn clock() -> Arc<dyn Clock> {
    Arc::new(crate::training::service::SystemClock)
}

/// Opens the native dialog, starting where the typed path points.
pub fn pick(t: &Texts, want: Want, typed: &str) -> Option<PathBuf> {
    let typed = Path::new(typed);
    let start = if typed.is_dir() {
        Some(typed.to_path_buf())
    } else {
        typed.parent().filter(|p| p.is_dir()).map(Path::to_path_buf)
    };
    let mut dialog = rfd::FileDialog::new();
    if let Some(dir) = start {
        dialog = dialog.set_directory(dir);
    }
    match want {
        Want::TomlFile => dialog
            .set_title(t.get("dialog-title-file"))
            .add_filter(t.get("dialog-filter-toml"), &["toml"])
            .pick_file(),
        Want::Folder => dialog.set_title(t.get("dialog-title-folder")).pick_folder(),
        Want::SaveCsv => {
            let name = typed
                .file_name()
                .map_or_else(|| "tong-hop.csv".to_owned(), |n| n.to_string_lossy().into_owned());
            dialog
                .set_title(t.get("dialog-title-save"))
                .add_filter(t.get("dialog-filter-csv"), &["csv"])
                .set_file_name(name)
                .save_file()
        }
    }
}

/// Starts the village: this program again, as its own process, with `args`.
pub fn open_village(args: &[String]) -> std::io::Result<()> {
    let exe = std::env::current_exe()?;
    std::process::Command::new(exe).args(args).spawn().map(|_| ())
}

/// The server that served the page: none on the desktop.
pub fn page_server() -> Option<String> {
    None
}

/// The class code in the page's address: none on the desktop.
pub fn page_class_code() -> Option<String> {
    None
}

/// Writes the class's results files into `dir`; how many, or why not, in words.
pub fn export_class(
    client: &crate::classroom::client::Client,
    code: &str,
    key: &str,
    dir: &std::path::Path,
    t: &crate::words::i18n::Texts,
) -> Result<usize, String> {
    let files = client.export(code, key).wait().map_err(|e| e.text(t))?;
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for f in &files {
        let json = serde_json::to_string_pretty(&f.results).map_err(|e| e.to_string())?;
        crate::files::write_atomic(&dir.join(&f.name), json.as_bytes())
            .map_err(|e| format!("{}: {e}", f.name))?;
    }
    if let Ok(csv) = client.export_csv(code, key).wait() {
        crate::files::write_atomic(&dir.join(format!("lop-{code}.csv")), csv.as_bytes())
            .map_err(|e| e.to_string())?;
    }
    Ok(files.len())
}
