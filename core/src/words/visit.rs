//! The words of a field visit: the household's answers in the voice of a member, the notebook's
//! lines and the evidence debrief, from Fluent templates (`visit.ftl`) and the household's data —
//! so every library scenario and every generated household can be visited without extra writing.
//!
//! Architecture invariant: decides nothing (what an action shows comes from `visit::reveals`);
//! every sentence from Fluent.

use crate::field::visit::{Action, ActionKind, Catalogue, Fact, FactKind, Field, Verdict};
use crate::rules::household::{Area, Disability, Household, Structure};
use crate::training::scenario::Region;
use crate::words::explain::value;
use crate::words::i18n::Texts;

fn member_name(h: &Household, index: usize) -> String {
    h.members.get(index).map(|m| m.name.clone()).unwrap_or_default()
}

/// The member who speaks for the household (the first listed: the head).
pub fn speaker(h: &Household) -> String {
    member_name(h, 0)
}

/// The label of a question or look, as the trainee picks it.
pub fn action_label(t: &Texts, id: &str) -> String {
    t.get(&format!("visit-action-{id}"))
}

pub fn group_label(t: &Texts, id: &str) -> String {
    t.get(&format!("visit-group-{id}"))
}

/// The greeting when the reviewer arrives.
pub fn greeting(t: &Texts, h: &Household) -> String {
    t.get_args(
        "visit-greeting",
        &[
            ("name", speaker(h).into()),
            ("livelihood", value(t, "livelihood", h.livelihood.as_str()).into()),
        ],
    )
}

fn money(t: &Texts, s: &crate::rules::household::IncomeSource) -> String {
    match (s.monthly_vnd, s.annual_vnd) {
        (Some(m), _) => t.get_args("visit-amount-month", &[("amount", t.money(u128::from(m)).into())]),
        (None, Some(a)) => t.get_args("visit-amount-year", &[("amount", t.money(u128::from(a)).into())]),
        (None, None) => String::new(),
    }
}

/// The answer to an action: the lines the household says (or what the reviewer sees), from the
/// facts the action showed.
pub fn answer(
    t: &Texts,
    h: &Household,
    catalogue: &Catalogue,
    region: Region,
    action: &Action,
    shown: &[Fact],
) -> Vec<String> {
    let mut lines = vec![];
    let members_shown = |kind: FactKind| -> Vec<usize> {
        shown
            .iter()
            .filter_map(|f| match f {
                Fact::Member { index, kind: k } if *k == kind => Some(*index),
                _ => None,
            })
            .collect()
    };
    let has = |kind: FactKind| shown.contains(&Fact::House { kind });
    for &kind in &action.reveals {
        match kind {
            FactKind::Roster if has(kind) => {
                // The papers (identity cards, residence record) give the age in months too.
                let look = action.kind == ActionKind::Look;
                let list: Vec<String> = h
                    .members
                    .iter()
                    .map(|m| {
                        t.get_args(
                            if look { "visit-look-member" } else { "visit-member" },
                            &[
                                ("name", m.name.clone().into()),
                                ("age", m.age.into()),
                                ("months", m.age_months.into()),
                                ("sex", value(t, "sex", m.sex.as_str()).into()),
                            ],
                        )
                    })
                    .collect();
                lines.push(t.get_args(
                    if look {
                        "visit-look-roster"
                    } else {
                        "visit-answer-roster"
                    },
                    &[("count", h.members.len().into())],
                ));
                lines.extend(list);
                if look {
                    // Registration is not membership: the household is who lives and eats here.
                    lines.push(t.get("visit-look-roster-note"));
                }
            }
            // A paper only some members have (a labour contract, a social-insurance book): one
            // line a member it shows, worded by the paper (`visit-<action id>`), or that nobody
            // in the household has one.
            FactKind::Work if action.kind == ActionKind::Look => {
                for i in members_shown(kind) {
                    let m = &h.members[i];
                    lines.push(t.get_args(
                        &format!("visit-{}", action.id),
                        &[("name", m.name.clone().into()), ("work", m.work.as_str().into())],
                    ));
                }
                if !h.members.iter().any(|m| action.holds(m)) {
                    lines.push(t.get(&format!("visit-{}-none", action.id)));
                }
            }
            FactKind::Work => {
                for i in members_shown(kind) {
                    let m = &h.members[i];
                    if m.age < 15 {
                        continue;
                    }
                    lines.push(t.get_args(
                        "visit-answer-work",
                        &[
                            ("name", m.name.clone().into()),
                            ("work", value(t, "work", m.work.as_str()).into()),
                        ],
                    ));
                }
            }
            FactKind::Education => {
                let look = action.kind == ActionKind::Look;
                for i in members_shown(kind) {
                    let m = &h.members[i];
                    if m.age < 15 {
                        continue;
                    }
                    let mut extra = vec![];
                    if m.vocational_certificate {
                        extra.push(t.get("visit-answer-vocational"));
                    }
                    if m.on_the_job_training {
                        extra.push(t.get("visit-answer-on-the-job"));
                    }
                    lines.push(t.get_args(
                        if look {
                            "visit-look-education"
                        } else {
                            "visit-answer-education"
                        },
                        &[
                            ("name", m.name.clone().into()),
                            ("education", value(t, "education", m.education.as_str()).into()),
                            ("level", m.education.as_str().into()),
                            ("extra", t.list_plain(&extra).into()),
                            ("has_extra", if extra.is_empty() { "no" } else { "yes" }.into()),
                        ],
                    ));
                }
            }
            FactKind::Schooling => {
                for i in members_shown(kind) {
                    let m = &h.members[i];
                    if m.age > 24
                        || (m.age < 3 && m.schooling == crate::rules::household::Schooling::NotAttending)
                    {
                        continue;
                    }
                    lines.push(t.get_args(
                        "visit-answer-schooling",
                        &[
                            ("name", m.name.clone().into()),
                            ("age", m.age.into()),
                            ("schooling", value(t, "schooling", m.schooling.as_str()).into()),
                        ],
                    ));
                }
            }
            FactKind::HealthInsurance => {
                let look = action.kind == ActionKind::Look;
                for i in members_shown(kind) {
                    let m = &h.members[i];
                    let id = match (look, m.health_insurance) {
                        (false, true) => "visit-answer-card-yes",
                        (false, false) => "visit-answer-card-no",
                        (true, true) => "visit-look-card-yes",
                        (true, false) => "visit-look-card-no",
                    };
                    lines.push(t.get_args(id, &[("name", m.name.clone().into())]));
                }
            }
            FactKind::Sickness => {
                let shown = members_shown(kind);
                let sick: Vec<String> = shown
                    .iter()
                    .filter(|&&i| h.members[i].sick_untreated)
                    .map(|&i| member_name(h, i))
                    .collect();
                if !shown.is_empty() {
                    lines.push(if sick.is_empty() {
                        t.get("visit-answer-sick-none")
                    } else {
                        t.get_args(
                            "visit-answer-sick",
                            &[("names", t.list(&sick).into()), ("count", sick.len().into())],
                        )
                    });
                }
            }
            FactKind::Disability => {
                let look = action.kind == ActionKind::Look;
                let shown = members_shown(kind);
                let mut any = false;
                for &i in &shown {
                    let m = &h.members[i];
                    if m.disability != Disability::None {
                        any = true;
                        lines.push(t.get_args(
                            if look {
                                "visit-look-disability"
                            } else {
                                "visit-answer-disability"
                            },
                            &[
                                ("name", m.name.clone().into()),
                                ("disability", value(t, "disability", m.disability.as_str()).into()),
                            ],
                        ));
                    }
                }
                if !shown.is_empty() && !any {
                    lines.push(t.get(if look {
                        "visit-look-disability-none"
                    } else {
                        "visit-answer-disability-none"
                    }));
                }
            }
            FactKind::Allowance => {
                let look = action.kind == ActionKind::Look;
                let shown = members_shown(kind);
                let getting: Vec<String> = shown
                    .iter()
                    .filter(|&&i| h.members[i].social_allowance)
                    .map(|&i| member_name(h, i))
                    .collect();
                if !shown.is_empty() {
                    lines.push(if getting.is_empty() {
                        t.get(if look {
                            "visit-look-allowance-none"
                        } else {
                            "visit-answer-allowance-none"
                        })
                    } else {
                        t.get_args(
                            if look {
                                "visit-look-allowance"
                            } else {
                                "visit-answer-allowance"
                            },
                            &[
                                ("names", t.list(&getting).into()),
                                ("count", getting.len().into()),
                            ],
                        )
                    });
                }
            }
            FactKind::Nutrition => {
                let look = action.kind == ActionKind::Look;
                let mut any = false;
                for i in members_shown(kind) {
                    let m = &h.members[i];
                    if m.age >= 16 {
                        continue;
                    }
                    any = true;
                    lines.push(t.get_args(
                        if look {
                            "visit-look-growth"
                        } else {
                            "visit-answer-nutrition"
                        },
                        &[
                            ("name", m.name.clone().into()),
                            ("age", m.age.into()),
                            ("nutrition", value(t, "nutrition", m.nutrition.as_str()).into()),
                        ],
                    ));
                }
                if !any {
                    lines.push(t.get("visit-answer-no-children"));
                }
            }
            FactKind::Telecom => {
                let mut any = false;
                for i in members_shown(kind) {
                    let m = &h.members[i];
                    let mut uses = vec![];
                    if m.uses_phone {
                        uses.push(value(t, "telecom", "phone"));
                    }
                    if m.uses_internet {
                        uses.push(value(t, "telecom", "internet"));
                    }
                    if !uses.is_empty() {
                        any = true;
                        lines.push(t.get_args(
                            "visit-answer-telecom",
                            &[("name", m.name.clone().into()), ("uses", t.list(&uses).into())],
                        ));
                    }
                }
                if !any && !members_shown(kind).is_empty() {
                    lines.push(t.get("visit-answer-telecom-none"));
                }
            }
            FactKind::Income => {
                let mut any = false;
                for f in shown {
                    if let Fact::Income { index } = f
                        && let Some(s) = h.income.get(*index)
                    {
                        any = true;
                        lines.push(t.get_args(
                            "visit-answer-income",
                            &[
                                ("source", value(t, "income", s.source.as_str()).into()),
                                ("amount", money(t, s).into()),
                            ],
                        ));
                    }
                }
                if !any {
                    lines.push(t.get("visit-answer-income-none"));
                }
            }
            FactKind::Livelihood if has(kind) && action.reveals.len() > 1 => {
                lines.push(t.get_args(
                    "visit-answer-livelihood",
                    &[("livelihood", value(t, "livelihood", h.livelihood.as_str()).into())],
                ));
            }
            FactKind::Wall | FactKind::Frame | FactKind::Roof if has(kind) => {
                let s = match kind {
                    FactKind::Wall => Structure::Wall,
                    FactKind::Frame => Structure::Frame,
                    _ => Structure::Roof,
                };
                let (m, _) = catalogue.material(h, region, s);
                lines.push(t.get_args(
                    &format!("visit-look-{}", s.as_str()),
                    &[("material", value(t, "material", m.as_str()).into())],
                ));
            }
            FactKind::FloorArea if has(kind) => lines.push(t.get_args(
                "visit-answer-floor-area",
                &[("area", t.decimal(h.dwelling.floor_area_m2, 1).into())],
            )),
            FactKind::Water if has(kind) => lines.push(t.get_args(
                if action.kind == ActionKind::Look {
                    "visit-look-water"
                } else {
                    "visit-answer-water"
                },
                &[(
                    "water",
                    value(t, "water", h.dwelling.water_source.as_str()).into(),
                )],
            )),
            FactKind::Latrine if has(kind) => lines.push(t.get_args(
                if action.kind == ActionKind::Look {
                    "visit-look-latrine"
                } else {
                    "visit-answer-latrine"
                },
                &[("latrine", value(t, "latrine", h.dwelling.latrine.as_str()).into())],
            )),
            FactKind::InfoMeans if has(kind) => {
                let means: Vec<String> = h
                    .dwelling
                    .info_means
                    .iter()
                    .map(|m| value(t, "info", m.as_str()))
                    .collect();
                if action.kind == ActionKind::Look {
                    lines.push(
                        t.get(
                            if h.dwelling
                                .info_means
                                .contains(&crate::rules::household::InfoMeans::Tv)
                            {
                                "visit-look-antenna"
                            } else {
                                "visit-look-antenna-none"
                            },
                        ),
                    );
                } else {
                    lines.push(if means.is_empty() {
                        t.get("visit-answer-info-none")
                    } else {
                        t.get_args("visit-answer-info", &[("means", t.list(&means).into())])
                    });
                }
            }
            FactKind::Loudspeaker if has(kind) => lines.push(t.get(if h.dwelling.hears_loudspeaker {
                "visit-answer-loudspeaker-yes"
            } else {
                "visit-answer-loudspeaker-no"
            })),
            FactKind::Waste if has(kind) => lines.push(t.get_args(
                if action.kind == ActionKind::Look {
                    "visit-look-waste"
                } else {
                    "visit-answer-waste"
                },
                &[("waste", value(t, "waste", h.dwelling.waste.as_str()).into())],
            )),
            _ => {}
        }
    }
    if lines.is_empty() {
        lines.push(t.get("visit-answer-nothing"));
    }
    lines
}

/// A fact named for the debrief: "thẻ BHYT của Lò Thị Mai", "khoản tiền người thân gửi về".
pub fn fact_name(t: &Texts, h: &Household, f: Fact) -> String {
    match f {
        Fact::House {
            kind: crate::field::visit::FactKind::Income,
        } => t.get("visit-fact-income-complete"),
        Fact::House { kind } => t.get(&format!("visit-fact-{}", kind.as_str().replace('_', "-"))),
        Fact::Member { index, kind } => t.get_args(
            &format!("visit-fact-{}", kind.as_str().replace('_', "-")),
            &[("name", member_name(h, index).into())],
        ),
        Fact::Income { index } => t.get_args(
            "visit-fact-income",
            &[(
                "source",
                h.income
                    .get(index)
                    .map(|s| value(t, "income", s.source.as_str()))
                    .unwrap_or_default()
                    .into(),
            )],
        ),
    }
}

/// The name of a field of the survey form.
pub fn field_name(t: &Texts, standard: &crate::rules::standard::Standard, f: &Field) -> String {
    match f {
        Field::Income => t.get("visit-field-income"),
        Field::Indicator(id) => standard
            .indicator(id)
            .map(|i| crate::words::explain::indicator_title(t, i))
            .unwrap_or_else(|| id.clone()),
    }
}

/// The evidence part of the debrief: one line a field, then the unneeded questions, the time,
/// and the pivotal fact.
pub fn evidence_lines(
    t: &Texts,
    h: &Household,
    standard: &crate::rules::standard::Standard,
    v: &Verdict,
) -> Vec<String> {
    let mut out = vec![];
    for f in &v.fields {
        let name = field_name(t, standard, &f.field);
        let sources: Vec<String> = f.sources.iter().map(|s| source_short(t, s)).collect();
        let missing: Vec<String> = f.missing.iter().take(4).map(|m| fact_name(t, h, *m)).collect();
        let id = match (f.right, f.supported) {
            (true, true) => "visit-evidence-supported",
            (true, false) => "visit-evidence-unsupported",
            (false, true) => "visit-evidence-wrong-seen",
            (false, false) => "visit-evidence-wrong-unseen",
        };
        out.push(t.get_args(
            id,
            &[
                ("field", name.into()),
                ("sources", t.list(&sources).into()),
                ("missing", t.list(&missing).into()),
            ],
        ));
    }
    out
}

/// Where a known fact came from, in a few words ("thẻ BHYT", "danh sách thành viên"), for the
/// form's evidence notes.
pub fn source_short(t: &Texts, id: &str) -> String {
    if id == "greeting" {
        t.get("visit-source-greeting")
    } else {
        t.get(&format!("visit-short-{id}"))
    }
}

/// Where a known fact came from: a question or look, or the greeting.
pub fn source_label(t: &Texts, id: &str) -> String {
    if id == "greeting" {
        t.get("visit-source-greeting")
    } else {
        action_label(t, id)
    }
}

/// The pivotal fact, worded.
pub fn pivotal_line(t: &Texts, h: &Household, v: &Verdict) -> Option<String> {
    let p = v.pivotal.as_ref()?;
    let actions: Vec<String> = p.revealed_by.iter().map(|a| source_short(t, a)).collect();
    Some(t.get_args(
        "visit-pivotal",
        &[
            ("fact", fact_name(t, h, p.fact).into()),
            ("class", value(t, "class", p.class_without.as_str()).into()),
            ("actions", t.list_or(&actions).into()),
        ],
    ))
}

/// How the place is named: "Bản Nà Lường (xã …)", or for a village made from a seed the words
/// of `village-seed-name`.
pub fn village_title(t: &Texts, v: &crate::field::village::VillageFile) -> String {
    let english = t.lang().is_english();
    let name = v.village.name.get(english);
    if crate::rules::text::is_blank(name) {
        let seed = v.households.generated.map_or(0, |g| g.seed);
        t.get_args(
            "village-seed-name",
            &[
                (
                    "kind",
                    t.get(&format!(
                        "village-kind-{}",
                        v.village.kind.as_str().replace('_', "-")
                    ))
                    .into(),
                ),
                ("seed", seed.to_string().into()),
                (
                    "terrain",
                    t.get(&format!("village-terrain-{}", v.village.terrain.as_str()))
                        .into(),
                ),
            ],
        )
    } else {
        name.to_owned()
    }
}

/// The area of the village in words (nông thôn / thành thị).
pub fn area_name(t: &Texts, area: Area) -> String {
    value(t, "area", area.as_str())
}

/// The visit rubric, one paragraph a line: published in the village, the app's rubric screen and
/// the README.
pub fn rubric_lines(t: &Texts, c: &Catalogue) -> Vec<String> {
    let r = c.rubric;
    let b = c.budget;
    vec![
        t.get("village-rubric-base"),
        t.get_args(
            "village-rubric-unsupported",
            &[("points", r.unsupported_points.into())],
        ),
        t.get_args("village-rubric-unneeded", &[("points", r.unneeded_points.into())]),
        t.get_args("village-rubric-time", &[("points", r.out_of_time_points.into())]),
        t.get_args(
            "village-rubric-budget",
            &[
                ("practice", b.practice_minutes.into()),
                ("exam", b.exam_minutes.into()),
            ],
        ),
        t.get("village-rubric-needs"),
        t.get("village-rubric-pivotal"),
        t.get("village-rubric-counter"),
    ]
}
