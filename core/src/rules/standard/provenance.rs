//! How sure we are of a rule and where it comes from: the C/S/P mark and the citation every rule,
//! line and list of a standard carries.

use serde::{Deserialize, Serialize};

/// How sure we are of a rule: see `poverty-standards.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tag {
    /// Confirmed from a page quoting the legal text.
    C,
    /// Confirmed by several secondary sources; exact legal wording not seen.
    S,
    /// Provisional: must be shown with "chưa đối chiếu văn bản gốc".
    P,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    pub tag: Tag,
    /// The legal document and article, as cited to users.
    pub source: String,
}

impl Provenance {
    pub fn is_provisional(&self) -> bool {
        self.tag == Tag::P
    }
}
