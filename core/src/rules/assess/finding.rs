//! The facts that decided one indicator: the members the rule applies to and why some count, or
//! the dwelling's facts, and whether they make the indicator deprived.

use serde::Serialize;

use crate::rules::household::{
    Disability, Education, InfoMeans, Latrine, Nutrition, Schooling, Waste, WaterSource, Work,
};
use crate::rules::standard::TelecomService;

/// Why a member counts for an indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MemberReason {
    SickUntreated,
    NoHealthInsurance,
    /// Not studying and has completed only `completed` where `required` is needed.
    MissingEducation {
        required: Education,
        completed: Education,
    },
    /// A school-age child who does not attend as required.
    School {
        schooling: Schooling,
    },
    /// A working-age member who is unemployed or works for wages without a contract.
    Work {
        work: Work,
    },
    Nutrition {
        nutrition: Nutrition,
    },
    ChildDependant,
    ElderlyDependant,
    DisabledDependant {
        disability: Disability,
    },
    /// A member who uses an accepted telecommunication service.
    UsesTelecom {
        service: TelecomService,
    },
}

/// A member who decided an indicator, by position in `household.members`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MemberFinding {
    pub index: usize,
    pub reason: MemberReason,
}

/// The facts that decided one indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Finding {
    /// Members the rule applies to (`considered`, and their positions in `applies`), and those
    /// who meet its condition.
    Members {
        considered: u32,
        members: Vec<MemberFinding>,
        #[serde(skip)]
        applies: Vec<usize>,
    },
    /// As `Members`, for employment: working age is from `min_age` years up to, not including,
    /// the retirement age of the review year (in months).
    Employment {
        considered: u32,
        members: Vec<MemberFinding>,
        /// Positions of the working-age members.
        #[serde(skip)]
        applies: Vec<usize>,
        min_age: u32,
        male_retirement_months: u32,
        female_retirement_months: u32,
    },
    /// Which of wall, frame and roof are non-durable.
    Structures {
        wall: bool,
        frame: bool,
        roof: bool,
        non_durable: u32,
        at_least: u32,
    },
    Area {
        floor_area_m2: f64,
        members: u32,
        min_m2_per_person: f64,
    },
    WaterSource {
        source: WaterSource,
        accepted: bool,
    },
    Latrine {
        latrine: Latrine,
        accepted: bool,
    },
    /// Members who use an accepted service.
    Telecom {
        users: Vec<MemberFinding>,
    },
    /// Accepted means the household owns, and whether it hears the loudspeakers (and whether
    /// that counts under this standard).
    Information {
        owned: Vec<InfoMeans>,
        hears_loudspeaker: bool,
        loudspeaker_counts: bool,
    },
    Dependants {
        dependants: Vec<MemberFinding>,
        members: u32,
        more_than_percent: u32,
    },
    Waste {
        waste: Waste,
        accepted: bool,
    },
}

impl Finding {
    /// Whether these facts make the indicator deprived.
    pub fn is_deprived(&self) -> bool {
        match self {
            Finding::Members { members, .. } | Finding::Employment { members, .. } => !members.is_empty(),
            Finding::Structures {
                non_durable,
                at_least,
                ..
            } => non_durable >= at_least,
            Finding::Area {
                floor_area_m2,
                members,
                min_m2_per_person,
            } => *floor_area_m2 < min_m2_per_person * f64::from(*members),
            Finding::WaterSource { accepted, .. }
            | Finding::Latrine { accepted, .. }
            | Finding::Waste { accepted, .. } => !accepted,
            Finding::Telecom { users } => users.is_empty(),
            Finding::Information {
                owned,
                hears_loudspeaker,
                loudspeaker_counts,
            } => owned.is_empty() && !(*hears_loudspeaker && *loudspeaker_counts),
            Finding::Dependants {
                dependants,
                members,
                more_than_percent,
            } => dependants.len() as u64 * 100 > u64::from(*more_than_percent) * u64::from(*members),
        }
    }
}
