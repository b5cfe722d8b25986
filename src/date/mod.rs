//! One calendar date type for the whole app: a proleptic Gregorian day, stored as a day number.

mod fuzzy;
pub use fuzzy::{FuzzyDate, Precision};

use std::fmt;

/// Names of the months, for display ("26 August 2008").
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar day. Ordered, `Copy`, and cheap to step by days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Days since 1970-01-01 (negative before it).
    days: i32,
}

/// Why a text is not a date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// The text does not have the form `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` where allowed).
    #[error("expected a date as YYYY-MM-DD, found {0:?}")]
    Format(String),
    /// The numbers are not a day of the calendar.
    #[error("{year:04}-{month:02}-{day:02} is not a day of the calendar")]
    NoSuchDay {
        /// The year given.
        year: i32,
        /// The month given.
        month: u32,
        /// The day given.
        day: u32,
    },
}

/// Whether `year` is a leap year in the Gregorian calendar.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1–12) of `year`.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date of `year`, `month` (1–12), `day` (1–31), if it exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Result<Self, DateError> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(DateError::NoSuchDay { year, month, day });
        }
        Ok(Self {
            days: days_from_civil(year, month, day),
        })
    }

    /// The date `days` days after 1970-01-01.
    pub const fn from_days_since_epoch(days: i32) -> Self {
        Self { days }
    }

    /// Days since 1970-01-01.
    pub const fn days_since_epoch(self) -> i32 {
        self.days
    }

    /// Today's date in UTC, from the system clock.
    pub fn today() -> Self {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        Self::from_days_since_epoch((secs / 86_400) as i32)
    }

    /// (year, month, day).
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.days)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.ymd().0
    }

    /// This date moved by `days` (negative goes back).
    pub fn add_days(self, days: i32) -> Self {
        Self {
            days: self.days.saturating_add(days),
        }
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i32 {
        later.days - self.days
    }

    /// The last day of this date's month.
    pub fn end_of_month(self) -> Self {
        let (y, m, _) = self.ymd();
        Self::from_days_since_epoch(days_from_civil(y, m, days_in_month(y, m)))
    }

    /// Parse exactly `YYYY-MM-DD`: four, two and two digits (no sign, no spaces, no
    /// shorter or longer parts; a field typed by hand is trimmed by its caller).
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let bad = || DateError::Format(text.to_owned());
        let mut parts = text.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        let (Some(year), Some(month), Some(day)) = (digits(y, 4), digits(m, 2), digits(d, 2))
        else {
            return Err(bad());
        };
        Self::from_ymd(i32::try_from(year).map_err(|_| bad())?, month, day)
    }

    /// The date in words: "26 August 2008".
    pub fn long(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{d} {} {y}", month_name(m))
    }

    /// The month in words: "August 2008".
    pub fn month_year(self) -> String {
        let (y, m, _) = self.ymd();
        format!("{} {y}", month_name(m))
    }
}

/// A date's part: exactly `len` ASCII digits, as a number.
pub(crate) fn digits(s: &str, len: usize) -> Option<u32> {
    if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

/// The English name of month `m` (1–12).
pub fn month_name(m: u32) -> &'static str {
    MONTH_NAMES
        .get((m as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

impl fmt::Display for Date {
    /// ISO 8601: `2008-08-26`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

// Howard Hinnant's algorithms (public domain): exact for the whole proleptic Gregorian calendar.
fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400) as u32;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe as i32 - 719_468
}

fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097) as u32;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe as i32 + era * 400 + i32::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_is_day_zero_and_round_trips() {
        assert_eq!(Date::parse("1970-01-01").map(Date::days_since_epoch), Ok(0));
        for days in -30_000..30_000 {
            let d = Date::from_days_since_epoch(days);
            let (y, m, dd) = d.ymd();
            assert_eq!(Date::from_ymd(y, m, dd), Ok(d));
        }
    }

    #[test]
    fn parses_and_prints_iso_and_words() {
        let d = Date::parse("2008-08-26").unwrap();
        assert_eq!(d.to_string(), "2008-08-26");
        assert_eq!(d.long(), "26 August 2008");
        assert_eq!(d.month_year(), "August 2008");
        assert_eq!(d.add_days(6).to_string(), "2008-09-01");
    }

    #[test]
    fn rejects_what_is_not_a_day() {
        assert!(matches!(
            Date::parse("2008-02-30"),
            Err(DateError::NoSuchDay { .. })
        ));
        assert!(matches!(
            Date::parse("2009-02-29"),
            Err(DateError::NoSuchDay { .. })
        ));
        assert!(Date::parse("2008-02-29").is_ok());
        assert!(matches!(
            Date::parse("26 August"),
            Err(DateError::Format(_))
        ));
        assert!(matches!(Date::parse("08-08-08"), Err(DateError::Format(_))));
        assert!(matches!(Date::parse(""), Err(DateError::Format(_))));
        // Exactly four, two and two digits: nothing lenient.
        for lenient in [
            "2008-8-26",
            "2008-08-6",
            "2008-008-0026",
            "+208-08-26",
            " 2008-08-26 ",
            "2008-08-26\n",
            "2008-1",
            "2008-08-26-1",
            "２００８-08-26",
            "2008-+8-26",
        ] {
            assert!(
                matches!(Date::parse(lenient), Err(DateError::Format(_))),
                "{lenient:?}"
            );
        }
    }

    #[test]
    fn end_of_month_knows_leap_years() {
        assert_eq!(
            Date::parse("2008-02-10")
                .unwrap()
                .end_of_month()
                .to_string(),
            "2008-02-29"
        );
        assert_eq!(
            Date::parse("1990-12-01")
                .unwrap()
                .end_of_month()
                .to_string(),
            "1990-12-31"
        );
    }
}
