//! Words for the engine's data: assessments, comparisons, standards and file errors, through
//! Fluent. Shared by the command line and the desktop app, so both explain a rule the same way.
//!
//! Architecture invariant: reads results and standards, never decides anything; every sentence
//! comes from `locales/`.
//!
//! By subject: `names` (values, classes, areas, indicators, standards, members, places, and the
//! citations with their marks), `rules` (a rule, a finding, the deciding clause, the review
//! form), `changes` (between two standards), `errors` (file errors and scenario mismatches) and
//! `report` (the trainer's report). This module only re-exports them, so the shells call
//! `explain::class_name(…)`; inside the core, each file imports the file it needs. The review
//! timetable (`calendar_text`) belongs to the procedure's words and is re-exported here too.

pub(crate) mod changes;
pub(crate) mod errors;
pub(crate) mod names;
pub(crate) mod report;
pub(crate) mod rules;

pub use self::changes::{change_text, procedure_key, procedure_text, standard_change_text};
pub use self::errors::{error_text, mismatch_text, problem_text};
pub use self::names::{
    area_name, class_name, correct_class_name, indicator_name, indicator_title, member_label, outcome_name,
    place_name, provenance, provisional_mark, service_name, standard_name, value, value_id, with_mark,
    with_source,
};
pub use self::report::{AnswerSheet, csv_cell, indicator_row_name, report_csv, report_text};
pub use self::rules::{decision_text, finding_text, income_note, rule_text, scoring_form_text};
pub use crate::words::procedure::lines::calendar_text;
