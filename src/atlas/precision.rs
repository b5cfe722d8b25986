//! How precisely each stretch of the two lines is known (`boundaries/line_precision.geojson`,
//! written by `tools/build_assets.py`): pieces of each line with the width of the band it lies
//! in. The map draws the band when it is wider than a few points.

use super::MapMesh;
use crate::load::{AssetFile, Problems, Said, typed_features};
use crate::projection::{LonLat, map_from_lonlat};
use crate::say;
use geo::{BooleanOps, Buffer, Coord, LineString, MultiPolygon, TriangulateEarcut};

/// What a stretch's uncertainty rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The gap between the nearest cited points of the two sides.
    Constraints,
    /// No cited point near: Natural Earth's own error at 1:10 million.
    NaturalEarth,
}

/// One stretch of a line and the band it lies in.
#[derive(Debug, Clone, PartialEq)]
pub struct Stretch {
    /// Which line (`abkhazia` or `south_ossetia`).
    pub line: String,
    /// The band's width, km.
    pub uncertainty_km: f64,
    /// What the width rests on.
    pub basis: Basis,
    /// The stretch in the map plane (km).
    pub points: Vec<[f32; 2]>,
}

#[derive(serde::Deserialize)]
struct Geometry {
    #[serde(rename = "type")]
    kind: String,
    coordinates: Vec<[f64; 2]>,
}

#[derive(serde::Deserialize)]
struct Properties {
    line: String,
    uncertainty_km: f64,
    basis: Basis,
}

/// Load the stretches; a file that cannot be read, or a stretch of an unknown line or with an
/// impossible width, is a located problem.
pub(super) fn load_precision(
    file: &AssetFile,
    lines: &[&str],
    problems: &mut Problems,
) -> Vec<Stretch> {
    let features = typed_features::<Geometry, Properties>(
        file,
        |detail| {
            say!(
                "problem-not-line-strings",
                "expected a FeatureCollection of LineStrings: {detail}",
                detail = detail
            )
        },
        problems,
    );
    let mut out = Vec::with_capacity(features.len());
    for f in features {
        let place = f.place;
        let fail = |problems: &mut Problems, message: Said| {
            problems.push(place.problem(file, message));
        };
        let p = &f.properties;
        if f.geometry.kind != "LineString" || f.geometry.coordinates.len() < 2 {
            fail(
                problems,
                say!(
                    "problem-short-line",
                    "expected a LineString of two or more positions, found a {kind} of {n}",
                    kind = f.geometry.kind,
                    n = f.geometry.coordinates.len()
                ),
            );
            continue;
        }
        if !lines.contains(&p.line.as_str()) {
            fail(
                problems,
                say!(
                    "problem-precision-line",
                    "expected `line` to be one of {lines}, found \"{found}\"",
                    lines = lines.join(", "),
                    found = p.line
                ),
            );
            continue;
        }
        if !(p.uncertainty_km.is_finite() && (0.0..=50.0).contains(&p.uncertainty_km)) {
            fail(
                problems,
                say!(
                    "problem-uncertainty",
                    "expected `uncertainty_km` from 0 to 50, found {found}",
                    found = p.uncertainty_km
                ),
            );
            continue;
        }
        let points = f
            .geometry
            .coordinates
            .iter()
            .map(|&[lon, lat]| {
                let m = map_from_lonlat(LonLat::new(lon, lat));
                [m.x_km as f32, m.y_km as f32]
            })
            .collect();
        let p = f.properties;
        out.push(Stretch {
            line: p.line,
            uncertainty_km: p.uncertainty_km,
            basis: p.basis,
            points,
        });
    }
    out
}

/// The band of one basis over both lines: the union of every stretch widened by half its
/// uncertainty on each side, triangulated once (overlaps would show darker if drawn stroke by
/// stroke).
#[derive(Debug, Clone)]
pub struct Band {
    /// What its widths rest on.
    pub basis: Basis,
    /// The narrowest stretch's width, km: the band is drawn when this is a few points wide.
    pub narrowest_km: f64,
    /// The band's triangles in the map plane.
    pub mesh: MapMesh,
}

/// The bands of the stretches, one per basis that has any.
pub(super) fn bands(stretches: &[Stretch]) -> Vec<Band> {
    let mut out = Vec::new();
    for basis in [Basis::Constraints, Basis::NaturalEarth] {
        let mut area: Option<MultiPolygon<f64>> = None;
        let mut narrowest = f64::INFINITY;
        for s in stretches.iter().filter(|s| s.basis == basis) {
            let line: LineString<f64> = s
                .points
                .iter()
                .map(|&[x, y]| Coord {
                    x: f64::from(x),
                    y: f64::from(y),
                })
                .collect();
            let widened = line.buffer(s.uncertainty_km / 2.0);
            narrowest = narrowest.min(s.uncertainty_km);
            area = Some(match area {
                None => widened,
                Some(a) => a.union(&widened),
            });
        }
        let Some(area) = area else {
            continue;
        };
        let mut mesh = MapMesh::default();
        for polygon in &area {
            let raw = polygon.earcut_triangles_raw();
            let base = mesh.vertices.len() as u32;
            mesh.vertices
                .extend(raw.vertices.iter().map(|&[x, y]| [x as f32, y as f32]));
            mesh.indices
                .extend(raw.triangle_indices.iter().map(|&i| base + i as u32));
        }
        out.push(Band {
            basis,
            narrowest_km: narrowest,
            mesh,
        });
    }
    out
}
