//! Poverty standards as data: income lines, the classification rule, indicators with their
//! parameters and provenance. The files live in `standards/*.toml`; the built-in copies are
//! embedded, and a trainer may load corrected copies from a folder (the shells read the files).
//!
//! Architecture invariant: no threshold is written in Rust. Every number the engine applies comes
//! from a `Standard` parsed here; this module never reads files and never assesses.
//!
//! The parts: the C/S/P mark and citation (`provenance`), the standard itself (`definition`),
//! its lines and household rule (`classification`), its indicators (`indicators`), the review
//! procedure (`procedure`), the durable materials (`materials`), the checks a file must pass
//! (`validate`) and the loading of the built-in and corrected files (`set`).

mod classification;
mod definition;
mod indicators;
mod materials;
mod procedure;
mod provenance;
mod set;
mod validate;

pub use classification::{
    AreaLines, AreaPoints, Average, Classification, Lines, LowIncomeWorkers, RuleKind, ScoringForm,
};
pub use definition::{AreaNames, FirstReviewYear, LegalForm, Localized, Standard, YearRange};
pub use indicators::{
    AttendanceRequirement, EducationBand, Indicator, InfoTerm, RetirementAge, Rule, Service, TelecomService,
    WaterQuality, WorkingAge,
};
pub use materials::{MaterialTable, StructureMaterials};
pub use procedure::{
    Amendment, AverageFarmingRule, Calendar, DatedRule, DayCount, DayMonth, DecisionFrom, Duration, Form,
    ListRule, Listed, MeetingRule, MinutesRule, Over, Place, PlacesRule, PostingRule, Procedure,
    RecognitionRule, RegularRule, ReportingRule, Role, Step, StepRule,
};
pub use provenance::{Provenance, Tag};
pub use set::{BUILTIN, EARLIER, StandardSet, earlier_editions, parse_standard};
