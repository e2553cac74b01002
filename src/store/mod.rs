//! What the program keeps on this computer, in one place for every shell (the desktop app, the
//! command line and the village launcher, none of which imports another):
//!
//! - [`places`]: the folders and the settings file;
//! - [`settings`]: the trainee's settings;
//! - [`library`]: the library as every shell reads it — the built-in scenarios and the trainers'
//!   folder;
//! - [`results`]: a new session's results file, and writing one merged with what another process
//!   (the app or the village) wrote there since.
//!
//! Architecture invariant: reads and writes through `files` and `load`; decides no rule.

pub mod library;
pub mod places;
pub mod results;
pub mod settings;
