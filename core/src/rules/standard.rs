//! Poverty standards as data: income lines, the classification rule, indicators with their
//! parameters and provenance. The files live in `standards/*.toml`; the built-in copies are
//! embedded, and a trainer may load corrected copies from a folder (the shells read the files).
//!
//! Architecture invariant: no threshold is written in Rust. Every number the engine applies comes
//! from a `Standard` parsed here; this module never reads files and never assesses.

use serde::{Deserialize, Serialize};

use crate::rules::household::{
    Disability, Education, IncomeKind, InfoMeans, Latrine, Livelihood, Nutrition, Sex, Waste, WaterSource,
    Work,
};
use crate::rules::source::{self, FormatError, Problem};

/// How sure we are of a rule: see `poverty-standards.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tag {
    /// Confirmed from a page quoting the legal text.
    C,
    /// Confirmed by several secondary sources; exact legal wording not seen.
    S,
    /// Provisional: must be shown with "chưa đối chiếu văn bản gốc".
    P,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    pub tag: Tag,
    /// The legal document and article, as cited to users.
    pub source: String,
}

impl Provenance {
    pub fn is_provisional(&self) -> bool {
        self.tag == Tag::P
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Standard {
    /// Stable id, e.g. `2022-2025`.
    pub id: String,
    pub name_vi: String,
    pub name_en: String,
    /// The legal basis, cited verbatim to users.
    pub legal_basis: String,
    pub provenance: Provenance,
    /// The kind of legal text that set the standard (a Prime Minister's decision, a Government
    /// decree), for "what changed".
    #[serde(default)]
    pub legal_form: Option<LegalForm>,
    /// Official names of the two areas where the standard's text uses its own words (Nghị định
    /// 351/2025 says "đô thị"); otherwise the usual "nông thôn", "thành thị".
    #[serde(default)]
    pub area_names: Option<AreaNames>,
    /// Whether the list of indicators itself is confirmed (a P list marks the whole standard as
    /// provisional in the app).
    pub indicator_list_provenance: Provenance,
    /// Review years (`review_year` of a household file) for which this standard is the default.
    pub review_years: YearRange,
    /// Why those years take this standard (a year's mapping is C, S or P of its own).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_years_provenance: Option<Provenance>,
    /// The first of `review_years`, when only the periodic review at the year's end (which draws
    /// up the next year's lists) applies this standard: that year's in-year reviews still run
    /// under the previous standard (QĐ 24/2021 took effect on 1/9/2021; Nghị định 351/2025 keeps
    /// the 2022–2025 standard to 31/12/2026).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_review_year: Option<FirstReviewYear>,
    pub lines: Lines,
    pub classification: Classification,
    #[serde(default)]
    pub working_age: Option<WorkingAge>,
    #[serde(default)]
    pub procedure: Option<Procedure>,
    /// What is known of the review form's scores (Phiếu B), shown with its mark; never used to
    /// classify.
    #[serde(default)]
    pub scoring_form: Option<ScoringForm>,
    /// Which main materials of wall, frame and roof are durable: read when a household file
    /// gives materials (the village draws and describes them; `check` compares them with the
    /// stated durability). Never read by the engine, which reads the stated durability.
    #[serde(default)]
    pub materials: Option<MaterialTable>,
    /// Who counts as a low-income worker (a later amendment), shown with its mark; never used to
    /// classify a household.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low_income_workers: Option<LowIncomeWorkers>,
    pub services: Vec<Service>,
    pub indicators: Vec<Indicator>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalForm {
    /// Quyết định của Thủ tướng Chính phủ.
    PrimeMinisterDecision,
    /// Nghị định của Chính phủ.
    GovernmentDecree,
}

impl LegalForm {
    pub fn as_str(self) -> &'static str {
        match self {
            LegalForm::PrimeMinisterDecision => "prime_minister_decision",
            LegalForm::GovernmentDecree => "government_decree",
        }
    }
}

/// A name in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub vi: String,
    pub en: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaNames {
    pub rural: Localized,
    pub urban: Localized,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearRange {
    pub from: i32,
    pub to: i32,
}

impl YearRange {
    pub fn contains(&self, year: i32) -> bool {
        (self.from..=self.to).contains(&year)
    }
}

/// A worker in a household that is neither poor nor near-poor, with income per person per month up
/// to these amounts (VND), is a low-income worker (Nghị định 30/2025/NĐ-CP), identified by the
/// procedure of the farming households of average living standard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LowIncomeWorkers {
    pub rural: u64,
    pub urban: u64,
    pub provenance: Provenance,
}

/// How the first review year of a standard takes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FirstReviewYear {
    /// Only the periodic review at the end of that year applies the standard.
    pub periodic_only: bool,
    pub provenance: Provenance,
}

/// Income lines in VND per person per month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lines {
    pub rural: AreaLines,
    pub urban: AreaLines,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaLines {
    /// Chuẩn nghèo (2016–2020) or the single income line (from 2022).
    pub poverty: u64,
    /// Chuẩn cận nghèo; only the 2016–2020 standard has one.
    #[serde(default)]
    pub near_poverty: Option<u64>,
    /// Upper bound of the average living standard band, where the standard defines it.
    #[serde(default)]
    pub average_upper: Option<u64>,
}

impl Lines {
    pub fn for_area(&self, area: crate::rules::household::Area) -> &AreaLines {
        match area {
            crate::rules::household::Area::Rural => &self.rural,
            crate::rules::household::Area::Urban => &self.urban,
        }
    }
}

/// Which household rule the standard uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    /// 2016–2020: poor by income alone at or below the poverty line, or in the band between the
    /// two lines with enough deprivations; near-poor in the band with fewer.
    IncomeAloneOrBandAndDeprivations,
    /// From 2022: at or below the one line, poor with enough deprivations, near-poor with fewer.
    IncomeAndDeprivations,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Classification {
    pub rule: RuleKind,
    /// Poor from this many deprived indicators ("từ 03 chỉ số trở lên").
    pub deprivation_cutoff: u32,
    /// Citation for the poor clauses.
    pub provenance: Provenance,
    /// Citation for the near-poor clause.
    pub near_poor_provenance: Provenance,
    pub average: Average,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Average {
    /// False where the standard does not define the band: the engine then says so.
    pub defined: bool,
    pub provenance: Provenance,
    /// Households with these livelihoods have their band determined on income without
    /// `excluded_income_sources` (QĐ 24/2021 Art. 6).
    #[serde(default)]
    pub excluded_income_for_livelihoods: Vec<Livelihood>,
    #[serde(default)]
    pub excluded_income_sources: Vec<IncomeKind>,
    #[serde(default)]
    pub exclusion_provenance: Option<Provenance>,
}

/// Working age for the employment indicator: from `min_age` up to, not including, the statutory
/// retirement age of the review year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkingAge {
    pub min_age: u32,
    pub provenance: Provenance,
    /// One row per year; years before the first row use the first, after the last use the last.
    pub retirement: Vec<RetirementAge>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetirementAge {
    pub year: i32,
    /// Retirement age in months (60 years 3 months = 723).
    pub male_months: u32,
    pub female_months: u32,
}

impl WorkingAge {
    /// The retirement age in months for a sex in a review year.
    pub fn retirement_months(&self, year: i32, sex: Sex) -> Option<u32> {
        let row = self
            .retirement
            .iter()
            .rev()
            .find(|r| r.year <= year)
            .or_else(|| self.retirement.first())?;
        Some(match sex {
            Sex::Male => row.male_months,
            Sex::Female => row.female_months,
        })
    }
}

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

/// Durable and non-durable main materials of each structure of a dwelling.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MaterialTable {
    pub provenance: Provenance,
    pub wall: StructureMaterials,
    pub frame: StructureMaterials,
    pub roof: StructureMaterials,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StructureMaterials {
    pub durable: Vec<crate::rules::household::Material>,
    pub non_durable: Vec<crate::rules::household::Material>,
}

impl MaterialTable {
    pub fn of(&self, s: crate::rules::household::Structure) -> &StructureMaterials {
        use crate::rules::household::Structure;
        match s {
            Structure::Wall => &self.wall,
            Structure::Frame => &self.frame,
            Structure::Roof => &self.roof,
        }
    }

    /// A material given in `dwelling` that disagrees with the stated durability, or that the
    /// table does not list for its structure (field paths from the file root).
    pub fn problems(&self, dwelling: &crate::rules::household::Dwelling) -> Vec<(String, Problem)> {
        let mut out = vec![];
        for s in crate::rules::household::Structure::ALL {
            let Some(m) = dwelling.material(s) else { continue };
            let path = format!("household.dwelling.{}_material", s.as_str());
            match self.durability(s, m) {
                None => out.push((
                    path,
                    Problem::MaterialNotForStructure {
                        material: m,
                        structure: s,
                    },
                )),
                Some(d) if d != dwelling.durability(s) => out.push((
                    path,
                    Problem::MaterialDisagrees {
                        material: m,
                        structure: s,
                        stated: dwelling.durability(s),
                    },
                )),
                Some(_) => {}
            }
        }
        out
    }

    /// Whether `m` is durable as the main material of `s`; `None` when the table does not list
    /// it for that structure.
    pub fn durability(
        &self,
        s: crate::rules::household::Structure,
        m: crate::rules::household::Material,
    ) -> Option<crate::rules::household::Durability> {
        use crate::rules::household::Durability;
        let t = self.of(s);
        if t.durable.contains(&m) {
            Some(Durability::Durable)
        } else if t.non_durable.contains(&m) {
            Some(Durability::NonDurable)
        } else {
            None
        }
    }
}

/// The scores of the review form (Phiếu B) as secondary sources report them. The engine never
/// classifies by them: a scenario gives income as a fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoringForm {
    /// Income score (điểm A or B1) at or below which income is at or below the poverty line.
    pub poverty_points: AreaPoints,
    /// 2016–2020: the income score up to which the near-poverty band reaches.
    #[serde(default)]
    pub near_poverty_points: Option<AreaPoints>,
    /// Deprivation score (điểm B or B2) for each deprived indicator, where reported.
    #[serde(default)]
    pub points_per_deprivation: Option<u32>,
    /// Poor from this deprivation score.
    pub poor_from_deprivation_points: u32,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaPoints {
    pub rural: u32,
    pub urban: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub name_vi: String,
    pub name_en: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    pub service: String,
    /// Official Vietnamese name, shown verbatim in the Vietnamese UI.
    pub name_vi: String,
    pub name_en: String,
    /// True when the name is a working name of ours, not one found in a legal text: it is then
    /// shown as such.
    #[serde(default)]
    pub working_name: bool,
    pub provenance: Provenance,
    pub rule: Rule,
}

/// When an indicator counts as deprived, with every parameter as data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Rule {
    /// A member was sick and did not seek treatment.
    SickUntreated,
    /// A member aged `min_age` or over has no health insurance.
    HealthInsurance { min_age: u32 },
    /// 2016–2020: a member aged `min_age`+ born in `born_from_year` or later (year of birth taken
    /// as review year − age) has not completed `required` and is not in school.
    AdultEducationCohort {
        min_age: u32,
        born_from_year: i32,
        required: Education,
    },
    /// From 2022: a member in one of the age bands is not studying and lacks the band's
    /// qualification.
    AdultEducationBands {
        bands: Vec<EducationBand>,
        on_the_job_training_counts: bool,
    },
    /// A child from `from_age` to under `below_age` does not attend as `required`.
    ChildSchool {
        from_age: u32,
        below_age: u32,
        required: AttendanceRequirement,
    },
    /// At least `at_least` of wall, frame and roof are non-durable.
    HousingQuality { at_least: u32 },
    /// Floor area per person under `min_m2_per_person`.
    HousingArea { min_m2_per_person: f64 },
    /// The water source is not one of `accepted`; `quality` is the standard's word for them
    /// ("hợp vệ sinh" or "sạch").
    Water {
        accepted: Vec<WaterSource>,
        #[serde(default)]
        quality: WaterQuality,
    },
    /// The latrine is not one of `accepted`.
    Sanitation { accepted: Vec<Latrine> },
    /// No member uses any of `services`.
    Telecom { services: Vec<TelecomService> },
    /// Owns none of `accepted` and (when `loudspeaker_counts`) cannot hear the loudspeakers;
    /// `term` is the standard's word for them ("tài sản" or "phương tiện").
    Information {
        accepted: Vec<InfoMeans>,
        loudspeaker_counts: bool,
        #[serde(default)]
        term: InfoTerm,
    },
    /// A member of working age does one of `deprived_work`.
    Employment { deprived_work: Vec<Work> },
    /// Dependants are more than `more_than_percent` of members.
    Dependents {
        child_below_age: u32,
        elderly_from_age: u32,
        elderly_requires_allowance: bool,
        disability_levels: Vec<Disability>,
        disability_requires_allowance: bool,
        more_than_percent: u32,
    },
    /// A child under `child_below_age` has one of `conditions`.
    Nutrition {
        child_below_age: u32,
        conditions: Vec<Nutrition>,
    },
    /// Household waste is handled in one of `deprived`.
    Waste { deprived: Vec<Waste> },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EducationBand {
    pub from_age: u32,
    /// Inclusive upper age.
    pub to_age: u32,
    pub required: Education,
    pub vocational_certificate_counts: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttendanceRequirement {
    /// Attends school at any level.
    Attending,
    /// Attends the level appropriate to the age.
    AtLevel,
}

/// How the standard names an acceptable water source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WaterQuality {
    /// "Nguồn nước hợp vệ sinh" (2016–2020).
    Hygienic,
    /// "Nước sạch" (from 2022).
    #[default]
    Clean,
}

/// How the standard names the household's means of access to information.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InfoTerm {
    /// "Tài sản" (2016–2020).
    Assets,
    /// "Phương tiện" (from 2022).
    #[default]
    Means,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TelecomService {
    Phone,
    Internet,
}

impl Standard {
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    /// True when the standard's list of indicators is itself provisional (2026–2030).
    pub fn is_provisional(&self) -> bool {
        self.provenance.is_provisional() || self.indicator_list_provenance.is_provisional()
    }

    /// The source (with its mark) of taking this standard for a review year, when the file says.
    pub fn year_provenance(&self, year: i32) -> Option<&Provenance> {
        if !self.review_years.contains(year) {
            return None;
        }
        match &self.first_review_year {
            Some(f) if year == self.review_years.from => Some(&f.provenance),
            _ => self.review_years_provenance.as_ref(),
        }
    }

    /// In a first review year that only the periodic review applies this standard to: the
    /// source of that reading. The in-year reviews of that year belong to the previous standard.
    pub fn periodic_only_in(&self, year: i32) -> Option<&Provenance> {
        self.first_review_year
            .as_ref()
            .filter(|f| f.periodic_only && year == self.review_years.from)
            .map(|f| &f.provenance)
    }

    /// Checks what the types alone do not: unique ids, known services, lines the rule needs.
    pub fn validate(&self) -> Vec<(String, Problem)> {
        // A repeated service id first: every indicator's service is checked against the list.
        let mut out: Vec<(String, Problem)> = self
            .services
            .iter()
            .enumerate()
            .filter(|(i, service)| self.services[..*i].iter().any(|o| o.id == service.id))
            .map(|(i, service)| {
                (
                    format!("services[{i}].id"),
                    Problem::Duplicate {
                        what: service.id.clone(),
                        other: String::new(),
                    },
                )
            })
            .collect();
        out.extend(self.validate_ranges());
        if let Some(t) = &self.materials {
            for s in crate::rules::household::Structure::ALL {
                for m in &t.of(s).durable {
                    if t.of(s).non_durable.contains(m) {
                        out.push((
                            format!("materials.{}", s.as_str()),
                            Problem::Duplicate {
                                what: m.as_str().to_owned(),
                                other: String::new(),
                            },
                        ));
                    }
                }
            }
        }
        for (i, ind) in self.indicators.iter().enumerate() {
            if self.indicators[..i].iter().any(|o| o.id == ind.id) {
                out.push((
                    format!("indicators[{i}].id"),
                    Problem::Duplicate {
                        what: ind.id.clone(),
                        other: String::new(),
                    },
                ));
            }
            if self.service(&ind.service).is_none() {
                out.push((
                    format!("indicators[{i}].service"),
                    Problem::UnknownValue {
                        value: ind.service.clone(),
                        allowed: self.services.iter().map(|s| s.id.clone()).collect(),
                    },
                ));
            }
            if matches!(ind.rule, Rule::Employment { .. }) {
                match &self.working_age {
                    None => out.push((
                        "working_age".to_owned(),
                        Problem::MissingField {
                            field: "working_age".into(),
                        },
                    )),
                    // Present but with no row: the table is what is missing, not the section.
                    Some(w) if w.retirement.is_empty() => {
                        out.push(("working_age.retirement".to_owned(), Problem::Empty));
                    }
                    Some(_) => {}
                }
            }
        }
        for (name, lines) in [("rural", &self.lines.rural), ("urban", &self.lines.urban)] {
            if self.classification.rule == RuleKind::IncomeAloneOrBandAndDeprivations
                && lines.near_poverty.is_none()
            {
                out.push((
                    format!("lines.{name}"),
                    Problem::MissingField {
                        field: "near_poverty".into(),
                    },
                ));
            }
            if self.classification.average.defined && lines.average_upper.is_none() {
                out.push((
                    format!("lines.{name}"),
                    Problem::MissingField {
                        field: "average_upper".into(),
                    },
                ));
            }
        }
        if self.review_years.from > self.review_years.to {
            out.push((
                "review_years".to_owned(),
                Problem::OutOfRange {
                    value: self.review_years.to.to_string(),
                    min: self.review_years.from.to_string(),
                    max: String::new(),
                },
            ));
        }
        out
    }
}

/// The ages, shares and sizes a standard may hold: beyond them the engine's answers would be
/// meaningless and the generator could not build a household (a standard that loads is one every
/// command can use).
const MAX_AGE: u32 = 120;
const MAX_M2_PER_PERSON: f64 = 100.0;
/// Review years a household file can have.
const REVIEW_YEARS: std::ops::RangeInclusive<i32> = 2016..=2030;

impl Standard {
    /// The range checks of `validate`: every number within what the engine and the generator
    /// can use, every list they pick from not empty.
    fn validate_ranges(&self) -> Vec<(String, Problem)> {
        let mut out = Vec::new();
        let range = |path: String, value: String, min: &str, max: &str| {
            (
                path,
                Problem::OutOfRange {
                    value,
                    min: min.to_owned(),
                    max: max.to_owned(),
                },
            )
        };
        let max_age = MAX_AGE.to_string();
        let (first, last) = (REVIEW_YEARS.start().to_string(), REVIEW_YEARS.end().to_string());
        if self.review_years.to < *REVIEW_YEARS.start() || self.review_years.from > *REVIEW_YEARS.end() {
            out.push(range(
                "review_years".into(),
                format!("{}–{}", self.review_years.from, self.review_years.to),
                &first,
                &last,
            ));
        }
        if self.indicators.is_empty() {
            out.push(("indicators".into(), Problem::Empty));
        }
        if let Some(p) = &self.procedure
            && let Some(a) = &p.amended
        {
            if !(1..=12).contains(&a.month) {
                out.push(range(
                    "procedure.amended.month".into(),
                    a.month.to_string(),
                    "1",
                    "12",
                ));
            }
            if !(1..=31).contains(&a.day) {
                out.push(range(
                    "procedure.amended.day".into(),
                    a.day.to_string(),
                    "1",
                    "31",
                ));
            }
            if !p.provenances().iter().any(|c| c.source.contains(&a.text)) {
                out.push((
                    "procedure.amended.text".into(),
                    Problem::NotCited { text: a.text.clone() },
                ));
            }
        }
        let n = u32::try_from(self.indicators.len()).unwrap_or(u32::MAX);
        let cutoff = self.classification.deprivation_cutoff;
        if cutoff == 0 || cutoff > n.max(1) {
            out.push(range(
                "classification.deprivation_cutoff".into(),
                cutoff.to_string(),
                "1",
                &n.max(1).to_string(),
            ));
        }
        for (name, l) in [("rural", &self.lines.rural), ("urban", &self.lines.urban)] {
            if l.poverty == 0 {
                out.push((
                    format!("lines.{name}.poverty"),
                    Problem::NotPositive { value: "0".into() },
                ));
            }
            let lower = l.near_poverty.unwrap_or(l.poverty);
            if l.near_poverty.is_some_and(|near| near < l.poverty) {
                out.push(range(
                    format!("lines.{name}.near_poverty"),
                    lower.to_string(),
                    &l.poverty.to_string(),
                    "",
                ));
            }
            if let Some(upper) = l.average_upper
                && upper <= lower
            {
                out.push(range(
                    format!("lines.{name}.average_upper"),
                    upper.to_string(),
                    &(lower + 1).to_string(),
                    "",
                ));
            }
        }
        if let Some(w) = &self.working_age {
            if w.min_age > MAX_AGE {
                out.push(range(
                    "working_age.min_age".into(),
                    w.min_age.to_string(),
                    "0",
                    &max_age,
                ));
            }
            for (i, r) in w.retirement.iter().enumerate() {
                for (field, months) in [("male_months", r.male_months), ("female_months", r.female_months)] {
                    if months > MAX_AGE * 12 {
                        out.push(range(
                            format!("working_age.retirement[{i}].{field}"),
                            months.to_string(),
                            "0",
                            &(MAX_AGE * 12).to_string(),
                        ));
                    }
                }
            }
        }
        for (i, ind) in self.indicators.iter().enumerate() {
            let at = |field: &str| format!("indicators[{i}].rule.{field}");
            let age = |out: &mut Vec<(String, Problem)>, field: &str, value: u32| {
                if value > MAX_AGE {
                    out.push(range(at(field), value.to_string(), "0", &max_age));
                }
            };
            let not_empty = |out: &mut Vec<(String, Problem)>, field: &str, empty: bool| {
                if empty {
                    out.push((at(field), Problem::Empty));
                }
            };
            match &ind.rule {
                Rule::SickUntreated => {}
                Rule::HealthInsurance { min_age } => age(&mut out, "min_age", *min_age),
                Rule::AdultEducationCohort { min_age, .. } => age(&mut out, "min_age", *min_age),
                Rule::AdultEducationBands { bands, .. } => {
                    not_empty(&mut out, "bands", bands.is_empty());
                    for (b, band) in bands.iter().enumerate() {
                        age(&mut out, &format!("bands[{b}].to_age"), band.to_age);
                        if band.from_age > band.to_age {
                            out.push(range(
                                at(&format!("bands[{b}].from_age")),
                                band.from_age.to_string(),
                                "0",
                                &band.to_age.to_string(),
                            ));
                        }
                    }
                }
                Rule::ChildSchool {
                    from_age, below_age, ..
                } => {
                    age(&mut out, "below_age", *below_age);
                    if from_age >= below_age {
                        out.push(range(
                            at("from_age"),
                            from_age.to_string(),
                            "0",
                            &below_age.saturating_sub(1).to_string(),
                        ));
                    }
                }
                Rule::HousingQuality { at_least } => {
                    if !(1..=3).contains(at_least) {
                        out.push(range(at("at_least"), at_least.to_string(), "1", "3"));
                    }
                }
                Rule::HousingArea { min_m2_per_person } => {
                    let m = *min_m2_per_person;
                    if !(m.is_finite() && m > 0.0 && m <= MAX_M2_PER_PERSON) {
                        out.push(range(
                            at("min_m2_per_person"),
                            m.to_string(),
                            "0",
                            &MAX_M2_PER_PERSON.to_string(),
                        ));
                    }
                }
                Rule::Water { .. } | Rule::Sanitation { .. } | Rule::Information { .. } => {}
                Rule::Telecom { services } => not_empty(&mut out, "services", services.is_empty()),
                Rule::Employment { deprived_work } => {
                    not_empty(&mut out, "deprived_work", deprived_work.is_empty());
                }
                Rule::Dependents {
                    child_below_age,
                    elderly_from_age,
                    more_than_percent,
                    ..
                } => {
                    age(&mut out, "child_below_age", *child_below_age);
                    age(&mut out, "elderly_from_age", *elderly_from_age);
                    if *more_than_percent >= 100 {
                        out.push(range(
                            at("more_than_percent"),
                            more_than_percent.to_string(),
                            "0",
                            "99",
                        ));
                    }
                }
                Rule::Nutrition {
                    child_below_age,
                    conditions,
                } => {
                    age(&mut out, "child_below_age", *child_below_age);
                    not_empty(&mut out, "conditions", conditions.is_empty());
                }
                Rule::Waste { deprived } => not_empty(&mut out, "deprived", deprived.is_empty()),
            }
        }
        out
    }
}

/// Parses and validates one standard file. `file` only names the file in messages.
pub fn parse_standard(file: &str, text: &str) -> Result<Standard, FormatError> {
    let standard: Standard = source::deserialize(file, text)?;
    source::first_problem(file, text, standard.validate())?;
    Ok(standard)
}

/// The standards shipped with the program: (file name, text).
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "2016-2020.toml",
        include_str!("../../../standards/2016-2020.toml"),
    ),
    (
        "2022-2025.toml",
        include_str!("../../../standards/2022-2025.toml"),
    ),
    (
        "2026-2030.toml",
        include_str!("../../../standards/2026-2030.toml"),
    ),
];

/// Earlier editions of the built-in standards, kept as they were (`standards/earlier/`): the same
/// rules with other citations. Never applied; an answer whose version-2 hash was taken over one of
/// them keeps scoring (`session::hash_matches`).
pub const EARLIER: &[(&str, &str)] = &[
    (
        "earlier/2016-2020.toml",
        include_str!("../../../standards/earlier/2016-2020.toml"),
    ),
    (
        "earlier/2022-2025.toml",
        include_str!("../../../standards/earlier/2022-2025.toml"),
    ),
    (
        "earlier/2026-2030.toml",
        include_str!("../../../standards/earlier/2026-2030.toml"),
    ),
];

/// The earlier editions, parsed once.
pub fn earlier_editions() -> &'static [Standard] {
    static EDITIONS: std::sync::OnceLock<Vec<Standard>> = std::sync::OnceLock::new();
    EDITIONS.get_or_init(|| {
        EARLIER
            .iter()
            .filter_map(|(file, text)| parse_standard(file, text).ok())
            .collect()
    })
}

/// The standards in force, in chronological order.
#[derive(Debug, Clone, PartialEq)]
pub struct StandardSet {
    standards: Vec<Standard>,
}

impl StandardSet {
    /// The embedded standards.
    pub fn builtin() -> Result<Self, FormatError> {
        Self::from_texts(BUILTIN.iter().map(|(f, t)| (f.to_string(), t.to_string())))
    }

    /// Standards from (file name, text) pairs, e.g. a trainer's corrected folder. Ordered by
    /// their first review year; two files with one id are an error.
    pub fn from_texts(files: impl IntoIterator<Item = (String, String)>) -> Result<Self, FormatError> {
        let mut standards: Vec<(Standard, String, String)> = Vec::new();
        for (file, text) in files {
            let s = parse_standard(&file, &text)?;
            if let Some((_, other, _)) = standards.iter().find(|(o, _, _)| o.id == s.id) {
                return Err(source::locate_problem(
                    &file,
                    &text,
                    "id".into(),
                    Problem::Duplicate {
                        what: s.id.clone(),
                        other: other.clone(),
                    },
                ));
            }
            standards.push((s, file, text));
        }
        let mut standards: Vec<Standard> = standards.into_iter().map(|(s, _, _)| s).collect();
        standards.sort_by_key(|s| s.review_years.from);
        Ok(Self { standards })
    }

    /// No standards at all (the app's fallback when the built-in ones cannot be read).
    pub fn empty() -> Self {
        Self {
            standards: Vec::new(),
        }
    }

    pub fn all(&self) -> &[Standard] {
        &self.standards
    }

    pub fn ids(&self) -> Vec<String> {
        self.standards.iter().map(|s| s.id.clone()).collect()
    }

    pub fn get(&self, id: &str) -> Option<&Standard> {
        self.standards.iter().find(|s| s.id == id)
    }

    /// The standard a review in `year` applies by default (poverty-standards.md §1).
    pub fn default_for_year(&self, year: i32) -> Option<&Standard> {
        self.standards.iter().find(|s| s.review_years.contains(year))
    }

    /// The standard that came before `id`, if any.
    pub fn previous(&self, id: &str) -> Option<&Standard> {
        let i = self.standards.iter().position(|s| s.id == id)?;
        i.checked_sub(1).map(|p| &self.standards[p])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_standards_parse_and_default_by_year() {
        let set = StandardSet::builtin().expect("embedded standards are valid");
        assert_eq!(set.ids(), ["2016-2020", "2022-2025", "2026-2030"]);
        for (year, id) in [
            (2016, "2016-2020"),
            (2020, "2016-2020"),
            (2021, "2022-2025"),
            (2025, "2022-2025"),
            (2026, "2026-2030"),
            (2030, "2026-2030"),
        ] {
            assert_eq!(
                set.default_for_year(year).map(|s| s.id.as_str()),
                Some(id),
                "year {year}"
            );
        }
        assert_eq!(
            set.previous("2022-2025").map(|s| s.id.as_str()),
            Some("2016-2020")
        );
        assert!(set.previous("2016-2020").is_none());
    }

    #[test]
    fn retirement_age_follows_the_table_and_clamps() {
        let set = StandardSet::builtin().expect("valid");
        let w = set
            .get("2022-2025")
            .and_then(|s| s.working_age.clone())
            .expect("has working age");
        assert_eq!(w.retirement_months(2021, Sex::Male), Some(60 * 12 + 3));
        assert_eq!(w.retirement_months(2021, Sex::Female), Some(55 * 12 + 4));
        assert_eq!(w.retirement_months(2028, Sex::Male), Some(62 * 12));
        assert_eq!(w.retirement_months(2030, Sex::Male), Some(62 * 12));
        assert_eq!(w.retirement_months(2030, Sex::Female), Some(58 * 12 + 4));
        assert_eq!(w.retirement_months(2016, Sex::Female), Some(55 * 12 + 4));
    }
}
