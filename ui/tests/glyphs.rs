//! Noto Sans is the only font every shell installs (no fallback): every character of every
//! locale file must be in it, arrows and minus signs included.

use rasoat_core::words::i18n::Lang;

#[test]
fn every_character_of_the_locales_is_in_noto_sans() {
    assert!(
        rasoat_ui::style::missing_glyphs("ắ").is_empty()
            && rasoat_ui::style::missing_glyphs("😀") == vec!['😀'],
        "the check itself"
    );
    for lang in Lang::ALL {
        for (file, text) in lang.files() {
            let missing = rasoat_ui::style::missing_glyphs(text);
            assert!(
                missing.is_empty(),
                "{}/{file}: not in Noto Sans: {:?}",
                lang.code(),
                missing
                    .iter()
                    .map(|c| format!("“{c}” (U+{:04X})", *c as u32))
                    .collect::<Vec<_>>()
            );
        }
    }
}

/// The built-in data the screens show (scenarios, villages, standards, generated names, the visit
/// catalogue) is all in Noto Sans too; comments, which no screen shows, aside.
#[test]
fn every_character_of_the_built_in_data_is_in_noto_sans() {
    use rasoat_core::field::visit::BUILTIN_CATALOGUE;
    use rasoat_core::rules::standard::BUILTIN;
    use rasoat_core::training::builtin::BUILTIN_SCENARIOS;
    use rasoat_core::training::generate::BUILTIN_NAMES;
    use rasoat_core::training::villages::BUILTIN_VILLAGES;
    let named = [("names.toml", BUILTIN_NAMES), ("visit.toml", BUILTIN_CATALOGUE)];
    let files = BUILTIN_SCENARIOS
        .iter()
        .chain(BUILTIN_VILLAGES)
        .chain(BUILTIN)
        .chain(named.iter());
    let mut count = 0;
    for (file, text) in files {
        let shown: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n");
        let missing = rasoat_ui::style::missing_glyphs(&shown);
        assert!(missing.is_empty(), "{file}: not in Noto Sans: {missing:?}");
        count += 1;
    }
    assert!(count > 20, "{count} files");
}
