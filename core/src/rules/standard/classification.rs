//! The household rule as data: the income lines of each area, which rule classifies, the
//! deprivation cutoff and the average living standard band, with what else the standard says of
//! incomes and scores (low-income workers, the review form's points).

use serde::{Deserialize, Serialize};

use super::provenance::Provenance;
use crate::rules::household::{IncomeKind, Livelihood};

/// Income lines in VND per person per month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lines {
    pub rural: AreaLines,
    pub urban: AreaLines,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaLines {
    /// Chuẩn nghèo (2016–2020) or the single income line (from 2022).
    pub poverty: u64,
    /// Chuẩn cận nghèo; only the 2016–2020 standard has one.
    #[serde(default)]
    pub near_poverty: Option<u64>,
    /// Upper bound of the average living standard band, where the standard defines it.
    #[serde(default)]
    pub average_upper: Option<u64>,
}

impl Lines {
    pub fn for_area(&self, area: crate::rules::household::Area) -> &AreaLines {
        match area {
            crate::rules::household::Area::Rural => &self.rural,
            crate::rules::household::Area::Urban => &self.urban,
        }
    }
}

/// Which household rule the standard uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    /// 2016–2020: poor by income alone at or below the poverty line, or in the band between the
    /// two lines with enough deprivations; near-poor in the band with fewer.
    IncomeAloneOrBandAndDeprivations,
    /// From 2022: at or below the one line, poor with enough deprivations, near-poor with fewer.
    IncomeAndDeprivations,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Classification {
    pub rule: RuleKind,
    /// Poor from this many deprived indicators ("từ 03 chỉ số trở lên").
    pub deprivation_cutoff: u32,
    /// Citation for the poor clauses.
    pub provenance: Provenance,
    /// Citation for the near-poor clause.
    pub near_poor_provenance: Provenance,
    pub average: Average,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Average {
    /// False where the standard does not define the band: the engine then says so.
    pub defined: bool,
    pub provenance: Provenance,
    /// Households with these livelihoods have their band determined on income without
    /// `excluded_income_sources` (QĐ 24/2021 Art. 6).
    #[serde(default)]
    pub excluded_income_for_livelihoods: Vec<Livelihood>,
    #[serde(default)]
    pub excluded_income_sources: Vec<IncomeKind>,
    #[serde(default)]
    pub exclusion_provenance: Option<Provenance>,
}

/// A worker in a household that is neither poor nor near-poor, with income per person per month up
/// to these amounts (VND), is a low-income worker (Nghị định 30/2025/NĐ-CP), identified by the
/// procedure of the farming households of average living standard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LowIncomeWorkers {
    pub rural: u64,
    pub urban: u64,
    pub provenance: Provenance,
}

/// The scores of the review form (Phiếu B) as secondary sources report them. The engine never
/// classifies by them: a scenario gives income as a fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoringForm {
    /// Income score (điểm A or B1) at or below which income is at or below the poverty line.
    pub poverty_points: AreaPoints,
    /// 2016–2020: the income score up to which the near-poverty band reaches.
    #[serde(default)]
    pub near_poverty_points: Option<AreaPoints>,
    /// Deprivation score (điểm B or B2) for each deprived indicator, where reported.
    #[serde(default)]
    pub points_per_deprivation: Option<u32>,
    /// Poor from this deprivation score.
    pub poor_from_deprivation_points: u32,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaPoints {
    pub rural: u32,
    pub urban: u32,
}
