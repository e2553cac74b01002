//! Names for the visit's screens: the label of a question or look and of its group, the
//! village's title and its area.

use crate::rules::household::Area;
use crate::words::explain::names::value;
use crate::words::i18n::Texts;

/// The label of a question or look, as the trainee picks it.
pub fn action_label(t: &Texts, id: &str) -> String {
    t.get(&format!("visit-action-{id}"))
}

pub fn group_label(t: &Texts, id: &str) -> String {
    t.get(&format!("visit-group-{id}"))
}

/// How the place is named: "Bản Nà Lường (xã …)", or for a village made from a seed the words
/// of `village-seed-name`.
pub fn village_title(t: &Texts, v: &crate::field::village::VillageFile) -> String {
    let english = t.lang().is_english();
    let name = v.village.name.get(english);
    if crate::rules::text::is_blank(name) {
        let seed = v.households.generated.map_or(0, |g| g.seed);
        t.get_args(
            "village-seed-name",
            &[
                (
                    "kind",
                    t.get(&format!(
                        "village-kind-{}",
                        v.village.kind.as_str().replace('_', "-")
                    ))
                    .into(),
                ),
                ("seed", seed.to_string().into()),
                (
                    "terrain",
                    t.get(&format!("village-terrain-{}", v.village.terrain.as_str()))
                        .into(),
                ),
            ],
        )
    } else {
        name.to_owned()
    }
}

/// The area of the village in words (nông thôn / thành thị).
pub fn area_name(t: &Texts, area: Area) -> String {
    value(t, "area", area.as_str())
}
