//! What the right-hand side shows: a bevy [`States`] enum, changed only through
//! `NextState<Screen>` by the system that applies the trainee's actions.

use bevy::prelude::States;

/// What the right-hand side shows.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    /// Walking the village.
    #[default]
    Map,
    /// In a household's yard: questions, looks and the notebook.
    Visit,
    /// The survey form.
    Form,
    /// The score, the debrief and the evidence.
    Verdict,
    /// How a visit is scored.
    Rubric,
    /// The review procedure: list, meeting, posting, recognition.
    Campaign,
}
