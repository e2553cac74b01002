//! Training: scenarios (a household with its story, visit and review), the built-in library,
//! sessions and their results files, the trainer's report, the seeded generator, and the training
//! service the shells drive. Imports `rules` and `field`, never the words: what must be worded
//! (a generated scenario's story) is composed by the caller.

pub mod builtin;
pub mod classroom;
pub mod generate;
pub mod report;
pub mod scenario;
pub mod service;
pub mod session;
pub mod villages;
