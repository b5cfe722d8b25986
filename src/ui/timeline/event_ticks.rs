//! One tick per event on the axis, coloured by category; uncertain dates as brackets.

use super::axis::x_of;
use crate::chronicle::{Chronicle, Event, EventIx};
use crate::time_control::TimeControl;
use crate::ui::theme::category_color;
use egui::{Pos2, Rect, Stroke};

/// One tick per event, coloured by category; uncertain dates drawn as a bracket over their
/// possible span. Returns the event under the pointer.
pub(super) fn paint_events(
    ui: &egui::Ui,
    painter: &egui::Painter,
    time: &TimeControl,
    chronicle: &Chronicle,
    rect: Rect,
    hover: Option<Pos2>,
) -> Option<EventIx> {
    let dark = ui.visuals().dark_mode;
    let top = rect.top() + 9.0;
    let bottom = rect.bottom() - 18.0;
    let mut best: Option<(f32, EventIx)> = None;
    for (i, e) in chronicle.events.indexed() {
        if e.last_day() < time.view_start || e.first_day() > time.view_end {
            continue;
        }
        let color = category_color(e.category, dark);
        let x0 = x_of(time, rect, e.first_day());
        let x1 = x_of(time, rect, e.last_day().add_days(1)).max(x0 + 1.0);
        let lane = lane_of(e);
        let y = top + lane * (bottom - top);
        if e.is_exact() {
            if x1 - x0 > 3.0 {
                painter.rect_filled(
                    Rect::from_x_y_ranges(x0..=x1, (y - 2.0)..=(y + 2.0)),
                    1.0,
                    color.gamma_multiply(0.6),
                );
            }
            painter.line_segment(
                [Pos2::new(x0, top - 3.0), Pos2::new(x0, bottom)],
                Stroke::new(1.5, color),
            );
        } else {
            // A bracket: the event happened at some day in [x0, x1].
            let c = color.gamma_multiply(0.5);
            painter.rect_filled(
                Rect::from_x_y_ranges(x0..=x1, (y - 3.0)..=(y + 3.0)),
                1.0,
                c.gamma_multiply(0.5),
            );
            for x in [x0, x1] {
                painter.line_segment(
                    [Pos2::new(x, y - 6.0), Pos2::new(x, y + 6.0)],
                    Stroke::new(1.0, c),
                );
            }
            painter.line_segment(
                [Pos2::new(x0, y - 6.0), Pos2::new(x1, y - 6.0)],
                Stroke::new(1.0, c),
            );
        }
        if let Some(p) = hover {
            let dist = if p.x >= x0 && p.x <= x1 {
                0.0
            } else {
                (p.x - x0).abs().min((p.x - x1).abs())
            };
            if dist <= 4.0 && best.is_none_or(|(b, _)| dist < b) {
                best = Some((dist, i));
            }
        }
    }
    if let Some(e) = best.and_then(|(_, i)| chronicle.events.get(i)) {
        let x = x_of(time, rect, e.first_day());
        painter.circle_stroke(
            Pos2::new(x, top - 3.0),
            4.0,
            Stroke::new(1.5, category_color(e.category, dark)),
        );
    }
    best.map(|(_, i)| i)
}

/// A vertical lane per category so that ticks of one day stay distinguishable.
fn lane_of(e: &Event) -> f32 {
    let i = crate::chronicle::Category::ALL
        .iter()
        .position(|c| *c == e.category)
        .unwrap_or(0);
    i as f32 / (crate::chronicle::Category::ALL.len() - 1) as f32
}
