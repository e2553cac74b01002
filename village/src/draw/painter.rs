//! The painter: polygons, rectangles, discs, gables, lines and material patterns collected into
//! one mesh with a colour per vertex — one draw call for the whole map, so that a village of 40
//! houses stays fast on a software renderer.

use bevy::prelude::*;

use super::style::{Pattern, Style};

/// Collects the whole map into one mesh with a colour per vertex: one draw call for the map, so
/// that a village of 40 houses stays fast on a software renderer.
#[derive(Default)]
pub struct Painter {
    positions: Vec<[f32; 3]>,
    colors: Vec<[f32; 4]>,
    indices: Vec<u32>,
}

fn linear(c: [u8; 3]) -> [f32; 4] {
    Color::srgb_u8(c[0], c[1], c[2]).to_linear().to_f32_array()
}

impl Painter {
    /// A convex polygon (its corners in order) in one colour.
    pub fn polygon(&mut self, corners: &[Vec2], z: f32, c: [u8; 3]) {
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
    pub fn rect(&mut self, at: Vec2, size: Vec2, z: f32, c: [u8; 3]) {
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

    pub fn disc(&mut self, at: Vec2, r: f32, z: f32, c: [u8; 3]) {
        let corners: Vec<Vec2> = (0..16)
            .map(|k| at + Vec2::from_angle(k as f32 * std::f32::consts::TAU / 16.0) * r)
            .collect();
        self.polygon(&corners, z, c);
    }

    /// An isosceles triangle with its base centred at `at`.
    pub fn gable(&mut self, at: Vec2, w: f32, h: f32, z: f32, c: [u8; 3]) {
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
    pub fn line(&mut self, a: Vec2, b: Vec2, w: f32, z: f32, c: [u8; 3]) {
        let d = (b - a).normalize_or_zero();
        let n = Vec2::new(-d.y, d.x) * (w / 2.0);
        let (a, b) = (a - d * (w / 4.0), b + d * (w / 4.0));
        self.polygon(&[a - n, b - n, b + n, a + n], z, c);
    }

    /// The one mesh of the map.
    pub fn finish(self) -> Mesh {
        use bevy::asset::RenderAssetUsages;
        use bevy::mesh::{Indices, PrimitiveTopology};
        let mut mesh = Mesh::new(PrimitiveTopology::TriangleList, RenderAssetUsages::default());
        mesh.insert_attribute(Mesh::ATTRIBUTE_POSITION, self.positions);
        mesh.insert_attribute(Mesh::ATTRIBUTE_COLOR, self.colors);
        mesh.insert_indices(Indices::U32(self.indices));
        mesh
    }

    /// The marks of a pattern over a surface centred at `at`.
    pub fn pattern(&mut self, at: Vec2, size: Vec2, z: f32, s: Style) {
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
