//! The app driven through a bare `egui::Context`, as eframe drives it on a desktop without a
//! screen reader: no AccessKit tree (egui_kittest always builds and diffs one), and the
//! frame's shapes tessellated into meshes as eframe does before it paints. What a frame costs
//! the CPU before the GPU gets it; the `frame` group's rows, through the test harness, are the
//! same frames plus the accessibility tree and minus the tessellation.

use caucasus_atlas::{AtlasApp, Date};
use criterion::Criterion;
use eframe::App as _;
use std::hint::black_box;

/// One app, its context and the input of its next frame.
pub struct Bare {
    ctx: egui::Context,
    frame: eframe::Frame,
    app: AtlasApp,
    input: egui::RawInput,
    time: f64,
}

impl Bare {
    /// The app at `size` (points, one pixel per point), started with command-line `args`,
    /// after its first frames.
    pub fn new(args: &[&str], size: [f32; 2], today: Date) -> Self {
        use clap::Parser;
        let mut all = vec!["caucasus-atlas"];
        all.extend_from_slice(args);
        let options = caucasus_atlas::cli::Options::try_parse_from(all).expect("valid flags");
        let ctx = egui::Context::default();
        let app = AtlasApp::start(&ctx, &options, today, None);
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(size[0], size[1]),
            )),
            ..Default::default()
        };
        let mut bare = Self {
            ctx,
            frame: eframe::Frame::_new_kittest(),
            app,
            input,
            time: 0.0,
        };
        for _ in 0..10 {
            bare.step();
        }
        bare
    }

    /// A key pressed and released before the next frame.
    pub fn key(&mut self, key: egui::Key) {
        for pressed in [true, false] {
            self.input.events.push(egui::Event::Key {
                key,
                physical_key: None,
                pressed,
                repeat: false,
                modifiers: egui::Modifiers::NONE,
            });
        }
    }

    /// The pointer moved to `pos` before the next frame.
    pub fn hover(&mut self, pos: egui::Pos2) {
        self.input.events.push(egui::Event::PointerMoved(pos));
    }

    /// Whether the map is gliding to a slide's view.
    pub fn gliding(&self) -> bool {
        self.app
            .map_state()
            .is_some_and(|m: &caucasus_atlas::map_widget::MapState| m.glide.is_some())
    }

    /// One frame at 60 frames a second: the app's logic and interface, then tessellation.
    pub fn step(&mut self) {
        self.time += 1.0 / 60.0;
        let mut input = self.input.take();
        input.time = Some(self.time);
        input.predicted_dt = 1.0 / 60.0;
        let (app, frame) = (&mut self.app, &mut self.frame);
        let output = self.ctx.run_ui(input, |ui| {
            app.logic(ui.ctx(), frame);
            app.ui(ui, frame);
        });
        black_box(self.ctx.tessellate(output.shapes, output.pixels_per_point));
    }
}

/// The budget's rows without the harness: the pointer moving over the default view, and a
/// story's slide change (the frame that applies the next slide) and glide (its later frames).
pub fn frames(c: &mut Criterion, today: Date) {
    let mut g = c.benchmark_group("frame_bare");
    let size = [1280.0, 800.0];
    let mut bare = Bare::new(&[], size, today);
    let mut x = size[0] * 0.35;
    g.bench_function("default_1280x800", |b| {
        b.iter(|| {
            x = if x > size[0] * 0.7 {
                size[0] * 0.35
            } else {
                x + 7.0
            };
            bare.hover(egui::pos2(x, size[1] * 0.45));
            bare.step();
        })
    });
    let mut bare = Bare::new(&["--story", "august_2008"], size, today);
    // The keys reach the story: the next slide starts a glide (a driver that lost its input
    // would time idle frames).
    bare.key(egui::Key::ArrowRight);
    bare.step();
    assert!(bare.gliding(), "a slide change starts the map's glide");
    let mut n = 2;
    g.bench_function("story_slide_change_1280x800", |b| {
        b.iter(|| {
            n += 1;
            if n > 18 {
                n = 1;
                bare.key(egui::Key::Home);
            } else {
                bare.key(egui::Key::ArrowRight);
            }
            bare.step();
        })
    });
    let mut bare = Bare::new(&["--story", "august_2008"], size, today);
    let mut n = 1;
    g.bench_function("story_glide_1280x800", |b| {
        b.iter(|| {
            if !bare.gliding() {
                n = if n >= 18 { 1 } else { n + 1 };
                bare.key(if n == 1 {
                    egui::Key::Home
                } else {
                    egui::Key::ArrowRight
                });
            }
            bare.step();
        })
    });
    g.finish();
}
