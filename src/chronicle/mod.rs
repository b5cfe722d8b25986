//! Events, recognitions, periods of control and counted series, and what holds on any date.
//! Knows no egui.
//!
//! [`Chronicle::at`] is a pure function of the date: the map, the panels and the inset all
//! read the [`Snapshot`] it returns, so the date is the single source of truth.

mod control;
mod diff;
mod event;
mod recognition;
mod series;
mod snapshot;

use control::load_periods;
pub use control::{ControlArea, ControlPeriod, Side};
pub use diff::Diff;
use event::load_events;
pub use event::{Category, Concern, Event, EventPoint};
use recognition::load_recognitions;
pub use recognition::{Act, Action, DatedBy, Direction, Entity, RecognisingState, StateStatus};
use series::load_series;
pub use series::{Series, SeriesValue, Unpublished};
pub use snapshot::{
    ControlPhase, EventPhase, Recognised, Recognition, Snapshot, Standing, StateStanding,
};

use crate::atlas::{Atlas, MAP_LEVELS_KM, MapShape, Region};
use crate::date::Date;
use crate::load::{AssetSet, Bounds, Feature, Problems, feature_ids, load_features};
use crate::sources::Sources;
use crate::table::{Ix, Table};

/// The position of an event in [`Chronicle::events`].
pub type EventIx = Ix<Event>;
/// The position of a state in [`Chronicle::states`].
pub type StateIx = Ix<RecognisingState>;
/// The position of an act in [`Chronicle::acts`].
pub type ActIx = Ix<Act>;
/// The position of an area in [`Chronicle::areas`].
pub type AreaIx = Ix<ControlArea>;
/// The position of a period in [`Chronicle::periods`].
pub type PeriodIx = Ix<ControlPeriod>;

/// The first day the timeline shows: before the wars of the early 1990s.
pub const TIMELINE_START: Date = Date::from_days_since_epoch(6940); // 1989-01-01

/// A date of `rec` (at `field`) should fall on the timeline, from [`TIMELINE_START`] to today:
/// a date outside it (a year 9999 or 0001, a typo of the century) is never shown, so it is a
/// warning; the record still loads.
pub(crate) fn on_timeline(
    check: &mut crate::load::Checker<'_>,
    rec: &crate::load::Rec,
    field: &str,
    date: crate::date::FuzzyDate,
) {
    let today = Date::today();
    if date.last < TIMELINE_START || date.first > today {
        let p = check.problem(
            rec,
            field,
            crate::say!(
                "problem-off-timeline",
                "{date} is outside the timeline ({start} to {today}), so it is never shown",
                date = date.label(),
                start = TIMELINE_START,
                today = today
            ),
        );
        check.problems.push(p.warning());
    }
}

/// For how many days after it ends an event still counts as recent (and fades on the map).
pub const RECENT_DAYS: i32 = 45;

/// Everything that happened, loaded and checked once.
#[derive(Debug, Clone)]
pub struct Chronicle {
    /// Events, sorted by their first day.
    pub events: Table<Event>,
    /// States that recognised.
    pub states: Table<RecognisingState>,
    /// Acts and statements, sorted by date.
    pub acts: Table<Act>,
    /// Control areas.
    pub areas: Table<ControlArea>,
    /// The latest day up to which sources were searched for events, if the data says.
    pub sources_checked_to: Option<Date>,
    /// Control periods.
    pub periods: Table<ControlPeriod>,
    /// Figures counted over time about the lines.
    pub series: Vec<Series>,
    /// Figures looked for and not found as a published series.
    pub unpublished: Vec<Unpublished>,
}

impl Chronicle {
    /// Load events, recognitions and control periods from `set`, checked against the
    /// sources, the atlas' places and the world's country codes. Every problem goes to
    /// `problems`; what is wrong is left out.
    pub fn load(
        set: &AssetSet,
        sources: &Sources,
        atlas: &Atlas,
        world: &[Region],
        problems: &mut Problems,
    ) -> Self {
        let (events, sources_checked_to) =
            load_events(&set.file("data/events.toml"), sources, atlas, problems);
        let (states, acts) = load_recognitions(
            &set.file("data/recognitions.toml"),
            sources,
            world,
            problems,
        );
        let areas_file = set.file("boundaries/control_areas.geojson");
        let declared_areas = feature_ids(&areas_file);
        let areas: Table<ControlArea> = load_features(&areas_file, Bounds::MAP, problems)
            .into_iter()
            .filter_map(|f: Feature| {
                Some(ControlArea {
                    shape: MapShape::new(f.geometry, &MAP_LEVELS_KM)?,
                    id: f.id.into(),
                    name: f.names.name_en,
                })
            })
            .collect();
        let periods = load_periods(
            &set.file("data/control.toml"),
            sources,
            (&areas, &declared_areas),
            problems,
        );
        let (series, unpublished) = load_series(&set.file("data/series.toml"), sources, problems);
        Self {
            sources_checked_to,
            events,
            states,
            acts,
            areas,
            periods,
            series,
            unpublished,
        }
    }

    /// Index of the event with this id (an [`EventId`](crate::ids::EventId), or its text).
    pub fn event_index(&self, id: &(impl AsRef<str> + ?Sized)) -> Option<EventIx> {
        let id = id.as_ref();
        self.events.position(|e| e.id == id)
    }

    /// The position of state `id`.
    pub fn state_index(&self, id: &str) -> Option<StateIx> {
        self.states.position(|s| s.id == id)
    }

    /// The events with a point at place `id`, in the chronicle's order.
    pub fn events_at_place<'s>(&'s self, id: &'s str) -> impl Iterator<Item = EventIx> + 's {
        self.events
            .indexed()
            .filter(move |(_, e)| {
                e.points
                    .iter()
                    .any(|p| p.place.as_ref().is_some_and(|q| q.as_str() == id))
            })
            .map(|(i, _)| i)
    }

    /// The event at `ix`.
    pub fn event(&self, ix: EventIx) -> Option<&Event> {
        self.events.get(ix)
    }

    /// The first event that begins after `date`.
    pub fn next_event_after(&self, date: Date) -> Option<EventIx> {
        self.events.position(|e| e.first_day() > date)
    }

    /// The last event that begins before `date`.
    pub fn previous_event_before(&self, date: Date) -> Option<EventIx> {
        self.events.rposition(|e| e.first_day() < date)
    }
}

#[cfg(test)]
mod diff_tests;
#[cfg(test)]
mod load_tests;
#[cfg(test)]
mod recognition_tests;
#[cfg(test)]
mod series_tests;
#[cfg(test)]
mod tests;
