//! Names and values in words: the display name of an enumerated value, a class, an area, an
//! indicator, a standard, a service, a member and a place; and the citations that follow a
//! statement (its source with its C, S or P mark).

use crate::rules::assess::{Assessment, Class};
use crate::rules::household::{Area, Member};
use crate::rules::standard::{Indicator, Provenance, Standard, Tag};
use crate::words::i18n::{Lang, Texts};

/// The Fluent id of an enumerated value: `value-<kind>-<value>`, underscores as hyphens.
pub fn value_id(kind: &str, value: &str) -> String {
    format!("value-{kind}-{}", value.replace('_', "-"))
}

/// The display name of an enumerated value, e.g. `value(t, "water", "piped")` → "nước máy".
pub fn value(t: &Texts, kind: &str, value: &str) -> String {
    t.get(&value_id(kind, value))
}

/// The names of several values, as a list: "a, b và c".
pub(super) fn values<T: std::fmt::Display>(t: &Texts, kind: &str, items: &[T]) -> String {
    t.list(&value_names(t, kind, items))
}

/// The names of several values, as alternatives: "a, b hoặc c".
pub(super) fn values_or<T: std::fmt::Display>(t: &Texts, kind: &str, items: &[T]) -> String {
    t.list_or(&value_names(t, kind, items))
}

/// The name of each value, in order.
pub(super) fn value_names<T: std::fmt::Display>(t: &Texts, kind: &str, items: &[T]) -> Vec<String> {
    items.iter().map(|v| value(t, kind, &v.to_string())).collect()
}

pub fn class_name(t: &Texts, class: Class) -> String {
    value(t, "class", class.as_str())
}

/// The engine's outcome in words: the class, or where the standard's average living standard
/// band is not known (2026–2030 above the line), that the household is neither poor nor
/// near-poor and the program cannot tell more.
pub fn outcome_name(t: &Texts, a: &Assessment<'_>) -> String {
    if a.average_band_unknown() {
        t.get("value-class-band-unknown")
    } else {
        class_name(t, a.class)
    }
}

/// The right class of a graded answer in words (see `outcome_name`).
pub fn correct_class_name(t: &Texts, correct: Class, accepted: &[Class]) -> String {
    if accepted.len() > 1 {
        t.get("value-class-band-unknown")
    } else {
        class_name(t, correct)
    }
}

/// The official name of an area under a standard ("thành thị", or "đô thị" in Nghị định
/// 351/2025).
pub fn area_name(t: &Texts, s: &Standard, area: Area) -> String {
    match &s.area_names {
        Some(names) => {
            let n = match area {
                Area::Rural => &names.rural,
                Area::Urban => &names.urban,
            };
            match t.lang() {
                Lang::Vi => n.vi.clone(),
                Lang::En => n.en.clone(),
            }
        }
        None => value(t, "area", area.as_str()),
    }
}

/// An indicator's name, followed by "(tên gọi tạm)" where the name is a working name of ours.
pub fn indicator_title(t: &Texts, i: &Indicator) -> String {
    let name = indicator_name(t, i);
    if i.working_name {
        t.get_args("common-working-name", &[("name", name.into())])
    } else {
        name
    }
}

pub fn standard_name(t: &Texts, s: &Standard) -> String {
    match t.lang() {
        Lang::Vi => s.name_vi.clone(),
        Lang::En => s.name_en.clone(),
    }
}

pub fn indicator_name(t: &Texts, i: &Indicator) -> String {
    match t.lang() {
        Lang::Vi => i.name_vi.clone(),
        Lang::En => i.name_en.clone(),
    }
}

pub fn service_name(t: &Texts, s: &Standard, id: &str) -> String {
    s.service(id).map_or_else(
        || id.to_owned(),
        |svc| match t.lang() {
            Lang::Vi => svc.name_vi.clone(),
            Lang::En => svc.name_en.clone(),
        },
    )
}

/// "Nguồn: … (C)", with the visible provisional mark for P rules.
pub fn provenance(t: &Texts, p: &Provenance) -> String {
    let tag = match p.tag {
        Tag::C => "c",
        Tag::S => "s",
        Tag::P => "p",
    };
    t.get_args(
        &format!("common-source-{tag}"),
        &[("source", p.source.clone().into())],
    )
}

/// The provisional mark ("chưa đối chiếu văn bản gốc").
pub fn provisional_mark(t: &Texts) -> String {
    t.get("common-provisional-mark")
}

/// A statement followed by its citation in brackets: "… (Nguồn: …, chưa đối chiếu văn bản gốc)".
pub fn with_source(t: &Texts, text: String, p: &Provenance) -> String {
    t.get_args(
        "common-with-source",
        &[
            ("text", sentence_body(&text).into()),
            ("source", provenance(t, p).into()),
        ],
    )
}

/// A sentence without its final full stop, for a bracket to go before it.
fn sentence_body(text: &str) -> String {
    text.trim_end().trim_end_matches('.').to_owned()
}

/// A statement followed by its S or P mark only (C adds nothing): for household-level lines
/// whose rules are cited elsewhere on the same screen.
pub fn with_mark(t: &Texts, text: String, p: Option<&Provenance>) -> String {
    let id = match p.map(|p| p.tag) {
        Some(Tag::P) => "common-with-provisional-mark",
        Some(Tag::S) => "common-with-secondary-mark",
        _ => return text,
    };
    t.get_args(id, &[("text", sentence_body(&text).into())])
}

/// A place from its parts, the empty ones left out: "Xã Tả Van, Sa Pa, Lào Cai".
pub fn place_name(commune: &str, district: &str, province: &str) -> String {
    [commune, district, province]
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// "Lò Văn Páo (42 tuổi)".
pub fn member_label(t: &Texts, m: &Member) -> String {
    t.get_args(
        "common-member",
        &[
            ("name", crate::rules::text::one_line(&m.name).into()),
            ("age", m.age.into()),
        ],
    )
}
