//! [`Village`]: the village file, its households, their map, the standard, the question
//! catalogue and the mode — everything the program handed in, fixed once the window opens.

use bevy::prelude::Resource;
use rasoat_core::field::village::{Home, VillageFile};
use rasoat_core::field::visit::{Catalogue, VisitMode};
use rasoat_core::rules::standard::Standard;

use crate::layout::{Layout, layout};

/// The village as it was opened: read by every system and panel, changed by none.
#[derive(Resource)]
pub struct Village {
    pub file: VillageFile,
    pub homes: Vec<Home>,
    pub layout: Layout,
    pub standard: Standard,
    pub catalogue: Catalogue,
    pub mode: VisitMode,
}

impl Village {
    /// The village with its map laid out (deterministic for the same file and homes).
    pub fn new(file: VillageFile, homes: Vec<Home>, standard: Standard, mode: VisitMode) -> Self {
        let layout = layout(&file, &homes);
        Village {
            file,
            homes,
            layout,
            standard,
            catalogue: Catalogue::builtin(),
            mode,
        }
    }

    pub fn village_id(&self) -> &str {
        &self.file.village.id
    }

    /// A home's index from its id.
    pub fn home_index(&self, id: &str) -> Option<usize> {
        self.homes.iter().position(|h| h.id == id)
    }

    /// The name a household goes by (its head's), from its id.
    pub fn home_name(&self, id: &str) -> String {
        self.homes.iter().find(|h| h.id == id).map_or_else(
            || id.to_string(),
            |h| rasoat_core::words::visit::speaker(&h.household),
        )
    }

    /// The scale at which the whole village fits a view of this size (world units per pixel).
    pub fn fit_scale(&self, w: f32, h: f32) -> f32 {
        (self.layout.width / w.max(100.0)).max(self.layout.height / h.max(100.0)) * 1.05
    }
}
