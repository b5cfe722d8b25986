//! The contract between the session and its panels: a panel reads a read-only [`FrameCtx`]
//! (the data, the date, what holds on it, the selection, the naming) and returns the
//! [`Intent`]s the user expressed; only the session applies them, once a frame. So no panel
//! can change what another reads mid-frame, and no frame shows a date with another day's data.

use crate::Dataset;
use crate::atlas::RegionIx;
use crate::chronicle::{Diff, EventIx, Snapshot};
use crate::date::Date;
use crate::ids::{EventId, PlaceId, RegionId, SourceId, StateId};
use crate::time_control::{TimeCommand, TimeControl};
use crate::views::Naming;
use crate::words::{Lang, Pov};

/// What the details panel shows, by id so that a reload cannot make it point elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// A region of the atlas.
    Region(RegionId),
    /// An event of the chronicle.
    Event(EventId),
    /// A town, village or site of the atlas.
    Place(PlaceId),
    /// A state that recognised (or was recognised by) Abkhazia or South Ossetia.
    State(StateId),
    /// A source of the bibliography.
    Source(SourceId),
}

impl Selection {
    /// The selected thing's id, as `--select` and a link take it.
    pub fn id(&self) -> &str {
        match self {
            Selection::Region(id) => id.as_str(),
            Selection::Event(id) => id.as_str(),
            Selection::Place(id) => id.as_str(),
            Selection::State(id) => id.as_str(),
            Selection::Source(id) => id.as_str(),
        }
    }

    /// What `id` names in `data`: an event, a region, a place, a recognising state or a
    /// source, the first of these that has it; or `None`.
    pub fn of_id(data: &Dataset, id: &str) -> Option<Selection> {
        [
            Selection::Event(EventId::new(id)),
            Selection::Region(RegionId::new(id)),
            Selection::Place(PlaceId::new(id)),
            Selection::State(StateId::new(id)),
            Selection::Source(SourceId::new(id)),
        ]
        .into_iter()
        .find(|s| s.exists_in(data))
    }

    /// Whether what it names is still in `data`.
    pub fn exists_in(&self, data: &Dataset) -> bool {
        match self {
            Selection::Region(id) => data.atlas.region(id).is_some(),
            Selection::Event(id) => data.chronicle.event_index(id).is_some(),
            Selection::Place(id) => data.atlas.place(id).is_some(),
            Selection::State(id) => data.chronicle.state_index(id).is_some(),
            Selection::Source(id) => data.sources.get(id).is_some(),
        }
    }
}

/// What the user asked for this frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Intent {
    /// Move the date, play, zoom the timeline…
    Time(TimeCommand),
    /// Select an event: the date moves to it and the map brings it into view.
    SelectEvent(EventId),
    /// Select a region, or clear the selection (`None`).
    Select(Option<Selection>),
    /// Compare with this date B, move B, or stop comparing (`None`).
    Compare(Option<Date>),
    /// Use this point of view's names and terms.
    Pov(Pov),
    /// Label the map in this language.
    Lang(Lang),
    /// Show the interface in this language (the map labels follow unless set apart).
    UiLang(Lang),
    /// Go through the story being told.
    Story(crate::ui::story_bar::StoryIntent),
    /// Write this part of the data in this format (a folder is asked for).
    Export(crate::export::Format, crate::export::Scope),
}

/// What every panel reads this frame, and may not change.
#[derive(Clone, Copy)]
pub struct FrameCtx<'a> {
    /// The data in use.
    pub data: &'a Dataset,
    /// The chosen date.
    pub date: Date,
    /// The date's control: playback, the timeline's span.
    pub time: &'a TimeControl,
    /// Date B, when comparing.
    pub compare_date: Option<Date>,
    /// What holds on it.
    pub snapshot: &'a Snapshot,
    /// What changed between the date and date B, when comparing.
    pub diff: Option<&'a Diff>,
    /// What is selected.
    pub selection: Option<&'a Selection>,
    /// The one way ids become words: the point of view, the label language and the
    /// interface's words.
    pub naming: Naming<'a>,
    /// The events a story's slide is about, sorted: the map dims the others. Empty: none
    /// dimmed.
    pub focus: &'a [EventIx],
}

impl FrameCtx<'_> {
    /// The selected event's position in the data, if an event is selected.
    pub fn selected_event(&self) -> Option<EventIx> {
        match self.selection {
            Some(Selection::Event(id)) => self.data.chronicle.event_index(id),
            _ => None,
        }
    }

    /// The selected region's position in the data, if a region is selected.
    pub fn selected_region(&self) -> Option<RegionIx> {
        match self.selection {
            Some(Selection::Region(id)) => self.data.atlas.regions.position(|r| &r.id == id),
            _ => None,
        }
    }

    /// The selected place, if a place is selected.
    pub fn selected_place(&self) -> Option<&crate::atlas::Place> {
        match self.selection {
            Some(Selection::Place(id)) => self.data.atlas.place(id),
            _ => None,
        }
    }

    /// The intent of picking event `index` of the data (by its id).
    pub fn select_event(&self, index: EventIx) -> Option<Intent> {
        self.data
            .chronicle
            .events
            .get(index)
            .map(|e| Intent::SelectEvent(e.id.clone()))
    }
}
