//! Rivers and lakes, part of the cached base layer: they appear as the map is zoomed in past
//! the whole country, and grow faint where the view is much finer than their source (about
//! 1:3 million): they orient a reader, they do not position anything.

use super::{Projector, append_mapped, clip};
use crate::atlas::{Atlas, River};
use crate::projection::MapRect;
use crate::ui::theme::Palette;
use egui::{Mesh, Pos2, Shape, Stroke};
use std::sync::Arc;

/// Points per km where rivers start to show, and where they are fully drawn: the default
/// view of the whole country stays as it was.
const FADE_IN: (f64, f64) = (1.8, 2.8);
/// Points per km past which the layer is much finer than its source and fades, and the
/// faintest it gets.
const FADE_OUT: (f64, f64) = (8.0, 40.0);
const FAINTEST: f32 = 0.4;

/// How strongly the water layer is drawn at `points_per_km` (0: not at all).
pub fn water_alpha(points_per_km: f64) -> f32 {
    let ramp = |x: f64, (a, b): (f64, f64)| ((x - a) / (b - a)).clamp(0.0, 1.0) as f32;
    let shown = ramp(points_per_km, FADE_IN);
    let faded = 1.0 - (1.0 - FAINTEST) * ramp(points_per_km, FADE_OUT);
    shown * faded
}

fn intersects(a: &MapRect, b: &MapRect) -> bool {
    a.min.x_km <= b.max.x_km
        && b.min.x_km <= a.max.x_km
        && a.min.y_km <= b.max.y_km
        && b.min.y_km <= a.max.y_km
}

/// A river's course at the zoom: simplified while a kilometre is a few points wide.
fn course(river: &River, points_per_km: f64) -> &[[f32; 2]] {
    if points_per_km < 6.0 {
        &river.coarse
    } else {
        &river.full
    }
}

/// The runs of a river's course on screen (cut where it leaves the map).
pub(super) fn river_runs(river: &River, proj: &Projector) -> Vec<Vec<Pos2>> {
    if !intersects(&river.rect, &proj.visible()) {
        return Vec::new();
    }
    let points: Vec<Pos2> = course(river, proj.view.points_per_km)
        .iter()
        .map(|&v| proj.screen_from_xy(v))
        .collect();
    match clip::visible_runs(&points, proj.rect.expand(4.0)) {
        clip::Runs::Closed(points) => vec![points],
        clip::Runs::Open(runs) => runs,
    }
}

/// Lakes (filled, with a shore) and rivers at the projector's zoom; none at the scale of the
/// whole country.
pub(super) fn water_shapes(atlas: &Atlas, proj: &Projector, p: &Palette) -> Vec<Shape> {
    let alpha = water_alpha(proj.view.points_per_km);
    if alpha <= 0.0 {
        return Vec::new();
    }
    let visible = proj.visible();
    let mut shapes = Vec::new();
    let mut lakes = Mesh::default();
    for lake in atlas
        .water
        .lakes
        .iter()
        .filter(|l| intersects(&l.rect, &visible))
    {
        append_mapped(&mut lakes, &lake.mesh, p.sea.gamma_multiply(alpha), |v| {
            proj.screen_from_xy(v)
        });
        let shore: Vec<Pos2> = lake
            .outline
            .iter()
            .map(|&v| proj.screen_from_xy(v))
            .collect();
        shapes.push(Shape::line(
            shore,
            Stroke::new(0.8, p.river.gamma_multiply(alpha)),
        ));
    }
    shapes.insert(0, Shape::Mesh(Arc::new(lakes)));
    let stroke = Stroke::new(1.3, p.river.gamma_multiply(alpha));
    for river in &atlas.water.rivers {
        shapes.extend(
            river_runs(river, proj)
                .into_iter()
                .map(|run| Shape::line(run, stroke)),
        );
    }
    shapes
}

#[cfg(test)]
mod tests {
    use super::water_alpha;

    #[test]
    fn water_shows_when_zoomed_in_and_fades_past_its_scale() {
        assert_eq!(water_alpha(1.3), 0.0, "the whole country: no rivers");
        assert_eq!(water_alpha(4.0), 1.0);
        assert!((water_alpha(100.0) - 0.4).abs() < 1e-6);
        assert!(water_alpha(20.0) < 1.0 && water_alpha(20.0) > 0.4);
    }
}
