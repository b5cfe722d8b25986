//! Start-up trace: with `CAUCASUS_ATLAS_TRACE=1` set, each mark prints the milliseconds since
//! the process began its `main` and what was reached, on stderr (tools/measure.sh and the notes
//! of the performance issue use it). Without the variable a mark costs one atomic load.

use std::sync::OnceLock;
use std::time::Instant;

static START: OnceLock<Option<Instant>> = OnceLock::new();

/// Start the clock (first thing in `main`); reads the environment once.
pub fn start() {
    START.get_or_init(|| std::env::var_os("CAUCASUS_ATLAS_TRACE").map(|_| Instant::now()));
}

/// Print how long after start `what` was reached, if tracing.
pub fn mark(what: &str) {
    if let Some(Some(t0)) = START.get() {
        eprintln!("{:7.1} ms  {what}", t0.elapsed().as_secs_f64() * 1e3);
    }
}
