//! Dates as people type them: `31/10/2026`, `31 October 2026`, `3rd December`, `today`,
//! `tomorrow`, `in 3 months`, as well as `2026-10-31`; and "today" as the local date.
//!
//! Words are read in every language wrap has a catalogue in (`heddiw`, `3 Rhagfyr`,
//! `dentro de 3 meses`, `3 grudnia`), whatever the language of the interview: they are the
//! `date-*` messages of each `more.ftl` and the months of each `documents.ftl`. Case and
//! accents do not matter.
//!
//! Numbers with slashes, dots or dashes are read day first (`03/04/2027` is 3 April),
//! unless the locale (`LC_ALL`, `LC_TIME`, `LANG`) is one that writes the month first
//! (`en_US`); a date that can only be read one way (`31/10`, `10/31`) is read that way.

use wrap_core::{Date, Language, fold};

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

impl NotADate {
    /// What to say, in `language`: that the text typed (`typed`) is no day of the calendar,
    /// or not a date at all, with the forms that are.
    pub fn message_in(&self, typed: &str, language: Language) -> String {
        let id = match self.1 {
            Why::NoSuchDay => "interview-date-no-such-day",
            Why::NotUnderstood => "interview-date-not-understood",
        };
        language.format(id, &[("typed", typed.trim().into())])
    }
}

impl std::fmt::Display for NotADate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a count of "in 3 months" counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// The words of dates in every language, folded (see [`fold`]); phrases as their words.
struct Words {
    today: Vec<Vec<String>>,
    tomorrow: Vec<Vec<String>>,
    yesterday: Vec<Vec<String>>,
    next_week: Vec<Vec<String>>,
    next_month: Vec<Vec<String>>,
    next_year: Vec<Vec<String>>,
    within: Vec<Vec<String>>,
    units: Vec<(String, Unit)>,
    numbers: Vec<(Vec<String>, u32)>,
    between: Vec<String>,
    endings: Vec<String>,
    months: Vec<(String, u8)>,
}

/// A text's words: folded, split at spaces and commas.
fn words_of(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The ways of writing one thing, listed in a message: separated by commas, and within
/// each place by "/".
fn places(language: Language, id: &str) -> Vec<Vec<String>> {
    language
        .text(id)
        .split(',')
        .map(|place| {
            place
                .split('/')
                .map(|way| way.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|way| !way.is_empty())
                .collect()
        })
        .collect()
}

impl Words {
    fn get() -> &'static Words {
        static WORDS: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
        WORDS.get_or_init(|| Words::of(&Language::ALL))
    }

    fn of(languages: &[Language]) -> Words {
        let phrases = |id: &str| -> Vec<Vec<String>> {
            let mut all: Vec<Vec<String>> = languages
                .iter()
                .flat_map(|&language| places(language, id))
                .flatten()
                .map(|phrase| words_of(&phrase))
                .filter(|phrase| !phrase.is_empty())
                .collect();
            all.sort();
            all.dedup();
            all
        };
        let words = |id: &str| -> Vec<String> {
            phrases(id)
                .into_iter()
                .filter(|phrase| phrase.len() == 1)
                .flatten()
                .collect()
        };
        let mut units = Vec::new();
        for (id, unit) in [
            ("date-word-days", Unit::Day),
            ("date-word-weeks", Unit::Week),
            ("date-word-months", Unit::Month),
            ("date-word-years", Unit::Year),
        ] {
            units.extend(words(id).into_iter().map(|word| (word, unit)));
        }
        let mut numbers = Vec::new();
        let mut months = Vec::new();
        for &language in languages {
            for (n, place) in (1..).zip(places(language, "date-word-numbers")) {
                numbers.extend(place.iter().map(|way| (words_of(way), n)));
            }
            for (month, place) in (1..=12).zip(places(language, "date-months-also")) {
                months.extend(place.iter().map(|way| (fold(way), month)));
                months.push((fold(&language.text(&format!("month-{month}"))), month));
            }
        }
        months.sort();
        months.dedup();
        Words {
            today: phrases("date-word-today"),
            tomorrow: phrases("date-word-tomorrow"),
            yesterday: phrases("date-word-yesterday"),
            next_week: phrases("date-word-next-week"),
            next_month: phrases("date-word-next-month"),
            next_year: phrases("date-word-next-year"),
            within: phrases("date-word-in"),
            units,
            numbers,
            between: words("date-word-between"),
            endings: languages
                .iter()
                .flat_map(|&language| places(language, "date-day-endings"))
                .flatten()
                .map(|ending| fold(&ending))
                .collect(),
            months,
        }
    }

    /// "in 3 months", "ymhen tri mis", "za tydzień": the count (1 when there is none) and
    /// what it counts.
    fn within(&self, typed: &[String]) -> Option<(u32, Unit)> {
        let rest = self
            .within
            .iter()
            .find_map(|phrase| typed.strip_prefix(phrase.as_slice()))?;
        let (unit, count) = rest.split_last()?;
        let unit = self
            .units
            .iter()
            .find(|(word, _)| word == unit)
            .map(|&(_, unit)| unit)?;
        let count = match count {
            [] => 1,
            [digits] if digits.chars().all(|c| c.is_ascii_digit()) => digits.parse().ok()?,
            words => self
                .numbers
                .iter()
                .find(|(way, _)| way.as_slice() == words)
                .map(|&(_, n)| n)?,
        };
        Some((count, unit))
    }

    /// The month a word names: all of it, or its first three letters or more, when they
    /// begin the name of only one month.
    fn month(&self, word: &str) -> Option<u8> {
        let word = fold(word.trim_end_matches('.'));
        if let Some(&(_, month)) = self.months.iter().find(|(name, _)| *name == word) {
            return Some(month);
        }
        if word.chars().count() < 3 {
            return None;
        }
        let mut found = self
            .months
            .iter()
            .filter(|(name, _)| name.starts_with(&word))
            .map(|&(_, month)| month);
        let first = found.next()?;
        found.all(|month| month == first).then_some(first)
    }

    /// The day a word gives: "3", "3rd", "3ydd", "3.".
    fn day(&self, word: &str) -> Option<u8> {
        let word = fold(word);
        let digits = std::iter::once(word.as_str())
            .chain(
                self.endings
                    .iter()
                    .filter_map(|e| word.strip_suffix(e.as_str())),
            )
            .find(|digits| !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()))?;
        let day: u8 = digits.parse().ok()?;
        (1..=31).contains(&day).then_some(day)
    }
}

/// Understands a typed date, relative to `today`.
pub fn understand(text: &str, today: Date, order: DayOrder) -> Result<Date, NotADate> {
    let typed = text.trim();
    let words = words_of(typed);
    let no_such_day = || {
        NotADate(
            format!("\"{typed}\" is not a day of the calendar"),
            Why::NoSuchDay,
        )
    };
    let known = Words::get();
    let said = |phrases: &[Vec<String>]| phrases.contains(&words);
    if said(&known.today) {
        return Ok(today);
    }
    let relative = if said(&known.tomorrow) {
        Some((1, Unit::Day))
    } else if said(&known.yesterday) {
        return today.add_days(-1).ok_or_else(no_such_day);
    } else if said(&known.next_week) {
        Some((1, Unit::Week))
    } else if said(&known.next_month) {
        Some((1, Unit::Month))
    } else if said(&known.next_year) {
        Some((1, Unit::Year))
    } else {
        known.within(&words)
    };
    if let Some((n, unit)) = relative {
        let date = match unit {
            Unit::Day => today.add_days(i64::from(n)),
            Unit::Week => today.add_days(7 * i64::from(n)),
            Unit::Month => today.add_months(n),
            Unit::Year => n.checked_mul(12).and_then(|m| today.add_months(m)),
        };
        return date.ok_or_else(no_such_day);
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
    // Words: 3 December 2026, 3rd December, December 3rd 2026, 3 Dec, 3 de diciembre,
    // 3 grudnia 2026 r., y 3ydd o Ragfyr.
    let words: Vec<&str> = words
        .iter()
        .map(|word| word.trim_end_matches('.'))
        .filter(|word| !word.is_empty() && !known.between.iter().any(|w| w == word))
        .collect();
    let (day, month, year) = match words.as_slice() {
        [d, m] => (known.day(d), known.month(m), None),
        [d, m, y] => (known.day(d), known.month(m), Some(*y)),
        _ => (None, None, None),
    };
    let (day, month, year) = match (day, month) {
        (Some(d), Some(m)) => (d, m, year),
        _ => match words.as_slice() {
            [m, d] => (
                known.day(d).ok_or_else(|| not_understood(typed))?,
                known.month(m).ok_or_else(|| not_understood(typed))?,
                None,
            ),
            [m, d, y] => (
                known.day(d).ok_or_else(|| not_understood(typed))?,
                known.month(m).ok_or_else(|| not_understood(typed))?,
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
    fn welsh_words_for_dates() {
        assert_eq!(read("heddiw"), Ok(date(2026, 11, 23)));
        assert_eq!(read("Yfory"), Ok(date(2026, 11, 24)));
        assert_eq!(read("ddoe"), Ok(date(2026, 11, 22)));
        assert_eq!(read("yr wythnos nesaf"), Ok(date(2026, 11, 30)));
        assert_eq!(read("mis nesaf"), Ok(date(2026, 12, 23)));
        assert_eq!(read("ymhen 3 mis"), Ok(date(2027, 2, 23)));
        assert_eq!(read("ymhen tri mis"), Ok(date(2027, 2, 23)));
        assert_eq!(read("mewn dau ddiwrnod"), Ok(date(2026, 11, 25)));
        assert_eq!(read("ymhen pythefnos").unwrap_err().1, Why::NotUnderstood);
        assert_eq!(read("ymhen wythnos"), Ok(date(2026, 11, 30)));
        assert_eq!(read("ymhen dwy flynedd"), Ok(date(2028, 11, 23)));
        assert_eq!(read("3 Rhagfyr"), Ok(date(2026, 12, 3)));
        assert_eq!(read("3 rhagfyr 2027"), Ok(date(2027, 12, 3)));
        assert_eq!(read("y 3ydd o Ragfyr"), Ok(date(2026, 12, 3)));
        assert_eq!(read("1af o fis Mawrth"), Ok(date(2027, 3, 1)));
        assert_eq!(read("5ed o Fehefin 2027"), Ok(date(2027, 6, 5)));
        assert_eq!(read("31 Hydref 2026"), Ok(date(2026, 10, 31)));
        assert_eq!(read("30 Chwefror").unwrap_err().1, Why::NoSuchDay);
    }

    #[test]
    fn spanish_words_for_dates() {
        assert_eq!(read("hoy"), Ok(date(2026, 11, 23)));
        assert_eq!(read("Mañana"), Ok(date(2026, 11, 24)));
        assert_eq!(
            read("manana"),
            Ok(date(2026, 11, 24)),
            "accents do not matter"
        );
        assert_eq!(read("ayer"), Ok(date(2026, 11, 22)));
        assert_eq!(read("la semana que viene"), Ok(date(2026, 11, 30)));
        assert_eq!(read("el próximo mes"), Ok(date(2026, 12, 23)));
        assert_eq!(read("en 3 meses"), Ok(date(2027, 2, 23)));
        assert_eq!(read("dentro de dos semanas"), Ok(date(2026, 12, 7)));
        assert_eq!(read("en un año"), Ok(date(2027, 11, 23)));
        assert_eq!(read("en 10 dias"), Ok(date(2026, 12, 3)));
        assert_eq!(read("3 de diciembre"), Ok(date(2026, 12, 3)));
        assert_eq!(read("3 de Diciembre de 2027"), Ok(date(2027, 12, 3)));
        assert_eq!(read("1º de marzo"), Ok(date(2027, 3, 1)));
        assert_eq!(read("3 dic"), Ok(date(2026, 12, 3)));
        assert_eq!(read("31 de setiembre").unwrap_err().1, Why::NoSuchDay);
    }

    #[test]
    fn polish_words_for_dates() {
        assert_eq!(read("dziś"), Ok(date(2026, 11, 23)));
        assert_eq!(read("dzis"), Ok(date(2026, 11, 23)));
        assert_eq!(read("DZISIAJ"), Ok(date(2026, 11, 23)));
        assert_eq!(read("jutro"), Ok(date(2026, 11, 24)));
        assert_eq!(read("wczoraj"), Ok(date(2026, 11, 22)));
        assert_eq!(read("w przyszłym tygodniu"), Ok(date(2026, 11, 30)));
        assert_eq!(read("w przyszlym miesiacu"), Ok(date(2026, 12, 23)));
        assert_eq!(read("za tydzień"), Ok(date(2026, 11, 30)));
        assert_eq!(read("za 3 miesiące"), Ok(date(2027, 2, 23)));
        assert_eq!(read("za 5 miesięcy"), Ok(date(2027, 4, 23)));
        assert_eq!(read("za dwa tygodnie"), Ok(date(2026, 12, 7)));
        assert_eq!(read("za rok"), Ok(date(2027, 11, 23)));
        assert_eq!(read("za 2 lata"), Ok(date(2028, 11, 23)));
        assert_eq!(read("3 grudnia"), Ok(date(2026, 12, 3)));
        assert_eq!(read("3 grudzień"), Ok(date(2026, 12, 3)));
        assert_eq!(read("3 Grudnia 2027 r."), Ok(date(2027, 12, 3)));
        assert_eq!(read("3. grudnia 2027 roku"), Ok(date(2027, 12, 3)));
        assert_eq!(read("1 października"), Ok(date(2027, 10, 1)));
        assert_eq!(read("1 pazdziernika"), Ok(date(2027, 10, 1)));
        assert_eq!(read("30 lutego").unwrap_err().1, Why::NoSuchDay);
    }

    #[test]
    fn words_for_dates_in_every_catalogue_are_understood() {
        // Each catalogue's own words, as it lists them, read as they should.
        for language in [Language::EnGb, Language::Cy, Language::Es, Language::Pl] {
            for (id, expected) in [
                ("date-word-today", date(2026, 11, 23)),
                ("date-word-tomorrow", date(2026, 11, 24)),
                ("date-word-yesterday", date(2026, 11, 22)),
                ("date-word-next-week", date(2026, 11, 30)),
                ("date-word-next-month", date(2026, 12, 23)),
                ("date-word-next-year", date(2027, 11, 23)),
            ] {
                for phrase in language.text(id).split(',') {
                    assert_eq!(read(phrase), Ok(expected), "{language}: {id}: {phrase}");
                }
            }
            for month in 1..=12 {
                let name = language.text(&format!("month-{month}"));
                assert_eq!(
                    read(&format!("1 {name} 2030")),
                    Ok(date(2030, month, 1)),
                    "{language}: {name}"
                );
                assert_eq!(
                    read(&format!("1 {} 2030", name.to_uppercase())),
                    Ok(date(2030, month, 1)),
                    "{language}: {name}"
                );
            }
            for (n, place) in (1..).zip(places(language, "date-word-numbers")) {
                for way in place {
                    let unit = language.text("date-word-days");
                    let unit = unit.split(',').next_back().unwrap().trim();
                    let within = language.text("date-word-in");
                    let within = within.split(',').next().unwrap();
                    assert_eq!(
                        read(&format!("{within} {way} {unit}")),
                        Ok(date(2026, 11, 23).add_days(n).unwrap()),
                        "{language}: {way}"
                    );
                }
            }
        }
    }

    #[test]
    fn english_words_are_understood_whatever_the_language() {
        // The catalogues' words are all read together: "3 December" and "3 Rhagfyr" alike.
        assert_eq!(read("3 December"), read("3 Rhagfyr"));
        assert_eq!(read("3 December"), read("3 de diciembre"));
        assert_eq!(read("3 December"), read("3 grudnia"));
        assert_eq!(read("next week"), read("wythnos nesaf"));
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
