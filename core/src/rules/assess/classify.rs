//! The household rule applied: the four classes, income as the format defines it, and the clause
//! that decided a class with the lines and count it applied (income compared in integers only).

use serde::Serialize;

use crate::rules::household::Household;
use crate::rules::standard::{RuleKind, Standard};

/// The four outcomes of the `rasoat assess` contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    Poor,
    NearPoor,
    AverageLivingStandard,
    None,
}

impl Class {
    pub const ALL: [Class; 4] = [
        Class::Poor,
        Class::NearPoor,
        Class::AverageLivingStandard,
        Class::None,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Class::Poor => "poor",
            Class::NearPoor => "near_poor",
            Class::AverageLivingStandard => "average_living_standard",
            Class::None => "none",
        }
    }

    /// 0 for the poorest class, rising with living standard.
    pub fn rank(self) -> u8 {
        match self {
            Class::Poor => 0,
            Class::NearPoor => 1,
            Class::AverageLivingStandard => 2,
            Class::None => 3,
        }
    }

    pub fn parse(text: &str) -> Option<Class> {
        Class::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// Household income, as the format defines it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Income {
    /// All sources over twelve months (monthly amounts count 12 times).
    pub annual_total_vnd: u128,
    pub members: u32,
    /// `annual_total / (12 × members)`, rounded down: for display and the JSON contract only.
    pub per_person_month_vnd: u128,
}

impl Income {
    pub fn new(annual_total_vnd: u128, members: u32) -> Self {
        let divisor = 12 * u128::from(members.max(1));
        Self {
            annual_total_vnd,
            members,
            per_person_month_vnd: annual_total_vnd / divisor,
        }
    }

    /// True when income per person per month is at or below `line`, compared exactly.
    pub fn at_or_below(&self, line: u64) -> bool {
        self.annual_total_vnd <= u128::from(line) * 12 * u128::from(self.members.max(1))
    }
}

/// The clause of the household rule that decided the class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Clause {
    /// 2016–2020: income at or below the poverty line; income alone is enough.
    PoorByIncomeAlone,
    /// 2016–2020: between the two lines with at least the cutoff of deprivations.
    PoorInBandWithDeprivations,
    /// 2016–2020: between the two lines with fewer deprivations.
    NearPoorInBand,
    /// From 2022: at or below the line with at least the cutoff of deprivations.
    PoorIncomeAndDeprivations,
    /// From 2022: at or below the line with fewer deprivations.
    NearPoorFewDeprivations,
    /// Above the (near-)poverty line, at or below the average band's upper bound.
    AverageBand,
    /// Above the average band's upper bound.
    AboveAverageBand,
    /// Above the line, and the standard's average band is not known: the household is neither
    /// poor nor near-poor, and whether it is of average living standard cannot be told.
    AverageBandUndefined,
}

/// How the class was decided: the clause, the lines applied and the count against the cutoff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Decision {
    pub clause: Clause,
    pub poverty_line: u64,
    pub near_poverty_line: Option<u64>,
    pub average_upper: Option<u64>,
    pub count: u32,
    pub cutoff: u32,
    /// Income used for the average band when state social allowances were left out (farming,
    /// forestry, fishery and salt households that receive them), with the amount left out over
    /// twelve months. `None` when nothing was left out.
    pub band_income: Option<BandIncome>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BandIncome {
    pub income: Income,
    pub excluded_annual_vnd: u128,
}

pub(super) fn classify(
    household: &Household,
    standard: &Standard,
    income: Income,
    count: u32,
) -> (Class, Decision) {
    let lines = standard.lines.for_area(household.area);
    let rule = &standard.classification;
    let cutoff = rule.deprivation_cutoff;
    let mut decision = Decision {
        clause: Clause::AboveAverageBand,
        poverty_line: lines.poverty,
        near_poverty_line: lines.near_poverty,
        average_upper: lines.average_upper,
        count,
        cutoff,
        band_income: None,
    };
    let enough = count >= cutoff;
    let decided = match rule.rule {
        RuleKind::IncomeAloneOrBandAndDeprivations => {
            let near = lines.near_poverty.unwrap_or(lines.poverty);
            if income.at_or_below(lines.poverty) {
                Some((Class::Poor, Clause::PoorByIncomeAlone))
            } else if income.at_or_below(near) {
                Some(if enough {
                    (Class::Poor, Clause::PoorInBandWithDeprivations)
                } else {
                    (Class::NearPoor, Clause::NearPoorInBand)
                })
            } else {
                None
            }
        }
        RuleKind::IncomeAndDeprivations => income.at_or_below(lines.poverty).then_some(if enough {
            (Class::Poor, Clause::PoorIncomeAndDeprivations)
        } else {
            (Class::NearPoor, Clause::NearPoorFewDeprivations)
        }),
    };
    if let Some((class, clause)) = decided {
        decision.clause = clause;
        return (class, decision);
    }
    // Neither poor nor near-poor: the average living standard band, where the standard has one.
    let upper = match (rule.average.defined, lines.average_upper) {
        (true, Some(upper)) => upper,
        _ => {
            decision.clause = Clause::AverageBandUndefined;
            return (Class::None, decision);
        }
    };
    // Farming, forestry, fishery and salt households: state allowances are left out of the
    // income for the band. Recorded (and explained) only when something was left out.
    let kept = if rule
        .average
        .excluded_income_for_livelihoods
        .contains(&household.livelihood)
    {
        household.annual_income_without(&rule.average.excluded_income_sources)
    } else {
        income.annual_total_vnd
    };
    let band_income = if kept < income.annual_total_vnd {
        let b = BandIncome {
            income: Income::new(kept, income.members),
            excluded_annual_vnd: income.annual_total_vnd - kept,
        };
        decision.band_income = Some(b);
        b.income
    } else {
        income
    };
    if band_income.at_or_below(upper) {
        decision.clause = Clause::AverageBand;
        (Class::AverageLivingStandard, decision)
    } else {
        decision.clause = Clause::AboveAverageBand;
        (Class::None, decision)
    }
}
