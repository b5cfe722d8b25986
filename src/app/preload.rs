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
            .spawn(Dataset::embedded)
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
