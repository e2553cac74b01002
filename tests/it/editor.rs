//! The trainer's scenario editor, driven headlessly by its labels: write a scenario from scratch
//! with the engine's verdict updating, fill the answer key, save, find it in the library; load,
//! edit, save and read back identically; ask before overwriting and before losing changes.

use eframe::egui;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common;
use common::scratch;
use common::ui::RunChecked;
use common::ui::{click, type_into};

use rasoat::app::{App, Config, Places};
use rasoat::rules::assess::Class;
use rasoat::rules::standard::StandardSet;
use rasoat::training::scenario::parse_scenario;
use rasoat::words::explain;
use rasoat::words::i18n::{Lang, Texts};

fn harness(dir: &std::path::Path) -> Harness<'static, App> {
    let config = Config {
        places: Places {
            scenarios: Some(dir.to_path_buf()),
            ..Places::default()
        },
        trainee: Some(rasoat::training::session::Trainee {
            name: "Giảng viên".into(),
            commune: "Phường 1".into(),
            district: "Quận 1".into(),
            province: "Thành phố Hồ Chí Minh".into(),
        }),
        ..Default::default()
    };
    common::ui::harness(config)
}

/// The preview line "Under <standard>: <class>".
fn verdict(t: &Texts, set: &StandardSet, class: Class) -> String {
    let s = set.get("2022-2025").expect("standard");
    t.get_args(
        "editor-preview-under",
        &[
            ("standard", explain::standard_name(t, s).into()),
            ("class", explain::class_name(t, class).into()),
        ],
    )
}

#[test]
fn a_trainer_writes_a_scenario_from_scratch_and_finds_it_in_the_library() {
    let t = Texts::new(Lang::Vi);
    let set = StandardSet::builtin().expect("standards");
    let dir = scratch("editor-new");
    let mut h = harness(&dir);
    click(&mut h, &t.get("app-nav-editor"));
    // One member, no income: near-poor with nothing deprived.
    h.get_by_label(&verdict(&t, &set, Class::NearPoor));
    type_into(&mut h, &t.get("editor-id"), "-thu-nghiem");
    type_into(&mut h, &t.get("editor-title-en"), "A test household");
    // Typing an income of 5,000,000 a month moves the household above the band: the preview follows.
    click(&mut h, &t.get("editor-income-add"));
    let amount = t.get("editor-income-amount");
    h.get_by_role_and_label(Role::TextInput, &amount).focus();
    h.run_checked();
    h.key_press(egui::Key::Backspace);
    h.run_checked();
    h.get_by_role_and_label(Role::TextInput, &amount)
        .type_text("5000000");
    h.run_checked();
    h.get_by_label(&verdict(&t, &set, Class::None));
    assert!(h.query_by_label(&verdict(&t, &set, Class::NearPoor)).is_none());
    type_into(
        &mut h,
        &t.get("editor-narrative-vi"),
        "Một hộ để thử.\n\nĐoạn thứ hai.",
    );
    click(&mut h, &t.get("editor-expected-fill"));
    click(&mut h, &t.get("editor-save"));
    let path = dir.join("tinh-huong-moi-thu-nghiem.toml");
    h.get_by_label(&t.get_args("editor-saved", &[("file", path.display().to_string().into())]));
    let text = std::fs::read_to_string(&path).expect("saved file");
    let s = parse_scenario("saved.toml", &text, &set).expect("valid scenario");
    assert_eq!(s.scenario.title.en, "A test household");
    assert_eq!(s.household.income[0].monthly_vnd, Some(5_000_000));
    let e = s.expected.expect("answer key filled from the engine");
    assert_eq!(e.classification, Class::None);
    // The library of the chosen standard now lists it.
    click(&mut h, &t.get("app-nav-library"));
    h.get_by_label(&t.get("editor-new-title"));
}

#[test]
fn load_edit_save_and_read_back_identically() {
    let t = Texts::new(Lang::Vi);
    let set = StandardSet::builtin().expect("standards");
    let dir = scratch("editor-roundtrip");
    let source =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios/hmong-ha-giang-2021.toml");
    let copy = dir.join("hmong-ha-giang-2021.toml");
    std::fs::copy(&source, &copy).expect("copy");
    let original =
        parse_scenario("o.toml", &std::fs::read_to_string(&source).expect("read"), &set).expect("valid");
    let mut h = harness(&dir);
    click(&mut h, &t.get("app-nav-editor"));
    click(&mut h, &t.get("editor-open-existing"));
    click(&mut h, &original.scenario.title.vi);
    type_into(&mut h, &t.get("editor-trainer-notes"), " Thêm ghi chú.");
    click(&mut h, &t.get("editor-save"));
    let back = parse_scenario("b.toml", &std::fs::read_to_string(&copy).expect("read"), &set).expect("valid");
    let mut expected = original.clone();
    expected.scenario.trainer_notes.push_str(" Thêm ghi chú.");
    assert_eq!(back, expected, "only the edited field changed");
    // Saving again without changes writes the same bytes.
    let bytes = std::fs::read(&copy).expect("read");
    click(&mut h, &t.get("editor-save"));
    assert_eq!(std::fs::read(&copy).expect("read"), bytes);
}

#[test]
fn it_asks_before_overwriting_and_before_losing_changes() {
    let t = Texts::new(Lang::Vi);
    let dir = scratch("editor-ask");
    std::fs::write(dir.join("tinh-huong-moi.toml"), "not a scenario").expect("write");
    let mut h = harness(&dir);
    click(&mut h, &t.get("app-nav-editor"));
    type_into(&mut h, &t.get("editor-title-en"), "Another");
    // Leaving with unsaved changes asks; "Stay" keeps the editor and the text.
    click(&mut h, &t.get("app-nav-home"));
    h.get_by_label(&t.get("editor-unsaved-title"));
    click(&mut h, &t.get("editor-unsaved-stay"));
    h.get_by_label(&t.get("editor-title"));
    // Saving over a file that was not opened here asks first; "No" leaves it alone.
    click(&mut h, &t.get("editor-save"));
    h.get_by_label(&t.get("editor-overwrite-title"));
    click(&mut h, &t.get("editor-overwrite-no"));
    assert_eq!(
        std::fs::read_to_string(dir.join("tinh-huong-moi.toml")).expect("read"),
        "not a scenario"
    );
    // A scenario without its Vietnamese narrative is not saved, and the editor says why.
    click(&mut h, &t.get("editor-save"));
    click(&mut h, &t.get("editor-overwrite-yes"));
    assert_eq!(
        std::fs::read_to_string(dir.join("tinh-huong-moi.toml")).expect("read"),
        "not a scenario"
    );
    assert!(
        h.query_by_label_contains("scenario.narrative.vi").is_some(),
        "the refusal names the field"
    );
    type_into(&mut h, &t.get("editor-narrative-vi"), "Hộ thử.\n\nĐoạn hai.");
    click(&mut h, &t.get("editor-save"));
    click(&mut h, &t.get("editor-overwrite-yes"));
    assert!(
        std::fs::read_to_string(dir.join("tinh-huong-moi.toml"))
            .expect("read")
            .contains("Another")
    );
    // Saved: leaving no longer asks.
    click(&mut h, &t.get("app-nav-home"));
    h.get_by_label(&t.get("home-welcome"));
    // Changes again, then leave without saving.
    click(&mut h, &t.get("app-nav-editor"));
    type_into(&mut h, &t.get("editor-title-en"), "Lost");
    click(&mut h, &t.get("app-nav-library"));
    click(&mut h, &t.get("editor-unsaved-discard"));
    let set = StandardSet::builtin().expect("standards");
    let s22 = set.get("2022-2025").expect("standard");
    h.get_by_label(&t.get_args(
        "library-title",
        &[("standard", explain::standard_name(&t, s22).into())],
    ));
    assert!(
        !std::fs::read_to_string(dir.join("tinh-huong-moi.toml"))
            .expect("read")
            .contains("Lost")
    );
}

/// The household's place in the review procedure (`[review]`) is set in the editor, saved, and
/// read back by the same parser `rasoat check` uses.
#[test]
fn the_review_section_is_set_in_the_editor_and_saved() {
    let t = Texts::new(Lang::Vi);
    let set = StandardSet::builtin().expect("standards");
    let dir = scratch("editor-review");
    let mut h = harness(&dir);
    click(&mut h, &t.get("app-nav-editor"));
    type_into(&mut h, &t.get("editor-id"), "-quy-trinh");
    type_into(&mut h, &t.get("editor-title-en"), "A household in the review");
    click(&mut h, &t.get("editor-review-request"));
    click(&mut h, &t.get("proc-request-review"));
    click(&mut h, &t.get("editor-review-complaint"));
    click(&mut h, &t.get("editor-review-complaint-household"));
    type_into(
        &mut h,
        &t.get("editor-narrative-vi"),
        "Một hộ nộp giấy đề nghị rà soát.",
    );
    click(&mut h, &t.get("editor-expected-fill"));
    click(&mut h, &t.get("editor-save"));
    let path = dir.join("tinh-huong-moi-quy-trinh.toml");
    let text = std::fs::read_to_string(&path).expect("saved file");
    assert!(text.contains("[review]"), "{text}");
    let s = parse_scenario("saved.toml", &text, &set).expect("valid scenario");
    let r = s.review.expect("review section");
    assert_eq!(r.request, Some(rasoat::field::procedure::Request::Review));
    assert_eq!(
        r.complaint,
        Some(rasoat::field::procedure::ComplaintKind::HouseholdDisputes)
    );
    assert_eq!(r.previous, None, "left to the village's seed");
}
