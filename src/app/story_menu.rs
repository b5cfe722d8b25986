//! *Stories*: the shipped stories and the data folder's own, to open one; leaving the story;
//! and *Reduce motion*.

use super::AtlasApp;
use crate::t;

impl AtlasApp {
    /// The *Stories* menu of the top bar.
    pub(super) fn stories_menu_ui(&mut self, ui: &mut egui::Ui) {
        let now = ui.input(|i| i.time);
        let mut presenter = self.presenter;
        let mut add = false;
        let Some(s) = self.session.as_deref_mut() else {
            return;
        };
        let tr = s.data.i18n.tr(s.ui_lang);
        let mut open = None;
        let mut leave = false;
        let mut reduce = s.reduce_motion;
        ui.menu_button(t!(tr, "menu-stories"), |ui| {
            if s.data.stories.is_empty() {
                ui.label(t!(tr, "stories-none"));
            }
            for story in s.data.stories.iter() {
                let (title, _) = story.title.get(s.ui_lang);
                let current = s.story.as_ref().is_some_and(|st| st.id == story.id);
                let hover = t!(
                    tr,
                    "stories-item-hover",
                    about = story.about.as_str(),
                    count = story.slides.len(),
                    author = story.author.as_str()
                );
                if ui
                    .selectable_label(current, title)
                    .on_hover_text(hover)
                    .clicked()
                {
                    open = Some(story.id.to_string());
                    ui.close();
                }
            }
            ui.separator();
            if ui.button(t!(tr, "stories-add-slide")).clicked() {
                add = true;
                ui.close();
            }
            if s.story.is_some() {
                let mut on = presenter;
                if ui
                    .checkbox(&mut on, t!(tr, "stories-presenter"))
                    .on_hover_text(t!(tr, "stories-presenter-hover"))
                    .changed()
                {
                    presenter = on;
                    ui.close();
                }
                if ui.button(t!(tr, "story-leave")).clicked() {
                    leave = true;
                    ui.close();
                }
            }
            ui.checkbox(&mut reduce, t!(tr, "stories-reduce-motion"))
                .on_hover_text(t!(tr, "stories-reduce-motion-hover"));
        });
        s.reduce_motion = reduce;
        if leave {
            s.leave_story();
        }
        if let Some(id) = open {
            s.open_story(&id, 0, now, false);
        }
        if add {
            self.add_slide = Some(super::story_author::AddSlide::from_screen(s));
        }
        let ctx = ui.ctx().clone();
        self.set_presenter(&ctx, presenter);
    }
}
