//! The panels of the session: timeline, lists, details and the map. Each reads the frame's
//! context and returns intents, which the session queues.

use super::session::{Intent, Session};
use crate::ui::details::details_panel_ui;
use crate::ui::frame::FrameCtx;
use crate::ui::story_bar::{StoryAt, story_bar_ui};

/// The frame's read-only context, borrowed field by field from the session, so that a panel
/// (another field) can be borrowed mutably beside it.
macro_rules! frame_ctx {
    ($s:ident) => {
        FrameCtx {
            data: &$s.data,
            date: $s.time.date,
            time: &$s.time,
            compare_date: $s.compare.as_ref().map(|c| c.date),
            snapshot: &$s.snapshot,
            diff: $s.compare.as_ref().map(|c| &c.diff),
            selection: $s.selection.as_ref(),
            naming: crate::views::Naming {
                views: &$s.data.views,
                pov: $s.pov,
                lang: $s.lang,
                tr: $s.data.i18n.tr($s.ui_lang),
            },
            focus: $s.story.as_ref().map_or(&[], |s| s.focus.as_slice()),
        }
    };
}

impl Session {
    pub(super) fn timeline_panel_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = frame_ctx!(self);
        let intents = self.timeline.ui(ui, &ctx);
        self.intents.extend(intents);
    }

    /// The story bar, while a story is told.
    pub(super) fn story_bar_ui(&mut self, ui: &mut egui::Ui) {
        let strayed = self.story_strayed();
        let Some((story, state)) = self.story() else {
            return;
        };
        let at = StoryAt {
            story,
            slide: state.slide,
            playing: state.playing,
            strayed,
        };
        let ctx = frame_ctx!(self);
        let intents = story_bar_ui(ui, &ctx, at);
        self.intents.extend(intents.into_iter().map(Intent::Story));
    }

    pub(super) fn left_panel_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = frame_ctx!(self);
        let intents = self.left.ui(ui, &ctx);
        self.intents.extend(intents);
    }

    pub(super) fn details_panel_ui(&mut self, ui: &mut egui::Ui) {
        let sizes = side_panel_sizes(ui.ctx().content_rect().width(), 340.0);
        let ctx = frame_ctx!(self);
        let intents = details_panel_ui(ui, &ctx, sizes);
        self.intents.extend(intents);
    }

    /// The central panel with the map. The map covers all of it but the margin, so only the
    /// margin is filled: filling the whole panel under the map made the renderer shade half a
    /// million pixels a frame twice. (In the window the panels' fill is transparent and the
    /// clear colour shows through: see `theme::unfill_panels`.)
    pub(super) fn map_central_panel(&mut self, ui: &mut egui::Ui) {
        let frame = egui::Frame::central_panel(ui.style());
        let (fill, margin) = (frame.fill, frame.inner_margin);
        egui::CentralPanel::default()
            .frame(frame.fill(egui::Color32::TRANSPARENT))
            .show(ui, |ui| {
                let inner = ui.max_rect();
                let outer = inner + margin;
                let bands = [
                    egui::Rect::from_x_y_ranges(outer.x_range(), outer.top()..=inner.top()),
                    egui::Rect::from_x_y_ranges(outer.x_range(), inner.bottom()..=outer.bottom()),
                    egui::Rect::from_x_y_ranges(outer.left()..=inner.left(), inner.y_range()),
                    egui::Rect::from_x_y_ranges(inner.right()..=outer.right(), inner.y_range()),
                ];
                for band in bands {
                    ui.painter().rect_filled(band, 0.0, fill);
                }
                self.map_panel_ui(ui);
            });
    }

    /// The map panel, then what the session draws over it: the banner, the divider of a
    /// comparison and, while an image is captured, the stamp.
    fn map_panel_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = frame_ctx!(self);
        let compare = self.compare.as_ref().map(|c| (&c.snapshot, c.divider));
        let out = self.map.ui(ui, &ctx, compare);
        self.intents.extend(out.intents);
        let rect = out.projector.rect;
        self.banner_ui(ui, rect);
        if let Some(c) = &self.compare {
            let tr = self.data.i18n.tr(self.ui_lang);
            let divider = super::compare::divider_ui(ui, rect, (c, self.time.date), tr);
            if let Some(c) = self.compare.as_mut() {
                c.divider = divider;
            }
        }
        if self.stamping {
            self.stamp_ui(ui, rect);
        }
    }
}

/// Default, minimum and maximum width of a side panel in a window `window` points wide: the
/// map keeps at least a third of a small window, and a wide window's panels may grow.
pub(super) fn side_panel_sizes(window: f32, default: f32) -> (f32, f32, f32) {
    let max = (window * 0.34).max(160.0);
    let min = (window * 0.22).clamp(150.0, 220.0).min(max);
    (default.clamp(min, max), min, max)
}
