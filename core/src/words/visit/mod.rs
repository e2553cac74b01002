//! The words of a field visit: the household's answers in the voice of a member (`answers`), the
//! notebook's labels and the village's names (`labels`), and the evidence debrief (`evidence`),
//! from Fluent templates (`visit.ftl`) and the household's data — so every library scenario and
//! every generated household can be visited without extra writing. This module only re-exports
//! them.
//!
//! Architecture invariant: decides nothing (what an action shows comes from `visit::reveals`);
//! every sentence from Fluent.

pub(crate) mod answers;
pub(crate) mod evidence;
pub(crate) mod labels;

pub use self::answers::{answer, greeting, speaker};
pub use self::evidence::{
    evidence_lines, fact_name, field_name, pivotal_line, rubric_lines, source_label, source_short,
};
pub use self::labels::{action_label, area_name, group_label, village_title};
