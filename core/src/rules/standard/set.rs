//! Loading standards: parsing and validating one file, the built-in and earlier editions embedded
//! in the program, and the `StandardSet` of the standards in force.

use super::definition::Standard;
use crate::rules::source::{self, FormatError, Problem};

/// Parses and validates one standard file. `file` only names the file in messages.
pub fn parse_standard(file: &str, text: &str) -> Result<Standard, FormatError> {
    let standard: Standard = source::deserialize(file, text)?;
    source::first_problem(file, text, standard.validate())?;
    Ok(standard)
}

/// The standards shipped with the program: (file name, text).
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "2016-2020.toml",
        include_str!("../../../../standards/2016-2020.toml"),
    ),
    (
        "2022-2025.toml",
        include_str!("../../../../standards/2022-2025.toml"),
    ),
    (
        "2026-2030.toml",
        include_str!("../../../../standards/2026-2030.toml"),
    ),
];

/// Earlier editions of the built-in standards, kept as they were (`standards/earlier/`): the same
/// rules with other citations. Never applied; an answer whose version-2 hash was taken over one of
/// them keeps scoring (`session::hash_matches`).
pub const EARLIER: &[(&str, &str)] = &[
    (
        "earlier/2016-2020.toml",
        include_str!("../../../../standards/earlier/2016-2020.toml"),
    ),
    (
        "earlier/2022-2025.toml",
        include_str!("../../../../standards/earlier/2022-2025.toml"),
    ),
    (
        "earlier/2026-2030.toml",
        include_str!("../../../../standards/earlier/2026-2030.toml"),
    ),
];

/// The earlier editions, parsed once.
pub fn earlier_editions() -> &'static [Standard] {
    static EDITIONS: std::sync::OnceLock<Vec<Standard>> = std::sync::OnceLock::new();
    EDITIONS.get_or_init(|| {
        EARLIER
            .iter()
            .filter_map(|(file, text)| parse_standard(file, text).ok())
            .collect()
    })
}

/// The standards in force, in chronological order.
#[derive(Debug, Clone, PartialEq)]
pub struct StandardSet {
    standards: Vec<Standard>,
}

impl StandardSet {
    /// The embedded standards.
    pub fn builtin() -> Result<Self, FormatError> {
        Self::from_texts(BUILTIN.iter().map(|(f, t)| (f.to_string(), t.to_string())))
    }

    /// Standards from (file name, text) pairs, e.g. a trainer's corrected folder. Ordered by
    /// their first review year; two files with one id are an error.
    pub fn from_texts(files: impl IntoIterator<Item = (String, String)>) -> Result<Self, FormatError> {
        let mut standards: Vec<(Standard, String, String)> = Vec::new();
        for (file, text) in files {
            let s = parse_standard(&file, &text)?;
            if let Some((_, other, _)) = standards.iter().find(|(o, _, _)| o.id == s.id) {
                return Err(source::locate_problem(
                    &file,
                    &text,
                    "id".into(),
                    Problem::Duplicate {
                        what: s.id.clone(),
                        other: other.clone(),
                    },
                ));
            }
            standards.push((s, file, text));
        }
        let mut standards: Vec<Standard> = standards.into_iter().map(|(s, _, _)| s).collect();
        standards.sort_by_key(|s| s.review_years.from);
        Ok(Self { standards })
    }

    /// No standards at all (the app's fallback when the built-in ones cannot be read).
    pub fn empty() -> Self {
        Self {
            standards: Vec::new(),
        }
    }

    pub fn all(&self) -> &[Standard] {
        &self.standards
    }

    pub fn ids(&self) -> Vec<String> {
        self.standards.iter().map(|s| s.id.clone()).collect()
    }

    pub fn get(&self, id: &str) -> Option<&Standard> {
        self.standards.iter().find(|s| s.id == id)
    }

    /// The standard a review in `year` applies by default (poverty-standards.md §1).
    pub fn default_for_year(&self, year: i32) -> Option<&Standard> {
        self.standards.iter().find(|s| s.review_years.contains(year))
    }

    /// The standard that came before `id`, if any.
    pub fn previous(&self, id: &str) -> Option<&Standard> {
        let i = self.standards.iter().position(|s| s.id == id)?;
        i.checked_sub(1).map(|p| &self.standards[p])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_standards_parse_and_default_by_year() {
        let set = StandardSet::builtin().expect("embedded standards are valid");
        assert_eq!(set.ids(), ["2016-2020", "2022-2025", "2026-2030"]);
        for (year, id) in [
            (2016, "2016-2020"),
            (2020, "2016-2020"),
            (2021, "2022-2025"),
            (2025, "2022-2025"),
            (2026, "2026-2030"),
            (2030, "2026-2030"),
        ] {
            assert_eq!(
                set.default_for_year(year).map(|s| s.id.as_str()),
                Some(id),
                "year {year}"
            );
        }
        assert_eq!(
            set.previous("2022-2025").map(|s| s.id.as_str()),
            Some("2016-2020")
        );
        assert!(set.previous("2016-2020").is_none());
    }
}
