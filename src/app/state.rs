//! What the app holds, read-only: the data, the date, the selection, where things were drawn.
//! Tests and tools read the app through these; panels work on the session directly.

use super::{AtlasApp, Compare, Selection};
use crate::Dataset;
use crate::chronicle::Snapshot;
use crate::date::Date;
use crate::projection::LonLat;
use crate::time_control::TimeControl;
use crate::ui::map::MapState;
use egui::{Pos2, Rect};

impl AtlasApp {
    /// The data in use, if any loaded.
    pub fn data(&self) -> Option<&Dataset> {
        self.session.as_deref().map(|s| &s.data)
    }

    /// The chosen date.
    pub fn date(&self) -> Option<Date> {
        self.session.as_deref().map(|s| s.time.date)
    }

    /// The time control (date, playback, visible span).
    pub fn time(&self) -> Option<&TimeControl> {
        self.session.as_deref().map(|s| &s.time)
    }

    /// What holds on the chosen date.
    pub fn snapshot(&self) -> Option<&Snapshot> {
        self.session.as_deref().map(|s| &s.snapshot)
    }

    /// Date B and the diff, when comparing two dates.
    pub fn compare(&self) -> Option<&Compare> {
        self.session.as_deref()?.compare.as_ref()
    }

    /// The story being told and its slide (from 1), if any.
    pub fn story_at(&self) -> Option<(&str, usize)> {
        let state = self.session.as_deref()?.story.as_ref()?;
        Some((state.id.as_str(), state.slide + 1))
    }

    /// The left panel's tab and the event list's categories.
    pub fn event_list(&self) -> Option<(super::LeftTab, &[crate::chronicle::Category])> {
        let s = self.session.as_deref()?;
        Some((s.left.tab, s.left.list.categories.as_slice()))
    }

    /// The current selection.
    pub fn selection(&self) -> Option<&Selection> {
        self.session.as_deref().and_then(|s| s.selection.as_ref())
    }

    /// The id of the selected region.
    pub fn selected_region_id(&self) -> Option<&str> {
        match self.selection()? {
            Selection::Region(id) => Some(id),
            _ => None,
        }
    }

    /// The id of the selected event.
    pub fn selected_event_id(&self) -> Option<&str> {
        match self.selection()? {
            Selection::Event(id) => Some(id.as_str()),
            _ => None,
        }
    }

    /// The id of the selected place.
    pub fn selected_place_id(&self) -> Option<&str> {
        match self.selection()? {
            Selection::Place(id) => Some(id.as_str()),
            _ => None,
        }
    }

    /// Map state (pan, zoom, the labels drawn), once data has loaded.
    pub fn map_state(&self) -> Option<&MapState> {
        self.session.as_deref().map(|s| &s.map.state)
    }

    /// Whose names and terms are shown, once data has loaded.
    pub fn pov(&self) -> Option<crate::words::Pov> {
        self.session.as_deref().map(|s| s.pov)
    }

    /// The interface language (before any data loaded: the one chosen at start).
    pub fn ui_language(&self) -> crate::words::Lang {
        self.session.as_deref().map_or(self.ui_lang, |s| s.ui_lang)
    }

    /// The map's label language, once data has loaded.
    pub fn label_language(&self) -> Option<crate::words::Lang> {
        self.session.as_deref().map(|s| s.lang)
    }

    /// Where a geographic position was drawn in the last frame.
    pub fn screen_pos(&self, p: LonLat) -> Option<Pos2> {
        Some(
            self.session
                .as_deref()?
                .map
                .state
                .projector()?
                .screen_from_lonlat(p),
        )
    }

    /// The timeline axis' rectangle in the last frame.
    pub fn timeline_axis_rect(&self) -> Option<Rect> {
        self.session.as_deref()?.timeline.axis_rect
    }
}
