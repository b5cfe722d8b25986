//! Presenter view: the story full screen in the main window, and a second window for the
//! speaker with the slide's notes and what comes next (an egui viewport: a native window
//! where the platform has them, a window inside the main one elsewhere).

use super::AtlasApp;
use super::session::{Intent, Session};
use crate::t;
use crate::ui::story_bar::StoryIntent;

impl AtlasApp {
    /// Open or close presenter view.
    pub(super) fn set_presenter(&mut self, ctx: &egui::Context, on: bool) {
        if self.presenter != on {
            self.presenter = on;
            ctx.send_viewport_cmd_to(
                egui::ViewportId::ROOT,
                egui::ViewportCommand::Fullscreen(on),
            );
        }
    }

    /// The speaker's window, while presenter view is on and a story is told.
    pub(super) fn presenter_ui(&mut self, ctx: &egui::Context) {
        if !self.presenter {
            return;
        }
        let telling = self.session.as_deref().is_some_and(|s| s.story.is_some());
        if !telling {
            self.set_presenter(ctx, false);
            return;
        }
        let Some(s) = self.session.as_deref_mut() else {
            return;
        };
        let tr = s.data.i18n.tr(s.ui_lang);
        let title = s.story().map_or_else(String::new, |(story, _)| {
            story.title.get(s.ui_lang).0.to_owned()
        });
        let builder = egui::ViewportBuilder::default()
            .with_title(t!(tr, "presenter-title", story = title))
            .with_inner_size([560.0, 420.0]);
        let mut close = false;
        ctx.show_viewport_immediate(
            egui::ViewportId::from_hash_of("presenter"),
            builder,
            |ui, _class| {
                close |= ui.input(|i| i.viewport().close_requested());
                egui::CentralPanel::default_margins().show(ui, |ui| {
                    close |= s.presenter_panel_ui(ui);
                });
            },
        );
        if close {
            self.set_presenter(ctx, false);
        }
    }
}

impl Session {
    /// The speaker's panel: slide n of N, its notes, the next slide, and the keys to move.
    /// Returns whether the speaker closed it.
    fn presenter_panel_ui(&mut self, ui: &mut egui::Ui) -> bool {
        let tr = self.data.i18n.tr(self.ui_lang);
        let lang = self.ui_lang;
        let Some((story, state)) = self.story() else {
            return true;
        };
        let count = story.slides.len();
        let (at, next) = (
            story.slides.get(state.slide),
            story.slides.get(state.slide + 1),
        );
        let mut intents = Vec::new();
        let mut close = false;
        ui.horizontal(|ui| {
            if ui.button(t!(tr, "story-previous")).clicked() {
                intents.push(StoryIntent::Go(state.slide.saturating_sub(1)));
            }
            if ui.button(t!(tr, "story-next")).clicked() {
                intents.push(StoryIntent::Go(state.slide + 1));
            }
            ui.label(
                egui::RichText::new(t!(tr, "story-slide", n = state.slide + 1, count = count))
                    .strong(),
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                close = ui.button(t!(tr, "presenter-close")).clicked();
            });
        });
        ui.separator();
        if let Some(slide) = at {
            ui.label(egui::RichText::new(slide.title.get(lang).0).heading());
            ui.label(egui::RichText::new(t!(tr, "presenter-notes")).strong());
            match &slide.notes {
                Some(notes) => ui.label(egui::RichText::new(notes).size(18.0)),
                None => ui.label(egui::RichText::new(t!(tr, "presenter-no-notes")).weak()),
            };
        }
        ui.separator();
        match next {
            Some(n) => {
                ui.label(egui::RichText::new(t!(tr, "presenter-next")).strong());
                ui.label(format!(
                    "{} — {}",
                    tr.day(n.shown_day()),
                    n.title.get(lang).0
                ));
                ui.label(egui::RichText::new(n.text.get(lang).0).weak());
            }
            None => {
                ui.label(egui::RichText::new(t!(tr, "presenter-last")).weak());
            }
        }
        // The speaker's keys work here too.
        ui.input(|i| {
            if i.key_pressed(egui::Key::ArrowRight) || i.key_pressed(egui::Key::PageDown) {
                intents.push(StoryIntent::Go(state.slide + 1));
            }
            if i.key_pressed(egui::Key::ArrowLeft) || i.key_pressed(egui::Key::PageUp) {
                intents.push(StoryIntent::Go(state.slide.saturating_sub(1)));
            }
        });
        self.intents.extend(intents.into_iter().map(Intent::Story));
        close
    }
}
