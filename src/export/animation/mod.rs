//! History as a moving picture: the frames the app renders, one per date, written as an
//! animated GIF, an animated PNG or numbered PNG frames. The writer runs on a thread of its
//! own while the app renders the next frame, writes to a temporary name beside the target,
//! and renames it when the last frame is in: a cancelled or failed export leaves nothing.

use super::ExportError;
use crate::date::Date;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

/// The file an animation is written as, from the target's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnimFormat {
    /// `*.gif`: 256 colours, one palette for the whole animation; read everywhere.
    Gif,
    /// `*.png` or `*.apng`: an animated PNG, every colour kept.
    Apng,
    /// Anything else: a folder of numbered PNG frames (`frame-0001.png`, …) for a video
    /// editor or `ffmpeg`.
    Frames,
}

impl AnimFormat {
    /// The format a target path asks for, by its extension; `None` for an extension that is
    /// none of these (`war.mp4` is no folder of frames).
    pub fn of_path(path: &Path) -> Option<Self> {
        let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase());
        match ext.as_deref() {
            Some("gif") => Some(AnimFormat::Gif),
            Some("png" | "apng") => Some(AnimFormat::Apng),
            None => Some(AnimFormat::Frames),
            Some(_) => None,
        }
    }
}

/// Why `path` names no animation: what to name it instead.
pub fn unknown_format(path: &Path) -> String {
    format!(
        "{}: an animation is a .gif, a .png (animated PNG) or a folder name without an \
         extension (for PNG frames)",
        path.display()
    )
}

/// How far the date moves between two frames.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Step {
    /// A day.
    Day,
    /// A week.
    Week,
    /// A month (the same day of the month, or the month's last).
    #[default]
    Month,
    /// A year.
    Year,
}

/// The frames' dates: `from`, then a step at a time while not past `to`, and `to` itself
/// last when the steps do not land on it. Empty when `to` is before `from`.
pub fn frame_dates(from: Date, to: Date, step: Step) -> Vec<Date> {
    let mut dates = Vec::new();
    let mut k = 0;
    while let Some(d) = nth_step(from, step, k).filter(|d| *d <= to) {
        dates.push(d);
        k += 1;
    }
    if dates.last().is_some_and(|last| *last < to) {
        dates.push(to);
    }
    dates
}

/// `from` moved by `k` steps (months and years counted from `from`, so that the 31st of a
/// month comes back after a short month).
fn nth_step(from: Date, step: Step, k: i32) -> Option<Date> {
    let months = |n: i32| {
        let (y, m, d) = from.ymd();
        let total = y * 12 + (m as i32 - 1) + n;
        let (y, m) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
        Date::from_ymd(y, m, d.min(crate::date::days_in_month(y, m))).ok()
    };
    match step {
        Step::Day => Some(from.add_days(k)),
        Step::Week => Some(from.add_days(k.checked_mul(7)?)),
        Step::Month => months(k),
        Step::Year => months(k.checked_mul(12)?),
    }
}

/// An animation to render: what `--animate` and the *Export animation* window ask for.
#[derive(Debug, Clone, PartialEq)]
pub struct AnimationAsk {
    /// The file (`.gif`, `.png`) or the folder of frames.
    pub target: PathBuf,
    /// The first frame's date.
    pub from: Date,
    /// The last frame's date.
    pub to: Date,
    /// How far the date moves between frames.
    pub step: Step,
    /// Frames a second.
    pub fps: u32,
    /// The frames' size in pixels; `None`: the map and timeline as the window has them.
    pub size: Option<[u32; 2]>,
    /// The story being told instead of the dates: a frame a slide, the whole window, each
    /// held for the slide's seconds.
    pub story: bool,
}

/// One rendered frame: opaque RGBA pixels, row by row.
pub struct Frame {
    /// Width and height in pixels.
    pub size: [u32; 2],
    /// `size[0] * size[1] * 4` bytes.
    pub rgba: Vec<u8>,
    /// How long it is shown, in milliseconds; `None`: a frame's time at the animation's rate
    /// (a folder of frames has no times).
    pub hold_ms: Option<u32>,
}

/// What the writer's thread is sent.
enum Message {
    Frame(Frame),
    Cancel,
}

/// An animation being written: frames go in one at a time, in order.
pub struct Writer {
    target: PathBuf,
    to_thread: Option<mpsc::SyncSender<Message>>,
    thread: Option<std::thread::JoinHandle<Result<u64, ExportError>>>,
}

impl Writer {
    /// Start writing `frames` frames shown `fps` times a second to `target`.
    pub fn start(target: &Path, frames: u32, fps: u32) -> Self {
        // Two frames in flight: the app renders the next while this one is encoded, and
        // memory stays at a few frames whatever the animation's length.
        let (tx, rx) = mpsc::sync_channel(2);
        let format = AnimFormat::of_path(target);
        let owned = target.to_owned();
        let thread = std::thread::Builder::new()
            .name("animation writer".into())
            .spawn(move || match format {
                Some(format) => encode::run(&owned, format, frames, fps.max(1), &rx),
                None => Err(ExportError::Animation {
                    why: unknown_format(&owned),
                    path: owned,
                }),
            });
        Self {
            target: target.to_owned(),
            to_thread: Some(tx),
            thread: thread.ok(),
        }
    }

    /// Hand the next frame over (waits while two are still being encoded). False when the
    /// writer has stopped; `finish` says why.
    #[must_use]
    pub fn push(&self, frame: Frame) -> bool {
        self.to_thread
            .as_ref()
            .is_some_and(|tx| tx.send(Message::Frame(frame)).is_ok())
    }

    /// Wait for the last frame to be written; returns the file (or folder) and its size in
    /// bytes. Fewer frames than announced is an error, and nothing is left.
    pub fn finish(mut self) -> Result<(PathBuf, u64), ExportError> {
        self.to_thread = None;
        let outcome = match self.thread.take().map(std::thread::JoinHandle::join) {
            Some(Ok(outcome)) => outcome,
            _ => Err(ExportError::Animation {
                path: self.target.clone(),
                why: "the writer stopped unexpectedly".into(),
            }),
        };
        outcome.map(|bytes| (self.target.clone(), bytes))
    }

    /// Stop and remove what was written so far; returns once it is removed.
    pub fn cancel(mut self) {
        self.stop();
    }

    fn stop(&mut self) {
        if let Some(tx) = self.to_thread.take() {
            let _ = tx.send(Message::Cancel);
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Writer {
    /// A writer dropped without `finish` is cancelled: no half file.
    fn drop(&mut self) {
        self.stop();
    }
}

mod encode;

#[cfg(test)]
mod tests;
