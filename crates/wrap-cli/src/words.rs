//! The language the program speaks to the person at the keyboard, and its sentences (the
//! `cli.ftl` catalogues). Set once at start-up from the command's `--lang`, else the locale;
//! until then (in unit tests) British English.

use std::sync::OnceLock;

use wrap_core::{Arg, Language};

static LANGUAGE: OnceLock<Language> = OnceLock::new();

/// Sets the interface's language, once; a second call changes nothing.
pub fn set(language: Language) {
    let _ = LANGUAGE.set(language);
}

/// The interface's language.
pub fn language() -> Language {
    LANGUAGE.get().copied().unwrap_or_default()
}

/// The message `id` in the interface's language.
pub fn text(id: &str) -> String {
    language().text(id)
}

/// The message `id` in the interface's language, with its values put in.
pub fn format(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    language().format(id, args)
}
