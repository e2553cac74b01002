//! Where the program keeps its files on this computer: the settings file, the trainers'
//! scenarios and the trainees' results.

use std::path::PathBuf;

/// The program's folders and settings file; `None` where there is none (the tests, or a
/// computer without a home folder).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Places {
    /// The settings file (`settings.toml`).
    pub settings: Option<PathBuf>,
    /// The trainers' scenarios: read into the library, and where the editor saves.
    pub scenarios: Option<PathBuf>,
    /// Where session results are saved as they are submitted.
    pub results: Option<PathBuf>,
}

impl Places {
    /// The settings saved here; the defaults when there are none.
    pub fn settings(&self) -> super::settings::Settings {
        self.settings
            .as_deref()
            .map(super::settings::Settings::load)
            .unwrap_or_default()
    }
}
