//! The timeline panel: controls, the date in words, the axis with its event ticks and the
//! density strip. It reads [`TimeControl`] and returns [`TimeCommand`]s; it changes nothing.

mod axis;
mod controls;
mod density;
mod event_ticks;

pub use density::category_legend_ui;

use crate::chronicle::{Chronicle, EventIx};
use crate::time_control::{TimeCommand, TimeControl};
use crate::views::Naming;
use axis::axis_ui;
use controls::controls_ui;
use density::density_ui;
use egui::Rect;

/// Text typed into "Go to date", and the error for the last attempt.
#[derive(Debug, Clone, Default)]
pub struct DateInput {
    /// The text as typed.
    pub text: String,
    /// Why the last attempt failed.
    pub error: Option<String>,
}

/// What the timeline asks of the app this frame.
#[derive(Debug, Default)]
pub struct TimelineOutput {
    /// Commands for the time control, in order.
    pub commands: Vec<TimeCommand>,
    /// An event tick the user clicked.
    pub clicked_event: Option<EventIx>,
    /// The axis' screen rectangle (for tests and overlays).
    pub axis_rect: Option<Rect>,
    /// Where the user dragged date B (when comparing).
    pub compare_to: Option<crate::date::Date>,
}

pub(super) const AXIS_HEIGHT: f32 = 58.0;

/// Show the timeline.
pub fn timeline_ui(
    ui: &mut egui::Ui,
    time: &TimeControl,
    compare: Option<crate::date::Date>,
    chronicle: &Chronicle,
    naming: Naming<'_>,
    input: &mut DateInput,
) -> TimelineOutput {
    let mut out = TimelineOutput::default();
    controls_ui(
        ui,
        (time, naming.tr),
        chronicle.sources_checked_to,
        input,
        &mut out,
    );
    ui.add_space(2.0);
    axis_ui(ui, time, compare, (chronicle, naming), &mut out);
    // In a low window the map needs the height more than the density strip does.
    if ui.ctx().content_rect().height() >= 640.0 {
        density_ui(ui, time, chronicle, naming.tr);
    }
    out
}

/// The timeline panel and the state only it uses: the typed date and where its axis was drawn.
#[derive(Default)]
pub struct TimelinePanel {
    /// The *Go to date* field.
    pub date_input: DateInput,
    /// Where the axis was drawn last frame (tests drag on it).
    pub axis_rect: Option<Rect>,
}

impl TimelinePanel {
    /// Show the timeline and the category legend; returns what the user asked for.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &crate::ui::frame::FrameCtx<'_>,
    ) -> Vec<crate::ui::frame::Intent> {
        use crate::ui::frame::Intent;
        let out = timeline_ui(
            ui,
            ctx.time,
            ctx.compare_date,
            &ctx.data.chronicle,
            ctx.naming,
            &mut self.date_input,
        );
        self.axis_rect = out.axis_rect;
        let mut intents: Vec<Intent> = out
            .compare_to
            .map(|b| Intent::Compare(Some(b)))
            .into_iter()
            .collect();
        intents.extend(out.commands.into_iter().map(Intent::Time));
        intents.extend(out.clicked_event.and_then(|i| ctx.select_event(i)));
        // A low window keeps its height for the map; a marker's hover names its category.
        if ui.ctx().content_rect().height() >= 600.0 {
            category_legend_ui(ui, ctx.naming.tr);
        }
        intents
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
