//! The one place that knows the projection: lon/lat to the map plane and the map plane to
//! the screen (pan and zoom).
//!
//! The map plane is an equirectangular projection in kilometres with its standard parallel at
//! 42° N, the latitude of Georgia. Over the map window (38–46° N) its scale errs by at most
//! 6 %, and within Georgia (41–43.6° N) by under 2 %, so a kilometre scale bar stays honest.

/// Mean Earth radius in km (IUGG).
pub const EARTH_RADIUS_KM: f64 = 6371.0088;
/// Longitude of the map plane's origin.
pub const ORIGIN_LON: f64 = 43.5;
/// Latitude of the map plane's origin, also its standard parallel.
pub const ORIGIN_LAT: f64 = 42.0;

/// A point in the map plane: kilometres east and north of the origin (43.5° E, 42° N).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct MapPoint {
    /// Kilometres east of the origin.
    pub x_km: f64,
    /// Kilometres north of the origin.
    pub y_km: f64,
}

/// A geographic position in degrees.
#[derive(Clone, Copy, Debug, PartialEq, Default, serde::Deserialize)]
pub struct LonLat {
    /// Longitude, degrees east.
    pub lon: f64,
    /// Latitude, degrees north.
    pub lat: f64,
}

impl LonLat {
    /// A position from degrees east and north.
    pub const fn new(lon: f64, lat: f64) -> Self {
        Self { lon, lat }
    }
}

/// A position as readers copy it: "42.2305° N 43.9676° E" (four decimals: about 10 m).
impl std::fmt::Display for LonLat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ns = if self.lat >= 0.0 { 'N' } else { 'S' };
        let ew = if self.lon >= 0.0 { 'E' } else { 'W' };
        write!(f, "{:.4}° {ns} {:.4}° {ew}", self.lat.abs(), self.lon.abs())
    }
}

fn km_per_degree() -> f64 {
    EARTH_RADIUS_KM * std::f64::consts::PI / 180.0
}

/// Project a geographic position onto the map plane.
pub fn map_from_lonlat(p: LonLat) -> MapPoint {
    let k = km_per_degree();
    MapPoint {
        x_km: (p.lon - ORIGIN_LON) * k * ORIGIN_LAT.to_radians().cos(),
        y_km: (p.lat - ORIGIN_LAT) * k,
    }
}

/// The geographic position of a map-plane point.
pub fn lonlat_from_map(p: MapPoint) -> LonLat {
    let k = km_per_degree();
    LonLat {
        lon: ORIGIN_LON + p.x_km / (k * ORIGIN_LAT.to_radians().cos()),
        lat: ORIGIN_LAT + p.y_km / k,
    }
}

/// A rectangle in the map plane.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapRect {
    /// South-west corner.
    pub min: MapPoint,
    /// North-east corner.
    pub max: MapPoint,
}

impl MapRect {
    /// The smallest rectangle holding every point, or `None` for no points.
    pub fn from_points(points: impl IntoIterator<Item = MapPoint>) -> Option<Self> {
        let mut it = points.into_iter();
        let first = it.next()?;
        let mut r = Self {
            min: first,
            max: first,
        };
        for p in it {
            r.min.x_km = r.min.x_km.min(p.x_km);
            r.min.y_km = r.min.y_km.min(p.y_km);
            r.max.x_km = r.max.x_km.max(p.x_km);
            r.max.y_km = r.max.y_km.max(p.y_km);
        }
        Some(r)
    }

    /// The rectangle spanned by two geographic corners.
    pub fn from_lonlat(sw: LonLat, ne: LonLat) -> Self {
        Self {
            min: map_from_lonlat(sw),
            max: map_from_lonlat(ne),
        }
    }

    /// Centre point.
    pub fn center(&self) -> MapPoint {
        MapPoint {
            x_km: 0.5 * (self.min.x_km + self.max.x_km),
            y_km: 0.5 * (self.min.y_km + self.max.y_km),
        }
    }

    /// Width in km.
    pub fn width_km(&self) -> f64 {
        self.max.x_km - self.min.x_km
    }

    /// Height in km.
    pub fn height_km(&self) -> f64 {
        self.max.y_km - self.min.y_km
    }

    /// Whether `p` lies inside (edges included).
    pub fn contains(&self, p: MapPoint) -> bool {
        (self.min.x_km..=self.max.x_km).contains(&p.x_km)
            && (self.min.y_km..=self.max.y_km).contains(&p.y_km)
    }
}

/// A point on the screen, in egui points (x right, y down). Kept free of egui so the view
/// logic is tested without it.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct ScreenPoint {
    /// Points from the left edge.
    pub x: f32,
    /// Points from the top edge.
    pub y: f32,
}

/// The pan and zoom of the map: which map point sits at the centre of the viewport, and how
/// many screen points one kilometre takes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapView {
    /// The map point at the centre of the viewport.
    pub center: MapPoint,
    /// Screen points per kilometre.
    pub points_per_km: f64,
}

/// The closest and farthest zoom, in screen points per kilometre.
pub const ZOOM_RANGE: std::ops::RangeInclusive<f64> = 0.2..=40.0;

impl MapView {
    /// The view that fits `rect` into a viewport of `size` (width, height in points), with
    /// a margin of `margin` points on every side.
    pub fn fit(rect: MapRect, size: (f32, f32), margin: f32) -> Self {
        let w = f64::from((size.0 - 2.0 * margin).max(1.0));
        let h = f64::from((size.1 - 2.0 * margin).max(1.0));
        let scale = (w / rect.width_km().max(1e-6)).min(h / rect.height_km().max(1e-6));
        Self {
            center: rect.center(),
            points_per_km: scale.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end()),
        }
    }

    /// Screen position of a map point, in a viewport whose centre is at `viewport_center`.
    pub fn screen_from_map(&self, p: MapPoint, viewport_center: ScreenPoint) -> ScreenPoint {
        ScreenPoint {
            x: viewport_center.x + ((p.x_km - self.center.x_km) * self.points_per_km) as f32,
            y: viewport_center.y - ((p.y_km - self.center.y_km) * self.points_per_km) as f32,
        }
    }

    /// Map point under a screen position.
    pub fn map_from_screen(&self, s: ScreenPoint, viewport_center: ScreenPoint) -> MapPoint {
        MapPoint {
            x_km: self.center.x_km + f64::from(s.x - viewport_center.x) / self.points_per_km,
            y_km: self.center.y_km - f64::from(s.y - viewport_center.y) / self.points_per_km,
        }
    }

    /// Move the map by a screen-space drag of `(dx, dy)` points.
    pub fn pan_by_screen(&mut self, dx: f32, dy: f32) {
        self.center.x_km -= f64::from(dx) / self.points_per_km;
        self.center.y_km += f64::from(dy) / self.points_per_km;
    }

    /// Zoom by `factor` (> 1 zooms in) keeping the map point under `anchor` fixed on screen.
    pub fn zoom_around(&mut self, factor: f64, anchor: ScreenPoint, viewport_center: ScreenPoint) {
        let before = self.map_from_screen(anchor, viewport_center);
        self.points_per_km =
            (self.points_per_km * factor).clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        let after = self.map_from_screen(anchor, viewport_center);
        self.center.x_km += before.x_km - after.x_km;
        self.center.y_km += before.y_km - after.y_km;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_read_with_their_hemispheres() {
        let p = LonLat::new(43.96764, 42.23049);
        assert_eq!(p.to_string(), "42.2305° N 43.9676° E");
        assert_eq!(
            LonLat::new(-0.5, -33.25).to_string(),
            "33.2500° S 0.5000° W"
        );
    }

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    #[test]
    fn lonlat_round_trips_through_the_map_plane() {
        for &(lon, lat) in &[(41.02, 43.0), (44.79, 41.69), (36.0, 38.0), (50.0, 46.0)] {
            let back = lonlat_from_map(map_from_lonlat(LonLat::new(lon, lat)));
            assert!(
                close(back.lon, lon, 1e-9) && close(back.lat, lat, 1e-9),
                "{back:?}"
            );
        }
    }

    #[test]
    fn a_degree_of_latitude_is_about_111_km() {
        let a = map_from_lonlat(LonLat::new(43.5, 42.0));
        let b = map_from_lonlat(LonLat::new(43.5, 43.0));
        assert!(close(b.y_km - a.y_km, 111.19, 0.01));
        assert_eq!(a, MapPoint::default());
    }

    #[test]
    fn screen_and_map_round_trip_at_any_zoom() {
        let c = ScreenPoint { x: 400.0, y: 300.0 };
        for ppk in [0.3, 1.0, 7.5, 39.0] {
            let v = MapView {
                center: MapPoint {
                    x_km: -120.0,
                    y_km: 55.0,
                },
                points_per_km: ppk,
            };
            let p = MapPoint {
                x_km: -101.0,
                y_km: 80.0,
            };
            let s = v.screen_from_map(p, c);
            let back = v.map_from_screen(s, c);
            assert!(close(back.x_km, p.x_km, 1e-2) && close(back.y_km, p.y_km, 1e-2));
        }
    }

    #[test]
    fn zoom_keeps_the_point_under_the_pointer() {
        let c = ScreenPoint { x: 400.0, y: 300.0 };
        let mut v = MapView {
            center: MapPoint::default(),
            points_per_km: 1.0,
        };
        let anchor = ScreenPoint { x: 100.0, y: 500.0 };
        let under = v.map_from_screen(anchor, c);
        v.zoom_around(2.5, anchor, c);
        assert!(close(v.points_per_km, 2.5, 1e-12));
        let still = v.map_from_screen(anchor, c);
        assert!(close(still.x_km, under.x_km, 1e-6) && close(still.y_km, under.y_km, 1e-6));
        v.zoom_around(1e9, anchor, c);
        assert_eq!(v.points_per_km, *ZOOM_RANGE.end());
    }

    #[test]
    fn north_is_up_and_panning_follows_the_drag() {
        let c = ScreenPoint { x: 0.0, y: 0.0 };
        let mut v = MapView {
            center: MapPoint::default(),
            points_per_km: 2.0,
        };
        let north = v.screen_from_map(
            MapPoint {
                x_km: 0.0,
                y_km: 10.0,
            },
            c,
        );
        assert!(north.y < 0.0);
        v.pan_by_screen(20.0, 0.0); // drag right: the map moves right, so the centre goes west
        assert!(close(v.center.x_km, -10.0, 1e-9));
    }

    #[test]
    fn fit_shows_the_whole_rect() {
        let r = MapRect {
            min: MapPoint {
                x_km: -300.0,
                y_km: -100.0,
            },
            max: MapPoint {
                x_km: 300.0,
                y_km: 100.0,
            },
        };
        let v = MapView::fit(r, (800.0, 600.0), 0.0);
        assert!(close(v.points_per_km, 800.0 / 600.0, 1e-9));
        assert_eq!(v.center, MapPoint::default());
    }
}
