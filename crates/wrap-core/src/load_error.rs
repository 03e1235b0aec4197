//! Why a file could not be loaded as a plan: what is wrong, and where.

use std::fmt;

use crate::format::{CURRENT_VERSION, FORMAT, MAX_PLAN_BYTES};

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
    message: String,
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
    pub(crate) fn new(kind: LoadErrorKind, message: impl Into<String>) -> LoadError {
        LoadError {
            kind,
            message: message.into(),
            line_column: None,
            path: None,
            excerpt: None,
        }
    }

    /// The file is larger than a plan may be.
    pub(crate) fn too_large(size: usize) -> LoadError {
        LoadError::new(
            LoadErrorKind::TooLarge { size },
            format!(
                "the file is {size} bytes, more than the {MAX_PLAN_BYTES} bytes a plan may have"
            ),
        )
    }

    /// A plan file of a version newer than this library reads.
    pub(crate) fn newer(found: u64) -> LoadError {
        LoadError::new(
            LoadErrorKind::NewerVersion { found },
            format!(
                "this plan is format version {found}, but this program reads versions up to {CURRENT_VERSION}: update the program to open it"
            ),
        )
    }

    /// No `format`, or another format's marker (given as JSON).
    pub(crate) fn not_a_plan(found: Option<&str>) -> LoadError {
        LoadError::new(
            LoadErrorKind::NotAPlan,
            match found {
                Some(found) => format!("`format` is {found}, but a plan file has \"{FORMAT}\""),
                None => format!(
                    "there is no `format` field; a plan file starts with \"format\": \"{FORMAT}\""
                ),
            },
        )
    }

    /// No `version`, or one that is not a whole number from 1 (given as JSON).
    pub(crate) fn bad_version(found: Option<&str>) -> LoadError {
        let found = found
            .map(|f| format!(", but it is {f}"))
            .unwrap_or_default();
        LoadError::new(
            LoadErrorKind::BadVersion,
            format!("`version` must be a whole number such as {CURRENT_VERSION}{found}"),
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

    /// What is wrong, in words, without the place.
    pub fn message(&self) -> &str {
        &self.message
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
        match (&self.kind, self.line_column, self.path.as_deref()) {
            (LoadErrorKind::NotText | LoadErrorKind::Syntax, Some((line, column)), _) => {
                write!(f, "line {line}, column {column}: {}", self.message)
            }
            (LoadErrorKind::Invalid, _, Some(path)) if !path.is_empty() => {
                write!(f, "at {path}: {}", self.message)
            }
            _ => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for LoadError {}
