//! Load-time and per-frame cost. Run: `cargo bench --bench atlas`.

use caucasus_atlas::app::AtlasApp;
use caucasus_atlas::atlas::Atlas;
use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use std::hint::black_box;

fn load(c: &mut Criterion) {
    c.bench_function("atlas_load_parse_validate_triangulate", |b| {
        b.iter(|| black_box(Atlas::load()).is_ok())
    });
}

fn frame(c: &mut Criterion) {
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(|cc| AtlasApp::new(&cc.egui_ctx));
    h.run();
    // One frame of the whole app (layout, map meshes moved to the screen, labels,
    // tessellation) with the pointer moving over the map, so hover state changes each frame.
    let mut x = 300.0;
    c.bench_function("app_frame_1280x800", |b| {
        b.iter(|| {
            x = if x > 900.0 { 300.0 } else { x + 7.0 };
            h.hover_at(egui::pos2(x, 420.0));
            h.step();
        })
    });
}

criterion_group!(benches, load, frame);
criterion_main!(benches);
