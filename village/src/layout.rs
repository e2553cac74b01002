//! The map of a village: the main way and what lies around it by terrain, the cultural house,
//! and a plot for every home — deterministic for the same village file (or seed) and homes. Map
//! geometry is the village shell's; the core knows nothing of it.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rasoat_core::field::village::{Home, Terrain, VillageFile};

/// A point on the map, in metres from the top-left corner (y grows downwards).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

/// A rectangle on the map (fields, the cultural house's yard).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

/// What a patch of land is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Land {
    RiceField,
    TerraceField,
    TeaHill,
    Garden,
    Sand,
    Sea,
    Block,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Patch {
    pub land: Land,
    pub rect: Rect,
}

/// Where a house stands, and its size (from its floor area).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plot {
    pub at: Point,
    pub width: f32,
    pub depth: f32,
}

/// The map of a village.
#[derive(Debug, Clone, PartialEq)]
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
    let terrain = v.village.terrain;
    let n = homes.len().max(1);
    // Room for every house: about 28 m of road frontage a house on each side.
    let width = (n as f32 * 15.0).clamp(220.0, 620.0);
    let height = width * 0.7;
    let main = main_way(terrain, width, height, &mut rng);
    let Scenery {
        paths: more_paths,
        water,
        patches,
    } = scenery(terrain, &main, width, height, &mut rng);
    let mut paths = vec![main.clone()];
    paths.extend(more_paths);
    // Gardens behind rural houses are drawn by the shell.
    let cultural_house = Point {
        x: width * 0.5,
        y: path_y(&main, width * 0.5) - 26.0,
    };
    let plots = place_houses(
        homes,
        &main,
        cultural_house,
        width,
        terrain == Terrain::Urban,
        &mut rng,
    );
    let start = Point {
        x: cultural_house.x,
        y: path_y(&main, cultural_house.x),
    };
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
    .fitted()
}

/// Paths, water and patches of land around the main way.
struct Scenery {
    paths: Vec<Vec<Point>>,
    water: Vec<Vec<Point>>,
    patches: Vec<Patch>,
}

impl Layout {
    /// Houses stepped far from the path may stand past the edge: the map grown (and everything
    /// moved down) to hold them.
    fn fitted(self) -> Layout {
        let Layout {
            width,
            height,
            paths,
            water,
            patches,
            cultural_house,
            plots,
            start,
        } = self;
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
}

/// The main way through the village, by terrain: a winding road in the hills, a straight one
/// elsewhere.
fn main_way(terrain: Terrain, width: f32, height: f32, rng: &mut ChaCha8Rng) -> Vec<Point> {
    let mid = height / 2.0;
    match terrain {
        Terrain::Mountain | Terrain::Midland => {
            let amp = height * if terrain == Terrain::Mountain { 0.22 } else { 0.12 };
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
    }
}

/// What lies around the main way, by terrain: streams and stepped fields in the hills, a canal
/// and rice fields in the delta, sand and sea on the coast, cross streets in town.
fn scenery(terrain: Terrain, main: &[Point], width: f32, height: f32, rng: &mut ChaCha8Rng) -> Scenery {
    let mid = height / 2.0;
    let mut paths = vec![];
    let mut water = vec![];
    let mut patches = vec![];
    match terrain {
        Terrain::Mountain | Terrain::Midland => {
            // A stream down the valley, fields stepped on the slopes.
            let off = height * 0.32;
            water.push(main.iter().map(|p| Point { x: p.x, y: p.y + off }).collect());
            let land = if terrain == Terrain::Mountain {
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
        Terrain::Urban => paths = cross_streets(width, height),
    }
    Scenery {
        paths,
        water,
        patches,
    }
}

/// The town's cross streets: every 80 m across, and two along the main way, 60 m each side.
fn cross_streets(width: f32, height: f32) -> Vec<Vec<Point>> {
    let mid = height / 2.0;
    let mut paths = vec![];
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
    paths
}

/// Plots along the main way, alternating sides, with a little jitter; each stepped away from
/// the path until its yard is clear of the houses already placed and of the cultural house.
fn place_houses(
    homes: &[Home],
    main: &[Point],
    cultural_house: Point,
    width: f32,
    urban: bool,
    rng: &mut ChaCha8Rng,
) -> Vec<Plot> {
    let n = homes.len().max(1);
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
        let mut y = path_y(main, x) + side * (gap + d / 2.0);
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
    plots
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
