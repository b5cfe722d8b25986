//! The chosen date, playback and the visible span of the timeline: state plus commands.
//!
//! The timeline UI only emits [`TimeCommand`]s; [`TimeControl::apply`] carries them out.
//! Nothing here knows egui, so every behaviour is tested directly.

use crate::chronicle::Chronicle;
use crate::date::Date;

/// The narrowest span the timeline zooms to, in days: five days of August 2008 fill it.
pub const MIN_SPAN_DAYS: i32 = 5;

/// How fast playback runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[expect(
    clippy::enum_variant_names,
    reason = "\"a day per second\" … \"a year per second\" read as speeds"
)]
pub enum PlaySpeed {
    /// One day per second.
    DayPerSecond,
    /// One week per second.
    WeekPerSecond,
    /// One month per second.
    MonthPerSecond,
    /// One year per second.
    YearPerSecond,
}

impl PlaySpeed {
    /// Every speed, slowest first.
    pub const ALL: [Self; 4] = [
        Self::DayPerSecond,
        Self::WeekPerSecond,
        Self::MonthPerSecond,
        Self::YearPerSecond,
    ];

    /// Days of history per second of playback.
    pub fn days_per_second(self) -> f64 {
        match self {
            Self::DayPerSecond => 1.0,
            Self::WeekPerSecond => 7.0,
            Self::MonthPerSecond => 30.44,
            Self::YearPerSecond => 365.25,
        }
    }

    /// A label for the picker.
    pub fn label(self) -> &'static str {
        match self {
            Self::DayPerSecond => "1 day / s",
            Self::WeekPerSecond => "1 week / s",
            Self::MonthPerSecond => "1 month / s",
            Self::YearPerSecond => "1 year / s",
        }
    }
}

/// Something the user asked the time control to do.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TimeCommand {
    /// Go to this date (clamped to the timeline).
    SetDate(Date),
    /// Move by whole days (negative: back).
    StepDays(i32),
    /// Go to the next event's first day.
    NextEvent,
    /// Go to the previous event's first day.
    PreviousEvent,
    /// Start or stop playback.
    TogglePlay,
    /// Change the playback speed.
    SetSpeed(PlaySpeed),
    /// Go to the first day of the timeline.
    GoToStart,
    /// Go to today.
    GoToEnd,
    /// Zoom the visible span by `factor` (> 1 zooms in) around the day `center`.
    Zoom {
        /// The day that stays put.
        center: Date,
        /// How much narrower the span gets.
        factor: f64,
    },
    /// Show exactly this span (from a dragged range or a preset).
    ShowSpan(Date, Date),
    /// Show the whole timeline.
    ShowAll,
}

/// The state of the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeControl {
    /// The chosen date: the single source of truth for the map and the panels.
    pub date: Date,
    /// Whether playback runs.
    pub playing: bool,
    /// Playback speed.
    pub speed: PlaySpeed,
    /// The first day shown on the axis.
    pub view_start: Date,
    /// The last day shown on the axis.
    pub view_end: Date,
    /// The first day of the timeline.
    pub min: Date,
    /// The last day of the timeline (today).
    pub max: Date,
    /// Fractional days of playback not yet applied.
    pending_days: f64,
}

impl TimeControl {
    /// A timeline from `min` to `max`, showing all of it, with the date at `max`. A `max`
    /// before `min` (a clock set in the past) gives a one-day timeline, never a panic.
    pub fn new(min: Date, max: Date) -> Self {
        let max = max.max(min);
        Self {
            date: max,
            playing: false,
            speed: PlaySpeed::MonthPerSecond,
            view_start: min,
            view_end: max,
            min,
            max,
            pending_days: 0.0,
        }
    }

    /// Carry out a command.
    pub fn apply(&mut self, command: TimeCommand, chronicle: &Chronicle) {
        match command {
            TimeCommand::SetDate(d) => self.set_date(d),
            TimeCommand::StepDays(n) => self.set_date(self.date.add_days(n)),
            TimeCommand::NextEvent => {
                if let Some(e) = chronicle
                    .next_event_after(self.date)
                    .and_then(|i| chronicle.events.get(i))
                {
                    self.set_date(e.first_day());
                }
            }
            TimeCommand::PreviousEvent => {
                if let Some(e) = chronicle
                    .previous_event_before(self.date)
                    .and_then(|i| chronicle.events.get(i))
                {
                    self.set_date(e.first_day());
                }
            }
            TimeCommand::TogglePlay => {
                self.playing = !self.playing;
                self.pending_days = 0.0;
                if self.playing && self.date >= self.max {
                    self.set_date(self.min); // play from the start when at the end
                }
            }
            TimeCommand::SetSpeed(s) => self.speed = s,
            TimeCommand::GoToStart => self.set_date(self.min),
            TimeCommand::GoToEnd => self.set_date(self.max),
            TimeCommand::Zoom { center, factor } => {
                let span = f64::from(self.view_start.days_until(self.view_end));
                let new_span = (span / factor).round() as i32;
                let left = f64::from(self.view_start.days_until(center)) / span.max(1.0);
                let start = center.add_days(-(left * f64::from(new_span)).round() as i32);
                self.show_span(start, start.add_days(new_span));
            }
            TimeCommand::ShowSpan(a, b) => self.show_span(a.min(b), a.max(b)),
            TimeCommand::ShowAll => self.show_span(self.min, self.max),
        }
    }

    /// Advance playback by `dt_secs` seconds of wall time. Returns whether the date changed.
    /// Playback stops at the end of the timeline.
    pub fn tick(&mut self, dt_secs: f64) -> bool {
        if !self.playing {
            return false;
        }
        self.pending_days += dt_secs * self.speed.days_per_second();
        let whole = self.pending_days.floor();
        if whole < 1.0 {
            return false;
        }
        self.pending_days -= whole;
        let before = self.date;
        self.set_date(self.date.add_days(whole as i32));
        if self.date >= self.max {
            self.playing = false;
        }
        self.date != before
    }

    /// Seconds of wall time until playback moves the date by a day; `None` when not playing.
    /// The app asks for its next frame then, not sooner.
    pub fn seconds_to_next_day(&self) -> Option<f64> {
        self.playing
            .then(|| (1.0 - self.pending_days).max(0.0) / self.speed.days_per_second())
    }

    /// The visible span in days.
    pub fn span_days(&self) -> i32 {
        self.view_start.days_until(self.view_end)
    }

    fn set_date(&mut self, d: Date) {
        self.date = d.clamp(self.min, self.max);
        // Keep the chosen date on screen: slide the view, keeping its width.
        let span = self.span_days();
        if self.date < self.view_start {
            self.show_span(self.date, self.date.add_days(span));
        } else if self.date > self.view_end {
            self.show_span(self.date.add_days(-span), self.date);
        }
    }

    fn show_span(&mut self, start: Date, end: Date) {
        let full = self.min.days_until(self.max);
        let span = start.days_until(end).clamp(MIN_SPAN_DAYS.min(full), full);
        let start = start.clamp(self.min, self.max.add_days(-span));
        self.view_start = start;
        self.view_end = start.add_days(span);
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_timeline_ending_before_it_starts_does_not_panic() {
        let min = Date::parse("1989-01-01").unwrap();
        let mut t = TimeControl::new(min, Date::parse("1980-01-01").unwrap());
        assert_eq!((t.min, t.max, t.date), (min, min, min));
        t.set_date(min.add_days(5));
        t.show_span(min, min.add_days(100));
        assert_eq!(t.date, min);
    }

    use super::*;
    use crate::chronicle::TIMELINE_START;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn setup() -> (Chronicle, TimeControl) {
        let c = crate::dataset::shipped().chronicle.clone();
        (c, TimeControl::new(TIMELINE_START, d("2026-11-23")))
    }

    #[test]
    fn playback_asks_for_a_frame_only_when_the_date_will_change() {
        let (c, mut t) = setup();
        assert_eq!(t.seconds_to_next_day(), None, "not playing");
        t.apply(TimeCommand::SetDate(d("2008-08-01")), &c);
        t.apply(TimeCommand::SetSpeed(PlaySpeed::DayPerSecond), &c);
        t.apply(TimeCommand::TogglePlay, &c);
        assert_eq!(t.seconds_to_next_day(), Some(1.0));
        assert!(!t.tick(0.25), "a quarter of a day: same date");
        assert_eq!(t.seconds_to_next_day(), Some(0.75));
        assert!(t.tick(0.75));
        assert_eq!(t.date, d("2008-08-02"));
        t.apply(TimeCommand::SetSpeed(PlaySpeed::YearPerSecond), &c);
        let wait = t.seconds_to_next_day().unwrap();
        assert!(wait > 0.0 && wait < 0.003, "{wait}");
    }

    #[test]
    fn starts_today_showing_everything() {
        let (_, t) = setup();
        assert_eq!(t.date, d("2026-11-23"));
        assert_eq!(
            (t.view_start, t.view_end),
            (TIMELINE_START, d("2026-11-23"))
        );
        assert!(!t.playing);
    }

    #[test]
    fn dates_stay_inside_the_timeline() {
        let (c, mut t) = setup();
        t.apply(TimeCommand::SetDate(d("1900-01-01")), &c);
        assert_eq!(t.date, TIMELINE_START);
        t.apply(TimeCommand::StepDays(-1), &c);
        assert_eq!(t.date, TIMELINE_START);
        t.apply(TimeCommand::GoToEnd, &c);
        t.apply(TimeCommand::StepDays(10), &c);
        assert_eq!(t.date, d("2026-11-23"));
    }

    #[test]
    fn next_and_previous_event_step_through_the_war_day_by_day() {
        let (c, mut t) = setup();
        t.apply(TimeCommand::SetDate(d("2008-08-06")), &c);
        let mut days = Vec::new();
        for _ in 0..6 {
            t.apply(TimeCommand::NextEvent, &c);
            days.push(t.date.to_string());
        }
        assert_eq!(
            days,
            [
                "2008-08-07",
                "2008-08-08",
                "2008-08-09",
                "2008-08-10",
                "2008-08-11",
                "2008-08-12"
            ]
        );
        t.apply(TimeCommand::PreviousEvent, &c);
        assert_eq!(t.date, d("2008-08-11"));
    }

    #[test]
    fn zooming_in_on_august_2008_keeps_the_pointer_day_and_stops_at_five_days() {
        let (c, mut t) = setup();
        let center = d("2008-08-10");
        let before = f64::from(t.view_start.days_until(center)) / f64::from(t.span_days());
        t.apply(
            TimeCommand::Zoom {
                center,
                factor: 10.0,
            },
            &c,
        );
        let after = f64::from(t.view_start.days_until(center)) / f64::from(t.span_days());
        assert!((before - after).abs() < 0.01, "{before} vs {after}");
        for _ in 0..20 {
            t.apply(
                TimeCommand::Zoom {
                    center,
                    factor: 4.0,
                },
                &c,
            );
        }
        assert_eq!(t.span_days(), MIN_SPAN_DAYS);
        assert!(t.view_start <= center && center <= t.view_end);
        t.apply(TimeCommand::ShowAll, &c);
        assert_eq!(t.span_days(), TIMELINE_START.days_until(d("2026-11-23")));
    }

    #[test]
    fn a_dragged_span_is_shown_and_the_date_stays_visible_when_it_moves() {
        let (c, mut t) = setup();
        t.apply(TimeCommand::ShowSpan(d("2008-08-12"), d("2008-08-07")), &c);
        assert_eq!(
            (t.view_start, t.view_end),
            (d("2008-08-07"), d("2008-08-12"))
        );
        t.apply(TimeCommand::SetDate(d("2008-08-15")), &c);
        assert_eq!(t.view_end, d("2008-08-15"));
        assert_eq!(t.span_days(), 5);
    }

    #[test]
    fn playback_advances_by_the_speed_and_stops_at_the_end() {
        let (c, mut t) = setup();
        t.apply(TimeCommand::SetDate(d("2008-08-01")), &c);
        t.apply(TimeCommand::SetSpeed(PlaySpeed::DayPerSecond), &c);
        assert!(!t.tick(1.0), "paused: nothing moves");
        t.apply(TimeCommand::TogglePlay, &c);
        assert!(!t.tick(0.5));
        assert!(t.tick(0.6));
        assert_eq!(t.date, d("2008-08-02"));
        t.apply(TimeCommand::SetSpeed(PlaySpeed::YearPerSecond), &c);
        for _ in 0..100 {
            t.tick(1.0);
        }
        assert_eq!(t.date, t.max);
        assert!(!t.playing, "stops at today");
        t.apply(TimeCommand::TogglePlay, &c);
        assert_eq!(t.date, t.min, "playing at the end starts over");
    }
}
