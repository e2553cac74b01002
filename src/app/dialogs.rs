//! Native file dialogs (`rfd`) beside every path a person can type: the set file, a scenario file,
//! the results folder and the spreadsheet to write. The typed path stays for keyboards and for
//! Linux desktops without a file-dialog portal (there the dialog returns nothing and the field is
//! left as it was).
//!
//! Architecture invariant: a dialog only fills the path field; what the path is used for stays
//! with the screen's own button.

use std::path::PathBuf;

use eframe::egui;

use crate::words::i18n::Texts;

/// What the dialog asks for.
#[derive(Debug, Clone, Copy)]
pub enum Want {
    /// An existing `.toml` file (a set or a scenario).
    TomlFile,
    /// An existing folder (of results files).
    Folder,
    /// Where to write a `.csv` file.
    SaveCsv,
}

impl Want {
    fn button_id(self) -> &'static str {
        match self {
            Want::TomlFile => "dialog-choose-file",
            Want::Folder => "dialog-choose-folder",
            Want::SaveCsv => "dialog-choose-save",
        }
    }
}

/// A button that opens the dialog and, when something is chosen, puts its path in `path_text`.
/// Returns true when the path changed.
pub fn choose_button(ui: &mut egui::Ui, t: &Texts, want: Want, path_text: &mut String) -> bool {
    if !crate::platform::FOLDERS || !ui.button(t.get(want.button_id())).clicked() {
        return false;
    }
    match pick(t, want, path_text.trim()) {
        Some(path) => {
            *path_text = crate::rules::text::nfc(&path.display().to_string());
            true
        }
        None => false,
    }
}

/// Opens the platform's dialog (`platform::pick`).
fn pick(t: &Texts, want: Want, typed: &str) -> Option<PathBuf> {
    crate::platform::pick(t, want, typed)
}
