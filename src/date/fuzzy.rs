//! Dates known to the day, the month or the year: the span of days they may be.

use super::{Date, DateError};
use serde::Deserialize;

/// How exactly a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// To the day.
    Day,
    /// To the month.
    Month,
    /// To the year.
    Year,
}

/// A date known to the day, the month or the year: the span of days it may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FuzzyDate {
    /// The earliest day it may be.
    pub first: Date,
    /// The latest day it may be.
    pub last: Date,
    /// How exactly it is known.
    pub precision: Precision,
}

impl FuzzyDate {
    /// Parse exactly `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (digits only, each part its length).
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let t = text;
        let parts: Vec<&str> = t.split('-').collect();
        let bad = || DateError::Format(t.to_owned());
        let num = |s: &str, len: usize| super::digits(s, len).ok_or_else(bad);
        match parts.as_slice() {
            [_, _, _] => {
                let d = Date::parse(t)?;
                Ok(Self {
                    first: d,
                    last: d,
                    precision: Precision::Day,
                })
            }
            [y, m] => {
                let year = num(y, 4)? as i32;
                let first = Date::from_ymd(year, num(m, 2)?, 1)?;
                Ok(Self {
                    first,
                    last: first.end_of_month(),
                    precision: Precision::Month,
                })
            }
            [y] => {
                let year = num(y, 4)? as i32;
                Ok(Self {
                    first: Date::from_ymd(year, 1, 1)?,
                    last: Date::from_ymd(year, 12, 31)?,
                    precision: Precision::Year,
                })
            }
            _ => Err(bad()),
        }
    }

    /// Whether the day is known.
    pub fn is_exact(&self) -> bool {
        self.precision == Precision::Day
    }

    /// In words: "26 August 2008", "August 2008" or "2008".
    pub fn label(&self) -> String {
        match self.precision {
            Precision::Day => self.first.long(),
            Precision::Month => self.first.month_year(),
            Precision::Year => self.first.year().to_string(),
        }
    }
}

impl<'de> Deserialize<'de> for FuzzyDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        FuzzyDate::parse(&s).map_err(|e| {
            serde::de::Error::custom(format!(
                "{e} (also allowed: YYYY-MM or YYYY when only the month or year is known)"
            ))
        })
    }
}
