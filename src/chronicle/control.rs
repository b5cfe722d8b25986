//! Control: who held an area of changing control, from when until when; and the loader.

use crate::atlas::MapShape;
use crate::date::FuzzyDate;
use crate::ids::{AreaId, SourceId};
use crate::load::{AssetFile, Checker, Problems, Seen, parse_part};
use crate::say;
use crate::sources::Sources;
use crate::table::Table;

use super::AreaIx;
use serde::Deserialize;
use std::collections::BTreeSet;

/// Which side held an area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The Government of Georgia.
    Georgia,
    /// The de facto authorities of Abkhazia or South Ossetia (with Russian forces).
    DeFacto,
    /// Russian armed forces beyond the two regions.
    Russia,
}

impl Side {
    /// A short label for the legend.
    pub fn label(self) -> &'static str {
        match self {
            Self::Georgia => "Held by the Government of Georgia",
            Self::DeFacto => "Held by the de facto authorities",
            Self::Russia => "Held by Russian forces",
        }
    }
}

/// An area of changing control (approximate outline).
#[derive(Debug, Clone)]
pub struct ControlArea {
    /// Id.
    pub id: AreaId,
    /// Name.
    pub name: String,
    /// Geometry and meshes.
    pub shape: MapShape,
}

/// Who held an area from when until when.
#[derive(Debug, Clone, PartialEq)]
pub struct ControlPeriod {
    /// Id.
    pub id: String,
    /// The area.
    pub area: AreaIx,
    /// Who held it, in neutral words.
    pub controller: String,
    /// Which side that is.
    pub side: Side,
    /// From when.
    pub from: FuzzyDate,
    /// Until when (`None`: to today).
    pub until: Option<FuzzyDate>,
    /// Context, with attribution.
    pub note: String,
    /// Source ids.
    pub sources: Vec<SourceId>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPeriod {
    id: String,
    area: AreaId,
    controller: String,
    side: Side,
    from: FuzzyDate,
    #[serde(default)]
    until: Option<FuzzyDate>,
    note: String,
    sources: Vec<SourceId>,
}

pub(super) fn load_periods(
    file: &AssetFile,
    sources: &Sources,
    (areas, declared): (&Table<ControlArea>, &BTreeSet<String>),
    problems: &mut Problems,
) -> Table<ControlPeriod> {
    let Some(parts) = parse_part::<RawPeriod>(file, "period", false, problems) else {
        return Table::default();
    };
    let mut check = Checker {
        file,
        sources,
        problems,
    };
    let mut seen = Seen::ids();
    let mut periods = Vec::with_capacity(parts.len());
    check.each(
        parts,
        "period",
        |r| r.id.clone(),
        &mut seen,
        |check, rec, r, mut ok| {
            let area = areas.position(|a| a.id == r.area);
            // An area written in the file but wrong is reported there, not again here.
            if area.is_none() && !declared.contains(r.area.as_str()) {
                check.fail(
                    rec,
                    "area",
                    say!(
                        "problem-unknown-area",
                        "unknown area \"{area}\" (not in boundaries/control_areas.geojson)",
                        area = r.area
                    ),
                );
                ok = false;
            }
            super::on_timeline(check, rec, "from", r.from);
            if let Some(until) = r.until
                && until.last < r.from.first
            {
                check.fail(
                    rec,
                    "until",
                    say!(
                        "problem-until",
                        "expected `until` on or after `from` ({from}), found {found}",
                        from = r.from.label(),
                        found = until.label()
                    ),
                );
                ok = false;
            }
            ok &= check.text(rec, "controller", &r.controller);
            ok &= check.sources(rec, "sources", &r.sources);
            if let (true, Some(area)) = (ok, area) {
                periods.push(ControlPeriod {
                    id: r.id,
                    area,
                    controller: r.controller,
                    side: r.side,
                    from: r.from,
                    until: r.until,
                    note: r.note,
                    sources: r.sources,
                });
            }
        },
    );
    periods.into()
}
