//! The axis: dragging the date, zooming the span, ticks with labels that fit.

use super::event_ticks::paint_events;
use super::{AXIS_HEIGHT, TimelineOutput};
use crate::chronicle::Chronicle;
use crate::date::Date;
use crate::time_axis::{Tick, TickLabel, TimeAxis};
use crate::time_control::{TimeCommand, TimeControl};
use crate::views::Naming;
use egui::{Align2, FontId, Pos2, Rect, RichText, Sense, Stroke, Vec2};

/// The pure axis maths for the visible span drawn over `rect`.
fn axis(time: &TimeControl, rect: Rect) -> TimeAxis {
    TimeAxis::new(time.view_start, time.view_end, rect.left(), rect.width())
}

/// Where day `d` falls on an axis spanning `rect`.
pub(super) fn x_of(time: &TimeControl, rect: Rect, d: Date) -> f32 {
    axis(time, rect).x_from_date(d)
}

/// The day at screen x.
fn date_at(time: &TimeControl, rect: Rect, x: f32) -> Date {
    axis(time, rect).date_from_x(x)
}

pub(super) fn axis_ui(
    ui: &mut egui::Ui,
    time: &TimeControl,
    compare: Option<Date>,
    (chronicle, naming): (&Chronicle, Naming<'_>),
    out: &mut TimelineOutput,
) {
    let (rect, response) = ui.allocate_exact_size(
        Vec2::new(ui.available_width(), AXIS_HEIGHT),
        Sense::click_and_drag(),
    );
    out.axis_rect = Some(rect);
    let value = f64::from(time.date.days_since_epoch());
    let label = crate::t!(naming.tr, "time-axis");
    response.widget_info(|| egui::WidgetInfo::slider(true, value, &label));
    let visuals = ui.visuals().clone();
    let painter = ui.painter_at(rect.expand(2.0));
    painter.rect_filled(rect, 4.0, visuals.extreme_bg_color);
    // After the day sources were last searched, the record may be incomplete: shade it.
    if let Some(checked) = chronicle.sources_checked_to
        && checked < time.view_end
    {
        let x = x_of(time, rect, checked.add_days(1)).max(rect.left());
        let unchecked = egui::Rect::from_min_max(egui::pos2(x, rect.top()), rect.right_bottom());
        painter.rect_filled(unchecked, 0.0, visuals.faint_bg_color.gamma_multiply(1.5));
    }

    paint_ticks(&painter, (time, naming.tr), rect, &visuals);
    let hovered_event = paint_events(ui, &painter, time, chronicle, rect, response.hover_pos());

    // Interaction: drag (or click) moves the date; Shift+drag or right-drag selects a span.
    let span_id = response.id.with("span_drag");
    // A drag that starts on date B's marker moves B, not A.
    let b_id = response.id.with("b_drag");
    // Where the press began: a drag is recognised only after the pointer has moved.
    let origin = ui.input(|i| i.pointer.press_origin());
    if response.drag_started()
        && let (Some(b), Some(pos)) = (compare, origin)
    {
        let near_b = (x_of(time, rect, b) - pos.x).abs() <= 8.0;
        let nearer_a =
            (x_of(time, rect, time.date) - pos.x).abs() < (x_of(time, rect, b) - pos.x).abs();
        ui.data_mut(|d| d.insert_temp(b_id, near_b && !nearer_a));
    }
    let dragging_b = compare.is_some() && ui.data(|d| d.get_temp::<bool>(b_id)).unwrap_or(false);
    if response.drag_stopped() {
        ui.data_mut(|d| d.remove::<bool>(b_id));
    }
    let selecting =
        ui.input(|i| i.modifiers.shift) || response.dragged_by(egui::PointerButton::Secondary);
    if let Some(pos) = response.interact_pointer_pos() {
        if selecting && (response.drag_started() || response.dragged()) {
            let start = ui.data(|d| d.get_temp::<f32>(span_id)).unwrap_or(pos.x);
            ui.data_mut(|d| d.insert_temp(span_id, start));
            let sel = Rect::from_x_y_ranges(start.min(pos.x)..=start.max(pos.x), rect.y_range());
            painter.rect_filled(sel, 2.0, visuals.selection.bg_fill.gamma_multiply(0.35));
        } else if dragging_b && response.dragged() {
            out.compare_to = Some(date_at(time, rect, pos.x));
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

    // The cursor of date B, when comparing: hollow, labelled "B".
    let accent = visuals.selection.stroke.color;
    if let Some(b) = compare {
        let x = x_of(time, rect, b);
        let color = visuals.strong_text_color();
        painter.line_segment(
            [Pos2::new(x, rect.top()), Pos2::new(x, rect.bottom())],
            Stroke::new(2.0, color),
        );
        painter.text(
            Pos2::new(x + 3.0, rect.top() + 1.0),
            Align2::LEFT_TOP,
            "B",
            FontId::proportional(12.0),
            color,
        );
        painter.text(
            Pos2::new(x_of(time, rect, time.date) + 3.0, rect.top() + 1.0),
            Align2::LEFT_TOP,
            "A",
            FontId::proportional(12.0),
            accent,
        );
    }
    // The cursor of the chosen date.
    let x = x_of(time, rect, time.date);
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
    if let Some(e) = hovered_event.and_then(|i| chronicle.events.get(i)) {
        response.on_hover_ui_at_pointer(|ui| {
            ui.label(RichText::new(naming.event_title(e)).strong());
            let tr = naming.tr;
            ui.label(format!(
                "{} · {}",
                crate::ui::say::when(tr, e),
                crate::ui::say::category(tr, e.category)
            ));
            if !e.is_exact() {
                ui.label(RichText::new(crate::t!(tr, "event-date-uncertain")).weak());
            }
        });
    }
}

/// Year, month or day ticks with labels that fit (chosen by [`TimeAxis::ticks`]).
fn paint_ticks(
    painter: &egui::Painter,
    (time, tr): (&TimeControl, crate::i18n::Tr<'_>),
    rect: Rect,
    visuals: &egui::Visuals,
) {
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
        if let Some(label) = label {
            let text = match label {
                TickLabel::Year(y) => tr.year(y),
                TickLabel::Month(m, None) => tr.month_short(m),
                TickLabel::Month(m, Some(y)) => format!("{} {}", tr.month_short(m), tr.year(y)),
                TickLabel::Day(d, None) => d.to_string(),
                TickLabel::Day(d, Some((m, y))) => {
                    format!("{d} {} {}", tr.month_short(m), tr.year(y))
                }
            };
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
