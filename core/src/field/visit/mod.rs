//! The field visit: what a reviewer can ask and look at in a household, what each question or
//! look reveals, and how a visit is scored for evidence — which facts decide each indicator and
//! the income, whether the trainee uncovered them, which questions asked about an indicator the
//! standard does not have, and the pivotal fact (the one missed fact that would have changed the
//! class).
//!
//! Architecture invariant: pure. The catalogue is data (`assets/visit.toml`); what a rule reads is
//! derived from the rule and the engine's findings (`assess`), never tagged by hand per household;
//! no IO, no prose (the words are in `visit_words`).

mod catalogue;
mod facts;
mod needs;
mod reveals;
mod state;
mod verdict;

pub use self::catalogue::{
    Action, ActionKind, BUILTIN_CATALOGUE, Budget, Catalogue, EvidenceRubric, Group, Typical,
    TypicalMaterials, parse_catalogue,
};
pub use self::facts::{Fact, FactKind, all_facts};
pub use self::needs::{
    CLASSIFICATION_FIELDS, Field, Need, Requirement, fields_read, is_unneeded, kinds_read, needs,
    requirements,
};
pub use self::reveals::{Hidden, VisitSpec, actions_revealing, reveals};
pub use self::state::{Refusal, Taken, Visit, VisitMode};
pub use self::verdict::{FieldEvidence, Pivotal, Verdict, known_income, pivotal, verdict};
