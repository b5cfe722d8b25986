//! The session: the data in use and everything the user chose (date, view, selection by id,
//! tab, filters). Panels push [`Intent`]s; [`Session::apply_intents`] applies them once a
//! frame, then the snapshot is recomputed if the date changed.

use crate::Dataset;
use crate::chronicle::{Snapshot, TIMELINE_START};
use crate::date::Date;
use crate::time_control::{TimeCommand, TimeControl};
use crate::ui::event_list::EventListState;
use crate::ui::map::MapState;
use crate::ui::overlays::{Marker, MarkerOptions};
use crate::ui::timeline::DateInput;
use egui::{Key, Modifiers, Rect};

/// What the details panel shows, by id so that a reload cannot make it point elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// A region of the atlas.
    Region(String),
    /// An event of the chronicle.
    Event(String),
}

/// Which list the left panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LeftTab {
    /// Recognitions on the date, with the world inset.
    #[default]
    Recognitions,
    /// The event list.
    Events,
}

/// What the user asked for this frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Intent {
    /// Move the date, play, zoom the timeline…
    Time(TimeCommand),
    /// Select an event: the date moves to it and the map brings it into view.
    SelectEvent(String),
    /// Select a region, or clear the selection (`None`).
    Select(Option<Selection>),
}

/// The data in use and the user's choices.
pub struct Session {
    pub(super) data: Dataset,
    pub(super) map: MapState,
    pub(super) time: TimeControl,
    pub(super) snapshot: Snapshot,
    pub(super) selection: Option<Selection>,
    pub(super) date_input: DateInput,
    pub(super) left_tab: LeftTab,
    pub(super) list: EventListState,
    pub(super) markers: MarkerOptions,
    /// Markers drawn in the last frame, for hit-testing clicks and hovers.
    pub(super) drawn_markers: Vec<Marker>,
    pub(super) timeline_axis: Option<Rect>,
    pub(super) intents: Vec<Intent>,
}

impl Session {
    /// A new session on `data`, with the date at `today`.
    pub fn new(data: Dataset, today: Date) -> Self {
        let time = TimeControl::new(TIMELINE_START, today.max(TIMELINE_START));
        let snapshot = data.chronicle.at(time.date);
        Self {
            data,
            map: MapState::default(),
            time,
            snapshot,
            selection: None,
            date_input: DateInput::default(),
            left_tab: LeftTab::default(),
            list: EventListState::default(),
            markers: MarkerOptions { show_past: true },
            drawn_markers: Vec::new(),
            timeline_axis: None,
            intents: Vec::new(),
        }
    }

    /// Swap in newly loaded data, keeping the date, the view, the tab, the filters and the
    /// selection (by id, if it still exists; otherwise it is cleared).
    pub fn replace_data(&mut self, data: Dataset) {
        self.data = data;
        let exists = match &self.selection {
            Some(Selection::Region(id)) => self.data.atlas.region(id).is_some(),
            Some(Selection::Event(id)) => self.data.chronicle.event_index(id).is_some(),
            None => true,
        };
        if !exists {
            self.selection = None;
        }
        // Last frame's markers index the old events.
        self.drawn_markers.clear();
        self.snapshot = self.data.chronicle.at(self.time.date);
    }

    /// The selected event's index in the current data.
    pub(super) fn selected_event(&self) -> Option<usize> {
        match &self.selection {
            Some(Selection::Event(id)) => self.data.chronicle.event_index(id),
            _ => None,
        }
    }

    /// The selected region's index in the current data.
    pub(super) fn selected_region(&self) -> Option<usize> {
        match &self.selection {
            Some(Selection::Region(id)) => self.data.atlas.regions.iter().position(|r| &r.id == id),
            _ => None,
        }
    }

    /// The id of event `index`, for an intent.
    pub(super) fn event_id(&self, index: usize) -> Option<String> {
        self.data.chronicle.events.get(index).map(|e| e.id.clone())
    }

    /// Ask for `intent`, applied at the end of the frame.
    pub(super) fn push(&mut self, intent: Intent) {
        self.intents.push(intent);
    }

    /// Apply this frame's intents, in order, then recompute what depends on the date.
    /// Returns whether anything changed (the caller asks for one more frame to show it).
    pub fn apply_intents(&mut self) -> bool {
        let intents = std::mem::take(&mut self.intents);
        let changed = !intents.is_empty();
        for intent in intents {
            match intent {
                Intent::Time(c) => self.time.apply(c, &self.data.chronicle),
                Intent::Select(s) => self.selection = s,
                Intent::SelectEvent(id) => {
                    let Some(e) = self
                        .data
                        .chronicle
                        .event_index(&id)
                        .and_then(|i| self.data.chronicle.events.get(i))
                    else {
                        continue;
                    };
                    let (first, point) = (e.first_day(), e.points.first().map(|p| p.lonlat));
                    self.selection = Some(Selection::Event(id));
                    self.time
                        .apply(TimeCommand::SetDate(first), &self.data.chronicle);
                    if let Some(p) = point {
                        self.map.focus_on(p, 1.6);
                    }
                }
            }
        }
        if self.snapshot.date != self.time.date {
            self.snapshot = self.data.chronicle.at(self.time.date);
        }
        changed
    }

    /// Keyboard shortcuts of the session. They work whatever widget has focus, except while
    /// text is being typed (then the keys belong to the text field).
    pub(super) fn keyboard(&mut self, ctx: &egui::Context) {
        if ctx.text_edit_focused() {
            return;
        }
        // Consumed here, before any widget sees them: Space must not also press a focused
        // button, and arrows must not also move a focused slider.
        let table: [(Modifiers, Key, TimeCommand); 7] = [
            (Modifiers::SHIFT, Key::ArrowRight, TimeCommand::NextEvent),
            (Modifiers::SHIFT, Key::ArrowLeft, TimeCommand::PreviousEvent),
            (Modifiers::NONE, Key::ArrowRight, TimeCommand::StepDays(1)),
            (Modifiers::NONE, Key::ArrowLeft, TimeCommand::StepDays(-1)),
            (Modifiers::NONE, Key::Space, TimeCommand::TogglePlay),
            (Modifiers::NONE, Key::Home, TimeCommand::GoToStart),
            (Modifiers::NONE, Key::End, TimeCommand::GoToEnd),
        ];
        let mut intents = Vec::new();
        ctx.input_mut(|i| {
            for (modifiers, key, command) in table {
                // Every press counts, even several within one frame.
                while i.consume_key(modifiers, key) {
                    intents.push(Intent::Time(command));
                }
            }
            if i.consume_key(Modifiers::NONE, Key::Escape) {
                intents.push(Intent::Select(None));
            }
        });
        self.intents.extend(intents);
    }
}
