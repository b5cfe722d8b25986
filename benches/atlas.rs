//! Load-time and per-frame cost. Run: `cargo bench --bench atlas`.

use caucasus_atlas::AtlasApp;
use caucasus_atlas::Dataset;
use caucasus_atlas::Date;
use caucasus_atlas::map_widget::{Highlight, MapState, Naming, map_ui};
use caucasus_atlas::{AssetSet, Origin, export_embedded};
use caucasus_atlas::{LonLat, ScreenPoint, map_from_lonlat};
use criterion::{Criterion, criterion_group, criterion_main};
use egui::Key;
use egui_kittest::Harness;
use std::hint::black_box;
use std::time::{Duration, Instant};

mod support;

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
    // The same folder with an empty water layer: what the rivers and lakes add to a load.
    if std::fs::write(dir.join("boundaries/water.geojson"), "").is_ok() {
        c.bench_function("dataset_reload_from_folder_without_water", |b| {
            b.iter(|| {
                black_box(AssetSet::from_folder(&dir).and_then(|s| Dataset::load(&s))).is_ok()
            })
        });
    }
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

/// The app at `size`, started with command-line `args`, after its first frames.
fn harness(args: &[&str], size: [f32; 2]) -> Harness<'static, AtlasApp> {
    use clap::Parser;
    let mut all = vec!["caucasus-atlas"];
    all.extend_from_slice(args);
    let options = caucasus_atlas::cli::Options::try_parse_from(all).expect("valid flags");
    let mut h = Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| AtlasApp::start(&cc.egui_ctx, &options, today(), None));
    h.run();
    h
}

/// The frame with `key` pressed, timed; the key's release runs in a frame of its own, untimed,
/// as it does on a desktop. (`Harness::key_press` queues four events, modifiers and key down
/// and up, and `step` runs a frame for each: timing it would time four frames.)
fn timed_press(h: &mut Harness<'static, AtlasApp>, key: Key) -> Duration {
    h.key_down(key);
    let start = Instant::now();
    h.step();
    let took = start.elapsed();
    h.key_up(key);
    h.step();
    took
}

fn frames(c: &mut Criterion) {
    // One frame of the whole app (layout, the cached base mesh, overlays, labels, markers,
    // panels, timeline) with the pointer moving over the map, in each state the budget names,
    // at two window sizes. The harness (egui_kittest) also builds and diffs the AccessKit tree
    // every frame, which a desktop session without a screen reader does not, and does not
    // tessellate, which eframe does: the `frame_bare` group's rows run frames as eframe does.
    let states: [(&str, &[&str]); 6] = [
        ("default", &[]),
        ("details_open", &["--select", "abkhazia"]),
        (
            "kodori_zoom",
            &["--date", "2008-08-12", "--view", "41.75,42.95,42.35,43.25"],
        ),
        (
            "compare",
            &["--date", "2008-10-01", "--compare", "2008-08-01"],
        ),
        (
            "pov_georgia_ka",
            &[
                "--pov",
                "georgia",
                "--lang",
                "ka",
                "--select",
                "south_ossetia",
            ],
        ),
        ("august_2008", &["--date", "2008-08-12"]),
    ];
    let mut g = c.benchmark_group("frame");
    for size in [[1280.0, 800.0], [1920.0, 1080.0]] {
        let tag = format!("{}x{}", size[0], size[1]);
        for (name, args) in states {
            let mut h = harness(args, size);
            let mut x = size[0] * 0.35;
            g.bench_function(format!("{name}_{tag}"), |b| {
                b.iter(|| {
                    x = if x > size[0] * 0.7 {
                        size[0] * 0.35
                    } else {
                        x + 7.0
                    };
                    h.hover_at(egui::pos2(x, size[1] * 0.45));
                    h.step();
                })
            });
        }
        // A story's slide change: the frame with the key pressed, which applies the next
        // slide's date, view, selection and dimmed events and starts the eased move (back to
        // the first slide at the end).
        let mut h = harness(&["--story", "august_2008"], size);
        let mut n = 1;
        g.bench_function(format!("story_slide_change_{tag}"), |b| {
            b.iter_custom(|iters| {
                (0..iters)
                    .map(|_| {
                        n += 1;
                        if n > 18 {
                            n = 1;
                        }
                        timed_press(&mut h, if n == 1 { Key::Home } else { Key::ArrowRight })
                    })
                    .sum()
            })
        });
        // The frames of a slide change after the first: the map glides to the slide's view
        // (a new view every frame: the base map, the labels and the markers redrawn). One frame
        // per iteration; when a glide has ended the next slide is asked for first, untimed.
        let mut h = harness(&["--story", "august_2008"], size);
        let mut n = 1;
        g.bench_function(format!("story_glide_{tag}"), |b| {
            b.iter_custom(|iters| {
                (0..iters)
                    .map(|_| {
                        let gliding = h.state().map_state().is_some_and(|m| m.glide.is_some());
                        if !gliding {
                            n = if n >= 18 { 1 } else { n + 1 };
                            timed_press(&mut h, if n == 1 { Key::Home } else { Key::ArrowRight });
                        }
                        let start = Instant::now();
                        h.step();
                        start.elapsed()
                    })
                    .sum()
            })
        });
        // Playback: the date changes every frame, the snapshot is recomputed and every
        // overlay follows (a day per frame is faster than any playback speed).
        let mut h = harness(&["--date", "1989-01-01"], size);
        g.bench_function(format!("playback_{tag}"), |b| {
            b.iter_custom(|iters| {
                (0..iters)
                    .map(|_| timed_press(&mut h, Key::ArrowRight))
                    .sum()
            })
        });
    }
    g.finish();
}

fn bare_frames(c: &mut Criterion) {
    support::bare::frames(c, today());
}

fn hit_test(c: &mut Criterion) {
    // What a click or a hover asks: which region is under the pointer. At the default view's
    // zoom (the drawn level of detail) and zoomed in past every level (the full rings), and
    // with geo's exact test on the full geometry, as before.
    let Ok(data) = Dataset::embedded() else {
        return;
    };
    let atlas = data.atlas;
    let points: Vec<LonLat> = (0..64)
        .map(|i| {
            LonLat::new(
                40.0 + f64::from(i % 8) * 0.8,
                41.1 + f64::from(i / 8) * 0.38,
            )
        })
        .collect();
    let mut g = c.benchmark_group("hit_test");
    for (name, zoom) in [("drawn_default_zoom", 0.6), ("drawn_full_detail", 1e6)] {
        let mut i = 0;
        g.bench_function(name, |b| {
            b.iter(|| {
                i = (i + 1) % points.len();
                let p = map_from_lonlat(points[i]);
                black_box(
                    atlas
                        .regions
                        .iter()
                        .position(|r| r.shape.contains_at_zoom(p, zoom)),
                )
            })
        });
    }
    let mut i = 0;
    g.bench_function("geo_exact", |b| {
        b.iter(|| {
            i = (i + 1) % points.len();
            black_box(atlas.region_at(points[i]))
        })
    });
    g.finish();
}

fn cached_vs_naive(c: &mut Criterion) {
    // What the design buys: the base layer drawn from the cached screen mesh (the app's map
    // widget, pointer moving over the sea) against naive drawing: one filled and stroked path
    // per ring, re-projected from lon/lat at full detail every frame. Both are one egui frame
    // plus tessellation at 1280×800, in one run.
    let Ok(data) = Dataset::embedded() else {
        return;
    };
    let ctx = egui::Context::default();
    let mut state = MapState::default();
    let views = data.views.clone();
    let frame = |ctx: &egui::Context, paint: &mut dyn FnMut(&mut egui::Ui)| {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1280.0, 800.0),
            )),
            ..Default::default()
        };
        let out = ctx.run_ui(input, |ui| {
            egui::CentralPanel::default().show(ui, |ui| paint(ui));
        });
        black_box(ctx.tessellate(out.shapes, out.pixels_per_point))
    };
    let mut g = c.benchmark_group("base_layer_1280x800");
    g.bench_function("cached_mesh", |b| {
        b.iter(|| {
            frame(&ctx, &mut |ui| {
                map_ui(
                    ui,
                    &data.atlas,
                    Naming {
                        views: &views,
                        pov: caucasus_atlas::Pov::Attributed,
                        lang: caucasus_atlas::Lang::En,
                        tr: data.i18n.tr(caucasus_atlas::Lang::En),
                    },
                    &mut state,
                    Highlight::default(),
                    |_, _| {},
                );
            })
        })
    });
    let (Some(view), Some(rect)) = (state.view, state.viewport) else {
        return;
    };
    let center = ScreenPoint {
        x: rect.center().x,
        y: rect.center().y,
    };
    let to_screen = |c: &geo::Coord<f64>| {
        let s = view.screen_from_map(map_from_lonlat(LonLat::new(c.x, c.y)), center);
        egui::pos2(s.x, s.y)
    };
    g.bench_function("naive_paths", |b| {
        b.iter(|| {
            frame(&ctx, &mut |ui| {
                let painter = ui.painter_at(rect);
                for r in data.atlas.neighbours.iter().chain(&data.atlas.regions) {
                    for polygon in &r.shape.geometry {
                        for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
                            let points: Vec<egui::Pos2> = ring.coords().map(to_screen).collect();
                            painter.add(egui::Shape::Path(egui::epaint::PathShape::closed_line(
                                points,
                                egui::Stroke::new(1.2, egui::Color32::DARK_GRAY),
                            )));
                            let points: Vec<egui::Pos2> = ring.coords().map(to_screen).collect();
                            painter.add(egui::Shape::convex_polygon(
                                points,
                                egui::Color32::LIGHT_GRAY,
                                egui::Stroke::NONE,
                            ));
                        }
                    }
                }
            })
        })
    });
    g.finish();
}

fn panning(c: &mut Criterion) {
    // Frames while the map pans: the base layer is rebuilt every frame (the view moves a
    // little each time), on a map the size the window gives it at 1280×800 (960×540). At the
    // default view (the home extent) and at the South Ossetian line at about 1:200 000
    // (Khashuri to Gori), with the shipped data and with the same data without its rivers and
    // lakes, side by side in one run: what the water layer costs.
    let Ok(data) = Dataset::embedded() else {
        return;
    };
    let mut dry = data.atlas.clone();
    dry.water = Default::default();
    let ctx = egui::Context::default();
    let views = data.views.clone();
    let naming = Naming {
        views: &views,
        pov: caucasus_atlas::Pov::Attributed,
        lang: caucasus_atlas::Lang::En,
        tr: data.i18n.tr(caucasus_atlas::Lang::En),
    };
    let mut g = c.benchmark_group("panning_960x540");
    for (view, boxes) in [
        (
            "default",
            ["40.0,41.05,46.75,43.6", "40.01,41.05,46.76,43.6"],
        ),
        (
            "line_200k",
            ["43.55,41.95,44.20,42.25", "43.551,41.95,44.201,42.25"],
        ),
    ] {
        let boxes = boxes.map(|b| caucasus_atlas::ViewBox::parse(b).ok());
        for (label, atlas) in [("with_water", &data.atlas), ("without_water", &dry)] {
            let mut state = MapState::default();
            let mut i = 0;
            g.bench_function(format!("{view}/{label}"), |b| {
                b.iter(|| {
                    i += 1;
                    state.pending_box = boxes[i % 2];
                    let input = egui::RawInput {
                        screen_rect: Some(egui::Rect::from_min_size(
                            egui::Pos2::ZERO,
                            egui::vec2(960.0, 540.0),
                        )),
                        ..Default::default()
                    };
                    let out = ctx.run_ui(input, |ui| {
                        egui::CentralPanel::default().show(ui, |ui| {
                            map_ui(
                                ui,
                                atlas,
                                naming,
                                &mut state,
                                Highlight::default(),
                                |_, _| {},
                            )
                        });
                    });
                    black_box(ctx.tessellate(out.shapes, out.pixels_per_point))
                })
            });
        }
    }
    g.finish();
}

/// A synthetic data folder `n` times the shipped one (tools/synthetic-data.py, seeded), made
/// afresh under target/ on every run (a few seconds), so that it follows the shipped data.
fn synthetic(n: u32) -> Option<std::path::PathBuf> {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("target/synthetic-{n}x"));
    // Gone already or not, the folder is made again.
    let _ = std::fs::remove_dir_all(&dir);
    {
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
        // The search: the index built at load, and one keystroke's query (a name's prefixes,
        // names in three scripts, a misspelling, the words of a title), 20 results.
        let data = Dataset::load(&set).expect("the synthetic data loads");
        g.bench_function(format!("search_index_{n}x"), |b| {
            b.iter(|| black_box(caucasus_atlas::search::Index::build(&data).len()))
        });
        let mut index = caucasus_atlas::search::Index::build(&data);
        let queries = [
            "t",
            "ts",
            "tsk",
            "tskh",
            "tskhinvali",
            "ცხინვალი",
            "Сухум",
            "ergeneti",
            "tbls",
            "recognises abkhazia",
        ];
        let mut k = 0;
        g.bench_function(format!("search_keystroke_{n}x"), |b| {
            b.iter(|| {
                k = (k + 1) % queries.len();
                black_box(index.search(queries[k], 20).len())
            })
        });
        let options = caucasus_atlas::cli::Options {
            data: Some(dir.clone()),
            ..Default::default()
        };
        let mut h = Harness::builder()
            .with_size([1280.0, 800.0])
            .build_eframe(move |cc| AtlasApp::start(&cc.egui_ctx, &options, today(), None));
        let loaded = |a: &AtlasApp| a.data().is_some_and(|d| d.origin != Origin::Embedded);
        while !loaded(h.state()) {
            h.step();
            if h.state().source().loading().is_none() && !loaded(h.state()) {
                panic!("the synthetic folder {} did not load", dir.display());
            }
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

criterion_group!(
    benches,
    load,
    snapshot,
    hit_test,
    cached_vs_naive,
    panning,
    frames,
    bare_frames,
    scale
);
criterion_main!(benches);
