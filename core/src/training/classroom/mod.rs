//! The live classroom's shared parts: what the server and its clients say to each other
//! (`protocol`), and the trainer console's figures (`live`), kept up to date as answers arrive and
//! built the same way from imported results files (`from_results`).
//!
//! Architecture invariant: data and arithmetic only — no network, no clock, no randomness of its
//! own (the server hands in the time and the random bytes).

pub mod live;
pub mod outbox;
pub mod protocol;

use crate::rules::standard::StandardSet;
use crate::training::report::{FileScore, Hashes, score_file};
use crate::training::scenario::Scenario;
use crate::training::session::{Results, ScenarioAnswers};

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
    let hashes = Hashes::default();
    let mut live = Live::default();
    for (n, (file, r)) in results.iter().enumerate() {
        add_file(&mut live, n, &score_file(file, r, &mut find, standards, &hashes));
    }
    live
}

/// Adds the `n`-th results file, scored, to the console's figures (see `from_results`).
pub fn add_file(live: &mut Live, n: usize, f: &FileScore<'_>) {
    live.add_scenarios(f.scenario_ids.iter().map(String::as_str));
    let id = i64::try_from(n).unwrap_or(i64::MAX);
    live.joined(id, f.trainee(), i64::try_from(f.started_at).unwrap_or(0));
    for s in f.scored() {
        live.answered(id, &s.scenario_id, &s.grade, i64::try_from(s.at).unwrap_or(0));
    }
}
