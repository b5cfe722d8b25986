//! Regions of the map (Georgia, Abkhazia, South Ossetia, neighbours, world countries) and
//! their names.

use super::MapShape;
use crate::ids::RegionId;
use crate::load::Feature;
pub use crate::load::{Names, RegionKind};
use crate::projection::LonLat;

/// A region of the map: Georgia, Abkhazia, South Ossetia, or a neighbour.
#[derive(Debug, Clone)]
pub struct Region {
    /// Id, e.g. `abkhazia`.
    pub id: RegionId,
    /// What it is.
    pub kind: RegionKind,
    /// Names.
    pub names: Names,
    /// Geometry and meshes.
    pub shape: MapShape,
    /// Where the region's name is written.
    pub label_at: LonLat,
    /// Geodesic area in km², computed from the polygon.
    pub area_km2: f64,
}

impl Region {
    /// A region from a boundary file's feature, drawn at `levels_km` (see
    /// [`MapShape::new`]); `None` for a geometry with nothing to draw (the reader reports it).
    pub fn from_feature(f: Feature, levels_km: &[f64]) -> Option<Self> {
        let shape = MapShape::new(f.geometry, levels_km)?;
        // A feature may say where its name goes (`label_lon`, `label_lat`); otherwise the
        // name goes at a point inside the shape.
        let given = |k: &str| f.properties.get(k).and_then(serde_json::Value::as_f64);
        let label_at = match (given("label_lon"), given("label_lat")) {
            (Some(lon), Some(lat)) => LonLat::new(lon, lat),
            _ => shape.label_point().unwrap_or_default(),
        };
        let area_km2 = shape.geodesic_area_km2();
        Some(Self {
            id: RegionId::new(f.id),
            kind: f.kind,
            names: f.names,
            shape,
            label_at,
            area_km2,
        })
    }
}
