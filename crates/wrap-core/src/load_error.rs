//! Why a file could not be loaded as a plan: what is wrong, and where.

use std::cell::RefCell;
use std::fmt;

use wrap_l10n::{Arg, Language};

use crate::format::{CURRENT_VERSION, FORMAT, MAX_PLAN_BYTES};
use crate::history::HistoryError;

/// Why a file could not be loaded as a plan.
///
/// The [`kind`](LoadError::kind) says what is wrong, for a program to act on; the place
/// says where: the [`line and column`](LoadError::line_column) (columns count characters)
/// and, for a value of the wrong kind, its [`JSON path`](LoadError::path) such as
/// `crisis.supporters[0].phone`. Its `Display` is one sentence for a person.
///
/// ```
/// use wrap_core::{LoadErrorKind, format};
///
/// let error = format::from_str(r#"{"format": "wrap-plan", "version": 1,
///   "crisis": {"supporters": [{"name": "Bo", "phne": "1"}]}}"#).unwrap_err();
/// assert!(matches!(error.kind(), LoadErrorKind::UnknownField { field, .. } if field == "phne"));
/// assert_eq!(error.path(), Some("crisis.supporters[0].phne"));
/// assert_eq!(error.line_column(), Some((2, 49))); // the end of `"phne"`
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    kind: LoadErrorKind,
    /// What is wrong, and its British English (boxed: a `Result` of a load stays small).
    words: Box<(Said, String)>,
    line_column: Option<(usize, usize)>,
    path: Option<String>,
    excerpt: Option<String>,
}

/// What is wrong with a file that could not be loaded. New kinds may be added.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum LoadErrorKind {
    /// The file is larger than [`MAX_PLAN_BYTES`].
    #[non_exhaustive]
    TooLarge {
        /// The file's size in bytes.
        size: usize,
    },
    /// The file is empty, or holds only white space.
    Empty,
    /// The file is not UTF-8 text.
    NotText,
    /// The text is not valid JSON, or an object repeats a key.
    Syntax,
    /// The JSON is not an object.
    NotAnObject,
    /// The `format` field is missing or names another format.
    NotAPlan,
    /// The `version` field is missing or not a whole number from 1.
    BadVersion,
    /// The file was written in a newer version of the format than this library reads.
    #[non_exhaustive]
    NewerVersion {
        /// The version in the file.
        found: u64,
    },
    /// A field the format does not have.
    #[non_exhaustive]
    UnknownField {
        /// The field's name.
        field: String,
    },
    /// A value of the wrong type or form (a list where text belongs, a date that is not a day
    /// of the calendar, an array where a record belongs).
    Invalid,
}

impl LoadError {
    pub(crate) fn new(kind: LoadErrorKind, said: Said) -> LoadError {
        LoadError {
            kind,
            words: Box::new({
                let english = said.in_language(Language::EnGb);
                (said, english)
            }),
            line_column: None,
            path: None,
            excerpt: None,
        }
    }

    /// The file is larger than a plan may be.
    pub(crate) fn too_large(size: usize) -> LoadError {
        LoadError::new(
            LoadErrorKind::TooLarge { size },
            Said::with(
                "load-too-large",
                &[
                    ("size", size.to_string()),
                    ("most", MAX_PLAN_BYTES.to_string()),
                ],
            ),
        )
    }

    /// A plan file of a version newer than this library reads.
    pub(crate) fn newer(found: u64) -> LoadError {
        LoadError::new(
            LoadErrorKind::NewerVersion { found },
            Said::with(
                "load-newer",
                &[
                    ("found", found.to_string()),
                    ("current", CURRENT_VERSION.to_string()),
                ],
            ),
        )
    }

    /// No `format`, or another format's marker (given as JSON).
    pub(crate) fn not_a_plan(found: Option<&str>) -> LoadError {
        LoadError::new(
            LoadErrorKind::NotAPlan,
            match found {
                Some(found) => Said::with(
                    "load-other-format",
                    &[("found", found.to_owned()), ("format", FORMAT.to_owned())],
                ),
                None => Said::with("load-no-format", &[("format", FORMAT.to_owned())]),
            },
        )
    }

    /// No `version`, or one that is not a whole number from 1 (given as JSON).
    pub(crate) fn bad_version(found: Option<&str>) -> LoadError {
        let current = ("current", CURRENT_VERSION.to_string());
        LoadError::new(
            LoadErrorKind::BadVersion,
            match found {
                Some(found) => Said::with("load-bad-version", &[current, ("found", found.into())]),
                None => Said::with("load-no-version", &[current]),
            },
        )
    }

    /// Places the error at a line and column (counted in characters, from 1), with the text
    /// of that line.
    pub(crate) fn at(mut self, (line, column): (usize, usize), excerpt: &str) -> LoadError {
        self.line_column = Some((line, column));
        self.excerpt = Some(excerpt.to_owned());
        self
    }

    /// Names the JSON path of the value at fault.
    pub(crate) fn in_path(mut self, path: impl Into<String>) -> LoadError {
        self.path = Some(path.into());
        self
    }

    /// What is wrong.
    pub fn kind(&self) -> &LoadErrorKind {
        &self.kind
    }

    /// What is wrong, in words, without the place, in British English.
    pub fn message(&self) -> &str {
        &self.words.1
    }

    /// What is wrong, in words, without the place, in `language`. The words the JSON reader
    /// gives for a file that is not JSON, or for a value of the wrong type ("EOF while
    /// parsing a string", "invalid type: integer `42`, expected a string"), have no
    /// translation: they stay as it writes them.
    pub fn message_in(&self, language: Language) -> String {
        self.words.0.in_language(language)
    }

    /// The whole sentence, as `Display` writes it, in `language`: the message, after the line
    /// and column of a file that is not JSON, or the path of a value of the wrong type.
    pub fn to_string_in(&self, language: Language) -> String {
        let message = self.message_in(language);
        match (&self.kind, self.line_column, self.path.as_deref()) {
            (LoadErrorKind::NotText | LoadErrorKind::Syntax, Some((line, column)), _) => language
                .format(
                    "load-at-line",
                    &[
                        ("line", line.to_string().as_str().into()),
                        ("column", column.to_string().as_str().into()),
                        ("message", message.as_str().into()),
                    ],
                ),
            (LoadErrorKind::Invalid, _, Some(path)) if !path.is_empty() => language.format(
                "load-at-path",
                &[("path", path.into()), ("message", message.as_str().into())],
            ),
            _ => message,
        }
    }

    /// The line and column (both from 1; the column counts characters, not bytes) the error
    /// points at, if it points at one place: every error but a file too large or empty.
    pub fn line_column(&self) -> Option<(usize, usize)> {
        self.line_column
    }

    /// The JSON path of the value or field at fault, e.g. `about.created_on` or
    /// `crisis.supporters[1].phne`; `format` or `version` for those fields; none for a
    /// file that is not JSON, or not a JSON object.
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// The text of the line [`line_column`](LoadError::line_column) points at, for showing
    /// with a mark under the column.
    pub fn excerpt(&self) -> Option<&str> {
        self.excerpt.as_deref()
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_string_in(Language::EnGb))
    }
}

impl std::error::Error for LoadError {}

/// A sentence wrap-core says, kept so it can be said in any language: a message of the
/// catalogues' `core.ftl` with its values, a history's error inside a loading error, or the
/// JSON reader's own words, which have no translation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Said {
    /// A message of `core.ftl`, with its values.
    Core(&'static str, Vec<(&'static str, String)>),
    /// A history that does not replay (`load-history`).
    History(Box<HistoryError>),
    /// A language tag that is not one: the text, and the id of the reason.
    LanguageTag(String, &'static str),
    /// Words from elsewhere, as they were written.
    Foreign(String),
}

impl Said {
    /// The message `id`, with no values.
    pub(crate) fn core(id: &'static str) -> Said {
        Said::Core(id, Vec::new())
    }

    /// The message `id`, with its values.
    pub(crate) fn with(id: &'static str, args: &[(&'static str, String)]) -> Said {
        Said::Core(id, args.to_vec())
    }

    /// The sentence in `language`.
    pub(crate) fn in_language(&self, language: Language) -> String {
        match self {
            Said::Core(id, args) => {
                let args: Vec<(&str, Arg<'_>)> = args
                    .iter()
                    .map(|(name, value)| (*name, value.as_str().into()))
                    .collect();
                language.format(id, &args)
            }
            Said::History(error) => language.format(
                "load-history",
                &[("error", error.to_string_in(language).as_str().into())],
            ),
            Said::LanguageTag(text, reason) => {
                let reason = language.text(reason);
                language.format(
                    "language-tag-error",
                    &[
                        ("text", text.as_str().into()),
                        ("reason", reason.as_str().into()),
                    ],
                )
            }
            Said::Foreign(text) => text.clone(),
        }
    }

    /// A sentence given to serde as text (a custom error): it is noted, so that the loader,
    /// finding the same text in serde's error, can say it in another language. Returns its
    /// British English.
    pub(crate) fn noted(self) -> String {
        let english = self.in_language(Language::EnGb);
        NOTED.with(|noted| *noted.borrow_mut() = Some(self));
        english
    }

    /// What serde's error `message` says: the sentence last [`noted`](Said::noted), if it is
    /// that one, else the words as they are.
    pub(crate) fn from_serde(message: String) -> Said {
        NOTED
            .with(|noted| noted.borrow_mut().take())
            .filter(|said| said.in_language(Language::EnGb) == message)
            .unwrap_or(Said::Foreign(message))
    }
}

thread_local! {
    /// The last sentence handed to serde as a custom error on this thread.
    static NOTED: RefCell<Option<Said>> = const { RefCell::new(None) };
}
