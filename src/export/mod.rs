//! The data taken away: in the formats GIS tools read (GeoJSON, CSV) and the bibliography in
//! the formats citation managers read (CSL-JSON, BibTeX, RIS). Each file is written whole or
//! not at all: to a temporary name in the folder, then renamed.

pub mod animation;
mod citations;
mod open_data;

use crate::Dataset;
use crate::chronicle::{ActIx, EventIx, PeriodIx};
use crate::ids::SourceId;
use std::path::{Path, PathBuf};

pub use citations::{bibtex, csl_json, ris};
pub use open_data::{
    control_geojson, events_csv, events_geojson, places_csv, places_geojson, recognitions_csv,
    regions_geojson, sources_csv,
};

/// What to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Events (a point per place), control periods, regions and places, as GeoJSON.
    Geojson,
    /// Events, recognition acts, places and sources, as CSV tables.
    Csv,
    /// The bibliography as CSL-JSON (Zotero, Pandoc, citeproc).
    CslJson,
    /// The bibliography as BibTeX (biblatex `@online` entries).
    Bibtex,
    /// The bibliography as RIS (EndNote, Zotero, Mendeley).
    Ris,
}

/// What an export holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Everything in the data.
    All,
    /// These events (the *Events* tab's list as filtered) and the sources behind them; no
    /// areas, regions, places or acts.
    Events(Vec<crate::ids::EventId>),
    /// What the map shows on a date: the events begun by it, the periods of control holding
    /// on it, the recognition acts up to it, and the sources behind them.
    OnDate(crate::date::Date),
}

/// The records a scope takes: events, control periods, recognition acts, and the sources
/// they cite (`None`: every source).
struct Chosen {
    events: Vec<EventIx>,
    periods: Vec<PeriodIx>,
    acts: Vec<ActIx>,
    sources: Option<Vec<SourceId>>,
}

impl Chosen {
    fn of(data: &Dataset, scope: &Scope) -> Self {
        let c = &data.chronicle;
        match *scope {
            Scope::All => Chosen {
                events: c.events.ixs().collect(),
                periods: c.periods.ixs().collect(),
                acts: c.acts.ixs().collect(),
                sources: None,
            },
            Scope::Events(ref ids) => {
                let events = ids.iter().filter_map(|id| c.event_index(id)).collect();
                Chosen::citing(data, events, Vec::new(), Vec::new())
            }
            Scope::OnDate(date) => {
                let snapshot = c.at(date);
                let events: Vec<EventIx> = snapshot.events.iter().map(|(i, _)| *i).collect();
                let periods: Vec<PeriodIx> = snapshot.control.iter().map(|(i, _)| *i).collect();
                let acts: Vec<ActIx> = c
                    .acts
                    .indexed()
                    .filter(|(_, a)| a.date.first <= date)
                    .map(|(i, _)| i)
                    .collect();
                Chosen::citing(data, events, periods, acts)
            }
        }
    }

    /// These records, and the sources they cite (each once, in the order first cited).
    fn citing(
        data: &Dataset,
        events: Vec<EventIx>,
        periods: Vec<PeriodIx>,
        acts: Vec<ActIx>,
    ) -> Self {
        let c = &data.chronicle;
        let mut sources: Vec<SourceId> = Vec::new();
        let cited = (events.iter().filter_map(|&i| c.events.get(i)))
            .flat_map(|e| &e.sources)
            .chain(
                periods
                    .iter()
                    .filter_map(|&i| c.periods.get(i))
                    .flat_map(|p| &p.sources),
            )
            .chain(
                acts.iter()
                    .filter_map(|&i| c.acts.get(i))
                    .flat_map(|a| &a.sources),
            );
        for id in cited {
            if !sources.contains(id) {
                sources.push(id.clone());
            }
        }
        Chosen {
            events,
            periods,
            acts,
            sources: Some(sources),
        }
    }
}

/// Why an export was not written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The folder could not be made or a file could not be written.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// An animation could not be written (nothing of it is left).
    #[error("{path}: {why}")]
    Animation {
        /// The file or folder asked for.
        path: PathBuf,
        /// Why.
        why: String,
    },
}

/// Write `format`'s files for `scope` of `data` into `dir` (made if missing); returns the
/// files written. A file that cannot be written leaves no partial file behind, and files
/// already written by this call stay whole.
pub fn export(
    data: &Dataset,
    format: Format,
    scope: Scope,
    dir: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    let c = Chosen::of(data, &scope);
    let only = c.sources.as_deref();
    let mut files: Vec<(&str, String)> = match format {
        Format::Geojson => vec![
            ("events.geojson", events_geojson(data, &c.events)),
            ("control_areas.geojson", control_geojson(data, &c.periods)),
            ("regions.geojson", regions_geojson(data)),
            ("places.geojson", places_geojson(data)),
        ],
        Format::Csv => vec![
            ("events.csv", events_csv(data, &c.events)),
            ("recognitions.csv", recognitions_csv(data, &c.acts)),
            ("places.csv", places_csv(data)),
            ("sources.csv", sources_csv(data, only)),
        ],
        Format::CslJson => vec![("sources.csl.json", csl_json(&data.sources, only))],
        Format::Bibtex => vec![("sources.bib", bibtex(&data.sources, only))],
        Format::Ris => vec![("sources.ris", ris(&data.sources, only))],
    };
    // A list of events: its events and their sources, nothing else.
    if matches!(scope, Scope::Events(_)) {
        files.retain(|(name, _)| name.starts_with("events.") || name.starts_with("sources."));
    }
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Io {
        path: dir.to_owned(),
        source,
    })?;
    files
        .into_iter()
        .map(|(name, text)| write_whole(&dir.join(name), text.as_bytes()))
        .collect()
}

/// Write `bytes` to `path` through a temporary file beside it, renamed when complete; on any
/// error the temporary file is removed and `path` is left as it was.
pub fn write_whole(path: &Path, bytes: &[u8]) -> Result<PathBuf, ExportError> {
    let name = path
        .file_name()
        .map_or_else(|| "export".into(), |n| n.to_string_lossy().into_owned());
    let tmp = path.with_file_name(format!(".{name}.part"));
    let io = |source| ExportError::Io {
        path: path.to_owned(),
        source,
    };
    let written = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(io(e));
    }
    Ok(path.to_owned())
}

#[cfg(test)]
mod tests;
