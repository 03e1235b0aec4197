//! The language the program speaks to the person at the keyboard, and its sentences (the
//! `cli.ftl` catalogues). Set once at start-up from the command's `--lang`, else the locale;
//! until then (in unit tests) British English.

use std::sync::OnceLock;

use wrap_core::Language;

static LANGUAGE: OnceLock<Language> = OnceLock::new();

/// Sets the interface's language, once; a second call changes nothing.
pub fn set(language: Language) {
    let _ = LANGUAGE.set(language);
}

/// The interface's language.
pub fn language() -> Language {
    LANGUAGE.get().copied().unwrap_or_default()
}

/// A value put into a message: text, or a number (which picks the plural form).
#[derive(Clone, Copy, Debug)]
pub enum Value<'a> {
    /// Text, as written.
    Text(&'a str),
    /// A number.
    Count(u64),
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(text: &'a str) -> Self {
        Value::Text(text)
    }
}

impl<'a> From<&'a String> for Value<'a> {
    fn from(text: &'a String) -> Self {
        Value::Text(text)
    }
}

impl From<usize> for Value<'_> {
    fn from(count: usize) -> Self {
        Value::Count(count as u64)
    }
}

/// The message `id` in the interface's language.
pub fn text(id: &str) -> String {
    language().text(id)
}

/// The message `id` in the interface's language, with its values put in.
pub fn format(id: &str, args: &[(&str, Value<'_>)]) -> String {
    let args: Vec<_> = args
        .iter()
        .map(|&(name, value)| {
            (
                name,
                match value {
                    Value::Text(text) => text.into(),
                    Value::Count(count) => count.into(),
                },
            )
        })
        .collect();
    language().format(id, &args)
}
