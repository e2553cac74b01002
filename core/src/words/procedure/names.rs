//! The procedure's names in words: roles, places, steps, lists, statuses, the kinds of review,
//! days and shares (`procedure.ftl`).

use crate::field::procedure::{Day, Kind, ListName, Status};
use crate::rules::standard::{Over, Place, Role, Standard, Step};
use crate::words::i18n::Texts;

pub fn role(t: &Texts, r: Role) -> String {
    t.get(&format!("proc-role-{}", r.as_str()))
}

pub fn place(t: &Texts, p: Place) -> String {
    t.get(&format!("proc-place-{}", p.as_str()))
}

/// A place's name inside a sentence ("niêm yết tại trụ sở UBND cấp xã"): the name as a label,
/// its first letter in lower case.
pub fn place_in_text(t: &Texts, p: Place) -> String {
    let name = place(t, p);
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => name,
    }
}

pub fn step(t: &Texts, s: Step) -> String {
    t.get(&format!("proc-step-{}", s.as_str()))
}

pub fn list_name(t: &Texts, l: ListName) -> String {
    t.get(&format!("proc-list-{}", l.as_str()))
}

pub fn status(t: &Texts, s: Status) -> String {
    t.get(&format!("proc-status-{}", s.as_str()))
}

pub fn over(t: &Texts, o: Over) -> String {
    t.get(match o {
        Over::Attendees => "proc-over-attendees",
        Over::Households => "proc-over-households",
    })
}

pub(super) fn joined<T: Copy>(t: &Texts, items: &[T], name: fn(&Texts, T) -> String) -> String {
    items.iter().map(|x| name(t, *x)).collect::<Vec<_>>().join(", ")
}

/// Lists as words: "Danh sách hộ cận nghèo, Danh sách hộ thoát nghèo", or "on no list".
pub fn lists(t: &Texts, l: &[ListName]) -> String {
    if l.is_empty() {
        t.get("proc-lists-none")
    } else {
        joined(t, l, list_name)
    }
}

/// "thứ Sáu, 15/10/2021".
pub fn day(t: &Texts, d: Day) -> String {
    t.get_args(
        "proc-day",
        &[
            ("weekday", t.get(&format!("proc-weekday-{}", d.weekday())).into()),
            ("day", format!("{}", d.day).into()),
            ("month", format!("{}", d.month).into()),
            ("year", format!("{}", d.year).into()),
        ],
    )
}

/// A share in tenths of a percent, rounded down, from integers: 19 of 40 is "47,5 %".
pub fn percent(t: &Texts, part: u32, whole: u32) -> String {
    let tenths = if whole == 0 {
        0
    } else {
        u64::from(part) * 1000 / u64::from(whole)
    };
    t.get_args(
        "proc-percent",
        &[
            ("whole", format!("{}", tenths / 10).into()),
            ("tenth", format!("{}", tenths % 10).into()),
        ],
    )
}

/// "yes" or "no", for a Fluent selector.
pub(super) fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// The name of a kind of review under a standard (2016–2020 calls its in-year review the review
/// of households newly in difficulty).
pub fn kind_name(t: &Texts, kind: Kind, standard: &Standard) -> String {
    let newly = kind == Kind::Regular
        && standard
            .procedure
            .as_ref()
            .and_then(|p| p.regular.as_ref())
            .is_some_and(|r| r.newly_in_difficulty);
    if newly {
        t.get("proc-kind-regular-newly")
    } else {
        t.get(&format!("proc-kind-{}", kind.as_str()))
    }
}
