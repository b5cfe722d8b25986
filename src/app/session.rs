//! The session: the data in use and everything the user chose (date, view, selection by id,
//! tab, filters). Panels push [`Intent`]s; [`Session::apply_intents`] applies them once a
//! frame, then the snapshot is recomputed if the date changed.

use super::shortcuts::Action;
use crate::Dataset;
use crate::chronicle::{Snapshot, TIMELINE_START};
use crate::date::Date;
use crate::ids::EventId;
use crate::time_control::{TimeCommand, TimeControl};
use crate::ui::map_panel::MapPanel;
use crate::ui::timeline::TimelinePanel;
use crate::words::{Lang, Pov};

pub use crate::ui::frame::{Intent, Selection};
use crate::ui::left_panel::LeftPanel;
pub use crate::ui::left_panel::LeftTab;

/// The data in use and the user's choices.
pub struct Session {
    pub(super) data: Dataset,
    /// The map panel (the view, the legend, the markers drawn last frame).
    pub(super) map: MapPanel,
    /// Whose names and terms are shown.
    pub(super) pov: Pov,
    /// The label language.
    pub(super) lang: Lang,
    /// The interface language.
    pub(super) ui_lang: Lang,
    /// Whether the user chose a label language apart from the interface's (else the labels
    /// follow it).
    pub(super) labels_apart: bool,
    pub(super) time: TimeControl,
    pub(super) snapshot: Snapshot,
    pub(super) selection: Option<Selection>,
    /// The timeline panel (the typed date, where its axis was drawn).
    pub(super) timeline: TimelinePanel,
    /// The left panel (its tab, the event list's filters, the world inset's cache).
    pub(super) left: LeftPanel,
    pub(super) intents: Vec<Intent>,
    /// Whether this frame is captured into an image: the map carries the stamp.
    pub(super) stamping: bool,
    /// When playback last advanced (egui's input time, seconds).
    pub(super) last_tick: Option<f64>,
    /// Date B, when comparing two dates.
    pub(super) compare: Option<super::compare::Compare>,
    /// Whether the window listing the sources of the point of view's terms is open.
    pub(super) show_view_sources: bool,
    /// A `--select` id the data in use does not know yet (a data folder still loading).
    pub(super) pending_select: Option<String>,
    /// The story being told, if any.
    pub(super) story: Option<super::story::StoryState>,
    /// A `--story` (and slide, from 0) the data in use does not know yet.
    pub(super) pending_story: Option<(String, usize)>,
    /// Whether a slide changes at once instead of moving the map and the date.
    pub(super) reduce_motion: bool,
    /// This frame's time (egui's input time, seconds), for what moves by the clock.
    pub(super) now: f64,
    /// The top bar's search field, its results and its index.
    pub(super) search: super::search::SearchBox,
    /// Where the pointer was last over the map (the status line shows it).
    pub(super) pointer_at: Option<crate::projection::LonLat>,
    /// An export a panel asked for, until the app asks for its folder.
    pub(super) export_asked: Option<(crate::export::Format, crate::export::Scope)>,
}

impl Session {
    /// A new session on `data`, with the date at `today`.
    pub fn new(data: Dataset, today: Date) -> Self {
        let time = TimeControl::new(TIMELINE_START, today.max(TIMELINE_START));
        let snapshot = data.chronicle.at(time.date);
        Self {
            data,
            map: MapPanel::default(),
            pov: Pov::default(),
            lang: Lang::default(),
            ui_lang: Lang::default(),
            labels_apart: false,
            time,
            snapshot,
            selection: None,
            timeline: TimelinePanel::default(),
            left: LeftPanel::default(),
            intents: Vec::new(),
            stamping: false,
            last_tick: None,
            compare: None,
            show_view_sources: false,
            pending_select: None,
            story: None,
            pending_story: None,
            reduce_motion: false,
            now: 0.0,
            search: super::search::SearchBox::default(),
            pointer_at: None,
            export_asked: None,
        }
    }

    /// Swap in newly loaded data, keeping the date, the view, the tab, the filters and the
    /// selection (by id, if it still exists; otherwise it is cleared).
    pub fn replace_data(&mut self, data: Dataset) {
        self.data = data;
        self.search.data_changed();
        if !self
            .selection
            .as_ref()
            .is_none_or(|s| s.exists_in(&self.data))
        {
            self.selection = None;
        }
        // `--select` named an id the data in use at start did not have (a folder still
        // loading): it is resolved against the new data, an event with its date.
        if let Some(id) = self.pending_select.take() {
            match Selection::of_id(&self.data, &id) {
                Some(Selection::Event(id)) => self.push(Intent::SelectEvent(id)),
                other => self.selection = other,
            }
        }
        // A story the new data lacks ends; its slides' events are found anew.
        if let Some(state) = &self.story {
            let (id, slide) = (state.id.to_string(), state.slide);
            let now = self.now;
            if self.data.stories.get(&id).is_some() {
                self.story = None;
                self.open_story(&id, slide, now, true);
            } else {
                self.story = None;
            }
        }
        if let Some((id, slide)) = self.pending_story.take() {
            self.open_story(&id, slide, self.now, true);
        }
        // Last frame's markers index the old events; the inset shows the old countries.
        self.map.forget_data();
        self.left.forget_drawn();
        self.snapshot = self.data.chronicle.at(self.time.date);
        self.refresh_compare(true);
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
                Intent::Compare(d) => self.set_compare(d),
                Intent::Story(s) => self.story_intent(s, self.now),
                Intent::Export(format, scope) => self.export_asked = Some((format, scope)),
                Intent::Pov(p) => self.pov = p,
                Intent::Lang(l) => {
                    self.lang = l;
                    self.labels_apart = l != self.ui_lang;
                }
                Intent::UiLang(l) => {
                    self.ui_lang = l;
                    if !self.labels_apart {
                        self.lang = l;
                    }
                }
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
                        self.map.state.focus_on(p, 1.6);
                    }
                }
            }
        }
        self.sync_to_date();
        changed
    }

    /// Derive what holds from the date, if it moved: the snapshot (and the comparison). Run
    /// before anything is drawn from them, so that no frame shows a date with another day's
    /// lists.
    pub(super) fn sync_to_date(&mut self) {
        if self.snapshot.date != self.time.date {
            self.snapshot = self.data.chronicle.at(self.time.date);
        }
        self.refresh_compare(false);
    }

    /// Take the command line's state: date, selection, view box, label language. An event
    /// selected without `--date` sets the date to its first day; without `--view` the map
    /// brings it into view.
    pub(super) fn start_with(&mut self, o: &crate::cli::Options) {
        if let Some(lang) = o.ui_lang {
            self.ui_lang = lang;
            if !self.labels_apart {
                self.lang = lang;
            }
        }
        if let Some(lang) = o.lang {
            self.lang = lang;
            self.labels_apart = lang != self.ui_lang;
        }
        if let Some(p) = o.pov {
            self.pov = p;
        }
        if let Some(b) = o.view {
            self.map.state.pending_box = Some(b);
        }
        if let Some(id) = &o.select {
            let is_event = self.data.chronicle.event_index(id).is_some();
            if is_event && o.view.is_none() {
                self.push(Intent::SelectEvent(EventId::new(id.as_str())));
            } else if is_event {
                self.selection = Some(Selection::Event(EventId::new(id.as_str())));
                if let Some(e) = self
                    .data
                    .chronicle
                    .event_index(id)
                    .and_then(|i| self.data.chronicle.events.get(i))
                {
                    let first = e.first_day();
                    self.apply_time(TimeCommand::SetDate(first));
                }
            } else if let Some(found) = Selection::of_id(&self.data, id) {
                self.selection = Some(found);
            } else {
                // An id of a data folder still loading: resolved when it arrives.
                self.pending_select = Some(id.clone());
            }
        }
        if let Some(d) = o.date {
            self.apply_time(TimeCommand::SetDate(d));
            // After a selected event's own date, which the intent would set.
            self.push(Intent::Time(TimeCommand::SetDate(d)));
        }
        if let Some(b) = o.compare {
            self.set_compare(Some(b));
        }
    }

    /// Open `--story` at `--slide`, before the other flags (which then change what it shows).
    pub(super) fn start_story(&mut self, o: &crate::cli::Options) {
        if let Some(id) = &o.story {
            let slide = o.slide.map_or(0, |n| n.saturating_sub(1) as usize);
            if !self.open_story(id, slide, 0.0, true) {
                // A story of a data folder still loading: opened when it arrives.
                self.pending_story = Some((id.clone(), slide));
            }
        }
    }

    /// Apply a time command now (start-up and restore, outside the frame's intents).
    pub(super) fn apply_time(&mut self, c: TimeCommand) {
        self.time.apply(c, &self.data.chronicle);
        if self.snapshot.date != self.time.date {
            self.snapshot = self.data.chronicle.at(self.time.date);
        }
        self.refresh_compare(false);
    }

    /// Do what a shortcut of the session's asks (the app handles the others).
    pub(super) fn act(&mut self, action: Action) {
        match action {
            Action::Time(c) => self.push(Intent::Time(c)),
            Action::ClearSelection => self.push(Intent::Select(None)),
            Action::Zoom(f) => self.map.state.zoom_by(f),
            Action::ResetView => self.map.state.reset(),
            Action::Story(key) => self.story_key(key, self.now),
            Action::Search => self.search.focus = true,
            _ => {}
        }
    }
}

#[cfg(test)]
impl Session {
    /// What a start does with a remembered state (the fuzzer's way in).
    pub(crate) fn restore_for_test(&mut self, r: &super::Remembered) {
        let _dropped = self.restore(r);
    }

    /// The session's data.
    pub(crate) fn data_for_test(&self) -> &Dataset {
        &self.data
    }

    /// What a start does with the command line's flags (the fuzzer's way in).
    pub(crate) fn start_for_test(&mut self, o: &crate::cli::Options) {
        self.start_story(o);
        self.start_with(o);
    }
}
