//! *Stories › Add this view as a slide…*: the date, the view, the point of view, the selection
//! and a comparison as they are on screen, with a title, a text and its sources typed by the
//! author, appended to a story file of the open data folder (a new file gets a title, an
//! author and a line on what it shows). The file stays TOML to edit by hand; the folder's
//! watch reloads it, and the story updates.

use super::AtlasApp;
use super::notice::Notice;
use super::session::{Selection, Session};
use crate::story::{SlideDraft, story_header};
use crate::t;
use std::path::{Path, PathBuf};

/// The *Add this view as a slide* window's fields.
#[derive(Debug, Clone, Default)]
pub(super) struct AddSlide {
    /// The story's id: its file `stories/<id>.toml`.
    story: String,
    /// For a new file: the story's title, author and what it shows.
    new_title: String,
    author: String,
    about: String,
    /// The slide (date, view, selection taken from the screen when it is added).
    title: String,
    text: String,
    sources: String,
    notes: String,
    /// What was wrong with the last try.
    error: Option<String>,
}

impl AddSlide {
    /// Fields filled from what is on screen: the story being told, the selected event's
    /// title, summary and sources.
    pub(super) fn from_screen(s: &Session) -> Self {
        let mut out = Self {
            story: s
                .story
                .as_ref()
                .map(|st| st.id.to_string())
                .unwrap_or_default(),
            ..Self::default()
        };
        if let Some(Selection::Event(id)) = &s.selection
            && let Some(e) = s
                .data
                .chronicle
                .event_index(id)
                .and_then(|i| s.data.chronicle.events.get(i))
        {
            out.title = e.title.clone();
            out.text = e.summary.clone();
            let ids: Vec<&str> = e.sources.iter().map(|s| s.as_str()).collect();
            out.sources = ids.join(", ");
        }
        out
    }
}

/// One row of the form: its label, and the field labelled by it (for screen readers).
fn field(ui: &mut egui::Ui, label: String, edit: egui::TextEdit<'_>) {
    let label = ui.label(label);
    ui.add(edit).labelled_by(label.id);
    ui.end_row();
}

/// Whether `id` may name a story file: lower-case letters, digits, `_` and `-`.
fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

impl AtlasApp {
    /// The window, while open.
    pub(super) fn add_slide_window(&mut self, ctx: &egui::Context) {
        let Some(mut form) = self.add_slide.take() else {
            return;
        };
        let folder = self.source.folder().map(Path::to_path_buf);
        let Some(s) = self.session.as_deref_mut() else {
            return;
        };
        let tr = s.data.i18n.tr(s.ui_lang);
        let mut open = true;
        let (mut add, mut cancel) = (false, false);
        let file = folder
            .as_ref()
            .map(|f| f.join(format!("stories/{}.toml", form.story)));
        let is_new = file.as_ref().is_none_or(|f| !f.exists());
        super::chrome::dialog(ctx, t!(tr, "author-title"))
            .open(&mut open)
            .show(ctx, |ui| {
                let Some(folder) = &folder else {
                    ui.label(t!(tr, "author-no-folder"));
                    cancel = ui.button(t!(tr, "save-cancel")).clicked();
                    return;
                };
                ui.label(t!(
                    tr,
                    "author-folder",
                    folder = folder.display().to_string()
                ));
                egui::Grid::new("add_slide_grid")
                    .num_columns(2)
                    .show(ui, |ui| {
                        let single = egui::TextEdit::singleline;
                        field(
                            ui,
                            t!(tr, "author-story"),
                            single(&mut form.story).hint_text("my_story"),
                        );
                        if is_new {
                            field(
                                ui,
                                t!(tr, "author-story-title"),
                                single(&mut form.new_title),
                            );
                            field(ui, t!(tr, "author-author"), single(&mut form.author));
                            field(ui, t!(tr, "author-about"), single(&mut form.about));
                        }
                        field(ui, t!(tr, "author-slide-title"), single(&mut form.title));
                        let text = egui::TextEdit::multiline(&mut form.text).desired_rows(3);
                        field(ui, t!(tr, "author-text"), text);
                        let hint = t!(tr, "author-sources-hint");
                        field(
                            ui,
                            t!(tr, "author-sources"),
                            single(&mut form.sources).hint_text(hint),
                        );
                        field(ui, t!(tr, "author-notes"), single(&mut form.notes));
                    });
                ui.label(
                    egui::RichText::new(t!(tr, "author-what", date = tr.day(s.time.date))).weak(),
                );
                if let Some(e) = &form.error {
                    ui.colored_label(ui.visuals().error_fg_color, e);
                }
                ui.horizontal(|ui| {
                    add = ui.button(t!(tr, "author-add")).clicked();
                    cancel = ui.button(t!(tr, "save-cancel")).clicked();
                });
            });
        if add && let (Some(folder), Some(s)) = (&folder, self.session.as_deref()) {
            match write_slide(folder, &form, is_new, s) {
                Ok((path, n)) => {
                    self.source.notice = Some(Notice::SlideAdded { path, n });
                    return;
                }
                Err(e) => form.error = Some(e),
            }
        }
        if open && !cancel {
            self.add_slide = Some(form);
        }
    }
}

/// Check the form and append its slide (with the screen's date, view, point of view,
/// selection and comparison) to its story file. Returns the file and the slide's number.
fn write_slide(
    folder: &Path,
    form: &AddSlide,
    is_new: bool,
    s: &Session,
) -> Result<(PathBuf, usize), String> {
    let tr = s.data.i18n.tr(s.ui_lang);
    if !valid_id(&form.story) {
        return Err(t!(tr, "author-bad-id"));
    }
    let filled = |v: &str| !v.trim().is_empty();
    let header_ok = !is_new
        || [&form.new_title, &form.author, &form.about]
            .iter()
            .all(|v| filled(v));
    if !(filled(&form.title) && filled(&form.text) && header_ok) {
        return Err(t!(tr, "author-missing"));
    }
    let sources: Vec<String> = form
        .sources
        .split([',', ' '])
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
        .collect();
    let unknown: Vec<&str> = sources
        .iter()
        .filter(|id| s.data.sources.get(id.as_str()).is_none())
        .map(String::as_str)
        .collect();
    if sources.is_empty() || !unknown.is_empty() {
        return Err(t!(tr, "author-bad-sources", ids = unknown.join(", ")));
    }
    let select = s.selection.as_ref().map(|s| s.id().to_owned());
    let events = match &s.selection {
        Some(Selection::Event(id)) => vec![id.to_string()],
        _ => Vec::new(),
    };
    let draft = SlideDraft {
        title: form.title.trim().to_owned(),
        text: form.text.trim().to_owned(),
        sources,
        date: Some(s.time.date),
        compare: s.compare.as_ref().map(|c| c.date),
        view: s.map.state.view_box(),
        pov: (s.pov != crate::words::Pov::Attributed).then_some(s.pov),
        select,
        events,
        notes: form.notes.trim().to_owned(),
    };
    let dir = folder.join("stories");
    let path = dir.join(format!("{}.toml", form.story));
    let mut text = if is_new {
        story_header(form.new_title.trim(), form.author.trim(), form.about.trim())
    } else {
        std::fs::read_to_string(&path).map_err(|e| e.to_string())?
    };
    text.push_str(&draft.to_toml());
    let n = text.matches("[[slide]]").count();
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    std::fs::write(&path, text).map_err(|e| e.to_string())?;
    Ok((path, n))
}
