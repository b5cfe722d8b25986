//! What the status line says once, after something the user did (a copied link, an export, a
//! saved image, what a remembered state could not restore). Held as what happened, not as
//! words: the status line says it in the interface language of the moment.

use crate::i18n::Tr;
use crate::t;
use std::path::PathBuf;

/// Something the status line reports.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// A link to the view was copied.
    Copied(String),
    /// A native dialog could not be opened.
    DialogFailed(String),
    /// The folder cannot be watched for edits.
    WatchFailed(String),
    /// A load could not be started.
    LoadNotStarted {
        /// The folder, or `None` for the embedded data.
        what: Option<PathBuf>,
        /// Why.
        error: String,
    },
    /// The embedded files were written to a folder.
    Exported {
        /// How many files.
        files: usize,
        /// Where.
        dir: PathBuf,
    },
    /// The export failed.
    ExportFailed(String),
    /// An image was saved.
    Saved {
        /// Where.
        path: PathBuf,
        /// Its size in pixels.
        size: [u32; 2],
    },
    /// An image was not saved.
    NotSaved(String),
    /// An animation was written.
    Animated {
        /// The file or folder.
        path: PathBuf,
        /// Its frames' size in pixels.
        size: [u32; 2],
        /// How many frames.
        frames: usize,
        /// Its size on disk.
        bytes: u64,
    },
    /// An animation was not written (`None`: it was cancelled); nothing of it is left.
    NotAnimated(Option<String>),
    /// A slide was added to a story file.
    SlideAdded {
        /// The file.
        path: PathBuf,
        /// The slide's number in it.
        n: usize,
    },
    /// Parts of the remembered state no longer fit the data.
    NotRestored(Vec<Dropped>),
    /// The remembered state could not be read.
    Forgotten(Forgotten),
    /// eframe's settings file held values that cannot be used; they were reset at start.
    Repaired(super::stored_file::Repaired),
}

/// A part of the remembered state left out because it no longer fits the data.
#[derive(Debug, Clone, PartialEq)]
pub enum Dropped {
    /// The timeline's span (its two days, as stored).
    Span(String, String),
    /// The date, as stored.
    Date(String),
    /// The selection's id.
    Selection(String),
    /// The compared date, as stored.
    CompareDate(String),
}

/// Why a remembered state was not read at all.
#[derive(Debug, Clone, PartialEq)]
pub enum Forgotten {
    /// It does not parse.
    Unreadable(String),
    /// It was written by another version of the format.
    OtherVersion {
        /// Its version.
        stored: u32,
        /// This app's.
        this: u32,
    },
}

impl Dropped {
    fn text(&self, tr: Tr<'_>) -> String {
        match self {
            Self::Span(a, b) => t!(tr, "dropped-span", from = a.as_str(), to = b.as_str()),
            Self::Date(d) => t!(tr, "dropped-date", date = d.as_str()),
            Self::Selection(id) => t!(tr, "dropped-selection", id = id.as_str()),
            Self::CompareDate(d) => t!(tr, "dropped-compare", date = d.as_str()),
        }
    }
}

impl Forgotten {
    /// Why, in the interface language.
    pub fn text(&self, tr: Tr<'_>) -> String {
        match self {
            Self::Unreadable(e) => t!(tr, "forgotten-unreadable", error = e.as_str()),
            Self::OtherVersion { stored, this } => t!(
                tr,
                "forgotten-version",
                stored = stored.to_string(),
                this = this.to_string()
            ),
        }
    }
}

impl Notice {
    /// The notice in the interface language.
    pub fn text(&self, tr: Tr<'_>) -> String {
        match self {
            Self::Copied(link) => t!(tr, "notice-copied", link = link.as_str()),
            Self::DialogFailed(e) => t!(tr, "notice-dialog-failed", error = e.as_str()),
            Self::WatchFailed(e) => t!(tr, "notice-watch-failed", error = e.as_str()),
            Self::LoadNotStarted { what, error } => t!(
                tr,
                "notice-load-not-started",
                what = data_name(tr, what.as_ref()),
                error = error.as_str()
            ),
            Self::Exported { files, dir } => t!(
                tr,
                "notice-exported",
                n = *files,
                dir = dir.display().to_string()
            ),
            Self::ExportFailed(e) => t!(tr, "notice-export-failed", error = e.as_str()),
            Self::Saved { path, size: [w, h] } => t!(
                tr,
                "notice-saved",
                path = path.display().to_string(),
                width = w.to_string(),
                height = h.to_string()
            ),
            Self::NotSaved(e) => t!(tr, "notice-not-saved", error = e.as_str()),
            Self::Animated {
                path,
                size: [w, h],
                frames,
                bytes,
            } => t!(
                tr,
                "notice-animated",
                path = path.display().to_string(),
                width = w.to_string(),
                height = h.to_string(),
                frames = *frames,
                megabytes = format!("{:.1}", *bytes as f64 / 1e6)
            ),
            Self::NotAnimated(None) => t!(tr, "notice-animation-cancelled"),
            Self::NotAnimated(Some(e)) => t!(tr, "notice-not-animated", error = e.as_str()),
            Self::SlideAdded { path, n } => t!(
                tr,
                "notice-slide-added",
                n = *n,
                path = path.display().to_string()
            ),
            Self::NotRestored(what) => {
                let list: Vec<String> = what.iter().map(|d| d.text(tr)).collect();
                t!(tr, "notice-not-restored", list = list.join("; "))
            }
            Self::Forgotten(why) => why.text(tr),
            Self::Repaired(r) => {
                let list: Vec<String> = r.reset.iter().map(|s| tr.said(s)).collect();
                let text = match &r.unread {
                    Some(why) => t!(tr, "notice-settings-unread", why = tr.said(why)),
                    None => t!(tr, "notice-repaired", list = list.join("; ")),
                };
                match &r.kept {
                    Some(path) => {
                        let kept = t!(
                            tr,
                            "notice-repaired-kept",
                            path = path.display().to_string()
                        );
                        format!("{text} {kept}")
                    }
                    None => text,
                }
            }
        }
    }
}

/// A data set's name: its folder, or "embedded data" in the interface language.
pub fn data_name(tr: Tr<'_>, folder: Option<&PathBuf>) -> String {
    folder.map_or_else(|| t!(tr, "status-embedded"), |f| f.display().to_string())
}
