//! What the app remembers between runs (eframe's storage): the date, the view, the selection
//! by id, the tab, the filters, the timeline's span, the label language, the theme and the
//! legend. Stored as one JSON text with a version: a text that does not parse, or comes from
//! another version, is dropped whole; ids that no longer exist are dropped one by one.

use super::notice::{Dropped, Forgotten};
use super::session::{LeftTab, Selection, Session};
use crate::chronicle::{Category, Concern};
use crate::cli::ThemeChoice;
use crate::date::Date;
use crate::ids::RegionId;
use crate::time_control::TimeCommand;
use crate::view::ViewBox;
use crate::words::Lang;
use serde::{Deserialize, Serialize};

/// The key in eframe's storage.
pub const STORAGE_KEY: &str = "caucasus_atlas_state";
/// Bumped whenever the meaning of a field changes; another version's state is not read.
pub const VERSION: u32 = 1;

/// A selection as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "lowercase")]
pub enum StoredSelection {
    /// A region id.
    Region(String),
    /// An event id.
    Event(String),
    /// A place id.
    Place(String),
    /// A recognising state's id.
    State(String),
    /// A source id.
    Source(String),
}

/// Everything remembered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Remembered {
    /// [`VERSION`] when written.
    pub version: u32,
    /// The chosen day, `YYYY-MM-DD`.
    pub date: String,
    /// The first and last day the timeline showed; `None` when it showed the whole period
    /// (which grows by a day each day).
    pub span: Option<[String; 2]>,
    /// The selection, by id.
    pub selection: Option<StoredSelection>,
    /// The geographic box the map showed.
    pub view: Option<ViewBox>,
    /// `recognitions` or `events`.
    pub events_tab: bool,
    /// The *Line* tab was open (older files lack it).
    #[serde(default)]
    pub line_tab: bool,
    /// The event list's search text.
    pub search: String,
    /// The event list's categories.
    pub categories: Vec<Category>,
    /// The event list's region filter.
    pub region_filter: Option<Concern>,
    /// Whether earlier events are drawn.
    pub show_past: bool,
    /// Label language.
    pub lang: Lang,
    /// Interface language (absent in states saved before the interface spoke three).
    #[serde(default)]
    pub ui_lang: Option<Lang>,
    /// Whether the labels were set apart from the interface language.
    #[serde(default)]
    pub labels_apart: bool,
    /// Theme.
    pub theme: ThemeChoice,
    /// Whether the map legend is open.
    pub legend_open: bool,
    /// Whose names and terms (absent in states saved before points of view existed).
    #[serde(default)]
    pub pov: crate::words::Pov,
    /// Date B when comparing, `YYYY-MM-DD`.
    #[serde(default)]
    pub compare: Option<String>,
    /// Whether a story's slides change at once, without motion.
    #[serde(default)]
    pub reduce_motion: bool,
}

impl Remembered {
    /// Read a stored text. `Err` says why it was dropped (not JSON of this shape, or another
    /// version).
    pub fn from_json(text: &str) -> Result<Self, Forgotten> {
        #[derive(Deserialize)]
        struct Versioned {
            version: u32,
        }
        let v: Versioned =
            serde_json::from_str(text).map_err(|e| Forgotten::Unreadable(e.to_string()))?;
        if v.version != VERSION {
            return Err(Forgotten::OtherVersion {
                stored: v.version,
                this: VERSION,
            });
        }
        serde_json::from_str(text).map_err(|e| Forgotten::Unreadable(e.to_string()))
    }

    /// The text to store.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self)
    }
}

impl Session {
    /// What to remember of this session (`theme` is the context's, not the session's).
    pub(super) fn remember(&self, theme: ThemeChoice) -> Remembered {
        Remembered {
            version: VERSION,
            date: self.time.date.to_string(),
            span: (self.time.view_start != self.time.min || self.time.view_end != self.time.max)
                .then(|| {
                    [
                        self.time.view_start.to_string(),
                        self.time.view_end.to_string(),
                    ]
                }),
            selection: self.selection.as_ref().map(|s| match s {
                Selection::Region(id) => StoredSelection::Region(id.to_string()),
                Selection::Event(id) => StoredSelection::Event(id.to_string()),
                Selection::Place(id) => StoredSelection::Place(id.to_string()),
                Selection::State(id) => StoredSelection::State(id.to_string()),
                Selection::Source(id) => StoredSelection::Source(id.to_string()),
            }),
            view: if self.map.state.at_home {
                None
            } else {
                self.map.state.view_box()
            },
            events_tab: self.left.tab == LeftTab::Events,
            line_tab: self.left.tab == LeftTab::Line,
            search: self.left.list.search.clone(),
            categories: self.left.list.categories.clone(),
            region_filter: self.left.list.region,
            show_past: self.map.markers.show_past,
            lang: self.lang,
            ui_lang: Some(self.ui_lang),
            labels_apart: self.labels_apart,
            theme,
            legend_open: self.map.legend_open,
            pov: self.pov,
            compare: self.compare.as_ref().map(|c| c.date.to_string()),
            reduce_motion: self.reduce_motion,
        }
    }

    /// Take back a remembered state. What no longer fits the data (an id that is gone, a day
    /// outside the timeline) is left out; the returned lines say what was.
    pub(super) fn restore(&mut self, r: &Remembered) -> Vec<Dropped> {
        let mut dropped = Vec::new();
        let (min, max) = (self.time.min, self.time.max);
        let day = |t: &str| Date::parse(t).ok().filter(|d| *d >= min && *d <= max);
        if let Some([a, b]) = &r.span {
            match (day(a), day(b)) {
                (Some(x), Some(y)) if x < y => self.apply_time(TimeCommand::ShowSpan(x, y)),
                _ => dropped.push(Dropped::Span(a.clone(), b.clone())),
            }
        }
        match day(&r.date) {
            Some(d) => self.apply_time(TimeCommand::SetDate(d)),
            None => dropped.push(Dropped::Date(r.date.clone())),
        }
        let stored = r.selection.as_ref().map(|s| match s {
            StoredSelection::Region(id) => Selection::Region(RegionId::new(id.as_str())),
            StoredSelection::Event(id) => Selection::Event(crate::ids::EventId::new(id.as_str())),
            StoredSelection::Place(id) => Selection::Place(crate::ids::PlaceId::new(id.as_str())),
            StoredSelection::State(id) => Selection::State(crate::ids::StateId::new(id.as_str())),
            StoredSelection::Source(id) => {
                Selection::Source(crate::ids::SourceId::new(id.as_str()))
            }
        });
        self.selection = match stored {
            Some(s) if s.exists_in(&self.data) => Some(s),
            Some(s) => {
                dropped.push(Dropped::Selection(s.id().to_owned()));
                None
            }
            None => None,
        };
        self.map.state.pending_box = r.view;
        self.pov = r.pov;
        match r.compare.as_deref().map(|t| (t, day(t))) {
            Some((_, Some(b))) => self.set_compare(Some(b)),
            Some((t, None)) => dropped.push(Dropped::CompareDate(t.to_owned())),
            None => {}
        }
        self.left.tab = if r.events_tab {
            LeftTab::Events
        } else if r.line_tab {
            LeftTab::Line
        } else {
            LeftTab::Recognitions
        };
        self.left.list.search.clone_from(&r.search);
        self.left.list.categories.clone_from(&r.categories);
        self.left.list.region = r.region_filter;
        self.map.markers.show_past = r.show_past;
        self.lang = r.lang;
        if let Some(l) = r.ui_lang {
            self.ui_lang = l;
        }
        self.labels_apart = r.labels_apart || r.ui_lang.is_none() && r.lang != self.ui_lang;
        self.reduce_motion = r.reduce_motion;
        self.map.legend_open = r.legend_open;
        dropped
    }
}

/// The egui theme preference of `--theme`.
pub fn theme_preference(t: ThemeChoice) -> egui::ThemePreference {
    match t {
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark => egui::ThemePreference::Dark,
        ThemeChoice::System => egui::ThemePreference::System,
    }
}

/// `--theme`'s spelling of the context's theme preference.
pub fn theme_choice(ctx: &egui::Context) -> ThemeChoice {
    match ctx.options(|o| o.theme_preference) {
        egui::ThemePreference::Light => ThemeChoice::Light,
        egui::ThemePreference::Dark => ThemeChoice::Dark,
        egui::ThemePreference::System => ThemeChoice::System,
    }
}
