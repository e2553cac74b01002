//! The review procedure as a campaign: the state of one village's review (who is listed, what
//! was proposed, the village meeting and its votes, the posting and its complaints, the final
//! lists), the trainee's decisions as actions, and for each decision whether it follows the rule,
//! with the rule's citation and C/S/P mark.
//!
//! Architecture invariant: pure and replayable. Every rule the campaign applies comes from the
//! standard's `[procedure]` (`standards/*.toml`); no number of the procedure is written here. The
//! only numbers here are the simulation's own: how many people come to a meeting and how likely
//! they are to agree (a crowd, not a law). A campaign is its setup (households, seed, start day)
//! and its actions: replaying them gives the same state and the same judgements. No IO, no prose
//! (the words are in `procedure_words`).

use std::collections::BTreeSet;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};
use time::{Date, Month, Weekday};

use crate::rules::assess::Class;
use crate::rules::standard::{
    Calendar, DayCount, Duration, Over, Place, Procedure, Provenance, Role, Standard, Step,
};

/// A day of the campaign: always a real date (a results file with another is refused).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "DayFields")]
pub struct Day {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

#[derive(Deserialize)]
struct DayFields {
    year: i32,
    month: u8,
    day: u8,
}

impl TryFrom<DayFields> for Day {
    type Error = String;

    fn try_from(f: DayFields) -> Result<Day, String> {
        Day::new(f.year, f.month, f.day)
            .ok_or_else(|| format!("{}/{}/{} is not a date", f.day, f.month, f.year))
    }
}

impl Day {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Day> {
        let d = Day { year, month, day };
        d.date().map(|_| d)
    }

    fn date(self) -> Option<Date> {
        Date::from_calendar_date(self.year, Month::try_from(self.month).ok()?, self.day).ok()
    }

    fn from_date(d: Date) -> Day {
        Day {
            year: d.year(),
            month: d.month() as u8,
            day: d.day(),
        }
    }

    /// The most days a campaign's action may span (a bound on input, not a rule).
    pub const MAX_SPAN: u32 = 366;

    /// Monday = 1 … Sunday = 7.
    pub fn weekday(self) -> u8 {
        self.date().map_or(1, |d| d.weekday().number_from_monday())
    }

    pub fn is_working(self) -> bool {
        self.date()
            .is_some_and(|d| !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday))
    }

    /// The next calendar day.
    pub fn next(self) -> Day {
        self.date().and_then(Date::next_day).map_or(self, Day::from_date)
    }

    /// This day if it is a working day, else the next working day.
    pub fn working_on_or_after(self) -> Day {
        let mut d = self;
        // At most two weekend days to skip; the bound also ends the loop at the calendar's end.
        for _ in 0..7 {
            if d.is_working() {
                break;
            }
            d = d.next();
        }
        d
    }

    /// The next working day after this one.
    pub fn next_working(self) -> Day {
        self.next().working_on_or_after()
    }

    /// `n` days after this one, counted as the rule says: calendar days, or working days
    /// (Saturdays and Sundays skipped; public holidays are not modelled).
    pub fn add(self, n: u32, count: DayCount) -> Day {
        let mut d = self;
        for _ in 0..n.min(Day::MAX_SPAN) {
            d = match count {
                DayCount::Calendar => d.next(),
                DayCount::Working => d.next_working(),
            };
        }
        d
    }
}

/// A household's place on the list before the review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Poor,
    NearPoor,
    /// On neither list.
    None,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Poor, Status::NearPoor, Status::None];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Poor => "poor",
            Status::NearPoor => "near_poor",
            Status::None => "none",
        }
    }

    /// The list a class puts a household on.
    pub fn of(class: Class) -> Status {
        match class {
            Class::Poor => Status::Poor,
            Class::NearPoor => Status::NearPoor,
            Class::AverageLivingStandard | Class::None => Status::None,
        }
    }
}

/// What a household asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    /// Mẫu số 01: to be reviewed.
    Review,
    /// Mẫu số 04: to be recognised as having escaped poverty or near-poverty.
    Escape,
    /// To be recognised as a farming household of average living standard.
    AverageFarming,
}

impl Request {
    pub fn as_str(self) -> &'static str {
        match self {
            Request::Review => "review",
            Request::Escape => "escape",
            Request::AverageFarming => "average_farming",
        }
    }
}

/// A complaint raised while the results are posted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ComplaintKind {
    /// A neighbour reports income the household left out.
    NeighbourIncome,
    /// The household disputes its class.
    HouseholdDisputes,
}

/// The kind of review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Rà soát định kỳ hằng năm.
    Periodic,
    /// Rà soát thường xuyên trong năm.
    Regular,
    /// Xác định hộ làm nông, lâm, ngư, diêm nghiệp có mức sống trung bình.
    AverageFarming,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Periodic, Kind::Regular, Kind::AverageFarming];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Periodic => "periodic",
            Kind::Regular => "regular",
            Kind::AverageFarming => "average_farming",
        }
    }
}

/// The final lists of the commune chairman's decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListName {
    Poor,
    NearPoor,
    EscapedPoverty,
    EscapedNearPoverty,
    /// Kind `AverageFarming`: recognised as of average living standard.
    AverageLivingStandard,
}

impl ListName {
    pub const PERIODIC: [ListName; 4] = [
        ListName::Poor,
        ListName::NearPoor,
        ListName::EscapedPoverty,
        ListName::EscapedNearPoverty,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ListName::Poor => "poor",
            ListName::NearPoor => "near_poor",
            ListName::EscapedPoverty => "escaped_poverty",
            ListName::EscapedNearPoverty => "escaped_near_poverty",
            ListName::AverageLivingStandard => "average_living_standard",
        }
    }
}

/// The lists a household belongs on, from its place before the review and its class now.
/// A poor household that is now near-poor is on the near-poor list and has escaped poverty.
pub fn lists_for(previous: Status, now: Class, kind: Kind) -> BTreeSet<ListName> {
    let mut out = BTreeSet::new();
    if kind == Kind::AverageFarming {
        if now == Class::AverageLivingStandard {
            out.insert(ListName::AverageLivingStandard);
        }
        return out;
    }
    match Status::of(now) {
        Status::Poor => {
            out.insert(ListName::Poor);
        }
        Status::NearPoor => {
            out.insert(ListName::NearPoor);
            if previous == Status::Poor {
                out.insert(ListName::EscapedPoverty);
            }
        }
        Status::None => match previous {
            Status::Poor => {
                out.insert(ListName::EscapedPoverty);
            }
            Status::NearPoor => {
                out.insert(ListName::EscapedNearPoverty);
            }
            Status::None => {}
        },
    }
    out
}

/// How a household's status changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    StaysPoor,
    StaysNearPoor,
    NewPoor,
    NewNearPoor,
    /// Near-poor before, poor now.
    FellIntoPoverty,
    /// Poor before, near-poor now.
    EscapedPovertyToNearPoor,
    /// Poor before, above both now.
    EscapedPoverty,
    EscapedNearPoverty,
    StaysOff,
}

impl Change {
    pub fn of(previous: Status, now: Class) -> Change {
        match (previous, Status::of(now)) {
            (Status::Poor, Status::Poor) => Change::StaysPoor,
            (Status::Poor, Status::NearPoor) => Change::EscapedPovertyToNearPoor,
            (Status::Poor, Status::None) => Change::EscapedPoverty,
            (Status::NearPoor, Status::Poor) => Change::FellIntoPoverty,
            (Status::NearPoor, Status::NearPoor) => Change::StaysNearPoor,
            (Status::NearPoor, Status::None) => Change::EscapedNearPoverty,
            (Status::None, Status::Poor) => Change::NewPoor,
            (Status::None, Status::NearPoor) => Change::NewNearPoor,
            (Status::None, Status::None) => Change::StaysOff,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Change::StaysPoor => "stays_poor",
            Change::StaysNearPoor => "stays_near_poor",
            Change::NewPoor => "new_poor",
            Change::NewNearPoor => "new_near_poor",
            Change::FellIntoPoverty => "fell_into_poverty",
            Change::EscapedPovertyToNearPoor => "escaped_poverty_to_near_poor",
            Change::EscapedPoverty => "escaped_poverty",
            Change::EscapedNearPoverty => "escaped_near_poverty",
            Change::StaysOff => "stays_off",
        }
    }
}

/// A household in the campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entrant {
    pub id: String,
    pub previous: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<Request>,
    /// The engine's class from every fact (what a perfect review finds).
    pub truth: Class,
    /// What the neighbours at the meeting believe the class is.
    pub neighbours: Class,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complaint: Option<ComplaintKind>,
}

/// What a campaign starts from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Setup {
    pub kind: Kind,
    pub standard: String,
    /// The seed of the crowd at the meeting and of the complaints' days.
    pub seed: u64,
    pub start: Day,
    pub households: Vec<Entrant>,
}

/// The trainee's decisions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "do", rename_all = "snake_case")]
pub enum Action {
    /// Lập danh sách: the households put on the review list.
    List { ids: Vec<String> },
    /// The class the trainee's survey form proposes for a household.
    Propose { id: String, class: Class },
    /// Prepare and open the village meeting.
    Prepare { chair: Role, invited: Vec<Role> },
    /// Present a household's proposed class; the attendees vote.
    Present { id: String },
    /// Apply the agreement rule to the vote.
    Conclude { id: String, over: Over, accepted: bool },
    /// Complete the minutes.
    Minutes { copies: u32, signers: Vec<Role> },
    /// Post the results.
    Post { places: Vec<Place>, days: u32 },
    /// Re-check a household on complaint (the class of the new visit's form).
    Recheck { id: String, class: Class },
    /// End the posting.
    EndPosting,
    /// Report to, and ask the opinion of, a higher level (none when there is none to ask).
    Report { consulted: Option<Role> },
    /// The decision: who signs, and each reviewed household's lists.
    Decide {
        by: Role,
        lists: Vec<(String, Vec<ListName>)>,
        /// Whether households that do not qualify get a written answer with reasons.
        written_refusals: bool,
    },
}

/// Where the campaign is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    List,
    Survey,
    Meeting,
    Posting,
    Report,
    Recognition,
    Done,
}

/// A meeting's vote on one proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub attendees: u32,
    pub agree: u32,
    /// Households represented at the meeting, and how many of them agreed (the wrong base).
    pub households: u32,
    pub agree_households: u32,
}

impl Tally {
    /// Whether the share reaches `percent` of the base, exactly (integers).
    pub fn reaches(&self, over: Over, percent: u32) -> bool {
        let (part, whole) = match over {
            Over::Attendees => (self.agree, self.attendees),
            Over::Households => (self.agree_households, self.households),
        };
        whole > 0 && u64::from(part) * 100 >= u64::from(percent) * u64::from(whole)
    }
}

/// Whether the meeting accepts, under the rule: at least `min_percent` of the base.
pub fn meeting_accepts(tally: &Tally, over: Over, min_percent: u32) -> bool {
    tally.reaches(over, min_percent)
}

/// A village meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub day: Day,
    pub chair: Role,
    pub invited: Vec<Role>,
    pub attendees: u32,
    pub households: u32,
    /// How many people came from each household represented (the rest are officials).
    #[serde(default)]
    pub sizes: Vec<u32>,
    /// Proposals presented: household, proposed class, tally, the trainee's conclusion.
    pub votes: Vec<Vote>,
    pub minutes: Option<(u32, Vec<Role>)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vote {
    pub id: String,
    pub class: Class,
    pub tally: Tally,
    pub accepted: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Complaint {
    pub id: String,
    pub kind: ComplaintKind,
    pub day: Day,
    /// The class of the re-check, once done, and its day.
    pub recheck: Option<(Class, Day)>,
}

/// The commune chairman's decision as the trainee made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub day: Day,
    pub by: Role,
    /// Each reviewed household and the lists it was put on.
    pub lists: Vec<(String, Vec<ListName>)>,
}

/// Whether a decision followed the rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Right,
    Wrong,
    /// The rule is not known well enough to judge (shown, not scored).
    NotJudged,
}

/// What was checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "check", rename_all = "snake_case")]
pub enum Check {
    Listed {
        id: String,
        listed: bool,
        should: bool,
        previous: Status,
        request: Option<Request>,
    },
    Chair {
        chosen: Role,
        rule: Role,
    },
    FatherlandFront {
        invited: bool,
        required: bool,
    },
    Invited {
        missing: Vec<Role>,
    },
    ShareBasis {
        id: String,
        chosen: Over,
        rule: Over,
    },
    Conclusion {
        id: String,
        tally: Tally,
        min_percent: Option<u32>,
        accepted: bool,
    },
    MinutesCopies {
        copies: u32,
        rule: u32,
    },
    MinutesSigners {
        missing: Vec<Role>,
    },
    PostingPlaces {
        missing: Vec<Place>,
    },
    PostingDays {
        days: u32,
        rule: Option<u32>,
    },
    Recheck {
        id: String,
        earlier: Option<Class>,
        now: Class,
        truth: Class,
    },
    RecheckTime {
        id: String,
        day: Day,
        deadline: Day,
    },
    ComplaintIgnored {
        id: String,
    },
    Consulted {
        chosen: Option<Role>,
        should: Option<Role>,
        district_gone: bool,
        #[serde(default)]
        district_until: Option<Day>,
    },
    DecidedBy {
        chosen: Role,
        rule: Role,
    },
    Lists {
        id: String,
        chosen: Vec<ListName>,
        should: Vec<ListName>,
    },
    Class {
        id: String,
        accepted: Option<Class>,
        truth: Class,
    },
    Deadline {
        decided: Day,
        deadline: Day,
    },
    Refusal {
        ids: Vec<String>,
        written: bool,
    },
}

impl Check {
    /// A stable key per kind of check, for the trainer's summary.
    pub fn key(&self) -> &'static str {
        match self {
            Check::Listed { .. } => "listed",
            Check::Chair { .. } => "chair",
            Check::FatherlandFront { .. } => "fatherland_front",
            Check::Invited { .. } => "invited",
            Check::ShareBasis { .. } => "share_basis",
            Check::Conclusion { .. } => "conclusion",
            Check::MinutesCopies { .. } => "minutes_copies",
            Check::MinutesSigners { .. } => "minutes_signers",
            Check::PostingPlaces { .. } => "posting_places",
            Check::PostingDays { .. } => "posting_days",
            Check::Recheck { .. } => "recheck",
            Check::RecheckTime { .. } => "recheck_time",
            Check::ComplaintIgnored { .. } => "complaint_ignored",
            Check::Consulted { .. } => "consulted",
            Check::DecidedBy { .. } => "decided_by",
            Check::Lists { .. } => "lists",
            Check::Class { .. } => "class",
            Check::Deadline { .. } => "deadline",
            Check::Refusal { .. } => "refusal",
        }
    }

    pub const KEYS: [&'static str; 19] = [
        "listed",
        "chair",
        "fatherland_front",
        "invited",
        "share_basis",
        "conclusion",
        "minutes_copies",
        "minutes_signers",
        "posting_places",
        "posting_days",
        "recheck",
        "recheck_time",
        "complaint_ignored",
        "consulted",
        "decided_by",
        "lists",
        "class",
        "deadline",
        "refusal",
    ];
}

/// One judged decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Judged {
    pub day: Day,
    pub step: Step,
    pub check: Check,
    pub outcome: Outcome,
    pub provenance: Provenance,
}

/// Why an action cannot be taken now (the shells offer only what can be taken).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// The standard has no procedure data for this step.
    NoRule(Step),
    /// Not at this stage.
    WrongStage { stage: Stage },
    /// Not a household of this campaign, or not one this action is for.
    NotHere(String),
    /// Some listed households have no proposal yet.
    NotSurveyed(Vec<String>),
    /// Some proposals are not concluded yet.
    Unconcluded,
    /// A number outside what a campaign can take (a posting of 0 days or of more than a year).
    OutOfRange,
}

/// A campaign: its setup, the actions taken, and what follows from them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Campaign {
    pub setup: Setup,
    pub actions: Vec<Action>,
    pub stage: Stage,
    pub today: Day,
    /// The households under review (the list for a periodic review; the requesting households
    /// otherwise).
    pub reviewed: Vec<String>,
    /// Each reviewed household's latest proposal, waiting for the meeting.
    pub proposals: Vec<(String, Class)>,
    /// Each household's class as agreed at the meeting (and changed by re-checks).
    pub agreed: Vec<(String, Class)>,
    /// Every proposal a household had, in order (the debrief sets re-checks against them).
    pub history: Vec<(String, Class)>,
    pub meetings: Vec<Meeting>,
    pub posting: Option<(Day, Vec<Place>, u32)>,
    pub complaints: Vec<Complaint>,
    pub decision: Option<Decision>,
    pub judged: Vec<Judged>,
}

/// The rules a campaign reads, found once.
struct Rules<'a> {
    p: &'a Procedure,
}

impl<'a> Rules<'a> {
    fn new(standard: &'a Standard) -> Option<Rules<'a>> {
        standard.procedure.as_ref().map(|p| Rules { p })
    }

    fn step_provenance(&self, step: Step) -> Provenance {
        self.p
            .step(step)
            .map_or_else(|| self.p.provenance.clone(), |s| s.provenance.clone())
    }
}

impl Campaign {
    /// A new campaign at its first stage.
    pub fn new(setup: Setup) -> Campaign {
        let stage = match setup.kind {
            Kind::Periodic => Stage::List,
            Kind::Regular | Kind::AverageFarming => Stage::Survey,
        };
        let reviewed = match setup.kind {
            Kind::Periodic => vec![],
            Kind::Regular | Kind::AverageFarming => setup
                .households
                .iter()
                .filter(|h| h.request.is_some())
                .map(|h| h.id.clone())
                .collect(),
        };
        Campaign {
            today: setup.start,
            setup,
            actions: vec![],
            stage,
            reviewed,
            proposals: vec![],
            agreed: vec![],
            history: vec![],
            meetings: vec![],
            posting: None,
            complaints: vec![],
            decision: None,
            judged: vec![],
        }
    }

    /// Replays actions from the setup; stops at the first that cannot be taken.
    pub fn replay(setup: Setup, actions: &[Action], standard: &Standard) -> Campaign {
        let mut c = Campaign::new(setup);
        for a in actions {
            if c.apply(a.clone(), standard).is_err() {
                break;
            }
        }
        c
    }

    pub fn entrant(&self, id: &str) -> Option<&Entrant> {
        self.setup.households.iter().find(|h| h.id == id)
    }

    fn lookup(list: &[(String, Class)], id: &str) -> Option<Class> {
        list.iter().rev().find(|(h, _)| h == id).map(|(_, c)| *c)
    }

    fn set(list: &mut Vec<(String, Class)>, id: &str, class: Class) {
        match list.iter_mut().find(|(h, _)| h == id) {
            Some(x) => x.1 = class,
            None => list.push((id.to_string(), class)),
        }
    }

    pub fn proposal(&self, id: &str) -> Option<Class> {
        Self::lookup(&self.proposals, id)
    }

    pub fn agreed_class(&self, id: &str) -> Option<Class> {
        Self::lookup(&self.agreed, id)
    }

    /// Reviewed households still to survey (no proposal and not agreed).
    pub fn to_survey(&self) -> Vec<String> {
        self.reviewed
            .iter()
            .filter(|id| self.proposal(id).is_none() && self.agreed_class(id).is_none())
            .cloned()
            .collect()
    }

    /// The meeting in progress (opened, minutes not yet written).
    pub fn open_meeting(&self) -> Option<&Meeting> {
        self.meetings.last().filter(|m| m.minutes.is_none())
    }

    /// Proposals not yet presented at the open meeting.
    pub fn to_present(&self) -> Vec<String> {
        let Some(m) = self.open_meeting() else {
            return vec![];
        };
        self.proposals
            .iter()
            .map(|(id, _)| id.clone())
            .filter(|id| !m.votes.iter().any(|v| &v.id == id))
            .collect()
    }

    /// Complaints not yet re-checked.
    pub fn open_complaints(&self) -> Vec<&Complaint> {
        self.complaints.iter().filter(|c| c.recheck.is_none()).collect()
    }

    /// The regular review's deadline for the decision, where the standard sets one.
    pub fn deadline(&self, standard: &Standard) -> Option<Day> {
        if self.setup.kind != Kind::Regular {
            return None;
        }
        // The campaign opens on the day its time runs from: the review's start (the 15th under
        // QĐ 24/2021), or the day the household's request is received (Thông tư 14/2018).
        let (days, count, _) = standard.procedure.as_ref()?.regular_decision()?;
        Some(self.setup.start.add(days, count))
    }

    /// The lists each reviewed household belongs on, from the classes agreed (what a correct
    /// decision writes).
    pub fn lists_from_agreed(&self) -> Vec<(String, BTreeSet<ListName>)> {
        self.reviewed
            .iter()
            .filter_map(|id| {
                let e = self.entrant(id)?;
                let class = self.agreed_class(id)?;
                Some((id.clone(), lists_for(e.previous, class, self.setup.kind)))
            })
            .collect()
    }

    /// The lists the engine finds for the households the rule puts under review (on a list or
    /// requesting): each one's true class against its status before. A household the rule does
    /// not list is not reviewed, whatever its facts.
    pub fn lists_from_truth(&self) -> Vec<(String, BTreeSet<ListName>)> {
        self.setup
            .households
            .iter()
            .filter(|e| {
                e.request.is_some() || (self.setup.kind == Kind::Periodic && e.previous != Status::None)
            })
            .map(|e| (e.id.clone(), lists_for(e.previous, e.truth, self.setup.kind)))
            .collect()
    }

    /// Right decisions over judged ones.
    pub fn score(&self) -> (usize, usize) {
        let judged = self.judged.iter().filter(|j| j.outcome != Outcome::NotJudged);
        let (mut right, mut all) = (0, 0);
        for j in judged {
            all += 1;
            if j.outcome == Outcome::Right {
                right += 1;
            }
        }
        (right, all)
    }

    fn judge(&mut self, step: Step, check: Check, ok: Option<bool>, provenance: Provenance) {
        let outcome = match ok {
            Some(true) => Outcome::Right,
            Some(false) => Outcome::Wrong,
            None => Outcome::NotJudged,
        };
        self.judged.push(Judged {
            day: self.today,
            step,
            check,
            outcome,
            provenance,
        });
    }

    fn rng(&self, salt: u64) -> ChaCha8Rng {
        ChaCha8Rng::seed_from_u64(self.setup.seed ^ salt.wrapping_mul(0x9e37_79b9_7f4a_7c15))
    }

    /// Takes one action: changes the state and judges it against the standard's procedure. A
    /// judgement made before an amending text took effect cites what the rule rested on then.
    pub fn apply(&mut self, action: Action, standard: &Standard) -> Result<(), Refused> {
        let first = self.judged.len();
        let done = self.take(action, standard);
        if let Some(a) = standard.procedure.as_ref().and_then(|p| p.amended.as_ref()) {
            for j in &mut self.judged[first..] {
                let cited = a.on(&j.provenance, j.day.year, j.day.month.into(), j.day.day.into());
                if cited != &j.provenance {
                    j.provenance = cited.clone();
                }
            }
        }
        done
    }

    fn take(&mut self, action: Action, standard: &Standard) -> Result<(), Refused> {
        let rules = Rules::new(standard).ok_or(Refused::NoRule(Step::List))?;
        let p = rules.p;
        let stage = self.stage;
        let wrong_stage = || Refused::WrongStage { stage };
        match &action {
            Action::List { ids } => {
                if stage != Stage::List {
                    return Err(wrong_stage());
                }
                let rule = p.list.as_ref().ok_or(Refused::NoRule(Step::List))?;
                if let Some(bad) = ids.iter().find(|id| self.entrant(id).is_none()) {
                    return Err(Refused::NotHere(bad.clone()));
                }
                for e in self.setup.households.clone() {
                    let should = rule.who.iter().any(|w| match w {
                        crate::rules::standard::Listed::OnList => e.previous != Status::None,
                        crate::rules::standard::Listed::Requested => e.request.is_some(),
                    });
                    let listed = ids.contains(&e.id);
                    self.judge(
                        Step::List,
                        Check::Listed {
                            id: e.id.clone(),
                            listed,
                            should,
                            previous: e.previous,
                            request: e.request,
                        },
                        Some(listed == should),
                        rule.provenance.clone(),
                    );
                }
                self.reviewed = self
                    .setup
                    .households
                    .iter()
                    .filter(|e| ids.contains(&e.id))
                    .map(|e| e.id.clone())
                    .collect();
                // Nobody to review: the review of this village ends with its list.
                self.stage = if self.reviewed.is_empty() {
                    Stage::Done
                } else {
                    Stage::Survey
                };
            }
            Action::Propose { id, class } => {
                if !matches!(stage, Stage::Survey | Stage::Meeting) || self.open_meeting().is_some() {
                    return Err(wrong_stage());
                }
                // A household is surveyed until the meeting agrees on it; a new form before the
                // meeting replaces the proposal.
                if !self.reviewed.contains(id) || self.agreed_class(id).is_some() {
                    return Err(Refused::NotHere(id.clone()));
                }
                self.today = self.today.working_on_or_after().next_working();
                Self::set(&mut self.proposals, id, *class);
                self.history.push((id.clone(), *class));
                let no_meeting = match self.setup.kind {
                    Kind::AverageFarming => true,
                    Kind::Regular => p.regular.as_ref().is_some_and(|r| !r.meeting),
                    Kind::Periodic => false,
                };
                if no_meeting {
                    // No village meeting: the survey's result goes straight to posting.
                    Self::set(&mut self.agreed, id, *class);
                    self.proposals.retain(|(h, _)| h != id);
                    if self.to_survey().is_empty() {
                        self.stage = Stage::Posting;
                    }
                } else if self.to_survey().is_empty() {
                    self.stage = Stage::Meeting;
                }
            }
            Action::Prepare { chair, invited } => {
                if stage != Stage::Meeting || self.open_meeting().is_some() {
                    return Err(wrong_stage());
                }
                let unsurveyed = self.to_survey();
                if !unsurveyed.is_empty() {
                    return Err(Refused::NotSurveyed(unsurveyed));
                }
                let rule = p.meeting.as_ref().ok_or(Refused::NoRule(Step::Meeting))?;
                self.today = self.today.working_on_or_after();
                self.judge(
                    Step::Meeting,
                    Check::Chair {
                        chosen: *chair,
                        rule: rule.chair,
                    },
                    Some(*chair == rule.chair),
                    rule.provenance.clone(),
                );
                let ff = invited.contains(&Role::FatherlandFront);
                self.judge(
                    Step::Meeting,
                    Check::FatherlandFront {
                        invited: ff,
                        required: p.fatherland_front_invited,
                    },
                    // Not required (2016–2020): nothing to judge.
                    p.fatherland_front_invited.then_some(ff),
                    p.provenance.clone(),
                );
                let missing: Vec<Role> = rule
                    .attendees
                    .iter()
                    .copied()
                    .filter(|r| !invited.contains(r))
                    .collect();
                self.judge(
                    Step::Meeting,
                    Check::Invited {
                        missing: missing.clone(),
                    },
                    Some(missing.is_empty()),
                    rule.provenance.clone(),
                );
                let (officials, sizes) = self.crowd(invited);
                self.meetings.push(Meeting {
                    day: self.today,
                    chair: *chair,
                    invited: invited.clone(),
                    attendees: officials + sizes.iter().sum::<u32>(),
                    households: sizes.len() as u32,
                    sizes,
                    votes: vec![],
                    minutes: None,
                });
            }
            Action::Present { id } => {
                if !self.to_present().contains(id) {
                    return Err(Refused::NotHere(id.clone()));
                }
                let class = self.proposal(id).ok_or_else(|| Refused::NotHere(id.clone()))?;
                let believe = self.entrant(id).map_or(class, |e| e.neighbours);
                let n = self.meetings.len() as u64;
                let presented = self.meetings.last().map_or(0, |m| m.votes.len()) as u64;
                let salt = (n * 1000 + self.history.len() as u64) * 1000 + presented;
                let mut rng = self.rng(salt);
                let matches = same_list(class, believe, self.setup.kind);
                let m = self.meetings.last_mut().ok_or(wrong_stage())?;
                let officials = m.attendees.saturating_sub(m.sizes.iter().sum::<u32>());
                let tally = vote(&mut rng, officials, &m.sizes, matches);
                m.votes.push(Vote {
                    id: id.clone(),
                    class,
                    tally,
                    accepted: None,
                });
            }
            Action::Conclude { id, over, accepted } => {
                let rule = p.meeting.as_ref().ok_or(Refused::NoRule(Step::Meeting))?;
                let m = self
                    .meetings
                    .last_mut()
                    .filter(|m| m.minutes.is_none())
                    .ok_or(wrong_stage())?;
                let v = m
                    .votes
                    .iter_mut()
                    .find(|v| &v.id == id && v.accepted.is_none())
                    .ok_or_else(|| Refused::NotHere(id.clone()))?;
                v.accepted = Some(*accepted);
                let (tally, class) = (v.tally, v.class);
                let min = p.meeting_min_agreement_percent;
                if min.is_some() {
                    self.judge(
                        Step::Meeting,
                        Check::ShareBasis {
                            id: id.clone(),
                            chosen: *over,
                            rule: rule.agreement_over,
                        },
                        Some(*over == rule.agreement_over),
                        p.provenance.clone(),
                    );
                }
                self.judge(
                    Step::Meeting,
                    Check::Conclusion {
                        id: id.clone(),
                        tally,
                        min_percent: min,
                        accepted: *accepted,
                    },
                    min.map(|pct| meeting_accepts(&tally, rule.agreement_over, pct) == *accepted),
                    p.provenance.clone(),
                );
                self.proposals.retain(|(h, _)| h != id);
                if *accepted {
                    Self::set(&mut self.agreed, id, class);
                }
            }
            Action::Minutes { copies, signers } => {
                let rule = p.meeting.as_ref().ok_or(Refused::NoRule(Step::Meeting))?;
                let m = self
                    .meetings
                    .last()
                    .filter(|m| m.minutes.is_none())
                    .ok_or(wrong_stage())?;
                if m.votes.iter().any(|v| v.accepted.is_none()) || !self.to_present().is_empty() {
                    return Err(Refused::Unconcluded);
                }
                let mr = &rule.minutes;
                self.judge(
                    Step::Meeting,
                    Check::MinutesCopies {
                        copies: *copies,
                        rule: mr.copies,
                    },
                    Some(*copies == mr.copies),
                    mr.provenance.clone(),
                );
                let missing: Vec<Role> = mr
                    .signers
                    .iter()
                    .copied()
                    .filter(|r| !signers.contains(r))
                    .collect();
                self.judge(
                    Step::Meeting,
                    Check::MinutesSigners {
                        missing: missing.clone(),
                    },
                    if mr.signers.is_empty() {
                        None
                    } else {
                        Some(missing.is_empty())
                    },
                    mr.provenance.clone(),
                );
                if let Some(m) = self.meetings.last_mut() {
                    m.minutes = Some((*copies, signers.clone()));
                }
                self.today = self.today.next_working();
                // Households not agreed go back to the survey, then to another meeting.
                self.stage = if self.to_survey().is_empty() {
                    Stage::Posting
                } else {
                    Stage::Survey
                };
            }
            Action::Post { places, days } => {
                if stage != Stage::Posting || self.posting.is_some() {
                    return Err(wrong_stage());
                }
                if *days == 0 || *days > Day::MAX_SPAN {
                    return Err(Refused::OutOfRange);
                }
                let (rule_places, places_prov, duration) = self.posting_rules(p)?;
                self.today = self.today.working_on_or_after();
                let missing: Vec<Place> = rule_places
                    .iter()
                    .copied()
                    .filter(|r| !places.contains(r))
                    .collect();
                self.judge(
                    Step::Posting,
                    Check::PostingPlaces {
                        missing: missing.clone(),
                    },
                    if rule_places.is_empty() {
                        None
                    } else {
                        Some(missing.is_empty())
                    },
                    places_prov,
                );
                self.judge(
                    Step::Posting,
                    Check::PostingDays {
                        days: *days,
                        rule: duration.as_ref().map(|d| d.days),
                    },
                    duration.as_ref().map(|d| d.days == *days),
                    duration
                        .as_ref()
                        .map_or_else(|| p.provenance.clone(), |d| d.provenance.clone()),
                );
                self.posting = Some((self.today, places.clone(), *days));
                self.raise_complaints(*days);
            }
            Action::Recheck { id, class } => {
                if stage != Stage::Posting {
                    return Err(wrong_stage());
                }
                let idx = self
                    .complaints
                    .iter()
                    .position(|c| &c.id == id && c.recheck.is_none())
                    .ok_or_else(|| Refused::NotHere(id.clone()))?;
                let raised = self.complaints[idx].day;
                self.today = self.today.max(raised).working_on_or_after().next_working();
                let day = self.today;
                self.complaints[idx].recheck = Some((*class, day));
                let truth = self.entrant(id).map_or(*class, |e| e.truth);
                let earlier = self.agreed_class(id);
                self.judge(
                    Step::Posting,
                    Check::Recheck {
                        id: id.clone(),
                        earlier,
                        now: *class,
                        truth,
                    },
                    Some(same_list(*class, truth, self.setup.kind)),
                    // A farming household is re-checked under the farming rule (QĐ 24, Điều 6).
                    match self.recheck_rule(p) {
                        Some(r) => r.provenance.clone(),
                        None => rules.step_provenance(Step::Posting),
                    },
                );
                if let Some(limit) = self.recheck_rule(p) {
                    let deadline = raised.add(limit.days, limit.count);
                    self.judge(
                        Step::Posting,
                        Check::RecheckTime {
                            id: id.clone(),
                            day,
                            deadline,
                        },
                        Some(day <= deadline),
                        limit.provenance.clone(),
                    );
                }
                Self::set(&mut self.agreed, id, *class);
                self.history.push((id.clone(), *class));
            }
            Action::EndPosting => {
                let Some((from, _, days)) = self.posting.clone() else {
                    return Err(wrong_stage());
                };
                if stage != Stage::Posting {
                    return Err(wrong_stage());
                }
                for c in self.open_complaints().into_iter().cloned().collect::<Vec<_>>() {
                    self.judge(
                        Step::Posting,
                        Check::ComplaintIgnored { id: c.id.clone() },
                        Some(false),
                        rules.step_provenance(Step::Posting),
                    );
                }
                let end = from.add(days, DayCount::Working);
                self.today = self.today.max(end);
                self.stage = if self.setup.kind == Kind::Periodic && p.step(Step::Report).is_some() {
                    Stage::Report
                } else {
                    Stage::Recognition
                };
            }
            Action::Report { consulted } => {
                if stage != Stage::Report {
                    return Err(wrong_stage());
                }
                let rule = p.recognition.as_ref().ok_or(Refused::NoRule(Step::Report))?;
                self.today = self.today.working_on_or_after();
                let last = rule.district_until.as_ref().and_then(|d| {
                    let day = Day::new(d.year, u8::try_from(d.month).ok()?, u8::try_from(d.day).ok()?)?;
                    Some((day, d.provenance.clone()))
                });
                let gone = last.as_ref().filter(|(day, _)| self.today > *day);
                let should = if gone.is_some() { None } else { rule.consulted };
                let provenance = gone.map_or_else(|| rules.step_provenance(Step::Report), |(_, p)| p.clone());
                self.judge(
                    Step::Report,
                    Check::Consulted {
                        chosen: *consulted,
                        should,
                        district_gone: gone.is_some(),
                        district_until: last.as_ref().map(|(d, _)| *d),
                    },
                    // Where the district no longer exists, the notes do not say whom to ask
                    // (and the date is not in the reference): shown, not scored.
                    if gone.is_some() {
                        None
                    } else {
                        Some(*consulted == should)
                    },
                    provenance,
                );
                self.today = self.today.next_working();
                self.stage = Stage::Recognition;
            }
            Action::Decide {
                by,
                lists,
                written_refusals,
            } => {
                if stage != Stage::Recognition {
                    return Err(wrong_stage());
                }
                let (rule_by, by_prov) = match self.setup.kind {
                    Kind::AverageFarming => {
                        let a = p
                            .average_farming
                            .as_ref()
                            .ok_or(Refused::NoRule(Step::Recognition))?;
                        (a.decided_by, a.provenance.clone())
                    }
                    _ => {
                        let r = p.recognition.as_ref().ok_or(Refused::NoRule(Step::Recognition))?;
                        (r.decided_by, r.provenance.clone())
                    }
                };
                self.today = self.today.working_on_or_after();
                self.judge(
                    Step::Recognition,
                    Check::DecidedBy {
                        chosen: *by,
                        rule: rule_by,
                    },
                    Some(*by == rule_by),
                    by_prov.clone(),
                );
                for (id, should) in self.lists_from_agreed() {
                    let chosen: BTreeSet<ListName> = lists
                        .iter()
                        .find(|(h, _)| h == &id)
                        .map(|(_, l)| l.iter().copied().collect())
                        .unwrap_or_default();
                    self.judge(
                        Step::Recognition,
                        Check::Lists {
                            id: id.clone(),
                            chosen: chosen.iter().copied().collect(),
                            should: should.iter().copied().collect(),
                        },
                        Some(chosen == should),
                        by_prov.clone(),
                    );
                }
                for e in self.setup.households.clone() {
                    if !self.reviewed.contains(&e.id) {
                        continue;
                    }
                    let accepted = self.agreed_class(&e.id);
                    self.judge(
                        Step::Recognition,
                        Check::Class {
                            id: e.id.clone(),
                            accepted,
                            truth: e.truth,
                        },
                        Some(accepted.is_some_and(|a| same_list(a, e.truth, self.setup.kind))),
                        // The farming review recognises the average living standard band, which
                        // rests on its own (secondary) source, not on the poverty rule.
                        if self.setup.kind == Kind::AverageFarming {
                            standard.classification.average.provenance.clone()
                        } else {
                            standard.classification.provenance.clone()
                        },
                    );
                }
                if let Some(deadline) = self.deadline(standard) {
                    let rule_prov = p
                        .regular
                        .as_ref()
                        .map_or_else(|| p.provenance.clone(), |r| r.provenance.clone());
                    self.judge(
                        Step::Recognition,
                        Check::Deadline {
                            decided: self.today,
                            deadline,
                        },
                        Some(self.today <= deadline),
                        rule_prov,
                    );
                }
                if self.setup.kind != Kind::Periodic {
                    let refused = self.refused();
                    let in_writing = match self.setup.kind {
                        Kind::Regular => p
                            .regular
                            .as_ref()
                            .map(|r| (r.refusal_in_writing, r.provenance.clone())),
                        _ => p
                            .average_farming
                            .as_ref()
                            .map(|a| (a.refusal_in_writing, a.provenance.clone())),
                    };
                    if let Some((required, prov)) = in_writing
                        && !refused.is_empty()
                    {
                        self.judge(
                            Step::Recognition,
                            Check::Refusal {
                                ids: refused,
                                written: *written_refusals,
                            },
                            if required { Some(*written_refusals) } else { None },
                            prov,
                        );
                    }
                }
                self.decision = Some(Decision {
                    day: self.today,
                    by: *by,
                    lists: lists.clone(),
                });
                self.stage = Stage::Done;
            }
        }
        self.actions.push(action);
        Ok(())
    }

    /// Requesting households whose request is not granted by the agreed class.
    pub fn refused(&self) -> Vec<String> {
        self.setup
            .households
            .iter()
            .filter_map(|e| {
                let class = self.agreed_class(&e.id)?;
                let granted = match e.request? {
                    Request::Review => Status::of(class) != Status::None,
                    Request::Escape => match e.previous {
                        Status::Poor => Status::of(class) != Status::Poor,
                        Status::NearPoor => Status::of(class) == Status::None,
                        Status::None => false,
                    },
                    Request::AverageFarming => class == Class::AverageLivingStandard,
                };
                (!granted).then(|| e.id.clone())
            })
            .collect()
    }

    fn posting_rules(&self, p: &Procedure) -> Result<(Vec<Place>, Provenance, Option<Duration>), Refused> {
        if self.setup.kind == Kind::AverageFarming {
            let a = p.average_farming.as_ref().ok_or(Refused::NoRule(Step::Posting))?;
            return Ok((
                a.posting.places.clone(),
                a.posting.provenance.clone(),
                Some(a.posting_duration.clone()),
            ));
        }
        if self.setup.kind == Kind::Regular
            && let Some(places) = p.regular.as_ref().and_then(|r| r.posting.as_ref())
        {
            return Ok((places.places.clone(), places.provenance.clone(), None));
        }
        let r = p.posting.as_ref().ok_or(Refused::NoRule(Step::Posting))?;
        Ok((r.places.clone(), r.provenance.clone(), r.duration.clone()))
    }

    fn recheck_rule<'p>(&self, p: &'p Procedure) -> Option<&'p Duration> {
        if self.setup.kind == Kind::AverageFarming {
            p.average_farming.as_ref().map(|a| &a.recheck)
        } else {
            None
        }
    }

    /// Who comes to the meeting: a few people per invited office, and one or two people from
    /// most households when household representatives are invited. Returns the officials and
    /// the people from each household.
    fn crowd(&self, invited: &[Role]) -> (u32, Vec<u32>) {
        let mut rng = self.rng(self.meetings.len() as u64 + 1);
        let officials: u32 = invited
            .iter()
            .map(|r| match r {
                Role::MassOrganisations => rng.random_range(3..=5),
                Role::CommuneSteeringCommittee | Role::Reviewers => rng.random_range(1..=3),
                Role::HouseholdRepresentatives => 0,
                _ => 1,
            })
            .sum();
        let n = self.setup.households.len() as u32;
        let households = if invited.contains(&Role::HouseholdRepresentatives) {
            (n * rng.random_range(60..=90) / 100).max(1)
        } else {
            0
        };
        let sizes = (0..households).map(|_| rng.random_range(1..=2)).collect();
        (officials, sizes)
    }

    /// Complaints during the posting: those the households carry, each on a seeded day within
    /// the posting.
    fn raise_complaints(&mut self, days: u32) {
        let mut rng = self.rng(0xc0_ffee);
        let from = self.today;
        for e in self.setup.households.clone() {
            if let Some(kind) = e.complaint
                && self.reviewed.contains(&e.id)
            {
                let offset = rng.random_range(0..days.max(1));
                self.complaints.push(Complaint {
                    id: e.id.clone(),
                    kind,
                    day: from.add(offset, DayCount::Working),
                    recheck: None,
                });
            }
        }
    }
}

/// Whether two classes put a household on the same list.
fn same_list(a: Class, b: Class, kind: Kind) -> bool {
    match kind {
        Kind::AverageFarming => (a == Class::AverageLivingStandard) == (b == Class::AverageLivingStandard),
        _ => Status::of(a) == Status::of(b),
    }
}

/// A seeded vote: most agree with a proposal that matches what the neighbours know, few with one
/// that does not. Officials vote one by one; the people of a household vote as one.
fn vote(rng: &mut impl RngExt, officials: u32, sizes: &[u32], matches: bool) -> Tally {
    let p = if matches { 85 } else { 25 };
    let mut agree = (0..officials).filter(|_| rng.random_range(0..100) < p).count() as u32;
    let mut agree_households = 0;
    for size in sizes {
        if rng.random_range(0..100) < p {
            agree += size;
            agree_households += 1;
        }
    }
    Tally {
        attendees: officials + sizes.iter().sum::<u32>(),
        agree,
        households: sizes.len() as u32,
        agree_households,
    }
}

/// Whether the standard has the rules of every step of this kind of review (a kind whose rules
/// are not in our sources is not offered).
pub fn has_rules(standard: &Standard, kind: Kind) -> bool {
    let Some(p) = standard.procedure.as_ref() else {
        return false;
    };
    match kind {
        Kind::Periodic => {
            p.list.is_some() && p.meeting.is_some() && p.posting.is_some() && p.recognition.is_some()
        }
        Kind::Regular => p.regular.as_ref().is_some_and(|r| {
            p.recognition.is_some()
                && (!r.meeting || p.meeting.is_some())
                && (r.posting.is_some() || p.posting.is_some())
        }),
        Kind::AverageFarming => p.average_farming.is_some(),
    }
}

/// The first day of a campaign: the periodic review opens on the calendar's first day in the
/// review year (a province's own calendar: 1 September, for the exercise only); the regular and
/// farming reviews on the calendar's day of a month (seeded between February and November).
pub fn start_day(standard: &Standard, kind: Kind, review_year: i32, seed: u64) -> Option<Day> {
    let p = standard.procedure.as_ref()?;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    match (kind, &p.calendar) {
        (Kind::Periodic, Some(Calendar::National { periodic_from, .. })) => Day::new(
            review_year,
            u8::try_from(periodic_from.month).ok()?,
            u8::try_from(periodic_from.day).ok()?,
        ),
        (Kind::Periodic, _) => Day::new(review_year, 9, 1),
        (_, Some(Calendar::National { regular_from_day, .. })) => Day::new(
            review_year,
            rng.random_range(2..=11),
            u8::try_from(*regular_from_day).ok()?,
        ),
        (_, _) => Day::new(review_year, rng.random_range(2..=11), rng.random_range(1..=28)),
    }
}

/// A scenario's `[review]`: the household's place in the review procedure. Every field is
/// optional; what is left out is drawn from the village's seed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewSpec {
    /// On the poor or near-poor list before the review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<Status>,
    /// A request the household filed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<Request>,
    /// The class the neighbours believe (they vote by it at the meeting); default: the class the
    /// engine finds from every fact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub neighbours: Option<Class>,
    /// A complaint raised while the results are posted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complaint: Option<ComplaintKind>,
}

impl ReviewSpec {
    /// What types alone do not check (field paths from the file's root).
    pub fn problems(&self) -> Vec<(String, crate::rules::source::Problem)> {
        let mut out = vec![];
        if self.request == Some(Request::Escape) && self.previous == Some(Status::None) {
            out.push((
                "review.request".into(),
                crate::rules::source::Problem::EscapeNotOnList,
            ));
        }
        out
    }
}
