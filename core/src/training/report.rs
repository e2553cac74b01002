//! The trainer's summary of many results files: scores recomputed with the engine, per trainee,
//! per scenario, per indicator (missed and false deprivations apart), per commune, district and
//! province; scenarios changed since they were answered are flagged, not scored.
//!
//! Architecture invariant: pure — takes parsed results and a way to find each scenario, returns
//! data; no IO, no words (the CSV and the report text are worded by `explain` and the shells), no
//! scores read from files.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::rules::assess::{Class, assess};
use crate::rules::grading::{Rubric, grade};
use crate::rules::standard::StandardSet;
use crate::training::scenario::Scenario;
use crate::training::session::{Results, ScenarioAnswers, SessionMode, hash_matches};

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
    pub answers: Vec<AnswerRow>,
}

/// Builds the report. `find` gives the scenario an answer refers to (from the library, or made
/// again from its seed), or `None` when it is unknown.
pub fn build<'a>(
    results: &[(String, Results)],
    mut find: impl FnMut(&ScenarioAnswers) -> Option<&'a Scenario>,
    standards: &StandardSet,
) -> Report {
    let mut report = Report::default();
    let mut scenarios: BTreeMap<String, ScenarioRow> = BTreeMap::new();
    let mut indicators: BTreeMap<(String, String), IndicatorRow> = BTreeMap::new();
    let mut communes: BTreeMap<(String, String, String), PlaceRow> = BTreeMap::new();
    let mut districts: BTreeMap<(String, String), PlaceRow> = BTreeMap::new();
    let mut provinces: BTreeMap<String, PlaceRow> = BTreeMap::new();
    // Hashing a scenario means printing its household: do it once per scenario and hash, not per
    // answer.
    let mut hashes: std::collections::HashMap<(String, String, String), bool> =
        std::collections::HashMap::new();
    for (file, r) in results {
        let tr = &r.trainee;
        let mut row = TraineeRow {
            file: file.clone(),
            name: tr.name.clone(),
            commune: tr.commune.clone(),
            district: tr.district.clone(),
            province: tr.province.clone(),
            session: r.session.id.clone(),
            exam: r.session.mode == SessionMode::Exam,
            ..Default::default()
        };
        let mut seen = std::collections::HashSet::new();
        for sa in &r.answers {
            let Some(last) = sa.tries.last() else { continue };
            let flag = |kind| Flag {
                file: file.clone(),
                trainee: tr.name.clone(),
                scenario_id: sa.scenario_id.clone(),
                kind,
            };
            if !seen.insert(sa.scenario_id.as_str()) {
                report.flagged.push(flag(FlagKind::Duplicate));
                continue;
            }
            let Some(scenario) = find(sa) else {
                report.flagged.push(flag(FlagKind::Unknown));
                continue;
            };
            let Some(standard) = standards.get(&sa.standard) else {
                report.flagged.push(flag(FlagKind::Unknown));
                continue;
            };
            let matches = *hashes
                .entry((
                    sa.scenario_id.clone(),
                    sa.standard.clone(),
                    sa.scenario_hash.clone(),
                ))
                .or_insert_with(|| hash_matches(&sa.scenario_hash, scenario, standard));
            if !matches {
                report.flagged.push(flag(FlagKind::Changed));
                continue;
            }
            let a = assess(&scenario.household, standard);
            let g = grade(&last.answer(), &a, &Rubric::STANDARD);
            let seconds = sa.tries.iter().fold(0u64, |s, t| s.saturating_add(t.seconds));
            row.done += 1;
            row.points = row.points.saturating_add(u64::from(g.points));
            row.max = row.max.saturating_add(u64::from(g.max));
            row.seconds = row.seconds.saturating_add(seconds);
            let s = scenarios
                .entry(sa.scenario_id.clone())
                .or_insert_with(|| ScenarioRow {
                    id: sa.scenario_id.clone(),
                    title: scenario.scenario.title.vi.clone(),
                    ..Default::default()
                });
            s.answered += 1;
            s.fully_right += usize::from(g.points == g.max);
            s.class_right += usize::from(g.class_right());
            let mut missed = Vec::new();
            let mut false_marks = Vec::new();
            for (ig, r) in g.indicators.iter().zip(&a.indicators) {
                let entry = indicators
                    .entry((standard.id.clone(), ig.id.clone()))
                    .or_insert_with(|| IndicatorRow {
                        standard: standard.id.clone(),
                        id: ig.id.clone(),
                        name_vi: r.indicator.name_vi.clone(),
                        name_en: r.indicator.name_en.clone(),
                        ..Default::default()
                    });
                if ig.deprived {
                    entry.deprived_cases += 1;
                    if !ig.marked {
                        entry.missed += 1;
                        missed.push(ig.id.clone());
                    }
                } else {
                    entry.not_deprived_cases += 1;
                    if ig.marked {
                        entry.false_marks += 1;
                        false_marks.push(ig.id.clone());
                    }
                }
            }
            report.answers.push(AnswerRow {
                province: tr.province.clone(),
                district: tr.district.clone(),
                commune: tr.commune.clone(),
                trainee: tr.name.clone(),
                session: r.session.id.clone(),
                scenario_id: sa.scenario_id.clone(),
                standard: standard.id.clone(),
                points: g.points,
                max: g.max,
                class_given: g.class_given,
                class_correct: g.class_correct,
                class_accepted: g.class_accepted.clone(),
                income_given: g.income_given,
                income_correct: g.income_correct,
                missed,
                false_marks,
                seconds,
                tries: sa.tries.len(),
            });
        }
        visit_rows(&mut report, r, standards);
        campaign_rows(&mut report, r, standards);
        let place = |district: &str, commune: &str| PlaceRow {
            province: tr.province.clone(),
            district: district.to_owned(),
            commune: commune.to_owned(),
            ..Default::default()
        };
        let mut rows = vec![
            communes
                .entry((tr.province.clone(), tr.district.clone(), tr.commune.clone()))
                .or_insert_with(|| place(&tr.district, &tr.commune)),
        ];
        // A district or a province is summarised only where the trainee gave one.
        if !tr.district.trim().is_empty() {
            rows.push(
                districts
                    .entry((tr.province.clone(), tr.district.clone()))
                    .or_insert_with(|| place(&tr.district, "")),
            );
        }
        if !tr.province.trim().is_empty() {
            rows.push(
                provinces
                    .entry(tr.province.clone())
                    .or_insert_with(|| place("", "")),
            );
        }
        for p in rows {
            p.trainees += 1;
            p.answers += row.done;
            p.points = p.points.saturating_add(row.points);
            p.max = p.max.saturating_add(row.max);
        }
        report.trainees.push(row);
    }
    report.trainees.sort_by(|a, b| {
        (&a.province, &a.district, &a.commune, &a.name).cmp(&(&b.province, &b.district, &b.commune, &b.name))
    });
    let visits = report.visits.len();
    report.forgotten.iter_mut().for_each(|f| f.visits = visits);
    report
        .forgotten
        .sort_by(|a, b| b.forgotten.cmp(&a.forgotten).then(a.action.cmp(&b.action)));
    report.scenarios = scenarios.into_values().collect();
    report.indicators = indicators.into_values().collect();
    report.communes = communes.into_values().collect();
    report.districts = districts.into_values().collect();
    report.provinces = provinces.into_values().collect();
    report
}

/// Scores the visits of one results file handed in, and counts the questions forgotten.
fn visit_rows(report: &mut Report, r: &Results, standards: &StandardSet) {
    let catalogue = crate::field::visit::Catalogue::builtin();
    let tr = &r.trainee;
    for v in &r.visits {
        let (Some(form), Some(standard)) = (&v.form, standards.get(&v.standard)) else {
            continue;
        };
        let visit =
            crate::field::visit::Visit::new(&v.household, &v.hidden, &catalogue, v.mode).replay(&v.actions);
        let verdict = crate::field::visit::verdict(&visit, standard, &form.answer());
        for a in &verdict.missed_actions {
            match report.forgotten.iter_mut().find(|f| &f.action == a) {
                Some(f) => f.forgotten += 1,
                None => report.forgotten.push(ForgottenRow {
                    action: a.clone(),
                    forgotten: 1,
                    visits: 0,
                }),
            }
        }
        report.visits.push(VisitRow {
            province: tr.province.clone(),
            district: tr.district.clone(),
            commune: tr.commune.clone(),
            trainee: tr.name.clone(),
            village: if v.village_name.is_empty() {
                v.village.clone()
            } else {
                v.village_name.clone()
            },
            home: v.home.clone(),
            standard: standard.id.clone(),
            exam: v.mode == crate::field::visit::VisitMode::Exam,
            points: verdict.points,
            max: verdict.grade.max,
            unsupported: verdict.fields.iter().filter(|f| f.unsupported()).count(),
            pivotal_missed: !verdict.grade.class_right() && verdict.pivotal.is_some(),
            questions: v.actions.len(),
        });
    }
}

/// Replays the campaigns of one results file handed in and counts each kind of decision by
/// commune.
fn campaign_rows(report: &mut Report, r: &Results, standards: &StandardSet) {
    let tr = &r.trainee;
    for rec in &r.campaigns {
        let Some(standard) = standards.get(&rec.setup.standard) else {
            continue;
        };
        let c = rec.replay(standard);
        let (right, judged) = c.score();
        report.campaigns.push(CampaignRow {
            commune: tr.commune.clone(),
            trainee: tr.name.clone(),
            village: if rec.village_name.is_empty() {
                rec.village.clone()
            } else {
                rec.village_name.clone()
            },
            kind: rec.setup.kind.as_str().to_string(),
            standard: standard.id.clone(),
            finished: c.stage == crate::field::procedure::Stage::Done,
            right,
            judged,
        });
        for j in &c.judged {
            if j.outcome == crate::field::procedure::Outcome::NotJudged {
                continue;
            }
            let key = j.check.key();
            let row = match report.procedure.iter_mut().find(|p| {
                p.commune == tr.commune
                    && p.district == tr.district
                    && p.province == tr.province
                    && p.check == key
            }) {
                Some(row) => row,
                None => {
                    report.procedure.push(ProcedureRow {
                        province: tr.province.clone(),
                        district: tr.district.clone(),
                        commune: tr.commune.clone(),
                        check: key.to_string(),
                        wrong: 0,
                        judged: 0,
                        provisional: false,
                    });
                    report.procedure.last_mut().expect("just pushed")
                }
            };
            row.judged += 1;
            row.provisional |= j.provenance.is_provisional();
            if j.outcome == crate::field::procedure::Outcome::Wrong {
                row.wrong += 1;
            }
        }
    }
    report.procedure.sort_by(|a, b| {
        (&a.commune, std::cmp::Reverse(a.wrong), &a.check).cmp(&(
            &b.commune,
            std::cmp::Reverse(b.wrong),
            &b.check,
        ))
    });
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

/// The scenarios results can refer to: the library, and generated households made again from
/// their recipe.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    by_id: std::collections::HashMap<String, Scenario>,
}

impl Catalogue {
    pub fn new(scenarios: impl IntoIterator<Item = Scenario>) -> Self {
        Self {
            by_id: scenarios
                .into_iter()
                .map(|s| (s.scenario.id.clone(), s))
                .collect(),
        }
    }

    /// Makes again every generated scenario the results refer to and the catalogue lacks.
    pub fn prepare(
        &mut self,
        results: &[(String, Results)],
        standards: &StandardSet,
        names: &crate::training::generate::Names,
    ) {
        for (_, r) in results {
            for sa in &r.answers {
                let (Some(g), Some(standard)) = (&sa.generated, standards.get(&sa.standard)) else {
                    continue;
                };
                // Only a recipe that names its own household, with a focus the standard knows, is
                // made again (once): anything else would make the generator run for nothing, and
                // the answer is flagged as unknown.
                let id = crate::training::generate::scenario_id(g.seed, g.index);
                if sa.scenario_id != id || self.by_id.contains_key(&id) {
                    continue;
                }
                let focus = crate::training::generate::Focus::parse(&g.focus);
                if let crate::training::generate::Focus::Indicator(i) = &focus
                    && standard.indicator(i).is_none()
                {
                    continue;
                }
                let d = crate::training::generate::draft(g.seed, g.index, standard, &focus, names);
                self.by_id.insert(
                    id.clone(),
                    generated_scenario(id, d.household, standard, g.clone()),
                );
            }
        }
    }

    pub fn find(&self, sa: &ScenarioAnswers) -> Option<&Scenario> {
        self.by_id.get(&sa.scenario_id)
    }
}

/// A generated household as a scenario with only what scoring needs (no narrative).
fn generated_scenario(
    id: String,
    household: crate::rules::household::Household,
    standard: &crate::rules::standard::Standard,
    generated: crate::training::scenario::Generated,
) -> Scenario {
    use crate::training::scenario::{Bilingual, BilingualList, Region, ScenarioMeta};
    let empty = || Bilingual {
        vi: String::new(),
        en: String::new(),
    };
    Scenario {
        format: crate::rules::household::FORMAT_VERSION,
        scenario: ScenarioMeta {
            id: id.clone(),
            title: Bilingual {
                vi: id,
                en: String::new(),
            },
            summary: empty(),
            difficulty: 1,
            tags: Vec::new(),
            standard: Some(standard.id.clone()),
            region: Region::Urban,
            narrative: empty(),
            learning_points: BilingualList {
                vi: Vec::new(),
                en: Vec::new(),
            },
            trainer_notes: String::new(),
            generated: Some(generated),
        },
        expected: None,
        visit: None,
        review: None,
        household,
    }
}
