//! rasoat: training and simulation for reviewers of poor and near-poor households in Vietnam.
pub mod app;
pub mod assess;
pub mod cli;
pub mod compare;
pub mod compose;
pub mod explain;
pub mod files;
pub mod generate;
pub mod grading;
pub mod household;
pub mod i18n;
pub mod scenario;
pub mod source;
pub mod standard;
pub mod text;
