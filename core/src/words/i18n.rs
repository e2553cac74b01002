//! Fluent text for every user-visible string: `locales/<lang>/<screen>.ftl`, embedded.
//! Vietnamese is the reference locale; English mirrors it id for id (a test checks this).
//!
//! Architecture invariant: no user-visible sentence is written in Rust; this module only looks
//! messages up and fills in their arguments. A missing id is shown as the id, never a crash.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// The languages of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    /// True for English: scenario texts (`scenario::Bilingual`) are asked for by this, so that
    /// they do not depend on this type.
    pub fn is_english(self) -> bool {
        self == Lang::En
    }

    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The Fluent files of this language: (file name, text).
    pub fn files(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::Vi => VI,
            Lang::En => EN,
        }
    }
}

macro_rules! locale_files {
    ($lang:literal: $($file:literal),+) => {
        &[$(($file, include_str!(concat!("../../../locales/", $lang, "/", $file)))),+]
    };
}

const VI: &[(&str, &str)] = locale_files!(
    "vi": "common.ftl", "values.ftl", "rules.ftl", "cli.ftl", "app.ftl", "home.ftl", "library.ftl",
    "scenario.ftl", "debrief.ftl", "exam.ftl", "rubric.ftl", "generator.ftl", "random.ftl", "editor.ftl", "report.ftl", "session.ftl", "dashboard.ftl", "visit.ftl", "village.ftl", "procedure.ftl", "campaign.ftl", "classroom.ftl"
);
const EN: &[(&str, &str)] = locale_files!(
    "en": "common.ftl", "values.ftl", "rules.ftl", "cli.ftl", "app.ftl", "home.ftl", "library.ftl",
    "scenario.ftl", "debrief.ftl", "exam.ftl", "rubric.ftl", "generator.ftl", "random.ftl", "editor.ftl", "report.ftl", "session.ftl", "dashboard.ftl", "visit.ftl", "village.ftl", "procedure.ftl", "campaign.ftl", "classroom.ftl"
);

/// Looks up messages in one language.
pub struct Texts {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts")
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

/// One argument of a message.
pub type Arg<'a> = (&'a str, FluentValue<'a>);

impl Texts {
    pub fn new(lang: Lang) -> Self {
        let langid = match lang {
            Lang::Vi => unic_langid::langid!("vi"),
            Lang::En => unic_langid::langid!("en"),
        };
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        for (_, text) in lang.files() {
            // The embedded files are checked by tests; a broken entry is skipped, not fatal.
            let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(partial, _)| partial);
            let _ = bundle.add_resource(resource);
        }
        Self { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` without arguments.
    pub fn get(&self, id: &str) -> String {
        self.get_args(id, &[])
    }

    /// The message `id` with its arguments; the id itself when it does not exist.
    pub fn get_args(&self, id: &str, args: &[Arg<'_>]) -> String {
        let (id, attr) = id.split_once('.').map_or((id, None), |(m, a)| (m, Some(a)));
        let Some(message) = self.bundle.get_message(id) else {
            return id.to_owned();
        };
        let pattern = match attr {
            Some(a) => message.get_attribute(a).map(|a| a.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else {
            return id.to_owned();
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned()
    }

    /// A VND amount: "1.450.000 đồng" in Vietnamese, "1,450,000 VND" in English.
    pub fn money(&self, amount: u128) -> String {
        let grouped = group_digits(amount, &self.get("common-thousands-separator"));
        self.get_args("common-money", &[("amount", grouped.into())])
    }

    /// A whole number with thousands separators.
    pub fn number(&self, n: u128) -> String {
        group_digits(n, &self.get("common-thousands-separator"))
    }

    /// A decimal with the language's decimal mark and at most `decimals` places, trailing zeros
    /// dropped ("8,5" in Vietnamese, "8.5" in English).
    pub fn decimal(&self, x: f64, decimals: usize) -> String {
        let s = format!("{x:.decimals$}");
        let s = if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_owned()
        } else {
            s
        };
        s.replace('.', &self.get("common-decimal-mark"))
    }

    /// Items joined as the language lists them ("a, b và c").
    pub fn list(&self, items: &[String]) -> String {
        self.join("common-list", items)
    }

    /// Items of a closed list after a colon, joined by commas only ("a, b, c").
    pub fn list_plain(&self, items: &[String]) -> String {
        items.join(", ")
    }

    /// Alternatives joined as the language lists them ("a, b hoặc c").
    pub fn list_or(&self, items: &[String]) -> String {
        self.join("common-list-or", items)
    }

    fn join(&self, id: &str, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => self.get_args(
                id,
                &[("init", init.join(", ").into()), ("last", last.clone().into())],
            ),
        }
    }
}

fn group_digits(n: u128, separator: &str) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_grouped_per_language() {
        assert_eq!(Texts::new(Lang::Vi).money(1_450_000), "1.450.000 đồng");
        assert_eq!(Texts::new(Lang::En).money(1_450_000), "1,450,000 VND");
        assert_eq!(Texts::new(Lang::Vi).money(0), "0 đồng");
        assert_eq!(Texts::new(Lang::Vi).money(999), "999 đồng");
        assert_eq!(Texts::new(Lang::Vi).money(1000), "1.000 đồng");
    }

    #[test]
    fn decimals_use_the_language_mark() {
        assert_eq!(Texts::new(Lang::Vi).decimal(8.5, 2), "8,5");
        assert_eq!(Texts::new(Lang::En).decimal(8.0, 2), "8");
        assert_eq!(Texts::new(Lang::En).decimal(7.333, 2), "7.33");
    }

    #[test]
    fn missing_ids_show_the_id() {
        assert_eq!(Texts::new(Lang::Vi).get("no-such-message"), "no-such-message");
    }
}
