//! The trainer console's figures, kept up to date as answers arrive: each event changes a few
//! counters, and a snapshot for the screen is taken at most once a second, however many trainers
//! watch. The same figures are built from imported results files, so a trainer has one view
//! whether answers came live or on a stick.
//!
//! Only the last answer of a trainee to a scenario counts, as in `rasoat report`: a newer try
//! takes the older one's counts back out.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::rules::assess::Class;
use crate::rules::grading::{Grade, IncomeVerdict};
use crate::training::session::Trainee;

/// A trainee who has said nothing for this long (answer, heartbeat) is shown as idle.
pub const IDLE_SECONDS: i64 = 180;
/// The console lists at most this many trainees; the rest are counted.
pub const MAX_ROWS: usize = 400;
/// Facility and discrimination are shown once this many trainees answered a scenario.
pub const MIN_FOR_DISCRIMINATION: usize = 5;

/// One scored answer, reduced to what the figures need. Small on purpose: a class of 10,000
/// trainees keeps 100,000 of them (indicators by their number in [`Live`], not by name).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Scored {
    points: u32,
    max: u32,
    class_right: bool,
    class_given: Option<Class>,
    class_correct: Class,
    /// Indicators judged: their number, whether the engine says deprived, whether the trainee
    /// was wrong (a wrong mark is the opposite of the engine's).
    judged: Box<[(u16, bool, bool)]>,
    income: IncomeVerdict,
    at: i64,
}

impl Scored {
    fn of(g: &Grade, at: i64, mut number: impl FnMut(&str) -> u16) -> Self {
        Self {
            points: g.points,
            max: g.max,
            class_right: g.class_right(),
            class_given: g.class_given,
            class_correct: g.class_correct,
            judged: g
                .indicators
                .iter()
                .map(|i| (number(&i.id), i.deprived, !i.right()))
                .collect(),
            income: g.income_verdict,
            at,
        }
    }
}

#[derive(Debug, Clone)]
struct Person {
    trainee: Trainee,
    joined_at: i64,
    last_seen: i64,
    /// Per scenario of the class, in order.
    answers: Vec<Option<Scored>>,
}

impl Person {
    fn done(&self) -> usize {
        self.answers.iter().flatten().count()
    }
    fn points(&self) -> (u64, u64) {
        self.answers.iter().flatten().fold((0, 0), |(p, m), s| {
            (p + u64::from(s.points), m + u64::from(s.max))
        })
    }
}

/// Counters of one indicator over the last answers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorStat {
    pub id: String,
    /// Answers that judged it.
    pub cases: u64,
    /// Deprived, not marked.
    pub missed: u64,
    /// Marked, not deprived.
    pub false_marks: u64,
}

impl IndicatorStat {
    pub fn wrong(&self) -> u64 {
        self.missed + self.false_marks
    }
}

/// A place's trainees and their score.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceStat {
    pub province: String,
    pub district: String,
    /// Empty in the districts' list.
    pub commune: String,
    pub trainees: u64,
    pub answers: u64,
    pub points: u64,
    pub max: u64,
}

impl PlaceStat {
    pub fn percent(&self) -> u32 {
        crate::training::report::percent(self.points, self.max)
    }
}

/// One scenario's figures, as Moodle's quiz statistics give them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioStat {
    pub id: String,
    pub answered: u64,
    /// Answers with the right class.
    pub class_right: u64,
    /// Answers with full marks.
    pub fully_right: u64,
    /// Mean score in percent: the facility index.
    pub facility: Option<u32>,
    /// Correlation (×100) between this scenario's score and the rest of the trainee's score:
    /// how well the scenario tells stronger trainees from weaker ones (Moodle's discrimination
    /// index). `None` below `MIN_FOR_DISCRIMINATION` trainees.
    pub discrimination: Option<i32>,
}

/// How a trainee is doing, for the status board.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Silent for `IDLE_SECONDS` or more without finishing: the trainer looks first.
    Idle,
    /// Joined, no answer yet.
    Waiting,
    Answering,
    Finished,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraineeRow {
    pub id: i64,
    pub name: String,
    pub commune: String,
    pub district: String,
    pub province: String,
    pub status: Status,
    /// Server clock, Unix seconds.
    pub joined_at: i64,
    pub done: usize,
    pub points: u64,
    pub max: u64,
    /// Seconds since the trainee was last heard from.
    pub silent_seconds: i64,
}

impl TraineeRow {
    pub fn percent(&self) -> u32 {
        crate::training::report::percent(self.points, self.max)
    }
}

/// A wrong class and how often it was given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassMistake {
    /// `None`: no class given.
    pub given: Option<Class>,
    pub correct: Class,
    pub count: u64,
}

/// Counts by status.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    pub joined: u64,
    pub waiting: u64,
    pub answering: u64,
    pub idle: u64,
    pub finished: u64,
    pub answers: u64,
    /// Mean over trainees with at least one answer.
    pub mean_percent: Option<u32>,
}

/// What the console shows, taken at one moment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Console {
    /// Bumps on every change; a screen redraws only when it moves.
    pub version: u64,
    pub scenario_count: usize,
    pub totals: Totals,
    /// Idle first (longest silent first), then waiting, answering and finished; at most
    /// `MAX_ROWS`.
    pub trainees: Vec<TraineeRow>,
    /// Most often wrong first.
    pub indicators: Vec<IndicatorStat>,
    /// Most frequent first.
    pub class_mistakes: Vec<ClassMistake>,
    /// Weakest first (the ones to explain again), then by name in natural order.
    pub communes: Vec<PlaceStat>,
    pub districts: Vec<PlaceStat>,
    /// In the class's order.
    pub scenarios: Vec<ScenarioStat>,
    /// Trainees with at least one answer by score: 0–9 %, 10–19 %, …, 90–100 %.
    pub histogram: [u64; 10],
}

/// The figures of one class.
#[derive(Debug, Clone, Default)]
pub struct Live {
    scenario_ids: Vec<String>,
    position: HashMap<String, usize>,
    people: HashMap<i64, Person>,
    /// Indicator ids by number, as scored answers keep them.
    indicator_ids: Vec<String>,
    indicators: BTreeMap<String, IndicatorStat>,
    mistakes: BTreeMap<(Option<Class>, Class), u64>,
    answers: u64,
    version: u64,
}

/// The number of indicator `id` in `ids`, added if new.
fn number(ids: &mut Vec<String>, id: &str) -> u16 {
    let n = ids.iter().position(|i| i == id).unwrap_or_else(|| {
        ids.push(id.to_owned());
        ids.len() - 1
    });
    u16::try_from(n).unwrap_or(u16::MAX)
}

impl Live {
    /// Figures for a class of these scenarios, in order.
    pub fn new(scenario_ids: Vec<String>) -> Self {
        let position = scenario_ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.clone(), i))
            .collect();
        Self {
            scenario_ids,
            position,
            ..Self::default()
        }
    }

    /// Adds scenarios after those of the class (ids it has are passed over): a console over
    /// results files learns them file by file.
    pub fn add_scenarios<'i>(&mut self, ids: impl IntoIterator<Item = &'i str>) {
        for id in ids {
            if !self.position.contains_key(id) {
                self.position.insert(id.to_owned(), self.scenario_ids.len());
                self.scenario_ids.push(id.to_owned());
            }
        }
    }

    pub fn version(&self) -> u64 {
        self.version
    }

    pub fn trainee_count(&self) -> usize {
        self.people.len()
    }

    /// A trainee joined (or joined again: then only the time they were last heard from moves).
    pub fn joined(&mut self, id: i64, trainee: &Trainee, at: i64) {
        let n = self.scenario_ids.len();
        let p = self.people.entry(id).or_insert_with(|| Person {
            trainee: trainee.clone(),
            joined_at: at,
            last_seen: at,
            answers: vec![None; n],
        });
        p.last_seen = p.last_seen.max(at);
        self.version += 1;
    }

    /// The trainee was heard from.
    pub fn seen(&mut self, id: i64, at: i64) {
        if let Some(p) = self.people.get_mut(&id)
            && at > p.last_seen
        {
            p.last_seen = at;
            self.version += 1;
        }
    }

    /// A scored answer of trainee `id` to `scenario_id`, received at `at`. An answer older than the
    /// one counted (a replay, or another server's row read late) changes nothing. Returns whether
    /// it counted.
    pub fn answered(&mut self, id: i64, scenario_id: &str, grade: &Grade, at: i64) -> bool {
        let (Some(&pos), Some(p)) = (self.position.get(scenario_id), self.people.get_mut(&id)) else {
            return false;
        };
        p.last_seen = p.last_seen.max(at);
        if p.answers.len() <= pos {
            // Scenarios added since the trainee joined.
            p.answers.resize(self.scenario_ids.len(), None);
        }
        if p.answers[pos].as_ref().is_some_and(|old| old.at > at) {
            return false;
        }
        let ids = &mut self.indicator_ids;
        let new = Scored::of(grade, at, |id| number(ids, id));
        let old = p.answers[pos].replace(new.clone());
        if let Some(old) = old {
            self.count(&old, -1);
        }
        self.count(&new, 1);
        self.version += 1;
        true
    }

    fn count(&mut self, s: &Scored, sign: i64) {
        let add = |n: &mut u64| *n = n.saturating_add_signed(sign);
        add(&mut self.answers);
        for &(n, deprived, wrong) in &s.judged {
            let Some(id) = self.indicator_ids.get(usize::from(n)) else {
                continue;
            };
            let stat = self
                .indicators
                .entry(id.clone())
                .or_insert_with(|| IndicatorStat {
                    id: id.clone(),
                    ..IndicatorStat::default()
                });
            add(&mut stat.cases);
            if wrong {
                // Marked though not deprived, or deprived and not marked.
                if deprived {
                    add(&mut stat.missed);
                } else {
                    add(&mut stat.false_marks);
                }
            }
        }
        if !s.class_right {
            add(self.mistakes.entry((s.class_given, s.class_correct)).or_default());
        }
    }

    /// The console at `now` (server clock).
    pub fn console(&self, now: i64) -> Console {
        let mut rows: Vec<TraineeRow> = self.people.iter().map(|(id, p)| self.row(*id, p, now)).collect();
        let totals = self.totals(&rows);
        let histogram = histogram(&rows);
        rows.sort_by(|a, b| {
            (a.status, -a.silent_seconds, a.percent(), &a.name).cmp(&(
                b.status,
                -b.silent_seconds,
                b.percent(),
                &b.name,
            ))
        });
        rows.truncate(MAX_ROWS);
        let mut indicators: Vec<IndicatorStat> = self.indicators.values().cloned().collect();
        indicators.sort_by(|a, b| b.wrong().cmp(&a.wrong()).then_with(|| a.id.cmp(&b.id)));
        let mut class_mistakes: Vec<ClassMistake> = self
            .mistakes
            .iter()
            .filter(|(_, n)| **n > 0)
            .map(|((given, correct), count)| ClassMistake {
                given: *given,
                correct: *correct,
                count: *count,
            })
            .collect();
        class_mistakes.sort_by_key(|m| std::cmp::Reverse(m.count));
        let (communes, districts) = self.places();
        Console {
            version: self.version,
            scenario_count: self.scenario_ids.len(),
            totals,
            trainees: rows,
            indicators,
            class_mistakes,
            communes,
            districts,
            scenarios: self.scenario_stats(),
            histogram,
        }
    }

    fn row(&self, id: i64, p: &Person, now: i64) -> TraineeRow {
        let done = p.done();
        let silent = (now - p.last_seen).max(0);
        let status = if done == self.scenario_ids.len() && done > 0 {
            Status::Finished
        } else if silent >= IDLE_SECONDS {
            Status::Idle
        } else if done == 0 {
            Status::Waiting
        } else {
            Status::Answering
        };
        let (points, max) = p.points();
        TraineeRow {
            id,
            name: p.trainee.name.clone(),
            commune: p.trainee.commune.clone(),
            district: p.trainee.district.clone(),
            province: p.trainee.province.clone(),
            status,
            joined_at: p.joined_at,
            done,
            points,
            max,
            silent_seconds: silent,
        }
    }

    fn totals(&self, rows: &[TraineeRow]) -> Totals {
        let mut t = Totals {
            joined: rows.len() as u64,
            answers: self.answers,
            ..Totals::default()
        };
        for r in rows {
            match r.status {
                Status::Idle => t.idle += 1,
                Status::Waiting => t.waiting += 1,
                Status::Answering => t.answering += 1,
                Status::Finished => t.finished += 1,
            }
        }
        let scored: Vec<u32> = rows
            .iter()
            .filter(|r| r.done > 0)
            .map(TraineeRow::percent)
            .collect();
        t.mean_percent = (!scored.is_empty()).then(|| {
            u32::try_from(scored.iter().map(|p| u64::from(*p)).sum::<u64>() / scored.len() as u64)
                .unwrap_or(0)
        });
        t
    }

    fn places(&self) -> (Vec<PlaceStat>, Vec<PlaceStat>) {
        let mut communes: BTreeMap<(String, String, String), PlaceStat> = BTreeMap::new();
        let mut districts: BTreeMap<(String, String), PlaceStat> = BTreeMap::new();
        for p in self.people.values() {
            let t = &p.trainee;
            let (points, max) = p.points();
            let answers = p.done() as u64;
            for stat in [
                communes
                    .entry((t.province.clone(), t.district.clone(), t.commune.clone()))
                    .or_insert_with(|| PlaceStat {
                        province: t.province.clone(),
                        district: t.district.clone(),
                        commune: t.commune.clone(),
                        ..PlaceStat::default()
                    }),
                districts
                    .entry((t.province.clone(), t.district.clone()))
                    .or_insert_with(|| PlaceStat {
                        province: t.province.clone(),
                        district: t.district.clone(),
                        ..PlaceStat::default()
                    }),
            ] {
                stat.trainees += 1;
                stat.answers += answers;
                stat.points += points;
                stat.max += max;
            }
        }
        let rank = |mut v: Vec<PlaceStat>| {
            v.sort_by(|a, b| {
                let key = |p: &PlaceStat| (p.max == 0, p.percent());
                key(a).cmp(&key(b)).then_with(|| {
                    natural_cmp(&a.commune, &b.commune).then_with(|| natural_cmp(&a.district, &b.district))
                })
            });
            v
        };
        (
            rank(communes.into_values().collect()),
            rank(districts.into_values().collect()),
        )
    }

    fn scenario_stats(&self) -> Vec<ScenarioStat> {
        self.scenario_ids
            .iter()
            .enumerate()
            .map(|(pos, id)| {
                let mut pairs = Vec::new();
                let (mut answered, mut class_right, mut fully, mut points, mut max) =
                    (0u64, 0u64, 0u64, 0u64, 0u64);
                for p in self.people.values() {
                    let Some(Some(s)) = p.answers.get(pos) else {
                        continue;
                    };
                    answered += 1;
                    class_right += u64::from(s.class_right);
                    fully += u64::from(s.points == s.max);
                    points += u64::from(s.points);
                    max += u64::from(s.max);
                    let (tp, tm) = p.points();
                    let rest_max = tm - u64::from(s.max);
                    if rest_max > 0 {
                        let item = f64::from(s.points) / f64::from(s.max.max(1));
                        let rest = (tp - u64::from(s.points)) as f64 / rest_max as f64;
                        pairs.push((item, rest));
                    }
                }
                ScenarioStat {
                    id: id.clone(),
                    answered,
                    class_right,
                    fully_right: fully,
                    facility: (answered > 0).then(|| crate::training::report::percent(points, max)),
                    discrimination: (pairs.len() >= MIN_FOR_DISCRIMINATION)
                        .then(|| correlation(&pairs))
                        .flatten()
                        .map(|r| (r * 100.0).round() as i32),
                }
            })
            .collect()
    }
}

fn histogram(rows: &[TraineeRow]) -> [u64; 10] {
    let mut h = [0u64; 10];
    for r in rows.iter().filter(|r| r.done > 0) {
        h[(r.percent() as usize / 10).min(9)] += 1;
    }
    h
}

/// Pearson's correlation; `None` when either side does not vary.
fn correlation(pairs: &[(f64, f64)]) -> Option<f64> {
    let n = pairs.len() as f64;
    let (mx, my) = pairs
        .iter()
        .fold((0.0, 0.0), |(a, b), (x, y)| (a + x / n, b + y / n));
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (x, y) in pairs {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
        syy += (y - my) * (y - my);
    }
    (sxx > 1e-12 && syy > 1e-12).then(|| sxy / (sxx * syy).sqrt())
}

/// Text order in which numbers count as numbers: "Xã 2" before "Xã 10".
pub fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    let mut x = a.chars().peekable();
    let mut y = b.chars().peekable();
    loop {
        match (x.peek().copied(), y.peek().copied()) {
            (None, None) => return std::cmp::Ordering::Equal,
            (None, Some(_)) => return std::cmp::Ordering::Less,
            (Some(_), None) => return std::cmp::Ordering::Greater,
            (Some(c), Some(d)) if c.is_ascii_digit() && d.is_ascii_digit() => {
                let take = |it: &mut std::iter::Peekable<std::str::Chars<'_>>| {
                    let mut s = String::new();
                    while let Some(c) = it.peek().copied().filter(char::is_ascii_digit) {
                        s.push(c);
                        it.next();
                    }
                    s
                };
                let (m, n) = (take(&mut x), take(&mut y));
                let (m, n) = (m.trim_start_matches('0'), n.trim_start_matches('0'));
                let o = m.len().cmp(&n.len()).then_with(|| m.cmp(n));
                if o != std::cmp::Ordering::Equal {
                    return o;
                }
            }
            (Some(c), Some(d)) => {
                let o = c.cmp(&d);
                if o != std::cmp::Ordering::Equal {
                    return o;
                }
                x.next();
                y.next();
            }
        }
    }
}
