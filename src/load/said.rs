//! A problem's words: a catalogue message with its arguments and its English text (`Said`,
//! made by `say!`), and the frequent English messages of the readers (TOML's, a date's) turned
//! into catalogue messages (`said_of`).

use std::fmt;

/// A problem's words: a message of the catalogues (`problem-…`), its arguments, and its English
/// text, which `--check` prints and the English catalogue holds word for word (a test holds
/// the two together). Made by [`say!`](crate::say).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    /// The message's id in the catalogues.
    pub id: &'static str,
    /// The named arguments, as text (ids, names, found values; none needs a plural form).
    pub args: Vec<(&'static str, String)>,
    /// The English text.
    pub en: String,
}

impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en)
    }
}

/// `say!("problem-id", "English text with {name}", name = value, …)`: a problem's words as a
/// [`Said`]. Every placeholder of the English text is a named argument, so that the catalogues
/// can place it in their own word order.
#[macro_export]
macro_rules! say {
    ($id:literal, $en:literal $(,)?) => {
        $crate::load::Said {
            id: $id,
            args: Vec::new(),
            en: ($en).to_owned(),
        }
    };
    ($id:literal, $en:literal $(, $key:ident = $value:expr)+ $(,)?) => {{
        // Every value first, then the names: a value may use a name an argument shadows.
        let ($($key,)+): ($($crate::say!(@string $key),)+) = ($(($value).to_string(),)+);
        let en = format!($en $(, $key = &$key)+);
        $crate::load::Said {
            id: $id,
            args: vec![$((stringify!($key), $key)),+],
            en,
        }
    }};
    (@string $key:ident) => { String };
}

/// The words of a reader's English message (TOML's, a date's): the frequent ones (a missing
/// or unknown field, a date that is not one) as the catalogues' messages, any other as its
/// English text.
pub fn said_of(message: &str) -> Said {
    let quoted = |s: &str| s.strip_prefix('`')?.split('`').next().map(str::to_owned);
    if let Some(field) = message.strip_prefix("missing field ").and_then(quoted) {
        return say!(
            "problem-missing-field",
            "missing field `{field}`",
            field = field
        );
    }
    if let Some(rest) = message.strip_prefix("unknown field ")
        && let Some((field, expected)) = rest.split_once(", expected ")
        && let Some(field) = quoted(field)
    {
        let expected = expected.strip_prefix("one of ").unwrap_or(expected);
        return say!(
            "problem-unknown-field",
            "unknown field `{field}`, expected one of: {expected}",
            field = field,
            expected = expected
        );
    }
    if let Some(found) = message.strip_prefix("expected a date as YYYY-MM-DD, found ") {
        let (found, fuzzy) = match found.split_once(" (also allowed") {
            Some((found, _)) => (found, true),
            None => (found, false),
        };
        return if fuzzy {
            say!(
                "problem-not-a-fuzzy-date",
                "expected a date as YYYY-MM-DD, found {found} (also allowed: YYYY-MM or YYYY when only the month or year is known)",
                found = found
            )
        } else {
            say!(
                "problem-not-a-date",
                "expected a date as YYYY-MM-DD, found {found}",
                found = found
            )
        };
    }
    if let Some(day) = message
        .split(" is not a day of the calendar")
        .next()
        .filter(|d| d.len() < message.len())
    {
        return say!(
            "problem-no-such-day",
            "{day} is not a day of the calendar",
            day = day
        );
    }
    say!("problem-toml", "{detail}", detail = message)
}
