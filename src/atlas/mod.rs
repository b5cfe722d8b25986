//! Regions, their geometry and meshes, towns, and hit-testing. Knows no egui.
//!
//! Everything heavy happens once in [`Atlas::load`]: GeoJSON is parsed and validated,
//! polygons are projected to the map plane and triangulated (egui fills only convex paths,
//! and Abkhazia is anything but convex), and geodesic areas are computed.

mod facts;
mod line_points;
mod near;
mod place;
mod precision;
mod region;
mod shape;
mod water;

pub use facts::RegionInfo;
pub use line_points::LinePoint;
pub use near::NearLine;
pub use place::{Place, PlaceNames};
pub use precision::{Basis, Stretch};
pub use region::{Names, Region, RegionKind};
pub use shape::{INSET_LEVELS_KM, MAP_LEVELS_KM, MapMesh, MapShape};
pub use water::{River, Water, WaterNames};

use crate::ids::region::{ABKHAZIA, SOUTH_OSSETIA};
use crate::load::{AssetSet, Bounds, Problem, Problems, load_features};
use crate::projection::{LonLat, MapPoint, MapRect, map_from_lonlat};
use crate::say;
use crate::sources::Sources;
use crate::table::{Ix, Table};
use facts::load_info;
use line_points::load_line_points;
use place::load_places;
use precision::load_precision;
use std::collections::BTreeMap;

/// The position of a region in [`Atlas::regions`].
pub type RegionIx = Ix<Region>;
/// The position of a place in [`Atlas::places`].
pub type PlaceIx = Ix<Place>;
use water::load_water;

/// Everything the map draws and the details panel says about regions and towns.
#[derive(Debug, Clone)]
pub struct Atlas {
    /// Georgia (rest), Abkhazia, South Ossetia.
    pub regions: Table<Region>,
    /// Neighbouring countries, for context.
    pub neighbours: Vec<Region>,
    /// Towns, villages and sites, most important first.
    pub places: Table<Place>,
    /// The cited facts the two lines are drawn from.
    pub line_points: Vec<LinePoint>,
    /// How precisely each stretch of the two lines is known.
    pub precision: Vec<Stretch>,
    /// The bands the lines lie in, ready to draw.
    pub bands: Vec<precision::Band>,
    /// Rivers and lakes to read the map by.
    pub water: Water,
    /// Facts per region id.
    pub info: BTreeMap<String, RegionInfo>,
    /// The extent of Georgia, Abkhazia and South Ossetia together: the default view.
    pub home: MapRect,
}

impl Atlas {
    /// Load and cross-check regions, neighbours, places and region facts from `set`, checked
    /// against `sources`. Every problem goes to `problems`; what is wrong is left out.
    pub fn load(set: &AssetSet, sources: &Sources, problems: &mut Problems) -> Self {
        let file = set.file("boundaries/regions.geojson");
        let mut regions = Vec::new();
        for f in load_features(&file, Bounds::MAP, problems) {
            if matches!(f.kind, RegionKind::State | RegionKind::Disputed) {
                regions.extend(Region::from_feature(f, &MAP_LEVELS_KM));
            } else {
                problems.push(
                    Problem::at(
                        &file.name,
                        (f.line, 1),
                        say!("problem-region-kind", "expected state or disputed"),
                    )
                    .record(format!("feature {:?}", f.id))
                    .field("kind"),
                );
            }
        }
        let neighbours = load_features(
            &set.file("boundaries/neighbours.geojson"),
            Bounds::MAP,
            problems,
        )
        .into_iter()
        .filter_map(|f| Region::from_feature(f, &MAP_LEVELS_KM))
        .collect();
        let places = load_places(&set.file("data/places.toml"), &regions, sources, problems);
        let line_points = load_line_points(
            &set.file("data/line_points.toml"),
            &regions,
            sources,
            problems,
        );
        let precision = load_precision(
            &set.file("boundaries/line_precision.geojson"),
            &[ABKHAZIA, SOUTH_OSSETIA],
            problems,
        );
        let water = load_water(&set.file("boundaries/water.geojson"), sources, problems);
        let info = load_info(
            &set.file("data/regions.toml"),
            &regions,
            &places,
            sources,
            problems,
        );
        let home = regions
            .iter()
            .map(|r| r.shape.map_rect)
            .reduce(|a, b| MapRect::from_points([a.min, a.max, b.min, b.max]).unwrap_or(a));
        let home = match home {
            Some(h) => h,
            None => {
                if !problems.has_errors() {
                    problems.push(Problem::at(
                        &file.name,
                        (1, 1),
                        say!("problem-no-regions", "expected at least one region"),
                    ));
                }
                MapRect::from_points([
                    map_from_lonlat(LonLat::new(40.0, 41.0)),
                    map_from_lonlat(LonLat::new(47.0, 44.0)),
                ])
                .unwrap_or(MapRect {
                    min: MapPoint {
                        x_km: -300.0,
                        y_km: -200.0,
                    },
                    max: MapPoint {
                        x_km: 300.0,
                        y_km: 200.0,
                    },
                })
            }
        };
        Self {
            regions: regions.into(),
            neighbours,
            places: places.into(),
            line_points,
            bands: precision::bands(&precision),
            precision,
            water,
            info,
            home,
        }
    }

    /// The region (Georgia, Abkhazia, South Ossetia) at a position, if any.
    pub fn region_at(&self, p: LonLat) -> Option<RegionIx> {
        self.regions.position(|r| r.shape.contains(p))
    }

    /// The neighbouring country at a position, if any.
    pub fn neighbour_at(&self, p: LonLat) -> Option<&Region> {
        self.neighbours.iter().find(|r| r.shape.contains(p))
    }

    /// The region with this id.
    pub fn region(&self, id: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.id == id)
    }

    /// The place with this id.
    pub fn place(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }
}

#[cfg(test)]
mod tests;
