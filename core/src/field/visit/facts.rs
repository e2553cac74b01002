//! The facts a reviewer can learn in a household: their kinds (and the fields of the household
//! format each kind shows), the facts themselves, and every fact of a household in a stable order.

use serde::{Deserialize, Serialize};

use crate::rules::household::Household;

/// A kind of fact a reviewer can learn. Member facts are learned for each member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// Who lives here: names, ages, sex (and so the number of members).
    Roster,
    Work,
    Disability,
    Allowance,
    HealthInsurance,
    Sickness,
    Education,
    Schooling,
    Nutrition,
    Telecom,
    Income,
    Wall,
    Frame,
    Roof,
    FloorArea,
    Water,
    Latrine,
    InfoMeans,
    Loudspeaker,
    Waste,
    Livelihood,
}

impl FactKind {
    pub const ALL: [FactKind; 21] = [
        FactKind::Roster,
        FactKind::Work,
        FactKind::Disability,
        FactKind::Allowance,
        FactKind::HealthInsurance,
        FactKind::Sickness,
        FactKind::Education,
        FactKind::Schooling,
        FactKind::Nutrition,
        FactKind::Telecom,
        FactKind::Income,
        FactKind::Wall,
        FactKind::Frame,
        FactKind::Roof,
        FactKind::FloorArea,
        FactKind::Water,
        FactKind::Latrine,
        FactKind::InfoMeans,
        FactKind::Loudspeaker,
        FactKind::Waste,
        FactKind::Livelihood,
    ];

    /// The spelling in files (`[visit]`, `assets/visit.toml`) and in Fluent ids.
    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Roster => "roster",
            FactKind::Work => "work",
            FactKind::Disability => "disability",
            FactKind::Allowance => "allowance",
            FactKind::HealthInsurance => "health_insurance",
            FactKind::Sickness => "sickness",
            FactKind::Education => "education",
            FactKind::Schooling => "schooling",
            FactKind::Nutrition => "nutrition",
            FactKind::Telecom => "telecom",
            FactKind::Income => "income",
            FactKind::Wall => "wall",
            FactKind::Frame => "frame",
            FactKind::Roof => "roof",
            FactKind::FloorArea => "floor_area",
            FactKind::Water => "water",
            FactKind::Latrine => "latrine",
            FactKind::InfoMeans => "info_means",
            FactKind::Loudspeaker => "loudspeaker",
            FactKind::Waste => "waste",
            FactKind::Livelihood => "livelihood",
        }
    }

    /// Learned once for each member.
    pub fn is_member(self) -> bool {
        matches!(
            self,
            FactKind::Work
                | FactKind::Disability
                | FactKind::Allowance
                | FactKind::HealthInsurance
                | FactKind::Sickness
                | FactKind::Education
                | FactKind::Schooling
                | FactKind::Nutrition
                | FactKind::Telecom
        )
    }

    /// The fields of the household format this kind of fact shows (`members.work`,
    /// `dwelling.wall`…).
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            FactKind::Roster => &["members.name", "members.age", "members.age_months", "members.sex"],
            FactKind::Work => &["members.work"],
            FactKind::Disability => &["members.disability"],
            FactKind::Allowance => &["members.social_allowance"],
            FactKind::HealthInsurance => &["members.health_insurance"],
            FactKind::Sickness => &["members.sick_untreated"],
            FactKind::Education => &[
                "members.education",
                "members.vocational_certificate",
                "members.on_the_job_training",
            ],
            FactKind::Schooling => &["members.schooling"],
            FactKind::Nutrition => &["members.nutrition"],
            FactKind::Telecom => &["members.uses_phone", "members.uses_internet"],
            FactKind::Income => &["income.source", "income.monthly_vnd", "income.annual_vnd"],
            FactKind::Wall => &["dwelling.wall", "dwelling.wall_material"],
            FactKind::Frame => &["dwelling.frame", "dwelling.frame_material"],
            FactKind::Roof => &["dwelling.roof", "dwelling.roof_material"],
            FactKind::FloorArea => &["dwelling.floor_area_m2"],
            FactKind::Water => &["dwelling.water_source"],
            FactKind::Latrine => &["dwelling.latrine"],
            FactKind::InfoMeans => &["dwelling.info_means"],
            FactKind::Loudspeaker => &["dwelling.hears_loudspeaker"],
            FactKind::Waste => &["dwelling.waste"],
            FactKind::Livelihood => &["household.livelihood"],
        }
    }
}

/// One fact of one household.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "of", rename_all = "snake_case")]
pub enum Fact {
    /// A fact of the household or its dwelling.
    House { kind: FactKind },
    /// A fact of the member at `index` in `household.members`.
    Member { index: usize, kind: FactKind },
    /// The income source at `index` in `household.income`.
    Income { index: usize },
}

impl Fact {
    pub fn kind(self) -> FactKind {
        match self {
            Fact::House { kind } | Fact::Member { kind, .. } => kind,
            Fact::Income { .. } => FactKind::Income,
        }
    }
}

pub(super) fn house(kind: FactKind) -> Fact {
    Fact::House { kind }
}

/// Every fact of a household, in a stable order.
pub fn all_facts(h: &Household) -> Vec<Fact> {
    let mut out = vec![];
    for kind in FactKind::ALL {
        if kind == FactKind::Income {
            out.extend((0..h.income.len()).map(|index| Fact::Income { index }));
        } else if kind.is_member() {
            out.extend((0..h.members.len()).map(|index| Fact::Member { index, kind }));
        } else {
            out.push(house(kind));
        }
    }
    out
}
