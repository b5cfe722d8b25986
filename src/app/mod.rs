//! The application: the data source, the session, and the panel layout. Panels read the
//! session and push intents, applied once at the end of each frame.

mod about;
mod actions;
mod animate;
mod animate_window;
mod capture;
mod chrome;
mod compare;
mod data_source;
mod icon;
mod notice;
mod panels;
mod pointer;
mod pov;
mod preload;
mod presenter;
mod remember;
mod search;
mod session;
mod shortcuts;
mod stamp;
mod start;
mod state;
pub(crate) mod stored_file;
mod story;
mod story_author;
mod story_menu;
mod vector_image;

pub use actions::SaveImage;
pub use capture::{ImageKind, Layout, Outcome};
pub use compare::Compare;
pub use data_source::{DataSource, FailedLoad};
pub use preload::Preload;
pub use remember::{Remembered, STORAGE_KEY, StoredSelection};
pub use session::{LeftTab, Selection, Session};
pub use shortcuts::{SHORTCUTS, take_pressed};
pub use stored_file::{Repaired, vet_file as vet_settings};

use crate::date::Date;
use crate::t;
use crate::ui::theme;
use crate::words::Lang;
use capture::Capture;
use chrome::{language_picker_ui, theme_picker_ui};
use egui::RichText;
use std::sync::{Arc, Mutex};

/// The window title.
pub const TITLE: &str = "Abkhazia & South Ossetia — atlas";

/// The application.
pub struct AtlasApp {
    session: Option<Box<Session>>,
    source: DataSource,
    /// Whether the problems panel is shown (it opens by itself when a load fails).
    show_problems: bool,
    /// Whether the keyboard shortcuts window is shown.
    show_help: bool,
    /// Whether the *About* window is shown.
    show_about: bool,
    /// The *Save image* window's choices, while it is open.
    save_image: Option<actions::SaveImage>,
    /// A file dialog for *Save image…* under way.
    save_path: Option<std::sync::mpsc::Receiver<Option<std::path::PathBuf>>>,
    /// A capture under way.
    capture: Option<Capture>,
    /// The *Export animation* window's choices, while it is open.
    animation_choice: Option<animate_window::AnimationChoice>,
    /// An animation being rendered (*File › Export animation…*, `--animate`).
    animating: Option<Box<animate::Animating>>,
    /// Where `--screenshot`'s outcome goes (then the window closes).
    screenshot_outcome: Option<Arc<Mutex<Option<Outcome>>>>,
    /// `--screenshot-dir`: the story's slides still to be written.
    slides_out: Option<capture::SlidesOut>,
    /// Whether presenter view is on (the story full screen, the speaker's window open).
    presenter: bool,
    /// The *Add this view as a slide* window, while open.
    add_slide: Option<story_author::AddSlide>,
    /// Whether the state is saved to eframe's storage (not for `--screenshot`).
    remember: bool,
    /// The theme as of the last frame, for [`eframe::App::save`] (which has no context).
    theme: crate::cli::ThemeChoice,
    /// The panels' fill: the window's clear colour.
    panel_fill: theme::PanelFill,
    /// Whether the window's icon is still to be set (after the first frame; see `icon`).
    icon_pending: bool,
    /// The interface language before any data loaded (then the session's).
    ui_lang: Lang,
    /// The catalogues before any data loaded (then the data's own).
    catalog: crate::i18n::Catalog,
    /// The language the window's title was last set in.
    title_lang: Option<Lang>,
}

impl AtlasApp {
    /// The interface's words in the interface language.
    fn tr(&self) -> crate::i18n::Tr<'_> {
        tr_of(self.session.as_deref(), &self.catalog, self.ui_lang)
    }

    /// Where `--screenshot`'s outcome will be put; `None` if this is no screenshot run.
    pub fn screenshot_outcome(&self) -> Option<Arc<Mutex<Option<Outcome>>>> {
        self.screenshot_outcome.clone()
    }

    /// What would be remembered if the app closed now.
    pub fn remembered(&self) -> Option<Remembered> {
        Some(self.session.as_deref()?.remember(self.theme))
    }

    /// The stamp of images, for the current state.
    pub fn stamp_lines(&self) -> Vec<String> {
        self.session
            .as_deref()
            .map(Session::stamp_lines)
            .unwrap_or_default()
    }

    /// Open a data folder (as *File › Open data folder…* does after its dialog).
    pub fn open_folder(&mut self, ctx: &egui::Context, dir: std::path::PathBuf) {
        self.source.open(ctx, dir);
    }

    /// The data source: folder, load under way, last failed load.
    pub fn source(&self) -> &DataSource {
        &self.source
    }
}

impl eframe::App for AtlasApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let frame_no = ctx.cumulative_frame_nr();
        if crate::trace::frame_marked(frame_no) {
            crate::trace::mark(&format!(
                "frame {frame_no} begins ({})",
                crate::trace::causes(&ctx.repaint_causes())
            ));
        }
        if self.icon_pending {
            if frame_no == 0 {
                ctx.request_repaint(); // the icon comes with the next frame
            } else {
                self.icon_pending = false;
                icon::set_in_background(&ctx);
            }
        }
        // The window's title speaks the interface language too.
        let lang = self.session.as_deref().map_or(self.ui_lang, |s| s.ui_lang);
        if self.title_lang != Some(lang) {
            self.title_lang = Some(lang);
            let title = t!(self.tr(), "app-title");
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title));
        }
        let had_failure = self.source.failed.is_some();
        let polled = self.source.poll(&ctx);
        if let Some((format, scope, dir)) = self.source.export_request.take()
            && let Some(s) = self.session.as_deref()
        {
            self.source.export_as(&s.data, (format, scope), &dir);
        }
        // The Events tab asked to export its list: the folder is asked for first.
        if let Some(asked) = self
            .session
            .as_deref_mut()
            .and_then(|s| s.export_asked.take())
        {
            let tr = tr_of(self.session.as_deref(), &self.catalog, self.ui_lang);
            self.source.ask_export_as(&ctx, tr, asked);
        }
        if let Some(data) = polled {
            match &mut self.session {
                Some(s) => s.replace_data(data),
                None => {
                    let mut s = Session::new(data, Date::today());
                    s.ui_lang = self.ui_lang;
                    s.lang = self.ui_lang;
                    self.session = Some(Box::new(s));
                }
            }
        }
        if self.source.failed.is_some() && !had_failure {
            self.show_problems = true;
        }
        self.theme = remember::theme_choice(&ctx);
        let now = ctx.input(|i| i.time);
        if let Some(s) = self.session.as_deref_mut() {
            s.now = now;
        }
        // While an image or an animation is taken, keys do not change what it shows (`Esc`
        // cancels an animation).
        if self.capture.is_none() && self.animating.is_none() {
            let in_story = self.session.as_deref().is_some_and(|s| s.story.is_some());
            for action in shortcuts::take_pressed(&ctx, in_story) {
                self.act(&ctx, action);
            }
        }
        self.poll_save_path();
        self.step_capture(&ctx);
        self.step_animation(&ctx);
        let capturing = (self.capture.as_ref().map(|c| (c.layout, c.stamp)))
            .or(self.animating.as_ref().map(|a| (a.layout(), true)));
        if let Some(s) = self.session.as_deref_mut() {
            s.stamping = capturing.is_some_and(|(_, stamp)| stamp);
            // A drawing of the map (SVG, PDF) is for print and editing: no buttons on it.
            let drawing = self.capture.as_ref().is_some_and(|c| c.kind.is_drawing());
            s.map.state.plain = drawing || matches!(capturing, Some((Layout::MapAndTimeline, _)));
            s.map.state.vector = self.capture.as_ref().is_some_and(Capture::wants_shapes);
            // Playback is the only thing that animates. It advances by the wall time since
            // its last frame and asks for the next frame when the date will next change (a
            // day per second: one frame a second); an idle app asks for no frames.
            if s.time.playing {
                let now = ctx.input(|i| i.time);
                // Frames come a second apart at a day per second; a longer gap (a suspended
                // laptop) is not played through.
                let dt = s.last_tick.map_or(0.0, |t| (now - t).clamp(0.0, 2.0));
                s.last_tick = Some(now);
                s.time.tick(dt);
                // The panels below draw this frame from the new date's snapshot.
                s.sync_to_date();
                if let Some(wait) = s.time.seconds_to_next_day() {
                    ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait));
                }
            } else {
                s.last_tick = None;
            }
            // A story's slide moves the date and the view for a moment; autoplay waits.
            if let Some(wait) = s.step_story(now) {
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait));
            }
        }
        // An animation's progress strip, over what it records (cut off the frames).
        if let Some(a) = self.animating.as_deref_mut() {
            let tr = tr_of(self.session.as_deref(), &self.catalog, self.ui_lang);
            let strip = egui::Panel::top("animation_progress").show(ui, |ui| a.strip_ui(ui, tr));
            a.set_strip(strip.response.rect);
        }
        // *Save image* shows only the map and the timeline while it captures.
        let whole = !matches!(capturing, Some((Layout::MapAndTimeline, _)));
        if whole {
            egui::Panel::top("top_bar").show(ui, |ui| {
                // Wrapped, so that a narrow window puts the theme picker on a second row
                // instead of over *Compare with…*.
                ui.horizontal_wrapped(|ui| {
                    self.file_menu_ui(ui);
                    self.stories_menu_ui(ui);
                    self.help_menu_ui(ui);
                    // The title is the window's too; a narrow window needs the room.
                    if ui.ctx().content_rect().width() >= 1500.0 {
                        ui.separator();
                        ui.label(
                            RichText::new(t!(self.tr(), "app-title"))
                                .strong()
                                .size(16.0),
                        );
                    }
                    ui.separator();
                    let (language, hover, labels) = {
                        let tr = self.tr();
                        (
                            t!(tr, "ui-language"),
                            t!(tr, "ui-language-hover"),
                            t!(tr, "map-labels"),
                        )
                    };
                    let current = self.session.as_deref().map_or(self.ui_lang, |s| s.ui_lang);
                    if let Some(lang) =
                        language_picker_ui(ui, ("ui_language", &language, Some(&hover)), current)
                    {
                        self.ui_lang = lang;
                        if let Some(s) = self.session.as_deref_mut() {
                            s.push(session::Intent::UiLang(lang));
                        }
                    }
                    if let Some(s) = self.session.as_deref_mut() {
                        if let Some(lang) =
                            language_picker_ui(ui, ("label_language", &labels, None), s.lang)
                        {
                            s.push(session::Intent::Lang(lang));
                        }
                        s.pov_and_compare_ui(ui);
                        s.search_ui(ui);
                    }
                    // Right-aligned where it fits beside the rest (its combo box and label
                    // take about 190 points), else on the next row.
                    let tr = self.tr();
                    if ui.available_size_before_wrap().x >= 190.0 {
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            theme_picker_ui(ui, tr)
                        });
                    } else {
                        ui.end_row();
                        theme_picker_ui(ui, tr);
                    }
                });
            });
            if let Some(s) = self.session.as_deref_mut()
                && s.story.is_some()
            {
                egui::Panel::top("story_bar").show(ui, |ui| s.story_bar_ui(ui));
            }
            egui::Panel::bottom("status_line").show(ui, |ui| self.status_line_ui(ui));
            self.problems_panel_ui(ui);
        }
        let tr = tr_of(self.session.as_deref(), &self.catalog, self.ui_lang);
        shortcuts::help_window(&ctx, &mut self.show_help, tr);
        let tr = tr_of(self.session.as_deref(), &self.catalog, self.ui_lang);
        about::about_window(
            &ctx,
            &mut self.show_about,
            self.session.as_deref().map(|s| &s.data),
            tr,
        );
        self.save_image_window(&ctx);
        self.animation_window(&ctx);
        self.presenter_ui(&ctx);
        self.add_slide_window(&ctx);
        let Some(s) = self.session.as_deref_mut() else {
            let text = t!(self.catalog.tr(self.ui_lang), "no-data");
            egui::CentralPanel::default_margins().show(ui, |ui| {
                ui.colored_label(ui.visuals().error_fg_color, text);
            });
            return;
        };
        egui::Panel::bottom("timeline").show(ui, |ui| s.timeline_panel_ui(ui));
        // A narrow window shows the lists or the details, not both: the map keeps its room.
        let narrow = ctx.content_rect().width() < 960.0 && s.selection.is_some();
        if whole && !narrow {
            let (default, min, max) = panels::side_panel_sizes(ctx.content_rect().width(), 300.0);
            egui::Panel::left("lists")
                .resizable(true)
                .default_size(default)
                .min_size(min)
                .max_size(max)
                .show(ui, |ui| s.left_panel_ui(ui));
        }
        if whole {
            s.details_panel_ui(ui);
        }
        s.map_central_panel(ui);
        // A drawing of this frame: every panel and area has painted.
        if let Some(c) = self.capture.as_mut().filter(|c| c.wants_shapes()) {
            c.shapes_written(vector_image::write(&ctx, s, &c.path, c.kind));
        }
        if s.apply_intents() {
            // Every panel drew this frame's state; the next frame shows what changed.
            ctx.request_repaint();
        }
        if crate::trace::frame_marked(frame_no) {
            let [w, h] = ctx.fonts(|f| f.font_image_size());
            crate::trace::mark(&format!("frame {frame_no} laid out (font atlas {w}×{h})"));
        }
    }

    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        if self.capture.is_some() {
            capture::without_pointer(raw_input);
        } else if let Some(a) = self.animating.as_deref() {
            capture::pointer_only_above(raw_input, a.strip_bottom().unwrap_or(0.0));
        }
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        self.panel_fill.clear_color(visuals)
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        // A state that cannot be written keeps what the last run stored, rather than an empty
        // string that would forget it all.
        if let (true, Some(r)) = (self.remember, self.remembered()) {
            match r.to_json() {
                Ok(json) => storage.set_string(STORAGE_KEY, json),
                Err(e) => eprintln!("the view could not be remembered: {e}"),
            }
        }
    }

    fn persist_egui_memory(&self) -> bool {
        // Panel widths and window positions live in egui's memory; a screenshot run must
        // not overwrite what the user's own session left.
        self.remember
    }
}

/// The interface's words: the session's data and language, else (before any data loaded)
/// the built-in catalogues in the language chosen at start. A free function over the fields,
/// so that a caller may borrow another field beside it.
fn tr_of<'a>(
    session: Option<&'a Session>,
    catalog: &'a crate::i18n::Catalog,
    ui_lang: Lang,
) -> crate::i18n::Tr<'a> {
    match session {
        Some(s) => s.data.i18n.tr(s.ui_lang),
        None => catalog.tr(ui_lang),
    }
}
