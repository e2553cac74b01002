//! The live classroom on this side: the HTTP client the app and the command line talk to
//! `rasoat serve` with (`client`), and the trainee's outbox (`outbox`): answers kept in the results
//! file first and sent when the server answers.

pub mod client;
/// Sending from the command line (blocking): the desktop's.
#[cfg(not(target_arch = "wasm32"))]
pub mod outbox;
