//! The verdict of a visit: the engine's grade of the form, the evidence of each field (right,
//! supported, where from), the questions unneeded, the pivotal fact, and the income uncovered.

use serde::Serialize;

use crate::rules::assess::{Assessment, Class, Income, assess, class_for};
use crate::rules::grading::{Answer, Grade, Rubric, grade};
use crate::rules::standard::Standard;

use super::facts::Fact;
use super::needs::{Field, is_unneeded, requirements};
use super::reveals::actions_revealing;
use super::state::Visit;

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
        sources.sort_by_key(|s| visit.taken().iter().position(|t| t == s).unwrap_or(usize::MAX));
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
        .taken()
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
