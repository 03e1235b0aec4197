//! Content lines as vCard (RFC 6350) and iCalendar (RFC 5545) write them: text escaped,
//! lines folded at 75 octets without splitting a character, CRLF line endings.

use wrap_core::clean_for_display;

/// The longest a line may be, in octets, before it is folded.
const MAX_OCTETS: usize = 75;

/// A text value escaped for a content line: backslash, comma, semicolon and line breaks.
/// Control characters are made visible first, so the value cannot break the file's structure.
pub(crate) fn escape(text: &str) -> String {
    let text = clean_for_display(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Appends one content line to `out`, folded so that no physical line is longer than 75
/// octets (a continuation line starts with one space), ending in CRLF.
pub(crate) fn push_line(out: &mut String, line: &str) {
    let mut used = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if used + width > MAX_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += width;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_separators() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(escape("one\r\ntwo"), "one\\ntwo");
        assert_eq!(escape("bell\u{7}"), "bell\u{FFFD}");
    }

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        push_line(&mut out, &"x".repeat(80));
        assert_eq!(out, format!("{}\r\n {}\r\n", "x".repeat(75), "x".repeat(5)));

        let mut out = String::new();
        let line = format!("NOTE:{}", "ŵ".repeat(100));
        push_line(&mut out, &line);
        for physical in out.split("\r\n") {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
    }

    #[test]
    fn short_lines_stay_whole() {
        let mut out = String::new();
        push_line(&mut out, "BEGIN:VCARD");
        assert_eq!(out, "BEGIN:VCARD\r\n");
    }
}
