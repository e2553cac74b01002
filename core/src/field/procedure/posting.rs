//! The posting of the results: where and for how long they are posted, the complaints raised
//! meanwhile, each household's re-check on complaint, and the end of the posting.

use rand::RngExt;

use super::calendar::Day;
use super::campaign::{Campaign, Rules};
use super::judgement::{Check, Refused, missing_from, nothing_missing};
use super::kind::Kind;
use super::lists::same_list;
use super::state::{Complaint, Stage};
use crate::rules::assess::Class;
use crate::rules::standard::{DayCount, Duration, Place, Procedure, Provenance, Step};

impl Campaign {
    /// Posts the results at some places for some days; the complaints of the posting are raised.
    pub(super) fn post(&mut self, rules: &Rules, places: &[Place], days: u32) -> Result<(), Refused> {
        let p = rules.p;
        if self.stage != Stage::Posting || self.posting.is_some() {
            return Err(self.wrong_stage());
        }
        if days == 0 || days > Day::MAX_SPAN {
            return Err(Refused::OutOfRange);
        }
        let (rule_places, places_prov, duration) = self.posting_rules(p)?;
        self.today = self.today.working_on_or_after();
        let missing = missing_from(&rule_places, places);
        self.judge(
            Step::Posting,
            Check::PostingPlaces {
                missing: missing.clone(),
            },
            nothing_missing(&rule_places, &missing),
            places_prov,
        );
        self.judge(
            Step::Posting,
            Check::PostingDays {
                days,
                rule: duration.as_ref().map(|d| d.days),
            },
            duration.as_ref().map(|d| d.days == days),
            duration
                .as_ref()
                .map_or_else(|| p.provenance.clone(), |d| d.provenance.clone()),
        );
        self.posting = Some((self.today, places.to_vec(), days));
        self.raise_complaints(days);
        Ok(())
    }

    /// Re-checks a household on its open complaint: the new visit's class becomes its agreed
    /// class.
    pub(super) fn recheck(&mut self, rules: &Rules, id: &str, class: Class) -> Result<(), Refused> {
        self.at_stage(Stage::Posting)?;
        let idx = self
            .complaints
            .iter()
            .position(|c| c.id == id && c.recheck.is_none())
            .ok_or_else(|| Refused::NotHere(id.to_string()))?;
        let raised = self.complaints[idx].day;
        self.today = self.today.max(raised).working_on_or_after().next_working();
        let day = self.today;
        self.complaints[idx].recheck = Some((class, day));
        self.judge_recheck(rules, id, class, raised, day);
        Self::set(&mut self.agreed, id, class);
        self.history.push((id.to_string(), class));
        Ok(())
    }

    /// Judges a re-check's class against the household's true class, and, where the rule sets a
    /// time for it, its day against the deadline counted from the complaint.
    fn judge_recheck(&mut self, rules: &Rules, id: &str, class: Class, raised: Day, day: Day) {
        let p = rules.p;
        let truth = self.entrant(id).map_or(class, |e| e.truth);
        let earlier = self.agreed_class(id);
        self.judge(
            Step::Posting,
            Check::Recheck {
                id: id.to_string(),
                earlier,
                now: class,
                truth,
            },
            Some(same_list(class, truth, self.setup.kind)),
            // A farming household is re-checked under the farming rule (QĐ 24, Điều 6).
            match self.recheck_rule(p) {
                Some(r) => r.provenance.clone(),
                None => rules.step_provenance(Step::Posting),
            },
        );
        if let Some(limit) = self.recheck_rule(p) {
            let deadline = raised.add(limit.days, limit.count);
            self.judge(
                Step::Posting,
                Check::RecheckTime {
                    id: id.to_string(),
                    day,
                    deadline,
                },
                Some(day <= deadline),
                limit.provenance.clone(),
            );
        }
    }

    /// Ends the posting: every complaint left without a re-check is judged ignored; on to the
    /// report (a periodic review whose standard has one) or to the recognition.
    pub(super) fn end_posting(&mut self, rules: &Rules) -> Result<(), Refused> {
        let p = rules.p;
        let Some((from, _, days)) = self.posting.clone() else {
            return Err(self.wrong_stage());
        };
        self.at_stage(Stage::Posting)?;
        for c in self.open_complaints().into_iter().cloned().collect::<Vec<_>>() {
            self.judge(
                Step::Posting,
                Check::ComplaintIgnored { id: c.id.clone() },
                Some(false),
                rules.step_provenance(Step::Posting),
            );
        }
        let end = from.add(days, DayCount::Working);
        self.today = self.today.max(end);
        self.stage = if self.setup.kind == Kind::Periodic && p.step(Step::Report).is_some() {
            Stage::Report
        } else {
            Stage::Recognition
        };
        Ok(())
    }

    /// The posting's rule for this kind of review: its places, their citation, and its duration
    /// where the rule sets one.
    fn posting_rules(&self, p: &Procedure) -> Result<(Vec<Place>, Provenance, Option<Duration>), Refused> {
        if self.setup.kind == Kind::AverageFarming {
            let a = p.average_farming.as_ref().ok_or(Refused::NoRule(Step::Posting))?;
            return Ok((
                a.posting.places.clone(),
                a.posting.provenance.clone(),
                Some(a.posting_duration.clone()),
            ));
        }
        if self.setup.kind == Kind::Regular
            && let Some(places) = p.regular.as_ref().and_then(|r| r.posting.as_ref())
        {
            return Ok((places.places.clone(), places.provenance.clone(), None));
        }
        let r = p.posting.as_ref().ok_or(Refused::NoRule(Step::Posting))?;
        Ok((r.places.clone(), r.provenance.clone(), r.duration.clone()))
    }

    /// The time a re-check must keep to, where the rule sets one (the farming review).
    fn recheck_rule<'p>(&self, p: &'p Procedure) -> Option<&'p Duration> {
        if self.setup.kind == Kind::AverageFarming {
            p.average_farming.as_ref().map(|a| &a.recheck)
        } else {
            None
        }
    }

    /// Complaints during the posting: those the households carry, each on a seeded day within
    /// the posting.
    fn raise_complaints(&mut self, days: u32) {
        let mut rng = self.rng(0xc0_ffee);
        let from = self.today;
        for e in self.setup.households.clone() {
            if let Some(kind) = e.complaint
                && self.reviewed.contains(&e.id)
            {
                let offset = rng.random_range(0..days.max(1));
                self.complaints.push(Complaint {
                    id: e.id.clone(),
                    kind,
                    day: from.add(offset, DayCount::Working),
                    recheck: None,
                });
            }
        }
    }
}
