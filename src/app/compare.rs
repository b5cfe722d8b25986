//! Compare mode: a second date B beside the chosen date A. The map is split by a draggable
//! divider (A on the left, B on the right, both over the same view), and the diff between the
//! dates is recomputed whenever either date moves.
//!
//! A split view was chosen over two maps side by side: both halves keep the full map's scale
//! and place, so a line or an area that changed sits in the same spot on the screen and the
//! divider can be swept across it; two half-width maps would halve the scale of the small
//! areas that change (Akhalgori, the upper Kodori Gorge, the villages near Tskhinvali).

use super::session::Session;
use crate::chronicle::{Diff, Snapshot};
use crate::date::Date;
use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, Vec2};

/// The second date and what depends on it.
#[derive(Debug, Clone)]
pub struct Compare {
    /// Date B.
    pub date: Date,
    /// What holds on B.
    pub snapshot: Snapshot,
    /// What changed between A and B (in date order).
    pub diff: Diff,
    /// Where the map is split, as a fraction of its width from the left (A | B).
    pub divider: f32,
}

impl Session {
    /// Start comparing with `date` (clamped to the timeline), move B to it, or stop (`None`).
    pub(super) fn set_compare(&mut self, date: Option<Date>) {
        let Some(d) = date else {
            self.compare = None;
            return;
        };
        let d = d.max(self.time.min).min(self.time.max);
        let divider = self.compare.as_ref().map_or(0.5, |c| c.divider);
        if self.compare.is_none() {
            // Starting to compare shows what changed.
            self.left.tab = super::session::LeftTab::Changes;
        }
        let snapshot = self.data.chronicle.at(d);
        let diff = self
            .data
            .chronicle
            .diff_snapshots(&self.snapshot, &snapshot);
        self.compare = Some(Compare {
            date: d,
            snapshot,
            diff,
            divider,
        });
    }

    /// Recompute B's snapshot and the diff if a date moved (or always, after a reload).
    pub(super) fn refresh_compare(&mut self, force: bool) {
        let Some(c) = self.compare.as_mut() else {
            return;
        };
        if force || c.snapshot.date != c.date {
            c.snapshot = self.data.chronicle.at(c.date);
        }
        let (a, b) = (self.snapshot.date, c.date);
        if force || (c.diff.from, c.diff.to) != (a.min(b), a.max(b)) {
            c.diff = self
                .data
                .chronicle
                .diff_snapshots(&self.snapshot, &c.snapshot);
        }
    }
}

/// The divider: a handle to drag, and the date over each half. Returns the new fraction.
pub fn divider_ui(
    ui: &mut egui::Ui,
    map: Rect,
    (c, a): (&Compare, Date),
    tr: crate::i18n::Tr<'_>,
) -> f32 {
    let (left, right) = crate::ui::map_panel::halves(map, c.divider);
    let x = left.right();
    let handle = Rect::from_center_size(Pos2::new(x, map.center().y), Vec2::new(14.0, 56.0));
    let response = ui
        .interact(
            Rect::from_x_y_ranges(x - 5.0..=x + 5.0, map.y_range()),
            ui.scope_id().with("compare_divider"),
            Sense::drag(),
        )
        .on_hover_cursor(egui::CursorIcon::ResizeHorizontal);
    let name = crate::t!(tr, "divider-name", a = tr.day(a), b = tr.day(c.date));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Splitter, true, &name));
    let response = response.on_hover_text(crate::t!(tr, "divider-hover"));
    let visuals = ui.visuals();
    let (line, fill) = (visuals.strong_text_color(), visuals.window_fill);
    let painter = ui.painter_at(map);
    painter.line_segment(
        [Pos2::new(x, map.top()), Pos2::new(x, map.bottom())],
        Stroke::new(2.0, line),
    );
    painter.rect(
        handle,
        4.0,
        fill,
        Stroke::new(1.5, line),
        egui::StrokeKind::Middle,
    );
    let font = FontId::proportional(14.0);
    let tag = |pos: Pos2, anchor: Align2, text: String| {
        let galley = painter.layout_no_wrap(text, font.clone(), line);
        let r = anchor.anchor_size(pos, galley.size()).expand(5.0);
        painter.rect_filled(r, 4.0, fill.gamma_multiply(0.92));
        painter.galley(r.min + Vec2::splat(5.0), galley, Color32::PLACEHOLDER);
    };
    // Just above the handle: clear of the banner, the stamp and the buttons at the top.
    let top = map.center().y - 64.0;
    if left.width() > 120.0 {
        tag(
            Pos2::new(x - 12.0, top),
            Align2::RIGHT_BOTTOM,
            crate::t!(tr, "divider-a", date = tr.day(a)),
        );
    }
    if right.width() > 120.0 {
        tag(
            Pos2::new(x + 12.0, top),
            Align2::LEFT_BOTTOM,
            crate::t!(tr, "divider-b", date = tr.day(c.date)),
        );
    }
    let mut divider = c.divider;
    if response.dragged()
        && let Some(p) = response.interact_pointer_pos()
    {
        divider = ((p.x - map.left()) / map.width().max(1.0)).clamp(0.02, 0.98);
    }
    divider
}
