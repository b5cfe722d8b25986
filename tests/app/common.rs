//! Helpers shared by the UI tests: the app under a pinned date, clicks and wheel turns.
#![allow(dead_code)] // each test file uses a different subset

use caucasus_atlas::AtlasApp;
use caucasus_atlas::Date;
use egui::{Modifiers, Pos2};
use egui_kittest::Harness;

#[path = "../common/pointer.rs"]
mod pointer;
pub use pointer::click;

/// Tests pin "today" so that snapshots and recognition lists do not change with the calendar.
pub fn today() -> Date {
    d("2026-11-23")
}

/// A date from ISO text.
pub fn d(s: &str) -> Date {
    Date::parse(s).expect("a valid date in the test")
}

/// The shipped data, loaded once for the whole test binary (a load in the unoptimised test
/// profile takes over half a second; the tests start about sixty apps).
pub fn shipped() -> caucasus_atlas::Dataset {
    static DATA: std::sync::OnceLock<caucasus_atlas::Dataset> = std::sync::OnceLock::new();
    DATA.get_or_init(|| caucasus_atlas::Dataset::embedded().expect("the shipped data loads"))
        .clone()
}

/// The app from `options` (and a remembered state), over the shipped data, as if today were
/// [`today`].
pub fn start_app(
    ctx: &egui::Context,
    options: &caucasus_atlas::cli::Options,
    remembered: Option<&str>,
) -> AtlasApp {
    AtlasApp::start_with_data(ctx, options, today(), remembered, shipped())
}

/// The whole app at 1280×800 in the light theme, started with command-line `args`, after its
/// first frames.
pub fn start(args: &[&str]) -> Harness<'static, AtlasApp> {
    use clap::Parser;
    let mut all = vec!["caucasus-atlas"];
    all.extend_from_slice(args);
    let o = caucasus_atlas::cli::Options::try_parse_from(all).expect("valid flags in the test");
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_theme(egui::Theme::Light)
        .build_eframe(move |cc| start_app(&cc.egui_ctx, &o, None));
    h.run();
    h
}

/// The whole app at 1280×800 in the light theme, after its first frames.
pub fn app() -> Harness<'static, AtlasApp> {
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_theme(egui::Theme::Light)
        .build_eframe(|cc| start_app(&cc.egui_ctx, &Default::default(), None));
    h.run();
    h
}

/// Turn the mouse wheel by `dy` points over `pos` and let the smooth scroll settle.
pub fn wheel(h: &mut Harness<'static, AtlasApp>, pos: Pos2, dy: f32) {
    h.hover_at(pos);
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, dy),
        modifiers: Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
    for _ in 0..30 {
        h.step();
    }
    h.run();
}

/// Compare with the stored image `name`. A few pixels may differ (the software renderer
/// anti-aliases a handful of edge pixels differently between runs); a layout change moves
/// thousands.
pub fn snap(h: &mut Harness<'static, AtlasApp>, name: &str) {
    h.snapshot_options(
        name,
        &egui_kittest::SnapshotOptions::new().max_failed_pixels(50),
    );
}

/// Press at `from`, move to `to` in `steps` frames, release (a drag as a hand makes it).
pub fn drag(h: &mut Harness<'static, AtlasApp>, from: Pos2, to: Pos2, steps: u32) {
    h.hover_at(from);
    h.drag_at(from);
    h.step();
    for k in 1..=steps {
        h.hover_at(from + (to - from) * (k as f32 / steps as f32));
        h.step();
    }
    h.drop_at(to);
    h.run();
}
