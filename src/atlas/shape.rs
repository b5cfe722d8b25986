//! Polygons of the map: geographic geometry for hit-tests and areas, triangles and rings in
//! the map plane for drawing. Triangulated once, at load.

use crate::projection::{LonLat, MapPoint, MapRect, map_from_lonlat};
use geo::orient::{Direction, Orient};
use geo::{
    BoundingRect, Contains, GeodesicArea, InteriorPoint, MultiPolygon, Point, Rect, Simplify,
    TriangulateEarcut,
};

/// Coarser copies of the map's shapes, by the largest error allowed in km (Douglas–Peucker).
/// The map draws the coarsest whose error stays under half a screen point, so the cost of a
/// frame follows what can be seen, not how detailed the boundary files are.
pub const MAP_LEVELS_KM: [f64; 4] = [0.1, 0.4, 1.6, 6.4];

/// Coarser copies of the world inset's countries: the inset shows about 140 km a point, where
/// the map's levels still cost 11,000 triangles; the finer one serves a wide panel.
pub const INSET_LEVELS_KM: [f64; 2] = [25.6, 102.4];

/// Degrees of latitude per km, to simplify lon/lat geometry by a distance (longitudes are
/// shorter: the error east–west is smaller still, never larger).
const DEG_PER_KM: f64 = 1.0 / 111.32;

/// One level of detail: triangles and rings, each ring with its bounding box.
#[derive(Debug, Clone, Default)]
pub struct Detail {
    /// Largest error against the full geometry, in km (0 for the full geometry).
    pub error_km: f64,
    /// The fill.
    pub mesh: MapMesh,
    /// Every ring (outer and holes) as a closed line in the map plane (km).
    pub rings: Vec<Vec<[f32; 2]>>,
    /// Each ring's bounding box, to skip rings off screen.
    pub ring_rects: Vec<MapRect>,
}

impl Detail {
    fn of(geometry: &MultiPolygon<f64>, error_km: f64) -> Self {
        let mut d = Self {
            error_km,
            ..Self::default()
        };
        for polygon in geometry {
            let raw = polygon.earcut_triangles_raw();
            let base = d.mesh.vertices.len() as u32;
            d.mesh
                .vertices
                .extend(raw.vertices.iter().map(|&[lon, lat]| map_xy(lon, lat)));
            d.mesh
                .indices
                .extend(raw.triangle_indices.iter().map(|&i| base + i as u32));
            for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
                let line: Vec<[f32; 2]> = ring.coords().map(|c| map_xy(c.x, c.y)).collect();
                if let Some(r) = MapRect::from_points(line.iter().map(|&[x, y]| MapPoint {
                    x_km: f64::from(x),
                    y_km: f64::from(y),
                })) {
                    d.rings.push(line);
                    d.ring_rects.push(r);
                }
            }
        }
        d
    }
}

/// Triangles in the map plane, ready to be moved to the screen by one transform.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MapMesh {
    /// Vertices, kilometres east and north of the map origin.
    pub vertices: Vec<[f32; 2]>,
    /// Three indices into `vertices` per triangle.
    pub indices: Vec<u32>,
}

/// A polygon area of the map: its geographic geometry for hit-tests and areas, and its
/// projected triangles and outline rings for drawing.
#[derive(Debug, Clone)]
pub struct MapShape {
    /// The geometry in lon/lat degrees.
    pub geometry: MultiPolygon<f64>,
    /// Bounding box in lon/lat, for a quick reject before the exact test.
    pub bbox: Rect<f64>,
    /// The fill, triangulated once.
    pub mesh: MapMesh,
    /// Every ring (outer and holes) as a closed line in the map plane (km).
    pub rings: Vec<Vec<[f32; 2]>>,
    /// Bounding box in the map plane.
    pub map_rect: MapRect,
    /// Coarser levels of detail, finest first ([`MAP_LEVELS_KM`] for the map's shapes,
    /// [`INSET_LEVELS_KM`] for the world inset's).
    pub coarser: Vec<Detail>,
    /// The full geometry's rings' bounding boxes.
    full_ring_rects: Vec<MapRect>,
}

/// What to draw of a shape at one zoom: triangles, rings and the rings' boxes.
pub struct Drawn<'a> {
    /// The fill.
    pub mesh: &'a MapMesh,
    /// The outline rings.
    pub rings: &'a [Vec<[f32; 2]>],
    /// Each ring's bounding box.
    pub ring_rects: &'a [MapRect],
}

fn map_xy(lon: f64, lat: f64) -> [f32; 2] {
    let p = map_from_lonlat(LonLat::new(lon, lat));
    [p.x_km as f32, p.y_km as f32]
}

impl MapShape {
    /// Project and triangulate `geometry`, and each coarser level of `levels_km` (finest
    /// first). `None` if it has no area at all.
    pub fn new(geometry: MultiPolygon<f64>, levels_km: &[f64]) -> Option<Self> {
        // GeoJSON files disagree on ring winding; the geodesic area needs counter-clockwise
        // outer rings (clockwise would measure the rest of the globe).
        let geometry = geometry.orient(Direction::Default);
        let bbox = geometry.bounding_rect()?;
        let full = Detail::of(&geometry, 0.0);
        let map_rect = MapRect::from_points(full.rings.iter().flatten().map(|&[x, y]| MapPoint {
            x_km: f64::from(x),
            y_km: f64::from(y),
        }))?;
        // Each level simplifies the one before it (cheaper than from the full geometry); a
        // level that removes nothing is not kept.
        let mut coarser: Vec<Detail> = Vec::new();
        let mut previous = geometry.clone();
        let mut count = full.mesh.vertices.len();
        for &error_km in levels_km {
            let tolerance = error_km * DEG_PER_KM;
            let mut simpler = previous.simplify(tolerance);
            // A polygon no wider than the error is within the error of nothing at all; islets
            // were most of the world inset's triangles.
            simpler.0.retain(|p| {
                p.bounding_rect()
                    .is_some_and(|r| r.width().max(r.height()) > tolerance)
            });
            let level = Detail::of(&simpler, error_km);
            if level.mesh.vertices.len() < count && !level.mesh.indices.is_empty() {
                count = level.mesh.vertices.len();
                coarser.push(level);
                previous = simpler;
            }
        }
        Some(Self {
            geometry,
            bbox,
            mesh: full.mesh,
            rings: full.rings,
            map_rect,
            coarser,
            full_ring_rects: full.ring_rects,
        })
    }

    /// The coarsest level of detail whose error stays under half a point at this zoom.
    pub fn at_zoom(&self, points_per_km: f64) -> Drawn<'_> {
        let allowed_km = 0.5 / points_per_km.max(1e-9);
        match self.coarser.iter().rev().find(|d| d.error_km <= allowed_km) {
            Some(d) => Drawn {
                mesh: &d.mesh,
                rings: &d.rings,
                ring_rects: &d.ring_rects,
            },
            None => Drawn {
                mesh: &self.mesh,
                rings: &self.rings,
                ring_rects: &self.full_ring_rects,
            },
        }
    }

    /// Whether the shape, as drawn at this zoom, contains map point `p`: the even-odd rule
    /// over the rings of the level of detail [`MapShape::at_zoom`] picks, skipping rings whose
    /// box misses the point. What the pointer hits is what the user sees, and the cost follows
    /// the drawn detail rather than the size of the boundary files.
    pub fn contains_at_zoom(&self, p: MapPoint, points_per_km: f64) -> bool {
        if !self.map_rect.contains(p) {
            return false;
        }
        let drawn = self.at_zoom(points_per_km);
        let (x, y) = (p.x_km as f32, p.y_km as f32);
        let mut inside = false;
        for (ring, rect) in drawn.rings.iter().zip(drawn.ring_rects) {
            if !rect.contains(p) {
                continue;
            }
            for (&[x0, y0], &[x1, y1]) in ring.iter().zip(ring.iter().skip(1)) {
                if (y0 > y) != (y1 > y) && x < x0 + (y - y0) / (y1 - y0) * (x1 - x0) {
                    inside = !inside;
                }
            }
        }
        inside
    }

    /// Whether the shape contains the position.
    pub fn contains(&self, p: LonLat) -> bool {
        let (min, max) = (self.bbox.min(), self.bbox.max());
        if p.lon < min.x || p.lon > max.x || p.lat < min.y || p.lat > max.y {
            return false;
        }
        self.geometry.contains(&Point::new(p.lon, p.lat))
    }

    /// Distance from `p` to the nearest edge of the full geometry, in km on the map plane
    /// (within a few metres at the scale of the two lines).
    pub fn distance_to_edge_km(&self, p: LonLat) -> f64 {
        let m = map_from_lonlat(p);
        self.rings
            .iter()
            .map(|ring| super::near::polyline_km([m.x_km, m.y_km], ring))
            .fold(f64::INFINITY, f64::min)
    }

    /// Area on the WGS84 ellipsoid in km² (Karney's geodesic algorithm, via `geo`).
    pub fn geodesic_area_km2(&self) -> f64 {
        self.geometry.geodesic_area_unsigned() / 1e6
    }

    /// A point inside the shape, good for a label.
    pub fn label_point(&self) -> Option<LonLat> {
        let p = self.geometry.interior_point()?;
        Some(LonLat::new(p.x(), p.y()))
    }
}
