//! The browser: the settings and the results file in the browser's storage (`localStorage`,
//! which outlives a reload and a closed tab), timers instead of threads, no folders, no dialogs,
//! no village; the server is the one that served the page.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::app::dialogs::Want;
use crate::files::ReadError;
use crate::store::places::Places;
use crate::training::service::Clock;
use crate::words::i18n::Texts;

/// No files or folders of the person's own in a web page.
pub const FOLDERS: bool = false;

/// Keys of the browser's storage start with this.
const PREFIX: &str = "rasoat:";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn key(path: &Path) -> String {
    format!("{PREFIX}{}", path.display())
}

pub fn read_text(path: &Path) -> Result<String, ReadError> {
    let file = path.display().to_string();
    let missing = |reason: &str| ReadError::Io {
        file: file.clone(),
        reason: reason.to_owned(),
    };
    let store = storage().ok_or_else(|| missing("no browser storage"))?;
    match store.get_item(&key(path)) {
        Ok(Some(text)) => Ok(crate::rules::text::nfc(&text)),
        Ok(None) => Err(missing("not found")),
        Err(_) => Err(missing("browser storage refused")),
    }
}

/// One `setItem`: the browser stores it whole or not at all.
pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let other = |m: &str| std::io::Error::other(m.to_owned());
    let text = std::str::from_utf8(contents).map_err(|_| other("not UTF-8"))?;
    let store = storage().ok_or_else(|| other("no browser storage"))?;
    store
        .set_item(&key(path), text)
        .map_err(|_| other("the browser's storage is full or refused"))
}

pub fn exists(path: &Path) -> bool {
    storage().is_some_and(|s| s.get_item(&key(path)).ok().flatten().is_some())
}

/// The settings and the results, as keys of the browser's storage.
pub fn places() -> Places {
    Places {
        settings: Some(PathBuf::from("settings.toml")),
        scenarios: None,
        results: Some(PathBuf::from("results")),
    }
}

/// No threads in the page: `f` runs now.
pub fn spawn(f: impl FnOnce() + Send + 'static) {
    f();
}

/// `f` of each item, one after the other (the page has one thread), in the items' order.
pub fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
    items.iter().map(f).collect()
}

/// Runs `a`, then `b` (the page has one thread), and returns both results.
pub fn join<A: Send, B: Send>(a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B + Send) -> (A, B) {
    (a(), b())
}

/// Runs `f` after `pause` (the browser's timer).
pub fn after(pause: Duration, f: impl FnOnce() + Send + 'static) {
    let Some(window) = web_sys::window() else { return };
    let cb = Closure::once_into_js(f);
    let ms = i32::try_from(pause.as_millis()).unwrap_or(i32::MAX);
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), ms);
}

/// The browser's clock.
struct PageClock;

impl Clock for PageClock {
    fn now(&self) -> u64 {
        (js_sys::Date::now() / 1000.0) as u64
    }
}

pub fn clock() -> Arc<dyn Clock> {
    Arc::new(PageClock)
}

/// No file dialogs in the page (the buttons are not shown: `FOLDERS`).
pub fn pick(_t: &Texts, _want: Want, _typed: &str) -> Option<PathBuf> {
    None
}

/// The village needs the desktop program.
pub fn open_village(_args: &[String]) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}

/// The server that served the page (`http://host:port`).
pub fn page_server() -> Option<String> {
    web_sys::window()?.location().origin().ok()
}

/// The class code in the page's address (`/?lop=ABC123`).
pub fn page_class_code() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get("lop").filter(|c| !c.trim().is_empty())
}

/// No folders to write a class's results to in the page (the button is not shown: `FOLDERS`).
pub fn export_class(
    _client: &crate::classroom::client::Client,
    _code: &str,
    _key: &str,
    _dir: &std::path::Path,
    t: &Texts,
) -> Result<usize, String> {
    Err(t.get("web-no-folders"))
}
