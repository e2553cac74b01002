//! The desktop app, driven headlessly through its accessibility tree by the same Fluent labels
//! the trainee sees. Missing glyphs and unlabelled inputs fail these tests (kittest's checks stay
//! on); a few snapshot images are kept for review.

use eframe::egui;
use egui::accesskit::{Role, Toggled};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::common;
use common::ui::RunChecked;
use common::ui::{click, type_into};

use rasoat::app::{App, Config, Places};
use rasoat::rules::assess::{Class, assess};
use rasoat::rules::standard::StandardSet;
use rasoat::training::scenario::{Scenario, parse_scenario};
use rasoat::words::explain;
use rasoat::words::i18n::{Lang, Texts};

fn trainee() -> rasoat::training::session::Trainee {
    rasoat::training::session::Trainee {
        name: "Lò Thị Hoa".into(),
        commune: "Xã Nà Tấu".into(),
        district: "Huyện Điện Biên".into(),
        province: "Điện Biên".into(),
    }
}

/// The app for a known trainee, saving nothing (no settings, scenarios or results folder).
fn harness() -> Harness<'static, App> {
    build(Config {
        trainee: Some(trainee()),
        ..Default::default()
    })
}

fn build(config: Config) -> Harness<'static, App> {
    common::ui::harness(config)
}

fn scenario(id: &str) -> (StandardSet, Scenario) {
    let set = StandardSet::builtin().expect("standards");
    let path = format!("{}/scenarios/{id}.toml", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("scenario file");
    let s = parse_scenario(&path, &text, &set).expect("valid");
    (set, s)
}

/// Opens the library and the scenario with this title.
fn open(h: &mut Harness<'static, App>, t: &Texts, title: &str) {
    click(h, &t.get("home-open-library"));
    click(h, title);
}

/// Fills in the answer: income, the indicators marked deprived, the class; then Submit.
fn answer(
    h: &mut Harness<'static, App>,
    t: &Texts,
    s: &Scenario,
    set: &StandardSet,
    income: u128,
    deprived: &[&str],
    class: Class,
) {
    let standard = s.standard_in(set).expect("standard");
    type_into(h, &t.get("scenario-income-label"), &t.money(income));
    for id in deprived {
        let ind = standard.indicator(id).expect("indicator");
        let mut name = explain::indicator_name(t, ind);
        if ind.provenance.is_provisional() {
            name.push_str(" *");
        }
        click(h, &name);
        assert_eq!(
            h.get_by_label(&name).accesskit_node().toggled(),
            Some(Toggled::True),
            "{name} ticked"
        );
    }
    click(h, &explain::class_name(t, class));
    click(h, &t.get("scenario-submit"));
}

fn correct(s: &Scenario, set: &StandardSet) -> (u128, Vec<String>, Class) {
    let a = assess(&s.household, s.standard_in(set).expect("standard"));
    (
        a.income.per_person_month_vnd,
        a.deprived_ids().into_iter().map(str::to_owned).collect(),
        a.class,
    )
}

#[test]
fn a_scenario_answered_correctly_scores_100_percent() {
    let t = Texts::new(Lang::Vi);
    let (set, s) = scenario("hai-phong-laid-off-2024");
    let mut h = harness();
    common::ui::assert_glyphs(&h);
    h.snapshot("home_vi");
    open(&mut h, &t, &s.scenario.title.vi);
    common::ui::assert_glyphs(&h);
    h.snapshot("scenario_vi");
    let (income, deprived, class) = correct(&s, &set);
    let deprived: Vec<&str> = deprived.iter().map(String::as_str).collect();
    answer(&mut h, &t, &s, &set, income, &deprived, class);
    h.get_by_label(&t.get_args("debrief-score", &[("points", 100.into()), ("max", 100.into())]));
    common::ui::assert_glyphs(&h);
    h.snapshot("debrief_vi");
}

#[test]
fn a_wrong_indicator_shows_the_right_rule_in_the_debrief() {
    let t = Texts::new(Lang::Vi);
    let (set, s) = scenario("hai-phong-laid-off-2024");
    let standard = s.standard_in(&set).expect("standard");
    let mut h = harness();
    open(&mut h, &t, &s.scenario.title.vi);
    let (income, _, class) = correct(&s, &set);
    // Employment is missed: the trainee marks only the other two.
    answer(
        &mut h,
        &t,
        &s,
        &set,
        income,
        &["health_insurance", "housing_area"],
        class,
    );
    // 40 (class) + 20 (income) + 40 × 11/12 (indicators) = 96.
    h.get_by_label(&t.get_args("debrief-score", &[("points", 96.into()), ("max", 100.into())]));
    let employment = standard.indicator("employment").expect("employment");
    let rule = explain::rule_text(&t, employment, s.household.review_year, standard);
    h.get_by_label(&t.get_args("debrief-rule", &[("rule", rule.into())]));
    let a = assess(&s.household, standard);
    let fact = explain::finding_text(&t, &s.household, a.result("employment").expect("result"));
    assert!(fact.contains("Đinh Văn Long (45 tuổi)"), "{fact}");
    h.get_by_label(&t.get_args("debrief-fact", &[("fact", fact.into())]));
    // The source, with its provisional mark, under every indicator of this standard.
    let source = explain::provenance(&t, &employment.provenance);
    assert!(source.contains("chưa đối chiếu văn bản gốc"));
    assert!(h.get_all_by_label(&source).count() >= 12);
    h.get_by_label(&t.get_args(
        "debrief-indicator-answer",
        &[
            ("yours", t.get("debrief-not-deprived").into()),
            ("correct", t.get("debrief-deprived").into()),
        ],
    ));
}

#[test]
fn the_language_switch_changes_every_visible_label() {
    let (vi, en) = (Texts::new(Lang::Vi), Texts::new(Lang::En));
    let mut h = harness();
    for id in [
        "home-welcome",
        "home-open-library",
        "home-mode-practice",
        "app-nav-library",
    ] {
        h.get_by_label(&vi.get(id));
    }
    click(&mut h, "English");
    for id in [
        "home-welcome",
        "home-open-library",
        "home-mode-practice",
        "app-nav-library",
        "home-mode-exam",
    ] {
        h.get_by_label(&en.get(id));
        assert!(
            h.query_by_label(&vi.get(id)).is_none(),
            "{id} still in Vietnamese"
        );
    }
    common::ui::assert_glyphs(&h);
    h.snapshot("home_en");
    let (set, s) = scenario("hai-phong-laid-off-2024");
    open(&mut h, &en, &s.scenario.title.en);
    h.get_by_label(&en.get("scenario-submit"));
    assert!(h.query_by_label(&vi.get("scenario-submit")).is_none());
    let (income, deprived, class) = correct(&s, &set);
    let deprived: Vec<&str> = deprived.iter().map(String::as_str).collect();
    answer(&mut h, &en, &s, &set, income, &deprived, class);
    h.get_by_label(&en.get_args("debrief-score", &[("points", 100.into()), ("max", 100.into())]));
    common::ui::assert_glyphs(&h);
    h.snapshot("debrief_en");
    click(&mut h, "Tiếng Việt");
    h.get_by_label(&vi.get_args("debrief-score", &[("points", 100.into()), ("max", 100.into())]));
}

#[test]
fn exam_mode_holds_feedback_back_until_the_end() {
    let t = Texts::new(Lang::Vi);
    let mut h = harness();
    // "quang" (no accents) finds the scenarios of Quảng Bình, Quảng Nam, Quảng Ngãi…
    common::ui::start_exam_over(&mut h, &t, "quang");
    // The words before the numbers of "Điểm: 7/10" and "Tổng: 7/10 điểm", from the bundle.
    let lead = |id: &str| {
        let text = t.get_args(id, &[("points", 7.into()), ("max", 10.into())]);
        text.split('7').next().unwrap_or_default().to_owned()
    };
    let (score, total) = (lead("debrief-score"), lead("exam-summary-total"));
    assert!(!score.is_empty() && !total.is_empty());
    let mut done = 0;
    while h.query_by_label(&t.get("exam-summary-title")).is_none() {
        assert!(done < 40, "the exam does not end");
        click(&mut h, &explain::class_name(&t, Class::Poor));
        type_into(&mut h, &t.get("scenario-income-label"), "1000000");
        click(&mut h, &t.get("scenario-submit"));
        // No score, no debrief between scenarios.
        assert!(
            h.query_by_label_contains(&score).is_none(),
            "feedback shown during the exam"
        );
        assert!(h.query_by_label(&t.get("debrief-indicators-heading")).is_none());
        done += 1;
    }
    assert!(done >= 2, "the exam had {done} scenarios");
    h.get_by_label_contains(&total);
}

#[test]
fn the_what_changed_panel_shows_the_2016_class() {
    let t = Texts::new(Lang::Vi);
    let (set, s) = scenario("quang-ngai-lost-harvest-2022");
    let mut h = harness();
    open(&mut h, &t, &s.scenario.title.vi);
    let (income, deprived, class) = correct(&s, &set);
    let deprived: Vec<&str> = deprived.iter().map(String::as_str).collect();
    answer(&mut h, &t, &s, &set, income, &deprived, class);
    let s16 = set.get("2016-2020").expect("2016");
    h.get_by_label(&t.get("debrief-changed-heading"));
    h.get_by_label(&t.get_args(
        "debrief-changed-under",
        &[
            ("standard", explain::standard_name(&t, s16).into()),
            ("class", explain::class_name(&t, Class::Poor).into()),
        ],
    ));
    let a16 = assess(&s.household, s16);
    h.get_by_label(&explain::decision_text(&t, &a16));
}

#[test]
fn library_search_ignores_accents() {
    let t = Texts::new(Lang::Vi);
    let (_, s) = scenario("hmong-ha-giang-2021");
    let mut h = harness();
    click(&mut h, &t.get("home-open-library"));
    type_into(&mut h, &t.get("library-search"), "giang a sung");
    h.get_by_label(&s.scenario.title.vi);
    h.get_by_label(&t.get_args("library-count", &[("count", 1.into())]));
}

/// Presses Tab until the widget labelled `label` (of `role`, if given) has the keyboard focus.
fn tab_to(h: &mut Harness<'static, App>, role: Option<Role>, label: &str) {
    for _ in 0..300 {
        let focused = match role {
            Some(r) => h.get_by_role_and_label(r, label).is_focused(),
            None => h.get_by_label(label).is_focused(),
        };
        if focused {
            return;
        }
        h.key_press(egui::Key::Tab);
        h.run_checked();
    }
    panic!("Tab never reached {label}");
}

#[test]
fn the_whole_flow_works_from_the_keyboard() {
    let t = Texts::new(Lang::Vi);
    let (set, s) = scenario("hai-phong-laid-off-2024");
    let standard = s.standard_in(&set).expect("standard");
    let (income, deprived, class) = correct(&s, &set);
    let mut h = harness();
    tab_to(&mut h, None, &t.get("home-open-library"));
    h.key_press(egui::Key::Enter);
    h.run_checked();
    tab_to(&mut h, None, &s.scenario.title.vi);
    h.key_press(egui::Key::Enter);
    h.run_checked();
    let income_label = t.get("scenario-income-label");
    tab_to(&mut h, Some(Role::TextInput), &income_label);
    h.get_by_role_and_label(Role::TextInput, &income_label)
        .type_text(&income.to_string());
    h.run_checked();
    for id in &deprived {
        let ind = standard.indicator(id).expect("indicator");
        let name = format!("{} *", explain::indicator_name(&t, ind));
        tab_to(&mut h, None, &name);
        h.key_press(egui::Key::Space);
        h.run_checked();
        assert_eq!(
            h.get_by_label(&name).accesskit_node().toggled(),
            Some(Toggled::True),
            "{name}"
        );
    }
    tab_to(&mut h, None, &explain::class_name(&t, class));
    h.key_press(egui::Key::Space);
    h.run_checked();
    tab_to(&mut h, None, &t.get("scenario-submit"));
    h.key_press(egui::Key::Enter);
    h.run_checked();
    h.get_by_label(&t.get_args("debrief-score", &[("points", 100.into()), ("max", 100.into())]));
}

/// Every message id of both languages.
fn all_ids() -> std::collections::BTreeSet<String> {
    let mut ids = std::collections::BTreeSet::new();
    for lang in Lang::ALL {
        for (_, text) in lang.files() {
            for line in text.lines() {
                if let Some((id, _)) = line.split_once(" =")
                    && !id.starts_with(' ')
                    && !id.starts_with('#')
                {
                    ids.insert(id.trim().to_owned());
                }
            }
        }
    }
    ids
}

fn assert_no_ids_shown(h: &Harness<'static, App>, ids: &std::collections::BTreeSet<String>, screen: &str) {
    // A `Role::Label` node keeps its text in `value`; other widgets in `label`.
    let text_of = |n: &egui_kittest::kittest::AccessKitNode<'_>| n.label().or_else(|| n.value());
    let shown: Vec<String> = h
        .query_all_by(move |n| text_of(n).is_some_and(|l| ids.contains(l.trim())))
        .filter_map(|n| text_of(&n.accesskit_node()))
        .collect();
    assert!(
        shown.is_empty(),
        "{screen}: message ids shown instead of text: {shown:?}"
    );
}

#[test]
fn no_screen_shows_a_message_id_instead_of_text() {
    let ids = all_ids();
    assert!(ids.len() > 200, "{} ids", ids.len());
    for lang in Lang::ALL {
        let t = Texts::new(lang);
        let (set, s) = scenario("quang-ngai-lost-harvest-2022");
        let mut h = harness();
        if lang == Lang::En {
            click(&mut h, "English");
        }
        assert_no_ids_shown(&h, &ids, "home");
        click(&mut h, &t.get("app-nav-rubric"));
        assert_no_ids_shown(&h, &ids, "rubric");
        h.get_by_label(&t.get("rubric-title"));
        // The rubric says which class answers earn the points where the band is unknown, and
        // what the exercise simplifies.
        let s26 = set.get("2026-2030").expect("2026-2030");
        let class = |c| rasoat::words::explain::class_name(&t, c);
        h.get_by_label(&t.get_args(
            "rubric-band-unknown",
            &[
                ("standards", rasoat::words::explain::standard_name(&t, s26).into()),
                (
                    "average",
                    class(rasoat::rules::assess::Class::AverageLivingStandard).into(),
                ),
                ("none", class(rasoat::rules::assess::Class::None).into()),
            ],
        ));
        h.get_by_label(&t.get("scenario-income-simplified-general"));
        // Each standard's review form: what is known of its scores, or that nothing is.
        h.get_by_label(&t.get_args(
            "rubric-form-unknown",
            &[("standard", rasoat::words::explain::standard_name(&t, s26).into())],
        ));
        click(&mut h, &t.get("app-nav-library"));
        assert_no_ids_shown(&h, &ids, "library");
        let title = if lang == Lang::Vi {
            &s.scenario.title.vi
        } else {
            &s.scenario.title.en
        };
        click(&mut h, title);
        assert_no_ids_shown(&h, &ids, "scenario");
        let (income, deprived, class) = correct(&s, &set);
        let deprived: Vec<&str> = deprived.iter().map(String::as_str).collect();
        answer(&mut h, &t, &s, &set, income, &deprived, class);
        assert_no_ids_shown(&h, &ids, "debrief");
        click(&mut h, &t.get("app-nav-random"));
        click(&mut h, &t.get("random-make"));
        assert_no_ids_shown(&h, &ids, "random practice");
        click(&mut h, &t.get("app-nav-editor"));
        assert_no_ids_shown(&h, &ids, "editor");
        h.get_by_label(&t.get("dialog-choose-file"));
        click(&mut h, &t.get("editor-income-add"));
        click(&mut h, &t.get("editor-expected-fill"));
        click(&mut h, &t.get("editor-trainee-view"));
        assert_no_ids_shown(&h, &ids, "editor with income and answer key");
        // Leaving the editor with changes asks first.
        click(&mut h, &t.get("app-nav-dashboard"));
        assert_no_ids_shown(&h, &ids, "unsaved-changes question");
        click(&mut h, &t.get("editor-unsaved-discard"));
        h.get_by_label(&t.get("dashboard-import"));
        assert_no_ids_shown(&h, &ids, "dashboard");
        click(&mut h, &t.get("app-nav-home"));
        click(&mut h, &t.get("session-change-trainee"));
        h.get_by_label(&t.get("identity-title"));
        assert_no_ids_shown(&h, &ids, "identity");
        click(&mut h, &t.get("identity-save"));
        // An exam of this one scenario, answered: the exam summary.
        common::ui::start_exam_over(&mut h, &t, &s.scenario.title.vi);
        answer(&mut h, &t, &s, &set, income, &deprived, class);
        h.get_by_label(&t.get("exam-summary-title"));
        assert_no_ids_shown(&h, &ids, "exam summary");
    }
}

#[test]
fn the_language_choice_is_remembered_across_restarts() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("app-settings");
    let _ = std::fs::remove_dir_all(&dir);
    let config = Config {
        places: Places {
            settings: Some(dir.join("settings.toml")),
            ..Places::default()
        },
        trainee: Some(trainee()),
        ..Default::default()
    };
    let mut h = build(config.clone());
    click(&mut h, "English");
    drop(h);
    let h = build(config);
    h.get_by_label(&Texts::new(Lang::En).get("home-welcome"));
}

#[test]
fn random_practice_replays_a_set_from_its_seed() {
    use rasoat::training::generate::{BUILTIN_NAMES, Focus, draft, parse_names};
    let t = Texts::new(Lang::Vi);
    let set = StandardSet::builtin().expect("standards");
    let s22 = set.get("2022-2025").expect("standard");
    let names = parse_names("names.toml", BUILTIN_NAMES).expect("names");
    let (vi, en) = (Texts::new(Lang::Vi), Texts::new(Lang::En));
    let first =
        rasoat::words::compose::scenario(&draft(2024, 0, s22, &Focus::Any, &names), s22, &names, &vi, &en);
    let mut h = harness();
    click(&mut h, &t.get("app-nav-random"));
    let seed = t.get("random-seed");
    h.get_by_role_and_label(Role::TextInput, &seed).focus();
    h.run_checked();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run_checked();
    h.get_by_role_and_label(Role::TextInput, &seed).type_text("2024");
    h.run_checked();
    click(&mut h, &t.get("random-make"));
    h.get_by_label(&t.get_args("random-made", &[("count", 5.into()), ("seed", "2024".into())]));
    // The first household of seed 2024 is the one the generator makes for that seed.
    click(&mut h, &first.scenario.title.vi);
    h.get_by_label(&t.get("scenario-submit"));
    assert!(
        h.query_all_by_label_contains(&first.household.members[0].name)
            .count()
            >= 1
    );
}

/// The home screen opens the village as the same program started again with `village`, the
/// chosen village, standard, mode and language.
#[test]
fn the_home_screen_opens_the_village_in_its_own_process() {
    let started: std::sync::Arc<std::sync::Mutex<Vec<Vec<String>>>> = Default::default();
    let seen = started.clone();
    let mut h = build(Config {
        trainee: Some(trainee()),
        open_village: Some(std::sync::Arc::new(move |args: &[String]| {
            seen.lock()
                .map_err(|e| std::io::Error::other(e.to_string()))?
                .push(args.to_vec());
            Ok(())
        })),
        ..Default::default()
    });
    let t = Texts::new(Lang::Vi);
    click(&mut h, "Thôn Đông Tiến — xã đồng bằng, tỉnh Hưng Yên");
    click(&mut h, &t.get("home-mode-exam"));
    click(&mut h, &t.get("home-village-open"));
    let args = started.lock().expect("lock").clone();
    assert_eq!(args.len(), 1);
    let a = &args[0];
    assert_eq!(a[0], "village");
    let after = |flag: &str| {
        a.iter()
            .position(|x| x == flag)
            .and_then(|i| a.get(i + 1))
            .cloned()
    };
    assert_eq!(after("--builtin").as_deref(), Some("thon-dong-tien"));
    assert_eq!(after("--lang").as_deref(), Some("vi"));
    assert_eq!(after("--standard").as_deref(), Some("2022-2025"));
    assert!(a.contains(&"--exam".to_owned()));
    h.get_by_label(&t.get("home-village-opening"));
}

/// The income note beside the answer cites the review form of the scenario's own standard (the
/// circular of 2016–2020 for a 2016–2020 scenario), and says so where the standard's method is not
/// known (2026–2030): never QĐ 24 / TT 07 for every period.
#[test]
fn the_income_note_cites_the_scenarios_own_review_form() {
    for lang in [Lang::Vi, Lang::En] {
        let t = Texts::new(lang);
        for (id, source, absent) in [
            (
                "nam-dinh-three-generations-2017",
                Some("Thông tư 17/2016"),
                "Thông tư 07/2021",
            ),
            (
                "hai-phong-laid-off-2024",
                Some("Thông tư 07/2021"),
                "Thông tư 17/2016",
            ),
            ("lao-cai-hmong-2026", None, "Thông tư 07/2021"),
        ] {
            let (set, s) = scenario(id);
            let standard = s.standard_in(&set).expect("standard");
            let note = explain::income_note(&t, standard);
            match source {
                Some(source) => assert!(note.contains(source), "{id}: {note}"),
                None => assert!(
                    note.contains(&explain::standard_name(&t, standard)),
                    "{id}: {note}"
                ),
            }
            assert!(
                !note.contains(absent) && !note.contains("24/2021"),
                "{id}: {note}"
            );
            let mut h = harness();
            if lang == Lang::En {
                click(&mut h, "English");
            }
            assert!(h.state_mut().show_scenario(id));
            h.run_checked();
            h.get_by_label(s.scenario.title.get(lang == Lang::En));
            h.get_by_label(&note);
        }
    }
}
