//! The rule engine: a household under a standard gives an `Assessment` — every indicator's
//! result with the members or facts that decided it, the income per person, the classification
//! and the clause that decided it.
//!
//! Architecture invariant: pure data in, pure data out. No prose, no IO, no floats in any income
//! comparison (`total_annual <= line * 12 * members`, in integers).
//!
//! The parts: the household rule with its classes, income and clauses (`classify`), the facts
//! that decide an indicator (`finding`) and how they are read from a household for each kind of
//! rule (`evaluate`).

mod classify;
mod evaluate;
mod finding;

use serde::Serialize;

pub use classify::{BandIncome, Class, Clause, Decision, Income};
pub use evaluate::dependant_reason;
pub use finding::{Finding, MemberFinding, MemberReason};

use crate::rules::household::Household;
use crate::rules::standard::{Indicator, Provenance, Standard};
use classify::classify;
use evaluate::evaluate;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorResult<'s> {
    #[serde(serialize_with = "indicator_id")]
    pub indicator: &'s Indicator,
    pub deprived: bool,
    pub finding: Finding,
}

fn indicator_id<S: serde::Serializer>(i: &&Indicator, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&i.id)
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment<'s> {
    #[serde(skip)]
    pub standard: &'s Standard,
    pub class: Class,
    pub income: Income,
    /// Every indicator of the standard, in the standard's order.
    pub indicators: Vec<IndicatorResult<'s>>,
    pub decision: Decision,
}

impl<'s> Assessment<'s> {
    pub fn deprivation_count(&self) -> u32 {
        self.decision.count
    }

    /// Ids of the deprived indicators, sorted alphabetically (the JSON contract).
    pub fn deprived_ids(&self) -> Vec<&'s str> {
        let mut ids: Vec<&'s str> = self
            .indicators
            .iter()
            .filter(|r| r.deprived)
            .map(|r| r.indicator.id.as_str())
            .collect();
        ids.sort_unstable();
        ids
    }

    pub fn result(&self, id: &str) -> Option<&IndicatorResult<'s>> {
        self.indicators.iter().find(|r| r.indicator.id == id)
    }

    /// True when the household is neither poor nor near-poor and the standard's average living
    /// standard band is not known: the engine cannot tell whether it is of average living
    /// standard (its contract class is then `none`).
    pub fn average_band_unknown(&self) -> bool {
        self.decision.clause == Clause::AverageBandUndefined
    }

    /// The classes a trainee may give and be right: the class, or where the average band is not
    /// known, `none` and `average_living_standard` alike.
    pub fn accepted_classes(&self) -> Vec<Class> {
        if self.average_band_unknown() {
            vec![Class::AverageLivingStandard, Class::None]
        } else {
            vec![self.class]
        }
    }

    /// The legal source of the clause that decided the class.
    pub fn decision_provenance(&self) -> &'s Provenance {
        let c = &self.standard.classification;
        match self.decision.clause {
            Clause::PoorByIncomeAlone
            | Clause::PoorInBandWithDeprivations
            | Clause::PoorIncomeAndDeprivations => &c.provenance,
            Clause::NearPoorInBand | Clause::NearPoorFewDeprivations => &c.near_poor_provenance,
            Clause::AverageBand | Clause::AboveAverageBand | Clause::AverageBandUndefined => {
                match (&self.decision.band_income, &c.average.exclusion_provenance) {
                    (Some(_), Some(p)) => p,
                    _ => &c.average.provenance,
                }
            }
        }
    }

    /// The `rasoat assess --json` object (household-format.md).
    pub fn contract(&self) -> Contract<'s> {
        Contract {
            standard: &self.standard.id,
            classification: self.class,
            deprivation_count: self.deprivation_count(),
            deprived: self.deprived_ids(),
            income_per_person_month_vnd: self.income.per_person_month_vnd,
        }
    }
}

/// Exactly the fields of the command-line JSON contract, in its order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Contract<'a> {
    pub standard: &'a str,
    pub classification: Class,
    pub deprivation_count: u32,
    #[serde(borrow)]
    pub deprived: Vec<&'a str>,
    pub income_per_person_month_vnd: u128,
}

/// Assesses a (validated) household under a standard.
pub fn assess<'s>(household: &Household, standard: &'s Standard) -> Assessment<'s> {
    let indicators: Vec<IndicatorResult<'s>> = standard
        .indicators
        .iter()
        .map(|indicator| {
            let finding = evaluate(&indicator.rule, household, standard);
            IndicatorResult {
                indicator,
                deprived: finding.is_deprived(),
                finding,
            }
        })
        .collect();
    let count = u32::try_from(indicators.iter().filter(|r| r.deprived).count()).unwrap_or(u32::MAX);
    let income = Income::new(household.annual_income(), household.member_count());
    let (class, decision) = classify(household, standard, income, count);
    Assessment {
        standard,
        class,
        income,
        indicators,
        decision,
    }
}

/// The class the household rule gives for this income and number of deprived indicators (the
/// household supplies its area and livelihood): what the class would be had a reviewer found one
/// deprivation fewer, say.
pub fn class_for(household: &Household, standard: &Standard, income: Income, count: u32) -> Class {
    classify(household, standard, income, count).0
}
