//! [`Visits`]: every visit of this village in this session (resumed ones included), the house
//! chosen on the map, the visit in progress and the last refusal. A visit is its list of
//! actions: it is rebuilt from its record whenever it is needed, and every score is recomputed.

use bevy::prelude::Resource;
use rasoat_core::field::visit::{Refusal, Verdict, Visit, VisitMode, verdict};
use rasoat_core::rules::assess::{Class, assess};
use rasoat_core::rules::grading::Answer;
use rasoat_core::training::session::{Try, VisitRecord};
use rasoat_ui::answer::AnswerForm;

use super::screen::Screen;
use super::village::Village;

/// The visits and where the reviewer is.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct Visits {
    /// Every visit of this village in this session, resumed ones included.
    pub records: Vec<VisitRecord>,
    /// The house chosen on the map (by click or keyboard).
    pub selected: usize,
    /// The visit of the chosen house, in progress or submitted.
    pub current: Option<usize>,
    /// The last refusal (no time left), shown once.
    pub refusal: Option<Refusal>,
}

/// Where entering a house leads: the screen, the form as it was left, and whether a new visit
/// was recorded (to be saved).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entered {
    pub screen: Screen,
    pub form: AnswerForm,
    pub recorded: bool,
}

impl Visits {
    /// The visits of this village under its standard from the trainee's results; the house of a
    /// visit left unsubmitted is chosen, to resume first.
    pub fn new(v: &Village, previous: Vec<VisitRecord>) -> Self {
        let records = previous
            .into_iter()
            .filter(|r| {
                r.village == v.file.village.id
                    && r.standard == v.standard.id
                    && v.homes.iter().any(|h| h.id == r.home)
            })
            .collect();
        let mut visits = Visits {
            records,
            ..Visits::default()
        };
        if let Some(i) = visits.unfinished(v) {
            visits.select(v, i);
        }
        visits
    }

    /// The latest record of a home's visit.
    pub fn record_of(&self, v: &Village, home: usize) -> Option<&VisitRecord> {
        let id = &v.homes.get(home)?.id;
        self.records.iter().rev().find(|r| &r.home == id)
    }

    fn record_of_mut(&mut self, v: &Village, home: usize) -> Option<&mut VisitRecord> {
        let id = &v.homes.get(home)?.id;
        self.records.iter_mut().rev().find(|r| &r.home == id)
    }

    /// A visit left unsubmitted (after a crash or a closed window), to resume first.
    pub fn unfinished(&self, v: &Village) -> Option<usize> {
        let r = self.records.iter().rev().find(|r| !r.submitted())?;
        v.homes.iter().position(|h| h.id == r.home)
    }

    /// Chooses the next (or previous) house: every house is reachable by keyboard alone.
    pub fn select_step(&mut self, v: &Village, forward: bool) {
        let n = v.homes.len();
        if n == 0 {
            return;
        }
        self.selected = if forward {
            (self.selected + 1) % n
        } else {
            (self.selected + n - 1) % n
        };
    }

    pub fn select(&mut self, v: &Village, home: usize) {
        if home < v.homes.len() {
            self.selected = home;
        }
    }

    /// Enters the chosen house: resumes its visit, or starts one (a submitted visit opens on its
    /// verdict). `None` when no house is chosen.
    pub fn enter(&mut self, v: &Village, now: u64) -> Option<Entered> {
        let i = self.selected;
        if i >= v.homes.len() {
            return None;
        }
        self.current = Some(i);
        self.refusal = None;
        Some(match self.record_of(v, i) {
            Some(r) if r.submitted() => Entered {
                screen: Screen::Verdict,
                form: form_of(r),
                recorded: false,
            },
            Some(r) => Entered {
                screen: Screen::Visit,
                form: form_of(r),
                recorded: false,
            },
            None => Entered {
                screen: Screen::Visit,
                form: AnswerForm::default(),
                recorded: self.start_record(v, i, now),
            },
        })
    }

    /// A new visit of home `i`: its record, and the reviewer in its yard.
    fn start_record(&mut self, v: &Village, i: usize, now: u64) -> bool {
        let Some(home) = v.homes.get(i) else {
            return false;
        };
        self.records.push(VisitRecord {
            id: format!("{}/{}/{now}", v.file.village.id, home.id),
            village: v.file.village.id.clone(),
            village_name: v.file.village.name.vi.clone(),
            home: home.id.clone(),
            standard: v.standard.id.clone(),
            mode: v.mode,
            started_at: now,
            household: home.household.clone(),
            hidden: home.hidden.clone(),
            actions: vec![],
            form: None,
        });
        self.current = Some(i);
        true
    }

    /// Starts the chosen house's visit again after a verdict (a new record; the old one stays in
    /// the results). Whether a visit was started (the form is then empty, the screen the visit).
    pub fn visit_again(&mut self, v: &Village, now: u64) -> bool {
        self.start_record(v, self.selected, now)
    }

    /// Leaves the house for the map (the visit stays as it is, to resume).
    pub fn leave(&mut self) {
        self.current = None;
    }

    /// The visit in progress, rebuilt from its record (a visit is its list of actions).
    pub fn visit<'a>(&'a self, v: &'a Village) -> Option<Visit<'a>> {
        let r = self.record_of(v, self.current?)?;
        Some(Visit::new(&r.household, &r.hidden, &v.catalogue, r.mode).replay(&r.actions))
    }

    /// Asks a question or takes a look; `Ok` when it is recorded (to be saved).
    pub fn take(&mut self, v: &Village, action: &str) -> Result<(), Refusal> {
        let Some(i) = self.current else {
            return Err(Refusal::Unknown);
        };
        let mut visit = self.visit(v).ok_or(Refusal::Unknown)?;
        match visit.take(action) {
            Ok(_) => {
                let taken = visit.taken().to_vec();
                if let Some(r) = self.record_of_mut(v, i) {
                    r.actions = taken;
                }
                self.refusal = None;
                Ok(())
            }
            Err(e) => {
                self.refusal = Some(e);
                Err(e)
            }
        }
    }

    /// Hands in the form of the visit in progress, timed from its start: recorded (to be saved;
    /// the verdict follows). The household's id and the class given, for the campaign.
    pub fn submit(&mut self, v: &Village, form: &AnswerForm, now: u64) -> Option<(String, Option<Class>)> {
        let i = self.current?;
        let answer = form.answer();
        if let Some(r) = self.record_of_mut(v, i) {
            r.form = Some(Try {
                submitted_at: now,
                seconds: now.saturating_sub(r.started_at),
                income_per_person_month_vnd: answer.income_per_person_month_vnd,
                deprived: answer.deprived.into_iter().collect(),
                class: answer.class,
            });
        }
        Some((v.homes.get(i)?.id.clone(), answer.class))
    }

    /// The verdict of the current visit, once the form is handed in.
    pub fn verdict(&self, v: &Village) -> Option<Verdict> {
        self.verdict_of(v, self.current?)
    }

    /// The verdict of a home's latest visit, once its form is handed in (recomputed from the
    /// record: scores are never stored).
    pub fn verdict_of(&self, v: &Village, home: usize) -> Option<Verdict> {
        let r = self.record_of(v, home)?;
        let form = r.form.as_ref()?;
        let visit = Visit::new(&r.household, &r.hidden, &v.catalogue, r.mode).replay(&r.actions);
        Some(verdict(&visit, &v.standard, &form.answer()))
    }

    /// Points and maximum of a home's submitted visit.
    pub fn points_of(&self, v: &Village, home: usize) -> Option<(u32, u32)> {
        self.verdict_of(v, home).map(|x| (x.points, x.grade.max))
    }

    /// "Còn phải xác minh": fields whose deciding facts are still unknown (practice only).
    pub fn to_verify(&self, v: &Village) -> Option<usize> {
        if v.mode == VisitMode::Exam {
            return None;
        }
        let visit = self.visit(v)?;
        let a = assess(visit.household, &v.standard);
        Some(visit.to_verify(&a))
    }
}

fn form_of(r: &VisitRecord) -> AnswerForm {
    r.form.as_ref().map_or_else(AnswerForm::default, |t| {
        AnswerForm::from_answer(&Answer {
            income_per_person_month_vnd: t.income_per_person_month_vnd,
            deprived: t.deprived.iter().cloned().collect(),
            class: t.class,
        })
    })
}
