//! Loading the data: the files (embedded or a user's folder), readers that locate every
//! problem, limits, export of the embedded set, and watching a folder. Knows no egui.

mod assets;
mod check;
pub mod embedded;
mod export;
mod feature;
mod geojson;
mod problem;
mod read;
mod rings;
mod said;
mod toml;
mod typed_geojson;
mod watch;

pub use assets::{AssetFile, AssetSet, FILES, Origin, STORIES};
pub use check::{Checker, Rec, Seen, SourceIds, id_alphabet, listed_twice};
pub use export::export_embedded;
pub use feature::{Names, RegionKind};
pub use geojson::{Bounds, Feature, feature_ids, load_features};
pub use problem::{Problem, Problems};
pub use read::read_text;
pub use said::{Said, said_of};
#[cfg(test)]
pub use toml::line_column;
pub use toml::{
    LineIndex, MAX_TEXT_BYTES, Part, first_record_start, parse_part, parse_records,
    parse_toml_text, split_records,
};
pub use typed_geojson::typed_features;
pub use watch::FolderWatch;

/// Largest file read, in bytes: a bigger one is refused before it is read into memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Most records (events, places, sources, …) in one TOML file.
pub const MAX_RECORDS: usize = 100_000;
/// Most features in one GeoJSON file.
pub const MAX_FEATURES: usize = 100_000;
/// Most coordinate positions in one GeoJSON file.
pub const MAX_POSITIONS: usize = 5_000_000;
