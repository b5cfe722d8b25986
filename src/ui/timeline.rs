//! The timeline panel: controls, the date in words, the axis with its event ticks and the
//! density strip. It reads [`TimeControl`] and returns [`TimeCommand`]s; it changes nothing.

use crate::chronicle::{Chronicle, Event};
use crate::date::Date;
use crate::time_axis::{Tick, TimeAxis, density_bins};
use crate::time_control::{PlaySpeed, TimeCommand, TimeControl};
use crate::ui::theme::category_color;
use egui::{Align2, FontId, Pos2, Rect, RichText, Sense, Stroke, Vec2};

/// Text typed into "Go to date", and the error for the last attempt.
#[derive(Debug, Clone, Default)]
pub struct DateInput {
    /// The text as typed.
    pub text: String,
    /// Why the last attempt failed.
    pub error: Option<String>,
}

/// What the timeline asks of the app this frame.
#[derive(Debug, Default)]
pub struct TimelineOutput {
    /// Commands for the time control, in order.
    pub commands: Vec<TimeCommand>,
    /// An event tick the user clicked.
    pub clicked_event: Option<usize>,
    /// The axis' screen rectangle (for tests and overlays).
    pub axis_rect: Option<Rect>,
}

const AXIS_HEIGHT: f32 = 58.0;
/// Accessible name of the axis slider.
pub const AXIS_LABEL: &str = "Timeline date";

/// Show the timeline.
pub fn timeline_ui(
    ui: &mut egui::Ui,
    time: &TimeControl,
    chronicle: &Chronicle,
    input: &mut DateInput,
) -> TimelineOutput {
    let mut out = TimelineOutput::default();
    controls_ui(ui, time, input, &mut out);
    ui.add_space(2.0);
    axis_ui(ui, time, chronicle, &mut out);
    density_ui(ui, time, chronicle);
    out
}

fn controls_ui(
    ui: &mut egui::Ui,
    time: &TimeControl,
    input: &mut DateInput,
    out: &mut TimelineOutput,
) {
    ui.horizontal(|ui| {
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
        ui.separator();
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
    ui.horizontal(|ui| {
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
        ui.label(
            RichText::new(format!(
                "Showing {} – {}  ·  wheel to zoom, Shift+drag or right-drag a span",
                time.view_start.long(),
                time.view_end.long()
            ))
            .weak()
            .small(),
        );
    });
}

/// The pure axis maths for the visible span drawn over `rect`.
fn axis(time: &TimeControl, rect: Rect) -> TimeAxis {
    TimeAxis::new(time.view_start, time.view_end, rect.left(), rect.width())
}

/// Where day `d` falls on an axis spanning `rect`.
fn x_of(time: &TimeControl, rect: Rect, d: Date) -> f32 {
    axis(time, rect).x_from_date(d)
}

/// The day at screen x.
fn date_at(time: &TimeControl, rect: Rect, x: f32) -> Date {
    axis(time, rect).date_from_x(x)
}

fn axis_ui(ui: &mut egui::Ui, time: &TimeControl, chronicle: &Chronicle, out: &mut TimelineOutput) {
    let (rect, response) = ui.allocate_exact_size(
        Vec2::new(ui.available_width(), AXIS_HEIGHT),
        Sense::click_and_drag(),
    );
    out.axis_rect = Some(rect);
    let value = f64::from(time.date.days_since_epoch());
    response.widget_info(|| egui::WidgetInfo::slider(true, value, AXIS_LABEL));
    let visuals = ui.visuals().clone();
    let painter = ui.painter_at(rect.expand(2.0));
    painter.rect_filled(rect, 4.0, visuals.extreme_bg_color);

    paint_ticks(&painter, time, rect, &visuals);
    let hovered_event = paint_events(ui, &painter, time, chronicle, rect, response.hover_pos());

    // Interaction: drag (or click) moves the date; Shift+drag or right-drag selects a span.
    let span_id = response.id.with("span_drag");
    let selecting =
        ui.input(|i| i.modifiers.shift) || response.dragged_by(egui::PointerButton::Secondary);
    if let Some(pos) = response.interact_pointer_pos() {
        if selecting && (response.drag_started() || response.dragged()) {
            let start = ui.data(|d| d.get_temp::<f32>(span_id)).unwrap_or(pos.x);
            ui.data_mut(|d| d.insert_temp(span_id, start));
            let sel = Rect::from_x_y_ranges(start.min(pos.x)..=start.max(pos.x), rect.y_range());
            painter.rect_filled(sel, 2.0, visuals.selection.bg_fill.gamma_multiply(0.35));
        } else if response.dragged() || response.clicked() {
            out.commands
                .push(TimeCommand::SetDate(date_at(time, rect, pos.x)));
        }
    }
    if response.drag_stopped()
        && let Some(start) = ui.data_mut(|d| d.remove_temp::<f32>(span_id))
        && let Some(end) = response.interact_pointer_pos()
        && (end.x - start).abs() > 6.0
    {
        out.commands.push(TimeCommand::ShowSpan(
            date_at(time, rect, start),
            date_at(time, rect, end.x),
        ));
    }
    if response.clicked()
        && let Some(i) = hovered_event
    {
        out.clicked_event = Some(i);
    }
    if response.double_clicked() {
        out.commands.push(TimeCommand::ShowAll);
    }
    if let Some(pos) = response.hover_pos() {
        let scroll = ui.input(|i| i.smooth_scroll_delta.y + i.smooth_scroll_delta.x);
        if scroll.abs() > 0.1 {
            let factor = f64::from(scroll * 0.004).exp();
            out.commands.push(TimeCommand::Zoom {
                center: date_at(time, rect, pos.x),
                factor,
            });
        }
    }
    if response.has_focus() {
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                response.id,
                egui::EventFilter {
                    horizontal_arrows: true,
                    ..Default::default()
                },
            )
        });
    }

    // The cursor of the chosen date.
    let x = x_of(time, rect, time.date);
    let accent = visuals.selection.stroke.color;
    painter.line_segment(
        [Pos2::new(x, rect.top()), Pos2::new(x, rect.bottom())],
        Stroke::new(2.0, accent),
    );
    painter.add(egui::Shape::convex_polygon(
        vec![
            Pos2::new(x - 6.0, rect.top() - 1.0),
            Pos2::new(x + 6.0, rect.top() - 1.0),
            Pos2::new(x, rect.top() + 7.0),
        ],
        accent,
        Stroke::NONE,
    ));
    if let Some(i) = hovered_event {
        let e = &chronicle.events[i];
        response.on_hover_ui_at_pointer(|ui| {
            ui.label(RichText::new(&e.title).strong());
            ui.label(format!("{} · {}", e.when(), e.category.label()));
            if !e.is_exact() {
                ui.label(RichText::new("Date known only to the month or year").weak());
            }
        });
    }
}

/// Year, month or day ticks with labels that fit (chosen by [`TimeAxis::ticks`]).
fn paint_ticks(painter: &egui::Painter, time: &TimeControl, rect: Rect, visuals: &egui::Visuals) {
    let weak = visuals.weak_text_color();
    let line = visuals.widgets.noninteractive.bg_stroke.color;
    let font = FontId::proportional(11.0);
    let label_y = rect.bottom() - 2.0;
    let axis = axis(time, rect);
    for Tick { date, label } in axis.ticks() {
        let x = axis.x_from_date(date);
        let height = if label.is_some() { 13.0 } else { 5.0 };
        painter.line_segment(
            [
                Pos2::new(x, rect.bottom() - height),
                Pos2::new(x, rect.bottom()),
            ],
            Stroke::new(1.0, line),
        );
        if let Some(text) = label {
            painter.text(
                Pos2::new(x + 2.0, label_y),
                Align2::LEFT_BOTTOM,
                text,
                font.clone(),
                weak,
            );
        }
    }
}

/// One tick per event, coloured by category; uncertain dates drawn as a bracket over their
/// possible span. Returns the event under the pointer.
fn paint_events(
    ui: &egui::Ui,
    painter: &egui::Painter,
    time: &TimeControl,
    chronicle: &Chronicle,
    rect: Rect,
    hover: Option<Pos2>,
) -> Option<usize> {
    let dark = ui.visuals().dark_mode;
    let top = rect.top() + 9.0;
    let bottom = rect.bottom() - 18.0;
    let mut best: Option<(f32, usize)> = None;
    for (i, e) in chronicle.events.iter().enumerate() {
        if e.last_day() < time.view_start || e.first_day() > time.view_end {
            continue;
        }
        let color = category_color(e.category, dark);
        let x0 = x_of(time, rect, e.first_day());
        let x1 = x_of(time, rect, e.last_day().add_days(1)).max(x0 + 1.0);
        let lane = lane_of(e);
        let y = top + lane * (bottom - top);
        if e.is_exact() {
            if x1 - x0 > 3.0 {
                painter.rect_filled(
                    Rect::from_x_y_ranges(x0..=x1, (y - 2.0)..=(y + 2.0)),
                    1.0,
                    color.gamma_multiply(0.6),
                );
            }
            painter.line_segment(
                [Pos2::new(x0, top - 3.0), Pos2::new(x0, bottom)],
                Stroke::new(1.5, color),
            );
        } else {
            // A bracket: the event happened at some day in [x0, x1].
            let c = color.gamma_multiply(0.5);
            painter.rect_filled(
                Rect::from_x_y_ranges(x0..=x1, (y - 3.0)..=(y + 3.0)),
                1.0,
                c.gamma_multiply(0.5),
            );
            for x in [x0, x1] {
                painter.line_segment(
                    [Pos2::new(x, y - 6.0), Pos2::new(x, y + 6.0)],
                    Stroke::new(1.0, c),
                );
            }
            painter.line_segment(
                [Pos2::new(x0, y - 6.0), Pos2::new(x1, y - 6.0)],
                Stroke::new(1.0, c),
            );
        }
        if let Some(p) = hover {
            let dist = if p.x >= x0 && p.x <= x1 {
                0.0
            } else {
                (p.x - x0).abs().min((p.x - x1).abs())
            };
            if dist <= 4.0 && best.is_none_or(|(b, _)| dist < b) {
                best = Some((dist, i));
            }
        }
    }
    if let Some((_, i)) = best {
        let e = &chronicle.events[i];
        let x = x_of(time, rect, e.first_day());
        painter.circle_stroke(
            Pos2::new(x, top - 3.0),
            4.0,
            Stroke::new(1.5, category_color(e.category, dark)),
        );
    }
    best.map(|(_, i)| i)
}

/// A vertical lane per category so that ticks of one day stay distinguishable.
fn lane_of(e: &Event) -> f32 {
    let i = crate::chronicle::Category::ALL
        .iter()
        .position(|c| *c == e.category)
        .unwrap_or(0);
    i as f32 / (crate::chronicle::Category::ALL.len() - 1) as f32
}

/// Events per year (or month, or day, as zoom allows) over the visible span, with egui_plot.
fn density_ui(ui: &mut egui::Ui, time: &TimeControl, chronicle: &Chronicle) {
    use egui_plot::{Bar, BarChart, Plot};
    let (unit, bins) = density_bins(
        time.view_start,
        time.view_end,
        chronicle.events.iter().map(|e| e.first_day()),
    );
    let max = bins.iter().map(|b| b.count).max().unwrap_or(1).max(1);
    let color = ui.visuals().selection.bg_fill;
    let bars: Vec<Bar> = bins
        .iter()
        .map(|b| {
            let (first, last) = (b.first.days_since_epoch(), b.last.days_since_epoch() + 1);
            let width = f64::from(last - first);
            Bar::new(f64::from(first) + width / 2.0, f64::from(b.count))
                .width(width * 0.9)
                .fill(color)
        })
        .collect();
    let x_range = f64::from(time.view_start.days_since_epoch())
        ..=f64::from(time.view_end.days_since_epoch() + 1);
    let unit = unit.label();
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("Events per {unit}")).weak().small());
    });
    Plot::new("event_density")
        .height(30.0)
        .show_axes(false)
        .show_grid(false)
        .show_x(false)
        .show_y(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_background(false)
        .set_margin_fraction(Vec2::ZERO)
        .show(ui, |plot| {
            plot.set_plot_bounds_x(x_range);
            plot.set_plot_bounds_y(0.0..=f64::from(max));
            plot.bar_chart(
                BarChart::new("events", bars)
                    .color(color)
                    .allow_hover(false),
            );
        });
}

/// The category colour legend as a compact row.
pub fn category_legend_ui(ui: &mut egui::Ui) {
    let dark = ui.visuals().dark_mode;
    ui.horizontal_wrapped(|ui| {
        for c in crate::chronicle::Category::ALL {
            let (r, _) = ui.allocate_exact_size(Vec2::new(10.0, 10.0), Sense::hover());
            ui.painter().rect_filled(r, 2.0, category_color(c, dark));
            ui.label(RichText::new(c.label()).small());
            ui.add_space(4.0);
        }
    });
}
