//! rasoat: training and simulation for reviewers of poor and near-poor households in Vietnam.
//! The shells — the desktop app and the command line — and the file IO they share (`files`,
//! `load`); the domain and
//! the words are the `rasoat-core` crate, re-exported here under their usual paths.
pub mod app;
pub mod classroom;
pub mod cli;
pub mod files;
pub mod launch;
pub mod load;
pub mod store;

pub use rasoat_core::{field, rules, training, words};
