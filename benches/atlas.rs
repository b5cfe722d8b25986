//! Load-time and per-frame cost. Run: `cargo bench --bench atlas`.

use caucasus_atlas::app::AtlasApp;
use caucasus_atlas::atlas::Atlas;
use caucasus_atlas::chronicle::Chronicle;
use caucasus_atlas::date::Date;
use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use std::hint::black_box;

fn today() -> Date {
    Date::from_days_since_epoch(20_415) // 2025-11-23: a fixed day keeps runs comparable
}

fn load(c: &mut Criterion) {
    c.bench_function("atlas_load_parse_validate_triangulate", |b| {
        b.iter(|| black_box(Atlas::load()).is_ok())
    });
    let Ok(atlas) = Atlas::load() else { return };
    c.bench_function("chronicle_load_and_validate", |b| {
        b.iter(|| black_box(Chronicle::load(&atlas)).is_ok())
    });
}

fn snapshot(c: &mut Criterion) {
    let Ok(atlas) = Atlas::load() else { return };
    let Ok(chronicle) = Chronicle::load(&atlas) else {
        return;
    };
    let mut day = Date::from_days_since_epoch(6940); // 1989-01-01
    c.bench_function("chronicle_at_date", |b| {
        b.iter(|| {
            day = day.add_days(97);
            if day > today() {
                day = Date::from_days_since_epoch(6940);
            }
            black_box(chronicle.at(day))
        })
    });
}

fn harness() -> Harness<'static, AtlasApp> {
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(|cc| AtlasApp::with_today(&cc.egui_ctx, today()));
    h.run();
    h
}

fn frames(c: &mut Criterion) {
    // One frame of the whole app (layout, map meshes moved to the screen, labels, markers,
    // timeline, tessellation) with the pointer moving over the map.
    let mut h = harness();
    let mut x = 400.0;
    c.bench_function("app_frame_1280x800_hover", |b| {
        b.iter(|| {
            x = if x > 900.0 { 400.0 } else { x + 7.0 };
            h.hover_at(egui::pos2(x, 350.0));
            h.step();
        })
    });
    // A frame while the date changes every frame, as in playback: the snapshot is recomputed
    // and every overlay follows.
    let mut h = harness();
    h.key_press(egui::Key::Home);
    h.run();
    c.bench_function("app_frame_1280x800_date_changes", |b| {
        b.iter(|| {
            h.key_press(egui::Key::ArrowRight);
            h.step();
        })
    });
}

criterion_group!(benches, load, snapshot, frames);
criterion_main!(benches);
