//! A native desktop atlas of the conflicts over Abkhazia and South Ossetia.
//!
//! The core knows no egui and is tested directly; `ui` and `app` are the thin egui layer on
//! top. `ARCHITECTURE.md` maps every module, what it may use, and the rules they keep
//! (`tests/app/architecture.rs` holds it to the code).
#![deny(clippy::unwrap_used, clippy::expect_used, unsafe_code)]
// Data paths index with `get`: a bad index is a problem to report, never a panic. (Unit
// tests index freely: a panic there is a failed test.)
#![cfg_attr(not(test), warn(clippy::indexing_slicing))]
#![warn(clippy::allow_attributes)]
#![warn(missing_docs)]

/// The session, the data source and the panel layout (egui).
mod app;
/// Regions, shapes and meshes, places, region facts, hit-testing.
mod atlas;
/// Events, recognitions, control periods; `at(date)` snapshots.
mod chronicle;
/// Command-line options; `--check`.
pub mod cli;
/// `Dataset`: everything, loaded from one `AssetSet` and cross-checked.
mod dataset;
/// The calendar day; dates known to a month or a year.
mod date;
/// The data for other programs: GeoJSON, CSV and the bibliography.
pub mod export;
/// The fuzzer behind `tools/fuzz.sh` (tests only).
#[cfg(test)]
mod fuzz;
/// The interface's words in English, Georgian and Russian (Fluent catalogues).
mod i18n;
mod ids;
/// Asset files (embedded or a folder), readers with locations, problems, limits, watch.
mod load;
/// lon/lat ↔ map plane ↔ screen.
mod projection;
/// One search over every name: regions, places, states, events, sources, in any script.
pub mod search;
/// The bibliography.
mod sources;
/// Guided stories: slides of a date, a view and a sourced text.
mod story;
/// Lists of the data and typed positions in them.
mod table;
/// The timeline axis: ticks and calendar density bins.
mod time_axis;
/// The chosen date, playback and the timeline's span.
mod time_control;
/// Start-up trace marks (`CAUCASUS_ATLAS_TRACE=1`).
pub mod trace;
/// The egui widgets and panels.
mod ui;
/// A frame's painted shapes as an SVG document (*Save image* as SVG, `--screenshot FILE.svg`).
mod vector;
/// The map's view rules: fit, keep extent, focus, zoom steps.
mod view;
/// Names and terms by point of view.
mod views;
/// Whose words and which language: the two choices behind every name.
mod words;

pub use app::{
    AtlasApp, ImageKind, LeftTab, Preload, Remembered, Repaired, SHORTCUTS, SaveImage, Selection,
    StoredSelection, TITLE, take_pressed, vet_settings,
};
pub use atlas::{Atlas, NearLine, Place, PlaceIx, Region};
pub use chronicle::{Category, Chronicle, Event, EventPhase, Snapshot};
pub use dataset::Dataset;
pub use date::Date;
pub use i18n::{Catalog, Tr};
pub use load::{AssetSet, FILES, Origin, export_embedded};
pub use projection::{LonLat, ScreenPoint, map_from_lonlat};
pub use sources::{Source, Sources};
pub use table::{Ix, Table};
pub use view::ViewBox;
pub use words::{Lang, Pov};

/// The map widget and its state, for the benchmark that compares the cached base layer with
/// naive drawing (`benches/atlas.rs`).
pub mod map_widget {
    pub use crate::ui::map::{Highlight, MapState, map_ui};
    pub use crate::views::Naming;
}
