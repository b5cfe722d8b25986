//! An empty eframe window that exits once a settled frame has been read back, as
//! `caucasus-atlas --screenshot` does: the same method, so start-up can be compared.
//! With `CAUCASUS_ATLAS_TRACE` set it prints the same marks as the atlas (milliseconds since
//! `main` began: each frame's start, the pixels read back), and `EMPTY_WINDOW_FRAMES=N` draws
//! N frames before the read-back instead of 3, to time frames in a steady state.
//! `EMPTY_WINDOW_REPLAY=FILE` draws a frame of the atlas again each frame instead of the label
//! (`EMPTY_WINDOW_GROUPS` chooses which groups of its triangles; see `replay.rs`).

mod replay;

use eframe::egui;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

struct Empty {
    replay: Option<replay::Replay>,
    frames: u32,
    settle: u32,
    done: Arc<AtomicBool>,
    trace: Option<Instant>,
}

impl Empty {
    fn mark(&self, what: &str) {
        if let Some(t0) = self.trace {
            eprintln!("{:7.1} ms  {what}", t0.elapsed().as_secs_f64() * 1e3);
        }
    }
}

impl eframe::App for Empty {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.mark(&format!("frame {} begins", self.frames));
        match &self.replay {
            Some(r) => r.paint(ui),
            None => {
                ui.label("empty");
            }
        }
        let ctx = ui.ctx().clone();
        self.frames += 1;
        if self.done.load(Ordering::Relaxed) {
            self.mark("pixels read back");
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        } else if self.frames == self.settle {
            let done = Arc::clone(&self.done);
            let repaint = ctx.clone();
            ctx.request_screenshot(move |_| {
                done.store(true, Ordering::Relaxed);
                repaint.request_repaint();
            });
        }
        ctx.request_repaint();
    }
}

fn main() -> eframe::Result {
    let trace = std::env::var_os("CAUCASUS_ATLAS_TRACE").map(|_| Instant::now());
    let settle = std::env::var("EMPTY_WINDOW_FRAMES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([1280.0, 800.0]),
        // A replayed frame is drawn as the atlas draws it (without dithering).
        dithering: std::env::var_os("EMPTY_WINDOW_REPLAY").is_none(),
        ..Default::default()
    };
    eframe::run_native(
        "empty-window",
        options,
        Box::new(move |cc| {
            let replay = match std::env::var("EMPTY_WINDOW_REPLAY") {
                Ok(path) => {
                    let filter = std::env::var("EMPTY_WINDOW_GROUPS").unwrap_or_default();
                    let r =
                        replay::Replay::load(&cc.egui_ctx, &path, |g| replay::keeps(&filter, g));
                    Some(r.map_err(|e| -> Box<dyn std::error::Error + Send + Sync> { e.into() })?)
                }
                Err(_) => None,
            };
            Ok(Box::new(Empty {
                replay,
                frames: 0,
                settle,
                done: Arc::default(),
                trace,
            }))
        }),
    )
}
