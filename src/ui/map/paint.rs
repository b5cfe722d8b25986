//! Painting map shapes: cached meshes moved to the screen, outlines, dashed outlines, and the
//! base layer of regions and neighbours.

use super::{Highlight, Projector};
use crate::atlas::{Atlas, MapMesh, MapShape};
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
    let mut mesh = Mesh::default();
    let drawn = shape.at_zoom(proj.view.points_per_km);
    append_mapped(&mut mesh, drawn.mesh, fill, |v| proj.screen_from_xy(v));
    painter.add(Shape::mesh(mesh));
}

/// Add triangles of the map plane, placed by `to_screen`, to `mesh` (to draw many shapes as
/// one; the world inset uses its own placement).
pub fn append_mapped(
    mesh: &mut Mesh,
    triangles: &MapMesh,
    fill: Color32,
    to_screen: impl Fn([f32; 2]) -> Pos2,
) {
    let base = u32::try_from(mesh.vertices.len()).unwrap_or(u32::MAX);
    mesh.reserve_vertices(triangles.vertices.len());
    for &v in &triangles.vertices {
        mesh.colored_vertex(to_screen(v), fill);
    }
    mesh.indices
        .extend(triangles.indices.iter().map(|&i| base.saturating_add(i)));
}

/// The rings of a shape worth drawing now: at this zoom's level of detail, on screen.
fn visible_rings<'a>(
    proj: &Projector,
    shape: &'a MapShape,
) -> impl Iterator<Item = &'a [[f32; 2]]> {
    let visible = proj.visible();
    let drawn = shape.at_zoom(proj.view.points_per_km);
    drawn
        .rings
        .iter()
        .zip(drawn.ring_rects)
        .filter(move |(_, r)| intersects(r, &visible))
        .map(|(ring, _)| ring.as_slice())
}

/// Stroke a shape's rings with a width in screen points, whatever the zoom.
pub fn paint_outline(painter: &egui::Painter, proj: &Projector, shape: &MapShape, stroke: Stroke) {
    if !intersects(&shape.map_rect, &proj.visible()) {
        return;
    }
    for ring in visible_rings(proj, shape) {
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
    for ring in visible_rings(proj, shape) {
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
