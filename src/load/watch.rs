//! Watching a data folder: a saved edit becomes one "changed" signal, debounced, so the app
//! reloads once per save however many file events the editor makes.

use notify_debouncer_full::notify::{EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};
use std::path::Path;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::Duration;

/// How long the folder must be quiet before a change is reported.
pub const DEBOUNCE: Duration = Duration::from_millis(250);

/// A watched folder. Dropping it stops the watch.
pub struct FolderWatch {
    _debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    changes: Receiver<()>,
}

impl FolderWatch {
    /// Watch `dir` (recursively). `on_change` runs on the watcher's thread after each debounced
    /// change (the app asks for a repaint there, so an idle window wakes up).
    pub fn new(dir: &Path, on_change: impl Fn() + Send + 'static) -> Result<Self, String> {
        let (tx, changes) = channel();
        let mut debouncer = new_debouncer(DEBOUNCE, None, move |result: DebounceEventResult| {
            // Reading the files (our own reload) opens them: only changes count.
            let changed = result.is_ok_and(|events| {
                events
                    .iter()
                    .any(|e| !matches!(e.kind, EventKind::Access(_) | EventKind::Other))
            });
            if changed && tx.send(()).is_ok() {
                on_change();
            }
        })
        .map_err(|e| format!("cannot watch {}: {e}", dir.display()))?;
        debouncer
            .watch(dir, RecursiveMode::Recursive)
            .map_err(|e| format!("cannot watch {}: {e}", dir.display()))?;
        Ok(Self {
            _debouncer: debouncer,
            changes,
        })
    }

    /// Whether the folder changed since the last call (all pending signals are taken).
    pub fn changed(&self) -> bool {
        let mut changed = false;
        loop {
            match self.changes.try_recv() {
                Ok(()) => changed = true,
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => return changed,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn a_saved_file_is_reported_once_after_the_debounce() {
        let dir = std::env::temp_dir().join(format!("atlas-watch-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let calls = Arc::new(AtomicUsize::new(0));
        let c = calls.clone();
        let watch = FolderWatch::new(&dir, move || {
            c.fetch_add(1, Ordering::SeqCst);
        })
        .unwrap();
        assert!(!watch.changed());
        std::fs::write(dir.join("events.toml"), "a").unwrap();
        std::fs::write(dir.join("events.toml"), "ab").unwrap();
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        while calls.load(Ordering::SeqCst) == 0 && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(watch.changed());
        assert!(!watch.changed(), "signals are taken once");
        // Reading a file (as a reload does) is no change.
        let _ = std::fs::read_to_string(dir.join("events.toml")).unwrap();
        std::thread::sleep(DEBOUNCE * 3);
        assert!(!watch.changed(), "a read is not an edit");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
