//! The *Export animation* window: the dates (the timeline's span by default), a frame per
//! day, week, month or year, the rate, the size and the format; then the file dialog, and the
//! rendering (`animate`).

use super::AtlasApp;
use super::notice::Notice;
use crate::date::Date;
use crate::export::animation::{AnimFormat, AnimationAsk, Step, frame_dates};
use crate::t;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};

/// Sizes offered besides the map and timeline as shown.
const SIZES: [[u32; 2]; 2] = [[1280, 720], [1920, 1080]];

/// The window's choices while it is open.
#[derive(Debug)]
pub struct AnimationChoice {
    from: String,
    to: String,
    step: Step,
    fps: u32,
    size: Option<[u32; 2]>,
    format: AnimFormat,
    /// The story being told, a frame a slide, instead of the dates.
    story: bool,
    /// The file dialog, once *Export…* was pressed.
    asking: Option<Receiver<Option<PathBuf>>>,
}

impl AnimationChoice {
    /// The timeline's span, at a step that gives it tens of frames.
    pub fn for_span(from: Date, to: Date) -> Self {
        let days = from.days_until(to);
        let step = match days {
            d if d <= 62 => Step::Day,
            d if d <= 400 => Step::Week,
            d if d <= 5000 => Step::Month,
            _ => Step::Year,
        };
        Self {
            from: from.to_string(),
            to: to.to_string(),
            step,
            fps: 10,
            size: Some([1280, 720]),
            format: AnimFormat::Gif,
            story: false,
            asking: None,
        }
    }

    /// The two dates, if both are days of the timeline in order.
    fn dates(&self, first: Date, last: Date) -> Option<(Date, Date)> {
        let (from, to) = (
            Date::parse(self.from.trim()).ok()?,
            Date::parse(self.to.trim()).ok()?,
        );
        (first <= from && from <= to && to <= last).then_some((from, to))
    }
}

/// `path`, with `.ext` added unless its name already asks for `format`.
fn with_extension(path: PathBuf, format: AnimFormat, ext: &str) -> PathBuf {
    if AnimFormat::of_path(&path) == Some(format) {
        return path;
    }
    let mut name = path.into_os_string();
    name.push(format!(".{ext}"));
    PathBuf::from(name)
}

impl AtlasApp {
    /// Open the window (*File › Export animation…*), over the timeline's span.
    pub(super) fn open_animation_window(&mut self) {
        if let Some(s) = self.session.as_deref() {
            let t = &s.time;
            self.animation_choice
                .get_or_insert_with(|| AnimationChoice::for_span(t.view_start, t.view_end));
        }
    }

    /// The window, while open; its file dialog's answer starts the rendering.
    pub(super) fn animation_window(&mut self, ctx: &egui::Context) {
        let (Some(mut c), Some(s)) = (self.animation_choice.take(), self.session.as_deref()) else {
            return;
        };
        let (first, last) = (s.time.min, s.time.max);
        let told = s
            .story()
            .map(|(story, _)| story.title.get(s.ui_lang).0.to_owned());
        c.story &= told.is_some();
        let tr = super::tr_of(Some(s), &self.catalog, self.ui_lang);
        if let Some(rx) = &c.asking {
            match rx.try_recv() {
                Ok(Some(path)) => {
                    let span = c.dates(first, last).or(c.story.then_some((first, last)));
                    if let Some((from, to)) = span {
                        let target = match c.format {
                            AnimFormat::Frames => path.join(format!("atlas-{from}-{to}")),
                            AnimFormat::Gif => with_extension(path, AnimFormat::Gif, "gif"),
                            AnimFormat::Apng => with_extension(path, AnimFormat::Apng, "png"),
                        };
                        self.start_animation(AnimationAsk {
                            target,
                            from,
                            to,
                            step: c.step,
                            fps: c.fps,
                            size: c.size,
                            story: c.story,
                        });
                    }
                    return;
                }
                // Cancelled, or the dialog's thread ended: back to the window.
                Ok(None) | Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    c.asking = None;
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {
                    self.animation_choice = Some(c);
                    return;
                }
            }
        }
        let mut open = true;
        let (mut export, mut cancel) = (false, false);
        let dates = c.dates(first, last);
        super::chrome::dialog(ctx, t!(tr, "animation-title"))
            .open(&mut open)
            .show(ctx, |ui| {
                if let Some(title) = &told {
                    ui.checkbox(
                        &mut c.story,
                        t!(tr, "animation-story", story = title.as_str()),
                    );
                }
                egui::Grid::new("animation_choices")
                    .num_columns(2)
                    .show(ui, |ui| {
                        for (label, text) in [
                            (t!(tr, "animation-from"), &mut c.from),
                            (t!(tr, "animation-to"), &mut c.to),
                        ] {
                            ui.label(label);
                            ui.add(
                                egui::TextEdit::singleline(text)
                                    .hint_text(t!(tr, "date-format-hint"))
                                    .desired_width(110.0),
                            );
                            ui.end_row();
                        }
                        ui.label(t!(tr, "animation-step"));
                        ui.horizontal(|ui| {
                            for (step, label) in [
                                (Step::Day, t!(tr, "animation-step-day")),
                                (Step::Week, t!(tr, "animation-step-week")),
                                (Step::Month, t!(tr, "animation-step-month")),
                                (Step::Year, t!(tr, "animation-step-year")),
                            ] {
                                ui.radio_value(&mut c.step, step, label);
                            }
                        });
                        ui.end_row();
                        let label = ui.label(t!(tr, "animation-fps"));
                        ui.add(egui::DragValue::new(&mut c.fps).range(1..=50))
                            .labelled_by(label.id);
                        ui.end_row();
                        ui.label(t!(tr, "animation-size"));
                        ui.vertical(|ui| {
                            ui.radio_value(&mut c.size, None, t!(tr, "animation-size-shown"));
                            for size in SIZES {
                                let label = format!("{}×{}", size[0], size[1]);
                                ui.radio_value(&mut c.size, Some(size), label);
                            }
                        });
                        ui.end_row();
                        ui.label(t!(tr, "animation-format"));
                        ui.vertical(|ui| {
                            for (format, label) in [
                                (AnimFormat::Gif, t!(tr, "animation-format-gif")),
                                (AnimFormat::Apng, t!(tr, "animation-format-apng")),
                                (AnimFormat::Frames, t!(tr, "animation-format-frames")),
                            ] {
                                ui.radio_value(&mut c.format, format, label);
                            }
                        });
                        ui.end_row();
                    });
                let story_slides = told
                    .as_ref()
                    .filter(|_| c.story)
                    .and_then(|_| s.story().map(|(story, _)| story.slides.len()));
                match (story_slides, dates) {
                    (Some(slides), _) => {
                        ui.label(t!(tr, "animation-summary-story", frames = slides));
                    }
                    (None, Some((from, to))) => {
                        let frames = frame_dates(from, to, c.step).len();
                        let seconds = frames as f64 / f64::from(c.fps.max(1));
                        ui.label(t!(
                            tr,
                            "animation-summary",
                            frames = frames,
                            seconds = format!("{seconds:.1}")
                        ));
                    }
                    (None, None) => {
                        let text = t!(
                            tr,
                            "animation-bad-dates",
                            first = first.to_string(),
                            last = last.to_string()
                        );
                        ui.colored_label(ui.visuals().error_fg_color, text);
                    }
                }
                ui.horizontal(|ui| {
                    let button = egui::Button::new(t!(tr, "animation-export"));
                    let ready = dates.is_some() || story_slides.is_some();
                    export = ui.add_enabled(ready, button).clicked();
                    cancel = ui.button(t!(tr, "save-cancel")).clicked();
                });
            });
        if export {
            let name = match (c.story, dates, s.story()) {
                (true, _, Some((story, _))) => format!("atlas-{}", story.id),
                (_, Some((f, t)), _) => format!("atlas-{f}-{t}"),
                _ => "atlas".to_owned(),
            };
            let title = t!(tr, "animation-dialog-title");
            let format = c.format;
            let (tx, rx) = channel();
            let repaint = ctx.clone();
            let spawned = std::thread::Builder::new()
                .name("animation dialog".to_owned())
                .spawn(move || {
                    let dialog = rfd::FileDialog::new().set_title(title);
                    let path = match format {
                        AnimFormat::Gif => dialog
                            .set_file_name(format!("{name}.gif"))
                            .add_filter("GIF", &["gif"])
                            .save_file(),
                        AnimFormat::Apng => dialog
                            .set_file_name(format!("{name}.png"))
                            .add_filter("PNG", &["png"])
                            .save_file(),
                        AnimFormat::Frames => dialog.pick_folder(),
                    };
                    let _ = tx.send(path);
                    repaint.request_repaint();
                });
            match spawned {
                Ok(_) => c.asking = Some(rx),
                Err(e) => self.source.notice = Some(Notice::DialogFailed(e.to_string())),
            }
        }
        if open && !cancel {
            self.animation_choice = Some(c);
        }
    }
}
