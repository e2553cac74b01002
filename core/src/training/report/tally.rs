//! Building the report: each results file's answers scored with the engine (or flagged), its
//! visits and campaigns replayed, and the totals by scenario, indicator and place.

use std::collections::BTreeMap;

use crate::rules::assess::{Assessment, assess};
use crate::rules::grading::{Grade, Rubric, grade};
use crate::rules::standard::{Standard, StandardSet};
use crate::training::scenario::Scenario;
use crate::training::session::{Results, ScenarioAnswers, SessionMode, Trainee, hash_matches};

use super::rows::{
    AnswerRow, CampaignRow, Flag, FlagKind, ForgottenRow, IndicatorRow, PlaceRow, ProcedureRow, Report,
    ScenarioRow, TraineeRow, VisitRow,
};

/// Builds the report. `find` gives the scenario an answer refers to (from the library, or made
/// again from its seed), or `None` when it is unknown.
pub fn build<'a>(
    results: &[(String, Results)],
    mut find: impl FnMut(&ScenarioAnswers) -> Option<&'a Scenario>,
    standards: &StandardSet,
) -> Report {
    let mut report = Report::default();
    let mut tallies = Tallies::default();
    for (file, r) in results {
        let row = score_answers(&mut report, &mut tallies, file, r, &mut find, standards);
        visit_rows(&mut report, r, standards);
        campaign_rows(&mut report, r, standards);
        tallies.add_to_places(&r.trainee, &row);
        report.trainees.push(row);
    }
    tallies.finish(report)
}

/// What `build` adds up across the results files, keyed so that the rows come out in order.
#[derive(Default)]
struct Tallies {
    scenarios: BTreeMap<String, ScenarioRow>,
    indicators: BTreeMap<(String, String), IndicatorRow>,
    communes: BTreeMap<(String, String, String), PlaceRow>,
    districts: BTreeMap<(String, String), PlaceRow>,
    provinces: BTreeMap<String, PlaceRow>,
    /// Whether the hash an answer was given under (scenario id, standard, hash) still matches.
    /// Hashing a scenario means printing its household: do it once per scenario and hash, not per
    /// answer.
    hashes: std::collections::HashMap<(String, String, String), bool>,
}

/// Scores the answers of one results file (the last try of each) into the trainee's row, the
/// answer rows and the tallies of scenarios and indicators; an answer that cannot be scored is
/// flagged instead.
fn score_answers<'a>(
    report: &mut Report,
    tallies: &mut Tallies,
    file: &str,
    r: &Results,
    find: &mut impl FnMut(&ScenarioAnswers) -> Option<&'a Scenario>,
    standards: &StandardSet,
) -> TraineeRow {
    let tr = &r.trainee;
    let mut row = TraineeRow {
        file: file.to_owned(),
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
            file: file.to_owned(),
            trainee: tr.name.clone(),
            scenario_id: sa.scenario_id.clone(),
            kind,
        };
        if !seen.insert(sa.scenario_id.as_str()) {
            report.flagged.push(flag(FlagKind::Duplicate));
            continue;
        }
        let (scenario, standard) = match tallies.scorable(sa, find, standards) {
            Ok(found) => found,
            Err(kind) => {
                report.flagged.push(flag(kind));
                continue;
            }
        };
        let a = assess(&scenario.household, standard);
        let g = grade(&last.answer(), &a, &Rubric::STANDARD);
        let seconds = sa.tries.iter().fold(0u64, |s, t| s.saturating_add(t.seconds));
        row.done += 1;
        row.points = row.points.saturating_add(u64::from(g.points));
        row.max = row.max.saturating_add(u64::from(g.max));
        row.seconds = row.seconds.saturating_add(seconds);
        tallies.count_scenario(sa, scenario, &g);
        let (missed, false_marks) = tallies.count_indicators(standard, &g, &a);
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
    row
}

impl Tallies {
    /// The scenario and the standard an answer is scored against, or why it cannot be scored:
    /// the scenario or the standard is unknown, or the scenario changed since it was answered.
    fn scorable<'a, 's>(
        &mut self,
        sa: &ScenarioAnswers,
        find: &mut impl FnMut(&ScenarioAnswers) -> Option<&'a Scenario>,
        standards: &'s StandardSet,
    ) -> Result<(&'a Scenario, &'s Standard), FlagKind> {
        let Some(scenario) = find(sa) else {
            return Err(FlagKind::Unknown);
        };
        let Some(standard) = standards.get(&sa.standard) else {
            return Err(FlagKind::Unknown);
        };
        let matches = *self
            .hashes
            .entry((
                sa.scenario_id.clone(),
                sa.standard.clone(),
                sa.scenario_hash.clone(),
            ))
            .or_insert_with(|| hash_matches(&sa.scenario_hash, scenario, standard));
        if !matches {
            return Err(FlagKind::Changed);
        }
        Ok((scenario, standard))
    }

    /// Counts a scored answer for its scenario.
    fn count_scenario(&mut self, sa: &ScenarioAnswers, scenario: &Scenario, g: &Grade) {
        let s = self
            .scenarios
            .entry(sa.scenario_id.clone())
            .or_insert_with(|| ScenarioRow {
                id: sa.scenario_id.clone(),
                title: scenario.scenario.title.vi.clone(),
                ..Default::default()
            });
        s.answered += 1;
        s.fully_right += usize::from(g.points == g.max);
        s.class_right += usize::from(g.class_right());
    }

    /// Counts a scored answer for each indicator of its standard, and returns the indicators it
    /// missed and those it marked falsely.
    fn count_indicators(
        &mut self,
        standard: &Standard,
        g: &Grade,
        a: &Assessment<'_>,
    ) -> (Vec<String>, Vec<String>) {
        let mut missed = Vec::new();
        let mut false_marks = Vec::new();
        for (ig, r) in g.indicators.iter().zip(&a.indicators) {
            let entry = self
                .indicators
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
        (missed, false_marks)
    }

    /// Adds a trainee's totals to their commune, and to their district and province where given.
    fn add_to_places(&mut self, tr: &Trainee, row: &TraineeRow) {
        let place = |district: &str, commune: &str| PlaceRow {
            province: tr.province.clone(),
            district: district.to_owned(),
            commune: commune.to_owned(),
            ..Default::default()
        };
        let mut rows = vec![
            self.communes
                .entry((tr.province.clone(), tr.district.clone(), tr.commune.clone()))
                .or_insert_with(|| place(&tr.district, &tr.commune)),
        ];
        // A district or a province is summarised only where the trainee gave one.
        if !tr.district.trim().is_empty() {
            rows.push(
                self.districts
                    .entry((tr.province.clone(), tr.district.clone()))
                    .or_insert_with(|| place(&tr.district, "")),
            );
        }
        if !tr.province.trim().is_empty() {
            rows.push(
                self.provinces
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
    }

    /// Puts the tallies into the report, and its lists in order.
    fn finish(self, mut report: Report) -> Report {
        report.trainees.sort_by(|a, b| {
            (&a.province, &a.district, &a.commune, &a.name).cmp(&(
                &b.province,
                &b.district,
                &b.commune,
                &b.name,
            ))
        });
        let visits = report.visits.len();
        report.forgotten.iter_mut().for_each(|f| f.visits = visits);
        report
            .forgotten
            .sort_by(|a, b| b.forgotten.cmp(&a.forgotten).then(a.action.cmp(&b.action)));
        report.scenarios = self.scenarios.into_values().collect();
        report.indicators = self.indicators.into_values().collect();
        report.communes = self.communes.into_values().collect();
        report.districts = self.districts.into_values().collect();
        report.provinces = self.provinces.into_values().collect();
        report
    }
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
