//! The rows of the trainer's report: per trainee, scenario, indicator, place, answer, visit,
//! campaign and procedural decision, the flagged answers, and the report that holds them.

use serde::Serialize;

use crate::rules::assess::Class;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TraineeRow {
    pub file: String,
    pub name: String,
    pub commune: String,
    /// Empty where the trainee gave none.
    pub district: String,
    /// Empty where the trainee gave none.
    pub province: String,
    pub session: String,
    pub exam: bool,
    pub done: usize,
    /// Totals in 64 bits, added with saturation: no number of answers can wrap them.
    pub points: u64,
    pub max: u64,
    pub seconds: u64,
}

/// `points` out of `max` as a whole percentage, rounded down, without overflow.
pub fn percent(points: u64, max: u64) -> u32 {
    let p = u128::from(points) * 100;
    u32::try_from(p.checked_div(u128::from(max)).unwrap_or(0)).unwrap_or(u32::MAX)
}

impl TraineeRow {
    pub fn percent(&self) -> u32 {
        percent(self.points, self.max)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ScenarioRow {
    pub id: String,
    pub title: String,
    pub answered: usize,
    pub fully_right: usize,
    pub class_right: usize,
}

/// How often an indicator is misjudged: missed (deprived, not marked) among the answers where it
/// is deprived, and false (marked, not deprived) among those where it is not.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct IndicatorRow {
    pub standard: String,
    pub id: String,
    pub name_vi: String,
    pub name_en: String,
    pub deprived_cases: usize,
    pub missed: usize,
    pub not_deprived_cases: usize,
    pub false_marks: usize,
}

impl IndicatorRow {
    /// All misjudgements per thousand answers.
    pub fn error_per_mille(&self) -> u32 {
        per_mille(
            self.missed + self.false_marks,
            self.deprived_cases + self.not_deprived_cases,
        )
    }
}

fn per_mille(n: usize, of: usize) -> u32 {
    let n = u128::try_from(n).unwrap_or(u128::MAX).saturating_mul(1000);
    let of = u128::try_from(of).unwrap_or(u128::MAX);
    u32::try_from(n.checked_div(of).unwrap_or(0)).unwrap_or(u32::MAX)
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PlaceRow {
    /// Empty where not given.
    pub province: String,
    /// Empty for a province's row, and where not given.
    pub district: String,
    /// Empty for a district's or a province's row.
    pub commune: String,
    pub trainees: usize,
    pub answers: usize,
    pub points: u64,
    pub max: u64,
}

impl PlaceRow {
    pub fn percent(&self) -> u32 {
        percent(self.points, self.max)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagKind {
    /// The scenario's facts changed since it was answered: not scored.
    Changed,
    /// No scenario with this id is known here: not scored.
    Unknown,
    /// The scenario already has an entry earlier in the same results file: only the first entry
    /// is scored (the app never writes two; a copy can only come from editing the file).
    Duplicate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flag {
    pub file: String,
    pub trainee: String,
    pub scenario_id: String,
    pub kind: FlagKind,
}

/// One scored answer (the last try), for the CSV export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerRow {
    pub province: String,
    pub district: String,
    pub commune: String,
    pub trainee: String,
    pub session: String,
    pub scenario_id: String,
    pub standard: String,
    pub points: u32,
    pub max: u32,
    pub class_given: Option<Class>,
    pub class_correct: Class,
    /// The classes that earn the class points (see `Grade::class_accepted`).
    pub class_accepted: Vec<Class>,
    pub income_given: Option<u128>,
    pub income_correct: u128,
    pub missed: Vec<String>,
    pub false_marks: Vec<String>,
    pub seconds: u64,
    pub tries: usize,
}

/// One field visit handed in (its score recomputed from the record).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VisitRow {
    pub province: String,
    pub district: String,
    pub commune: String,
    pub trainee: String,
    pub village: String,
    pub home: String,
    pub standard: String,
    pub exam: bool,
    pub points: u32,
    pub max: u32,
    /// Fields answered right without the facts that decide them.
    pub unsupported: usize,
    /// The class was wrong and a missed fact would have changed it.
    pub pivotal_missed: bool,
    pub questions: usize,
}

/// One kind of procedural decision in one commune: how often trainees got it wrong.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ProcedureRow {
    pub province: String,
    pub district: String,
    pub commune: String,
    /// The check's key (`procedure::Check::key`).
    pub check: String,
    pub wrong: usize,
    pub judged: usize,
    /// Some of these decisions rest on a rule not checked against the official text (P): the
    /// summary marks the row.
    pub provisional: bool,
}

/// One review campaign handed in (its judgements recomputed from the record).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CampaignRow {
    pub commune: String,
    pub trainee: String,
    pub village: String,
    pub kind: String,
    pub standard: String,
    pub finished: bool,
    pub right: usize,
    pub judged: usize,
}

/// How often a question or look that would have revealed a deciding fact was not taken.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ForgottenRow {
    pub action: String,
    /// Visits in which it was needed and not taken.
    pub forgotten: usize,
    pub visits: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Field visits in the village, handed in.
    pub visits: Vec<VisitRow>,
    /// Questions and looks trainees most often forget, the most forgotten first.
    pub forgotten: Vec<ForgottenRow>,
    /// Review campaigns handed in.
    pub campaigns: Vec<CampaignRow>,
    /// Procedural errors by commune and kind of decision, the most often wrong first.
    pub procedure: Vec<ProcedureRow>,
    pub trainees: Vec<TraineeRow>,
    pub scenarios: Vec<ScenarioRow>,
    pub indicators: Vec<IndicatorRow>,
    pub communes: Vec<PlaceRow>,
    /// Only trainees who gave a district (there is none since 1 July 2025).
    pub districts: Vec<PlaceRow>,
    /// Only trainees who gave a province.
    pub provinces: Vec<PlaceRow>,
    pub flagged: Vec<Flag>,
    /// The answers scored, when kept (`report::Builder::keep`; `rasoat report` writes them to the
    /// CSV as it goes instead).
    pub answers: Vec<AnswerRow>,
    /// How many answers were scored, whether kept or not.
    #[serde(skip)]
    pub answer_count: usize,
}

impl Report {
    /// Indicators from the most misjudged, for the chart of the weakest.
    pub fn weakest_indicators(&self) -> Vec<&IndicatorRow> {
        let mut v: Vec<&IndicatorRow> = self.indicators.iter().collect();
        v.sort_by_key(|r| std::cmp::Reverse(r.error_per_mille()));
        v
    }

    /// Communes from the lowest mean score.
    pub fn weakest_communes(&self) -> Vec<&PlaceRow> {
        let mut v: Vec<&PlaceRow> = self.communes.iter().filter(|c| c.max > 0).collect();
        v.sort_by_key(|c| c.percent());
        v
    }
}
