//! Starting the app: fonts and theme, the embedded (or preloaded) data, the remembered state,
//! then the command line's flags over it; a load error or a forgotten state is shown, never a
//! panic.

use super::capture::{Capture, SlidesOut};
use super::{AtlasApp, DataSource, FailedLoad, Layout, Preload, Remembered, STORAGE_KEY, Session};
use super::{notice, remember};
use crate::cli::Options;
use crate::date::Date;
use crate::ui::theme;
use crate::words::Lang;
use std::sync::Arc;

impl AtlasApp {
    /// Build the app from the command-line options and what eframe's storage remembered:
    /// install fonts, load the embedded data, restore the last state (flags override it),
    /// and start loading `--data` if given. A load error is shown, never a panic.
    pub fn new(cc: &eframe::CreationContext<'_>, options: &Options, data: Preload) -> Self {
        let stored = cc
            .storage
            .filter(|_| !options.captures())
            .and_then(|s| s.get_string(STORAGE_KEY));
        let mut app = Self::start_with(
            &cc.egui_ctx,
            options,
            (Date::today(), crate::i18n::system_lang()),
            stored.as_deref(),
            data,
        );
        // eframe clears the window with the panels' fill: the panels need not fill again.
        theme::unfill_panels(&cc.egui_ctx);
        app.icon_pending = true;
        app
    }

    /// Say at start what [`vet_settings`](super::vet_settings) reset in eframe's settings
    /// file (it comes before any other notice of the start: it explains them).
    pub fn report_repaired(&mut self, repaired: Option<super::Repaired>) {
        if let Some(r) = repaired {
            self.source.notice = Some(notice::Notice::Repaired(r));
        }
    }

    /// Build the app with the embedded data, as if today were `today` (tests pin the date).
    pub fn with_today(ctx: &egui::Context, today: Date) -> Self {
        Self::start(ctx, &Options::default(), today, None)
    }

    /// Build the app from options, as if today were `today`, with a remembered state (the
    /// text eframe's storage holds under [`STORAGE_KEY`]), if any.
    pub fn start(
        ctx: &egui::Context,
        options: &Options,
        today: Date,
        remembered: Option<&str>,
    ) -> Self {
        Self::start_with(ctx, options, (today, Lang::En), remembered, Preload::None)
    }

    /// [`AtlasApp::start`] with data already loaded (the tests load the shipped data once
    /// and start many apps from it).
    pub fn start_with_data(
        ctx: &egui::Context,
        options: &Options,
        today: Date,
        remembered: Option<&str>,
        data: crate::Dataset,
    ) -> Self {
        let preload = Preload::Ready(Box::new(Ok(data)));
        Self::start_with(ctx, options, (today, Lang::En), remembered, preload)
    }

    fn start_with(
        ctx: &egui::Context,
        options: &Options,
        (today, ui_lang): (Date, Lang),
        remembered: Option<&str>,
        preload: Preload,
    ) -> Self {
        theme::install(ctx);
        crate::trace::mark("fonts installed");
        let started = std::time::Instant::now();
        let mut source = DataSource::default();
        let mut session = match preload.take() {
            Ok(data) => {
                source.loaded = Some((std::time::SystemTime::now(), started.elapsed()));
                let mut s = Session::new(data, today);
                s.ui_lang = ui_lang;
                s.lang = ui_lang;
                Some(Box::new(s))
            }
            Err(problems) => {
                source.failed = Some(FailedLoad {
                    what: None,
                    problems,
                });
                None
            }
        };
        crate::trace::mark("embedded data loaded");
        if let Some(text) = remembered {
            match Remembered::from_json(text) {
                Ok(r) => {
                    ctx.set_theme(remember::theme_preference(r.theme));
                    if let Some(s) = session.as_deref_mut() {
                        let dropped = s.restore(&r);
                        if !dropped.is_empty() {
                            source.notice = Some(notice::Notice::NotRestored(dropped));
                        }
                    }
                }
                Err(why) => source.notice = Some(notice::Notice::Forgotten(why)),
            }
        }
        if let Some(t) = options.theme {
            ctx.set_theme(remember::theme_preference(t));
        }
        if let Some(s) = session.as_deref_mut() {
            s.start_story(options);
            s.start_with(options);
        }
        if let Some(dir) = &options.data {
            source.open(ctx, dir.clone());
        }
        let ui_lang = options.ui_lang.unwrap_or(ui_lang);
        let catalog = session
            .as_deref()
            .map_or_else(crate::i18n::Catalog::embedded, |s| s.data.i18n.clone());
        // `--screenshot-dir`: the story's slides, one image each, from `--slide` on (the story
        // may be a data folder's, still loading).
        let slides_out = options
            .screenshot_dir
            .as_ref()
            .zip(options.story.as_ref())
            .map(|(dir, story)| {
                // A folder that cannot be made is reported when the first image is written.
                let _made = std::fs::create_dir_all(dir);
                SlidesOut {
                    dir: dir.clone(),
                    story: story.clone(),
                }
            });
        let first_slide = options.slide.map_or(0, |n| n.saturating_sub(1) as usize);
        let path = match (&options.screenshot, &slides_out) {
            (Some(path), _) => Some(path.clone()),
            (None, Some(out)) => Some(out.path(first_slide)),
            (None, None) => None,
        };
        let animating = options
            .animation()
            .map(|ask| Box::new(super::animate::Animating::new(ask)));
        let (capture, mut screenshot_outcome) = match path {
            Some(path) => (
                Some(Capture::new(
                    path,
                    options.size,
                    !options.no_stamp,
                    Layout::Window,
                )),
                Some(Arc::default()),
            ),
            None => (None, None),
        };
        if animating.is_some() {
            screenshot_outcome = Some(Arc::default());
        }
        Self {
            session,
            show_problems: source.failed.is_some(),
            source,
            show_help: false,
            show_about: false,
            save_image: None,
            save_path: None,
            remember: capture.is_none(),
            capture,
            animating,
            animation_choice: None,
            screenshot_outcome,
            slides_out,
            presenter: false,
            add_slide: None,
            theme: remember::theme_choice(ctx),
            panel_fill: theme::PanelFill::of(ctx),
            icon_pending: false,
            ui_lang,
            catalog,
            title_lang: None,
        }
    }
}
