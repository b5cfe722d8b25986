//! Guided stories: an ordered list of slides, each a date (or a span, or two dates compared),
//! a view, a point of view, a selection and a short sourced text. Stories are data
//! (`stories/*.toml`), checked like every other file; the app walks them slide by slide.

mod draft;
mod load;
#[cfg(test)]
mod tests;

pub use draft::{SlideDraft, story_header};
pub use load::load_stories;

use crate::chronicle::{Category, Concern};
use crate::date::Date;
use crate::ids::{EventId, PlaceId, RegionId, SourceId, StoryId};
use crate::view::ViewBox;
use crate::words::{Lang, Pov};

/// How long autoplay stays on a slide that does not say.
pub const DEFAULT_SECONDS: f64 = 8.0;

/// A text in English, with Georgian and Russian forms where written.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Texts {
    /// English (always given).
    pub en: String,
    /// Georgian, if written.
    pub ka: Option<String>,
    /// Russian, if written.
    pub ru: Option<String>,
}

impl Texts {
    /// The text in `lang`, and whether it is the English one standing in for it.
    pub fn get(&self, lang: Lang) -> (&str, bool) {
        let own = match lang {
            Lang::En => None,
            Lang::Ka => self.ka.as_deref(),
            Lang::Ru => self.ru.as_deref(),
        };
        match own {
            Some(t) => (t, false),
            None => (&self.en, lang != Lang::En),
        }
    }
}

/// What a slide brings into view.
#[derive(Debug, Clone, PartialEq)]
pub enum SlideView {
    /// A region, fitted.
    Region(RegionId),
    /// A place, at a town's scale around it.
    Place(PlaceId),
    /// A geographic box.
    Box(ViewBox),
}

/// What a slide selects (its details open).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SlideSelect {
    /// An event.
    Event(EventId),
    /// A region.
    Region(RegionId),
    /// A town, village or site.
    Place(crate::ids::PlaceId),
}

/// A slide's filter of the events: the *Events* tab opens with it, and without `events` the
/// map dims what it leaves out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlideFilter {
    /// Only these categories (empty: all).
    pub categories: Vec<Category>,
    /// Only events concerning this region.
    pub region: Option<Concern>,
}

/// One slide.
#[derive(Debug, Clone, PartialEq)]
pub struct Slide {
    /// Its title.
    pub title: Texts,
    /// What it says (English; other languages where written).
    pub text: Texts,
    /// The sources of what it says.
    pub sources: Vec<SourceId>,
    /// The day the slide is about, or the first of its span.
    pub date: Date,
    /// The end of the span the slide is about, if it is about a span (the map shows it).
    pub until: Option<Date>,
    /// A second date compared with [`Slide::date`].
    pub compare: Option<Date>,
    /// What comes into view; `None`: all of Georgia.
    pub view: Option<SlideView>,
    /// Whose names and terms; `None`: the reader's choice stays.
    pub pov: Option<Pov>,
    /// What is selected; `None`: nothing.
    pub select: Option<SlideSelect>,
    /// The events the slide is about: the map dims the others. Empty: none dimmed.
    pub events: Vec<EventId>,
    /// The event list's filter for the slide (e.g. only the lines' events), if any.
    pub filter: Option<SlideFilter>,
    /// Speaker notes (not shown to the audience).
    pub notes: Option<String>,
    /// How long autoplay stays on it.
    pub seconds: f64,
}

impl Slide {
    /// The day the map shows: the end of the span, if the slide is about one (every event of
    /// the span is then on the map), else its date.
    pub fn shown_day(&self) -> Date {
        self.until.unwrap_or(self.date)
    }
}

/// A story: a title, who wrote it, what it shows, and its slides in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    /// Its id (the file name without `.toml`).
    pub id: StoryId,
    /// The file it was read from (`stories/<id>.toml`).
    pub file: String,
    /// Its title.
    pub title: Texts,
    /// Who wrote it.
    pub author: String,
    /// What it shows, in a sentence.
    pub about: String,
    /// Its slides, at least one.
    pub slides: Vec<Slide>,
}

/// Every story of a data set, in the order of their ids.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stories {
    list: Vec<Story>,
}

impl Stories {
    /// The stories, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, Story> {
        self.list.iter()
    }

    /// The story with this id.
    pub fn get(&self, id: &str) -> Option<&Story> {
        self.list.iter().find(|s| s.id == id)
    }

    /// How many.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}
