//! A visit in progress: its mode (practice or exam), the actions taken and the facts they
//! uncovered, the time left, and why an action may be refused.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::rules::assess::Assessment;
use crate::rules::household::Household;

use super::catalogue::Catalogue;
use super::facts::{Fact, FactKind, all_facts, house};
use super::needs::requirements;
use super::reveals::{Hidden, reveals};

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
