//! One attempt at a generated household, drawn in a fixed order from the household's random
//! stream: where it lives and whose it is, its members, its dwelling, the indicators to make
//! deprived, the floor area and the income. The draft it makes is what the generator returns.

use std::collections::BTreeSet;

use rand::RngExt;
use rand_chacha::ChaCha8Rng;

use crate::rules::household::*;
use crate::rules::standard::{Indicator, Rule, Standard};
use crate::training::scenario::Region;

use super::allowances::Allowances;
use super::deprive::deprive;
use super::draw::{either_sex, member, name, pick, settle};
use super::focus::{Focus, Setting};
use super::income::income;
use super::names::{NameGroup, Names};

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

/// One household drawn under `standard` for `focus`; the caller checks that it fits the focus.
pub(super) fn attempt(
    rng: &mut ChaCha8Rng,
    seed: u64,
    index: u32,
    standard: &Standard,
    focus: &Focus,
    names: &Names,
    setting: Setting,
) -> Draft {
    let place = draw_place(rng, standard, names, setting);
    let g = &names.groups[place.group];
    let family = draw_family(rng, g, &place.family);
    let dwelling = draw_dwelling(rng, place.area);
    let mut h = Household {
        area: place.area,
        review_year: place.review_year,
        livelihood: place.livelihood,
        dwelling,
        members: family.members,
        income: Vec::new(),
    };
    let target = choose_targets(rng, standard, focus);
    let area_deprived = deprive_targets(
        rng,
        &mut h,
        standard,
        &target,
        g,
        &family.line_family,
        &names.allowances,
    );
    set_floor_area(rng, &mut h, standard, area_deprived);

    let (income, owners) = income(rng, &mut h, standard, focus, names);
    h.income = income;
    let head = 0;
    Draft {
        seed,
        index,
        focus: focus.clone(),
        standard_id: standard.id.clone(),
        household: h,
        region: place.region,
        group: place.group,
        head,
        spouse: family.spouse,
        month: rng.random_range(9..=12),
        income_owner: owners,
    }
}

/// Where a household lives and whose it is: the first draws of an attempt.
struct Place {
    review_year: i32,
    region: Region,
    area: Area,
    /// Index into `Names::groups`.
    group: usize,
    /// The head's family name.
    family: String,
    livelihood: Livelihood,
}

/// Draws the review year and the region (each kept only where the setting fixes none), then the
/// people (Kinh twice as likely where it lives), the head's family name and the livelihood.
fn draw_place(rng: &mut ChaCha8Rng, standard: &Standard, names: &Names, setting: Setting) -> Place {
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
    Place {
        review_year,
        region,
        area,
        group,
        family,
        livelihood,
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

/// The members of a household as first drawn, and who is who.
struct Family {
    members: Vec<Member>,
    /// The head's husband or wife, where there is one (the head is the first member).
    spouse: Option<usize>,
    /// The family name the children take: the father's, or among matrilineal peoples the
    /// mother's clan; a single parent's own.
    line_family: String,
}

/// Draws the composition: a head (of the family name `family`), often a spouse, then children or
/// elderly parents; each settled in education, schooling and work for their age.
fn draw_family(rng: &mut ChaCha8Rng, g: &NameGroup, family: &str) -> Family {
    let size: u32 = *pick(rng, &[1, 2, 2, 3, 3, 4, 4, 4, 5, 5, 6, 7]);
    let head_sex = if rng.random_bool(0.7) {
        Sex::Male
    } else {
        Sex::Female
    };
    let head_age = rng.random_range(24..=62);
    let mut members = vec![member(name(rng, g, head_sex, family), head_age, head_sex)];
    let mut line_family = family.to_owned();
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
            spouse_family = g.other_family(family, 0);
        }
        members.push(member(name(rng, g, sex, &spouse_family), age, sex));
        spouse = Some(1);
        if sex == g.line_sex() {
            line_family = spouse_family;
        }
    }
    let mut elderly = 0;
    while (members.len() as u32) < size {
        let sex = either_sex(rng);
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
    Family {
        members,
        spouse,
        line_family,
    }
}

/// A durable dwelling with water, a latrine, information means and waste handling that meet the
/// indicators; the floor area is set later, once the members are final.
fn draw_dwelling(rng: &mut ChaCha8Rng, area: Area) -> Dwelling {
    Dwelling {
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
    }
}

/// Which indicators to make deprived: the focus's own, and a number of others drawn at random.
fn choose_targets(rng: &mut ChaCha8Rng, standard: &Standard, focus: &Focus) -> BTreeSet<String> {
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
    target
}

/// Makes the household deprived in each target indicator; true when the floor area is one of
/// them (it is set afterwards, by `set_floor_area`).
fn deprive_targets(
    rng: &mut ChaCha8Rng,
    h: &mut Household,
    standard: &Standard,
    target: &BTreeSet<String>,
    g: &NameGroup,
    line_family: &str,
    allowances: &Allowances,
) -> bool {
    // Dependants change the composition, so they come first; floor area comes last.
    let mut order: Vec<&Indicator> = standard
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
        deprive(rng, h, &ind.rule, standard, g, line_family, allowances);
    }
    area_deprived
}

/// The floor area, once the members are final: short of the standard's minimum per person when
/// the area is to be deprived, enough otherwise.
fn set_floor_area(rng: &mut ChaCha8Rng, h: &mut Household, standard: &Standard, area_deprived: bool) {
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
}
