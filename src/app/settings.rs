//! The trainee's settings, remembered between runs: a small TOML file in the user's config
//! folder, read tolerantly (an old or broken file never stops the app) and written atomically.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub lang: Lang,
}

impl Settings {
    /// The settings at `path`; the defaults when the file is missing or cannot be understood.
    pub fn load(path: &Path) -> Settings {
        crate::files::read_text(path)
            .ok()
            .and_then(|t| toml::from_str(&t).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let text = toml::to_string(self).map_err(std::io::Error::other)?;
        crate::files::write_atomic(path, text.as_bytes())
    }
}
