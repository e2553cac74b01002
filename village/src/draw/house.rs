//! A house drawn from its own facts, in front view: the yard under it, the walls with their
//! pattern and the door, the frame's posts, the roof (a slab or a gable with its pattern), a TV
//! antenna, the latrine to the right, the water source to the left, the waste behind.

use bevy::prelude::*;
use rasoat_core::field::village::{Home, Terrain};
use rasoat_core::field::visit::Catalogue;
use rasoat_core::rules::household::{InfoMeans, Latrine, Structure, Waste, WaterSource};

use super::painter::Painter;
use super::style::{Pattern, Style, style};

/// Where a house stands and how big it is, in the world.
#[derive(Debug, Clone, Copy)]
pub struct Spot {
    /// The middle of the house's front, on the ground.
    pub at: Vec2,
    pub width: f32,
    pub depth: f32,
    /// The depth of the house's own drawing (each house a little above the one before).
    pub z: f32,
}

impl Spot {
    /// The walls' height: it grows a little with the floor area.
    fn wall_h(&self) -> f32 {
        (2.6 + self.depth * 0.12).min(4.5)
    }
}

/// Draws the whole house of `home` at `spot`.
pub fn house(p: &mut Painter, catalogue: &Catalogue, terrain: Terrain, home: &Home, spot: Spot) {
    let h = &home.household;
    let material = |s| catalogue.material(h, home.region, s).0;
    yard(p, terrain, spot);
    walls(p, spot, style(Structure::Wall, material(Structure::Wall)));
    frame(p, spot, style(Structure::Frame, material(Structure::Frame)));
    roof(p, spot, style(Structure::Roof, material(Structure::Roof)));
    if h.dwelling.info_means.contains(&InfoMeans::Tv) {
        antenna(p, spot);
    }
    latrine(p, spot, h.dwelling.latrine);
    water(p, spot, h.dwelling.water_source);
    waste(p, spot, h.dwelling.waste);
}

/// The yard under the house.
fn yard(p: &mut Painter, terrain: Terrain, s: Spot) {
    let shade = match terrain {
        Terrain::Urban => [205, 200, 190],
        _ => [165, 195, 120],
    };
    p.rect(
        s.at + Vec2::new(0.0, s.depth * 0.3),
        Vec2::new(s.width + 10.0, s.depth + 8.0),
        1.5,
        shade,
    );
}

/// The walls with their material's pattern, and the door.
fn walls(p: &mut Painter, s: Spot, wall: Style) {
    let wall_h = s.wall_h();
    let body = s.at + Vec2::new(0.0, wall_h / 2.0);
    p.rect(body, Vec2::new(s.width, wall_h), s.z, wall.color);
    p.pattern(body, Vec2::new(s.width, wall_h), s.z + 0.001, wall);
    p.rect(
        s.at + Vec2::new(0.0, 0.9),
        Vec2::new(1.0, 1.8),
        s.z + 0.002,
        [70, 45, 30],
    );
}

/// The frame: posts at the corners, with nodes for bamboo.
fn frame(p: &mut Painter, s: Spot, frame: Style) {
    let wall_h = s.wall_h();
    let (post_w, nodes) = match frame.pattern {
        Pattern::ThickPosts => (0.7, false),
        Pattern::NodedPosts => (0.3, true),
        _ => (0.3, false),
    };
    for x in [-s.width / 2.0, s.width / 2.0] {
        p.rect(
            s.at + Vec2::new(x, wall_h / 2.0),
            Vec2::new(post_w, wall_h + 0.3),
            s.z + 0.003,
            frame.color,
        );
        if nodes {
            for k in 1..4 {
                let y = wall_h * k as f32 / 4.0;
                p.rect(
                    s.at + Vec2::new(x, y),
                    Vec2::new(post_w + 0.2, 0.12),
                    s.z + 0.004,
                    [110, 100, 50],
                );
            }
        }
    }
}

/// The roof: a flat slab for concrete, a gable with its material's marks otherwise.
fn roof(p: &mut Painter, s: Spot, roof: Style) {
    let top = s.at + Vec2::new(0.0, s.wall_h());
    if roof.pattern == Pattern::Plain {
        p.rect(
            top + Vec2::new(0.0, 0.35),
            Vec2::new(s.width + 0.8, 0.7),
            s.z + 0.005,
            roof.color,
        );
        return;
    }
    let rh = (s.width * 0.35).clamp(1.8, 4.0) * if roof.pattern == Pattern::Thatch { 1.3 } else { 1.0 };
    p.gable(top, s.width + 1.6, rh, s.z + 0.005, roof.color);
    roof_marks(p, s, top, rh, roof);
}

/// The marks of the roof's material on a gable `rh` high whose base is centred at `top`.
fn roof_marks(p: &mut Painter, s: Spot, top: Vec2, rh: f32, roof: Style) {
    let (width, z) = (s.width, s.z);
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

/// A TV antenna on the roof.
fn antenna(p: &mut Painter, s: Spot) {
    let base = s.at + Vec2::new(0.0, s.wall_h()) + Vec2::new(s.width * 0.3, 1.0);
    let z = s.z + 0.007;
    p.rect(base + Vec2::new(0.0, 1.2), Vec2::new(0.12, 2.4), z, [60, 60, 60]);
    p.rect(base + Vec2::new(0.0, 2.2), Vec2::new(1.6, 0.12), z, [60, 60, 60]);
    p.rect(base + Vec2::new(0.0, 1.7), Vec2::new(1.1, 0.12), z, [60, 60, 60]);
}

/// The latrine, to the right of the house.
fn latrine(p: &mut Painter, s: Spot, latrine: Latrine) {
    let lat = s.at + Vec2::new(s.width / 2.0 + 3.0, 0.0);
    let z = s.z;
    match latrine {
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
}

/// The water source, to the left of the house.
fn water(p: &mut Painter, s: Spot, source: WaterSource) {
    let wat = s.at + Vec2::new(-s.width / 2.0 - 3.0, 0.0);
    let z = s.z;
    match source {
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
            if source == WaterSource::ProtectedDugWell {
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
}

/// The waste, behind the house and to the left.
fn waste(p: &mut Painter, s: Spot, waste: Waste) {
    let at = s.at + Vec2::new(-s.width / 2.0 - 2.0, s.depth * 0.6 + 2.0);
    let z = s.z;
    match waste {
        Waste::Collected => {
            p.rect(at + Vec2::new(0.0, 0.5), Vec2::new(0.9, 1.0), z, [40, 140, 70]);
            p.rect(at + Vec2::new(0.0, 1.05), Vec2::new(1.0, 0.15), z, [30, 100, 50]);
        }
        Waste::TreatedAtHome => {
            p.disc(at + Vec2::new(0.0, 0.4), 0.9, z, [100, 75, 45]);
            p.disc(at + Vec2::new(0.0, 0.4), 0.5, z + 0.001, [70, 50, 30]);
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
                p.disc(at + o, 0.3, z, c);
            }
        }
    }
}
