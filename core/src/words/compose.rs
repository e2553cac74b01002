//! Words a generated household (`generate::Draft`) as a scenario: title, narrative, learning
//! points in Vietnamese and English from the Fluent templates of `generator.ftl`, and the answer
//! key from the engine.
//!
//! Architecture invariant: decides nothing — every fact comes from the draft, every answer from
//! `assess`, every sentence from Fluent.

use crate::rules::assess::assess;
use crate::rules::household::Member;
use crate::rules::standard::Standard;
use crate::training::generate::{Draft, Names};
use crate::training::scenario::{Bilingual, BilingualList, Expected, Generated, Scenario, ScenarioMeta};
use crate::words::explain::names::{indicator_title, outcome_name, provisional_mark, value};
use crate::words::explain::rules::decision_text;
use crate::words::i18n::{Lang, Texts};

/// The scenario for a draft, with both languages and the engine's answer.
/// The composer the training service is handed: `scenario` in Vietnamese and English.
pub fn in_both_languages() -> crate::training::service::Compose {
    let (vi, en) = (Texts::new(Lang::Vi), Texts::new(Lang::En));
    std::sync::Arc::new(move |d: &Draft, standard: &Standard, names: &Names| {
        scenario(d, standard, names, &vi, &en)
    })
}

pub fn scenario(d: &Draft, standard: &Standard, names: &Names, vi: &Texts, en: &Texts) -> Scenario {
    let h = &d.household;
    let a = assess(h, standard);
    let both = |f: &dyn Fn(&Texts) -> String| Bilingual { vi: f(vi), en: f(en) };
    let points = |t: &Texts| {
        let mut p = vec![decision_text(t, &a)];
        let deprived: Vec<String> = a
            .indicators
            .iter()
            .filter(|r| r.deprived)
            .map(|r| indicator_title(t, r.indicator))
            .collect();
        p.push(if deprived.is_empty() {
            t.get("generator-point-none-deprived")
        } else {
            t.get_args(
                "generator-point-deprived",
                &[
                    ("list", t.list(&deprived).into()),
                    ("count", deprived.len().into()),
                ],
            )
        });
        if standard.is_provisional() {
            p.push(t.get_args(
                "generator-point-provisional",
                &[("mark", provisional_mark(t).into())],
            ));
        }
        p
    };
    Scenario {
        format: crate::rules::household::FORMAT_VERSION,
        scenario: ScenarioMeta {
            id: crate::training::generate::scenario_id(d.seed, d.index),
            title: both(&|t| title(t, d, names)),
            summary: both(&|t| {
                t.get_args(
                    "generator-summary",
                    &[
                        ("count", h.members.len().into()),
                        ("livelihood", value(t, "livelihood", h.livelihood.as_str()).into()),
                    ],
                )
            }),
            difficulty: match d.focus {
                crate::training::generate::Focus::Any => 1,
                crate::training::generate::Focus::Indicator(_) => 2,
                crate::training::generate::Focus::Boundary => 3,
            },
            tags: vec![vi.get("generator-tag"), d.focus.as_string()],
            standard: Some(standard.id.clone()),
            region: d.region,
            narrative: both(&|t| narrative(t, d, names)),
            learning_points: BilingualList {
                vi: points(vi),
                en: points(en),
            },
            trainer_notes: vi.get_args(
                "generator-trainer-notes",
                &[
                    ("seed", d.seed.to_string().into()),
                    ("index", (d.index + 1).into()),
                    ("focus", d.focus.as_string().into()),
                    ("class", outcome_name(vi, &a).into()),
                ],
            ),
            generated: Some(Generated {
                seed: d.seed,
                index: d.index,
                focus: d.focus.as_string(),
            }),
        },
        expected: Some(Expected {
            classification: a.class,
            deprived: a.deprived_ids().into_iter().map(str::to_owned).collect(),
            income_per_person_month_vnd: a.income.per_person_month_vnd,
        }),
        visit: None,
        review: None,
        household: h.clone(),
    }
}

fn people(t: &Texts, d: &Draft, names: &Names) -> String {
    names
        .groups
        .get(d.group)
        .map_or_else(String::new, |g| match t.lang() {
            Lang::Vi => g.people_vi.clone(),
            Lang::En => g.people_en.clone(),
        })
}

fn title(t: &Texts, d: &Draft, names: &Names) -> String {
    let head = &d.household.members[d.head];
    t.get_args(
        "generator-title",
        &[
            ("head", head.name.clone().into()),
            ("people", people(t, d, names).into()),
            ("region", value(t, "region", d.region.as_str()).into()),
        ],
    )
}

fn member_sentence(t: &Texts, m: &Member, allowance: Option<u64>) -> String {
    let mut details = Vec::new();
    if m.age >= 15 {
        details.push(value(t, "work", m.work.as_str()));
    }
    if m.age >= 6 {
        let mut education = value(t, "education", m.education.as_str());
        if m.vocational_certificate {
            education = t.get_args(
                "scenario-card-with-vocational",
                &[("education", education.into())],
            );
        }
        details.push(t.get_args("generator-education", &[("education", education.into())]));
    }
    if m.age >= 3 && m.age <= 30 {
        details.push(value(t, "schooling", m.schooling.as_str()));
    }
    if !m.health_insurance {
        details.push(t.get("generator-no-insurance"));
    }
    if m.nutrition != crate::rules::household::Nutrition::Normal {
        details.push(t.get_args(
            "generator-nutrition",
            &[("nutrition", value(t, "nutrition", m.nutrition.as_str()).into())],
        ));
    }
    if m.disability != crate::rules::household::Disability::None {
        details.push(value(t, "disability", m.disability.as_str()));
    }
    if m.sick_untreated {
        details.push(t.get("generator-sick-untreated"));
    }
    if let Some(amount) = allowance {
        details.push(t.get_args(
            "generator-allowance",
            &[("amount", t.money(amount.into()).into())],
        ));
    }
    match (m.uses_internet, m.uses_phone) {
        (true, _) => details.push(t.get("generator-uses-internet")),
        (false, true) => details.push(t.get("generator-uses-phone-only")),
        (false, false) => {}
    }
    if details.is_empty() {
        details.push(t.get("generator-small-child"));
    }
    t.get_args(
        "generator-member",
        &[
            ("name", m.name.clone().into()),
            ("age", m.age.into()),
            ("sex", value(t, "sex", m.sex.as_str()).into()),
            ("details", details.join("; ").into()),
        ],
    )
}

/// One of the phrases `generator-<part>-<durability>-1`, `-2`… (as many as the locale has),
/// chosen by `k`.
fn material_phrase(t: &Texts, part: &str, durability: &str, k: u32) -> String {
    let id = |n: usize| format!("generator-{part}-{durability}-{n}");
    let count = (1..).take_while(|&n| t.has(&id(n))).count();
    if count == 0 {
        return value(t, "durability", &durability.replace('-', "_"));
    }
    t.get(&id(k as usize % count + 1))
}

fn narrative(t: &Texts, d: &Draft, names: &Names) -> String {
    let h = &d.household;
    let head = &h.members[d.head];
    let place = if h.area == crate::rules::household::Area::Urban {
        t.get("generator-place-urban")
    } else {
        t.get_args(
            "generator-place-rural",
            &[("region", value(t, "region", d.region.as_str()).into())],
        )
    };
    let intro = t.get_args(
        "generator-intro",
        &[
            ("month", d.month.into()),
            ("year", h.review_year.to_string().into()),
            ("head", head.name.clone().into()),
            ("age", head.age.into()),
            ("people", people(t, d, names).into()),
            ("place", place.into()),
            ("count", h.members.len().into()),
        ],
    );
    let allowance_of = |i: usize| {
        h.income.iter().zip(&d.income_owner).find_map(|(s, o)| {
            (*o == Some(i) && s.source == crate::rules::household::IncomeKind::SocialAllowance)
                .then_some(s.monthly_vnd)
                .flatten()
        })
    };
    let members: Vec<String> = h
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| member_sentence(t, m, allowance_of(i)))
        .collect();
    let mut income: Vec<String> = Vec::new();
    for (s, owner) in h.income.iter().zip(&d.income_owner) {
        if s.source == crate::rules::household::IncomeKind::SocialAllowance {
            continue; // told with the member
        }
        let source = value(t, "income", s.source.as_str());
        let line = match (owner.and_then(|i| h.members.get(i)), s.monthly_vnd, s.annual_vnd) {
            (Some(m), Some(v), _) => t.get_args(
                "generator-income-member-monthly",
                &[
                    ("name", m.name.clone().into()),
                    ("source", source.into()),
                    ("amount", t.money(v.into()).into()),
                ],
            ),
            (_, Some(v), _) => t.get_args(
                "generator-income-monthly",
                &[("source", source.into()), ("amount", t.money(v.into()).into())],
            ),
            (_, None, Some(v)) => t.get_args(
                "generator-income-annual",
                &[("source", source.into()), ("amount", t.money(v.into()).into())],
            ),
            _ => continue,
        };
        income.push(line);
    }
    if income.is_empty()
        && h.income
            .iter()
            .all(|s| s.source == crate::rules::household::IncomeKind::SocialAllowance)
    {
        income.push(t.get("generator-income-none-other"));
    }
    let dw = &h.dwelling;
    // Each structure is described by a material of its durability, so that the trainee judges
    // durability from the material, as a reviewer does.
    let material = |part: &str, x: crate::rules::household::Durability, k: u32| {
        material_phrase(
            t,
            part,
            x.as_str().replace('_', "-").as_str(),
            d.index.wrapping_add(k),
        )
    };
    let means: Vec<String> = dw
        .info_means
        .iter()
        .map(|m| value(t, "info", m.as_str()))
        .collect();
    let dwelling = t.get_args(
        "generator-dwelling",
        &[
            ("area", t.decimal(dw.floor_area_m2, 1).into()),
            ("wall", material("wall", dw.wall, 0).into()),
            ("frame", material("frame", dw.frame, 1).into()),
            ("roof", material("roof", dw.roof, 2).into()),
            ("water", value(t, "water", dw.water_source.as_str()).into()),
            ("latrine", value(t, "latrine", dw.latrine.as_str()).into()),
            (
                "means",
                if means.is_empty() {
                    t.get("scenario-card-none")
                } else {
                    t.list(&means)
                }
                .into(),
            ),
            (
                "loudspeaker",
                t.get(if dw.hears_loudspeaker {
                    "generator-hears"
                } else {
                    "generator-hears-not"
                })
                .into(),
            ),
            ("waste", value(t, "waste", dw.waste.as_str()).into()),
        ],
    );
    [intro, members.join("\n"), income.join(" "), dwelling].join("\n\n")
}
