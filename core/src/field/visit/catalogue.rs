//! The catalogue of questions and looks (`assets/visit.toml`): what each one reveals and costs
//! in minutes, the visit time, the evidence rubric and the regions' typical materials.

use serde::{Deserialize, Serialize};

use crate::rules::household::{Durability, Household, IncomeKind, Material, Member, Structure, Work};
use crate::rules::source::{self, FormatError, Problem};
use crate::rules::values::Region;

use super::facts::FactKind;

/// The catalogue shipped with the program.
pub const BUILTIN_CATALOGUE: &str = include_str!("../../../../assets/visit.toml");

/// Questions or looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    Ask,
    Look,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: String,
}

/// One question or look of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: String,
    pub group: String,
    pub kind: ActionKind,
    pub minutes: u32,
    pub reveals: Vec<FactKind>,
    /// For `income`: the kinds of income it brings up.
    #[serde(default)]
    pub sources: Vec<IncomeKind>,
    /// For a paper only some members have (a labour contract): its member facts are shown only
    /// for the members whose work is one of these. Empty: every member.
    #[serde(default)]
    pub only_work: Vec<Work>,
}

impl Action {
    /// Whether the action shows the member facts of `m` (every member, unless it is a paper only
    /// some members have).
    pub fn holds(&self, m: &Member) -> bool {
        self.only_work.is_empty() || self.only_work.contains(&m.work)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    pub practice_minutes: u32,
    pub exam_minutes: u32,
}

/// What evidence costs, on top of the engine's grade (published in the app and the README).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceRubric {
    pub unsupported_points: u32,
    pub unneeded_points: u32,
    pub out_of_time_points: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Typical {
    pub durable: Material,
    pub non_durable: Material,
}

/// A region's typical materials, for a house whose file gives durability only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypicalMaterials {
    pub region: Region,
    pub wall: Typical,
    pub frame: Typical,
    pub roof: Typical,
}

/// The questions and looks, the visit time and the evidence rubric.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    pub volunteered: Vec<FactKind>,
    pub budget: Budget,
    pub rubric: EvidenceRubric,
    pub groups: Vec<Group>,
    pub actions: Vec<Action>,
    pub typical: Vec<TypicalMaterials>,
}

impl Catalogue {
    /// The catalogue shipped with the program, parsed once for the whole run (checking or
    /// scoring thousands of files asks it for each).
    pub fn shared() -> &'static Catalogue {
        static SHARED: std::sync::LazyLock<Catalogue> = std::sync::LazyLock::new(Catalogue::builtin);
        &SHARED
    }

    /// The catalogue shipped with the program (checked by the tests, so it always parses), as a
    /// value of its own; `shared` where it is only read.
    pub fn builtin() -> Catalogue {
        parse_catalogue("visit.toml", BUILTIN_CATALOGUE).unwrap_or_else(|_| Catalogue {
            volunteered: vec![],
            budget: Budget {
                practice_minutes: 0,
                exam_minutes: 0,
            },
            rubric: EvidenceRubric {
                unsupported_points: 0,
                unneeded_points: 0,
                out_of_time_points: 0,
            },
            groups: vec![],
            actions: vec![],
            typical: vec![],
        })
    }

    pub fn action(&self, id: &str) -> Option<&Action> {
        self.actions.iter().find(|a| a.id == id)
    }

    pub fn actions_in<'c>(&'c self, group: &'c str) -> impl Iterator<Item = &'c Action> + 'c {
        self.actions.iter().filter(move |a| a.group == group)
    }

    /// The material a structure is drawn and described with: the file's, or the region's
    /// typical material of the stated durability. The flag says the material is the file's.
    pub fn material(&self, h: &Household, region: Region, s: Structure) -> (Material, bool) {
        if let Some(m) = h.dwelling.material(s) {
            return (m, true);
        }
        let typical = self
            .typical
            .iter()
            .find(|t| t.region == region)
            .or_else(|| self.typical.first());
        let fallback = match h.dwelling.durability(s) {
            Durability::Durable => Material::Brick,
            Durability::NonDurable => Material::Bamboo,
        };
        let m = typical.map_or(fallback, |t| {
            let t = match s {
                Structure::Wall => t.wall,
                Structure::Frame => t.frame,
                Structure::Roof => t.roof,
            };
            match h.dwelling.durability(s) {
                Durability::Durable => t.durable,
                Durability::NonDurable => t.non_durable,
            }
        });
        (m, false)
    }

    /// Problems the types do not catch: unknown groups, repeated ids, income questions without
    /// sources.
    fn problems(&self) -> Vec<(String, Problem)> {
        let mut out = Vec::new();
        for (i, a) in self.actions.iter().enumerate() {
            if self.actions[..i].iter().any(|o| o.id == a.id) {
                out.push((
                    format!("actions[{i}].id"),
                    Problem::Duplicate {
                        what: a.id.clone(),
                        other: String::new(),
                    },
                ));
            }
            if !self.groups.iter().any(|g| g.id == a.group) {
                out.push((
                    format!("actions[{i}].group"),
                    Problem::UnknownValue {
                        value: a.group.clone(),
                        allowed: self.groups.iter().map(|g| g.id.clone()).collect(),
                    },
                ));
            }
            if a.reveals.contains(&FactKind::Income) && a.sources.is_empty() {
                out.push((format!("actions[{i}].sources"), Problem::Empty));
            }
        }
        out
    }
}

/// Parses a catalogue file.
pub fn parse_catalogue(file: &str, text: &str) -> Result<Catalogue, FormatError> {
    let c: Catalogue = source::deserialize(file, text)?;
    source::first_problem(file, text, c.problems())?;
    Ok(c)
}
