//! [`Drafts`]: what the trainee typed or ticked in the panels and has not handed in — the survey
//! form and the campaign panel's choices. The only part of the model the panels change
//! themselves; everything else changes through actions.

use std::collections::{BTreeMap, BTreeSet};

use bevy::prelude::Resource;
use rasoat_core::field::procedure::{Kind, ListName};
use rasoat_core::rules::standard::{Over, Place, Role};
use rasoat_ui::answer::AnswerForm;

/// The panels' inputs not yet handed in.
#[derive(Resource, Debug, Clone, Default, PartialEq, Eq)]
pub struct Drafts {
    /// The survey form of the visit in the yard.
    pub form: AnswerForm,
    /// The campaign panel's choices.
    pub campaign: Draft,
}

/// The campaign panel's choices before they are handed in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub kind: Option<Kind>,
    /// The seed of the campaign about to start, fixed when the chooser first shows (so what is
    /// offered does not change under the trainee's eyes).
    pub seed: Option<u64>,
    /// The households ticked for the review list (`None` until the list is first shown).
    pub listed: Option<BTreeSet<String>>,
    pub chair: Option<Role>,
    pub invited: BTreeSet<Role>,
    pub over: Option<Over>,
    pub accept: Option<bool>,
    pub copies: Option<u32>,
    pub signers: BTreeSet<Role>,
    pub places: BTreeSet<Place>,
    pub days: Option<u32>,
    pub consulted: Option<Option<Role>>,
    pub decider: Option<Role>,
    pub lists: BTreeMap<String, BTreeSet<ListName>>,
    pub written: bool,
    /// The trainee asked to choose another review (the one in play stays in the results).
    pub choosing: bool,
}
