//! Drawing the village from code, no external art: land, paths and water by terrain, the
//! cultural house with its notice board and loudspeaker, and every house from its own facts —
//! the wall, frame and roof materials (each a distinct look, [`style`]), its size from the floor
//! area, the latrine, the water source, a TV antenna, the waste ([`house`]).
//!
//! Houses are drawn in front view on the map: walls as the body, posts for the frame, the roof
//! above. One unit of the world is one metre of the layout. The whole map is one mesh
//! ([`painter`]); each house is also an entity of its own ([`HouseMark`]) with an invisible disc
//! over its yard that bevy's mesh picking casts rays against, so a click selects it.

pub mod house;
pub mod painter;
pub mod style;

use bevy::picking::Pickable;
use bevy::prelude::*;
use rasoat_core::field::village::Terrain;

use crate::layout::{Land, Layout, Point};
use crate::model::Village;
use house::Spot;
use painter::Painter;

pub use style::{Pattern, Style, style};

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

/// A house on the map, by position in `Village::homes`: a hidden disc over its yard, picked by
/// bevy's mesh picking.
#[derive(Component)]
pub struct HouseMark(pub usize);

/// The map's origin is its centre; y grows upwards in the world.
pub fn world(l: &Layout, p: Point) -> Vec2 {
    Vec2::new(p.x - l.width / 2.0, l.height / 2.0 - p.y)
}

/// Draws the whole map (ground, land, paths, water, the cultural house, every house) as one
/// mesh, and spawns a pickable mark for each house.
pub fn spawn_map(
    commands: &mut Commands,
    meshes: &mut Assets<Mesh>,
    materials: &mut Assets<ColorMaterial>,
    village: &Village,
) {
    let mut p = Painter::default();
    let l = &village.layout;
    let terrain = village.file.village.terrain;
    ground(&mut p, l, terrain);
    cultural_house(&mut p, world(l, l.cultural_house));
    for (i, home) in village.homes.iter().enumerate() {
        let plot = l.plots[i];
        let spot = Spot {
            at: world(l, plot.at),
            width: plot.width,
            depth: plot.depth,
            z: 2.0 + i as f32 * 0.01,
        };
        house::house(&mut p, &village.catalogue, terrain, home, spot);
    }
    commands.spawn((
        MapPart,
        Mesh2d(meshes.add(p.finish())),
        MeshMaterial2d(materials.add(ColorMaterial::from_color(Color::WHITE))),
        Transform::default(),
    ));
    spawn_house_marks(commands, meshes, l);
}

/// One hidden disc a house, where a click chooses it: centred where the ring goes, 0.8 of the
/// ring's radius. Where two discs overlap the house listed first lies on top (as the list
/// reads), so it is the one picked.
fn spawn_house_marks(commands: &mut Commands, meshes: &mut Assets<Mesh>, l: &Layout) {
    let disc = meshes.add(Circle::new(1.0));
    for i in 0..l.plots.len() {
        let Some((at, r)) = house_anchor(l, i) else {
            continue;
        };
        commands.spawn((
            MapPart,
            HouseMark(i),
            Mesh2d(disc.clone()),
            Transform::from_translation(at.extend(4.0 - i as f32 * 0.0001)).with_scale(Vec3::new(
                r * 0.8,
                r * 0.8,
                1.0,
            )),
            Visibility::Hidden,
            Pickable::default(),
        ));
    }
}

/// The ground, the fields, the water and the paths by terrain.
fn ground(p: &mut Painter, l: &Layout, terrain: Terrain) {
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

/// Where house `i` stands in the world, and how big its ring must be.
pub fn house_anchor(l: &Layout, i: usize) -> Option<(Vec2, f32)> {
    let plot = l.plots.get(i)?;
    let at = world(l, plot.at);
    Some((at + Vec2::new(0.0, 2.0), plot.width.max(plot.depth) / 2.0 + 7.0))
}
