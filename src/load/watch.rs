//! Watching a data folder: a saved edit becomes one "changed" signal, debounced, so the app
//! reloads once per save however many file events the editor makes. The folder's parent is
//! watched too (not its other contents' changes: only the folder's own name counts there), so
//! a folder deleted and made again (a `git checkout`, an unpacked archive) is watched again.

use notify_debouncer_full::notify::{EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

/// How long the folder must be quiet before a change is reported.
pub const DEBOUNCE: Duration = Duration::from_millis(250);

/// A watched folder. Dropping it stops the watch.
pub struct FolderWatch {
    debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    changes: Receiver<()>,
    dir: PathBuf,
    /// Whether the folder itself is watched: not after it was deleted, until it is back.
    watching: bool,
}

impl FolderWatch {
    /// Watch `dir` (recursively). `on_change` runs on the watcher's thread after each debounced
    /// change (the app asks for a repaint there, so an idle window wakes up).
    pub fn new(dir: &Path, on_change: impl Fn() + Send + 'static) -> Result<Self, String> {
        let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_owned());
        let (tx, changes) = channel();
        let ours = dir.clone();
        let mut debouncer = new_debouncer(DEBOUNCE, None, move |result: DebounceEventResult| {
            // Reading the files (our own reload) opens them: only changes count, and in the
            // parent only those of the folder itself.
            let changed = result.is_ok_and(|events| {
                events.iter().any(|e| {
                    !matches!(e.kind, EventKind::Access(_) | EventKind::Other)
                        && e.paths.iter().any(|p| p.starts_with(&ours))
                })
            });
            if changed && tx.send(()).is_ok() {
                on_change();
            }
        })
        .map_err(|e| format!("cannot watch {}: {e}", dir.display()))?;
        debouncer
            .watch(&dir, RecursiveMode::Recursive)
            .map_err(|e| format!("cannot watch {}: {e}", dir.display()))?;
        // Without the parent the folder's return goes unseen; the edits are still watched.
        if let Some(parent) = dir.parent() {
            let _unwatched = debouncer.watch(parent, RecursiveMode::NonRecursive);
        }
        Ok(Self {
            debouncer,
            changes,
            dir,
            watching: true,
        })
    }

    /// Whether the folder changed since the last call (all pending signals are taken). A
    /// folder that was deleted is watched again once it is back.
    pub fn changed(&mut self) -> bool {
        let mut changed = false;
        while let Ok(()) = self.changes.try_recv() {
            changed = true;
        }
        if changed {
            if !self.dir.is_dir() {
                self.watching = false;
            } else if !self.watching {
                let _stale = self.debouncer.unwatch(&self.dir);
                self.watching = self
                    .debouncer
                    .watch(&self.dir, RecursiveMode::Recursive)
                    .is_ok();
            }
        }
        changed
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
        let mut watch = FolderWatch::new(&dir, move || {
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

    #[test]
    fn a_folder_deleted_and_made_again_is_watched_again() {
        let dir = std::env::temp_dir().join(format!("atlas-rewatch-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut watch = FolderWatch::new(&dir, || {}).unwrap();
        let wait = |watch: &mut FolderWatch, what: &str| {
            let deadline = std::time::Instant::now() + Duration::from_secs(5);
            while !watch.changed() {
                assert!(std::time::Instant::now() < deadline, "{what} unseen");
                std::thread::sleep(Duration::from_millis(20));
            }
        };
        std::fs::remove_dir_all(&dir).unwrap();
        wait(&mut watch, "the deletion");
        std::fs::create_dir_all(&dir).unwrap();
        wait(&mut watch, "the new folder");
        std::fs::write(dir.join("events.toml"), "a").unwrap();
        wait(&mut watch, "an edit in the new folder");
        // A change beside the folder is not one of its own.
        let beside = dir.with_extension("beside");
        std::fs::write(&beside, "x").unwrap();
        std::thread::sleep(DEBOUNCE * 3);
        assert!(
            !watch.changed(),
            "a file beside the folder changed nothing in it"
        );
        std::fs::remove_file(&beside).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
