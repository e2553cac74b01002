//! The kinds of review (periodic, regular within the year, farming households of average living
//! standard), and whether a standard has the rules of every step of one.

use serde::{Deserialize, Serialize};

use crate::rules::standard::Standard;

/// The kind of review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Rà soát định kỳ hằng năm.
    Periodic,
    /// Rà soát thường xuyên trong năm.
    Regular,
    /// Xác định hộ làm nông, lâm, ngư, diêm nghiệp có mức sống trung bình.
    AverageFarming,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Periodic, Kind::Regular, Kind::AverageFarming];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Periodic => "periodic",
            Kind::Regular => "regular",
            Kind::AverageFarming => "average_farming",
        }
    }
}

/// Whether the standard has the rules of every step of this kind of review (a kind whose rules
/// are not in our sources is not offered).
pub fn has_rules(standard: &Standard, kind: Kind) -> bool {
    let Some(p) = standard.procedure.as_ref() else {
        return false;
    };
    match kind {
        Kind::Periodic => {
            p.list.is_some() && p.meeting.is_some() && p.posting.is_some() && p.recognition.is_some()
        }
        Kind::Regular => p.regular.as_ref().is_some_and(|r| {
            p.recognition.is_some()
                && (!r.meeting || p.meeting.is_some())
                && (r.posting.is_some() || p.posting.is_some())
        }),
        Kind::AverageFarming => p.average_farming.is_some(),
    }
}
