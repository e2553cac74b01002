//! The desktop app (eframe/egui): a thin shell over the domain core. Screens are small structs
//! with their own state and one `ui` method; navigation is the `Screen` enum.
//!
//! Architecture invariant: no rule is decided here. Screens ask `assess`, `grading` and
//! `compare`, and word the results through `explain` and Fluent.

mod dashboard;
mod debrief;
mod editor;
mod exam_summary;
mod home;
mod household_card;
mod identity;
mod library;
mod random;
mod rubric;
mod scenario_screen;
mod settings;
mod style;
mod unsaved;

use std::path::PathBuf;
use std::time::Instant;

use eframe::egui;

use crate::grading::{Answer, Grade, Rubric, grade};
use crate::i18n::{Lang, Texts};
use crate::standard::{Standard, StandardSet};
use crate::training::Library;

pub use settings::Settings;

/// Practice gives feedback after each scenario and allows a retry; an exam holds all feedback
/// back until the whole set is submitted. The same value is written into results files.
pub use crate::session::SessionMode as Mode;

/// The places of the top bar, in its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Route {
    Home,
    Library,
    Random,
    Editor,
    Dashboard,
    Rubric,
}

impl Route {
    const ALL: [Route; 6] = [
        Route::Home,
        Route::Library,
        Route::Random,
        Route::Editor,
        Route::Dashboard,
        Route::Rubric,
    ];

    /// The Fluent id of its label in the top bar.
    fn label_id(self) -> &'static str {
        match self {
            Route::Home => "app-nav-home",
            Route::Library => "app-nav-library",
            Route::Random => "app-nav-random",
            Route::Editor => "app-nav-editor",
            Route::Dashboard => "app-nav-dashboard",
            Route::Rubric => "app-nav-rubric",
        }
    }

    /// The top-bar place a screen belongs to (none for a scenario, a debrief, …).
    fn of(screen: &Screen) -> Option<Route> {
        match screen {
            Screen::Home => Some(Route::Home),
            Screen::Library(_) => Some(Route::Library),
            Screen::Random(_) => Some(Route::Random),
            Screen::Editor(_) => Some(Route::Editor),
            Screen::Dashboard(_) => Some(Route::Dashboard),
            Screen::Rubric => Some(Route::Rubric),
            _ => None,
        }
    }
}

/// What a screen asks for. Screens draw and answer with at most one action; `App` applies it at
/// the end of the frame (`apply`), so no workflow runs in the middle of drawing, and every move to
/// another screen passes the unsaved-changes guard.
enum Action {
    /// Another screen.
    Go(Screen),
    /// Open a scenario of the library (a library session starts if none is running).
    Open(String),
    /// An answer submitted to a scenario.
    Submit(String, Answer),
    /// Answer a scenario again (practice), starting from the previous answer.
    Retry(String, Answer),
    /// An exam over these scenarios.
    StartExam {
        source: crate::session::SessionSource,
        ids: Vec<String>,
        time_limit_minutes: Option<u32>,
    },
    /// A practice session over these scenarios, opened at the first.
    StartPractice {
        source: crate::session::SessionSource,
        ids: Vec<String>,
    },
    /// Make (again) the households of a random set; in practice, start a session over them.
    Generate {
        seed: u64,
        focus: crate::generate::Focus,
        count: u32,
        practice: bool,
    },
    FinishSession,
    /// The trainee's name and place, then the home screen.
    SaveTrainee(crate::session::Trainee),
    /// The trainers' folder changed (the editor saved a file): read it again.
    ReloadScenarios,
}

/// Where the app is.
enum Screen {
    Home,
    Library(library::LibraryScreen),
    Scenario(Box<scenario_screen::ScenarioScreen>),
    Debrief(debrief::DebriefScreen),
    ExamSummary,
    Rubric,
    Random(random::RandomScreen),
    Editor(Box<editor::EditorScreen>),
    Identity(identity::IdentityScreen),
    Dashboard(Box<dashboard::DashboardScreen>),
}

pub use crate::training::Origin;

/// What the trainee has chosen on the home screen for the next session. A running session's own
/// mode and standard are read from its results, never from here.
struct Choice {
    standard_id: String,
    mode: Mode,
}

/// How the app is started: where settings and trainers' scenarios live (none in tests).
#[derive(Clone, Default)]
pub struct Config {
    pub settings_path: Option<PathBuf>,
    /// The trainers' scenarios: read into the library, and where the editor saves.
    pub scenarios_dir: Option<PathBuf>,
    /// Where session results are saved as they are submitted.
    pub results_dir: Option<PathBuf>,
    /// A trainee known in advance (tests); otherwise the settings' one, asked at the first start.
    pub trainee: Option<crate::session::Trainee>,
    /// Record and print the time to the first frame (`RASOAT_TIMING=1`).
    pub started: Option<Instant>,
    /// Where session times come from: the system clock, or a test's.
    pub clock: Option<std::sync::Arc<dyn crate::training::Clock>>,
}

pub struct App {
    settings: Settings,
    config: Config,
    texts: Texts,
    standards: StandardSet,
    /// The scenarios, by id, each with its origin.
    library: Library,
    /// Built-in scenarios that could not be read (none, by the tests), already worded.
    builtin_errors: Vec<String>,
    /// Files of the trainers' folder that could not be read, worded; found again on each reload.
    user_errors: Vec<String>,
    screen: Screen,
    /// A screen to go to once the trainer has decided about unsaved editor changes.
    pending_nav: Option<Screen>,
    /// The window is closing once the trainer has decided about unsaved editor changes.
    pending_close: bool,
    /// The session in progress: every submitted answer, saved at once to `results_path`.
    results: Option<crate::session::Results>,
    results_path: Option<PathBuf>,
    /// When the trainee opened the current scenario (for the time spent).
    scenario_opened: Option<Instant>,
    /// The last save that failed, worded (shown until a save succeeds).
    save_error: Option<String>,
    home: home::HomeState,
    choice: Choice,
    clock: std::sync::Arc<dyn crate::training::Clock>,
    first_frame_done: bool,
    /// Each language's own name for the language switch, worded once.
    language_names: Vec<(Lang, String)>,
}

impl App {
    /// Builds the app: fonts, style and the library. Used by `run` and by the UI tests.
    pub fn new(ctx: &egui::Context, config: Config) -> Self {
        style::install_fonts(ctx);
        style::apply(ctx);
        let settings = config
            .settings_path
            .as_deref()
            .map(Settings::load)
            .unwrap_or_default();
        let texts = Texts::new(settings.lang);
        let standards = StandardSet::builtin().unwrap_or_else(|_| StandardSet::empty());
        let (library, errors) = Library::builtin(&standards);
        let builtin_errors = errors
            .iter()
            .map(|e| crate::explain::error_text(&texts, e))
            .collect();
        let clock = config
            .clock
            .clone()
            .unwrap_or_else(|| std::sync::Arc::new(crate::training::SystemClock));
        let default_standard = standards
            .get("2022-2025")
            .or_else(|| standards.all().first())
            .map(|s| s.id.clone())
            .unwrap_or_default();
        Self {
            settings,
            config,
            texts,
            standards,
            library,
            builtin_errors,
            user_errors: Vec::new(),
            screen: Screen::Home,
            pending_nav: None,
            pending_close: false,
            results: None,
            results_path: None,
            scenario_opened: None,
            save_error: None,
            home: home::HomeState::default(),
            choice: Choice {
                standard_id: default_standard,
                mode: Mode::Practice,
            },
            clock,
            first_frame_done: false,
            language_names: Lang::ALL
                .into_iter()
                .map(|l| (l, Texts::new(l).get("language-name")))
                .collect(),
        }
        .with_user_scenarios()
        .with_resumed_session()
    }

    /// Asks who the trainee is at the first start; reopens a session a crash interrupted.
    fn with_resumed_session(mut self) -> Self {
        if self.trainee().is_none() {
            self.screen = Screen::Identity(identity::IdentityScreen::new(self.settings.trainee.clone()));
            return self;
        }
        self.resume();
        self
    }

    /// The trainee, once known.
    pub fn trainee(&self) -> Option<crate::session::Trainee> {
        self.config
            .trainee
            .clone()
            .or_else(|| self.settings.trainee.clone())
            .filter(|t| t.is_complete())
    }

    fn save_settings(&mut self) {
        if let Some(path) = &self.config.settings_path
            && let Err(e) = self.settings.save(path)
        {
            self.save_error = Some(self.texts.get_args(
                "session-save-failed",
                &[
                    ("file", path.display().to_string().into()),
                    ("reason", e.to_string().into()),
                ],
            ));
        }
    }

    /// Reopens the session whose results file the settings point to, where the trainee was (a
    /// scenario gone from the library since is skipped).
    fn resume(&mut self) {
        let Some(path) = self.settings.active_session.clone() else {
            return;
        };
        let Ok(text) = crate::files::read_text(&path) else {
            return;
        };
        let Ok(r) = crate::session::parse_results(&path.display().to_string(), &text) else {
            return;
        };
        if !crate::training::is_running(&r) {
            return;
        }
        if let crate::session::SessionSource::Random { seed, focus } = &r.session.source {
            self.regenerate(
                *seed,
                &crate::generate::Focus::parse(focus),
                r.session.scenario_ids.len() as u32,
                &r.session.standard,
            );
        }
        let at = crate::training::current(&r, &self.library).map(|e| e.id().to_owned());
        self.results = Some(r);
        self.results_path = Some(path);
        if let Some(id) = at {
            self.screen = self.open(&id);
        }
    }

    /// Makes (again) the households of a random set, adds those the library lacks, and returns
    /// their ids.
    fn regenerate(
        &mut self,
        seed: u64,
        focus: &crate::generate::Focus,
        count: u32,
        standard_id: &str,
    ) -> Vec<String> {
        let Some(standard) = self.standards.get(standard_id).cloned() else {
            return Vec::new();
        };
        let Ok(names) = crate::generate::parse_names("names.toml", crate::generate::BUILTIN_NAMES) else {
            return Vec::new();
        };
        let (vi, en) = (Texts::new(Lang::Vi), Texts::new(Lang::En));
        (0..count)
            .map(|i| {
                let d = crate::generate::draft(seed, i, &standard, focus, &names);
                let s = crate::compose::scenario(&d, &standard, &names, &vi, &en);
                let id = s.scenario.id.clone();
                if !self.library.contains(&id) {
                    self.library.insert(s, Origin::Generated);
                }
                id
            })
            .collect()
    }

    /// Starts a new session (ending any other) over these scenarios; its results file is written
    /// at once, and after every answer.
    fn start_session(
        &mut self,
        source: crate::session::SessionSource,
        mode: Mode,
        scenario_ids: Vec<String>,
        time_limit_minutes: Option<u32>,
    ) {
        let Some(trainee) = self.trainee() else { return };
        let plan = crate::training::Plan {
            mode,
            standard: self.choice.standard_id.clone(),
            source,
            scenario_ids,
            time_limit_minutes,
        };
        // Two sessions started in the same second by the same trainee get different files.
        let dir = self.config.results_dir.clone();
        let results = crate::training::start(trainee, plan, self.clock.now(), |r| {
            dir.as_ref().is_some_and(|d| d.join(r.file_name()).exists())
        });
        self.results_path = dir.map(|d| d.join(results.file_name()));
        self.results = Some(results);
        self.settings.active_session = self.results_path.clone();
        self.save_settings();
        self.persist();
    }

    /// Writes the session's results file (atomically). A failure is shown, never silent.
    fn persist(&mut self) {
        let (Some(r), Some(path)) = (&self.results, &self.results_path) else {
            return;
        };
        let (ok, text) = write_results_worded(&self.texts, path, r, "session-exported");
        self.save_error = (!ok).then_some(text);
    }

    /// Ends the session in progress: its file is kept, marked finished.
    fn finish_session(&mut self) {
        if let Some(r) = &mut self.results {
            r.session.finished = true;
        }
        self.persist();
        self.settings.active_session = None;
        self.save_settings();
    }

    /// Seconds left of the running session's time limit (None: no limit).
    fn seconds_left(&self) -> Option<i64> {
        let r = self.results.as_ref().filter(|r| crate::training::is_running(r))?;
        crate::training::seconds_left(r, self.clock.now())
    }

    /// The running session's mode (practice when there is none).
    fn session_mode(&self) -> Mode {
        self.results
            .as_ref()
            .filter(|r| crate::training::is_running(r))
            .map_or(Mode::Practice, |r| r.session.mode)
    }

    /// The last answer submitted to scenario `id` in this session (the results file holds them).
    fn last_answer(&self, id: &str) -> Option<Answer> {
        self.results.as_ref()?.last_answer(id)
    }

    /// Opens scenario `id`, starting a library session if none is running, and remembers the
    /// position so that a restart comes back here.
    fn open(&mut self, id: &str) -> Screen {
        if self
            .results
            .as_ref()
            .is_none_or(|r| !crate::training::is_running(r))
            && self.trainee().is_some()
        {
            let all = self
                .library
                .ids_for_standard(&self.standards, &self.choice.standard_id);
            self.start_session(
                crate::session::SessionSource::Library,
                self.choice.mode,
                all,
                None,
            );
        }
        if let Some(r) = &mut self.results
            && crate::training::open(r, id)
        {
            self.persist();
        }
        self.scenario_opened = Some(Instant::now());
        Self::scenario_screen(id)
    }

    fn with_user_scenarios(mut self) -> Self {
        self.reload_user_scenarios();
        self
    }

    /// Reads (again) the trainers' scenarios folder into the library.
    fn reload_user_scenarios(&mut self) {
        self.user_errors.clear();
        let found = match self.config.scenarios_dir.clone() {
            // A folder that does not exist yet (nothing saved so far) is no error.
            Some(dir) if dir.exists() => {
                let (found, bad) = crate::load::user_scenarios(&dir, &self.standards);
                self.user_errors = bad.iter().map(|e| e.text(&self.texts)).collect();
                found
            }
            _ => Vec::new(),
        };
        let (builtin, _) = crate::builtin::scenarios(&self.standards);
        self.library.set_user_scenarios(&builtin, found);
    }

    /// Goes to `target`, unless the editor holds unsaved changes: then asks first.
    fn navigate(&mut self, target: Screen) {
        match &self.screen {
            Screen::Editor(e) if e.is_dirty() => self.pending_nav = Some(target),
            _ => self.screen = target,
        }
    }

    fn has_unsaved_work(&self) -> bool {
        matches!(&self.screen, Screen::Editor(e) if e.is_dirty())
    }

    fn set_lang(&mut self, lang: Lang) {
        if self.settings.lang == lang {
            return;
        }
        self.settings.lang = lang;
        self.texts = Texts::new(lang);
        if let Some(path) = &self.config.settings_path {
            // A settings file that cannot be written is not worth interrupting a trainee for;
            // the choice still holds for this run.
            let _ = self.settings.save(path);
        }
    }

    /// The standard chosen for the next session (the library lists its scenarios).
    fn standard(&self) -> Option<&Standard> {
        self.standards.get(&self.choice.standard_id)
    }

    /// The library's scenarios a trainee classifies under the chosen standard.
    fn scenarios_for_standard(&self) -> Vec<String> {
        self.library
            .ids_for_standard(&self.standards, &self.choice.standard_id)
    }

    fn grade_of(&self, id: &str, answer: &Answer) -> Option<Grade> {
        let s = self.library.scenario(id)?;
        let standard = s.standard_in(&self.standards)?;
        let a = crate::assess::assess(&s.household, standard);
        Some(grade(answer, &a, &Rubric::STANDARD))
    }

    fn scenario_screen(id: &str) -> Screen {
        Screen::Scenario(Box::new(scenario_screen::ScenarioScreen::new(id)))
    }

    fn start_exam_from(
        &mut self,
        source: crate::session::SessionSource,
        scenarios: Vec<String>,
        time_limit_minutes: Option<u32>,
    ) -> Option<Screen> {
        self.start_session(source, Mode::Exam, scenarios, time_limit_minutes);
        self.scenario_opened = Some(Instant::now());
        let first = crate::training::current(self.results.as_ref()?, &self.library)?
            .id()
            .to_owned();
        Some(Self::scenario_screen(&first))
    }

    /// Applies what a screen asked for, at the end of the frame.
    fn apply(&mut self, action: Action) {
        match action {
            Action::Go(screen) => self.navigate(screen),
            Action::Open(id) => {
                let screen = self.open(&id);
                self.navigate(screen);
            }
            Action::Submit(id, answer) => {
                let screen = self.submit(&id, answer);
                self.navigate(screen);
            }
            Action::Retry(id, answer) => {
                self.scenario_opened = Some(Instant::now());
                self.navigate(Screen::Scenario(Box::new(
                    scenario_screen::ScenarioScreen::from_answer(&id, &answer),
                )));
            }
            Action::StartExam {
                source,
                ids,
                time_limit_minutes,
            } => {
                if let Some(screen) = self.start_exam_from(source, ids, time_limit_minutes) {
                    self.navigate(screen);
                }
            }
            Action::StartPractice { source, ids } => {
                let first = ids.first().cloned();
                self.start_session(source, Mode::Practice, ids, None);
                if let Some(first) = first {
                    let screen = self.open(&first);
                    self.navigate(screen);
                }
            }
            Action::Generate {
                seed,
                focus,
                count,
                practice,
            } => {
                let standard = self.choice.standard_id.clone();
                let ids = self.regenerate(seed, &focus, count, &standard);
                if practice {
                    let source = crate::session::SessionSource::Random {
                        seed,
                        focus: focus.as_string(),
                    };
                    self.start_session(source, Mode::Practice, ids, None);
                }
            }
            Action::FinishSession => self.finish_session(),
            Action::SaveTrainee(trainee) => {
                self.settings.trainee = Some(trainee);
                self.save_settings();
                self.navigate(Screen::Home);
            }
            Action::ReloadScenarios => self.reload_user_scenarios(),
        }
    }

    /// Records a submitted answer; the next screen as the session's mode says.
    fn submit(&mut self, id: &str, answer: Answer) -> Screen {
        let Some(scenario) = self.library.scenario(id).cloned() else {
            return Screen::Home;
        };
        let seconds = self.scenario_opened.map_or(0, |t| t.elapsed().as_secs());
        let standard = scenario
            .standard_in(&self.standards)
            .map(|s| s.id.clone())
            .unwrap_or_default();
        let now = self.clock.now();
        let next = match &mut self.results {
            Some(r) => crate::training::answer(r, &self.library, &scenario, &standard, &answer, seconds, now),
            None => crate::training::Next::Debrief,
        };
        self.persist();
        match next {
            crate::training::Next::Debrief => {
                Screen::Debrief(debrief::DebriefScreen::new(id.to_owned(), answer, false))
            }
            crate::training::Next::Scenario(next) => {
                self.scenario_opened = Some(Instant::now());
                Self::scenario_screen(&next)
            }
            crate::training::Next::Finished => {
                self.finish_session();
                Screen::ExamSummary
            }
        }
    }

    fn top_bar(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("top-bar").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                ui.label(style::strong(self.texts.get("app-short-title")).size(20.0));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let mut chosen = None;
                    for (lang, name) in self.language_names.iter().rev() {
                        if ui.selectable_label(self.settings.lang == *lang, name).clicked() {
                            chosen = Some(*lang);
                        }
                    }
                    if let Some(lang) = chosen {
                        self.set_lang(lang);
                    }
                    ui.label(self.texts.get("app-language"));
                });
            });
            // Until the trainee is known, answers could not be saved: no way round the question.
            if self.trainee().is_none() {
                ui.add_space(4.0);
                return;
            }
            ui.horizontal_wrapped(|ui| {
                let here = Route::of(&self.screen);
                for route in Route::ALL {
                    let label = self.texts.get(route.label_id());
                    if ui.selectable_label(here == Some(route), label).clicked() && here != Some(route) {
                        let screen = match route {
                            Route::Home => Screen::Home,
                            Route::Library => Screen::Library(library::LibraryScreen::default()),
                            Route::Random => Screen::Random(random::RandomScreen::new()),
                            Route::Editor => {
                                Screen::Editor(Box::new(editor::EditorScreen::new_scenario(&self.texts)))
                            }
                            Route::Dashboard => {
                                Screen::Dashboard(Box::new(dashboard::DashboardScreen::new(self)))
                            }
                            Route::Rubric => Screen::Rubric,
                        };
                        self.navigate(screen);
                    }
                }
            });
            if let Some(e) = &self.save_error {
                ui.colored_label(style::verdict_color(false), e);
            }
            ui.add_space(4.0);
        });
    }
}

impl App {
    /// Opens the scenario with this id (as a click in the library would). False when there is
    /// no such scenario.
    pub fn show_scenario(&mut self, id: &str) -> bool {
        if !self.library.contains(id) {
            return false;
        }
        self.screen = Self::scenario_screen(id);
        true
    }

    /// One frame of the whole app, in any `Ui` (the window's, or a headless one in benches).
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        if !self.first_frame_done {
            self.first_frame_done = true;
            if let Some(start) = self.config.started {
                // Diagnostics for developers (RASOAT_TIMING=1), not shown to trainees.
                eprintln!("rasoat: first frame after {} ms", start.elapsed().as_millis());
            }
        }
        self.guard_close(ui.ctx());
        self.top_bar(ui);
        self.unsaved_modal(ui.ctx());
        egui::CentralPanel::default().show(ui, |ui| {
            // The screen draws itself and may ask for another; the move goes through `navigate`,
            // so the unsaved-changes question guards every transition.
            let screen = std::mem::replace(&mut self.screen, Screen::Home);
            let (current, action) = match screen {
                Screen::Home => (Screen::Home, home::ui(self, ui)),
                Screen::Library(mut s) => {
                    let next = s.ui(self, ui);
                    (Screen::Library(s), next)
                }
                Screen::Scenario(mut s) => {
                    let next = s.ui(self, ui);
                    (Screen::Scenario(s), next)
                }
                Screen::Debrief(mut s) => {
                    let next = s.ui(self, ui);
                    (Screen::Debrief(s), next)
                }
                Screen::ExamSummary => {
                    let next = egui::ScrollArea::vertical()
                        .show(ui, |ui| self.exam_summary_ui(ui))
                        .inner;
                    (Screen::ExamSummary, next.map(Action::Go))
                }
                Screen::Rubric => {
                    egui::ScrollArea::vertical().show(ui, |ui| self.rubric_ui(ui));
                    (Screen::Rubric, None)
                }
                Screen::Random(mut s) => {
                    let next = s.ui(self, ui);
                    (Screen::Random(s), next)
                }
                Screen::Editor(mut s) => {
                    let next = s.ui(self, ui);
                    (Screen::Editor(s), next)
                }
                Screen::Identity(mut s) => {
                    let next = s.ui(self, ui);
                    (Screen::Identity(s), next)
                }
                Screen::Dashboard(mut s) => {
                    let next = s.ui(self, ui);
                    (Screen::Dashboard(s), next)
                }
            };
            self.screen = current;
            if let Some(action) = action {
                self.apply(action);
            }
        });
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }
}

/// Writes `contents` to `path` atomically and words the outcome: `done_id` (with `file`) when it
/// worked, the reason when it did not. The boolean says which.
fn write_worded(t: &Texts, path: &std::path::Path, contents: &[u8], done_id: &str) -> (bool, String) {
    let file = path.display().to_string();
    match crate::files::write_atomic(path, contents) {
        Ok(()) => (true, t.get_args(done_id, &[("file", file.into())])),
        Err(e) => (
            false,
            t.get_args(
                "session-save-failed",
                &[("file", file.into()), ("reason", e.to_string().into())],
            ),
        ),
    }
}

/// Writes a results file (atomically) and words the outcome; a file that cannot be serialised is
/// not written at all.
fn write_results_worded(
    t: &Texts,
    path: &std::path::Path,
    r: &crate::session::Results,
    done_id: &str,
) -> (bool, String) {
    match r.to_json() {
        Ok(json) => write_worded(t, path, json.as_bytes(), done_id),
        Err(e) => (
            false,
            t.get_args(
                "session-save-failed",
                &[
                    ("file", path.display().to_string().into()),
                    ("reason", e.to_string().into()),
                ],
            ),
        ),
    }
}

/// Opens the desktop app. Returns when the window is closed.
pub fn run() -> eframe::Result {
    let started = Instant::now();
    let dirs = directories::ProjectDirs::from("vn", "rasoat", "rasoat");
    let config = Config {
        settings_path: dirs.as_ref().map(|d| d.config_dir().join("settings.toml")),
        scenarios_dir: dirs.as_ref().map(|d| d.data_dir().join("scenarios")),
        results_dir: dirs.as_ref().map(|d| d.data_dir().join("results")),
        trainee: None,
        started: std::env::var_os("RASOAT_TIMING").map(|_| started),
        clock: None,
    };
    let title = Texts::new(
        config
            .settings_path
            .as_deref()
            .map(Settings::load)
            .unwrap_or_default()
            .lang,
    )
    .get("app-title");
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(title)
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([900.0, 600.0]),
        system_font_fallback: false,
        ..Default::default()
    };
    eframe::run_native(
        "rasoat",
        options,
        Box::new(move |cc| Ok(Box::new(App::new(&cc.egui_ctx, config)))),
    )
}
