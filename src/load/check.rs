//! One checker for the rules every data file shares: non-empty texts, known source ids,
//! unique ids; each problem located at the field inside its record.

use super::toml::field_offset;
use super::{AssetFile, Bounds, Part, Problem, Problems, Said};
use crate::say;
use std::collections::BTreeMap;
use std::ops::Range;

/// The longest id: ids go into links and onto the command line.
pub const MAX_ID_CHARS: usize = 64;

/// Whether `id` is written in the ids' alphabet: ASCII letters, digits, `_` and `-`, starting
/// with a letter or a digit, at most [`MAX_ID_CHARS`] long. What it is not, in words.
pub fn id_alphabet(id: &str) -> Result<(), Said> {
    let ok_char = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    let starts_ok = id.chars().next().is_some_and(|c| c.is_ascii_alphanumeric());
    if starts_ok && id.len() <= MAX_ID_CHARS && id.chars().all(ok_char) {
        return Ok(());
    }
    Err(say!(
        "problem-id-alphabet",
        "expected an id of ASCII letters, digits, _ and - (starting with a letter or a digit, at most {max} long), found {found}",
        max = MAX_ID_CHARS,
        found = format!("{id:?}")
    ))
}

/// The words for an id a list names twice (`sources = ["a", "a"]`): a slip, said, not an error.
pub fn listed_twice(id: &str) -> Said {
    say!(
        "problem-listed-twice",
        "\"{id}\" is listed twice; once is enough",
        id = id
    )
}

/// An id's folded form: two ids equal once folded differ only by case or `-` for `_`, which
/// a reader (and a link typed by hand) cannot tell apart.
fn folded(id: &str) -> String {
    id.to_ascii_lowercase().replace('-', "_")
}

/// The ids met so far in one list: an id used twice, or two that differ only by case or by
/// `-` for `_`, is a problem. For ids (`Seen::ids`) the alphabet is checked too; keys made of
/// several fields (`Seen::keys`) only need to be unique.
#[derive(Debug, Default)]
pub struct Seen {
    /// Folded form → the id as first written.
    ids: BTreeMap<String, String>,
    alphabet: bool,
}

impl Seen {
    /// For record ids: unique, unique once folded, in the alphabet.
    pub fn ids() -> Self {
        Self {
            ids: BTreeMap::new(),
            alphabet: true,
        }
    }

    /// For keys made of several fields: unique only.
    pub fn keys() -> Self {
        Self::default()
    }

    /// Whether `id` was met, as written.
    pub fn contains(&self, id: &str) -> bool {
        self.ids.get(&folded(id)).is_some_and(|first| first == id)
    }

    /// Note `id`; the problem with it, if any.
    pub fn insert(&mut self, id: &str) -> Result<(), Said> {
        if self.alphabet {
            id_alphabet(id)?;
        }
        let key = if self.alphabet {
            folded(id)
        } else {
            id.to_owned()
        };
        match self.ids.get(&key) {
            None => {
                self.ids.insert(key, id.to_owned());
                Ok(())
            }
            Some(first) if first == id => Err(say!(
                "problem-id-twice",
                "expected a unique id; \"{id}\" is used more than once",
                id = id
            )),
            Some(first) => Err(say!(
                "problem-id-near",
                "expected ids a reader can tell apart; \"{id}\" differs from \"{first}\" only by case or - for _",
                id = id,
                first = first
            )),
        }
    }
}

/// A record being checked: its place in the file and its name in problems.
#[derive(Debug, Clone)]
pub struct Rec {
    /// Bytes of the record in the file.
    pub range: Range<usize>,
    /// E.g. `event "sochi_1992"`.
    pub name: String,
}

/// What a checker needs of a bibliography: whether it declares a source id. (The
/// bibliography, `crate::sources`, is itself read with a checker, so the loaders do not
/// depend on it.)
pub trait SourceIds {
    /// Whether `id` has a `[sources.ID]` record (read or not).
    fn is_declared(&self, id: &str) -> bool;
}

/// Checks the records of one file, collecting problems.
pub struct Checker<'a> {
    /// The file.
    pub file: &'a AssetFile,
    /// The bibliography that source ids must name.
    pub sources: &'a dyn SourceIds,
    /// Where problems go.
    pub problems: &'a mut Problems,
}

impl Checker<'_> {
    /// A problem at `field` of `rec`.
    pub fn problem(&self, rec: &Rec, field: &str, message: Said) -> Problem {
        let at = field_offset(&self.file.text, &rec.range, field);
        Problem::at(&self.file.name, self.file.line_column(at), message)
            .record(rec.name.clone())
            .field(field)
    }

    /// Record an error at `field` of `rec`.
    pub fn fail(&mut self, rec: &Rec, field: &str, message: Said) {
        let p = self.problem(rec, field, message);
        self.problems.push(p);
    }

    /// `value` must not be blank. Returns whether it is fine.
    pub fn text(&mut self, rec: &Rec, field: &str, value: &str) -> bool {
        let ok = !value.trim().is_empty();
        if !ok {
            self.fail(
                rec,
                field,
                say!("problem-empty-text", "expected a non-empty text"),
            );
        }
        ok
    }

    /// `ids` must be at least one, each naming a source. Returns whether they are fine.
    pub fn sources(&mut self, rec: &Rec, field: &str, ids: &[impl AsRef<str>]) -> bool {
        if ids.is_empty() {
            self.fail(
                rec,
                field,
                say!("problem-no-source", "expected at least one source id"),
            );
            return false;
        }
        let mut ok = true;
        let mut listed = std::collections::BTreeSet::new();
        for id in ids.iter().map(AsRef::as_ref) {
            if !listed.insert(id) {
                let p = self.problem(rec, field, listed_twice(id));
                self.problems.push(p.warning());
                continue;
            }
            if !self.sources.is_declared(id) {
                self.fail(
                    rec,
                    field,
                    say!(
                        "problem-unknown-source",
                        "unknown source id \"{id}\" (not in data/sources.toml)",
                        id = id
                    ),
                );
                ok = false;
            }
        }
        ok
    }

    /// Check each record of `parts`: name it `kind "id"`, check that its id is non-empty and
    /// not in `seen`, then hand it to `f` with that verdict (`ok`), for the record's own rules.
    pub fn each<T>(
        &mut self,
        parts: Vec<Part<T>>,
        kind: &str,
        id: impl Fn(&T) -> String,
        seen: &mut Seen,
        mut f: impl FnMut(&mut Self, &Rec, T, bool),
    ) {
        for Part { value, range, .. } in parts {
            let id = id(&value);
            let rec = Rec {
                range,
                name: format!("{kind} \"{id}\""),
            };
            let ok = self.unique(&rec, seen, &id);
            f(self, &rec, value, ok);
        }
    }

    /// [`Checker::each`] with the loader's usual frame written once: a fresh set of seen ids,
    /// and a list of what `f` returns for the records that pass (`None` leaves one out).
    pub fn collect<R, T>(
        &mut self,
        parts: Vec<Part<R>>,
        kind: &str,
        id: impl Fn(&R) -> String,
        mut f: impl FnMut(&mut Self, &Rec, R, bool) -> Option<T>,
    ) -> Vec<T> {
        let mut seen = Seen::ids();
        let mut out = Vec::with_capacity(parts.len());
        self.each(parts, kind, id, &mut seen, |check, rec, r, ok| {
            out.extend(f(check, rec, r, ok));
        });
        out
    }

    /// A position of `rec` (at `field`) must lie inside `bounds`. Returns whether it does.
    pub fn position(
        &mut self,
        rec: &Rec,
        field: &str,
        (lon, lat): (f64, f64),
        bounds: Bounds,
    ) -> bool {
        let ok = bounds.contains(lon, lat);
        if !ok {
            self.fail(rec, field, bounds.outside(lon, lat));
        }
        ok
    }

    /// `id` must be non-empty, not seen before in this list (nor one a reader cannot tell from it)
    /// and, for ids, in the ids' alphabet. Returns whether it is fine.
    pub fn unique(&mut self, rec: &Rec, seen: &mut Seen, id: &str) -> bool {
        if id.trim().is_empty() {
            self.fail(
                rec,
                "id",
                say!("problem-empty-id", "expected a non-empty id"),
            );
            return false;
        }
        match seen.insert(id) {
            Ok(()) => true,
            Err(said) => {
                self.fail(rec, "id", said);
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_in_the_alphabet_and_told_apart() {
        for bad in [
            "a😀",
            "a\u{202e}b",
            "a\u{200b}b",
            "a\tb",
            "a\nb",
            "a\0b",
            "a b",
            "_a",
            "-a",
            "é",
            "ａ",
            "a.b",
            "a/b",
            "a\"b",
        ] {
            let said = Seen::ids().insert(bad).unwrap_err();
            assert_eq!(said.id, "problem-id-alphabet", "{bad:?}");
        }
        assert_eq!(
            Seen::ids()
                .insert(&"a".repeat(MAX_ID_CHARS + 1))
                .unwrap_err()
                .id,
            "problem-id-alphabet"
        );
        let mut seen = Seen::ids();
        for good in [
            "sochi_1992",
            "1tv_gid51_2020",
            "de-facto",
            "IDN",
            &"a".repeat(MAX_ID_CHARS),
        ] {
            assert_eq!(seen.insert(good), Ok(()), "{good:?}");
        }
        assert_eq!(
            seen.insert("sochi_1992").unwrap_err().id,
            "problem-id-twice"
        );
        let near = seen.insert("Sochi_1992").unwrap_err();
        assert_eq!(near.id, "problem-id-near");
        assert_eq!(
            near.en,
            "expected ids a reader can tell apart; \"Sochi_1992\" differs from \"sochi_1992\" only by case or - for _"
        );
        assert_eq!(seen.insert("de_facto").unwrap_err().id, "problem-id-near");
        assert!(seen.contains("de-facto") && !seen.contains("de_facto"));
        // Keys made of several fields need only be unique.
        let mut keys = Seen::keys();
        assert_eq!(keys.insert("place:a georgia"), Ok(()));
        assert_eq!(keys.insert("place:A georgia"), Ok(()));
        assert_eq!(
            keys.insert("place:a georgia").unwrap_err().id,
            "problem-id-twice"
        );
    }
}
