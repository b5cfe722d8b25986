//! A list of the data and typed positions in it: [`Table<T>`] and [`Ix<T>`].
//!
//! A snapshot, a diff or a marker refers to the events, acts or periods it was made from by
//! position (cheap to copy and compare, rebuilt with the data). The position is an [`Ix<T>`],
//! not a `usize`: an act's position cannot be used as an event's, only a table makes one, and
//! [`Table::get`] is the only way back to the item (an `Option`, never a panic). The arena
//! crates of the field (`la-arena`, `id-arena`) index with a panicking `Index` and let any
//! number become an index; this module is the few lines that do neither.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;

/// The position of one `T` in the [`Table<T>`] that made it.
pub struct Ix<T> {
    raw: usize,
    of: PhantomData<fn() -> T>,
}

impl<T> Ix<T> {
    const fn new(raw: usize) -> Self {
        Self {
            raw,
            of: PhantomData,
        }
    }
}

// Written out rather than derived: a derive would ask `T` to be `Copy`, `Eq`… as well.
impl<T> Clone for Ix<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Ix<T> {}
impl<T> PartialEq for Ix<T> {
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw
    }
}
impl<T> Eq for Ix<T> {}
impl<T> PartialOrd for Ix<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl<T> Ord for Ix<T> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.raw.cmp(&other.raw)
    }
}
impl<T> Hash for Ix<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.raw.hash(state);
    }
}
impl<T> fmt::Debug for Ix<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.raw)
    }
}

/// A list of `T` that hands out [`Ix<T>`] positions. Built once from a loader's `Vec`.
#[derive(Clone, PartialEq)]
pub struct Table<T> {
    items: Vec<T>,
}

impl<T> Table<T> {
    /// The item at `ix`; `None` if `ix` came from a longer table.
    pub fn get(&self, ix: Ix<T>) -> Option<&T> {
        self.items.get(ix.raw)
    }

    /// The items in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }

    /// The items in order, each with its position.
    pub fn indexed(
        &self,
    ) -> impl DoubleEndedIterator<Item = (Ix<T>, &T)> + ExactSizeIterator + Clone {
        self.items
            .iter()
            .enumerate()
            .map(|(i, item)| (Ix::new(i), item))
    }

    /// Every position, in order.
    pub fn ixs(&self) -> impl DoubleEndedIterator<Item = Ix<T>> + ExactSizeIterator + Clone {
        (0..self.items.len()).map(Ix::new)
    }

    /// The first item for which `f` holds, with its position.
    pub fn find(&self, mut f: impl FnMut(&T) -> bool) -> Option<(Ix<T>, &T)> {
        self.indexed().find(|(_, item)| f(item))
    }

    /// The position of the first item for which `f` holds.
    pub fn position(&self, f: impl FnMut(&T) -> bool) -> Option<Ix<T>> {
        self.find(f).map(|(ix, _)| ix)
    }

    /// The position of the last item for which `f` holds.
    pub fn rposition(&self, mut f: impl FnMut(&T) -> bool) -> Option<Ix<T>> {
        self.indexed()
            .rev()
            .find(|(_, item)| f(item))
            .map(|(ix, _)| ix)
    }

    /// How many items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The first item.
    pub fn first(&self) -> Option<&T> {
        self.items.first()
    }

    /// The last item.
    pub fn last(&self) -> Option<&T> {
        self.items.last()
    }

    /// The items as a slice, for code that reads them all (a slice index is a plain
    /// number: take positions from [`Table::indexed`] instead).
    pub fn as_slice(&self) -> &[T] {
        &self.items
    }
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Self { items: Vec::new() }
    }
}

impl<T> From<Vec<T>> for Table<T> {
    fn from(items: Vec<T>) -> Self {
        Self { items }
    }
}

impl<T> FromIterator<T> for Table<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Self {
            items: iter.into_iter().collect(),
        }
    }
}

impl<'t, T> IntoIterator for &'t Table<T> {
    type Item = &'t T;
    type IntoIter = std::slice::Iter<'t, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

/// Unit tests read `table[ix]`: a panic there is a failed test. The program itself has only
/// [`Table::get`].
#[cfg(test)]
impl<T> std::ops::Index<Ix<T>> for Table<T> {
    type Output = T;
    fn index(&self, ix: Ix<T>) -> &T {
        &self.items[ix.raw]
    }
}

impl<T: fmt::Debug> fmt::Debug for Table<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.items.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_come_back_to_their_items_and_a_foreign_one_to_none() {
        let long: Table<&str> = vec!["a", "b", "c"].into();
        let short: Table<&str> = vec!["x"].into();
        let c = long.position(|s| *s == "c");
        assert_eq!(c.and_then(|c| long.get(c)), Some(&"c"));
        assert_eq!(c.and_then(|c| short.get(c)), None);
        assert_eq!(
            long.rposition(|s| *s < "c").and_then(|b| long.get(b)),
            Some(&"b")
        );
        let order: Vec<_> = long.indexed().map(|(ix, s)| (ix, *s)).collect();
        assert!(order.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(long.ixs().count(), 3);
        assert_eq!(long.find(|s| *s == "z"), None);
    }
}
