//! The application: the data source, the session, and the panel layout. Panels read the
//! session and push intents, applied once at the end of each frame.

mod chrome;
mod data_source;
mod legend;
mod panels;
mod session;

pub use data_source::{DataSource, FailedLoad};
pub use session::{Intent, LeftTab, Selection, Session};

use crate::Dataset;
use crate::chronicle::Snapshot;
use crate::cli::Options;
use crate::date::Date;
use crate::projection::LonLat;
use crate::time_control::TimeControl;
use crate::ui::map::MapState;
use crate::ui::theme;
use chrome::{language_picker_ui, theme_picker_ui};
use egui::{Key, KeyboardShortcut, Modifiers, Pos2, Rect, RichText};

/// The heading of the list of events held off the map (for tests).
pub const ELSEWHERE_HEADING: &str = crate::ui::elsewhere::HEADING;

/// The window title.
pub const TITLE: &str = "Abkhazia & South Ossetia — atlas";

/// *File › Reload*.
pub const RELOAD: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::R);
/// *File › Open data folder…*.
pub const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);

/// The application.
pub struct AtlasApp {
    session: Option<Box<Session>>,
    source: DataSource,
    /// Whether the problems panel is shown (it opens by itself when a load fails).
    show_problems: bool,
}

impl AtlasApp {
    /// Build the app from the command-line options: install fonts, load the embedded data,
    /// and start loading `--data` if given. A load error is shown, never a panic.
    pub fn new(ctx: &egui::Context, options: &Options) -> Self {
        Self::with_options(ctx, options, Date::today())
    }

    /// Build the app with the embedded data, as if today were `today` (tests pin the date).
    pub fn with_today(ctx: &egui::Context, today: Date) -> Self {
        Self::with_options(ctx, &Options::default(), today)
    }

    /// Build the app from options, as if today were `today`.
    pub fn with_options(ctx: &egui::Context, options: &Options, today: Date) -> Self {
        theme::install(ctx);
        let started = std::time::Instant::now();
        let mut source = DataSource::default();
        let session = match Dataset::embedded() {
            Ok(data) => {
                source.loaded = Some((std::time::SystemTime::now(), started.elapsed()));
                Some(Box::new(Session::new(data, today)))
            }
            Err(problems) => {
                source.failed = Some(FailedLoad {
                    what: "embedded data".to_owned(),
                    problems,
                });
                None
            }
        };
        if let Some(dir) = &options.data {
            source.open(ctx, dir.clone());
        }
        Self {
            session,
            show_problems: source.failed.is_some(),
            source,
        }
    }

    /// Open a data folder (as *File › Open data folder…* does after its dialog).
    pub fn open_folder(&mut self, ctx: &egui::Context, dir: std::path::PathBuf) {
        self.source.open(ctx, dir);
    }

    /// The data source: folder, load under way, last failed load.
    pub fn source(&self) -> &DataSource {
        &self.source
    }

    /// The data in use, if any loaded.
    pub fn data(&self) -> Option<&Dataset> {
        self.session.as_deref().map(|s| &s.data)
    }

    /// The chosen date.
    pub fn date(&self) -> Option<Date> {
        self.session.as_deref().map(|s| s.time.date)
    }

    /// The time control (date, playback, visible span).
    pub fn time(&self) -> Option<&TimeControl> {
        self.session.as_deref().map(|s| &s.time)
    }

    /// What holds on the chosen date.
    pub fn snapshot(&self) -> Option<&Snapshot> {
        self.session.as_deref().map(|s| &s.snapshot)
    }

    /// The current selection.
    pub fn selection(&self) -> Option<&Selection> {
        self.session.as_deref().and_then(|s| s.selection.as_ref())
    }

    /// The id of the selected region.
    pub fn selected_region_id(&self) -> Option<&str> {
        match self.selection()? {
            Selection::Region(id) => Some(id),
            Selection::Event(_) => None,
        }
    }

    /// The id of the selected event.
    pub fn selected_event_id(&self) -> Option<&str> {
        match self.selection()? {
            Selection::Event(id) => Some(id),
            Selection::Region(_) => None,
        }
    }

    /// Map state (pan, zoom, language), once data has loaded.
    pub fn map_state(&self) -> Option<&MapState> {
        self.session.as_deref().map(|s| &s.map)
    }

    /// Where a geographic position was drawn in the last frame.
    pub fn screen_pos(&self, p: LonLat) -> Option<Pos2> {
        Some(
            self.session
                .as_deref()?
                .map
                .projector()?
                .screen_from_lonlat(p),
        )
    }

    /// The timeline axis' rectangle in the last frame.
    pub fn timeline_axis_rect(&self) -> Option<Rect> {
        self.session.as_deref()?.timeline_axis
    }
}

impl eframe::App for AtlasApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let had_failure = self.source.failed.is_some();
        if let Some(data) = self.source.poll(&ctx) {
            match &mut self.session {
                Some(s) => s.replace_data(data),
                None => self.session = Some(Box::new(Session::new(data, Date::today()))),
            }
        }
        if self.source.failed.is_some() && !had_failure {
            self.show_problems = true;
        }
        let (open, reload) =
            ctx.input_mut(|i| (i.consume_shortcut(&OPEN), i.consume_shortcut(&RELOAD)));
        if open {
            self.source.ask_open(&ctx);
        }
        if reload {
            self.source.reload(&ctx);
        }
        if let Some(s) = self.session.as_deref_mut() {
            s.keyboard(&ctx);
            if s.time.playing {
                let dt = f64::from(ctx.input(|i| i.stable_dt).min(0.1));
                s.time.tick(dt);
                // Playback is the only thing that animates; an idle app asks for no frames.
                ctx.request_repaint();
            }
        }
        egui::Panel::top("top_bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                self.file_menu_ui(ui);
                ui.separator();
                ui.label(RichText::new(TITLE).strong().size(16.0));
                ui.separator();
                if let Some(s) = self.session.as_deref_mut() {
                    language_picker_ui(ui, &mut s.map.language);
                }
                ui.with_layout(
                    egui::Layout::right_to_left(egui::Align::Center),
                    theme_picker_ui,
                );
            });
        });
        egui::Panel::bottom("status_line").show(ui, |ui| self.status_line_ui(ui));
        self.problems_panel_ui(ui);
        let Some(s) = self.session.as_deref_mut() else {
            egui::CentralPanel::default_margins().show(ui, |ui| {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    "No data could be loaded; see the problems below, or open a data folder (File › Open data folder…).",
                );
            });
            return;
        };
        egui::Panel::bottom("timeline").show(ui, |ui| s.timeline_panel_ui(ui));
        egui::Panel::left("lists")
            .resizable(true)
            .default_size(300.0)
            .min_size(220.0)
            .show(ui, |ui| s.left_panel_ui(ui));
        s.details_panel_ui(ui);
        egui::CentralPanel::default().show(ui, |ui| s.map_panel_ui(ui));
        if s.apply_intents() {
            // Every panel drew this frame's state; the next frame shows what changed.
            ctx.request_repaint();
        }
    }
}
