//! Household file, format 1: the facts a reviewer collects about one household.
//!
//! Architecture invariant: this module parses text it is handed and validates it; it never reads
//! files, never assesses and never formats prose for people.

use serde::{Deserialize, Serialize};

use crate::rules::source::{self, FormatError, Problem};
// The closed vocabularies of the format (area, materials, work…), spelled as in files.
pub use crate::rules::values::*;

/// The only household format version this program reads and writes.
pub const FORMAT_VERSION: i64 = 1;

/// The whole household file: `format = 1` plus `[household]`. A scenario file is a household
/// file too: its `[scenario]` and `[expected]` tables are accepted here as tables and checked by
/// `scenario::parse_scenario` (this module knows nothing of scenarios).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HouseholdFile {
    pub format: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scenario: Option<toml::Table>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<toml::Table>,
    /// A scenario's `[review]` (its place in the review procedure: previous status, request).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<toml::Table>,
    /// A scenario's `[visit]` (facts the household does not volunteer in the village).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit: Option<toml::Table>,
    pub household: Household,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Household {
    pub area: Area,
    pub review_year: i32,
    #[serde(default)]
    pub livelihood: Livelihood,
    pub dwelling: Dwelling,
    pub members: Vec<Member>,
    #[serde(default)]
    pub income: Vec<IncomeSource>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dwelling {
    pub wall: Durability,
    pub frame: Durability,
    pub roof: Durability,
    /// Optional main materials (a later addition: files without them stay valid). When given,
    /// the standard's material table says whether each is durable, and `rasoat check` reports
    /// a material that disagrees with `wall`/`frame`/`roof`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wall_material: Option<Material>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame_material: Option<Material>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roof_material: Option<Material>,
    pub floor_area_m2: f64,
    pub water_source: WaterSource,
    pub latrine: Latrine,
    #[serde(default)]
    pub info_means: Vec<InfoMeans>,
    #[serde(default)]
    pub hears_loudspeaker: bool,
    #[serde(default)]
    pub waste: Waste,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub name: String,
    pub age: u32,
    #[serde(default)]
    pub age_months: u32,
    pub sex: Sex,
    #[serde(default)]
    pub work: Work,
    #[serde(default)]
    pub disability: Disability,
    #[serde(default)]
    pub health_insurance: bool,
    #[serde(default)]
    pub education: Education,
    #[serde(default)]
    pub vocational_certificate: bool,
    #[serde(default)]
    pub on_the_job_training: bool,
    #[serde(default)]
    pub schooling: Schooling,
    #[serde(default)]
    pub nutrition: Nutrition,
    #[serde(default)]
    pub uses_internet: bool,
    #[serde(default)]
    pub uses_phone: bool,
    #[serde(default)]
    pub sick_untreated: bool,
    #[serde(default)]
    pub social_allowance: bool,
}

impl Dwelling {
    /// The stated durability of a structure.
    pub fn durability(&self, s: Structure) -> Durability {
        match s {
            Structure::Wall => self.wall,
            Structure::Frame => self.frame,
            Structure::Roof => self.roof,
        }
    }

    /// The material of a structure, where the file gives it.
    pub fn material(&self, s: Structure) -> Option<Material> {
        match s {
            Structure::Wall => self.wall_material,
            Structure::Frame => self.frame_material,
            Structure::Roof => self.roof_material,
        }
    }
}

impl Member {
    /// Age in whole months at the review (`age` years plus `age_months`).
    pub fn age_in_months(&self) -> u32 {
        self.age.saturating_mul(12).saturating_add(self.age_months)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncomeSource {
    pub source: IncomeKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly_vnd: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual_vnd: Option<u64>,
}

impl IncomeSource {
    /// The source's amount over twelve months, in VND (monthly amounts count 12 times).
    pub fn annual(&self) -> u128 {
        match (self.monthly_vnd, self.annual_vnd) {
            (Some(m), _) => u128::from(m) * 12,
            (None, Some(a)) => u128::from(a),
            (None, None) => 0,
        }
    }
}

impl Household {
    /// Number of members, the divisor of every per-person figure.
    pub fn member_count(&self) -> u32 {
        u32::try_from(self.members.len()).unwrap_or(u32::MAX)
    }

    /// Total income over twelve months in VND.
    pub fn annual_income(&self) -> u128 {
        self.income.iter().map(IncomeSource::annual).sum()
    }

    /// Total income over twelve months, leaving out the given kinds of source.
    pub fn annual_income_without(&self, excluded: &[IncomeKind]) -> u128 {
        self.income
            .iter()
            .filter(|s| !excluded.contains(&s.source))
            .map(IncomeSource::annual)
            .sum()
    }

    /// Checks the rules of format 1 that types alone do not express. Problems carry field paths
    /// relative to the file root (`household.members[2].age`).
    pub fn validate(&self) -> Vec<(String, Problem)> {
        let mut out = Vec::new();
        if !(2016..=2030).contains(&self.review_year) {
            out.push((
                "household.review_year".to_owned(),
                Problem::OutOfRange {
                    value: self.review_year.to_string(),
                    min: "2016".into(),
                    max: "2030".into(),
                },
            ));
        }
        let area = self.dwelling.floor_area_m2;
        if !(area.is_finite() && area > 0.0) {
            out.push((
                "household.dwelling.floor_area_m2".to_owned(),
                Problem::NotPositive {
                    value: area.to_string(),
                },
            ));
        }
        if self.members.is_empty() {
            out.push(("household.members".to_owned(), Problem::NoMembers));
        }
        for (i, m) in self.members.iter().enumerate() {
            let at = |field: &str| format!("household.members[{i}].{field}");
            if crate::rules::text::is_blank(&m.name) {
                out.push((at("name"), Problem::Empty));
            }
            if m.age > 120 {
                out.push((
                    at("age"),
                    Problem::OutOfRange {
                        value: m.age.to_string(),
                        min: "0".into(),
                        max: "120".into(),
                    },
                ));
            }
            if m.age_months > 11 {
                out.push((
                    at("age_months"),
                    Problem::OutOfRange {
                        value: m.age_months.to_string(),
                        min: "0".into(),
                        max: "11".into(),
                    },
                ));
            }
        }
        for (i, s) in self.income.iter().enumerate() {
            if s.monthly_vnd.is_some() == s.annual_vnd.is_some() {
                out.push((format!("household.income[{i}]"), Problem::MonthlyXorAnnual));
            }
        }
        out
    }
}

/// Parses and validates a household file. `file` only names the file in messages.
pub fn parse_household(file: &str, text: &str) -> Result<HouseholdFile, FormatError> {
    let parsed: HouseholdFile = source::deserialize(file, text)?;
    check_format_version(file, text, parsed.format)?;
    source::first_problem(file, text, parsed.household.validate())?;
    Ok(parsed)
}

/// Rejects any `format` other than the one this program reads.
pub fn check_format_version(file: &str, text: &str, format: i64) -> Result<(), FormatError> {
    if format == FORMAT_VERSION {
        return Ok(());
    }
    source::first_problem(
        file,
        text,
        vec![(
            "format".to_owned(),
            Problem::UnsupportedFormat {
                found: format.to_string(),
            },
        )],
    )
}
