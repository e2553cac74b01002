//! What the standard needs to know: the fields of the household format each rule reads, what
//! decides each field of the form (derived from the engine's findings), and whether a fact or a
//! question is required, useful or unneeded.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::rules::assess::{Assessment, Finding};
use crate::rules::household::Household;
use crate::rules::standard::{Rule, Standard};

use super::catalogue::Action;
use super::facts::{Fact, FactKind, all_facts, house};
use super::reveals::{Hidden, reveals};

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
