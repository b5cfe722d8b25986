//! The embedded data, loaded while the window is being created.

use crate::Dataset;

/// The embedded data, loaded before the window exists when `main` could start it early.
pub enum Preload {
    /// Load it when the app is built.
    None,
    /// Already loaded (to check `--select`).
    Ready(Box<Result<Dataset, crate::load::Problems>>),
    /// Loading on a thread started before the window and its GL context, which take about
    /// as long.
    Loading(std::thread::JoinHandle<Result<Dataset, crate::load::Problems>>),
}

impl Preload {
    /// Start loading the embedded data on a thread (or say none was started).
    pub fn spawn() -> Self {
        std::thread::Builder::new()
            .name("preload".to_owned())
            .spawn(|| {
                yield_to_the_window();
                Dataset::embedded()
            })
            .map_or(Self::None, Self::Loading)
    }

    /// The loaded data, waiting for the thread if needed (or loading it here).
    pub(super) fn take(self) -> Result<Dataset, crate::load::Problems> {
        match self {
            Self::Ready(r) => *r,
            Self::Loading(h) => h.join().unwrap_or_else(|_| Dataset::embedded()),
            Self::None => Dataset::embedded(),
        }
    }
}

/// Run the calling thread at the lowest priority. The load (~45 ms of CPU) finishes well
/// before the window and its GL context (~75 ms), which wait on the X server in turn; on two
/// cores the three competed, and the window opened ~4 ms later (median of 31 runs each,
/// `CAUCASUS_ATLAS_TRACE=1`). Linux only: there a nice value belongs to one thread.
#[cfg_attr(
    target_os = "linux",
    expect(unsafe_code, reason = "one libc call; see SAFETY below")
)]
fn yield_to_the_window() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority takes plain integers and touches no memory of ours; `who` 0 with
    // PRIO_PROCESS is the calling thread on Linux. Failing (it cannot when lowering) changes
    // nothing.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 19);
    }
}
