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
