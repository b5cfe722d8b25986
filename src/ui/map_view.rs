//! The map: painting regions, outlines, towns and labels from cached meshes, and pan/zoom.
//!
//! The widget owns navigation (drag, wheel, pinch, +/- keys, double-click to zoom to a
//! region, reset). What a click *means* (select a region, an event) is the app's call: the
//! widget reports where the pointer is and hands out a [`Projector`].

use crate::atlas::{Atlas, MapShape, Names, PlaceNames, Region};
use crate::projection::ZOOM_RANGE;
use crate::projection::{
    LonLat, MapPoint, MapRect, MapView, ScreenPoint, lonlat_from_map, map_from_lonlat,
};
use crate::ui::theme::{Palette, hovered};
use egui::{Align2, Color32, FontId, Mesh, Pos2, Rect, Sense, Shape, Stroke, Vec2};

/// Which language the map labels are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LabelLanguage {
    /// English.
    #[default]
    English,
    /// Georgian.
    Georgian,
    /// Russian.
    Russian,
}

impl LabelLanguage {
    /// Every choice, for a picker.
    pub const ALL: [Self; 3] = [Self::English, Self::Georgian, Self::Russian];

    /// The choice's own name.
    pub fn label(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::Georgian => "ქართული",
            Self::Russian => "Русский",
        }
    }

    fn region_name(self, n: &Names) -> &str {
        let pick = match self {
            Self::English => None,
            Self::Georgian => n.name_ka.as_deref(),
            Self::Russian => n.name_ru.as_deref(),
        };
        pick.unwrap_or(&n.name_en)
    }

    fn place_name(self, n: &PlaceNames) -> &str {
        match self {
            Self::English => &n.name_en,
            Self::Georgian => &n.name_ka,
            Self::Russian => &n.name_ru,
        }
    }
}

/// Map state that lives between frames.
#[derive(Debug, Clone, Default)]
pub struct MapState {
    /// Pan and zoom; `None` until the first frame, which fits the home extent.
    pub view: Option<MapView>,
    /// The screen rectangle of the map at the last frame.
    pub viewport: Option<Rect>,
    /// Label language.
    pub language: LabelLanguage,
    /// Whether the view is still the home fit (no pan or zoom since): then a resize fits again.
    pub at_home: bool,
}

/// Moves map-plane and geographic positions to the screen and back, for one frame.
#[derive(Debug, Clone, Copy)]
pub struct Projector {
    /// The view.
    pub view: MapView,
    /// The map's screen rectangle.
    pub rect: Rect,
}

impl Projector {
    fn center(&self) -> ScreenPoint {
        ScreenPoint {
            x: self.rect.center().x,
            y: self.rect.center().y,
        }
    }

    /// Screen position of a map-plane point.
    pub fn screen_from_map(&self, p: MapPoint) -> Pos2 {
        let s = self.view.screen_from_map(p, self.center());
        Pos2::new(s.x, s.y)
    }

    /// Screen position of a map-plane vertex stored as f32 km.
    #[inline]
    pub fn screen_from_xy(&self, [x, y]: [f32; 2]) -> Pos2 {
        let ppk = self.view.points_per_km as f32;
        let c = self.rect.center();
        Pos2::new(
            c.x + (x - self.view.center.x_km as f32) * ppk,
            c.y - (y - self.view.center.y_km as f32) * ppk,
        )
    }

    /// Screen position of a geographic position.
    pub fn screen_from_lonlat(&self, p: LonLat) -> Pos2 {
        self.screen_from_map(map_from_lonlat(p))
    }

    /// Geographic position under a screen position.
    pub fn lonlat_from_screen(&self, s: Pos2) -> LonLat {
        lonlat_from_map(
            self.view
                .map_from_screen(ScreenPoint { x: s.x, y: s.y }, self.center()),
        )
    }

    /// The part of the map plane on screen.
    pub fn visible(&self) -> MapRect {
        let a = self.view.map_from_screen(
            ScreenPoint {
                x: self.rect.left(),
                y: self.rect.bottom(),
            },
            self.center(),
        );
        let b = self.view.map_from_screen(
            ScreenPoint {
                x: self.rect.right(),
                y: self.rect.top(),
            },
            self.center(),
        );
        MapRect { min: a, max: b }
    }
}

/// What the map reports to the app for this frame.
pub struct MapOutput {
    /// The map's response (hover, clicks).
    pub response: egui::Response,
    /// For painting overlays and hit-testing this frame.
    pub projector: Projector,
    /// Pointer position over the map, if any.
    pub hover_pos: Option<Pos2>,
    /// Where the primary button clicked, if it did this frame (a drag is no click).
    pub clicked_at: Option<Pos2>,
}

/// How strongly each region is drawn this frame.
#[derive(Debug, Clone, Copy, Default)]
pub struct Highlight {
    /// Region index under the pointer.
    pub hovered: Option<usize>,
    /// Selected region index.
    pub selected: Option<usize>,
}

const ZOOM_STEP: f64 = 1.5;
const FIT_MARGIN: f32 = 24.0;

impl MapState {
    /// Fit the home extent (Georgia with Abkhazia and South Ossetia) on the next frame.
    pub fn reset(&mut self) {
        self.view = None;
    }

    /// Zoom so that `rect` fills the map.
    pub fn zoom_to(&mut self, rect: MapRect) {
        if let Some(vp) = self.viewport {
            self.at_home = false;
            self.view = Some(MapView::fit(rect, (vp.width(), vp.height()), FIT_MARGIN));
        }
    }

    /// Bring a position into view: centre on it if it is off screen or near an edge, and
    /// zoom in to at least `min_points_per_km`.
    pub fn focus_on(&mut self, p: LonLat, min_points_per_km: f64) {
        let Some(view) = &mut self.view else { return };
        let before = *view;
        let target = map_from_lonlat(p);
        let margin = 60.0;
        let visible = self.viewport.map(|vp| {
            let c = ScreenPoint {
                x: vp.center().x,
                y: vp.center().y,
            };
            let s = view.screen_from_map(target, c);
            vp.shrink(margin).contains(Pos2::new(s.x, s.y))
        });
        if visible != Some(true) {
            view.center = target;
        }
        if view.points_per_km < min_points_per_km {
            view.points_per_km = min_points_per_km;
            view.center = target;
        }
        if *view != before {
            self.at_home = false;
        }
    }

    /// Zoom in (factor > 1) or out around the centre of the map.
    pub fn zoom_by(&mut self, factor: f64) {
        if let (Some(view), Some(vp)) = (&mut self.view, self.viewport) {
            self.at_home = false;
            let c = ScreenPoint {
                x: vp.center().x,
                y: vp.center().y,
            };
            view.zoom_around(factor, c, c);
        }
    }

    /// The projector of the last frame, for tests and for the app between frames.
    pub fn projector(&self) -> Option<Projector> {
        Some(Projector {
            view: self.view?,
            rect: self.viewport?,
        })
    }
}

/// Show the map in all of `ui`'s remaining space.
pub fn map_ui(
    ui: &mut egui::Ui,
    atlas: &Atlas,
    state: &mut MapState,
    highlight: Highlight,
    overlay: impl FnOnce(&egui::Painter, &Projector),
) -> MapOutput {
    let rect = ui.available_rect_before_wrap();
    let response = ui.allocate_rect(rect, Sense::click_and_drag());
    // When panels open or the window resizes, keep showing the same extent: scale the zoom
    // by how much the map shrank or grew.
    if state.at_home {
        state.view = None;
    } else if let (Some(old), Some(view)) = (state.viewport, state.view.as_mut())
        && old.size() != rect.size()
        && old.width() > 1.0
        && old.height() > 1.0
    {
        let f = f64::from((rect.width() / old.width()).min(rect.height() / old.height()));
        view.points_per_km = (view.points_per_km * f).clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
    }
    state.viewport = Some(rect);
    let view = *state.view.get_or_insert_with(|| {
        state.at_home = true;
        MapView::fit(atlas.home, (rect.width(), rect.height()), FIT_MARGIN)
    });
    let mut proj = Projector { view, rect };

    navigate(ui, &response, atlas, state, &mut proj);
    let hover_pos = response.hover_pos();
    let clicked_at = if response.clicked() {
        response.interact_pointer_pos()
    } else {
        None
    };

    let palette = Palette::for_visuals(ui.visuals());
    let painter = ui.painter_at(rect);
    paint_base(
        &painter,
        atlas,
        &proj,
        &palette,
        highlight,
        ui.visuals().dark_mode,
    );
    overlay(&painter, &proj);
    paint_labels(&painter, atlas, &proj, &palette, state.language);
    controls_ui(ui, rect, state);
    paint_scale_bar(&painter, &proj, &palette);
    MapOutput {
        response,
        projector: proj,
        hover_pos,
        clicked_at,
    }
}

/// Apply this frame's drag, wheel, pinch, keys and double-click to the view.
fn navigate(
    ui: &egui::Ui,
    response: &egui::Response,
    atlas: &Atlas,
    state: &mut MapState,
    proj: &mut Projector,
) {
    let Some(view) = state.view.as_mut() else {
        return;
    };
    if response.dragged() {
        let d = response.drag_delta();
        view.pan_by_screen(d.x, d.y);
    }
    if let Some(pos) = response.hover_pos() {
        let (scroll, pinch) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
        let factor = f64::from(pinch) * (f64::from(scroll) * 0.003).exp();
        if (factor - 1.0).abs() > 1e-4 {
            let c = ScreenPoint {
                x: proj.rect.center().x,
                y: proj.rect.center().y,
            };
            view.zoom_around(factor, ScreenPoint { x: pos.x, y: pos.y }, c);
        }
    }
    if !ui.ctx().egui_wants_keyboard_input() {
        let (zoom_in, zoom_out) = ui.input(|i| {
            (
                i.key_pressed(egui::Key::Plus) || i.key_pressed(egui::Key::Equals),
                i.key_pressed(egui::Key::Minus),
            )
        });
        let c = ScreenPoint {
            x: proj.rect.center().x,
            y: proj.rect.center().y,
        };
        if zoom_in {
            view.zoom_around(ZOOM_STEP, c, c);
        }
        if zoom_out {
            view.zoom_around(1.0 / ZOOM_STEP, c, c);
        }
    }
    if proj.view != *view {
        state.at_home = false;
    }
    proj.view = *view;
    if response.double_clicked()
        && let Some(pos) = response.interact_pointer_pos()
        && let Some(i) = atlas.region_at(proj.lonlat_from_screen(pos))
    {
        state.zoom_to(atlas.regions[i].shape.map_rect);
        if let Some(v) = state.view {
            proj.view = v;
        }
    }
}

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
pub fn paint_fill_mapped(
    painter: &egui::Painter,
    shape: &MapShape,
    fill: Color32,
    to_screen: impl Fn([f32; 2]) -> Pos2,
) {
    let mut mesh = Mesh::default();
    mesh.reserve_vertices(shape.mesh.vertices.len());
    for &v in &shape.mesh.vertices {
        mesh.colored_vertex(to_screen(v), fill);
    }
    mesh.indices.extend_from_slice(&shape.mesh.indices);
    painter.add(Shape::mesh(mesh));
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

fn paint_base(
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

/// Rectangles already taken by labels this frame: a label is drawn only where it fits.
#[derive(Default)]
pub struct LabelPlacer {
    taken: Vec<Rect>,
}

impl LabelPlacer {
    /// Lay out a name once, and draw it centred at `pos` if it fits on the map and overlaps
    /// no label placed so far; `colors` are the text colour and an optional halo.
    pub fn place_centered(
        &mut self,
        painter: &egui::Painter,
        proj: &Projector,
        pos: Pos2,
        text: &str,
        font: FontId,
        (color, halo): (Color32, Option<Color32>),
    ) {
        let galley = painter.layout_no_wrap(text.to_owned(), font, color);
        let rect = Align2::CENTER_CENTER.anchor_size(pos, galley.size());
        if !proj.rect.contains_rect(rect) || !self.try_take(rect.expand(2.0)) {
            return;
        }
        match halo {
            Some(h) => paint_galley_with_halo(painter, rect.min, galley, color, h),
            None => painter.galley(rect.min, galley, color),
        }
    }

    /// Take `rect` if it overlaps nothing taken yet.
    pub fn try_take(&mut self, rect: Rect) -> bool {
        if self.taken.iter().any(|t| t.intersects(rect)) {
            return false;
        }
        self.taken.push(rect);
        true
    }
}

/// Text with a halo, so it reads over any fill.
pub fn halo_text(
    painter: &egui::Painter,
    pos: Pos2,
    anchor: Align2,
    text: &str,
    font: FontId,
    color: Color32,
    halo: Color32,
) -> Rect {
    let galley = painter.layout_no_wrap(text.to_owned(), font, color);
    let rect = anchor.anchor_size(pos, galley.size());
    paint_galley_with_halo(painter, rect.min, galley, color, halo);
    rect
}

/// Paint a laid-out text with a one-point halo around it.
fn paint_galley_with_halo(
    painter: &egui::Painter,
    at: Pos2,
    galley: std::sync::Arc<egui::Galley>,
    color: Color32,
    halo: Color32,
) {
    for d in [
        Vec2::new(-1.0, 0.0),
        Vec2::new(1.0, 0.0),
        Vec2::new(0.0, -1.0),
        Vec2::new(0.0, 1.0),
    ] {
        painter.galley_with_override_text_color(at + d, galley.clone(), halo);
    }
    painter.galley(at, galley, color);
}

/// The smallest zoom (points per km) at which towns of each rank get a label.
fn min_zoom_for_rank(rank: u8) -> f64 {
    match rank {
        1 | 2 => 0.0,
        3 => 1.9,
        _ => 4.0,
    }
}

fn paint_labels(
    painter: &egui::Painter,
    atlas: &Atlas,
    proj: &Projector,
    palette: &Palette,
    lang: LabelLanguage,
) {
    let mut placer = LabelPlacer::default();
    let zoom = proj.view.points_per_km;
    // Region names first: they matter most, and towns give way to them.
    let region_font = FontId::proportional(if zoom > 3.0 { 20.0 } else { 16.0 });
    let region_labels = atlas.regions.iter().filter(|r| r.id != "georgia");
    for r in region_labels.chain(atlas.regions.iter().filter(|r| r.id == "georgia")) {
        let pos = region_label_pos(r, proj);
        let name = lang.region_name(&r.names);
        placer.place_centered(
            painter,
            proj,
            pos,
            name,
            region_font.clone(),
            (palette.region_label, Some(palette.halo)),
        );
    }
    for n in &atlas.neighbours {
        let pos = region_label_pos(n, proj);
        let name = lang.region_name(&n.names);
        placer.place_centered(
            painter,
            proj,
            pos,
            name,
            FontId::proportional(13.0),
            (palette.neighbour_border, None),
        );
    }
    for p in &atlas.places {
        if zoom < min_zoom_for_rank(p.rank) {
            continue;
        }
        let at = proj.screen_from_lonlat(p.lonlat());
        if !proj.rect.contains(at) {
            continue;
        }
        let (radius, size) = match p.rank {
            1 => (4.0, 14.5),
            2 => (3.0, 13.0),
            3 => (2.5, 12.0),
            _ => (2.0, 11.5),
        };
        let font = FontId::proportional(size);
        let name = lang.place_name(&p.names);
        let galley = painter.layout_no_wrap(name.to_owned(), font.clone(), palette.label);
        let dot = Rect::from_center_size(at, Vec2::splat(2.0 * radius + 2.0));
        // Try right, left, above, below the dot.
        let gap = radius + 3.0;
        let candidates = [
            (at + Vec2::new(gap, 0.0), Align2::LEFT_CENTER),
            (at - Vec2::new(gap, 0.0), Align2::RIGHT_CENTER),
            (at - Vec2::new(0.0, gap), Align2::CENTER_BOTTOM),
            (at + Vec2::new(0.0, gap), Align2::CENTER_TOP),
        ];
        let spot = candidates.into_iter().find(|(pos, anchor)| {
            let rect = anchor.anchor_size(*pos, galley.size());
            proj.rect.contains_rect(rect)
                && !placer
                    .taken
                    .iter()
                    .any(|t| t.intersects(rect) || t.intersects(dot))
        });
        // Capitals and major towns keep their dot even when the name has no room.
        let Some((pos, anchor)) = spot else {
            if p.rank <= 2 && placer.try_take(dot) {
                paint_town_dot(painter, at, radius, p.rank, palette);
            }
            continue;
        };
        placer
            .taken
            .push(anchor.anchor_size(pos, galley.size()).expand(1.0));
        placer.taken.push(dot);
        paint_town_dot(painter, at, radius, p.rank, palette);
        halo_text(
            painter,
            pos,
            anchor,
            name,
            font,
            palette.label,
            palette.halo,
        );
    }
}

fn paint_town_dot(painter: &egui::Painter, at: Pos2, radius: f32, rank: u8, palette: &Palette) {
    if rank == 1 {
        painter.circle(
            at,
            radius + 1.5,
            palette.halo,
            Stroke::new(1.2, palette.town),
        );
        painter.circle_filled(at, radius - 1.2, palette.town);
    } else {
        painter.circle(at, radius, palette.town, Stroke::new(1.0, palette.halo));
    }
}

fn region_label_pos(r: &Region, proj: &Projector) -> Pos2 {
    // Georgia's interior point falls near the Abkhazia line; its name sits better over the
    // centre of the country, between Kutaisi and Tbilisi.
    let at = if r.id == "georgia" {
        LonLat::new(43.55, 41.85)
    } else {
        r.label_at
    };
    proj.screen_from_lonlat(at)
}

/// A scale bar in km, bottom left, of a round length near 120 points.
fn paint_scale_bar(painter: &egui::Painter, proj: &Projector, palette: &Palette) {
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

/// Zoom buttons and reset, drawn over the map.
fn controls_ui(ui: &mut egui::Ui, rect: Rect, state: &mut MapState) {
    let size = Vec2::new(30.0, 30.0);
    let x = rect.right() - 12.0 - size.x;
    let top = rect.top() + 12.0;
    let b = |label: &str| egui::Button::new(egui::RichText::new(label).size(18.0));
    if ui
        .put(Rect::from_min_size(Pos2::new(x, top), size), b("+"))
        .on_hover_text("Zoom in (+)")
        .clicked()
    {
        state.zoom_by(ZOOM_STEP);
    }
    if ui
        .put(Rect::from_min_size(Pos2::new(x, top + 34.0), size), b("−"))
        .on_hover_text("Zoom out (−)")
        .clicked()
    {
        state.zoom_by(1.0 / ZOOM_STEP);
    }
    let reset = Rect::from_min_size(
        Pos2::new(rect.right() - 12.0 - 90.0, top + 72.0),
        Vec2::new(90.0, 26.0),
    );
    if ui
        .put(reset, egui::Button::new("Reset view"))
        .on_hover_text("Show all of Georgia again")
        .clicked()
    {
        state.reset();
    }
}
