//! Drawing the village from code, no external art: land, paths and water by terrain, the
//! cultural house with its notice board and loudspeaker, and every house from its own facts —
//! the wall, frame and roof materials (each a distinct look), its size from the floor area, the
//! latrine, the water source, a TV antenna, the waste.
//!
//! Houses are drawn in front view on the map: walls as the body, posts for the frame, the roof
//! above. One unit of the world is one metre of the layout.

use crate::layout::{Land, Layout, Point};
use bevy::prelude::*;
use rasoat_core::rules::household::{InfoMeans, Latrine, Material, Structure, Waste, WaterSource};

use crate::state::VillageState;

/// How a material is drawn on a structure: a colour and a pattern of lines or marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Style {
    pub color: [u8; 3],
    pub pattern: Pattern,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pattern {
    /// One flat surface (concrete).
    Plain,
    /// Courses of bricks or rows of tiles.
    Courses,
    /// Narrow vertical stripes (bamboo, corrugated sheets).
    Stripes,
    /// Wide planks.
    Planks,
    /// Uneven planks of several shades (scrap wood).
    Patched,
    /// Blotches (mud and straw).
    Blotches,
    /// Hatching (leaf, thatch).
    Thatch,
    /// Thick posts (concrete, brick columns).
    ThickPosts,
    /// Thin posts (steel, bamboo, scrap wood).
    ThinPosts,
    /// Posts with nodes (bamboo).
    NodedPosts,
}

/// The look of `material` as the main material of `structure`. Each material of a structure has
/// its own look (tested), so the trainee can tell them apart on the map.
pub fn style(structure: Structure, material: Material) -> Style {
    use Material::*;
    use Pattern::*;
    let (color, pattern) = match structure {
        Structure::Wall => match material {
            Concrete => ([200, 200, 196], Plain),
            Brick => ([178, 84, 60], Courses),
            Timber => ([140, 92, 48], Planks),
            Steel => ([120, 130, 140], Plain),
            MetalSheet => ([150, 170, 185], Stripes),
            FibroCement => ([176, 176, 170], Stripes),
            Tile => ([196, 110, 70], Courses),
            MakeshiftWood => ([150, 120, 84], Patched),
            Bamboo => ([196, 176, 110], Stripes),
            Mud => ([160, 128, 92], Blotches),
            Leaf => ([170, 160, 90], Thatch),
        },
        Structure::Frame => match material {
            Concrete => ([150, 150, 150], ThickPosts),
            Brick => ([160, 70, 50], ThickPosts),
            Timber => ([110, 70, 35], ThickPosts),
            Steel => ([60, 64, 70], ThinPosts),
            MetalSheet => ([130, 150, 165], ThinPosts),
            FibroCement => ([170, 170, 165], ThinPosts),
            Tile => ([190, 100, 60], ThickPosts),
            MakeshiftWood => ([130, 100, 70], ThinPosts),
            Bamboo => ([170, 165, 80], NodedPosts),
            Mud => ([150, 120, 85], ThickPosts),
            Leaf => ([160, 150, 80], NodedPosts),
        },
        Structure::Roof => match material {
            Concrete => ([185, 185, 180], Plain),
            Brick => ([170, 80, 55], Courses),
            Timber => ([120, 80, 40], Planks),
            Steel => ([90, 100, 110], Plain),
            MetalSheet => ([95, 125, 160], Stripes),
            FibroCement => ([160, 162, 158], Stripes),
            Tile => ([200, 80, 40], Courses),
            MakeshiftWood => ([135, 105, 75], Patched),
            Bamboo => ([185, 165, 95], Stripes),
            Mud => ([140, 110, 80], Blotches),
            Leaf => ([196, 164, 80], Thatch),
        },
    };
    Style { color, pattern }
}

/// Marks entities of the map: all of them are drawn again when the village changes language or
/// layout (never per frame).
#[derive(Component)]
pub struct MapPart;

/// The ring around the chosen house.
#[derive(Component)]
pub struct Highlight;

/// The reviewer's figure.
#[derive(Component)]
pub struct Reviewer;

/// A house on the map, by position in `VillageState::homes`.
#[derive(Component)]
pub struct HouseMark(pub usize);

/// The map's origin is its centre; y grows upwards in the world.
pub fn world(l: &Layout, p: Point) -> Vec2 {
    Vec2::new(p.x - l.width / 2.0, l.height / 2.0 - p.y)
}

/// Collects the whole map into one mesh with a colour per vertex: one draw call for the map, so
/// that a village of 40 houses stays fast on a software renderer.
struct Painter<'a, 'w, 's> {
    commands: &'a mut Commands<'w, 's>,
    positions: Vec<[f32; 3]>,
    colors: Vec<[f32; 4]>,
    indices: Vec<u32>,
}

fn linear(c: [u8; 3]) -> [f32; 4] {
    Color::srgb_u8(c[0], c[1], c[2]).to_linear().to_f32_array()
}

impl Painter<'_, '_, '_> {
    /// A convex polygon (its corners in order) in one colour.
    fn polygon(&mut self, corners: &[Vec2], z: f32, c: [u8; 3]) {
        let base = u32::try_from(self.positions.len()).unwrap_or(u32::MAX);
        let color = linear(c);
        for p in corners {
            self.positions.push([p.x, p.y, z]);
            self.colors.push(color);
        }
        for k in 1..corners.len().saturating_sub(1) {
            let k = u32::try_from(k).unwrap_or(0);
            // Counter-clockwise, whichever way the corners were given.
            self.indices.extend([base, base + k, base + k + 1]);
        }
    }

    /// A rectangle centred at `at`, `size` wide and high, at depth `z`.
    fn rect(&mut self, at: Vec2, size: Vec2, z: f32, c: [u8; 3]) {
        let h = size / 2.0;
        self.polygon(
            &[
                at + Vec2::new(-h.x, -h.y),
                at + Vec2::new(h.x, -h.y),
                at + Vec2::new(h.x, h.y),
                at + Vec2::new(-h.x, h.y),
            ],
            z,
            c,
        );
    }

    fn disc(&mut self, at: Vec2, r: f32, z: f32, c: [u8; 3]) {
        let corners: Vec<Vec2> = (0..16)
            .map(|k| at + Vec2::from_angle(k as f32 * std::f32::consts::TAU / 16.0) * r)
            .collect();
        self.polygon(&corners, z, c);
    }

    /// An isosceles triangle with its base centred at `at`.
    fn gable(&mut self, at: Vec2, w: f32, h: f32, z: f32, c: [u8; 3]) {
        self.polygon(
            &[
                at + Vec2::new(-w / 2.0, 0.0),
                at + Vec2::new(w / 2.0, 0.0),
                at + Vec2::new(0.0, h),
            ],
            z,
            c,
        );
    }

    /// A line from `a` to `b`, `w` wide.
    fn line(&mut self, a: Vec2, b: Vec2, w: f32, z: f32, c: [u8; 3]) {
        let d = (b - a).normalize_or_zero();
        let n = Vec2::new(-d.y, d.x) * (w / 2.0);
        let (a, b) = (a - d * (w / 4.0), b + d * (w / 4.0));
        self.polygon(&[a - n, b - n, b + n, a + n], z, c);
    }

    /// The one mesh of the map.
    fn finish(self, meshes: &mut Assets<Mesh>, materials: &mut Assets<ColorMaterial>) {
        use bevy::asset::RenderAssetUsages;
        use bevy::mesh::{Indices, PrimitiveTopology};
        let mut mesh = Mesh::new(PrimitiveTopology::TriangleList, RenderAssetUsages::default());
        mesh.insert_attribute(Mesh::ATTRIBUTE_POSITION, self.positions);
        mesh.insert_attribute(Mesh::ATTRIBUTE_COLOR, self.colors);
        mesh.insert_indices(Indices::U32(self.indices));
        self.commands.spawn((
            MapPart,
            Mesh2d(meshes.add(mesh)),
            MeshMaterial2d(materials.add(ColorMaterial::from_color(Color::WHITE))),
            Transform::default(),
        ));
    }

    /// The marks of a pattern over a surface centred at `at`.
    fn pattern(&mut self, at: Vec2, size: Vec2, z: f32, s: Style) {
        let dark = s.color.map(|v| (f32::from(v) * 0.7) as u8);
        let light = s.color.map(|v| (f32::from(v) * 1.15).min(255.0) as u8);
        let left = at.x - size.x / 2.0;
        let bottom = at.y - size.y / 2.0;
        match s.pattern {
            Pattern::Plain => {
                self.rect(
                    at + Vec2::new(0.0, size.y / 2.0 - 0.15),
                    Vec2::new(size.x, 0.3),
                    z,
                    dark,
                );
            }
            Pattern::Courses => {
                let rows = (size.y / 0.6).max(2.0) as usize;
                for r in 1..rows {
                    let y = bottom + size.y * r as f32 / rows as f32;
                    self.rect(Vec2::new(at.x, y), Vec2::new(size.x, 0.12), z, dark);
                }
            }
            Pattern::Stripes | Pattern::Planks => {
                let step = if s.pattern == Pattern::Stripes { 0.45 } else { 1.1 };
                let n = (size.x / step) as usize;
                for i in 1..n.max(2) {
                    let x = left + size.x * i as f32 / n.max(2) as f32;
                    self.rect(Vec2::new(x, at.y), Vec2::new(0.1, size.y), z, dark);
                }
            }
            Pattern::Patched => {
                let n = (size.x / 0.9).max(2.0) as usize;
                for i in 0..n {
                    let w = size.x / n as f32;
                    let c = if i % 2 == 0 { light } else { dark };
                    let h = size.y * if i % 3 == 0 { 0.9 } else { 1.0 };
                    self.rect(
                        Vec2::new(left + w * (i as f32 + 0.5), bottom + h / 2.0),
                        Vec2::new(w * 0.85, h),
                        z,
                        c,
                    );
                }
            }
            Pattern::Blotches => {
                let n = (size.x * size.y / 3.0).clamp(3.0, 20.0) as usize;
                for i in 0..n {
                    let fx = ((i * 37) % 100) as f32 / 100.0;
                    let fy = ((i * 61 + 13) % 100) as f32 / 100.0;
                    self.disc(Vec2::new(left + size.x * fx, bottom + size.y * fy), 0.3, z, dark);
                }
            }
            Pattern::Thatch => {
                let n = (size.x / 0.5) as usize;
                for i in 0..n.max(2) {
                    let x = left + size.x * i as f32 / n.max(2) as f32;
                    self.line(
                        Vec2::new(x, bottom + size.y),
                        Vec2::new(x + 0.6, bottom),
                        0.12,
                        z,
                        dark,
                    );
                }
            }
            Pattern::ThickPosts | Pattern::ThinPosts | Pattern::NodedPosts => {}
        }
    }
}

/// Draws the whole map (ground, land, paths, water, the cultural house, every house).
pub fn spawn_map(
    commands: &mut Commands,
    meshes: &mut Assets<Mesh>,
    materials: &mut Assets<ColorMaterial>,
    state: &VillageState,
) {
    let mut p = Painter {
        commands,
        positions: Vec::new(),
        colors: Vec::new(),
        indices: Vec::new(),
    };
    let l = &state.layout;
    let terrain = state.file.village.terrain;
    use rasoat_core::field::village::Terrain;
    let ground = match terrain {
        Terrain::Mountain => [118, 150, 92],
        Terrain::Midland => [140, 170, 100],
        Terrain::Delta => [150, 185, 110],
        Terrain::Coastal => [170, 185, 130],
        Terrain::Urban => [190, 188, 180],
    };
    p.rect(Vec2::ZERO, Vec2::new(l.width, l.height), 0.0, ground);
    for patch in &l.patches {
        let c = match patch.land {
            Land::RiceField => [120, 180, 80],
            Land::TerraceField => [150, 175, 70],
            Land::TeaHill => [70, 130, 60],
            Land::Garden => [100, 160, 80],
            Land::Sand => [225, 210, 160],
            Land::Sea => [70, 130, 190],
            Land::Block => [170, 168, 160],
        };
        let r = patch.rect;
        let centre = world(
            l,
            Point {
                x: r.x + r.w / 2.0,
                y: r.y + r.h / 2.0,
            },
        );
        p.rect(centre, Vec2::new(r.w, r.h), 0.1, c);
        if patch.land == Land::RiceField || patch.land == Land::TerraceField {
            // Bunds between the plots.
            for i in 1..4 {
                let y = centre.y - r.h / 2.0 + r.h * i as f32 / 4.0;
                p.rect(Vec2::new(centre.x, y), Vec2::new(r.w, 0.4), 0.15, [110, 140, 70]);
            }
        }
    }
    for w in &l.water {
        for seg in w.windows(2) {
            p.line(world(l, seg[0]), world(l, seg[1]), 6.0, 0.2, [80, 140, 200]);
        }
    }
    let road = if terrain == Terrain::Urban {
        ([90, 90, 95], 9.0)
    } else {
        ([196, 170, 120], 4.0)
    };
    for path in &l.paths {
        for seg in path.windows(2) {
            p.line(world(l, seg[0]), world(l, seg[1]), road.1, 0.3, road.0);
        }
    }
    cultural_house(&mut p, world(l, l.cultural_house));
    for (i, home) in state.homes.iter().enumerate() {
        let plot = l.plots[i];
        let at = world(l, plot.at);
        house(&mut p, state, i, home, at, plot.width, plot.depth);
    }
    p.finish(meshes, materials);
}

fn cultural_house(p: &mut Painter, at: Vec2) {
    // The building: yellow walls, a red tile roof, a flag.
    let (w, h) = (16.0, 6.0);
    p.rect(at + Vec2::new(0.0, h / 2.0), Vec2::new(w, h), 1.0, [235, 200, 90]);
    p.rect(at + Vec2::new(0.0, 1.4), Vec2::new(2.2, 2.8), 1.1, [120, 70, 40]);
    p.gable(at + Vec2::new(0.0, h), w + 2.0, 4.0, 1.0, [190, 70, 40]);
    p.rect(
        at + Vec2::new(0.0, h + 4.5),
        Vec2::new(0.2, 3.0),
        1.2,
        [80, 80, 80],
    );
    p.rect(
        at + Vec2::new(0.9, h + 5.5),
        Vec2::new(1.6, 1.0),
        1.2,
        [220, 30, 30],
    );
    // The notice board (bảng tin) on two posts, left of the door.
    let board = at + Vec2::new(-w / 2.0 - 5.0, 0.0);
    p.rect(
        board + Vec2::new(-1.2, 1.2),
        Vec2::new(0.25, 2.4),
        1.0,
        [90, 70, 50],
    );
    p.rect(
        board + Vec2::new(1.2, 1.2),
        Vec2::new(0.25, 2.4),
        1.0,
        [90, 70, 50],
    );
    p.rect(
        board + Vec2::new(0.0, 3.0),
        Vec2::new(3.4, 2.0),
        1.1,
        [40, 100, 60],
    );
    for i in 0..3 {
        p.rect(
            board + Vec2::new(-0.9 + 0.9 * i as f32, 3.0),
            Vec2::new(0.7, 1.4),
            1.2,
            [245, 245, 235],
        );
    }
    // The loudspeaker on its pole, right of the building.
    let pole = at + Vec2::new(w / 2.0 + 4.0, 0.0);
    p.rect(
        pole + Vec2::new(0.0, 5.0),
        Vec2::new(0.3, 10.0),
        1.0,
        [100, 100, 100],
    );
    p.gable(pole + Vec2::new(0.9, 9.2), 1.4, 1.8, 1.1, [200, 200, 205]);
    p.gable(pole + Vec2::new(-0.9, 9.2), 1.4, 1.8, 1.1, [200, 200, 205]);
}

#[allow(clippy::too_many_arguments)]
fn house(
    p: &mut Painter,
    state: &VillageState,
    i: usize,
    home: &rasoat_core::field::village::Home,
    at: Vec2,
    width: f32,
    depth: f32,
) {
    let h = &home.household;
    let material = |s| state.catalogue.material(h, home.region, s).0;
    let wall = style(Structure::Wall, material(Structure::Wall));
    let frame = style(Structure::Frame, material(Structure::Frame));
    let roof = style(Structure::Roof, material(Structure::Roof));
    let z = 2.0 + i as f32 * 0.01;
    // A yard under the house, and a mark to click.
    p.commands.spawn((
        HouseMark(i),
        Transform::from_translation(at.extend(z)),
        Visibility::default(),
    ));
    let yard = ground_shade(state.file.village.terrain);
    p.rect(
        at + Vec2::new(0.0, depth * 0.3),
        Vec2::new(width + 10.0, depth + 8.0),
        1.5,
        yard,
    );
    // Front view: the walls' height grows a little with the floor area.
    let wall_h = (2.6 + depth * 0.12).min(4.5);
    let body = at + Vec2::new(0.0, wall_h / 2.0);
    p.rect(body, Vec2::new(width, wall_h), z, wall.color);
    p.pattern(body, Vec2::new(width, wall_h), z + 0.001, wall);
    // The door.
    p.rect(
        at + Vec2::new(0.0, 0.9),
        Vec2::new(1.0, 1.8),
        z + 0.002,
        [70, 45, 30],
    );
    // The frame: posts at the corners and in the middle.
    let (post_w, nodes) = match frame.pattern {
        Pattern::ThickPosts => (0.7, false),
        Pattern::NodedPosts => (0.3, true),
        _ => (0.3, false),
    };
    for x in [-width / 2.0, width / 2.0] {
        p.rect(
            at + Vec2::new(x, wall_h / 2.0),
            Vec2::new(post_w, wall_h + 0.3),
            z + 0.003,
            frame.color,
        );
        if nodes {
            for k in 1..4 {
                let y = wall_h * k as f32 / 4.0;
                p.rect(
                    at + Vec2::new(x, y),
                    Vec2::new(post_w + 0.2, 0.12),
                    z + 0.004,
                    [110, 100, 50],
                );
            }
        }
    }
    // The roof: a flat slab for concrete, a gable otherwise.
    let top = at + Vec2::new(0.0, wall_h);
    if roof.pattern == Pattern::Plain {
        p.rect(
            top + Vec2::new(0.0, 0.35),
            Vec2::new(width + 0.8, 0.7),
            z + 0.005,
            roof.color,
        );
    } else {
        let rh = (width * 0.35).clamp(1.8, 4.0) * if roof.pattern == Pattern::Thatch { 1.3 } else { 1.0 };
        p.gable(top, width + 1.6, rh, z + 0.005, roof.color);
        let dark = roof.color.map(|v| (f32::from(v) * 0.7) as u8);
        match roof.pattern {
            Pattern::Courses => {
                for k in 1..4 {
                    let f = k as f32 / 4.0;
                    p.rect(
                        top + Vec2::new(0.0, rh * f),
                        Vec2::new((width + 1.6) * (1.0 - f), 0.12),
                        z + 0.006,
                        dark,
                    );
                }
            }
            Pattern::Stripes | Pattern::Planks | Pattern::Patched => {
                for k in [-0.25_f32, 0.0, 0.25] {
                    let x = (width + 1.6) * k;
                    let h = rh * (1.0 - k.abs() * 2.0);
                    p.rect(top + Vec2::new(x, h / 2.0), Vec2::new(0.12, h), z + 0.006, dark);
                }
            }
            Pattern::Thatch => {
                for k in 0..6 {
                    let x = -(width + 1.6) / 2.0 + (width + 1.6) * (k as f32 + 0.5) / 6.0;
                    p.line(
                        top + Vec2::new(x, 0.1),
                        top + Vec2::new(x * 0.6, rh * 0.6),
                        0.15,
                        z + 0.006,
                        dark,
                    );
                }
            }
            Pattern::Blotches => {
                p.disc(top + Vec2::new(0.0, rh * 0.3), 0.4, z + 0.006, dark);
            }
            _ => {}
        }
    }
    // A TV antenna on the roof.
    if h.dwelling.info_means.contains(&InfoMeans::Tv) {
        let base = top + Vec2::new(width * 0.3, 1.0);
        p.rect(
            base + Vec2::new(0.0, 1.2),
            Vec2::new(0.12, 2.4),
            z + 0.007,
            [60, 60, 60],
        );
        p.rect(
            base + Vec2::new(0.0, 2.2),
            Vec2::new(1.6, 0.12),
            z + 0.007,
            [60, 60, 60],
        );
        p.rect(
            base + Vec2::new(0.0, 1.7),
            Vec2::new(1.1, 0.12),
            z + 0.007,
            [60, 60, 60],
        );
    }
    // The latrine, to the right of the house.
    let lat = at + Vec2::new(width / 2.0 + 3.0, 0.0);
    match h.dwelling.latrine {
        Latrine::None => {}
        Latrine::Septic | Latrine::SemiSeptic => {
            p.rect(lat + Vec2::new(0.0, 1.0), Vec2::new(1.6, 2.0), z, [235, 235, 240]);
            p.rect(
                lat + Vec2::new(0.0, 2.1),
                Vec2::new(1.9, 0.25),
                z + 0.001,
                [120, 120, 130],
            );
        }
        Latrine::PourFlush | Latrine::VentilatedPit | Latrine::DoubleVault => {
            p.rect(lat + Vec2::new(0.0, 1.0), Vec2::new(1.6, 2.0), z, [200, 190, 170]);
            p.rect(
                lat + Vec2::new(0.5, 2.4),
                Vec2::new(0.2, 1.2),
                z + 0.001,
                [90, 90, 90],
            );
        }
        Latrine::PitWithoutSlab | Latrine::Hanging | Latrine::Other => {
            p.rect(lat + Vec2::new(0.0, 0.8), Vec2::new(1.4, 1.6), z, [150, 130, 100]);
            p.gable(lat + Vec2::new(0.0, 1.6), 1.8, 0.8, z + 0.001, [180, 160, 90]);
        }
    }
    // The water source, to the left.
    let wat = at + Vec2::new(-width / 2.0 - 3.0, 0.0);
    match h.dwelling.water_source {
        WaterSource::Piped => {
            p.rect(
                wat + Vec2::new(0.0, 0.6),
                Vec2::new(0.25, 1.2),
                z,
                [120, 120, 130],
            );
            p.rect(
                wat + Vec2::new(0.3, 1.15),
                Vec2::new(0.6, 0.2),
                z,
                [120, 120, 130],
            );
            p.disc(wat + Vec2::new(0.55, 0.9), 0.15, z, [60, 140, 220]);
        }
        WaterSource::DrilledWell => {
            p.rect(wat + Vec2::new(0.0, 0.8), Vec2::new(0.5, 1.6), z, [60, 90, 160]);
            p.rect(wat + Vec2::new(0.4, 1.4), Vec2::new(0.8, 0.15), z, [60, 90, 160]);
        }
        WaterSource::ProtectedDugWell | WaterSource::UnprotectedDugWell => {
            p.disc(wat + Vec2::new(0.0, 0.5), 1.0, z, [130, 130, 130]);
            p.disc(wat + Vec2::new(0.0, 0.5), 0.6, z + 0.001, [50, 90, 150]);
            if h.dwelling.water_source == WaterSource::ProtectedDugWell {
                p.rect(
                    wat + Vec2::new(0.0, 1.4),
                    Vec2::new(2.2, 0.25),
                    z + 0.002,
                    [100, 100, 100],
                );
            }
        }
        WaterSource::Rainwater => {
            p.disc(wat + Vec2::new(0.0, 0.9), 0.9, z, [70, 60, 50]);
            p.rect(wat + Vec2::new(0.0, 1.9), Vec2::new(1.3, 0.2), z, [110, 100, 90]);
        }
        WaterSource::Bottled => {
            p.rect(wat + Vec2::new(0.0, 0.6), Vec2::new(0.6, 1.2), z, [120, 180, 230]);
        }
        WaterSource::ProtectedSpring
        | WaterSource::UnprotectedSpring
        | WaterSource::SurfaceWater
        | WaterSource::Other => {
            // Buckets on a carrying pole: water fetched from a stream or spring.
            p.rect(wat + Vec2::new(0.0, 1.4), Vec2::new(2.4, 0.12), z, [120, 90, 50]);
            p.rect(wat + Vec2::new(-1.0, 0.6), Vec2::new(0.6, 0.8), z, [90, 110, 140]);
            p.rect(wat + Vec2::new(1.0, 0.6), Vec2::new(0.6, 0.8), z, [90, 110, 140]);
        }
    }
    // The waste, behind and to the left.
    let waste = at + Vec2::new(-width / 2.0 - 2.0, depth * 0.6 + 2.0);
    match h.dwelling.waste {
        Waste::Collected => {
            p.rect(waste + Vec2::new(0.0, 0.5), Vec2::new(0.9, 1.0), z, [40, 140, 70]);
            p.rect(
                waste + Vec2::new(0.0, 1.05),
                Vec2::new(1.0, 0.15),
                z,
                [30, 100, 50],
            );
        }
        Waste::TreatedAtHome => {
            p.disc(waste + Vec2::new(0.0, 0.4), 0.9, z, [100, 75, 45]);
            p.disc(waste + Vec2::new(0.0, 0.4), 0.5, z + 0.001, [70, 50, 30]);
        }
        Waste::Untreated => {
            for (k, c) in [
                [200, 60, 60],
                [60, 60, 200],
                [220, 220, 220],
                [120, 90, 60],
                [230, 190, 40],
            ]
            .into_iter()
            .enumerate()
            {
                let o = Vec2::new(k as f32 * 0.5 - 1.0, ((k * 7) % 3) as f32 * 0.3);
                p.disc(waste + o, 0.3, z, c);
            }
        }
    }
}

fn ground_shade(t: rasoat_core::field::village::Terrain) -> [u8; 3] {
    use rasoat_core::field::village::Terrain;
    match t {
        Terrain::Urban => [205, 200, 190],
        _ => [165, 195, 120],
    }
}

/// The ring around the chosen house and the reviewer beside it; moved, not redrawn.
pub fn spawn_markers(
    commands: &mut Commands,
    meshes: &mut Assets<Mesh>,
    materials: &mut Assets<ColorMaterial>,
) {
    let ring = meshes.add(Annulus::new(0.92, 1.0));
    commands.spawn((
        Highlight,
        Mesh2d(ring),
        MeshMaterial2d(materials.add(ColorMaterial::from_color(Color::srgb_u8(250, 200, 0)))),
        Transform::from_xyz(0.0, 0.0, 5.0),
    ));
    let body = meshes.add(Capsule2d::new(0.5, 1.2));
    let head = meshes.add(Circle::new(0.45));
    commands
        .spawn((
            Reviewer,
            Transform::from_xyz(0.0, 0.0, 6.0),
            Visibility::default(),
        ))
        .with_children(|c| {
            c.spawn((
                Mesh2d(body),
                MeshMaterial2d(materials.add(ColorMaterial::from_color(Color::srgb_u8(30, 80, 160)))),
                Transform::from_xyz(0.0, 1.1, 0.0),
            ));
            c.spawn((
                Mesh2d(head),
                MeshMaterial2d(materials.add(ColorMaterial::from_color(Color::srgb_u8(230, 190, 150)))),
                Transform::from_xyz(0.0, 2.4, 0.01),
            ));
        });
}

/// Where the chosen house stands in the world, and how big its ring must be.
pub fn house_anchor(state: &VillageState, i: usize) -> Option<(Vec2, f32)> {
    let plot = state.layout.plots.get(i)?;
    let at = world(&state.layout, plot.at);
    Some((at + Vec2::new(0.0, 2.0), plot.width.max(plot.depth) / 2.0 + 7.0))
}
