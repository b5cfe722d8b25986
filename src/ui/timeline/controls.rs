//! The timeline's controls: the date in words, transport, speed, typed dates, zoom presets.

use super::{DateInput, TimelineOutput};
use crate::date::Date;
use crate::i18n::Tr;
use crate::t;
use crate::time_control::{PlaySpeed, TimeCommand, TimeControl};
use crate::ui::say;
use egui::RichText;

pub(super) fn controls_ui(
    ui: &mut egui::Ui,
    (time, tr): (&TimeControl, Tr<'_>),
    checked_to: Option<Date>,
    input: &mut DateInput,
    out: &mut TimelineOutput,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr.day(time.date)).size(20.0).strong());
        ui.add_space(12.0);
        let cmd = &mut out.commands;
        let play = if time.playing {
            t!(tr, "time-pause")
        } else {
            t!(tr, "time-play")
        };
        for (label, keys, command) in [
            (
                t!(tr, "time-start"),
                t!(tr, "time-start-hover"),
                TimeCommand::GoToStart,
            ),
            (
                t!(tr, "time-previous"),
                t!(tr, "time-previous-hover"),
                TimeCommand::PreviousEvent,
            ),
            (play, t!(tr, "time-play-hover"), TimeCommand::TogglePlay),
            (
                t!(tr, "time-next"),
                t!(tr, "time-next-hover"),
                TimeCommand::NextEvent,
            ),
            (
                t!(tr, "time-today"),
                t!(tr, "time-today-hover"),
                TimeCommand::GoToEnd,
            ),
        ] {
            if ui.button(label).on_hover_text(keys).clicked() {
                cmd.push(command);
            }
        }
        let mut speed = time.speed;
        // In a narrow window the combo box goes without its side label (its hover names it).
        let narrow = ui.ctx().content_rect().width() < COMPACT_WIDTH;
        let label = if narrow {
            String::new()
        } else {
            t!(tr, "time-speed")
        };
        egui::ComboBox::new("speed", label)
            .selected_text(say::speed(tr, speed))
            .show_ui(ui, |ui| {
                for s in PlaySpeed::ALL {
                    ui.selectable_value(&mut speed, s, say::speed(tr, s));
                }
            })
            .response
            .on_hover_text(t!(tr, "time-speed"));
        if speed != time.speed {
            cmd.push(TimeCommand::SetSpeed(speed));
        }
        ui.add_space(8.0);
        let edit = ui.add(
            egui::TextEdit::singleline(&mut input.text)
                .hint_text(t!(tr, "date-format-hint"))
                .desired_width(96.0)
                .id_salt("go_to_date"),
        );
        let go = ui.button(t!(tr, "time-go")).clicked();
        let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if go || entered {
            match Date::parse(input.text.trim()) {
                Ok(d) if d < time.min || d > time.max => {
                    input.error = Some(t!(
                        tr,
                        "time-outside",
                        date = tr.day(d),
                        first = tr.day(time.min),
                        last = tr.day(time.max)
                    ));
                }
                Ok(d) => {
                    input.error = None;
                    cmd.push(TimeCommand::SetDate(d));
                }
                Err(crate::date::DateError::NoSuchDay { year, month, day }) => {
                    let date = format!("{year:04}-{month:02}-{day:02}");
                    input.error = Some(t!(tr, "time-no-such-day", date = date));
                }
                Err(crate::date::DateError::Format(_)) => {
                    input.error = Some(t!(tr, "time-not-a-date"));
                }
            }
        }
        if let Some(err) = &input.error {
            ui.colored_label(ui.visuals().error_fg_color, err);
        }
    });
    // A window narrower than this gets the zoom presets in a menu and no caption: the map
    // keeps the height.
    let compact = ui.ctx().content_rect().width() < COMPACT_WIDTH;
    let mut caption = t!(
        tr,
        "time-showing",
        from = tr.day(time.view_start),
        to = tr.day(time.view_end)
    );
    if let Some(d) = checked_to {
        caption.push_str(&format!(
            "  ·  {}",
            t!(tr, "time-checked", date = tr.day(d))
        ));
    }
    caption.push_str(&format!("  ·  {}", t!(tr, "time-gestures")));
    let cmd = &mut out.commands;
    if compact {
        ui.horizontal_wrapped(|ui| {
            ui.menu_button(t!(tr, "time-zoom"), |ui| zoom_buttons(ui, time, tr, cmd))
                .response
                .on_hover_text(&caption);
        });
    } else {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(t!(tr, "time-zoom")).weak());
            zoom_buttons(ui, time, tr, cmd);
            ui.label(RichText::new(caption).weak().small());
        });
    }
}

/// Below this window width the timeline's controls fold: zoom presets in a menu.
pub(super) const COMPACT_WIDTH: f32 = 1000.0;

/// The zoom presets: the whole period, the 2008 war, the wars of the early 1990s, in, out.
fn zoom_buttons(ui: &mut egui::Ui, time: &TimeControl, tr: Tr<'_>, cmd: &mut Vec<TimeCommand>) {
    if ui.button(t!(tr, "time-whole")).clicked() {
        cmd.push(TimeCommand::ShowAll);
    }
    if ui
        .button(t!(tr, "time-war-2008"))
        .on_hover_text(t!(tr, "time-war-2008-hover"))
        .clicked()
        && let (Ok(a), Ok(b)) = (Date::from_ymd(2008, 8, 6), Date::from_ymd(2008, 8, 13))
    {
        cmd.push(TimeCommand::ShowSpan(a, b));
        cmd.push(TimeCommand::SetDate(a));
    }
    if ui.button(t!(tr, "time-wars-1990s")).clicked()
        && let (Ok(a), Ok(b)) = (Date::from_ymd(1991, 1, 1), Date::from_ymd(1994, 12, 31))
    {
        cmd.push(TimeCommand::ShowSpan(a, b));
    }
    if ui.button(t!(tr, "time-zoom-in")).clicked() {
        cmd.push(TimeCommand::Zoom {
            center: time.date,
            factor: 2.0,
        });
    }
    if ui.button(t!(tr, "time-zoom-out")).clicked() {
        cmd.push(TimeCommand::Zoom {
            center: time.date,
            factor: 0.5,
        });
    }
}
