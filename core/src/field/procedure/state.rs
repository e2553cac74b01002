//! What a campaign records along the way: the stage it is at, the village meetings with their
//! votes and tallies, the complaints raised during the posting, and the decision.

use serde::{Deserialize, Serialize};

use super::calendar::Day;
use super::lists::ListName;
use super::setup::ComplaintKind;
use crate::rules::assess::Class;
use crate::rules::standard::{Over, Role};

/// Where the campaign is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    List,
    Survey,
    Meeting,
    Posting,
    Report,
    Recognition,
    Done,
}

/// A meeting's vote on one proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub attendees: u32,
    pub agree: u32,
    /// Households represented at the meeting, and how many of them agreed (the wrong base).
    pub households: u32,
    pub agree_households: u32,
}

impl Tally {
    /// Whether the share reaches `percent` of the base, exactly (integers).
    pub fn reaches(&self, over: Over, percent: u32) -> bool {
        let (part, whole) = match over {
            Over::Attendees => (self.agree, self.attendees),
            Over::Households => (self.agree_households, self.households),
        };
        whole > 0 && u64::from(part) * 100 >= u64::from(percent) * u64::from(whole)
    }
}

/// Whether the meeting accepts, under the rule: at least `min_percent` of the base.
pub fn meeting_accepts(tally: &Tally, over: Over, min_percent: u32) -> bool {
    tally.reaches(over, min_percent)
}

/// A village meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub day: Day,
    pub chair: Role,
    pub invited: Vec<Role>,
    pub attendees: u32,
    pub households: u32,
    /// How many people came from each household represented (the rest are officials).
    #[serde(default)]
    pub sizes: Vec<u32>,
    /// Proposals presented: household, proposed class, tally, the trainee's conclusion.
    pub votes: Vec<Vote>,
    pub minutes: Option<(u32, Vec<Role>)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vote {
    pub id: String,
    pub class: Class,
    pub tally: Tally,
    pub accepted: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Complaint {
    pub id: String,
    pub kind: ComplaintKind,
    pub day: Day,
    /// The class of the re-check, once done, and its day.
    pub recheck: Option<(Class, Day)>,
}

/// The commune chairman's decision as the trainee made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub day: Day,
    pub by: Role,
    /// Each reviewed household and the lists it was put on.
    pub lists: Vec<(String, Vec<ListName>)>,
}
