//! Villages as training uses them: the built-in villages, a village file checked against the
//! library, and its homes filled with library scenarios and generated households.
//!
//! Architecture invariant: pure; no IO, no prose.

use crate::field::village::{Home, Origin, VillageFile, YearMismatch};
use crate::rules::household::check_format_version;
use crate::rules::source::{self, FormatError, Problem};
use crate::rules::standard::StandardSet;
use crate::training::generate::{Focus, Names, Setting, draft_in};
use crate::training::service::Library;

/// The villages shipped with the program: (file name, text).
pub const BUILTIN_VILLAGES: &[(&str, &str)] = &[
    (
        "ban-na-luong.toml",
        include_str!("../../../villages/ban-na-luong.toml"),
    ),
    (
        "thon-dong-tien.toml",
        include_str!("../../../villages/thon-dong-tien.toml"),
    ),
    (
        "to-dan-pho-so-7.toml",
        include_str!("../../../villages/to-dan-pho-so-7.toml"),
    ),
];

/// Everything a village file must satisfy, in the order the file reads: its `[village]` table,
/// the library scenarios it names, its `[[review]]` entries, the number of households.
pub fn problems(v: &VillageFile, standards: &StandardSet, library: &Library) -> Vec<(String, Problem)> {
    let mut out = v.meta_problems(standards);
    out.extend(scenario_problems(v, library));
    out.extend(v.review_problems(&home_ids(v)));
    out.extend(v.count_problems());
    out
}

/// The library scenarios the village names: each known, and named once.
fn scenario_problems(v: &VillageFile, library: &Library) -> Vec<(String, Problem)> {
    let mut out = vec![];
    for (i, id) in v.households.scenarios.iter().enumerate() {
        if !library.contains(id) {
            out.push((
                format!("households.scenarios[{i}]"),
                Problem::UnknownScenario { id: id.clone() },
            ));
        } else if v.households.scenarios[..i].contains(id) {
            out.push((
                format!("households.scenarios[{i}]"),
                Problem::Duplicate {
                    what: id.clone(),
                    other: String::new(),
                },
            ));
        }
    }
    out
}

/// The library scenarios whose household belongs to another review year than the village's
/// (its ages, the retirement age reached and the rules applied are that year's), unless the
/// village says it mixes years on purpose. A warning: the file stays valid.
pub fn year_mismatches(v: &VillageFile, library: &Library) -> Vec<YearMismatch> {
    if v.village.mixed_years {
        return vec![];
    }
    v.households
        .scenarios
        .iter()
        .enumerate()
        .filter_map(|(i, id)| {
            let year = library.scenario(id)?.household.review_year;
            (year != v.village.review_year).then(|| YearMismatch {
                path: format!("households.scenarios[{i}]"),
                scenario: id.clone(),
                year,
            })
        })
        .collect()
}

/// The ids of the village's homes, as `homes` names them.
pub fn home_ids(v: &VillageFile) -> Vec<String> {
    let mut ids = v.households.scenarios.clone();
    if let Some(g) = v.households.generated {
        ids.extend((0..g.count).map(|i| {
            format!(
                "{}-{}",
                v.village.id,
                crate::training::generate::scenario_id(g.seed, i)
            )
        }));
    }
    ids
}

/// Parses and checks a village file against the standards and the library.
pub fn parse_village(
    file: &str,
    text: &str,
    standards: &StandardSet,
    library: &Library,
) -> Result<VillageFile, FormatError> {
    let v: VillageFile = source::deserialize(file, text)?;
    check_format_version(file, text, v.format)?;
    source::first_problem(file, text, problems(&v, standards, library))?;
    Ok(v)
}

/// The households of a village, library scenarios first, then the generated ones.
pub fn homes(v: &VillageFile, standards: &StandardSet, library: &Library, names: &Names) -> Vec<Home> {
    let mut out = vec![];
    for id in &v.households.scenarios {
        if let Some(s) = library.scenario(id) {
            out.push(Home {
                id: id.clone(),
                origin: Origin::Library { scenario: id.clone() },
                household: s.household.clone(),
                hidden: s.visit.as_ref().map(|x| x.hidden.clone()).unwrap_or_default(),
                region: s.scenario.region,
                review: s.review.clone(),
            });
        }
    }
    if let (Some(g), Some(standard)) = (v.households.generated, standards.get(&v.village.standard)) {
        let setting = Setting {
            region: Some(v.village.region),
            review_year: Some(v.village.review_year),
        };
        for index in 0..g.count {
            let d = draft_in(g.seed, index, standard, &Focus::Any, names, setting);
            out.push(Home {
                id: format!(
                    "{}-{}",
                    v.village.id,
                    crate::training::generate::scenario_id(g.seed, index)
                ),
                origin: Origin::Generated { seed: g.seed, index },
                household: d.household,
                hidden: vec![],
                region: d.region,
                review: None,
            });
        }
    }
    // The village file's `[[review]]` entries override the scenarios' `[review]`.
    for r in &v.review {
        if let Some(h) = out.iter_mut().find(|h| h.id == r.home) {
            h.review = Some(r.spec());
        }
    }
    out
}

/// The built-in villages that parse (all of them, by the tests), with the errors of any that do
/// not.
pub fn builtin(standards: &StandardSet, library: &Library) -> (Vec<VillageFile>, Vec<FormatError>) {
    let mut ok = vec![];
    let mut errors = vec![];
    for (name, text) in BUILTIN_VILLAGES {
        match parse_village(name, &crate::rules::text::nfc(text), standards, library) {
            Ok(v) => ok.push(v),
            Err(e) => errors.push(e),
        }
    }
    (ok, errors)
}

/// Writes a village's visits and campaigns into the trainee's results: given by the program that
/// opens the village (the file IO lives there, not in the village).
pub type Persist = Box<
    dyn FnMut(
            &[crate::training::session::VisitRecord],
            &[crate::training::session::CampaignRecord],
        ) -> Result<(), String>
        + Send
        + Sync,
>;

/// A village prepared for a trainee: everything the village shell needs, read and checked by the
/// program that opens it.
pub struct Prepared {
    pub file: VillageFile,
    pub homes: Vec<Home>,
    pub standard: crate::rules::standard::Standard,
    pub mode: crate::field::visit::VisitMode,
    /// Visits of this village already in the trainee's results (resumed).
    pub previous: Vec<crate::training::session::VisitRecord>,
    /// Review campaigns of this village already in the trainee's results (resumed).
    pub previous_campaigns: Vec<crate::training::session::CampaignRecord>,
    /// Writes the visits and campaigns; `None` when there is nowhere to record them (the village
    /// says so).
    pub persist: Option<Persist>,
}
