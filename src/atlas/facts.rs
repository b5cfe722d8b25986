//! The facts of the details panel for each region: other names, area, population, and who
//! holds what about its status; and their loader.

use super::{Place, Region};
use crate::ids::SourceId;
use crate::load::{AssetFile, Checker, Problems, Seen, parse_part};
use crate::say;
use crate::sources::Sources;
use std::collections::BTreeMap;

/// A name and who uses it.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherName {
    /// The name.
    pub name: String,
    /// Who uses it.
    pub used_by: String,
    /// Source id.
    pub source: SourceId,
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
    pub sources: Vec<SourceId>,
}

/// One party's view of a region's status.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct View {
    /// Whose view it is.
    pub holder: String,
    /// The point of view it belongs to, if it is one of the parties': under that point of
    /// view the details put it first.
    #[serde(default)]
    pub pov: Option<crate::words::Pov>,
    /// What they hold.
    pub statement: String,
    /// Source ids.
    pub sources: Vec<SourceId>,
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
    pub published_area_source: Option<SourceId>,
    /// Population counts.
    pub population: Vec<Population>,
    /// Who holds what about the region's status.
    pub views: Vec<View>,
    /// Sources of the boundary.
    pub boundary_sources: Vec<SourceId>,
}

pub(super) fn load_info(
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
    let mut seen = Seen::ids();
    check.each(
        parts,
        "region",
        |i| i.id.clone(),
        &mut seen,
        |check, rec, i, mut ok| {
            if !regions.iter().any(|r| r.id == i.id) {
                check.fail(
                    rec,
                    "id",
                    say!(
                        "problem-region-id",
                        "expected the id of a feature in boundaries/regions.geojson, found \"{found}\"",
                        found = i.id
                    ),
                );
                ok = false;
            }
            if !places.iter().any(|p| p.id == i.capital) {
                check.fail(
                    rec,
                    "capital",
                    say!(
                        "problem-capital",
                        "expected the id of a place in data/places.toml, found \"{found}\"",
                        found = i.capital
                    ),
                );
                ok = false;
            }
            for p in &i.population {
                ok &= check.sources(rec, "population.sources", &p.sources);
            }
            for v in &i.views {
                ok &= check.text(rec, "views.holder", &v.holder);
                ok &= check.text(rec, "views.statement", &v.statement);
                ok &= check.sources(rec, "views.sources", &v.sources);
            }
            for n in &i.other_names {
                ok &= check.sources(rec, "other_names.source", std::slice::from_ref(&n.source));
            }
            if let Some(s) = &i.published_area_source {
                ok &= check.sources(rec, "published_area_source", std::slice::from_ref(s));
            }
            ok &= check.sources(rec, "boundary_sources", &i.boundary_sources);
            if ok {
                info.insert(i.id.clone(), i);
            }
        },
    );
    info
}
