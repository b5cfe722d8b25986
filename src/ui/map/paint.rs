//! Painting map shapes: cached meshes moved to the screen, outlines, dashed outlines, and the
//! base layer of regions and neighbours.

use super::{Highlight, Projector};
use crate::atlas::{Atlas, MapShape};
use crate::projection::MapRect;
use crate::ui::theme::{Palette, hovered};
use egui::{Color32, Mesh, Pos2, Shape, Stroke};

fn intersects(a: &MapRect, b: &MapRect) -> bool {
    a.min.x_km <= b.max.x_km
        && b.min.x_km <= a.max.x_km
        && a.min.y_km <= b.max.y_km
        && b.min.y_km <= a.max.y_km
}

/// Fill a shape's cached triangles, moved to the screen.
pub fn paint_fill(painter: &egui::Painter, proj: &Projector, shape: &MapShape, fill: Color32) {
    if !intersects(&shape.map_rect, &proj.visible()) {
        return;
    }
    paint_fill_mapped(painter, shape, fill, |v| proj.screen_from_xy(v));
}

/// Fill a shape's cached triangles through any mapping of map-plane vertices to the screen
/// (the world inset uses its own).
fn paint_fill_mapped(
    painter: &egui::Painter,
    shape: &MapShape,
    fill: Color32,
    to_screen: impl Fn([f32; 2]) -> Pos2,
) {
    let mut mesh = Mesh::default();
    append_mapped(&mut mesh, shape, fill, to_screen);
    painter.add(Shape::mesh(mesh));
}

/// Add a shape's triangles, placed by `to_screen`, to `mesh` (to draw many shapes as one).
pub fn append_mapped(
    mesh: &mut Mesh,
    shape: &MapShape,
    fill: Color32,
    to_screen: impl Fn([f32; 2]) -> Pos2,
) {
    let base = u32::try_from(mesh.vertices.len()).unwrap_or(u32::MAX);
    mesh.reserve_vertices(shape.mesh.vertices.len());
    for &v in &shape.mesh.vertices {
        mesh.colored_vertex(to_screen(v), fill);
    }
    mesh.indices
        .extend(shape.mesh.indices.iter().map(|&i| base.saturating_add(i)));
}

/// Stroke a shape's rings with a width in screen points, whatever the zoom.
pub fn paint_outline(painter: &egui::Painter, proj: &Projector, shape: &MapShape, stroke: Stroke) {
    if !intersects(&shape.map_rect, &proj.visible()) {
        return;
    }
    for ring in &shape.rings {
        let points: Vec<Pos2> = ring.iter().map(|&v| proj.screen_from_xy(v)).collect();
        painter.add(Shape::closed_line(points, stroke));
    }
}

/// Stroke a shape's rings dashed: the outline of an approximate area.
pub fn paint_dashed_outline(
    painter: &egui::Painter,
    proj: &Projector,
    shape: &MapShape,
    stroke: Stroke,
) {
    if !intersects(&shape.map_rect, &proj.visible()) {
        return;
    }
    for ring in &shape.rings {
        let points: Vec<Pos2> = ring.iter().map(|&v| proj.screen_from_xy(v)).collect();
        painter.extend(Shape::dashed_line(&points, stroke, 6.0, 4.0));
    }
}

pub(super) fn paint_base(
    painter: &egui::Painter,
    atlas: &Atlas,
    proj: &Projector,
    palette: &Palette,
    hl: Highlight,
    dark: bool,
) {
    painter.rect_filled(proj.rect, 0.0, palette.sea);
    for n in &atlas.neighbours {
        paint_fill(painter, proj, &n.shape, palette.neighbour);
    }
    for n in &atlas.neighbours {
        paint_outline(
            painter,
            proj,
            &n.shape,
            Stroke::new(0.8, palette.neighbour_border),
        );
    }
    for (i, r) in atlas.regions.iter().enumerate() {
        let mut fill = palette.region_fill(r.kind, &r.id);
        if hl.hovered == Some(i) {
            fill = hovered(fill, dark);
        }
        paint_fill(painter, proj, &r.shape, fill);
    }
    for r in &atlas.regions {
        paint_outline(painter, proj, &r.shape, Stroke::new(1.2, palette.border));
    }
    if let Some(r) = hl.selected.and_then(|i| atlas.regions.get(i)) {
        paint_outline(painter, proj, &r.shape, Stroke::new(3.0, palette.selected));
    }
}
