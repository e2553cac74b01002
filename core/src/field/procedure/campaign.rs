//! The campaign: the trainee's actions, the state of one village's review, and how an action is
//! taken (one method per action, in the files of its stage: `survey`, `meeting`, `posting`,
//! `recognition`), judged, and cited.

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::calendar::Day;
use super::judgement::{Check, Judged, Outcome, Refused};
use super::kind::Kind;
use super::lists::ListName;
use super::setup::{Entrant, Setup};
use super::state::{Complaint, Decision, Meeting, Stage};
use crate::rules::assess::Class;
use crate::rules::standard::{MeetingRule, Over, Place, Procedure, Provenance, Role, Standard, Step};

/// The trainee's decisions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "do", rename_all = "snake_case")]
pub enum Action {
    /// Lập danh sách: the households put on the review list.
    List { ids: Vec<String> },
    /// The class the trainee's survey form proposes for a household.
    Propose { id: String, class: Class },
    /// Prepare and open the village meeting.
    Prepare { chair: Role, invited: Vec<Role> },
    /// Present a household's proposed class; the attendees vote.
    Present { id: String },
    /// Apply the agreement rule to the vote.
    Conclude { id: String, over: Over, accepted: bool },
    /// Complete the minutes.
    Minutes { copies: u32, signers: Vec<Role> },
    /// Post the results.
    Post { places: Vec<Place>, days: u32 },
    /// Re-check a household on complaint (the class of the new visit's form).
    Recheck { id: String, class: Class },
    /// End the posting.
    EndPosting,
    /// Report to, and ask the opinion of, a higher level (none when there is none to ask).
    Report { consulted: Option<Role> },
    /// The decision: who signs, and each reviewed household's lists.
    Decide {
        by: Role,
        lists: Vec<(String, Vec<ListName>)>,
        /// Whether households that do not qualify get a written answer with reasons.
        written_refusals: bool,
    },
}

/// A campaign: its setup, the actions taken, and what follows from them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Campaign {
    pub setup: Setup,
    pub actions: Vec<Action>,
    pub stage: Stage,
    pub today: Day,
    /// The households under review (the list for a periodic review; the requesting households
    /// otherwise).
    pub reviewed: Vec<String>,
    /// Each reviewed household's latest proposal, waiting for the meeting.
    pub proposals: Vec<(String, Class)>,
    /// Each household's class as agreed at the meeting (and changed by re-checks).
    pub agreed: Vec<(String, Class)>,
    /// Every proposal a household had, in order (the debrief sets re-checks against them).
    pub history: Vec<(String, Class)>,
    pub meetings: Vec<Meeting>,
    pub posting: Option<(Day, Vec<Place>, u32)>,
    pub complaints: Vec<Complaint>,
    pub decision: Option<Decision>,
    pub judged: Vec<Judged>,
}

/// The rules a campaign reads, found once.
pub(super) struct Rules<'a> {
    pub(super) standard: &'a Standard,
    pub(super) p: &'a Procedure,
}

impl<'a> Rules<'a> {
    fn new(standard: &'a Standard) -> Option<Rules<'a>> {
        standard.procedure.as_ref().map(|p| Rules { standard, p })
    }

    pub(super) fn step_provenance(&self, step: Step) -> Provenance {
        self.p
            .step(step)
            .map_or_else(|| self.p.provenance.clone(), |s| s.provenance.clone())
    }

    /// The village meeting's rule (refused where the standard has none).
    pub(super) fn meeting(&self) -> Result<&'a MeetingRule, Refused> {
        self.p.meeting.as_ref().ok_or(Refused::NoRule(Step::Meeting))
    }
}

impl Campaign {
    /// A new campaign at its first stage.
    pub fn new(setup: Setup) -> Campaign {
        let stage = match setup.kind {
            Kind::Periodic => Stage::List,
            Kind::Regular | Kind::AverageFarming => Stage::Survey,
        };
        let reviewed = match setup.kind {
            Kind::Periodic => vec![],
            Kind::Regular | Kind::AverageFarming => setup
                .households
                .iter()
                .filter(|h| h.request.is_some())
                .map(|h| h.id.clone())
                .collect(),
        };
        Campaign {
            today: setup.start,
            setup,
            actions: vec![],
            stage,
            reviewed,
            proposals: vec![],
            agreed: vec![],
            history: vec![],
            meetings: vec![],
            posting: None,
            complaints: vec![],
            decision: None,
            judged: vec![],
        }
    }

    /// Replays actions from the setup; stops at the first that cannot be taken.
    pub fn replay(setup: Setup, actions: &[Action], standard: &Standard) -> Campaign {
        let mut c = Campaign::new(setup);
        for a in actions {
            if c.apply(a.clone(), standard).is_err() {
                break;
            }
        }
        c
    }

    pub fn entrant(&self, id: &str) -> Option<&Entrant> {
        self.setup.households.iter().find(|h| h.id == id)
    }

    fn lookup(list: &[(String, Class)], id: &str) -> Option<Class> {
        list.iter().rev().find(|(h, _)| h == id).map(|(_, c)| *c)
    }

    pub(super) fn set(list: &mut Vec<(String, Class)>, id: &str, class: Class) {
        match list.iter_mut().find(|(h, _)| h == id) {
            Some(x) => x.1 = class,
            None => list.push((id.to_string(), class)),
        }
    }

    pub fn proposal(&self, id: &str) -> Option<Class> {
        Self::lookup(&self.proposals, id)
    }

    pub fn agreed_class(&self, id: &str) -> Option<Class> {
        Self::lookup(&self.agreed, id)
    }

    /// Reviewed households still to survey (no proposal and not agreed).
    pub fn to_survey(&self) -> Vec<String> {
        self.reviewed
            .iter()
            .filter(|id| self.proposal(id).is_none() && self.agreed_class(id).is_none())
            .cloned()
            .collect()
    }

    /// The meeting in progress (opened, minutes not yet written).
    pub fn open_meeting(&self) -> Option<&Meeting> {
        self.meetings.last().filter(|m| m.minutes.is_none())
    }

    /// Proposals not yet presented at the open meeting.
    pub fn to_present(&self) -> Vec<String> {
        let Some(m) = self.open_meeting() else {
            return vec![];
        };
        self.proposals
            .iter()
            .map(|(id, _)| id.clone())
            .filter(|id| !m.votes.iter().any(|v| &v.id == id))
            .collect()
    }

    /// Complaints not yet re-checked.
    pub fn open_complaints(&self) -> Vec<&Complaint> {
        self.complaints.iter().filter(|c| c.recheck.is_none()).collect()
    }

    /// Right decisions over judged ones.
    pub fn score(&self) -> (usize, usize) {
        let judged = self.judged.iter().filter(|j| j.outcome != Outcome::NotJudged);
        let (mut right, mut all) = (0, 0);
        for j in judged {
            all += 1;
            if j.outcome == Outcome::Right {
                right += 1;
            }
        }
        (right, all)
    }

    pub(super) fn judge(&mut self, step: Step, check: Check, ok: Option<bool>, provenance: Provenance) {
        let outcome = match ok {
            Some(true) => Outcome::Right,
            Some(false) => Outcome::Wrong,
            None => Outcome::NotJudged,
        };
        self.judged.push(Judged {
            day: self.today,
            step,
            check,
            outcome,
            provenance,
        });
    }

    pub(super) fn rng(&self, salt: u64) -> ChaCha8Rng {
        ChaCha8Rng::seed_from_u64(self.setup.seed ^ salt.wrapping_mul(0x9e37_79b9_7f4a_7c15))
    }

    /// Takes one action: changes the state and judges it against the standard's procedure. A
    /// judgement made before an amending text took effect cites what the rule rested on then.
    pub fn apply(&mut self, action: Action, standard: &Standard) -> Result<(), Refused> {
        let first = self.judged.len();
        let done = self.take(action, standard);
        if let Some(a) = standard.procedure.as_ref().and_then(|p| p.amended.as_ref()) {
            for j in &mut self.judged[first..] {
                let cited = a.on(&j.provenance, j.day.year, j.day.month.into(), j.day.day.into());
                if cited != &j.provenance {
                    j.provenance = cited.clone();
                }
            }
        }
        done
    }

    /// Takes one action: the method of that action checks it can be taken now, changes the state
    /// and judges it; a taken action is recorded.
    fn take(&mut self, action: Action, standard: &Standard) -> Result<(), Refused> {
        let rules = Rules::new(standard).ok_or(Refused::NoRule(Step::List))?;
        match &action {
            Action::List { ids } => self.list(&rules, ids),
            Action::Propose { id, class } => self.propose(&rules, id, *class),
            Action::Prepare { chair, invited } => self.prepare(&rules, *chair, invited),
            Action::Present { id } => self.present(id),
            Action::Conclude { id, over, accepted } => self.conclude(&rules, id, *over, *accepted),
            Action::Minutes { copies, signers } => self.minutes(&rules, *copies, signers),
            Action::Post { places, days } => self.post(&rules, places, *days),
            Action::Recheck { id, class } => self.recheck(&rules, id, *class),
            Action::EndPosting => self.end_posting(&rules),
            Action::Report { consulted } => self.report(&rules, *consulted),
            Action::Decide {
                by,
                lists,
                written_refusals,
            } => self.decide(&rules, *by, lists, *written_refusals),
        }?;
        self.actions.push(action);
        Ok(())
    }

    /// The refusal of an action that does not belong to the campaign's stage.
    pub(super) fn wrong_stage(&self) -> Refused {
        Refused::WrongStage { stage: self.stage }
    }

    /// Refuses unless the campaign is at `stage`.
    pub(super) fn at_stage(&self, stage: Stage) -> Result<(), Refused> {
        if self.stage == stage {
            Ok(())
        } else {
            Err(self.wrong_stage())
        }
    }
}
