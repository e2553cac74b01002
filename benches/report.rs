//! Importing a province's results: 2,000 results files of 40 answers each, parsed from JSON text
//! and summarised (every score recomputed with the engine). Target: under 1 s on this machine.

use criterion::{Criterion, criterion_group, criterion_main};
use rasoat::rules::assess::assess;
use rasoat::rules::grading::model_answer;
use rasoat::rules::standard::StandardSet;
use rasoat::training::report::{Catalogue, build};
use rasoat::training::session::{
    Results, SessionInfo, SessionMode, SessionSource, Trainee, Try, parse_results,
};

fn bench(c: &mut Criterion) {
    let set = StandardSet::builtin().expect("standards");
    let lib = rasoat::training::builtin::scenarios(&set).0;
    // 40 answers a file: the library, cycled.
    let picks: Vec<&rasoat::training::scenario::Scenario> = lib.iter().cycle().take(40).collect();
    let texts: Vec<(String, String)> = (0..2000)
        .map(|i| {
            let trainee = Trainee {
                name: format!("Học viên {i}"),
                commune: format!("Xã {}", i % 161),
                district: format!("Huyện {}", i % 10),
                province: "Tỉnh Lào Cai".into(),
            };
            let info = SessionInfo {
                id: format!("s{i}"),
                started_at: 1_700_000_000,
                mode: SessionMode::Exam,
                standard: "2022-2025".into(),
                source: SessionSource::Library,
                time_limit_minutes: None,
                scenario_ids: picks.iter().map(|s| s.scenario.id.clone()).collect(),
                position: 40,
                finished: true,
            };
            let mut r = Results::new(trainee, info);
            for (k, s) in picks.iter().enumerate() {
                let standard = s.standard_in(&set).expect("standard");
                let m = model_answer(&assess(&s.household, standard));
                let mut deprived: Vec<String> = m.deprived.into_iter().collect();
                if (i + k) % 3 == 0 {
                    deprived.pop();
                }
                r.record(
                    s,
                    &standard.id,
                    Try {
                        submitted_at: 1_700_000_100,
                        seconds: 90,
                        income_per_person_month_vnd: m.income_per_person_month_vnd,
                        deprived,
                        class: m.class,
                    },
                );
            }
            (format!("r{i}.json"), r.to_json().expect("json"))
        })
        .collect();
    let cat = Catalogue::new(lib.clone());
    let mut group = c.benchmark_group("report");
    group.sample_size(10);
    group.bench_function("2000 files x 40 answers", |b| {
        b.iter(|| {
            let results: Vec<(String, Results)> = texts
                .iter()
                .filter_map(|(f, t)| parse_results(f, t).ok().map(|r| (f.clone(), r)))
                .collect();
            let report = build(&results, |sa| cat.find(sa), &set);
            report.answers.len()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
