//! Text helpers for people's input: Unicode NFC, and accent-insensitive matching so that
//! "ho ngheo" finds "hộ nghèo".
//!
//! Architecture invariant: pure functions on strings; no IO.

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The text in Unicode NFC, the form every file and screen of rasoat uses. Vietnamese typed
/// with some input methods arrives decomposed (a base letter plus combining marks).
pub fn nfc(text: &str) -> String {
    if is_nfc(text) {
        return text.to_owned();
    }
    text.nfc().collect()
}

/// `nfc`, keeping the text it is handed when it is NFC already (most files are).
pub fn nfc_owned(text: String) -> String {
    if is_nfc(&text) {
        return text;
    }
    text.nfc().collect()
}

/// Whether the text is certainly NFC, by the standard's quick check, taken only on the runs of
/// characters outside ASCII: an ASCII character is NFC and starts afresh, so ASCII — most of a
/// file — is passed over a block of bytes at a time.
fn is_nfc(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        while bytes.get(at..at + 16).is_some_and(<[u8]>::is_ascii) {
            at += 16;
        }
        while bytes.get(at).is_some_and(u8::is_ascii) {
            at += 1;
        }
        if at >= bytes.len() {
            break;
        }
        // A run from a character's first byte to the next ASCII byte: whole characters.
        let end = bytes[at..]
            .iter()
            .position(u8::is_ascii)
            .map_or(bytes.len(), |p| at + p);
        let run = text.get(at..end).unwrap_or_default();
        if unicode_normalization::is_nfc_quick(run.chars()) != unicode_normalization::IsNormalized::Yes {
            return false;
        }
        at = end;
    }
    true
}

/// True for a character a terminal could act on instead of showing: C0 and C1 controls, DEL,
/// and the invisible direction and width controls that can make a text read otherwise.
fn is_hazard(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// True when the text shows nothing: only spaces, line breaks, control characters and the
/// invisible width and direction marks. A name like that counts as empty.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || is_hazard(c))
}

/// The text with every hazardous character but line breaks and tabs shown escaped (`\u{1b}`), so
/// that printing it cannot move the cursor, clear the screen or set the window title.
pub fn escape_controls(text: &str) -> String {
    text.chars()
        .map(|c| {
            if is_hazard(c) && c != '\n' && c != '\t' {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// A value from a file shown inside a line: every hazardous character escaped, line breaks
/// included, so that a name cannot start a forged line of output.
pub fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| {
            if is_hazard(c) {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Lower case without diacritics: "Hộ Nghèo, Đắk Lắk" → "ho ngheo, dak lak".
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// True when every word of `query` appears in `haystack`, ignoring case and diacritics.
pub fn matches(haystack: &str, query: &str) -> bool {
    let hay = fold(haystack);
    fold(query).split_whitespace().all(|word| hay.contains(word))
}

/// Reads an amount of money typed by a person: digits with optional thousands separators
/// (".", ",", spaces) and an optional "đ", "d" or "VND". `None` when it is not such a number.
pub fn parse_vnd(typed: &str) -> Option<u128> {
    let t = fold(typed);
    let t = t
        .trim()
        .trim_end_matches("vnd")
        .trim_end_matches("dong")
        .trim_end_matches('d')
        .trim();
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' ' | '\u{a0}'))
    {
        return None;
    }
    let digits: String = t.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 30 {
        return None;
    }
    digits.parse().ok()
}

/// A text in both languages; Vietnamese is the reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    pub vi: String,
    pub en: String,
}

impl Bilingual {
    /// The English text when `english` and there is one; otherwise the Vietnamese (reference)
    /// text.
    pub fn get(&self, english: bool) -> &str {
        if english && !self.en.trim().is_empty() {
            &self.en
        } else {
            &self.vi
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BilingualList {
    pub vi: Vec<String>,
    pub en: Vec<String>,
}

impl BilingualList {
    /// The English list when `english` and it is not empty; otherwise the Vietnamese one.
    pub fn get(&self, english: bool) -> &[String] {
        if english && !self.en.is_empty() {
            &self.en
        } else {
            &self.vi
        }
    }
}

/// The longest scenario id.
pub const MAX_ID_LEN: usize = 80;

/// True for a scenario id of the safe set: 1 to 80 characters among `a`–`z`, `0`–`9` and `-`,
/// starting and ending with a letter or a digit (`hmong-ha-giang-2021`). Such an id is a valid
/// file name on every system (no `/`, `\`, `..`, `:`, `CON`…, no control or invisible
/// character), so the editor may name a file after it.
pub fn is_safe_id(id: &str) -> bool {
    let ok = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit();
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id.chars().all(|c| ok(c) || c == '-')
        && id.starts_with(ok)
        && id.ends_with(ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_text_is_blank_and_letters_are_not() {
        for blank in ["", "  ", "\u{200b}\u{200b}", "\u{feff}", "\u{0}", "\u{202e}\t"] {
            assert!(is_blank(blank), "{blank:?}");
        }
        for seen in ["Páo", "\u{200b}A", "ễ"] {
            assert!(!is_blank(seen), "{seen:?}");
        }
    }

    #[test]
    fn folding_ignores_case_and_diacritics() {
        assert_eq!(fold("Hộ Nghèo, Đắk Lắk"), "ho ngheo, dak lak");
        assert!(matches("Nhà anh Giàng A Sùng, hộ nghèo", "ho ngheo"));
        assert!(matches("Nhà anh Giàng A Sùng", "GIANG sung"));
        assert!(!matches("hộ cận nghèo", "trung binh"));
    }

    #[test]
    fn nfc_composes_decomposed_vietnamese() {
        let decomposed = "ho\u{0302}\u{0323} nghe\u{0300}o";
        assert_eq!(nfc(decomposed), "hộ nghèo");
        assert_eq!(nfc(decomposed).chars().count(), 8);
    }

    #[test]
    fn the_quick_path_gives_what_composing_gives() {
        // Long ASCII stretches around decomposed and composed letters, a mark after ASCII, marks
        // out of order, Hangul jamo, a mark at the very start and end.
        let cases = [
            "format = 1\nname = \"Lò Văn Páo\"\n",
            &[
                "x".repeat(40),
                "ho\u{0302}\u{0323} nghe\u{0300}o".into(),
                "y".repeat(33),
            ]
            .concat(),
            "a\u{0301}",
            "\u{0301}abc",
            "abc\u{0301}",
            "e\u{0323}\u{0302}",
            "e\u{0302}\u{0323}",
            "\u{1100}\u{1161}",
            "Hộ nghèo ở Đắk Lắk, 12 người",
            "",
        ];
        assert!(is_nfc(cases[0]) && !is_nfc(cases[1]));
        for c in cases {
            let full: String = c.nfc().collect();
            assert_eq!(nfc(c), full, "{c:?}");
            assert_eq!(nfc_owned(c.to_owned()), full, "{c:?}");
            // The same answer as the quick check over the whole text.
            let whole =
                unicode_normalization::is_nfc_quick(c.chars()) == unicode_normalization::IsNormalized::Yes;
            assert_eq!(is_nfc(c), whole, "{c:?}");
        }
    }

    #[test]
    fn typed_money_is_read_with_any_separator() {
        assert_eq!(parse_vnd("1.450.000"), Some(1_450_000));
        assert_eq!(parse_vnd("1,450,000 VND"), Some(1_450_000));
        assert_eq!(parse_vnd("1 450 000 đ"), Some(1_450_000));
        assert_eq!(parse_vnd("1450000"), Some(1_450_000));
        assert_eq!(parse_vnd(""), None);
        assert_eq!(parse_vnd("mười triệu"), None);
        assert_eq!(parse_vnd("-5"), None);
    }
}
