//! rasoat-core: the domain of rasoat, shared by every shell (the desktop app, the command line,
//! the village simulation and the server), in four folders that show its layers:
//!
//! - [`rules`]: the household format, the poverty standards as data, the rule engine, comparison
//!   between standards, grading — what the law says and how a household is scored;
//! - [`field`]: the field visit, the village file and the review procedure (campaigns);
//! - [`training`]: scenarios, the library, sessions and their results files, the trainer's
//!   report, the seeded generator, the training service;
//! - [`words`]: Fluent bundles and every sentence built from the domain's data.
//!
//! Each layer imports only the layers before it (`rules` ← `field` ← `training` ← `words`): the
//! domain never calls the words.
//!
//! Architecture invariant: no GUI dependency and no IO beyond parsing the text it is handed (the
//! built-in standards, locales, names and scenarios are embedded at compile time).

pub mod field;
pub mod rules;
pub mod training;
pub mod words;
