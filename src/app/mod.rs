//! The application: the data source, the session, and the panel layout. Panels read the
//! session and push intents, applied once at the end of each frame.

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
use crate::ui::map::{LabelLanguage, MapState};
use crate::ui::problems::problems_ui;
use crate::ui::theme;
use egui::{Key, KeyboardShortcut, Modifiers, Pos2, Rect, RichText};

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

    fn file_menu_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        ui.menu_button("File", |ui| {
            if ui
                .add(
                    egui::Button::new("Open data folder…")
                        .shortcut_text(ctx.format_shortcut(&OPEN)),
                )
                .clicked()
            {
                self.source.ask_open(&ctx);
            }
            if ui
                .add(egui::Button::new("Reload").shortcut_text(ctx.format_shortcut(&RELOAD)))
                .clicked()
            {
                self.source.reload(&ctx);
            }
            if ui.button("Export data…").clicked() {
                self.source.ask_export(&ctx);
            }
            if self.source.folder().is_some() && ui.button("Use the embedded data").clicked() {
                self.source = DataSource::default();
                self.source.reload(&ctx);
            }
        });
    }

    fn status_line_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        ui.horizontal(|ui| {
            let data = self.session.as_deref().map(|s| &s.data);
            let what = data.map_or("no data", |d| d.description.as_str());
            let mut text = format!("Data: {what}");
            let mut hover = "The data the map and panels show".to_owned();
            if let Some((at, took)) = self.source.loaded {
                let when = format!(
                    "loaded {} in {} ms",
                    data_source::utc_time(at),
                    took.as_millis()
                );
                // The built-in data's load time is only on hover, so the view (and the UI
                // tests' snapshots) do not change from run to run.
                if data.is_some_and(|d| d.origin != crate::load::Origin::Embedded) {
                    text.push_str(&format!(" · {when}"));
                }
                hover = format!("{hover}; {when}");
            }
            ui.label(RichText::new(text).small()).on_hover_text(hover);
            if let Some(d) = data
                && !d.warnings.is_empty()
            {
                ui.label(
                    RichText::new(format!("· {}", d.warnings.summary()))
                        .small()
                        .color(ui.visuals().warn_fg_color),
                )
                .on_hover_text(d.warnings.report());
            }
            if let Some((what, since)) = self.source.loading() {
                ui.spinner();
                ui.label(
                    RichText::new(format!("loading {what} ({:.1} s)…", since.as_secs_f32()))
                        .small(),
                );
                // Show the time going by while a worker loads.
                ctx.request_repaint_after(std::time::Duration::from_millis(250));
            }
            if let Some(failed) = &self.source.failed {
                let label = format!(
                    "{}: {} — not applied",
                    failed.what,
                    failed.problems.summary()
                );
                if ui
                    .link(
                        RichText::new(label)
                            .small()
                            .color(ui.visuals().error_fg_color),
                    )
                    .on_hover_text("Show the problems")
                    .clicked()
                {
                    self.show_problems = true;
                }
            }
            if let Some(notice) = &self.source.notice {
                ui.label(RichText::new(format!("· {notice}")).small());
            }
            if let Some(dir) = self.source.exported.clone()
                && ui.small_button("Open it").clicked()
            {
                self.source.exported = None;
                self.source.open(&ctx, dir);
            }
        });
    }

    fn problems_panel_ui(&mut self, ui: &mut egui::Ui) {
        let Some(failed) = &self.source.failed else {
            return;
        };
        if !self.show_problems {
            return;
        }
        let showing = self.session.as_deref().map_or_else(
            || "nothing".to_owned(),
            |s| format!("the last good data ({})", s.data.description),
        );
        let mut close = false;
        egui::Panel::bottom("problems")
            .resizable(true)
            .default_size(160.0)
            .min_size(80.0)
            .show(ui, |ui| {
                close = problems_ui(
                    ui,
                    &failed.what,
                    failed.problems.iter(),
                    &failed.problems.summary(),
                    &showing,
                );
            });
        if close {
            self.show_problems = false;
        }
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

fn language_picker_ui(ui: &mut egui::Ui, language: &mut LabelLanguage) {
    egui::ComboBox::new("label_language", "Map labels")
        .selected_text(language.label())
        .show_ui(ui, |ui| {
            for l in LabelLanguage::ALL {
                ui.selectable_value(language, l, l.label());
            }
        });
}

/// Follow the system theme, or force light or dark. Text, not emoji icons: the embedded
/// fonts have no colour emoji.
fn theme_picker_ui(ui: &mut egui::Ui) {
    let mut pref = ui.options(|o| o.theme_preference);
    let before = pref;
    egui::ComboBox::new("theme", "Theme")
        .selected_text(theme_name(pref))
        .show_ui(ui, |ui| {
            for p in [
                egui::ThemePreference::System,
                egui::ThemePreference::Light,
                egui::ThemePreference::Dark,
            ] {
                ui.selectable_value(&mut pref, p, theme_name(p));
            }
        });
    if pref != before {
        ui.ctx().set_theme(pref);
    }
}

fn theme_name(p: egui::ThemePreference) -> &'static str {
    match p {
        egui::ThemePreference::System => "Follow system",
        egui::ThemePreference::Light => "Light",
        egui::ThemePreference::Dark => "Dark",
    }
}
