//! [`Saving`]: the program's `Persist` callback (it writes the trainee's results file) and how
//! the last save went; [`Save`]: the message that asks for a save, written whenever a visit or a
//! campaign is recorded and read by one system outside the panels' pass.

use bevy::prelude::{Message, Resource};
use rasoat_core::training::session::{CampaignRecord, VisitRecord};
use rasoat_core::training::villages::Persist;

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

/// The records changed: hand them to `Persist`.
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Save;

/// Where the records go, and how the last save went.
#[derive(Resource)]
pub struct Saving {
    persist: Option<Persist>,
    pub saved: Saved,
}

impl Saving {
    pub fn new(persist: Option<Persist>) -> Self {
        let saved = if persist.is_some() {
            Saved::Nothing
        } else {
            Saved::NotRecorded
        };
        Saving { persist, saved }
    }

    /// Hands every visit and campaign to `Persist` (nothing happens without one).
    pub fn save(&mut self, visits: &[VisitRecord], campaigns: &[CampaignRecord]) {
        if let Some(p) = self.persist.as_mut() {
            self.saved = match p(visits, campaigns) {
                Ok(()) => Saved::Saved,
                Err(e) => Saved::Failed(e),
            };
        }
    }
}
