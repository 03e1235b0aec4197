//! Small text helpers shared by every renderer.

use std::borrow::Cow;

/// A word as typed, for matching against the words wrap understands (yes and no, dates in
/// words): lower case, without accents or apostrophes, so "Mañana" is "manana", "Sí" "si"
/// and "'mhen" "mhen".
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| !matches!(c, '\'' | '\u{2019}'))
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ą' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'ę' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ŵ' | 'ẁ' | 'ẃ' | 'ẅ' => 'w',
            'ŷ' | 'ỳ' | 'ý' | 'ÿ' => 'y',
            'ñ' | 'ń' => 'n',
            'ć' => 'c',
            'ł' => 'l',
            'ś' => 's',
            'ź' | 'ż' => 'z',
            other => other,
        })
        .collect()
}

/// The text made safe to show: control characters (other than line breaks and tabs) and the
/// explicit bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069)
/// become `U+FFFD`, and Windows line endings become plain line breaks. Everything else,
/// including right-to-left text, the direction marks (U+200E, U+200F, U+061C) and emoji, is
/// left exactly as it is.
///
/// An override left open would turn around what follows it on the line in a terminal that
/// applies the bidirectional algorithm (the rest of the line, a file name, the program's own
/// words), so what a plan holds could be made to read as something else.
pub fn clean_for_display(text: &str) -> Cow<'_, str> {
    if !text.chars().any(unsafe_to_show) {
        return Cow::Borrowed(text);
    }
    let text = text.replace("\r\n", "\n");
    Cow::Owned(
        text.chars()
            .map(|c| if unsafe_to_show(c) { '\u{FFFD}' } else { c })
            .collect(),
    )
}

/// Whether [`clean_for_display`] replaces `c`.
fn unsafe_to_show(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// One phone number found in a phone field's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneNumber {
    /// Where it is in the text, in bytes: the number as written, spaces and all.
    pub range: std::ops::Range<usize>,
    /// Its `tel:` link (`tel:07700900123`, `tel:+442079460000`).
    pub uri: String,
}

/// Numbers that are dialled on their own, so a group after them starts another number
/// (`999 111` is two numbers; `116 123` is one).
const STANDALONE: [&str; 10] = [
    "999", "112", "911", "111", "000", "988", "101", "105", "119", "110",
];

/// The most space-separated groups one run of digits may have before it is left unlinked
/// (keeps the search for where numbers split small).
const MAX_GROUPS: usize = 16;

/// The phone numbers in a phone field's text, each with its place and its `tel:` link: every
/// number, or none when the text cannot be read as numbers for certain.
///
/// A number is a run of digit groups (`07700 900123`, `+44 (0)20 7946-0000`, `116 123`);
/// other words around it (`Mum`, `or`, `evenings`) are left as they are, and runs of one or
/// two digits (`24/7`, `ext 12`) are not numbers. One run can hold several numbers: it is
/// split where each part is a whole number (`07700 900123 020 7946 0000`, `999 111`). When a
/// run of digits cannot be split into whole numbers (`1234 5678 9012 3456 7890`), nothing is
/// linked, rather than a link to a number nobody wrote.
pub fn phone_numbers(text: &str) -> Vec<PhoneNumber> {
    let mut numbers = Vec::new();
    for run in runs(text) {
        let digits: usize = run.iter().map(|g| g.digits.len()).sum();
        if digits < 3 {
            continue;
        }
        if run.len() > MAX_GROUPS {
            return Vec::new();
        }
        match split(&run) {
            Some(found) => numbers.extend(found.into_iter().map(|groups| PhoneNumber {
                range: groups[0].range.start..groups[groups.len() - 1].range.end,
                uri: format!(
                    "tel:{}",
                    groups.iter().map(|g| g.digits.as_str()).collect::<String>()
                ),
            })),
            None => return Vec::new(),
        }
    }
    numbers
}

/// A `tel:` link for a phone field that holds exactly one number ("07700 900123", "Mum:
/// +44 (0)20 7946 0000"), or `None` when it holds none ("ask at the front desk") or several
/// (see [`phone_numbers`]).
pub fn phone_uri(phone: &str) -> Option<String> {
    let mut numbers = phone_numbers(phone);
    (numbers.len() == 1).then(|| numbers.remove(0).uri)
}

/// One group of a number as written: `020`, `(020)`, `7946-0000`, `+44`.
#[derive(Debug)]
struct Group {
    range: std::ops::Range<usize>,
    /// The digits to dial, with a leading `+` and without an optional `(0)`.
    digits: String,
}

/// The runs of digit groups in the text: groups separated by spaces only, runs by anything
/// else that is not part of a number.
fn runs(text: &str) -> Vec<Vec<Group>> {
    let mut runs = vec![Vec::new()];
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let starts_group = c.is_ascii_digit()
            || (c == '+' && chars.peek().is_some_and(|(_, n)| n.is_ascii_digit()))
            || (c == '(' && chars.peek().is_some_and(|(_, n)| n.is_ascii_digit()));
        if !starts_group {
            if !matches!(c, ' ' | '\u{a0}' | '\t') {
                runs.push(Vec::new());
            }
            continue;
        }
        let mut end = start + c.len_utf8();
        let mut digits = String::new();
        let mut open = c == '(';
        match c {
            '+' => digits.push('+'),
            '(' => {}
            _ => digits.push(c),
        }
        let mut optional_zero = text[start..].starts_with("(0)");
        while let Some(&(at, next)) = chars.peek() {
            match next {
                '0'..='9' => {
                    if !optional_zero {
                        digits.push(next);
                    }
                }
                '-' | '.' if text[at + 1..].starts_with(|d: char| d.is_ascii_digit()) => {}
                '(' if !open && text[at + 1..].starts_with(|d: char| d.is_ascii_digit()) => {
                    open = true;
                    optional_zero = text[at..].starts_with("(0)");
                }
                ')' if open => {
                    open = false;
                    optional_zero = false;
                }
                _ => break,
            }
            end = at + next.len_utf8();
            chars.next();
        }
        if open {
            // An unclosed bracket: not a number as written.
            runs.push(Vec::new());
            continue;
        }
        // `(0)` is only dropped after a country code.
        let group = Group {
            range: start..end,
            digits,
        };
        let run = runs.last_mut().expect("there is always a run");
        if group.digits.is_empty() {
            continue;
        }
        if text[start..end].starts_with("(0)")
            && !run
                .first()
                .is_some_and(|g: &Group| g.digits.starts_with('+'))
        {
            let mut group = group;
            group.digits = format!("0{}", group.digits);
            run.push(group);
        } else {
            run.push(group);
        }
    }
    runs.retain(|run| !run.is_empty());
    runs
}

/// Whether these groups, together, are one whole number.
fn whole(groups: &[Group]) -> bool {
    let digits: String = groups.iter().map(|g| g.digits.as_str()).collect();
    let count = digits.chars().filter(char::is_ascii_digit).count();
    if digits.starts_with('+') {
        (7..=15).contains(&count)
    } else if digits.starts_with('0') {
        (8..=12).contains(&count)
    } else {
        (3..=7).contains(&count) || count == 10
    }
}

/// Splits a run of groups into whole numbers: after a number dialled on its own, before a
/// `+`, and otherwise the whole run as one number if it is one, else the shortest whole
/// number that ends before a group starting with `0`, and the rest split the same way.
fn split(groups: &[Group]) -> Option<Vec<&[Group]>> {
    if groups.is_empty() {
        return Some(Vec::new());
    }
    if groups.len() > 1 && STANDALONE.contains(&groups[0].digits.as_str()) {
        let mut rest = split(&groups[1..])?;
        rest.insert(0, &groups[..1]);
        return Some(rest);
    }
    let limit = groups
        .iter()
        .skip(1)
        .position(|g| g.digits.starts_with('+'))
        .map_or(groups.len(), |i| i + 1);
    // A number after another starts with its trunk `0` or a `+`: `07700 900123 020 7946
    // 0000` splits before `020`, but `1234 5678 9012` is never cut into short numbers.
    let mut ends: Vec<usize> = vec![limit];
    ends.extend((1..limit).filter(|&end| groups[end].digits.starts_with('0')));
    for end in ends {
        if whole(&groups[..end])
            && let Some(mut rest) = split(&groups[end..])
        {
            rest.insert(0, &groups[..end]);
            return Some(rest);
        }
    }
    None
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
    fn direction_overrides_are_made_visible_and_marks_kept() {
        // An open right-to-left override would turn "gro.elpmaxe" around on screen.
        assert_eq!(
            clean_for_display("see \u{202E}gro.elpmaxe\u{202C} and \u{2067}x\u{2069}"),
            "see \u{FFFD}gro.elpmaxe\u{FFFD} and \u{FFFD}x\u{FFFD}"
        );
        for kept in ["\u{200F}שלום\u{200E}", "\u{061C}مرحبا", "e\u{301}\u{200D}"] {
            assert!(
                matches!(clean_for_display(kept), Cow::Borrowed(_)),
                "{kept:?}"
            );
        }
    }

    fn links(text: &str) -> Vec<(&str, String)> {
        phone_numbers(text)
            .into_iter()
            .map(|n| (&text[n.range], n.uri))
            .collect()
    }

    #[test]
    fn several_numbers_are_linked_each_or_not_at_all() {
        assert_eq!(
            links("999 111"),
            [("999", "tel:999".into()), ("111", "tel:111".into())]
        );
        assert_eq!(
            links("07700900 0201234567"),
            [
                ("07700900", "tel:07700900".into()),
                ("0201234567", "tel:0201234567".into())
            ]
        );
        assert_eq!(
            links("Mum 07700 900 123 or work +44 (0)20 7946-0000 (evenings)"),
            [
                ("07700 900 123", "tel:07700900123".into()),
                ("+44 (0)20 7946-0000", "tel:+442079460000".into())
            ]
        );
        assert_eq!(
            links("07700 900123 020 7946 0000"),
            [
                ("07700 900123", "tel:07700900123".into()),
                ("020 7946 0000", "tel:02079460000".into())
            ]
        );
        assert_eq!(
            links("Samaritans 116 123 (24/7)"),
            [("116 123", "tel:116123".into())]
        );
        assert_eq!(
            links("(020) 7946 0000"),
            [("(020) 7946 0000", "tel:02079460000".into())]
        );
        assert_eq!(links("1234 5678 9012 3456 7890"), [], "no wrong link");
        assert_eq!(links(&"1 ".repeat(10_000)), []);
        assert_eq!(
            phone_uri("999 111"),
            None,
            "one link for the whole text: none"
        );
        assert_eq!(phone_uri("Mum: 07700 900123").unwrap(), "tel:07700900123");
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
