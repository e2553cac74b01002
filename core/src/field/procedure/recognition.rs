//! The end of a campaign: the report to a higher level, and the commune chairman's decision with
//! its lists, judged against the lists the agreed and the true classes call for, the deadline,
//! and the written answer to refused requests.

use std::collections::BTreeSet;

use super::calendar::Day;
use super::campaign::{Campaign, Rules};
use super::judgement::{Check, Refused};
use super::kind::Kind;
use super::lists::{ListName, lists_for, same_list};
use super::setup::{Request, Status};
use super::state::{Decision, Stage};
use crate::rules::assess::Class;
use crate::rules::standard::{Procedure, Provenance, Role, Standard, Step};

impl Campaign {
    /// Reports to, and asks the opinion of, a higher level (none when there is none to ask).
    pub(super) fn report(&mut self, rules: &Rules, consulted: Option<Role>) -> Result<(), Refused> {
        self.at_stage(Stage::Report)?;
        let rule = rules
            .p
            .recognition
            .as_ref()
            .ok_or(Refused::NoRule(Step::Report))?;
        self.today = self.today.working_on_or_after();
        let last = rule.district_until.as_ref().and_then(|d| {
            let day = Day::new(d.year, u8::try_from(d.month).ok()?, u8::try_from(d.day).ok()?)?;
            Some((day, d.provenance.clone()))
        });
        let gone = last.as_ref().filter(|(day, _)| self.today > *day);
        let should = if gone.is_some() { None } else { rule.consulted };
        let provenance = gone.map_or_else(|| rules.step_provenance(Step::Report), |(_, p)| p.clone());
        self.judge(
            Step::Report,
            Check::Consulted {
                chosen: consulted,
                should,
                district_gone: gone.is_some(),
                district_until: last.as_ref().map(|(d, _)| *d),
            },
            // Where the district no longer exists, the notes do not say whom to ask
            // (and the date is not in the reference): shown, not scored.
            if gone.is_some() {
                None
            } else {
                Some(consulted == should)
            },
            provenance,
        );
        self.today = self.today.next_working();
        self.stage = Stage::Recognition;
        Ok(())
    }

    /// The decision: who signs it and each reviewed household's lists, judged, and the campaign
    /// is done.
    pub(super) fn decide(
        &mut self,
        rules: &Rules,
        by: Role,
        lists: &[(String, Vec<ListName>)],
        written_refusals: bool,
    ) -> Result<(), Refused> {
        self.at_stage(Stage::Recognition)?;
        let (rule_by, by_prov) = self.decided_by_rule(rules.p)?;
        self.today = self.today.working_on_or_after();
        self.judge(
            Step::Recognition,
            Check::DecidedBy {
                chosen: by,
                rule: rule_by,
            },
            Some(by == rule_by),
            by_prov.clone(),
        );
        self.judge_lists(lists, &by_prov);
        self.judge_classes(rules.standard);
        self.judge_deadline(rules);
        self.judge_refusals(rules.p, written_refusals);
        self.decision = Some(Decision {
            day: self.today,
            by,
            lists: lists.to_vec(),
        });
        self.stage = Stage::Done;
        Ok(())
    }

    /// Who decides, for this kind of review, and the rule's citation.
    fn decided_by_rule(&self, p: &Procedure) -> Result<(Role, Provenance), Refused> {
        Ok(match self.setup.kind {
            Kind::AverageFarming => {
                let a = p
                    .average_farming
                    .as_ref()
                    .ok_or(Refused::NoRule(Step::Recognition))?;
                (a.decided_by, a.provenance.clone())
            }
            _ => {
                let r = p.recognition.as_ref().ok_or(Refused::NoRule(Step::Recognition))?;
                (r.decided_by, r.provenance.clone())
            }
        })
    }

    /// Judges each reviewed household's lists in the decision against the lists its agreed
    /// class calls for.
    fn judge_lists(&mut self, lists: &[(String, Vec<ListName>)], by_prov: &Provenance) {
        for (id, should) in self.lists_from_agreed() {
            let chosen: BTreeSet<ListName> = lists
                .iter()
                .find(|(h, _)| h == &id)
                .map(|(_, l)| l.iter().copied().collect())
                .unwrap_or_default();
            self.judge(
                Step::Recognition,
                Check::Lists {
                    id: id.clone(),
                    chosen: chosen.iter().copied().collect(),
                    should: should.iter().copied().collect(),
                },
                Some(chosen == should),
                by_prov.clone(),
            );
        }
    }

    /// Judges each reviewed household's agreed class against its true class.
    fn judge_classes(&mut self, standard: &Standard) {
        for e in self.setup.households.clone() {
            if !self.reviewed.contains(&e.id) {
                continue;
            }
            let accepted = self.agreed_class(&e.id);
            self.judge(
                Step::Recognition,
                Check::Class {
                    id: e.id.clone(),
                    accepted,
                    truth: e.truth,
                },
                Some(accepted.is_some_and(|a| same_list(a, e.truth, self.setup.kind))),
                // The farming review recognises the average living standard band, which
                // rests on its own (secondary) source, not on the poverty rule.
                if self.setup.kind == Kind::AverageFarming {
                    standard.classification.average.provenance.clone()
                } else {
                    standard.classification.provenance.clone()
                },
            );
        }
    }

    /// Judges the decision's day against the regular review's deadline, where there is one.
    fn judge_deadline(&mut self, rules: &Rules) {
        let p = rules.p;
        if let Some(deadline) = self.deadline(rules.standard) {
            let rule_prov = p
                .regular
                .as_ref()
                .map_or_else(|| p.provenance.clone(), |r| r.provenance.clone());
            self.judge(
                Step::Recognition,
                Check::Deadline {
                    decided: self.today,
                    deadline,
                },
                Some(self.today <= deadline),
                rule_prov,
            );
        }
    }

    /// Judges whether refused requests get a written answer, where the rule asks for one (the
    /// regular and farming reviews).
    fn judge_refusals(&mut self, p: &Procedure, written_refusals: bool) {
        if self.setup.kind == Kind::Periodic {
            return;
        }
        let refused = self.refused();
        let in_writing = match self.setup.kind {
            Kind::Regular => p
                .regular
                .as_ref()
                .map(|r| (r.refusal_in_writing, r.provenance.clone())),
            _ => p
                .average_farming
                .as_ref()
                .map(|a| (a.refusal_in_writing, a.provenance.clone())),
        };
        if let Some((required, prov)) = in_writing
            && !refused.is_empty()
        {
            self.judge(
                Step::Recognition,
                Check::Refusal {
                    ids: refused,
                    written: written_refusals,
                },
                if required { Some(written_refusals) } else { None },
                prov,
            );
        }
    }

    /// The regular review's deadline for the decision, where the standard sets one.
    pub fn deadline(&self, standard: &Standard) -> Option<Day> {
        if self.setup.kind != Kind::Regular {
            return None;
        }
        // The campaign opens on the day its time runs from: the review's start (the 15th under
        // QĐ 24/2021), or the day the household's request is received (Thông tư 14/2018).
        let (days, count, _) = standard.procedure.as_ref()?.regular_decision()?;
        Some(self.setup.start.add(days, count))
    }

    /// The lists each reviewed household belongs on, from the classes agreed (what a correct
    /// decision writes).
    pub fn lists_from_agreed(&self) -> Vec<(String, BTreeSet<ListName>)> {
        self.reviewed
            .iter()
            .filter_map(|id| {
                let e = self.entrant(id)?;
                let class = self.agreed_class(id)?;
                Some((id.clone(), lists_for(e.previous, class, self.setup.kind)))
            })
            .collect()
    }

    /// The lists the engine finds for the households the rule puts under review (on a list or
    /// requesting): each one's true class against its status before. A household the rule does
    /// not list is not reviewed, whatever its facts.
    pub fn lists_from_truth(&self) -> Vec<(String, BTreeSet<ListName>)> {
        self.setup
            .households
            .iter()
            .filter(|e| {
                e.request.is_some() || (self.setup.kind == Kind::Periodic && e.previous != Status::None)
            })
            .map(|e| (e.id.clone(), lists_for(e.previous, e.truth, self.setup.kind)))
            .collect()
    }

    /// Requesting households whose request is not granted by the agreed class.
    pub fn refused(&self) -> Vec<String> {
        self.setup
            .households
            .iter()
            .filter_map(|e| {
                let class = self.agreed_class(&e.id)?;
                let granted = match e.request? {
                    Request::Review => Status::of(class) != Status::None,
                    Request::Escape => match e.previous {
                        Status::Poor => Status::of(class) != Status::Poor,
                        Status::NearPoor => Status::of(class) == Status::None,
                        Status::None => false,
                    },
                    Request::AverageFarming => class == Class::AverageLivingStandard,
                };
                (!granted).then(|| e.id.clone())
            })
            .collect()
    }
}
