//! The first stages of a campaign: listing the households to review (a periodic review) and
//! surveying them, each survey form proposing a class.

use super::campaign::{Campaign, Rules};
use super::judgement::{Check, Refused};
use super::kind::Kind;
use super::setup::Status;
use super::state::Stage;
use crate::rules::assess::Class;
use crate::rules::standard::{Listed, Step};

impl Campaign {
    /// Lập danh sách: judges each household's place on the list against the rule's who, and
    /// puts the listed ones under review.
    pub(super) fn list(&mut self, rules: &Rules, ids: &[String]) -> Result<(), Refused> {
        self.at_stage(Stage::List)?;
        let rule = rules.p.list.as_ref().ok_or(Refused::NoRule(Step::List))?;
        if let Some(bad) = ids.iter().find(|id| self.entrant(id).is_none()) {
            return Err(Refused::NotHere(bad.clone()));
        }
        for e in self.setup.households.clone() {
            let should = rule.who.iter().any(|w| match w {
                Listed::OnList => e.previous != Status::None,
                Listed::Requested => e.request.is_some(),
            });
            let listed = ids.contains(&e.id);
            self.judge(
                Step::List,
                Check::Listed {
                    id: e.id.clone(),
                    listed,
                    should,
                    previous: e.previous,
                    request: e.request,
                },
                Some(listed == should),
                rule.provenance.clone(),
            );
        }
        self.reviewed = self
            .setup
            .households
            .iter()
            .filter(|e| ids.contains(&e.id))
            .map(|e| e.id.clone())
            .collect();
        // Nobody to review: the review of this village ends with its list.
        self.stage = if self.reviewed.is_empty() {
            Stage::Done
        } else {
            Stage::Survey
        };
        Ok(())
    }

    /// A survey form's class for a household: its proposal to the meeting, or, where the review
    /// holds no meeting, its class for the posting.
    pub(super) fn propose(&mut self, rules: &Rules, id: &str, class: Class) -> Result<(), Refused> {
        if !matches!(self.stage, Stage::Survey | Stage::Meeting) || self.open_meeting().is_some() {
            return Err(self.wrong_stage());
        }
        // A household is surveyed until the meeting agrees on it; a new form before the
        // meeting replaces the proposal.
        if !self.reviewed.iter().any(|h| h == id) || self.agreed_class(id).is_some() {
            return Err(Refused::NotHere(id.to_string()));
        }
        self.today = self.today.working_on_or_after().next_working();
        Self::set(&mut self.proposals, id, class);
        self.history.push((id.to_string(), class));
        let no_meeting = match self.setup.kind {
            Kind::AverageFarming => true,
            Kind::Regular => rules.p.regular.as_ref().is_some_and(|r| !r.meeting),
            Kind::Periodic => false,
        };
        if no_meeting {
            // No village meeting: the survey's result goes straight to posting.
            Self::set(&mut self.agreed, id, class);
            self.proposals.retain(|(h, _)| h != id);
            if self.to_survey().is_empty() {
                self.stage = Stage::Posting;
            }
        } else if self.to_survey().is_empty() {
            self.stage = Stage::Meeting;
        }
        Ok(())
    }
}
