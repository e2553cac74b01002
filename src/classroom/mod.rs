//! The live classroom on this side: the HTTP client the app and the command line talk to
//! `rasoat serve` with (`client`). The trainee's outbox (answers kept in the results file first
//! and sent when the server answers) is the core's `training::classroom::outbox`, sent by the
//! app's `class::worker`.

pub mod client;
