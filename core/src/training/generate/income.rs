//! A generated household's income: monthly social allowances for the members a rule pays, wages
//! for wage workers, and the main livelihood for the rest, aimed at the focus's income per person.

use rand::RngExt;
use rand_chacha::ChaCha8Rng;

use crate::rules::household::{Area, Household, IncomeKind, IncomeSource, Livelihood, Work};
use crate::rules::standard::Standard;

use super::allowances::NO_PENSION;
use super::draw::pick;
use super::focus::{Focus, boundary_lines};
use super::names::Names;

fn main_source(l: Livelihood, area: Area) -> IncomeKind {
    match (l, area) {
        (_, Area::Urban) | (Livelihood::Other, _) => IncomeKind::Business,
        (Livelihood::Agriculture, _) => IncomeKind::Agriculture,
        (Livelihood::Forestry, _) => IncomeKind::Forestry,
        (Livelihood::Fishery, _) => IncomeKind::Fishery,
        (Livelihood::Salt, _) => IncomeKind::Salt,
    }
}

/// Income sources: monthly social allowances for the members a rule pays, wages for wage workers,
/// and the household's main livelihood for the rest, so that income per person lands where the
/// focus wants it.
pub(super) fn income(
    rng: &mut ChaCha8Rng,
    h: &mut Household,
    standard: &Standard,
    focus: &Focus,
    names: &Names,
) -> (Vec<IncomeSource>, Vec<Option<usize>>) {
    let n = u128::from(h.member_count());
    let lines = boundary_lines(standard, h.area);
    let line = u128::from(*pick(rng, &lines));
    // Target income per person per month.
    let per_person: u128 = match focus {
        Focus::Boundary => line * rng.random_range(9_700u128..=10_300) / 10_000,
        _ => line * rng.random_range(40u128..=220) / 100,
    };
    let target_annual = per_person * 12 * n;
    let mut sources = Vec::new();
    let mut owners = Vec::new();
    let mut fixed: u128 = 0;
    // A member receives an allowance exactly when a rule of the year pays one, at its amount;
    // the flag and the income source are set together.
    let year = h.review_year;
    for (i, m) in h.members.iter_mut().enumerate() {
        let amount = names.allowances.monthly(year, m, NO_PENSION);
        m.social_allowance = amount.is_some();
        if let Some(amount) = amount {
            fixed += u128::from(amount) * 12;
            sources.push(IncomeSource {
                source: IncomeKind::SocialAllowance,
                monthly_vnd: Some(amount),
                annual_vnd: None,
            });
            owners.push(Some(i));
        }
    }
    let wage_workers: Vec<usize> = (0..h.members.len())
        .filter(|&i| {
            matches!(
                h.members[i].work,
                Work::WageWithContract | Work::WageWithoutContract
            )
        })
        .collect();
    let remaining = target_annual.saturating_sub(fixed);
    let mut wage_share = if wage_workers.is_empty() {
        0
    } else {
        remaining * rng.random_range(40u128..=90) / 100
    };
    if h.livelihood == Livelihood::Other && h.area == Area::Urban && !wage_workers.is_empty() {
        wage_share = remaining;
    }
    let per_worker = if wage_workers.is_empty() {
        0
    } else {
        wage_share / 12 / wage_workers.len() as u128
    };
    for &i in &wage_workers {
        let monthly = (per_worker / 50_000 * 50_000) as u64;
        fixed += u128::from(monthly) * 12;
        sources.push(IncomeSource {
            source: IncomeKind::Wages,
            monthly_vnd: Some(monthly),
            annual_vnd: None,
        });
        owners.push(Some(i));
    }
    let rest = target_annual.saturating_sub(fixed);
    if rest > 0 || sources.is_empty() {
        // The main livelihood takes the rest, rounded to 100,000 a year, except at a boundary where
        // the exact amount keeps income within ±3%.
        let annual = if matches!(focus, Focus::Boundary) {
            rest
        } else {
            rest / 100_000 * 100_000
        };
        let annual = u64::try_from(annual).unwrap_or(u64::MAX);
        sources.push(IncomeSource {
            source: main_source(h.livelihood, h.area),
            monthly_vnd: None,
            annual_vnd: Some(annual),
        });
        owners.push(None);
    }
    (sources, owners)
}
