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

use crate::rules::grading::Answer;
use crate::rules::source::FormatError;
use crate::rules::standard::{Standard, StandardSet};
use crate::training::generate::{Draft, Names};
use crate::training::scenario::Scenario;
use crate::training::session::{Results, SessionInfo, SessionMode, SessionSource, Trainee, Try, session_id};

/// Where a scenario of the library came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Shipped with the program.
    Builtin,
    /// A trainer's file in the scenarios folder.
    User(PathBuf),
    /// Made by the generator in this run (random practice, or again from a results file).
    Generated,
    /// Sent with the live class of this code.
    Class(String),
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
        let (scenarios, errors) = crate::training::builtin::scenarios(standards);
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

    /// Adds scenarios as `insert` does one by one, in linear time (a province's folder holds tens
    /// of thousands).
    pub fn insert_all(&mut self, scenarios: impl IntoIterator<Item = (Scenario, Origin)>) {
        let mut at: std::collections::HashMap<String, usize> = self
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id().to_owned(), i))
            .collect();
        for (scenario, origin) in scenarios {
            let entry = Entry { scenario, origin };
            match at.get(entry.id()) {
                Some(&i) => self.entries[i] = entry,
                None => {
                    at.insert(entry.id().to_owned(), self.entries.len());
                    self.entries.push(entry);
                }
            }
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
    standard: &crate::rules::standard::Standard,
    answer: &Answer,
    seconds: u64,
    now: u64,
) -> Next {
    let out_of_time = seconds_left(r, now).is_some_and(|s| s <= 0);
    r.record_under(
        scenario,
        standard,
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

/// The training service a shell holds: the standards, the library, the session in progress (its
/// results) and the clock. The app (and the village) call it and keep only what they draw; they
/// write `results()` to disk after each method that changes them (`start`, `resume`, `open` when it
/// returns true, `answer`, `finish`).
/// Words a generated household into a scenario (its title, story and learning points). The
/// service is handed one by its caller, so that training never calls the words
/// (`words::compose::in_both_languages` is the shells' one).
pub type Compose = Arc<dyn Fn(&Draft, &Standard, &Names) -> Scenario + Send + Sync>;

pub struct Service {
    pub standards: StandardSet,
    pub library: Library,
    results: Option<Results>,
    clock: Arc<dyn Clock>,
    compose: Compose,
}

impl std::fmt::Debug for Service {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Service")
            .field("library", &self.library.len())
            .field("results", &self.results.as_ref().map(|r| &r.session.id))
            .finish_non_exhaustive()
    }
}

impl Service {
    pub fn new(standards: StandardSet, library: Library, clock: Arc<dyn Clock>, compose: Compose) -> Self {
        Self {
            standards,
            library,
            results: None,
            clock,
            compose,
        }
    }

    pub fn now(&self) -> u64 {
        self.clock.now()
    }

    /// The last session's results, finished or not.
    pub fn results(&self) -> Option<&Results> {
        self.results.as_ref()
    }

    /// The session in progress, if any.
    pub fn running(&self) -> Option<&Results> {
        self.results.as_ref().filter(|r| is_running(r))
    }

    /// The running session's mode (practice when there is none).
    pub fn mode(&self) -> SessionMode {
        self.running().map_or(SessionMode::Practice, |r| r.session.mode)
    }

    /// Starts a new session (the previous one is left as it is). `taken` says whether a session
    /// id is already used.
    pub fn start(&mut self, trainee: Trainee, plan: Plan, taken: impl Fn(&Results) -> bool) -> &Results {
        let r = start(trainee, plan, self.now(), taken);
        self.results.insert(r)
    }

    /// Takes up a session read from its file (after a crash or a restart): the households of a
    /// random set are made again; returns the scenario to open, if the session is still running.
    /// A finished session of a live class is taken up too (its answers still waiting are sent),
    /// with nothing to open.
    pub fn resume(&mut self, r: Results) -> Option<String> {
        if !is_running(&r) && r.class.is_none() {
            return None;
        }
        if let SessionSource::Random { seed, focus } = &r.session.source {
            let (seed, focus) = (*seed, crate::training::generate::Focus::parse(focus));
            let count = u32::try_from(r.session.scenario_ids.len()).unwrap_or(u32::MAX);
            let standard = r.session.standard.clone();
            self.regenerate(seed, &focus, count, &standard);
        }
        if let Some(link) = &r.class {
            // A class's scenarios travel in its results file: a restart needs no network.
            let _ = self.add_class_scenarios(&link.code, &link.scenarios);
        }
        let at = current(&r, &self.library).map(|e| e.id().to_owned());
        self.results = Some(r);
        at
    }

    /// Puts a live class's scenarios into the library (each replaces any with its id); their ids
    /// in order, or the first file that does not read.
    pub fn add_class_scenarios(
        &mut self,
        code: &str,
        files: &[crate::training::classroom::protocol::ScenarioFile],
    ) -> Result<Vec<String>, FormatError> {
        let mut ids = Vec::new();
        for f in files {
            let text = crate::rules::text::nfc(&f.text);
            let s = crate::training::scenario::parse_scenario(&f.name, &text, &self.standards)?;
            ids.push(s.scenario.id.clone());
            self.library.insert(s, Origin::Class(code.to_owned()));
        }
        Ok(ids)
    }

    /// Starts the session of a live class just joined: the class's scenarios in its order, and
    /// every answer the server already holds for this trainee recorded again (a trainee joining
    /// again, on this PC or another, resumes with all of them).
    pub fn start_class(
        &mut self,
        trainee: Trainee,
        server: &str,
        joined: &crate::training::classroom::protocol::Joined,
        taken: impl Fn(&Results) -> bool,
    ) -> Result<&Results, FormatError> {
        let code = joined.state.code.clone();
        let ids = self.add_class_scenarios(&code, &joined.scenarios)?;
        let name = format!("{code} {}", joined.state.title).trim().to_owned();
        let plan = Plan {
            mode: joined.state.mode,
            standard: joined.state.standard.clone(),
            source: SessionSource::Set { name },
            scenario_ids: ids,
            time_limit_minutes: None,
        };
        let mut r = start(trainee, plan, self.now(), taken);
        let mut link = crate::training::classroom::outbox::ClassLink::new(
            server.to_owned(),
            code,
            joined.trainee_id,
            joined.secret.clone(),
        );
        link.scenarios = joined.scenarios.clone();
        for receipt in &joined.receipts {
            let Some(scenario) = self.library.scenario(&receipt.scenario_id).cloned() else {
                continue;
            };
            let Some(standard) = scenario.standard_in(&self.standards).cloned() else {
                continue;
            };
            let at = u64::try_from(receipt.received_at).unwrap_or(0);
            answer(
                &mut r,
                &self.library,
                &scenario,
                &standard,
                &receipt.answer,
                receipt.seconds,
                at,
            );
            link.accept(receipt);
        }
        r.class = Some(link);
        Ok(self.results.insert(r))
    }

    /// The live class of the running session, to record what was sent.
    pub fn class_mut(&mut self) -> Option<&mut crate::training::classroom::outbox::ClassLink> {
        self.results.as_mut().and_then(|r| r.class.as_mut())
    }

    /// Makes (again) the households of a random set, adds those the library lacks, and returns
    /// their ids.
    pub fn regenerate(
        &mut self,
        seed: u64,
        focus: &crate::training::generate::Focus,
        count: u32,
        standard_id: &str,
    ) -> Vec<String> {
        let Some(standard) = self.standards.get(standard_id).cloned() else {
            return Vec::new();
        };
        let Ok(names) =
            crate::training::generate::parse_names("names.toml", crate::training::generate::BUILTIN_NAMES)
        else {
            return Vec::new();
        };
        (0..count)
            .map(|i| {
                let d = crate::training::generate::draft(seed, i, &standard, focus, &names);
                let s = (self.compose)(&d, &standard, &names);
                let id = s.scenario.id.clone();
                if !self.library.contains(&id) {
                    self.library.insert(s, Origin::Generated);
                }
                id
            })
            .collect()
    }

    /// Marks `id` as the scenario the trainee is on; true when the results changed.
    pub fn open(&mut self, id: &str) -> bool {
        self.results
            .as_mut()
            .filter(|r| is_running(r))
            .is_some_and(|r| open(r, id))
    }

    /// Records an answer to scenario `id`, `seconds` after it was opened; what comes next.
    /// `None` when there is no such scenario or no session.
    pub fn answer(&mut self, id: &str, given: &Answer, seconds: u64) -> Option<Next> {
        let scenario = self.library.scenario(id)?.clone();
        let standard = scenario.standard_in(&self.standards)?.clone();
        let now = self.now();
        let r = self.results.as_mut()?;
        Some(answer(
            r,
            &self.library,
            &scenario,
            &standard,
            given,
            seconds,
            now,
        ))
    }

    /// Ends the session in progress; true when there was one.
    pub fn finish(&mut self) -> bool {
        match self.results.as_mut().filter(|r| is_running(r)) {
            Some(r) => {
                r.session.finished = true;
                true
            }
            None => false,
        }
    }

    /// Seconds left of the running session's time limit (None: no limit).
    pub fn seconds_left(&self) -> Option<i64> {
        seconds_left(self.running()?, self.now())
    }

    /// The scenario the running session is on (a missing one skipped).
    pub fn current(&self) -> Option<&Entry> {
        current(self.running()?, &self.library)
    }

    /// The last answer given to scenario `id` in the last session.
    pub fn last_answer(&self, id: &str) -> Option<Answer> {
        self.results.as_ref()?.last_answer(id)
    }

    /// The score of `answer` to scenario `id`, recomputed with the engine.
    pub fn grade_of(&self, id: &str, given: &Answer) -> Option<crate::rules::grading::Grade> {
        let s = self.library.scenario(id)?;
        let standard = s.standard_in(&self.standards)?;
        let a = crate::rules::assess::assess(&s.household, standard);
        Some(crate::rules::grading::grade(
            given,
            &a,
            &crate::rules::grading::Rubric::STANDARD,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::training::session::SessionSource;

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
        let (builtin, _) = crate::training::builtin::scenarios(&set);
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
        let next = answer(
            &mut r,
            &library,
            &s0,
            set.get("2022-2025").expect("standard"),
            &Answer::default(),
            60,
            1_060,
        );
        assert_eq!(next, Next::Scenario(ids[1].clone()), "the missing one is skipped");
        assert_eq!(progress(&r, &ids[1]), Some((3, 3)));
        let s1 = library.scenario(&ids[1]).expect("second").clone();
        let next = answer(
            &mut r,
            &library,
            &s1,
            set.get("2022-2025").expect("standard"),
            &Answer::default(),
            60,
            1_120,
        );
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
