//! The words: Fluent bundles (`i18n`, Vietnamese the reference, English id for id), the sentences
//! built from the domain's data (`explain`, by subject), the story of a generated scenario
//! (`compose`), and the words of the visit and of the review procedure.

pub mod compose;
pub mod explain;
pub mod i18n;
pub mod procedure;
pub mod visit;
