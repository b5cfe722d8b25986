//! One search over everything the atlas names: regions, places, recognising states, events
//! and sources, by every name the data gives them (English, Georgian, Russian, the local
//! language, and each party's term), in any script and spelling.
//!
//! The index is built once with the data; a query is folded like the names ([`fold::fold`])
//! and every name is tried in tiers (the titles of events and sources, by far the most, in one
//! scan of one text: `titles`): the whole name, its beginning, the beginning of one of its
//! words, (for names, not titles) a near spelling (`strsim`: one letter in four wrong,
//! `tshinvali`), every word of the query at the beginning of a word, then (names again) a
//! fuzzy match (`nucleo-matcher`: letters left out, `tsknvali`).

pub mod fold;
mod titles;

use crate::Dataset;
use crate::chronicle::{EventIx, StateIx};
use crate::ids::{PlaceId, RegionId, SourceId};
use crate::views::Subject;
use fold::{fold, split_names};
use nucleo_matcher::{Config, Matcher, Utf32Str};

/// What a result is, in the order the groups are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A region of the atlas.
    Region,
    /// A town, village or site.
    Place,
    /// A river of the water layer.
    River,
    /// A recognising state (or entity).
    State,
    /// An event.
    Event,
    /// A source.
    Source,
}

/// What a result leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A region, by id.
    Region(RegionId),
    /// A place, by id.
    Place(PlaceId),
    /// A named river, by its English name (its stretches share it).
    River(String),
    /// A recognising state.
    State(StateIx),
    /// An event.
    Event(EventIx),
    /// A source, by id.
    Source(SourceId),
}

impl Target {
    /// Its group.
    pub fn kind(&self) -> Kind {
        match self {
            Self::Region(_) => Kind::Region,
            Self::Place(_) => Kind::Place,
            Self::River(_) => Kind::River,
            Self::State(_) => Kind::State,
            Self::Event(_) => Kind::Event,
            Self::Source(_) => Kind::Source,
        }
    }
}

/// One name of an entry: as written, and folded.
struct Name {
    text: String,
    folded: String,
}

/// Something findable and all its names.
struct Entry {
    target: Target,
    names: Vec<Name>,
    /// Short names (not titles) are matched fuzzily as well.
    fuzzy: bool,
    /// Ranks entries of one tier: a capital before a village, a region before an event.
    weight: u32,
}

/// A result: what it leads to, the name that matched as written, and how well.
#[derive(Debug, Clone, Copy)]
pub struct Hit<'a> {
    /// What it leads to.
    pub target: &'a Target,
    /// The name that matched, as the data writes it.
    pub matched: &'a str,
    /// Higher is better.
    pub score: u32,
}

impl Hit<'_> {
    /// Whether the query is one of the entry's names, whole (in any script and spelling
    /// that folds the same).
    pub fn whole_name(&self) -> bool {
        self.score / TIER >= 7
    }
}

/// Every name of the data set, folded once (see the module's documentation).
pub struct Index {
    entries: Vec<Entry>,
    /// The names of the entries not matched fuzzily (the titles), searched in one pass.
    titles: titles::Titles,
    matcher: Matcher,
    /// A query's matches (entry, tier, name), kept between queries to spare the allocation.
    found: Vec<titles::Found>,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Index({} entries)", self.entries.len())
    }
}

/// The score of a tier: tiers never mix, whatever the weight and the fuzzy score.
const TIER: u32 = 1 << 20;

impl Index {
    /// The index of `data`: built once at load (and on reload).
    pub fn build(data: &Dataset) -> Self {
        let mut entries = Vec::new();
        let terms = |subject: Subject| {
            data.views
                .terms
                .iter()
                .filter(move |t| t.subject == subject)
                .flat_map(|t| t.text.iter().flatten().cloned())
        };
        for r in data.atlas.regions.iter() {
            let n = &r.names;
            let own = [Some(&n.name_en), n.name_ka.as_ref(), n.name_ru.as_ref()];
            let own = own.into_iter().chain([n.name_local.as_ref()]).flatten();
            let texts = own.cloned().chain(terms(Subject::Region(r.id.clone())));
            entries.push(entry(Target::Region(r.id.clone()), texts, true, 900));
        }
        for p in &data.atlas.places {
            let n = &p.names;
            let own = [&n.name_en, &n.name_ka, &n.name_ru].into_iter().cloned();
            let own = own.chain(n.name_local.clone());
            let texts = own.chain(terms(Subject::Place(p.id.clone())));
            // Capitals first, then towns, then villages.
            let weight = 800 - 50 * u32::from(p.rank.min(8));
            entries.push(entry(Target::Place(p.id.clone()), texts, true, weight));
        }
        // A river once, by all its names, however many stretches share them.
        let mut rivers: Vec<&crate::atlas::WaterNames> = Vec::new();
        for n in data
            .atlas
            .water
            .rivers
            .iter()
            .filter_map(|r| r.names.as_ref())
        {
            if !rivers.iter().any(|r| r.en == n.en) {
                rivers.push(n);
            }
        }
        for n in rivers {
            let texts = [n.en.clone(), n.ka.clone(), n.ru.clone()];
            entries.push(entry(Target::River(n.en.clone()), texts, true, 600));
        }
        for (ix, s) in data.chronicle.states.indexed() {
            let texts = [Some(&s.name), s.name_ka.as_ref(), s.name_ru.as_ref()];
            let texts = texts.into_iter().flatten().cloned();
            entries.push(entry(Target::State(ix), texts, true, 500));
        }
        for (ix, e) in data.chronicle.events.indexed() {
            let texts = [Some(&e.title), e.titles.ka.as_ref(), e.titles.ru.as_ref()];
            let texts = texts.into_iter().flatten().cloned();
            let texts = texts.chain(terms(Subject::Event(e.id.clone())));
            entries.push(entry(Target::Event(ix), texts, false, 300));
        }
        for (id, s) in data.sources.iter() {
            let texts = [s.title.clone(), s.publisher.clone()];
            entries.push(entry(Target::Source(id.clone()), texts, false, 100));
        }
        Self {
            titles: titles::Titles::build(&entries),
            entries,
            matcher: Matcher::new(Config::DEFAULT),
            found: Vec::new(),
        }
    }

    /// The best `limit` results for `query`, best first (none for a query that folds to
    /// nothing). Each entry is found once, by its best name.
    pub fn search(&mut self, query: &str, limit: usize) -> Vec<Hit<'_>> {
        let q = fold(query);
        if q.is_empty() || limit == 0 {
            return Vec::new();
        }
        // The titles in one pass; the names (regions, places, rivers, states: a few hundred)
        // one by one, each word found where a word of the name begins: " word", with a finder
        // made once per query (memchr's SIMD search).
        let split: Vec<&str> = q.split(' ').collect();
        self.found.clear();
        self.titles.find(&q, &split, &mut self.found);
        let words: Vec<Word> = split.iter().map(|w| Word::new(w)).collect();
        let whole = Word::new(&q);
        for (e, entry) in (0u32..).zip(&self.entries).filter(|(_, e)| e.fuzzy) {
            for (n, name) in (0u32..).zip(&entry.names) {
                if let Some(t) = tier(&mut self.matcher, (&whole, &words), name) {
                    self.found.push((e, t, n));
                }
            }
        }
        // Each entry once, by its best name; of equal ones the first (the English name, then
        // Georgian, Russian, local, the parties' terms: what the list shows).
        self.found
            .sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        self.found.dedup_by_key(|f| f.0);
        let mut hits: Vec<Hit<'_>> = Vec::with_capacity(self.found.len());
        for &(e, tier, n) in &self.found {
            let Some(entry) = self.entries.get(e as usize) else {
                continue;
            };
            let Some(name) = entry.names.get(n as usize) else {
                continue;
            };
            // Within a tier, the name the query covers most comes first (Gali before
            // Galashki, the town Tskhinvali before "Tskhinvali Region"), then the weight.
            let coverage = (2000 * q.len() / name.folded.len().max(q.len())) as u32;
            hits.push(Hit {
                target: &entry.target,
                matched: &name.text,
                score: tier + coverage + entry.weight,
            });
        }
        let order = |a: &Hit<'_>, b: &Hit<'_>| {
            b.score
                .cmp(&a.score)
                .then(a.matched.len().cmp(&b.matched.len()))
        };
        // A short query matches thousands of titles: only the best `limit` are sorted.
        if hits.len() > limit {
            hits.select_nth_unstable_by(limit, order);
            hits.truncate(limit);
        }
        hits.sort_by(order);
        hits
    }

    /// How many entries the index holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// An entry with its names: each field split into the names it holds, folded, repeats left out.
fn entry(
    target: Target,
    texts: impl IntoIterator<Item = String>,
    fuzzy: bool,
    weight: u32,
) -> Entry {
    let mut names: Vec<Name> = Vec::new();
    for text in texts {
        let mut add = |text: &str| {
            let folded = fold(text);
            if !folded.is_empty() && !names.iter().any(|n| n.folded == folded) {
                names.push(Name {
                    text: text.to_owned(),
                    folded,
                });
            }
        };
        for name in split_names(&text) {
            add(name);
        }
        if split_names(&text).nth(1).is_some() {
            add(&text);
        }
    }
    Entry {
        target,
        names,
        fuzzy,
        weight,
    }
}

/// A word of a query (or the whole query), and a finder for it after a space.
struct Word<'q> {
    text: &'q str,
    after_space: memchr::memmem::Finder<'static>,
}

impl<'q> Word<'q> {
    fn new(text: &'q str) -> Self {
        let after_space = memchr::memmem::Finder::new(format!(" {text}").as_bytes()).into_owned();
        Self { text, after_space }
    }

    /// Whether a word of `name` (folded) begins with it.
    fn begins_a_word_of(&self, name: &str) -> bool {
        name.starts_with(self.text) || self.after_space.find(name.as_bytes()).is_some()
    }
}

/// How well a name (not a title: see `titles`) matches the folded query (whole and by word):
/// its tier's score, or `None`.
fn tier(
    matcher: &mut Matcher,
    (whole, words): (&Word<'_>, &[Word<'_>]),
    name: &Name,
) -> Option<u32> {
    let f = name.folded.as_str();
    let q = whole.text;
    if f == q {
        return Some(7 * TIER);
    }
    if f.starts_with(q) {
        return Some(6 * TIER);
    }
    if whole.begins_a_word_of(f) {
        return Some(5 * TIER);
    }
    // A near spelling of the whole name, or of its first words as long as the query, with the
    // first letter right (readers rarely mistype it, and it spares most of the comparisons).
    // Optimal string alignment: a swap of two letters counts one, and no table is built.
    let allowed = q.len() / 4;
    let near =
        |a: &str| a.len().abs_diff(q.len()) <= allowed && strsim::osa_distance(q, a) <= allowed;
    if q.len() >= 4
        && f.as_bytes().first() == q.as_bytes().first()
        && (near(f) || f.get(..q.len()).is_some_and(near))
    {
        return Some(4 * TIER);
    }
    if words.len() > 1 && words.iter().all(|w| w.begins_a_word_of(f)) {
        return Some(3 * TIER);
    }
    let score =
        matcher.fuzzy_match(Utf32Str::Ascii(f.as_bytes()), Utf32Str::Ascii(q.as_bytes()))?;
    // Left-out letters: as many as a quarter of the query's, no more.
    (q.len() >= 3 && u32::from(score) >= 12 * q.len() as u32)
        .then_some(2 * TIER + 4 * u32::from(score))
}

#[cfg(test)]
mod tests;
