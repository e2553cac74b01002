//! The trainee's settings, remembered between runs: a small TOML file in the user's config
//! folder, read tolerantly (an old or broken file never stops the app) and written atomically.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::words::i18n::Lang;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub lang: Lang,
    /// Who uses this PC for training (asked at the first start).
    pub trainee: Option<crate::training::session::Trainee>,
    /// The results file of the session in progress, reopened after a crash or a restart.
    pub active_session: Option<PathBuf>,
    /// The class server last joined or watched (the join and console screens start from it).
    pub class_server: Option<String>,
}

impl Settings {
    /// The settings at `path`; the defaults when the file is missing or cannot be understood.
    pub fn load(path: &Path) -> Settings {
        crate::platform::read_text(path)
            .ok()
            .and_then(|t| toml::from_str(&t).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let text = toml::to_string(self).map_err(std::io::Error::other)?;
        crate::platform::write_atomic(path, text.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_remembered_and_a_broken_file_gives_the_defaults() {
        let dir = std::env::temp_dir().join(format!("rasoat-settings-{}", std::process::id()));
        let path = dir.join("settings.toml");
        assert_eq!(Settings::load(&path), Settings::default());
        Settings {
            lang: Lang::En,
            ..Default::default()
        }
        .save(&path)
        .expect("save");
        assert_eq!(Settings::load(&path).lang, Lang::En);
        std::fs::write(&path, "lang = 42\n[[[").expect("write");
        assert_eq!(Settings::load(&path), Settings::default());
        std::fs::write(&path, "lang = \"en\"\nfuture_option = true\n").expect("write");
        assert_eq!(
            Settings::load(&path).lang,
            Lang::En,
            "unknown keys from a newer version are ignored"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
