//! The desktop app (eframe/egui): a thin shell over the domain core. Screens are small structs
//! with their own state and one `ui` method; navigation is the `Screen` enum.
//!
//! Architecture invariant: no rule is decided here. Screens ask `assess`, `grading` and
//! `compare`, and word the results through `explain` and Fluent.

mod class;
mod dashboard;
mod debrief;
pub(crate) mod dialogs;
mod editor;
mod exam_summary;
mod home;
mod household_card;
mod identity;
mod library;
mod random;
mod rubric;
mod scenario_screen;

mod unsaved;
mod workflow;

use std::path::PathBuf;
use web_time::Instant;

use eframe::egui;

use crate::rules::grading::Answer;
use crate::rules::standard::{Standard, StandardSet};
use crate::training::service::Service;
use crate::words::i18n::{Lang, Texts};

pub use crate::store::places::Places;
pub use crate::store::settings::Settings;

/// Practice gives feedback after each scenario and allows a retry; an exam holds all feedback
/// back until the whole set is submitted. The same value is written into results files.
pub use crate::training::session::SessionMode as Mode;

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
            Screen::Dashboard(_) | Screen::Console(_) => Some(Route::Dashboard),
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
        source: crate::training::session::SessionSource,
        ids: Vec<String>,
        time_limit_minutes: Option<u32>,
    },
    /// A practice session over these scenarios, opened at the first.
    StartPractice {
        source: crate::training::session::SessionSource,
        ids: Vec<String>,
    },
    /// Make (again) the households of a random set; in practice, start a session over them.
    Generate {
        seed: u64,
        focus: crate::training::generate::Focus,
        count: u32,
        practice: bool,
    },
    FinishSession,
    /// The trainee's name and place, then the home screen.
    SaveTrainee(crate::training::session::Trainee),
    /// The trainers' folder changed (the editor saved a file): read it again.
    ReloadScenarios,
    /// Open the village simulation (its own window and process) on this built-in village.
    OpenVillage(String),
    /// A live class was joined on this server: its session starts.
    JoinedClass(String, Box<crate::training::classroom::protocol::Joined>),
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
    /// Joining a live class.
    Join(Box<class::join::JoinScreen>),
    /// In a live class: the lobby, or the exam's results not yet released.
    ClassWait(class::wait::Wait),
    /// The trainer's live class: open, watch, run.
    Console(Box<class::console::ConsoleScreen>),
}

pub use crate::training::service::Origin;

/// What a screen sees: the words, the training service (read only), the settings, and the
/// home screen's choice and form, which it may change. Anything else a screen wants done it asks
/// for with an `Action`. The fields are named as `App`'s, whose disjoint parts they borrow.
pub(crate) struct Ctx<'a> {
    texts: &'a Texts,
    service: &'a Service,
    settings: &'a Settings,
    config: &'a Config,
    results_path: Option<&'a std::path::Path>,
    builtin_errors: &'a [String],
    user_errors: &'a [String],
    choice: &'a mut Choice,
    home: &'a mut home::HomeState,
}

impl Ctx<'_> {
    /// The trainee, once known.
    fn trainee(&self) -> Option<crate::training::session::Trainee> {
        trainee_of(self.config, self.settings)
    }

    /// The standard chosen for the next session (the library lists its scenarios).
    fn standard(&self) -> Option<&Standard> {
        self.service.standards.get(&self.choice.standard_id)
    }

    /// Seconds left of the running session's time limit (None: no limit).
    fn seconds_left(&self) -> Option<i64> {
        self.service.seconds_left()
    }

    /// The running session's mode (practice when there is none).
    fn session_mode(&self) -> Mode {
        self.service.mode()
    }

    /// The last answer submitted to scenario `id` in this session.
    fn last_answer(&self, id: &str) -> Option<Answer> {
        self.service.last_answer(id)
    }

    fn grade_of(&self, id: &str, answer: &Answer) -> Option<crate::rules::grading::Grade> {
        self.service.grade_of(id, answer)
    }

    /// The library's scenarios a trainee classifies under the chosen standard.
    fn scenarios_for_standard(&self) -> Vec<String> {
        self.service
            .library
            .ids_for_standard(&self.service.standards, &self.choice.standard_id)
    }
}

/// The trainee: the one the shell was started with (tests), else the settings' one, if complete.
fn trainee_of(config: &Config, settings: &Settings) -> Option<crate::training::session::Trainee> {
    config
        .trainee
        .clone()
        .or_else(|| settings.trainee.clone())
        .filter(|t| t.is_complete())
}

/// What the trainee has chosen on the home screen for the next session. A running session's own
/// mode and standard are read from its results, never from here.
struct Choice {
    standard_id: String,
    mode: Mode,
}

/// How the app is started: where settings and trainers' scenarios live (none in tests).
#[derive(Clone, Default)]
pub struct Config {
    /// The settings file, the trainers' scenarios (read into the library, and where the editor
    /// saves) and the results folder.
    pub places: Places,
    /// A trainee known in advance (tests); otherwise the settings' one, asked at the first start.
    pub trainee: Option<crate::training::session::Trainee>,
    /// Record and print the time to the first frame (`RASOAT_TIMING=1`).
    pub started: Option<Instant>,
    /// Where session times come from: the system clock, or a test's.
    pub clock: Option<std::sync::Arc<dyn crate::training::service::Clock>>,
    /// Starts the village (`rasoat village …` with these arguments); default: this program run
    /// again as its own process (winit allows one window loop a process). Tests record instead.
    pub open_village: Option<OpenVillage>,
}

/// Starts `rasoat village` with these arguments.
pub type OpenVillage = std::sync::Arc<dyn Fn(&[String]) -> std::io::Result<()> + Send + Sync>;

pub struct App {
    settings: Settings,
    config: Config,
    texts: Texts,
    /// The training service: standards, library, the session's results, the clock.
    service: Service,
    /// Built-in scenarios that could not be read (none, by the tests), already worded.
    builtin_errors: Vec<String>,
    /// Files of the trainers' folder that could not be read, worded; found again on each reload.
    user_errors: Vec<String>,
    screen: Screen,
    /// A screen to go to once the trainer has decided about unsaved editor changes.
    pending_nav: Option<Screen>,
    /// The window is closing once the trainer has decided about unsaved editor changes.
    pending_close: bool,
    /// Where the session's results are saved, at once after every change.
    results_path: Option<PathBuf>,
    /// When the trainee opened the current scenario (for the time spent).
    scenario_opened: Option<Instant>,
    /// The last save that failed, worded (shown until a save succeeds).
    save_error: Option<String>,
    home: home::HomeState,
    choice: Choice,
    first_frame_done: bool,
    /// Each language's own name for the language switch, worded once.
    language_names: Vec<(Lang, String)>,
    /// The live class of the running session, if it belongs to one.
    class: Option<class::Live>,
    /// The window's context (background work wakes it).
    egui_ctx: egui::Context,
}

impl App {
    /// Builds the app: fonts, style and the library. Used by `run` and by the UI tests.
    pub fn new(ctx: &egui::Context, config: Config) -> Self {
        rasoat_ui::style::install(ctx);
        let settings = config.places.settings();
        let texts = Texts::new(settings.lang);
        let standards = StandardSet::builtin().unwrap_or_else(|_| StandardSet::empty());
        // The trainers' folder is read once the app is built (`reload_user_scenarios`).
        let library = crate::store::library::read(&standards, None);
        let builtin_errors = library
            .builtin_errors
            .iter()
            .map(|e| crate::words::explain::error_text(&texts, e))
            .collect();
        let clock = config.clock.clone().unwrap_or_else(|| crate::platform::clock());
        let default_standard = standards
            .get("2022-2025")
            .or_else(|| standards.all().first())
            .map(|s| s.id.clone())
            .unwrap_or_default();
        Self {
            settings,
            config,
            texts,
            service: Service::new(
                standards,
                library.library,
                clock,
                crate::words::compose::in_both_languages(),
            ),
            builtin_errors,
            user_errors: Vec::new(),
            screen: Screen::Home,
            pending_nav: None,
            pending_close: false,
            results_path: None,
            scenario_opened: None,
            save_error: None,
            home: home::HomeState::default(),
            choice: Choice {
                standard_id: default_standard,
                mode: Mode::Practice,
            },
            first_frame_done: false,
            language_names: Lang::ALL
                .into_iter()
                .map(|l| (l, Texts::new(l).get("language-name")))
                .collect(),
            class: None,
            egui_ctx: ctx.clone(),
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
        if self.service.running().is_none()
            && let Some(join) = self.page_join()
        {
            self.screen = join;
        }
        self
    }

    /// A web page opened with a class code in its address (`/?lop=ABC123`) goes to the join
    /// form with the code filled in (`platform::page_class_code`; never on the desktop).
    fn page_join(&self) -> Option<Screen> {
        crate::platform::page_class_code()?;
        Some(Screen::Join(Box::new(class::join::JoinScreen::new(
            self.settings.class_server.clone(),
        ))))
    }

    /// The trainee, once known.
    pub fn trainee(&self) -> Option<crate::training::session::Trainee> {
        trainee_of(&self.config, &self.settings)
    }

    fn save_settings(&mut self) {
        if let Some(path) = &self.config.places.settings
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

    fn with_user_scenarios(mut self) -> Self {
        self.reload_user_scenarios();
        self
    }

    /// Reads (again) the trainers' scenarios folder into the library.
    fn reload_user_scenarios(&mut self) {
        let errors = crate::store::library::reload_trainers(
            &mut self.service.library,
            &self.service.standards,
            self.config.places.scenarios.as_deref(),
        );
        self.user_errors = errors.iter().map(|e| e.text(&self.texts)).collect();
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
        if let Some(path) = &self.config.places.settings {
            // A settings file that cannot be written is not worth interrupting a trainee for;
            // the choice still holds for this run.
            let _ = self.settings.save(path);
        }
    }

    fn top_bar(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("top-bar").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                ui.label(rasoat_ui::strong(self.texts.get("app-short-title")).size(20.0));
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
                // The editor reads and writes the trainers' files: the desktop's.
                let shown = Route::ALL
                    .into_iter()
                    .filter(|r| *r != Route::Editor || crate::platform::FOLDERS);
                for route in shown {
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
                                Screen::Dashboard(Box::new(dashboard::DashboardScreen::new(&self.config)))
                            }
                            Route::Rubric => Screen::Rubric,
                        };
                        self.navigate(screen);
                    }
                }
            });
            if let Some(e) = &self.save_error {
                ui.colored_label(rasoat_ui::verdict_color(false), e);
            }
            self.class_strip(ui);
            ui.add_space(4.0);
        });
    }
}

impl App {
    /// Opens the scenario with this id (as a click in the library would). False when there is
    /// no such scenario.
    pub fn show_scenario(&mut self, id: &str) -> bool {
        if !self.service.library.contains(id) {
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
        self.poll_class();
        self.top_bar(ui);
        self.unsaved_modal(ui.ctx());
        egui::CentralPanel::default().show(ui, |ui| {
            // The screen draws itself and may ask for another; the move goes through `navigate`,
            // so the unsaved-changes question guards every transition.
            let screen = std::mem::replace(&mut self.screen, Screen::Home);
            let mut ctx = Ctx {
                texts: &self.texts,
                service: &self.service,
                settings: &self.settings,
                config: &self.config,
                results_path: self.results_path.as_deref(),
                builtin_errors: &self.builtin_errors,
                user_errors: &self.user_errors,
                choice: &mut self.choice,
                home: &mut self.home,
            };
            let app = &mut ctx;
            let (current, action) = match screen {
                Screen::Home => (Screen::Home, home::ui(app, ui)),
                Screen::Library(mut s) => {
                    let next = s.ui(app, ui);
                    (Screen::Library(s), next)
                }
                Screen::Scenario(mut s) => {
                    let next = s.ui(app, ui);
                    (Screen::Scenario(s), next)
                }
                Screen::Debrief(mut s) => {
                    let next = s.ui(app, ui);
                    (Screen::Debrief(s), next)
                }
                Screen::ExamSummary => {
                    let next = egui::ScrollArea::vertical()
                        .show(ui, |ui| exam_summary::ui(app, ui))
                        .inner;
                    (Screen::ExamSummary, next.map(Action::Go))
                }
                Screen::Rubric => {
                    egui::ScrollArea::vertical().show(ui, |ui| rubric::ui(app, ui));
                    (Screen::Rubric, None)
                }
                Screen::Random(mut s) => {
                    let next = s.ui(app, ui);
                    (Screen::Random(s), next)
                }
                Screen::Editor(mut s) => {
                    let next = s.ui(app, ui);
                    (Screen::Editor(s), next)
                }
                Screen::Identity(mut s) => {
                    let next = s.ui(app, ui);
                    (Screen::Identity(s), next)
                }
                Screen::Dashboard(mut s) => {
                    let next = s.ui(app, ui);
                    (Screen::Dashboard(s), next)
                }
                Screen::Join(mut s) => {
                    let next = s.ui(app, ui);
                    (Screen::Join(s), next)
                }
                Screen::ClassWait(w) => (Screen::ClassWait(w), class::wait::ui(w, app, ui)),
                Screen::Console(mut s) => {
                    let next = s.ui(app, ui);
                    (Screen::Console(s), next)
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
    match crate::platform::write_atomic(path, contents) {
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
    r: &crate::training::session::Results,
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
#[cfg(not(target_arch = "wasm32"))]
pub fn run() -> eframe::Result {
    let started = Instant::now();
    let config = Config {
        places: crate::platform::places(),
        trainee: None,
        started: std::env::var_os("RASOAT_TIMING").map(|_| started),
        clock: None,
        open_village: None,
    };
    let title = Texts::new(config.places.settings().lang).get("app-title");
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(title)
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([900.0, 600.0]),
        // OpenGL: one GPU stack in the binary (bevy's wgpu draws the village).
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        "rasoat",
        options,
        Box::new(move |cc| Ok(Box::new(App::new(&cc.egui_ctx, config)))),
    )
}
