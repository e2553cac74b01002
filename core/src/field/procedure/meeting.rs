//! The village meeting: preparing it (chair and invitations), presenting each proposal to the
//! crowd and its seeded vote, concluding on the vote by the agreement rule, and the minutes.

use rand::RngExt;

use super::campaign::{Campaign, Rules};
use super::judgement::{Check, Refused, missing_from, nothing_missing};
use super::lists::same_list;
use super::state::{Meeting, Stage, Tally, Vote, meeting_accepts};
use crate::rules::standard::{MeetingRule, Over, Role, Step};

impl Campaign {
    /// Prepares and opens the village meeting, once every reviewed household is surveyed.
    pub(super) fn prepare(&mut self, rules: &Rules, chair: Role, invited: &[Role]) -> Result<(), Refused> {
        if self.stage != Stage::Meeting || self.open_meeting().is_some() {
            return Err(self.wrong_stage());
        }
        let unsurveyed = self.to_survey();
        if !unsurveyed.is_empty() {
            return Err(Refused::NotSurveyed(unsurveyed));
        }
        let rule = rules.meeting()?;
        self.today = self.today.working_on_or_after();
        self.judge_invitations(rules, rule, chair, invited);
        let (officials, sizes) = self.crowd(invited);
        self.meetings.push(Meeting {
            day: self.today,
            chair,
            invited: invited.to_vec(),
            attendees: officials + sizes.iter().sum::<u32>(),
            households: sizes.len() as u32,
            sizes,
            votes: vec![],
            minutes: None,
        });
        Ok(())
    }

    /// Judges who chairs the meeting, whether the Fatherland Front is invited, and whom the rule
    /// asks to invite that was not.
    fn judge_invitations(&mut self, rules: &Rules, rule: &MeetingRule, chair: Role, invited: &[Role]) {
        let p = rules.p;
        self.judge(
            Step::Meeting,
            Check::Chair {
                chosen: chair,
                rule: rule.chair,
            },
            Some(chair == rule.chair),
            rule.provenance.clone(),
        );
        let ff = invited.contains(&Role::FatherlandFront);
        self.judge(
            Step::Meeting,
            Check::FatherlandFront {
                invited: ff,
                required: p.fatherland_front_invited,
            },
            // Not required (2016–2020): nothing to judge.
            p.fatherland_front_invited.then_some(ff),
            p.provenance.clone(),
        );
        let missing = missing_from(&rule.attendees, invited);
        self.judge(
            Step::Meeting,
            Check::Invited {
                missing: missing.clone(),
            },
            Some(missing.is_empty()),
            rule.provenance.clone(),
        );
    }

    /// Presents a household's proposed class at the open meeting; the attendees vote on it.
    pub(super) fn present(&mut self, id: &str) -> Result<(), Refused> {
        if !self.to_present().iter().any(|h| h == id) {
            return Err(Refused::NotHere(id.to_string()));
        }
        let class = self
            .proposal(id)
            .ok_or_else(|| Refused::NotHere(id.to_string()))?;
        let believe = self.entrant(id).map_or(class, |e| e.neighbours);
        let n = self.meetings.len() as u64;
        let presented = self.meetings.last().map_or(0, |m| m.votes.len()) as u64;
        let salt = (n * 1000 + self.history.len() as u64) * 1000 + presented;
        let mut rng = self.rng(salt);
        let matches = same_list(class, believe, self.setup.kind);
        let wrong_stage = self.wrong_stage();
        let m = self.meetings.last_mut().ok_or(wrong_stage)?;
        let officials = m.attendees.saturating_sub(m.sizes.iter().sum::<u32>());
        let tally = vote(&mut rng, officials, &m.sizes, matches);
        m.votes.push(Vote {
            id: id.to_string(),
            class,
            tally,
            accepted: None,
        });
        Ok(())
    }

    /// The trainee's conclusion on a vote: judged for the base of the share and against the
    /// agreement rule; an accepted proposal becomes the household's agreed class.
    pub(super) fn conclude(
        &mut self,
        rules: &Rules,
        id: &str,
        over: Over,
        accepted: bool,
    ) -> Result<(), Refused> {
        let p = rules.p;
        let rule = rules.meeting()?;
        let wrong_stage = self.wrong_stage();
        let m = self
            .meetings
            .last_mut()
            .filter(|m| m.minutes.is_none())
            .ok_or(wrong_stage)?;
        let v = m
            .votes
            .iter_mut()
            .find(|v| v.id == id && v.accepted.is_none())
            .ok_or_else(|| Refused::NotHere(id.to_string()))?;
        v.accepted = Some(accepted);
        let (tally, class) = (v.tally, v.class);
        let min = p.meeting_min_agreement_percent;
        if min.is_some() {
            self.judge(
                Step::Meeting,
                Check::ShareBasis {
                    id: id.to_string(),
                    chosen: over,
                    rule: rule.agreement_over,
                },
                Some(over == rule.agreement_over),
                p.provenance.clone(),
            );
        }
        self.judge(
            Step::Meeting,
            Check::Conclusion {
                id: id.to_string(),
                tally,
                min_percent: min,
                accepted,
            },
            min.map(|pct| meeting_accepts(&tally, rule.agreement_over, pct) == accepted),
            p.provenance.clone(),
        );
        self.proposals.retain(|(h, _)| h != id);
        if accepted {
            Self::set(&mut self.agreed, id, class);
        }
        Ok(())
    }

    /// Completes the minutes once every proposal is concluded, and closes the meeting: on to the
    /// posting, or back to the survey for the households not agreed.
    pub(super) fn minutes(&mut self, rules: &Rules, copies: u32, signers: &[Role]) -> Result<(), Refused> {
        let rule = rules.meeting()?;
        let m = self
            .meetings
            .last()
            .filter(|m| m.minutes.is_none())
            .ok_or(self.wrong_stage())?;
        if m.votes.iter().any(|v| v.accepted.is_none()) || !self.to_present().is_empty() {
            return Err(Refused::Unconcluded);
        }
        let mr = &rule.minutes;
        self.judge(
            Step::Meeting,
            Check::MinutesCopies {
                copies,
                rule: mr.copies,
            },
            Some(copies == mr.copies),
            mr.provenance.clone(),
        );
        let missing = missing_from(&mr.signers, signers);
        self.judge(
            Step::Meeting,
            Check::MinutesSigners {
                missing: missing.clone(),
            },
            nothing_missing(&mr.signers, &missing),
            mr.provenance.clone(),
        );
        if let Some(m) = self.meetings.last_mut() {
            m.minutes = Some((copies, signers.to_vec()));
        }
        self.today = self.today.next_working();
        // Households not agreed go back to the survey, then to another meeting.
        self.stage = if self.to_survey().is_empty() {
            Stage::Posting
        } else {
            Stage::Survey
        };
        Ok(())
    }

    /// Who comes to the meeting: a few people per invited office, and one or two people from
    /// most households when household representatives are invited. Returns the officials and
    /// the people from each household.
    fn crowd(&self, invited: &[Role]) -> (u32, Vec<u32>) {
        let mut rng = self.rng(self.meetings.len() as u64 + 1);
        let officials: u32 = invited
            .iter()
            .map(|r| match r {
                Role::MassOrganisations => rng.random_range(3..=5),
                Role::CommuneSteeringCommittee | Role::Reviewers => rng.random_range(1..=3),
                Role::HouseholdRepresentatives => 0,
                _ => 1,
            })
            .sum();
        let n = self.setup.households.len() as u32;
        let households = if invited.contains(&Role::HouseholdRepresentatives) {
            (n * rng.random_range(60..=90) / 100).max(1)
        } else {
            0
        };
        let sizes = (0..households).map(|_| rng.random_range(1..=2)).collect();
        (officials, sizes)
    }
}

/// A seeded vote: most agree with a proposal that matches what the neighbours know, few with one
/// that does not. Officials vote one by one; the people of a household vote as one.
fn vote(rng: &mut impl RngExt, officials: u32, sizes: &[u32], matches: bool) -> Tally {
    let p = if matches { 85 } else { 25 };
    let mut agree = (0..officials).filter(|_| rng.random_range(0..100) < p).count() as u32;
    let mut agree_households = 0;
    for size in sizes {
        if rng.random_range(0..100) < p {
            agree += size;
            agree_households += 1;
        }
    }
    Tally {
        attendees: officials + sizes.iter().sum::<u32>(),
        agree,
        households: sizes.len() as u32,
        agree_households,
    }
}
