//! The map's state between frames (the view, caches) and the view rules: fit home, focus on a
//! place, zoom by steps, keep the home fit on resize.

use super::Projector;
use crate::projection::{LonLat, MapRect, MapView};
use crate::view::{self, Viewport};
use egui::Rect;

/// Map state that lives between frames.
#[derive(Debug, Clone, Default)]
pub struct MapState {
    /// Pan and zoom; `None` until the first frame, which fits the home extent.
    pub view: Option<MapView>,
    /// The screen rectangle of the map at the last frame.
    pub viewport: Option<Rect>,
    /// The names of regions and towns drawn in the last frame (for tests and checks).
    pub labels: Vec<String>,
    /// The base layer's screen mesh.
    pub base: super::BaseCache,
    /// Whether the view is still the home fit (no pan or zoom since): then a resize fits again.
    pub at_home: bool,
    /// A geographic box to show once the map's size is known (from `--view` or the last
    /// session).
    pub pending_box: Option<crate::view::ViewBox>,
    /// Draw no buttons over the map (for saved images).
    pub plain: bool,
    /// The extent the user chose, fitted anew when the map changes size.
    pub kept: Option<crate::view::KeptExtent>,
}

/// The egui rectangle as the core's [`Viewport`].
pub(super) fn viewport(r: Rect) -> Viewport {
    Viewport {
        left: r.left(),
        top: r.top(),
        width: r.width(),
        height: r.height(),
    }
}

impl MapState {
    /// Fit the home extent (Georgia with Abkhazia and South Ossetia) on the next frame.
    pub fn reset(&mut self) {
        self.view = None;
    }

    /// Zoom so that `rect` fills the map.
    pub fn zoom_to(&mut self, rect: MapRect) {
        if let Some(vp) = self.viewport {
            self.at_home = false;
            self.view = Some(view::fit(rect, viewport(vp)));
        }
    }

    /// Bring a position into view (see [`view::focus`]).
    pub fn focus_on(&mut self, p: LonLat, min_points_per_km: f64) {
        if let (Some(v), Some(vp)) = (self.view, self.viewport) {
            let after = view::focus(v, viewport(vp), p, min_points_per_km);
            if after != v {
                self.at_home = false;
                self.view = Some(after);
            }
        }
    }

    /// Zoom in (factor > 1) or out around the centre of the map.
    pub fn zoom_by(&mut self, factor: f64) {
        if let (Some(v), Some(vp)) = (self.view, self.viewport) {
            self.at_home = false;
            self.view = Some(view::zoom_by(v, viewport(vp), factor));
        }
    }

    /// The geographic box the map showed in the last frame.
    pub fn view_box(&self) -> Option<crate::view::ViewBox> {
        Some(crate::view::ViewBox::of_view(
            self.view?,
            viewport(self.viewport?),
        ))
    }

    /// The projector of the last frame, for tests and for the app between frames.
    pub fn projector(&self) -> Option<Projector> {
        Some(Projector {
            view: self.view?,
            rect: self.viewport?,
        })
    }
}
