//! Training sessions and their results files: who the trainee is, which scenarios the session
//! holds and how far the trainee is, and every answer given (not scores: every reader recomputes
//! scores with the engine, so an edited score counts for nothing, and a scenario changed since the
//! answer is detected by its content hash).
//!
//! Architecture invariant: data and text only — parses and prints JSON it is handed, never reads
//! or writes files (the app and the CLI do, atomically).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::rules::assess::Class;
use crate::rules::grading::Answer;
use crate::rules::source::{FormatError, Problem};
use crate::training::scenario::{Generated, Scenario};

/// The value of `format` in every results file.
pub const RESULTS_FORMAT: &str = "rasoat-results";
/// The results file version this program writes and reads.
pub const RESULTS_VERSION: u32 = 1;

/// Who did the training. Remembered by the app after the first start.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trainee {
    pub name: String,
    /// Xã / phường / đặc khu (thị trấn before 1 July 2025).
    pub commune: String,
    /// Huyện / quận / thị xã: optional, as there is no district level since 1 July 2025
    /// (two-tier local government); empty when not given.
    #[serde(default)]
    pub district: String,
    /// Tỉnh / thành phố; optional (results written before it existed have none).
    #[serde(default)]
    pub province: String,
}

impl Trainee {
    /// A name and a commune are needed; the district and the province are optional.
    pub fn is_complete(&self) -> bool {
        !crate::rules::text::is_blank(&self.name) && !crate::rules::text::is_blank(&self.commune)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionMode {
    Practice,
    Exam,
}

/// Where the scenarios of a session come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SessionSource {
    /// The library of the chosen standard.
    Library,
    /// A trainer's set file (a list of scenario ids).
    Set { name: String },
    /// Generated households: the seed makes them again.
    Random { seed: u64, focus: String },
    /// Field visits in a village (started by `rasoat village` when no session was running).
    Village { village: String },
}

/// The `n`-th candidate id (from 1) for a session started at `started_at` (Unix seconds): the
/// caller takes the first whose results file does not exist yet, so two sessions never share one.
pub fn session_id(started_at: u64, n: u32) -> String {
    if n <= 1 {
        started_at.to_string()
    } else {
        format!("{started_at}-{n}")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    /// Unique per session: the start time in Unix seconds, with "-2", "-3"… when a session of
    /// the same trainee started in the same second (see `session_id`).
    pub id: String,
    /// Unix seconds.
    pub started_at: u64,
    pub mode: SessionMode,
    pub standard: String,
    pub source: SessionSource,
    #[serde(default)]
    pub time_limit_minutes: Option<u32>,
    /// The scenarios, in order.
    pub scenario_ids: Vec<String>,
    /// Index of the scenario the trainee is on (= number done, in order).
    pub position: usize,
    #[serde(default)]
    pub finished: bool,
}

/// One submission of an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Try {
    /// Unix seconds.
    pub submitted_at: u64,
    /// Seconds spent on the scenario for this try.
    pub seconds: u64,
    #[serde(default)]
    pub income_per_person_month_vnd: Option<u128>,
    #[serde(default)]
    pub deprived: Vec<String>,
    #[serde(default)]
    pub class: Option<Class>,
}

impl Try {
    pub fn answer(&self) -> Answer {
        Answer {
            income_per_person_month_vnd: self.income_per_person_month_vnd,
            deprived: self.deprived.iter().cloned().collect(),
            class: self.class,
        }
    }
}

/// The answers to one scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioAnswers {
    pub scenario_id: String,
    /// `content_hash` of the scenario when it was answered.
    pub scenario_hash: String,
    pub standard: String,
    /// For generated scenarios: how to make them again.
    #[serde(default)]
    pub generated: Option<Generated>,
    pub tries: Vec<Try>,
}

/// A results file: one trainee, one session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Results {
    pub format: String,
    pub version: u32,
    pub trainee: Trainee,
    pub session: SessionInfo,
    pub answers: Vec<ScenarioAnswers>,
    /// Field visits in the village, in the order started (a later addition: files without it
    /// load, and it is left out when empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub visits: Vec<VisitRecord>,
    /// Review campaigns in the village (the procedure), in the order started; left out when
    /// empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub campaigns: Vec<CampaignRecord>,
    /// The live class this session belongs to, with the answers sent and those waiting; left out
    /// for a session on this computer alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<crate::training::classroom::outbox::ClassLink>,
}

/// One review campaign: its setup and the trainee's decisions in order. Judgements are never
/// stored: they are recomputed by replaying the decisions against the standard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignRecord {
    /// Unique in the file: `<village>/<kind>/<started_at>`.
    pub id: String,
    pub village: String,
    #[serde(default)]
    pub village_name: String,
    /// Unix seconds.
    pub started_at: u64,
    /// Households, their previous status and requests, the seed and the first day.
    pub setup: crate::field::procedure::Setup,
    #[serde(default)]
    pub actions: Vec<crate::field::procedure::Action>,
}

impl CampaignRecord {
    /// The campaign these decisions lead to, under `standard`.
    pub fn replay(&self, standard: &crate::rules::standard::Standard) -> crate::field::procedure::Campaign {
        crate::field::procedure::Campaign::replay(self.setup.clone(), &self.actions, standard)
    }
}

/// Carries into `into` the campaigns of `other` it lacks, or has with fewer decisions (two
/// processes writing one results file never drop each other's work).
pub fn merge_campaigns(into: &mut Results, other: &Results) {
    for c in &other.campaigns {
        match into.campaigns.iter_mut().find(|x| x.id == c.id) {
            None => into.campaigns.push(c.clone()),
            Some(x) if c.actions.len() > x.actions.len() => *x = c.clone(),
            Some(_) => {}
        }
    }
    into.campaigns.sort_by_key(|c| c.started_at);
}

/// One field visit: the household as it was visited, the questions and looks in order, and the
/// form once submitted. Scores are never stored: they are recomputed from this record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VisitRecord {
    /// Unique in the file: `<village>/<home>/<started_at>`.
    pub id: String,
    pub village: String,
    /// The village's name as the trainee saw it.
    #[serde(default)]
    pub village_name: String,
    /// The home's id in the village (a scenario id, or `<village>-gen-…`).
    pub home: String,
    pub standard: String,
    pub mode: crate::field::visit::VisitMode,
    /// Unix seconds.
    pub started_at: u64,
    pub household: crate::rules::household::Household,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hidden: Vec<crate::field::visit::Hidden>,
    /// Question and look ids, in the order taken.
    #[serde(default)]
    pub actions: Vec<String>,
    /// The survey form, once submitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<Try>,
}

impl VisitRecord {
    pub fn submitted(&self) -> bool {
        self.form.is_some()
    }
}

/// Carries into `into` the visits of `other` (the same file as another process wrote it) that
/// `into` lacks or has with fewer steps, so that the app and the village, writing one results
/// file, never drop each other's visits.
pub fn merge_visits(into: &mut Results, other: &Results) {
    for v in &other.visits {
        match into.visits.iter_mut().find(|x| x.id == v.id) {
            None => into.visits.push(v.clone()),
            Some(x) => {
                let further = (v.submitted() && !x.submitted())
                    || (v.submitted() == x.submitted() && v.actions.len() > x.actions.len());
                if further {
                    *x = v.clone();
                }
            }
        }
    }
    into.visits.sort_by_key(|v| v.started_at);
}

impl Results {
    pub fn new(trainee: Trainee, session: SessionInfo) -> Self {
        Self {
            format: RESULTS_FORMAT.into(),
            version: RESULTS_VERSION,
            trainee,
            session,
            answers: Vec::new(),
            visits: Vec::new(),
            campaigns: Vec::new(),
            class: None,
        }
    }

    /// Records a try for a scenario (a new entry, or one more try of it), with a version-1 hash
    /// (household and standard id). The app records with `record_under`, whose hash covers the
    /// rules too.
    pub fn record(&mut self, scenario: &Scenario, standard: &str, attempt: Try) {
        let hash = content_hash(scenario, standard);
        self.record_hashed(scenario, standard, hash, attempt);
    }

    /// Records a try under `standard`, with a hash of the household and the standard's rules.
    pub fn record_under(
        &mut self,
        scenario: &Scenario,
        standard: &crate::rules::standard::Standard,
        attempt: Try,
    ) {
        let hash = content_hash_of_rules(scenario, standard);
        self.record_hashed(scenario, &standard.id, hash, attempt);
    }

    fn record_hashed(&mut self, scenario: &Scenario, standard: &str, hash: String, attempt: Try) {
        match self
            .answers
            .iter_mut()
            .find(|a| a.scenario_id == scenario.scenario.id)
        {
            Some(a) => {
                a.scenario_hash = hash;
                a.tries.push(attempt);
            }
            None => self.answers.push(ScenarioAnswers {
                scenario_id: scenario.scenario.id.clone(),
                scenario_hash: hash,
                standard: standard.to_owned(),
                generated: scenario.scenario.generated.clone(),
                tries: vec![attempt],
            }),
        }
    }

    pub fn answers_to(&self, id: &str) -> Option<&ScenarioAnswers> {
        self.answers.iter().find(|a| a.scenario_id == id)
    }

    /// The last answer submitted to scenario `id`, if any.
    pub fn last_answer(&self, id: &str) -> Option<crate::rules::grading::Answer> {
        self.answers_to(id)?.tries.last().map(Try::answer)
    }

    /// The file's text (pretty JSON, stable key order). An error (which the types make all but
    /// impossible) is returned, never an empty text that would overwrite a good file.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }

    /// A file name for this trainee and session:
    /// `<province>-<district>-<commune>-<name>-<session>.json` (the parts given), accents folded,
    /// so that a folder of results sorts by place.
    pub fn file_name(&self) -> String {
        let part = |s: &str| {
            let folded = crate::rules::text::fold(s);
            let kept: String = folded
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                .collect();
            kept.split('-')
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join("-")
        };
        let parts: Vec<String> = [
            &self.trainee.province,
            &self.trainee.district,
            &self.trainee.commune,
            &self.trainee.name,
            &self.session.id,
        ]
        .into_iter()
        .map(|p| part(p))
        .filter(|p| !p.is_empty())
        .collect();
        format!("{}.json", parts.join("-"))
    }
}

/// Reads a results file. Unknown keys are ignored (a newer program, or a hand-edited score: scores
/// are never read, they are recomputed).
pub fn parse_results(file: &str, text: &str) -> Result<Results, FormatError> {
    let located = |line: usize, column: usize, path: String, problem: Problem| FormatError {
        file: file.to_owned(),
        line,
        column,
        path,
        problem: Box::new(problem),
    };
    // Read plainly first; only a file that fails is read again keeping the path to the fault, for
    // the message (which a thousand good files would pay for otherwise).
    let r = match serde_json::from_str::<Results>(text) {
        Ok(r) => r,
        Err(_) => parse_located(text, &located)?,
    };
    check_results_version(r, text, &located)
}

/// `parse_results`' reading that keeps the path to a fault.
fn parse_located(
    text: &str,
    located: &impl Fn(usize, usize, String, Problem) -> FormatError,
) -> Result<Results, FormatError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let r: Results = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        located(
            inner.line(),
            inner.column(),
            if path == "." || path == "?" {
                String::new()
            } else {
                path
            },
            Problem::Other {
                detail: inner.to_string(),
            },
        )
    })?;
    // Nothing may follow the JSON value (text pasted after it would otherwise go unseen).
    de.end().map_err(|e| {
        located(
            e.line(),
            e.column(),
            String::new(),
            Problem::Other {
                detail: e.to_string(),
            },
        )
    })?;
    Ok(r)
}

/// A results file read: its format and version must be this program's.
fn check_results_version(
    r: Results,
    text: &str,
    located: &impl Fn(usize, usize, String, Problem) -> FormatError,
) -> Result<Results, FormatError> {
    // Where a top-level key's name stands (line and column from 1), for the two checks below.
    let key_at = |key: &str| {
        text.find(&format!("\"{key}\"")).map_or((1, 1), |at| {
            let before = &text[..at];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            (line, column)
        })
    };
    if r.format != RESULTS_FORMAT {
        let (line, column) = key_at("format");
        return Err(located(
            line,
            column,
            "format".into(),
            Problem::UnsupportedFormat {
                found: r.format.clone(),
            },
        ));
    }
    if r.version != RESULTS_VERSION {
        let (line, column) = key_at("version");
        return Err(located(
            line,
            column,
            "version".into(),
            Problem::UnsupportedFormat {
                found: r.version.to_string(),
            },
        ));
    }
    Ok(r)
}

/// The mark of a version-2 content hash, which covers the standard's rules and their citations.
pub const HASH_V2: &str = "2:";

/// The mark of a version-3 content hash: the standard's rules without their citations.
pub const HASH_V3: &str = "3:";

/// The household and the standard's rules an answer's hash is taken over.
#[derive(Serialize)]
struct Key<'a> {
    standard: &'a crate::rules::standard::Standard,
    household: &'a crate::rules::household::Household,
}

/// A fingerprint of what decides the answer to a scenario: its household and the standard's
/// rules (lines, classification, every indicator's parameters). A scenario whose facts changed, or
/// a standard whose threshold was corrected, after an answer was given has another hash, so the
/// answer is flagged instead of silently re-scored; the narrative and texts may change freely, and
/// so may the citations and their C/S/P marks, which decide no class. Written by the app since
/// hash version 3 (`"3:…"`).
pub fn content_hash_of_rules(scenario: &Scenario, standard: &crate::rules::standard::Standard) -> String {
    let standard = rules_of(standard);
    let mut key = toml::Value::try_from(Key {
        standard: &standard,
        household: &without_materials(&scenario.household),
    })
    .unwrap_or(toml::Value::Boolean(false));
    without_citations(&mut key);
    format!("{HASH_V3}{}", hex_digest(&key))
}

/// Removes every citation and its mark (`provenance`, `…_provenance`, `legal_basis`).
fn without_citations(v: &mut toml::Value) {
    match v {
        toml::Value::Table(t) => {
            t.retain(|k, _| k != "provenance" && !k.ends_with("_provenance") && k != "legal_basis");
            t.iter_mut().for_each(|(_, x)| without_citations(x));
        }
        toml::Value::Array(a) => a.iter_mut().for_each(without_citations),
        _ => {}
    }
}

/// The version-2 hash (`"2:…"`, written until hash version 3): the rules with their citations.
pub fn content_hash_v2(scenario: &Scenario, standard: &crate::rules::standard::Standard) -> String {
    let standard = rules_of(standard);
    let hex = hex_digest(&Key {
        standard: &standard,
        household: &without_materials(&scenario.household),
    });
    format!("{HASH_V2}{hex}")
}

/// The standard as far as it decides classes.
fn rules_of(standard: &crate::rules::standard::Standard) -> crate::rules::standard::Standard {
    // The material table and the dwelling's materials are never read by the engine (it reads the
    // stated durability): they are left out, so adding them changes no answer's hash.
    let mut standard = standard.clone();
    standard.materials = None;
    // Which review years take the standard, and with which kinds of review, decides no class.
    standard.review_years_provenance = None;
    standard.first_review_year = None;
    // Nor does the low-income worker band (shown, never used to classify).
    standard.low_income_workers = None;
    // Nor are the review procedure's steps, roles and durations (the campaign in the village):
    // adding them to a standard changes no answer's hash.
    standard.procedure = standard
        .procedure
        .as_ref()
        .map(crate::rules::standard::Procedure::meeting_summary);
    standard
}

fn without_materials(
    h: &crate::rules::household::Household,
) -> std::borrow::Cow<'_, crate::rules::household::Household> {
    let d = &h.dwelling;
    if d.wall_material.is_none() && d.frame_material.is_none() && d.roof_material.is_none() {
        return std::borrow::Cow::Borrowed(h);
    }
    let mut h = h.clone();
    h.dwelling.wall_material = None;
    h.dwelling.frame_material = None;
    h.dwelling.roof_material = None;
    std::borrow::Cow::Owned(h)
}

/// The first 16 bytes of the SHA-256 of `key` written as TOML, in hex.
fn hex_digest(key: &impl Serialize) -> String {
    let text = toml::to_string(key).unwrap_or_default();
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// Whether a recorded hash still matches the scenario under the standard: a version-3 hash is
/// compared with the household and the rules; a version-2 one with the household and the rules
/// with their citations — the standard's, or those of an earlier edition of it whose rules are the
/// same but for citations (`standard::earlier_editions`), so correcting a citation flags no
/// answer; an older one (written before version 2) with the household and the standard's id. So
/// every results file written before keeps scoring.
pub fn hash_matches(
    recorded: &str,
    scenario: &Scenario,
    standard: &crate::rules::standard::Standard,
) -> bool {
    if recorded.starts_with(HASH_V3) {
        recorded == content_hash_of_rules(scenario, standard)
    } else if recorded.starts_with(HASH_V2) {
        recorded == content_hash_v2(scenario, standard)
            || crate::rules::standard::earlier_editions().iter().any(|e| {
                e.id == standard.id
                    && recorded == content_hash_v2(scenario, e)
                    && content_hash_of_rules(scenario, e) == content_hash_of_rules(scenario, standard)
            })
    } else {
        recorded == content_hash(scenario, &standard.id)
    }
}

/// The hash of version 1: the household and the standard's id only (results files written before
/// version 2, and `Results::record`).
pub fn content_hash(scenario: &Scenario, standard: &str) -> String {
    #[derive(Serialize)]
    struct Key<'a> {
        standard: &'a str,
        household: &'a crate::rules::household::Household,
    }
    hex_digest(&Key {
        standard,
        household: &without_materials(&scenario.household),
    })
}

/// A set file: a trainer's list of scenarios for a session (TOML).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetFile {
    pub name: String,
    #[serde(default)]
    pub standard: Option<String>,
    #[serde(default)]
    pub mode: Option<SessionMode>,
    #[serde(default)]
    pub time_limit_minutes: Option<u32>,
    pub scenarios: Vec<String>,
}

pub fn parse_set(file: &str, text: &str) -> Result<SetFile, FormatError> {
    crate::rules::source::deserialize(file, text)
}
