//! The library as every shell reads it: the built-in scenarios, then the trainers' folder, whose
//! files replace built-in scenarios of the same id.

use std::path::Path;

use crate::load::LoadError;
use crate::rules::source::FormatError;
use crate::rules::standard::StandardSet;
use crate::training::service::Library;

/// The library read from the built-in scenarios and the trainers' folder `trainers` (a folder
/// that does not exist yet is no error), with the errors of each.
pub struct Read {
    pub library: Library,
    /// Built-in scenarios that do not parse (none, by the tests).
    pub builtin_errors: Vec<FormatError>,
    /// The trainers' files that could not be read or checked.
    pub trainers_errors: Vec<LoadError>,
}

/// Reads the library.
pub fn read(set: &StandardSet, trainers: Option<&Path>) -> Read {
    let (mut library, builtin_errors) = Library::builtin(set);
    let trainers_errors = reload_trainers(&mut library, set, trainers);
    Read {
        library,
        builtin_errors,
        trainers_errors,
    }
}

/// Reads the trainers' folder anew into `library` (after the editor saved, or a trainer copied
/// files in); returns the files that could not be read or checked.
pub fn reload_trainers(library: &mut Library, set: &StandardSet, trainers: Option<&Path>) -> Vec<LoadError> {
    let (found, errors) = match trainers {
        Some(dir) if dir.is_dir() => crate::load::user_scenarios(dir, set),
        _ => (Vec::new(), Vec::new()),
    };
    let (builtin, _) = crate::training::builtin::scenarios(set);
    library.set_user_scenarios(&builtin, found);
    errors
}

/// The files of the scenarios `ids` of `library`, as a class carries them to its server: a
/// built-in scenario by its embedded text, a trainer's own from its file. The first id that is
/// not in the library, or a file that cannot be read, is the error.
pub fn scenario_files(
    library: &Library,
    set: &StandardSet,
    ids: &[String],
) -> Result<Vec<crate::training::classroom::protocol::ScenarioFile>, LoadError> {
    use crate::training::classroom::protocol::ScenarioFile;
    // Built-in scenarios by id, with their file's name and text.
    let builtin: std::collections::HashMap<String, ScenarioFile> = crate::training::builtin::files(set, None)
        .into_iter()
        .map(|(file, s)| (s.scenario.id, file))
        .collect();
    ids.iter()
        .map(|id| {
            let missing = || LoadError::NoFiles { path: id.clone() };
            match &library.get(id).ok_or_else(missing)?.origin {
                crate::training::service::Origin::User(path) => Ok(ScenarioFile {
                    name: path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    text: crate::load::read_text(path)?,
                }),
                _ => builtin.get(id).cloned().ok_or_else(missing),
            }
        })
        .collect()
}
