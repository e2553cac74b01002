//! The rule engine: a household under a standard gives an `Assessment` — every indicator's
//! result with the members or facts that decided it, the income per person, the classification
//! and the clause that decided it.
//!
//! Architecture invariant: pure data in, pure data out. No prose, no IO, no floats in any income
//! comparison (`total_annual <= line * 12 * members`, in integers).

use serde::Serialize;

use crate::rules::household::{
    Disability, Education, Household, InfoMeans, Latrine, Nutrition, Schooling, Sex, Waste, WaterSource, Work,
};
use crate::rules::standard::{
    AttendanceRequirement, Indicator, Provenance, Rule, RuleKind, Standard, TelecomService,
};

/// The four outcomes of the `rasoat assess` contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    Poor,
    NearPoor,
    AverageLivingStandard,
    None,
}

impl Class {
    pub const ALL: [Class; 4] = [
        Class::Poor,
        Class::NearPoor,
        Class::AverageLivingStandard,
        Class::None,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Class::Poor => "poor",
            Class::NearPoor => "near_poor",
            Class::AverageLivingStandard => "average_living_standard",
            Class::None => "none",
        }
    }

    /// 0 for the poorest class, rising with living standard.
    pub fn rank(self) -> u8 {
        match self {
            Class::Poor => 0,
            Class::NearPoor => 1,
            Class::AverageLivingStandard => 2,
            Class::None => 3,
        }
    }

    pub fn parse(text: &str) -> Option<Class> {
        Class::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// Household income, as the format defines it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Income {
    /// All sources over twelve months (monthly amounts count 12 times).
    pub annual_total_vnd: u128,
    pub members: u32,
    /// `annual_total / (12 × members)`, rounded down: for display and the JSON contract only.
    pub per_person_month_vnd: u128,
}

impl Income {
    pub fn new(annual_total_vnd: u128, members: u32) -> Self {
        let divisor = 12 * u128::from(members.max(1));
        Self {
            annual_total_vnd,
            members,
            per_person_month_vnd: annual_total_vnd / divisor,
        }
    }

    /// True when income per person per month is at or below `line`, compared exactly.
    pub fn at_or_below(&self, line: u64) -> bool {
        self.annual_total_vnd <= u128::from(line) * 12 * u128::from(self.members.max(1))
    }
}

/// Why a member counts for an indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MemberReason {
    SickUntreated,
    NoHealthInsurance,
    /// Not studying and has completed only `completed` where `required` is needed.
    MissingEducation {
        required: Education,
        completed: Education,
    },
    /// A school-age child who does not attend as required.
    School {
        schooling: Schooling,
    },
    /// A working-age member who is unemployed or works for wages without a contract.
    Work {
        work: Work,
    },
    Nutrition {
        nutrition: Nutrition,
    },
    ChildDependant,
    ElderlyDependant,
    DisabledDependant {
        disability: Disability,
    },
    /// A member who uses an accepted telecommunication service.
    UsesTelecom {
        service: TelecomService,
    },
}

/// A member who decided an indicator, by position in `household.members`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MemberFinding {
    pub index: usize,
    pub reason: MemberReason,
}

/// The facts that decided one indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Finding {
    /// Members the rule applies to (`considered`, and their positions in `applies`), and those
    /// who meet its condition.
    Members {
        considered: u32,
        members: Vec<MemberFinding>,
        #[serde(skip)]
        applies: Vec<usize>,
    },
    /// As `Members`, for employment: working age is from `min_age` years up to, not including,
    /// the retirement age of the review year (in months).
    Employment {
        considered: u32,
        members: Vec<MemberFinding>,
        /// Positions of the working-age members.
        #[serde(skip)]
        applies: Vec<usize>,
        min_age: u32,
        male_retirement_months: u32,
        female_retirement_months: u32,
    },
    /// Which of wall, frame and roof are non-durable.
    Structures {
        wall: bool,
        frame: bool,
        roof: bool,
        non_durable: u32,
        at_least: u32,
    },
    Area {
        floor_area_m2: f64,
        members: u32,
        min_m2_per_person: f64,
    },
    WaterSource {
        source: WaterSource,
        accepted: bool,
    },
    Latrine {
        latrine: Latrine,
        accepted: bool,
    },
    /// Members who use an accepted service.
    Telecom {
        users: Vec<MemberFinding>,
    },
    /// Accepted means the household owns, and whether it hears the loudspeakers (and whether
    /// that counts under this standard).
    Information {
        owned: Vec<InfoMeans>,
        hears_loudspeaker: bool,
        loudspeaker_counts: bool,
    },
    Dependants {
        dependants: Vec<MemberFinding>,
        members: u32,
        more_than_percent: u32,
    },
    Waste {
        waste: Waste,
        accepted: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorResult<'s> {
    #[serde(serialize_with = "indicator_id")]
    pub indicator: &'s Indicator,
    pub deprived: bool,
    pub finding: Finding,
}

fn indicator_id<S: serde::Serializer>(i: &&Indicator, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&i.id)
}

/// The clause of the household rule that decided the class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Clause {
    /// 2016–2020: income at or below the poverty line; income alone is enough.
    PoorByIncomeAlone,
    /// 2016–2020: between the two lines with at least the cutoff of deprivations.
    PoorInBandWithDeprivations,
    /// 2016–2020: between the two lines with fewer deprivations.
    NearPoorInBand,
    /// From 2022: at or below the line with at least the cutoff of deprivations.
    PoorIncomeAndDeprivations,
    /// From 2022: at or below the line with fewer deprivations.
    NearPoorFewDeprivations,
    /// Above the (near-)poverty line, at or below the average band's upper bound.
    AverageBand,
    /// Above the average band's upper bound.
    AboveAverageBand,
    /// Above the line, and the standard's average band is not known: the household is neither
    /// poor nor near-poor, and whether it is of average living standard cannot be told.
    AverageBandUndefined,
}

/// How the class was decided: the clause, the lines applied and the count against the cutoff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Decision {
    pub clause: Clause,
    pub poverty_line: u64,
    pub near_poverty_line: Option<u64>,
    pub average_upper: Option<u64>,
    pub count: u32,
    pub cutoff: u32,
    /// Income used for the average band when state social allowances were left out (farming,
    /// forestry, fishery and salt households that receive them), with the amount left out over
    /// twelve months. `None` when nothing was left out.
    pub band_income: Option<BandIncome>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BandIncome {
    pub income: Income,
    pub excluded_annual_vnd: u128,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment<'s> {
    #[serde(skip)]
    pub standard: &'s Standard,
    pub class: Class,
    pub income: Income,
    /// Every indicator of the standard, in the standard's order.
    pub indicators: Vec<IndicatorResult<'s>>,
    pub decision: Decision,
}

impl<'s> Assessment<'s> {
    pub fn deprivation_count(&self) -> u32 {
        self.decision.count
    }

    /// Ids of the deprived indicators, sorted alphabetically (the JSON contract).
    pub fn deprived_ids(&self) -> Vec<&'s str> {
        let mut ids: Vec<&'s str> = self
            .indicators
            .iter()
            .filter(|r| r.deprived)
            .map(|r| r.indicator.id.as_str())
            .collect();
        ids.sort_unstable();
        ids
    }

    pub fn result(&self, id: &str) -> Option<&IndicatorResult<'s>> {
        self.indicators.iter().find(|r| r.indicator.id == id)
    }

    /// True when the household is neither poor nor near-poor and the standard's average living
    /// standard band is not known: the engine cannot tell whether it is of average living
    /// standard (its contract class is then `none`).
    pub fn average_band_unknown(&self) -> bool {
        self.decision.clause == Clause::AverageBandUndefined
    }

    /// The classes a trainee may give and be right: the class, or where the average band is not
    /// known, `none` and `average_living_standard` alike.
    pub fn accepted_classes(&self) -> Vec<Class> {
        if self.average_band_unknown() {
            vec![Class::AverageLivingStandard, Class::None]
        } else {
            vec![self.class]
        }
    }

    /// The legal source of the clause that decided the class.
    pub fn decision_provenance(&self) -> &'s Provenance {
        let c = &self.standard.classification;
        match self.decision.clause {
            Clause::PoorByIncomeAlone
            | Clause::PoorInBandWithDeprivations
            | Clause::PoorIncomeAndDeprivations => &c.provenance,
            Clause::NearPoorInBand | Clause::NearPoorFewDeprivations => &c.near_poor_provenance,
            Clause::AverageBand | Clause::AboveAverageBand | Clause::AverageBandUndefined => {
                match (&self.decision.band_income, &c.average.exclusion_provenance) {
                    (Some(_), Some(p)) => p,
                    _ => &c.average.provenance,
                }
            }
        }
    }

    /// The `rasoat assess --json` object (household-format.md).
    pub fn contract(&self) -> Contract<'s> {
        Contract {
            standard: &self.standard.id,
            classification: self.class,
            deprivation_count: self.deprivation_count(),
            deprived: self.deprived_ids(),
            income_per_person_month_vnd: self.income.per_person_month_vnd,
        }
    }
}

/// Exactly the fields of the command-line JSON contract, in its order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Contract<'a> {
    pub standard: &'a str,
    pub classification: Class,
    pub deprivation_count: u32,
    #[serde(borrow)]
    pub deprived: Vec<&'a str>,
    pub income_per_person_month_vnd: u128,
}

/// Assesses a (validated) household under a standard.
pub fn assess<'s>(household: &Household, standard: &'s Standard) -> Assessment<'s> {
    let indicators: Vec<IndicatorResult<'s>> = standard
        .indicators
        .iter()
        .map(|indicator| {
            let finding = evaluate(&indicator.rule, household, standard);
            IndicatorResult {
                indicator,
                deprived: finding.is_deprived(),
                finding,
            }
        })
        .collect();
    let count = u32::try_from(indicators.iter().filter(|r| r.deprived).count()).unwrap_or(u32::MAX);
    let income = Income::new(household.annual_income(), household.member_count());
    let (class, decision) = classify(household, standard, income, count);
    Assessment {
        standard,
        class,
        income,
        indicators,
        decision,
    }
}

/// The class the household rule gives for this income and number of deprived indicators (the
/// household supplies its area and livelihood): what the class would be had a reviewer found one
/// deprivation fewer, say.
pub fn class_for(household: &Household, standard: &Standard, income: Income, count: u32) -> Class {
    classify(household, standard, income, count).0
}

fn classify(household: &Household, standard: &Standard, income: Income, count: u32) -> (Class, Decision) {
    let lines = standard.lines.for_area(household.area);
    let rule = &standard.classification;
    let cutoff = rule.deprivation_cutoff;
    let mut decision = Decision {
        clause: Clause::AboveAverageBand,
        poverty_line: lines.poverty,
        near_poverty_line: lines.near_poverty,
        average_upper: lines.average_upper,
        count,
        cutoff,
        band_income: None,
    };
    let enough = count >= cutoff;
    let decided = match rule.rule {
        RuleKind::IncomeAloneOrBandAndDeprivations => {
            let near = lines.near_poverty.unwrap_or(lines.poverty);
            if income.at_or_below(lines.poverty) {
                Some((Class::Poor, Clause::PoorByIncomeAlone))
            } else if income.at_or_below(near) {
                Some(if enough {
                    (Class::Poor, Clause::PoorInBandWithDeprivations)
                } else {
                    (Class::NearPoor, Clause::NearPoorInBand)
                })
            } else {
                None
            }
        }
        RuleKind::IncomeAndDeprivations => income.at_or_below(lines.poverty).then_some(if enough {
            (Class::Poor, Clause::PoorIncomeAndDeprivations)
        } else {
            (Class::NearPoor, Clause::NearPoorFewDeprivations)
        }),
    };
    if let Some((class, clause)) = decided {
        decision.clause = clause;
        return (class, decision);
    }
    // Neither poor nor near-poor: the average living standard band, where the standard has one.
    let upper = match (rule.average.defined, lines.average_upper) {
        (true, Some(upper)) => upper,
        _ => {
            decision.clause = Clause::AverageBandUndefined;
            return (Class::None, decision);
        }
    };
    // Farming, forestry, fishery and salt households: state allowances are left out of the
    // income for the band. Recorded (and explained) only when something was left out.
    let kept = if rule
        .average
        .excluded_income_for_livelihoods
        .contains(&household.livelihood)
    {
        household.annual_income_without(&rule.average.excluded_income_sources)
    } else {
        income.annual_total_vnd
    };
    let band_income = if kept < income.annual_total_vnd {
        let b = BandIncome {
            income: Income::new(kept, income.members),
            excluded_annual_vnd: income.annual_total_vnd - kept,
        };
        decision.band_income = Some(b);
        b.income
    } else {
        income
    };
    if band_income.at_or_below(upper) {
        decision.clause = Clause::AverageBand;
        (Class::AverageLivingStandard, decision)
    } else {
        decision.clause = Clause::AboveAverageBand;
        (Class::None, decision)
    }
}

impl Finding {
    /// Whether these facts make the indicator deprived.
    pub fn is_deprived(&self) -> bool {
        match self {
            Finding::Members { members, .. } | Finding::Employment { members, .. } => !members.is_empty(),
            Finding::Structures {
                non_durable,
                at_least,
                ..
            } => non_durable >= at_least,
            Finding::Area {
                floor_area_m2,
                members,
                min_m2_per_person,
            } => *floor_area_m2 < min_m2_per_person * f64::from(*members),
            Finding::WaterSource { accepted, .. }
            | Finding::Latrine { accepted, .. }
            | Finding::Waste { accepted, .. } => !accepted,
            Finding::Telecom { users } => users.is_empty(),
            Finding::Information {
                owned,
                hears_loudspeaker,
                loudspeaker_counts,
            } => owned.is_empty() && !(*hears_loudspeaker && *loudspeaker_counts),
            Finding::Dependants {
                dependants,
                members,
                more_than_percent,
            } => dependants.len() as u64 * 100 > u64::from(*more_than_percent) * u64::from(*members),
        }
    }
}

/// Members matching `reason_of`, with the number to whom the rule applies (`applies`) and their
/// positions.
fn members_where(
    household: &Household,
    applies: impl Fn(&crate::rules::household::Member) -> bool,
    reason_of: impl Fn(&crate::rules::household::Member) -> Option<MemberReason>,
) -> (u32, Vec<MemberFinding>, Vec<usize>) {
    let mut considered = 0;
    let mut members = Vec::new();
    let mut positions = Vec::new();
    for (index, m) in household.members.iter().enumerate() {
        if applies(m) {
            considered += 1;
            positions.push(index);
            if let Some(reason) = reason_of(m) {
                members.push(MemberFinding { index, reason });
            }
        }
    }
    (considered, members, positions)
}

/// Why a member counts as a dependant under a dependants rule (a child; an elderly or disabled
/// member, with a monthly allowance where the rule asks for one); `None` for a member who does not,
/// or for another rule. The generator asks the same question of the members it makes.
pub fn dependant_reason(rule: &Rule, m: &crate::rules::household::Member) -> Option<MemberReason> {
    let Rule::Dependents {
        child_below_age,
        elderly_from_age,
        elderly_requires_allowance,
        disability_levels,
        disability_requires_allowance,
        ..
    } = rule
    else {
        return None;
    };
    if m.age < *child_below_age {
        Some(MemberReason::ChildDependant)
    } else if m.age >= *elderly_from_age && (!elderly_requires_allowance || m.social_allowance) {
        Some(MemberReason::ElderlyDependant)
    } else if disability_levels.contains(&m.disability)
        && (!disability_requires_allowance || m.social_allowance)
    {
        Some(MemberReason::DisabledDependant {
            disability: m.disability,
        })
    } else {
        None
    }
}

fn evaluate(rule: &Rule, h: &Household, standard: &Standard) -> Finding {
    let d = &h.dwelling;
    match rule {
        Rule::SickUntreated => {
            let (considered, members, applies) = members_where(
                h,
                |_| true,
                |m| m.sick_untreated.then_some(MemberReason::SickUntreated),
            );
            Finding::Members {
                considered,
                members,
                applies,
            }
        }
        Rule::HealthInsurance { min_age } => {
            let (considered, members, applies) = members_where(
                h,
                |m| m.age >= *min_age,
                |m| (!m.health_insurance).then_some(MemberReason::NoHealthInsurance),
            );
            Finding::Members {
                considered,
                members,
                applies,
            }
        }
        Rule::AdultEducationCohort {
            min_age,
            born_from_year,
            required,
        } => {
            let (considered, members, applies) = members_where(
                h,
                |m| {
                    m.age >= *min_age
                        && i64::from(h.review_year) - i64::from(m.age) >= i64::from(*born_from_year)
                },
                |m| {
                    (m.education < *required && m.schooling == Schooling::NotAttending).then_some(
                        MemberReason::MissingEducation {
                            required: *required,
                            completed: m.education,
                        },
                    )
                },
            );
            Finding::Members {
                considered,
                members,
                applies,
            }
        }
        Rule::AdultEducationBands {
            bands,
            on_the_job_training_counts,
        } => {
            let band_of = |age: u32| bands.iter().find(|b| (b.from_age..=b.to_age).contains(&age));
            let (considered, members, applies) = members_where(
                h,
                |m| band_of(m.age).is_some(),
                |m| {
                    let band = band_of(m.age)?;
                    let studying = m.schooling != Schooling::NotAttending;
                    let qualified = m.education >= band.required
                        || (band.vocational_certificate_counts && m.vocational_certificate)
                        || (*on_the_job_training_counts && m.on_the_job_training);
                    (!studying && !qualified).then_some(MemberReason::MissingEducation {
                        required: band.required,
                        completed: m.education,
                    })
                },
            );
            Finding::Members {
                considered,
                members,
                applies,
            }
        }
        Rule::ChildSchool {
            from_age,
            below_age,
            required,
        } => {
            let (considered, members, applies) = members_where(
                h,
                |m| (*from_age..*below_age).contains(&m.age),
                |m| {
                    let ok = match required {
                        AttendanceRequirement::Attending => m.schooling != Schooling::NotAttending,
                        AttendanceRequirement::AtLevel => m.schooling == Schooling::AtLevel,
                    };
                    (!ok).then_some(MemberReason::School {
                        schooling: m.schooling,
                    })
                },
            );
            Finding::Members {
                considered,
                members,
                applies,
            }
        }
        Rule::HousingQuality { at_least } => {
            use crate::rules::household::Durability::NonDurable;
            let (wall, frame, roof) = (d.wall == NonDurable, d.frame == NonDurable, d.roof == NonDurable);
            let non_durable = u32::from(wall) + u32::from(frame) + u32::from(roof);
            Finding::Structures {
                wall,
                frame,
                roof,
                non_durable,
                at_least: *at_least,
            }
        }
        Rule::HousingArea { min_m2_per_person } => Finding::Area {
            floor_area_m2: d.floor_area_m2,
            members: h.member_count(),
            min_m2_per_person: *min_m2_per_person,
        },
        Rule::Water { accepted, .. } => Finding::WaterSource {
            source: d.water_source,
            accepted: accepted.contains(&d.water_source),
        },
        Rule::Sanitation { accepted } => Finding::Latrine {
            latrine: d.latrine,
            accepted: accepted.contains(&d.latrine),
        },
        Rule::Telecom { services } => {
            let uses = |m: &crate::rules::household::Member| {
                services.iter().copied().find(|s| match s {
                    TelecomService::Phone => m.uses_phone,
                    TelecomService::Internet => m.uses_internet,
                })
            };
            let (_, users, _) = members_where(
                h,
                |_| true,
                |m| uses(m).map(|service| MemberReason::UsesTelecom { service }),
            );
            Finding::Telecom { users }
        }
        Rule::Information {
            accepted,
            loudspeaker_counts,
            ..
        } => {
            let mut owned: Vec<InfoMeans> = d
                .info_means
                .iter()
                .copied()
                .filter(|m| accepted.contains(m))
                .collect();
            owned.sort_unstable();
            owned.dedup();
            Finding::Information {
                owned,
                hears_loudspeaker: d.hears_loudspeaker,
                loudspeaker_counts: *loudspeaker_counts,
            }
        }
        Rule::Employment { deprived_work } => {
            let working_age = standard.working_age.as_ref();
            let min_age = working_age.map_or(15, |w| w.min_age);
            let retirement = |sex| {
                working_age
                    .and_then(|w| w.retirement_months(h.review_year, sex))
                    .unwrap_or(0)
            };
            let (male, female) = (retirement(Sex::Male), retirement(Sex::Female));
            let (considered, members, applies) = members_where(
                h,
                |m| {
                    let months = m.age_in_months();
                    let limit = if m.sex == Sex::Male { male } else { female };
                    months >= min_age.saturating_mul(12) && months < limit
                },
                |m| {
                    deprived_work
                        .contains(&m.work)
                        .then_some(MemberReason::Work { work: m.work })
                },
            );
            Finding::Employment {
                considered,
                members,
                applies,
                min_age,
                male_retirement_months: male,
                female_retirement_months: female,
            }
        }
        Rule::Dependents {
            more_than_percent, ..
        } => {
            let (members, dependants, _) = members_where(h, |_| true, |m| dependant_reason(rule, m));
            Finding::Dependants {
                dependants,
                members,
                more_than_percent: *more_than_percent,
            }
        }
        Rule::Nutrition {
            child_below_age,
            conditions,
        } => {
            let (considered, members, applies) = members_where(
                h,
                |m| m.age < *child_below_age,
                |m| {
                    conditions
                        .contains(&m.nutrition)
                        .then_some(MemberReason::Nutrition {
                            nutrition: m.nutrition,
                        })
                },
            );
            Finding::Members {
                considered,
                members,
                applies,
            }
        }
        Rule::Waste { deprived } => Finding::Waste {
            waste: d.waste,
            accepted: !deprived.contains(&d.waste),
        },
    }
}
