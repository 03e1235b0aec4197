//! Characters of a plan that no bundled font can print, found before anything is printed,
//! so that `wrap check` and `wrap export` can say so instead of printing a placeholder
//! without a word.

use wrap_core::{Language, PartRef, Plan, guide};

use crate::fonts::{self, Face};

/// A place in a plan with characters that print as a placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unprintable {
    /// Where, as a JSON path (`crisis.supporters[2].name`).
    pub path: String,
    /// How many characters there cannot be printed.
    pub count: usize,
    /// The different characters, in the order they first appear.
    pub characters: Vec<char>,
}

impl Unprintable {
    /// What to tell the person, without the path: how many characters, which ones (by
    /// code point, as the characters themselves cannot be shown), and what happens.
    pub fn message(&self) -> String {
        self.message_in(Language::EnGb)
    }

    /// [`Unprintable::message`] in `language`.
    pub fn message_in(&self, language: Language) -> String {
        const SHOWN: usize = 4;
        let mut codes: Vec<String> = self
            .characters
            .iter()
            .take(SHOWN)
            .map(|c| format!("U+{:04X}", u32::from(*c)))
            .collect();
        if self.characters.len() > SHOWN {
            codes.push("…".to_string());
        }
        let codes = codes.join(" ");
        language.format(
            "pdf-unprintable",
            &[
                ("count", (self.count as u64).into()),
                ("codes", codes.as_str().into()),
            ],
        )
    }
}

/// Whether a character prints: it is drawn by a bundled font, or is one that draws nothing
/// (a control character or an invisible format character).
fn printable(c: char) -> bool {
    // Letters, digits, punctuation and the space of ASCII: the regular face has them all
    // (a test of fonts says so), and they are most of any plan.
    if matches!(c, ' '..='~') {
        return true;
    }
    fonts::clean_char(c).is_none_or(|c| {
        c.is_whitespace() || fonts::is_invisible(c) || fonts::face_for(c, Face::Regular).is_some()
    })
}

/// The unprintable characters of one text, if any.
fn check(path: impl FnOnce() -> String, text: &str, out: &mut Vec<Unprintable>) {
    if text.chars().all(printable) {
        return;
    }
    let mut found = Unprintable {
        path: path(),
        count: 0,
        characters: Vec::new(),
    };
    for c in text.chars().filter(|&c| !printable(c)) {
        found.count += 1;
        if !found.characters.contains(&c) {
            found.characters.push(c);
        }
    }
    out.push(found);
}

/// Every place in the plan with characters no bundled font can print, in the order of
/// the plan.
pub fn unprintable(plan: &Plan) -> Vec<Unprintable> {
    let mut out = Vec::new();
    for section in guide() {
        for (part, answer) in plan.section_parts(section.key) {
            let path = || part.key.path();
            match answer {
                PartRef::Text(text) => check(path, text, &mut out),
                PartRef::List(items) => {
                    for (i, item) in items.iter().enumerate() {
                        check(|| format!("{}[{i}]", path()), item, &mut out);
                    }
                }
                PartRef::Records(records) => {
                    for (i, record) in records.iter().enumerate() {
                        for field in record.kind().fields() {
                            if let Some(value) = record.text(field.key) {
                                check(
                                    || format!("{}[{i}].{}", path(), field.key),
                                    &value,
                                    &mut out,
                                );
                            }
                        }
                    }
                }
                PartRef::Date(_) => {}
            }
        }
    }
    for (i, review) in plan.about.reviews.iter().enumerate() {
        for (j, who) in review.with.iter().enumerate() {
            check(|| format!("about.reviews[{i}].with[{j}]"), who, &mut out);
        }
        check(
            || format!("about.reviews[{i}].notes"),
            &review.notes,
            &mut out,
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use wrap_core::Supporter;

    #[test]
    fn private_use_characters_are_found_with_their_place() {
        let mut plan = Plan::default();
        plan.about.owner = "Alex".into();
        for name in ["Sam", "Priya", "Jo \u{E000}\u{E001}\u{E000}"] {
            plan.crisis.supporters.push(Supporter {
                name: name.into(),
                ..Supporter::default()
            });
        }
        plan.crisis.please_do.push("Sit with me \u{F8FF}".into());
        let found = unprintable(&plan);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].path, "crisis.supporters[2].name");
        assert_eq!(found[0].count, 3);
        assert_eq!(found[0].characters, ['\u{E000}', '\u{E001}']);
        assert!(
            found[0]
                .message()
                .starts_with("3 characters can't be printed (U+E000 U+E001)"),
            "{}",
            found[0].message()
        );
        assert_eq!(found[1].path, "crisis.please_do[0]");
    }

    #[test]
    fn every_script_the_fonts_cover_is_printable() {
        let mut plan = Plan::default();
        plan.about.owner = "نسرین اختر 陈美玲 নাসরিন ਪੰਜਾਬੀ 🌿 \u{200D}\t".into();
        assert!(unprintable(&plan).is_empty());
    }
}
