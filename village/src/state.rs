//! The village's state: which house is chosen, the visit in progress, the trainee's form and the
//! visits recorded in the results — the shell's model, kept free of drawing so that tests drive
//! it headless. Every fact, answer and score comes from the core (`visit`, `grading`).

use bevy::prelude::Resource;
use rasoat_core::field::procedure::{Action as Decision, Campaign, Kind, Refused, Stage};
use rasoat_core::field::village::{Home, VillageFile};

use crate::layout::{Layout, layout};
use rasoat_core::field::visit::{Catalogue, Refusal, Verdict, Visit, VisitMode, verdict};
use rasoat_core::rules::assess::{Class, assess};
use rasoat_core::rules::grading::Answer;
use rasoat_core::rules::standard::Standard;
use rasoat_core::training::session::{CampaignRecord, Try, VisitRecord};

/// What the right-hand side shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Walking the village.
    Map,
    /// In a household's yard: questions, looks and the notebook.
    Visit,
    /// The survey form.
    Form,
    /// The score, the debrief and the evidence.
    Verdict,
    /// How a visit is scored.
    Rubric,
    /// The review procedure: list, meeting, posting, recognition.
    Campaign,
}

/// The trainee's survey form while it is filled: the answer form every shell shows.
pub use rasoat_ui::answer::AnswerForm as Form;

/// How saving the results went, for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// Nothing to save yet.
    Nothing,
    Saved,
    /// Where the visit would go: no trainee and no session (the shell says how to fix it).
    NotRecorded,
    Failed(String),
}

pub use rasoat_core::training::villages::Persist;

#[derive(Resource)]
pub struct VillageState {
    pub file: VillageFile,
    pub homes: Vec<Home>,
    pub layout: Layout,
    pub standard: Standard,
    pub catalogue: Catalogue,
    pub mode: VisitMode,
    /// The house chosen on the map (by click or keyboard).
    pub selected: usize,
    pub screen: Screen,
    /// The visit of the chosen house, in progress or submitted.
    pub current: Option<usize>,
    /// Every visit of this village in this session, resumed ones included.
    pub records: Vec<VisitRecord>,
    /// Review campaigns of this village, resumed ones included; the last is the one in play.
    pub campaigns: Vec<CampaignRecord>,
    /// The campaign panel's choices before they are handed in.
    pub draft: crate::campaign::Draft,
    /// The last decision the campaign could not take (shown once).
    pub refused: Option<Refused>,
    pub form: Form,
    /// The last refusal (no time left), shown once.
    pub refusal: Option<Refusal>,
    pub saved: Saved,
    persist: Option<Persist>,
    /// Set by every change the map must show (the shell redraws then).
    pub changed: bool,
    pub english: bool,
}

impl VillageState {
    pub fn new(
        file: VillageFile,
        homes: Vec<Home>,
        standard: Standard,
        mode: VisitMode,
        previous: Vec<VisitRecord>,
        previous_campaigns: Vec<CampaignRecord>,
        persist: Option<Persist>,
    ) -> Self {
        let layout = layout(&file, &homes);
        let campaigns: Vec<CampaignRecord> = previous_campaigns
            .into_iter()
            .filter(|c| c.village == file.village.id && c.setup.standard == standard.id)
            .collect();

        let records: Vec<VisitRecord> = previous
            .into_iter()
            .filter(|r| {
                r.village == file.village.id
                    && r.standard == standard.id
                    && homes.iter().any(|h| h.id == r.home)
            })
            .collect();
        let saved = if persist.is_some() {
            Saved::Nothing
        } else {
            Saved::NotRecorded
        };
        VillageState {
            file,
            homes,
            layout,
            standard,
            catalogue: Catalogue::builtin(),
            mode,
            selected: 0,
            screen: Screen::Map,
            current: None,
            records,
            campaigns,
            draft: crate::campaign::Draft::default(),
            refused: None,
            form: Form::default(),
            refusal: None,
            saved,
            persist,
            changed: true,
            english: false,
        }
    }

    pub fn village_id(&self) -> &str {
        &self.file.village.id
    }

    /// The latest record of a home's visit.
    pub fn record_of(&self, home: usize) -> Option<&VisitRecord> {
        let id = &self.homes.get(home)?.id;
        self.records.iter().rev().find(|r| &r.home == id)
    }

    fn record_of_mut(&mut self, home: usize) -> Option<&mut VisitRecord> {
        let id = self.homes.get(home)?.id.clone();
        self.records.iter_mut().rev().find(|r| r.home == id)
    }

    /// A visit left unsubmitted (after a crash or a closed window), to resume first.
    pub fn unfinished(&self) -> Option<usize> {
        let r = self.records.iter().rev().find(|r| !r.submitted())?;
        self.homes.iter().position(|h| h.id == r.home)
    }

    /// Chooses the next (or previous) house: every house is reachable by keyboard alone.
    pub fn select_step(&mut self, forward: bool) {
        let n = self.homes.len();
        if n == 0 {
            return;
        }
        self.selected = if forward {
            (self.selected + 1) % n
        } else {
            (self.selected + n - 1) % n
        };
        self.changed = true;
    }

    pub fn select(&mut self, home: usize) {
        if home < self.homes.len() {
            self.selected = home;
            self.changed = true;
        }
    }

    /// Enters the chosen house: resumes its visit, or starts one (a submitted visit opens on its
    /// verdict).
    pub fn enter(&mut self, now: u64) {
        let i = self.selected;
        if i >= self.homes.len() {
            return;
        }
        self.current = Some(i);
        self.refusal = None;
        match self.record_of(i) {
            Some(r) if r.submitted() => {
                self.form = form_of(r);
                self.screen = Screen::Verdict;
            }
            Some(r) => {
                self.form = form_of(r);
                self.screen = Screen::Visit;
            }
            None => self.start_record(i, now),
        }
        self.changed = true;
    }

    /// A new visit of home `i`: its record, an empty form, the visit screen; saved at once.
    fn start_record(&mut self, i: usize, now: u64) {
        let Some(home) = self.homes.get(i) else { return };
        self.records.push(VisitRecord {
            id: format!("{}/{}/{now}", self.file.village.id, home.id),
            village: self.file.village.id.clone(),
            village_name: self.file.village.name.vi.clone(),
            home: home.id.clone(),
            standard: self.standard.id.clone(),
            mode: self.mode,
            started_at: now,
            household: home.household.clone(),
            hidden: home.hidden.clone(),
            actions: vec![],
            form: None,
        });
        self.form = Form::default();
        self.current = Some(i);
        self.screen = Screen::Visit;
        self.save();
    }

    /// Starts the chosen house's visit again after a verdict (a new record; the old one stays in
    /// the results).
    pub fn visit_again(&mut self, now: u64) {
        self.start_record(self.selected, now);
        self.changed = true;
    }

    /// Leaves the house for the map (the visit stays as it is, to resume).
    pub fn leave(&mut self) {
        self.screen = Screen::Map;
        self.current = None;
        self.changed = true;
    }

    /// The visit in progress, rebuilt from its record (a visit is its list of actions).
    pub fn visit(&self) -> Option<Visit<'_>> {
        let r = self.record_of(self.current?)?;
        Some(Visit::new(&r.household, &r.hidden, &self.catalogue, r.mode).replay(&r.actions))
    }

    /// Asks a question or takes a look; recorded at once.
    pub fn take(&mut self, action: &str) -> Result<(), Refusal> {
        let Some(i) = self.current else {
            return Err(Refusal::Unknown);
        };
        let mut v = self.visit().ok_or(Refusal::Unknown)?;
        match v.take(action) {
            Ok(_) => {
                let taken = v.taken().to_vec();
                if let Some(r) = self.record_of_mut(i) {
                    r.actions = taken;
                }
                self.refusal = None;
                self.save();
                self.changed = true;
                Ok(())
            }
            Err(e) => {
                self.refusal = Some(e);
                Err(e)
            }
        }
    }

    pub fn open_form(&mut self) {
        if self.current.is_some() {
            self.screen = Screen::Form;
            self.changed = true;
        }
    }

    /// Hands in the form: recorded, then the verdict.
    pub fn submit(&mut self, now: u64, seconds: u64) {
        let Some(i) = self.current else { return };
        let answer = self.form.answer();
        if let Some(r) = self.record_of_mut(i) {
            r.form = Some(Try {
                submitted_at: now,
                seconds,
                income_per_person_month_vnd: answer.income_per_person_month_vnd,
                deprived: answer.deprived.into_iter().collect(),
                class: answer.class,
            });
        }
        self.screen = Screen::Verdict;
        if let (Some(class), Some(id)) = (answer.class, self.homes.get(i).map(|h| h.id.clone())) {
            self.survey_result(&id, class);
        }
        self.save();
        self.changed = true;
    }

    /// The campaign in play (the last one), rebuilt from its decisions.
    pub fn campaign(&self) -> Option<Campaign> {
        let r = self.campaigns.last()?;
        Some(r.replay(&self.standard))
    }

    /// Starts a review campaign of this village. `now` (Unix seconds) is its start and its seed:
    /// it draws the households' statuses, the meeting's crowd and the complaints, and is recorded
    /// in the results.
    pub fn start_campaign(&mut self, kind: Kind, now: u64) -> bool {
        let Some(setup) =
            rasoat_core::field::village::campaign_setup(&self.file, &self.homes, &self.standard, kind, now)
        else {
            return false;
        };
        self.campaigns.push(CampaignRecord {
            id: format!("{}/{}/{now}", self.file.village.id, kind.as_str()),
            village: self.file.village.id.clone(),
            village_name: self.file.village.name.vi.clone(),
            started_at: now,
            setup,
            actions: vec![],
        });
        self.draft = crate::campaign::Draft::default();
        self.refused = None;
        self.screen = Screen::Campaign;
        self.save();
        self.changed = true;
        true
    }

    /// Takes a decision in the campaign in play; recorded at once.
    pub fn decide(&mut self, d: Decision) -> Result<(), Refused> {
        let mut c = self
            .campaign()
            .ok_or(Refused::WrongStage { stage: Stage::Done })?;
        match c.apply(d.clone(), &self.standard) {
            Ok(()) => {
                // The decisions that replayed, and this one: a decision recorded earlier that no
                // longer replays (a standard file corrected since) is dropped, not left to block
                // every later one.
                if let Some(r) = self.campaigns.last_mut() {
                    r.actions = c.actions.clone();
                }
                self.refused = None;
                self.save();
                self.changed = true;
                Ok(())
            }
            Err(e) => {
                self.refused = Some(e.clone());
                Err(e)
            }
        }
    }

    /// A submitted survey form feeds the campaign: the proposal of a household to survey, or
    /// the re-check of a household complained about.
    fn survey_result(&mut self, id: &str, class: Class) {
        let Some(c) = self.campaign() else { return };
        let decision = match c.stage {
            Stage::Survey | Stage::Meeting
                if c.open_meeting().is_none()
                    && c.reviewed.iter().any(|h| h == id)
                    && c.agreed_class(id).is_none() =>
            {
                Decision::Propose { id: id.into(), class }
            }
            Stage::Posting if c.open_complaints().iter().any(|x| x.id == id) => {
                Decision::Recheck { id: id.into(), class }
            }
            _ => return,
        };
        let _ = self.decide(decision);
    }

    /// A home's index from its id.
    pub fn home_index(&self, id: &str) -> Option<usize> {
        self.homes.iter().position(|h| h.id == id)
    }

    /// The name a household goes by (its head's), from its id.
    pub fn home_name(&self, id: &str) -> String {
        self.homes.iter().find(|h| h.id == id).map_or_else(
            || id.to_string(),
            |h| rasoat_core::words::visit::speaker(&h.household),
        )
    }

    /// The verdict of the current visit, once the form is handed in.
    pub fn verdict(&self) -> Option<Verdict> {
        self.verdict_of(self.current?)
    }

    /// The verdict of a home's latest visit, once its form is handed in (recomputed from the
    /// record: scores are never stored).
    pub fn verdict_of(&self, home: usize) -> Option<Verdict> {
        let r = self.record_of(home)?;
        let form = r.form.as_ref()?;
        let v = Visit::new(&r.household, &r.hidden, &self.catalogue, r.mode).replay(&r.actions);
        Some(verdict(&v, &self.standard, &form.answer()))
    }

    /// Points and maximum of a home's submitted visit.
    pub fn points_of(&self, home: usize) -> Option<(u32, u32)> {
        self.verdict_of(home).map(|v| (v.points, v.grade.max))
    }

    /// "Còn phải xác minh": fields whose deciding facts are still unknown (practice only).
    pub fn to_verify(&self) -> Option<usize> {
        if self.mode == VisitMode::Exam {
            return None;
        }
        let v = self.visit()?;
        let a = assess(v.household, &self.standard);
        Some(v.to_verify(&a))
    }

    fn save(&mut self) {
        if let Some(p) = self.persist.as_mut() {
            self.saved = match p(&self.records, &self.campaigns) {
                Ok(()) => Saved::Saved,
                Err(e) => Saved::Failed(e),
            };
        }
    }
}

fn form_of(r: &VisitRecord) -> Form {
    r.form.as_ref().map_or_else(Form::default, |t| {
        Form::from_answer(&Answer {
            income_per_person_month_vnd: t.income_per_person_month_vnd,
            deprived: t.deprived.iter().cloned().collect(),
            class: t.class,
        })
    })
}
