//! The editor's field-visit section: the dwelling's materials (optional) and `[visit]`, the facts
//! the household does not volunteer in the village and the question or look that reveals each.

use eframe::egui;

use super::EditorScreen;
use super::widgets::field_error;
use crate::field::visit::{Catalogue, FactKind, Hidden, VisitSpec};
use crate::rules::household::{Material, Structure};
use crate::rules::source::Problem;
use crate::words::explain::value;
use crate::words::i18n::Texts;
use rasoat_ui::strong;

/// A combo box over `options` (value and its words), labelled for screen readers and tests.
fn choice<T: Clone + PartialEq>(
    ui: &mut egui::Ui,
    label: &str,
    salt: impl std::hash::Hash + std::fmt::Debug,
    v: &mut T,
    options: &[(T, String)],
) {
    let l = ui.label(label);
    let shown = options
        .iter()
        .find(|(o, _)| o == v)
        .map(|(_, w)| w.clone())
        .unwrap_or_default();
    egui::ComboBox::from_id_salt(salt)
        .selected_text(shown)
        .width(360.0)
        .show_ui(ui, |ui| {
            for (o, w) in options {
                ui.selectable_value(v, o.clone(), w);
            }
        })
        .response
        .labelled_by(l.id);
    ui.end_row();
}

impl EditorScreen {
    /// Materials of wall, frame and roof: optional; the village draws and describes them.
    pub(super) fn materials_ui(&mut self, ui: &mut egui::Ui, t: &Texts, problems: &[(String, Problem)]) {
        let d = &mut self.s.household.dwelling;
        ui.label(strong(t.get("editor-materials-heading")));
        ui.label(egui::RichText::new(t.get("editor-materials-help")).small());
        egui::Grid::new("editor-materials")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let mut options: Vec<(Option<Material>, String)> =
                    vec![(None, t.get("editor-material-none"))];
                options.extend(
                    Material::ALL
                        .iter()
                        .map(|m| (Some(*m), value(t, "material", m.as_str()))),
                );
                for s in Structure::ALL {
                    let slot = match s {
                        Structure::Wall => &mut d.wall_material,
                        Structure::Frame => &mut d.frame_material,
                        Structure::Roof => &mut d.roof_material,
                    };
                    let label = t.get(&format!("editor-material-{}", s.as_str()));
                    choice(ui, &label, ("material", s.as_str()), slot, &options);
                    field_error(
                        ui,
                        t,
                        problems,
                        &format!("household.dwelling.{}_material", s.as_str()),
                    );
                }
            });
    }

    /// `[visit]`: what the household keeps back until the right question or look.
    pub(super) fn visit_ui(&mut self, ui: &mut egui::Ui, t: &Texts, problems: &[(String, Problem)]) {
        let catalogue = Catalogue::shared();
        ui.label(strong(t.get("editor-visit-heading")));
        ui.label(egui::RichText::new(t.get("editor-visit-help")).small());
        let h = self.s.household.clone();
        let spec = self.s.visit.get_or_insert_with(VisitSpec::default);
        let mut remove = None;
        for (i, x) in spec.hidden.iter_mut().enumerate() {
            ui.group(|ui| {
                egui::Grid::new(("editor-hidden", i))
                    .num_columns(2)
                    .spacing([12.0, 6.0])
                    .show(ui, |ui| {
                        let kinds: Vec<(FactKind, String)> = FactKind::ALL
                            .iter()
                            .filter(|k| **k != FactKind::Roster)
                            .map(|k| {
                                (
                                    *k,
                                    t.get(&format!("editor-visit-fact-{}", k.as_str().replace('_', "-"))),
                                )
                            })
                            .collect();
                        choice(
                            ui,
                            &t.get("editor-visit-fact"),
                            ("hidden-fact", i),
                            &mut x.fact,
                            &kinds,
                        );
                        if x.fact.is_member() {
                            let members: Vec<(Option<usize>, String)> = h
                                .members
                                .iter()
                                .enumerate()
                                .map(|(m, member)| (Some(m + 1), member.name.clone()))
                                .collect();
                            if x.member.is_none() {
                                x.member = Some(1);
                            }
                            choice(
                                ui,
                                &t.get("editor-visit-member"),
                                ("hidden-member", i),
                                &mut x.member,
                                &members,
                            );
                        } else {
                            x.member = None;
                        }
                        if x.fact == FactKind::Income {
                            let sources: Vec<(Option<crate::rules::household::IncomeKind>, String)> = h
                                .income
                                .iter()
                                .map(|s| (Some(s.source), value(t, "income", s.source.as_str())))
                                .collect();
                            if x.source.is_none() {
                                x.source = sources.first().and_then(|s| s.0);
                            }
                            choice(
                                ui,
                                &t.get("editor-visit-source"),
                                ("hidden-source", i),
                                &mut x.source,
                                &sources,
                            );
                        } else {
                            x.source = None;
                        }
                        let actions: Vec<(String, String)> = catalogue
                            .actions
                            .iter()
                            .filter(|a| a.reveals.contains(&x.fact))
                            .map(|a| (a.id.clone(), crate::words::visit::action_label(t, &a.id)))
                            .collect();
                        if !actions.iter().any(|(id, _)| *id == x.revealed_by)
                            && let Some((id, _)) = actions.first()
                        {
                            x.revealed_by = id.clone();
                        }
                        choice(
                            ui,
                            &t.get("editor-visit-revealed-by"),
                            ("hidden-by", i),
                            &mut x.revealed_by,
                            &actions,
                        );
                        for f in ["member", "source", "revealed_by"] {
                            field_error(ui, t, problems, &format!("visit.hidden[{i}].{f}"));
                        }
                    });
                if ui.button(t.get("editor-visit-remove")).clicked() {
                    remove = Some(i);
                }
            });
        }
        if let Some(i) = remove {
            spec.hidden.remove(i);
        }
        if ui.button(t.get("editor-visit-add")).clicked() {
            spec.hidden.push(Hidden {
                fact: FactKind::HealthInsurance,
                member: Some(1),
                source: None,
                revealed_by: "look-cards".into(),
            });
        }
        // No entry: no `[visit]` in the file.
        if self.s.visit.as_ref().is_some_and(|v| v.hidden.is_empty()) {
            self.s.visit = None;
        }
    }

    /// `[review]`: the household's place in the review procedure (the village's campaign). Every
    /// field may be left to the village's seed.
    pub(super) fn review_ui(&mut self, ui: &mut egui::Ui, t: &Texts, problems: &[(String, Problem)]) {
        use crate::field::procedure::{ComplaintKind, Request, ReviewSpec, Status};
        use crate::rules::assess::Class;
        ui.label(strong(t.get("editor-review-heading")));
        ui.label(egui::RichText::new(t.get("editor-review-help")).small());
        let spec = self.s.review.get_or_insert_with(ReviewSpec::default);
        let seeded = t.get("editor-review-seeded");
        egui::Grid::new("editor-review")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let mut statuses = vec![(None, seeded.clone())];
                statuses.extend(
                    Status::ALL
                        .iter()
                        .map(|x| (Some(*x), crate::words::procedure::status(t, *x))),
                );
                choice(
                    ui,
                    &t.get("editor-review-previous"),
                    "review-previous",
                    &mut spec.previous,
                    &statuses,
                );
                let mut requests = vec![(None, t.get("editor-review-no-request"))];
                requests.extend(
                    [Request::Review, Request::Escape, Request::AverageFarming]
                        .iter()
                        .map(|x| (Some(*x), t.get(&format!("proc-request-{}", x.as_str())))),
                );
                choice(
                    ui,
                    &t.get("editor-review-request"),
                    "review-request",
                    &mut spec.request,
                    &requests,
                );
                field_error(ui, t, problems, "review.request");
                let mut classes = vec![(None, t.get("editor-review-neighbours-engine"))];
                classes.extend(
                    Class::ALL
                        .iter()
                        .map(|c| (Some(*c), crate::words::explain::class_name(t, *c))),
                );
                choice(
                    ui,
                    &t.get("editor-review-neighbours"),
                    "review-neighbours",
                    &mut spec.neighbours,
                    &classes,
                );
                let mut complaints = vec![(None, seeded.clone())];
                complaints.extend(
                    [ComplaintKind::NeighbourIncome, ComplaintKind::HouseholdDisputes]
                        .iter()
                        .map(|k| {
                            let id = match k {
                                ComplaintKind::NeighbourIncome => "editor-review-complaint-neighbour",
                                ComplaintKind::HouseholdDisputes => "editor-review-complaint-household",
                            };
                            (Some(*k), t.get(id))
                        }),
                );
                choice(
                    ui,
                    &t.get("editor-review-complaint"),
                    "review-complaint",
                    &mut spec.complaint,
                    &complaints,
                );
            });
        // Nothing set: no `[review]` in the file.
        if self
            .s
            .review
            .as_ref()
            .is_some_and(|r| *r == ReviewSpec::default())
        {
            self.s.review = None;
        }
    }
}
