//! The timeline's axis as numbers: where a day falls, which ticks and labels fit, and how
//! many events fall in each calendar year, month or day. Knows no egui.

use crate::date::Date;

/// A span of days drawn over `width` points starting at `left`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeAxis {
    /// The first day shown.
    pub start: Date,
    /// The last day shown.
    pub end: Date,
    /// Screen x of `start`.
    pub left: f32,
    /// Width in points.
    pub width: f32,
}

/// A tick of the axis, labelled or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tick {
    /// Its day.
    pub date: Date,
    /// What its label says, for the ticks that have room for one (the interface writes it in
    /// its language).
    pub label: Option<TickLabel>,
}

/// What a tick's label says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TickLabel {
    /// A year.
    Year(i32),
    /// A month (1–12), with its year where the label starts a year or stands alone.
    Month(u32, Option<i32>),
    /// A day of the month, with its month and year where it starts a month or the axis.
    Day(u32, Option<(u32, i32)>),
}

/// Room a label needs, in points.
const LABEL_ROOM: f32 = 40.0;
/// Unlabelled ticks closer than this are left out.
const MIN_TICK_GAP: f32 = 3.0;

impl TimeAxis {
    /// An axis from `start` to `end` over `width` points from `left`.
    pub fn new(start: Date, end: Date, left: f32, width: f32) -> Self {
        Self {
            start,
            end: end.max(start),
            left,
            width: width.max(1.0),
        }
    }

    /// Days shown (at least one).
    pub fn span_days(&self) -> i32 {
        self.start.days_until(self.end).max(1)
    }

    /// Points per day.
    pub fn px_per_day(&self) -> f32 {
        self.width / self.span_days() as f32
    }

    /// Screen x of day `d`.
    pub fn x_from_date(&self, d: Date) -> f32 {
        self.left + self.start.days_until(d) as f32 * self.px_per_day()
    }

    /// The day at screen x (clamped to the axis).
    pub fn date_from_x(&self, x: f32) -> Date {
        let t = ((x - self.left) / self.width).clamp(0.0, 1.0);
        self.start
            .add_days((t * self.span_days() as f32).round() as i32)
    }

    /// Year, month or day ticks: labels at least [`LABEL_ROOM`] apart, unlabelled ticks only
    /// where they are at least a few points apart, so a narrow axis stays readable.
    pub fn ticks(&self) -> Vec<Tick> {
        let span = self.span_days();
        let px = self.px_per_day();
        let (y0, _, _) = self.start.ymd();
        let (y1, _, _) = self.end.ymd();
        let mut ticks = Vec::new();
        if span > 400 {
            let per_year = px * 365.25;
            let step = [1, 2, 5, 10, 20, 50]
                .into_iter()
                .find(|s| per_year * *s as f32 >= LABEL_ROOM)
                .unwrap_or(100);
            for y in y0..=y1 {
                let labelled = y.rem_euclid(step) == 0;
                if let Ok(d) = Date::from_ymd(y, 1, 1)
                    && (labelled || per_year >= MIN_TICK_GAP)
                {
                    ticks.push(Tick {
                        date: d,
                        label: labelled.then_some(TickLabel::Year(y)),
                    });
                }
            }
        } else if span > 45 {
            let per_month = px * 30.4;
            let step = [1, 2, 3, 6, 12]
                .into_iter()
                .find(|s| per_month * *s as f32 >= LABEL_ROOM + 8.0)
                .unwrap_or(12);
            let mut d = Date::from_ymd(y0, self.start.ymd().1, 1).unwrap_or(self.start);
            while d <= self.end {
                let (y, m, _) = d.ymd();
                let labelled = (m - 1) % step == 0;
                if labelled || per_month >= MIN_TICK_GAP {
                    let label = TickLabel::Month(m, (m == 1 || step >= 6).then_some(y));
                    ticks.push(Tick {
                        date: d,
                        label: labelled.then_some(label),
                    });
                }
                d = d.end_of_month().add_days(1);
            }
        } else {
            let step = [1, 2, 5, 7, 14]
                .into_iter()
                .find(|s| px * *s as f32 >= LABEL_ROOM - 6.0)
                .unwrap_or(14);
            for k in 0..=span {
                let d = self.start.add_days(k);
                let (y, m, day) = d.ymd();
                let label = TickLabel::Day(day, (day == 1 || k == 0).then_some((m, y)));
                ticks.push(Tick {
                    date: d,
                    label: ((day - 1) % step == 0).then_some(label),
                });
            }
        }
        ticks.retain(|t| t.date >= self.start && t.date <= self.end);
        ticks
    }
}

/// The calendar unit of the density strip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinUnit {
    /// Calendar years.
    Year,
    /// Calendar months.
    Month,
    /// Days.
    Day,
}

impl BinUnit {
    /// The unit for a span of `days`.
    pub fn for_span(days: i32) -> Self {
        if days > 2000 {
            Self::Year
        } else if days > 120 {
            Self::Month
        } else {
            Self::Day
        }
    }
}

/// One bar of the density strip: a calendar year, month or day and its events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bin {
    /// Its first day.
    pub first: Date,
    /// Its last day.
    pub last: Date,
    /// Events beginning in it (and inside the shown span).
    pub count: u32,
}

/// Events per calendar year, month or day over `start..=end`, so the bars line up with the
/// axis' ticks. `days` are the events' first days (any order).
pub fn density_bins(
    start: Date,
    end: Date,
    days: impl Iterator<Item = Date>,
) -> (BinUnit, Vec<Bin>) {
    let unit = BinUnit::for_span(start.days_until(end));
    let bin_start = |d: Date| {
        let (y, m, _) = d.ymd();
        match unit {
            BinUnit::Year => Date::from_ymd(y, 1, 1).unwrap_or(d),
            BinUnit::Month => Date::from_ymd(y, m, 1).unwrap_or(d),
            BinUnit::Day => d,
        }
    };
    let next = |d: Date| match unit {
        BinUnit::Year => Date::from_ymd(d.year() + 1, 1, 1).unwrap_or(d.add_days(366)),
        BinUnit::Month => d.end_of_month().add_days(1),
        BinUnit::Day => d.add_days(1),
    };
    let mut bins = Vec::new();
    let mut first = bin_start(start);
    while first <= end {
        let following = next(first);
        bins.push(Bin {
            first,
            last: following.add_days(-1),
            count: 0,
        });
        first = following;
    }
    for d in days.filter(|d| *d >= start && *d <= end) {
        // Bins are sorted and contiguous: find by binary search.
        let i = bins.partition_point(|b| b.last < d);
        if let Some(b) = bins.get_mut(i) {
            b.count += 1;
        }
    }
    (unit, bins)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn x_and_date_are_inverse() {
        let a = TimeAxis::new(d("1989-01-01"), d("2026-11-23"), 10.0, 900.0);
        for day in ["1989-01-01", "2008-08-26", "2026-11-23"] {
            assert_eq!(a.date_from_x(a.x_from_date(d(day))), d(day));
        }
        assert_eq!(a.date_from_x(-50.0), d("1989-01-01"));
    }

    #[test]
    fn a_narrow_whole_period_axis_shows_years_with_labels_that_do_not_overlap() {
        for width in [300.0, 600.0, 909.0, 1500.0] {
            let a = TimeAxis::new(d("1989-01-01"), d("2026-11-23"), 0.0, width);
            let ticks = a.ticks();
            assert!(ticks.len() <= 40, "{width}: {} ticks", ticks.len());
            assert!(
                ticks
                    .iter()
                    .all(|t| t.date.ymd().1 == 1 && t.date.ymd().2 == 1)
            );
            let xs: Vec<f32> = ticks
                .iter()
                .filter(|t| t.label.is_some())
                .map(|t| a.x_from_date(t.date))
                .collect();
            assert!(xs.len() >= 3, "{width}");
            assert!(
                xs.windows(2).all(|w| w[1] - w[0] >= LABEL_ROOM),
                "{width}: {xs:?}"
            );
        }
    }

    #[test]
    fn a_year_shows_months_and_a_fortnight_shows_days() {
        let a = TimeAxis::new(d("2008-01-01"), d("2008-12-31"), 0.0, 800.0);
        let labels: Vec<TickLabel> = a.ticks().into_iter().filter_map(|t| t.label).collect();
        assert_eq!(labels.first(), Some(&TickLabel::Month(1, Some(2008))));
        assert!(labels.contains(&TickLabel::Month(8, None)), "{labels:?}");
        let a = TimeAxis::new(d("2008-08-01"), d("2008-08-14"), 0.0, 800.0);
        let ticks = a.ticks();
        assert_eq!(ticks.len(), 14);
        assert_eq!(ticks[0].label, Some(TickLabel::Day(1, Some((8, 2008)))));
    }

    #[test]
    fn density_bins_are_calendar_years_and_months() {
        let events = [
            d("2008-08-07"),
            d("2008-12-31"),
            d("2009-01-01"),
            d("1995-06-01"),
        ];
        let (unit, bins) = density_bins(d("2000-03-15"), d("2026-11-23"), events.into_iter());
        assert_eq!(unit, BinUnit::Year);
        assert_eq!(bins.first().map(|b| b.first), Some(d("2000-01-01")));
        let of = |y: i32| {
            bins.iter()
                .find(|b| b.first.year() == y)
                .map_or(0, |b| b.count)
        };
        assert_eq!((of(2008), of(2009), of(1995)), (2, 1, 0));
        let (unit, bins) = density_bins(d("2008-01-10"), d("2008-12-31"), events.into_iter());
        assert_eq!(unit, BinUnit::Month);
        assert_eq!(bins.len(), 12);
        assert_eq!(bins[7].first, d("2008-08-01"));
        assert_eq!((bins[7].count, bins[11].count), (1, 1));
    }
}
