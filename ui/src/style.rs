//! Fonts and look: Noto Sans (it has every Vietnamese letter; egui's own font lacks most of
//! U+1EA0–U+1EF9), large text, a light theme with visible edges.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily, FontId, RichText, TextStyle};

/// The family name of the bold face, for headings and emphasis.
pub const BOLD: &str = "bold";

const REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");

/// The fonts as egui takes them: Noto Sans alone in every family, with no fallback behind it (a
/// missing glyph is a bug to fix, not a box to hide).
pub fn fonts() -> FontDefinitions {
    let mut fonts = FontDefinitions::empty();
    fonts.font_data.insert(
        "NotoSans-Regular".into(),
        Arc::new(FontData::from_static(REGULAR_TTF)),
    );
    fonts
        .font_data
        .insert("NotoSans-Bold".into(), Arc::new(FontData::from_static(BOLD_TTF)));
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts.families.insert(family, vec!["NotoSans-Regular".into()]);
    }
    fonts
        .families
        .insert(FontFamily::Name(BOLD.into()), vec!["NotoSans-Bold".into()]);
    fonts
}

/// The characters of `text` that Noto Sans (regular or bold) has no glyph for. egui 0.36 draws
/// them as a box and has no check of its own, so the tests ask this of every text they see.
pub fn missing_glyphs(text: &str) -> Vec<char> {
    use skrifa::{FontRef, MetadataProvider};
    let maps: Vec<_> = [REGULAR_TTF, BOLD_TTF]
        .into_iter()
        .filter_map(|bytes| FontRef::new(bytes).ok())
        .map(|f| f.charmap())
        .collect();
    let mut out: Vec<char> = text
        .chars()
        .filter(|c| !c.is_control() && maps.iter().any(|m| m.map(*c).is_none()))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Checks texts shown on screen (the tests pass every label and value of the accessibility tree):
/// how many were checked, or which text has characters Noto Sans lacks.
pub fn check_texts(texts: impl IntoIterator<Item = String>) -> Result<usize, String> {
    let mut seen = 0;
    for text in texts {
        let missing = missing_glyphs(&text);
        if !missing.is_empty() {
            return Err(format!("not in Noto Sans: {missing:?} in “{text}”"));
        }
        seen += 1;
    }
    Ok(seen)
}

/// Installs the fonts and the theme. New fonts take effect from the next pass.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(fonts());
    apply_theme(ctx);
}

/// Large, readable text on a light background; check boxes, radio buttons and buttons with a
/// visible edge.
pub fn apply_theme(ctx: &egui::Context) {
    ctx.set_theme(egui::Theme::Light);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Small, FontId::new(15.0, FontFamily::Proportional)),
            (TextStyle::Body, FontId::new(18.0, FontFamily::Proportional)),
            (TextStyle::Button, FontId::new(18.0, FontFamily::Proportional)),
            (
                TextStyle::Heading,
                FontId::new(26.0, FontFamily::Name(BOLD.into())),
            ),
            (TextStyle::Monospace, FontId::new(17.0, FontFamily::Monospace)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.interact_size.y = 30.0;
        style.spacing.icon_width = 22.0;
        style.spacing.icon_width_inner = 12.0;
        style.spacing.icon_spacing = 8.0;
    });
    ctx.style_mut_of(egui::Theme::Light, |style| {
        // Dark text on the light background: easier to read than egui's default grey.
        style.visuals.override_text_color = Some(egui::Color32::from_gray(25));
        style.visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, egui::Color32::from_gray(120));
        style.visuals.widgets.inactive.bg_fill = egui::Color32::from_gray(235);
    });
}

/// Text in the bold face at body size.
pub fn strong(text: impl Into<String>) -> RichText {
    RichText::new(text.into()).family(FontFamily::Name(BOLD.into()))
}

/// Green for right, red for wrong; dark enough to read on the light background.
pub fn verdict_color(right: bool) -> egui::Color32 {
    if right {
        egui::Color32::from_rgb(0, 110, 40)
    } else {
        egui::Color32::from_rgb(180, 20, 20)
    }
}
