//! Building the report: each results file's answers scored with the engine (or flagged), its
//! visits and campaigns replayed, and the totals by scenario, indicator and place.

use std::collections::BTreeMap;

use std::collections::HashMap;
use std::sync::Mutex;

use crate::rules::assess::assess;
use crate::rules::grading::{Grade, Rubric, grade};
use crate::rules::standard::{Standard, StandardSet};
use crate::training::scenario::Scenario;
use crate::training::session::{Results, ScenarioAnswers, SessionMode, Trainee, hash_matches};

use super::rows::{
    AnswerRow, CampaignRow, Flag, FlagKind, ForgottenRow, IndicatorRow, PlaceRow, ProcedureRow, Report,
    ScenarioRow, TraineeRow, VisitRow,
};

/// Builds the report. `find` gives the scenario an answer refers to (from the library, or made
/// again from its seed), or `None` when it is unknown. The same as scoring each file with
/// `score_file` and adding it to a `Builder`, in order, keeping the answer rows.
pub fn build<'a>(
    results: &[(String, Results)],
    mut find: impl FnMut(&ScenarioAnswers) -> Option<&'a Scenario>,
    standards: &StandardSet,
) -> Report {
    let hashes = Hashes::default();
    let mut b = Builder::default();
    for (file, r) in results {
        let answered = b.add(score_file(file, r, &mut find, standards, &hashes));
        b.keep(&answered);
    }
    b.finish()
}

/// Whether the hash an answer was given under still matches its scenario, remembered per
/// (hash, scenario id, standard): hashing a scenario means printing its household, so it is done
/// once per scenario, not per answer. Shared by the threads that score files at once.
#[derive(Debug, Default)]
pub struct Hashes(Mutex<HashMemo>);

/// By recorded hash: the (scenario id, standard) it was checked for, and whether it matched.
type HashMemo = HashMap<String, Vec<(String, String, bool)>>;

impl Hashes {
    fn matches(&self, sa: &ScenarioAnswers, scenario: &Scenario, standard: &Standard) -> bool {
        let known = |map: &HashMemo| {
            map.get(sa.scenario_hash.as_str())?
                .iter()
                .find(|(id, st, _)| *id == sa.scenario_id && *st == sa.standard)
                .map(|(_, _, m)| *m)
        };
        if let Some(m) = known(&self.lock()) {
            return m;
        }
        // Worked out without the lock: another thread may do the same once, with the same result.
        let m = hash_matches(&sa.scenario_hash, scenario, standard);
        self.lock().entry(sa.scenario_hash.clone()).or_default().push((
            sa.scenario_id.clone(),
            sa.standard.clone(),
            m,
        ));
        m
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMemo> {
        // Nothing can be left half-done in the map by a panic: its value is still good.
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// One results file scored on its own — every answer by the engine, its visits and campaigns
/// replayed — ready to be added to the totals. Pure: many files can be scored at once, then
/// added to a `Builder` in order. It borrows the standards only.
#[derive(Debug)]
pub struct FileScore<'a> {
    row: TraineeRow,
    flagged: Vec<Flag>,
    answered: Answered<'a>,
    visits: Vec<(VisitRow, Vec<String>)>,
    campaigns: Vec<(CampaignRow, Vec<Judged>)>,
    /// The file's scenario ids in order (every entry, scored or not).
    pub scenario_ids: Vec<String>,
    /// Unix seconds: when the session started, and the last try of any answer (0 if none).
    pub started_at: u64,
    pub last_try_at: u64,
    /// The session's standard.
    pub standard: String,
}

/// The answers of one results file that were scored, with their trainee and session: what the
/// answers' spreadsheet has a row of each (`rows`, or written straight by `AnswerSheet`).
#[derive(Debug)]
pub struct Answered<'a> {
    pub trainee: Trainee,
    pub session: String,
    /// In the file's order (the last try of each; unknown, changed and repeated entries left
    /// out).
    pub answers: Vec<ScoredAnswer<'a>>,
}

/// An answer scored by the engine.
#[derive(Debug)]
pub struct ScoredAnswer<'a> {
    pub scenario_id: String,
    /// The scenario's title in Vietnamese (the report's scenario rows name it).
    title: String,
    pub standard: &'a Standard,
    pub grade: Grade,
    /// The seconds of every try, added up.
    pub seconds: u64,
    pub tries: usize,
    /// Unix seconds of the last try.
    pub at: u64,
}

impl ScoredAnswer<'_> {
    /// The indicators deprived and not marked, in the standard's order.
    pub fn missed(&self) -> impl Iterator<Item = &str> {
        self.grade
            .indicators
            .iter()
            .filter(|ig| ig.deprived && !ig.marked)
            .map(|ig| ig.id.as_str())
    }

    /// The indicators marked and not deprived, in the standard's order.
    pub fn false_marks(&self) -> impl Iterator<Item = &str> {
        self.grade
            .indicators
            .iter()
            .filter(|ig| !ig.deprived && ig.marked)
            .map(|ig| ig.id.as_str())
    }
}

impl Answered<'_> {
    /// The answers as the report's rows.
    pub fn rows(&self) -> impl Iterator<Item = AnswerRow> + '_ {
        let tr = &self.trainee;
        self.answers.iter().map(move |a| {
            let g = &a.grade;
            AnswerRow {
                province: tr.province.clone(),
                district: tr.district.clone(),
                commune: tr.commune.clone(),
                trainee: tr.name.clone(),
                session: self.session.clone(),
                scenario_id: a.scenario_id.clone(),
                standard: a.standard.id.clone(),
                points: g.points,
                max: g.max,
                class_given: g.class_given,
                class_correct: g.class_correct,
                class_accepted: g.class_accepted.clone(),
                income_given: g.income_given,
                income_correct: g.income_correct,
                missed: a.missed().map(str::to_owned).collect(),
                false_marks: a.false_marks().map(str::to_owned).collect(),
                seconds: a.seconds,
                tries: a.tries,
            }
        })
    }
}

/// One procedural decision of a campaign: the check's key, whether it was wrong, whether its
/// rule is provisional.
#[derive(Debug)]
struct Judged {
    check: String,
    wrong: bool,
    provisional: bool,
}

impl FileScore<'_> {
    /// The trainee, as the file gives them.
    pub fn trainee(&self) -> &Trainee {
        &self.answered.trainee
    }

    /// The answers scored, in the file's order (the last try of each; unknown, changed and
    /// repeated entries left out).
    pub fn scored(&self) -> &[ScoredAnswer<'_>] {
        &self.answered.answers
    }
}

/// Scores one results file: the last try of each answer with the engine (or flagged), its
/// visits and campaigns replayed.
pub fn score_file<'c, 's>(
    file: &str,
    r: &Results,
    mut find: impl FnMut(&ScenarioAnswers) -> Option<&'c Scenario>,
    standards: &'s StandardSet,
    hashes: &Hashes,
) -> FileScore<'s> {
    let mut f = FileScore {
        row: TraineeRow::default(),
        flagged: Vec::new(),
        answered: Answered {
            trainee: r.trainee.clone(),
            session: r.session.id.clone(),
            answers: Vec::with_capacity(r.answers.len()),
        },
        visits: visit_rows(r, standards),
        campaigns: campaign_rows(r, standards),
        scenario_ids: r.answers.iter().map(|sa| sa.scenario_id.clone()).collect(),
        started_at: r.session.started_at,
        last_try_at: r
            .answers
            .iter()
            .flat_map(|a| a.tries.iter().map(|t| t.submitted_at))
            .max()
            .unwrap_or(0),
        standard: r.session.standard.clone(),
    };
    f.row = score_answers(&mut f, file, r, &mut find, standards, hashes);
    f
}

/// Adds scored files up, in the files' order, into the report.
#[derive(Default)]
pub struct Builder {
    report: Report,
    tallies: Tallies,
}

impl Builder {
    /// Adds a scored file to the totals; its scored answers (for the spreadsheet) are handed
    /// back, to be written out or kept with `keep`.
    pub fn add<'a>(&mut self, f: FileScore<'a>) -> Answered<'a> {
        let report = &mut self.report;
        report.flagged.extend(f.flagged);
        report.answer_count += f.answered.answers.len();
        for s in &f.answered.answers {
            self.tallies.count_scenario(s);
            self.tallies.count_indicators(s);
        }
        for (row, missed) in f.visits {
            for a in missed {
                match report.forgotten.iter_mut().find(|x| x.action == a) {
                    Some(x) => x.forgotten += 1,
                    None => report.forgotten.push(ForgottenRow {
                        action: a,
                        forgotten: 1,
                        visits: 0,
                    }),
                }
            }
            report.visits.push(row);
        }
        add_campaigns(report, &f.answered.trainee, f.campaigns);
        self.tallies.add_to_places(&f.answered.trainee, &f.row);
        report.trainees.push(f.row);
        f.answered
    }

    /// Keeps a file's answers in the report, as rows (`Report::answers`).
    pub fn keep(&mut self, answered: &Answered<'_>) {
        self.report.answers.extend(answered.rows());
    }

    pub fn finish(self) -> Report {
        self.tallies.finish(self.report)
    }
}

/// What `Builder` adds up across the results files, keyed so that the rows come out in order.
#[derive(Default)]
struct Tallies {
    scenarios: BTreeMap<String, ScenarioRow>,
    /// By standard, each standard's in its order (sorted by id at the end).
    indicators: BTreeMap<String, Vec<IndicatorRow>>,
    communes: BTreeMap<(String, String, String), PlaceRow>,
    districts: BTreeMap<(String, String), PlaceRow>,
    provinces: BTreeMap<String, PlaceRow>,
}

/// Scores the answers of one results file (the last try of each) into the trainee's row and the
/// answer rows; an answer that cannot be scored is flagged instead.
fn score_answers<'c, 's>(
    f: &mut FileScore<'s>,
    file: &str,
    r: &Results,
    find: &mut impl FnMut(&ScenarioAnswers) -> Option<&'c Scenario>,
    standards: &'s StandardSet,
    hashes: &Hashes,
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
            f.flagged.push(flag(FlagKind::Duplicate));
            continue;
        }
        let (scenario, standard) = match scorable(sa, find, standards, hashes) {
            Ok(found) => found,
            Err(kind) => {
                f.flagged.push(flag(kind));
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
        f.answered.answers.push(ScoredAnswer {
            scenario_id: sa.scenario_id.clone(),
            title: scenario.scenario.title.vi.clone(),
            standard,
            grade: g,
            seconds,
            tries: sa.tries.len(),
            at: last.submitted_at,
        });
    }
    row
}

/// The scenario and the standard an answer is scored against, or why it cannot be scored: the
/// scenario or the standard is unknown, or the scenario changed since it was answered.
fn scorable<'c, 's>(
    sa: &ScenarioAnswers,
    find: &mut impl FnMut(&ScenarioAnswers) -> Option<&'c Scenario>,
    standards: &'s StandardSet,
    hashes: &Hashes,
) -> Result<(&'c Scenario, &'s Standard), FlagKind> {
    let Some(scenario) = find(sa) else {
        return Err(FlagKind::Unknown);
    };
    let Some(standard) = standards.get(&sa.standard) else {
        return Err(FlagKind::Unknown);
    };
    if !hashes.matches(sa, scenario, standard) {
        return Err(FlagKind::Changed);
    }
    Ok((scenario, standard))
}

impl Tallies {
    /// Counts a scored answer for its scenario.
    fn count_scenario(&mut self, s: &ScoredAnswer<'_>) {
        let g = &s.grade;
        if !self.scenarios.contains_key(&s.scenario_id) {
            self.scenarios.insert(
                s.scenario_id.clone(),
                ScenarioRow {
                    id: s.scenario_id.clone(),
                    title: s.title.clone(),
                    ..Default::default()
                },
            );
        }
        let Some(row) = self.scenarios.get_mut(&s.scenario_id) else {
            return;
        };
        row.answered += 1;
        row.fully_right += usize::from(g.points == g.max);
        row.class_right += usize::from(g.class_right());
    }

    /// Counts a scored answer for each indicator of its standard: deprived and missed, or not
    /// deprived and marked. The rows of a standard are kept in its order, as its grades are.
    fn count_indicators(&mut self, s: &ScoredAnswer<'_>) {
        let standard = s.standard;
        if !self.indicators.contains_key(&standard.id) {
            let rows = standard
                .indicators
                .iter()
                .map(|i| IndicatorRow {
                    standard: standard.id.clone(),
                    id: i.id.clone(),
                    name_vi: i.name_vi.clone(),
                    name_en: i.name_en.clone(),
                    ..Default::default()
                })
                .collect();
            self.indicators.insert(standard.id.clone(), rows);
        }
        let Some(rows) = self.indicators.get_mut(&standard.id) else {
            return;
        };
        for (ig, entry) in s.grade.indicators.iter().zip(rows.iter_mut()) {
            if ig.deprived {
                entry.deprived_cases += 1;
                entry.missed += usize::from(!ig.marked);
            } else {
                entry.not_deprived_cases += 1;
                entry.false_marks += usize::from(ig.marked);
            }
        }
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
        report.indicators = self
            .indicators
            .into_values()
            .flat_map(|mut rows| {
                rows.sort_by(|a, b| a.id.cmp(&b.id));
                rows
            })
            .collect();
        report.communes = self.communes.into_values().collect();
        report.districts = self.districts.into_values().collect();
        report.provinces = self.provinces.into_values().collect();
        report
    }
}

/// Scores the visits of one results file handed in: each visit's row, with the questions and
/// looks it forgot.
fn visit_rows(r: &Results, standards: &StandardSet) -> Vec<(VisitRow, Vec<String>)> {
    let catalogue = crate::field::visit::Catalogue::shared();
    let tr = &r.trainee;
    let mut rows = Vec::new();
    for v in &r.visits {
        let (Some(form), Some(standard)) = (&v.form, standards.get(&v.standard)) else {
            continue;
        };
        let visit =
            crate::field::visit::Visit::new(&v.household, &v.hidden, catalogue, v.mode).replay(&v.actions);
        let verdict = crate::field::visit::verdict(&visit, standard, &form.answer());
        let row = VisitRow {
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
        };
        rows.push((row, verdict.missed_actions));
    }
    rows
}

/// Replays the campaigns of one results file handed in: each campaign's row, with its
/// procedural decisions.
fn campaign_rows(r: &Results, standards: &StandardSet) -> Vec<(CampaignRow, Vec<Judged>)> {
    let tr = &r.trainee;
    let mut rows = Vec::new();
    for rec in &r.campaigns {
        let Some(standard) = standards.get(&rec.setup.standard) else {
            continue;
        };
        let c = rec.replay(standard);
        let (right, judged) = c.score();
        let row = CampaignRow {
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
        };
        let decisions = c
            .judged
            .iter()
            .filter(|j| j.outcome != crate::field::procedure::Outcome::NotJudged)
            .map(|j| Judged {
                check: j.check.key().to_string(),
                wrong: j.outcome == crate::field::procedure::Outcome::Wrong,
                provisional: j.provenance.is_provisional(),
            })
            .collect();
        rows.push((row, decisions));
    }
    rows
}

/// Adds a file's campaigns to the report and counts each kind of decision by commune, the most
/// often wrong first (sorted after each file that has campaigns, as the rows grow).
fn add_campaigns(report: &mut Report, tr: &Trainee, campaigns: Vec<(CampaignRow, Vec<Judged>)>) {
    if campaigns.is_empty() {
        return;
    }
    for (row, decisions) in campaigns {
        report.campaigns.push(row);
        for j in decisions {
            let at = report.procedure.iter().position(|p| {
                p.commune == tr.commune
                    && p.district == tr.district
                    && p.province == tr.province
                    && p.check == j.check
            });
            let at = at.unwrap_or_else(|| {
                report.procedure.push(ProcedureRow {
                    province: tr.province.clone(),
                    district: tr.district.clone(),
                    commune: tr.commune.clone(),
                    check: j.check,
                    wrong: 0,
                    judged: 0,
                    provisional: false,
                });
                report.procedure.len() - 1
            });
            let row = &mut report.procedure[at];
            row.judged += 1;
            row.provisional |= j.provisional;
            row.wrong += usize::from(j.wrong);
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
