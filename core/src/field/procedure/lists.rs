//! The final lists of the decision: which lists a household belongs on, how its status changes,
//! and whether two classes put it on the same list.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::kind::Kind;
use super::setup::Status;
use crate::rules::assess::Class;

/// The final lists of the commune chairman's decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListName {
    Poor,
    NearPoor,
    EscapedPoverty,
    EscapedNearPoverty,
    /// Kind `AverageFarming`: recognised as of average living standard.
    AverageLivingStandard,
}

impl ListName {
    pub const PERIODIC: [ListName; 4] = [
        ListName::Poor,
        ListName::NearPoor,
        ListName::EscapedPoverty,
        ListName::EscapedNearPoverty,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ListName::Poor => "poor",
            ListName::NearPoor => "near_poor",
            ListName::EscapedPoverty => "escaped_poverty",
            ListName::EscapedNearPoverty => "escaped_near_poverty",
            ListName::AverageLivingStandard => "average_living_standard",
        }
    }
}

/// The lists a household belongs on, from its place before the review and its class now.
/// A poor household that is now near-poor is on the near-poor list and has escaped poverty.
pub fn lists_for(previous: Status, now: Class, kind: Kind) -> BTreeSet<ListName> {
    let mut out = BTreeSet::new();
    if kind == Kind::AverageFarming {
        if now == Class::AverageLivingStandard {
            out.insert(ListName::AverageLivingStandard);
        }
        return out;
    }
    match Status::of(now) {
        Status::Poor => {
            out.insert(ListName::Poor);
        }
        Status::NearPoor => {
            out.insert(ListName::NearPoor);
            if previous == Status::Poor {
                out.insert(ListName::EscapedPoverty);
            }
        }
        Status::None => match previous {
            Status::Poor => {
                out.insert(ListName::EscapedPoverty);
            }
            Status::NearPoor => {
                out.insert(ListName::EscapedNearPoverty);
            }
            Status::None => {}
        },
    }
    out
}

/// How a household's status changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    StaysPoor,
    StaysNearPoor,
    NewPoor,
    NewNearPoor,
    /// Near-poor before, poor now.
    FellIntoPoverty,
    /// Poor before, near-poor now.
    EscapedPovertyToNearPoor,
    /// Poor before, above both now.
    EscapedPoverty,
    EscapedNearPoverty,
    StaysOff,
}

impl Change {
    pub fn of(previous: Status, now: Class) -> Change {
        match (previous, Status::of(now)) {
            (Status::Poor, Status::Poor) => Change::StaysPoor,
            (Status::Poor, Status::NearPoor) => Change::EscapedPovertyToNearPoor,
            (Status::Poor, Status::None) => Change::EscapedPoverty,
            (Status::NearPoor, Status::Poor) => Change::FellIntoPoverty,
            (Status::NearPoor, Status::NearPoor) => Change::StaysNearPoor,
            (Status::NearPoor, Status::None) => Change::EscapedNearPoverty,
            (Status::None, Status::Poor) => Change::NewPoor,
            (Status::None, Status::NearPoor) => Change::NewNearPoor,
            (Status::None, Status::None) => Change::StaysOff,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Change::StaysPoor => "stays_poor",
            Change::StaysNearPoor => "stays_near_poor",
            Change::NewPoor => "new_poor",
            Change::NewNearPoor => "new_near_poor",
            Change::FellIntoPoverty => "fell_into_poverty",
            Change::EscapedPovertyToNearPoor => "escaped_poverty_to_near_poor",
            Change::EscapedPoverty => "escaped_poverty",
            Change::EscapedNearPoverty => "escaped_near_poverty",
            Change::StaysOff => "stays_off",
        }
    }
}

/// Whether two classes put a household on the same list.
pub(super) fn same_list(a: Class, b: Class, kind: Kind) -> bool {
    match kind {
        Kind::AverageFarming => (a == Class::AverageLivingStandard) == (b == Class::AverageLivingStandard),
        _ => Status::of(a) == Status::of(b),
    }
}
