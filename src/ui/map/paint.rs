//! Painting map shapes: cached meshes moved to the screen, outlines, dashed outlines, and the
//! base layer of regions and neighbours.

use super::{Highlight, Projector, clip};
use crate::atlas::{Atlas, MapMesh, MapShape, RegionIx};
use crate::projection::{MapRect, MapView};
use crate::ui::theme::{Palette, hovered};
use egui::epaint::Tessellator;
use egui::{Color32, Mesh, Pos2, Shape, Stroke};
use std::sync::Arc;

fn intersects(a: &MapRect, b: &MapRect) -> bool {
    a.min.x_km <= b.max.x_km
        && b.min.x_km <= a.max.x_km
        && a.min.y_km <= b.max.y_km
        && b.min.y_km <= a.max.y_km
}

/// Fill a shape's cached triangles, moved to the screen.
pub fn paint_fill(painter: &egui::Painter, proj: &Projector, shape: &MapShape, fill: Color32) {
    if let Some(s) = fill_shape(proj, shape, fill) {
        painter.add(s);
    }
}

/// A shape's triangles at the zoom's level of detail, moved to the screen; `None` off screen.
fn fill_shape(proj: &Projector, shape: &MapShape, fill: Color32) -> Option<Shape> {
    if !intersects(&shape.map_rect, &proj.visible()) {
        return None;
    }
    let mut mesh = Mesh::default();
    let drawn = shape.at_zoom(proj.view.points_per_km);
    append_mapped(&mut mesh, drawn.mesh, fill, |v| proj.screen_from_xy(v));
    // Only the triangles that can show (slivers across a neighbour reach far off screen).
    let kept: Vec<u32> = mesh
        .indices
        .chunks_exact(3)
        .filter(|t| {
            let at = |i: u32| mesh.vertices.get(i as usize).map_or(Pos2::ZERO, |v| v.pos);
            let [a, b, c] = [0, 1, 2].map(|k| t.get(k).copied().map_or(Pos2::ZERO, at));
            clip::triangle_touches(a, b, c, proj.rect)
        })
        .flatten()
        .copied()
        .collect();
    mesh.indices = kept;
    Some(Shape::mesh(mesh))
}

/// A shape's visible rings as closed lines of `stroke`.
fn outline_shapes<'a>(
    proj: &'a Projector,
    shape: &'a MapShape,
    stroke: Stroke,
) -> impl Iterator<Item = Shape> + 'a {
    let on_screen = intersects(&shape.map_rect, &proj.visible());
    // Room for the stroke's width and feathering, so a cut end never shows.
    let keep = proj.rect.expand(stroke.width + 2.0);
    visible_rings(proj, shape)
        .filter(move |_| on_screen)
        .flat_map(move |ring| {
            let points: Vec<Pos2> = ring.iter().map(|&v| proj.screen_from_xy(v)).collect();
            match clip::visible_runs(&points, keep) {
                clip::Runs::Closed(points) => vec![Shape::closed_line(points, stroke)],
                clip::Runs::Open(runs) => runs
                    .into_iter()
                    .map(|run| Shape::line(run, stroke))
                    .collect(),
            }
        })
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
    painter.extend(outline_shapes(proj, shape, stroke));
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

/// The base layer (sea, neighbours, regions, their outlines, the selection) tessellated once
/// into one screen mesh, drawn as a `Shape::Mesh(Arc<Mesh>)` frame after frame until what it
/// shows changes: the view, the map's rectangle, the hovered or selected region, the theme,
/// the scale of the screen, or the data (the session drops the cache on a reload).
#[derive(Debug, Clone, Default)]
pub struct BaseCache {
    key: Option<BaseKey>,
    mesh: Arc<Mesh>,
    /// How many times the mesh was built (for tests and measurements).
    pub builds: u64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct BaseKey {
    view: MapView,
    rect: egui::Rect,
    hovered: Option<RegionIx>,
    selected: Option<RegionIx>,
    dark: bool,
    pixels_per_point: f32,
}

/// Paint the base layer: from `cache` (built again when what it shows changed), or, without
/// one, as the shapes themselves (a vector image of the frame).
pub(super) fn paint_base(
    painter: &egui::Painter,
    atlas: &Atlas,
    proj: &Projector,
    palette: &Palette,
    (hl, dark): (Highlight<RegionIx>, bool),
    cache: Option<&mut BaseCache>,
) {
    // A vector image of this frame wants the shapes themselves, not their triangles.
    let Some(cache) = cache else {
        painter.extend(base_shapes(atlas, proj, palette, hl, dark));
        return;
    };
    let ctx = painter.ctx();
    let key = BaseKey {
        view: proj.view,
        rect: proj.rect,
        hovered: hl.hovered,
        selected: hl.selected,
        dark,
        pixels_per_point: ctx.pixels_per_point(),
    };
    if cache.key != Some(key) {
        let mut tessellator = Tessellator::new(
            key.pixels_per_point,
            ctx.tessellation_options(|o| *o),
            ctx.fonts(|f| f.font_image_size()),
            Vec::new(),
        );
        tessellator.set_clip_rect(proj.rect);
        let mut mesh = Mesh::default();
        for shape in base_shapes(atlas, proj, palette, hl, dark) {
            tessellator.tessellate_shape(shape, &mut mesh);
        }
        cache.mesh = Arc::new(mesh);
        cache.key = Some(key);
        cache.builds += 1;
    }
    painter.add(Shape::Mesh(cache.mesh.clone()));
}

/// The shapes of the base layer, at the level of detail of the zoom, culled to the screen.
fn base_shapes(
    atlas: &Atlas,
    proj: &Projector,
    palette: &Palette,
    hl: Highlight<RegionIx>,
    dark: bool,
) -> Vec<Shape> {
    let mut shapes = vec![Shape::rect_filled(proj.rect, 0.0, palette.sea)];
    for n in &atlas.neighbours {
        shapes.extend(fill_shape(proj, &n.shape, palette.neighbour));
    }
    for n in &atlas.neighbours {
        shapes.extend(outline_shapes(
            proj,
            &n.shape,
            Stroke::new(0.8, palette.neighbour_border),
        ));
    }
    for (i, r) in atlas.regions.indexed() {
        let mut fill = palette.region_fill(r.kind, &r.id);
        if hl.hovered == Some(i) {
            fill = hovered(fill, dark);
        }
        shapes.extend(fill_shape(proj, &r.shape, fill));
    }
    // Rivers and lakes over the fills, under the outlines.
    shapes.extend(super::water::water_shapes(atlas, proj, palette));
    for r in &atlas.regions {
        shapes.extend(outline_shapes(
            proj,
            &r.shape,
            Stroke::new(1.2, palette.border),
        ));
    }
    if let Some(r) = hl.selected.and_then(|i| atlas.regions.get(i)) {
        shapes.extend(outline_shapes(
            proj,
            &r.shape,
            Stroke::new(3.0, palette.selected),
        ));
    }
    // The bands the lines lie in, when zoomed in: static like the rest, so cached with it.
    shapes.extend(super::band::band_shapes(atlas, proj, palette));
    shapes
}
