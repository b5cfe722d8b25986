//! Regions, their geometry and meshes, towns, and hit-testing. Knows no egui.
//!
//! Everything heavy happens once in [`Atlas::load`]: GeoJSON is parsed and validated,
//! polygons are projected to the map plane and triangulated (egui fills only convex paths,
//! and Abkhazia is anything but convex), and geodesic areas are computed.

use crate::load::Feature;
use crate::load::{
    AssetFile, AssetSet, Bounds, Checker, Part, Problem, Problems, Rec, load_features, parse_part,
    parse_records, parse_toml_text,
};
use crate::projection::{LonLat, MapPoint, MapRect, map_from_lonlat};
use crate::sources::Sources;
use geo::orient::{Direction, Orient};
use geo::{
    BoundingRect, Contains, GeodesicArea, InteriorPoint, MultiPolygon, Point, Rect,
    TriangulateEarcut,
};
use std::collections::{BTreeMap, BTreeSet};

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

/// A town on the map.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// Unique id.
    pub id: String,
    /// Names.
    #[serde(flatten)]
    pub names: PlaceNames,
    /// Longitude.
    pub lon: f64,
    /// Latitude.
    pub lat: f64,
    /// 1 capital, 2 major town, 3 town, 4 village or site.
    pub rank: u8,
    /// The region it lies in, or `outside`.
    pub region: String,
    /// Source of the position (defaults to the file's `[defaults] source`).
    #[serde(default)]
    pub source: Option<String>,
}

/// A town's names.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct PlaceNames {
    /// English.
    pub name_en: String,
    /// Georgian.
    pub name_ka: String,
    /// Russian.
    pub name_ru: String,
    /// Local (Abkhaz or Ossetian) name where it differs.
    #[serde(default)]
    pub name_local: Option<String>,
}

impl Place {
    /// The position.
    pub fn lonlat(&self) -> LonLat {
        LonLat::new(self.lon, self.lat)
    }
}

/// A name and who uses it.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherName {
    /// The name.
    pub name: String,
    /// Who uses it.
    pub used_by: String,
    /// Source id.
    pub source: String,
}

/// A population figure with its year and source.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Population {
    /// People counted.
    pub count: u64,
    /// Year of the count.
    pub year: i32,
    /// What kind of count, and by whom.
    pub note: String,
    /// Source ids.
    pub sources: Vec<String>,
}

/// One party's view of a region's status.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct View {
    /// Whose view it is.
    pub holder: String,
    /// What they hold.
    pub statement: String,
    /// Source ids.
    pub sources: Vec<String>,
}

/// The facts of the details panel for one region.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionInfo {
    /// Region id.
    pub id: String,
    /// Place id of the capital or seat of the authorities.
    pub capital: String,
    /// Other names and who uses them.
    #[serde(default)]
    pub other_names: Vec<OtherName>,
    /// A published area figure, for comparison with the computed one.
    #[serde(default)]
    pub published_area_km2: Option<f64>,
    /// Source of `published_area_km2`.
    #[serde(default)]
    pub published_area_source: Option<String>,
    /// Population counts.
    pub population: Vec<Population>,
    /// Who holds what about the region's status.
    pub views: Vec<View>,
    /// Sources of the boundary.
    pub boundary_sources: Vec<String>,
}

/// Everything the map draws and the details panel says about regions and towns.
#[derive(Debug, Clone)]
pub struct Atlas {
    /// Georgia (rest), Abkhazia, South Ossetia.
    pub regions: Vec<Region>,
    /// Neighbouring countries, for context.
    pub neighbours: Vec<Region>,
    /// Towns, most important first.
    pub places: Vec<Place>,
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
                regions.push(Region::from_feature(f));
            } else {
                problems.push(
                    Problem::at(&file.name, (f.line, 1), "expected state or disputed")
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
        .map(Region::from_feature)
        .collect();
        let places = load_places(&set.file("data/places.toml"), &regions, sources, problems);
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
                        "expected at least one region",
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
            regions,
            neighbours,
            places,
            info,
            home,
        }
    }

    /// The region (Georgia, Abkhazia, South Ossetia) at a position, if any.
    pub fn region_at(&self, p: LonLat) -> Option<usize> {
        self.regions.iter().position(|r| r.shape.contains(p))
    }

    /// The neighbouring country at a position, if any.
    pub fn neighbour_at(&self, p: LonLat) -> Option<usize> {
        self.neighbours.iter().position(|r| r.shape.contains(p))
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

fn load_places(
    file: &AssetFile,
    regions: &[Region],
    sources: &Sources,
    problems: &mut Problems,
) -> Vec<Place> {
    let Some(parts) =
        parse_records::<Place>(file, "place", false, &["place", "defaults"], problems)
    else {
        return Vec::new();
    };
    let default_source = parse_toml_text::<toml::Table>(&file.name, &file.text)
        .ok()
        .and_then(|t| {
            t.get("defaults")?
                .get("source")?
                .as_str()
                .map(str::to_owned)
        });
    let mut check = Checker {
        file,
        sources,
        problems,
    };
    let mut seen = BTreeSet::new();
    let mut places = Vec::with_capacity(parts.len());
    for Part {
        mut value, range, ..
    } in parts
    {
        let rec = Rec {
            range,
            name: format!("place \"{}\"", value.id),
        };
        let mut ok = check.unique(&rec, &mut seen, &value.id);
        ok &= check.text(&rec, "name_en", &value.names.name_en);
        if !(1..=4).contains(&value.rank) {
            check.fail(
                &rec,
                "rank",
                format!("expected 1 (capital) to 4 (village), found {}", value.rank),
            );
            ok = false;
        }
        if !Bounds::MAP.contains(value.lon, value.lat) {
            check.fail(
                &rec,
                "lon",
                format!(
                    "expected a position inside {}, found ({}, {})",
                    Bounds::MAP.label,
                    value.lon,
                    value.lat
                ),
            );
            ok = false;
        } else if value.region == "outside" {
            if let Some(r) = regions.iter().find(|r| r.shape.contains(value.lonlat())) {
                check.fail(
                    &rec,
                    "region",
                    format!(
                        "found \"outside\", but ({}, {}) lies in {}",
                        value.lon, value.lat, r.id
                    ),
                );
                ok = false;
            }
        } else {
            match regions.iter().find(|r| r.id == value.region) {
                None => {
                    check.fail(
                        &rec,
                        "region",
                        format!(
                            "expected a region id or \"outside\", found \"{}\"",
                            value.region
                        ),
                    );
                    ok = false;
                }
                Some(r) if !r.shape.contains(value.lonlat()) => {
                    let actual = regions
                        .iter()
                        .find(|r| r.shape.contains(value.lonlat()))
                        .map_or("outside every region", |r| r.id.as_str());
                    check.fail(
                        &rec,
                        "region",
                        format!(
                            "({}, {}) lies outside {} (it is in {actual})",
                            value.lon, value.lat, r.id
                        ),
                    );
                    ok = false;
                }
                Some(_) => {}
            }
        }
        let Some(source) = value.source.clone().or_else(|| default_source.clone()) else {
            check.fail(
                &rec,
                "source",
                "expected a `source`, or `[defaults] source` for the file",
            );
            continue;
        };
        ok &= check.sources(&rec, "source", std::slice::from_ref(&source));
        value.source = Some(source);
        // Kept even when wrong, so events at it are not reported as unknown too (the load
        // fails on the problem above anyway).
        let _ = ok;
        places.push(value);
    }
    places.sort_by_key(|p| p.rank);
    places
}

fn load_info(
    file: &AssetFile,
    regions: &[Region],
    places: &[Place],
    sources: &Sources,
    problems: &mut Problems,
) -> BTreeMap<String, RegionInfo> {
    let mut info = BTreeMap::new();
    let Some(parts) = parse_part::<RegionInfo>(file, "region", false, problems) else {
        return info;
    };
    let mut check = Checker {
        file,
        sources,
        problems,
    };
    let mut seen = BTreeSet::new();
    for Part {
        value: i, range, ..
    } in parts
    {
        let rec = Rec {
            range,
            name: format!("region \"{}\"", i.id),
        };
        let mut ok = check.unique(&rec, &mut seen, &i.id);
        if !regions.iter().any(|r| r.id == i.id) {
            check.fail(
                &rec,
                "id",
                format!(
                    "expected the id of a feature in boundaries/regions.geojson, found \"{}\"",
                    i.id
                ),
            );
            ok = false;
        }
        if !places.iter().any(|p| p.id == i.capital) {
            check.fail(
                &rec,
                "capital",
                format!(
                    "expected the id of a place in data/places.toml, found \"{}\"",
                    i.capital
                ),
            );
            ok = false;
        }
        for p in &i.population {
            ok &= check.sources(&rec, "population.sources", &p.sources);
        }
        for v in &i.views {
            ok &= check.text(&rec, "views.holder", &v.holder);
            ok &= check.text(&rec, "views.statement", &v.statement);
            ok &= check.sources(&rec, "views.sources", &v.sources);
        }
        for n in &i.other_names {
            ok &= check.sources(&rec, "other_names.source", std::slice::from_ref(&n.source));
        }
        if let Some(s) = &i.published_area_source {
            ok &= check.sources(&rec, "published_area_source", std::slice::from_ref(s));
        }
        ok &= check.sources(&rec, "boundary_sources", &i.boundary_sources);
        if ok {
            info.insert(i.id.clone(), i);
        }
    }
    info
}

#[cfg(test)]
mod tests {
    use super::*;

    fn atlas() -> Atlas {
        match crate::Dataset::embedded() {
            Ok(d) => d.atlas,
            Err(e) => panic!("the embedded data must load: {e}"),
        }
    }

    fn id_at(a: &Atlas, lon: f64, lat: f64) -> Option<&str> {
        a.region_at(LonLat::new(lon, lat))
            .map(|i| a.regions[i].id.as_str())
    }

    #[test]
    fn every_embedded_asset_loads() {
        let a = atlas();
        let ids: Vec<_> = a.regions.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["abkhazia", "south_ossetia", "georgia"]);
        assert_eq!(a.neighbours.len(), 5);
        assert!(a.places.len() >= 20);
        assert_eq!(a.info.len(), 3);
        for r in a.regions.iter().chain(&a.neighbours) {
            assert!(!r.shape.mesh.indices.is_empty() && r.shape.mesh.indices.len() % 3 == 0);
            assert!(
                r.shape
                    .mesh
                    .indices
                    .iter()
                    .all(|&i| (i as usize) < r.shape.mesh.vertices.len())
            );
        }
    }

    #[test]
    fn capitals_lie_in_their_regions() {
        let a = atlas();
        assert_eq!(id_at(&a, 41.015, 43.003), Some("abkhazia"), "Sukhumi");
        assert_eq!(
            id_at(&a, 43.967, 42.233),
            Some("south_ossetia"),
            "Tskhinvali"
        );
        assert_eq!(id_at(&a, 44.793, 41.723), Some("georgia"), "Tbilisi");
        assert_eq!(id_at(&a, 42.700, 42.250), Some("georgia"), "Kutaisi");
    }

    #[test]
    fn every_place_lies_in_the_region_it_names() {
        let a = atlas();
        for p in &a.places {
            let found = id_at(&a, p.lon, p.lat).unwrap_or("outside");
            assert_eq!(found, p.region, "{} is drawn in {found}", p.id);
        }
    }

    #[test]
    fn the_sea_is_no_region() {
        let a = atlas();
        assert_eq!(id_at(&a, 40.5, 42.5), None, "Black Sea off Abkhazia");
        assert_eq!(a.neighbour_at(LonLat::new(40.5, 42.5)), None);
        assert_eq!(
            a.neighbour_at(LonLat::new(44.68, 43.02))
                .map(|i| a.neighbours[i].id.as_str()),
            Some("russia")
        );
    }

    #[test]
    fn geodesic_areas_match_published_figures() {
        // Published: Abkhazia 8,653 km² (PopulationData.net), South Ossetia 3,900 km²
        // (PopulationData.net; City Population gives 3,858 km²). See data/regions.toml.
        let a = atlas();
        let ratio =
            |id: &str| a.region(id).unwrap().area_km2 / a.info[id].published_area_km2.unwrap();
        assert!(
            (0.95..=1.05).contains(&ratio("abkhazia")),
            "abkhazia: {}",
            ratio("abkhazia")
        );
        // Natural Earth's generalised 1:10m 'Georgian claim' line around South Ossetia encloses
        // 4,46x km² (checked independently with a spherical-excess sum in Python): 14 % above
        // the published figure. No registry package here ships a finer line; the details panel
        // shows both numbers. This bound catches any change to the split or the area maths.
        let so = ratio("south_ossetia");
        assert!((1.12..=1.16).contains(&so), "south_ossetia: {so}");
        let georgia_total: f64 = a.regions.iter().map(|r| r.area_km2).sum();
        // Georgia within its recognised borders: 69,700 km².
        assert!(
            (0.98..=1.02).contains(&(georgia_total / 69_700.0)),
            "{georgia_total}"
        );
    }

    #[test]
    fn labels_sit_inside_their_regions() {
        let a = atlas();
        for (i, r) in a.regions.iter().enumerate() {
            assert_eq!(a.region_at(r.label_at), Some(i), "{}", r.id);
        }
    }
}
