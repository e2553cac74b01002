//! Results files on this computer: a new session's file in the results folder, and writing one
//! merged with what another process wrote there since. The app records answers and the village
//! (its own process) records visits and campaigns in the same file: each keeps the other's.

use std::path::{Path, PathBuf};

use crate::training::service::{Plan, start};
use crate::training::session::{Results, Trainee, merge_campaigns, merge_visits, parse_results};

/// Which process writes: the one that owns the answers (the app), or the one that owns the
/// field visits and the review campaigns (the village).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writer {
    App,
    Village,
}

/// A new session started `now` in the results folder `dir`, with an id no file there has yet
/// (two sessions started in the same second by the same trainee get different files), and the
/// path of its file.
pub fn new_session(dir: &Path, trainee: Trainee, plan: Plan, now: u64) -> (PathBuf, Results) {
    let results = start(trainee, plan, now, |r| {
        crate::platform::exists(&dir.join(r.file_name()))
    });
    (dir.join(results.file_name()), results)
}

/// The results as they are on disk at `path`, if the file can be read.
pub fn on_disk(path: &Path) -> Option<Results> {
    let text = crate::platform::read_text(path).ok()?;
    parse_results(&path.display().to_string(), &text).ok()
}

/// What to write at `path`: `ours`, merged with what the other process wrote there since. The
/// app keeps its answers and takes the visits and campaigns on disk in; the village takes the
/// file on disk (with the app's answers) and puts its visits and campaigns in.
pub fn merged(path: &Path, ours: &Results, writer: Writer) -> Results {
    match (writer, on_disk(path)) {
        (_, None) => ours.clone(),
        (Writer::App, Some(disk)) => {
            let mut r = ours.clone();
            merge_visits(&mut r, &disk);
            merge_campaigns(&mut r, &disk);
            r
        }
        (Writer::Village, Some(mut disk)) => {
            merge_visits(&mut disk, ours);
            merge_campaigns(&mut disk, ours);
            disk
        }
    }
}
