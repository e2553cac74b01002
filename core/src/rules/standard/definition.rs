//! The `Standard` itself: one standard file's identity, legal basis and review years, the parts
//! it is made of, and the look-ups of its indicators, services and year sources.

use serde::{Deserialize, Serialize};

use super::classification::{Classification, Lines, LowIncomeWorkers, ScoringForm};
use super::indicators::{Indicator, Service, WorkingAge};
use super::materials::MaterialTable;
use super::procedure::Procedure;
use super::provenance::Provenance;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Standard {
    /// Stable id, e.g. `2022-2025`.
    pub id: String,
    pub name_vi: String,
    pub name_en: String,
    /// The legal basis, cited verbatim to users.
    pub legal_basis: String,
    pub provenance: Provenance,
    /// The kind of legal text that set the standard (a Prime Minister's decision, a Government
    /// decree), for "what changed".
    #[serde(default)]
    pub legal_form: Option<LegalForm>,
    /// Official names of the two areas where the standard's text uses its own words (Nghị định
    /// 351/2025 says "đô thị"); otherwise the usual "nông thôn", "thành thị".
    #[serde(default)]
    pub area_names: Option<AreaNames>,
    /// Whether the list of indicators itself is confirmed (a P list marks the whole standard as
    /// provisional in the app).
    pub indicator_list_provenance: Provenance,
    /// Review years (`review_year` of a household file) for which this standard is the default.
    pub review_years: YearRange,
    /// Why those years take this standard (a year's mapping is C, S or P of its own).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_years_provenance: Option<Provenance>,
    /// The first of `review_years`, when only the periodic review at the year's end (which draws
    /// up the next year's lists) applies this standard: that year's in-year reviews still run
    /// under the previous standard (QĐ 24/2021 took effect on 1/9/2021; Nghị định 351/2025 keeps
    /// the 2022–2025 standard to 31/12/2026).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_review_year: Option<FirstReviewYear>,
    pub lines: Lines,
    pub classification: Classification,
    #[serde(default)]
    pub working_age: Option<WorkingAge>,
    #[serde(default)]
    pub procedure: Option<Procedure>,
    /// What is known of the review form's scores (Phiếu B), shown with its mark; never used to
    /// classify.
    #[serde(default)]
    pub scoring_form: Option<ScoringForm>,
    /// Which main materials of wall, frame and roof are durable: read when a household file
    /// gives materials (the village draws and describes them; `check` compares them with the
    /// stated durability). Never read by the engine, which reads the stated durability.
    #[serde(default)]
    pub materials: Option<MaterialTable>,
    /// Who counts as a low-income worker (a later amendment), shown with its mark; never used to
    /// classify a household.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low_income_workers: Option<LowIncomeWorkers>,
    pub services: Vec<Service>,
    pub indicators: Vec<Indicator>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalForm {
    /// Quyết định của Thủ tướng Chính phủ.
    PrimeMinisterDecision,
    /// Nghị định của Chính phủ.
    GovernmentDecree,
}

impl LegalForm {
    pub fn as_str(self) -> &'static str {
        match self {
            LegalForm::PrimeMinisterDecision => "prime_minister_decision",
            LegalForm::GovernmentDecree => "government_decree",
        }
    }
}

/// A name in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub vi: String,
    pub en: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaNames {
    pub rural: Localized,
    pub urban: Localized,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearRange {
    pub from: i32,
    pub to: i32,
}

impl YearRange {
    pub fn contains(&self, year: i32) -> bool {
        (self.from..=self.to).contains(&year)
    }
}

/// How the first review year of a standard takes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FirstReviewYear {
    /// Only the periodic review at the end of that year applies the standard.
    pub periodic_only: bool,
    pub provenance: Provenance,
}

impl Standard {
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    /// True when the standard's list of indicators is itself provisional (2026–2030).
    pub fn is_provisional(&self) -> bool {
        self.provenance.is_provisional() || self.indicator_list_provenance.is_provisional()
    }

    /// The source (with its mark) of taking this standard for a review year, when the file says.
    pub fn year_provenance(&self, year: i32) -> Option<&Provenance> {
        if !self.review_years.contains(year) {
            return None;
        }
        match &self.first_review_year {
            Some(f) if year == self.review_years.from => Some(&f.provenance),
            _ => self.review_years_provenance.as_ref(),
        }
    }

    /// In a first review year that only the periodic review applies this standard to: the
    /// source of that reading. The in-year reviews of that year belong to the previous standard.
    pub fn periodic_only_in(&self, year: i32) -> Option<&Provenance> {
        self.first_review_year
            .as_ref()
            .filter(|f| f.periodic_only && year == self.review_years.from)
            .map(|f| &f.provenance)
    }
}
