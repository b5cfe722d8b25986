//! A native desktop atlas of the conflicts over Abkhazia and South Ossetia.
//!
//! The core (`date`, `projection`, `data`, `atlas`) knows no egui and is tested directly;
//! `ui` and `app` are the thin egui layer on top.
#![deny(clippy::unwrap_used, clippy::expect_used)]
#![warn(missing_docs)]

pub mod app;
pub mod atlas;
pub mod chronicle;
pub mod data;
pub mod date;
pub mod projection;
pub mod time_control;
pub mod ui;
