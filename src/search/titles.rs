//! The titles (events' and sources', thousands of them in a large data set) searched in one
//! pass: every folded name written once into one text, each after a space and before a line
//! break, so that a query's " word" is found by one SIMD scan of the whole text (memchr's
//! `memmem`) instead of one scan per name, and each match is mapped back to its name by a
//! binary search. Titles are matched by whole name, beginning and a word's beginning (and all
//! the query's words), never fuzzily: the same tiers as [`super::tier`] gives them.

use super::{Entry, TIER};
use memchr::memmem::Finder;

/// Every non-fuzzy name in one text.
#[derive(Default)]
pub(super) struct Titles {
    /// `" name\n"` for every name, in the entries' order.
    text: String,
    /// Where each name's leading space is in `text`.
    starts: Vec<usize>,
    /// Each name's entry and its position among the entry's names.
    owners: Vec<(u32, u32)>,
}

/// A match: the entry, its tier's score, the name's position among the entry's names.
pub(super) type Found = (u32, u32, u32);

impl Titles {
    /// The names of the entries that are not matched fuzzily.
    pub(super) fn build(entries: &[Entry]) -> Self {
        let mut t = Titles::default();
        for (e, entry) in (0u32..).zip(entries).filter(|(_, e)| !e.fuzzy) {
            for (n, name) in (0u32..).zip(&entry.names) {
                t.starts.push(t.text.len());
                t.owners.push((e, n));
                t.text.push(' ');
                t.text.push_str(&name.folded);
                t.text.push('\n');
            }
        }
        t
    }

    /// The name whose text holds byte `at`: its index, its start and its end (the line break).
    fn name_at(&self, at: usize) -> Option<(usize, usize, usize)> {
        let k = self.starts.partition_point(|&s| s <= at).checked_sub(1)?;
        let start = *self.starts.get(k)?;
        let end = self
            .starts
            .get(k + 1)
            .map_or(self.text.len(), |&next| next)
            .saturating_sub(1);
        Some((k, start, end))
    }

    /// Push every name the folded query `q` matches into `out` with its tier: the whole name
    /// (7), its beginning (6), a word's beginning (5), or, for a query of several words, each
    /// word at a word's beginning (3).
    pub(super) fn find(&self, q: &str, words: &[&str], out: &mut Vec<Found>) {
        self.each_name_with(q, |at, k, start, end| {
            let tier = if at != start {
                5
            } else if end - start - 1 == q.len() {
                7
            } else {
                6
            };
            if let Some(&(e, n)) = self.owners.get(k) {
                out.push((e, tier * TIER, n));
            }
        });
        let [first, rest @ ..] = words else {
            return;
        };
        if rest.is_empty() {
            return;
        }
        // Several words: the names the first word begins a word of, then the others checked in
        // each of those names alone.
        let rest: Vec<Finder<'static>> = rest
            .iter()
            .map(|w| Finder::new(&format!(" {w}")).into_owned())
            .collect();
        self.each_name_with(first, |_, k, start, end| {
            // The name keeps its leading space: a word at its beginning is found too.
            let all = self
                .text
                .get(start..end)
                .is_some_and(|name| rest.iter().all(|w| w.find(name.as_bytes()).is_some()));
            if all && let Some(&(e, n)) = self.owners.get(k) {
                out.push((e, 3 * TIER, n));
            }
        });
    }

    /// Call `f` for each name a word of which begins with `word`, once a name, at its first
    /// such place: the match's offset, the name's index, its start and its end.
    fn each_name_with(&self, word: &str, mut f: impl FnMut(usize, usize, usize, usize)) {
        let finder = Finder::new(&format!(" {word}")).into_owned();
        let mut last = None;
        for at in finder.find_iter(self.text.as_bytes()) {
            let Some((k, start, end)) = self.name_at(at) else {
                continue;
            };
            // One match a name: the first is the best (its beginning, if it is one).
            if last != Some(k) {
                last = Some(k);
                f(at, k, start, end);
            }
        }
    }
}
