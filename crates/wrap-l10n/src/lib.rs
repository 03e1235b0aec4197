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

use std::collections::HashMap;
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

/// The catalogue files of each language, in [`Language::ALL`] order.
const CATALOGUES: [&[(&str, &str)]; 5] = [
    &[
        ("guide.ftl", include_str!("../locales/en-GB/guide.ftl")),
        (
            "documents.ftl",
            include_str!("../locales/en-GB/documents.ftl"),
        ),
        (
            "interview.ftl",
            include_str!("../locales/en-GB/interview.ftl"),
        ),
        ("cli.ftl", include_str!("../locales/en-GB/cli.ftl")),
        ("core.ftl", include_str!("../locales/en-GB/core.ftl")),
        ("help.ftl", include_str!("../locales/en-GB/help.ftl")),
        ("more.ftl", include_str!("../locales/en-GB/more.ftl")),
    ],
    &[(
        "documents.ftl",
        include_str!("../locales/en-US/documents.ftl"),
    )],
    &[
        ("guide.ftl", include_str!("../locales/cy/guide.ftl")),
        ("documents.ftl", include_str!("../locales/cy/documents.ftl")),
        ("interview.ftl", include_str!("../locales/cy/interview.ftl")),
        ("cli.ftl", include_str!("../locales/cy/cli.ftl")),
        ("core.ftl", include_str!("../locales/cy/core.ftl")),
        ("help.ftl", include_str!("../locales/cy/help.ftl")),
        ("more.ftl", include_str!("../locales/cy/more.ftl")),
    ],
    &[
        ("guide.ftl", include_str!("../locales/es/guide.ftl")),
        ("documents.ftl", include_str!("../locales/es/documents.ftl")),
        ("interview.ftl", include_str!("../locales/es/interview.ftl")),
        ("cli.ftl", include_str!("../locales/es/cli.ftl")),
        ("core.ftl", include_str!("../locales/es/core.ftl")),
        ("help.ftl", include_str!("../locales/es/help.ftl")),
        ("more.ftl", include_str!("../locales/es/more.ftl")),
    ],
    &[
        ("guide.ftl", include_str!("../locales/pl/guide.ftl")),
        ("documents.ftl", include_str!("../locales/pl/documents.ftl")),
        ("interview.ftl", include_str!("../locales/pl/interview.ftl")),
        ("cli.ftl", include_str!("../locales/pl/cli.ftl")),
        ("core.ftl", include_str!("../locales/pl/core.ftl")),
        ("help.ftl", include_str!("../locales/pl/help.ftl")),
        ("more.ftl", include_str!("../locales/pl/more.ftl")),
    ],
];

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
        static WORDS: OnceLock<Mutex<HashMap<(Language, String), &'static str>>> = OnceLock::new();
        let words = WORDS.get_or_init(Default::default);
        let mut words = words
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(word) = words.get(&(self, id.to_owned())) {
            return word;
        }
        let text = match id.split_once('.') {
            Some((message, attribute)) => self.attribute(message, attribute, &[]),
            None => self.text(id),
        };
        let word: &'static str = Box::leak(text.into_boxed_str());
        words.insert((self, id.to_owned()), word);
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

    /// The catalogue files of this language: name and text.
    pub fn catalogue(self) -> &'static [(&'static str, &'static str)] {
        CATALOGUES[self as usize]
    }

    /// The bundle of the catalogue file that holds message `id` in this language, if one
    /// does. Each file is a bundle of its own, parsed the first time one of its messages is
    /// asked for: a command reads only the files it speaks from (`wrap export` neither the
    /// interview's nor the help's), and parsing all of them was a tenth of a whole
    /// `wrap export`. No message refers to one in another file (a test proves it).
    fn bundle_of(self, id: &str) -> Option<&'static FluentBundle<FluentResource>> {
        static INDEXES: [OnceLock<HashMap<&'static str, usize>>; 5] =
            [const { OnceLock::new() }; 5];
        static BUNDLES: [[OnceLock<FluentBundle<FluentResource>>; MOST_FILES]; 5] =
            [const { [const { OnceLock::new() }; MOST_FILES] }; 5];
        let file = *INDEXES[self as usize]
            .get_or_init(|| self.message_files())
            .get(id)?;
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

    /// Which of this language's catalogue files defines each message: a message starts a
    /// line with its identifier (Fluent's syntax: comments start with `#`, terms with `-`,
    /// and a message's other lines are indented). A message given twice keeps its first.
    fn message_files(self) -> HashMap<&'static str, usize> {
        // Room for every message at once: they take some 80 bytes of their files each.
        let size: usize = self.catalogue().iter().map(|(_, text)| text.len()).sum();
        let mut files = HashMap::with_capacity(size / 48);
        for (index, (_, text)) in self.catalogue().iter().enumerate() {
            let mut rest: &'static str = text;
            while !rest.is_empty() {
                let (line, next) = rest.split_once('\n').unwrap_or((rest, ""));
                if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
                    let end = line
                        .bytes()
                        .position(|b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
                        .unwrap_or(line.len());
                    files.entry(&line[..end]).or_insert(index);
                }
                rest = next;
            }
        }
        files
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
