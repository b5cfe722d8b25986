//! A native desktop atlas of the conflicts over Abkhazia and South Ossetia.
//!
//! The core knows no egui and is tested directly; `ui` and `app` are the thin egui layer on
//! top. `ARCHITECTURE.md` maps every module, what it may use, and the rules they keep
//! (`tests/architecture.rs` holds it to the code).
#![deny(clippy::unwrap_used, clippy::expect_used)]
#![warn(missing_docs)]

/// The session, the data source and the panel layout (egui).
pub mod app;
/// Regions, shapes and meshes, places, region facts, hit-testing.
mod atlas;
/// Events, recognitions, control periods; `at(date)` snapshots.
mod chronicle;
/// Command-line options; `--check`.
pub mod cli;
/// `Dataset`: everything, loaded from one `AssetSet` and cross-checked.
mod dataset;
/// The calendar day; dates known to a month or a year.
pub mod date;
/// Asset files (embedded or a folder), readers with locations, problems, limits, watch.
pub mod load;
/// lon/lat ↔ map plane ↔ screen.
pub mod projection;
/// The bibliography.
mod sources;
/// The timeline axis: ticks and calendar density bins.
mod time_axis;
/// The chosen date, playback and the timeline's span.
mod time_control;
/// Start-up trace marks (`CAUCASUS_ATLAS_TRACE=1`).
pub mod trace;
/// The egui widgets and panels.
mod ui;
/// The map's view rules: fit, keep extent, focus, zoom steps.
mod view;
/// Names and terms by point of view.
pub mod views;
/// Whose words and which language: the two choices behind every name.
pub mod words;

pub use atlas::{Atlas, Place, Region};
pub use chronicle::{Chronicle, Event, EventPhase, Snapshot};
pub use dataset::Dataset;
pub use sources::{Source, Sources};
pub use view::ViewBox;

/// The map widget and its state, for the benchmark that compares the cached base layer with
/// naive drawing (`benches/atlas.rs`).
pub mod map_widget {
    pub use crate::ui::map::{Highlight, MapState, map_ui};
}
