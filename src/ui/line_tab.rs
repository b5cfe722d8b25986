//! The *Line* tab: figures counted over time about the two lines (people detained, fences…),
//! one chart per series with whose count it is, the chosen date marked, the value and its
//! sources on hover, and a click on a bar going to its period.

use crate::Dataset;
use crate::chronicle::{Category, Series, SeriesValue};
use crate::date::Date;
use crate::i18n::Tr;
use crate::t;
use crate::ui::citations::Citations;
use crate::ui::theme::category_color;
use crate::views::Naming;
use egui::RichText;
use egui_plot::{Bar, BarChart, Plot, VLine};

/// The tab's charts. Returns the first day of the period the user clicked.
pub fn line_tab_ui(
    ui: &mut egui::Ui,
    data: &Dataset,
    date: Date,
    naming: Naming<'_>,
) -> Option<Date> {
    let mut cites = Citations::default();
    let mut picked = None;
    let tr = naming.tr;
    ui.label(RichText::new(t!(tr, "line-heading")).strong());
    let series = &data.chronicle.series;
    if series.is_empty() {
        ui.label(RichText::new(t!(tr, "line-none")).weak());
        unpublished_ui(ui, &data.chronicle.unpublished, tr);
        return None;
    }
    ui.label(RichText::new(t!(tr, "line-counters-differ")).weak().small());
    for s in series {
        ui.add_space(6.0);
        ui.label(RichText::new(&s.title).strong());
        let line = crate::ui::say::concern(tr, Some(s.line), |id| {
            data.atlas.region(id).map_or_else(
                || id.to_owned(),
                |r| naming.region_ui(&r.id, &r.names).to_owned(),
            )
        });
        ui.label(
            RichText::new(t!(
                tr,
                "line-counted-by",
                who = s.counted_by.as_str(),
                line = line
            ))
            .weak(),
        );
        for v in &s.values {
            cites.cite(&v.sources);
        }
        if let Some(p) = chart_ui(ui, s, date, (&mut cites, tr)) {
            picked = Some(p);
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&s.note).small());
            if !s.sources.is_empty() {
                ui.label(RichText::new(cites.cite(&s.sources)).weak().small());
            }
        });
    }
    unpublished_ui(ui, &data.chronicle.unpublished, tr);
    cites.ui(ui, &data.sources, naming.tr);
    picked
}

/// What was looked for and not found as a published series: said, never estimated.
fn unpublished_ui(ui: &mut egui::Ui, unpublished: &[crate::chronicle::Unpublished], tr: Tr<'_>) {
    if unpublished.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.label(RichText::new(t!(tr, "line-unpublished")).strong());
    for u in unpublished {
        ui.label(RichText::new(&u.what).small().strong());
        ui.label(RichText::new(&u.note).small().weak());
    }
}

/// A day as a fractional year (2019-07-02 is about 2019.5): the chart's x axis, so that its
/// grid falls on whole years.
fn year_of(d: Date) -> f64 {
    let (y, _, _) = d.ymd();
    let start = Date::from_ymd(y, 1, 1).map_or(d, |s| s);
    let next = Date::from_ymd(y + 1, 1, 1).map_or(d, |s| s);
    let len = f64::from(start.days_until(next).max(1));
    f64::from(y) + f64::from(start.days_until(d)) / len
}

/// The bar of a value: its period's span in fractional years.
fn span(v: &SeriesValue) -> (f64, f64) {
    (year_of(v.period.first), year_of(v.period.last.add_days(1)))
}

/// One series as bars over time. Returns the first day of a clicked bar's period.
fn chart_ui(
    ui: &mut egui::Ui,
    s: &Series,
    date: Date,
    (cites, tr): (&mut Citations, Tr<'_>),
) -> Option<Date> {
    let dark = ui.visuals().dark_mode;
    let color = category_color(Category::Borderization, dark);
    let current = ui.visuals().selection.stroke.color;
    let bars: Vec<Bar> = s
        .values
        .iter()
        .map(|v| {
            let (a, b) = span(v);
            let on_date = v.period.first <= date && date <= v.period.last;
            Bar::new((a + b) / 2.0, v.value)
                .width((b - a) * 0.85)
                .fill(if on_date { current } else { color })
        })
        .collect();
    let now = year_of(date);
    let decade = s
        .values
        .first()
        .map_or(2010.0, |v| (span(v).0 / 10.0).floor() * 10.0);
    let max = s.values.iter().map(|v| v.value).fold(0.0_f64, f64::max);
    let height = (ui.available_width() * 0.4).clamp(90.0, 180.0);
    let unit = s.unit.clone();
    let cursor = ui.visuals().selection.stroke.color;
    let response = Plot::new(("line_series", s.id.as_str()))
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .include_y(0.0)
        // From the decade's start, so that at least two decades are labelled on the axis.
        .include_x(decade)
        .include_x(decade + 10.0)
        .include_y(max * 1.1)
        .x_axis_formatter(|mark, _| {
            // Whole years only: a mark between years would repeat a year's label.
            if mark.value.fract() == 0.0 {
                format!("{:.0}", mark.value)
            } else {
                String::new()
            }
        })
        .y_axis_label(unit)
        .show(ui, |plot| {
            plot.bar_chart(
                BarChart::new(s.id.as_str(), bars)
                    .color(color)
                    .allow_hover(false),
            );
            plot.vline(VLine::new("date", now).color(cursor).width(2.0));
            plot.pointer_coordinate()
        });
    // The value under the pointer, by its period's span.
    let hovered = response.inner.and_then(|p| {
        s.values.iter().find(|v| {
            let (a, b) = span(v);
            a <= p.x && p.x < b
        })
    });
    let hovered = hovered?;
    let cited = cites.cite(&hovered.sources);
    let clicked = response.response.clicked();
    response.response.on_hover_text(format!(
        "{}\n{}",
        t!(
            tr,
            "line-value",
            period = tr.fuzzy(hovered.period),
            value = tr.number(hovered.value),
            unit = s.unit.as_str(),
            who = s.counted_by.as_str(),
            cite = cited
        ),
        t!(tr, "line-click-to-go", date = tr.day(hovered.period.first))
    ));
    clicked.then_some(hovered.period.first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        match Date::parse(s) {
            Ok(d) => d,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn a_year_spans_one_unit_of_the_axis() {
        assert!((year_of(d("2019-01-01")) - 2019.0).abs() < 1e-9);
        assert!((year_of(d("2019-07-02")) - 2019.5).abs() < 0.01);
        let v = SeriesValue {
            period: crate::date::FuzzyDate::parse("2019").unwrap_or_else(|e| panic!("{e}")),
            value: 1.0,
            sources: Vec::new(),
        };
        let (a, b) = span(&v);
        assert!(
            (a - 2019.0).abs() < 1e-9 && (b - 2020.0).abs() < 1e-9,
            "{a} {b}"
        );
    }
}
