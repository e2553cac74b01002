//! "Cách chấm điểm": the published rubric, where the class cannot be known, what the exercise
//! simplifies, and how the count rule reads on Phiếu B.

use eframe::egui;

use super::Ctx;
use crate::rules::grading::Rubric;

/// The rubric screen.
pub(super) fn ui(app: &mut Ctx<'_>, ui: &mut egui::Ui) {
    let t = &app.texts;
    let r = Rubric::STANDARD;
    ui.heading(t.get("rubric-title"));
    ui.add_space(8.0);
    let classes: Vec<String> = crate::rules::assess::Class::ALL
        .iter()
        .map(|c| crate::words::explain::class_name(t, *c))
        .collect();
    // Standards whose average living standard band is not known: either class earns the points.
    let band_unknown: Vec<String> = app
        .service
        .standards
        .all()
        .iter()
        .filter(|s| !s.classification.average.defined)
        .map(|s| crate::words::explain::standard_name(t, s))
        .collect();
    for (id, args) in [
        (
            "rubric-class",
            vec![
                ("points", r.class_points.into()),
                ("classes", classes.join("; ").into()),
            ],
        ),
        ("rubric-indicators", vec![("points", r.indicator_points.into())]),
        (
            "rubric-income",
            vec![
                ("points", r.income_points.into()),
                ("tolerance", t.money(r.income_tolerance_vnd).into()),
                ("close_points", r.income_close_points.into()),
                ("close_percent", r.income_close_percent.to_string().into()),
            ],
        ),
        ("rubric-total", vec![("points", r.max().into())]),
        ("rubric-modes", vec![]),
    ] {
        ui.label(t.get_args(id, &args));
        ui.add_space(6.0);
    }
    if !band_unknown.is_empty() {
        ui.label(t.get_args(
            "rubric-band-unknown",
            &[
                ("standards", t.list(&band_unknown).into()),
                ("average", classes[2].clone().into()),
                ("none", classes[3].clone().into()),
            ],
        ));
        ui.add_space(6.0);
    }
    ui.label(t.get("scenario-income-simplified-general"));
    ui.add_space(6.0);
    for s in app.service.standards.all() {
        if let Some(text) = crate::words::explain::scoring_form_text(t, s) {
            ui.label(t.get_args(
                "debrief-changed-form-under",
                &[
                    ("standard", crate::words::explain::standard_name(t, s).into()),
                    ("text", text.into()),
                ],
            ));
            ui.add_space(6.0);
        } else {
            ui.label(t.get_args(
                "rubric-form-unknown",
                &[("standard", crate::words::explain::standard_name(t, s).into())],
            ));
            ui.add_space(6.0);
        }
    }
    // The field visits of the village simulation.
    ui.add_space(6.0);
    ui.label(rasoat_ui::strong(t.get("rubric-village-heading")));
    for line in crate::words::visit::rubric_lines(t, crate::field::visit::Catalogue::shared()) {
        ui.label(line);
        ui.add_space(4.0);
    }
}
