//! The look of each building material on each structure of a house: a colour and a pattern, all
//! distinct within a structure (tested), so the trainee can tell the materials apart on the map.

use rasoat_core::rules::household::{Material, Structure};

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
