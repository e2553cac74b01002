//! The live classroom's shared parts: what the server and its clients say to each other
//! (`protocol`), and the trainer console's figures (`live`), kept up to date as answers arrive and
//! built the same way from imported results files (`from_results`).
//!
//! Architecture invariant: data and arithmetic only — no network, no clock, no randomness of its
//! own (the server hands in the time and the random bytes).

pub mod live;
pub mod outbox;
pub mod protocol;

use crate::rules::assess::assess;
use crate::rules::grading::{Rubric, grade};
use crate::rules::standard::StandardSet;
use crate::training::scenario::Scenario;
use crate::training::session::{Results, ScenarioAnswers, hash_matches};

pub use self::live::{Console, Live};

/// The console's figures over imported results files, as `rasoat report` scores them: the last
/// try of each scenario, scored again by the engine; answers to an unknown or changed scenario are
/// left out (the report lists them). Trainees are numbered by their file's position; scenarios
/// come in the order first met.
pub fn from_results<'a>(
    results: &[(String, Results)],
    mut find: impl FnMut(&ScenarioAnswers) -> Option<&'a Scenario>,
    standards: &StandardSet,
) -> Live {
    let mut ids: Vec<String> = Vec::new();
    let mut known = std::collections::HashSet::new();
    for (_, r) in results {
        for sa in &r.answers {
            if known.insert(sa.scenario_id.as_str()) {
                ids.push(sa.scenario_id.clone());
            }
        }
    }
    let mut live = Live::new(ids);
    for (n, (_, r)) in results.iter().enumerate() {
        let id = i64::try_from(n).unwrap_or(i64::MAX);
        let started = i64::try_from(r.session.started_at).unwrap_or(0);
        live.joined(id, &r.trainee, started);
        let mut seen = std::collections::HashSet::new();
        for sa in &r.answers {
            let Some(last) = sa.tries.last() else { continue };
            if !seen.insert(sa.scenario_id.as_str()) {
                continue;
            }
            let Some(scenario) = find(sa) else { continue };
            let Some(standard) = standards.get(&sa.standard) else {
                continue;
            };
            if !hash_matches(&sa.scenario_hash, scenario, standard) {
                continue;
            }
            let g = grade(
                &last.answer(),
                &assess(&scenario.household, standard),
                &Rubric::STANDARD,
            );
            let at = i64::try_from(last.submitted_at).unwrap_or(0);
            live.answered(id, &sa.scenario_id, &g, at);
        }
    }
    live
}
