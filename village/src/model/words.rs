//! [`Words`]: both languages' Fluent bundles (shareable between threads: Fluent's concurrent
//! bundle) and the one the trainee chose; switching is instant, nothing is read again.

use bevy::prelude::Resource;
use rasoat_core::words::i18n::{Lang, Texts};

/// The two languages' words and the one shown.
#[derive(Resource)]
pub struct Words {
    vi: Texts,
    en: Texts,
    /// Whether the panels are in English (Vietnamese otherwise).
    pub english: bool,
}

impl Words {
    /// Both languages, `lang` shown.
    pub fn new(lang: Lang) -> Self {
        Words {
            vi: Texts::new(Lang::Vi),
            en: Texts::new(Lang::En),
            english: lang.is_english(),
        }
    }

    /// The words of the language shown.
    pub fn texts(&self) -> &Texts {
        if self.english { &self.en } else { &self.vi }
    }
}
