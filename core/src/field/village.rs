//! The village file (TOML) of the field-visit simulation: its types and the checks that need
//! nothing but the standards, a village made from a seed, a home ready to visit, and the
//! households of a review campaign in the village. Filling a village with library scenarios and
//! generated households is training's (`training::villages`); drawing its map is the village
//! shell's.
//!
//! Architecture invariant: pure. Parses text it is handed, draws with a seeded generator; no IO,
//! no drawing, no prose.

use rand::seq::IndexedRandom;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use crate::field::procedure::{ComplaintKind, Entrant, Kind, Request, Setup, Status, start_day};
use crate::field::visit::Hidden;
use crate::rules::household::{Area, Household};
use crate::rules::source::Problem;
use crate::rules::standard::{Standard, StandardSet};
use crate::rules::text::{Bilingual, is_safe_id};
use crate::rules::values::Region;

/// The village file format version.
pub const FORMAT_VERSION: i64 = 1;

/// The lie of the land: it decides the paths, fields or streets of the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Terrain {
    Mountain,
    Midland,
    Delta,
    Coastal,
    Urban,
}

impl Terrain {
    pub const ALL: [Terrain; 5] = [
        Terrain::Mountain,
        Terrain::Midland,
        Terrain::Delta,
        Terrain::Coastal,
        Terrain::Urban,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Terrain::Mountain => "mountain",
            Terrain::Midland => "midland",
            Terrain::Delta => "delta",
            Terrain::Coastal => "coastal",
            Terrain::Urban => "urban",
        }
    }
}

/// Thôn, bản (in the northern mountains) or tổ dân phố (in towns).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VillageKind {
    Thon,
    Ban,
    ToDanPho,
}

impl VillageKind {
    pub fn as_str(self) -> &'static str {
        match self {
            VillageKind::Thon => "thon",
            VillageKind::Ban => "ban",
            VillageKind::ToDanPho => "to_dan_pho",
        }
    }
}

/// Generated households of a village.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GeneratedHouseholds {
    pub seed: u64,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Households {
    /// Library scenarios, by id.
    #[serde(default)]
    pub scenarios: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generated: Option<GeneratedHouseholds>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VillageMeta {
    pub id: String,
    pub name: Bilingual,
    pub kind: VillageKind,
    /// Commune and province, as a reviewer would say them.
    pub place: Bilingual,
    pub area: Area,
    pub terrain: Terrain,
    pub region: Region,
    /// The standard the households are reviewed under.
    pub standard: String,
    /// The year of the review: generated households are made for it, and the library scenarios
    /// it names should belong to it (`year_mismatches`).
    pub review_year: i32,
    /// The village mixes households of other review years on purpose: each keeps its own year's
    /// ages and rules, and `check` does not warn.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub mixed_years: bool,
    /// The seed of the map's layout; default: from the id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout_seed: Option<u64>,
}

/// A library household of another review year than its village's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearMismatch {
    /// Field path of the scenario's id in the village file.
    pub path: String,
    pub scenario: String,
    pub year: i32,
}

/// A village file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VillageFile {
    pub format: i64,
    pub village: VillageMeta,
    pub households: Households,
    /// Where households stand in the review procedure, by home id: for generated households
    /// (which have no scenario file) or to override a scenario's `[review]` in this village.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub review: Vec<HomeReview>,
}

/// A household's place in the review procedure, given by the village file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HomeReview {
    /// The home's id: a scenario id, or `<village id>-gen-<seed>-<index>` for a generated one.
    pub home: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<crate::field::procedure::Status>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<crate::field::procedure::Request>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub neighbours: Option<crate::rules::assess::Class>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complaint: Option<crate::field::procedure::ComplaintKind>,
}

impl HomeReview {
    pub fn spec(&self) -> crate::field::procedure::ReviewSpec {
        crate::field::procedure::ReviewSpec {
            previous: self.previous,
            request: self.request,
            neighbours: self.neighbours,
            complaint: self.complaint,
        }
    }
}

/// The most houses a village may have (the map and the frame time are sized for it).
pub const MAX_HOUSES: usize = 60;

impl VillageFile {
    /// What types alone do not check in the `[village]` table: the id, the name, the standard
    /// and the review year (field paths from the root).
    pub fn meta_problems(&self, standards: &StandardSet) -> Vec<(String, Problem)> {
        let mut out = vec![];
        let v = &self.village;
        if !is_safe_id(&v.id) {
            out.push(("village.id".into(), Problem::UnsafeId { value: v.id.clone() }));
        }
        if crate::rules::text::is_blank(&v.name.vi) {
            out.push(("village.name.vi".into(), Problem::Empty));
        }
        match standards.get(&v.standard) {
            None => out.push((
                "village.standard".into(),
                Problem::UnknownStandard {
                    id: v.standard.clone(),
                    known: standards.ids(),
                },
            )),
            Some(s) if !s.review_years.contains(v.review_year) => out.push((
                "village.review_year".into(),
                Problem::OutOfRange {
                    value: v.review_year.to_string(),
                    min: s.review_years.from.to_string(),
                    max: s.review_years.to.to_string(),
                },
            )),
            Some(_) => {}
        }
        out
    }

    /// The `[[review]]` entries: each names one of the village's homes (`ids`) once, and says
    /// what a review may say.
    pub fn review_problems(&self, ids: &[String]) -> Vec<(String, Problem)> {
        let mut out = vec![];
        for (i, r) in self.review.iter().enumerate() {
            if !ids.contains(&r.home) {
                out.push((
                    format!("review[{i}].home"),
                    Problem::UnknownValue {
                        value: r.home.clone(),
                        allowed: ids.to_vec(),
                    },
                ));
            } else if self.review[..i].iter().any(|x| x.home == r.home) {
                out.push((
                    format!("review[{i}].home"),
                    Problem::Duplicate {
                        what: r.home.clone(),
                        other: String::new(),
                    },
                ));
            }
            for (path, p) in r.spec().problems() {
                out.push((format!("review[{i}].{}", path.trim_start_matches("review.")), p));
            }
        }
        out
    }

    /// At least one household, at most `MAX_HOUSES`.
    pub fn count_problems(&self) -> Vec<(String, Problem)> {
        let mut out = vec![];
        let count =
            self.households.scenarios.len() + self.households.generated.map_or(0, |g| g.count as usize);
        if count == 0 {
            out.push(("households".into(), Problem::Empty));
        } else if count > MAX_HOUSES {
            out.push((
                "households".into(),
                Problem::OutOfRange {
                    value: count.to_string(),
                    min: "1".into(),
                    max: MAX_HOUSES.to_string(),
                },
            ));
        }
        out
    }

    /// A village made from a seed alone: its terrain, region and households follow from it.
    pub fn from_seed(seed: u64, standards: &StandardSet, standard: Option<&str>) -> Option<VillageFile> {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let terrain = *Terrain::ALL.choose(&mut rng)?;
        let region = *match terrain {
            Terrain::Mountain => &[Region::NorthernMidlandsMountains, Region::CentralHighlands][..],
            Terrain::Midland => &[Region::NorthernMidlandsMountains, Region::Southeast][..],
            Terrain::Delta => &[Region::RedRiverDelta, Region::MekongDelta][..],
            Terrain::Coastal => &[Region::NorthCentralCentralCoast][..],
            Terrain::Urban => &[Region::Urban][..],
        }
        .choose(&mut rng)?;
        let count = rng.random_range(10..=16);
        let st = match standard {
            Some(id) => standards.get(id)?,
            None => standards
                .all()
                .iter()
                .find(|s| s.id == "2022-2025")
                .or(standards.all().first())?,
        };
        let years = st.review_years;
        let review_year = rng.random_range(years.from.max(2016)..=years.to.min(2030));
        let (kind, area) = match terrain {
            Terrain::Urban => (VillageKind::ToDanPho, Area::Urban),
            Terrain::Mountain if region == Region::NorthernMidlandsMountains => {
                (VillageKind::Ban, Area::Rural)
            }
            _ => (VillageKind::Thon, Area::Rural),
        };
        Some(VillageFile {
            format: FORMAT_VERSION,
            village: VillageMeta {
                id: format!("seed-{seed}"),
                // The shell words a seeded village's name and place (`village-seed-name`).
                name: Bilingual {
                    vi: String::new(),
                    en: String::new(),
                },
                kind,
                place: Bilingual {
                    vi: String::new(),
                    en: String::new(),
                },
                area,
                terrain,
                region,
                standard: st.id.clone(),
                review_year,
                mixed_years: false,
                layout_seed: Some(seed),
            },
            households: Households {
                scenarios: vec![],
                generated: Some(GeneratedHouseholds { seed, count }),
            },
            review: vec![],
        })
    }

    pub fn layout_seed(&self) -> u64 {
        self.village.layout_seed.unwrap_or_else(|| {
            // FNV-1a of the id: a stable seed across runs and machines.
            self.village.id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
            })
        })
    }
}

/// Where a household of a village comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "from", rename_all = "snake_case")]
pub enum Origin {
    Library { scenario: String },
    Generated { seed: u64, index: u32 },
}

/// One household of a village, ready to visit.
#[derive(Debug, Clone, PartialEq)]
pub struct Home {
    /// Unique in the village: the scenario id, or `<village>-<generated id>`.
    pub id: String,
    pub origin: Origin,
    pub household: Household,
    pub hidden: Vec<Hidden>,
    /// The region the house is drawn in (typical materials).
    pub region: Region,
    /// The scenario's `[review]`, if it has one (the campaign draws what it leaves out).
    pub review: Option<crate::field::procedure::ReviewSpec>,
}

/// The households of a review campaign in this village: each home's previous status, request,
/// what the neighbours believe and any complaint, from its scenario's `[review]` or, for what
/// that leaves out, drawn from `seed`. Most households keep the status their facts give; some
/// were listed differently last year (so some escape and some fall into poverty); households off
/// the lists whose facts make them poor or near-poor mostly filed Mẫu số 01; a few listed
/// households that escaped filed Mẫu số 04; farming households near the average band asked to be
/// recognised. One household with facts it does not volunteer draws a neighbour's complaint, one
/// other household disputes its class. Returns `None` when the kind has no household to review, or
/// when the standard does not yet apply to it in the village's review year (its first year).
pub fn campaign_setup(
    v: &VillageFile,
    homes: &[Home],
    standard: &Standard,
    kind: Kind,
    seed: u64,
) -> Option<Setup> {
    // The standard must have the rules of every step of this kind of review.
    let p = standard.procedure.as_ref()?;
    let ready = crate::field::procedure::has_rules(standard, kind);
    // In a standard's first review year only the periodic review at the year's end applies it;
    // the year's in-year reviews belong to the previous standard (`Standard::periodic_only_in`).
    let in_force = kind == Kind::Periodic || standard.periodic_only_in(v.village.review_year).is_none();
    if !ready || !in_force {
        return None;
    }
    // An escape request exists only where the procedure has its form (Mẫu số 04 of QĐ 24).
    let escape_form = p
        .regular
        .as_ref()
        .is_some_and(|r| r.forms.contains(&crate::rules::standard::Form::Mau04));
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut out: Vec<Entrant> = homes
        .iter()
        .map(|h| entrant(h, standard, escape_form, &mut rng))
        .collect();
    let in_kind = |e: &Entrant| match kind {
        Kind::Periodic => true,
        Kind::Regular => matches!(e.request, Some(Request::Review | Request::Escape)),
        Kind::AverageFarming => e.request == Some(Request::AverageFarming),
    };
    if !out.iter().any(in_kind) {
        give_a_request(kind, homes, &mut out, escape_form)?;
    }
    // Other kinds keep only their own requests.
    for e in &mut out {
        if !in_kind(e) && kind != Kind::Periodic {
            e.request = None;
        }
        if kind == Kind::Periodic && e.request == Some(Request::AverageFarming) {
            e.request = None;
        }
    }
    if !homes
        .iter()
        .any(|h| h.review.as_ref().is_some_and(|r| r.complaint.is_some()))
    {
        draw_complaints(kind, homes, &mut out, &mut rng);
    }
    if !out.iter().any(in_kind) {
        return None;
    }
    Some(Setup {
        kind,
        standard: standard.id.clone(),
        seed,
        start: start_day(standard, kind, v.village.review_year, seed)?,
        households: out,
    })
}

/// One home as the campaign finds it: its status before the review, its request, the engine's
/// class and what the neighbours believe — from its scenario's `[review]`, the rest drawn.
fn entrant(h: &Home, standard: &Standard, escape_form: bool, rng: &mut ChaCha8Rng) -> Entrant {
    let a = crate::rules::assess::assess(&h.household, standard);
    let truth = a.class;
    let spec = h.review.clone().unwrap_or_default();
    let now = Status::of(truth);
    let previous = spec.previous.unwrap_or_else(|| {
        if spec.request == Some(Request::Escape) {
            // Only a listed household asks to be recognised as having escaped.
            *[Status::Poor, Status::NearPoor]
                .choose(rng)
                .unwrap_or(&Status::Poor)
        } else if rng.random_range(0..100) < 70 {
            now
        } else {
            match now {
                Status::Poor => Status::NearPoor,
                Status::NearPoor => *[Status::Poor, Status::None].choose(rng).unwrap_or(&Status::None),
                Status::None => Status::NearPoor,
            }
        }
    });
    let farming = h.household.livelihood != crate::rules::household::Livelihood::Other;
    let request = match (&h.review, spec.request) {
        (Some(r), _) if r.request.is_some() || r.previous.is_some() => spec.request,
        _ => {
            let roll = rng.random_range(0..100);
            if previous == Status::None && now != Status::None && roll < 70 {
                Some(Request::Review)
            } else if escape_form && previous != Status::None && now == Status::None && roll < 40 {
                Some(Request::Escape)
            } else if farming
                && previous == Status::None
                && truth == crate::rules::assess::Class::AverageLivingStandard
            {
                Some(Request::AverageFarming)
            } else {
                None
            }
        }
    };
    Entrant {
        id: h.id.clone(),
        previous,
        request,
        truth,
        neighbours: spec.neighbours.unwrap_or(truth),
        complaint: spec.complaint,
    }
}

/// An in-year review needs a request: for the regular review, the first household whose status
/// changes files one, failing that the first household on neither list asks to be reviewed (and
/// may be refused); for the farming households' review, the first farming household on neither
/// list asks. `None` when no household can.
fn give_a_request(kind: Kind, homes: &[Home], out: &mut [Entrant], escape_form: bool) -> Option<()> {
    match kind {
        Kind::Periodic => Some(()),
        Kind::Regular => {
            // Households whose file says what they asked for keep it.
            let free = |i: usize| {
                homes[i]
                    .review
                    .as_ref()
                    .is_none_or(|r| r.request.is_none() && r.previous.is_none())
            };
            let i = (0..out.len())
                .find(|&i| free(i) && out[i].previous != Status::of(out[i].truth))
                .or_else(|| (0..out.len()).find(|&i| free(i) && out[i].previous == Status::None))?;
            let e = &mut out[i];
            e.request = Some(
                if !escape_form || e.previous == Status::None || Status::of(e.truth) == Status::Poor {
                    Request::Review
                } else {
                    Request::Escape
                },
            );
            Some(())
        }
        Kind::AverageFarming => {
            let i = homes.iter().enumerate().position(|(i, h)| {
                h.household.livelihood != crate::rules::household::Livelihood::Other
                    && out[i].previous == Status::None
            })?;
            out[i].request = Some(Request::AverageFarming);
            Some(())
        }
    }
}

/// The complaints of a campaign whose files give none: a neighbour's about a household that keeps
/// an income (or another fact) quiet, or the household's own dispute of its class; in the
/// periodic review one other household disputes its class too.
fn draw_complaints(kind: Kind, homes: &[Home], out: &mut [Entrant], rng: &mut ChaCha8Rng) {
    let reviewed = |e: &Entrant| match kind {
        Kind::Periodic => e.previous != Status::None || e.request.is_some(),
        _ => e.request.is_some(),
    };
    // A neighbour knows best what income a household keeps quiet about: households hiding an
    // income source first, then any household hiding a fact.
    let hides_income = |i: usize| {
        homes[i]
            .hidden
            .iter()
            .any(|h| h.fact == crate::field::visit::FactKind::Income)
    };
    let mut hidden: Vec<usize> = (0..out.len())
        .filter(|i| reviewed(&out[*i]) && hides_income(*i))
        .collect();
    if hidden.is_empty() {
        hidden = (0..out.len())
            .filter(|i| reviewed(&out[*i]) && !homes[*i].hidden.is_empty())
            .collect();
    }
    let any: Vec<usize> = (0..out.len()).filter(|i| reviewed(&out[*i])).collect();
    let first = hidden.choose(rng).or_else(|| any.choose(rng)).copied();
    if let Some(i) = first {
        out[i].complaint = Some(if homes[i].hidden.is_empty() {
            ComplaintKind::HouseholdDisputes
        } else {
            ComplaintKind::NeighbourIncome
        });
    }
    let rest: Vec<usize> = any.iter().copied().filter(|i| Some(*i) != first).collect();
    if kind == Kind::Periodic
        && let Some(&i) = rest.choose(rng)
    {
        out[i].complaint = Some(ComplaintKind::HouseholdDisputes);
    }
}
