//! What a campaign starts from: each household's place before the review, what it asked for,
//! the complaint it may raise, the households as entrants, and a scenario's `[review]`.

use serde::{Deserialize, Serialize};

use super::calendar::Day;
use super::kind::Kind;
use crate::rules::assess::Class;

/// A household's place on the list before the review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Poor,
    NearPoor,
    /// On neither list.
    None,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Poor, Status::NearPoor, Status::None];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Poor => "poor",
            Status::NearPoor => "near_poor",
            Status::None => "none",
        }
    }

    /// The list a class puts a household on.
    pub fn of(class: Class) -> Status {
        match class {
            Class::Poor => Status::Poor,
            Class::NearPoor => Status::NearPoor,
            Class::AverageLivingStandard | Class::None => Status::None,
        }
    }
}

/// What a household asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    /// Mẫu số 01: to be reviewed.
    Review,
    /// Mẫu số 04: to be recognised as having escaped poverty or near-poverty.
    Escape,
    /// To be recognised as a farming household of average living standard.
    AverageFarming,
}

impl Request {
    pub fn as_str(self) -> &'static str {
        match self {
            Request::Review => "review",
            Request::Escape => "escape",
            Request::AverageFarming => "average_farming",
        }
    }
}

/// A complaint raised while the results are posted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ComplaintKind {
    /// A neighbour reports income the household left out.
    NeighbourIncome,
    /// The household disputes its class.
    HouseholdDisputes,
}

/// A household in the campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entrant {
    pub id: String,
    pub previous: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<Request>,
    /// The engine's class from every fact (what a perfect review finds).
    pub truth: Class,
    /// What the neighbours at the meeting believe the class is.
    pub neighbours: Class,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complaint: Option<ComplaintKind>,
}

/// What a campaign starts from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Setup {
    pub kind: Kind,
    pub standard: String,
    /// The seed of the crowd at the meeting and of the complaints' days.
    pub seed: u64,
    pub start: Day,
    pub households: Vec<Entrant>,
}

/// A scenario's `[review]`: the household's place in the review procedure. Every field is
/// optional; what is left out is drawn from the village's seed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewSpec {
    /// On the poor or near-poor list before the review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<Status>,
    /// A request the household filed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<Request>,
    /// The class the neighbours believe (they vote by it at the meeting); default: the class the
    /// engine finds from every fact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub neighbours: Option<Class>,
    /// A complaint raised while the results are posted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complaint: Option<ComplaintKind>,
}

impl ReviewSpec {
    /// What types alone do not check (field paths from the file's root).
    pub fn problems(&self) -> Vec<(String, crate::rules::source::Problem)> {
        let mut out = vec![];
        if self.request == Some(Request::Escape) && self.previous == Some(Status::None) {
            out.push((
                "review.request".into(),
                crate::rules::source::Problem::EscapeNotOnList,
            ));
        }
        out
    }
}
