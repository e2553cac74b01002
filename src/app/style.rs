//! Fonts and look: Noto Sans (it has every Vietnamese letter; egui's own font lacks most of
//! U+1EA0–U+1EF9), large text, a light theme.

use std::sync::Arc;

use eframe::egui::{self, FontData, FontDefinitions, FontFamily, FontId, TextStyle};

/// The family name of the bold face, for headings and emphasis.
pub const BOLD: &str = "bold";

const REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");

/// Noto Sans first in every family; egui's own fonts stay behind it for symbols.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "NotoSans-Regular".into(),
        Arc::new(FontData::from_static(REGULAR_TTF)),
    );
    fonts
        .font_data
        .insert("NotoSans-Bold".into(), Arc::new(FontData::from_static(BOLD_TTF)));
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .insert(0, "NotoSans-Regular".into());
    }
    let mut bold = vec!["NotoSans-Bold".to_owned()];
    bold.extend(
        fonts
            .families
            .get(&FontFamily::Proportional)
            .cloned()
            .unwrap_or_default(),
    );
    fonts.families.insert(FontFamily::Name(BOLD.into()), bold);
    ctx.set_fonts(fonts);
}

/// Large, readable text on a light background.
pub fn apply(ctx: &egui::Context) {
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
    // Dark text on the light background: easier to read than egui's default grey.
    ctx.style_mut_of(egui::Theme::Light, |style| {
        style.visuals.override_text_color = Some(egui::Color32::from_gray(25));
    });
}

/// Text in the bold face at body size.
pub fn strong(text: impl Into<String>) -> egui::RichText {
    egui::RichText::new(text.into()).family(FontFamily::Name(BOLD.into()))
}

/// Green for right, red for wrong; dark enough to read on the light background.
pub fn verdict_color(right: bool) -> egui::Color32 {
    if right {
        egui::Color32::from_rgb(0, 110, 40)
    } else {
        egui::Color32::from_rgb(180, 20, 20)
    }
}
