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

/// What a capture writes, by its file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageKind {
    /// The renderer's pixels as a PNG.
    Png,
    /// The map's shapes as an SVG drawing (`.svg`).
    Svg,
    /// The map's shapes as a PDF page (`.pdf`).
    Pdf,
}

impl ImageKind {
    /// SVG for a name ending in `.svg`, PDF for `.pdf` (any case), else PNG.
    pub fn of_path(path: &std::path::Path) -> Self {
        match path.extension() {
            Some(e) if e.eq_ignore_ascii_case("svg") => Self::Svg,
            Some(e) if e.eq_ignore_ascii_case("pdf") => Self::Pdf,
            _ => Self::Png,
        }
    }

    /// The file name's extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
            Self::Pdf => "pdf",
        }
    }

    /// A drawing of the map's shapes (SVG or PDF), not the renderer's pixels.
    pub fn is_drawing(self) -> bool {
        self != Self::Png
    }
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
    /// A PNG or an SVG.
    pub kind: ImageKind,
    /// A drawing (SVG, PDF): this frame is drawn for the drawing (the map paints shapes, not its
    /// cached mesh), which is written at the frame's end.
    shapes_frame: bool,
    /// A drawing's outcome, once written.
    written: Option<Outcome>,
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
            kind: ImageKind::of_path(&path),
            path,
            size,
            stamp,
            layout,
            shapes_frame: false,
            written: None,
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
        let outcome = match self.kind {
            ImageKind::Png => {
                let image = self.step_image(ctx, busy)?;
                image.and_then(|image| write_png(&self.path, &image))
            }
            ImageKind::Svg | ImageKind::Pdf => self.step_shapes(ctx, busy)?,
        };
        if let Some(size) = self.restore.take() {
            ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(size));
        }
        Some(outcome)
    }

    /// A drawing's step: once settled, the next frame is drawn as shapes and written at
    /// its end (`shapes_written`); the frame after returns the outcome.
    fn step_shapes(&mut self, ctx: &egui::Context, busy: bool) -> Option<Outcome> {
        if let Some(outcome) = self.written.take() {
            return Some(outcome);
        }
        if !self.shapes_frame && self.settle(ctx, busy) {
            self.shapes_frame = true;
        }
        ctx.request_repaint();
        None
    }

    /// Whether this frame's shapes are wanted for a drawing (the map paints them uncached).
    pub fn wants_shapes(&self) -> bool {
        self.shapes_frame && self.written.is_none()
    }

    /// The drawing of this frame was written (or failed).
    pub fn shapes_written(&mut self, outcome: Outcome) {
        self.shapes_frame = false;
        self.written = Some(outcome);
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
        if self.settle(ctx, busy) {
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

    /// Resize the window to the asked size, wait out a load, and let frames settle: true at
    /// the frame the picture is to be taken of.
    fn settle(&mut self, ctx: &egui::Context, busy: bool) -> bool {
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
                return false;
            }
        }
        if busy {
            self.settled = 0;
            ctx.request_repaint_after(std::time::Duration::from_millis(30));
            return false;
        }
        self.settled += 1;
        ctx.request_repaint();
        self.settled >= self.settle_frames
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
#[path = "capture_tests.rs"]
mod tests;
