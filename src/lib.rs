//! rasoat: training and simulation for reviewers of poor and near-poor households in Vietnam.
//! The shells — the desktop app and the command line — and the file IO they share (`files`,
//! `load`); the domain and
//! the words are the `rasoat-core` crate, re-exported here under their usual paths.
pub mod app;
pub mod classroom;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod files;
#[cfg(not(target_arch = "wasm32"))]
pub mod launch;
pub mod load;
pub mod platform;
pub mod store;

pub use rasoat_core::{field, rules, training, words};
