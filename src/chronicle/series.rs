//! Figures counted over time about the lines (people detained, kilometres of fence…), each
//! value with its period and sources, each series with whose count it is; and their loader.

use super::Concern;
use crate::date::FuzzyDate;
use crate::ids::{SourceId, region};
use crate::load::{AssetFile, Checker, Problems, Rec, parse_records, split_records};
use crate::say;
use crate::sources::Sources;
use serde::Deserialize;
use std::collections::BTreeSet;

/// One published count over time.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Unique id.
    pub id: String,
    /// What it counts, as a heading.
    pub title: String,
    /// The unit of its values ("people", "km").
    pub unit: String,
    /// Whose figures they are: the chart says so.
    pub counted_by: String,
    /// Which line it is about.
    pub line: Concern,
    /// What exactly is counted, and how.
    pub note: String,
    /// Sources of the note (figures it names but does not plot), if any.
    pub sources: Vec<SourceId>,
    /// Values, in date order.
    pub values: Vec<SeriesValue>,
}

/// A figure looked for and not found as a published series: the *Line* tab says so rather
/// than estimate it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unpublished {
    /// What was looked for.
    pub what: String,
    /// What was found instead, if anything.
    pub note: String,
}

/// One value of a series.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeriesValue {
    /// The year or month it counts.
    pub period: FuzzyDate,
    /// The figure.
    pub value: f64,
    /// Source ids.
    pub sources: Vec<SourceId>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSeries {
    id: String,
    title: String,
    unit: String,
    counted_by: String,
    line: String,
    note: String,
    #[serde(default)]
    sources: Vec<SourceId>,
    #[serde(default)]
    value: Vec<SeriesValue>,
}

/// Load `data/series.toml`: each series checked (unique id, texts, a known line) and each of
/// its values (a finite, non-negative figure, one value per period, known sources); and the
/// figures looked for and not found (`[[unpublished]]`).
pub(super) fn load_series(
    file: &AssetFile,
    sources: &Sources,
    problems: &mut Problems,
) -> (Vec<Series>, Vec<Unpublished>) {
    let Some(parts) =
        parse_records::<RawSeries>(file, "series", false, &["series", "unpublished"], problems)
    else {
        return (Vec::new(), Vec::new());
    };
    let unpublished: Vec<Unpublished> =
        parse_records::<Unpublished>(file, "unpublished", false, &[], problems)
            .unwrap_or_default()
            .into_iter()
            .map(|p| p.value)
            .collect();
    let mut check = Checker {
        file,
        sources,
        problems,
    };
    let series = check.collect(parts, "series", |s| s.id.clone(), |check, rec, s, mut ok| {
            for (field, text) in [
                ("title", &s.title),
                ("unit", &s.unit),
                ("counted_by", &s.counted_by),
                ("note", &s.note),
            ] {
                ok &= check.text(rec, field, text);
            }
            let line = match s.line.as_str() {
                region::ABKHAZIA => Some(Concern::Abkhazia),
                region::SOUTH_OSSETIA => Some(Concern::SouthOssetia),
                "both" => Some(Concern::Both),
                other => {
                    check.fail(
                        rec,
                        "line",
                        say!(
                            "problem-series-line",
                            "expected \"abkhazia\", \"south_ossetia\" or \"both\", found \"{found}\"",
                            found = other
                        ),
                    );
                    None
                }
            };
            if !s.sources.is_empty() {
                ok &= check.sources(rec, "sources", &s.sources);
            }
            if s.value.is_empty() {
                let said = say!("problem-no-values", "expected at least one [[series.value]]");
                check.fail(rec, "id", said);
                ok = false;
            }
            // Each value is located at its own `[[series.value]]` table.
            let text = check.file.text.get(rec.range.clone()).unwrap_or_default();
            let (_, tables) = split_records(text, "series.value", false);
            let mut periods = BTreeSet::new();
            for (i, v) in s.value.iter().enumerate() {
                let range = tables
                    .get(i)
                    .map_or(rec.range.clone(), |r| {
                        rec.range.start + r.start..rec.range.start + r.end
                    });
                let vrec = Rec {
                    range,
                    name: format!("{} value {}", rec.name, v.period.label()),
                };
                ok &= check.sources(&vrec, "sources", &v.sources);
                if !v.value.is_finite() || v.value < 0.0 {
                    check.fail(
                        &vrec,
                        "value",
                        say!(
                            "problem-count",
                            "expected a count of zero or more, found {found}",
                            found = v.value
                        ),
                    );
                    ok = false;
                }
                if !periods.insert(v.period.first) {
                    check.fail(
                        &vrec,
                        "period",
                        say!(
                            "problem-period-twice",
                            "expected one value per period; this period is given twice"
                        ),
                    );
                    ok = false;
                }
            }
            let line = line.filter(|_| ok)?;
            let mut values = s.value;
            values.sort_by_key(|v| v.period.first);
            Some(Series {
                    id: s.id,
                    title: s.title,
                    unit: s.unit,
                    counted_by: s.counted_by,
                    line,
                    note: s.note,
                    sources: s.sources,
                    values,
                })
    });
    (series, unpublished)
}
