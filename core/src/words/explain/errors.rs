//! File errors and disagreements in words: what is wrong with a file (without and with its
//! place: file, line, column, field), and where a scenario's `[expected]` answer and the engine
//! disagree. Text echoed from a file is cut short.

use fluent_bundle::FluentValue;

use crate::rules::household::{Durability, Material, Structure};
use crate::rules::source::{FormatError, Problem};
use crate::rules::standard::Standard;
use crate::words::explain::names::{class_name, correct_class_name, indicator_name, value};
use crate::words::explain::rules::{decision_text, finding_text};
use crate::words::i18n::Texts;

/// What is wrong, in the user's language, without saying where (the editor shows it beside the
/// field).
pub fn problem_text(t: &Texts, problem: &Problem) -> String {
    let list = |items: &[String]| FluentValue::from(items.join(", "));
    // Keys and values echoed from a file are cut short: a 10 MB key must not become a 10 MB message.
    let short = |text: &String| FluentValue::from(shorten(text, 60));
    let detail = |text: &String| FluentValue::from(shorten(text, 300));
    match problem {
        Problem::Syntax {
            detail: detail_text,
            found,
        } if !found.is_empty() => t.get_args(
            "error-syntax-at",
            &[("detail", detail(detail_text)), ("found", short(found))],
        ),
        Problem::Syntax { detail: text, .. } => t.get_args("error-syntax", &[("detail", detail(text))]),
        Problem::UnknownKey { key, allowed } => t.get_args(
            "error-unknown-key",
            &[("key", short(key)), ("allowed", list(allowed))],
        ),
        Problem::UnknownValue { value, allowed } => t.get_args(
            "error-unknown-value",
            &[("value", short(value)), ("allowed", list(allowed))],
        ),
        Problem::MissingField { field } => {
            t.get_args("error-missing-field", &[("field", field.clone().into())])
        }
        Problem::WrongType { detail: text } => t.get_args("error-wrong-type", &[("detail", detail(text))]),
        Problem::WrongKind { found, expected } => t.get_args(
            "error-wrong-kind",
            &[
                ("found", t.get(found.message_id()).into()),
                ("expected", t.get(expected.message_id()).into()),
            ],
        ),
        Problem::Negative { value } => t.get_args("error-negative", &[("value", short(value))]),
        Problem::OutOfRange { value, min, max } => t.get_args(
            "error-out-of-range",
            &[
                ("value", value.clone().into()),
                ("min", min.clone().into()),
                ("max", max.clone().into()),
            ],
        ),
        Problem::NotPositive { value } => {
            t.get_args("error-not-positive", &[("value", value.clone().into())])
        }
        Problem::NoMembers => t.get("error-no-members"),
        Problem::Empty => t.get("error-empty"),
        Problem::MonthlyXorAnnual => t.get("error-monthly-xor-annual"),
        Problem::UnsupportedFormat { found } => {
            t.get_args("error-unsupported-format", &[("found", short(found))])
        }
        Problem::UnknownStandard { id, known } => t.get_args(
            "error-unknown-standard",
            &[("id", id.clone().into()), ("known", list(known))],
        ),
        Problem::Duplicate { what, other } => t.get_args(
            if other.is_empty() {
                "error-duplicate"
            } else {
                "error-duplicate-in"
            },
            &[("what", short(what)), ("other", other.clone().into())],
        ),
        Problem::UnsafeId { value } => t.get_args(
            "error-unsafe-id",
            &[("value", shorten(&value.escape_debug().to_string(), 60).into())],
        ),
        Problem::MaterialDisagrees {
            material,
            structure,
            stated,
        } => material_disagrees_text(t, *material, *structure, *stated),
        Problem::MaterialNotForStructure { material, structure } => t.get_args(
            "error-material-not-for-structure",
            &[
                ("material", value(t, "material", material.as_str()).into()),
                ("structure", structure_name(t, *structure).into()),
            ],
        ),
        Problem::UnknownScenario { id } => t.get_args("error-unknown-scenario", &[("id", short(id))]),
        Problem::EscapeNotOnList => t.get("error-escape-not-on-list"),
        Problem::NotCited { text } => t.get_args("error-not-cited", &[("text", shorten(text, 120).into())]),
        Problem::Other { detail } => shorten(detail, 300),
    }
}

/// A dwelling material whose durability in the standard's table is not the one the file states.
fn material_disagrees_text(
    t: &Texts,
    material: Material,
    structure: Structure,
    stated: Durability,
) -> String {
    t.get_args(
        "error-material-disagrees",
        &[
            ("material", value(t, "material", material.as_str()).into()),
            ("structure", structure_name(t, structure).into()),
            ("stated", value(t, "durability", stated.as_str()).into()),
            (
                "table",
                value(t, "durability", other_durability(stated).as_str()).into(),
            ),
        ],
    )
}

/// The name of a structure of the dwelling (wall, frame, roof).
fn structure_name(t: &Texts, structure: Structure) -> String {
    t.get(&format!("structure-{}", structure.as_str()))
}

fn other_durability(d: Durability) -> Durability {
    match d {
        Durability::Durable => Durability::NonDurable,
        Durability::NonDurable => Durability::Durable,
    }
}

/// At most `max` characters of a text from a file, with "…" when it was longer.
fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// A located file error in the user's language: "file:line:column: field `path`: what is wrong".
pub fn error_text(t: &Texts, e: &FormatError) -> String {
    // Keys, values and found text come from the file: shown on one line, escaped.
    let problem = crate::rules::text::one_line(&problem_text(t, &e.problem));
    let id = if e.path.is_empty() {
        "error-located"
    } else {
        "error-located-field"
    };
    t.get_args(
        id,
        &[
            ("file", e.file.clone().into()),
            ("line", FluentValue::from(e.line.to_string())),
            ("column", FluentValue::from(e.column.to_string())),
            ("field", shorten(&e.path, 120).into()),
            ("problem", problem.into()),
        ],
    )
}

/// A disagreement between a scenario's `[expected]` answer and the engine, naming the scenario,
/// the indicator or field, the trainer's value and the engine's with its reason.
pub fn mismatch_text(
    t: &Texts,
    file: &str,
    s: &crate::training::scenario::Scenario,
    standard: &Standard,
    m: &crate::training::scenario::Mismatch,
) -> String {
    use crate::training::scenario::Mismatch;
    let a = crate::rules::assess::assess(&s.household, standard);
    let reason_of = |id: &str| {
        a.result(id)
            .map(|r| finding_text(t, &s.household, r))
            .unwrap_or_default()
    };
    let ind = |id: &str| {
        standard
            .indicator(id)
            .map_or_else(|| id.to_owned(), |i| indicator_name(t, i))
    };
    let (msg, args): (&str, Vec<(&str, FluentValue)>) = match m {
        Mismatch::Classification { expected, engine } => (
            "mismatch-classification",
            vec![
                ("expected", class_name(t, *expected).into()),
                (
                    "engine",
                    correct_class_name(t, *engine, &a.accepted_classes()).into(),
                ),
                ("reason", decision_text(t, &a).into()),
            ],
        ),
        Mismatch::MarkedButNotDeprived { id } => (
            "mismatch-marked-not-deprived",
            vec![
                ("indicator", ind(id).into()),
                ("id", id.clone().into()),
                ("reason", reason_of(id).into()),
            ],
        ),
        Mismatch::DeprivedButNotMarked { id } => (
            "mismatch-deprived-not-marked",
            vec![
                ("indicator", ind(id).into()),
                ("id", id.clone().into()),
                ("reason", reason_of(id).into()),
            ],
        ),
        Mismatch::Income { expected, engine } => (
            "mismatch-income",
            vec![
                ("expected", t.money(*expected).into()),
                ("engine", t.money(*engine).into()),
                ("total", t.money(a.income.annual_total_vnd).into()),
                ("members", a.income.members.into()),
            ],
        ),
    };
    let mut all = vec![
        ("file", FluentValue::from(file.to_owned())),
        ("scenario", s.scenario.id.clone().into()),
    ];
    all.extend(args);
    t.get_args(msg, &all)
}
