//! The map: painting regions, outlines, towns and labels from cached meshes, and pan/zoom.
//!
//! The widget owns navigation (drag, wheel, pinch, double-click to zoom to a region, reset;
//! the +/- keys are in the app's shortcut table). What a click *means* (select a region, an event) is the app's call: the
//! widget reports where the pointer is and hands out a [`Projector`].

mod band;
mod clip;
mod labels;
mod memory;
mod paint;
mod projector;
mod scale_bar;
mod water;

pub use memory::{MapState, ease};
pub use paint::{BaseCache, append_mapped, paint_dashed_outline, paint_fill, paint_outline};
pub use projector::Projector;

use crate::atlas::{Atlas, RegionIx};
use crate::projection::ScreenPoint;
use crate::ui::theme::Palette;
use crate::view::ZOOM_STEP;
use crate::views::Naming;
use egui::{Pos2, Rect, Sense, Vec2};
use labels::paint_labels;
use memory::viewport;
use paint::paint_base;
use scale_bar::paint_scale_bar;

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

/// What is drawn stronger this frame: the region (or event marker) under the pointer and the
/// selected one, by their positions in the data.
#[derive(Debug, Clone, Copy)]
pub struct Highlight<I> {
    /// Under the pointer.
    pub hovered: Option<I>,
    /// Selected.
    pub selected: Option<I>,
}

impl<I> Default for Highlight<I> {
    fn default() -> Self {
        Self {
            hovered: None,
            selected: None,
        }
    }
}

/// Show the map in all of `ui`'s remaining space.
pub fn map_ui(
    ui: &mut egui::Ui,
    atlas: &Atlas,
    naming: Naming<'_>,
    state: &mut MapState,
    highlight: Highlight<RegionIx>,
    overlay: impl FnOnce(&egui::Painter, &Projector),
) -> MapOutput {
    let rect = ui.available_rect_before_wrap();
    let response = ui.allocate_rect(rect, Sense::click_and_drag());
    // When panels open or the window resizes, keep showing the extent the user chose.
    if let Some(b) = state.pending_box.take() {
        let v = b.view_in(viewport(rect));
        state.at_home = false;
        state.view = Some(v);
        state.kept = Some(crate::view::KeptExtent::with(b, v));
    } else if state.at_home {
        state.view = None;
        state.kept = None;
    } else if let (Some(old), Some(v)) = (state.viewport, state.view) {
        let kept = state
            .kept
            .get_or_insert_with(|| crate::view::KeptExtent::of(v, viewport(old)));
        state.view = Some(kept.resolve(v, viewport(old), viewport(rect)));
    }
    state.viewport = Some(rect);
    if state.step_glide(ui.input(|i| i.time), rect) {
        ui.ctx().request_repaint();
    }
    let view = *state.view.get_or_insert_with(|| {
        state.at_home = true;
        crate::view::fit(atlas.home, viewport(rect))
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
        (highlight, ui.visuals().dark_mode),
        (!state.vector).then_some(&mut state.base),
    );
    overlay(&painter, &proj);
    let first = state.selected_place;
    state.labels = paint_labels(
        &painter,
        atlas,
        &proj,
        &palette,
        naming,
        (first, &mut state.towns),
    );
    if !state.plain {
        controls_ui(ui, rect, state, naming.tr);
    }
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
    if proj.view != *view {
        state.at_home = false;
        state.glide = None; // the user's hand wins over a story's move
        state.hand_moves += 1;
    }
    proj.view = *view;
    if response.double_clicked()
        && let Some(pos) = response.interact_pointer_pos()
        && let Some(region) = proj
            .region_at(atlas, pos)
            .and_then(|i| atlas.regions.get(i))
    {
        state.zoom_to(region.shape.map_rect);
        if let Some(v) = state.view {
            proj.view = v;
        }
    }
}

/// Zoom buttons and reset, drawn over the map.
fn controls_ui(ui: &mut egui::Ui, rect: Rect, state: &mut MapState, tr: crate::i18n::Tr<'_>) {
    let size = Vec2::new(30.0, 30.0);
    let x = rect.right() - 12.0 - size.x;
    let top = rect.top() + 12.0;
    let b = |label: &str| egui::Button::new(egui::RichText::new(label).size(18.0));
    if ui
        .put(Rect::from_min_size(Pos2::new(x, top), size), b("+"))
        .on_hover_text(crate::t!(tr, "map-zoom-in"))
        .clicked()
    {
        state.zoom_by(ZOOM_STEP);
    }
    if ui
        .put(Rect::from_min_size(Pos2::new(x, top + 34.0), size), b("−"))
        .on_hover_text(crate::t!(tr, "map-zoom-out"))
        .clicked()
    {
        state.zoom_by(1.0 / ZOOM_STEP);
    }
    // As wide as its words need (Georgian and Russian run longer than English).
    let text = crate::t!(tr, "map-reset");
    let width = ui
        .painter()
        .layout_no_wrap(
            text.clone(),
            egui::TextStyle::Button.resolve(ui.style()),
            egui::Color32::WHITE,
        )
        .size()
        .x
        + 16.0;
    let reset = Rect::from_min_size(
        Pos2::new(rect.right() - 12.0 - width, top + 72.0),
        Vec2::new(width, 26.0),
    );
    if ui
        .put(reset, egui::Button::new(text))
        .on_hover_text(crate::t!(tr, "map-reset-hover"))
        .clicked()
    {
        state.reset();
    }
}
