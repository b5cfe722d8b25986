//! *File › Export animation…* and `--animate`: the map and the timeline rendered date by
//! date, each frame stamped with its date and sources, and handed to the animation writer
//! (`export::animation`), which encodes on its own thread while the next date is drawn. A strip
//! over the window says how far it is, with an estimate and *Cancel* (or `Esc`); the strip is
//! cut off the frames, and the pointer acts only on it. The user's date and window size come
//! back at the end.

use super::capture::{Capture, Layout};
use super::session::Session;
use crate::date::Date;
use crate::export::animation::{AnimationAsk, Frame, Writer, frame_dates};
use crate::i18n::Tr;
use crate::t;
use crate::time_control::TimeCommand;
use std::path::PathBuf;
use std::time::Instant;

/// Frames in the final state before an animation's later frame is taken: only the date
/// changed since the frame before, drawn in the first of them.
const LATER_SETTLE_FRAMES: u32 = 2;

/// What one frame shows.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Stop {
    /// The map and the timeline on a date.
    Date(Date),
    /// The story's slide `n` (from 0), about `date`, the whole window, held `hold_ms`.
    Slide { n: usize, date: Date, hold_ms: u32 },
}

impl Stop {
    fn date(self) -> Date {
        match self {
            Stop::Date(d) | Stop::Slide { date: d, .. } => d,
        }
    }
}

/// An animation being rendered.
pub struct Animating {
    ask: AnimationAsk,
    /// The frames; a story's are known once its data is (a folder may still be loading).
    stops: Vec<Stop>,
    /// Started with the first frame, when the number of frames is known.
    writer: Option<Writer>,
    /// Frames handed to the writer.
    done: usize,
    capture: Option<Capture>,
    /// Where the progress strip was last drawn (points); the frames are cut below it.
    strip: Option<egui::Rect>,
    started: Instant,
    /// The date and the timeline's span the user had, shown again at the end.
    user: Option<(Date, Date, Date)>,
    /// The slide the user was at, for a story's animation.
    user_slide: Option<usize>,
    /// The window's size before the frames' size was asked for.
    restore: Option<egui::Vec2>,
    /// *Cancel* or `Esc` was pressed.
    pub cancelled: bool,
}

/// Where the frames are cut: below the strip's panel and the line under it.
fn cut_y(strip: egui::Rect) -> f32 {
    strip.bottom() + 1.0
}

/// How an animation ended: the file, the frames' size, how many frames and bytes.
pub type Finished = Result<(PathBuf, [u32; 2], usize, u64), String>;

impl Animating {
    /// Start rendering `ask`.
    pub fn new(ask: AnimationAsk) -> Self {
        let stops = if ask.story {
            Vec::new()
        } else {
            let dates = frame_dates(ask.from, ask.to, ask.step);
            dates.into_iter().map(Stop::Date).collect()
        };
        Self {
            writer: None,
            ask,
            stops,
            done: 0,
            capture: None,
            strip: None,
            started: Instant::now(),
            user: None,
            user_slide: None,
            restore: None,
            cancelled: false,
        }
    }

    /// Where the pointer may act (above this, in points): the strip.
    pub fn strip_bottom(&self) -> Option<f32> {
        self.strip.map(cut_y)
    }

    /// What the frames show: the map and the timeline, or a story's whole window.
    pub fn layout(&self) -> Layout {
        if self.ask.story {
            Layout::Window
        } else {
            Layout::MapAndTimeline
        }
    }

    /// Where the progress strip was drawn this frame (its panel's whole rectangle).
    pub fn set_strip(&mut self, rect: egui::Rect) {
        self.strip = Some(rect);
    }

    /// The progress strip: file, frame n of N and its date, a bar, the time left, *Cancel*.
    pub fn strip_ui(&mut self, ui: &mut egui::Ui, tr: Tr<'_>) {
        let total = self.stops.len();
        let date = self
            .stops
            .get(self.done.min(total.saturating_sub(1)))
            .map(|s| s.date());
        let file = self.ask.target.file_name().map_or_else(
            || self.ask.target.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        ui.horizontal(|ui| {
            ui.label(t!(
                tr,
                "animation-progress",
                file = file,
                n = (self.done + 1).min(total),
                total = total,
                date = date.map(|d| tr.day(d)).unwrap_or_default()
            ));
            let left = if self.done == 0 {
                String::new()
            } else {
                let per_frame = self.started.elapsed().as_secs_f64() / self.done as f64;
                let seconds = (per_frame * (total - self.done) as f64).ceil() as u64;
                t!(tr, "animation-left", seconds = seconds)
            };
            let fraction = self.done as f32 / total.max(1) as f32;
            ui.add(
                egui::ProgressBar::new(fraction)
                    .desired_width(240.0)
                    .text(left),
            );
            if ui.button(t!(tr, "save-cancel")).clicked() {
                self.cancelled = true;
            }
        });
    }

    /// Advance by one frame: show the next date, let it settle, take its pixels and hand
    /// them over. Returns the outcome once the last frame is written or something failed.
    pub fn step(
        &mut self,
        ctx: &egui::Context,
        busy: bool,
        session: Option<&mut Session>,
    ) -> Option<Finished> {
        let (Some(strip), Some(s)) = (self.strip, session) else {
            ctx.request_repaint(); // the strip is drawn first: the frames are cut below it
            return None;
        };
        if self.writer.is_none() {
            if self.ask.story && self.stops.is_empty() {
                let (story, _) = match s.story() {
                    Some(told) => told,
                    None if busy => return None,
                    None => return Some(Err("no story is being told (--story ID)".into())),
                };
                self.stops = (story.slides.iter().enumerate())
                    .map(|(n, slide)| Stop::Slide {
                        n,
                        date: slide.shown_day(),
                        hold_ms: (slide.seconds * 1000.0).round() as u32,
                    })
                    .collect();
            }
            if self.stops.is_empty() {
                return Some(Err("no date lies between the first and the last".into()));
            }
            let frames = u32::try_from(self.stops.len()).unwrap_or(u32::MAX);
            self.writer = Some(Writer::start(&self.ask.target, frames, self.ask.fps));
        }
        loop {
            if self.capture.is_none() {
                let stop = *self.stops.get(self.done)?;
                if self.user.is_none() {
                    let t = &s.time;
                    self.user = Some((t.date, t.view_start, t.view_end));
                    if self.ask.story {
                        self.user_slide = s.story().map(|(_, told)| told.slide);
                    }
                    // The timeline spans the animation (playback would fight it).
                    s.time.playing = false;
                    if !self.ask.story && self.ask.from < self.ask.to {
                        s.apply_time(TimeCommand::ShowSpan(self.ask.from, self.ask.to));
                    }
                }
                match stop {
                    Stop::Date(date) => s.apply_time(TimeCommand::SetDate(date)),
                    Stop::Slide { n, .. } => s.show_slide_at_once(n),
                }
                let strip_px = (cut_y(strip) * ctx.pixels_per_point()).ceil() as u32;
                let size = self.ask.size.map(|[w, h]| [w, h + strip_px]);
                // A story's slides are the whole window, its bar and text with them.
                let capture = Capture::new(PathBuf::new(), size, true, self.layout());
                // A slide moves the view, opens details: it settles as a first frame does.
                self.capture = Some(match stop {
                    Stop::Date(_) if self.done > 0 => capture.settled_after(LATER_SETTLE_FRAMES),
                    _ => capture,
                });
            }
            let capture = self.capture.as_mut()?;
            let image = capture.step_image(ctx, busy)?;
            if let Some(size) = capture.take_restore() {
                self.restore.get_or_insert(size);
            }
            self.capture = None;
            let below =
                egui::Rect::from_min_max(egui::pos2(0.0, cut_y(strip)), ctx.content_rect().max);
            let image = match image {
                Ok(image) => image,
                Err(e) => return Some(Err(e)),
            };
            let cut = image.region(&below, Some(ctx.pixels_per_point()));
            let size = [cut.width() as u32, cut.height() as u32];
            let hold_ms = match self.stops.get(self.done) {
                Some(Stop::Slide { hold_ms, .. }) => Some(*hold_ms),
                _ => None,
            };
            let frame = Frame {
                size,
                rgba: cut.as_raw().to_vec(),
                hold_ms,
            };
            if !self.writer.as_ref()?.push(frame) {
                // The writer stopped: it says why.
                return Some(
                    self.finish()
                        .map(|(path, bytes)| (path, size, self.done, bytes)),
                );
            }
            self.done += 1;
            if self.done == self.stops.len() {
                return Some(
                    self.finish()
                        .map(|(path, bytes)| (path, size, self.done, bytes)),
                );
            }
            // The next date is drawn in this same frame.
        }
    }

    fn finish(&mut self) -> Result<(PathBuf, u64), String> {
        match self.writer.take() {
            Some(w) => w.finish().map_err(|e| e.to_string()),
            None => Err("the animation was already written".into()),
        }
    }

    /// Put back what the export changed: the user's date and the window's size; a writer
    /// still running is cancelled (its file removed).
    pub fn end(mut self, ctx: &egui::Context, session: Option<&mut Session>) {
        if let Some(w) = self.writer.take() {
            w.cancel();
        }
        match (self.user_slide, self.user, session) {
            (Some(n), _, Some(s)) => s.show_slide_at_once(n),
            (None, Some((date, start, end)), Some(s)) => {
                s.apply_time(TimeCommand::ShowSpan(start, end));
                s.apply_time(TimeCommand::SetDate(date));
            }
            _ => {}
        }
        let restore = self.capture.as_mut().and_then(Capture::take_restore);
        if let Some(size) = self.restore.or(restore) {
            ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(size));
        }
    }
}

impl super::AtlasApp {
    /// Start rendering an animation (what the *Export animation* window does after its file
    /// dialog, and `--animate`); the strip over the window shows how far it is.
    pub fn start_animation(&mut self, ask: AnimationAsk) {
        self.animating = Some(Box::new(Animating::new(ask)));
    }

    /// Advance the animation under way by one frame; when it ends, put back the user's date
    /// and window and say how it went (or hand `--animate`'s outcome to `main` and close).
    pub(super) fn step_animation(&mut self, ctx: &egui::Context) {
        let busy = self.source.loading().is_some() || self.session.is_none();
        let Some(a) = self.animating.as_deref_mut() else {
            return;
        };
        if ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            a.cancelled = true;
        }
        let outcome = if a.cancelled {
            Err(None)
        } else {
            match a.step(ctx, busy, self.session.as_deref_mut()) {
                Some(outcome) => outcome.map_err(Some),
                None => return,
            }
        };
        if let Some(a) = self.animating.take() {
            a.end(ctx, self.session.as_deref_mut());
        }
        ctx.request_repaint();
        if let Some(slot) = &self.screenshot_outcome {
            if let Ok(mut s) = slot.lock() {
                *s = Some(match &outcome {
                    Ok((path, size, _, _)) => Ok((path.clone(), *size)),
                    Err(e) => Err(e.clone().unwrap_or_else(|| "cancelled".into())),
                });
            }
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        self.source.notice = Some(match outcome {
            Ok((path, size, frames, bytes)) => super::notice::Notice::Animated {
                path,
                size,
                frames,
                bytes,
            },
            Err(e) => super::notice::Notice::NotAnimated(e),
        });
    }
}
