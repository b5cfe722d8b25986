//! The kilometre scale bar.

use super::Projector;
use crate::ui::theme::Palette;
use egui::{Align2, FontId, Rect, Stroke, Vec2};

/// A scale bar in km, bottom left, of a round length near 120 points.
pub(super) fn paint_scale_bar(painter: &egui::Painter, proj: &Projector, palette: &Palette) {
    let target_km = 120.0 / proj.view.points_per_km;
    let magnitude = 10f64.powf(target_km.log10().floor());
    let km = [5.0, 2.0, 1.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|&k| k <= target_km)
        .unwrap_or(magnitude);
    let width = (km * proj.view.points_per_km) as f32;
    let origin = proj.rect.left_bottom() + Vec2::new(16.0, -18.0);
    let stroke = Stroke::new(2.0, palette.label);
    let bg = Rect::from_min_max(
        origin + Vec2::new(-8.0, -24.0),
        origin + Vec2::new(width + 8.0, 8.0),
    );
    painter.rect_filled(bg, 4.0, palette.halo);
    painter.line_segment([origin, origin + Vec2::new(width, 0.0)], stroke);
    for x in [0.0, width] {
        painter.line_segment(
            [origin + Vec2::new(x, -5.0), origin + Vec2::new(x, 0.0)],
            stroke,
        );
    }
    let label = if km >= 1.0 {
        format!("{km:.0} km")
    } else {
        format!("{:.0} m", km * 1000.0)
    };
    painter.text(
        origin + Vec2::new(width / 2.0, -6.0),
        Align2::CENTER_BOTTOM,
        label,
        FontId::proportional(12.0),
        palette.label,
    );
}
