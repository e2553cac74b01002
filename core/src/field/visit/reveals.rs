//! What each question or look reveals in a household, what the `[visit]` section of a scenario
//! hides from the usual ones, and which actions can reveal a given fact.

use serde::{Deserialize, Serialize};

use crate::rules::household::{Household, IncomeKind};
use crate::rules::source::Problem;

use super::catalogue::{Action, Catalogue};
use super::facts::{Fact, FactKind, all_facts, house};

/// A fact the household does not volunteer, and the one question or look that reveals it
/// (`[visit]` of a scenario).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hidden {
    pub fact: FactKind,
    /// For a member fact: the member, counted from 1 as the file lists them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<usize>,
    /// For an income fact: the kind of source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<IncomeKind>,
    pub revealed_by: String,
}

impl Hidden {
    /// Whether this entry hides `fact` of `h`.
    pub(super) fn hides(&self, h: &Household, fact: Fact) -> bool {
        match fact {
            Fact::House { kind } => self.fact == kind && self.member.is_none() && self.source.is_none(),
            Fact::Member { index, kind } => self.fact == kind && self.member == Some(index + 1),
            Fact::Income { index } => {
                self.fact == FactKind::Income
                    && h.income.get(index).is_some_and(|s| self.source == Some(s.source))
            }
        }
    }
}

/// The optional `[visit]` section of a scenario.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VisitSpec {
    #[serde(default)]
    pub hidden: Vec<Hidden>,
}

impl VisitSpec {
    /// Problems of `[visit]` against the household and the catalogue (field paths from the root).
    pub fn problems(&self, h: &Household, catalogue: &Catalogue) -> Vec<(String, Problem)> {
        let mut out = Vec::new();
        for (i, x) in self.hidden.iter().enumerate() {
            let at = |f: &str| format!("visit.hidden[{i}].{f}");
            // The named action is refused, with the actions that `fits` allows instead.
            let refused = |fits: &dyn Fn(&Action) -> bool| {
                (
                    at("revealed_by"),
                    Problem::UnknownValue {
                        value: x.revealed_by.clone(),
                        allowed: catalogue
                            .actions
                            .iter()
                            .filter(|a| fits(a))
                            .map(|a| a.id.clone())
                            .collect(),
                    },
                )
            };
            let reveals_kind = |a: &Action| a.reveals.contains(&x.fact);
            // The action must exist and be one that can reveal this kind of fact.
            if !catalogue.action(&x.revealed_by).is_some_and(reveals_kind) {
                out.push(refused(&reveals_kind));
            }
            if x.fact.is_member() {
                match x.member {
                    None => out.push((
                        at("member"),
                        Problem::MissingField {
                            field: "member".into(),
                        },
                    )),
                    Some(m) if m == 0 || m > h.members.len() => out.push((
                        at("member"),
                        Problem::OutOfRange {
                            value: m.to_string(),
                            min: "1".into(),
                            max: h.members.len().to_string(),
                        },
                    )),
                    Some(m) => {
                        // A paper only some members have cannot reveal the fact of another.
                        let held = |a: &Action| reveals_kind(a) && action_holds(a, h, m - 1);
                        if catalogue
                            .action(&x.revealed_by)
                            .is_some_and(|a| reveals_kind(a) && !held(a))
                        {
                            out.push(refused(&held));
                        }
                    }
                }
            } else if x.member.is_some() {
                out.push((
                    at("member"),
                    Problem::UnknownKey {
                        key: "member".into(),
                        allowed: vec!["fact".into(), "revealed_by".into()],
                    },
                ));
            }
            if x.fact == FactKind::Income {
                match x.source {
                    None => out.push((
                        at("source"),
                        Problem::MissingField {
                            field: "source".into(),
                        },
                    )),
                    Some(s) if !h.income.iter().any(|i| i.source == s) => out.push((
                        at("source"),
                        Problem::UnknownValue {
                            value: s.as_str().into(),
                            allowed: h.income.iter().map(|i| i.source.as_str().to_owned()).collect(),
                        },
                    )),
                    Some(_) => {}
                }
            }
        }
        out
    }
}

fn action_holds(a: &Action, h: &Household, index: usize) -> bool {
    h.members.get(index).is_some_and(|m| a.holds(m))
}

/// The facts of `h` an action reveals, leaving out those `[visit]` hides from it.
pub fn reveals(action: &Action, h: &Household, hidden: &[Hidden]) -> Vec<Fact> {
    all_facts(h)
        .into_iter()
        .filter(|f| match f {
            Fact::Income { index } => {
                action.reveals.contains(&FactKind::Income)
                    && h.income
                        .get(*index)
                        .is_some_and(|s| action.sources.contains(&s.source))
            }
            Fact::Member { index, kind } => {
                action.reveals.contains(kind) && h.members.get(*index).is_some_and(|m| action.holds(m))
            }
            other => action.reveals.contains(&other.kind()),
        })
        .filter(|f| {
            hidden
                .iter()
                .filter(|x| x.hides(h, *f))
                .all(|x| x.revealed_by == action.id)
        })
        .chain(
            // A hidden fact revealed by an action that does not usually reveal its kind.
            all_facts(h).into_iter().filter(|f| {
                hidden
                    .iter()
                    .any(|x| x.revealed_by == action.id && x.hides(h, *f))
                    && !action.reveals.contains(&f.kind())
            }),
        )
        .collect()
}

/// The actions that can reveal a fact of this household (honouring `[visit]`).
pub fn actions_revealing(catalogue: &Catalogue, h: &Household, hidden: &[Hidden], f: Fact) -> Vec<String> {
    if f == house(FactKind::Income) {
        // That every source was asked about: the income questions.
        return catalogue
            .actions
            .iter()
            .filter(|a| a.reveals.contains(&FactKind::Income))
            .map(|a| a.id.clone())
            .collect();
    }
    catalogue
        .actions
        .iter()
        .filter(|a| reveals(a, h, hidden).contains(&f))
        .map(|a| a.id.clone())
        .collect()
}
