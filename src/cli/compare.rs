//! `rasoat compare`: one household under two standards, what changed for it and in the rules.

use std::path::Path;

use super::{default_standard, load_household, pick};
use crate::load::LoadError;
use crate::rules::compare::{compare, standard_changes};
use crate::rules::standard::StandardSet;
use crate::words::explain;
use crate::words::i18n::Texts;

pub(super) fn compare_cmd(
    t: &Texts,
    set: &StandardSet,
    from: Option<&str>,
    to: Option<&str>,
    json: bool,
    file: &Path,
    out: &mut String,
) -> Result<bool, LoadError> {
    let hf = load_household(file)?;
    let h = &hf.household;
    let to = match to {
        Some(id) => pick(set, id)?,
        None => default_standard(set, h.review_year)?,
    };
    let from = match from {
        Some(id) => pick(set, id)?,
        None => set
            .previous(&to.id)
            .ok_or_else(|| LoadError::NoPrevious { id: to.id.clone() })?,
    };
    let c = compare(h, from, to);
    if json {
        let value = serde_json::json!({
            "from": c.from.contract(),
            "to": c.to.contract(),
            "changes": c.changes,
        });
        out.push_str(&value.to_string());
        out.push('\n');
        return Ok(true);
    }
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(t.get_args(
        "cli-compare-title",
        &[
            ("from", from.id.clone().into()),
            ("to", to.id.clone().into()),
            ("file", file.display().to_string().into()),
        ],
    ));
    for a in [&c.from, &c.to] {
        line(t.get_args(
            "cli-compare-under",
            &[
                ("standard", explain::standard_name(t, a.standard).into()),
                ("class", explain::outcome_name(t, a).into()),
                ("count", a.deprivation_count().into()),
            ],
        ));
        line(format!("    {}", explain::decision_text(t, a)));
    }
    line(String::new());
    if c.changes.is_empty() {
        line(t.get("cli-compare-no-changes"));
    } else {
        line(t.get("cli-compare-changes-heading"));
        for ch in &c.changes {
            line(format!("  - {}", explain::change_text(t, ch, from, to)));
        }
    }
    line(String::new());
    line(t.get("cli-compare-rules-heading"));
    for ch in standard_changes(from, to) {
        let text = explain::standard_change_text(t, &ch, from, to);
        if !text.is_empty() {
            line(format!("  - {text}"));
        }
    }
    Ok(true)
}
