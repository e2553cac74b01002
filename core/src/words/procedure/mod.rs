//! The words of the review procedure: names of roles, steps, places and lists (`names`), the
//! procedure of a standard as cited lines (`lines`: `rasoat standards --procedure`, the village's
//! procedure panel), and a sentence for every judged decision of a campaign, with its citation
//! and mark (`checks`), all from `procedure.ftl`. This module only re-exports them.
//!
//! Architecture invariant: decides nothing (the judgements come from `procedure`); every
//! sentence from Fluent.

pub(crate) mod checks;
pub(crate) mod lines;
pub(crate) mod names;

pub use self::checks::{check_text, judged_line};
pub use self::lines::{calendar_text, procedure_lines};
pub use self::names::{
    day, kind_name, list_name, lists, over, percent, place, place_in_text, role, status, step,
};
