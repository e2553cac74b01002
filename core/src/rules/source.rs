//! Reading structured text (TOML) with errors that name the file, line, column and field.
//!
//! Architecture invariant: works on text it is handed; never touches the file system. Problems
//! are data (`Problem`), turned into words by the Fluent messages of the shell that shows them.

use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::de::{DeArray, DeTable};

/// What is wrong with a file, as data. The shells word it through Fluent (`error-*` messages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not valid TOML; `detail` is the parser's own (English) description, `found` the text
    /// where it stopped (a duplicate key's name, an unquoted word…).
    Syntax {
        detail: String,
        found: String,
    },
    /// A key that the format does not have (a typo must never be ignored).
    UnknownKey {
        key: String,
        allowed: Vec<String>,
    },
    /// A value outside an enumeration.
    UnknownValue {
        value: String,
        allowed: Vec<String>,
    },
    MissingField {
        field: String,
    },
    /// A value of the wrong kind (text where a number belongs, a negative amount, …).
    WrongType {
        detail: String,
    },
    /// A value of one kind where another belongs (a number where a word is wanted, a date where
    /// a year is wanted), both named in plain words.
    WrongKind {
        found: Kind,
        expected: Kind,
    },
    /// A negative number where only whole numbers ≥ 0 belong.
    Negative {
        value: String,
    },
    OutOfRange {
        value: String,
        min: String,
        max: String,
    },
    NotPositive {
        value: String,
    },
    NoMembers,
    Empty,
    MonthlyXorAnnual,
    UnsupportedFormat {
        found: String,
    },
    /// A standard id that is not known.
    UnknownStandard {
        id: String,
        known: Vec<String>,
    },
    /// Two things in one file or folder that must differ share a name.
    Duplicate {
        what: String,
        other: String,
    },
    /// A scenario id outside the safe set (see `scenario::is_safe_id`).
    UnsafeId {
        value: String,
    },
    /// A dwelling material whose durability in the standard's material table differs from the
    /// durability the file states for that structure.
    MaterialDisagrees {
        material: crate::rules::values::Material,
        structure: crate::rules::values::Structure,
        stated: crate::rules::values::Durability,
    },
    /// A material the standard's table does not list for that structure (a "leaf" frame).
    MaterialNotForStructure {
        material: crate::rules::values::Material,
        structure: crate::rules::values::Structure,
    },
    /// A scenario id that the library does not have.
    UnknownScenario {
        id: String,
    },
    /// An escape request (Mẫu số 04) from a household on neither list.
    EscapeNotOnList,
    /// An amending text that no rule of the procedure cites (its date would change nothing).
    NotCited {
        text: String,
    },
    /// Anything else the deserializer reported, in its words.
    Other {
        detail: String,
    },
}

/// The kinds of value a file can hold, as a reviewer would name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Whole,
    Decimal,
    YesNo,
    Date,
    Table,
    List,
}

impl Kind {
    /// The Fluent id naming this kind.
    pub fn message_id(self) -> &'static str {
        match self {
            Kind::Text => "kind-text",
            Kind::Whole => "kind-whole",
            Kind::Decimal => "kind-decimal",
            Kind::YesNo => "kind-yes-no",
            Kind::Date => "kind-date",
            Kind::Table => "kind-table",
            Kind::List => "kind-list",
        }
    }

    /// The kind in serde's words for what it found ("integer `1`", "map") or expected ("i32",
    /// "a string", "struct Member").
    fn from_serde(words: &str) -> Option<Kind> {
        let w = words.trim().trim_start_matches("a ").trim_start_matches("an ");
        let head = w.split([' ', '`']).next().unwrap_or("");
        Some(match head {
            "string" | "str" | "char" | "borrowed" => Kind::Text,
            "integer" | "i8" | "i16" | "i32" | "i64" | "i128" | "u8" | "u16" | "u32" | "u64" | "u128"
            | "usize" | "isize" => Kind::Whole,
            "floating" | "float" | "f32" | "f64" => Kind::Decimal,
            "boolean" | "bool" => Kind::YesNo,
            "map" | "struct" | "table" => Kind::Table,
            "sequence" | "array" | "tuple" | "seq" => Kind::List,
            _ => return None,
        })
    }
}

/// A value's kind from serde's "invalid type: X, expected Y". TOML dates reach serde as a map:
/// the text at `span` tells them apart.
fn wrong_kind(message: &str, text: &str, span: Option<&Range<usize>>) -> Option<Problem> {
    let rest = message.strip_prefix("invalid type: ")?;
    let (found, expected) = rest.split_once(", expected ")?;
    let mut found = Kind::from_serde(found)?;
    let expected = Kind::from_serde(expected)?;
    let raw = span.and_then(|s| text.get(s.clone())).unwrap_or("").trim_start();
    if found == Kind::Table && raw.starts_with(|c: char| c.is_ascii_digit()) {
        found = Kind::Date;
    }
    Some(Problem::WrongKind { found, expected })
}

/// A problem located in a file: `file:line:column`, and the field path from the file's root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// Field path like `household.members[2].schooling`; empty for the file as a whole.
    pub path: String,
    pub problem: Box<Problem>,
}

impl std::fmt::Display for FormatError {
    /// A plain, untranslated rendering for logs and test failures; people see the Fluent one.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {:?}",
            self.file, self.line, self.column, self.path, self.problem
        )
    }
}

impl std::error::Error for FormatError {}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Deserializes TOML text into `T`, turning every failure into a located `FormatError`.
pub fn deserialize<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, FormatError> {
    let (error, span) = match deserialize_once::<T>(file, text) {
        Ok(value) => return Ok(value),
        Err(failure) => failure,
    };
    // A choice (an enumeration) given as a number or a table: the parser only says it "wanted
    // string or table". Read the file again with that value written as text, and the parser names
    // the allowed values.
    if let (Problem::Other { detail }, Some(span)) = (&*error.problem, span)
        && detail == "wanted string or table"
        && let Some(raw) = text.get(span.clone())
    {
        let quoted = toml::Value::String(raw.trim().to_owned()).to_string();
        let patched = format!("{}{quoted}{}", &text[..span.start], &text[span.end..]);
        if let Err((again, _)) = deserialize_once::<T>(file, &patched)
            && again.path == error.path
            && let Problem::UnknownValue { allowed, .. } = *again.problem
        {
            return Err(FormatError {
                problem: Box::new(Problem::UnknownValue {
                    value: raw.trim().to_owned(),
                    allowed,
                }),
                ..error
            });
        }
    }
    Err(error)
}

/// `deserialize`, from the text already parsed as TOML (`parsed`, from `DeTable::parse(text)`):
/// read once. Only when that fails is the text read again by `deserialize`, for the message.
pub fn deserialize_parsed<T: DeserializeOwned>(
    file: &str,
    text: &str,
    parsed: toml::Spanned<toml::de::DeTable<'_>>,
) -> Result<T, FormatError> {
    match T::deserialize(toml::de::Deserializer::from(parsed)) {
        Ok(value) => Ok(value),
        Err(_) => deserialize(file, text),
    }
}

/// One reading of the text; a failure comes with the span of the value it is about.
fn deserialize_once<T: DeserializeOwned>(
    file: &str,
    text: &str,
) -> Result<T, (FormatError, Option<Range<usize>>)> {
    let de = toml::de::Deserializer::parse(text).map_err(|e| (syntax_error(file, text, &e), e.span()))?;
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = path_string(e.path());
        let inner = e.into_inner();
        let problem = problem_from_message(inner.message());
        let (path, span) = match &problem {
            // The path ends at the table holding the missing field or the unknown key.
            Problem::MissingField { field } => {
                let full = join(&path, field);
                let span = locate(text, &path).or(inner.span());
                (full, span)
            }
            Problem::UnknownKey { key, .. } => {
                let ends_with_key = path == *key || path.ends_with(&format!(".{key}"));
                let span = inner.span().or_else(|| locate(text, &path));
                let full = if ends_with_key { path } else { join(&path, key) };
                (full, span)
            }
            _ => {
                let span = inner.span().or_else(|| locate(text, &path));
                (path, span)
            }
        };
        let problem = match problem {
            Problem::WrongType { detail } => {
                wrong_kind(&detail, text, span.as_ref()).unwrap_or(Problem::WrongType { detail })
            }
            other => other,
        };
        (at(file, text, span.clone(), path, problem), span)
    })
}

/// Returns the first of `problems` located in `text`, or `Ok` when there are none.
pub fn first_problem(file: &str, text: &str, problems: Vec<(String, Problem)>) -> Result<(), FormatError> {
    match problems.into_iter().next() {
        None => Ok(()),
        Some((path, problem)) => Err(locate_problem(file, text, path, problem)),
    }
}

/// Places a problem found after parsing (by its field path) at its line and column in `text`.
pub fn locate_problem(file: &str, text: &str, path: String, problem: Problem) -> FormatError {
    let span = locate(text, &path);
    at(file, text, span, path, problem)
}

fn at(file: &str, text: &str, span: Option<Range<usize>>, path: String, problem: Problem) -> FormatError {
    let (line, column) = span.map_or((1, 1), |s| line_column(text, s.start));
    FormatError {
        file: file.to_owned(),
        line,
        column,
        path,
        problem: Box::new(problem),
    }
}

fn syntax_error(file: &str, text: &str, e: &toml::de::Error) -> FormatError {
    let found = e
        .span()
        .and_then(|s| text.get(s))
        .map(|s| s.trim().chars().take(40).collect::<String>())
        .unwrap_or_default();
    at(
        file,
        text,
        e.span(),
        String::new(),
        Problem::Syntax {
            detail: e.message().to_owned(),
            found,
        },
    )
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() || parent == "." {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

fn path_string(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for seg in path.iter() {
        match seg {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Unknown => {}
        }
    }
    out
}

/// Text between the first pair of backticks after `prefix`, and the rest of the message.
fn backticked<'m>(message: &'m str, prefix: &str) -> Option<(String, &'m str)> {
    let rest = message.strip_prefix(prefix)?;
    let rest = rest.strip_prefix('`')?;
    let end = rest.find('`')?;
    Some((rest[..end].to_owned(), &rest[end + 1..]))
}

/// Every backticked word in `text`, in order (serde's list of expected names).
fn backticked_list(text: &str) -> Vec<String> {
    text.split('`').skip(1).step_by(2).map(str::to_owned).collect()
}

/// Serde's standard messages, recognised so they can be worded in the user's language.
fn problem_from_message(message: &str) -> Problem {
    if let Some((key, rest)) = backticked(message, "unknown field ") {
        return Problem::UnknownKey {
            key,
            allowed: backticked_list(rest),
        };
    }
    if let Some((value, rest)) = backticked(message, "unknown variant ") {
        return Problem::UnknownValue {
            value,
            allowed: backticked_list(rest),
        };
    }
    if let Some((field, _)) = backticked(message, "missing field ") {
        return Problem::MissingField { field };
    }
    if let Some((value, _)) = backticked(message, "invalid value: integer ")
        && value.starts_with('-')
    {
        return Problem::Negative { value };
    }
    if message.starts_with("invalid type") || message.starts_with("invalid value") {
        return Problem::WrongType {
            detail: message.to_owned(),
        };
    }
    Problem::Other {
        detail: message.to_owned(),
    }
}

enum Seg<'p> {
    Key(&'p str),
    Index(usize),
}

fn segments(path: &str) -> Vec<Seg<'_>> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, mut rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            out.push(Seg::Key(key));
        }
        while let Some((index, tail)) = rest.split_once(']') {
            if let Ok(i) = index.parse() {
                out.push(Seg::Index(i));
            }
            rest = tail.strip_prefix('[').unwrap_or(tail);
        }
    }
    out
}

/// The span of the deepest value along `path` that exists in `text`.
pub fn locate(text: &str, path: &str) -> Option<Range<usize>> {
    let root = DeTable::parse(text).ok()?;
    let mut best: Option<Range<usize>> = None;
    let mut table: Option<&DeTable<'_>> = Some(root.get_ref());
    let mut array: Option<&DeArray<'_>> = None;
    for seg in segments(path) {
        let next = match (seg, table, array) {
            (Seg::Key(k), Some(t), _) => t.get(k),
            (Seg::Index(i), _, Some(a)) => a.get(i),
            _ => None,
        };
        let Some(value) = next else { break };
        best = Some(value.span());
        table = value.get_ref().as_table();
        array = value.get_ref().as_array();
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_characters_not_bytes() {
        let text = "a = 1\nname = \"Lò Văn\" x";
        let offset = text.find('x').expect("x is there");
        assert_eq!(line_column(text, offset), (2, 17));
    }

    #[test]
    fn locate_walks_tables_and_arrays() {
        let text = "[h]\nx = 1\n[[h.m]]\na = 1\n[[h.m]]\na = 2\n";
        let span = locate(text, "h.m[1].a").expect("found");
        assert_eq!(line_column(text, span.start), (6, 5));
    }

    #[test]
    fn recognises_serde_messages() {
        assert_eq!(
            problem_from_message("unknown variant `x`, expected one of `a`, `b`"),
            Problem::UnknownValue {
                value: "x".into(),
                allowed: vec!["a".into(), "b".into()]
            }
        );
        assert_eq!(
            problem_from_message("missing field `age`"),
            Problem::MissingField { field: "age".into() }
        );
    }
}
