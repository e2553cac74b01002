//! A trainee's place in a live class, kept in their results file: the server, the class code,
//! their secret, the answers sent (with the server's receipt) and those still waiting. An answer is
//! written here before it is sent, so a dropped network, a closed app or another PC loses
//! nothing; it moves to `sent` only when the server's receipt arrives.
//!
//! It also holds the protocol's types the link keeps (a scenario file, an answer sent, a
//! receipt), so that the results file's types import nothing above them.

use serde::{Deserialize, Serialize};

use crate::rules::grading::{Answer, Grade};

/// A scenario file sent with a class, as text: the server parses it with the engine, so every
/// trainee works the same set, built-in or the trainer's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioFile {
    /// The file name (for messages about it).
    pub name: String,
    pub text: String,
}

/// One answer sent by a trainee. `key` is made by the client once per answer and sent again with
/// every retry: the server counts it once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerPost {
    pub key: String,
    pub scenario_id: String,
    /// The content hash of the scenario as the client showed it.
    pub scenario_hash: String,
    /// Seconds the trainee spent on it.
    pub seconds: u64,
    /// When the trainee gave it (Unix seconds, the client's clock; kept for the audit only).
    pub given_at: u64,
    pub answer: Answer,
}

/// The server's word that an answer is stored: given only after the database committed it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Receipt {
    pub key: String,
    pub scenario_id: String,
    /// Server clock, Unix seconds.
    pub received_at: i64,
    /// A short code the trainee can read out to the trainer: the first characters of a hash of
    /// the stored answer.
    pub receipt: String,
    /// The answer as stored (so a client that lost its copy has it again).
    pub answer: Answer,
    pub seconds: u64,
    /// The score: present in practice, and in an exam once the trainer released the feedback.
    #[serde(default)]
    pub grade: Option<Grade>,
}

/// An answer the server took.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sent {
    pub key: String,
    pub scenario_id: String,
    /// The short code the server gave.
    pub receipt: String,
    /// Server clock, Unix seconds.
    pub received_at: i64,
}

/// An answer the server refused for good (the class was over, the scenario already answered…),
/// with its words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refused {
    pub post: AnswerPost,
    pub error: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassLink {
    /// `http://host:port`.
    pub server: String,
    pub code: String,
    pub trainee_id: i64,
    /// The secret the server gave at join (it keeps only its hash).
    pub secret: String,
    /// The class's scenario files, so that a restart needs no network.
    #[serde(default)]
    pub scenarios: Vec<ScenarioFile>,
    #[serde(default)]
    pub sent: Vec<Sent>,
    /// In the order given.
    #[serde(default)]
    pub waiting: Vec<AnswerPost>,
    #[serde(default)]
    pub refused: Vec<Refused>,
}

impl ClassLink {
    pub fn new(server: String, code: String, trainee_id: i64, secret: String) -> Self {
        Self {
            server,
            code,
            trainee_id,
            secret,
            scenarios: Vec::new(),
            sent: Vec::new(),
            waiting: Vec::new(),
            refused: Vec::new(),
        }
    }

    /// Queues an answer (once per key).
    pub fn queue(&mut self, post: AnswerPost) {
        if !self.waiting.iter().any(|p| p.key == post.key) && !self.sent.iter().any(|s| s.key == post.key) {
            self.waiting.push(post);
        }
    }

    /// The server's receipt for a waiting answer (or one the server already held at join): the
    /// answer moves to `sent`.
    pub fn accept(&mut self, r: &Receipt) {
        self.waiting.retain(|p| p.key != r.key);
        if !self.sent.iter().any(|s| s.key == r.key) {
            self.sent.push(Sent {
                key: r.key.clone(),
                scenario_id: r.scenario_id.clone(),
                receipt: r.receipt.clone(),
                received_at: r.received_at,
            });
        }
    }

    /// The server refused the answer under `key` for good.
    pub fn refuse(&mut self, key: &str, error: String, message: String) {
        if let Some(i) = self.waiting.iter().position(|p| p.key == key) {
            let post = self.waiting.remove(i);
            self.refused.push(Refused { post, error, message });
        }
    }

    /// The receipt of the last answer sent to `scenario_id`.
    pub fn receipt_for(&self, scenario_id: &str) -> Option<&Sent> {
        self.sent.iter().rev().find(|s| s.scenario_id == scenario_id)
    }

    pub fn is_waiting(&self, scenario_id: &str) -> bool {
        self.waiting.iter().any(|p| p.scenario_id == scenario_id)
    }
}

/// A key for a new answer: unique for this trainee, made from the session, the scenario, the time
/// and how many answers came before.
pub fn answer_key(session: &str, scenario_id: &str, at: u64, n: usize) -> String {
    use sha2::{Digest, Sha256};
    let d = Sha256::digest(format!("{session}\n{scenario_id}\n{at}\n{n}").as_bytes());
    d[..12].iter().map(|b| format!("{b:02x}")).collect()
}
