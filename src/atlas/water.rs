//! Rivers and lakes to read the map by (`boundaries/water.geojson`, written by
//! `tools/water.py` from GSHHG's World Data Bank II rivers, a source of about 1:3 million).
//! They orient a reader; they do not position the lines. Projected, simplified and
//! triangulated once here, at load.

use super::MapMesh;
use crate::ids::SourceId;
use crate::load::{AssetFile, Bounds, Problems, Said, SourceIds, typed_features};
use crate::projection::{LonLat, MapPoint, MapRect, map_from_lonlat};
use crate::say;
use geo::{Coord, LineString, Polygon, Simplify, TriangulateEarcut};

/// How far (km) the simplified course of a river may stray from the source's: used when a
/// kilometre is less than a few points wide.
const COARSE_KM: f64 = 0.4;
/// The same when zoomed in: a tenth of a kilometre, far under the source's own error at
/// 1:3 million (about a kilometre), drops the points that change nothing on screen.
const FINE_KM: f64 = 0.1;

/// A river's names in the label languages.
#[derive(Debug, Clone, PartialEq)]
pub struct WaterNames {
    /// English.
    pub en: String,
    /// Georgian.
    pub ka: String,
    /// Russian.
    pub ru: String,
}

impl WaterNames {
    /// The name in `lang`.
    pub fn get(&self, lang: crate::words::Lang) -> &str {
        match lang {
            crate::words::Lang::En => &self.en,
            crate::words::Lang::Ka => &self.ka,
            crate::words::Lang::Ru => &self.ru,
        }
    }
}

/// A stretch of a river, in the map plane (km).
#[derive(Debug, Clone)]
pub struct River {
    /// Its name, where the data names it.
    pub names: Option<WaterNames>,
    /// Where the course and the name come from.
    pub sources: Vec<SourceId>,
    /// The course for large scales (simplified by [`FINE_KM`]).
    pub full: Vec<[f32; 2]>,
    /// The course simplified for small scales.
    pub coarse: Vec<[f32; 2]>,
    /// Its extent, for culling.
    pub rect: MapRect,
}

/// A lake, triangulated.
#[derive(Debug, Clone)]
pub struct Lake {
    /// Its triangles in the map plane.
    pub mesh: MapMesh,
    /// Its outline in the map plane.
    pub outline: Vec<[f32; 2]>,
    /// Its extent, for culling.
    pub rect: MapRect,
    /// Where it comes from.
    pub sources: Vec<SourceId>,
}

/// The water layer.
#[derive(Debug, Clone, Default)]
pub struct Water {
    /// River stretches.
    pub rivers: Vec<River>,
    /// Lakes.
    pub lakes: Vec<Lake>,
}

#[derive(serde::Deserialize)]
#[serde(tag = "type", content = "coordinates")]
enum Geometry {
    LineString(Vec<[f64; 2]>),
    Polygon(Vec<Vec<[f64; 2]>>),
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    River,
    Lake,
}

#[derive(serde::Deserialize)]
struct Properties {
    kind: Kind,
    #[serde(default)]
    name_en: Option<String>,
    #[serde(default)]
    name_ka: Option<String>,
    #[serde(default)]
    name_ru: Option<String>,
    #[serde(default)]
    sources: Vec<SourceId>,
}

fn project(points: &[[f64; 2]]) -> Vec<[f32; 2]> {
    points
        .iter()
        .map(|&[lon, lat]| {
            let m = map_from_lonlat(LonLat::new(lon, lat));
            [m.x_km as f32, m.y_km as f32]
        })
        .collect()
}

fn rect_of(points: &[[f32; 2]]) -> Option<MapRect> {
    MapRect::from_points(points.iter().map(|&[x, y]| MapPoint {
        x_km: f64::from(x),
        y_km: f64::from(y),
    }))
}

fn line_string(points: &[[f32; 2]]) -> LineString<f64> {
    points
        .iter()
        .map(|&[x, y]| Coord {
            x: f64::from(x),
            y: f64::from(y),
        })
        .collect()
}

/// Load the layer; a file that cannot be read, a feature with too few positions, a position
/// off the map, a name given in only some languages or an unknown source is a located problem
/// (the feature is left out). A missing file is an empty layer.
pub(super) fn load_water(
    file: &AssetFile,
    sources: &dyn SourceIds,
    problems: &mut Problems,
) -> Water {
    let mut water = Water::default();
    let features = typed_features::<Geometry, Properties>(
        file,
        |detail| {
            say!(
                "problem-not-water",
                "expected a FeatureCollection of river LineStrings and lake Polygons: {detail}",
                detail = detail
            )
        },
        problems,
    );
    for f in features {
        let place = f.place;
        let mut fail = |message: Said| problems.push(place.problem(file, message));
        let (p, geometry) = (f.properties, f.geometry);
        if let Some(id) = p.sources.iter().find(|id| !sources.is_declared(id)) {
            fail(say!(
                "problem-unknown-source",
                "unknown source id \"{id}\" (not in data/sources.toml)",
                id = id
            ));
            continue;
        }
        let all: Vec<&[f64; 2]> = match &geometry {
            Geometry::LineString(c) => c.iter().collect(),
            Geometry::Polygon(rings) => rings.iter().flatten().collect(),
        };
        if let Some([lon, lat]) = all
            .iter()
            .find(|[lon, lat]| !Bounds::MAP.contains(*lon, *lat))
        {
            fail(Bounds::MAP.outside(*lon, *lat));
            continue;
        }
        match (p.kind, geometry) {
            (Kind::River, Geometry::LineString(c)) if c.len() >= 2 => {
                let names = match (p.name_en, p.name_ka, p.name_ru) {
                    (Some(en), Some(ka), Some(ru))
                        if [&en, &ka, &ru].iter().all(|s| !s.trim().is_empty()) =>
                    {
                        Some(WaterNames { en, ka, ru })
                    }
                    (None, None, None) => None,
                    _ => {
                        fail(say!(
                            "problem-river-names",
                            "expected a named river to have name_en, name_ka and name_ru, none empty"
                        ));
                        continue;
                    }
                };
                if names.is_some() && p.sources.is_empty() {
                    fail(say!(
                        "problem-river-sources",
                        "expected `sources` for a named river"
                    ));
                    continue;
                }
                let source = line_string(&project(&c));
                let simplified = |km: f64| -> Vec<[f32; 2]> {
                    source
                        .simplify(km)
                        .0
                        .iter()
                        .map(|c| [c.x as f32, c.y as f32])
                        .collect()
                };
                let (full, coarse) = (simplified(FINE_KM), simplified(COARSE_KM));
                let Some(rect) = rect_of(&full) else {
                    continue;
                };
                water.rivers.push(River {
                    names,
                    sources: p.sources,
                    full,
                    coarse,
                    rect,
                });
            }
            (Kind::Lake, Geometry::Polygon(rings)) => {
                let Some(exterior) = rings.first().filter(|r| r.len() >= 4) else {
                    fail(say!(
                        "problem-lake-ring",
                        "expected a lake's outer ring of four or more positions"
                    ));
                    continue;
                };
                let outline = project(exterior);
                let holes: Vec<LineString<f64>> = rings
                    .iter()
                    .skip(1)
                    .map(|r| line_string(&project(r)))
                    .collect();
                let raw = Polygon::new(line_string(&outline), holes).earcut_triangles_raw();
                let mesh = MapMesh {
                    vertices: raw
                        .vertices
                        .iter()
                        .map(|&[x, y]| [x as f32, y as f32])
                        .collect(),
                    indices: raw.triangle_indices.iter().map(|&i| i as u32).collect(),
                };
                let Some(rect) = rect_of(&outline) else {
                    continue;
                };
                water.lakes.push(Lake {
                    mesh,
                    outline,
                    rect,
                    sources: p.sources,
                });
            }
            (Kind::River, _) => {
                fail(say!(
                    "problem-river-line",
                    "expected a river to be a LineString of two or more positions"
                ));
            }
            (Kind::Lake, _) => fail(say!(
                "problem-lake-polygon",
                "expected a lake to be a Polygon"
            )),
        }
    }
    water
}

#[cfg(test)]
mod tests {
    use super::*;

    struct All;
    impl SourceIds for All {
        fn is_declared(&self, id: &str) -> bool {
            id != "nowhere"
        }
    }

    fn load(text: &str) -> (Water, Problems) {
        let file = AssetFile::new("boundaries/water.geojson", text);
        let mut problems = Problems::default();
        let w = load_water(&file, &All, &mut problems);
        (w, problems)
    }

    #[test]
    fn the_shipped_layer_has_the_mtkvari_and_lakes() {
        let (w, problems) = load(crate::load::embedded::text("boundaries/water.geojson"));
        assert!(problems.is_empty(), "{problems}");
        assert!(w.lakes.len() >= 5);
        let named: Vec<_> = w.rivers.iter().filter_map(|r| r.names.as_ref()).collect();
        assert!(named.iter().any(|n| n.en == "Mtkvari" && n.ru == "Кура"));
        // Simplified courses are shorter, never empty.
        assert!(
            w.rivers
                .iter()
                .all(|r| r.coarse.len() >= 2 && r.coarse.len() <= r.full.len())
        );
    }

    #[test]
    fn bad_features_are_located_and_left_out() {
        let text = r#"{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"kind":"river"},"geometry":{"type":"LineString","coordinates":[[44,42],[44.1,42.1]]}},
{"type":"Feature","properties":{"kind":"river","name_en":"X"},"geometry":{"type":"LineString","coordinates":[[44,42],[44.1,42.1]]}},
{"type":"Feature","properties":{"kind":"lake"},"geometry":{"type":"LineString","coordinates":[[44,42],[44.1,42.1]]}},
{"type":"Feature","properties":{"kind":"river","sources":["nowhere"]},"geometry":{"type":"LineString","coordinates":[[44,42],[44.1,42.1]]}},
{"type":"Feature","properties":{"kind":"river"},"geometry":{"type":"LineString","coordinates":[[144,42],[44.1,42.1]]}}
]}"#;
        let (w, problems) = load(text);
        assert_eq!(w.rivers.len(), 1);
        let text = problems.to_string();
        for expected in [
            "boundaries/water.geojson:3:19: feature 2: expected a named river to have name_en",
            "boundaries/water.geojson:4:19: feature 3: expected a lake to be a Polygon",
            "feature 4: unknown source id \"nowhere\"",
            "feature 5: expected a position inside 35–51° E, 37–47° N",
        ] {
            assert!(text.contains(expected), "{expected:?} in {text}");
        }
        let (_, problems) = load("{\"type\":");
        assert!(
            problems
                .to_string()
                .contains("expected a FeatureCollection")
        );
    }
}
