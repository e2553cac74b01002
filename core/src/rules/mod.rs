//! What the law says and how a household is scored: where parsed text came from and what is wrong
//! with it (`source`), plain-text helpers (`text`), the household format (`household`), the
//! poverty standards as data (`standard`), the rule engine (`assess`), the same household under
//! two standards (`compare`) and the grading of an answer (`grading`). Imports nothing else of the
//! crate.

pub mod assess;
pub mod compare;
pub mod grading;
pub mod household;
pub mod source;
pub mod standard;
pub mod text;
pub mod values;
