//! What generated households are asked for: the focus (any household, one near a line, or one
//! deprived in a chosen indicator), the setting a village fixes, and the income lines a boundary
//! household is put near.

use serde::{Deserialize, Serialize};

use crate::rules::household::{Area, Household};
use crate::rules::standard::{RuleKind, Standard};
use crate::training::scenario::Region;

/// What the generated households should turn on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Focus {
    /// Any mix of deprivations and incomes.
    Any,
    /// Income per person within ±3% of a line, 2 or 3 deprivations.
    Boundary,
    /// This indicator deprived (e.g. `employment`, `dependents`).
    Indicator(String),
}

impl Focus {
    pub fn parse(text: &str) -> Focus {
        match text {
            "" | "any" => Focus::Any,
            "boundary" => Focus::Boundary,
            id => Focus::Indicator(id.to_owned()),
        }
    }

    pub fn as_string(&self) -> String {
        match self {
            Focus::Any => "any".into(),
            Focus::Boundary => "boundary".into(),
            Focus::Indicator(id) => id.clone(),
        }
    }
}

/// Where a generated household lives when a village fixes it: its region and review year.
/// `None` leaves the draw to the seed. The same random draws are made either way, so a fixed
/// setting changes only what it fixes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Setting {
    pub region: Option<Region>,
    pub review_year: Option<i32>,
}

/// The lines a boundary household is put near: the poverty line, and the near-poverty line where
/// the standard has one.
pub fn boundary_lines(standard: &Standard, area: Area) -> Vec<u64> {
    let l = standard.lines.for_area(area);
    let mut out = vec![l.poverty];
    if standard.classification.rule == RuleKind::IncomeAloneOrBandAndDeprivations
        && let Some(near) = l.near_poverty
    {
        out.push(near);
    }
    out
}

/// True when income per person per month is within ±3% of `line` (exact integer arithmetic).
pub fn within_3_percent(h: &Household, line: u64) -> bool {
    let total = h.annual_income() * 100;
    let base = u128::from(line) * 12 * u128::from(h.member_count());
    total >= base * 97 && total <= base * 103
}
