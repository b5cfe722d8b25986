//! Shared by the panels' widget kittests: the shipped data on a date, owning what a
//! [`FrameCtx`] borrows, and a harness that draws one panel with the atlas' fonts.

use crate::Dataset;
use crate::chronicle::{Snapshot, TIMELINE_START};
use crate::date::Date;
use crate::time_control::{TimeCommand, TimeControl};
use crate::ui::frame::{FrameCtx, Selection};
use crate::views::Naming;
use crate::words::{Lang, Pov};
use egui_kittest::Harness;

/// A date in ISO form, for tests.
pub fn day(s: &str) -> Date {
    match Date::parse(s) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    }
}

/// The shipped data on one date.
pub struct Fixture {
    /// The shipped data, loaded once per test binary.
    pub data: &'static Dataset,
    /// The date.
    pub date: Date,
    /// What holds on it.
    pub snapshot: Snapshot,
    /// The timeline up to a fixed "today" (23 November 2026), at the date.
    pub time: TimeControl,
}

impl Fixture {
    /// The shipped data on `date` (ISO).
    pub fn on(date: &str) -> Self {
        let data = crate::dataset::shipped();
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
            },
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
