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
    /// The towns drawn in the last frame, for clicks and hovers.
    pub towns: Vec<super::labels::DrawnTown>,
    /// The selected place, whose name is placed first, at any zoom (set by the map panel).
    pub selected_place: Option<crate::atlas::PlaceIx>,
    /// The base layer's screen mesh.
    pub base: super::BaseCache,
    /// Whether the view is still the home fit (no pan or zoom since): then a resize fits again.
    pub at_home: bool,
    /// A geographic box to show once the map's size is known (from `--view` or the last
    /// session).
    pub pending_box: Option<crate::view::ViewBox>,
    /// Draw no buttons over the map (for saved images).
    pub plain: bool,
    /// Paint the base layer as shapes, not the cached mesh: a vector image is taken of this
    /// frame.
    pub vector: bool,
    /// The extent the user chose, fitted anew when the map changes size.
    pub kept: Option<crate::view::KeptExtent>,
    /// A move to another extent under way (a story's slide).
    pub glide: Option<Glide>,
    /// How many times the reader moved the view by hand (drag, wheel, keys, buttons): a story
    /// knows from it that the reader moved away from a slide (a resize is no move).
    pub hand_moves: u32,
}

/// A move of the view to an extent, eased: from the view it started at to the view that fits
/// the extent in the map as it is at each frame (a panel opening meanwhile is followed).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Glide {
    from: MapView,
    to: MapRect,
    start: f64,
    seconds: f64,
}

/// Ease in and out (smoothstep): slow at both ends, as a camera moves.
pub fn ease(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
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
    /// The town drawn last frame under `pos`: of those hit, the one whose dot is nearest.
    pub fn town_at(&self, pos: egui::Pos2) -> Option<crate::atlas::PlaceIx> {
        self.towns
            .iter()
            .filter(|t| t.hit.contains(pos))
            .min_by(|a, b| a.at.distance_sq(pos).total_cmp(&b.at.distance_sq(pos)))
            .map(|t| t.place)
    }

    /// Fit the home extent (Georgia with Abkhazia and South Ossetia) on the next frame.
    pub fn reset(&mut self) {
        self.glide = None;
        self.hand_moves += 1;
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

    /// Move the view to show `rect`, eased over `seconds` from `now` (egui's input time);
    /// `seconds` 0 (reduced motion) moves at once. Before the map's first frame it starts there.
    pub fn glide_to(&mut self, rect: MapRect, now: f64, seconds: f64) {
        self.at_home = false;
        match (self.view, self.viewport) {
            (Some(from), Some(_)) if seconds > 0.0 => {
                self.glide = Some(Glide {
                    from,
                    to: rect,
                    start: now,
                    seconds,
                });
            }
            (_, Some(vp)) => {
                self.glide = None;
                self.view = Some(view::fit(rect, viewport(vp)));
                self.kept = None;
            }
            (_, None) => {
                let sw = crate::projection::lonlat_from_map(rect.min);
                let ne = crate::projection::lonlat_from_map(rect.max);
                self.pending_box = Some(crate::view::ViewBox {
                    west: sw.lon,
                    south: sw.lat,
                    east: ne.lon,
                    north: ne.lat,
                });
            }
        }
    }

    /// The view of a glide under way at `now` in `rect`, ending it when done. Returns
    /// whether it goes on (the caller asks for the next frame).
    pub(super) fn step_glide(&mut self, now: f64, rect: Rect) -> bool {
        let Some(g) = self.glide else {
            return false;
        };
        let to = view::fit(g.to, viewport(rect));
        let t = ease((now - g.start) / g.seconds);
        let going = t < 1.0;
        // The centre moves in the plane, the zoom by equal ratios (a constant speed of scale).
        // At the start the view is exactly the one it starts from (the frame of the key press
        // keeps the map it has drawn), at the end exactly the slide's.
        let lerp = |a: f64, b: f64| a + (b - a) * t;
        let at = if !going {
            to
        } else {
            MapView {
                center: crate::projection::MapPoint {
                    x_km: lerp(g.from.center.x_km, to.center.x_km),
                    y_km: lerp(g.from.center.y_km, to.center.y_km),
                },
                points_per_km: g.from.points_per_km
                    * (to.points_per_km / g.from.points_per_km).powf(t),
            }
        };
        if self.view != Some(at) {
            self.view = Some(at);
            self.kept = None;
        }
        if !going {
            self.glide = None;
        }
        going
    }

    /// Zoom in (factor > 1) or out around the centre of the map.
    pub fn zoom_by(&mut self, factor: f64) {
        self.glide = None;
        self.hand_moves += 1;
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
