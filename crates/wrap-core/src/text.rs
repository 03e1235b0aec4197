//! Small text helpers shared by every renderer.

use std::borrow::Cow;

/// The text made safe to show: control characters (other than line breaks and tabs) become
/// `U+FFFD`, and Windows line endings become plain line breaks. Everything else, including
/// right-to-left text and emoji, is left exactly as it is.
pub fn clean_for_display(text: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let text = text.replace("\r\n", "\n");
    Cow::Owned(
        text.chars()
            .map(|c| if unsafe_char(c) { '\u{FFFD}' } else { c })
            .collect(),
    )
}

/// A `tel:` link for a phone number written by hand ("07700 900123", "+44 (0)20 7946 0000"),
/// or `None` when the text is not a dialable number ("ask at the front desk").
pub fn phone_uri(phone: &str) -> Option<String> {
    let phone = phone.trim();
    let mut digits = String::new();
    let mut in_optional_zero = false;
    for (i, c) in phone.char_indices() {
        match c {
            '+' if i == 0 => digits.push('+'),
            '0'..='9' if in_optional_zero => {}
            '0'..='9' => digits.push(c),
            '(' if phone[i..].starts_with("(0)") => in_optional_zero = true,
            ')' if in_optional_zero => in_optional_zero = false,
            ' ' | '-' | '.' | '(' | ')' | '\u{a0}' => {}
            _ => return None,
        }
    }
    let count = digits.chars().filter(char::is_ascii_digit).count();
    (3..=20).contains(&count).then(|| format!("tel:{digits}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_made_visible() {
        assert!(matches!(
            clean_for_display("plain ✓ שלום\nline"),
            Cow::Borrowed(_)
        ));
        assert_eq!(
            clean_for_display("a\u{7}b\r\nc\u{1b}[31m"),
            "a\u{FFFD}b\nc\u{FFFD}[31m"
        );
    }

    #[test]
    fn phone_numbers_become_tel_links() {
        assert_eq!(phone_uri("07700 900123").unwrap(), "tel:07700900123");
        assert_eq!(
            phone_uri("+44 (0)20 7946-0000").unwrap(),
            "tel:+442079460000"
        );
        assert_eq!(phone_uri("999").unwrap(), "tel:999");
        assert_eq!(phone_uri("ask at reception"), None);
        assert_eq!(phone_uri(""), None);
        assert_eq!(phone_uri("12"), None);
    }
}
