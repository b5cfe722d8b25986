//! An empty eframe window that exits once a settled frame has been read back, as
//! `caucasus-atlas --screenshot` does: the same method, so start-up can be compared.

use eframe::egui;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

struct Empty {
    frames: u32,
    done: Arc<AtomicBool>,
}

impl eframe::App for Empty {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        ui.label("empty");
        let ctx = ui.ctx().clone();
        self.frames += 1;
        if self.done.load(Ordering::Relaxed) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        } else if self.frames == 3 {
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
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    eframe::run_native(
        "empty-window",
        options,
        Box::new(|_| {
            Ok(Box::new(Empty {
                frames: 0,
                done: Arc::default(),
            }))
        }),
    )
}
