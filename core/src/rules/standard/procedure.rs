//! The review procedure as data: the village meeting, the steps of the periodic review, who takes
//! part, posting and recognition, the regular review, the farming households of average living
//! standard, the calendar, amendments and reporting deadlines.

use serde::{Deserialize, Serialize};

use super::provenance::Provenance;

/// The village meeting rules and the review calendar, for explaining what changed between
/// standards.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    pub fatherland_front_invited: bool,
    /// Share of attendees that must agree, where the procedure sets one.
    #[serde(default)]
    pub meeting_min_agreement_percent: Option<u32>,
    pub provenance: Provenance,
    #[serde(default)]
    pub calendar: Option<Calendar>,
    /// The standard whose procedure this one runs because its own is not known (2026–2030 runs
    /// the 2022–2025 procedure, every part marked P).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub borrowed_from: Option<String>,
    /// The steps of the periodic review, in order, each with its citation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<StepRule>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list: Option<ListRule>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<MeetingRule>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posting: Option<PostingRule>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recognition: Option<RecognitionRule>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regular: Option<RegularRule>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub average_farming: Option<AverageFarmingRule>,
    /// A later text that amended this procedure on a given day: the rules that cite it hold
    /// from that day; what happened before rests on the text as first issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amended: Option<Amendment>,
    /// The reporting deadlines after the reviews (shown, not practised).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporting: Option<ReportingRule>,
}

/// Who reports the reviews' results, and by when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportingRule {
    /// The day of the month the commune reports the regular review's results to the district.
    pub monthly_day: u32,
    /// The first and last month of those monthly reports.
    pub monthly_from_month: u32,
    pub monthly_to_month: u32,
    /// The province's preliminary results of the periodic review are sent before this day.
    pub preliminary_before: DayMonth,
    /// The official results, before this day.
    pub official_before: DayMonth,
    pub provenance: Provenance,
}

/// An amending text and the day it took effect (Thông tư 14/2018/TT-BLĐTBXH amended Thông tư
/// 17/2016 from 10/11/2018).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Amendment {
    /// The amending text as the rules' citations name it: a rule whose citation names it is a
    /// rule of the amendment (`validate` checks that some rule does).
    pub text: String,
    pub day: u32,
    pub month: u32,
    pub year: i32,
    /// The citation of the amendment's date.
    pub provenance: Provenance,
    /// What a rule citing the amending text rests on before that day, with its mark.
    pub before: Provenance,
}

impl Amendment {
    /// The citation a rule has on a day: its own from the amendment's first day on, and before
    /// that day — if it cites the amending text — what the text as first issued says.
    pub fn on<'a>(&'a self, p: &'a Provenance, year: i32, month: u32, day: u32) -> &'a Provenance {
        if p.source.contains(&self.text) && (year, month, day) < (self.year, self.month, self.day) {
            &self.before
        } else {
            p
        }
    }
}

impl Procedure {
    /// The procedure without the campaign's rules (steps, roles, durations): what the procedure
    /// held before the campaign existed. Answers' hashes are taken over this, since the campaign's
    /// rules decide no household's class.
    pub fn meeting_summary(&self) -> Procedure {
        Procedure {
            fatherland_front_invited: self.fatherland_front_invited,
            meeting_min_agreement_percent: self.meeting_min_agreement_percent,
            provenance: self.provenance.clone(),
            calendar: self.calendar.clone(),
            borrowed_from: None,
            steps: vec![],
            list: None,
            meeting: None,
            posting: None,
            recognition: None,
            regular: None,
            average_farming: None,
            amended: None,
            reporting: None,
        }
    }

    /// Every citation of the procedure's rules (not the amendment's own).
    pub fn provenances(&self) -> Vec<&Provenance> {
        let mut out = vec![&self.provenance];
        out.extend(self.calendar.as_ref().map(Calendar::provenance));
        out.extend(self.steps.iter().map(|s| &s.provenance));
        out.extend(self.list.as_ref().map(|l| &l.provenance));
        if let Some(m) = &self.meeting {
            out.extend([&m.provenance, &m.minutes.provenance]);
        }
        if let Some(po) = &self.posting {
            out.push(&po.provenance);
            out.extend(po.duration.as_ref().map(|d| &d.provenance));
        }
        if let Some(r) = &self.recognition {
            out.push(&r.provenance);
            out.extend(r.district_until.as_ref().map(|d| &d.provenance));
        }
        if let Some(r) = &self.regular {
            out.push(&r.provenance);
            out.extend(r.posting.as_ref().map(|p| &p.provenance));
            out.extend(r.meeting_provenance.as_ref());
            out.extend(r.without_report.as_ref());
        }
        if let Some(a) = &self.average_farming {
            out.extend([
                &a.provenance,
                &a.posting.provenance,
                &a.posting_duration.provenance,
                &a.recheck.provenance,
            ]);
        }
        out.extend(self.reporting.as_ref().map(|r| &r.provenance));
        out
    }

    /// The regular review's decision time: its own days, or the national calendar's, counted as
    /// the regular rule says.
    pub fn regular_decision(&self) -> Option<(u32, DayCount, DecisionFrom)> {
        let r = self.regular.as_ref()?;
        let days = r.decision_days.or(match &self.calendar {
            Some(Calendar::National {
                regular_decision_days,
                ..
            }) => Some(*regular_decision_days),
            _ => None,
        })?;
        Some((days, r.decision_count, r.decision_from))
    }

    /// The step's rule, when the procedure has that step.
    pub fn step(&self, step: Step) -> Option<&StepRule> {
        self.steps.iter().find(|s| s.step == step)
    }
}

/// A step of the review procedure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Lập danh sách hộ cần rà soát.
    List,
    /// Rà soát, phân loại (the field visits).
    Survey,
    /// Họp dân thống nhất kết quả.
    Meeting,
    /// Niêm yết, thông báo công khai; phúc tra khiếu nại.
    Posting,
    /// Báo cáo, xin ý kiến Chủ tịch UBND cấp huyện.
    Report,
    /// Công nhận: quyết định và danh sách.
    Recognition,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Step::List,
        Step::Survey,
        Step::Meeting,
        Step::Posting,
        Step::Report,
        Step::Recognition,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Step::List => "list",
            Step::Survey => "survey",
            Step::Meeting => "meeting",
            Step::Posting => "posting",
            Step::Report => "report",
            Step::Recognition => "recognition",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepRule {
    pub step: Step,
    pub provenance: Provenance,
}

/// Who takes part in the review, by office.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Trưởng thôn.
    VillageHead,
    /// Chủ tịch UBND cấp xã.
    CommuneChairman,
    /// Chủ tịch UBND cấp huyện.
    DistrictChairman,
    /// Ban Chỉ đạo rà soát cấp xã.
    CommuneSteeringCommittee,
    /// Công chức làm công tác giảm nghèo cấp xã.
    PovertyOfficial,
    /// Bí thư Chi bộ thôn.
    PartyCellSecretary,
    /// Các đoàn thể.
    MassOrganisations,
    /// Rà soát viên.
    Reviewers,
    /// Đại diện hộ gia đình.
    HouseholdRepresentatives,
    /// Đại diện Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã (to supervise).
    FatherlandFront,
    /// The meeting's chair (a signer of the minutes).
    Chair,
    /// The meeting's secretary (thư ký).
    Secretary,
}

impl Role {
    /// Who may be invited to a village meeting, in the order a form lists them.
    pub const MEETING: [Role; 8] = [
        Role::CommuneSteeringCommittee,
        Role::PovertyOfficial,
        Role::PartyCellSecretary,
        Role::MassOrganisations,
        Role::Reviewers,
        Role::HouseholdRepresentatives,
        Role::FatherlandFront,
        Role::CommuneChairman,
    ];
    /// Who may chair a meeting or decide.
    pub const CHAIRS: [Role; 4] = [
        Role::VillageHead,
        Role::PartyCellSecretary,
        Role::CommuneChairman,
        Role::PovertyOfficial,
    ];
    /// Who may sign the minutes.
    pub const SIGNERS: [Role; 4] = [
        Role::Chair,
        Role::Secretary,
        Role::HouseholdRepresentatives,
        Role::FatherlandFront,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::VillageHead => "village_head",
            Role::CommuneChairman => "commune_chairman",
            Role::DistrictChairman => "district_chairman",
            Role::CommuneSteeringCommittee => "commune_steering_committee",
            Role::PovertyOfficial => "poverty_official",
            Role::PartyCellSecretary => "party_cell_secretary",
            Role::MassOrganisations => "mass_organisations",
            Role::Reviewers => "reviewers",
            Role::HouseholdRepresentatives => "household_representatives",
            Role::FatherlandFront => "fatherland_front",
            Role::Chair => "chair",
            Role::Secretary => "secretary",
        }
    }
}

/// Who is put on the review list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Listed {
    /// Households on the current poor or near-poor list.
    OnList,
    /// Households that asked to be reviewed (or to be recognised as having escaped).
    Requested,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListRule {
    pub who: Vec<Listed>,
    /// Requesting households are screened first (Phiếu A), whose items are not known.
    #[serde(default)]
    pub screening: bool,
    pub provenance: Provenance,
}

/// What the agreement share is counted over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Over {
    Attendees,
    Households,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingRule {
    pub chair: Role,
    /// Who takes part (the Fatherland Front, invited to supervise, is `fatherland_front_invited`).
    pub attendees: Vec<Role>,
    pub agreement_over: Over,
    pub provenance: Provenance,
    pub minutes: MinutesRule,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinutesRule {
    pub copies: u32,
    /// Who signs; empty where not known (then not judged).
    pub signers: Vec<Role>,
    pub provenance: Provenance,
}

/// Where results are posted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    /// Nhà văn hóa / nhà sinh hoạt cộng đồng thôn.
    CulturalHouse,
    /// Trụ sở UBND cấp xã.
    CommuneOffice,
}

impl Place {
    pub const ALL: [Place; 2] = [Place::CulturalHouse, Place::CommuneOffice];

    pub fn as_str(self) -> &'static str {
        match self {
            Place::CulturalHouse => "cultural_house",
            Place::CommuneOffice => "commune_office",
        }
    }
}

/// The day a regular review's decision time runs from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionFrom {
    /// The start of the review (QĐ 24/2021: the 15th of the month).
    #[default]
    ReviewStart,
    /// The day the household's request is received (Thông tư 14/2018: Phụ lục 1a).
    RequestReceived,
}

impl DecisionFrom {
    pub fn as_str(self) -> &'static str {
        match self {
            DecisionFrom::ReviewStart => "review_start",
            DecisionFrom::RequestReceived => "request_received",
        }
    }
}

/// How days are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayCount {
    /// Monday to Friday (public holidays are not modelled).
    Working,
    Calendar,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Duration {
    pub days: u32,
    pub count: DayCount,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostingRule {
    /// Where results are posted; empty where not known (then not judged).
    pub places: Vec<Place>,
    pub provenance: Provenance,
    /// How long results stay posted, where known.
    #[serde(default)]
    pub duration: Option<Duration>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecognitionRule {
    pub decided_by: Role,
    /// Whose opinion is asked before the decision (the district chairman), where the step exists.
    #[serde(default)]
    pub consulted: Option<Role>,
    /// The certificate's form, as named to users.
    pub certificate: String,
    pub provenance: Provenance,
    /// The last day of the district level (from 1 July 2025 there is none to consult).
    #[serde(default)]
    pub district_until: Option<DatedRule>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatedRule {
    pub day: u32,
    pub month: u32,
    pub year: i32,
    pub provenance: Provenance,
}

/// Request forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// Giấy đề nghị rà soát hộ nghèo, hộ cận nghèo.
    #[serde(rename = "mau_01")]
    Mau01,
    /// Giấy đề nghị công nhận hộ thoát nghèo, hộ thoát cận nghèo.
    #[serde(rename = "mau_04")]
    Mau04,
    /// Thông tư 14/2018: request of a household newly in difficulty.
    #[serde(rename = "phu_luc_1a")]
    PhuLuc1a,
}

impl Form {
    pub fn as_str(self) -> &'static str {
        match self {
            Form::Mau01 => "mau_01",
            Form::Mau04 => "mau_04",
            Form::PhuLuc1a => "phu_luc_1a",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegularRule {
    pub forms: Vec<Form>,
    /// Days to the decision (from `decision_from`); default: the calendar's
    /// `regular_decision_days`.
    #[serde(default)]
    pub decision_days: Option<u32>,
    pub decision_count: DayCount,
    /// The day the decision time runs from.
    #[serde(default)]
    pub decision_from: DecisionFrom,
    pub refusal_in_writing: bool,
    pub provenance: Provenance,
    /// Whether the regular review holds a village meeting (QĐ 24 applies Điều 4's meeting; the
    /// summary of the 2016–2020 procedure for households newly in difficulty names none).
    #[serde(default = "yes")]
    pub meeting: bool,
    /// Where `meeting = false` comes from (a summary's silence is a reading, marked P).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_provenance: Option<Provenance>,
    /// Where the regular review goes from posting to recognition without the periodic review's
    /// report step (the district consultation), the source of that reading (the references
    /// disagree, so it is marked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub without_report: Option<Provenance>,
    /// The procedure's own name for the in-year review: households newly in difficulty during
    /// the year ("hộ phát sinh", Thông tư 14/2018), not QĐ 24's "rà soát thường xuyên".
    #[serde(default)]
    pub newly_in_difficulty: bool,
    /// Where the regular review's results are posted, when it differs from the periodic review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posting: Option<PlacesRule>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlacesRule {
    pub places: Vec<Place>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AverageFarmingRule {
    pub posting: PlacesRule,
    pub posting_duration: Duration,
    pub recheck: Duration,
    pub decided_by: Role,
    /// A household that does not qualify is answered in writing with reasons.
    pub refusal_in_writing: bool,
    pub provenance: Provenance,
}

/// When reviews are held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Calendar {
    /// Each province sets its own review timetable.
    Provincial { provenance: Provenance },
    /// One national timetable: the periodic review between two dates, and a regular review each
    /// month from `regular_from_day`, decided within `regular_decision_days` days.
    National {
        periodic_from: DayMonth,
        periodic_to: DayMonth,
        regular_from_day: u32,
        regular_decision_days: u32,
        provenance: Provenance,
    },
}

impl Calendar {
    pub fn provenance(&self) -> &Provenance {
        match self {
            Calendar::Provincial { provenance } | Calendar::National { provenance, .. } => provenance,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DayMonth {
    pub day: u32,
    pub month: u32,
}
