//! eframe's settings file (`app.ron`), checked before eframe reads it. eframe restores the
//! window's place and egui's memory (the interface zoom, panel sizes) from it before the app's
//! first line runs, and a bad value there (a zoom of 0, NaN or 1e9; a window a billion points
//! wide) panicked inside winit at every start until the user found and deleted the file. So
//! the file is read here first, as the data files are (a regular file, size-limited); what
//! cannot be used is taken out and the rest written back, the old file kept beside it, and the
//! app says what it reset. Nothing here panics.

use crate::load::{Said, read_text};
use crate::say;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Larger than this, the file is not read: eframe would parse it whole at every start (a
/// 100 MB search text took 20 s and 5 GB). A real one is a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 4 << 20;
/// The app's own entry (the view, the search text) is at most this long.
pub const MAX_STATE_BYTES: usize = 64 << 10;
/// egui's own bounds for its zoom (`gui_zoom`).
const ZOOM: std::ops::RangeInclusive<f32> = 0.2..=5.0;
/// No window is wider or taller than this, in points; X11's limit is 65,535 pixels.
const MAX_WINDOW_POINTS: f64 = 16_384.0;
/// No position or size in egui's memory is this far out.
const MAX_COORDINATE: f64 = 1.0e6;

/// What was reset, and where the old file is kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Repaired {
    /// Why each part was reset, in the catalogues' words.
    pub reset: Vec<Said>,
    /// Why the file was not read at all (a folder, a pipe, too large), if it was not.
    pub unread: Option<Said>,
    /// The old file, kept unchanged.
    pub kept: Option<PathBuf>,
}

/// Check eframe's settings file at `path` and repair it in place; `None` when it was fine or
/// absent. The old file is kept as `app.ron.rejected` beside it.
pub fn vet_file(path: &Path) -> Option<Repaired> {
    let (reset, unread, cleaned) = match read_text(path, MAX_FILE_BYTES) {
        Ok(None) => return None,
        Ok(Some(text)) => {
            let (reset, cleaned) = vet_text(&text)?;
            (reset, None, cleaned)
        }
        Err(why) => (Vec::new(), Some(why), None),
    };
    let kept = path.with_extension("ron.rejected");
    // The old file goes aside first, so that nothing the user had is lost; eframe then reads
    // the cleaned file, or none.
    // The newest rejected file replaces an older one.
    let _older = std::fs::remove_file(&kept);
    let kept = std::fs::rename(path, &kept).ok().map(|()| kept);
    if let Some(text) = cleaned
        && kept.is_some()
    {
        let tmp = path.with_extension("ron.tmp");
        let written = std::fs::write(&tmp, text).and_then(|()| std::fs::rename(&tmp, path));
        if let Err(e) = written {
            eprintln!("caucasus-atlas: {}: {e}", path.display());
        }
    }
    Some(Repaired {
        reset,
        unread,
        kept,
    })
}

/// The parts of the file's text that cannot be used, and the text without them; `None` when
/// every part can be used. A text that is not eframe's map of strings is reset whole.
pub fn vet_text(text: &str) -> Option<(Vec<Said>, Option<String>)> {
    let mut map: BTreeMap<String, String> = match ron::from_str(text) {
        Ok(map) => map,
        Err(e) => {
            let why = say!(
                "repaired-unreadable",
                "the settings file cannot be read ({error}); the app starts afresh",
                error = e
            );
            return Some((vec![why], None));
        }
    };
    let mut reset = Vec::new();
    if let Some(memory) = map.get("egui") {
        match vet_memory(memory) {
            Ok(None) => {}
            Ok(Some((why, fixed))) => {
                reset.push(why);
                map.insert("egui".to_owned(), fixed);
            }
            Err(why) => {
                reset.push(why);
                map.remove("egui");
            }
        }
    }
    if let Some(Err(why)) = map.get("window").map(|w| vet_window(w)) {
        reset.push(why);
        map.remove("window");
    }
    if let Some(state) = map.get(super::STORAGE_KEY)
        && state.len() > MAX_STATE_BYTES
    {
        reset.push(say!(
            "repaired-state",
            "the remembered view was {size} KiB (at most {max} KiB); it is forgotten",
            size = state.len() >> 10,
            max = MAX_STATE_BYTES >> 10
        ));
        map.remove(super::STORAGE_KEY);
    }
    if reset.is_empty() {
        return None;
    }
    Some((reset, ron::to_string(&map).ok()))
}

/// egui's memory: a zoom outside egui's own bounds is set back to 1 (the rest is kept); a
/// memory that does not parse, or holds NaN or a number beyond any screen, is dropped whole.
fn vet_memory(text: &str) -> Result<Option<(Said, String)>, Said> {
    let panels = |detail: String| {
        say!(
            "repaired-memory",
            "the panels' sizes could not be used ({detail}); they are reset",
            detail = detail
        )
    };
    // The zoom is edited in the text eframe wrote (`zoom_factor:1.0`), not through egui's
    // types: reading `egui::Memory` here took 0.3 MB of the binary.
    const KEY: &str = "zoom_factor:";
    let (zoom, fixed) = match text.find(KEY) {
        None => (1.0, text.to_owned()),
        Some(at) => {
            let start = at + KEY.len();
            let rest = text.get(start..).unwrap_or_default();
            let len = rest.find([',', ')']).unwrap_or(rest.len());
            let written = rest.get(..len).unwrap_or_default().trim();
            let zoom = written.parse::<f32>().unwrap_or(f32::NAN);
            let tail = text.get(start + len..).unwrap_or_default();
            let head = text.get(..start).unwrap_or_default();
            (zoom, format!("{head}1.0{tail}"))
        }
    };
    let zoom_ok = ZOOM.contains(&zoom);
    let fixed = if zoom_ok { text.to_owned() } else { fixed };
    let value: ron::Value = ron::from_str(&fixed).map_err(|e| panels(e.to_string()))?;
    // Infinity is some of egui's defaults (an unbounded width); NaN never is.
    if let Some(n) =
        numbers(&value, None).find(|n| n.is_nan() || (n.is_finite() && n.abs() > MAX_COORDINATE))
    {
        return Err(panels(format!("{n}")));
    }
    if zoom_ok {
        return Ok(None);
    }
    let why = say!(
        "repaired-zoom",
        "the interface zoom was {zoom} (egui allows {min} to {max}); it is set back to 1",
        zoom = zoom,
        min = ZOOM.start(),
        max = ZOOM.end()
    );
    Ok(Some((why, fixed)))
}

/// The window's place and size: every number finite, the scale factor between 0.1 and 10,
/// each side between 1 and [`MAX_WINDOW_POINTS`] points.
fn vet_window(text: &str) -> Result<(), Said> {
    let window = |field: &str, value: String| {
        say!(
            "repaired-window",
            "the window's {field} was {value}; its place and size are reset",
            field = field,
            value = value
        )
    };
    let value: ron::Value = ron::from_str(text).map_err(|e| window("text", e.to_string()))?;
    type Check = (&'static str, fn(f64) -> bool);
    let checks: [Check; 3] = [
        ("scale_factor", |n| (0.1..=10.0).contains(&n)),
        ("inner_size_points", |n| {
            (1.0..=MAX_WINDOW_POINTS).contains(&n)
        }),
        ("", |n| n.is_finite() && n.abs() <= MAX_COORDINATE),
    ];
    for (field, ok) in checks {
        let under = (!field.is_empty()).then_some(field);
        if let Some(bad) = numbers(&value, under).find(|&n| !ok(n)) {
            return Err(window(
                if field.is_empty() { "position" } else { field },
                format!("{bad}"),
            ));
        }
    }
    Ok(())
}

/// Every fractional number in `value` (sizes, positions, factors: egui's ids are integers),
/// or only those under a field named `field`.
fn numbers<'a>(
    value: &'a ron::Value,
    field: Option<&'a str>,
) -> Box<dyn Iterator<Item = f64> + 'a> {
    use ron::Value as V;
    match value {
        V::Number(n @ (ron::Number::F32(_) | ron::Number::F64(_))) if field.is_none() => {
            Box::new(std::iter::once(n.into_f64()))
        }
        V::Option(Some(v)) => numbers(v, field),
        V::Seq(items) => Box::new(items.iter().flat_map(move |v| numbers(v, field))),
        V::Map(map) => Box::new(map.iter().flat_map(move |(k, v)| {
            let is_field = matches!(k, V::String(s) if Some(s.as_str()) == field);
            numbers(v, if is_field { None } else { field })
        })),
        _ => Box::new(std::iter::empty()),
    }
}

#[cfg(test)]
#[path = "stored_file_tests.rs"]
mod tests;
