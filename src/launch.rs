//! Opening the village (`rasoat village`): the file IO the village shell must not do — reading a
//! village file, the library and the trainee's settings, finding the results file of the session
//! in progress, and writing the visits into it (atomically, merged with what the app wrote).
//!
//! Architecture invariant: prepares a `training::villages::Prepared`; draws nothing and decides
//! no rule, and imports no other shell. The window itself is opened by the binary (`main.rs`,
//! which links the village crate), so that the library and its test programs never link bevy.

use std::path::{Path, PathBuf};

use crate::field::village::VillageFile;
use crate::field::visit::VisitMode;
use crate::load::{LoadError, read_text};
use crate::rules::standard::StandardSet;
use crate::store::places::Places;
use crate::store::results::{Writer, merged, new_session};
use crate::training::service::Library;
use crate::training::service::Plan;
use crate::training::session::{CampaignRecord, Results, SessionMode, SessionSource, VisitRecord};
use crate::training::villages::{Persist, Prepared, homes, parse_village};
use crate::words::i18n::Lang;

/// What `rasoat village` was asked.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub village: Option<PathBuf>,
    /// A built-in village by id.
    pub builtin: Option<String>,
    pub seed: Option<u64>,
    pub standard: Option<String>,
    pub exam: bool,
    /// The results file to record the visits in; default: the session in progress (from the
    /// app's settings), or a new one for the trainee.
    pub results: Option<PathBuf>,
    pub lang: Lang,
}

/// The village asked for: a file, a built-in village, a seed, or the first built-in village.
pub fn village_file(set: &StandardSet, lib: &Library, req: &Request) -> Result<VillageFile, LoadError> {
    if let Some(path) = &req.village {
        let text = read_text(path)?;
        return Ok(parse_village(
            &path.display().to_string(),
            &crate::rules::text::nfc(&text),
            set,
            lib,
        )?);
    }
    if let Some(seed) = req.seed {
        return VillageFile::from_seed(seed, set, req.standard.as_deref()).ok_or_else(|| {
            LoadError::UnknownStandard {
                id: req.standard.clone().unwrap_or_default(),
                known: set.ids(),
            }
        });
    }
    let (builtin, errors) = crate::training::villages::builtin(set, lib);
    if let Some(e) = errors.into_iter().next() {
        return Err(e.into());
    }
    let wanted = req.builtin.as_deref();
    builtin
        .iter()
        .find(|v| wanted.is_none_or(|id| v.village.id == id))
        .cloned()
        .ok_or_else(|| LoadError::UnknownVillage {
            id: wanted.unwrap_or_default().to_owned(),
            known: builtin.iter().map(|v| v.village.id.clone()).collect(),
        })
}

/// The results file the visits go to, and its current content (created for the trainee when
/// there is no session in progress). `None` when no trainee is known on this computer.
fn results_target(
    places: &Places,
    req: &Request,
    village_id: &str,
    standard: &str,
) -> Result<Option<(PathBuf, Results)>, LoadError> {
    let settings = places.settings();
    let path = req.results.clone().or(settings.active_session.clone());
    if let Some(path) = path
        && path.exists()
    {
        let text = read_text(&path)?;
        let r = crate::training::session::parse_results(&path.display().to_string(), &text)?;
        return Ok(Some((path, r)));
    }
    let Some(trainee) = settings.trainee.filter(|x| x.is_complete()) else {
        return Ok(None);
    };
    // `--results` names a file that does not exist yet: start the village session there.
    let (dir, named) = match (&req.results, &places.results) {
        (Some(path), _) => (
            path.parent().map(Path::to_path_buf).unwrap_or_default(),
            Some(path.clone()),
        ),
        (None, Some(dir)) => (dir.clone(), None),
        (None, None) => return Ok(None),
    };
    let dir = &dir;
    // A village session of this trainee and village already on this computer (the window was
    // closed, or the program stopped): carry on in it, so that its unfinished visit resumes.
    if named.is_none()
        && let Some(found) = village_session(dir, &trainee, village_id)
    {
        return Ok(Some(found));
    }
    let plan = Plan {
        mode: if req.exam {
            SessionMode::Exam
        } else {
            SessionMode::Practice
        },
        standard: standard.to_owned(),
        source: SessionSource::Village {
            village: village_id.to_owned(),
        },
        scenario_ids: vec![],
        time_limit_minutes: None,
    };
    let (path, results) = new_session(dir, trainee, plan, unix_now());
    Ok(Some((named.unwrap_or(path), results)))
}

/// The latest village session of `trainee` in `village_id` among the results files of `dir`.
fn village_session(
    dir: &Path,
    trainee: &crate::training::session::Trainee,
    village_id: &str,
) -> Option<(PathBuf, Results)> {
    let files = crate::load::files_below(dir, "json").ok()?;
    files
        .into_iter()
        .filter_map(|f| {
            let text = crate::files::read_text(&f).ok()?;
            let r = crate::training::session::parse_results(&f.display().to_string(), &text).ok()?;
            let ours = matches!(&r.session.source, SessionSource::Village { village } if village == village_id)
                && !r.session.finished
                && r.trainee.name == trainee.name
                && r.trainee.commune == trainee.commune;
            ours.then_some((f, r))
        })
        .max_by_key(|(_, r)| r.session.started_at)
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Writes the visits and campaigns into the results file at `path`: the file as it is on disk
/// now (the app may have written answers since), with these merged in; atomically.
pub fn write_visits(
    path: &Path,
    base: &Results,
    visits: &[VisitRecord],
    campaigns: &[CampaignRecord],
) -> Result<(), String> {
    let mut mine = base.clone();
    mine.visits = visits.to_vec();
    mine.campaigns = campaigns.to_vec();
    let current = merged(path, &mine, Writer::Village);
    let json = current.to_json().map_err(|e| e.to_string())?;
    crate::files::write_atomic(path, json.as_bytes()).map_err(|e| e.to_string())
}

/// Everything the village window needs. Fails with a clear message on a bad file, an unknown
/// standard or an unreadable results file.
pub fn prepare(set: &StandardSet, places: &Places, req: &Request) -> Result<Prepared, LoadError> {
    let lib = crate::store::library::read(set, places.scenarios.as_deref()).library;
    let mut file = village_file(set, &lib, req)?;
    if let Some(id) = &req.standard {
        let st = set.get(id).ok_or_else(|| LoadError::UnknownStandard {
            id: id.clone(),
            known: set.ids(),
        })?;
        file.village.standard = st.id.clone();
        if !st.review_years.contains(file.village.review_year) {
            // The first year in which every kind of review runs under the standard (in a first
            // year that only the periodic review applies it to, the year after).
            let from = st.review_years.from.max(2016);
            let year = if st.periodic_only_in(from).is_some() && from < st.review_years.to {
                from + 1
            } else {
                from
            };
            file.village.review_year = year;
        }
    }
    let standard = set
        .get(&file.village.standard)
        .cloned()
        .ok_or_else(|| LoadError::UnknownStandard {
            id: file.village.standard.clone(),
            known: set.ids(),
        })?;
    let names =
        crate::training::generate::parse_names("names.toml", crate::training::generate::BUILTIN_NAMES)?;
    let homes = homes(&file, set, &lib, &names);
    let target = results_target(places, req, &file.village.id, &standard.id)?;
    type Previous = (Vec<VisitRecord>, Vec<CampaignRecord>);
    let ((previous, previous_campaigns), persist): (Previous, Option<Persist>) = match target {
        None => ((vec![], vec![]), None),
        Some((path, base)) => {
            let previous = (base.visits.clone(), base.campaigns.clone());
            let persist: Persist = Box::new(move |visits: &[VisitRecord], campaigns: &[CampaignRecord]| {
                write_visits(&path, &base, visits, campaigns)
            });
            (previous, Some(persist))
        }
    };
    Ok(Prepared {
        file,
        homes,
        standard,
        mode: if req.exam {
            VisitMode::Exam
        } else {
            VisitMode::Practice
        },
        previous,
        previous_campaigns,
        persist,
    })
}
