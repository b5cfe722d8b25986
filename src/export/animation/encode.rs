//! The writer's thread: frames in, one file (or folder) out. Each frame after the first is
//! written as the rectangle that changed since the one before (the timeline's cursor, the
//! markers, the stamp's date), which keeps a long animation small.

use super::{AnimFormat, Frame, Message};
use crate::export::ExportError;
use std::collections::HashMap;
use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;

/// Write the frames received on `rx` to `target`; see [`super::Writer`].
pub(super) fn run(
    target: &Path,
    format: AnimFormat,
    frames: u32,
    fps: u32,
    rx: &Receiver<Message>,
) -> Result<u64, ExportError> {
    let name = target
        .file_name()
        .map_or_else(|| "animation".into(), |n| n.to_string_lossy().into_owned());
    let tmp = target.with_file_name(format!(".{name}.part"));
    let outcome = write(&tmp, target, format, (frames, fps), rx);
    if outcome.is_err() {
        let _ = std::fs::remove_file(&tmp);
        let _ = std::fs::remove_dir_all(&tmp);
    }
    outcome
}

fn write(
    tmp: &Path,
    target: &Path,
    format: AnimFormat,
    (frames, fps): (u32, u32),
    rx: &Receiver<Message>,
) -> Result<u64, ExportError> {
    let fail = |why: String| ExportError::Animation {
        path: target.to_owned(),
        why,
    };
    let mut sink: Option<Sink> = None;
    let mut size = None;
    let mut n = 0;
    while let Ok(message) = rx.recv() {
        let Message::Frame(frame) = message else {
            return Err(fail("cancelled".into()));
        };
        let [w, h] = frame.size;
        if frame.rgba.len() != (w as usize) * (h as usize) * 4 || w == 0 || h == 0 {
            return Err(fail(format!("frame {} has no {w}×{h} pixels", n + 1)));
        }
        if *size.get_or_insert(frame.size) != frame.size {
            return Err(fail(format!(
                "frame {} is {w}×{h}, the first was {}×{}",
                n + 1,
                size.map_or(0, |s| s[0]),
                size.map_or(0, |s| s[1])
            )));
        }
        let sink = match &mut sink {
            Some(sink) => sink,
            None => sink.insert(Sink::new(tmp, format, &frame, (frames, fps)).map_err(fail)?),
        };
        sink.add(&frame, n).map_err(fail)?;
        n += 1;
    }
    if n != frames {
        return Err(fail(format!("{n} of {frames} frames were rendered")));
    }
    let Some(sink) = sink else {
        return Err(fail("no frame was rendered".into()));
    };
    sink.finish().map_err(fail)?;
    // A folder of frames replaces an empty folder of that name; anything else is kept.
    if format == AnimFormat::Frames && target.is_dir() {
        std::fs::remove_dir(target).map_err(|e| fail(format!("the folder is not empty ({e})")))?;
    }
    std::fs::rename(tmp, target).map_err(|e| fail(e.to_string()))?;
    Ok(disk_size(target))
}

/// Bytes on disk: the file's, or the folder's files'.
fn disk_size(path: &Path) -> u64 {
    match std::fs::read_dir(path) {
        Ok(entries) => entries
            .flatten()
            .filter_map(|e| e.metadata().ok())
            .map(|m| m.len())
            .sum(),
        Err(_) => std::fs::metadata(path).map_or(0, |m| m.len()),
    }
}

/// Where the frames are going.
enum Sink {
    Gif(Box<GifSink>),
    Apng {
        writer: png::Writer<BufWriter<File>>,
        previous: Vec<u8>,
        width: usize,
        fps: u16,
    },
    Frames(PathBuf),
}

impl Sink {
    fn new(
        tmp: &Path,
        format: AnimFormat,
        first: &Frame,
        (frames, fps): (u32, u32),
    ) -> Result<Self, String> {
        let [w, h] = first.size;
        let create = || {
            File::create(tmp)
                .map(BufWriter::new)
                .map_err(|e| e.to_string())
        };
        Ok(match format {
            AnimFormat::Gif => Sink::Gif(Box::new(GifSink::new(create()?, first, fps)?)),
            AnimFormat::Apng => {
                let mut encoder = png::Encoder::new(create()?, w, h);
                encoder.set_color(png::ColorType::Rgb);
                encoder.set_depth(png::BitDepth::Eight);
                encoder.set_compression(png::Compression::Fast);
                let delay = |e: png::EncodingError| e.to_string();
                encoder.set_animated(frames, 0).map_err(delay)?;
                encoder
                    .set_frame_delay(1, u16::try_from(fps).unwrap_or(u16::MAX))
                    .map_err(delay)?;
                let writer = encoder.write_header().map_err(delay)?;
                Sink::Apng {
                    writer,
                    previous: Vec::new(),
                    width: w as usize,
                    fps: u16::try_from(fps).unwrap_or(u16::MAX),
                }
            }
            AnimFormat::Frames => {
                std::fs::create_dir(tmp).map_err(|e| e.to_string())?;
                Sink::Frames(tmp.to_owned())
            }
        })
    }

    fn add(&mut self, frame: &Frame, n: u32) -> Result<(), String> {
        match self {
            Sink::Gif(gif) => gif.add(frame),
            Sink::Apng {
                writer,
                previous,
                width,
                fps,
            } => {
                let rgb: Vec<u8> = frame.rgba.chunks_exact(4).flat_map(rgb).collect();
                let e = |e: png::EncodingError| e.to_string();
                // Hundredths of a second held, or a frame at the rate.
                let (num, den) = match frame.hold_ms {
                    Some(ms) => (u16::try_from(ms / 10).unwrap_or(u16::MAX).max(1), 100),
                    None => (1, *fps),
                };
                writer.set_frame_delay(num, den).map_err(e)?;
                if previous.is_empty() {
                    writer.write_image_data(&rgb).map_err(e)?;
                } else {
                    let r = changed(previous, &rgb, *width, 3);
                    writer.reset_frame_position().map_err(e)?;
                    writer
                        .set_frame_dimension(r.w as u32, r.h as u32)
                        .map_err(e)?;
                    writer
                        .set_frame_position(r.x as u32, r.y as u32)
                        .map_err(e)?;
                    writer
                        .write_image_data(&r.cut(&rgb, *width, 3))
                        .map_err(e)?;
                }
                *previous = rgb;
                Ok(())
            }
            Sink::Frames(dir) => {
                let path = dir.join(format!("frame-{:04}.png", n + 1));
                let [w, h] = frame.size;
                image::save_buffer_with_format(
                    &path,
                    &frame.rgba,
                    w,
                    h,
                    image::ExtendedColorType::Rgba8,
                    image::ImageFormat::Png,
                )
                .map_err(|e| format!("{}: {e}", path.display()))
            }
        }
    }

    fn finish(self) -> Result<(), String> {
        match self {
            Sink::Gif(gif) => gif.finish(),
            Sink::Apng { writer, .. } => writer.finish().map_err(|e| e.to_string()),
            Sink::Frames(_) => Ok(()),
        }
    }
}

/// A rectangle of pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Rect {
    pub x: usize,
    pub y: usize,
    pub w: usize,
    pub h: usize,
}

impl Rect {
    /// Its pixels out of a whole image `width` pixels wide, `bpp` bytes a pixel.
    pub fn cut(self, image: &[u8], width: usize, bpp: usize) -> Vec<u8> {
        (self.y..self.y + self.h)
            .flat_map(|row| {
                let start = (row * width + self.x) * bpp;
                image.get(start..start + self.w * bpp).unwrap_or_default()
            })
            .copied()
            .collect()
    }
}

/// The smallest rectangle holding every pixel that differs between two images of the same
/// size (`width` pixels wide, `bpp` bytes a pixel); one pixel when nothing changed (a frame
/// must still be written for its time).
pub(super) fn changed(before: &[u8], after: &[u8], width: usize, bpp: usize) -> Rect {
    let row_bytes = width * bpp;
    let rows = before
        .chunks_exact(row_bytes)
        .zip(after.chunks_exact(row_bytes));
    let (mut x0, mut x1, mut y0, mut y1) = (usize::MAX, 0, usize::MAX, 0);
    for (y, (a, b)) in rows.enumerate() {
        if a == b {
            continue;
        }
        let differs = |x: &usize| a.get(x * bpp..(x + 1) * bpp) != b.get(x * bpp..(x + 1) * bpp);
        let (Some(first), Some(last)) = ((0..width).find(differs), (0..width).rfind(differs))
        else {
            continue;
        };
        (x0, x1, y0, y1) = (x0.min(first), x1.max(last), y0.min(y), y);
    }
    if y0 == usize::MAX {
        return Rect {
            x: 0,
            y: 0,
            w: 1,
            h: 1,
        };
    }
    Rect {
        x: x0,
        y: y0,
        w: x1 - x0 + 1,
        h: y1 - y0 + 1,
    }
}

/// A GIF: one palette of 256 colours learnt from the first frame (NeuQuant); a later frame
/// whose changed pixels that palette represents badly (a colour first seen then, such as a
/// category's markers) gets a palette of its own for its rectangle.
struct GifSink {
    encoder: gif::Encoder<BufWriter<File>>,
    quant: color_quant::NeuQuant,
    palette: Vec<u8>,
    /// Each colour seen: its palette index and whether the palette is far from it.
    nearest: HashMap<[u8; 3], (u8, bool)>,
    previous: Vec<u8>,
    width: usize,
    delay: u16,
}

/// A pixel's red, green and blue.
fn rgb(p: &[u8]) -> [u8; 3] {
    match *p {
        [r, g, b, ..] => [r, g, b],
        _ => [0; 3],
    }
}

/// A colour's palette index, and whether the palette's colour is far from it.
fn near(quant: &color_quant::NeuQuant, palette: &[u8], c: [u8; 3]) -> (u8, bool) {
    let [r, g, b] = c;
    let i = quant.index_of(&[r, g, b, 255]);
    let q = palette.get(i * 3..i * 3 + 3).unwrap_or(&[0, 0, 0]);
    let d: u32 = c
        .iter()
        .zip(q)
        .map(|(a, b)| u32::from(a.abs_diff(*b)).pow(2))
        .sum();
    (u8::try_from(i).unwrap_or(0), d > FAR)
}

/// Squared RGB distance beyond which a colour is "badly represented" by the palette.
const FAR: u32 = 3 * 20 * 20;

impl GifSink {
    fn new(file: BufWriter<File>, first: &Frame, fps: u32) -> Result<Self, String> {
        let [w, h] = first.size;
        let too_big = || format!("a GIF is at most 65535 pixels a side, not {w}×{h}");
        let (gw, gh) = (
            u16::try_from(w).map_err(|_| too_big())?,
            u16::try_from(h).map_err(|_| too_big())?,
        );
        let quant = color_quant::NeuQuant::new(10, 256, &first.rgba);
        let palette = quant.color_map_rgb();
        let mut encoder = gif::Encoder::new(file, gw, gh, &palette).map_err(|e| e.to_string())?;
        encoder
            .set_repeat(gif::Repeat::Infinite)
            .map_err(|e| e.to_string())?;
        Ok(Self {
            encoder,
            quant,
            palette,
            nearest: HashMap::new(),
            previous: Vec::new(),
            width: w as usize,
            // Hundredths of a second.
            delay: u16::try_from(100 / fps.max(1)).unwrap_or(1).max(1),
        })
    }

    fn add(&mut self, frame: &Frame) -> Result<(), String> {
        let (quant, palette) = (&self.quant, &self.palette);
        let nearest = &mut self.nearest;
        let indices: Vec<u8> = (frame.rgba.chunks_exact(4))
            .map(|p| {
                let key = rgb(p);
                nearest
                    .entry(key)
                    .or_insert_with(|| near(quant, palette, key))
                    .0
            })
            .collect();
        let rect = if self.previous.is_empty() {
            Rect {
                x: 0,
                y: 0,
                w: self.width,
                h: indices.len() / self.width.max(1),
            }
        } else {
            changed(&self.previous, &indices, self.width, 1)
        };
        let far = !self.previous.is_empty()
            && (rect.cut(&frame.rgba, self.width, 4).chunks_exact(4))
                .any(|p| self.nearest.get(&rgb(p)).is_some_and(|n| n.1));
        let too_big = |_| "a frame larger than a GIF holds".to_owned();
        let delay = frame.hold_ms.map_or(self.delay, |ms| {
            u16::try_from(ms / 10).unwrap_or(u16::MAX).max(1)
        });
        let mut out = gif::Frame {
            delay,
            left: u16::try_from(rect.x).map_err(too_big)?,
            top: u16::try_from(rect.y).map_err(too_big)?,
            width: u16::try_from(rect.w).map_err(too_big)?,
            height: u16::try_from(rect.h).map_err(too_big)?,
            ..gif::Frame::default()
        };
        if far {
            // Colours the global palette lacks: this rectangle's own palette.
            let mut rgba = rect.cut(&frame.rgba, self.width, 4);
            let own = gif::Frame::from_rgba_speed(out.width, out.height, &mut rgba, 10);
            out.palette = own.palette;
            out.buffer = own.buffer;
            out.transparent = own.transparent;
        } else {
            out.buffer = rect.cut(&indices, self.width, 1).into();
        }
        self.encoder.write_frame(&out).map_err(|e| e.to_string())?;
        self.previous = indices;
        Ok(())
    }

    fn finish(self) -> Result<(), String> {
        let mut file = self.encoder.into_inner().map_err(|e| e.to_string())?;
        std::io::Write::flush(&mut file).map_err(|e| e.to_string())
    }
}
