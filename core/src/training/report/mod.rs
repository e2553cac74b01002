//! The trainer's summary of many results files: scores recomputed with the engine, per trainee,
//! per scenario, per indicator (missed and false deprivations apart), per commune, district and
//! province; scenarios changed since they were answered are flagged, not scored.
//!
//! Architecture invariant: pure — takes parsed results and a way to find each scenario, returns
//! data; no IO, no words (the CSV and the report text are worded by `explain` and the shells), no
//! scores read from files.

mod catalogue;
mod rows;
mod tally;

pub use self::catalogue::Catalogue;
pub use self::rows::{
    AnswerRow, CampaignRow, Flag, FlagKind, ForgottenRow, IndicatorRow, PlaceRow, ProcedureRow, Report,
    ScenarioRow, TraineeRow, VisitRow, percent,
};
pub use self::tally::{Answered, Builder, FileScore, Hashes, ScoredAnswer, build, score_file};
