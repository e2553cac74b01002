//! The evidence debrief of a visit: the facts and fields named, one line a field of the form
//! with the sources that support it, the pivotal fact, and the rubric that scores the evidence.

use crate::field::visit::{Catalogue, Fact, Field, Verdict};
use crate::rules::household::Household;
use crate::words::explain::names::{indicator_title, value};
use crate::words::i18n::Texts;
use crate::words::visit::answers::member_name;
use crate::words::visit::labels::action_label;

/// A fact named for the debrief: "thẻ BHYT của Lò Thị Mai", "khoản tiền người thân gửi về".
pub fn fact_name(t: &Texts, h: &Household, f: Fact) -> String {
    match f {
        Fact::House {
            kind: crate::field::visit::FactKind::Income,
        } => t.get("visit-fact-income-complete"),
        Fact::House { kind } => t.get(&format!("visit-fact-{}", kind.as_str().replace('_', "-"))),
        Fact::Member { index, kind } => t.get_args(
            &format!("visit-fact-{}", kind.as_str().replace('_', "-")),
            &[("name", member_name(h, index).into())],
        ),
        Fact::Income { index } => t.get_args(
            "visit-fact-income",
            &[(
                "source",
                h.income
                    .get(index)
                    .map(|s| value(t, "income", s.source.as_str()))
                    .unwrap_or_default()
                    .into(),
            )],
        ),
    }
}

/// The name of a field of the survey form.
pub fn field_name(t: &Texts, standard: &crate::rules::standard::Standard, f: &Field) -> String {
    match f {
        Field::Income => t.get("visit-field-income"),
        Field::Indicator(id) => standard
            .indicator(id)
            .map(|i| indicator_title(t, i))
            .unwrap_or_else(|| id.clone()),
    }
}

/// The evidence part of the debrief: one line a field, then the unneeded questions, the time,
/// and the pivotal fact.
pub fn evidence_lines(
    t: &Texts,
    h: &Household,
    standard: &crate::rules::standard::Standard,
    v: &Verdict,
) -> Vec<String> {
    let mut out = vec![];
    for f in &v.fields {
        let name = field_name(t, standard, &f.field);
        let sources: Vec<String> = f.sources.iter().map(|s| source_short(t, s)).collect();
        let missing: Vec<String> = f.missing.iter().take(4).map(|m| fact_name(t, h, *m)).collect();
        let id = match (f.right, f.supported) {
            (true, true) => "visit-evidence-supported",
            (true, false) => "visit-evidence-unsupported",
            (false, true) => "visit-evidence-wrong-seen",
            (false, false) => "visit-evidence-wrong-unseen",
        };
        out.push(t.get_args(
            id,
            &[
                ("field", name.into()),
                ("sources", t.list(&sources).into()),
                ("missing", t.list(&missing).into()),
            ],
        ));
    }
    out
}

/// Where a known fact came from, in a few words ("thẻ BHYT", "danh sách thành viên"), for the
/// form's evidence notes.
pub fn source_short(t: &Texts, id: &str) -> String {
    if id == "greeting" {
        t.get("visit-source-greeting")
    } else {
        t.get(&format!("visit-short-{id}"))
    }
}

/// Where a known fact came from: a question or look, or the greeting.
pub fn source_label(t: &Texts, id: &str) -> String {
    if id == "greeting" {
        t.get("visit-source-greeting")
    } else {
        action_label(t, id)
    }
}

/// The pivotal fact, worded.
pub fn pivotal_line(t: &Texts, h: &Household, v: &Verdict) -> Option<String> {
    let p = v.pivotal.as_ref()?;
    let actions: Vec<String> = p.revealed_by.iter().map(|a| source_short(t, a)).collect();
    Some(t.get_args(
        "visit-pivotal",
        &[
            ("fact", fact_name(t, h, p.fact).into()),
            ("class", value(t, "class", p.class_without.as_str()).into()),
            ("actions", t.list_or(&actions).into()),
        ],
    ))
}

/// The visit rubric, one paragraph a line: published in the village, the app's rubric screen and
/// the README.
pub fn rubric_lines(t: &Texts, c: &Catalogue) -> Vec<String> {
    let r = c.rubric;
    let b = c.budget;
    vec![
        t.get("village-rubric-base"),
        t.get_args(
            "village-rubric-unsupported",
            &[("points", r.unsupported_points.into())],
        ),
        t.get_args("village-rubric-unneeded", &[("points", r.unneeded_points.into())]),
        t.get_args("village-rubric-time", &[("points", r.out_of_time_points.into())]),
        t.get_args(
            "village-rubric-budget",
            &[
                ("practice", b.practice_minutes.into()),
                ("exam", b.exam_minutes.into()),
            ],
        ),
        t.get("village-rubric-needs"),
        t.get("village-rubric-pivotal"),
        t.get("village-rubric-counter"),
    ]
}
