//! Regions, their geometry and meshes, towns, and hit-testing. Knows no egui.
//!
//! Everything heavy happens once in [`Atlas::load`]: GeoJSON is parsed and validated,
//! polygons are projected to the map plane and triangulated (egui fills only convex paths,
//! and Abkhazia is anything but convex), and geodesic areas are computed.

use crate::data::{self, AssetFile, LoadError, Sources, embedded, field_error};
use crate::projection::{LonLat, MapPoint, MapRect, map_from_lonlat};
use geo::orient::{Direction, Orient};
use geo::{
    BoundingRect, Contains, GeodesicArea, InteriorPoint, MultiPolygon, Point, Rect,
    TriangulateEarcut,
};
use std::collections::BTreeMap;

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
    fn parse(s: &str) -> Option<Self> {
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

/// One feature of a boundary file: an id, a kind, names, other properties and a shape.
#[derive(Debug, Clone)]
pub struct Feature {
    /// Unique id within its file.
    pub id: String,
    /// What it is.
    pub kind: RegionKind,
    /// Names.
    pub names: Names,
    /// The feature's other properties, as JSON.
    pub properties: serde_json::Map<String, serde_json::Value>,
    /// Geometry and meshes.
    pub shape: MapShape,
}

/// Read a GeoJSON FeatureCollection of polygons, validating each feature's properties:
/// `id` (unique), `kind`, `name_en`, and geometry of type Polygon or MultiPolygon with
/// coordinates in range.
pub fn load_features(file: &AssetFile) -> Result<Vec<Feature>, LoadError> {
    let value: serde_json::Value =
        serde_json::from_str(file.text).map_err(|e| LoadError::Syntax {
            file: file.name.to_owned(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
    let fail = |record: &str, field: &str, message: &str| LoadError::Field {
        file: file.name.to_owned(),
        line: 0,
        record: record.to_owned(),
        field: field.to_owned(),
        message: message.to_owned(),
    };
    let collection = geojson::FeatureCollection::try_from(
        serde_json::from_value::<geojson::GeoJson>(value).map_err(|e| {
            fail(
                "file",
                "type",
                &format!("expected a GeoJSON FeatureCollection: {e}"),
            )
        })?,
    )
    .map_err(|e| {
        fail(
            "file",
            "type",
            &format!("expected a GeoJSON FeatureCollection: {e}"),
        )
    })?;

    let mut features = Vec::with_capacity(collection.features.len());
    let mut seen = std::collections::BTreeSet::new();
    for (index, f) in collection.features.into_iter().enumerate() {
        let props = f.properties.unwrap_or_default();
        let id = props
            .get("id")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_owned();
        let record = format!("feature {index} (id {id:?})");
        if id.is_empty() {
            return Err(fail(&record, "id", "expected a non-empty string"));
        }
        if !seen.insert(id.clone()) {
            return Err(fail(
                &record,
                "id",
                "expected a unique id; this one is used twice",
            ));
        }
        let kind_text = props
            .get("kind")
            .and_then(|v| v.as_str())
            .unwrap_or_default();
        let kind = RegionKind::parse(kind_text).ok_or_else(|| {
            fail(&record, "kind", &format!("expected one of state, disputed, neighbour, country, control_area; found {kind_text:?}"))
        })?;
        let names: Names = serde_json::from_value(serde_json::Value::Object(props.clone()))
            .map_err(|e| {
                fail(
                    &record,
                    "name_en",
                    &format!("expected names as strings: {e}"),
                )
            })?;
        if names.name_en.trim().is_empty() {
            return Err(fail(
                &record,
                "name_en",
                "expected a non-empty English name",
            ));
        }
        let Some(geometry) = f.geometry else {
            return Err(fail(
                &record,
                "geometry",
                "expected a Polygon or MultiPolygon, found none",
            ));
        };
        let multi = match geo::Geometry::<f64>::try_from(&geometry.value) {
            Ok(geo::Geometry::Polygon(p)) => MultiPolygon::new(vec![p]),
            Ok(geo::Geometry::MultiPolygon(m)) => m,
            Ok(other) => {
                return Err(fail(
                    &record,
                    "geometry",
                    &format!(
                        "expected a Polygon or MultiPolygon, found {}",
                        geometry_name(&other)
                    ),
                ));
            }
            Err(e) => {
                return Err(fail(
                    &record,
                    "geometry",
                    &format!("expected valid coordinates: {e}"),
                ));
            }
        };
        let out_of_range = multi
            .iter()
            .flat_map(|p| p.exterior().coords())
            .find(|c| !(-180.0..=180.0).contains(&c.x) || !(-90.0..=90.0).contains(&c.y));
        if let Some(c) = out_of_range {
            return Err(fail(
                &record,
                "geometry",
                &format!(
                    "expected lon in -180..180 and lat in -90..90, found ({}, {})",
                    c.x, c.y
                ),
            ));
        }
        let shape = MapShape::new(multi)
            .ok_or_else(|| fail(&record, "geometry", "expected a polygon with area"))?;
        features.push(Feature {
            id,
            kind,
            names,
            properties: props,
            shape,
        });
    }
    Ok(features)
}

fn geometry_name(g: &geo::Geometry<f64>) -> &'static str {
    match g {
        geo::Geometry::Point(_) => "Point",
        geo::Geometry::MultiPoint(_) => "MultiPoint",
        geo::Geometry::Line(_) | geo::Geometry::LineString(_) => "LineString",
        geo::Geometry::MultiLineString(_) => "MultiLineString",
        geo::Geometry::GeometryCollection(_) => "GeometryCollection",
        _ => "another geometry",
    }
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
    fn from_feature(f: Feature) -> Self {
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

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PlacesFile {
    defaults: PlaceDefaults,
    place: Vec<Place>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceDefaults {
    source: String,
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

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionInfoFile {
    region: Vec<RegionInfo>,
}

/// Everything the map draws and the details panel says about regions and towns.
#[derive(Debug, Clone)]
pub struct Atlas {
    /// Georgia (rest), Abkhazia, South Ossetia.
    pub regions: Vec<Region>,
    /// Neighbouring countries, for context.
    pub neighbours: Vec<Region>,
    /// Every country at small scale, for the world inset (id: Natural Earth ADM0_A3).
    pub world: Vec<Region>,
    /// Towns, most important first.
    pub places: Vec<Place>,
    /// Facts per region id.
    pub info: BTreeMap<String, RegionInfo>,
    /// Every source, by id.
    pub sources: Sources,
    /// The extent of Georgia, Abkhazia and South Ossetia together: the default view.
    pub home: MapRect,
}

/// The asset files an [`Atlas`] is made of; tests swap single files for broken ones.
#[derive(Debug, Clone, Copy)]
pub struct AtlasFiles {
    /// Regions GeoJSON.
    pub regions: AssetFile,
    /// Neighbours GeoJSON.
    pub neighbours: AssetFile,
    /// World GeoJSON.
    pub world: AssetFile,
    /// Source registry.
    pub sources: AssetFile,
    /// Region facts.
    pub region_info: AssetFile,
    /// Towns.
    pub places: AssetFile,
}

impl Default for AtlasFiles {
    fn default() -> Self {
        Self {
            regions: embedded::REGIONS,
            neighbours: embedded::NEIGHBOURS,
            world: embedded::WORLD,
            sources: embedded::SOURCES,
            region_info: embedded::REGION_INFO,
            places: embedded::PLACES,
        }
    }
}

impl Atlas {
    /// Load the embedded atlas.
    pub fn load() -> Result<Self, LoadError> {
        Self::load_from(&AtlasFiles::default())
    }

    /// Load and cross-check an atlas from the given files.
    pub fn load_from(files: &AtlasFiles) -> Result<Self, LoadError> {
        let sources = Sources::load(&files.sources)?;
        let regions: Vec<Region> = load_features(&files.regions)?
            .into_iter()
            .map(Region::from_feature)
            .collect();
        for r in &regions {
            if !matches!(r.kind, RegionKind::State | RegionKind::Disputed) {
                return Err(field_error(
                    &files.regions,
                    &r.id,
                    &format!("region {:?}", r.id),
                    "kind",
                    "expected state or disputed",
                ));
            }
        }
        let neighbours = load_features(&files.neighbours)?
            .into_iter()
            .map(Region::from_feature)
            .collect();

        let world = load_features(&files.world)?
            .into_iter()
            .map(Region::from_feature)
            .collect();

        let info_file: RegionInfoFile = data::parse_toml(&files.region_info)?;
        let mut info = BTreeMap::new();
        for i in info_file.region {
            let f = &files.region_info;
            let rec = format!("region {:?}", i.id);
            if !regions.iter().any(|r| r.id == i.id) {
                return Err(field_error(
                    f,
                    &i.id,
                    &rec,
                    "id",
                    "expected the id of a feature in boundaries/regions.geojson",
                ));
            }
            for p in &i.population {
                sources.check_ids(f, &i.id, &rec, "population.sources", &p.sources)?;
            }
            for v in &i.views {
                sources.check_ids(f, &i.id, &rec, "views.sources", &v.sources)?;
            }
            for n in &i.other_names {
                sources.check_ids(
                    f,
                    &i.id,
                    &rec,
                    "other_names.source",
                    std::slice::from_ref(&n.source),
                )?;
            }
            if let Some(s) = &i.published_area_source {
                sources.check_ids(
                    f,
                    &i.id,
                    &rec,
                    "published_area_source",
                    std::slice::from_ref(s),
                )?;
            }
            sources.check_ids(f, &i.id, &rec, "boundary_sources", &i.boundary_sources)?;
            info.insert(i.id.clone(), i);
        }

        let places_file: PlacesFile = data::parse_toml(&files.places)?;
        let mut places = places_file.place;
        for p in &mut places {
            let f = &files.places;
            let rec = format!("place {:?}", p.id);
            if !(1..=4).contains(&p.rank) {
                return Err(field_error(
                    f,
                    &p.id,
                    &rec,
                    "rank",
                    "expected 1 (capital) to 4 (village)",
                ));
            }
            if p.region != "outside" && !regions.iter().any(|r| r.id == p.region) {
                return Err(field_error(
                    f,
                    &p.id,
                    &rec,
                    "region",
                    "expected a region id or \"outside\"",
                ));
            }
            let source = p
                .source
                .get_or_insert_with(|| places_file.defaults.source.clone());
            sources.check_ids(f, &p.id, &rec, "source", std::slice::from_ref(source))?;
        }
        places.sort_by_key(|p| p.rank);
        for i in info.values() {
            if !places.iter().any(|p| p.id == i.capital) {
                return Err(field_error(
                    &files.region_info,
                    &i.id,
                    &format!("region {:?}", i.id),
                    "capital",
                    "expected the id of a place in data/places.toml",
                ));
            }
        }

        let home = regions
            .iter()
            .map(|r| r.shape.map_rect)
            .reduce(|a, b| MapRect::from_points([a.min, a.max, b.min, b.max]).unwrap_or(a))
            .ok_or_else(|| {
                field_error(
                    &files.regions,
                    "",
                    "file",
                    "features",
                    "expected at least one region",
                )
            })?;
        Ok(Self {
            regions,
            neighbours,
            world,
            places,
            info,
            sources,
            home,
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn atlas() -> Atlas {
        match Atlas::load() {
            Ok(a) => a,
            Err(e) => panic!("the embedded atlas must load: {e}"),
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

    fn with_regions(text: &'static str) -> Result<Atlas, LoadError> {
        Atlas::load_from(&AtlasFiles {
            regions: AssetFile {
                name: "boundaries/regions.geojson",
                text,
            },
            ..AtlasFiles::default()
        })
    }

    #[test]
    fn broken_geojson_is_reported_with_file_line_and_column() {
        let err = with_regions("{\"type\": \"FeatureCollection\",\n \"features\": [}").unwrap_err();
        assert!(matches!(err, LoadError::Syntax { line: 2, .. }), "{err}");
        assert!(
            err.to_string().starts_with("boundaries/regions.geojson:2:"),
            "{err}"
        );
    }

    #[test]
    fn a_feature_without_an_id_is_named_by_its_index_and_field() {
        let err = with_regions(r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kind":"state","name_en":"X"},"geometry":{"type":"Polygon","coordinates":[[[40,40],[41,40],[41,41],[40,40]]]}}]}"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "boundaries/regions.geojson:0: feature 0 (id \"\"): field `id`: expected a non-empty string"
        );
    }

    #[test]
    fn a_line_where_a_polygon_belongs_is_refused() {
        let err = with_regions(r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x","kind":"state","name_en":"X"},"geometry":{"type":"LineString","coordinates":[[40,40],[41,40]]}}]}"#).unwrap_err();
        assert!(
            err.to_string()
                .contains("field `geometry`: expected a Polygon or MultiPolygon, found LineString"),
            "{err}"
        );
    }

    #[test]
    fn a_place_with_an_unknown_region_is_refused_with_its_line() {
        let err = Atlas::load_from(&AtlasFiles {
            places: AssetFile {
                name: "data/places.toml",
                text: "[defaults]\nsource = \"natural_earth\"\n\n[[place]]\nid = \"x\"\nname_en = \"X\"\nname_ka = \"X\"\nname_ru = \"X\"\nlon = 40.0\nlat = 40.0\nrank = 2\nregion = \"atlantis\"\n",
            },
            ..AtlasFiles::default()
        })
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "data/places.toml:5: place \"x\": field `region`: expected a region id or \"outside\""
        );
    }
}
