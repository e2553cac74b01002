//! The console's figures (`classroom::Live`) against `rasoat report`'s on the same results files,
//! and their behaviour as answers arrive.

mod common;

use std::collections::BTreeSet;

use rasoat_core::rules::assess::{Class, assess};
use rasoat_core::rules::grading::{Answer, Rubric, grade, model_answer};
use rasoat_core::training::classroom::live::{Live, Status, natural_cmp};
use rasoat_core::training::classroom::{self, from_results};
use rasoat_core::training::report::{self, Catalogue};
use rasoat_core::training::service::{Library, Plan, answer, start};
use rasoat_core::training::session::{Results, SessionMode, SessionSource, Trainee};

fn trainee(n: usize) -> Trainee {
    Trainee {
        name: format!("Học viên {n}"),
        commune: format!("Xã {}", n % 7),
        district: format!("Huyện {}", n % 3),
        province: "Phú Thọ".into(),
    }
}

/// Answers of varying quality: trainee `n` gets the model answer to some scenarios, a blank or
/// wrong one to others, and a second try to one of them.
fn results_files() -> (Library, Vec<(String, Results)>) {
    let standards = common::standards();
    let (library, _) = Library::builtin(&standards);
    let ids: Vec<String> = library
        .ids_for_standard(&standards, "2022-2025")
        .into_iter()
        .take(6)
        .collect();
    assert_eq!(ids.len(), 6);
    let mut files = Vec::new();
    for n in 0..40usize {
        let plan = Plan {
            mode: SessionMode::Practice,
            standard: "2022-2025".into(),
            source: SessionSource::Library,
            scenario_ids: ids.clone(),
            time_limit_minutes: None,
        };
        let mut r = start(trainee(n), plan, 1_700_000_000 + n as u64, |_| false);
        for (k, id) in ids.iter().enumerate().take(1 + n % 6) {
            let s = library.scenario(id).expect("scenario");
            let standard = s.standard_in(&standards).expect("standard");
            let model = model_answer(&assess(&s.household, standard));
            let given = match (n + k) % 4 {
                0 | 1 => model.clone(),
                2 => Answer::default(),
                _ => Answer {
                    income_per_person_month_vnd: model.income_per_person_month_vnd.map(|i| i * 2),
                    deprived: BTreeSet::from(["health_insurance".to_owned()]),
                    class: Some(Class::Poor),
                },
            };
            answer(
                &mut r,
                &library,
                s,
                standard,
                &given,
                60,
                1_700_000_100 + k as u64,
            );
            if n % 5 == 0 && k == 0 {
                answer(&mut r, &library, s, standard, &model, 30, 1_700_000_200);
            }
        }
        files.push((format!("{n}.json"), r));
    }
    (library, files)
}

#[test]
fn imported_files_give_the_reports_totals() {
    let standards = common::standards();
    let (library, files) = results_files();
    let catalogue = Catalogue::new(library.iter().map(|e| e.scenario.clone()));
    let report = report::build(&files, |sa| catalogue.find(sa), &standards);
    let live = from_results(&files, |sa| catalogue.find(sa), &standards);
    let console = live.console(1_700_000_300);

    assert_eq!(console.totals.joined, report.trainees.len() as u64);
    assert_eq!(console.totals.answers, report.answers.len() as u64);
    let points: u64 = report.trainees.iter().map(|t| t.points).sum();
    assert_eq!(console.trainees.iter().map(|t| t.points).sum::<u64>(), points);
    for c in &report.communes {
        let mine = console
            .communes
            .iter()
            .find(|p| p.commune == c.commune && p.district == c.district)
            .expect("commune");
        assert_eq!(
            (mine.trainees as usize, mine.points, mine.max),
            (c.trainees, c.points, c.max)
        );
    }
    for i in &report.indicators {
        let mine = console
            .indicators
            .iter()
            .find(|x| x.id == i.id)
            .expect("indicator");
        assert_eq!(
            (mine.missed as usize, mine.false_marks as usize),
            (i.missed, i.false_marks),
            "{}",
            i.id
        );
        assert_eq!(
            mine.cases as usize,
            i.deprived_cases + i.not_deprived_cases,
            "{}",
            i.id
        );
    }
    for s in &report.scenarios {
        let mine = console.scenarios.iter().find(|x| x.id == s.id).expect("scenario");
        assert_eq!(
            (
                mine.answered as usize,
                mine.class_right as usize,
                mine.fully_right as usize
            ),
            (s.answered, s.class_right, s.fully_right)
        );
    }
    // The most often wrong indicator leads, with its count.
    let top = &console.indicators[0];
    assert!(console.indicators.iter().all(|i| i.wrong() <= top.wrong()));
    assert!(top.wrong() > 0);
    // Everyone with an answer is in the histogram.
    assert_eq!(console.histogram.iter().sum::<u64>(), 40);
}

#[test]
fn a_newer_try_replaces_the_older_ones_counts() {
    let standards = common::standards();
    let (library, _) = results_files();
    let id = library.ids_for_standard(&standards, "2022-2025")[0].clone();
    let s = library.scenario(&id).expect("scenario");
    let standard = s.standard_in(&standards).expect("standard");
    let a = assess(&s.household, standard);
    let wrong = grade(&Answer::default(), &a, &Rubric::STANDARD);
    let right = grade(&model_answer(&a), &a, &Rubric::STANDARD);

    let mut live = Live::new(vec![id.clone()]);
    live.joined(7, &trainee(1), 100);
    assert_eq!(live.console(100).trainees[0].status, Status::Waiting);
    assert!(live.answered(7, &id, &wrong, 110));
    let before = live.console(110);
    assert!(before.totals.answers == 1 && before.class_mistakes[0].count == 1);
    assert!(live.answered(7, &id, &right, 120));
    // A replay of the older answer, read late, changes nothing.
    assert!(!live.answered(7, &id, &wrong, 110));
    let after = live.console(120);
    assert_eq!(after.totals.answers, 1);
    assert!(after.class_mistakes.is_empty());
    assert!(after.indicators.iter().all(|i| i.wrong() == 0));
    assert_eq!(after.trainees[0].status, Status::Finished);
    assert_eq!(after.trainees[0].percent(), 100);
    // An unknown scenario or trainee is not counted.
    assert!(!live.answered(7, "khong-co", &right, 130));
    assert!(!live.answered(8, &id, &right, 130));
}

#[test]
fn the_silent_come_first_and_places_rank_weakest_first() {
    let mut live = Live::new(vec!["a".into(), "b".into()]);
    for n in 0..3 {
        live.joined(n, &trainee(n as usize), 0);
    }
    live.seen(1, 500);
    live.seen(2, 300);
    let c = live.console(600);
    assert_eq!(c.trainees[0].id, 0);
    assert_eq!(c.trainees[0].status, Status::Idle);
    assert_eq!(c.trainees[0].silent_seconds, 600);
    assert_eq!(c.totals.idle, 2);
    assert_eq!(c.totals.waiting, 1);
    let mut names = vec!["Xã 10", "Xã 2", "Xã 1", "Xã 100", "Xã 02"];
    names.sort_by(|a, b| natural_cmp(a, b));
    assert_eq!(names, ["Xã 1", "Xã 2", "Xã 02", "Xã 10", "Xã 100"]);
}

#[test]
fn discrimination_is_positive_when_the_strong_get_it_right() {
    let standards = common::standards();
    let (library, _) = results_files();
    let ids: Vec<String> = library
        .ids_for_standard(&standards, "2022-2025")
        .into_iter()
        .take(3)
        .collect();
    let grades: Vec<_> = ids
        .iter()
        .map(|id| {
            let s = library.scenario(id).expect("scenario");
            let a = assess(&s.household, s.standard_in(&standards).expect("standard"));
            (
                grade(&model_answer(&a), &a, &Rubric::STANDARD),
                grade(&Answer::default(), &a, &Rubric::STANDARD),
            )
        })
        .collect();
    let mut live = Live::new(ids.clone());
    for n in 0..10i64 {
        live.joined(n, &trainee(n as usize), 0);
        let strong = n < 5;
        for (k, id) in ids.iter().enumerate() {
            // Everyone gets the last scenario right: it tells nobody apart.
            let right = strong || k == 2 || (k == 1 && n == 9);
            let g = if right { &grades[k].0 } else { &grades[k].1 };
            live.answered(n, id, g, 10);
        }
    }
    let c = live.console(20);
    assert!(c.scenarios[0].discrimination.expect("enough trainees") > 50);
    assert_eq!(c.scenarios[2].facility, Some(100));
    assert_eq!(c.scenarios[2].discrimination, None);
    let _ = classroom::protocol::PROTOCOL_VERSION;
}
