//! Polygons of the map: geographic geometry for hit-tests and areas, triangles and rings in
//! the map plane for drawing. Triangulated once, at load.

use crate::projection::{LonLat, MapPoint, MapRect, map_from_lonlat};
use geo::orient::{Direction, Orient};
use geo::{
    BoundingRect, Contains, GeodesicArea, InteriorPoint, MultiPolygon, Point, Rect,
    TriangulateEarcut,
};

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
}

fn map_xy(lon: f64, lat: f64) -> [f32; 2] {
    let p = map_from_lonlat(LonLat::new(lon, lat));
    [p.x_km as f32, p.y_km as f32]
}

impl MapShape {
    /// Project and triangulate `geometry`. `None` if it has no area at all.
    pub fn new(geometry: MultiPolygon<f64>) -> Option<Self> {
        // GeoJSON files disagree on ring winding; the geodesic area needs counter-clockwise
        // outer rings (clockwise would measure the rest of the globe).
        let geometry = geometry.orient(Direction::Default);
        let bbox = geometry.bounding_rect()?;
        let mut mesh = MapMesh::default();
        let mut rings: Vec<Vec<[f32; 2]>> = Vec::new();
        for polygon in &geometry {
            let raw = polygon.earcut_triangles_raw();
            let base = mesh.vertices.len() as u32;
            mesh.vertices
                .extend(raw.vertices.iter().map(|&[lon, lat]| map_xy(lon, lat)));
            mesh.indices
                .extend(raw.triangle_indices.iter().map(|&i| base + i as u32));
            for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
                rings.push(ring.coords().map(|c| map_xy(c.x, c.y)).collect());
            }
        }
        let map_rect = MapRect::from_points(rings.iter().flatten().map(|&[x, y]| MapPoint {
            x_km: f64::from(x),
            y_km: f64::from(y),
        }))?;
        Some(Self {
            geometry,
            bbox,
            mesh,
            rings,
            map_rect,
        })
    }

    /// Whether the shape contains the position.
    pub fn contains(&self, p: LonLat) -> bool {
        let (min, max) = (self.bbox.min(), self.bbox.max());
        if p.lon < min.x || p.lon > max.x || p.lat < min.y || p.lat > max.y {
            return false;
        }
        self.geometry.contains(&Point::new(p.lon, p.lat))
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
