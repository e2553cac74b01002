//! The name lists of the peoples the generator draws households from (`assets/names.toml`):
//! family, middle and given names, where each people lives, whose family name the children take,
//! and the allowance table; and how a names file is read.

use serde::Deserialize;

use crate::rules::household::Sex;
use crate::rules::source::{self, FormatError};
use crate::training::scenario::Region;

use super::allowances::Allowances;

/// The name lists shipped with the program.
pub const BUILTIN_NAMES: &str = include_str!("../../../../assets/names.toml");

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    pub groups: Vec<NameGroup>,
    /// Who receives a monthly social allowance, and how much.
    #[serde(default)]
    pub allowances: Allowances,
}

/// One people's names and the regions where the generator places it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameGroup {
    pub people_vi: String,
    pub people_en: String,
    pub regions: Vec<Region>,
    pub family: Vec<String>,
    pub male_middle: Vec<String>,
    pub female_middle: Vec<String>,
    pub male_given: Vec<String>,
    pub female_given: Vec<String>,
    /// Family name written last (Ê Đê: "Y Bhim Niê").
    #[serde(default)]
    pub family_last: bool,
    /// Whose family (clan) name the children take.
    #[serde(default)]
    pub descent: Descent,
    /// Husband and wife never share a clan name (Hmông, Ê Đê, Jrai…).
    #[serde(default)]
    pub exogamous: bool,
}

/// Whose family name children take.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Descent {
    /// The father's (Kinh and most peoples).
    #[default]
    Patrilineal,
    /// The mother's clan (Ê Đê, Jrai, M'Nông, Raglai…).
    Matrilineal,
}

impl NameGroup {
    /// The sex whose family name the children carry.
    pub(super) fn line_sex(&self) -> Sex {
        match self.descent {
            Descent::Patrilineal => Sex::Male,
            Descent::Matrilineal => Sex::Female,
        }
    }

    /// The family name of a grandparent living with the family: the grandparent of the line's
    /// sex carries the line's name; the other one married in and has another (`position` picks
    /// which, without drawing from the random stream).
    pub(super) fn grandparent_family(&self, line: &str, sex: Sex, position: usize) -> String {
        if sex == self.line_sex() {
            line.to_owned()
        } else {
            self.other_family(line, position)
        }
    }

    /// A family name of this group other than `not` (the next in the list), chosen without
    /// drawing from the random stream so that a seed's households stay the same.
    pub(super) fn other_family(&self, not: &str, offset: usize) -> String {
        let n = self.family.len();
        let start = self.family.iter().position(|f| f == not).unwrap_or(0);
        (1..=n)
            .map(|k| &self.family[(start + offset + k) % n])
            .find(|f| *f != not)
            .unwrap_or(&self.family[start])
            .clone()
    }
}

/// Reads a names file; a problem the types alone cannot catch (in `allowances`) is located at
/// its line and column like a parse error.
pub fn parse_names(file: &str, text: &str) -> Result<Names, FormatError> {
    let names: Names = source::deserialize(file, text)?;
    source::first_problem(file, text, names.allowances.validate())?;
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_names_parse_and_cover_every_region() {
        let names = parse_names("names.toml", BUILTIN_NAMES).expect("valid");
        for r in Region::ALL {
            assert!(names.groups.iter().any(|g| g.regions.contains(&r)), "{r:?}");
        }
        for g in &names.groups {
            for list in [
                &g.family,
                &g.male_middle,
                &g.female_middle,
                &g.male_given,
                &g.female_given,
            ] {
                assert!(!list.is_empty(), "{}", g.people_vi);
            }
        }
    }
}
