//! What the app does for shortcuts and menu items beyond the session: copy a link to the
//! view, quit, the shortcuts window, and saving an image (its window, file dialog and
//! capture).

use super::AtlasApp;
use super::capture::{Capture, ImageKind, Layout};
use super::notice::Notice;
use super::session::Session;
use super::shortcuts::{Action, key_of};
use crate::t;
use std::path::{Path, PathBuf};
use std::sync::mpsc::channel;

/// The *Save image* window's choices.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SaveImage {
    /// Image size in pixels; `None`: the window's.
    pub size: Option<[u32; 2]>,
    /// Whether the stamp goes on the image.
    pub stamp: bool,
    /// A PNG of the map and the timeline, or a drawing of the map (SVG, PDF).
    pub kind: ImageKind,
}

/// Larger sizes offered besides the window's.
const SIZES: [[u32; 2]; 3] = [[1920, 1080], [2560, 1440], [3840, 2160]];

impl AtlasApp {
    /// Do what a shortcut or menu item asks.
    pub(super) fn act(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::OpenFolder => {
                let tr = super::tr_of(self.session.as_deref(), &self.catalog, self.ui_lang);
                self.source.ask_open(ctx, tr);
            }
            Action::Reload => self.source.reload(ctx),
            Action::SaveImage => {
                self.save_image.get_or_insert(SaveImage {
                    size: None,
                    stamp: true,
                    kind: ImageKind::Png,
                });
            }
            Action::CopyLink => {
                if let Some(link) = self.link() {
                    ctx.copy_text(link.clone());
                    self.source.notice = Some(Notice::Copied(link));
                }
            }
            Action::CiteView => {
                let cited = self.session.as_deref().zip(self.link());
                if let Some(text) = cited.map(|(s, link)| s.citation(&link)) {
                    ctx.copy_text(text.clone());
                    self.source.notice = Some(Notice::Copied(text));
                }
            }
            Action::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Action::Help => self.show_help = !self.show_help,
            other => {
                if let Some(s) = self.session.as_deref_mut() {
                    s.act(other);
                }
            }
        }
    }

    /// The command line that reopens this view: date, selection, view box, label language,
    /// and the data folder if one is open.
    pub fn link(&self) -> Option<String> {
        let s = self.session.as_deref()?;
        Some(s.link(&program(), self.source.folder()))
    }

    pub(super) fn help_menu_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let tr = self.tr();
        let [help, shortcuts, about] = [
            t!(tr, "menu-help"),
            t!(tr, "help-shortcuts"),
            t!(tr, "help-about"),
        ];
        ui.menu_button(help, |ui| {
            if menu_item(ui, &ctx, &shortcuts, Action::Help) {
                self.show_help = true;
            }
            if ui.button(about).clicked() {
                self.show_about = true;
                ui.close();
            }
        });
    }

    /// The *Save image* window: a size, the stamp, then the file dialog.
    pub(super) fn save_image_window(&mut self, ctx: &egui::Context) {
        let Some(mut choice) = self.save_image else {
            return;
        };
        let ppp = ctx.pixels_per_point();
        let window = ctx.content_rect().size() * ppp;
        let mut open = true;
        let (mut save, mut cancel) = (false, false);
        let tr = super::tr_of(self.session.as_deref(), &self.catalog, self.ui_lang);
        super::chrome::dialog(ctx, t!(tr, "save-title"))
            .open(&mut open)
            .show(ctx, |ui| {
                ui.radio_value(&mut choice.kind, ImageKind::Png, t!(tr, "save-kind-png"));
                ui.radio_value(&mut choice.kind, ImageKind::Svg, t!(tr, "save-kind-svg"));
                ui.radio_value(&mut choice.kind, ImageKind::Pdf, t!(tr, "save-kind-pdf"));
                ui.separator();
                ui.label(t!(tr, "save-size"));
                ui.radio_value(
                    &mut choice.size,
                    None,
                    t!(
                        tr,
                        "save-this-window",
                        width = format!("{:.0}", window.x),
                        height = format!("{:.0}", window.y)
                    ),
                );
                for size in SIZES {
                    ui.radio_value(
                        &mut choice.size,
                        Some(size),
                        format!("{}×{}", size[0], size[1]),
                    );
                }
                ui.checkbox(&mut choice.stamp, t!(tr, "save-stamp"));
                ui.horizontal(|ui| {
                    save = ui.button(t!(tr, "save-button")).clicked();
                    cancel = ui.button(t!(tr, "save-cancel")).clicked();
                });
            });
        self.save_image = (open && !cancel).then_some(choice);
        if save {
            self.ask_save_path(ctx);
        }
    }

    fn ask_save_path(&mut self, ctx: &egui::Context) {
        if self.save_path.is_some() {
            return;
        }
        let kind = self.save_image.map_or(ImageKind::Png, |c| c.kind);
        let extension = kind.extension();
        let name = self.session.as_deref().map_or_else(
            || format!("atlas.{extension}"),
            |s| format!("atlas-{}.{extension}", s.time.date),
        );
        let tr = self.tr();
        let title = t!(tr, "save-dialog-title");
        let filter = match kind {
            ImageKind::Png => t!(tr, "save-png"),
            ImageKind::Svg => t!(tr, "save-svg"),
            ImageKind::Pdf => t!(tr, "save-pdf"),
        };
        let (tx, rx) = channel();
        let repaint = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("save dialog".to_owned())
            .spawn(move || {
                let path = rfd::FileDialog::new()
                    .set_title(title)
                    .set_file_name(name)
                    .add_filter(filter, &[extension])
                    .save_file();
                let _ = tx.send(path);
                repaint.request_repaint();
            });
        match spawned {
            Ok(_) => self.save_path = Some(rx),
            Err(e) => self.source.notice = Some(Notice::DialogFailed(e.to_string())),
        }
    }

    /// Start the capture once the file dialog answered.
    pub(super) fn poll_save_path(&mut self) {
        let Some(rx) = &self.save_path else {
            return;
        };
        let answer = match rx.try_recv() {
            Ok(answer) => answer,
            Err(std::sync::mpsc::TryRecvError::Empty) => return,
            // The dialog's thread ended without an answer: as if cancelled.
            Err(std::sync::mpsc::TryRecvError::Disconnected) => None,
        };
        self.save_path = None;
        let (Some(path), Some(choice)) = (answer, self.save_image.take()) else {
            return; // cancelled
        };
        self.save_image_to(with_extension(path, choice.kind.extension()), choice);
    }

    /// Save an image to `path` (what *Save…* does after its dialog).
    pub fn save_image_to(&mut self, path: PathBuf, choice: SaveImage) {
        self.capture = Some(Capture::new(
            path,
            choice.size,
            choice.stamp,
            Layout::MapAndTimeline,
        ));
    }

    /// Advance a capture; when it ends, say so (or hand `--screenshot`'s outcome to `main`
    /// and close).
    pub(super) fn step_capture(&mut self, ctx: &egui::Context) {
        let busy = self.source.loading().is_some() || self.session.is_none();
        let no_story = self.slides_out.as_ref().filter(|_| {
            !busy
                && self.capture.is_some()
                && self.session.as_deref().is_some_and(|s| s.story.is_none())
        });
        let outcome = match no_story {
            Some(out) => Some(Err(format!("no story \"{}\" in the data", out.story))),
            None => self.capture.as_mut().and_then(|c| c.step(ctx, busy)),
        };
        let Some(outcome) = outcome else {
            return;
        };
        let finished = self.capture.take();
        // `--screenshot-dir`: on to the next slide while there is one.
        if let (Ok(_), Some(out), Some(done), Some(s)) = (
            &outcome,
            &self.slides_out,
            &finished,
            self.session.as_deref_mut(),
        ) && let Some(next) = s.next_slide()
        {
            s.show_slide_at_once(next);
            self.capture = Some(Capture::new(
                out.path(next),
                done.size,
                done.stamp,
                done.layout,
            ));
            ctx.request_repaint();
            return;
        }
        let outcome = match (&self.slides_out, outcome) {
            (Some(out), Ok((_, size))) => Ok((out.dir.clone(), size)),
            (_, outcome) => outcome,
        };
        if let Some(slot) = &self.screenshot_outcome {
            if let Ok(mut s) = slot.lock() {
                *s = Some(outcome);
            }
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        self.source.notice = Some(match outcome {
            Ok((path, size)) => Notice::Saved { path, size },
            Err(e) => Notice::NotSaved(e.to_string()),
        });
    }
}

/// A menu button showing the shortcut of `action`; true when clicked (the menu closes).
pub(super) fn menu_item(
    ui: &mut egui::Ui,
    ctx: &egui::Context,
    label: &str,
    action: Action,
) -> bool {
    let mut b = egui::Button::new(label);
    if let Some(k) = key_of(action) {
        b = b.shortcut_text(ctx.format_shortcut(&k));
    }
    ui.add(b).clicked()
}

impl Session {
    /// The command line that reopens this view, starting with `program`.
    pub(super) fn link(&self, program: &str, folder: Option<&Path>) -> String {
        let mut args = vec![quote(program)];
        if let Some(dir) = folder {
            args.push(format!("--data {}", quote(&dir.display().to_string())));
        }
        args.push(format!("--date {}", self.time.date));
        if let Some(s) = &self.selection {
            args.push(format!("--select {}", quote(s.id())));
        }
        if let Some(b) = self
            .map
            .state
            .view_box()
            .filter(|_| !self.map.state.at_home)
        {
            args.push(format!("--view {b}"));
        }
        args.push(format!("--lang {}", self.lang.id()));
        if self.pov != crate::words::Pov::Attributed {
            args.push(format!("--pov {}", self.pov.id()));
        }
        if let Some(c) = &self.compare {
            args.push(format!("--compare {}", c.date));
        }
        if let Some(s) = &self.story {
            args.push(format!(
                "--story {} --slide {}",
                quote(s.id.as_str()),
                s.slide + 1
            ));
        }
        args.join(" ")
    }
}

/// How to call this program: its bare name when the shell finds it on `PATH`, else its path.
fn program() -> String {
    let Ok(exe) = std::env::current_exe() else {
        return env!("CARGO_PKG_NAME").to_owned();
    };
    let name = exe
        .file_name()
        .map_or_else(|| env!("CARGO_PKG_NAME").into(), |n| n.to_string_lossy());
    let on_path = std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|dir| dir.join(name.as_ref()) == exe));
    if on_path {
        name.into_owned()
    } else {
        exe.display().to_string()
    }
}

/// Quote for the system's shell when needed: a POSIX shell's single quotes, or on Windows
/// double quotes, which `cmd` reads (there a backslash is a path's, not an escape).
fn quote(s: &str) -> String {
    let plain = |c: char| {
        c.is_ascii_alphanumeric() || "-_./,:=+@%".contains(c) || (cfg!(windows) && c == '\\')
    };
    if !s.is_empty() && s.chars().all(plain) {
        s.to_owned()
    } else if cfg!(windows) {
        format!("\"{}\"", s.replace('"', "\\\""))
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    let has = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(extension));
    if has {
        path
    } else {
        path.with_extension(extension)
    }
}
