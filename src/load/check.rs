//! One checker for the rules every data file shares: non-empty texts, known source ids,
//! unique ids; each problem located at the field inside its record.

use super::toml::field_offset;
use super::{AssetFile, Bounds, Part, Problem, Problems, Said};
use crate::say;
use std::collections::BTreeSet;
use std::ops::Range;

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
        for id in ids.iter().map(AsRef::as_ref) {
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
        seen: &mut BTreeSet<String>,
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
        let mut seen = BTreeSet::new();
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

    /// `id` must be non-empty and not seen before in this list. Returns whether it is fine.
    pub fn unique(&mut self, rec: &Rec, seen: &mut BTreeSet<String>, id: &str) -> bool {
        if id.trim().is_empty() {
            self.fail(
                rec,
                "id",
                say!("problem-empty-id", "expected a non-empty id"),
            );
            return false;
        }
        if !seen.insert(id.to_owned()) {
            self.fail(
                rec,
                "id",
                say!(
                    "problem-id-twice",
                    "expected a unique id; \"{id}\" is used more than once",
                    id = id
                ),
            );
            return false;
        }
        true
    }
}
