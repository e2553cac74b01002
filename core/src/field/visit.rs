//! The field visit: what a reviewer can ask and look at in a household, what each question or
//! look reveals, and how a visit is scored for evidence — which facts decide each indicator and
//! the income, whether the trainee uncovered them, which questions asked about an indicator the
//! standard does not have, and the pivotal fact (the one missed fact that would have changed the
//! class).
//!
//! Architecture invariant: pure. The catalogue is data (`assets/visit.toml`); what a rule reads is
//! derived from the rule and the engine's findings (`assess`), never tagged by hand per household;
//! no IO, no prose (the words are in `visit_words`).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::rules::assess::{Assessment, Class, Finding, Income, assess, class_for};
use crate::rules::grading::{Answer, Grade, Rubric, grade};
use crate::rules::household::{Durability, Household, IncomeKind, Material, Member, Structure, Work};
use crate::rules::source::{self, FormatError, Problem};
use crate::rules::standard::{Rule, Standard};
use crate::rules::values::Region;

/// The catalogue shipped with the program.
pub const BUILTIN_CATALOGUE: &str = include_str!("../../../assets/visit.toml");

/// A kind of fact a reviewer can learn. Member facts are learned for each member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// Who lives here: names, ages, sex (and so the number of members).
    Roster,
    Work,
    Disability,
    Allowance,
    HealthInsurance,
    Sickness,
    Education,
    Schooling,
    Nutrition,
    Telecom,
    Income,
    Wall,
    Frame,
    Roof,
    FloorArea,
    Water,
    Latrine,
    InfoMeans,
    Loudspeaker,
    Waste,
    Livelihood,
}

impl FactKind {
    pub const ALL: [FactKind; 21] = [
        FactKind::Roster,
        FactKind::Work,
        FactKind::Disability,
        FactKind::Allowance,
        FactKind::HealthInsurance,
        FactKind::Sickness,
        FactKind::Education,
        FactKind::Schooling,
        FactKind::Nutrition,
        FactKind::Telecom,
        FactKind::Income,
        FactKind::Wall,
        FactKind::Frame,
        FactKind::Roof,
        FactKind::FloorArea,
        FactKind::Water,
        FactKind::Latrine,
        FactKind::InfoMeans,
        FactKind::Loudspeaker,
        FactKind::Waste,
        FactKind::Livelihood,
    ];

    /// The spelling in files (`[visit]`, `assets/visit.toml`) and in Fluent ids.
    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Roster => "roster",
            FactKind::Work => "work",
            FactKind::Disability => "disability",
            FactKind::Allowance => "allowance",
            FactKind::HealthInsurance => "health_insurance",
            FactKind::Sickness => "sickness",
            FactKind::Education => "education",
            FactKind::Schooling => "schooling",
            FactKind::Nutrition => "nutrition",
            FactKind::Telecom => "telecom",
            FactKind::Income => "income",
            FactKind::Wall => "wall",
            FactKind::Frame => "frame",
            FactKind::Roof => "roof",
            FactKind::FloorArea => "floor_area",
            FactKind::Water => "water",
            FactKind::Latrine => "latrine",
            FactKind::InfoMeans => "info_means",
            FactKind::Loudspeaker => "loudspeaker",
            FactKind::Waste => "waste",
            FactKind::Livelihood => "livelihood",
        }
    }

    /// Learned once for each member.
    pub fn is_member(self) -> bool {
        matches!(
            self,
            FactKind::Work
                | FactKind::Disability
                | FactKind::Allowance
                | FactKind::HealthInsurance
                | FactKind::Sickness
                | FactKind::Education
                | FactKind::Schooling
                | FactKind::Nutrition
                | FactKind::Telecom
        )
    }

    /// The fields of the household format this kind of fact shows (`members.work`,
    /// `dwelling.wall`…).
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            FactKind::Roster => &["members.name", "members.age", "members.age_months", "members.sex"],
            FactKind::Work => &["members.work"],
            FactKind::Disability => &["members.disability"],
            FactKind::Allowance => &["members.social_allowance"],
            FactKind::HealthInsurance => &["members.health_insurance"],
            FactKind::Sickness => &["members.sick_untreated"],
            FactKind::Education => &[
                "members.education",
                "members.vocational_certificate",
                "members.on_the_job_training",
            ],
            FactKind::Schooling => &["members.schooling"],
            FactKind::Nutrition => &["members.nutrition"],
            FactKind::Telecom => &["members.uses_phone", "members.uses_internet"],
            FactKind::Income => &["income.source", "income.monthly_vnd", "income.annual_vnd"],
            FactKind::Wall => &["dwelling.wall", "dwelling.wall_material"],
            FactKind::Frame => &["dwelling.frame", "dwelling.frame_material"],
            FactKind::Roof => &["dwelling.roof", "dwelling.roof_material"],
            FactKind::FloorArea => &["dwelling.floor_area_m2"],
            FactKind::Water => &["dwelling.water_source"],
            FactKind::Latrine => &["dwelling.latrine"],
            FactKind::InfoMeans => &["dwelling.info_means"],
            FactKind::Loudspeaker => &["dwelling.hears_loudspeaker"],
            FactKind::Waste => &["dwelling.waste"],
            FactKind::Livelihood => &["household.livelihood"],
        }
    }
}

/// The fields of the household format a rule reads (every one of them, whatever the household).
/// A new kind of rule must say here what it reads: the village's test checks that the catalogue
/// can reveal each of them.
pub fn fields_read(rule: &Rule) -> Vec<&'static str> {
    let mut f = vec![];
    match rule {
        Rule::SickUntreated => f.push("members.sick_untreated"),
        Rule::HealthInsurance { .. } => f.extend(["members.age", "members.health_insurance"]),
        Rule::AdultEducationCohort { .. } => {
            f.extend(["members.age", "members.education", "members.schooling"]);
        }
        Rule::AdultEducationBands {
            on_the_job_training_counts,
            bands,
        } => {
            f.extend(["members.age", "members.education", "members.schooling"]);
            if bands.iter().any(|b| b.vocational_certificate_counts) {
                f.push("members.vocational_certificate");
            }
            if *on_the_job_training_counts {
                f.push("members.on_the_job_training");
            }
        }
        Rule::ChildSchool { .. } => f.extend(["members.age", "members.schooling"]),
        Rule::HousingQuality { .. } => f.extend(["dwelling.wall", "dwelling.frame", "dwelling.roof"]),
        Rule::HousingArea { .. } => f.extend(["dwelling.floor_area_m2", "members.name"]),
        Rule::Water { .. } => f.push("dwelling.water_source"),
        Rule::Sanitation { .. } => f.push("dwelling.latrine"),
        Rule::Telecom { services } => {
            for s in services {
                f.push(match s {
                    crate::rules::standard::TelecomService::Phone => "members.uses_phone",
                    crate::rules::standard::TelecomService::Internet => "members.uses_internet",
                });
            }
        }
        Rule::Information {
            loudspeaker_counts, ..
        } => {
            f.push("dwelling.info_means");
            if *loudspeaker_counts {
                f.push("dwelling.hears_loudspeaker");
            }
        }
        Rule::Employment { .. } => {
            f.extend(["members.age", "members.age_months", "members.sex", "members.work"]);
        }
        Rule::Dependents {
            elderly_requires_allowance,
            disability_requires_allowance,
            ..
        } => {
            f.extend(["members.age", "members.disability"]);
            if *elderly_requires_allowance || *disability_requires_allowance {
                f.push("members.social_allowance");
            }
        }
        Rule::Nutrition { .. } => f.extend(["members.age", "members.age_months", "members.nutrition"]),
        Rule::Waste { .. } => f.push("dwelling.waste"),
    }
    f
}

/// The fields the household rule reads beyond the indicators: the income, the number of members
/// and the livelihood (farming households' band income).
pub const CLASSIFICATION_FIELDS: &[&str] = &[
    "income.source",
    "income.monthly_vnd",
    "income.annual_vnd",
    "members.name",
    "household.livelihood",
];

/// The member fact kinds a rule's findings are about.
fn member_kinds(rule: &Rule) -> Vec<FactKind> {
    match rule {
        Rule::SickUntreated => vec![FactKind::Sickness],
        Rule::HealthInsurance { .. } => vec![FactKind::HealthInsurance],
        Rule::AdultEducationCohort { .. } | Rule::AdultEducationBands { .. } => {
            vec![FactKind::Education, FactKind::Schooling]
        }
        Rule::ChildSchool { .. } => vec![FactKind::Schooling],
        Rule::Telecom { .. } => vec![FactKind::Telecom],
        Rule::Employment { .. } => vec![FactKind::Work],
        Rule::Dependents {
            elderly_requires_allowance,
            disability_requires_allowance,
            ..
        } => {
            let mut k = vec![FactKind::Disability];
            if *elderly_requires_allowance || *disability_requires_allowance {
                k.push(FactKind::Allowance);
            }
            k
        }
        Rule::Nutrition { .. } => vec![FactKind::Nutrition],
        Rule::HousingQuality { .. }
        | Rule::HousingArea { .. }
        | Rule::Water { .. }
        | Rule::Sanitation { .. }
        | Rule::Information { .. }
        | Rule::Waste { .. } => vec![],
    }
}

/// One fact of one household.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "of", rename_all = "snake_case")]
pub enum Fact {
    /// A fact of the household or its dwelling.
    House { kind: FactKind },
    /// A fact of the member at `index` in `household.members`.
    Member { index: usize, kind: FactKind },
    /// The income source at `index` in `household.income`.
    Income { index: usize },
}

impl Fact {
    pub fn kind(self) -> FactKind {
        match self {
            Fact::House { kind } | Fact::Member { kind, .. } => kind,
            Fact::Income { .. } => FactKind::Income,
        }
    }
}

fn house(kind: FactKind) -> Fact {
    Fact::House { kind }
}

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
    /// The catalogue shipped with the program (checked by the tests, so it always parses).
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
    fn hides(&self, h: &Household, fact: Fact) -> bool {
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

/// Every fact of a household, in a stable order.
pub fn all_facts(h: &Household) -> Vec<Fact> {
    let mut out = vec![];
    for kind in FactKind::ALL {
        if kind == FactKind::Income {
            out.extend((0..h.income.len()).map(|index| Fact::Income { index }));
        } else if kind.is_member() {
            out.extend((0..h.members.len()).map(|index| Fact::Member { index, kind }));
        } else {
            out.push(house(kind));
        }
    }
    out
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

/// What must be known to decide one field of the form: every fact of `all_of`, and at least
/// one of `any_of` when it is not empty (one member without a card is enough to show the
/// indicator deprived; every eligible member's card is needed to show it is not).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Requirement {
    pub field: Field,
    pub all_of: Vec<Fact>,
    pub any_of: Vec<Fact>,
}

impl Requirement {
    pub fn met(&self, known: &BTreeMap<Fact, String>) -> bool {
        self.all_of.iter().all(|f| known.contains_key(f))
            && (self.any_of.is_empty() || self.any_of.iter().any(|f| known.contains_key(f)))
    }

    /// The facts of the requirement still unknown (for `any_of`, all of them when none is known).
    pub fn missing(&self, known: &BTreeMap<Fact, String>) -> Vec<Fact> {
        let mut m: Vec<Fact> = self
            .all_of
            .iter()
            .copied()
            .filter(|f| !known.contains_key(f))
            .collect();
        if !self.any_of.is_empty() && !self.any_of.iter().any(|f| known.contains_key(f)) {
            m.extend(self.any_of.iter().copied());
        }
        m
    }

    /// Every fact the requirement names.
    pub fn facts(&self) -> impl Iterator<Item = Fact> + '_ {
        self.all_of.iter().chain(&self.any_of).copied()
    }
}

/// A field of the survey form.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "field", content = "id", rename_all = "snake_case")]
pub enum Field {
    /// Income per person per month.
    Income,
    /// Whether this indicator is deprived.
    Indicator(String),
}

fn member_facts(h: &Household, kinds: &[FactKind], only: Option<&[usize]>) -> Vec<Fact> {
    let mut out = vec![];
    for index in 0..h.members.len() {
        if only.is_some_and(|o| !o.contains(&index)) {
            continue;
        }
        for &kind in kinds {
            out.push(Fact::Member { index, kind });
        }
    }
    out
}

/// What decides each field of the form for this household, derived from the engine's findings.
pub fn requirements(h: &Household, a: &Assessment<'_>) -> Vec<Requirement> {
    let roster = house(FactKind::Roster);
    let mut out = Vec::new();
    // Every source, and that every source was asked about: a source the household lacks is a
    // fact too (no wages is learned by asking about wages).
    let mut income = vec![roster, house(FactKind::Income)];
    income.extend((0..h.income.len()).map(|index| Fact::Income { index }));
    if a.decision.band_income.is_some() {
        income.push(house(FactKind::Livelihood));
    }
    out.push(Requirement {
        field: Field::Income,
        all_of: income,
        any_of: vec![],
    });
    for r in &a.indicators {
        let kinds = member_kinds(&r.indicator.rule);
        let (all_of, any_of) = match &r.finding {
            Finding::Members { members, applies, .. } | Finding::Employment { members, applies, .. } => {
                if r.deprived {
                    let who: Vec<usize> = members.iter().map(|m| m.index).collect();
                    (vec![roster], member_facts(h, &kinds, Some(&who)))
                } else {
                    // Every member the rule applies to (none: the ages alone settle it).
                    let mut all = vec![roster];
                    all.extend(member_facts(h, &kinds, Some(applies)));
                    (all, vec![])
                }
            }
            Finding::Dependants { .. } => {
                let mut all = vec![roster];
                all.extend(member_facts(h, &kinds, None));
                (all, vec![])
            }
            Finding::Telecom { users } => {
                if r.deprived {
                    let mut all = vec![roster];
                    all.extend(member_facts(h, &kinds, None));
                    (all, vec![])
                } else {
                    let who: Vec<usize> = users.iter().map(|m| m.index).collect();
                    (vec![], member_facts(h, &kinds, Some(&who)))
                }
            }
            Finding::Structures { .. } => (
                vec![
                    house(FactKind::Wall),
                    house(FactKind::Frame),
                    house(FactKind::Roof),
                ],
                vec![],
            ),
            Finding::Area { .. } => (vec![roster, house(FactKind::FloorArea)], vec![]),
            Finding::WaterSource { .. } => (vec![house(FactKind::Water)], vec![]),
            Finding::Latrine { .. } => (vec![house(FactKind::Latrine)], vec![]),
            Finding::Waste { .. } => (vec![house(FactKind::Waste)], vec![]),
            Finding::Information {
                owned,
                hears_loudspeaker,
                loudspeaker_counts,
            } => {
                let loud = *loudspeaker_counts;
                if r.deprived {
                    let mut all = vec![house(FactKind::InfoMeans)];
                    if loud {
                        all.push(house(FactKind::Loudspeaker));
                    }
                    (all, vec![])
                } else {
                    let mut any = vec![];
                    if !owned.is_empty() {
                        any.push(house(FactKind::InfoMeans));
                    }
                    if loud && *hears_loudspeaker {
                        any.push(house(FactKind::Loudspeaker));
                    }
                    (vec![], any)
                }
            }
        };
        out.push(Requirement {
            field: Field::Indicator(r.indicator.id.clone()),
            all_of,
            any_of,
        });
    }
    out
}

/// The kinds of fact the standard reads: those its indicators' rules read, and the household
/// rule's (the income, the members; the livelihood where it changes the band income). A
/// question about any other kind (sickness under 2022–2025, the information means under
/// 2026–2030) asks about an indicator the standard does not have.
pub fn kinds_read(standard: &Standard) -> BTreeSet<FactKind> {
    let mut fields: Vec<&str> = standard
        .indicators
        .iter()
        .flat_map(|i| fields_read(&i.rule))
        .collect();
    let livelihood_counts = !standard
        .classification
        .average
        .excluded_income_for_livelihoods
        .is_empty();
    fields.extend(
        CLASSIFICATION_FIELDS
            .iter()
            .copied()
            .filter(|f| *f != "household.livelihood" || livelihood_counts),
    );
    FactKind::ALL
        .into_iter()
        .filter(|k| k.fields().iter().any(|f| fields.contains(f)))
        .collect()
}

/// Whether a fact decides a field of this household's form (required), is about an indicator
/// of the standard or the income without deciding (useful: a real Phiếu B records every item of
/// every household, so nutrition in a home without children is still asked), or is about
/// nothing the standard has (unneeded).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    Required,
    Useful,
    Unneeded,
}

/// The needs of every fact of the household.
pub fn needs(h: &Household, a: &Assessment<'_>) -> BTreeMap<Fact, Need> {
    let required: BTreeSet<Fact> = requirements(h, a)
        .iter()
        .flat_map(|r| r.facts().collect::<Vec<_>>())
        .collect();
    let read = kinds_read(a.standard);
    all_facts(h)
        .into_iter()
        .map(|f| {
            let need = if required.contains(&f) {
                Need::Required
            } else if read.contains(&f.kind()) {
                Need::Useful
            } else {
                Need::Unneeded
            };
            (f, need)
        })
        .collect()
}

/// Whether a question or look is unneeded under `standard`: it asks only about indicators the
/// standard does not have (by what the catalogue says it reveals, and what `[visit]` makes it
/// reveal in this household). What this household's answer turns out to be never makes it
/// unneeded.
pub fn is_unneeded(standard: &Standard, action: &Action, h: &Household, hidden: &[Hidden]) -> bool {
    let read = kinds_read(standard);
    action.reveals.iter().all(|k| !read.contains(k))
        && reveals(action, h, hidden)
            .iter()
            .all(|f| !read.contains(&f.kind()))
}

/// Why an action could not be taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Unknown,
    AlreadyTaken,
    OutOfTime,
}

/// Practice or exam: the exam has less time and hides the "still to verify" counter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VisitMode {
    Practice,
    Exam,
}

/// A visit in progress: the household, what it hides, and the actions taken so far. Its whole
/// state is the list of actions, so a visit is resumed by taking them again.
#[derive(Debug, Clone)]
pub struct Visit<'a> {
    pub household: &'a Household,
    pub hidden: &'a [Hidden],
    pub catalogue: &'a Catalogue,
    pub mode: VisitMode,
    taken: Vec<String>,
    known: BTreeMap<Fact, String>,
}

/// What one action brought.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taken {
    pub action: String,
    /// Facts learned for the first time.
    pub new: Vec<Fact>,
    /// Every fact the action shows (also those already known).
    pub shown: Vec<Fact>,
}

impl<'a> Visit<'a> {
    pub fn new(
        household: &'a Household,
        hidden: &'a [Hidden],
        catalogue: &'a Catalogue,
        mode: VisitMode,
    ) -> Self {
        let mut known = BTreeMap::new();
        for kind in &catalogue.volunteered {
            for f in all_facts(household) {
                if f.kind() == *kind && !hidden.iter().any(|x| x.hides(household, f)) {
                    known.insert(f, "greeting".to_owned());
                }
            }
        }
        Visit {
            household,
            hidden,
            catalogue,
            mode,
            taken: vec![],
            known,
        }
    }

    /// Takes the actions again (resuming a recorded visit); unknown or refused ones are skipped.
    pub fn replay(mut self, actions: &[String]) -> Self {
        for a in actions {
            let _ = self.take(a);
        }
        self
    }

    pub fn budget(&self) -> u32 {
        match self.mode {
            VisitMode::Practice => self.catalogue.budget.practice_minutes,
            VisitMode::Exam => self.catalogue.budget.exam_minutes,
        }
    }

    pub fn minutes_used(&self) -> u32 {
        self.taken
            .iter()
            .filter_map(|id| self.catalogue.action(id))
            .map(|a| a.minutes)
            .sum()
    }

    pub fn minutes_left(&self) -> u32 {
        self.budget().saturating_sub(self.minutes_used())
    }

    pub fn out_of_time(&self) -> bool {
        self.minutes_used() >= self.budget()
    }

    pub fn taken(&self) -> &[String] {
        &self.taken
    }

    pub fn has_taken(&self, id: &str) -> bool {
        self.taken.iter().any(|t| t == id)
    }

    /// What is known, and the action (or "greeting") that first showed it.
    pub fn known(&self) -> &BTreeMap<Fact, String> {
        &self.known
    }

    pub fn take(&mut self, id: &str) -> Result<Taken, Refusal> {
        let Some(action) = self.catalogue.action(id) else {
            return Err(Refusal::Unknown);
        };
        if self.has_taken(id) {
            return Err(Refusal::AlreadyTaken);
        }
        if action.minutes > self.minutes_left() {
            return Err(Refusal::OutOfTime);
        }
        let shown = reveals(action, self.household, self.hidden);
        let mut new = vec![];
        for f in &shown {
            if !self.known.contains_key(f) {
                self.known.insert(*f, id.to_owned());
                new.push(*f);
            }
        }
        self.taken.push(id.to_owned());
        let complete = house(FactKind::Income);
        if !self.known.contains_key(&complete)
            && self
                .catalogue
                .actions
                .iter()
                .filter(|a| a.reveals.contains(&FactKind::Income))
                .all(|a| self.has_taken(&a.id))
        {
            self.known.insert(complete, id.to_owned());
            new.push(complete);
        }
        Ok(Taken {
            action: id.to_owned(),
            new,
            shown,
        })
    }

    /// How many fields of the form still lack the facts that decide them ("còn phải xác minh").
    pub fn to_verify(&self, a: &Assessment<'_>) -> usize {
        requirements(self.household, a)
            .iter()
            .filter(|r| !r.met(&self.known))
            .count()
    }
}

/// The evidence of one field of the trainee's form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldEvidence {
    pub field: Field,
    /// The trainee's answer for the field is right.
    pub right: bool,
    /// The facts that decide it were uncovered.
    pub supported: bool,
    /// The questions and looks the known facts of the field came from, in the order taken.
    pub sources: Vec<String>,
    /// Facts that decide the field and were not uncovered.
    pub missing: Vec<Fact>,
}

impl FieldEvidence {
    /// "Đúng nhưng chưa có căn cứ": right, but the deciding facts were not uncovered.
    pub fn unsupported(&self) -> bool {
        self.right && !self.supported
    }
}

/// The missed fact that would have changed the class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pivotal {
    pub fact: Fact,
    pub field: Field,
    /// The class the household would get without this fact.
    pub class_without: Class,
    /// The questions or looks that reveal it.
    pub revealed_by: Vec<String>,
}

/// The verdict on a visit: the engine's grade of the form, and the evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub grade: Grade,
    pub fields: Vec<FieldEvidence>,
    /// Questions and looks about indicators the standard does not have.
    pub unneeded: Vec<String>,
    pub out_of_time: bool,
    pub pivotal: Option<Pivotal>,
    /// Points taken off for evidence, and the final score out of `grade.max`.
    pub penalty: u32,
    pub points: u32,
    /// Questions and looks that would have revealed a deciding fact the trainee missed.
    pub missed_actions: Vec<String>,
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

/// Scores a finished visit: the engine's grade of `answer` under `standard`, then the evidence.
pub fn verdict(visit: &Visit<'_>, standard: &Standard, answer: &Answer) -> Verdict {
    let h = visit.household;
    let a = assess(h, standard);
    let g = grade(answer, &a, &Rubric::STANDARD);
    let known = visit.known();
    let rubric = visit.catalogue.rubric;
    let mut fields = vec![];
    for r in requirements(h, &a) {
        let right = match &r.field {
            Field::Income => matches!(g.income_verdict, crate::rules::grading::IncomeVerdict::Right),
            Field::Indicator(id) => g.indicators.iter().any(|i| &i.id == id && i.right()),
        };
        let mut sources: Vec<String> = vec![];
        for f in r.facts() {
            if let Some(s) = known.get(&f)
                && !sources.contains(s)
            {
                sources.push(s.clone());
            }
        }
        sources.sort_by_key(|s| visit.taken.iter().position(|t| t == s).unwrap_or(usize::MAX));
        fields.push(FieldEvidence {
            supported: r.met(known),
            missing: r.missing(known),
            field: r.field,
            right,
            sources,
        });
    }
    // Income questions are always needed: the household rule reads the income of every source.
    let unneeded: Vec<String> = visit
        .taken
        .iter()
        .filter(|id| {
            visit
                .catalogue
                .action(id)
                .is_some_and(|act| is_unneeded(standard, act, h, visit.hidden))
        })
        .cloned()
        .collect();
    let out_of_time = visit.out_of_time();
    let unsupported = fields.iter().filter(|f| f.unsupported()).count() as u32;
    let penalty = unsupported * rubric.unsupported_points
        + unneeded.len() as u32 * rubric.unneeded_points
        + if out_of_time { rubric.out_of_time_points } else { 0 };
    let pivotal = pivotal(visit, standard, &a);
    let mut missed_actions: Vec<String> = vec![];
    for f in fields.iter().flat_map(|f| f.missing.iter()) {
        for id in actions_revealing(visit.catalogue, h, visit.hidden, *f) {
            if !missed_actions.contains(&id) && !visit.has_taken(&id) {
                missed_actions.push(id);
            }
        }
    }
    Verdict {
        points: g.points.saturating_sub(penalty),
        grade: g,
        fields,
        unneeded,
        out_of_time,
        pivotal,
        penalty,
        missed_actions,
    }
}

/// The first missed fact without which the class would differ: an income source not uncovered
/// whose amount moves the household across a line, or a deprived indicator whose deciding facts
/// were not uncovered and whose deprivation decides the class.
pub fn pivotal(visit: &Visit<'_>, standard: &Standard, a: &Assessment<'_>) -> Option<Pivotal> {
    let h = visit.household;
    let known = visit.known();
    for (index, _) in h.income.iter().enumerate() {
        let f = Fact::Income { index };
        if known.contains_key(&f) {
            continue;
        }
        let mut without = h.clone();
        without.income.remove(index);
        let class = assess(&without, standard).class;
        if class != a.class {
            return Some(Pivotal {
                fact: f,
                field: Field::Income,
                class_without: class,
                revealed_by: actions_revealing(visit.catalogue, h, visit.hidden, f),
            });
        }
    }
    let count = a.deprivation_count();
    for r in requirements(h, a) {
        let Field::Indicator(id) = &r.field else { continue };
        let deprived = a.result(id).is_some_and(|x| x.deprived);
        if !deprived || r.met(known) {
            continue;
        }
        let class = class_for(h, standard, a.income, count.saturating_sub(1));
        if class != a.class {
            let fact = r.missing(known).first().copied()?;
            return Some(Pivotal {
                revealed_by: actions_revealing(visit.catalogue, h, visit.hidden, fact),
                fact,
                field: r.field.clone(),
                class_without: class,
            });
        }
    }
    None
}

/// Income per person of the income the trainee uncovered (for the form's "from the notebook"
/// figure): the known sources over the members.
pub fn known_income(visit: &Visit<'_>) -> Income {
    let h = visit.household;
    let total: u128 = h
        .income
        .iter()
        .enumerate()
        .filter(|(index, _)| visit.known().contains_key(&Fact::Income { index: *index }))
        .map(|(_, s)| s.annual())
        .sum();
    Income::new(total, h.member_count())
}
