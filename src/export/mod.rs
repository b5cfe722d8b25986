//! The data taken away: in the formats GIS tools read (GeoJSON, CSV) and the bibliography in
//! the formats citation managers read (CSL-JSON, BibTeX, RIS). Each file is written whole or
//! not at all: to a temporary name in the folder, then renamed.

mod citations;
mod open_data;

use crate::Dataset;
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
}

/// Write `format`'s files for everything in `data` into `dir` (made if missing); returns the
/// files written. A file that cannot be written leaves no partial file behind, and files
/// already written by this call stay whole.
pub fn export(data: &Dataset, format: Format, dir: &Path) -> Result<Vec<PathBuf>, ExportError> {
    let all_events: Vec<_> = data.chronicle.events.ixs().collect();
    let files: Vec<(&str, String)> = match format {
        Format::Geojson => vec![
            ("events.geojson", events_geojson(data, &all_events)),
            ("control_areas.geojson", control_geojson(data)),
            ("regions.geojson", regions_geojson(data)),
            ("places.geojson", places_geojson(data)),
        ],
        Format::Csv => vec![
            ("events.csv", events_csv(data, &all_events)),
            ("recognitions.csv", recognitions_csv(data)),
            ("places.csv", places_csv(data)),
            ("sources.csv", sources_csv(data)),
        ],
        Format::CslJson => vec![("sources.csl.json", csl_json(&data.sources, None))],
        Format::Bibtex => vec![("sources.bib", bibtex(&data.sources, None))],
        Format::Ris => vec![("sources.ris", ris(&data.sources, None))],
    };
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
