//! What is near a position: the nearest of the two lines (how far, and how precisely that
//! stretch is known), and the cited point of the lines that stands for a place.

use super::{Atlas, LinePoint, Place};
use crate::projection::{LonLat, map_from_lonlat};

/// A line point stands for a place when it has the place's id, or lies this near it (km): the
/// points were taken from the same published coordinates, a village's centre or a church in it.
const SAME_PLACE_KM: f64 = 1.5;

/// The nearest line to a position.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NearLine<'a> {
    /// Which line: the id of the region it bounds (`abkhazia` or `south_ossetia`).
    pub line: &'a str,
    /// How far, in km on the map plane (within a few metres at the lines' scale).
    pub km: f64,
    /// The width of the band the line lies in along that stretch, km (`±` half of it).
    pub uncertainty_km: f64,
}

/// Distance from `p` (map plane, km) to the segment `a`–`b`, in km.
pub(super) fn segment_km(p: [f64; 2], a: [f32; 2], b: [f32; 2]) -> f64 {
    let (ax, ay) = (f64::from(a[0]), f64::from(a[1]));
    let (dx, dy) = (f64::from(b[0]) - ax, f64::from(b[1]) - ay);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        (((p[0] - ax) * dx + (p[1] - ay) * dy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (cx, cy) = (ax + t * dx - p[0], ay + t * dy - p[1]);
    (cx * cx + cy * cy).sqrt()
}

/// Distance from `p` (map plane, km) to a polyline, in km (infinite for an empty one).
pub(super) fn polyline_km(p: [f64; 2], points: &[[f32; 2]]) -> f64 {
    points
        .windows(2)
        .filter_map(|w| match w {
            [a, b] => Some(segment_km(p, *a, *b)),
            _ => None,
        })
        .fold(f64::INFINITY, f64::min)
}

impl Atlas {
    /// The nearest of the two lines to `p`, measured to the stretches whose precision the data
    /// states (they cover both lines); `None` when the data has none.
    pub fn nearest_line(&self, p: LonLat) -> Option<NearLine<'_>> {
        let m = map_from_lonlat(p);
        let at = [m.x_km, m.y_km];
        self.precision
            .iter()
            .map(|s| NearLine {
                line: s.line.as_str(),
                km: polyline_km(at, &s.points),
                uncertainty_km: s.uncertainty_km,
            })
            .filter(|n| n.km.is_finite())
            .min_by(|a, b| a.km.total_cmp(&b.km))
    }

    /// The cited point of the lines that stands for `place` (its published side): the one with
    /// its id, else the nearest within [`SAME_PLACE_KM`].
    pub fn line_point_of(&self, place: &Place) -> Option<&LinePoint> {
        if let Some(p) = self.line_points.iter().find(|p| p.id == place.id.as_str()) {
            return Some(p);
        }
        let at = map_from_lonlat(place.lonlat());
        self.line_points
            .iter()
            .map(|p| {
                let m = map_from_lonlat(p.lonlat());
                (p, (m.x_km - at.x_km).hypot(m.y_km - at.y_km))
            })
            .filter(|(_, km)| *km <= SAME_PLACE_KM)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(p, _)| p)
    }
}
