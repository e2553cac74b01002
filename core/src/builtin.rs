//! The scenario library shipped inside the program (embedded by `build.rs` from `scenarios/`).

use crate::scenario::{Scenario, parse_scenario};
use crate::source::FormatError;
use crate::standard::StandardSet;

include!(concat!(env!("OUT_DIR"), "/scenarios.rs"));

/// The built-in scenarios that parse, and the errors of those that do not (none, by the tests).
pub fn scenarios(standards: &StandardSet) -> (Vec<Scenario>, Vec<FormatError>) {
    let mut ok = Vec::new();
    let mut errors = Vec::new();
    for (name, text) in BUILTIN_SCENARIOS {
        match parse_scenario(name, &crate::text::nfc(text), standards) {
            Ok(s) => ok.push(s),
            Err(e) => errors.push(e),
        }
    }
    (ok, errors)
}
