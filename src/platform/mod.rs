//! The platform seam: what the app needs of the machine it runs on, in one place, so that no
//! screen asks which machine that is. Two implementations with the same functions, chosen here
//! once: [`native`] (the desktop: files in the data folder, threads, file dialogs, the village as
//! a second process) and `web` (the browser: the results file and settings in the browser's
//! storage, the page's own server, timers instead of threads, no folders).
//!
//! - storage: [`read_text`], [`write_atomic`], [`exists`] — the settings and results files, by
//!   their path (a key of the browser's storage on the web);
//! - [`places`]: where those files live; [`FOLDERS`]: whether the person can name files and
//!   folders of their own (import a folder, export, the editor, the village) — not on the web;
//! - work off the frame: [`spawn`] (a thread; on the web at once), [`after`] (a timer);
//! - bulk work: [`par_map`] (every core natively, in order; one after the other on the web),
//!   [`join`] (two pieces of work at once natively);
//! - [`clock`], [`unix_now`]: the system's time (std's panics in the browser);
//! - [`pick`]: the file dialog; [`open_village`]: the village's process;
//! - [`page_server`], [`page_class_code`]: the server that served the page and the class code in
//!   its address (`/?lop=ABC123`) — none natively.

#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(not(target_arch = "wasm32"))]
pub use native::*;

#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(target_arch = "wasm32")]
pub use web::*;

/// Seconds since 1970 by this machine's clock.
pub fn unix_now() -> i64 {
    i64::try_from(clock().now()).unwrap_or(0)
}
