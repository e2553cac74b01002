//! The scenario library shipped inside the program (embedded by `build.rs` from `scenarios/`).

use crate::rules::source::FormatError;
use crate::rules::standard::StandardSet;
use crate::training::scenario::{Scenario, parse_scenario};

include!(concat!(env!("OUT_DIR"), "/scenarios.rs"));

/// The built-in scenarios that parse, and the errors of those that do not (none, by the tests).
pub fn scenarios(standards: &StandardSet) -> (Vec<Scenario>, Vec<FormatError>) {
    let mut ok = Vec::new();
    let mut errors = Vec::new();
    for (name, text) in BUILTIN_SCENARIOS {
        match parse_scenario(name, &crate::rules::text::nfc(text), standards) {
            Ok(s) => ok.push(s),
            Err(e) => errors.push(e),
        }
    }
    (ok, errors)
}

/// The built-in scenarios as the files a class carries to its server, each with what it parses
/// to, in file order; `standard`: only those of that standard (by id).
pub fn files(
    standards: &StandardSet,
    standard: Option<&str>,
) -> Vec<(crate::training::classroom::outbox::ScenarioFile, Scenario)> {
    BUILTIN_SCENARIOS
        .iter()
        .filter_map(|(name, text)| {
            let s = parse_scenario(name, &crate::rules::text::nfc(text), standards).ok()?;
            let of_standard =
                standard.is_none_or(|id| s.standard_in(standards).is_some_and(|st| st.id == id));
            of_standard.then(|| {
                let file = crate::training::classroom::outbox::ScenarioFile {
                    name: (*name).to_owned(),
                    text: (*text).to_owned(),
                };
                (file, s)
            })
        })
        .collect()
}
