//! The review procedure as a campaign: the state of one village's review (who is listed, what
//! was proposed, the village meeting and its votes, the posting and its complaints, the final
//! lists), the trainee's decisions as actions, and for each decision whether it follows the rule,
//! with the rule's citation and C/S/P mark.
//!
//! Architecture invariant: pure and replayable. Every rule the campaign applies comes from the
//! standard's `[procedure]` (`standards/*.toml`); no number of the procedure is written here. The
//! only numbers here are the simulation's own: how many people come to a meeting and how likely
//! they are to agree (a crowd, not a law). A campaign is its setup (households, seed, start day)
//! and its actions: replaying them gives the same state and the same judgements. No IO, no prose
//! (the words are in `procedure_words`).
//!
//! The files: `calendar` (days, working days, the start day), `kind` (the kinds of review),
//! `setup` (the households a campaign starts from), `lists` (the final lists), `state` (stages,
//! meetings, complaints, the decision), `judgement` (checks, outcomes, refusals), `campaign`
//! (actions and the campaign's state; `apply` sends each action to its method), and one file per
//! part of the procedure for those methods: `survey`, `meeting`, `posting`, `recognition`.

mod calendar;
mod campaign;
mod judgement;
mod kind;
mod lists;
mod meeting;
mod posting;
mod recognition;
mod setup;
mod state;
mod survey;

pub use calendar::{Day, start_day};
pub use campaign::{Action, Campaign};
pub use judgement::{Check, Judged, Outcome, Refused};
pub use kind::{Kind, has_rules};
pub use lists::{Change, ListName, lists_for};
pub use setup::{ComplaintKind, Entrant, Request, ReviewSpec, Setup, Status};
pub use state::{Complaint, Decision, Meeting, Stage, Tally, Vote, meeting_accepts};
