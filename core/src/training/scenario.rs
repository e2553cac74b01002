//! Scenario files: a household file (format 1) plus `[scenario]` (what the trainee reads) and an
//! optional `[expected]` (the trainer's answer key), checked against the engine.
//!
//! Architecture invariant: parses text it is handed and compares with `assess`; no IO, no prose.

// Parts of the scenario format shared with the village file and the visit.
pub use crate::rules::text::{Bilingual, BilingualList, MAX_ID_LEN, is_safe_id};
pub use crate::rules::values::Region;
use serde::{Deserialize, Serialize};

use crate::rules::assess::{Class, assess};
use crate::rules::household::{Household, check_format_version};
use crate::rules::source::{self, FormatError, Problem};
use crate::rules::standard::{Standard, StandardSet};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioMeta {
    /// Unique and stable across the library.
    pub id: String,
    pub title: Bilingual,
    pub summary: Bilingual,
    /// 1 (easy) to 3 (hard).
    pub difficulty: u8,
    #[serde(default)]
    pub tags: Vec<String>,
    /// The standard the trainee classifies under; default: the one for `review_year`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standard: Option<String>,
    pub region: Region,
    /// What the reviewer sees and hears at the door.
    pub narrative: Bilingual,
    pub learning_points: BilingualList,
    #[serde(default)]
    pub trainer_notes: String,
    /// Set in files made by `rasoat generate`: how to make the file again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generated: Option<Generated>,
}

/// The recipe of a generated scenario: the same seed and index give the same file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Generated {
    pub seed: u64,
    /// Position in the generated set, from 0.
    pub index: u32,
    pub focus: String,
}

/// The trainer's intended answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    pub classification: Class,
    pub deprived: Vec<String>,
    pub income_per_person_month_vnd: u128,
}

/// A household file whose `[scenario]` table is present.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub format: i64,
    pub scenario: ScenarioMeta,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<Expected>,
    /// How the household behaves at a field visit in the village: facts it does not volunteer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit: Option<crate::field::visit::VisitSpec>,
    /// The household's place in the review procedure (the campaign in the village).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<crate::field::procedure::ReviewSpec>,
    pub household: Household,
}

/// True when the text has a top-level `[scenario]` table (a scenario rather than a plain
/// household file). Text that is not TOML is not a scenario.
pub fn is_scenario(text: &str) -> bool {
    toml::de::DeTable::parse(text).is_ok_and(|t| t.get_ref().get("scenario").is_some())
}

/// What a TOML file of a trainers' folder holds, told from its top-level tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `[village]`.
    Village,
    /// `[scenario]` (and no `[village]`).
    Scenario,
    /// Anything else, text that is not TOML included: read as a household file, which says
    /// where it fails.
    Household,
}

/// A file's text parsed once as TOML: its kind, and then its scenario from the same parse
/// (`parse_scenario_document`) — a folder of ten thousand files is not read twice.
pub struct Document<'t> {
    text: &'t str,
    table: Option<toml::Spanned<toml::de::DeTable<'t>>>,
}

impl<'t> Document<'t> {
    pub fn parse(text: &'t str) -> Self {
        Self {
            text,
            table: toml::de::DeTable::parse(text).ok(),
        }
    }

    /// A top-level `[village]` makes a village file, else `[scenario]` a scenario.
    pub fn kind(&self) -> FileKind {
        let Some(table) = &self.table else {
            return FileKind::Household;
        };
        let table = table.get_ref();
        if table.get("village").is_some() {
            FileKind::Village
        } else if table.get("scenario").is_some() {
            FileKind::Scenario
        } else {
            FileKind::Household
        }
    }
}

/// A scenario file as written: a household file whose `[scenario]` may be missing (to say so).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScenarioFile {
    format: i64,
    #[serde(default)]
    scenario: Option<ScenarioMeta>,
    #[serde(default)]
    expected: Option<Expected>,
    #[serde(default)]
    visit: Option<crate::field::visit::VisitSpec>,
    #[serde(default)]
    review: Option<crate::field::procedure::ReviewSpec>,
    household: Household,
}

/// Parses and validates a scenario file. `file` only names the file in messages.
pub fn parse_scenario(file: &str, text: &str, standards: &StandardSet) -> Result<Scenario, FormatError> {
    parse_scenario_document(file, Document::parse(text), standards)
}

/// `parse_scenario` of a document already parsed.
pub fn parse_scenario_document(
    file: &str,
    doc: Document<'_>,
    standards: &StandardSet,
) -> Result<Scenario, FormatError> {
    let text = doc.text;
    let hf: ScenarioFile = match doc.table {
        Some(table) => source::deserialize_parsed(file, text, table)?,
        None => source::deserialize(file, text)?,
    };
    check_format_version(file, text, hf.format)?;
    source::first_problem(file, text, hf.household.validate())?;
    let Some(meta) = hf.scenario else {
        return Err(source::locate_problem(
            file,
            text,
            String::new(),
            Problem::MissingField {
                field: "scenario".into(),
            },
        ));
    };
    let s = Scenario {
        format: hf.format,
        scenario: meta,
        expected: hf.expected,
        visit: hf.visit,
        review: hf.review,
        household: hf.household,
    };
    let problems = s.problems(standards);
    source::first_problem(file, text, problems)?;
    Ok(s)
}

impl Scenario {
    /// What the types alone do not check in `[scenario]` and `[expected]` (field path and
    /// problem): an empty id, title or narrative in Vietnamese, a difficulty outside 1–3, an
    /// unknown standard, an unknown indicator id in the answer key. `parse_scenario` and the
    /// editor both ask this.
    pub fn problems(&self, standards: &StandardSet) -> Vec<(String, Problem)> {
        let mut problems = Vec::new();
        let meta = &self.scenario;
        if meta.id.trim().is_empty() {
            problems.push(("scenario.id".to_owned(), Problem::Empty));
        } else if !is_safe_id(&meta.id) {
            problems.push((
                "scenario.id".to_owned(),
                Problem::UnsafeId {
                    value: meta.id.clone(),
                },
            ));
        }
        if !(1..=3).contains(&meta.difficulty) {
            problems.push((
                "scenario.difficulty".to_owned(),
                Problem::OutOfRange {
                    value: meta.difficulty.to_string(),
                    min: "1".into(),
                    max: "3".into(),
                },
            ));
        }
        // Vietnamese is required; an empty English text shows the Vietnamese one.
        for (path, text) in [
            ("scenario.title.vi", &meta.title.vi),
            ("scenario.narrative.vi", &meta.narrative.vi),
        ] {
            if crate::rules::text::is_blank(text) {
                problems.push((path.to_owned(), Problem::Empty));
            }
        }
        if let Some(id) = &meta.standard
            && standards.get(id).is_none()
        {
            problems.push((
                "scenario.standard".to_owned(),
                Problem::UnknownStandard {
                    id: id.clone(),
                    known: standards.ids(),
                },
            ));
        }
        if let Some(table) = self.standard_in(standards).and_then(|s| s.materials.as_ref()) {
            problems.extend(table.problems(&self.household.dwelling));
        }
        if let Some(r) = &self.review {
            problems.extend(r.problems());
        }
        if let Some(v) = &self.visit {
            problems.extend(v.problems(&self.household, crate::field::visit::Catalogue::shared()));
        }
        if let Some(e) = &self.expected {
            let standard = self.standard_in(standards);
            for (i, id) in e.deprived.iter().enumerate() {
                if standard.is_some_and(|st| st.indicator(id).is_none()) {
                    problems.push((
                        format!("expected.deprived[{i}]"),
                        Problem::UnknownValue {
                            value: id.clone(),
                            allowed: standard
                                .map(|st| st.indicators.iter().map(|i| i.id.clone()).collect())
                                .unwrap_or_default(),
                        },
                    ));
                }
            }
        }
        problems
    }

    /// The standard the trainee classifies under.
    pub fn standard_in<'s>(&self, standards: &'s StandardSet) -> Option<&'s Standard> {
        match &self.scenario.standard {
            Some(id) => standards.get(id),
            None => standards.default_for_year(self.household.review_year),
        }
    }
}

/// One way the trainer's `[expected]` answer differs from the engine's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    Classification {
        expected: Class,
        engine: Class,
    },
    /// The trainer marks the indicator deprived, the engine does not.
    MarkedButNotDeprived {
        id: String,
    },
    /// The engine finds the indicator deprived, the trainer did not mark it.
    DeprivedButNotMarked {
        id: String,
    },
    Income {
        expected: u128,
        engine: u128,
    },
}

/// Compares `[expected]` with the engine under the scenario's standard.
pub fn check_expected(s: &Scenario, standard: &Standard) -> Vec<Mismatch> {
    let Some(e) = &s.expected else { return Vec::new() };
    let a = assess(&s.household, standard);
    let mut out = Vec::new();
    // Where the standard's average band is not known, "none" and "average living standard" are
    // both accepted, as in grading.
    if !a.accepted_classes().contains(&e.classification) {
        out.push(Mismatch::Classification {
            expected: e.classification,
            engine: a.class,
        });
    }
    let engine = a.deprived_ids();
    for id in &e.deprived {
        if !engine.contains(&id.as_str()) {
            out.push(Mismatch::MarkedButNotDeprived { id: id.clone() });
        }
    }
    for id in engine {
        if !e.deprived.iter().any(|d| d == id) {
            out.push(Mismatch::DeprivedButNotMarked { id: id.to_owned() });
        }
    }
    if a.income.per_person_month_vnd != e.income_per_person_month_vnd {
        out.push(Mismatch::Income {
            expected: e.income_per_person_month_vnd,
            engine: a.income.per_person_month_vnd,
        });
    }
    out
}

/// How often one indicator is deprived and not deprived among the scenarios of a standard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorCoverage {
    pub id: String,
    pub deprived: usize,
    pub not_deprived: usize,
}

/// What the scenarios exercise under one standard: those a trainee classifies under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StandardCoverage {
    pub standard: String,
    pub scenarios: usize,
    pub indicators: Vec<IndicatorCoverage>,
    pub classes: Vec<(Class, usize)>,
}

/// The coverage matrix for every standard of `standards`.
pub fn coverage(standards: &StandardSet, scenarios: &[Scenario]) -> Vec<StandardCoverage> {
    standards
        .all()
        .iter()
        .map(|st| {
            let assessed: Vec<_> = scenarios
                .iter()
                .filter(|sc| sc.standard_in(standards).is_some_and(|own| own.id == st.id))
                .map(|sc| assess(&sc.household, st))
                .collect();
            let indicators = st
                .indicators
                .iter()
                .map(|i| {
                    let deprived = assessed
                        .iter()
                        .filter(|a| a.result(&i.id).is_some_and(|r| r.deprived))
                        .count();
                    IndicatorCoverage {
                        id: i.id.clone(),
                        deprived,
                        not_deprived: assessed.len() - deprived,
                    }
                })
                .collect();
            let classes = Class::ALL
                .iter()
                .map(|c| (*c, assessed.iter().filter(|a| a.class == *c).count()))
                .collect();
            StandardCoverage {
                standard: st.id.clone(),
                scenarios: assessed.len(),
                indicators,
                classes,
            }
        })
        .collect()
}

/// The scenario as a file (format 1), ready to be written. Reading it back gives an equal value.
pub fn to_toml(s: &Scenario) -> String {
    toml::to_string(s).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An empty English text or list shows the Vietnamese one (the README promises it; the
    /// debrief once showed no learning points in English).
    #[test]
    fn english_falls_back_to_vietnamese_where_empty() {
        let t = Bilingual {
            vi: "Hộ nghèo".into(),
            en: " ".into(),
        };
        assert_eq!(t.get(true), "Hộ nghèo");
        assert_eq!(t.get(false), "Hộ nghèo");
        let l = BilingualList {
            vi: vec!["Điểm 1".into()],
            en: vec![],
        };
        assert_eq!(l.get(true), ["Điểm 1".to_owned()]);
        let both = BilingualList {
            vi: vec!["Điểm 1".into()],
            en: vec!["Point 1".into()],
        };
        assert_eq!(both.get(true), ["Point 1".to_owned()]);
        assert_eq!(both.get(false), ["Điểm 1".to_owned()]);
    }
}
