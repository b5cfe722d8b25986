//! Where the data comes from: the embedded set or a folder, loaded on a worker thread,
//! watched for saved edits, opened and exported through native dialogs. A load that fails
//! keeps its problems here and changes nothing the user sees on the map.

use super::notice::Notice;
use crate::Dataset;
use crate::export::{Format, Scope};
use crate::i18n::Tr;
use crate::load::{AssetSet, FolderWatch, Problems, export_embedded};
use crate::t;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant, SystemTime};

/// A load that failed: which data, and every problem found.
#[derive(Debug, Clone)]
pub struct FailedLoad {
    /// The folder, or `None` for the embedded data.
    pub what: Option<PathBuf>,
    /// Every problem, located.
    pub problems: Problems,
}

struct Loading {
    what: Option<PathBuf>,
    started: Instant,
    result: Receiver<Result<Dataset, Problems>>,
}

enum Dialog {
    Open(Option<PathBuf>),
    Export(Option<PathBuf>),
    ExportAs(Format, Scope, Option<PathBuf>),
}

/// The data source of the app and its loads, watch and dialogs.
#[derive(Default)]
pub struct DataSource {
    folder: Option<PathBuf>,
    loading: Option<Loading>,
    watch: Option<FolderWatch>,
    dialog: Option<Receiver<Dialog>>,
    /// The last load's problems, if it failed (the map shows the data before it).
    pub failed: Option<FailedLoad>,
    /// When the data in use was loaded, and how long the load took.
    pub loaded: Option<(SystemTime, Duration)>,
    /// What the status line reports (an export's result, a watch that failed…).
    pub notice: Option<Notice>,
    /// A folder just exported, offered for opening.
    pub exported: Option<PathBuf>,
    /// A format, what to write and a folder the user chose, for the data in use (the app
    /// writes it).
    pub export_request: Option<(Format, Scope, PathBuf)>,
    /// Whether *Export for other programs* writes only what the date shown shows.
    pub export_on_date: bool,
}

impl DataSource {
    /// The folder in use or being opened, if any.
    pub fn folder(&self) -> Option<&Path> {
        self.folder.as_deref()
    }

    /// Whether a load is under way.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// What is being loaded, and for how long.
    pub fn loading(&self) -> Option<(Option<&PathBuf>, Duration)> {
        self.loading
            .as_ref()
            .map(|l| (l.what.as_ref(), l.started.elapsed()))
    }

    /// Open `dir`: watch it and load it on a worker thread. The data in use stays until the
    /// load succeeds.
    pub fn open(&mut self, ctx: &egui::Context, dir: PathBuf) {
        let repaint = ctx.clone();
        self.watch = match FolderWatch::new(&dir, move || repaint.request_repaint()) {
            Ok(w) => Some(w),
            Err(e) => {
                self.notice = Some(Notice::WatchFailed(e.to_string()));
                None
            }
        };
        self.folder = Some(dir);
        self.reload(ctx);
    }

    /// Load the folder again (or the embedded data, when no folder is open).
    pub fn reload(&mut self, ctx: &egui::Context) {
        let folder = self.folder.clone();
        let what = folder.clone();
        let (tx, rx) = channel();
        let repaint = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("data-load".to_owned())
            .spawn(move || {
                let result = match &folder {
                    Some(dir) => AssetSet::from_folder(dir).and_then(|set| Dataset::load(&set)),
                    None => Dataset::embedded(),
                };
                // The receiver is gone only if a newer load replaced this one.
                let _ = tx.send(result);
                repaint.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.loading = Some(Loading {
                    what,
                    started: Instant::now(),
                    result: rx,
                });
            }
            Err(e) => {
                self.notice = Some(Notice::LoadNotStarted {
                    what,
                    error: e.to_string(),
                });
            }
        }
    }

    /// Once a frame: start a reload after a saved edit, take a finished load, and act on a
    /// dialog's answer. Returns newly loaded data to swap in.
    pub fn poll(&mut self, ctx: &egui::Context) -> Option<Dataset> {
        if self.watch.as_mut().is_some_and(FolderWatch::changed) {
            self.reload(ctx);
        }
        if let Some(answer) = self.dialog.as_ref().and_then(|rx| rx.try_recv().ok()) {
            self.dialog = None;
            match answer {
                Dialog::Open(Some(dir)) => self.open(ctx, dir),
                Dialog::Export(Some(dir)) => self.export(&dir),
                Dialog::ExportAs(format, scope, Some(dir)) => {
                    self.export_request = Some((format, scope, dir));
                }
                Dialog::Open(None) | Dialog::Export(None) | Dialog::ExportAs(_, _, None) => {}
            }
        }
        let loading = self.loading.as_ref()?;
        let result = loading.result.try_recv().ok()?;
        let (what, took) = (loading.what.clone(), loading.started.elapsed());
        self.loading = None;
        match result {
            Ok(data) => {
                self.failed = None;
                self.notice = None;
                self.loaded = Some((SystemTime::now(), took));
                Some(data)
            }
            Err(problems) => {
                self.failed = Some(FailedLoad { what, problems });
                None
            }
        }
    }

    /// Write the embedded data to `dir` as a starting point.
    pub fn export(&mut self, dir: &Path) {
        let written = export_embedded(dir);
        self.report_export(dir, written);
    }

    /// Say in the status line how an export to `dir` went.
    fn report_export(&mut self, dir: &Path, written: Result<Vec<PathBuf>, impl ToString>) {
        match written {
            Ok(files) => {
                self.notice = Some(Notice::Exported {
                    files: files.len(),
                    dir: dir.to_owned(),
                });
                self.exported = Some(dir.to_owned());
            }
            Err(e) => {
                self.notice = Some(Notice::ExportFailed(e.to_string()));
                self.exported = None;
            }
        }
    }

    /// Ask for a folder to open, in a native dialog on a worker thread (the window stays live).
    pub fn ask_open(&mut self, ctx: &egui::Context, tr: Tr<'_>) {
        self.ask(ctx, t!(tr, "dialog-open"), Box::new(Dialog::Open));
    }

    /// Ask for a folder to export the embedded data to.
    pub fn ask_export(&mut self, ctx: &egui::Context, tr: Tr<'_>) {
        self.ask(ctx, t!(tr, "dialog-export"), Box::new(Dialog::Export));
    }

    /// Ask for a folder to write the data in use to, in `format` (for GIS tools or citation
    /// managers); the answer comes back as [`DataSource::export_request`].
    pub fn ask_export_as(
        &mut self,
        ctx: &egui::Context,
        tr: Tr<'_>,
        (format, scope): (Format, Scope),
    ) {
        let wrap = move |dir| Dialog::ExportAs(format, scope, dir);
        self.ask(ctx, t!(tr, "dialog-export-as"), Box::new(wrap));
    }

    /// Write `scope` of the data in use in `format` to `dir`, saying how it went in the
    /// status line.
    pub fn export_as(&mut self, data: &Dataset, (format, scope): (Format, Scope), dir: &Path) {
        let written = crate::export::export(data, format, scope, dir);
        self.report_export(dir, written);
    }

    fn ask(
        &mut self,
        ctx: &egui::Context,
        title: String,
        wrap: Box<dyn FnOnce(Option<PathBuf>) -> Dialog + Send>,
    ) {
        if self.dialog.is_some() {
            return; // one dialog at a time
        }
        let (tx, rx) = channel();
        let repaint = ctx.clone();
        let start = self.folder.clone();
        let spawned = std::thread::Builder::new()
            .name("dialog".to_owned())
            .spawn(move || {
                let mut dialog = rfd::FileDialog::new().set_title(title);
                if let Some(dir) = start {
                    dialog = dialog.set_directory(dir);
                }
                let _ = tx.send(wrap(dialog.pick_folder()));
                repaint.request_repaint();
            });
        match spawned {
            Ok(_) => self.dialog = Some(rx),
            Err(e) => self.notice = Some(Notice::DialogFailed(e.to_string())),
        }
    }
}

/// `hh:mm:ss UTC` of a time (no time-zone database is embedded).
pub fn utc_time(t: SystemTime) -> String {
    let secs = t
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let day = secs % 86_400;
    format!(
        "{:02}:{:02}:{:02} UTC",
        day / 3600,
        day % 3600 / 60,
        day % 60
    )
}
