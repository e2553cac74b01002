//! Villages for the field-visit simulation: the village file (TOML), the built-in villages, a
//! village made from a seed, its households (library scenarios and generated ones) and the
//! layout of the village map — deterministic by file and seed.
//!
//! Architecture invariant: pure. Parses text it is handed, draws households from the library and
//! the generator, places them with a seeded generator; no IO, no drawing (the village shell draws
//! the layout), no prose.

use rand::seq::IndexedRandom;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use crate::field::visit::Hidden;
use crate::rules::household::{Area, Household, check_format_version};
use crate::rules::source::{self, FormatError, Problem};
use crate::rules::standard::{Standard, StandardSet};
use crate::rules::text::{Bilingual, is_safe_id};
use crate::rules::values::Region;
use crate::training::generate::{Focus, Names, Setting, draft_in};
use crate::training::service::Library;

/// The village file format version.
pub const FORMAT_VERSION: i64 = 1;

/// The villages shipped with the program: (file name, text).
pub const BUILTIN_VILLAGES: &[(&str, &str)] = &[
    (
        "ban-na-luong.toml",
        include_str!("../../../villages/ban-na-luong.toml"),
    ),
    (
        "thon-dong-tien.toml",
        include_str!("../../../villages/thon-dong-tien.toml"),
    ),
    (
        "to-dan-pho-so-7.toml",
        include_str!("../../../villages/to-dan-pho-so-7.toml"),
    ),
];

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
    /// What types alone do not check: the id, the standard, the households (field paths from the
    /// root).
    pub fn problems(&self, standards: &StandardSet, library: &Library) -> Vec<(String, Problem)> {
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
        for (i, id) in self.households.scenarios.iter().enumerate() {
            if !library.contains(id) {
                out.push((
                    format!("households.scenarios[{i}]"),
                    Problem::UnknownScenario { id: id.clone() },
                ));
            } else if self.households.scenarios[..i].contains(id) {
                out.push((
                    format!("households.scenarios[{i}]"),
                    Problem::Duplicate {
                        what: id.clone(),
                        other: String::new(),
                    },
                ));
            }
        }
        let ids = self.home_ids();
        for (i, r) in self.review.iter().enumerate() {
            if !ids.contains(&r.home) {
                out.push((
                    format!("review[{i}].home"),
                    Problem::UnknownValue {
                        value: r.home.clone(),
                        allowed: ids.clone(),
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

    /// The library scenarios whose household belongs to another review year than the village's
    /// (its ages, the retirement age reached and the rules applied are that year's), unless the
    /// village says it mixes years on purpose. A warning: the file stays valid.
    pub fn year_mismatches(&self, library: &Library) -> Vec<YearMismatch> {
        if self.village.mixed_years {
            return vec![];
        }
        self.households
            .scenarios
            .iter()
            .enumerate()
            .filter_map(|(i, id)| {
                let year = library.scenario(id)?.household.review_year;
                (year != self.village.review_year).then(|| YearMismatch {
                    path: format!("households.scenarios[{i}]"),
                    scenario: id.clone(),
                    year,
                })
            })
            .collect()
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

    /// The ids of the village's homes, as `homes` names them.
    pub fn home_ids(&self) -> Vec<String> {
        let mut ids = self.households.scenarios.clone();
        if let Some(g) = self.households.generated {
            ids.extend((0..g.count).map(|i| {
                format!(
                    "{}-{}",
                    self.village.id,
                    crate::training::generate::scenario_id(g.seed, i)
                )
            }));
        }
        ids
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

/// True when the text has a top-level `[village]` table (a village file, not a household).
pub fn is_village(text: &str) -> bool {
    toml::de::DeTable::parse(text).is_ok_and(|t| t.get_ref().get("village").is_some())
}

/// Parses and checks a village file against the standards and the library.
pub fn parse_village(
    file: &str,
    text: &str,
    standards: &StandardSet,
    library: &Library,
) -> Result<VillageFile, FormatError> {
    let v: VillageFile = source::deserialize(file, text)?;
    check_format_version(file, text, v.format)?;
    source::first_problem(file, text, v.problems(standards, library))?;
    Ok(v)
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

/// The households of a village, library scenarios first, then the generated ones.
pub fn homes(v: &VillageFile, standards: &StandardSet, library: &Library, names: &Names) -> Vec<Home> {
    let mut out = vec![];
    for id in &v.households.scenarios {
        if let Some(s) = library.scenario(id) {
            out.push(Home {
                id: id.clone(),
                origin: Origin::Library { scenario: id.clone() },
                household: s.household.clone(),
                hidden: s.visit.as_ref().map(|x| x.hidden.clone()).unwrap_or_default(),
                region: s.scenario.region,
                review: s.review.clone(),
            });
        }
    }
    if let (Some(g), Some(standard)) = (v.households.generated, standards.get(&v.village.standard)) {
        let setting = Setting {
            region: Some(v.village.region),
            review_year: Some(v.village.review_year),
        };
        for index in 0..g.count {
            let d = draft_in(g.seed, index, standard, &Focus::Any, names, setting);
            out.push(Home {
                id: format!(
                    "{}-{}",
                    v.village.id,
                    crate::training::generate::scenario_id(g.seed, index)
                ),
                origin: Origin::Generated { seed: g.seed, index },
                household: d.household,
                hidden: vec![],
                region: d.region,
                review: None,
            });
        }
    }
    // The village file's `[[review]]` entries override the scenarios' `[review]`.
    for r in &v.review {
        if let Some(h) = out.iter_mut().find(|h| h.id == r.home) {
            h.review = Some(r.spec());
        }
    }
    out
}

/// A point on the map, in metres from the top-left corner (y grows downwards).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

/// A rectangle on the map (fields, the cultural house's yard).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

/// What a patch of land is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Land {
    RiceField,
    TerraceField,
    TeaHill,
    Garden,
    Sand,
    Sea,
    Block,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Patch {
    pub land: Land,
    pub rect: Rect,
}

/// Where a house stands, and its size (from its floor area).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Plot {
    pub at: Point,
    pub width: f32,
    pub depth: f32,
}

/// The map of a village.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Layout {
    pub width: f32,
    pub height: f32,
    /// Paths or streets, each a polyline.
    pub paths: Vec<Vec<Point>>,
    /// A stream, river or canal, where the terrain has one.
    pub water: Vec<Vec<Point>>,
    pub patches: Vec<Patch>,
    /// The cultural house (nhà văn hóa), with its notice board and loudspeaker.
    pub cultural_house: Point,
    /// One plot per home, in the order of `homes`.
    pub plots: Vec<Plot>,
    /// Where the reviewer starts (before the cultural house).
    pub start: Point,
}

/// Width and depth of a house of this floor area, in metres (a house of several floors or one
/// very large is capped so that the map stays readable).
pub fn house_size(floor_area_m2: f64) -> (f32, f32) {
    let area = floor_area_m2.clamp(6.0, 200.0) as f32;
    let width = (area * 1.4).sqrt();
    (width, area / width)
}

/// The map of the village: deterministic for the same file (or seed) and homes.
pub fn layout(v: &VillageFile, homes: &[Home]) -> Layout {
    let mut rng = ChaCha8Rng::seed_from_u64(v.layout_seed());
    let n = homes.len().max(1);
    // Room for every house: about 28 m of road frontage a house on each side.
    let width = (n as f32 * 15.0).clamp(220.0, 620.0);
    let height = width * 0.7;
    let mut paths = vec![];
    let mut water = vec![];
    let mut patches = vec![];
    let mid = height / 2.0;
    // The main way through the village, by terrain.
    let main: Vec<Point> = match v.village.terrain {
        Terrain::Mountain | Terrain::Midland => {
            let amp = height
                * if v.village.terrain == Terrain::Mountain {
                    0.22
                } else {
                    0.12
                };
            let phase: f32 = rng.random_range(0.0..std::f32::consts::TAU);
            (0..=24)
                .map(|i| {
                    let x = width * i as f32 / 24.0;
                    Point {
                        x,
                        y: mid + amp * (x / width * 6.0 + phase).sin(),
                    }
                })
                .collect()
        }
        Terrain::Delta | Terrain::Coastal | Terrain::Urban => {
            vec![Point { x: 0.0, y: mid }, Point { x: width, y: mid }]
        }
    };
    paths.push(main.clone());
    match v.village.terrain {
        Terrain::Mountain | Terrain::Midland => {
            // A stream down the valley, fields stepped on the slopes.
            let off = height * 0.32;
            water.push(main.iter().map(|p| Point { x: p.x, y: p.y + off }).collect());
            let land = if v.village.terrain == Terrain::Mountain {
                Land::TerraceField
            } else {
                Land::TeaHill
            };
            for i in 0..6 {
                let x = width * (i as f32 + 0.2) / 6.0;
                patches.push(Patch {
                    land,
                    rect: Rect {
                        x,
                        y: rng.random_range(4.0..height * 0.12),
                        w: width / 8.0,
                        h: height * 0.1,
                    },
                });
            }
        }
        Terrain::Delta => {
            // A canal beside the road and rice fields on both sides.
            water.push(vec![
                Point {
                    x: 0.0,
                    y: mid + height * 0.22,
                },
                Point {
                    x: width,
                    y: mid + height * 0.22,
                },
            ]);
            for row in [0.02, 0.84] {
                for i in 0..8 {
                    patches.push(Patch {
                        land: Land::RiceField,
                        rect: Rect {
                            x: width * i as f32 / 8.0 + 2.0,
                            y: height * row,
                            w: width / 8.0 - 4.0,
                            h: height * 0.13,
                        },
                    });
                }
            }
        }
        Terrain::Coastal => {
            patches.push(Patch {
                land: Land::Sand,
                rect: Rect {
                    x: 0.0,
                    y: height * 0.84,
                    w: width,
                    h: height * 0.06,
                },
            });
            patches.push(Patch {
                land: Land::Sea,
                rect: Rect {
                    x: 0.0,
                    y: height * 0.9,
                    w: width,
                    h: height * 0.1,
                },
            });
        }
        Terrain::Urban => {
            // Cross streets every 80 m; city blocks between them.
            let mut x = 80.0;
            while x < width {
                paths.push(vec![Point { x, y: 0.0 }, Point { x, y: height }]);
                x += 80.0;
            }
            paths.push(vec![
                Point {
                    x: 0.0,
                    y: mid - 60.0,
                },
                Point {
                    x: width,
                    y: mid - 60.0,
                },
            ]);
            paths.push(vec![
                Point {
                    x: 0.0,
                    y: mid + 60.0,
                },
                Point {
                    x: width,
                    y: mid + 60.0,
                },
            ]);
        }
    }
    // Gardens behind rural houses are drawn by the shell; here: plots along the main way,
    // alternating sides, with a little jitter.
    let cultural_house = Point {
        x: width * 0.5,
        y: path_y(&main, width * 0.5) - 26.0,
    };
    let urban = v.village.terrain == Terrain::Urban;
    let step = width / ((n as f32 / 2.0).ceil() + 1.0);
    let mut plots = Vec::with_capacity(homes.len());
    for (i, home) in homes.iter().enumerate() {
        let (w, d) = house_size(home.household.dwelling.floor_area_m2);
        let mut x = step * ((i / 2) as f32 + 1.0) + rng.random_range(-step * 0.15..step * 0.15);
        // Keep the cultural house's own plot free.
        if (x - cultural_house.x).abs() < 18.0 && i % 2 == 0 {
            x += 22.0;
        }
        let side = if i % 2 == 0 { -1.0 } else { 1.0 };
        let gap = if urban { 8.0 } else { rng.random_range(12.0..22.0) };
        let mut y = path_y(&main, x) + side * (gap + d / 2.0);
        // Step away from the path until the yard is clear of the houses already placed and of
        // the cultural house.
        let clear = |y: f32, plots: &[Plot]| {
            let near_hall =
                (x - cultural_house.x).abs() < 20.0 + w / 2.0 && (y - cultural_house.y).abs() < 24.0;
            !near_hall
                && plots.iter().all(|p| {
                    (p.at.x - x).abs() >= (p.width + w) / 2.0 + 9.0
                        || (p.at.y - y).abs() >= (p.depth + d) / 2.0 + 9.0
                })
        };
        for _ in 0..60 {
            if clear(y, &plots) {
                break;
            }
            y += side * 4.0;
        }
        plots.push(Plot {
            at: Point { x, y },
            width: w,
            depth: d,
        });
    }
    let start = Point {
        x: cultural_house.x,
        y: path_y(&main, cultural_house.x),
    };
    // Houses stepped far from the path may stand past the edge: grow the map to hold them.
    let top = plots.iter().map(|p| p.at.y - p.depth).fold(f32::MAX, f32::min);
    let bottom = plots.iter().map(|p| p.at.y + p.depth).fold(0.0, f32::max);
    let shift = if top < 12.0 { 12.0 - top } else { 0.0 };
    let height = height.max(bottom + shift + 12.0);
    let moved = |p: Point| Point {
        x: p.x,
        y: p.y + shift,
    };
    let paths = paths
        .into_iter()
        .map(|l| l.into_iter().map(moved).collect())
        .collect();
    let water = water
        .into_iter()
        .map(|l| l.into_iter().map(moved).collect())
        .collect();
    let patches = patches
        .into_iter()
        .map(|mut p| {
            p.rect.y += shift;
            p
        })
        .collect();
    let plots = plots
        .into_iter()
        .map(|mut p| {
            p.at = moved(p.at);
            p
        })
        .collect();
    let (cultural_house, start) = (moved(cultural_house), moved(start));
    Layout {
        width,
        height,
        paths,
        water,
        patches,
        cultural_house,
        plots,
        start,
    }
}

/// The y of a polyline at x (the polylines here go left to right).
fn path_y(path: &[Point], x: f32) -> f32 {
    for w in path.windows(2) {
        let (a, b) = (w[0], w[1]);
        if x >= a.x && x <= b.x {
            let t = if b.x > a.x { (x - a.x) / (b.x - a.x) } else { 0.0 };
            return a.y + (b.y - a.y) * t;
        }
    }
    path.last().map_or(0.0, |p| p.y)
}

/// The built-in villages that parse (all of them, by the tests), with the errors of any that do
/// not.
pub fn builtin(standards: &StandardSet, library: &Library) -> (Vec<VillageFile>, Vec<FormatError>) {
    let mut ok = vec![];
    let mut errors = vec![];
    for (name, text) in BUILTIN_VILLAGES {
        match parse_village(name, &crate::rules::text::nfc(text), standards, library) {
            Ok(v) => ok.push(v),
            Err(e) => errors.push(e),
        }
    }
    (ok, errors)
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
    kind: crate::field::procedure::Kind,
    seed: u64,
) -> Option<crate::field::procedure::Setup> {
    use crate::field::procedure::{ComplaintKind, Entrant, Kind, Request, Setup, Status, start_day};
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
    let mut out: Vec<Entrant> = vec![];
    for h in homes {
        let a = crate::rules::assess::assess(&h.household, standard);
        let truth = a.class;
        let spec = h.review.clone().unwrap_or_default();
        let now = crate::field::procedure::Status::of(truth);
        let previous = spec.previous.unwrap_or_else(|| {
            if spec.request == Some(Request::Escape) {
                // Only a listed household asks to be recognised as having escaped.
                *[Status::Poor, Status::NearPoor]
                    .choose(&mut rng)
                    .unwrap_or(&Status::Poor)
            } else if rng.random_range(0..100) < 70 {
                now
            } else {
                match now {
                    Status::Poor => Status::NearPoor,
                    Status::NearPoor => *[Status::Poor, Status::None]
                        .choose(&mut rng)
                        .unwrap_or(&Status::None),
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
        out.push(Entrant {
            id: h.id.clone(),
            previous,
            request,
            truth,
            neighbours: spec.neighbours.unwrap_or(truth),
            complaint: spec.complaint,
        });
    }
    let in_kind = |e: &Entrant| match kind {
        Kind::Periodic => true,
        Kind::Regular => matches!(e.request, Some(Request::Review | Request::Escape)),
        Kind::AverageFarming => e.request == Some(Request::AverageFarming),
    };
    // The regular review needs a request: the first household whose status changes files one;
    // failing that, the first household on neither list asks to be reviewed (and may be refused).
    if kind == Kind::Regular && !out.iter().any(in_kind) {
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
    }
    if kind == Kind::AverageFarming && !out.iter().any(in_kind) {
        let farming: Vec<usize> = homes
            .iter()
            .enumerate()
            .filter(|(i, h)| {
                h.household.livelihood != crate::rules::household::Livelihood::Other
                    && out[*i].previous == Status::None
            })
            .map(|(i, _)| i)
            .collect();
        let i = *farming.first()?;
        out[i].request = Some(Request::AverageFarming);
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
        let reviewed = |e: &Entrant| match kind {
            Kind::Periodic => e.previous != Status::None || e.request.is_some(),
            _ => e.request.is_some(),
        };
        // A neighbour knows best what income a household keeps quiet about: households hiding
        // an income source first, then any household hiding a fact.
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
        let first = hidden.choose(&mut rng).or_else(|| any.choose(&mut rng)).copied();
        if let Some(i) = first {
            out[i].complaint = Some(if homes[i].hidden.is_empty() {
                ComplaintKind::HouseholdDisputes
            } else {
                ComplaintKind::NeighbourIncome
            });
        }
        let rest: Vec<usize> = any.iter().copied().filter(|i| Some(*i) != first).collect();
        if kind == Kind::Periodic
            && let Some(&i) = rest.choose(&mut rng)
        {
            out[i].complaint = Some(ComplaintKind::HouseholdDisputes);
        }
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
