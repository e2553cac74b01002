//! The training service every shell uses: the scenario library keyed by scenario id (each entry
//! with its origin), and the course of a session — start, open, answer, resume, finish — with the
//! results file (`session::Results`) as its single source of truth: mode, standard, scenario list
//! and position are read from it, never mirrored. Time comes from an injected `Clock`, so tests
//! drive the exam time limit.
//!
//! Architecture invariant: no GUI, no printing and no file access — the shells load the files
//! (`load`) and write the results (atomically); this module decides what happens next.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::grading::Answer;
use crate::scenario::Scenario;
use crate::session::{Results, SessionInfo, SessionMode, SessionSource, Trainee, Try, session_id};
use crate::source::FormatError;
use crate::standard::StandardSet;

/// Where a scenario of the library came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Shipped with the program.
    Builtin,
    /// A trainer's file in the scenarios folder.
    User(PathBuf),
    /// Made by the generator in this run (random practice, or again from a results file).
    Generated,
}

/// One scenario of the library, with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub scenario: Scenario,
    pub origin: Origin,
}

impl Entry {
    pub fn id(&self) -> &str {
        &self.scenario.scenario.id
    }
}

/// The scenarios a trainee can open, each id once. Screens hold ids, never positions, so that a
/// reload of the trainers' folder cannot make them point at another scenario.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Library {
    entries: Vec<Entry>,
}

impl Library {
    /// The built-in scenarios, and the errors of those that do not parse (none, by the tests).
    pub fn builtin(standards: &StandardSet) -> (Self, Vec<FormatError>) {
        let (scenarios, errors) = crate::builtin::scenarios(standards);
        let mut library = Self::default();
        for s in scenarios {
            library.insert(s, Origin::Builtin);
        }
        (library, errors)
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id() == id)
    }

    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        self.get(id).map(|e| &e.scenario)
    }

    pub fn contains(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Adds a scenario; one with the same id is replaced where it stands.
    pub fn insert(&mut self, scenario: Scenario, origin: Origin) {
        let entry = Entry { scenario, origin };
        match self.entries.iter_mut().find(|e| e.id() == entry.id()) {
            Some(e) => *e = entry,
            None => self.entries.push(entry),
        }
    }

    /// Puts the trainers' folder in the library anew: the scenarios of the last reading go (a
    /// built-in one a trainer's file had replaced comes back), then `found` comes in, replacing
    /// built-in scenarios with the same id.
    pub fn set_user_scenarios(&mut self, builtin: &[Scenario], found: Vec<(PathBuf, Scenario)>) {
        self.entries.retain_mut(|e| match e.origin {
            Origin::User(_) => match builtin.iter().find(|b| b.scenario.id == e.scenario.scenario.id) {
                Some(b) => {
                    e.scenario = b.clone();
                    e.origin = Origin::Builtin;
                    true
                }
                None => false,
            },
            _ => true,
        });
        for (path, s) in found {
            self.insert(s, Origin::User(path));
        }
    }

    /// The ids of the scenarios a trainee classifies under the standard `standard_id`.
    pub fn ids_for_standard(&self, standards: &StandardSet, standard_id: &str) -> Vec<String> {
        self.entries
            .iter()
            .filter(|e| {
                e.scenario
                    .standard_in(standards)
                    .is_some_and(|s| s.id == standard_id)
            })
            .map(|e| e.id().to_owned())
            .collect()
    }
}

/// Unix seconds, from wherever the shell says.
pub trait Clock: Send + Sync {
    fn now(&self) -> u64;
}

/// The system clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> u64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs())
    }
}

/// A clock that moves only when told to (tests; every clone shows the same time).
#[derive(Debug, Clone, Default)]
pub struct ManualClock(Arc<AtomicU64>);

impl ManualClock {
    pub fn at(seconds: u64) -> Self {
        Self(Arc::new(AtomicU64::new(seconds)))
    }

    pub fn advance(&self, seconds: u64) {
        self.0.fetch_add(seconds, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> u64 {
        self.0.load(Ordering::SeqCst)
    }
}

/// What a new session holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub mode: SessionMode,
    pub standard: String,
    pub source: SessionSource,
    pub scenario_ids: Vec<String>,
    /// Minutes; `None` or 0: no limit.
    pub time_limit_minutes: Option<u32>,
}

/// A new session's results, at position 0, started now. `taken(id)` says whether a session id is
/// already used (a results file of that name exists), so that two sessions never share one.
pub fn start(trainee: Trainee, plan: Plan, now: u64, taken: impl Fn(&Results) -> bool) -> Results {
    let mut info = SessionInfo {
        id: session_id(now, 1),
        started_at: now,
        mode: plan.mode,
        standard: plan.standard,
        source: plan.source,
        time_limit_minutes: plan.time_limit_minutes.filter(|m| *m > 0),
        scenario_ids: plan.scenario_ids,
        position: 0,
        finished: false,
    };
    let mut n = 1;
    loop {
        let r = Results::new(trainee.clone(), info.clone());
        if !taken(&r) || n >= 1000 {
            return r;
        }
        n += 1;
        info.id = session_id(now, n);
    }
}

/// Seconds left of the session's time limit (negative once it has passed); `None`: no limit.
pub fn seconds_left(r: &Results, now: u64) -> Option<i64> {
    let limit = i64::from(r.session.time_limit_minutes?) * 60;
    let elapsed = i64::try_from(now.saturating_sub(r.session.started_at)).unwrap_or(i64::MAX);
    Some(limit.saturating_sub(elapsed))
}

/// True while the session can still take answers.
pub fn is_running(r: &Results) -> bool {
    !r.session.finished
}

/// The scenario the trainee is on, if it is in the library; otherwise the next one after it that
/// is (a scenario gone from the library since the session started is skipped).
pub fn current<'l>(r: &Results, library: &'l Library) -> Option<&'l Entry> {
    r.session
        .scenario_ids
        .iter()
        .skip(r.session.position)
        .find_map(|id| library.get(id))
}

/// Where the trainee is, for "Tình huống 2/5": (1-based position, number of scenarios).
pub fn progress(r: &Results, id: &str) -> Option<(usize, usize)> {
    let i = r.session.scenario_ids.iter().position(|x| x == id)?;
    Some((i + 1, r.session.scenario_ids.len()))
}

/// Marks `id` as the scenario the trainee is on (a restart comes back to it). True when the
/// position moved (the file should be written).
pub fn open(r: &mut Results, id: &str) -> bool {
    match r.session.scenario_ids.iter().position(|x| x == id) {
        Some(pos) if pos != r.session.position => {
            r.session.position = pos;
            true
        }
        _ => false,
    }
}

/// What comes after an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// Practice: the debrief of the scenario just answered.
    Debrief,
    /// Exam: the next scenario.
    Scenario(String),
    /// Exam: the last scenario was answered or the time is up; the session is finished.
    Finished,
}

/// Records an answer to `scenario` (classified under `standard_id`), `seconds` after it was
/// opened, and says what comes next. In an exam the position moves past the scenario; the
/// session finishes after the last one or once the time limit has passed.
pub fn answer(
    r: &mut Results,
    library: &Library,
    scenario: &Scenario,
    standard_id: &str,
    answer: &Answer,
    seconds: u64,
    now: u64,
) -> Next {
    let out_of_time = seconds_left(r, now).is_some_and(|s| s <= 0);
    r.record(
        scenario,
        standard_id,
        Try {
            submitted_at: now,
            seconds,
            income_per_person_month_vnd: answer.income_per_person_month_vnd,
            deprived: answer.deprived.iter().cloned().collect(),
            class: answer.class,
        },
    );
    if r.session.mode == SessionMode::Practice {
        return Next::Debrief;
    }
    if let Some(i) = r
        .session
        .scenario_ids
        .iter()
        .position(|x| *x == scenario.scenario.id)
    {
        r.session.position = r.session.position.max(i + 1);
    }
    match current(r, library) {
        Some(next) if !out_of_time => Next::Scenario(next.id().to_owned()),
        _ => {
            r.session.finished = true;
            Next::Finished
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::SessionSource;

    fn setup() -> (StandardSet, Library) {
        let set = StandardSet::builtin().expect("standards");
        let (library, errors) = Library::builtin(&set);
        assert!(errors.is_empty());
        (set, library)
    }

    fn trainee() -> Trainee {
        Trainee {
            name: "Lò Thị Hoa".into(),
            commune: "Xã Nà Tấu".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_trainers_file_replaces_a_builtin_scenario_in_place_and_gives_it_back() {
        let (set, mut library) = setup();
        let (builtin, _) = crate::builtin::scenarios(&set);
        let id = builtin[3].scenario.id.clone();
        let before: Vec<String> = library.iter().map(|e| e.id().to_owned()).collect();
        let mut mine = builtin[3].clone();
        mine.scenario.title.vi = "Bản của giảng viên".into();
        library.set_user_scenarios(&builtin, vec![(PathBuf::from("a.toml"), mine)]);
        let after: Vec<String> = library.iter().map(|e| e.id().to_owned()).collect();
        assert_eq!(before, after, "same ids, same order");
        assert_eq!(
            library.get(&id).map(|e| &e.origin),
            Some(&Origin::User("a.toml".into()))
        );
        // The file is gone at the next reading: the built-in scenario is back.
        library.set_user_scenarios(&builtin, Vec::new());
        assert_eq!(library.get(&id).map(|e| &e.origin), Some(&Origin::Builtin));
        assert_eq!(library.len(), before.len());
    }

    #[test]
    fn an_exam_moves_on_skips_what_is_missing_and_finishes() {
        let (set, library) = setup();
        let ids = library.ids_for_standard(&set, "2022-2025");
        let plan = Plan {
            mode: SessionMode::Exam,
            standard: "2022-2025".into(),
            source: SessionSource::Library,
            scenario_ids: vec![ids[0].clone(), "gone".into(), ids[1].clone()],
            time_limit_minutes: Some(30),
        };
        let mut r = start(trainee(), plan, 1_000, |_| false);
        assert_eq!(current(&r, &library).map(Entry::id), Some(ids[0].as_str()));
        assert_eq!(seconds_left(&r, 1_000 + 60), Some(29 * 60));
        let s0 = library.scenario(&ids[0]).expect("first").clone();
        let next = answer(&mut r, &library, &s0, "2022-2025", &Answer::default(), 60, 1_060);
        assert_eq!(next, Next::Scenario(ids[1].clone()), "the missing one is skipped");
        assert_eq!(progress(&r, &ids[1]), Some((3, 3)));
        let s1 = library.scenario(&ids[1]).expect("second").clone();
        let next = answer(&mut r, &library, &s1, "2022-2025", &Answer::default(), 60, 1_120);
        assert_eq!(next, Next::Finished);
        assert!(r.session.finished);
        assert_eq!(r.answers.len(), 2);
    }

    #[test]
    fn session_ids_never_collide() {
        let plan = Plan {
            mode: SessionMode::Practice,
            standard: "2022-2025".into(),
            source: SessionSource::Library,
            scenario_ids: Vec::new(),
            time_limit_minutes: None,
        };
        let taken = ["1000".to_owned(), "1000-2".to_owned()];
        let r = start(trainee(), plan, 1_000, |r| taken.contains(&r.session.id));
        assert_eq!(r.session.id, "1000-3");
    }
}
