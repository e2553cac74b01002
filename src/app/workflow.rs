//! The app's side of the training service: applying a screen's `Action` at the end of the frame,
//! and after each change of the session writing its results file (atomically) and remembering it
//! in the settings. What happens next is the service's decision (`training::Service`).

use web_time::Instant;

use super::{Action, App, Mode, Screen, debrief, scenario_screen, write_results_worded};
use crate::rules::grading::Answer;
use crate::training::service::Next;

impl App {
    /// Reopens the session whose results file the settings point to, where the trainee was (a
    /// scenario gone from the library since is skipped).
    pub(super) fn resume(&mut self) {
        let Some(path) = self.settings.active_session.clone() else {
            return;
        };
        let Ok(text) = crate::platform::read_text(&path) else {
            return;
        };
        let Ok(r) = crate::training::session::parse_results(&path.display().to_string(), &text) else {
            return;
        };
        // A finished session is taken up again only to send the answers of its live class that
        // still wait.
        let unsent = r.class.as_ref().is_some_and(|c| !c.waiting.is_empty());
        if !crate::training::service::is_running(&r) && !unsent {
            return;
        }
        // The home screen starts from the resumed session's standard and mode (the session
        // itself keeps its own, in its results).
        self.choice.standard_id = r.session.standard.clone();
        self.choice.mode = r.session.mode;
        let at = self.service.resume(r);
        self.results_path = Some(path);
        if self.service.results().is_some_and(|r| r.class.is_some()) {
            // A live class: answers still waiting are sent as soon as the server answers.
            let ctx = self.egui_ctx.clone();
            self.connect_class(&ctx);
        }
        if let Some(id) = at {
            self.screen = self.open(&id);
        }
    }

    /// Starts a new session (ending any other) over these scenarios; its results file is written
    /// at once, and after every answer.
    pub(super) fn start_session(
        &mut self,
        source: crate::training::session::SessionSource,
        mode: Mode,
        scenario_ids: Vec<String>,
        time_limit_minutes: Option<u32>,
    ) {
        let Some(trainee) = self.trainee() else { return };
        let plan = crate::training::service::Plan {
            mode,
            standard: self.choice.standard_id.clone(),
            source,
            scenario_ids,
            time_limit_minutes,
        };
        // Two sessions started in the same second by the same trainee get different files.
        let dir = self.config.places.results.clone();
        let results = self.service.start(trainee, plan, |r| {
            dir.as_ref()
                .is_some_and(|d| crate::platform::exists(&d.join(r.file_name())))
        });
        self.results_path = dir.map(|d| d.join(results.file_name()));
        self.settings.active_session = self.results_path.clone();
        self.save_settings();
        self.persist();
    }

    /// Writes the session's results file (atomically). A failure is shown, never silent.
    pub(super) fn persist(&mut self) {
        let (Some(r), Some(path)) = (self.service.results(), &self.results_path) else {
            return;
        };
        // The village (another process) may have recorded visits and campaigns in the same file:
        // keep them.
        let r = crate::store::results::merged(path, r, crate::store::results::Writer::App);
        let (ok, text) = write_results_worded(&self.texts, path, &r, "session-exported");
        self.save_error = (!ok).then_some(text);
    }

    /// Ends the session in progress: its file is kept, marked finished.
    pub(super) fn finish_session(&mut self) {
        self.service.finish();
        self.persist();
        // A live class's answers that still wait keep the file to be taken up at the next start.
        let unsent = self
            .service
            .results()
            .and_then(|r| r.class.as_ref())
            .is_some_and(|c| !c.waiting.is_empty());
        if !unsent {
            self.settings.active_session = None;
        }
        self.save_settings();
    }

    /// Opens scenario `id`, starting a library session if none is running, and remembers the
    /// position so that a restart comes back here.
    pub(super) fn open(&mut self, id: &str) -> Screen {
        if self.service.running().is_none() && self.trainee().is_some() {
            let all = self.scenarios_for_standard();
            self.start_session(
                crate::training::session::SessionSource::Library,
                self.choice.mode,
                all,
                None,
            );
        }
        if self.service.open(id) {
            self.persist();
        }
        self.scenario_opened = Some(Instant::now());
        Self::scenario_screen(id)
    }

    /// The library's scenarios a trainee classifies under the chosen standard.
    pub(super) fn scenarios_for_standard(&self) -> Vec<String> {
        self.service
            .library
            .ids_for_standard(&self.service.standards, &self.choice.standard_id)
    }

    pub(super) fn scenario_screen(id: &str) -> Screen {
        Screen::Scenario(Box::new(scenario_screen::ScenarioScreen::new(id)))
    }

    /// Starts an exam over `scenarios`; the screen of the first one.
    pub(super) fn start_exam_from(
        &mut self,
        source: crate::training::session::SessionSource,
        scenarios: Vec<String>,
        time_limit_minutes: Option<u32>,
    ) -> Option<Screen> {
        self.start_session(source, Mode::Exam, scenarios, time_limit_minutes);
        self.scenario_opened = Some(Instant::now());
        let first = self.service.current()?.id().to_owned();
        Some(Self::scenario_screen(&first))
    }

    /// Applies what a screen asked for, at the end of the frame.
    pub(super) fn apply(&mut self, action: Action) {
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
                let ids = self.service.regenerate(seed, &focus, count, &standard);
                if practice {
                    let source = crate::training::session::SessionSource::Random {
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
                let next = self.page_join().unwrap_or(Screen::Home);
                self.navigate(next);
            }
            Action::ReloadScenarios => self.reload_user_scenarios(),
            Action::OpenVillage(id) => self.open_village(&id),
            Action::JoinedClass(server, joined) => {
                let ctx = self.egui_ctx.clone();
                self.joined_class(server, *joined, &ctx);
            }
        }
    }

    /// Starts the village in its own process: this program again, with `village`, the chosen
    /// village, standard, mode and language, and the session's results file (visits go there).
    fn open_village(&mut self, id: &str) {
        let mut args = vec![
            "village".to_owned(),
            "--builtin".to_owned(),
            id.to_owned(),
            "--standard".to_owned(),
            self.choice.standard_id.clone(),
            "--lang".to_owned(),
            self.texts.lang().code().to_owned(),
        ];
        if self.choice.mode == Mode::Exam {
            args.push("--exam".to_owned());
        }
        if let (Some(_), Some(path)) = (self.service.running(), &self.results_path) {
            args.push("--results".to_owned());
            args.push(path.display().to_string());
        }
        let result = match &self.config.open_village {
            Some(open) => open(&args),
            None => crate::platform::open_village(&args),
        };
        self.home.village_message = Some(match result {
            Ok(()) => (true, self.texts.get("home-village-opening")),
            Err(e) => (
                false,
                self.texts
                    .get_args("home-village-failed", &[("reason", e.to_string().into())]),
            ),
        });
    }

    /// Records a submitted answer; the next screen as the session's mode says.
    fn submit(&mut self, id: &str, answer: Answer) -> Screen {
        let seconds = self.scenario_opened.map_or(0, |t| t.elapsed().as_secs());
        let next = self.service.answer(id, &answer, seconds).unwrap_or(Next::Debrief);
        if self.class.is_some() {
            // Kept in the results file first (written just below), then sent.
            self.queue_for_class(id, &answer, seconds);
        }
        self.persist();
        match next {
            Next::Debrief => Screen::Debrief(debrief::DebriefScreen::new(id.to_owned(), answer, false)),
            Next::Scenario(next) => {
                self.scenario_opened = Some(Instant::now());
                Self::scenario_screen(&next)
            }
            Next::Finished => {
                self.finish_session();
                // In a live exam the results wait until the trainer releases them.
                let held = self
                    .class
                    .as_ref()
                    .is_some_and(|l| !l.state.as_ref().is_some_and(|s| s.feedback));
                if held {
                    Screen::ClassWait(super::class::wait::Wait::Results)
                } else {
                    Screen::ExamSummary
                }
            }
        }
    }
}
