//! Shared by the panels' widget kittests: a small made-up data set on a date, owning what a
//! [`FrameCtx`] borrows, and a harness that draws one panel with the atlas' fonts.
//!
//! The set (`tests/fixtures/small/`) is a few records of each kind written for the tests, with
//! words of its own for each party: a panel's test says exactly what the panel must show, and
//! a change to the shipped data cannot break it. The map's geometry (regions, neighbours, the
//! world, control areas) is the shipped one.

use crate::Dataset;
use crate::chronicle::{Snapshot, TIMELINE_START};
use crate::date::Date;
use crate::load::AssetSet;
use crate::time_control::{TimeCommand, TimeControl};
use crate::ui::frame::{FrameCtx, Selection};
use crate::views::Naming;
use crate::words::{Lang, Pov};
use egui_kittest::Harness;

#[path = "../../tests/common/pointer.rs"]
mod pointer;
pub use pointer::click;

/// A date in ISO form, for tests.
pub fn day(s: &str) -> Date {
    match Date::parse(s) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    }
}

/// The files of the small data set, by the names the data folder gives them.
const SMALL: [(&str, &str); 11] = [
    (
        "data/sources.toml",
        include_str!("../../tests/fixtures/small/data/sources.toml"),
    ),
    (
        "data/places.toml",
        include_str!("../../tests/fixtures/small/data/places.toml"),
    ),
    (
        "data/regions.toml",
        include_str!("../../tests/fixtures/small/data/regions.toml"),
    ),
    (
        "data/events.toml",
        include_str!("../../tests/fixtures/small/data/events.toml"),
    ),
    (
        "data/recognitions.toml",
        include_str!("../../tests/fixtures/small/data/recognitions.toml"),
    ),
    (
        "data/control.toml",
        include_str!("../../tests/fixtures/small/data/control.toml"),
    ),
    (
        "data/series.toml",
        include_str!("../../tests/fixtures/small/data/series.toml"),
    ),
    (
        "data/line_points.toml",
        include_str!("../../tests/fixtures/small/data/line_points.toml"),
    ),
    (
        "data/views.toml",
        include_str!("../../tests/fixtures/small/data/views.toml"),
    ),
    (
        "boundaries/water.geojson",
        include_str!("../../tests/fixtures/small/boundaries/water.geojson"),
    ),
    (
        "stories/small.toml",
        include_str!("../../tests/fixtures/small/stories/small.toml"),
    ),
];

/// The small data set, loaded once per test binary.
pub fn small() -> &'static Dataset {
    static DATA: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
    DATA.get_or_init(|| {
        let set = SMALL.iter().fold(
            AssetSet::embedded().without_stories(),
            |set, (name, text)| set.with(name, *text),
        );
        match Dataset::load(&set) {
            Ok(d) => d,
            Err(e) => panic!("the small test data set must load: {e}"),
        }
    })
}

/// The small data set on one date.
pub struct Fixture {
    /// The small data set, loaded once per test binary.
    pub data: &'static Dataset,
    /// The date.
    pub date: Date,
    /// What holds on it.
    pub snapshot: Snapshot,
    /// The timeline up to a fixed "today" (23 November 2026), at the date.
    pub time: TimeControl,
}

impl Fixture {
    /// The small data set on `date` (ISO).
    pub fn on(date: &str) -> Self {
        let data = small();
        let date = day(date);
        let mut time = TimeControl::new(TIMELINE_START, day("2026-11-23").max(date));
        time.apply(TimeCommand::SetDate(date), &data.chronicle);
        Self {
            data,
            date,
            snapshot: data.chronicle.at(date),
            time,
        }
    }

    /// The frame context with `selection`, under `pov`, labels in English.
    pub fn ctx<'a>(&'a self, selection: Option<&'a Selection>, pov: Pov) -> FrameCtx<'a> {
        FrameCtx {
            data: self.data,
            date: self.date,
            time: &self.time,
            compare_date: None,
            snapshot: &self.snapshot,
            diff: None,
            selection,
            naming: Naming {
                views: &self.data.views,
                pov,
                lang: Lang::En,
                tr: self.data.i18n.tr(Lang::En),
            },
            focus: &[],
        }
    }
}

/// A harness of `size` drawing one panel with `draw` over `state`. The atlas' fonts (Georgian
/// and Cyrillic names are drawn) are installed in the first frame and take effect from the
/// next, so the first frame draws nothing.
pub fn harness<S: 'static>(
    size: [f32; 2],
    state: S,
    mut draw: impl FnMut(&mut egui::Ui, &mut S) + 'static,
) -> Harness<'static, S> {
    let mut fonts = false;
    Harness::builder().with_size(size).build_ui_state(
        move |ui, state: &mut S| {
            if !fonts {
                crate::ui::theme::install(ui.ctx());
                fonts = true;
                return;
            }
            draw(ui, state);
        },
        state,
    )
}
