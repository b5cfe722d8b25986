//! A native desktop atlas of the conflicts over Abkhazia and South Ossetia.
//!
//! The core (`date`, `projection`, `load`, `sources`, `atlas`, `chronicle`, `dataset`,
//! `time_control`, `cli`) knows no egui and is tested directly; `ui` and `app` are the thin
//! egui layer on top. `../shared/DESIGN.md` has the module table.
#![deny(clippy::unwrap_used, clippy::expect_used)]
#![warn(missing_docs)]

pub mod app;
pub mod atlas;
pub mod chronicle;
pub mod cli;
pub mod dataset;
pub mod date;
pub mod load;
pub mod projection;
pub mod sources;
pub mod time_axis;
pub mod time_control;
pub mod ui;
pub mod view;

pub use dataset::Dataset;
