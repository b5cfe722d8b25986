//! Towns: names, position, rank and region; and their loader.

use super::Region;
use crate::ids::{PlaceId, RegionId, SourceId};
use crate::load::{AssetFile, Bounds, Checker, Problems, Seen, parse_records, parse_toml_text};
use crate::projection::LonLat;
use crate::say;
use crate::sources::Sources;

/// A town on the map.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// Unique id.
    pub id: PlaceId,
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
    pub region: RegionId,
    /// Source of the position (defaults to the file's `[defaults] source`).
    #[serde(default)]
    pub source: Option<SourceId>,
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

pub(super) fn load_places(
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
                .map(SourceId::from)
        });
    let mut check = Checker {
        file,
        sources,
        problems,
    };
    let mut seen = Seen::ids();
    let mut places = Vec::with_capacity(parts.len());
    check.each(
        parts,
        "place",
        |p| p.id.to_string(),
        &mut seen,
        |check, rec, mut value, mut ok| {
            let names = &value.names;
            ok &= check.text(rec, "name_en", &names.name_en);
            ok &= check.text(rec, "name_ka", &names.name_ka);
            ok &= check.text(rec, "name_ru", &names.name_ru);
            if let Some(local) = &names.name_local {
                ok &= check.text(rec, "name_local", local);
            }
            if !(1..=4).contains(&value.rank) {
                check.fail(
                    rec,
                    "rank",
                    say!(
                        "problem-rank",
                        "expected 1 (capital) to 4 (village), found {found}",
                        found = value.rank
                    ),
                );
                ok = false;
            }
            if !check.position(rec, "lon", (value.lon, value.lat), Bounds::MAP) {
                ok = false;
            } else {
                // The region the position lies in, to compare with the one the place names.
                let inside = regions.iter().find(|r| r.shape.contains(value.lonlat()));
                let named = regions.iter().find(|r| r.id == value.region);
                let problem = match (value.region.as_str(), named, inside) {
                    ("outside", _, Some(r)) => Some(say!(
                        "problem-place-inside",
                        "found \"outside\", but ({lon}, {lat}) lies in {region}",
                        lon = value.lon,
                        lat = value.lat,
                        region = r.id
                    )),
                    ("outside", _, None) => None,
                    (_, None, _) => Some(say!(
                        "problem-place-region",
                        "expected a region id or \"outside\", found \"{found}\"",
                        found = value.region
                    )),
                    (_, Some(n), Some(i)) if n.id == i.id => None,
                    (_, Some(n), Some(i)) => Some(say!(
                        "problem-place-elsewhere",
                        "({lon}, {lat}) lies outside {region} (it is in {inside})",
                        lon = value.lon,
                        lat = value.lat,
                        region = n.id,
                        inside = i.id
                    )),
                    (_, Some(n), None) => Some(say!(
                        "problem-place-outside",
                        "({lon}, {lat}) lies outside {region} (and outside every region)",
                        lon = value.lon,
                        lat = value.lat,
                        region = n.id
                    )),
                };
                if let Some(message) = problem {
                    check.fail(rec, "region", message);
                    ok = false;
                }
            }
            let Some(source) = value.source.clone().or_else(|| default_source.clone()) else {
                check.fail(
                    rec,
                    "source",
                    say!(
                        "problem-place-source",
                        "expected a `source`, or `[defaults] source` for the file"
                    ),
                );
                return;
            };
            ok &= check.sources(rec, "source", std::slice::from_ref(&source));
            value.source = Some(source);
            // Kept even when wrong, so events at it are not reported as unknown too (the load
            // fails on the problem above anyway).
            let _ = ok;
            places.push(value);
        },
    );
    places.sort_by_key(|p| p.rank);
    places
}
