//! The words the wrap tools print, in each language they speak: one Project Fluent catalogue
//! per language (`locales/TAG/*.ftl`), compiled into the program, and their lookup.
//!
//! A [`Language`] is one of the catalogues. A plan may be written in any language (its
//! BCP 47 tag); [`Language::for_tag`] finds the catalogue that speaks it, if there is one.
//!
//! ```
//! use wrap_l10n::Language;
//!
//! let welsh = Language::for_tag("cy-GB").unwrap();
//! assert_eq!(welsh.text("section-crisis"), "Cynllun argyfwng");
//! assert_eq!(welsh.long_date(2026, 10, 31), "31 Hydref 2026");
//! assert_eq!(Language::Pl.count("entries", 5), "5 wpisów");
//! ```
#![deny(missing_docs)]

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language the tools have a catalogue in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    /// British English, the language every other catalogue is checked against.
    #[default]
    EnGb,
    /// American English: British English with its own date order.
    EnUs,
    /// Welsh (Cymraeg).
    Cy,
    /// Spanish (español).
    Es,
    /// Polish (polski).
    Pl,
}

/// A value put into a message: a piece of text, or a number (which picks the plural form).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg<'a> {
    /// Text, as written.
    Text(&'a str),
    /// A count.
    Count(u64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Arg<'a> {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Arg<'a> {
        Arg::Text(text)
    }
}

impl From<u64> for Arg<'_> {
    fn from(count: u64) -> Self {
        Arg::Count(count)
    }
}

impl From<usize> for Arg<'_> {
    fn from(count: usize) -> Self {
        Arg::Count(count as u64)
    }
}

/// A language's catalogue: its files (name and text), and which of them defines each
/// message, by identifier in sorted order. Made at build time from `locales/TAG/*.ftl`
/// (build.rs).
struct Catalogue {
    files: &'static [(&'static str, &'static str)],
    index: &'static [(&'static str, usize)],
}

include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

impl Language {
    /// Every language, British English first.
    pub const ALL: [Language; 5] = [
        Language::EnGb,
        Language::EnUs,
        Language::Cy,
        Language::Es,
        Language::Pl,
    ];

    /// The language's BCP 47 tag (`en-GB`, `cy`).
    pub fn tag(self) -> &'static str {
        match self {
            Language::EnGb => "en-GB",
            Language::EnUs => "en-US",
            Language::Cy => "cy",
            Language::Es => "es",
            Language::Pl => "pl",
        }
    }

    /// The language's name in itself ("Cymraeg").
    pub fn name(self) -> &'static str {
        match self {
            Language::EnGb => "English (UK)",
            Language::EnUs => "English (US)",
            Language::Cy => "Cymraeg",
            Language::Es => "Español",
            Language::Pl => "Polski",
        }
    }

    /// The catalogue that speaks the language of a BCP 47 tag, if there is one: `cy-GB` is
    /// Welsh, `es-MX` Spanish, `en-US` American English, any other English British English.
    /// Case does not matter, and `_` is taken for `-` (as in locale names).
    pub fn for_tag(tag: &str) -> Option<Language> {
        let mut subtags = tag.split(['-', '_']);
        let primary = subtags.next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => {
                let american = subtags
                    .take_while(|s| !s.eq_ignore_ascii_case("x") && s.len() > 1)
                    .any(|s| s.eq_ignore_ascii_case("US"));
                Some(if american {
                    Language::EnUs
                } else {
                    Language::EnGb
                })
            }
            "cy" => Some(Language::Cy),
            "es" => Some(Language::Es),
            "pl" => Some(Language::Pl),
            _ => None,
        }
    }

    /// The catalogue for a POSIX locale value such as `LANG` holds (`cy_GB.UTF-8`,
    /// `pl_PL@euro`); `C` and `POSIX` name none.
    pub fn for_locale(value: &str) -> Option<Language> {
        let name = value.split(['.', '@']).next().unwrap_or_default();
        if name.is_empty() || name == "C" || name == "POSIX" {
            return None;
        }
        Language::for_tag(name)
    }

    /// The message `id` in this language. A message the catalogue lacks (the tests prove
    /// none does) comes from British English, and failing that is its id.
    pub fn text(self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message `id` in this language, kept for the life of the program: for the words
    /// that are the same every time they are printed (headings, labels), which documents
    /// hold as `&'static str`. Each message is made once per language. `id.attribute`
    /// (`crisis-supporters.question`) is one of a message's attributes.
    pub fn word(self, id: &str) -> &'static str {
        // By language, then id: found without copying the id.
        static WORDS: Mutex<[BTreeMap<String, &'static str>; Language::ALL.len()]> =
            Mutex::new([const { BTreeMap::new() }; Language::ALL.len()]);
        let mut words = WORDS
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let words = &mut words[self as usize];
        if let Some(word) = words.get(id) {
            return word;
        }
        let text = match id.split_once('.') {
            Some((message, attribute)) => self.attribute(message, attribute, &[]),
            None => self.text(id),
        };
        let word: &'static str = Box::leak(text.into_boxed_str());
        words.insert(id.to_owned(), word);
        word
    }

    /// The message `id` in this language, with its values put in (`{ $owner }`).
    pub fn format(self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let values = fluent_args(args);
        for language in [self, Language::EnGb] {
            let Some(bundle) = language.bundle_of(id) else {
                continue;
            };
            if let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&values), &mut errors)
                    .into_owned();
            }
        }
        id.to_owned()
    }

    /// The attribute `attribute` of the message `id` in this language (`crisis-supporters`,
    /// `question`), with its values put in; British English's when this catalogue lacks it,
    /// and failing that `id.attribute`.
    pub fn attribute(self, id: &str, attribute: &str, args: &[(&str, Arg<'_>)]) -> String {
        let values = fluent_args(args);
        for language in [self, Language::EnGb] {
            let Some(bundle) = language.bundle_of(id) else {
                continue;
            };
            if let Some(pattern) = bundle
                .get_message(id)
                .and_then(|message| message.get_attribute(attribute))
                .map(|attribute| attribute.value())
            {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&values), &mut errors)
                    .into_owned();
            }
        }
        format!("{id}.{attribute}")
    }

    /// The message `id` for a count, in the plural form the language uses for it.
    pub fn count(self, id: &str, count: u64) -> String {
        self.format(id, &[("count", Arg::Count(count))])
    }

    /// A date as people read it in this language: "31 October 2026", "October 31, 2026",
    /// "31 Hydref 2026", "31 de octubre de 2026", "31 października 2026".
    pub fn long_date(self, year: i32, month: u8, day: u8) -> String {
        let month = self.text(&format!("month-{}", month.clamp(1, 12)));
        let (year, day) = (year.to_string(), day.to_string());
        self.format(
            "date-long",
            &[
                ("day", Arg::Text(&day)),
                ("month", Arg::Text(&month)),
                ("year", Arg::Text(&year)),
            ],
        )
    }

    /// The catalogue files of this language, in name order: name and text.
    pub fn catalogue(self) -> &'static [(&'static str, &'static str)] {
        self.compiled().files
    }

    /// This language's catalogue, as compiled in.
    fn compiled(self) -> &'static Catalogue {
        match self {
            Language::EnGb => &EN_GB,
            Language::EnUs => &EN_US,
            Language::Cy => &CY,
            Language::Es => &ES,
            Language::Pl => &PL,
        }
    }

    /// Which of this language's catalogue files (an index into [`Language::catalogue`])
    /// defines message `id`, if one does.
    fn file_of(self, id: &str) -> Option<usize> {
        let index = self.compiled().index;
        let at = index.binary_search_by(|(name, _)| (*name).cmp(id)).ok()?;
        Some(index[at].1)
    }

    /// The bundle of the catalogue file that holds message `id` in this language, if one
    /// does. Each file is a bundle of its own, parsed the first time one of its messages is
    /// asked for: a command reads only the files it speaks from (`wrap export` neither the
    /// interview's nor the help's), and parsing all of them was a tenth of a whole
    /// `wrap export`. No message refers to one in another file (a test proves it).
    fn bundle_of(self, id: &str) -> Option<&'static FluentBundle<FluentResource>> {
        static BUNDLES: [[OnceLock<FluentBundle<FluentResource>>; MOST_FILES];
            Language::ALL.len()] =
            [const { [const { OnceLock::new() }; MOST_FILES] }; Language::ALL.len()];
        let file = self.file_of(id)?;
        let (_, text) = self.catalogue().get(file)?;
        Some(BUNDLES[self as usize].get(file)?.get_or_init(|| {
            let tag = self.tag().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![tag]);
            bundle.set_use_isolating(false);
            // The tests parse every catalogue without error; a resource with errors still
            // gives the messages that parsed.
            let resource = FluentResource::try_new((*text).to_owned())
                .unwrap_or_else(|(resource, _)| resource);
            let _ = bundle.add_resource(resource);
            bundle
        }))
    }
}

/// The most catalogue files a language has.
const MOST_FILES: usize = 7;

/// The values of a message, as Fluent takes them.
fn fluent_args<'a>(args: &[(&str, Arg<'a>)]) -> FluentArgs<'a> {
    let mut values = FluentArgs::new();
    for (name, arg) in args {
        match *arg {
            Arg::Text(text) => values.set(name.to_string(), FluentValue::from(text)),
            Arg::Count(count) => values.set(name.to_string(), FluentValue::from(count)),
        }
    }
    values
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests;
