//! The values of the command line's flags: days, spans, sizes, an animation's file name.

use crate::date::Date;
use std::path::PathBuf;

/// `--animate`: two days, or the story being told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Animate {
    /// From the first day to the second.
    Span(Date, Date),
    /// `story`: the slides of `--story`.
    Story,
}

/// `--date`, `--compare`: a day of the timeline (from its first day to today).
pub(super) fn parse_date(text: &str) -> Result<Date, String> {
    let d = Date::parse(text.trim()).map_err(|e| e.to_string())?;
    let first = crate::chronicle::TIMELINE_START;
    if d < first {
        return Err(format!("the timeline begins on {}", first));
    }
    if d > Date::today() {
        return Err(format!("{} is after today ({})", d, Date::today()));
    }
    Ok(d)
}

/// `--animate`'s `FROM..TO`: two days of the timeline, the second not before the first; or
/// `story`.
pub(super) fn parse_span(text: &str) -> Result<Animate, String> {
    if text == "story" {
        return Ok(Animate::Story);
    }
    let (from, to) = text
        .split_once("..")
        .ok_or_else(|| format!("expected FROM..TO, e.g. 2008-08-01..2008-08-31, found {text:?}"))?;
    let (from, to) = (parse_date(from.trim())?, parse_date(to.trim())?);
    if to < from {
        return Err(format!("{to} is before {from}"));
    }
    Ok(Animate::Span(from, to))
}

/// `--out`: a name that says which animation to write.
pub(super) fn parse_animation_out(text: &str) -> Result<PathBuf, String> {
    let path = PathBuf::from(text);
    match crate::export::animation::AnimFormat::of_path(&path) {
        Some(_) => Ok(path),
        None => Err(crate::export::animation::unknown_format(&path)),
    }
}

/// The smallest window the app lays out well, and the largest image it will try.
pub const MIN_SIZE: [u32; 2] = [720, 480];
const MAX_SIDE: u32 = 8192;

/// `--size`: `WIDTHxHEIGHT` in pixels, from `MIN_SIZE` to 8192 a side.
pub(super) fn parse_size(text: &str) -> Result<[u32; 2], String> {
    let bad = || format!("expected WIDTHxHEIGHT in pixels, e.g. 1280x800, found {text:?}");
    let (w, h) = text.split_once(['x', 'X']).ok_or_else(bad)?;
    let (w, h): (u32, u32) = (
        w.trim().parse().map_err(|_| bad())?,
        h.trim().parse().map_err(|_| bad())?,
    );
    if w < MIN_SIZE[0] || h < MIN_SIZE[1] || w > MAX_SIDE || h > MAX_SIDE {
        return Err(format!(
            "expected a size from {}x{} to {MAX_SIDE}x{MAX_SIDE}, found {w}x{h}",
            MIN_SIZE[0], MIN_SIZE[1]
        ));
    }
    Ok([w, h])
}
