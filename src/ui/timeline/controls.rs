//! The timeline's controls: the date in words, transport, speed, typed dates, zoom presets.

use super::{DateInput, TimelineOutput};
use crate::date::Date;
use crate::time_control::{PlaySpeed, TimeCommand, TimeControl};
use egui::RichText;

pub(super) fn controls_ui(
    ui: &mut egui::Ui,
    time: &TimeControl,
    checked_to: Option<Date>,
    input: &mut DateInput,
    out: &mut TimelineOutput,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(time.date.long()).size(20.0).strong());
        ui.add_space(12.0);
        let cmd = &mut out.commands;
        let play = if time.playing { "Pause" } else { "Play" };
        for (label, keys, command) in [
            (
                "Start",
                "Go to 1 January 1989 (Home)",
                TimeCommand::GoToStart,
            ),
            (
                "Previous event",
                "Shift + Left arrow",
                TimeCommand::PreviousEvent,
            ),
            (play, "Space", TimeCommand::TogglePlay),
            ("Next event", "Shift + Right arrow", TimeCommand::NextEvent),
            ("Today", "End", TimeCommand::GoToEnd),
        ] {
            if ui.button(label).on_hover_text(keys).clicked() {
                cmd.push(command);
            }
        }
        let mut speed = time.speed;
        egui::ComboBox::new("speed", "Speed")
            .selected_text(speed.label())
            .show_ui(ui, |ui| {
                for s in PlaySpeed::ALL {
                    ui.selectable_value(&mut speed, s, s.label());
                }
            });
        if speed != time.speed {
            cmd.push(TimeCommand::SetSpeed(speed));
        }
        ui.add_space(8.0);
        let edit = ui.add(
            egui::TextEdit::singleline(&mut input.text)
                .hint_text("YYYY-MM-DD")
                .desired_width(96.0)
                .id_salt("go_to_date"),
        );
        let go = ui.button("Go to date").clicked();
        let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if go || entered {
            match Date::parse(&input.text) {
                Ok(d) if d < time.min || d > time.max => {
                    input.error = Some(format!(
                        "{} is outside the timeline ({} to {}).",
                        d.long(),
                        time.min.long(),
                        time.max.long()
                    ));
                }
                Ok(d) => {
                    input.error = None;
                    cmd.push(TimeCommand::SetDate(d));
                }
                Err(e) => input.error = Some(format!("Not a date: {e}.")),
            }
        }
        if let Some(err) = &input.error {
            ui.colored_label(ui.visuals().error_fg_color, err);
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Zoom:").weak());
        let cmd = &mut out.commands;
        if ui.button("Whole period").clicked() {
            cmd.push(TimeCommand::ShowAll);
        }
        if ui
            .button("August 2008 war")
            .on_hover_text("7–12 August 2008")
            .clicked()
            && let (Ok(a), Ok(b)) = (Date::from_ymd(2008, 8, 6), Date::from_ymd(2008, 8, 13))
        {
            cmd.push(TimeCommand::ShowSpan(a, b));
            cmd.push(TimeCommand::SetDate(a));
        }
        if ui.button("1992–1994 wars").clicked()
            && let (Ok(a), Ok(b)) = (Date::from_ymd(1991, 1, 1), Date::from_ymd(1994, 12, 31))
        {
            cmd.push(TimeCommand::ShowSpan(a, b));
        }
        if ui.button("In").clicked() {
            cmd.push(TimeCommand::Zoom {
                center: time.date,
                factor: 2.0,
            });
        }
        if ui.button("Out").clicked() {
            cmd.push(TimeCommand::Zoom {
                center: time.date,
                factor: 0.5,
            });
        }
        let checked = checked_to.map_or_else(String::new, |d| {
            format!("  ·  sources checked to {}", d.long())
        });
        ui.label(
            RichText::new(format!(
                "Showing {} – {}{checked}  ·  wheel to zoom, Shift+drag or right-drag a span",
                time.view_start.long(),
                time.view_end.long()
            ))
            .weak()
            .small(),
        );
    });
}
