//! The cited facts the two lines are drawn from (`data/line_points.toml`): settlements whose
//! side of a line is published, and crossing points; and their loader, which checks that each
//! lies on its side of the lines as drawn (the side test of `--check`).

use super::Region;
use crate::date::FuzzyDate;
use crate::ids::SourceId;
use crate::ids::region::GEORGIA;
use crate::load::{AssetFile, Bounds, Checker, Problems, parse_records};
use crate::projection::LonLat;
use crate::say;
use crate::sources::Sources;
use serde::Deserialize;

/// How near the line a crossing point must lie, in km: the build draws the line through it.
pub const ON_LINE_KM: f64 = 0.15;

/// A published fact about where a line runs.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinePoint {
    /// Unique id.
    pub id: String,
    /// What it is ("Zemo Nikozi", "Rukhi (Enguri bridge crossing)").
    pub name: String,
    /// Longitude.
    pub lon: f64,
    /// Latitude.
    pub lat: f64,
    /// The region whose side it is on (`georgia`, `abkhazia`, `south_ossetia`), or `line` for
    /// a crossing point the line passes through.
    pub side: String,
    /// Which line: `abkhazia` or `south_ossetia`.
    pub line: String,
    /// Since when the side holds, if the sources say.
    #[serde(default)]
    pub since: Option<FuzzyDate>,
    /// Sources of its position and side.
    pub sources: Vec<SourceId>,
}

impl LinePoint {
    /// The position.
    pub fn lonlat(&self) -> LonLat {
        LonLat::new(self.lon, self.lat)
    }
}

/// Load `data/line_points.toml`, checking each point's fields, its sources, and that it lies on
/// its side of the drawn lines (a crossing point: within [`ON_LINE_KM`] of its line).
pub(super) fn load_line_points(
    file: &AssetFile,
    regions: &[Region],
    sources: &Sources,
    problems: &mut Problems,
) -> Vec<LinePoint> {
    let Some(parts) = parse_records::<LinePoint>(file, "point", false, &["point"], problems) else {
        return Vec::new();
    };
    let mut check = Checker {
        file,
        sources,
        problems,
    };
    check.collect(parts, "point", |p| p.id.clone(), |check, rec, p, mut ok| {
            ok &= check.text(rec, "name", &p.name);
            ok &= check.sources(rec, "sources", &p.sources);
            let line = regions
                .iter()
                .find(|r| r.id == p.line && p.line != GEORGIA);
            if line.is_none() {
                check.fail(
                    rec,
                    "line",
                    say!(
                        "problem-line-id",
                        "expected the id of a region with a line (\"abkhazia\" or \"south_ossetia\"), found \"{found}\"",
                        found = p.line
                    ),
                );
                ok = false;
            }
            if ![GEORGIA, "line", p.line.as_str()].contains(&p.side.as_str()) {
                check.fail(
                    rec,
                    "side",
                    say!(
                        "problem-side",
                        "expected \"georgia\", \"{line}\" or \"line\", found \"{found}\"",
                        line = p.line,
                        found = p.side
                    ),
                );
                ok = false;
            }
            ok &= check.position(rec, "lon", (p.lon, p.lat), Bounds::MAP);
            if let (true, Some(line)) = (ok, line) {
                let at = p.lonlat();
                let km = line.shape.distance_to_edge_km(at);
                let inside = regions.iter().find(|r| r.shape.contains(at));
                let cited = p.sources.join(", ");
                let problem = if p.side == "line" {
                    (km > ON_LINE_KM).then(|| {
                        say!(
                            "problem-crossing-off-line",
                            "a crossing point of the {line} line lies {km} km from it as drawn (at most {max} km expected; sources: {cited})",
                            line = line.id,
                            km = format!("{km:.2}"),
                            max = ON_LINE_KM,
                            cited = cited
                        )
                    })
                } else {
                    match inside {
                        Some(r) if r.id == p.side => None,
                        Some(found) => Some(say!(
                            "problem-wrong-side",
                            "({lon}, {lat}) lies in {found} as drawn, {km} km from the {line} line, but its side is {side} (sources: {cited})",
                            lon = p.lon,
                            lat = p.lat,
                            found = found.id,
                            km = format!("{km:.2}"),
                            line = line.id,
                            side = p.side,
                            cited = cited
                        )),
                        None => Some(say!(
                            "problem-no-side",
                            "({lon}, {lat}) lies in no region as drawn, {km} km from the {line} line, but its side is {side} (sources: {cited})",
                            lon = p.lon,
                            lat = p.lat,
                            km = format!("{km:.2}"),
                            line = line.id,
                            side = p.side,
                            cited = cited
                        )),
                    }
                };
                if let Some(message) = problem {
                    check.fail(rec, "side", message);
                    ok = false;
                }
            }
            ok.then_some(p)
    })
}
