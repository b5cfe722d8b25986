//! GeoJSON with locations: a FeatureCollection of polygons, each feature checked (id, kind,
//! names, rings that close, enough points, no self-intersection, inside the bounds) and every
//! problem reported at the feature's real line.

use super::rings::ring_problem;
use super::{AssetFile, MAX_FEATURES, MAX_POSITIONS, Problem, Problems, line_column};
use crate::atlas::{MapShape, Names, RegionKind};
use geo::MultiPolygon;
use std::collections::BTreeSet;

/// Where a file's coordinates must lie.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    /// Longitudes, degrees east.
    pub lon: (f64, f64),
    /// Latitudes, degrees north.
    pub lat: (f64, f64),
    /// Described in problems, e.g. "the map window (35–51° E, 37–47° N)".
    pub label: &'static str,
    /// Whether a polygon that crosses itself refuses the load. The world inset's small-scale
    /// outlines (one Natural Earth 1:110m country crosses itself) only warn: they are context.
    pub strict: bool,
}

impl Bounds {
    /// The whole globe (the world inset).
    pub const WORLD: Self = Self {
        lon: (-180.0, 180.0),
        lat: (-90.0, 90.0),
        label: "lon -180..180, lat -90..90",
        strict: false,
    };
    /// The atlas' map window: regions, neighbours, control areas and event markers.
    pub const MAP: Self = Self {
        lon: (35.0, 51.0),
        lat: (37.0, 47.0),
        label: "the map window (35–51° E, 37–47° N)",
        strict: true,
    };

    /// Whether a position lies inside.
    pub fn contains(&self, lon: f64, lat: f64) -> bool {
        (self.lon.0..=self.lon.1).contains(&lon) && (self.lat.0..=self.lat.1).contains(&lat)
    }
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
    /// 1-based line where the feature begins in its file.
    pub line: usize,
}

/// Byte offsets where each element of the top-level `"features"` array begins, and how many
/// `[` the file holds outside strings (an upper bound on positions, counted before parsing).
fn scan(text: &str) -> (Vec<usize>, usize) {
    let bytes = text.as_bytes();
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let (mut string_start, mut last_string) = (0usize, 0..0);
    let (mut features_depth, mut brackets) = (None, 0usize);
    let mut starts = Vec::new();
    for (i, &c) in bytes.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == b'\\' {
                escaped = true;
            } else if c == b'"' {
                in_string = false;
                if depth == 1 {
                    last_string = string_start + 1..i;
                }
            }
            continue;
        }
        match c {
            b'"' => {
                in_string = true;
                string_start = i;
            }
            b'{' | b'[' => {
                if c == b'[' {
                    brackets += 1;
                }
                if features_depth == Some(depth) && c == b'{' {
                    starts.push(i);
                }
                if depth == 1 && c == b'[' && text.get(last_string.clone()) == Some("features") {
                    features_depth = Some(depth + 1);
                }
                depth += 1;
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                if features_depth.is_some_and(|d| depth < d) {
                    features_depth = None;
                }
            }
            _ => {}
        }
    }
    (starts, brackets)
}

/// The `id` of every feature of a file, whether or not the feature is valid, so that a
/// reference to a broken feature is not reported a second time as unknown.
pub fn feature_ids(file: &AssetFile) -> BTreeSet<String> {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(&file.text) else {
        return BTreeSet::new();
    };
    value
        .get("features")
        .and_then(|f| f.as_array())
        .into_iter()
        .flatten()
        .filter_map(|f| f.pointer("/properties/id")?.as_str().map(str::to_owned))
        .collect()
}

/// Read a GeoJSON FeatureCollection of polygons. Each feature needs `id` (unique), `kind`,
/// `name_en`, and a Polygon or MultiPolygon whose rings close, have at least four positions,
/// do not cross themselves and lie inside `bounds`. Bad features are problems and are left out.
pub fn load_features(file: &AssetFile, bounds: Bounds, problems: &mut Problems) -> Vec<Feature> {
    let text = &file.text;
    let (starts, brackets) = scan(text);
    if starts.len() > MAX_FEATURES || brackets > MAX_POSITIONS + 2 * MAX_FEATURES {
        problems.push(Problem::file(
            &file.name,
            format!(
                "has {} features and up to {brackets} positions; at most {MAX_FEATURES} features and {MAX_POSITIONS} positions are read",
                starts.len()
            ),
        ));
        return Vec::new();
    }
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let msg = e.to_string();
            // serde_json appends " at line L column C"; the location is already in front.
            let msg = msg.split(" at line ").next().unwrap_or(&msg).to_owned();
            problems.push(Problem::at(&file.name, (e.line(), e.column()), msg));
            return Vec::new();
        }
    };
    let serde_json::Value::Object(mut top) = value else {
        problems.push(Problem::at(
            &file.name,
            (1, 1),
            "expected a GeoJSON FeatureCollection (an object)",
        ));
        return Vec::new();
    };
    let kind = top
        .get("type")
        .and_then(|t| t.as_str())
        .unwrap_or_default()
        .to_owned();
    let features = top
        .remove("features")
        .filter(|_| kind == "FeatureCollection");
    let Some(serde_json::Value::Array(raw)) = features else {
        problems.push(
            Problem::at(&file.name, (1, 1), format!("expected a GeoJSON FeatureCollection with a `features` array, found type {kind:?}"))
                .field("type"),
        );
        return Vec::new();
    };
    let mut seen = BTreeSet::new();
    let mut features = Vec::with_capacity(raw.len());
    for (index, value) in raw.into_iter().enumerate() {
        let start = starts.get(index).copied().unwrap_or(0);
        let end = starts.get(index + 1).copied().unwrap_or(text.len());
        let at = |key: &str| {
            let quoted = format!("\"{key}\"");
            let offset = text
                .get(start..end)
                .and_then(|t| t.find(&quoted))
                .map_or(start, |o| start + o);
            line_column(text, offset)
        };
        let id = value
            .pointer("/properties/id")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_owned();
        let record = format!("feature {index} (id {id:?})");
        let mut fail = |key: &str, message: String, error: bool| {
            let p = Problem::at(&file.name, at(key), message)
                .record(record.clone())
                .field(key);
            problems.push(if error { p } else { p.warning() });
        };
        if let Some(f) = read_feature(&value, &id, bounds, &mut seen, &mut fail) {
            features.push(Feature {
                line: line_column(text, start).0,
                ..f
            });
        }
    }
    features
}

/// One feature, or `None` after reporting what is wrong with it through `fail(key, message, is_error)`.
fn read_feature(
    value: &serde_json::Value,
    id: &str,
    bounds: Bounds,
    seen: &mut BTreeSet<String>,
    fail: &mut dyn FnMut(&str, String, bool),
) -> Option<Feature> {
    let feature = match serde_json::from_value::<geojson::Feature>(value.clone()) {
        Ok(f) => f,
        Err(e) => {
            fail("type", format!("expected a GeoJSON Feature: {e}"), true);
            return None;
        }
    };
    let props = feature.properties.unwrap_or_default();
    let mut ok = true;
    if id.trim().is_empty() {
        fail(
            "properties",
            "expected a non-empty string `id`".to_owned(),
            true,
        );
        ok = false;
    } else if !seen.insert(id.to_owned()) {
        fail(
            "id",
            format!("expected a unique id; \"{id}\" is used more than once"),
            true,
        );
        ok = false;
    }
    let kind_text = props
        .get("kind")
        .and_then(|v| v.as_str())
        .unwrap_or_default();
    let kind = RegionKind::parse(kind_text);
    if kind.is_none() {
        fail(
            "kind",
            format!(
                "expected one of state, disputed, neighbour, country, control_area; found {kind_text:?}"
            ),
            true,
        );
    }
    let names = match serde_json::from_value::<Names>(serde_json::Value::Object(props.clone())) {
        Ok(n) if !n.name_en.trim().is_empty() => Some(n),
        Ok(_) => {
            fail(
                "name_en",
                "expected a non-empty English name".to_owned(),
                true,
            );
            None
        }
        Err(e) => {
            fail("name_en", format!("expected names as strings: {e}"), true);
            None
        }
    };
    let geometry = match feature.geometry {
        Some(g) => check_geometry(&g.value, bounds, fail),
        None => {
            fail(
                "geometry",
                "expected a Polygon or MultiPolygon, found none".to_owned(),
                true,
            );
            None
        }
    };
    let (kind, names, geometry) = (kind?, names?, geometry?);
    let shape = MapShape::new(geometry).or_else(|| {
        fail("geometry", "expected a polygon with area".to_owned(), true);
        None
    })?;
    ok.then(|| Feature {
        id: id.to_owned(),
        kind,
        names,
        properties: props,
        shape,
        line: 0,
    })
}

/// The geometry as polygons, after checking every ring; `None` after reporting a problem.
fn check_geometry(
    value: &geojson::GeometryValue,
    bounds: Bounds,
    fail: &mut dyn FnMut(&str, String, bool),
) -> Option<MultiPolygon<f64>> {
    let polygons: Vec<&geojson::PolygonType> = match value {
        geojson::GeometryValue::Polygon { coordinates } => vec![coordinates],
        geojson::GeometryValue::MultiPolygon { coordinates } => coordinates.iter().collect(),
        other => {
            fail(
                "geometry",
                format!(
                    "expected a Polygon or MultiPolygon, found {}",
                    other.type_name()
                ),
                true,
            );
            return None;
        }
    };
    for (p, rings) in polygons.iter().enumerate() {
        if rings.is_empty() {
            fail("coordinates", format!("polygon {p} has no rings"), true);
            return None;
        }
        for (r, ring) in rings.iter().enumerate() {
            let which = format!("polygon {p}, ring {r}");
            if ring.len() < 4 {
                fail(
                    "coordinates",
                    format!(
                        "{which}: expected at least 4 positions (a closed triangle), found {}",
                        ring.len()
                    ),
                    true,
                );
                return None;
            }
            if let Some((i, pos)) = ring
                .iter()
                .map(geojson::Position::as_slice)
                .enumerate()
                .find(|(_, pos)| pos.len() < 2 || !pos.iter().all(|v| v.is_finite()))
            {
                fail(
                    "coordinates",
                    format!("{which}, position {i}: expected [lon, lat] numbers, found {pos:?}"),
                    true,
                );
                return None;
            }
            if ring.first() != ring.last() {
                fail(
                    "coordinates",
                    format!(
                        "{which}: expected a closed ring (last position equal to the first), found {:?} … {:?}",
                        ring.first().map(|v| v.as_slice()).unwrap_or_default(),
                        ring.last().map(|v| v.as_slice()).unwrap_or_default()
                    ),
                    true,
                );
                return None;
            }
            if let Some((i, pos)) = ring
                .iter()
                .map(geojson::Position::as_slice)
                .enumerate()
                .find(|(_, pos)| {
                    let (lon, lat) = (
                        pos.first().copied().unwrap_or(f64::NAN),
                        pos.get(1).copied().unwrap_or(f64::NAN),
                    );
                    !bounds.contains(lon, lat)
                })
            {
                fail(
                    "coordinates",
                    format!(
                        "{which}, position {i}: expected a position inside {}, found ({}, {})",
                        bounds.label,
                        pos.first().copied().unwrap_or_default(),
                        pos.get(1).copied().unwrap_or_default()
                    ),
                    true,
                );
                return None;
            }
        }
    }
    let multi = match geo::Geometry::<f64>::try_from(value) {
        Ok(geo::Geometry::Polygon(p)) => MultiPolygon::new(vec![p]),
        Ok(geo::Geometry::MultiPolygon(m)) => m,
        Ok(_) | Err(_) => {
            fail(
                "coordinates",
                "expected valid polygon coordinates".to_owned(),
                true,
            );
            return None;
        }
    };
    for (p, polygon) in multi.iter().enumerate() {
        if let Some(e) = ring_problem(polygon) {
            fail("coordinates", format!("polygon {p}: {e}"), bounds.strict);
            if bounds.strict {
                return None;
            }
        }
    }
    Some(multi)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SQUARE: &str = "[[[44,42],[45,42],[45,43],[44,43],[44,42]]]";

    fn collection(features: &[String]) -> String {
        format!(
            "{{\n\"type\": \"FeatureCollection\",\n\"features\": [\n{}\n]\n}}\n",
            features.join(",\n")
        )
    }

    fn feature(id: &str, coords: &str) -> String {
        format!(
            "{{ \"type\": \"Feature\",\n  \"properties\": {{ \"id\": \"{id}\", \"kind\": \"state\", \"name_en\": \"X\" }},\n  \"geometry\": {{ \"type\": \"Polygon\",\n    \"coordinates\": {coords} }} }}"
        )
    }

    fn problems_of(text: &str) -> Vec<String> {
        let mut ps = Problems::default();
        load_features(&AssetFile::new("b.geojson", text), Bounds::MAP, &mut ps);
        ps.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn feature_starts_are_found_in_the_text() {
        let text = collection(&[feature("a", SQUARE), feature("b", SQUARE)]);
        let (starts, _) = scan(&text);
        assert_eq!(
            starts
                .iter()
                .map(|&s| line_column(&text, s).0)
                .collect::<Vec<_>>(),
            [4, 8]
        );
        assert!(problems_of(&text).is_empty());
    }

    #[test]
    fn a_ring_that_does_not_close_is_reported_at_its_feature_line() {
        let open = "[[[44,42],[45,42],[45,43],[44,43],[44.5,42]]]";
        let text = collection(&[feature("a", SQUARE), feature("b", open)]);
        assert_eq!(
            problems_of(&text),
            [
                "b.geojson:11:5: feature 1 (id \"b\"): field `coordinates`: polygon 0, ring 0: expected a closed ring (last position equal to the first), found [44.0, 42.0] … [44.5, 42.0]"
            ]
        );
    }

    #[test]
    fn too_few_points_self_intersection_and_out_of_bounds_are_problems() {
        let few = "[[[44,42],[45,42],[44,42]]]";
        let bowtie = "[[[44,42],[45,43],[45,42],[44,43],[44,42]]]";
        let far = "[[[4,42],[45,42],[45,43],[44,43],[4,42]]]";
        let text = collection(&[
            feature("a", few),
            feature("b", bowtie),
            feature("c", far),
            feature("c", SQUARE),
        ]);
        let ps = problems_of(&text);
        assert_eq!(ps.len(), 4, "{ps:#?}");
        assert!(ps[0].starts_with("b.geojson:7:5: feature 0 (id \"a\"): field `coordinates`: polygon 0, ring 0: expected at least 4 positions"), "{}", ps[0]);
        assert!(
            ps[1].starts_with(
                "b.geojson:11:5: feature 1 (id \"b\"): field `coordinates`: polygon 0: "
            ),
            "{}",
            ps[1]
        );
        assert!(
            ps[1].contains("the outer ring crosses itself between positions 0 and 2"),
            "{}",
            ps[1]
        );
        assert!(ps[2].contains("position 0: expected a position inside the map window (35–51° E, 37–47° N), found (4, 42)"), "{}", ps[2]);
        assert!(
            ps[3].starts_with(
                "b.geojson:17:19: feature 3 (id \"c\"): field `id`: expected a unique id"
            ),
            "{}",
            ps[3]
        );
    }

    #[test]
    fn not_a_feature_collection_and_bad_json_are_located() {
        assert_eq!(
            problems_of("{\"type\": \"Feature\"}"),
            [
                "b.geojson:1:1: field `type`: expected a GeoJSON FeatureCollection with a `features` array, found type \"Feature\""
            ]
        );
        let ps = problems_of("{\n\"type\": \"FeatureCollection\",\n\"features\": [ ,\n");
        assert!(ps[0].starts_with("b.geojson:3:15: "), "{ps:?}");
    }

    #[test]
    fn absurd_counts_are_refused_before_parsing() {
        let many = vec!["{}"; MAX_FEATURES + 1].join(",");
        let ps = problems_of(&format!(
            "{{\"type\":\"FeatureCollection\",\"features\":[{many}]}}"
        ));
        assert_eq!(ps.len(), 1, "{ps:?}");
        assert!(
            ps[0].starts_with("b.geojson: has 100001 features"),
            "{}",
            ps[0]
        );
    }

    #[test]
    fn missing_kind_and_name_are_each_reported() {
        let text = collection(&["{ \"type\": \"Feature\", \"properties\": { \"id\": \"x\", \"name_en\": \" \" }, \"geometry\": null }".to_owned()]);
        let ps = problems_of(&text);
        assert_eq!(ps.len(), 3, "{ps:#?}");
        assert!(
            ps[0].contains("field `kind`: expected one of state"),
            "{}",
            ps[0]
        );
        assert!(
            ps[1].contains("field `name_en`: expected a non-empty English name"),
            "{}",
            ps[1]
        );
        assert!(
            ps[2].contains("field `geometry`: expected a Polygon or MultiPolygon, found none"),
            "{}",
            ps[2]
        );
    }
}
