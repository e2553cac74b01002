//! Helpers for the headless UI tests: build the app, click and type by the labels users see.

use eframe::egui;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use rasoat::app::{App, Config};

/// The app at the real window size, light theme.
pub fn harness(config: Config) -> Harness<'static, App> {
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_theme(egui::Theme::Light)
        .build_eframe(move |cc| App::new(&cc.egui_ctx, config))
}

/// A frame, then the check egui 0.36 does not make itself: every text on screen (the labels and
/// values of the accessibility tree) has its glyphs in Noto Sans, the only font installed.
pub trait RunChecked {
    fn run_checked(&mut self);
}

impl RunChecked for Harness<'static, App> {
    fn run_checked(&mut self) {
        self.run();
        assert_glyphs(self);
    }
}

/// Panics naming the text and the characters when something on screen is not in Noto Sans.
pub fn assert_glyphs(h: &Harness<'static, App>) {
    let texts = h.query_all_by(|_| true).flat_map(|node| {
        let node = node.accesskit_node();
        [node.label(), node.value(), node.description()]
            .into_iter()
            .flatten()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
    });
    match rasoat_ui::style::check_texts(texts) {
        Ok(seen) => assert!(seen > 0, "no text on screen to check"),
        Err(e) => panic!("{e}"),
    }
}

/// Scrolls to the widget labelled `label` and clicks it.
pub fn click(h: &mut Harness<'static, App>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run_checked();
    h.get_by_label(label).click();
    h.run_checked();
}

/// The role of the one-line or multi-line text field labelled `label`.
fn text_role(h: &Harness<'static, App>, label: &str) -> Role {
    if h.query_by_role_and_label(Role::TextInput, label).is_some() {
        Role::TextInput
    } else {
        Role::MultilineTextInput
    }
}

/// Focuses the text field labelled `label` and types `text` where the cursor is.
pub fn type_into(h: &mut Harness<'static, App>, label: &str, text: &str) {
    let role = text_role(h, label);
    h.get_by_role_and_label(role, label).scroll_to_me();
    h.run_checked();
    h.get_by_role_and_label(role, label).focus();
    h.run_checked();
    h.get_by_role_and_label(role, label).type_text(text);
    h.run_checked();
}

/// Replaces what the text field labelled `label` holds with `text`.
pub fn replace_text(h: &mut Harness<'static, App>, label: &str, text: &str) {
    let role = text_role(h, label);
    h.get_by_role_and_label(role, label).focus();
    h.run_checked();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run_checked();
    h.get_by_role_and_label(role, label).type_text(text);
    h.run_checked();
}

/// From the home screen: exam mode, the library narrowed by `query`, and "start the exam" over
/// the scenarios shown.
pub fn start_exam_over(h: &mut Harness<'static, App>, t: &rasoat::words::i18n::Texts, query: &str) {
    click(h, &t.get("home-mode-exam"));
    click(h, &t.get("home-open-library"));
    type_into(h, &t.get("library-search"), query);
    // The button names how many scenarios it starts; match it without the count.
    let start = t.get_args("library-start-exam", &[("count", 0.into())]);
    let start = start.split(" (").next().unwrap_or_default().to_owned();
    h.get_by_label_contains(&start).click();
    h.run_checked();
}
