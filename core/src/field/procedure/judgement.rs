//! The judgement of the trainee's decisions: what was checked, whether it followed the rule,
//! with the rule's citation, and why an action is refused.

use serde::{Deserialize, Serialize};

use super::calendar::Day;
use super::lists::ListName;
use super::setup::{Request, Status};
use super::state::{Stage, Tally};
use crate::rules::assess::Class;
use crate::rules::standard::{Over, Place, Provenance, Role, Step};

/// Whether a decision followed the rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Right,
    Wrong,
    /// The rule is not known well enough to judge (shown, not scored).
    NotJudged,
}

/// What was checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "check", rename_all = "snake_case")]
pub enum Check {
    Listed {
        id: String,
        listed: bool,
        should: bool,
        previous: Status,
        request: Option<Request>,
    },
    Chair {
        chosen: Role,
        rule: Role,
    },
    FatherlandFront {
        invited: bool,
        required: bool,
    },
    Invited {
        missing: Vec<Role>,
    },
    ShareBasis {
        id: String,
        chosen: Over,
        rule: Over,
    },
    Conclusion {
        id: String,
        tally: Tally,
        min_percent: Option<u32>,
        accepted: bool,
    },
    MinutesCopies {
        copies: u32,
        rule: u32,
    },
    MinutesSigners {
        missing: Vec<Role>,
    },
    PostingPlaces {
        missing: Vec<Place>,
    },
    PostingDays {
        days: u32,
        rule: Option<u32>,
    },
    Recheck {
        id: String,
        earlier: Option<Class>,
        now: Class,
        truth: Class,
    },
    RecheckTime {
        id: String,
        day: Day,
        deadline: Day,
    },
    ComplaintIgnored {
        id: String,
    },
    Consulted {
        chosen: Option<Role>,
        should: Option<Role>,
        district_gone: bool,
        #[serde(default)]
        district_until: Option<Day>,
    },
    DecidedBy {
        chosen: Role,
        rule: Role,
    },
    Lists {
        id: String,
        chosen: Vec<ListName>,
        should: Vec<ListName>,
    },
    Class {
        id: String,
        accepted: Option<Class>,
        truth: Class,
    },
    Deadline {
        decided: Day,
        deadline: Day,
    },
    Refusal {
        ids: Vec<String>,
        written: bool,
    },
}

impl Check {
    /// A stable key per kind of check, for the trainer's summary.
    pub fn key(&self) -> &'static str {
        match self {
            Check::Listed { .. } => "listed",
            Check::Chair { .. } => "chair",
            Check::FatherlandFront { .. } => "fatherland_front",
            Check::Invited { .. } => "invited",
            Check::ShareBasis { .. } => "share_basis",
            Check::Conclusion { .. } => "conclusion",
            Check::MinutesCopies { .. } => "minutes_copies",
            Check::MinutesSigners { .. } => "minutes_signers",
            Check::PostingPlaces { .. } => "posting_places",
            Check::PostingDays { .. } => "posting_days",
            Check::Recheck { .. } => "recheck",
            Check::RecheckTime { .. } => "recheck_time",
            Check::ComplaintIgnored { .. } => "complaint_ignored",
            Check::Consulted { .. } => "consulted",
            Check::DecidedBy { .. } => "decided_by",
            Check::Lists { .. } => "lists",
            Check::Class { .. } => "class",
            Check::Deadline { .. } => "deadline",
            Check::Refusal { .. } => "refusal",
        }
    }

    pub const KEYS: [&'static str; 19] = [
        "listed",
        "chair",
        "fatherland_front",
        "invited",
        "share_basis",
        "conclusion",
        "minutes_copies",
        "minutes_signers",
        "posting_places",
        "posting_days",
        "recheck",
        "recheck_time",
        "complaint_ignored",
        "consulted",
        "decided_by",
        "lists",
        "class",
        "deadline",
        "refusal",
    ];
}

/// One judged decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Judged {
    pub day: Day,
    pub step: Step,
    pub check: Check,
    pub outcome: Outcome,
    pub provenance: Provenance,
}

/// Why an action cannot be taken now (the shells offer only what can be taken).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// The standard has no procedure data for this step.
    NoRule(Step),
    /// Not at this stage.
    WrongStage { stage: Stage },
    /// Not a household of this campaign, or not one this action is for.
    NotHere(String),
    /// Some listed households have no proposal yet.
    NotSurveyed(Vec<String>),
    /// Some proposals are not concluded yet.
    Unconcluded,
    /// A number outside what a campaign can take (a posting of 0 days or of more than a year).
    OutOfRange,
}

/// What the rule names that was not chosen (the roles not invited, the places not posted at…).
pub(super) fn missing_from<T: Copy + PartialEq>(rule: &[T], chosen: &[T]) -> Vec<T> {
    rule.iter().copied().filter(|r| !chosen.contains(r)).collect()
}

/// Whether nothing the rule names is missing; nothing to judge where the rule names none.
pub(super) fn nothing_missing<T>(rule: &[T], missing: &[T]) -> Option<bool> {
    if rule.is_empty() {
        None
    } else {
        Some(missing.is_empty())
    }
}
