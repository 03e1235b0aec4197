//! Calendar dates, written as ISO 8601 (`2026-11-23`) in files, and as people read them
//! ("23 November 2026", [`Date::long`]) in printed documents and Markdown.
//!
//! The core never reads the clock: whoever needs "today" passes it in.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use wrap_l10n::Language;

use crate::load_error::Said;

/// A calendar date (proleptic Gregorian), stored and written as `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a piece of text is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// The text is not of the form `YYYY-MM-DD`.
    Format(String),
    /// The text has the right form but names no real day.
    NoSuchDay(String),
}

impl DateError {
    /// The sentence `Display` writes, in `language`.
    pub fn to_string_in(&self, language: Language) -> String {
        self.said().in_language(language)
    }

    fn said(&self) -> Said {
        let (id, text) = match self {
            DateError::Format(text) => ("date-not-iso", text),
            DateError::NoSuchDay(text) => ("date-no-such-day", text),
        };
        Said::with(id, &[("text", text.clone())])
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_string_in(Language::EnGb))
    }
}

impl std::error::Error for DateError {}

impl Date {
    /// The date with this year, month (1–12) and day (1–31), if it exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// The date `days` days after 1970-01-01 (negative: before it).
    ///
    /// Returns `None` outside the years 1 to 9999.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, month, day)
    }

    /// How many days after 1970-01-01 this date is.
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days later (earlier when negative), if it is within the years 1 to 9999.
    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_days_since_epoch(self.days_since_epoch().checked_add(days)?)
    }

    /// The same day `months` months later; a day past the end of the new month becomes its
    /// last day (31 January plus one month is 28 or 29 February).
    pub fn add_months(self, months: u32) -> Option<Date> {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(months);
        let year = i32::try_from(index.div_euclid(12)).ok()?;
        let month = (index.rem_euclid(12) + 1) as u8;
        if !(1..=9999).contains(&year) {
            return None;
        }
        let day = self.day.min(days_in_month(year, month));
        Date::new(year, month, day)
    }

    /// The date as people read it in British English: "31 October 2026". Printed documents
    /// and Markdown use this form (in their language, [`Date::long_in`]); files (JSON, FHIR)
    /// keep ISO 8601.
    pub fn long(self) -> String {
        self.long_in(Language::EnGb)
    }

    /// The date as people read it in `language`: "31 Hydref 2026", "31 de octubre de 2026",
    /// "October 31, 2026" (American English).
    pub fn long_in(self, language: Language) -> String {
        language.long_date(self.year, self.month, self.day)
    }

    /// Whole days from `self` until `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Date, DateError> {
        let bytes = text.as_bytes();
        let well_formed = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !well_formed {
            return Err(DateError::Format(text.to_owned()));
        }
        let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().unwrap_or(0);
        let (year, month, day) = (number(0..4), number(5..7), number(8..10));
        Date::new(year as i32, month as u8, day as u8)
            .ok_or_else(|| DateError::NoSuchDay(text.to_owned()))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse()
            .map_err(|error: DateError| serde::de::Error::custom(error.said().noted()))
    }
}

impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A calendar date, ISO 8601 (YYYY-MM-DD).",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_iso_dates() {
        let date: Date = "2026-11-23".parse().unwrap();
        assert_eq!((date.year(), date.month(), date.day()), (2026, 11, 23));
        assert_eq!(date.to_string(), "2026-11-23");
    }

    #[test]
    fn refuses_malformed_and_impossible_dates() {
        for text in [
            "2026-1-23",
            "23/11/2026",
            "2026-11-23T00:00",
            "",
            "abcd-ef-gh",
        ] {
            assert_eq!(
                text.parse::<Date>(),
                Err(DateError::Format(text.into())),
                "{text}"
            );
        }
        for text in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "0000-01-01",
            "2026-04-31",
        ] {
            assert_eq!(
                text.parse::<Date>(),
                Err(DateError::NoSuchDay(text.into())),
                "{text}"
            );
        }
        assert!("2028-02-29".parse::<Date>().is_ok());
    }

    #[test]
    fn long_dates_name_the_month() {
        assert_eq!(Date::new(2026, 10, 31).unwrap().long(), "31 October 2026");
        assert_eq!(Date::new(2027, 2, 6).unwrap().long(), "6 February 2027");
        assert_eq!(Date::new(1, 1, 1).unwrap().long(), "1 January 1");
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(Date::from_days_since_epoch(0), Date::new(1970, 1, 1));
        let date = Date::new(2026, 11, 23).unwrap();
        assert_eq!(date.days_since_epoch(), 20_780);
        for days in (-700_000..2_900_000).step_by(997) {
            let date = Date::from_days_since_epoch(days).unwrap();
            assert_eq!(date.days_since_epoch(), days);
        }
    }

    #[test]
    fn adds_months_clamping_to_month_end() {
        let date = Date::new(2026, 1, 31).unwrap();
        assert_eq!(date.add_months(1), Date::new(2026, 2, 28));
        assert_eq!(date.add_months(13), Date::new(2027, 2, 28));
        assert_eq!(
            Date::new(2026, 11, 23).unwrap().add_months(3),
            Date::new(2027, 2, 23)
        );
        assert_eq!(Date::new(9999, 12, 1).unwrap().add_months(1), None);
    }

    #[test]
    fn counts_days_between_dates() {
        let a = Date::new(2026, 11, 23).unwrap();
        let b = Date::new(2027, 1, 1).unwrap();
        assert_eq!(a.days_until(b), 39);
        assert_eq!(b.days_until(a), -39);
        assert_eq!(a.add_days(39), Some(b));
    }
}
