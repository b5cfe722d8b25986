//! The map's view rules, free of any UI: fit an extent, keep it on resize, bring a place into
//! view, zoom by steps. The map widget calls these; they are tested here.

use crate::projection::{
    LonLat, MapRect, MapView, ScreenPoint, ZOOM_RANGE, lonlat_from_map, map_from_lonlat,
};

/// Points kept free around a fitted extent.
pub const FIT_MARGIN: f32 = 24.0;
/// One step of the +/- keys and buttons.
pub const ZOOM_STEP: f64 = 1.5;
/// A place closer than this to the map's edge is brought towards the centre by [`focus`].
const EDGE_MARGIN: f32 = 60.0;

/// The map's rectangle on screen, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    /// Left edge.
    pub left: f32,
    /// Top edge.
    pub top: f32,
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
}

impl Viewport {
    /// Its centre.
    pub fn center(&self) -> ScreenPoint {
        ScreenPoint {
            x: self.left + self.width / 2.0,
            y: self.top + self.height / 2.0,
        }
    }

    /// Whether `p` lies inside, at least `margin` points from every edge.
    pub fn contains_inset(&self, p: ScreenPoint, margin: f32) -> bool {
        p.x >= self.left + margin
            && p.x <= self.left + self.width - margin
            && p.y >= self.top + margin
            && p.y <= self.top + self.height - margin
    }
}

fn clamp_zoom(points_per_km: f64) -> f64 {
    points_per_km.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end())
}

/// The view that shows `rect` whole in `viewport`.
pub fn fit(rect: MapRect, viewport: Viewport) -> MapView {
    MapView::fit(rect, (viewport.width, viewport.height), FIT_MARGIN)
}

/// The extent the user chose, kept across resizes. Each new size gets the extent fitted
/// anew, so that growing the map and shrinking it back returns the same view; scaling the
/// zoom by the change of size would drift, since a fit keeps whichever axis is narrower.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KeptExtent {
    /// The geographic box the user chose.
    pub extent: ViewBox,
    /// The view that box gave at the last size (a different view means the user navigated).
    view: MapView,
}

impl KeptExtent {
    /// Keep `view` as seen in `viewport`.
    pub fn of(view: MapView, viewport: Viewport) -> Self {
        Self {
            extent: ViewBox::of_view(view, viewport),
            view,
        }
    }

    /// Keep `extent`, shown as `view`.
    pub fn with(extent: ViewBox, view: MapView) -> Self {
        Self { extent, view }
    }

    /// This frame's view. `view` is the last frame's, shown in `old`; the map is now `new`.
    /// If the user navigated since, that view becomes the kept extent; if the size changed,
    /// the kept extent is fitted to it.
    pub fn resolve(&mut self, view: MapView, old: Viewport, new: Viewport) -> MapView {
        if view != self.view && old.width > 1.0 && old.height > 1.0 {
            *self = Self::of(view, old);
        }
        if (old.width, old.height) == (new.width, new.height)
            || new.width <= 1.0
            || new.height <= 1.0
        {
            return view;
        }
        self.view = self.extent.view_in(new);
        self.view
    }
}

/// Bring `p` into view: centre on it if it is off screen or near an edge, and zoom in to at
/// least `min_points_per_km` (within the zoom range).
pub fn focus(view: MapView, viewport: Viewport, p: LonLat, min_points_per_km: f64) -> MapView {
    let target = map_from_lonlat(p);
    let mut out = view;
    let on_screen = view.screen_from_map(target, viewport.center());
    if !viewport.contains_inset(on_screen, EDGE_MARGIN) {
        out.center = target;
    }
    let min = clamp_zoom(min_points_per_km);
    if out.points_per_km < min {
        out.points_per_km = min;
        out.center = target;
    }
    out
}

/// Zoom in (`factor` > 1) or out around the map's centre.
pub fn zoom_by(view: MapView, viewport: Viewport, factor: f64) -> MapView {
    let mut out = view;
    let c = viewport.center();
    out.zoom_around(factor, c, c);
    out
}

/// A geographic box, west,south,east,north in degrees: how a view is written on the command
/// line (`--view`) and remembered. A box, not a centre and zoom, so that it means the same
/// extent in a window of another size.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ViewBox {
    /// Western edge, degrees east.
    pub west: f64,
    /// Southern edge, degrees north.
    pub south: f64,
    /// Eastern edge, degrees east.
    pub east: f64,
    /// Northern edge, degrees north.
    pub north: f64,
}

impl ViewBox {
    /// Read `W,S,E,N` (degrees; west < east, south < north, within the map's window).
    pub fn parse(text: &str) -> Result<Self, String> {
        // Every part must be a number: `40,x,41,47,44` is not four numbers with a typo skipped.
        let nums: Option<Vec<f64>> = text.split(',').map(|p| p.trim().parse().ok()).collect();
        let Some([west, south, east, north]) =
            nums.as_deref().and_then(|n| <[f64; 4]>::try_from(n).ok())
        else {
            return Err(format!(
                "expected four numbers west,south,east,north in degrees (e.g. 40.0,41.0,47.0,44.0), found {text:?}"
            ));
        };
        let b = Self {
            west,
            south,
            east,
            north,
        };
        if !b.is_valid() {
            return Err(format!(
                "expected west < east and south < north within longitudes -180..180 and latitudes -85..85, found {text:?}"
            ));
        }
        Ok(b)
    }

    fn is_valid(&self) -> bool {
        [self.west, self.south, self.east, self.north]
            .iter()
            .all(|v| v.is_finite())
            && (-180.0..=180.0).contains(&self.west)
            && (-180.0..=180.0).contains(&self.east)
            && (-85.0..=85.0).contains(&self.south)
            && (-85.0..=85.0).contains(&self.north)
            && self.west < self.east
            && self.south < self.north
    }

    /// The box a view shows in `viewport`.
    pub fn of_view(view: MapView, viewport: Viewport) -> Self {
        let c = viewport.center();
        let corner =
            |x: f32, y: f32| lonlat_from_map(view.map_from_screen(ScreenPoint { x, y }, c));
        let sw = corner(viewport.left, viewport.top + viewport.height);
        let ne = corner(viewport.left + viewport.width, viewport.top);
        Self {
            west: sw.lon,
            south: sw.lat,
            east: ne.lon,
            north: ne.lat,
        }
    }

    /// The view showing this box whole in `viewport` (no margin: [`Self::of_view`] of the
    /// result gives the box back, widened on one axis to the viewport's shape).
    pub fn view_in(&self, viewport: Viewport) -> MapView {
        let rect = MapRect::from_lonlat(
            LonLat {
                lon: self.west,
                lat: self.south,
            },
            LonLat {
                lon: self.east,
                lat: self.north,
            },
        );
        MapView::fit(rect, (viewport.width, viewport.height), 0.0)
    }
}

impl std::fmt::Display for ViewBox {
    /// `W,S,E,N` to 3 decimals (about 100 m), as `--view` reads it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:.3},{:.3},{:.3},{:.3}",
            self.west, self.south, self.east, self.north
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_box_reads_writes_and_round_trips_through_a_viewport() {
        let b = ViewBox::parse("40.0, 41.0,47.5,44").unwrap();
        assert_eq!(b.to_string(), "40.000,41.000,47.500,44.000");
        assert_eq!(ViewBox::parse(&b.to_string()), Ok(b));
        for bad in [
            "1,2,3",
            "a,b,c,d",
            "47,41,40,44",
            "40,44,47,41",
            "40,41,200,44",
            "NaN,1,2,3",
            "40,x,41,47,44",
            "40,41,47,44,",
        ] {
            assert!(ViewBox::parse(bad).is_err(), "{bad}");
        }
        let vp = Viewport {
            left: 300.0,
            top: 30.0,
            width: 800.0,
            height: 500.0,
        };
        let back = ViewBox::of_view(b.view_in(vp), vp);
        // One axis is exact, the other widened to the viewport's shape; both centred.
        assert!(
            (back.south - 41.0).abs() < 1e-6 || (back.west - 40.0).abs() < 1e-6,
            "{back:?}"
        );
        assert!(
            back.west <= 40.0 + 1e-6 && back.east >= 47.5 - 1e-6,
            "{back:?}"
        );
        assert!(
            back.south <= 41.0 + 1e-6 && back.north >= 44.0 - 1e-6,
            "{back:?}"
        );
        let again = ViewBox::of_view(back.view_in(vp), vp);
        assert!((again.west - back.west).abs() < 1e-6 && (again.north - back.north).abs() < 1e-6);
    }
    use crate::projection::MapPoint;

    const VP: Viewport = Viewport {
        left: 300.0,
        top: 40.0,
        width: 800.0,
        height: 500.0,
    };

    fn view() -> MapView {
        MapView {
            center: map_from_lonlat(LonLat::new(43.5, 42.3)),
            points_per_km: 1.0,
        }
    }

    #[test]
    fn a_visible_place_keeps_the_centre_and_an_edge_one_is_centred() {
        let v = view();
        let near_center = LonLat::new(43.6, 42.3);
        assert_eq!(focus(v, VP, near_center, 0.5).center, v.center);
        // ~390 km east: off the 800-point-wide map at 1 point/km.
        let far = LonLat::new(48.3, 42.3);
        assert_eq!(focus(v, VP, far, 0.5).center, map_from_lonlat(far));
    }

    #[test]
    fn focus_zooms_in_to_the_minimum_and_never_past_the_zoom_range() {
        let v = view();
        let p = LonLat::new(43.6, 42.3);
        let f = focus(v, VP, p, 1.6);
        assert_eq!((f.points_per_km, f.center), (1.6, map_from_lonlat(p)));
        assert_eq!(focus(v, VP, p, 1e6).points_per_km, *ZOOM_RANGE.end());
    }

    #[test]
    fn resizes_keep_the_chosen_extent_and_a_round_trip_returns_the_same_view() {
        let v = view();
        let mut k = KeptExtent::of(v, VP);
        let wide = Viewport {
            width: 1900.0,
            height: 700.0,
            ..VP
        };
        let grown = k.resolve(v, VP, wide);
        let b = ViewBox::of_view(grown, wide);
        let e = k.extent;
        assert!(
            b.west <= e.west + 1e-9 && b.east >= e.east - 1e-9,
            "the extent stays in view"
        );
        assert!(b.south <= e.south + 1e-9 && b.north >= e.north - 1e-9);
        let back = k.resolve(grown, wide, VP);
        assert!(
            (back.points_per_km - v.points_per_km).abs() < 1e-9,
            "{back:?} vs {v:?}"
        );
        assert!((back.center.x_km - v.center.x_km).abs() < 1e-6);
        // A zoom by the user in between becomes the kept extent.
        let zoomed = zoom_by(back, VP, 2.0);
        let again = k.resolve(zoomed, VP, VP);
        assert_eq!(again, zoomed);
        let out = k.resolve(zoomed, VP, wide);
        let round = k.resolve(out, wide, VP);
        assert!((round.points_per_km - zoomed.points_per_km).abs() < 1e-9);
        let zero = Viewport { width: 0.0, ..VP };
        assert_eq!(k.resolve(zoomed, VP, zero), zoomed, "no size, no change");
    }

    #[test]
    fn a_zoom_step_keeps_the_centre() {
        let v = view();
        let z = zoom_by(v, VP, ZOOM_STEP);
        assert_eq!(z.points_per_km, 1.5);
        let (a, b): (MapPoint, MapPoint) = (z.center, v.center);
        assert!((a.x_km - b.x_km).abs() < 1e-9 && (a.y_km - b.y_km).abs() < 1e-9);
    }

    #[test]
    fn fit_shows_the_whole_extent_inside_the_margin() {
        let rect = MapRect::from_points([
            map_from_lonlat(LonLat::new(40.0, 41.0)),
            map_from_lonlat(LonLat::new(46.7, 43.6)),
        ])
        .unwrap();
        let v = fit(rect, VP);
        for corner in [rect.min, rect.max] {
            let s = v.screen_from_map(corner, VP.center());
            assert!(VP.contains_inset(s, FIT_MARGIN - 0.5), "{s:?}");
        }
    }
}
