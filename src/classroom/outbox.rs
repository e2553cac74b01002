//! Sending a trainee's waiting answers: in order, each with its own key (a retry is counted once
//! by the server). The caller writes the results file after every change, so what is sent and
//! what waits survives a closed app.

use crate::classroom::client::{Client, ClientError};
use crate::training::classroom::outbox::ClassLink;

/// What one round of sending did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flushed {
    /// Answers the server took this round.
    pub sent: usize,
    /// Answers refused for good this round.
    pub refused: usize,
    /// Why sending stopped with answers still waiting (the server unreachable, the class paused…).
    pub stopped: Option<ClientError>,
}

/// Sends what waits in `link`, in order, until the first answer that cannot be sent now.
/// `changed` is called after each answer that moved (to write the results file).
pub fn flush(client: &Client, link: &mut ClassLink, mut changed: impl FnMut(&ClassLink)) -> Flushed {
    let mut out = Flushed::default();
    while let Some(post) = link.waiting.first().cloned() {
        match client.answer(&link.code, &link.secret, &post).wait() {
            Ok(receipt) => {
                link.accept(&receipt);
                out.sent += 1;
            }
            Err(e) if e.is_temporary() => {
                out.stopped = Some(e);
                return out;
            }
            Err(e) => {
                let (code, message) = match &e {
                    ClientError::Server { error, .. } => (error.error.clone(), error.message.clone()),
                    _ => (String::new(), String::new()),
                };
                link.refuse(&post.key, code, message);
                out.refused += 1;
            }
        }
        changed(link);
    }
    out
}
