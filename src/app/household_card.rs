//! What the reviewer sees at the door: the narrative, and the household's facts as a card
//! (members, dwelling, income sources).

use eframe::egui;

use crate::rules::household::{Household, IncomeSource, Member};
use crate::training::scenario::Scenario;
use crate::words::explain::{member_label, value};
use crate::words::i18n::Texts;

pub fn narrative_ui(ui: &mut egui::Ui, t: &Texts, s: &Scenario) {
    let text = s.scenario.narrative.get(t.lang().is_english());
    for paragraph in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        ui.label(paragraph);
        ui.add_space(4.0);
    }
}

fn yes_no(t: &Texts, b: bool) -> String {
    t.get(if b { "common-yes" } else { "common-no" })
}

/// The household's facts; `standard` (the one the trainee applies) names the area in its own words
/// ("đô thị" under Nghị định 351/2025).
pub fn household_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    h: &Household,
    standard: Option<&crate::rules::standard::Standard>,
) {
    members_ui(ui, t, h);
    ui.add_space(8.0);
    dwelling_ui(ui, t, h, standard);
    ui.add_space(8.0);
    income_ui(ui, t, h);
}

/// The members, one framed card each, then who is sick and untreated.
fn members_ui(ui: &mut egui::Ui, t: &Texts, h: &Household) {
    ui.label(rasoat_ui::strong(t.get("scenario-card-members")));
    ui.vertical(|ui| {
        for (i, m) in h.members.iter().enumerate() {
            ui.group(|ui| {
                ui.set_width(ui.available_width());
                ui.vertical(|ui| {
                    let age = if m.age_months > 0 {
                        t.get_args(
                            "scenario-card-age-months",
                            &[("years", m.age.into()), ("months", m.age_months.into())],
                        )
                    } else {
                        t.get_args("scenario-card-age-years", &[("years", m.age.into())])
                    };
                    ui.label(rasoat_ui::strong(format!(
                        "{} — {}, {}",
                        m.name,
                        age,
                        value(t, "sex", m.sex.as_str())
                    )));
                    egui::Grid::new(("member", i))
                        .spacing([10.0, 2.0])
                        .show(ui, |ui| member_rows(ui, t, m));
                });
            });
        }
    });
    if let Some(sick) = h.members.iter().find(|m| m.sick_untreated) {
        ui.label(t.get_args(
            "scenario-card-sick-untreated",
            &[("member", member_label(t, sick).into())],
        ));
    }
}

/// One member's facts, a small label and its value per row of the member's grid.
fn member_rows(ui: &mut egui::Ui, t: &Texts, m: &Member) {
    let mut row = |k: &str, v: String| {
        ui.label(egui::RichText::new(t.get(k)).small());
        ui.label(v);
        ui.end_row();
    };
    row("scenario-card-work", value(t, "work", m.work.as_str()));
    let mut education = value(t, "education", m.education.as_str());
    if m.vocational_certificate {
        education = t.get_args(
            "scenario-card-with-vocational",
            &[("education", education.into())],
        );
    }
    if m.on_the_job_training {
        education = t.get_args(
            "scenario-card-with-on-the-job",
            &[("education", education.into())],
        );
    }
    row("scenario-card-education", education);
    row(
        "scenario-card-schooling",
        value(t, "schooling", m.schooling.as_str()),
    );
    row("scenario-card-insurance", yes_no(t, m.health_insurance));
    if m.nutrition != crate::rules::household::Nutrition::Normal {
        row(
            "scenario-card-nutrition",
            value(t, "nutrition", m.nutrition.as_str()),
        );
    }
    if m.disability != crate::rules::household::Disability::None {
        row(
            "scenario-card-disability",
            value(t, "disability", m.disability.as_str()),
        );
    }
    row(
        "scenario-card-internet-phone",
        t.get_args(
            "scenario-card-internet-phone-value",
            &[
                ("internet", yes_no(t, m.uses_internet).into()),
                ("phone", yes_no(t, m.uses_phone).into()),
            ],
        ),
    );
    if m.social_allowance {
        row("scenario-card-allowance", yes_no(t, true));
    }
}

/// The dwelling and the household's place, as a grid of label and value.
fn dwelling_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    h: &Household,
    standard: Option<&crate::rules::standard::Standard>,
) {
    ui.label(rasoat_ui::strong(t.get("scenario-card-dwelling")));
    let d = &h.dwelling;
    let durability = |x: crate::rules::household::Durability| value(t, "durability", x.as_str());
    egui::Grid::new("dwelling").spacing([14.0, 4.0]).show(ui, |ui| {
        let mut row = |k: &str, v: String| {
            ui.label(t.get(k));
            ui.label(v);
            ui.end_row();
        };
        row(
            "scenario-card-area",
            standard.map_or_else(
                || value(t, "area", h.area.as_str()),
                |s| crate::words::explain::area_name(t, s, h.area),
            ),
        );
        row(
            "scenario-card-livelihood",
            value(t, "livelihood", h.livelihood.as_str()),
        );
        row("scenario-card-review-year", h.review_year.to_string());
        row("scenario-card-wall", durability(d.wall));
        row("scenario-card-frame", durability(d.frame));
        row("scenario-card-roof", durability(d.roof));
        row(
            "scenario-card-floor-area",
            t.get_args(
                "scenario-card-m2",
                &[("area", t.decimal(d.floor_area_m2, 2).into())],
            ),
        );
        row("scenario-card-water", value(t, "water", d.water_source.as_str()));
        row("scenario-card-latrine", value(t, "latrine", d.latrine.as_str()));
        let means: Vec<String> = d
            .info_means
            .iter()
            .map(|m| value(t, "info", m.as_str()))
            .collect();
        row(
            "scenario-card-info-means",
            if means.is_empty() {
                t.get("scenario-card-none")
            } else {
                t.list(&means)
            },
        );
        row("scenario-card-loudspeaker", yes_no(t, d.hears_loudspeaker));
        row("scenario-card-waste", value(t, "waste", d.waste.as_str()));
    });
}

/// The income sources, one line each.
fn income_ui(ui: &mut egui::Ui, t: &Texts, h: &Household) {
    ui.label(rasoat_ui::strong(t.get("scenario-card-income")));
    if h.income.is_empty() {
        ui.label(t.get("scenario-card-no-income"));
    }
    for i in &h.income {
        ui.label(income_line(t, i));
    }
}

fn income_line(t: &Texts, i: &IncomeSource) -> String {
    let source = value(t, "income", i.source.as_str());
    match (i.monthly_vnd, i.annual_vnd) {
        (Some(m), _) => t.get_args(
            "scenario-card-income-monthly",
            &[("source", source.into()), ("amount", t.money(m.into()).into())],
        ),
        (None, Some(a)) => t.get_args(
            "scenario-card-income-annual",
            &[("source", source.into()), ("amount", t.money(a.into()).into())],
        ),
        (None, None) => source,
    }
}
