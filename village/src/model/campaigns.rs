//! [`Campaigns`]: the review procedures played in this village (resumed ones included; the last
//! is the one in play) and the last decision the procedure refused. A campaign is its list of
//! decisions, replayed by the core whenever it is needed.

use bevy::prelude::Resource;
use rasoat_core::field::procedure::{Action as Decision, Campaign, Kind, Refused, Stage};
use rasoat_core::rules::assess::Class;
use rasoat_core::training::session::CampaignRecord;

use super::village::Village;

/// The review campaigns of this village.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct Campaigns {
    /// Review campaigns of this village, resumed ones included; the last is the one in play.
    pub records: Vec<CampaignRecord>,
    /// The last decision the campaign could not take (shown once).
    pub refused: Option<Refused>,
}

impl Campaigns {
    /// The campaigns of this village under its standard from the trainee's results (a campaign
    /// replays only under the standard it was played with).
    pub fn new(v: &Village, previous: Vec<CampaignRecord>) -> Self {
        Campaigns {
            records: previous
                .into_iter()
                .filter(|c| c.village == v.file.village.id && c.setup.standard == v.standard.id)
                .collect(),
            refused: None,
        }
    }

    /// The campaign in play (the last one), rebuilt from its decisions.
    pub fn campaign(&self, v: &Village) -> Option<Campaign> {
        Some(self.records.last()?.replay(&v.standard))
    }

    /// Starts a review campaign of this village; `true` when it is recorded (to be saved).
    /// `now` (Unix seconds) is its start and its seed: it draws the households' statuses, the
    /// meeting's crowd and the complaints, and is recorded in the results.
    pub fn start(&mut self, v: &Village, kind: Kind, now: u64) -> bool {
        let Some(setup) =
            rasoat_core::field::village::campaign_setup(&v.file, &v.homes, &v.standard, kind, now)
        else {
            return false;
        };
        self.records.push(CampaignRecord {
            id: format!("{}/{}/{now}", v.file.village.id, kind.as_str()),
            village: v.file.village.id.clone(),
            village_name: v.file.village.name.vi.clone(),
            started_at: now,
            setup,
            actions: vec![],
        });
        self.refused = None;
        true
    }

    /// Takes a decision in the campaign in play; `Ok` when it is recorded (to be saved).
    pub fn decide(&mut self, v: &Village, d: Decision) -> Result<(), Refused> {
        let mut c = self
            .campaign(v)
            .ok_or(Refused::WrongStage { stage: Stage::Done })?;
        match c.apply(d, &v.standard) {
            Ok(()) => {
                // The decisions that replayed, and this one: a decision recorded earlier that no
                // longer replays (a standard file corrected since) is dropped, not left to block
                // every later one.
                if let Some(r) = self.records.last_mut() {
                    r.actions = c.actions.clone();
                }
                self.refused = None;
                Ok(())
            }
            Err(e) => {
                self.refused = Some(e.clone());
                Err(e)
            }
        }
    }

    /// A submitted survey form feeds the campaign: the proposal of a household to survey, or
    /// the re-check of a household complained about. `true` when a decision was recorded.
    pub fn survey_result(&mut self, v: &Village, id: &str, class: Class) -> bool {
        let Some(c) = self.campaign(v) else {
            return false;
        };
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
            _ => return false,
        };
        self.decide(v, decision).is_ok()
    }
}
