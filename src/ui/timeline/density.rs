//! Events per calendar year, month or day under the axis, and the category legend.

use crate::chronicle::Chronicle;
use crate::time_axis::density_bins;
use crate::time_control::TimeControl;
use crate::ui::theme::category_color;
use egui::{RichText, Sense, Vec2};

/// Events per year (or month, or day, as zoom allows) over the visible span, with egui_plot.
pub(super) fn density_ui(
    ui: &mut egui::Ui,
    time: &TimeControl,
    chronicle: &Chronicle,
    tr: crate::i18n::Tr<'_>,
) {
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
    let heading = match unit {
        crate::time_axis::BinUnit::Year => crate::t!(tr, "density-year"),
        crate::time_axis::BinUnit::Month => crate::t!(tr, "density-month"),
        crate::time_axis::BinUnit::Day => crate::t!(tr, "density-day"),
    };
    ui.horizontal(|ui| {
        ui.label(RichText::new(heading).weak().small());
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
pub fn category_legend_ui(ui: &mut egui::Ui, tr: crate::i18n::Tr<'_>) {
    let dark = ui.visuals().dark_mode;
    ui.horizontal_wrapped(|ui| {
        for c in crate::chronicle::Category::ALL {
            let (r, _) = ui.allocate_exact_size(Vec2::new(10.0, 10.0), Sense::hover());
            ui.painter().rect_filled(r, 2.0, category_color(c, dark));
            ui.label(RichText::new(crate::ui::say::category(tr, c)).small());
            ui.add_space(4.0);
        }
    });
}
