//! rasoat-core: the domain of rasoat, shared by every shell (the desktop app, the command line and
//! the village simulation). The household format, the poverty standards as data, the rule engine,
//! comparison between standards, scenarios, grading, training sessions and their results files,
//! the trainer's report, the seeded generator — and the words: Fluent bundles (`i18n`) and the
//! sentences built from the engine's data (`explain`, `compose`).
//!
//! Architecture invariant: no GUI dependency and no IO beyond parsing the text it is handed (the
//! built-in standards, locales, names and scenarios are embedded at compile time).

pub mod assess;
pub mod builtin;
pub mod compare;
pub mod compose;
pub mod explain;
pub mod generate;
pub mod grading;
pub mod household;
pub mod i18n;
pub mod procedure;
pub mod procedure_words;
pub mod report;
pub mod scenario;
pub mod session;
pub mod source;
pub mod standard;
pub mod text;
pub mod training;
pub mod village;
pub mod visit;
pub mod visit_words;
