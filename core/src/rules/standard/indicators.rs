//! The indicators of a standard: the services they belong to, each indicator's rule with every
//! parameter as data, and the working age the employment indicator reads.

use serde::{Deserialize, Serialize};

use super::provenance::Provenance;
use crate::rules::household::{
    Disability, Education, InfoMeans, Latrine, Nutrition, Sex, Waste, WaterSource, Work,
};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub name_vi: String,
    pub name_en: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    pub service: String,
    /// Official Vietnamese name, shown verbatim in the Vietnamese UI.
    pub name_vi: String,
    pub name_en: String,
    /// True when the name is a working name of ours, not one found in a legal text: it is then
    /// shown as such.
    #[serde(default)]
    pub working_name: bool,
    pub provenance: Provenance,
    pub rule: Rule,
}

/// When an indicator counts as deprived, with every parameter as data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Rule {
    /// A member was sick and did not seek treatment.
    SickUntreated,
    /// A member aged `min_age` or over has no health insurance.
    HealthInsurance { min_age: u32 },
    /// 2016–2020: a member aged `min_age`+ born in `born_from_year` or later (year of birth taken
    /// as review year − age) has not completed `required` and is not in school.
    AdultEducationCohort {
        min_age: u32,
        born_from_year: i32,
        required: Education,
    },
    /// From 2022: a member in one of the age bands is not studying and lacks the band's
    /// qualification.
    AdultEducationBands {
        bands: Vec<EducationBand>,
        on_the_job_training_counts: bool,
    },
    /// A child from `from_age` to under `below_age` does not attend as `required`.
    ChildSchool {
        from_age: u32,
        below_age: u32,
        required: AttendanceRequirement,
    },
    /// At least `at_least` of wall, frame and roof are non-durable.
    HousingQuality { at_least: u32 },
    /// Floor area per person under `min_m2_per_person`.
    HousingArea { min_m2_per_person: f64 },
    /// The water source is not one of `accepted`; `quality` is the standard's word for them
    /// ("hợp vệ sinh" or "sạch").
    Water {
        accepted: Vec<WaterSource>,
        #[serde(default)]
        quality: WaterQuality,
    },
    /// The latrine is not one of `accepted`.
    Sanitation { accepted: Vec<Latrine> },
    /// No member uses any of `services`.
    Telecom { services: Vec<TelecomService> },
    /// Owns none of `accepted` and (when `loudspeaker_counts`) cannot hear the loudspeakers;
    /// `term` is the standard's word for them ("tài sản" or "phương tiện").
    Information {
        accepted: Vec<InfoMeans>,
        loudspeaker_counts: bool,
        #[serde(default)]
        term: InfoTerm,
    },
    /// A member of working age does one of `deprived_work`.
    Employment { deprived_work: Vec<Work> },
    /// Dependants are more than `more_than_percent` of members.
    Dependents {
        child_below_age: u32,
        elderly_from_age: u32,
        elderly_requires_allowance: bool,
        disability_levels: Vec<Disability>,
        disability_requires_allowance: bool,
        more_than_percent: u32,
    },
    /// A child under `child_below_age` has one of `conditions`.
    Nutrition {
        child_below_age: u32,
        conditions: Vec<Nutrition>,
    },
    /// Household waste is handled in one of `deprived`.
    Waste { deprived: Vec<Waste> },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EducationBand {
    pub from_age: u32,
    /// Inclusive upper age.
    pub to_age: u32,
    pub required: Education,
    pub vocational_certificate_counts: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttendanceRequirement {
    /// Attends school at any level.
    Attending,
    /// Attends the level appropriate to the age.
    AtLevel,
}

/// How the standard names an acceptable water source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WaterQuality {
    /// "Nguồn nước hợp vệ sinh" (2016–2020).
    Hygienic,
    /// "Nước sạch" (from 2022).
    #[default]
    Clean,
}

/// How the standard names the household's means of access to information.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InfoTerm {
    /// "Tài sản" (2016–2020).
    Assets,
    /// "Phương tiện" (from 2022).
    #[default]
    Means,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TelecomService {
    Phone,
    Internet,
}

/// Working age for the employment indicator: from `min_age` up to, not including, the statutory
/// retirement age of the review year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkingAge {
    pub min_age: u32,
    pub provenance: Provenance,
    /// One row per year; years before the first row use the first, after the last use the last.
    pub retirement: Vec<RetirementAge>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetirementAge {
    pub year: i32,
    /// Retirement age in months (60 years 3 months = 723).
    pub male_months: u32,
    pub female_months: u32,
}

impl WorkingAge {
    /// The retirement age in months for a sex in a review year.
    pub fn retirement_months(&self, year: i32, sex: Sex) -> Option<u32> {
        let row = self
            .retirement
            .iter()
            .rev()
            .find(|r| r.year <= year)
            .or_else(|| self.retirement.first())?;
        Some(match sex {
            Sex::Male => row.male_months,
            Sex::Female => row.female_months,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::standard::StandardSet;

    #[test]
    fn retirement_age_follows_the_table_and_clamps() {
        let set = StandardSet::builtin().expect("valid");
        let w = set
            .get("2022-2025")
            .and_then(|s| s.working_age.clone())
            .expect("has working age");
        assert_eq!(w.retirement_months(2021, Sex::Male), Some(60 * 12 + 3));
        assert_eq!(w.retirement_months(2021, Sex::Female), Some(55 * 12 + 4));
        assert_eq!(w.retirement_months(2028, Sex::Male), Some(62 * 12));
        assert_eq!(w.retirement_months(2030, Sex::Male), Some(62 * 12));
        assert_eq!(w.retirement_months(2030, Sex::Female), Some(58 * 12 + 4));
        assert_eq!(w.retirement_months(2016, Sex::Female), Some(55 * 12 + 4));
    }
}
