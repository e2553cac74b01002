//! A seeded generator of plausible practice households: composition, work, schooling, dwelling
//! and income, with chosen deprivations and (for `Focus::Boundary`) income within ±3% of a line.
//! The same seed gives the same households on every machine (ChaCha8, one stream a household).
//!
//! Architecture invariant: pure — no IO, no prose (the narrative is composed in `compose`); every
//! threshold it aims at comes from the `Standard` it is given.

use std::collections::BTreeSet;

use rand::seq::IndexedRandom;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use crate::rules::assess::assess;
use crate::rules::household::*;
use crate::rules::source::{self, FormatError, Problem};
use crate::rules::standard::{Rule, RuleKind, Standard};
use crate::training::scenario::Region;

/// The name lists shipped with the program.
pub const BUILTIN_NAMES: &str = include_str!("../../../assets/names.toml");

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    pub groups: Vec<NameGroup>,
    /// Who receives a monthly social allowance, and how much.
    #[serde(default)]
    pub allowances: Allowances,
}

/// The monthly social allowance (trợ cấp xã hội hằng tháng) of a generated member: the base of
/// the review year times the highest coefficient of the rules the member meets; nothing for a
/// member who meets none. From outside the domain reference (the decrees are cited in
/// `assets/names.toml`): it only makes generated households plausible, and under a standard whose
/// dependants need an allowance it decides which generated members are dependants.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allowances {
    /// The base amount from `from_year` (by the review months, September to December) until the
    /// next row.
    #[serde(default)]
    pub bases: Vec<AllowanceBase>,
    #[serde(default)]
    pub rules: Vec<AllowanceRule>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllowanceBase {
    pub from_year: i32,
    /// Đồng a month.
    pub monthly_vnd: u64,
}

/// One rule that pays an allowance: who it pays (every condition given must hold) and its
/// coefficient of the base.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllowanceRule {
    pub name: String,
    /// Paid from this age (whole years).
    #[serde(default)]
    pub from_age: Option<u32>,
    /// Paid under this age.
    #[serde(default)]
    pub below_age: Option<u32>,
    /// Paid for this disability level only.
    #[serde(default)]
    pub disability: Option<Disability>,
    /// Paid only to a member without a pension.
    #[serde(default)]
    pub without_pension: bool,
    /// The coefficient of the base, in hundredths (150 = 1.5).
    pub coefficient_percent: u32,
}

impl AllowanceRule {
    /// True when the rule pays this member (`has_pension`: the member draws a pension).
    pub fn pays(&self, m: &Member, has_pension: bool) -> bool {
        self.from_age.is_none_or(|a| m.age >= a)
            && self.below_age.is_none_or(|b| m.age < b)
            && self.disability.is_none_or(|d| m.disability == d)
            && !(self.without_pension && has_pension)
    }
}

/// The generator gives no member a pension, so the rules that need none can pay any of them.
const NO_PENSION: bool = false;

impl Allowances {
    /// The base of the review year: the row of the latest `from_year` not after it; `None` before
    /// the first row.
    pub fn base(&self, year: i32) -> Option<u64> {
        self.bases
            .iter()
            .filter(|b| b.from_year <= year)
            .max_by_key(|b| b.from_year)
            .map(|b| b.monthly_vnd)
    }

    /// The rule with the highest coefficient among those that pay this member (the first of
    /// equals); `None` when no rule pays them.
    pub fn rule_for(&self, m: &Member, has_pension: bool) -> Option<&AllowanceRule> {
        self.rules
            .iter()
            .filter(|r| r.pays(m, has_pension))
            .reduce(|best, r| {
                if r.coefficient_percent > best.coefficient_percent {
                    r
                } else {
                    best
                }
            })
    }

    /// The monthly allowance (đồng, rounded down) this member receives in a review year: the
    /// year's base times the coefficient of `rule_for`; `None` when no rule pays them or the
    /// year has no base.
    pub fn monthly(&self, year: i32, m: &Member, has_pension: bool) -> Option<u64> {
        let base = self.base(year)?;
        let rule = self.rule_for(m, has_pension)?;
        let amount = u128::from(base) * u128::from(rule.coefficient_percent) / 100;
        Some(u64::try_from(amount).unwrap_or(u64::MAX))
    }

    /// The youngest age from which a rule pays a member with this disability level (and no
    /// pension) whatever their age above it.
    fn paid_from_age(&self, disability: Disability) -> Option<u32> {
        self.rules
            .iter()
            .filter(|r| r.below_age.is_none() && r.disability.is_none_or(|d| d == disability))
            .map(|r| r.from_age.unwrap_or(0))
            .min()
    }

    /// Checks what the types alone do not, each problem with its field path.
    pub fn validate(&self) -> Vec<(String, Problem)> {
        let mut out = Vec::new();
        if self.bases.is_empty() && !self.rules.is_empty() {
            out.push(("allowances.bases".to_owned(), Problem::Empty));
        }
        for (i, b) in self.bases.iter().enumerate() {
            if self.bases[..i].iter().any(|o| o.from_year == b.from_year) {
                out.push((
                    format!("allowances.bases[{i}].from_year"),
                    Problem::Duplicate {
                        what: b.from_year.to_string(),
                        other: String::new(),
                    },
                ));
            }
            if b.monthly_vnd == 0 {
                out.push((
                    format!("allowances.bases[{i}].monthly_vnd"),
                    Problem::NotPositive { value: "0".into() },
                ));
            }
        }
        let max_age = MAX_AGE.to_string();
        for (i, r) in self.rules.iter().enumerate() {
            let at = |field: &str| format!("allowances.rules[{i}].{field}");
            if r.name.trim().is_empty() {
                out.push((at("name"), Problem::Empty));
            } else if self.rules[..i].iter().any(|o| o.name == r.name) {
                out.push((
                    at("name"),
                    Problem::Duplicate {
                        what: r.name.clone(),
                        other: String::new(),
                    },
                ));
            }
            for (field, age) in [("from_age", r.from_age), ("below_age", r.below_age)] {
                if let Some(age) = age.filter(|&a| a > MAX_AGE) {
                    out.push((
                        at(field),
                        Problem::OutOfRange {
                            value: age.to_string(),
                            min: "0".into(),
                            max: max_age.clone(),
                        },
                    ));
                }
            }
            if let (Some(from), Some(below)) = (r.from_age, r.below_age)
                && below <= from
                && below <= MAX_AGE
            {
                out.push((
                    at("below_age"),
                    Problem::OutOfRange {
                        value: below.to_string(),
                        min: (from + 1).to_string(),
                        max: max_age.clone(),
                    },
                ));
            }
            if r.coefficient_percent == 0 {
                out.push((
                    at("coefficient_percent"),
                    Problem::NotPositive { value: "0".into() },
                ));
            }
        }
        out
    }
}

/// The oldest age a member can have (as in household files).
const MAX_AGE: u32 = 120;

/// One people's names and the regions where the generator places it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameGroup {
    pub people_vi: String,
    pub people_en: String,
    pub regions: Vec<Region>,
    pub family: Vec<String>,
    pub male_middle: Vec<String>,
    pub female_middle: Vec<String>,
    pub male_given: Vec<String>,
    pub female_given: Vec<String>,
    /// Family name written last (Ê Đê: "Y Bhim Niê").
    #[serde(default)]
    pub family_last: bool,
    /// Whose family (clan) name the children take.
    #[serde(default)]
    pub descent: Descent,
    /// Husband and wife never share a clan name (Hmông, Ê Đê, Jrai…).
    #[serde(default)]
    pub exogamous: bool,
}

/// Whose family name children take.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Descent {
    /// The father's (Kinh and most peoples).
    #[default]
    Patrilineal,
    /// The mother's clan (Ê Đê, Jrai, M'Nông, Raglai…).
    Matrilineal,
}

impl NameGroup {
    /// The sex whose family name the children carry.
    fn line_sex(&self) -> Sex {
        match self.descent {
            Descent::Patrilineal => Sex::Male,
            Descent::Matrilineal => Sex::Female,
        }
    }

    /// The family name of a grandparent living with the family: the grandparent of the line's
    /// sex carries the line's name; the other one married in and has another (`position` picks
    /// which, without drawing from the random stream).
    fn grandparent_family(&self, line: &str, sex: Sex, position: usize) -> String {
        if sex == self.line_sex() {
            line.to_owned()
        } else {
            self.other_family(line, position)
        }
    }

    /// A family name of this group other than `not` (the next in the list), chosen without
    /// drawing from the random stream so that a seed's households stay the same.
    fn other_family(&self, not: &str, offset: usize) -> String {
        let n = self.family.len();
        let start = self.family.iter().position(|f| f == not).unwrap_or(0);
        (1..=n)
            .map(|k| &self.family[(start + offset + k) % n])
            .find(|f| *f != not)
            .unwrap_or(&self.family[start])
            .clone()
    }
}

/// Reads a names file; a problem the types alone cannot catch (in `allowances`) is located at
/// its line and column like a parse error.
pub fn parse_names(file: &str, text: &str) -> Result<Names, FormatError> {
    let names: Names = source::deserialize(file, text)?;
    source::first_problem(file, text, names.allowances.validate())?;
    Ok(names)
}

/// What the generated households should turn on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Focus {
    /// Any mix of deprivations and incomes.
    Any,
    /// Income per person within ±3% of a line, 2 or 3 deprivations.
    Boundary,
    /// This indicator deprived (e.g. `employment`, `dependents`).
    Indicator(String),
}

impl Focus {
    pub fn parse(text: &str) -> Focus {
        match text {
            "" | "any" => Focus::Any,
            "boundary" => Focus::Boundary,
            id => Focus::Indicator(id.to_owned()),
        }
    }

    pub fn as_string(&self) -> String {
        match self {
            Focus::Any => "any".into(),
            Focus::Boundary => "boundary".into(),
            Focus::Indicator(id) => id.clone(),
        }
    }
}

/// A generated household, before it is worded as a scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub seed: u64,
    pub index: u32,
    pub focus: Focus,
    pub standard_id: String,
    pub household: Household,
    pub region: Region,
    /// Index into `Names::groups`.
    pub group: usize,
    /// The member who answers the door (the head of the household).
    pub head: usize,
    /// The head's husband or wife, where there is one. Every other member is a child (under 60)
    /// or a grandparent (60 or over).
    pub spouse: Option<usize>,
    /// Month of the review visit (9 to 12: the periodic review).
    pub month: u32,
    /// For each income source, the member it belongs to (wages, allowances), if any.
    pub income_owner: Vec<Option<usize>>,
}

const TRIES: u32 = 200;

/// The scenario id of generated household `index` of the set `seed`: results files and the
/// trainer's report find a generated household again by it.
pub fn scenario_id(seed: u64, index: u32) -> String {
    format!("gen-{seed}-{:03}", index + 1)
}

/// The file name of generated household `index` of the set `seed`.
pub fn file_name(seed: u64, index: u32) -> String {
    format!("{}.toml", scenario_id(seed, index))
}

/// Generates household `index` of the set with this `seed`. Household `i` depends only on the
/// seed and `i`, so any file of a set can be made again on its own.
pub fn draft(seed: u64, index: u32, standard: &Standard, focus: &Focus, names: &Names) -> Draft {
    draft_in(seed, index, standard, focus, names, Setting::default())
}

/// Where a generated household lives when a village fixes it: its region and review year.
/// `None` leaves the draw to the seed. The same random draws are made either way, so a fixed
/// setting changes only what it fixes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Setting {
    pub region: Option<Region>,
    pub review_year: Option<i32>,
}

/// As `draft`, in a fixed setting (a village's region and review year).
pub fn draft_in(
    seed: u64,
    index: u32,
    standard: &Standard,
    focus: &Focus,
    names: &Names,
    setting: Setting,
) -> Draft {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream(u64::from(index));
    let mut last = None;
    for _ in 0..TRIES {
        let d = attempt(&mut rng, seed, index, standard, focus, names, setting);
        let ok = acceptable(&d, standard, focus);
        last = Some(d);
        if ok {
            break;
        }
    }
    // `TRIES` attempts always yield at least one draft.
    last.unwrap_or_else(|| attempt(&mut rng, seed, index, standard, focus, names, setting))
}

fn acceptable(d: &Draft, standard: &Standard, focus: &Focus) -> bool {
    let a = assess(&d.household, standard);
    match focus {
        Focus::Any => true,
        Focus::Indicator(id) => a.result(id).is_some_and(|r| r.deprived),
        Focus::Boundary => {
            (2..=3).contains(&a.deprivation_count())
                && boundary_lines(standard, d.household.area)
                    .iter()
                    .any(|&l| within_3_percent(&d.household, l))
        }
    }
}

/// The lines a boundary household is put near: the poverty line, and the near-poverty line where
/// the standard has one.
pub fn boundary_lines(standard: &Standard, area: Area) -> Vec<u64> {
    let l = standard.lines.for_area(area);
    let mut out = vec![l.poverty];
    if standard.classification.rule == RuleKind::IncomeAloneOrBandAndDeprivations
        && let Some(near) = l.near_poverty
    {
        out.push(near);
    }
    out
}

/// True when income per person per month is within ±3% of `line` (exact integer arithmetic).
pub fn within_3_percent(h: &Household, line: u64) -> bool {
    let total = h.annual_income() * 100;
    let base = u128::from(line) * 12 * u128::from(h.member_count());
    total >= base * 97 && total <= base * 103
}

fn pick<'a, T>(rng: &mut ChaCha8Rng, items: &'a [T]) -> &'a T {
    // Every list the generator picks from is non-empty: the built-in name lists are checked by
    // tests, and a standard with an empty list does not load (`Standard::validate`).
    items.choose(rng).unwrap_or(&items[0])
}

/// One of `all` that is not in `accepted`; `None` when the standard accepts every one.
fn pick_outside<T: Copy + PartialEq>(rng: &mut ChaCha8Rng, all: &[T], accepted: &[T]) -> Option<T> {
    let others: Vec<T> = all.iter().copied().filter(|x| !accepted.contains(x)).collect();
    others.choose(rng).copied()
}

fn name(rng: &mut ChaCha8Rng, g: &NameGroup, sex: Sex, family: &str) -> String {
    let (middle, given) = match sex {
        Sex::Male => (pick(rng, &g.male_middle), pick(rng, &g.male_given)),
        Sex::Female => (pick(rng, &g.female_middle), pick(rng, &g.female_given)),
    };
    let first = if middle.ends_with('\'') {
        format!("{middle}{given}")
    } else {
        format!("{middle} {given}")
    };
    let parts = if g.family_last {
        [first.trim(), family]
    } else {
        [family, first.trim()]
    };
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

fn member(name: String, age: u32, sex: Sex) -> Member {
    Member {
        name,
        age,
        age_months: 0,
        sex,
        work: Work::NotWorking,
        disability: Disability::None,
        health_insurance: true,
        education: Education::None,
        vocational_certificate: false,
        on_the_job_training: false,
        schooling: Schooling::NotAttending,
        nutrition: Nutrition::Normal,
        uses_internet: false,
        uses_phone: false,
        sick_untreated: false,
        social_allowance: false,
    }
}

/// Education, schooling and work that meet every indicator for this age.
fn settle(rng: &mut ChaCha8Rng, m: &mut Member) {
    match m.age {
        0..=2 => {}
        3..=15 => {
            m.schooling = Schooling::AtLevel;
            m.education = if m.age >= 11 {
                Education::Primary
            } else {
                Education::None
            };
        }
        16..=17 => {
            m.schooling = Schooling::AtLevel;
            m.education = Education::LowerSecondary;
        }
        18..=34 => {
            m.education = *pick(
                rng,
                &[
                    Education::UpperSecondary,
                    Education::UpperSecondary,
                    Education::CollegeUniversity,
                ],
            );
            m.work = *pick(rng, &[Work::SelfEmployed, Work::WageWithContract]);
            m.uses_internet = true;
            m.uses_phone = true;
        }
        35..=59 => {
            m.education = *pick(
                rng,
                &[
                    Education::Primary,
                    Education::LowerSecondary,
                    Education::UpperSecondary,
                ],
            );
            m.work = *pick(
                rng,
                &[Work::SelfEmployed, Work::SelfEmployed, Work::WageWithContract],
            );
            m.uses_phone = rng.random_bool(0.7);
        }
        _ => {
            m.education = *pick(rng, &[Education::None, Education::Primary]);
        }
    }
}

fn livelihoods(region: Region) -> &'static [Livelihood] {
    match region {
        Region::Urban => &[Livelihood::Other],
        Region::MekongDelta => &[
            Livelihood::Agriculture,
            Livelihood::Fishery,
            Livelihood::Salt,
            Livelihood::Other,
        ],
        Region::NorthCentralCentralCoast => &[
            Livelihood::Agriculture,
            Livelihood::Fishery,
            Livelihood::Forestry,
            Livelihood::Other,
        ],
        Region::CentralHighlands | Region::NorthernMidlandsMountains => &[
            Livelihood::Agriculture,
            Livelihood::Agriculture,
            Livelihood::Forestry,
        ],
        Region::RedRiverDelta | Region::Southeast => &[Livelihood::Agriculture, Livelihood::Other],
    }
}

fn main_source(l: Livelihood, area: Area) -> IncomeKind {
    match (l, area) {
        (_, Area::Urban) | (Livelihood::Other, _) => IncomeKind::Business,
        (Livelihood::Agriculture, _) => IncomeKind::Agriculture,
        (Livelihood::Forestry, _) => IncomeKind::Forestry,
        (Livelihood::Fishery, _) => IncomeKind::Fishery,
        (Livelihood::Salt, _) => IncomeKind::Salt,
    }
}

fn attempt(
    rng: &mut ChaCha8Rng,
    seed: u64,
    index: u32,
    standard: &Standard,
    focus: &Focus,
    names: &Names,
    setting: Setting,
) -> Draft {
    let years = standard.review_years;
    let drawn_year = rng.random_range(years.from.max(2016)..=years.to.min(2030));
    let review_year = setting.review_year.unwrap_or(drawn_year);
    let drawn_region = *pick(rng, &Region::ALL);
    let region = setting.region.unwrap_or(drawn_region);
    let area = if region == Region::Urban {
        Area::Urban
    } else {
        Area::Rural
    };
    let candidates: Vec<usize> = (0..names.groups.len())
        .filter(|&i| names.groups[i].regions.contains(&region))
        .flat_map(|i| if i == 0 { vec![i, i] } else { vec![i] })
        .collect();
    let group = if candidates.is_empty() {
        0
    } else {
        *pick(rng, &candidates)
    };
    let g = &names.groups[group];
    let family = pick(rng, &g.family).clone();
    let livelihood = *pick(rng, livelihoods(region));

    // Composition: a head, often a spouse, then children or elderly parents.
    let size: u32 = *pick(rng, &[1, 2, 2, 3, 3, 4, 4, 4, 5, 5, 6, 7]);
    let head_sex = if rng.random_bool(0.7) {
        Sex::Male
    } else {
        Sex::Female
    };
    let head_age = rng.random_range(24..=62);
    let mut members = vec![member(name(rng, g, head_sex, &family), head_age, head_sex)];
    // The family name the children take: the father's, or among matrilineal peoples the
    // mother's clan; a single parent's own.
    let mut line_family = family.clone();
    let mut spouse = None;
    if size >= 2 && rng.random_bool(0.85) {
        let sex = if head_sex == Sex::Male {
            Sex::Female
        } else {
            Sex::Male
        };
        let age = (head_age + rng.random_range(0..=6)).saturating_sub(3).max(20);
        let mut spouse_family = pick(rng, &g.family).clone();
        if g.exogamous && spouse_family == family {
            spouse_family = g.other_family(&family, 0);
        }
        members.push(member(name(rng, g, sex, &spouse_family), age, sex));
        spouse = Some(1);
        if sex == g.line_sex() {
            line_family = spouse_family;
        }
    }
    let mut elderly = 0;
    while (members.len() as u32) < size {
        let sex = if rng.random_bool(0.5) {
            Sex::Male
        } else {
            Sex::Female
        };
        if elderly < 2 && rng.random_bool(0.2) {
            elderly += 1;
            let family = g.grandparent_family(&line_family, sex, members.len());
            members.push(member(name(rng, g, sex, &family), rng.random_range(62..=88), sex));
        } else {
            let max = head_age.saturating_sub(18).clamp(1, 24);
            members.push(member(
                name(rng, g, sex, &line_family),
                rng.random_range(0..=max),
                sex,
            ));
        }
    }
    for m in &mut members {
        settle(rng, m);
    }
    members[0].uses_internet = true;
    members[0].uses_phone = true;

    let dwelling = Dwelling {
        wall: Durability::Durable,
        frame: Durability::Durable,
        roof: Durability::Durable,
        wall_material: None,
        frame_material: None,
        roof_material: None,
        floor_area_m2: 0.0,
        water_source: *pick(
            rng,
            &[
                WaterSource::Piped,
                WaterSource::DrilledWell,
                WaterSource::ProtectedDugWell,
            ],
        ),
        latrine: *pick(
            rng,
            &[
                Latrine::Septic,
                Latrine::SemiSeptic,
                Latrine::PourFlush,
                Latrine::DoubleVault,
            ],
        ),
        info_means: if rng.random_bool(0.5) {
            vec![InfoMeans::Tv]
        } else {
            vec![InfoMeans::Tv, InfoMeans::Smartphone]
        },
        hears_loudspeaker: rng.random_bool(0.5),
        waste: if area == Area::Urban {
            Waste::Collected
        } else {
            *pick(rng, &[Waste::Collected, Waste::TreatedAtHome])
        },
    };
    let mut h = Household {
        area,
        review_year,
        livelihood,
        dwelling,
        members,
        income: Vec::new(),
    };

    // Which indicators to make deprived.
    let ids: Vec<&str> = standard.indicators.iter().map(|i| i.id.as_str()).collect();
    let mut target: BTreeSet<String> = BTreeSet::new();
    let extra = match focus {
        Focus::Any => rng.random_range(0..=5),
        Focus::Boundary => rng.random_range(2..=3),
        Focus::Indicator(id) => {
            target.insert(id.clone());
            rng.random_range(0..=3)
        }
    };
    while target.len() < extra.min(ids.len()) || (matches!(focus, Focus::Boundary) && target.len() < extra) {
        target.insert((*pick(rng, &ids)).to_owned());
        if target.len() >= ids.len() {
            break;
        }
    }
    // Dependants change the composition, so they come first; floor area comes last.
    let mut order: Vec<&crate::rules::standard::Indicator> = standard
        .indicators
        .iter()
        .filter(|i| target.contains(&i.id))
        .collect();
    order.sort_by_key(|i| match i.rule {
        Rule::Dependents { .. } => 0,
        Rule::HousingArea { .. } => 2,
        _ => 1,
    });
    let mut area_deprived = false;
    for ind in order {
        if matches!(ind.rule, Rule::HousingArea { .. }) {
            area_deprived = true;
        }
        deprive(
            rng,
            &mut h,
            &ind.rule,
            standard,
            g,
            &line_family,
            &names.allowances,
        );
    }
    let n = h.member_count();
    let min_per_person = standard
        .indicators
        .iter()
        .find_map(|i| match i.rule {
            Rule::HousingArea { min_m2_per_person } => Some(min_m2_per_person),
            _ => None,
        })
        .unwrap_or(8.0);
    h.dwelling.floor_area_m2 = if area_deprived {
        let short = rng.random_range(1..=(2 * n).max(2));
        (min_per_person * f64::from(n) - f64::from(short)).max(4.0)
    } else {
        // At least the standard's minimum (validated: at most 100 m²), up to 16 m² or a little more.
        let low = min_per_person.ceil().clamp(1.0, 100.0) as u32;
        let per = rng.random_range(low..=low.max(16));
        f64::from(per * n)
    };

    let (income, owners) = income(rng, &mut h, standard, focus, names);
    h.income = income;
    let head = 0;
    Draft {
        seed,
        index,
        focus: focus.clone(),
        standard_id: standard.id.clone(),
        household: h,
        region,
        group,
        head,
        spouse,
        month: rng.random_range(9..=12),
        income_owner: owners,
    }
}

/// Changes the household so that the indicator with this rule is deprived (as far as one change
/// can; the caller checks the result with the engine).
fn deprive(
    rng: &mut ChaCha8Rng,
    h: &mut Household,
    rule: &Rule,
    standard: &Standard,
    g: &NameGroup,
    family: &str,
    allowances: &Allowances,
) {
    let year = h.review_year;
    let pick_member = |rng: &mut ChaCha8Rng, h: &Household, f: &dyn Fn(&Member) -> bool| -> Option<usize> {
        let idx: Vec<usize> = (0..h.members.len()).filter(|&i| f(&h.members[i])).collect();
        idx.choose(rng).copied()
    };
    match rule {
        Rule::SickUntreated => {
            if let Some(i) = pick_member(rng, h, &|_| true) {
                h.members[i].sick_untreated = true;
            }
        }
        Rule::HealthInsurance { min_age } => {
            if let Some(i) = pick_member(rng, h, &|m| m.age >= *min_age) {
                h.members[i].health_insurance = false;
            }
        }
        Rule::AdultEducationCohort {
            min_age,
            born_from_year,
            required,
        } => {
            let in_range = |m: &Member| {
                m.age >= *min_age && i64::from(year) - i64::from(m.age) >= i64::from(*born_from_year)
            };
            if let Some(i) = pick_member(rng, h, &in_range) {
                let m = &mut h.members[i];
                m.schooling = Schooling::NotAttending;
                m.education = if *required > Education::Primary {
                    Education::Primary
                } else {
                    Education::None
                };
            }
        }
        Rule::AdultEducationBands { bands, .. } => {
            let in_band = |m: &Member| bands.iter().any(|b| (b.from_age..=b.to_age).contains(&m.age));
            if let Some(i) = pick_member(rng, h, &in_band) {
                let m = &mut h.members[i];
                m.schooling = Schooling::NotAttending;
                m.vocational_certificate = false;
                m.on_the_job_training = false;
                m.education = if m.age >= 18 {
                    Education::LowerSecondary
                } else {
                    Education::Primary
                };
                if m.age >= 16 && m.work == Work::NotWorking {
                    m.work = Work::SelfEmployed;
                }
            }
        }
        Rule::ChildSchool {
            from_age,
            below_age,
            required,
        } => {
            let child = |m: &Member| (*from_age..*below_age).contains(&m.age);
            let i = match pick_member(rng, h, &child) {
                Some(i) => i,
                None => {
                    let sex = if rng.random_bool(0.5) {
                        Sex::Male
                    } else {
                        Sex::Female
                    };
                    h.members.push(member(
                        name(rng, g, sex, family),
                        rng.random_range(*from_age..*below_age),
                        sex,
                    ));
                    h.members.len() - 1
                }
            };
            h.members[i].schooling = match required {
                crate::rules::standard::AttendanceRequirement::AtLevel if rng.random_bool(0.3) => {
                    Schooling::BelowLevel
                }
                _ => Schooling::NotAttending,
            };
        }
        Rule::HousingQuality { at_least } => {
            let mut parts = [0usize, 1, 2];
            for k in (1..parts.len()).rev() {
                parts.swap(k, rng.random_range(0..=k));
            }
            for &p in parts.iter().take(*at_least as usize) {
                match p {
                    0 => h.dwelling.wall = Durability::NonDurable,
                    1 => h.dwelling.frame = Durability::NonDurable,
                    _ => h.dwelling.roof = Durability::NonDurable,
                }
            }
        }
        Rule::HousingArea { .. } => {} // set with the floor area, once the members are final
        Rule::Water { accepted, .. } => {
            if let Some(w) = pick_outside(rng, WaterSource::ALL, accepted) {
                h.dwelling.water_source = w;
            }
        }
        Rule::Sanitation { accepted } => {
            if let Some(l) = pick_outside(rng, Latrine::ALL, accepted) {
                h.dwelling.latrine = l;
            }
        }
        Rule::Telecom { services } => {
            for m in &mut h.members {
                for s in services {
                    match s {
                        crate::rules::standard::TelecomService::Phone => m.uses_phone = false,
                        crate::rules::standard::TelecomService::Internet => m.uses_internet = false,
                    }
                }
            }
        }
        Rule::Information { accepted, .. } => {
            h.dwelling.info_means.retain(|m| !accepted.contains(m));
            h.dwelling.hears_loudspeaker = false;
        }
        Rule::Employment { deprived_work } => {
            let working_age = |m: &Member| {
                standard.working_age.as_ref().is_some_and(|w| {
                    let months = m.age_in_months();
                    months >= w.min_age * 12 && months < w.retirement_months(year, m.sex).unwrap_or(0)
                })
            };
            if let Some(i) = pick_member(rng, h, &working_age) {
                h.members[i].work = *pick(rng, deprived_work);
            }
        }
        Rule::Dependents {
            child_below_age,
            elderly_from_age,
            elderly_requires_allowance,
            disability_levels,
            more_than_percent,
            ..
        } => {
            // Whether a member will receive an allowance (`income` grants them, by the rules).
            let paid = |m: &Member| allowances.monthly(year, m, NO_PENSION).is_some();
            // The engine's own test, on the member as `income` will leave it.
            let is_dependant = |m: &Member| {
                let will_be = Member {
                    social_allowance: paid(m),
                    ..m.clone()
                };
                crate::rules::assess::dependant_reason(rule, &will_be).is_some()
            };
            // Add children or grandparents until dependants are more than the share.
            let mut guard = 0;
            while {
                let dep = h.members.iter().filter(|m| is_dependant(m)).count() as u64;
                dep * 100 <= u64::from(*more_than_percent) * h.members.len() as u64
            } && guard < 8
            {
                guard += 1;
                let sex = if rng.random_bool(0.5) {
                    Sex::Male
                } else {
                    Sex::Female
                };
                let oldest_child = (*child_below_age).min(h.members[0].age.saturating_sub(15)).max(1);
                let mut m = if rng.random_bool(0.6) {
                    member(name(rng, g, sex, family), rng.random_range(0..oldest_child), sex)
                } else {
                    let grandparent = g.grandparent_family(family, sex, h.members.len());
                    let mut m = member(
                        name(rng, g, sex, &grandparent),
                        rng.random_range(*elderly_from_age..=(*elderly_from_age).max(88)),
                        sex,
                    );
                    if *elderly_requires_allowance && !paid(&m) {
                        // Here an elderly member is a dependant only with an allowance, which the
                        // rules pay from an age (80 without a pension) or for a disability: make
                        // the grandparent one they pay, older or disabled.
                        let disabled = disability_levels
                            .iter()
                            .copied()
                            .filter(|&d| {
                                paid(&Member {
                                    disability: d,
                                    ..m.clone()
                                })
                            })
                            .collect::<Vec<_>>();
                        let older = allowances
                            .paid_from_age(Disability::None)
                            .map(|a| a.max(m.age))
                            .filter(|&a| a <= 88);
                        match (disabled.is_empty(), older) {
                            (false, Some(from)) if !rng.random_bool(0.35) => {
                                m.age = rng.random_range(from..=88);
                            }
                            (false, _) => m.disability = *pick(rng, &disabled),
                            (true, Some(from)) => m.age = rng.random_range(from..=88),
                            (true, None) => {} // no rule pays: not a dependant
                        }
                    }
                    m
                };
                settle(rng, &mut m);
                m.work = Work::NotWorking;
                h.members.push(m);
            }
        }
        Rule::Nutrition {
            child_below_age,
            conditions,
        } => {
            let child = |m: &Member| m.age < *child_below_age;
            let i = match pick_member(rng, h, &child) {
                Some(i) => i,
                None => {
                    let sex = if rng.random_bool(0.5) {
                        Sex::Male
                    } else {
                        Sex::Female
                    };
                    let mut m = member(name(rng, g, sex, family), rng.random_range(0..=5), sex);
                    settle(rng, &mut m);
                    h.members.push(m);
                    h.members.len() - 1
                }
            };
            h.members[i].nutrition = *pick(rng, conditions);
        }
        Rule::Waste { deprived } => h.dwelling.waste = *pick(rng, deprived),
    }
}

/// Income sources: monthly social allowances for the members a rule pays, wages for wage workers,
/// and the household's main livelihood for the rest, so that income per person lands where the
/// focus wants it.
fn income(
    rng: &mut ChaCha8Rng,
    h: &mut Household,
    standard: &Standard,
    focus: &Focus,
    names: &Names,
) -> (Vec<IncomeSource>, Vec<Option<usize>>) {
    let n = u128::from(h.member_count());
    let lines = boundary_lines(standard, h.area);
    let line = u128::from(*pick(rng, &lines));
    // Target income per person per month.
    let per_person: u128 = match focus {
        Focus::Boundary => line * rng.random_range(9_700u128..=10_300) / 10_000,
        _ => line * rng.random_range(40u128..=220) / 100,
    };
    let target_annual = per_person * 12 * n;
    let mut sources = Vec::new();
    let mut owners = Vec::new();
    let mut fixed: u128 = 0;
    // A member receives an allowance exactly when a rule of the year pays one, at its amount;
    // the flag and the income source are set together.
    let year = h.review_year;
    for (i, m) in h.members.iter_mut().enumerate() {
        let amount = names.allowances.monthly(year, m, NO_PENSION);
        m.social_allowance = amount.is_some();
        if let Some(amount) = amount {
            fixed += u128::from(amount) * 12;
            sources.push(IncomeSource {
                source: IncomeKind::SocialAllowance,
                monthly_vnd: Some(amount),
                annual_vnd: None,
            });
            owners.push(Some(i));
        }
    }
    let wage_workers: Vec<usize> = (0..h.members.len())
        .filter(|&i| {
            matches!(
                h.members[i].work,
                Work::WageWithContract | Work::WageWithoutContract
            )
        })
        .collect();
    let remaining = target_annual.saturating_sub(fixed);
    let mut wage_share = if wage_workers.is_empty() {
        0
    } else {
        remaining * rng.random_range(40u128..=90) / 100
    };
    if h.livelihood == Livelihood::Other && h.area == Area::Urban && !wage_workers.is_empty() {
        wage_share = remaining;
    }
    let per_worker = if wage_workers.is_empty() {
        0
    } else {
        wage_share / 12 / wage_workers.len() as u128
    };
    for &i in &wage_workers {
        let monthly = (per_worker / 50_000 * 50_000) as u64;
        fixed += u128::from(monthly) * 12;
        sources.push(IncomeSource {
            source: IncomeKind::Wages,
            monthly_vnd: Some(monthly),
            annual_vnd: None,
        });
        owners.push(Some(i));
    }
    let rest = target_annual.saturating_sub(fixed);
    if rest > 0 || sources.is_empty() {
        // The main livelihood takes the rest, rounded to 100,000 a year, except at a boundary where
        // the exact amount keeps income within ±3%.
        let annual = if matches!(focus, Focus::Boundary) {
            rest
        } else {
            rest / 100_000 * 100_000
        };
        let annual = u64::try_from(annual).unwrap_or(u64::MAX);
        sources.push(IncomeSource {
            source: main_source(h.livelihood, h.area),
            monthly_vnd: None,
            annual_vnd: Some(annual),
        });
        owners.push(None);
    }
    (sources, owners)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_names_parse_and_cover_every_region() {
        let names = parse_names("names.toml", BUILTIN_NAMES).expect("valid");
        for r in Region::ALL {
            assert!(names.groups.iter().any(|g| g.regions.contains(&r)), "{r:?}");
        }
        for g in &names.groups {
            for list in [
                &g.family,
                &g.male_middle,
                &g.female_middle,
                &g.male_given,
                &g.female_given,
            ] {
                assert!(!list.is_empty(), "{}", g.people_vi);
            }
        }
    }

    /// The built-in allowance table pays what the decrees pay (outside the domain reference):
    /// the year's base times 1.0 from 80 without a pension, 1.5/2.0 for a severe/especially
    /// severe disability, 2.0/2.5 for a child or an elderly person with one; nothing otherwise.
    #[test]
    fn the_builtin_allowances_pay_what_the_rules_pay() {
        let a = parse_names("names.toml", BUILTIN_NAMES)
            .expect("valid")
            .allowances;
        let person = |age: u32, disability: Disability| Member {
            disability,
            ..member("X".into(), age, Sex::Female)
        };
        use Disability::{EspeciallySevere, Mild, None as No, Severe};
        for (year, age, disability, pension, expected) in [
            (2024, 85, No, false, Some(500_000)),
            (2024, 85, No, true, None),
            (2024, 80, No, false, Some(500_000)),
            (2024, 79, No, false, None),
            (2026, 62, No, false, None),
            (2026, 70, Mild, false, None),
            (2026, 70, Severe, false, Some(1_000_000)),
            (2026, 70, EspeciallySevere, false, Some(1_250_000)),
            (2026, 85, Severe, false, Some(1_000_000)),
            (2024, 30, Severe, false, Some(750_000)),
            (2024, 30, EspeciallySevere, false, Some(1_000_000)),
            (2024, 10, Severe, false, Some(1_000_000)),
            (2024, 15, EspeciallySevere, false, Some(1_250_000)),
            (2024, 16, EspeciallySevere, false, Some(1_000_000)),
            (2023, 85, No, false, Some(360_000)),
            (2021, 60, Severe, false, Some(720_000)),
            (2020, 85, No, false, Some(270_000)),
            (2016, 30, Severe, false, Some(405_000)),
            (2019, 8, EspeciallySevere, false, Some(675_000)),
            (2015, 85, No, false, None),
        ] {
            assert_eq!(
                a.monthly(year, &person(age, disability), pension),
                expected,
                "{year}: {age}, {disability:?}, pension {pension}"
            );
        }
    }

    /// A mistake in the allowance table is refused at its line and column, with its field.
    #[test]
    fn a_wrong_allowance_table_is_refused_where_it_is_wrong() {
        let group = "[[groups]]\npeople_vi = \"Kinh\"\npeople_en = \"Kinh\"\nregions = [\"urban\"]\n\
                     family = [\"Lê\"]\nmale_middle = [\"Văn\"]\nfemale_middle = [\"Thị\"]\n\
                     male_given = [\"An\"]\nfemale_given = [\"Mai\"]\n";
        let with = |allowances: &str| format!("{allowances}\n{group}");
        let cases = [
            (
                "[allowances]\nbases = [{ from_year = 2016, monthly_vnd = 270_000 }]\nrules = [\n  \
                 { name = \"a\", from_age = 80, coefficient_percent = 100 },\n  \
                 { name = \"b\", disability = \"severe\", coefficient_percent = 0 },\n]",
                "allowances.rules[1].coefficient_percent",
                5,
            ),
            (
                "[allowances]\nbases = [\n  { from_year = 2016, monthly_vnd = 270_000 },\n  \
                 { from_year = 2016, monthly_vnd = 360_000 },\n]",
                "allowances.bases[1].from_year",
                4,
            ),
            (
                "[allowances]\nrules = [{ name = \"a\", from_age = 80, coefficient_percent = 100 }]",
                "allowances.bases",
                1,
            ),
            (
                "[allowances]\nbases = [{ from_year = 2016, monthly_vnd = 270_000 }]\nrules = [\n  \
                 { name = \"a\", from_age = 60, below_age = 60, coefficient_percent = 150 },\n]",
                "allowances.rules[0].below_age",
                4,
            ),
            (
                "[allowances]\nbases = [{ from_year = 2016, monthly_vnd = 270_000 }]\nrules = [\n  \
                 { name = \"a\", disability = \"heavy\", coefficient_percent = 150 },\n]",
                "allowances.rules[0].disability",
                4,
            ),
            (
                // The old form (a list of amounts by year): a table is wanted.
                "allowances = [{ from_year = 2016, amounts = [270_000, 405_000] }]",
                "allowances[0]",
                1,
            ),
        ];
        for (allowances, path, line) in cases {
            let e = parse_names("names.toml", &with(allowances)).expect_err(path);
            assert_eq!((e.path.as_str(), e.line), (path, line), "{e}");
            assert_eq!(e.file, "names.toml");
        }
    }
}
