//! The household's answers in the voice of a member: the greeting, and the lines said (or seen)
//! for a question or look, worded by subject from the facts the action showed.

use crate::field::visit::{Action, ActionKind, Catalogue, Fact, FactKind};
use crate::rules::household::{Disability, Household, IncomeSource, InfoMeans, Schooling, Structure};
use crate::training::scenario::Region;
use crate::words::explain::names::value;
use crate::words::i18n::Texts;

/// A member's name, or nothing where the household has no such member.
pub(super) fn member_name(h: &Household, index: usize) -> String {
    h.members.get(index).map(|m| m.name.clone()).unwrap_or_default()
}

/// The member who speaks for the household (the first listed: the head).
pub fn speaker(h: &Household) -> String {
    member_name(h, 0)
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

fn money(t: &Texts, s: &IncomeSource) -> String {
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
    let a = Answering { t, h, action, shown };
    let mut lines = vec![];
    for &kind in &action.reveals {
        match kind {
            FactKind::Roster => a.members(kind, &mut lines),
            FactKind::Work | FactKind::Education | FactKind::Schooling => {
                a.work_and_schooling(kind, &mut lines)
            }
            FactKind::HealthInsurance | FactKind::Sickness | FactKind::Nutrition => {
                a.health(kind, &mut lines)
            }
            FactKind::Disability | FactKind::Allowance => a.dependants(kind, &mut lines),
            FactKind::Telecom | FactKind::InfoMeans | FactKind::Loudspeaker => a.services(kind, &mut lines),
            FactKind::Income | FactKind::Livelihood => a.income(kind, &mut lines),
            FactKind::Wall
            | FactKind::Frame
            | FactKind::Roof
            | FactKind::FloorArea
            | FactKind::Water
            | FactKind::Latrine
            | FactKind::Waste => a.dwelling(kind, catalogue, region, &mut lines),
        }
    }
    if lines.is_empty() {
        lines.push(t.get("visit-answer-nothing"));
    }
    lines
}

/// An action being answered: the household, the action and the facts it showed. Each group of
/// kinds of fact is worded by one method, which adds its lines.
struct Answering<'a> {
    t: &'a Texts,
    h: &'a Household,
    action: &'a Action,
    shown: &'a [Fact],
}

impl Answering<'_> {
    /// A look (papers, the house) rather than a question.
    fn look(&self) -> bool {
        self.action.kind == ActionKind::Look
    }

    /// The members whose fact of this kind the action showed.
    fn members_shown(&self, kind: FactKind) -> Vec<usize> {
        self.shown
            .iter()
            .filter_map(|f| match f {
                Fact::Member { index, kind: k } if *k == kind => Some(*index),
                _ => None,
            })
            .collect()
    }

    /// Whether the action showed this fact of the household as a whole.
    fn has(&self, kind: FactKind) -> bool {
        self.shown.contains(&Fact::House { kind })
    }

    /// Who lives here: the roster, told or read from the papers.
    fn members(&self, kind: FactKind, lines: &mut Vec<String>) {
        let (t, h) = (self.t, self.h);
        if kind != FactKind::Roster || !self.has(kind) {
            return;
        }
        // The papers (identity cards, residence record) give the age in months too.
        let look = self.look();
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

    /// The members' work, education and schooling.
    fn work_and_schooling(&self, kind: FactKind, lines: &mut Vec<String>) {
        let (t, h) = (self.t, self.h);
        match kind {
            // A paper only some members have (a labour contract, a social-insurance book): one
            // line a member it shows, worded by the paper (`visit-<action id>`), or that nobody
            // in the household has one.
            FactKind::Work if self.look() => {
                for i in self.members_shown(kind) {
                    let m = &h.members[i];
                    lines.push(t.get_args(
                        &format!("visit-{}", self.action.id),
                        &[("name", m.name.clone().into()), ("work", m.work.as_str().into())],
                    ));
                }
                if !h.members.iter().any(|m| self.action.holds(m)) {
                    lines.push(t.get(&format!("visit-{}-none", self.action.id)));
                }
            }
            FactKind::Work => {
                for i in self.members_shown(kind) {
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
            FactKind::Education => self.education(kind, lines),
            FactKind::Schooling => {
                for i in self.members_shown(kind) {
                    let m = &h.members[i];
                    if m.age > 24 || (m.age < 3 && m.schooling == Schooling::NotAttending) {
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
            _ => {}
        }
    }

    /// The education of the members aged 15 or over, with a vocational certificate or on-the-job
    /// training where they have one.
    fn education(&self, kind: FactKind, lines: &mut Vec<String>) {
        let (t, h) = (self.t, self.h);
        let look = self.look();
        for i in self.members_shown(kind) {
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

    /// Health insurance cards, untreated sickness, and the children's nutrition.
    fn health(&self, kind: FactKind, lines: &mut Vec<String>) {
        let (t, h) = (self.t, self.h);
        let look = self.look();
        match kind {
            FactKind::HealthInsurance => {
                for i in self.members_shown(kind) {
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
                let shown = self.members_shown(kind);
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
            FactKind::Nutrition => {
                let mut any = false;
                for i in self.members_shown(kind) {
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
            _ => {}
        }
    }

    /// What makes a member a dependant: a disability, a social allowance.
    fn dependants(&self, kind: FactKind, lines: &mut Vec<String>) {
        let (t, h) = (self.t, self.h);
        let look = self.look();
        let shown = self.members_shown(kind);
        match kind {
            FactKind::Disability => {
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
            _ => {}
        }
    }

    /// Telecom services the members use, the household's means of information, and the
    /// loudspeakers.
    fn services(&self, kind: FactKind, lines: &mut Vec<String>) {
        let (t, h) = (self.t, self.h);
        match kind {
            FactKind::Telecom => {
                let mut any = false;
                for i in self.members_shown(kind) {
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
                if !any && !self.members_shown(kind).is_empty() {
                    lines.push(t.get("visit-answer-telecom-none"));
                }
            }
            FactKind::InfoMeans if self.has(kind) => lines.push(self.info_means()),
            FactKind::Loudspeaker if self.has(kind) => lines.push(t.get(if h.dwelling.hears_loudspeaker {
                "visit-answer-loudspeaker-yes"
            } else {
                "visit-answer-loudspeaker-no"
            })),
            _ => {}
        }
    }

    /// The means of information: the antenna seen on the roof, or the means the household names.
    fn info_means(&self) -> String {
        let (t, h) = (self.t, self.h);
        let means: Vec<String> = h
            .dwelling
            .info_means
            .iter()
            .map(|m| value(t, "info", m.as_str()))
            .collect();
        if self.look() {
            t.get(if h.dwelling.info_means.contains(&InfoMeans::Tv) {
                "visit-look-antenna"
            } else {
                "visit-look-antenna-none"
            })
        } else if means.is_empty() {
            t.get("visit-answer-info-none")
        } else {
            t.get_args("visit-answer-info", &[("means", t.list(&means).into())])
        }
    }

    /// The sources of income shown, with their amounts, and the livelihood.
    fn income(&self, kind: FactKind, lines: &mut Vec<String>) {
        let (t, h) = (self.t, self.h);
        match kind {
            FactKind::Income => {
                let mut any = false;
                for f in self.shown {
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
            FactKind::Livelihood if self.has(kind) && self.action.reveals.len() > 1 => {
                lines.push(t.get_args(
                    "visit-answer-livelihood",
                    &[("livelihood", value(t, "livelihood", h.livelihood.as_str()).into())],
                ));
            }
            _ => {}
        }
    }

    /// The dwelling: the materials of wall, frame and roof, the floor area, water, latrine and
    /// waste.
    fn dwelling(&self, kind: FactKind, catalogue: &Catalogue, region: Region, lines: &mut Vec<String>) {
        let (t, h) = (self.t, self.h);
        if !self.has(kind) {
            return;
        }
        let look = self.look();
        match kind {
            FactKind::Wall | FactKind::Frame | FactKind::Roof => {
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
            FactKind::FloorArea => lines.push(t.get_args(
                "visit-answer-floor-area",
                &[("area", t.decimal(h.dwelling.floor_area_m2, 1).into())],
            )),
            FactKind::Water => lines.push(t.get_args(
                if look {
                    "visit-look-water"
                } else {
                    "visit-answer-water"
                },
                &[(
                    "water",
                    value(t, "water", h.dwelling.water_source.as_str()).into(),
                )],
            )),
            FactKind::Latrine => lines.push(t.get_args(
                if look {
                    "visit-look-latrine"
                } else {
                    "visit-answer-latrine"
                },
                &[("latrine", value(t, "latrine", h.dwelling.latrine.as_str()).into())],
            )),
            FactKind::Waste => lines.push(t.get_args(
                if look {
                    "visit-look-waste"
                } else {
                    "visit-answer-waste"
                },
                &[("waste", value(t, "waste", h.dwelling.waste.as_str()).into())],
            )),
            _ => {}
        }
    }
}
