//! The scenarios results files refer to: the library, and generated households made again from
//! their recipe (with only what scoring needs).

use crate::rules::standard::StandardSet;
use crate::training::scenario::Scenario;
use crate::training::session::{Results, ScenarioAnswers};

/// The scenarios results can refer to: the library, and generated households made again from
/// their recipe.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    by_id: std::collections::HashMap<String, Scenario>,
}

impl Catalogue {
    pub fn new(scenarios: impl IntoIterator<Item = Scenario>) -> Self {
        Self {
            by_id: scenarios
                .into_iter()
                .map(|s| (s.scenario.id.clone(), s))
                .collect(),
        }
    }

    /// Makes again every generated scenario the results refer to and the catalogue lacks.
    pub fn prepare(
        &mut self,
        results: &[(String, Results)],
        standards: &StandardSet,
        names: &crate::training::generate::Names,
    ) {
        for (_, r) in results {
            for sa in &r.answers {
                let (Some(g), Some(standard)) = (&sa.generated, standards.get(&sa.standard)) else {
                    continue;
                };
                // Only a recipe that names its own household, with a focus the standard knows, is
                // made again (once): anything else would make the generator run for nothing, and
                // the answer is flagged as unknown.
                let id = crate::training::generate::scenario_id(g.seed, g.index);
                if sa.scenario_id != id || self.by_id.contains_key(&id) {
                    continue;
                }
                let focus = crate::training::generate::Focus::parse(&g.focus);
                if let crate::training::generate::Focus::Indicator(i) = &focus
                    && standard.indicator(i).is_none()
                {
                    continue;
                }
                let d = crate::training::generate::draft(g.seed, g.index, standard, &focus, names);
                self.by_id.insert(
                    id.clone(),
                    generated_scenario(id, d.household, standard, g.clone()),
                );
            }
        }
    }

    pub fn find(&self, sa: &ScenarioAnswers) -> Option<&Scenario> {
        self.by_id.get(&sa.scenario_id)
    }
}

/// A generated household as a scenario with only what scoring needs (no narrative).
fn generated_scenario(
    id: String,
    household: crate::rules::household::Household,
    standard: &crate::rules::standard::Standard,
    generated: crate::training::scenario::Generated,
) -> Scenario {
    use crate::training::scenario::{Bilingual, BilingualList, Region, ScenarioMeta};
    let empty = || Bilingual {
        vi: String::new(),
        en: String::new(),
    };
    Scenario {
        format: crate::rules::household::FORMAT_VERSION,
        scenario: ScenarioMeta {
            id: id.clone(),
            title: Bilingual {
                vi: id,
                en: String::new(),
            },
            summary: empty(),
            difficulty: 1,
            tags: Vec::new(),
            standard: Some(standard.id.clone()),
            region: Region::Urban,
            narrative: empty(),
            learning_points: BilingualList {
                vi: Vec::new(),
                en: Vec::new(),
            },
            trainer_notes: String::new(),
            generated: Some(generated),
        },
        expected: None,
        visit: None,
        review: None,
        household,
    }
}
