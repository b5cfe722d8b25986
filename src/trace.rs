//! Start-up trace: with `CAUCASUS_ATLAS_TRACE=1` set, each mark prints the milliseconds since
//! the process began its `main` and what was reached, on stderr (tools/measure.sh and the notes
//! of the performance issue use it). The first frames are marked; with
//! `CAUCASUS_ATLAS_TRACE=frames` every frame is, to count and time repaints.
//! Without the variable a mark costs one atomic load.

use std::sync::OnceLock;
use std::time::Instant;

struct Trace {
    t0: Instant,
    every_frame: bool,
}

static START: OnceLock<Option<Trace>> = OnceLock::new();

/// Start the clock (first thing in `main`); reads the environment once.
pub fn start() {
    START.get_or_init(|| {
        std::env::var_os("CAUCASUS_ATLAS_TRACE").map(|v| Trace {
            t0: Instant::now(),
            every_frame: v == "frames",
        })
    });
}

/// Print how long after start `what` was reached, if tracing.
pub fn mark(what: &str) {
    if let Some(Some(t)) = START.get() {
        eprintln!("{:7.1} ms  {what}", t.t0.elapsed().as_secs_f64() * 1e3);
    }
}

/// Whether frame `n` is marked: the first four when tracing, all with `frames`.
pub fn frame_marked(n: u64) -> bool {
    matches!(START.get(), Some(Some(t)) if n < 4 || t.every_frame)
}

/// What asked for a frame, each place once: `file.rs:line` without the crate's path.
pub fn causes(causes: &[egui::RepaintCause]) -> String {
    let mut seen: Vec<String> = Vec::new();
    for c in causes {
        let file = c.file.rsplit(['/', '\\']).next().unwrap_or(c.file);
        let place = format!("{file}:{}", c.line);
        if !seen.contains(&place) {
            seen.push(place);
        }
    }
    seen.join(", ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn causes_are_named_once_by_file_and_line() {
        let a = egui::RepaintCause::new();
        let line = line!() - 1;
        let b = a.clone();
        assert_eq!(super::causes(&[a, b]), format!("trace.rs:{line}"));
    }
}
