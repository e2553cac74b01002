//! A province's worth of results files, made deterministically for measuring and testing
//! `rasoat report` and the dashboard import: trainees from 161 communes of 10 districts, each with
//! 40 answers — 20 to the built-in library (cycled) and 20 to a generated practice set (seed
//! 2026, 200 households) — some right, some with a typical slip, some answered twice. The same
//! count gives the same files. Shared by `examples/bulk_results.rs` and the tests (`#[path]`).

use rasoat::rules::assess::assess;
use rasoat::rules::grading::model_answer;
use rasoat::rules::standard::StandardSet;
use rasoat::training::generate::{BUILTIN_NAMES, Focus, draft, parse_names};
use rasoat::training::scenario::Scenario;
use rasoat::training::session::{
    Results, ScenarioAnswers, SessionInfo, SessionMode, SessionSource, Trainee, Try, content_hash_of_rules,
};
use rasoat::words::i18n::{Lang, Texts};

pub const ANSWERS: usize = 40;
pub const SEED: u64 = 2026;

/// Writes `count` results files into `dir` (made if missing).
pub fn write_results(dir: &std::path::Path, count: usize) -> std::io::Result<()> {
    let set = StandardSet::builtin().map_err(|e| std::io::Error::other(format!("{e:?}")))?;
    let Some(standard) = set.get("2022-2025") else {
        return Err(std::io::Error::other("no 2022-2025 standard"));
    };
    let names =
        parse_names("names.toml", BUILTIN_NAMES).map_err(|e| std::io::Error::other(format!("{e:?}")))?;
    let library: Vec<Scenario> = rasoat::training::builtin::scenarios(&set)
        .0
        .into_iter()
        .filter(|s| s.standard_in(&set).is_some_and(|st| st.id == standard.id))
        .collect();
    // The generated practice set, as `rasoat generate --seed 2026` makes it.
    let (vi, en) = (Texts::new(Lang::Vi), Texts::new(Lang::En));
    let generated: Vec<Scenario> = (0..200u32)
        .map(|index| {
            let d = draft(SEED, index, standard, &Focus::Any, &names);
            rasoat::words::compose::scenario(&d, standard, &names, &vi, &en)
        })
        .collect();
    // Each scenario's hash, worked out once (as `Results::record_under` would for each answer).
    let hashes: std::collections::HashMap<&str, String> = library
        .iter()
        .chain(&generated)
        .map(|s| (s.scenario.id.as_str(), content_hash_of_rules(s, standard)))
        .collect();
    std::fs::create_dir_all(dir)?;
    for n in 0..count {
        let commune = n % 161;
        let trainee = Trainee {
            name: format!("Học viên {:05}", n + 1),
            commune: format!("Xã {}", commune + 1),
            district: format!("Huyện {}", commune % 10 + 1),
            province: "Tuyên Quang".into(),
        };
        let picks: Vec<&Scenario> = (0..ANSWERS)
            .map(|k| {
                if k % 2 == 0 {
                    &library[(n + k / 2) % library.len()]
                } else {
                    &generated[(n * 7 + k / 2) % generated.len()]
                }
            })
            .collect();
        let info = SessionInfo {
            id: format!("{}", 1_780_000_000 + n),
            started_at: 1_780_000_000 + n as u64,
            mode: if n % 3 == 0 {
                SessionMode::Exam
            } else {
                SessionMode::Practice
            },
            standard: standard.id.clone(),
            source: SessionSource::Library,
            time_limit_minutes: None,
            scenario_ids: picks.iter().map(|s| s.scenario.id.clone()).collect(),
            position: ANSWERS,
            finished: true,
        };
        let mut r = Results::new(trainee, info);
        for (k, s) in picks.iter().enumerate() {
            let m = model_answer(&assess(&s.household, standard));
            let right = Try {
                submitted_at: 1_780_000_100 + (n * ANSWERS + k) as u64,
                seconds: 60 + ((n * 31 + k * 17) % 400) as u64,
                income_per_person_month_vnd: m.income_per_person_month_vnd,
                deprived: m.deprived.iter().cloned().collect(),
                class: m.class,
            };
            // A typical slip: one deprived indicator missed, the class left out, the income off.
            let mut slip = right.clone();
            slip.deprived.pop();
            if (n + k) % 2 == 0 {
                slip.class = None;
            }
            if (n + k) % 3 == 0 {
                slip.income_per_person_month_vnd = m.income_per_person_month_vnd.map(|v| v * 11 / 10);
            }
            let tries = match (n * 13 + k * 7) % 10 {
                0..=5 => vec![right],
                6 | 7 => vec![slip],
                _ => vec![slip, right],
            };
            // What `record_under` writes, try by try.
            if let Some(a) = r.answers.iter_mut().find(|a| a.scenario_id == s.scenario.id) {
                a.tries.extend(tries);
                continue;
            }
            r.answers.push(ScenarioAnswers {
                scenario_id: s.scenario.id.clone(),
                scenario_hash: hashes[s.scenario.id.as_str()].clone(),
                standard: standard.id.clone(),
                generated: s.scenario.generated.clone(),
                tries,
            });
        }
        let json = r.to_json().map_err(std::io::Error::other)?;
        std::fs::write(dir.join(r.file_name()), json)?;
    }
    Ok(())
}
