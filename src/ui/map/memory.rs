//! The map's state between frames (view, language) and the view rules: fit home, focus on a
//! place, zoom by steps, keep the home fit on resize.

use super::{LabelLanguage, Projector};
use crate::projection::{LonLat, MapRect, MapView, ScreenPoint, map_from_lonlat};
use egui::{Pos2, Rect};

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

pub(super) const ZOOM_STEP: f64 = 1.5;
pub(super) const FIT_MARGIN: f32 = 24.0;

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
