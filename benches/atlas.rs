//! Load-time and per-frame cost. Run: `cargo bench --bench atlas`.

use caucasus_atlas::Dataset;
use caucasus_atlas::app::AtlasApp;
use caucasus_atlas::date::Date;
use caucasus_atlas::load::{AssetSet, Origin, export_embedded};
use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use std::hint::black_box;

fn today() -> Date {
    Date::from_days_since_epoch(20_415) // 2025-11-23: a fixed day keeps runs comparable
}

fn load(c: &mut Criterion) {
    // Everything: parse, validate, triangulate, cross-check (the embedded files).
    c.bench_function("dataset_load_embedded", |b| {
        b.iter(|| black_box(Dataset::embedded()).is_ok())
    });
    // What a reload of a user's folder costs: read the files, then the same load. The shipped
    // data, exported to a temporary folder.
    let dir = std::env::temp_dir().join(format!("atlas-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    if export_embedded(&dir).is_err() {
        return;
    }
    c.bench_function("dataset_reload_from_folder", |b| {
        b.iter(|| black_box(AssetSet::from_folder(&dir).and_then(|s| Dataset::load(&s))).is_ok())
    });
    let _ = std::fs::remove_dir_all(&dir);
}

fn snapshot(c: &mut Criterion) {
    let Ok(data) = Dataset::embedded() else {
        return;
    };
    let chronicle = data.chronicle;
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

/// A synthetic data folder `n` times the shipped one (tools/synthetic-data.py, seeded), made
/// once under target/.
fn synthetic(n: u32) -> Option<std::path::PathBuf> {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("target/synthetic-{n}x"));
    if !dir.join("data/events.toml").exists() {
        let made = std::process::Command::new("python3")
            .arg(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tools/synthetic-data.py"
            ))
            .arg(n.to_string())
            .arg(&dir)
            .status()
            .ok()?;
        if !made.success() {
            return None;
        }
    }
    Some(dir)
}

fn scale(c: &mut Criterion) {
    // Cost against data size: load (parse, validate, triangulate) and one frame at the
    // default view, for 1×, 5× and 20× the shipped data (20×: ~2,600 events, ~1 million
    // boundary positions). Skipped, with a message, where python3 is missing.
    for n in [1, 5, 20] {
        let Some(dir) = synthetic(n) else {
            eprintln!("scale: python3 tools/synthetic-data.py did not run; skipped");
            return;
        };
        let set = AssetSet::from_folder(&dir).expect("the synthetic folder reads");
        let mut g = c.benchmark_group("scale");
        g.sample_size(10);
        g.bench_function(format!("load_{n}x"), |b| {
            b.iter(|| black_box(Dataset::load(&set).expect("the synthetic data loads")))
        });
        let options = caucasus_atlas::cli::Options {
            data: Some(dir.clone()),
            ..Default::default()
        };
        let mut h = Harness::builder()
            .with_size([1280.0, 800.0])
            .build_eframe(move |cc| AtlasApp::start(&cc.egui_ctx, &options, today(), None));
        let loaded = |a: &AtlasApp| a.data().is_some_and(|d| d.origin != Origin::Embedded);
        while !loaded(h.state()) || h.state().source().loading().is_some() {
            h.step();
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        h.run();
        let mut x = 400.0;
        g.bench_function(format!("frame_1280x800_hover_{n}x"), |b| {
            b.iter(|| {
                x = if x > 900.0 { 400.0 } else { x + 7.0 };
                h.hover_at(egui::pos2(x, 350.0));
                h.step();
            })
        });
        g.finish();
    }
}

criterion_group!(benches, load, snapshot, frames, scale);
criterion_main!(benches);
