//! Regions of the map (Georgia, Abkhazia, South Ossetia, neighbours, world countries) and
//! their names.

use super::MapShape;
use crate::load::Feature;
use crate::projection::LonLat;

/// What a region is, which decides how it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionKind {
    /// Territory administered by the Government of Georgia.
    State,
    /// Abkhazia or South Ossetia.
    Disputed,
    /// A neighbouring country, drawn muted for context.
    Neighbour,
    /// A country of the world inset.
    Country,
    /// An area of a period of control (chronicle).
    ControlArea,
}

impl RegionKind {
    /// The kind named in a boundary file's `kind` property.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "state" => Self::State,
            "disputed" => Self::Disputed,
            "neighbour" => Self::Neighbour,
            "country" => Self::Country,
            "control_area" => Self::ControlArea,
            _ => return None,
        })
    }
}

/// A name in the languages the atlas shows.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
pub struct Names {
    /// English.
    pub name_en: String,
    /// Georgian.
    #[serde(default)]
    pub name_ka: Option<String>,
    /// Russian.
    #[serde(default)]
    pub name_ru: Option<String>,
    /// The local language's name (Abkhaz, Ossetian), where it applies.
    #[serde(default)]
    pub name_local: Option<String>,
    /// Which language `name_local` is in.
    #[serde(default)]
    pub local_language: Option<String>,
}

/// A region of the map: Georgia, Abkhazia, South Ossetia, or a neighbour.
#[derive(Debug, Clone)]
pub struct Region {
    /// Id, e.g. `abkhazia`.
    pub id: String,
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
    /// A region from a boundary file's feature.
    pub fn from_feature(f: Feature) -> Self {
        // A feature may say where its name goes (`label_lon`, `label_lat`); otherwise the
        // name goes at a point inside the shape.
        let given = |k: &str| f.properties.get(k).and_then(serde_json::Value::as_f64);
        let label_at = match (given("label_lon"), given("label_lat")) {
            (Some(lon), Some(lat)) => LonLat::new(lon, lat),
            _ => f.shape.label_point().unwrap_or_default(),
        };
        let area_km2 = f.shape.geodesic_area_km2();
        Self {
            id: f.id,
            kind: f.kind,
            names: f.names,
            shape: f.shape,
            label_at,
            area_km2,
        }
    }
}
