//! What every rasoat shell draws with egui: the desktop app (eframe), the village (bevy_egui) and,
//! later, the browser build. One egui (0.36) for all of them, so one copy of each of these:
//!
//! - [`style`]: Noto Sans embedded once, the light theme and the large text sizes, the bold face,
//!   the verdict colours;
//! - [`answer`]: the answer form (income read by the core's `text::parse_vnd`, NFC; the
//!   indicators grouped by service with the provisional mark; the classes from `Class::ALL`);
//! - [`debrief`]: the blocks of a debrief (the class and the clause that decided it, one
//!   indicator, what changed from the previous standard).
//!
//! No window, no renderer, no file: the shells own those.

pub mod answer;
pub mod console;
pub mod debrief;
pub mod style;

pub use egui;
pub use style::{strong, verdict_color};
