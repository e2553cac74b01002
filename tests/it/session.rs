//! Sessions and results: the store survives a crash at every step of a write, a restart resumes
//! where the trainee was with every answer, scores are recomputed (an edited score counts for
//! nothing), changed scenarios are flagged, the report adds up, and the dashboard imports,
//! tabulates and exports CSV.

use crate::common;
use common::ui::RunChecked;

use std::path::PathBuf;

use egui_kittest::kittest::Queryable;

use common::ui::{click, harness, replace_text as type_into};
use common::{rasoat, scratch};
use rasoat::app::Config;
use rasoat::app::Places;
use rasoat::files::{AtomicWrite, read_text};
use rasoat::rules::assess::{Class, assess};
use rasoat::rules::grading::model_answer;
use rasoat::rules::standard::StandardSet;
use rasoat::training::report::{Catalogue, FlagKind, build};
use rasoat::training::scenario::Scenario;
use rasoat::training::session::{
    Results, SessionInfo, SessionMode, SessionSource, Trainee, Try, parse_results,
};
use rasoat::words::i18n::{Lang, Texts};

fn library(set: &StandardSet) -> Vec<Scenario> {
    rasoat::training::builtin::scenarios(set).0
}

fn find<'a>(lib: &'a [Scenario], id: &str) -> &'a Scenario {
    lib.iter().find(|s| s.scenario.id == id).expect("scenario")
}

fn session(ids: &[&str]) -> SessionInfo {
    SessionInfo {
        id: "s1".into(),
        started_at: 1_700_000_000,
        mode: SessionMode::Exam,
        standard: "2022-2025".into(),
        source: SessionSource::Library,
        time_limit_minutes: None,
        scenario_ids: ids.iter().map(|s| s.to_string()).collect(),
        position: 0,
        finished: true,
    }
}

fn trainee(name: &str, commune: &str, district: &str) -> Trainee {
    Trainee {
        name: name.into(),
        commune: commune.into(),
        district: district.into(),
        province: String::new(),
    }
}

/// A try with the engine's answer, changed by `edit`.
fn attempt(s: &Scenario, set: &StandardSet, edit: impl FnOnce(&mut Try)) -> Try {
    let a = assess(&s.household, s.standard_in(set).expect("standard"));
    let m = model_answer(&a);
    let mut t = Try {
        submitted_at: 1_700_000_100,
        seconds: 60,
        income_per_person_month_vnd: m.income_per_person_month_vnd,
        deprived: m.deprived.into_iter().collect(),
        class: m.class,
    };
    edit(&mut t);
    t
}

#[test]
fn the_store_survives_a_crash_at_every_step_of_a_write() {
    let dir = scratch("crash-steps");
    let path = dir.join("results.json");
    let set = StandardSet::builtin().expect("standards");
    let lib = library(&set);
    let s = find(&lib, "hai-phong-laid-off-2024");
    let mut old = Results::new(
        trainee("A", "Xã B", "Huyện C"),
        session(&["hai-phong-laid-off-2024"]),
    );
    let mut new = old.clone();
    new.record(s, "2022-2025", attempt(s, &set, |_| {}));
    old.session.position = 0;
    for crash_after in 0..=5 {
        rasoat::files::write_atomic(&path, old.to_json().expect("json").as_bytes()).expect("old file");
        let mut w = AtomicWrite::new(&path, new.to_json().expect("json").as_bytes());
        for _ in 0..crash_after {
            w.step().expect("step");
        }
        drop(w); // the process dies here: nothing cleans up
        let text = read_text(&path).expect("the results file is always readable");
        let r = parse_results("results.json", &text).expect("and always whole");
        let expected = if crash_after == 5 { &new } else { &old };
        assert_eq!(&r, expected, "crash after {crash_after} steps");
        // The next write succeeds despite any leftover temporary file.
        rasoat::files::write_atomic(&path, new.to_json().expect("json").as_bytes()).expect("next write");
        assert_eq!(
            parse_results("r", &read_text(&path).expect("read")).expect("parse"),
            new
        );
    }
}

#[test]
fn an_edited_score_has_no_effect_and_a_changed_scenario_is_flagged() {
    let set = StandardSet::builtin().expect("standards");
    let lib = library(&set);
    let s = find(&lib, "hai-phong-laid-off-2024");
    let mut r = Results::new(
        trainee("A", "Xã B", "Huyện C"),
        session(&["hai-phong-laid-off-2024"]),
    );
    // A wrong class: 60 of 100.
    r.record(
        s,
        "2022-2025",
        attempt(s, &set, |t| t.class = Some(Class::NearPoor)),
    );
    let json = r.to_json().expect("json").replace(
        "\"seconds\": 60",
        "\"seconds\": 60, \"score\": 100, \"points\": 100",
    );
    assert!(json.contains("\"score\": 100"));
    let edited = parse_results("edited.json", &json).expect("unknown keys are ignored");
    let cat = Catalogue::new(lib.clone());
    let report = build(&[("edited.json".into(), edited)], |sa| cat.find(sa), &set);
    assert_eq!(
        report.trainees[0].points, 60,
        "the score is recomputed from the answer"
    );
    // The trainer later changes the household: the answer is flagged, not scored.
    let mut changed = lib.clone();
    if let Some(x) = changed.iter_mut().find(|x| x.scenario.id == s.scenario.id) {
        x.household.members[0].work = rasoat::rules::household::Work::WageWithContract;
    }
    let cat = Catalogue::new(changed);
    let report = build(&[("r.json".into(), r.clone())], |sa| cat.find(sa), &set);
    assert_eq!(report.flagged.len(), 1);
    assert_eq!(report.flagged[0].kind, FlagKind::Changed);
    assert_eq!(report.trainees[0].done, 0);
    // Narrative edits do not change the hash.
    let mut reworded = lib.clone();
    if let Some(x) = reworded.iter_mut().find(|x| x.scenario.id == s.scenario.id) {
        x.scenario.narrative.vi.push_str(" (sửa lời)");
    }
    let cat = Catalogue::new(reworded);
    assert!(
        build(&[("r.json".into(), r)], |sa| cat.find(sa), &set)
            .flagged
            .is_empty()
    );
}

#[test]
fn the_report_adds_up_a_class_as_computed_by_hand() {
    let set = StandardSet::builtin().expect("standards");
    let lib = library(&set);
    let (s1, s2) = (
        find(&lib, "hai-phong-laid-off-2024"),
        find(&lib, "thanh-hoa-at-the-line-2022"),
    );
    let ids = ["hai-phong-laid-off-2024", "thanh-hoa-at-the-line-2022"];
    // An: both right (100 + 100). Bình: wrong class on s1 (60) and right on s2 (100).
    // Cúc: missed employment on s1 (40 + 20 + 40×11/12 = 96) and ticked water on s2 (96).
    let mut an = Results::new(trainee("An", "Xã Nà Tấu", "Huyện Điện Biên"), session(&ids));
    an.record(s1, "2022-2025", attempt(s1, &set, |_| {}));
    an.record(s2, "2022-2025", attempt(s2, &set, |_| {}));
    let mut binh = Results::new(trainee("Bình", "Xã Nà Tấu", "Huyện Điện Biên"), session(&ids));
    binh.record(
        s1,
        "2022-2025",
        attempt(s1, &set, |t| t.class = Some(Class::NearPoor)),
    );
    binh.record(s2, "2022-2025", attempt(s2, &set, |_| {}));
    let mut cuc = Results::new(
        trainee("Cúc", "Phường Him Lam", "Thành phố Điện Biên Phủ"),
        session(&ids),
    );
    cuc.record(
        s1,
        "2022-2025",
        attempt(s1, &set, |t| t.deprived.retain(|d| d != "employment")),
    );
    cuc.record(
        s2,
        "2022-2025",
        attempt(s2, &set, |t| t.deprived.push("water".into())),
    );
    let files = vec![
        ("an.json".to_owned(), an),
        ("binh.json".to_owned(), binh),
        ("cuc.json".to_owned(), cuc),
    ];
    let cat = Catalogue::new(lib.clone());
    let r = build(&files, |sa| cat.find(sa), &set);
    let points: Vec<(String, u64, u64)> = r
        .trainees
        .iter()
        .map(|t| (t.name.clone(), t.points, t.max))
        .collect();
    assert_eq!(
        points,
        vec![
            ("An".into(), 200, 200),
            ("Bình".into(), 160, 200),
            ("Cúc".into(), 192, 200)
        ],
        "sorted by district, commune, name"
    );
    // Communes: Nà Tấu 360/400 = 90%, Him Lam 192/200 = 96%.
    let communes: Vec<(String, usize, u32)> = r
        .communes
        .iter()
        .map(|c| (c.commune.clone(), c.trainees, c.percent()))
        .collect();
    assert!(communes.contains(&("Xã Nà Tấu".into(), 2, 90)));
    assert!(communes.contains(&("Phường Him Lam".into(), 1, 96)));
    assert_eq!(r.districts.len(), 2);
    // Indicators: employment deprived in both scenarios (6 cases), missed once; water not
    // deprived in either (6 cases), falsely ticked once.
    let row = |id: &str| r.indicators.iter().find(|i| i.id == id).expect("row").clone();
    let employment = row("employment");
    assert_eq!(
        (
            employment.deprived_cases,
            employment.missed,
            employment.not_deprived_cases,
            employment.false_marks
        ),
        (6, 1, 0, 0)
    );
    let water = row("water");
    assert_eq!(
        (
            water.deprived_cases,
            water.missed,
            water.not_deprived_cases,
            water.false_marks
        ),
        (0, 0, 6, 1)
    );
    // Scenarios: s1 fully right once (An), class right twice (An, Cúc).
    let sc = r.scenarios.iter().find(|s| s.id == ids[0]).expect("s1");
    assert_eq!((sc.answered, sc.fully_right, sc.class_right), (3, 1, 2));
    // The weakest indicator is one of the two misjudged ones.
    assert!(["employment", "water"].contains(&r.weakest_indicators()[0].id.as_str()));
    // CSV: a byte-order mark, a header and one row per answer, Vietnamese intact.
    let csv = rasoat::words::explain::report_csv(&Texts::new(Lang::Vi), &r);
    assert!(csv.starts_with('\u{feff}'));
    assert_eq!(csv.lines().count(), 1 + 6);
    assert!(csv.contains("Xã Nà Tấu") && csv.contains("Cúc"));
}

fn write_results(dir: &std::path::Path, set: &StandardSet) {
    let lib = library(set);
    let s1 = find(&lib, "hai-phong-laid-off-2024");
    let mut a = Results::new(
        trainee("Vàng Thị Mỷ", "Xã Sả Phìn", "Huyện Đồng Văn"),
        session(&["hai-phong-laid-off-2024"]),
    );
    a.record(s1, "2022-2025", attempt(s1, set, |_| {}));
    let mut b = Results::new(
        trainee("Lò Văn Páo", "Xã Nà Tấu", "Huyện Điện Biên"),
        session(&["hai-phong-laid-off-2024"]),
    );
    b.record(s1, "2022-2025", attempt(s1, set, |t| t.deprived.clear()));
    std::fs::write(dir.join(a.file_name()), a.to_json().expect("json")).expect("write");
    std::fs::write(dir.join(b.file_name()), b.to_json().expect("json")).expect("write");
    std::fs::write(dir.join("hong.json"), "{ not json").expect("write");
}

#[test]
fn rasoat_report_prints_the_summary_writes_csv_and_lists_unreadable_files() {
    let set = StandardSet::builtin().expect("standards");
    let dir = scratch("report-cli");
    write_results(&dir, &set);
    let csv = dir.join("out").join("tong-hop.csv");
    let o = rasoat(&[
        "report",
        &dir.display().to_string(),
        "--csv",
        &csv.display().to_string(),
    ]);
    let (out, err) = (
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr),
    );
    assert_eq!(
        o.status.code(),
        Some(2),
        "an unreadable file makes the exit code 2"
    );
    assert!(err.contains("hong.json"), "the unreadable file is named: {err}");
    assert!(out.contains("Tổng hợp 2 tệp kết quả"), "{out}");
    assert!(
        out.contains("Xã Sả Phìn, Huyện Đồng Văn / Vàng Thị Mỷ: 100%"),
        "{out}"
    );
    let text = std::fs::read_to_string(&csv).expect("csv");
    assert!(text.starts_with('\u{feff}') && text.contains("Lò Văn Páo"));
}

/// Since 1 July 2025 there is no district level: a trainee may give a province and no district,
/// and the summary groups by district only where one was given, by province where given.
#[test]
fn the_summary_groups_by_district_and_province_only_where_given() {
    let set = StandardSet::builtin().expect("standards");
    let lib = library(&set);
    let s1 = find(&lib, "hai-phong-laid-off-2024");
    let person = |name: &str, commune: &str, district: &str, province: &str| Trainee {
        name: name.into(),
        commune: commune.into(),
        district: district.into(),
        province: province.into(),
    };
    let after_2025 = person("Giàng A Chứ", "Xã Tả Van", "", "Lào Cai");
    assert!(after_2025.is_complete(), "no district is needed");
    assert!(!person("Giàng A Chứ", "", "", "Lào Cai").is_complete());
    let files: Vec<(String, Results)> = [
        after_2025,
        person("Lò Thị Hoa", "Phường Sa Pa", "", "Lào Cai"),
        person("Vàng Thị Mỷ", "Xã Sả Phìn", "Huyện Đồng Văn", ""),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, tr)| {
        let mut r = Results::new(tr, session(&["hai-phong-laid-off-2024"]));
        r.record(s1, "2022-2025", attempt(s1, &set, |_| {}));
        (format!("{i}.json"), r)
    })
    .collect();
    let cat = Catalogue::new(lib.clone());
    let r = build(&files, |sa| cat.find(sa), &set);
    assert_eq!(r.communes.len(), 3);
    let districts: Vec<(&str, usize)> = r
        .districts
        .iter()
        .map(|d| (d.district.as_str(), d.trainees))
        .collect();
    assert_eq!(districts, vec![("Huyện Đồng Văn", 1)]);
    let provinces: Vec<(&str, usize)> = r
        .provinces
        .iter()
        .map(|p| (p.province.as_str(), p.trainees))
        .collect();
    assert_eq!(provinces, vec![("Lào Cai", 2)]);
    // The file name leaves out the missing district.
    assert!(
        files[0]
            .1
            .file_name()
            .starts_with("lao-cai-xa-ta-van-giang-a-chu-")
    );
}

#[test]
fn the_dashboard_imports_a_folder_shows_the_tables_and_exports_csv() {
    let t = Texts::new(Lang::Vi);
    let set = StandardSet::builtin().expect("standards");
    let dir = scratch("dashboard");
    write_results(&dir, &set);
    let mut h = harness(Config {
        trainee: Some(trainee("GV", "P1", "Q1")),
        ..Default::default()
    });
    click(&mut h, &t.get("app-nav-dashboard"));
    // A native folder dialog beside the typed path (not clicked: it would wait for a person).
    h.get_by_label(&t.get("dialog-choose-folder"));
    type_into(&mut h, &t.get("dashboard-path"), &dir.display().to_string());
    click(&mut h, &t.get("dashboard-import"));
    h.get_by_label(&t.get_args("dashboard-unreadable", &[("count", 1.into())]));
    h.get_by_label("Vàng Thị Mỷ");
    h.get_by_label("Lò Văn Páo");
    // The trainee's place in the trainees' table, and the commune's row in the communes' table.
    assert_eq!(h.query_all_by_label("Xã Sả Phìn, Huyện Đồng Văn").count(), 2);
    let csv = dir.join("xuat.csv");
    h.get_by_label(&t.get("dialog-choose-save"));
    type_into(&mut h, &t.get("dashboard-csv-path"), &csv.display().to_string());
    click(&mut h, &t.get("dashboard-csv-export"));
    h.get_by_label(&t.get_args(
        "report-csv-written",
        &[("file", csv.display().to_string().into())],
    ));
    let text = std::fs::read_to_string(&csv).expect("csv");
    assert!(text.starts_with('\u{feff}'));
    assert_eq!(text.lines().count(), 3);
}

#[test]
fn after_a_crash_the_app_reopens_the_session_where_it_was_with_every_answer() {
    let t = Texts::new(Lang::Vi);
    let dir = scratch("resume");
    let config = Config {
        places: Places {
            settings: Some(dir.join("settings.toml")),
            results: Some(dir.join("results")),
            ..Places::default()
        },
        trainee: Some(trainee("Lò Thị Hoa", "Xã Nà Tấu", "Huyện Điện Biên")),
        ..Default::default()
    };
    let mut h = harness(config.clone());
    common::ui::start_exam_over(&mut h, &t, "quang");
    // Answer the first scenario, then the PC freezes (the app is dropped without a goodbye).
    click(&mut h, &rasoat::words::explain::class_name(&t, Class::Poor));
    type_into(&mut h, &t.get("scenario-income-label"), "1000000");
    click(&mut h, &t.get("scenario-submit"));
    drop(h);
    let results: Vec<PathBuf> = std::fs::read_dir(dir.join("results"))
        .expect("results")
        .map(|e| e.expect("e").path())
        .collect();
    assert_eq!(results.len(), 1, "one results file for the session");
    let r = parse_results("r", &read_text(&results[0]).expect("read")).expect("parse");
    assert_eq!((r.answers.len(), r.session.position), (1, 1));
    let second = r.session.scenario_ids[1].clone();
    // Restart: the second scenario is open, the first answer is intact.
    let set = StandardSet::builtin().expect("standards");
    let lib = library(&set);
    let mut h = harness(config);
    h.get_by_label(&find(&lib, &second).scenario.title.vi);
    h.get_by_label(&t.get("scenario-submit"));
    let total = r.session.scenario_ids.len();
    for _ in 1..total {
        click(&mut h, &rasoat::words::explain::class_name(&t, Class::NearPoor));
        type_into(&mut h, &t.get("scenario-income-label"), "1200000");
        click(&mut h, &t.get("scenario-submit"));
    }
    h.get_by_label(&t.get("exam-summary-title"));
    let r = parse_results("r", &read_text(&results[0]).expect("read")).expect("parse");
    assert_eq!(r.answers.len(), total);
    assert!(r.session.finished);
    assert_eq!(
        r.answers[0].tries[0].class,
        Some(Class::Poor),
        "the answer given before the crash"
    );
}

#[test]
fn the_last_answer_is_the_last_try() {
    let set = StandardSet::builtin().expect("standards");
    let lib = library(&set);
    let s = find(&lib, "hai-phong-laid-off-2024");
    let mut r = Results::new(
        trainee("A", "Xã B", "Huyện C"),
        session(&["hai-phong-laid-off-2024"]),
    );
    assert_eq!(r.last_answer(&s.scenario.id), None);
    let first = attempt(s, &set, |t| t.class = Some(Class::NearPoor));
    let second = attempt(s, &set, |t| t.deprived.clear());
    r.record(s, "2022-2025", first);
    r.record(s, "2022-2025", second.clone());
    assert_eq!(r.last_answer(&s.scenario.id), Some(second.answer()));
    assert_eq!(r.last_answer("no-such-scenario"), None);
}

/// The exam time limit, driven by an injected clock: the time left is shown while answering, and
/// an answer submitted after the limit ends the exam there, with the answers given so far.
#[test]
fn an_exam_ends_when_its_time_limit_has_passed() {
    use rasoat::training::service::ManualClock;
    let t = Texts::new(Lang::Vi);
    let dir = scratch("time-limit");
    let clock = ManualClock::at(1_800_000_000);
    let config = Config {
        places: Places {
            results: Some(dir.join("results")),
            ..Places::default()
        },
        trainee: Some(trainee("Lò Thị Hoa", "Xã Nà Tấu", "")),
        clock: Some(std::sync::Arc::new(clock.clone())),
        ..Default::default()
    };
    // A trainer's set: an exam of three scenarios in 10 minutes.
    let set_file = dir.join("bo-de.toml");
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(
        &set_file,
        "name = \"Kiểm tra 10 phút\"\nmode = \"exam\"\ntime_limit_minutes = 10\nscenarios = [\"hai-phong-laid-off-2024\", \"thanh-hoa-at-the-line-2022\", \"dao-yen-bai-2022\"]\n",
    )
    .expect("set file");
    let mut h = harness(config);
    h.get_by_label(&t.get("dialog-choose-file"));
    type_into(
        &mut h,
        &t.get("session-set-path"),
        &set_file.display().to_string(),
    );
    click(&mut h, &t.get("session-set-start"));
    h.get_by_label(&t.get_args("session-time-left", &[("minutes", 10.into())]));
    // Four minutes on the first scenario.
    clock.advance(4 * 60);
    click(&mut h, &rasoat::words::explain::class_name(&t, Class::Poor));
    type_into(&mut h, &t.get("scenario-income-label"), "1000000");
    click(&mut h, &t.get("scenario-submit"));
    h.get_by_label(&t.get_args("session-time-left", &[("minutes", 6.into())]));
    // Seven more minutes: the limit has passed; this answer is the last.
    clock.advance(7 * 60);
    h.run_checked();
    h.get_by_label(&t.get("session-time-up"));
    click(&mut h, &rasoat::words::explain::class_name(&t, Class::NearPoor));
    type_into(&mut h, &t.get("scenario-income-label"), "1200000");
    click(&mut h, &t.get("scenario-submit"));
    h.get_by_label(&t.get("exam-summary-title"));
    let files: Vec<PathBuf> = std::fs::read_dir(dir.join("results"))
        .expect("results")
        .map(|e| e.expect("e").path())
        .collect();
    let r = parse_results("r", &read_text(&files[0]).expect("read")).expect("parse");
    assert!(r.session.scenario_ids.len() > 2, "the exam had more scenarios");
    assert_eq!(r.answers.len(), 2, "two answers, then the time was up");
    assert!(r.session.finished);
    assert_eq!(r.session.time_limit_minutes, Some(10));
    assert_eq!(r.answers[1].tries[0].submitted_at, 1_800_000_000 + 11 * 60);
}

/// A scenario of the session that has gone from the library (a trainer's file deleted) is
/// skipped on resume: the trainee goes on with the next one, and the answers stay in place.
#[test]
fn after_a_crash_a_scenario_gone_from_the_library_is_skipped() {
    let t = Texts::new(Lang::Vi);
    let set = StandardSet::builtin().expect("standards");
    let lib = library(&set);
    let dir = scratch("resume-missing");
    std::fs::create_dir_all(dir.join("results")).expect("dir");
    let ids = [
        "hai-phong-laid-off-2024",
        "trainer-file-deleted-since",
        "thanh-hoa-at-the-line-2022",
    ];
    let mut info = session(&ids);
    info.finished = false;
    info.position = 1;
    let mut r = Results::new(trainee("Lò Thị Hoa", "Xã Nà Tấu", "Huyện Điện Biên"), info);
    let first = find(&lib, ids[0]);
    r.record(first, "2022-2025", attempt(first, &set, |_| {}));
    let path = dir.join("results").join(r.file_name());
    std::fs::write(&path, r.to_json().expect("json")).expect("write");
    let settings = rasoat::app::Settings {
        active_session: Some(path.clone()),
        ..Default::default()
    };
    settings.save(&dir.join("settings.toml")).expect("settings");
    let config = Config {
        places: Places {
            settings: Some(dir.join("settings.toml")),
            results: Some(dir.join("results")),
            ..Places::default()
        },
        trainee: Some(r.trainee.clone()),
        ..Default::default()
    };
    let mut h = harness(config);
    // The third scenario is open; the first answer is still in the file.
    h.get_by_label(&find(&lib, ids[2]).scenario.title.vi);
    h.get_by_label(&t.get_args(
        "scenario-exam-progress",
        &[("pos", 3.into()), ("count", 3.into())],
    ));
    click(&mut h, &rasoat::words::explain::class_name(&t, Class::Poor));
    type_into(&mut h, &t.get("scenario-income-label"), "1500000");
    click(&mut h, &t.get("scenario-submit"));
    h.get_by_label(&t.get("exam-summary-title"));
    let back = parse_results("r", &read_text(&path).expect("read")).expect("parse");
    let answered: Vec<&str> = back.answers.iter().map(|a| a.scenario_id.as_str()).collect();
    assert_eq!(answered, vec![ids[0], ids[2]]);
    assert!(back.session.finished);
}

/// Citations and their marks decide no class: an answer's hash (version 3) survives a corrected
/// citation, not a corrected threshold; an answer hashed (version 2) over the standard as it was
/// before its citations were corrected keeps matching, unless a rule changed too.
#[test]
fn correcting_a_citation_flags_no_answer_but_a_threshold_does() {
    use rasoat::rules::standard::{BUILTIN, earlier_editions, parse_standard};
    use rasoat::training::session::{content_hash_of_rules, content_hash_v2, hash_matches};
    let text = BUILTIN
        .iter()
        .find(|(f, _)| f.contains("2022-2025"))
        .expect("as set up")
        .1;
    let standard = parse_standard("2022-2025.toml", text).expect("standard");
    let cited = text.replace(
        "Nghị định 07/2021/NĐ-CP, Điều 3 khoản 2",
        "Nghị định 07/2021/NĐ-CP, Điều 3, khoản 2",
    );
    let threshold = text.replacen("poverty = 1_500_000", "poverty = 1_600_000", 1);
    assert!(cited != text && threshold != text);
    let cited = parse_standard("cited.toml", &cited).expect("standard");
    let threshold = parse_standard("threshold.toml", &threshold).expect("standard");
    let (library, _) = rasoat::training::service::Library::builtin(&common::standards());
    let earlier = earlier_editions()
        .iter()
        .find(|e| e.id == "2022-2025")
        .expect("an earlier edition");
    let mut compared = 0;
    for s in library.iter().map(|e| &e.scenario) {
        let id = &s.scenario.id;
        let v3 = content_hash_of_rules(s, &standard);
        assert!(v3.starts_with("3:"));
        assert!(hash_matches(&v3, s, &cited), "{id}");
        assert!(!hash_matches(&v3, s, &threshold), "{id}");
        // Written before the citations were corrected (the earlier edition's version-2 hash).
        let v2 = content_hash_v2(s, earlier);
        assert_ne!(v2, content_hash_v2(s, &standard), "{id}: the citations differ");
        assert!(hash_matches(&v2, s, &standard), "{id}");
        assert!(!hash_matches(&v2, s, &threshold), "{id}");
        compared += 1;
    }
    assert!(compared > 10);
}
