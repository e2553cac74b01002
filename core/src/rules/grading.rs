//! Scoring a trainee's answer against the engine, with the published rubric.
//!
//! Architecture invariant: compares an `Answer` with an `Assessment`; no prose, no IO.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::rules::assess::{Assessment, Class};

/// What a trainee answered for one scenario.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// Income per person per month as the trainee worked it out.
    pub income_per_person_month_vnd: Option<u128>,
    /// Ids of the indicators the trainee marked deprived.
    pub deprived: BTreeSet<String>,
    pub class: Option<Class>,
}

/// How points are given. Published in the app and the README.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rubric {
    /// For the right classification.
    pub class_points: u32,
    /// Shared equally among the indicators of the standard, for each one judged right.
    pub indicator_points: u32,
    /// For income per person within `income_tolerance_vnd` of the engine's.
    pub income_points: u32,
    pub income_tolerance_vnd: u128,
    /// For income within `income_close_percent` percent.
    pub income_close_points: u32,
    pub income_close_percent: u128,
}

impl Rubric {
    pub const STANDARD: Rubric = Rubric {
        class_points: 40,
        indicator_points: 40,
        income_points: 20,
        income_tolerance_vnd: 1_000,
        income_close_points: 10,
        income_close_percent: 5,
    };

    pub fn max(&self) -> u32 {
        self.class_points + self.indicator_points + self.income_points
    }
}

/// How close the trainee's income figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IncomeVerdict {
    Right,
    Close,
    Wrong,
    Missing,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorGrade {
    pub id: String,
    pub marked: bool,
    pub deprived: bool,
}

impl IndicatorGrade {
    pub fn right(&self) -> bool {
        self.marked == self.deprived
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grade {
    pub points: u32,
    pub max: u32,
    pub class_given: Option<Class>,
    /// The engine's class (the `assess` contract's).
    pub class_correct: Class,
    /// Every class that earns the class points: `class_correct`, or where the standard's
    /// average living standard band is not known (2026–2030 above the line), both
    /// `average_living_standard` and `none`.
    #[serde(default)]
    pub class_accepted: Vec<Class>,
    pub class_points: u32,
    pub income_given: Option<u128>,
    pub income_correct: u128,
    pub income_verdict: IncomeVerdict,
    pub income_points: u32,
    /// In the standard's order.
    pub indicators: Vec<IndicatorGrade>,
    pub indicator_points: u32,
}

impl Grade {
    pub fn percent(&self) -> u32 {
        (u64::from(self.points) * 100)
            .checked_div(u64::from(self.max))
            .map_or(0, |p| u32::try_from(p).unwrap_or(u32::MAX))
    }

    /// Whether the class given earns the class points.
    pub fn class_right(&self) -> bool {
        self.class_given
            .is_some_and(|c| c == self.class_correct || self.class_accepted.contains(&c))
    }

    pub fn indicators_right(&self) -> usize {
        self.indicators.iter().filter(|g| g.right()).count()
    }
}

/// Scores `answer` against the engine's `assessment`.
pub fn grade(answer: &Answer, a: &Assessment<'_>, rubric: &Rubric) -> Grade {
    let indicators: Vec<IndicatorGrade> = a
        .indicators
        .iter()
        .map(|r| IndicatorGrade {
            id: r.indicator.id.clone(),
            marked: answer.deprived.contains(&r.indicator.id),
            deprived: r.deprived,
        })
        .collect();
    let right = u32::try_from(indicators.iter().filter(|g| g.right()).count()).unwrap_or(0);
    let total = u32::try_from(indicators.len()).unwrap_or(1).max(1);
    let indicator_points = rubric.indicator_points * right / total;
    let class_accepted = a.accepted_classes();
    let class_points = if answer.class.is_some_and(|c| class_accepted.contains(&c)) {
        rubric.class_points
    } else {
        0
    };
    let correct = a.income.per_person_month_vnd;
    let income_verdict = match answer.income_per_person_month_vnd {
        None => IncomeVerdict::Missing,
        Some(given) => {
            let diff = given.abs_diff(correct);
            if diff <= rubric.income_tolerance_vnd {
                IncomeVerdict::Right
            } else if diff
                .checked_mul(100)
                .is_some_and(|d| d <= correct.saturating_mul(rubric.income_close_percent))
            {
                IncomeVerdict::Close
            } else {
                IncomeVerdict::Wrong
            }
        }
    };
    let income_points = match income_verdict {
        IncomeVerdict::Right => rubric.income_points,
        IncomeVerdict::Close => rubric.income_close_points,
        IncomeVerdict::Wrong | IncomeVerdict::Missing => 0,
    };
    Grade {
        points: class_points + indicator_points + income_points,
        max: rubric.max(),
        class_given: answer.class,
        class_correct: a.class,
        class_accepted,
        class_points,
        income_given: answer.income_per_person_month_vnd,
        income_correct: correct,
        income_verdict,
        income_points,
        indicators,
        indicator_points,
    }
}

/// The answer the engine would give: full marks by construction.
pub fn model_answer(a: &Assessment<'_>) -> Answer {
    Answer {
        income_per_person_month_vnd: Some(a.income.per_person_month_vnd),
        deprived: a.deprived_ids().into_iter().map(str::to_owned).collect(),
        class: Some(a.class),
    }
}
