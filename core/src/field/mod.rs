//! The work in the field: a household visit (questions, looks, the form and its verdict), the
//! village file, and the review procedure with its calendar. Imports `rules` only.

pub mod procedure;
pub mod village;
pub mod visit;
