//! Dates as people type them: `31/10/2026`, `31 October 2026`, `3rd December`, `today`,
//! `tomorrow`, `in 3 months`, as well as `2026-10-31`; and "today" as the local date.
//!
//! Numbers with slashes, dots or dashes are read day first (`03/04/2027` is 3 April),
//! unless the locale (`LC_ALL`, `LC_TIME`, `LANG`) is one that writes the month first
//! (`en_US`); a date that can only be read one way (`31/10`, `10/31`) is read that way.

use wrap_core::{Date, Language};

use crate::error::CliError;

/// Which comes first in a date written with numbers only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayOrder {
    /// 31/10/2026.
    DayFirst,
    /// 10/31/2026.
    MonthFirst,
}

impl DayOrder {
    /// The order the locale's environment variables imply: month first for the United
    /// States and the Philippines, day first everywhere else.
    pub fn from_locale() -> DayOrder {
        let locale = ["LC_ALL", "LC_TIME", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .unwrap_or_default();
        let region = locale
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .split(['_', '-'])
            .nth(1)
            .unwrap_or_default();
        if matches!(region, "US" | "PH" | "FM" | "MH" | "PW") {
            DayOrder::MonthFirst
        } else {
            DayOrder::DayFirst
        }
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A date as people read it in `language`, with its weekday: "Thursday 3 December 2026",
/// "Dydd Iau 3 Rhagfyr 2026".
pub fn spoken(date: Date, language: Language) -> String {
    // 1970-01-01 was a Thursday; the weekdays are numbered from Monday, 1.
    let weekday = (date.days_since_epoch() + 3).rem_euclid(7) + 1;
    let weekday = language.text(&format!("interview-weekday-{weekday}"));
    let date = date.long_in(language);
    language.format(
        "interview-date-spoken",
        &[
            ("weekday", weekday.as_str().into()),
            ("date", date.as_str().into()),
        ],
    )
}

/// Why a text was not understood as a date: what to say (in English), and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotADate(pub String, pub Why);

/// Why a text is not a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// It reads as a date, but the calendar has no such day (31 February).
    NoSuchDay,
    /// It does not read as a date.
    NotUnderstood,
}

impl std::fmt::Display for NotADate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn month_named(word: &str) -> Option<u8> {
    let word = word.trim_end_matches('.').to_lowercase();
    if word.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|month| month.starts_with(&word) || (word == "sept" && *month == "september"))
        .map(|i| i as u8 + 1)
}

fn day_number(word: &str) -> Option<u8> {
    let word = word.to_lowercase();
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
        .unwrap_or(&word);
    let day: u8 = digits.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

/// Understands a typed date, relative to `today`.
pub fn understand(text: &str, today: Date, order: DayOrder) -> Result<Date, NotADate> {
    let typed = text.trim();
    let lower = typed.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let no_such_day = || {
        NotADate(
            format!("\"{typed}\" is not a day of the calendar"),
            Why::NoSuchDay,
        )
    };
    match words.as_slice() {
        ["today"] => return Ok(today),
        ["tomorrow"] => return today.add_days(1).ok_or_else(no_such_day),
        ["yesterday"] => return today.add_days(-1).ok_or_else(no_such_day),
        ["next", "week"] => return today.add_days(7).ok_or_else(no_such_day),
        ["next", "month"] => return today.add_months(1).ok_or_else(no_such_day),
        ["next", "year"] => return today.add_months(12).ok_or_else(no_such_day),
        ["in", count, unit] => {
            let n: u32 = match *count {
                "a" | "an" | "one" => 1,
                "two" => 2,
                "three" => 3,
                "six" => 6,
                other => other.parse().map_err(|_| not_understood(typed))?,
            };
            let unit = unit.trim_end_matches('s');
            let date = match unit {
                "day" => today.add_days(i64::from(n)),
                "week" => today.add_days(7 * i64::from(n)),
                "month" => today.add_months(n),
                "year" => n.checked_mul(12).and_then(|m| today.add_months(m)),
                _ => return Err(not_understood(typed)),
            };
            return date.ok_or_else(no_such_day);
        }
        _ => {}
    }
    if let Ok(date) = typed.parse::<Date>() {
        return Ok(date);
    }
    // Numbers: 31/10/2026, 31.10.26, 31-10-2026, 31/10.
    let numbers: Vec<&str> = typed.split(['/', '.', '-']).map(str::trim).collect();
    if (2..=3).contains(&numbers.len())
        && numbers
            .iter()
            .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    {
        let value = |i: usize| numbers[i].parse::<u32>().map_err(|_| not_understood(typed));
        let (a, b) = (value(0)?, value(1)?);
        let year = match numbers.get(2) {
            Some(_) => full_year(value(2)?),
            None => today.year(),
        };
        let (day, month) = match order {
            _ if a > 12 => (a, b),
            _ if b > 12 => (b, a),
            DayOrder::DayFirst => (a, b),
            DayOrder::MonthFirst => (b, a),
        };
        let date = u8::try_from(month)
            .ok()
            .zip(u8::try_from(day).ok())
            .and_then(|(month, day)| Date::new(year, month, day))
            .ok_or_else(no_such_day)?;
        return Ok(if numbers.len() == 2 {
            not_before(date, today)
        } else {
            date
        });
    }
    // Words: 3 December 2026, 3rd December, December 3rd 2026, 3 Dec.
    let (day, month, year) = match words.as_slice() {
        [d, m] | [d, "of", m] => (day_number(d), month_named(m), None),
        [d, m, y] | [d, "of", m, y] => (day_number(d), month_named(m), Some(*y)),
        _ => (None, None, None),
    };
    let (day, month, year) = match (day, month) {
        (Some(d), Some(m)) => (d, m, year),
        _ => match words.as_slice() {
            [m, d] => (
                day_number(d).ok_or_else(|| not_understood(typed))?,
                month_named(m).ok_or_else(|| not_understood(typed))?,
                None,
            ),
            [m, d, y] => (
                day_number(d).ok_or_else(|| not_understood(typed))?,
                month_named(m).ok_or_else(|| not_understood(typed))?,
                Some(*y),
            ),
            _ => return Err(not_understood(typed)),
        },
    };
    match year {
        Some(year) => {
            let year = year.parse::<u32>().map_err(|_| not_understood(typed))?;
            Date::new(full_year(year), month, day).ok_or_else(no_such_day)
        }
        None => Date::new(today.year(), month, day)
            .map(|date| not_before(date, today))
            .ok_or_else(no_such_day),
    }
}

/// A two-digit year is in this century.
fn full_year(year: u32) -> i32 {
    let year = i32::try_from(year).unwrap_or(i32::MAX);
    if year < 100 { 2000 + year } else { year }
}

/// A date given without its year is the next one to come (today counts).
fn not_before(date: Date, today: Date) -> Date {
    if date < today {
        Date::new(date.year() + 1, date.month(), date.day()).unwrap_or(date)
    } else {
        date
    }
}

fn not_understood(typed: &str) -> NotADate {
    NotADate(
        format!(
            "\"{typed}\" is not a date I can read: try 31/10/2026, 31 October 2026, \
             2026-10-31, today, tomorrow or in 3 months"
        ),
        Why::NotUnderstood,
    )
}

/// Today's date: `WRAP_TODAY` (YYYY-MM-DD) when set, for reproducible output; otherwise
/// the date where the person is, in the system's time zone (`TZ` when set).
pub fn today() -> Result<Date, CliError> {
    if let Ok(text) = std::env::var("WRAP_TODAY") {
        return text.parse().map_err(|error| {
            CliError::usage(format!("WRAP_TODAY: {error}"))
                .hint("unset WRAP_TODAY to use the system clock")
        });
    }
    let zone = jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC);
    local_date(jiff::Timestamp::now(), &zone)
}

/// The calendar date at `now` in `zone`.
fn local_date(now: jiff::Timestamp, zone: &jiff::tz::TimeZone) -> Result<Date, CliError> {
    let date = now.to_zoned(zone.clone()).date();
    Date::new(
        i32::from(date.year()),
        date.month().unsigned_abs(),
        date.day().unsigned_abs(),
    )
    .ok_or_else(|| {
        CliError::failure("the system clock is set to a date outside the years 1 to 9999")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u8, d: u8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    fn read(text: &str) -> Result<Date, NotADate> {
        understand(text, date(2026, 11, 23), DayOrder::DayFirst)
    }

    #[test]
    fn words_people_use_for_dates() {
        assert_eq!(read("today"), Ok(date(2026, 11, 23)));
        assert_eq!(read(" Tomorrow "), Ok(date(2026, 11, 24)));
        assert_eq!(read("in 3 months"), Ok(date(2027, 2, 23)));
        assert_eq!(read("in a month"), Ok(date(2026, 12, 23)));
        assert_eq!(read("in 2 weeks"), Ok(date(2026, 12, 7)));
        assert_eq!(read("in 1 year"), Ok(date(2027, 11, 23)));
        assert_eq!(read("3rd December"), Ok(date(2026, 12, 3)));
        assert_eq!(read("December 3rd, 2027"), Ok(date(2027, 12, 3)));
        assert_eq!(
            read("1 Feb"),
            Ok(date(2027, 2, 1)),
            "a date without a year is ahead"
        );
        assert_eq!(read("31 October 2026"), Ok(date(2026, 10, 31)));
    }

    #[test]
    fn numbers_are_day_first_unless_the_locale_says_otherwise() {
        assert_eq!(read("31/10/2026"), Ok(date(2026, 10, 31)));
        assert_eq!(read("03/04/2027"), Ok(date(2027, 4, 3)));
        assert_eq!(read("3.4.27"), Ok(date(2027, 4, 3)));
        assert_eq!(read("2026-10-31"), Ok(date(2026, 10, 31)));
        let us = |text| understand(text, date(2026, 11, 23), DayOrder::MonthFirst);
        assert_eq!(us("03/04/2027"), Ok(date(2027, 3, 4)));
        assert_eq!(
            us("31/10/2026"),
            Ok(date(2026, 10, 31)),
            "only one way to read it"
        );
        assert_eq!(us("10/31/2026"), Ok(date(2026, 10, 31)));
    }

    #[test]
    fn what_is_not_a_date_says_so() {
        assert!(read("31/02/2027").unwrap_err().0.contains("not a day"));
        assert_eq!(read("31/02/2027").unwrap_err().1, Why::NoSuchDay);
        assert_eq!(read("soon").unwrap_err().1, Why::NotUnderstood);
        assert!(
            read("2026-12-013rd December")
                .unwrap_err()
                .0
                .contains("try 31/10/2026")
        );
        assert!(read("soon").is_err());
        assert!(read("in 3 fortnights").is_err());
    }

    #[test]
    fn dates_are_spoken_with_their_weekday() {
        let english = Language::EnGb;
        assert_eq!(
            spoken(date(2026, 12, 3), english),
            "Thursday 3 December 2026"
        );
        assert_eq!(spoken(date(1970, 1, 1), english), "Thursday 1 January 1970");
        assert_eq!(spoken(date(2026, 12, 7), english), "Monday 7 December 2026");
        assert_eq!(
            spoken(date(2026, 12, 3), Language::Cy),
            "Dydd Iau 3 Rhagfyr 2026"
        );
        assert_eq!(
            spoken(date(2026, 12, 3), Language::Es),
            "jueves, 3 de diciembre de 2026"
        );
        assert_eq!(
            spoken(date(2026, 12, 3), Language::Pl),
            "czwartek, 3 grudnia 2026"
        );
    }

    #[test]
    fn today_is_the_local_date_not_the_date_in_utc() {
        // 23:30 on 30 November in UTC is already 1 December in Auckland, and still
        // 30 November in New York.
        let now: jiff::Timestamp = "2026-11-30T23:30:00Z".parse().unwrap();
        let auckland = jiff::tz::TimeZone::fixed(jiff::tz::offset(13));
        let new_york = jiff::tz::TimeZone::fixed(jiff::tz::offset(-5));
        assert_eq!(local_date(now, &auckland).unwrap(), date(2026, 12, 1));
        assert_eq!(local_date(now, &new_york).unwrap(), date(2026, 11, 30));
        let london = jiff::tz::TimeZone::UTC;
        assert_eq!(local_date(now, &london).unwrap(), date(2026, 11, 30));
    }
}
