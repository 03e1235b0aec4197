//! Where a line may end: the Unicode line breaking algorithm (UAX #14), with the rules a
//! printed plan needs on top.
//!
//! - A phone number (digits in groups joined by spaces, `+`, brackets, dashes or dots) is
//!   never split.
//! - A number and the unit after it ("25 mg", "8 hours", "2 pm") stay together.
//! - An e-mail address or a link breaks only after `@`, `.` or `/`.
//!
//! - Thai, Lao, Khmer and Myanmar, written without spaces between words, break between
//!   words: where ICU4X's line segmenter (with its LSTM word models) finds them.
//!
//! No-break spaces hold, Chinese and Japanese break between characters but never before
//! closing punctuation, and hyphenated words break after their hyphens: UAX #14 itself.

use std::ops::Range;

use unicode_linebreak::{BreakClass, BreakOpportunity, break_property, linebreaks};

/// The byte offsets in `text` (one line, no line breaks) after which a line may end, in
/// ascending order; never 0 or the end of the text.
pub(crate) fn opportunities(text: &str) -> Vec<usize> {
    let mut breaks: Vec<usize> = linebreaks(text)
        .filter(|&(at, kind)| at < text.len() && kind == BreakOpportunity::Allowed)
        .map(|(at, _)| at)
        .collect();
    if !text.is_ascii() && text.chars().any(needs_word_model) {
        breaks.extend(word_breaks(text));
        breaks.sort_unstable();
        breaks.dedup();
    }
    if text.is_ascii()
        && !text
            .bytes()
            .any(|b| b.is_ascii_digit() || b == b'@' || b == b'/')
        && !text
            .as_bytes()
            .windows(4)
            .any(|w| w.eq_ignore_ascii_case(b"www."))
    {
        // No numbers, addresses or links: the common case, nothing more to do.
        return breaks;
    }
    let mut held: Vec<Range<usize>> = Vec::new();
    let mut added: Vec<usize> = Vec::new();
    for token in tokens(text) {
        let word = &text[token.clone()];
        if is_address(word) {
            held.push(token.clone());
            added.extend(
                word.char_indices()
                    .filter(|&(_, c)| matches!(c, '@' | '.' | '/'))
                    .map(|(i, c)| token.start + i + c.len_utf8())
                    // Not inside "//", nor at the end of the address.
                    .filter(|&at| at < token.end && !text[at..].starts_with('/')),
            );
        }
    }
    held.extend(phone_numbers(text));
    held.extend(numbers_with_units(text));
    breaks.retain(|&at| !held.iter().any(|r| r.start < at && at < r.end));
    breaks.extend(added);
    breaks.sort_unstable();
    breaks.dedup();
    breaks
}

/// Whether `c` belongs to a script written without spaces between words, whose line breaks
/// UAX #14 leaves to a dictionary or a model (its class SA, "complex context").
fn needs_word_model(c: char) -> bool {
    break_property(u32::from(c)) == BreakClass::ComplexContext
}

/// The breaks between two words of a script written without spaces (Thai: "ภาษา|ไทย"), as
/// ICU4X's line segmenter finds them; breaks it finds elsewhere are UAX #14's, already known.
fn word_breaks(text: &str) -> Vec<usize> {
    let segmenter = icu_segmenter::LineSegmenter::new_lstm(Default::default());
    segmenter
        .segment_str(text)
        .filter(|&at| {
            let before = text[..at].chars().next_back();
            let after = text[at..].chars().next();
            before.is_some_and(needs_word_model) && after.is_some_and(needs_word_model)
        })
        .collect()
}

/// Byte ranges of the runs of text between spaces.
fn tokens(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = None;
    text.char_indices()
        .chain(std::iter::once((text.len(), ' ')))
        .filter_map(move |(i, c)| {
            if c.is_whitespace() && c != '\u{A0}' {
                start.take().map(|s| s..i)
            } else {
                start.get_or_insert(i);
                None
            }
        })
}

/// Whether a word is an e-mail address or a link.
fn is_address(word: &str) -> bool {
    let www = word
        .as_bytes()
        .get(..4)
        .is_some_and(|start| start.eq_ignore_ascii_case(b"www."));
    if www || word.contains("://") {
        return true;
    }
    match word.split_once('@') {
        Some((user, domain)) => !user.is_empty() && domain.contains('.') && domain.len() > 2,
        None => false,
    }
}

/// Characters that join the digit groups of a phone number.
fn is_phone_joiner(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{A0}' | '-' | '.' | '(' | ')' | '\u{2011}' | '\u{2013}'
    )
}

/// Byte ranges of phone numbers: from a digit, `+` or `(`, digit groups joined by single
/// spaces, dashes, dots or brackets, with at least six digits in at least two groups.
pub(crate) fn phone_numbers(text: &str) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut found = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        let (start, c) = chars[index];
        let after_word = index > 0 && chars[index - 1].1.is_alphanumeric();
        if after_word || !(c.is_ascii_digit() || c == '+' || c == '(') {
            index += 1;
            continue;
        }
        let mut end = index;
        let mut digits = 0;
        let mut groups = 1;
        let mut last_digit = None;
        let mut spaces_in_a_row = 0;
        while end < chars.len() {
            let c = chars[end].1;
            if c.is_ascii_digit() {
                digits += 1;
                last_digit = Some(end);
                spaces_in_a_row = 0;
            } else if c == '+' && end == index {
            } else if is_phone_joiner(c) {
                if c == ' ' || c == '\u{A0}' {
                    spaces_in_a_row += 1;
                    if spaces_in_a_row > 1 {
                        break;
                    }
                }
                if end > 0 && last_digit == Some(end - 1) {
                    groups += 1;
                }
            } else {
                break;
            }
            end += 1;
        }
        // Ends at its last digit, or at a closing bracket right after it.
        let Some(last) = last_digit else {
            index += 1;
            continue;
        };
        let stop = if chars.get(last + 1).is_some_and(|&(_, c)| c == ')') {
            last + 2
        } else {
            last + 1
        };
        if digits >= 6 && groups >= 2 {
            let end_byte = chars.get(stop).map_or(text.len(), |&(i, _)| i);
            found.push(start..end_byte);
        }
        index = stop.max(index + 1);
    }
    found
}

/// Units written after a number, compared without case.
const UNITS: &[&str] = &[
    "%", "mg", "mcg", "µg", "μg", "ng", "g", "kg", "ml", "l", "cl", "iu", "mmol", "mm", "cm", "m",
    "km", "mi", "mph", "lb", "lbs", "oz", "st", "kcal", "cal", "h", "hr", "hrs", "hour", "hours",
    "min", "mins", "minute", "minutes", "s", "sec", "secs", "am", "pm", "a.m.", "p.m.", "°c", "°f",
    "tablet", "tablets", "puff", "puffs", "drop", "drops", "times", "x", "days", "day", "weeks",
    "week", "units", "unit",
];

/// Byte ranges of a number followed by a space and a unit ("25 mg", "2 pm").
fn numbers_with_units(text: &str) -> Vec<Range<usize>> {
    let spans: Vec<Range<usize>> = tokens(text).collect();
    spans
        .windows(2)
        .filter_map(|pair| {
            let (number, unit) = (&text[pair[0].clone()], &text[pair[1].clone()]);
            let is_number = number.chars().next().is_some_and(|c| c.is_ascii_digit())
                && number
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '/' | '-' | '½'));
            // The unit as written, or without the punctuation after it ("ml," "mg).").
            let bare = unit.trim_end_matches([',', ';', ':', ')', '.']);
            let known = UNITS
                .iter()
                .any(|u| u.eq_ignore_ascii_case(unit) || u.eq_ignore_ascii_case(bare));
            // Only one space between them: the break UAX #14 allows is there.
            let joined = pair[1].start == pair[0].end + 1;
            (is_number && known && joined).then(|| pair[0].start..pair[1].end)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text split at every break opportunity.
    fn pieces(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut from = 0;
        for at in opportunities(text) {
            out.push(&text[from..at]);
            from = at;
        }
        out.push(&text[from..]);
        out
    }

    #[test]
    fn words_break_after_spaces() {
        assert_eq!(pieces("a walk by"), ["a ", "walk ", "by"]);
    }

    #[test]
    fn no_break_spaces_hold() {
        assert_eq!(
            pieces("ask Dr\u{a0}Jones now"),
            ["ask ", "Dr\u{a0}Jones ", "now"]
        );
    }

    #[test]
    fn phone_numbers_are_never_split() {
        for (text, number) in [
            ("call 07700 900123 now", "07700 900123 "),
            ("call +44 7700 900123 now", "+44 7700 900123 "),
            ("call 029 2018 0456 now", "029 2018 0456 "),
            ("call (029) 2018-0456 now", "(029) 2018-0456 "),
            ("call +44 (0)29 2018 0456 now", "+44 (0)29 2018 0456 "),
            ("call 116 123 now", "116 123 "),
            ("call 0300.123.4567 now", "0300.123.4567 "),
        ] {
            assert!(pieces(text).contains(&number), "{text}: {:?}", pieces(text));
        }
    }

    #[test]
    fn short_numbers_are_not_phone_numbers() {
        assert_eq!(pieces("in 2 3 days"), ["in ", "2 ", "3 days"]);
    }

    #[test]
    fn a_number_stays_with_its_unit() {
        assert_eq!(pieces("25 mg daily"), ["25 mg ", "daily"]);
        assert_eq!(pieces("take 0.5 ml, then"), ["take ", "0.5 ml, ", "then"]);
        assert_eq!(pieces("at 2 pm"), ["at ", "2 pm"]);
        assert_eq!(pieces("sleep 8 hours"), ["sleep ", "8 hours"]);
    }

    #[test]
    fn hyphenated_words_break_after_a_hyphen() {
        assert_eq!(pieces("well-being"), ["well-", "being"]);
    }

    #[test]
    fn addresses_break_only_after_at_sign_dot_or_slash() {
        assert_eq!(
            pieces("sam.o-neill@sub.example.org"),
            ["sam.", "o-neill@", "sub.", "example.", "org"]
        );
        assert_eq!(
            pieces("https://www.example.org/help-me"),
            ["https://", "www.", "example.", "org/", "help-me"]
        );
    }

    #[test]
    fn addresses_are_known_by_scheme_www_or_at_sign_in_any_case() {
        for address in [
            "WWW.Example.org/Help",
            "Www.mind.org.uk",
            "HTTPS://nhs.uk",
            "sam@example.org",
        ] {
            assert!(is_address(address), "{address}");
        }
        for word in [
            "www",
            "wwwexample",
            "@example.org",
            "sam@org",
            "well-being",
            "ww.x",
        ] {
            assert!(!is_address(word), "{word}");
        }
        // A link with neither a scheme nor a slash still breaks only after its dots, not
        // after the hyphen inside it.
        assert_eq!(pieces("WWW.well-being.org"), ["WWW.", "well-being.", "org"]);
    }

    #[test]
    fn thai_breaks_between_words() {
        assert_eq!(pieces("ภาษาไทยภาษาไทย"), ["ภาษา", "ไทย", "ภาษา", "ไทย"]);
        // "I go for a walk every morning": no spaces inside the sentence.
        assert_eq!(pieces("ฉันเดินเล่นทุกเช้า"), ["ฉัน", "เดิน", "เล่น", "ทุก", "เช้า"]);
        // A Thai word and a Latin one: the space is the break.
        assert_eq!(pieces("walk เดิน"), ["walk ", "เดิน"]);
    }

    #[test]
    fn chinese_and_japanese_break_between_characters_but_not_before_closing_punctuation() {
        assert_eq!(pieces("我很好。"), ["我", "很", "好。"]);
        assert_eq!(pieces("ありがとう、"), ["あ", "り", "が", "と", "う、"]);
    }
}
