//! Images of the window: `--screenshot` and *File › Save image…*. A capture waits until the
//! window has the asked size and no load is under way, lets a few frames settle, asks the
//! renderer for the pixels of the next frame, and writes them as a PNG.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// What the image shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// The whole window, as the user sees it (`--screenshot`).
    Window,
    /// Only the map and the timeline (*Save image…*): menus, lists and details are hidden
    /// for the frames of the capture.
    MapAndTimeline,
}

/// Frames drawn in the final state before the pixels are taken: the first frames after a
/// resize or a restored view still move things (fits, label placement).
const SETTLE_FRAMES: u32 = 3;
/// Frames to wait for the window to take the asked size before giving up on it.
const RESIZE_FRAMES: u32 = 90;
/// How long to wait for the renderer's pixels.
const GIVE_UP: std::time::Duration = std::time::Duration::from_secs(10);

/// A capture under way.
pub struct Capture {
    /// Where the PNG goes.
    pub path: PathBuf,
    /// The asked image size in pixels; `None`: the window as it is.
    pub size: Option<[u32; 2]>,
    /// Whether the image carries the stamp (date, selection, sources, boundaries).
    pub stamp: bool,
    /// What the image shows.
    pub layout: Layout,
    /// The window's size before the capture resized it, to go back to.
    restore: Option<egui::Vec2>,
    resize_frames: u32,
    settled: u32,
    requested_at: Option<std::time::Instant>,
    settle_frames: u32,
    give_up: std::time::Duration,
    image: Arc<Mutex<Option<Arc<egui::ColorImage>>>>,
}

/// `--screenshot-dir`: a story's slides written one image each.
#[derive(Debug, Clone)]
pub struct SlidesOut {
    /// The folder the images go to.
    pub dir: PathBuf,
    /// The story's id, the images' prefix.
    pub story: String,
}

impl SlidesOut {
    /// Where slide `n` (from 0) goes: `<dir>/<story>-01.png` for the first.
    pub fn path(&self, n: usize) -> PathBuf {
        self.dir.join(format!("{}-{:02}.png", self.story, n + 1))
    }
}

/// A capture's end: the file and its size, or why it failed.
pub type Outcome = Result<(PathBuf, [u32; 2]), String>;

impl Capture {
    /// A capture to `path`.
    pub fn new(path: PathBuf, size: Option<[u32; 2]>, stamp: bool, layout: Layout) -> Self {
        Self {
            path,
            size,
            stamp,
            layout,
            restore: None,
            resize_frames: 0,
            settled: 0,
            requested_at: None,
            settle_frames: SETTLE_FRAMES,
            give_up: GIVE_UP,
            image: Arc::default(),
        }
    }

    /// The same capture, taken after `n` frames in its final state instead of the usual
    /// three (an animation's later frames: only the date changed since the one before).
    pub fn settled_after(mut self, n: u32) -> Self {
        self.settle_frames = n.max(1);
        self
    }

    /// The window's size before the capture resized it, if it did; the capture then leaves
    /// the window as it is.
    pub fn take_restore(&mut self) -> Option<egui::Vec2> {
        self.restore.take()
    }

    /// Advance by one frame. `busy` is true while a load is under way. Returns the outcome
    /// once the file is written (or failed); until then asks for the frames it needs.
    pub fn step(&mut self, ctx: &egui::Context, busy: bool) -> Option<Outcome> {
        let image = self.step_image(ctx, busy)?;
        if let Some(size) = self.restore.take() {
            ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(size));
        }
        Some(image.and_then(|image| write_png(&self.path, &image)))
    }

    /// Advance by one frame, as `step`, and return the pixels once the renderer gave them;
    /// the window keeps the asked size (`take_restore` says the size to go back to).
    pub fn step_image(
        &mut self,
        ctx: &egui::Context,
        busy: bool,
    ) -> Option<Result<Arc<egui::ColorImage>, String>> {
        if let Some(asked) = self.requested_at {
            let image = self.image.lock().ok().and_then(|mut slot| slot.take());
            return match image {
                Some(image) => {
                    crate::trace::mark("pixels read back");
                    Some(Ok(image))
                }
                // A renderer that never answers must not leave the window in capture layout.
                None if asked.elapsed() > self.give_up => Some(Err(
                    "the renderer gave no image within 10 seconds".to_owned(),
                )),
                None => {
                    ctx.request_repaint_after(std::time::Duration::from_millis(100));
                    None
                }
            };
        }
        let ppp = ctx.pixels_per_point();
        let now = ctx.content_rect().size();
        if let Some([w, h]) = self.size {
            let want = egui::vec2(w as f32, h as f32) / ppp;
            if (now - want).abs().max_elem() > 0.5 && self.resize_frames < RESIZE_FRAMES {
                if self.resize_frames == 0 {
                    self.restore.get_or_insert(now);
                    ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(want));
                }
                self.resize_frames += 1;
                self.settled = 0;
                ctx.request_repaint();
                return None;
            }
        }
        if busy {
            self.settled = 0;
            ctx.request_repaint_after(std::time::Duration::from_millis(30));
            return None;
        }
        self.settled += 1;
        if self.settled >= self.settle_frames {
            let slot = Arc::clone(&self.image);
            let repaint = ctx.clone();
            ctx.request_screenshot(move |image| {
                if let Ok(mut s) = slot.lock() {
                    *s = Some(image);
                }
                repaint.request_repaint();
            });
            self.requested_at = Some(std::time::Instant::now());
            crate::trace::mark("screenshot requested");
        }
        ctx.request_repaint();
        None
    }
}

/// Write the pixels as a PNG.
fn write_png(path: &std::path::Path, image: &egui::ColorImage) -> Outcome {
    let [w, h] = image.size;
    let (w, h) = (
        u32::try_from(w).map_err(|e| e.to_string())?,
        u32::try_from(h).map_err(|e| e.to_string())?,
    );
    if image.pixels.len() != (w as usize) * (h as usize) {
        return Err(format!(
            "the renderer gave {w}×{h} pixels of the wrong length"
        ));
    }
    // An opaque window's premultiplied pixels are already the PNG's bytes: written as they
    // are, with no second copy of the image (4 MB at 1280×800).
    let converted: Vec<u8>;
    let bytes = if image.pixels.iter().all(|c| c.a() == 255) {
        image.as_raw()
    } else {
        converted = image
            .pixels
            .iter()
            .flat_map(|c| c.to_srgba_unmultiplied())
            .collect();
        &converted
    };
    image::save_buffer_with_format(
        path,
        bytes,
        w,
        h,
        image::ExtendedColorType::Rgba8,
        image::ImageFormat::Png,
    )
    .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok((path.to_owned(), [w, h]))
}

/// A frame's input with the pointer taken out, for the frames of a capture: a picture shows
/// the view, not where the pointer happened to be (a hover's tooltip and highlight, the
/// pointer's position in the status line). Keys still arrive.
pub(super) fn without_pointer(raw: &mut egui::RawInput) {
    use egui::Event;
    raw.events.retain(|e| {
        !matches!(
            e,
            Event::PointerMoved(_)
                | Event::MouseMoved(_)
                | Event::PointerButton { .. }
                | Event::PointerGone
                | Event::MouseWheel { .. }
                | Event::Zoom(_)
                | Event::Rotate(_)
                | Event::Touch { .. }
        )
    });
    raw.events.push(Event::PointerGone);
}

/// A frame's input with the pointer kept to the band above `y` (points): below it the
/// pointer is gone, and its clicks, wheel and gestures are dropped. An animation's strip
/// takes clicks (*Cancel*) while the frames below it are recorded.
pub(super) fn pointer_only_above(raw: &mut egui::RawInput, y: f32) {
    use egui::Event;
    let events = std::mem::take(&mut raw.events);
    raw.events = events
        .into_iter()
        .filter_map(|e| match e {
            Event::PointerMoved(p) if p.y > y => Some(Event::PointerGone),
            Event::PointerButton { pos, .. } if pos.y > y => None,
            Event::MouseWheel { .. } | Event::Zoom(_) | Event::Rotate(_) | Event::Touch { .. } => {
                None
            }
            e => Some(e),
        })
        .collect();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_capture_sees_no_pointer() {
        // A label under the pointer is hovered; with the pointer taken out of the input it is
        // not, though the pointer moves over it again and clicks.
        let ctx = egui::Context::default();
        let over = egui::pos2(20.0, 15.0);
        let frame = |events: Vec<egui::Event>, capturing: bool| {
            let mut raw = egui::RawInput {
                events,
                ..Default::default()
            };
            if capturing {
                without_pointer(&mut raw);
            }
            let mut hovered = false;
            let mut out = ctx.run_ui(raw, |ui| {
                hovered = ui.label("a place").hovered();
            });
            out.textures_delta.clear();
            hovered
        };
        frame(vec![], false);
        assert!(frame(vec![egui::Event::PointerMoved(over)], false));
        let press = egui::Event::PointerButton {
            pos: over,
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: egui::Modifiers::NONE,
        };
        // egui learns in the first frame that the pointer left; a capture lets frames settle
        // (`SETTLE_FRAMES`) before it takes the pixels.
        frame(vec![egui::Event::PointerMoved(over), press.clone()], true);
        for _ in 0..SETTLE_FRAMES {
            let hovered = frame(vec![egui::Event::PointerMoved(over), press.clone()], true);
            assert!(!hovered, "the pointer is out of the picture");
        }
        assert!(frame(vec![egui::Event::PointerMoved(over)], false));
    }

    #[test]
    fn opaque_and_translucent_pixels_are_written_unmultiplied() {
        let dir = std::env::temp_dir().join(format!("atlas-png-{}", std::process::id()));
        std::fs::create_dir_all(&dir).ok();
        for (name, pixel, want) in [
            (
                "opaque.png",
                egui::Color32::from_rgb(10, 200, 30),
                [10, 200, 30, 255],
            ),
            (
                "translucent.png",
                egui::Color32::from_rgba_unmultiplied(200, 100, 0, 128),
                [200, 100, 0, 128],
            ),
        ] {
            let path = dir.join(name);
            let image = egui::ColorImage::new([3, 2], vec![pixel; 6]);
            assert_eq!(write_png(&path, &image), Ok((path.clone(), [3, 2])));
            let back = image::open(&path).map(|i| i.to_rgba8());
            let Ok(back) = back else {
                panic!("{name} does not read back");
            };
            assert_eq!(back.dimensions(), (3, 2));
            // Premultiplying to 8 bits and back loses a little of a translucent colour.
            for (got, want) in back.get_pixel(2, 1).0.iter().zip(want) {
                assert!(got.abs_diff(want) <= 1, "{name}: {got} vs {want}");
            }
        }
        let mut short = egui::ColorImage::new([3, 2], vec![egui::Color32::BLACK; 6]);
        short.pixels.pop();
        assert!(write_png(&dir.join("short.png"), &short).is_err());
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn a_renderer_that_never_answers_ends_the_capture_with_an_error() {
        // A bare context has no renderer: the request is never answered.
        let ctx = egui::Context::default();
        let path = std::env::temp_dir().join("atlas-never-written.png");
        let mut c = Capture::new(path.clone(), None, true, Layout::MapAndTimeline);
        c.give_up = std::time::Duration::ZERO;
        let mut outcome = None;
        for _ in 0..10 {
            let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
                if outcome.is_none() {
                    outcome = c.step(ui.ctx(), false);
                }
            });
            out.textures_delta.clear();
        }
        let Some(Err(e)) = outcome else {
            panic!("expected an error, got {outcome:?}");
        };
        assert!(e.contains("no image"), "{e}");
        assert!(!path.exists());
    }
}
