//! What the live classroom's server and its clients (the desktop app, the command line, later the
//! web page) say to each other, as JSON. One definition for both ends, so they cannot drift.
//!
//! Scores never travel from a client to the server: a client sends what the trainee answered, the
//! server scores it with the engine and returns a receipt.

use serde::{Deserialize, Serialize};

use crate::training::session::{SessionMode, Trainee};

// The types a trainee's results file keeps (its class link) live in `outbox`, below the session
// types; they are part of the protocol all the same.
pub use super::outbox::{AnswerPost, Receipt, ScenarioFile};

/// The protocol version this program speaks. A client that sends another one is told, in words,
/// to update (HTTP 426).
pub const PROTOCOL_VERSION: u32 = 1;
/// The header every client sends its protocol version in.
pub const PROTOCOL_HEADER: &str = "x-rasoat-protocol";
/// Answers arriving this many seconds after a trainee's time is up are still taken: they were in
/// flight when the time ran out.
pub const GRACE_SECONDS: i64 = 30;

/// A trainer opens a class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewClass {
    #[serde(default)]
    pub title: String,
    pub standard: String,
    pub mode: SessionMode,
    /// In the order trainees work them.
    pub scenarios: Vec<ScenarioFile>,
    #[serde(default)]
    pub time_limit_minutes: Option<u32>,
}

/// The answer to `NewClass`. The trainer key is shown once; the server keeps only its hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassCreated {
    pub code: String,
    pub trainer_key: String,
}

/// Where a class is in its course.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Trainees join and wait; their attempts are prepared.
    Lobby,
    Running,
    Paused,
    Closed,
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Lobby => "lobby",
            Phase::Running => "running",
            Phase::Paused => "paused",
            Phase::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Phase::Lobby, Phase::Running, Phase::Paused, Phase::Closed]
            .into_iter()
            .find(|p| p.as_str() == s)
    }
}

/// A class as everyone may see it (no key, no trainee).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassState {
    pub code: String,
    pub title: String,
    pub standard: String,
    pub mode: SessionMode,
    pub phase: Phase,
    /// Whether trainees see their scores: always in practice; in an exam once the trainer
    /// releases them.
    pub feedback: bool,
    pub time_limit_minutes: Option<u32>,
    /// The server's clock (Unix seconds) when this was sent: clients count time left from it,
    /// never from their own clock.
    pub server_now: i64,
    /// When the class's time is up (Unix seconds, server clock), extensions included; none
    /// without a time limit or before the start.
    pub ends_at: Option<i64>,
    pub scenario_count: usize,
}

/// A trainee joins a class: the identity the app already asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Join {
    pub trainee: Trainee,
}

/// The answer to `Join`: the secret that lets this trainee post as themself (shown to this client
/// only; the server keeps its hash), the class with its scenarios, and every answer the server
/// already holds for this identity (a trainee who comes back resumes with all of them).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Joined {
    pub trainee_id: i64,
    pub secret: String,
    pub state: ClassState,
    /// This trainee's own end, extensions for them included.
    pub ends_at: Option<i64>,
    pub scenarios: Vec<ScenarioFile>,
    pub receipts: Vec<Receipt>,
}

/// What a trainee's own view of the class holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mine {
    pub state: ClassState,
    pub ends_at: Option<i64>,
    pub receipts: Vec<Receipt>,
}

/// What the trainer does to a class. Each is logged with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Control {
    Start,
    Pause {
        #[serde(default)]
        reason: String,
    },
    Resume,
    /// More time, for one trainee or (without `trainee`) for all.
    Extend {
        minutes: u32,
        #[serde(default)]
        trainee: Option<i64>,
        reason: String,
    },
    Close,
    /// Lets the trainees of an exam see their scores.
    Release,
}

/// Field visits and review campaigns from the village, sent as the results file holds them: the
/// server keeps the furthest version of each (by id).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RecordsPost {
    #[serde(default)]
    pub visits: Vec<crate::training::session::VisitRecord>,
    #[serde(default)]
    pub campaigns: Vec<crate::training::session::CampaignRecord>,
}

/// What the server holds for this trainee after a `RecordsPost`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordsTaken {
    pub visits: usize,
    pub campaigns: usize,
}

/// How far a visit went: its steps, and whether its form was submitted (which outranks steps).
pub fn visit_version(v: &crate::training::session::VisitRecord) -> i64 {
    i64::try_from(v.actions.len()).unwrap_or(i64::MAX / 2) + if v.submitted() { 1 << 40 } else { 0 }
}

/// How far a campaign went: its decisions.
pub fn campaign_version(c: &crate::training::session::CampaignRecord) -> i64 {
    i64::try_from(c.actions.len()).unwrap_or(i64::MAX)
}

/// One trainee's work in a class, as a results file `rasoat report` reads unchanged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedFile {
    /// A file name (ASCII: class code and trainee number).
    pub name: String,
    pub results: crate::training::session::Results,
}

/// One line of a class's log: what the trainer did, when, to whom and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogEntry {
    pub at: i64,
    pub action: String,
    #[serde(default)]
    pub trainee: Option<i64>,
    #[serde(default)]
    pub minutes: Option<i64>,
    pub reason: String,
}

/// One trainee's answers, as the trainer sees them (always with the score).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TraineeAnswers {
    pub id: i64,
    pub trainee: Trainee,
    pub joined_at: i64,
    pub receipts: Vec<Receipt>,
}

/// An error as the server says it: a stable code for programs and a message in the language the
/// client asked for (`Accept-Language`, Vietnamese by default).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    pub error: String,
    pub message: String,
}

/// The secret's header value: `Authorization: Bearer <secret>`.
pub fn bearer(secret: &str) -> String {
    format!("Bearer {secret}")
}

/// Letters and digits of class codes: no 0/O, 1/I/L, 2/Z, 5/S, 8/B, so a code read aloud or
/// copied from a projector is not mistaken.
pub const CODE_ALPHABET: &[u8] = b"34679ACDEFGHJKMNPQRTUVWXY";
/// How long a class code is.
pub const CODE_LEN: usize = 6;

/// A class code from random bytes (the caller takes them from the operating system; 16 are
/// plenty). Bytes of 250 and above are skipped, so every letter is equally likely; `None` when
/// too few are left.
pub fn class_code(random: &[u8]) -> Option<String> {
    let code: String = random
        .iter()
        .filter(|b| **b < 250)
        .take(CODE_LEN)
        .map(|b| char::from(CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()]))
        .collect();
    (code.len() == CODE_LEN).then_some(code)
}

/// A code as typed: upper case, spaces and dashes dropped; `None` when it cannot be a code.
pub fn normalize_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (code.len() == CODE_LEN && code.bytes().all(|b| CODE_ALPHABET.contains(&b))).then_some(code)
}

/// The identity a trainee is known by in a class: name, commune, district and province, in NFC,
/// trimmed, case and inner spaces folded — the same person typing their name on another PC
/// resumes, whatever the spacing or capitals.
pub fn identity_key(t: &Trainee) -> String {
    let fold = |s: &str| {
        crate::rules::text::nfc(s)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    [&t.name, &t.commune, &t.district, &t.province]
        .map(|s| fold(s))
        .join("\u{1f}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_use_no_look_alikes() {
        for bad in ['0', 'O', '1', 'I', 'L', '2', 'Z', '5', 'S', '8', 'B'] {
            assert!(!CODE_ALPHABET.contains(&(bad as u8)), "{bad}");
        }
        assert_eq!(class_code(&[0, 1, 2, 3, 255, 24, 25]), Some("3467Y3".to_owned()));
        assert_eq!(class_code(&[0, 1, 2, 3, 255, 24]), None);
        assert_eq!(normalize_code(" 346-79a "), Some("34679A".to_owned()));
        assert_eq!(normalize_code("34679"), None);
        assert_eq!(normalize_code("34679O"), None);
    }

    #[test]
    fn identity_folds_spacing_and_case() {
        let a = Trainee {
            name: "Hà Thị  Chắt".into(),
            commune: "Xã Tân Lập".into(),
            district: String::new(),
            province: "Phú Thọ".into(),
        };
        let b = Trainee {
            name: " hà thị chắt".into(),
            commune: "xã tân lập ".into(),
            ..a.clone()
        };
        assert_eq!(identity_key(&a), identity_key(&b));
        let c = Trainee {
            commune: "Xã Tân Long".into(),
            ..a.clone()
        };
        assert_ne!(identity_key(&a), identity_key(&c));
    }
}
