//! The band each line lies in, drawn when it is wider than a few points: the map shows how
//! precisely the lines are known instead of a crisp line that hides it. Part of the cached base
//! layer: rebuilt only when the view changes.

use super::{Projector, append_mapped};
use crate::atlas::{Atlas, Basis};
use crate::ui::theme::Palette;
use egui::{Mesh, Shape};
use std::sync::Arc;

/// Narrower than this (points), the band is left out: at the whole country's scale the outline says
/// as much, and the default view stays as it was.
const MIN_BAND_PT: f64 = 10.0;

/// The bands of both lines at the projector's zoom, translucent (none when too narrow).
pub(super) fn band_shapes(atlas: &Atlas, proj: &Projector, p: &Palette) -> Vec<Shape> {
    let mut shapes = Vec::new();
    for band in &atlas.bands {
        if band.narrowest_km * proj.view.points_per_km < MIN_BAND_PT {
            continue;
        }
        // Where no cited place is near, the band is Natural Earth's own error: fainter.
        let alpha = match band.basis {
            Basis::Constraints => 0.28,
            Basis::NaturalEarth => 0.14,
        };
        let mut mesh = Mesh::default();
        append_mapped(
            &mut mesh,
            &band.mesh,
            p.border.gamma_multiply(alpha),
            |xy| proj.screen_from_xy(xy),
        );
        shapes.push(Shape::Mesh(Arc::new(mesh)));
    }
    shapes
}
