//! The village's model as bevy resources, each with one concern, kept free of drawing so that
//! tests drive it headless: [`Village`] (what the program handed in, fixed after start),
//! [`Visits`] (the visits recorded and the house chosen), [`Campaigns`] (the review procedures
//! played), [`Drafts`] (what the trainee typed or ticked and has not handed in), [`Saving`] (the
//! program's `Persist` and how the last save went), [`Words`] (both languages and the one
//! chosen), and the [`Screen`] state. Every fact, answer and score comes from the core (`visit`,
//! `grading`, `procedure`).

mod campaigns;
mod drafts;
mod saving;
mod screen;
mod village;
mod visits;
mod words;

pub use campaigns::Campaigns;
pub use drafts::{Draft, Drafts};
pub use saving::{Save, Saved, Saving};
pub use screen::Screen;
pub use village::Village;
pub use visits::{Entered, Visits};
pub use words::Words;

/// The trainee's survey form while it is filled: the answer form every shell shows.
pub use rasoat_ui::answer::AnswerForm as Form;
