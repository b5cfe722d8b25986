//! GeoJSON with locations: a FeatureCollection of polygons, each feature checked (id, kind,
//! names, rings that close, enough points, no self-intersection, inside the bounds) and every
//! problem reported at the feature's real line.

use super::feature::{Names, RegionKind};
use super::rings::check_geometry;
use super::{AssetFile, MAX_FEATURES, MAX_POSITIONS, Problem, Problems, Said};
use crate::say;
use std::collections::BTreeSet;

/// Where a file's coordinates must lie.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    /// Longitudes, degrees east.
    pub lon: (f64, f64),
    /// Latitudes, degrees north.
    pub lat: (f64, f64),
    /// Described in problems, e.g. "35–51° E, 37–47° N" (the same in every language).
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
        label: "180° W–180° E, 90° S–90° N",
        strict: false,
    };
    /// The atlas' map window: regions, neighbours, control areas and event markers.
    pub const MAP: Self = Self {
        lon: (35.0, 51.0),
        lat: (37.0, 47.0),
        label: "35–51° E, 37–47° N",
        strict: true,
    };

    /// "expected a position inside these bounds, found (lon, lat)".
    pub fn outside(&self, lon: f64, lat: f64) -> Said {
        say!(
            "problem-outside",
            "expected a position inside {bounds}, found ({lon}, {lat})",
            bounds = self.label,
            lon = lon,
            lat = lat
        )
    }

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
    /// The checked geometry, in lon/lat degrees (the atlas projects and triangulates it).
    pub geometry: geo::MultiPolygon<f64>,
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
            say!(
                "problem-too-many-features",
                "has {n} features and up to {positions} positions; at most {max} features and {max_positions} positions are read",
                n = starts.len(),
                positions = brackets,
                max = MAX_FEATURES,
                max_positions = MAX_POSITIONS
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
            let said = say!("problem-json", "{detail}", detail = msg);
            problems.push(Problem::at(&file.name, (e.line(), e.column()), said));
            return Vec::new();
        }
    };
    let serde_json::Value::Object(mut top) = value else {
        problems.push(Problem::at(
            &file.name,
            (1, 1),
            say!(
                "problem-not-feature-collection",
                "expected a GeoJSON FeatureCollection (an object)"
            ),
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
            Problem::at(
                &file.name,
                (1, 1),
                say!(
                    "problem-no-features",
                    "expected a GeoJSON FeatureCollection with a `features` array, found type \"{kind}\"",
                    kind = kind
                ),
            )
            .field("type"),
        );
        return Vec::new();
    };
    // The atlas computes its own boxes; a `bbox` that is not one is said, not silently passed.
    if let Some(bbox) = top.get("bbox")
        && !super::feature::is_bbox(bbox)
    {
        let before = starts.first().copied().unwrap_or(text.len());
        let at = text
            .get(..before)
            .and_then(|t| t.find("\"bbox\""))
            .unwrap_or(0);
        problems.push(
            Problem::at(
                &file.name,
                file.line_column(at),
                super::feature::bbox_said(bbox),
            )
            .field("bbox")
            .warning(),
        );
    }
    let mut seen = super::Seen::ids();
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
            file.line_column(offset)
        };
        let id = value
            .pointer("/properties/id")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_owned();
        let record = format!("feature {index} (id {id:?})");
        let mut fail = |key: &str, message: Said, error: bool| {
            let p = Problem::at(&file.name, at(key), message)
                .record(record.clone())
                .field(key);
            problems.push(if error { p } else { p.warning() });
        };
        if let Some(f) = read_feature(value, &id, bounds, &mut seen, &mut fail) {
            features.push(Feature {
                line: file.line_column(start).0,
                ..f
            });
        }
    }
    features
}

/// One feature, or `None` after reporting what is wrong with it through `fail(key, message, is_error)`.
fn read_feature(
    value: serde_json::Value,
    id: &str,
    bounds: Bounds,
    seen: &mut super::Seen,
    fail: &mut dyn FnMut(&str, Said, bool),
) -> Option<Feature> {
    // Moved, not cloned: at a million positions a copy of the tree costs as much as the parse.
    let feature = match serde_json::from_value::<geojson::Feature>(value) {
        Ok(f) => f,
        Err(e) => {
            let said = say!(
                "problem-not-feature",
                "expected a GeoJSON Feature: {detail}",
                detail = e
            );
            fail("type", said, true);
            return None;
        }
    };
    if let Some(bbox) = &feature.bbox {
        let value = serde_json::Value::from(bbox.clone());
        if !super::feature::is_bbox(&value) {
            fail("bbox", super::feature::bbox_said(&value), false);
        }
    }
    let props = feature.properties.unwrap_or_default();
    let mut ok = true;
    if id.trim().is_empty() {
        fail(
            "properties",
            say!("problem-feature-id", "expected a non-empty string `id`"),
            true,
        );
        ok = false;
    } else if let Err(said) = seen.insert(id) {
        fail("id", said, true);
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
            say!(
                "problem-feature-kind",
                "expected one of state, disputed, neighbour, country, control_area; found \"{kind}\"",
                kind = kind_text
            ),
            true,
        );
    }
    let names = match serde_json::from_value::<Names>(serde_json::Value::Object(props.clone())) {
        Ok(n) if !n.name_en.trim().is_empty() => {
            // A name given in a language must say something (a blank one would be drawn as
            // no name at all) and be a name, not a book (it is laid out on the map).
            let given = [
                ("name_en", Some(&n.name_en)),
                ("name_ka", n.name_ka.as_ref()),
                ("name_ru", n.name_ru.as_ref()),
                ("name_local", n.name_local.as_ref()),
            ];
            let mut names_ok = true;
            for (field, name) in given {
                let Some(name) = name else { continue };
                if name.trim().is_empty() {
                    fail(
                        field,
                        say!("problem-empty-text", "expected a non-empty text"),
                        true,
                    );
                    names_ok = false;
                } else if name.len() > super::toml::MAX_TEXT_BYTES {
                    let said = say!(
                        "problem-text-too-long",
                        "a text of {size} KiB; at most {max} KiB is read",
                        size = name.len() >> 10,
                        max = super::toml::MAX_TEXT_BYTES >> 10
                    );
                    fail(field, said, true);
                    names_ok = false;
                }
            }
            names_ok.then_some(n)
        }
        Ok(_) => {
            fail(
                "name_en",
                say!("problem-feature-name", "expected a non-empty English name"),
                true,
            );
            None
        }
        Err(e) => {
            let said = say!(
                "problem-feature-names",
                "expected names as strings: {detail}",
                detail = e
            );
            fail("name_en", said, true);
            None
        }
    };
    let geometry = match feature.geometry {
        Some(g) => check_geometry(&g.value, bounds, fail),
        None => {
            fail(
                "geometry",
                say!(
                    "problem-no-geometry",
                    "expected a Polygon or MultiPolygon, found none"
                ),
                true,
            );
            None
        }
    };
    let (kind, names, geometry) = (kind?, names?, geometry?);
    if geo::BoundingRect::bounding_rect(&geometry).is_none() {
        let said = say!("problem-no-area", "expected a polygon with area");
        fail("geometry", said, true);
        return None;
    }
    ok.then(|| Feature {
        id: id.to_owned(),
        kind,
        names,
        properties: props,
        geometry,
        line: 0,
    })
}

#[cfg(test)]
#[path = "geojson_tests.rs"]
mod tests;
