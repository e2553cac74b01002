//! The monthly social allowances of generated members (trợ cấp xã hội hằng tháng): the base of
//! each year, the rules that pay and their coefficients, and how the table is checked.

use serde::Deserialize;

use crate::rules::household::{Disability, Member};
use crate::rules::source::Problem;

/// The monthly social allowance (trợ cấp xã hội hằng tháng) of a generated member: the base of
/// the review year times the highest coefficient of the rules the member meets; nothing for a
/// member who meets none. From outside the domain reference (the decrees are cited in
/// `assets/names.toml`): it only makes generated households plausible, and under a standard whose
/// dependants need an allowance it decides which generated members are dependants.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allowances {
    /// The base amount from `from_year` (by the review months, September to December) until the
    /// next row.
    #[serde(default)]
    pub bases: Vec<AllowanceBase>,
    #[serde(default)]
    pub rules: Vec<AllowanceRule>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllowanceBase {
    pub from_year: i32,
    /// Đồng a month.
    pub monthly_vnd: u64,
}

/// One rule that pays an allowance: who it pays (every condition given must hold) and its
/// coefficient of the base.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllowanceRule {
    pub name: String,
    /// Paid from this age (whole years).
    #[serde(default)]
    pub from_age: Option<u32>,
    /// Paid under this age.
    #[serde(default)]
    pub below_age: Option<u32>,
    /// Paid for this disability level only.
    #[serde(default)]
    pub disability: Option<Disability>,
    /// Paid only to a member without a pension.
    #[serde(default)]
    pub without_pension: bool,
    /// The coefficient of the base, in hundredths (150 = 1.5).
    pub coefficient_percent: u32,
}

impl AllowanceRule {
    /// True when the rule pays this member (`has_pension`: the member draws a pension).
    pub fn pays(&self, m: &Member, has_pension: bool) -> bool {
        self.from_age.is_none_or(|a| m.age >= a)
            && self.below_age.is_none_or(|b| m.age < b)
            && self.disability.is_none_or(|d| m.disability == d)
            && !(self.without_pension && has_pension)
    }
}

/// The generator gives no member a pension, so the rules that need none can pay any of them.
pub(super) const NO_PENSION: bool = false;

impl Allowances {
    /// The base of the review year: the row of the latest `from_year` not after it; `None` before
    /// the first row.
    pub fn base(&self, year: i32) -> Option<u64> {
        self.bases
            .iter()
            .filter(|b| b.from_year <= year)
            .max_by_key(|b| b.from_year)
            .map(|b| b.monthly_vnd)
    }

    /// The rule with the highest coefficient among those that pay this member (the first of
    /// equals); `None` when no rule pays them.
    pub fn rule_for(&self, m: &Member, has_pension: bool) -> Option<&AllowanceRule> {
        self.rules
            .iter()
            .filter(|r| r.pays(m, has_pension))
            .reduce(|best, r| {
                if r.coefficient_percent > best.coefficient_percent {
                    r
                } else {
                    best
                }
            })
    }

    /// The monthly allowance (đồng, rounded down) this member receives in a review year: the
    /// year's base times the coefficient of `rule_for`; `None` when no rule pays them or the
    /// year has no base.
    pub fn monthly(&self, year: i32, m: &Member, has_pension: bool) -> Option<u64> {
        let base = self.base(year)?;
        let rule = self.rule_for(m, has_pension)?;
        let amount = u128::from(base) * u128::from(rule.coefficient_percent) / 100;
        Some(u64::try_from(amount).unwrap_or(u64::MAX))
    }

    /// The youngest age from which a rule pays a member with this disability level (and no
    /// pension) whatever their age above it.
    pub(super) fn paid_from_age(&self, disability: Disability) -> Option<u32> {
        self.rules
            .iter()
            .filter(|r| r.below_age.is_none() && r.disability.is_none_or(|d| d == disability))
            .map(|r| r.from_age.unwrap_or(0))
            .min()
    }

    /// Checks what the types alone do not, each problem with its field path.
    pub fn validate(&self) -> Vec<(String, Problem)> {
        let mut out = Vec::new();
        if self.bases.is_empty() && !self.rules.is_empty() {
            out.push(("allowances.bases".to_owned(), Problem::Empty));
        }
        for (i, b) in self.bases.iter().enumerate() {
            if self.bases[..i].iter().any(|o| o.from_year == b.from_year) {
                out.push((
                    format!("allowances.bases[{i}].from_year"),
                    Problem::Duplicate {
                        what: b.from_year.to_string(),
                        other: String::new(),
                    },
                ));
            }
            if b.monthly_vnd == 0 {
                out.push((
                    format!("allowances.bases[{i}].monthly_vnd"),
                    Problem::NotPositive { value: "0".into() },
                ));
            }
        }
        let max_age = MAX_AGE.to_string();
        for (i, r) in self.rules.iter().enumerate() {
            let at = |field: &str| format!("allowances.rules[{i}].{field}");
            if r.name.trim().is_empty() {
                out.push((at("name"), Problem::Empty));
            } else if self.rules[..i].iter().any(|o| o.name == r.name) {
                out.push((
                    at("name"),
                    Problem::Duplicate {
                        what: r.name.clone(),
                        other: String::new(),
                    },
                ));
            }
            for (field, age) in [("from_age", r.from_age), ("below_age", r.below_age)] {
                if let Some(age) = age.filter(|&a| a > MAX_AGE) {
                    out.push((
                        at(field),
                        Problem::OutOfRange {
                            value: age.to_string(),
                            min: "0".into(),
                            max: max_age.clone(),
                        },
                    ));
                }
            }
            if let (Some(from), Some(below)) = (r.from_age, r.below_age)
                && below <= from
                && below <= MAX_AGE
            {
                out.push((
                    at("below_age"),
                    Problem::OutOfRange {
                        value: below.to_string(),
                        min: (from + 1).to_string(),
                        max: max_age.clone(),
                    },
                ));
            }
            if r.coefficient_percent == 0 {
                out.push((
                    at("coefficient_percent"),
                    Problem::NotPositive { value: "0".into() },
                ));
            }
        }
        out
    }
}

/// The oldest age a member can have (as in household files).
const MAX_AGE: u32 = 120;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::household::Sex;
    use crate::training::generate::draw::member;
    use crate::training::generate::names::{BUILTIN_NAMES, parse_names};

    /// The built-in allowance table pays what the decrees pay (outside the domain reference):
    /// the year's base times 1.0 from 80 without a pension, 1.5/2.0 for a severe/especially
    /// severe disability, 2.0/2.5 for a child or an elderly person with one; nothing otherwise.
    #[test]
    fn the_builtin_allowances_pay_what_the_rules_pay() {
        let a = parse_names("names.toml", BUILTIN_NAMES)
            .expect("valid")
            .allowances;
        let person = |age: u32, disability: Disability| Member {
            disability,
            ..member("X".into(), age, Sex::Female)
        };
        use Disability::{EspeciallySevere, Mild, None as No, Severe};
        for (year, age, disability, pension, expected) in [
            (2024, 85, No, false, Some(500_000)),
            (2024, 85, No, true, None),
            (2024, 80, No, false, Some(500_000)),
            (2024, 79, No, false, None),
            (2026, 62, No, false, None),
            (2026, 70, Mild, false, None),
            (2026, 70, Severe, false, Some(1_000_000)),
            (2026, 70, EspeciallySevere, false, Some(1_250_000)),
            (2026, 85, Severe, false, Some(1_000_000)),
            (2024, 30, Severe, false, Some(750_000)),
            (2024, 30, EspeciallySevere, false, Some(1_000_000)),
            (2024, 10, Severe, false, Some(1_000_000)),
            (2024, 15, EspeciallySevere, false, Some(1_250_000)),
            (2024, 16, EspeciallySevere, false, Some(1_000_000)),
            (2023, 85, No, false, Some(360_000)),
            (2021, 60, Severe, false, Some(720_000)),
            (2020, 85, No, false, Some(270_000)),
            (2016, 30, Severe, false, Some(405_000)),
            (2019, 8, EspeciallySevere, false, Some(675_000)),
            (2015, 85, No, false, None),
        ] {
            assert_eq!(
                a.monthly(year, &person(age, disability), pension),
                expected,
                "{year}: {age}, {disability:?}, pension {pension}"
            );
        }
    }

    /// A mistake in the allowance table is refused at its line and column, with its field.
    #[test]
    fn a_wrong_allowance_table_is_refused_where_it_is_wrong() {
        let group = "[[groups]]\npeople_vi = \"Kinh\"\npeople_en = \"Kinh\"\nregions = [\"urban\"]\n\
                     family = [\"Lê\"]\nmale_middle = [\"Văn\"]\nfemale_middle = [\"Thị\"]\n\
                     male_given = [\"An\"]\nfemale_given = [\"Mai\"]\n";
        let with = |allowances: &str| format!("{allowances}\n{group}");
        let cases = [
            (
                "[allowances]\nbases = [{ from_year = 2016, monthly_vnd = 270_000 }]\nrules = [\n  \
                 { name = \"a\", from_age = 80, coefficient_percent = 100 },\n  \
                 { name = \"b\", disability = \"severe\", coefficient_percent = 0 },\n]",
                "allowances.rules[1].coefficient_percent",
                5,
            ),
            (
                "[allowances]\nbases = [\n  { from_year = 2016, monthly_vnd = 270_000 },\n  \
                 { from_year = 2016, monthly_vnd = 360_000 },\n]",
                "allowances.bases[1].from_year",
                4,
            ),
            (
                "[allowances]\nrules = [{ name = \"a\", from_age = 80, coefficient_percent = 100 }]",
                "allowances.bases",
                1,
            ),
            (
                "[allowances]\nbases = [{ from_year = 2016, monthly_vnd = 270_000 }]\nrules = [\n  \
                 { name = \"a\", from_age = 60, below_age = 60, coefficient_percent = 150 },\n]",
                "allowances.rules[0].below_age",
                4,
            ),
            (
                "[allowances]\nbases = [{ from_year = 2016, monthly_vnd = 270_000 }]\nrules = [\n  \
                 { name = \"a\", disability = \"heavy\", coefficient_percent = 150 },\n]",
                "allowances.rules[0].disability",
                4,
            ),
            (
                // The old form (a list of amounts by year): a table is wanted.
                "allowances = [{ from_year = 2016, amounts = [270_000, 405_000] }]",
                "allowances[0]",
                1,
            ),
        ];
        for (allowances, path, line) in cases {
            let e = parse_names("names.toml", &with(allowances)).expect_err(path);
            assert_eq!((e.path.as_str(), e.line), (path, line), "{e}");
            assert_eq!(e.file, "names.toml");
        }
    }
}
