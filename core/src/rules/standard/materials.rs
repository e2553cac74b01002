//! Which main materials of wall, frame and roof a standard counts as durable, and how a
//! dwelling's stated materials are checked against its stated durability.

use serde::{Deserialize, Serialize};

use super::provenance::Provenance;
use crate::rules::source::Problem;

/// Durable and non-durable main materials of each structure of a dwelling.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MaterialTable {
    pub provenance: Provenance,
    pub wall: StructureMaterials,
    pub frame: StructureMaterials,
    pub roof: StructureMaterials,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StructureMaterials {
    pub durable: Vec<crate::rules::household::Material>,
    pub non_durable: Vec<crate::rules::household::Material>,
}

impl MaterialTable {
    pub fn of(&self, s: crate::rules::household::Structure) -> &StructureMaterials {
        use crate::rules::household::Structure;
        match s {
            Structure::Wall => &self.wall,
            Structure::Frame => &self.frame,
            Structure::Roof => &self.roof,
        }
    }

    /// A material given in `dwelling` that disagrees with the stated durability, or that the
    /// table does not list for its structure (field paths from the file root).
    pub fn problems(&self, dwelling: &crate::rules::household::Dwelling) -> Vec<(String, Problem)> {
        let mut out = vec![];
        for s in crate::rules::household::Structure::ALL {
            let Some(m) = dwelling.material(s) else { continue };
            let path = format!("household.dwelling.{}_material", s.as_str());
            match self.durability(s, m) {
                None => out.push((
                    path,
                    Problem::MaterialNotForStructure {
                        material: m,
                        structure: s,
                    },
                )),
                Some(d) if d != dwelling.durability(s) => out.push((
                    path,
                    Problem::MaterialDisagrees {
                        material: m,
                        structure: s,
                        stated: dwelling.durability(s),
                    },
                )),
                Some(_) => {}
            }
        }
        out
    }

    /// Whether `m` is durable as the main material of `s`; `None` when the table does not list
    /// it for that structure.
    pub fn durability(
        &self,
        s: crate::rules::household::Structure,
        m: crate::rules::household::Material,
    ) -> Option<crate::rules::household::Durability> {
        use crate::rules::household::Durability;
        let t = self.of(s);
        if t.durable.contains(&m) {
            Some(Durability::Durable)
        } else if t.non_durable.contains(&m) {
            Some(Durability::NonDurable)
        } else {
            None
        }
    }
}
