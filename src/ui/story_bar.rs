//! The story bar: the story's title, slide n of N, previous / play / next, a progress strip
//! that goes to any slide, the slide's date, title, text and sources, and, once the reader
//! moved away, *Back to the slide*. It reads the frame and returns what the reader asked.

use crate::story::Story;
use crate::t;
use crate::ui::frame::FrameCtx;
use egui::{RichText, Sense, Vec2};

/// What the reader asked of the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoryIntent {
    /// Show slide n (from 0).
    Go(usize),
    /// Show the slide again as it was (after moving away).
    Back,
    /// Start or stop autoplay.
    TogglePlay,
    /// Leave the story.
    Leave,
}

/// Where the story is.
#[derive(Debug, Clone, Copy)]
pub struct StoryAt<'a> {
    /// The story.
    pub story: &'a Story,
    /// The slide shown (from 0).
    pub slide: usize,
    /// Whether autoplay runs.
    pub playing: bool,
    /// Whether the reader moved away from the slide.
    pub strayed: bool,
}

/// Draw the bar; returns what the reader asked.
pub fn story_bar_ui(ui: &mut egui::Ui, ctx: &FrameCtx<'_>, at: StoryAt<'_>) -> Vec<StoryIntent> {
    let tr = ctx.naming.tr;
    let lang = tr.lang;
    let mut out = Vec::new();
    let count = at.story.slides.len();
    let Some(slide) = at.story.slides.get(at.slide) else {
        return out;
    };
    ui.horizontal_wrapped(|ui| {
        let first = at.slide == 0;
        if ui
            .add_enabled(!first, egui::Button::new(t!(tr, "story-previous")))
            .on_hover_text(t!(tr, "story-previous-hover"))
            .clicked()
        {
            out.push(StoryIntent::Go(at.slide.saturating_sub(1)));
        }
        let play = if at.playing {
            t!(tr, "story-pause")
        } else {
            t!(tr, "story-play")
        };
        if ui
            .button(play)
            .on_hover_text(t!(tr, "story-play-hover"))
            .clicked()
        {
            out.push(StoryIntent::TogglePlay);
        }
        let last = at.slide + 1 >= count;
        if ui
            .add_enabled(!last, egui::Button::new(t!(tr, "story-next")))
            .on_hover_text(t!(tr, "story-next-hover"))
            .clicked()
        {
            out.push(StoryIntent::Go(at.slide + 1));
        }
        ui.label(RichText::new(t!(tr, "story-slide", n = at.slide + 1, count = count)).strong());
        let (title, _) = at.story.title.get(lang);
        ui.label(RichText::new(title).weak());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button(t!(tr, "story-leave"))
                .on_hover_text(t!(tr, "key-name-escape"))
                .clicked()
            {
                out.push(StoryIntent::Leave);
            }
            if at.strayed
                && ui
                    .button(t!(tr, "story-back"))
                    .on_hover_text(t!(tr, "story-back-hover"))
                    .clicked()
            {
                out.push(StoryIntent::Back);
            }
        });
    });
    if let Some(n) = progress_ui(ui, at.slide, count) {
        out.push(StoryIntent::Go(n));
    }
    let (title, _) = slide.title.get(lang);
    ui.horizontal_wrapped(|ui| {
        let when = match slide.until {
            Some(u) => t!(tr, "story-span", from = tr.day(slide.date), to = tr.day(u)),
            None => tr.day(slide.date),
        };
        ui.label(RichText::new(&when).strong());
        let heading = ui.label(RichText::new(title).strong().size(16.0));
        // A screen reader says the new slide's number, date and title when it changes.
        let spoken = format!(
            "{}: {when}, {title}",
            t!(tr, "story-slide", n = at.slide + 1, count = count)
        );
        ui.ctx().accesskit_node_builder(heading.id, |node| {
            node.set_label(spoken);
            node.set_live(egui::accesskit::Live::Polite);
        });
    });
    let (text, in_english) = slide.text.get(lang);
    ui.horizontal_wrapped(|ui| {
        ui.label(text);
        if in_english {
            ui.label(RichText::new(t!(tr, "story-in-english")).weak().italics());
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 6.0;
        ui.label(RichText::new(t!(tr, "story-sources")).weak());
        for id in &slide.sources {
            if let Some(s) = ctx.data.sources.get(id) {
                ui.hyperlink_to(RichText::new(&s.publisher).small(), &s.url)
                    .on_hover_text(format!("{} — {}, {}", s.title, s.publisher, s.date));
            }
        }
    });
    out
}

/// One segment per slide, the shown one and those before it filled; a click on one goes
/// there. Returns the clicked slide.
fn progress_ui(ui: &mut egui::Ui, at: usize, count: usize) -> Option<usize> {
    let width = ui.available_width();
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, 8.0), Sense::click());
    if count == 0 {
        return None;
    }
    let gap = 3.0;
    let w = ((width - gap * (count as f32 - 1.0)) / count as f32).max(2.0);
    let v = ui.visuals();
    for i in 0..count {
        let x = rect.left() + i as f32 * (w + gap);
        let r = egui::Rect::from_min_size(egui::pos2(x, rect.top() + 2.0), Vec2::new(w, 4.0));
        let color = if i <= at {
            v.selection.bg_fill
        } else {
            v.widgets.inactive.bg_fill
        };
        ui.painter().rect_filled(r, 2.0, color);
    }
    let pos = response
        .interact_pointer_pos()
        .filter(|_| response.clicked())?;
    let i = ((pos.x - rect.left()) / (w + gap)).floor();
    (i >= 0.0).then_some((i as usize).min(count - 1))
}
