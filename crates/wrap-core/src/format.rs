//! The JSON file format: loading (one typed pass, one version dispatch), canonical saving,
//! and the schema.
//!
//! A plan file is one JSON object with a `format` marker ([`FORMAT`]) and an integer
//! `version` ([`CURRENT_VERSION`]), followed by the plan's sections. Unknown fields are errors
//! that name the field and its path, except inside `extensions`, which is kept verbatim.
//!
//! Loading reads the text once, straight into [`Plan`], under the strict guards of
//! `strict.rs` (no key given twice, no record written as an array) and with the path of
//! every value tracked. Only when that fails is the file read again, for its `format` and
//! `version` alone, so that a file of another format or a newer version gets its own message
//! rather than a complaint about its contents.

use std::cell::Cell;

use serde::Serialize;
use serde::de::value::MapAccessDeserializer;
use serde::de::{Deserialize, DeserializeSeed, Deserializer as _, MapAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::load_error::Said;
pub use crate::load_error::{LoadError, LoadErrorKind};
use crate::plan::Plan;
use crate::strict::{self, KeySeed, Skip, Strict};

/// The value of the `format` field that marks a plan file.
pub const FORMAT: &str = "wrap-plan";

/// The version of the format this library writes, and the newest it reads.
pub const CURRENT_VERSION: u64 = 2;

/// The largest plan file the loader accepts, in bytes (16 MiB). A plan written by a person is
/// a few kilobytes; the limit keeps a wrong file (a disk image, a video) from being read whole.
pub const MAX_PLAN_BYTES: usize = 16 * 1024 * 1024;

/// Loads a plan from the bytes of a file.
pub fn from_slice(bytes: &[u8]) -> Result<Plan, LoadError> {
    if bytes.len() > MAX_PLAN_BYTES {
        return Err(LoadError::too_large(bytes.len()));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => from_str(text),
        Err(error) => {
            let good = &bytes[..error.valid_up_to()];
            let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            let line_end = bytes[line_start..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(bytes.len(), |i| line_start + i);
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            let column = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
            let excerpt = String::from_utf8_lossy(&bytes[line_start..line_end]);
            Err(
                LoadError::new(LoadErrorKind::NotText, Said::core("load-not-text"))
                    .at((line, column), excerpt.trim_end_matches('\r')),
            )
        }
    }
}

/// Loads a plan from JSON text. A byte order mark at the start (which some Windows editors
/// write) is allowed and skipped.
pub fn from_str(text: &str) -> Result<Plan, LoadError> {
    if text.len() > MAX_PLAN_BYTES {
        return Err(LoadError::too_large(text.len()));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::new(
            LoadErrorKind::Empty,
            Said::core("load-empty"),
        ));
    }
    // Nearly every file is a sound plan of the current version: one typed pass reads it.
    let typed = match read_current(text, false) {
        Ok((plan, marks)) if marks.are_current() => return checked(plan),
        typed => typed.map(|(plan, _)| plan),
    };
    let (version, place) = read_envelope(text)?;
    checked(read_version(version, place, text, typed)?)
}

/// The plan, once its history replays and its register names versions it has.
fn checked(plan: Plan) -> Result<Plan, LoadError> {
    if let Err(error) = plan.history.check() {
        let path = format!("history[{}]", error.version - 1);
        let path = if error.path.is_empty() {
            path
        } else {
            format!("{path}.parts.{}", error.path)
        };
        return Err(
            LoadError::new(LoadErrorKind::Invalid, Said::History(Box::new(error))).in_path(path),
        );
    }
    let versions = plan.history.len();
    if let Some(i) = plan
        .copies
        .iter()
        .position(|copy| copy.version == 0 || copy.version > versions)
    {
        return Err(LoadError::new(
            LoadErrorKind::Invalid,
            Said::with(
                "load-copy-version",
                &[
                    ("version", plan.copies[i].version.to_string()),
                    ("versions", versions.to_string()),
                ],
            ),
        )
        .in_path(format!("copies[{i}].version")));
    }
    Ok(plan)
}

/// The one version dispatch: how a file whose envelope says `version` (at `place`) is read.
///
/// `current` is what the typed pass of the current version made of the file.
fn read_version(
    version: u64,
    place: Place,
    text: &str,
    current: Result<Plan, Missed>,
) -> Result<Plan, LoadError> {
    // The typed pass refused the file: read again with paths, for its error.
    let typed = |current: Result<Plan, Missed>| {
        current.or_else(|_| match read_current(text, true) {
            Ok((plan, _)) => Ok(plan),
            Err(missed) => Err(missed.into_error(text)),
        })
    };
    match version {
        CURRENT_VERSION => typed(current),
        // Version 1 is version 2 without `language`, `history` and `copies`: the same types
        // read it, and it migrates as it is (its language unset, meaning the interface's; its
        // first save records version 1 of its history).
        1 => typed(current).and_then(v1::migrate),
        newer => Err(place.apply(LoadError::newer(newer).in_path("version"))),
    }
}

/// Format version 1: the plan's sections and progress, with no language, history or
/// register of copies.
mod v1 {
    use super::{LoadError, LoadErrorKind, Plan, Said};

    /// A version 1 file as a plan of the current version: the same, once it is sure the
    /// file has none of version 2's fields.
    pub(super) fn migrate(plan: Plan) -> Result<Plan, LoadError> {
        let field = if plan.language.is_some() {
            "language"
        } else if !plan.history.is_empty() {
            "history"
        } else if !plan.copies.is_empty() {
            "copies"
        } else {
            return Ok(plan);
        };
        Err(LoadError::new(
            LoadErrorKind::UnknownField {
                field: field.to_owned(),
            },
            Said::with("load-v1-field", &[("field", field.to_owned())]),
        )
        .in_path(field))
    }
}

/// Why the typed pass read no plan: the error serde gave, with the path it was found at and
/// the field name a record did not have, if that was the trouble.
pub(crate) struct Missed {
    error: serde_json::Error,
    path: serde_path_to_error::Path,
    unknown: Option<String>,
}

impl Missed {
    /// The error for a file whose envelope is sound: a value of the wrong kind, an unknown
    /// field, or (rarely: the envelope's reading finds these first) bad JSON.
    fn into_error(self, text: &str) -> LoadError {
        let place = Place::of_json_error(text, &self.error);
        let message = json_message(&self.error);
        let path = self.path.to_string();
        let path = if path == "." { String::new() } else { path };
        let error = match (self.error.classify(), self.unknown) {
            (serde_json::error::Category::Data, Some(field)) => {
                let message = if path.is_empty() {
                    Said::with("load-unknown-field", &[("field", field.clone())])
                } else {
                    Said::with(
                        "load-unknown-field-in",
                        &[("field", field.clone()), ("path", path.clone())],
                    )
                };
                let path = if path.is_empty() {
                    field.clone()
                } else {
                    format!("{path}.{field}")
                };
                LoadError::new(LoadErrorKind::UnknownField { field }, message).in_path(path)
            }
            (serde_json::error::Category::Data, None) => {
                LoadError::new(LoadErrorKind::Invalid, message).in_path(path)
            }
            _ => LoadError::new(LoadErrorKind::Syntax, message),
        };
        place.apply(error)
    }
}

/// The typed pass: the plan read straight from the text of the current version, its
/// `format` and `version` taken aside as they go by.
///
/// With `paths`, the JSON path of every value is tracked (`serde_path_to_error`), which costs
/// an allocation for every key: the loader first reads without, and only a file it refuses
/// is read again with paths, for its error.
fn read_current(text: &str, paths: bool) -> Result<(Plan, Marks), Missed> {
    let unknown = Cell::new(None);
    let mut json = serde_json::Deserializer::from_str(text);
    let mut track = serde_path_to_error::Track::new();
    let visitor = FileVisitor { unknown: &unknown };
    let read = if paths {
        serde_path_to_error::Deserializer::new(&mut json, &mut track).deserialize_map(visitor)
    } else {
        (&mut json).deserialize_map(visitor)
    };
    match read.and_then(|read| json.end().map(|()| read)) {
        Ok(read) => Ok(read),
        Err(error) => Err(Missed {
            error,
            path: track.path(),
            unknown: unknown.take(),
        }),
    }
}

/// The `format` and `version` values of a plan file, taken out of its top-level object.
#[derive(Default)]
struct Marks {
    format: Option<Value>,
    version: Option<Value>,
}

impl Marks {
    /// The format's marker and the current version, as [`read_envelope`] reads them.
    fn are_current(&self) -> bool {
        matches!(&self.format, Some(Value::String(format)) if format == FORMAT)
            && matches!(&self.version, Some(Value::Number(n)) if n.as_u64() == Some(CURRENT_VERSION))
    }
}

/// Reads a plan file's top-level object: its marks, and the plan from all its other fields.
struct FileVisitor<'u> {
    unknown: &'u Cell<Option<String>>,
}

impl<'de> Visitor<'de> for FileVisitor<'_> {
    type Value = (Plan, Marks);

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a plan file's object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(Plan, Marks), A::Error> {
        let mut marks = Marks::default();
        let fields = WithoutMarks {
            map,
            marks: &mut marks,
        };
        let fields = Strict::new(MapAccessDeserializer::new(fields), self.unknown);
        let plan = Plan::deserialize(fields)?;
        Ok((plan, marks))
    }
}

/// The entries of a plan file's top-level object, less `format` and `version`, which are
/// taken into the [`Marks`] as they go by (each refused if given twice).
struct WithoutMarks<'a, A> {
    map: A,
    marks: &'a mut Marks,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for WithoutMarks<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        while let Some(key) = self.map.next_key_seed(KeySeed)? {
            let slot = match &*key {
                "format" => &mut self.marks.format,
                "version" => &mut self.marks.version,
                _ => return strict::key_into(seed, key).map(Some),
            };
            if slot.is_some() {
                return Err(strict::twice(&key));
            }
            *slot = Some(self.map.next_value()?);
        }
        Ok(None)
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.map.next_value_seed(seed)
    }

    fn size_hint(&self) -> Option<usize> {
        self.map.size_hint()
    }
}

/// Reads a file's envelope alone, for a file the typed pass could not read: the whole text
/// is checked as JSON with no key given twice, and only the top-level `format` and
/// `version` are kept. Returns the version and its place, or the error that says what the
/// file is.
fn read_envelope(text: &str) -> Result<(u64, Place), LoadError> {
    let body = text.trim_start_matches([' ', '\t', '\n', '\r']);
    let start = Place::at(text, text.len() - body.len());
    let mut json = serde_json::Deserializer::from_str(text);
    let top = if body.starts_with('{') {
        json.deserialize_map(TopVisitor).map(Some)
    } else {
        Skip::deserialize(&mut json).map(|Skip| None)
    };
    let top = top
        .and_then(|top| json.end().map(|()| top))
        .map_err(|error| {
            Place::of_json_error(text, &error)
                .apply(LoadError::new(LoadErrorKind::Syntax, json_message(&error)))
        })?;
    let Some((format, version)) = top else {
        let found = match body.as_bytes().first() {
            Some(b'[') => "array",
            Some(b'"') => "string",
            Some(b't' | b'f') => "boolean",
            Some(b'n') => "null",
            _ => "number",
        };
        return Err(start.apply(LoadError::new(
            LoadErrorKind::NotAnObject,
            Said::with("load-not-an-object", &[("found", found.to_owned())]),
        )));
    };
    match format.map(|raw| Mark::read(text, raw)).transpose()? {
        Some(Mark {
            value: Value::String(format),
            ..
        }) if format == FORMAT => {}
        Some(mark) => {
            let error = LoadError::not_a_plan(Some(&mark.value.to_string()));
            return Err(mark.place.apply(error.in_path("format")));
        }
        None => return Err(start.apply(LoadError::not_a_plan(None).in_path("format"))),
    }
    let mark = match version.map(|raw| Mark::read(text, raw)).transpose()? {
        Some(mark) => mark,
        None => return Err(start.apply(LoadError::bad_version(None).in_path("version"))),
    };
    if let Some(version) = mark.value.as_u64().filter(|version| *version >= 1) {
        return Ok((version, mark.place));
    }
    let error = LoadError::bad_version(Some(&mark.value.to_string()));
    Err(mark.place.apply(error.in_path("version")))
}

/// The text of a serde_json error without the line and column it appends: one of this
/// crate's own sentences if it is one, else serde_json's words.
fn json_message(error: &serde_json::Error) -> Said {
    let message = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    Said::from_serde(match message.strip_suffix(&suffix) {
        Some(message) => message.to_owned(),
        None => message,
    })
}

/// Reads a file's top-level object for its marks, every other value checked and skipped.
struct TopVisitor;

impl<'de> Visitor<'de> for TopVisitor {
    type Value = (Option<&'de RawValue>, Option<&'de RawValue>);

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut format, mut version) = (None, None);
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key_seed(KeySeed)? {
            if !seen.insert(key.clone()) {
                return Err(strict::twice(&key));
            }
            match &*key {
                "format" => format = Some(map.next_value()?),
                "version" => version = Some(map.next_value()?),
                _ => {
                    let Skip = map.next_value()?;
                }
            }
        }
        Ok((format, version))
    }
}

/// A mark's value, read with the strict rules, and where it is in the file.
struct Mark {
    value: Value,
    place: Place,
}

impl Mark {
    fn read(text: &str, raw: &RawValue) -> Result<Mark, LoadError> {
        // The raw value is a slice of the text: its distance from the start is its offset.
        let offset = (raw.get().as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
        let place = Place::at(text, offset);
        match strict::value(&mut serde_json::Deserializer::from_str(raw.get())) {
            Ok(value) => Ok(Mark { value, place }),
            Err(error) => {
                let error = LoadError::new(LoadErrorKind::Syntax, json_message(&error));
                Err(place.apply(error))
            }
        }
    }
}

/// A line and a column (in characters, from 1), with the text of the line.
struct Place {
    line: usize,
    column: usize,
    excerpt: String,
}

impl Place {
    /// The place of the character that starts at byte `offset` of `text`.
    fn at(text: &str, offset: usize) -> Place {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line = text[..line_start].matches('\n').count() + 1;
        let column = text[line_start..offset].chars().count() + 1;
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |i| line_start + i);
        let excerpt = text[line_start..line_end].trim_end_matches('\r').to_owned();
        Place {
            line,
            column,
            excerpt,
        }
    }

    /// The place a serde_json error names. serde_json counts the column in bytes, and it
    /// is the byte it stopped at; the place is that byte's character.
    fn of_json_error(text: &str, error: &serde_json::Error) -> Place {
        let line_start = if error.line() <= 1 {
            0
        } else {
            text.match_indices('\n')
                .nth(error.line() - 2)
                .map_or(text.len(), |(i, _)| i + 1)
        };
        Place::at(text, line_start + error.column().saturating_sub(1))
    }

    fn apply(self, error: LoadError) -> LoadError {
        error.at((self.line, self.column), &self.excerpt)
    }
}

/// The largest character boundary of `text` at or before `index`.
fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u64,
    #[serde(flatten)]
    plan: &'a Plan,
}

/// The plan as canonical JSON: the same plan always gives the same text (fields in a fixed
/// order, empty parts left out, 2-space indent, a trailing newline).
pub fn to_string(plan: &Plan) -> String {
    let envelope = Envelope {
        format: FORMAT,
        version: CURRENT_VERSION,
        plan,
    };
    let mut text = serde_json::to_string_pretty(&envelope)
        .expect("a plan always serializes: its maps have string keys");
    text.push('\n');
    text
}

/// The JSON Schema (draft 2020-12) of the current format version, as canonical JSON text.
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(Plan);
    let root = schema
        .as_object_mut()
        .expect("a struct's schema is an object");
    root.insert(
        "$id".into(),
        Value::String(format!("urn:wrap-plan:v{CURRENT_VERSION}")),
    );
    root.insert("title".into(), Value::String("WRAP plan".into()));
    root.insert(
        "description".into(),
        Value::String(format!(
            "A Wellness Recovery Action Plan, format \"{FORMAT}\" version {CURRENT_VERSION}."
        )),
    );
    let mut properties = Map::new();
    properties.insert(
        "format".into(),
        serde_json::json!({ "description": "Marks the file as a plan.", "const": FORMAT }),
    );
    properties.insert(
        "version".into(),
        serde_json::json!({ "description": "The format version.", "const": CURRENT_VERSION }),
    );
    if let Some(Value::Object(existing)) = root.remove("properties") {
        properties.extend(existing);
    }
    root.insert("properties".into(), Value::Object(properties));
    root.insert("required".into(), serde_json::json!(["format", "version"]));
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serializes");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use wrap_l10n::Language;

    fn minimal() -> &'static str {
        r#"{"format": "wrap-plan", "version": 1, "about": {"owner": "Ana"}}"#
    }

    /// The kind, the place (line and column) and the path of the error loading `text` gives.
    fn refusal(text: &str) -> (LoadErrorKind, Option<(usize, usize)>, Option<String>) {
        let error = from_str(text).unwrap_err();
        (
            error.kind().clone(),
            error.line_column(),
            error.path().map(str::to_owned),
        )
    }

    #[test]
    fn loads_and_saves_canonically() {
        let plan = from_str(minimal()).unwrap();
        assert_eq!(plan.about.owner, "Ana");
        let text = to_string(&plan);
        assert_eq!(
            text,
            "{\n  \"format\": \"wrap-plan\",\n  \"version\": 2,\n  \"about\": {\n    \"owner\": \"Ana\"\n  }\n}\n"
        );
        assert_eq!(to_string(&from_str(&text).unwrap()), text);
    }

    #[test]
    fn a_plan_keeps_its_language_before_its_sections() {
        let text = r#"{"format": "wrap-plan", "version": 2, "language": "EN-gb", "about": {"owner": "Ana"}}"#;
        let plan = from_str(text).unwrap();
        assert_eq!(
            plan.language.as_ref().map(|tag| tag.as_str()),
            Some("en-GB")
        );
        let saved = to_string(&plan);
        assert!(
            saved.starts_with(
                "{\n  \"format\": \"wrap-plan\",\n  \"version\": 2,\n  \"language\": \"en-GB\",\n  \"about\""
            ),
            "{saved}"
        );
        // Version 1 had no language: its plans load with none, and save as version 2.
        let plan = from_str(minimal()).unwrap();
        assert_eq!(plan.language, None);
        assert!(!to_string(&plan).contains("language"));
    }

    #[test]
    fn a_malformed_language_is_refused_with_its_place() {
        let text = "{\"format\": \"wrap-plan\", \"version\": 2,\n  \"language\": \"en_GB\"}";
        let error = from_str(text).unwrap_err();
        assert_eq!(error.kind(), &LoadErrorKind::Invalid);
        assert_eq!(error.path(), Some("language"));
        assert_eq!(error.line_column().map(|(line, _)| line), Some(2));
        assert!(
            error
                .to_string()
                .contains("`en_GB` is not a BCP 47 language tag"),
            "{error}"
        );
        let text = r#"{"format": "wrap-plan", "version": 1, "language": "cy"}"#;
        let error = from_str(text).unwrap_err();
        assert_eq!(
            error.kind(),
            &LoadErrorKind::UnknownField {
                field: "language".into()
            }
        );
        assert!(
            error.to_string().contains("change `version` to 2"),
            "{error}"
        );
    }

    #[test]
    fn load_errors_are_said_in_a_language() {
        let text = r#"{"format": "wrap-plan", "version": 2, "crisis": []}"#;
        let error = from_str(text).unwrap_err();
        assert_eq!(
            error.to_string(),
            "at crisis: expected an object (named fields in braces), found an array"
        );
        assert_eq!(
            error.to_string_in(Language::Cy),
            "yn crisis: roedd disgwyl gwrthrych (meysydd ag enwau rhwng cromfachau cyrliog), \
             ond cafwyd arae"
        );
        let error = from_str(r#"{"format": "wrap-plan", "version": 999}"#).unwrap_err();
        assert_eq!(
            error.message_in(Language::Pl),
            "ten plan ma format w wersji 999, a ten program czyta wersje do 2: zaktualizuj \
             program, żeby go otworzyć"
        );
        let error = from_str(
            r#"{"format": "wrap-plan", "version": 2, "about": {"created_on": "2026-02-30"}}"#,
        )
        .unwrap_err();
        assert_eq!(
            error.message_in(Language::Cy),
            "nid yw `2026-02-30` yn ddiwrnod yn y calendr"
        );
        let error = from_str("{\"format\": \"wrap-plan\", \"version\": 2, \"a\": 1, \"a\": 2}")
            .unwrap_err();
        assert_eq!(
            error.to_string_in(Language::Pl),
            "wiersz 1, kolumna 49: pole `a` występuje dwa razy w jednym obiekcie; zostaw jedno z nich"
        );
        // The JSON reader's own words have no translation.
        let error = from_str(r#"{"format": "wrap-plan", "version": 2, "toolbox": {"using": 3}}"#)
            .unwrap_err();
        assert_eq!(
            error.to_string_in(Language::Cy),
            "yn toolbox.using: invalid type: integer `3`, expected a sequence"
        );
    }

    #[test]
    fn unknown_fields_are_named_with_their_path() {
        let text = r#"{"format": "wrap-plan", "version": 1, "colour": "red"}"#;
        let error = from_str(text).unwrap_err();
        assert_eq!(
            error.kind(),
            &LoadErrorKind::UnknownField {
                field: "colour".into()
            }
        );
        assert_eq!(error.path(), Some("colour"));
        assert_eq!(error.line_column(), Some((1, 46)));
        assert!(
            error
                .to_string()
                .starts_with("unknown field `colour` (check")
        );
        let text = r#"{"format": "wrap-plan", "version": 1,
            "crisis": {"supporters": [{"name": "A"}, {"name": "B", "phne": "1"}]}}"#;
        let error = from_str(text).unwrap_err();
        assert_eq!(
            error.kind(),
            &LoadErrorKind::UnknownField {
                field: "phne".into()
            }
        );
        assert_eq!(error.path(), Some("crisis.supporters[1].phne"));
        assert_eq!(error.line_column(), Some((2, 73)));
        assert!(
            error
                .to_string()
                .contains("`phne` in crisis.supporters[1] (check"),
            "{error}"
        );
    }

    #[test]
    fn extensions_are_kept_verbatim() {
        let text = r#"{"format": "wrap-plan", "version": 1,
            "extensions": {"z-tool": {"b": [1, 2.5, null], "a": "x"}, "a-tool": true}}"#;
        let plan = from_str(text).unwrap();
        let saved = to_string(&plan);
        assert!(
            saved.find("z-tool").unwrap() < saved.find("a-tool").unwrap(),
            "order kept"
        );
        assert_eq!(from_str(&saved).unwrap(), plan);
    }

    #[test]
    fn extension_numbers_keep_their_text() {
        // Too big for a u64, too small for an f64, more digits than an f64 holds, and
        // forms a float would rewrite: each is saved exactly as it was written.
        let numbers = [
            "12345678901234567890123",
            "-98765432109876543210",
            "1e-400",
            "1e+999",
            "0.1000000000000000055511151231257827",
            "3.0",
            "-0",
            "2.50",
        ];
        let text = format!(
            r#"{{"format": "wrap-plan", "version": 1, "extensions": {{"t": [{}]}}}}"#,
            numbers.join(", ")
        );
        let saved = to_string(&from_str(&text).unwrap());
        let written: Vec<&str> = saved
            .lines()
            .skip_while(|line| !line.ends_with('['))
            .skip(1)
            .take(numbers.len())
            .map(|line| line.trim().trim_end_matches(','))
            .collect();
        assert_eq!(written, numbers, "{saved}");
        // The one thing serde_json changes: an exponent's letter is written in lower case.
        let upper = r#"{"format": "wrap-plan", "version": 1, "extensions": {"t": 1E+999}}"#;
        assert!(to_string(&from_str(upper).unwrap()).contains("\"t\": 1e+999"));
        assert_eq!(to_string(&from_str(&saved).unwrap()), saved);
    }

    #[test]
    fn versions_are_checked() {
        let newer = r#"{"format": "wrap-plan", "version": 999}"#;
        assert_eq!(
            refusal(newer),
            (
                LoadErrorKind::NewerVersion { found: 999 },
                Some((1, 36)),
                Some("version".into())
            )
        );
        assert!(from_str(newer).unwrap_err().to_string().contains("999"));
        for bad in [
            r#"{"format": "wrap-plan"}"#,
            r#"{"format": "wrap-plan", "version": "1"}"#,
            r#"{"format": "wrap-plan", "version": 1.5}"#,
            r#"{"format": "wrap-plan", "version": 0}"#,
            r#"{"format": "wrap-plan", "version": -1}"#,
            r#"{"format": "wrap-plan", "version": null}"#,
        ] {
            assert_eq!(refusal(bad).0, LoadErrorKind::BadVersion, "{bad}");
            assert_eq!(refusal(bad).2.as_deref(), Some("version"), "{bad}");
        }
        assert_eq!(
            refusal(r#"{"version": 1}"#),
            (LoadErrorKind::NotAPlan, Some((1, 1)), Some("format".into()))
        );
        assert_eq!(
            refusal("\n  {\"format\": \"wrap\", \"version\": 1}"),
            (
                LoadErrorKind::NotAPlan,
                Some((2, 14)),
                Some("format".into())
            )
        );
    }

    #[test]
    fn the_envelope_speaks_before_the_contents() {
        // A newer file may hold sections this version does not know: it is the version that
        // is wrong, not the sections.
        let newer = r#"{"format": "wrap-plan", "version": 3, "about": [], "moods": {}}"#;
        assert_eq!(refusal(newer).0, LoadErrorKind::NewerVersion { found: 3 });
        let other = r#"{"about": {"owner": 1}, "format": "recipe", "version": 1}"#;
        assert_eq!(refusal(other).0, LoadErrorKind::NotAPlan);
        // Bad JSON anywhere, or a key given twice anywhere, comes before a wrong value.
        let text = r#"{"format": "wrap-plan", "version": 1, "about": {"owner": 1}, "x": {"a": 1, "a": 2}}"#;
        assert_eq!(refusal(text).0, LoadErrorKind::Syntax);
        let text = r#"{"format": "wrap-plan", "version": 1, "about": {"owner": 1}"#;
        assert_eq!(refusal(text).0, LoadErrorKind::Syntax);
    }

    #[test]
    fn syntax_errors_carry_line_column_and_excerpt() {
        let error = from_str("{\n  \"format\": \"wrap-plan\",\n  \"version\": 1,,\n}").unwrap_err();
        assert_eq!(error.kind(), &LoadErrorKind::Syntax);
        assert_eq!(error.line_column(), Some((3, 16)));
        assert_eq!(error.excerpt(), Some("  \"version\": 1,,"));
        assert_eq!(error.to_string(), "line 3, column 16: key must be a string");
        assert_eq!(error.message(), "key must be a string");
    }

    #[test]
    fn wrong_types_name_the_path() {
        let text = r#"{"format": "wrap-plan", "version": 1, "toolbox": {"using": ["walk", 3]}}"#;
        assert_eq!(
            refusal(text),
            (
                LoadErrorKind::Invalid,
                Some((1, 69)),
                Some("toolbox.using[1]".into())
            )
        );
        let text =
            r#"{"format": "wrap-plan", "version": 1, "about": {"created_on": "2026-02-30"}}"#;
        let error = from_str(text).unwrap_err();
        assert_eq!(error.path(), Some("about.created_on"));
        assert!(error.to_string().contains("2026-02-30"), "{error}");
    }

    #[test]
    fn arrays_are_not_read_as_records() {
        for (text, path) in [
            (
                r#"{"format": "wrap-plan", "version": 1, "crisis": []}"#,
                "crisis",
            ),
            (
                r#"{"format": "wrap-plan", "version": 1, "about": ["My plan", "Ana"]}"#,
                "about",
            ),
            (
                r#"{"format": "wrap-plan", "version": 1, "crisis": {"supporters": [{"name": "A"}, ["B"]]}}"#,
                "crisis.supporters[1]",
            ),
            (
                r#"{"format": "wrap-plan", "version": 1, "about": {"reviews": [["2026-01-01"]]}}"#,
                "about.reviews[0]",
            ),
        ] {
            let error = from_str(text).unwrap_err();
            assert_eq!(error.kind(), &LoadErrorKind::Invalid, "{text}");
            assert_eq!(error.path(), Some(path), "{text}");
            assert!(error.message().contains("found an array"), "{error}");
        }
    }

    #[test]
    fn duplicate_keys_are_refused_not_dropped() {
        for text in [
            "{\"format\": \"wrap-plan\", \"version\": 1,\n \"about\": {\"owner\": \"A\", \"owner\": \"B\"}}",
            "{\"format\": \"wrap-plan\", \"version\": 1,\n \"format\": \"wrap-plan\"}",
            "{\"format\": \"wrap-plan\", \"version\": 1,\n \"extensions\": {\"a\": [{\"b\": 1, \"b\": 1}]}}",
        ] {
            let error = from_str(text).unwrap_err();
            assert_eq!(error.kind(), &LoadErrorKind::Syntax, "{text}");
            assert_eq!(error.line_column().map(|(line, _)| line), Some(2));
            assert!(error.message().contains("appears twice"), "{error}");
        }
    }

    #[test]
    fn hostile_input_is_an_error_not_a_panic() {
        assert_eq!(refusal("  \n"), (LoadErrorKind::Empty, None, None));
        assert_eq!(
            refusal(" [1]"),
            (LoadErrorKind::NotAnObject, Some((1, 2)), None)
        );
        assert!(
            from_str("1")
                .unwrap_err()
                .to_string()
                .ends_with("holds a number")
        );
        let error = from_slice(b"{\"a\":\n \xff\xfe}").unwrap_err();
        assert_eq!(error.kind(), &LoadErrorKind::NotText);
        assert_eq!(error.line_column(), Some((2, 2)));
        let deep = "[".repeat(100_000);
        assert_eq!(refusal(&deep).0, LoadErrorKind::Syntax);
        let text = &minimal()[..30];
        assert_eq!(refusal(text).0, LoadErrorKind::Syntax);
        let error = from_slice(&vec![b' '; MAX_PLAN_BYTES + 1]).unwrap_err();
        assert!(
            matches!(error.kind(), LoadErrorKind::TooLarge { size } if *size == MAX_PLAN_BYTES + 1)
        );
    }

    #[test]
    fn every_refusal_has_a_place() {
        for text in [
            "{",
            "{} {}",
            "null",
            r#"{"format": 1}"#,
            r#"{"format": "wrap-plan", "version": {}}"#,
            r#"{"format": "wrap-plan", "version": 1, "about": {"owner": []}}"#,
            r#"{"format": "wrap-plan", "version": 1, "about": {"x": 1}}"#,
            r#"{"format": "wrap-plan", "version": 1, "extensions": []}"#,
        ] {
            let error = from_str(text).unwrap_err();
            assert!(error.line_column().is_some(), "{text}: {error:?}");
        }
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let plan = from_slice(format!("\u{feff}{}", minimal()).as_bytes()).unwrap();
        assert_eq!(plan.about.owner, "Ana");
        assert!(!to_string(&plan).starts_with('\u{feff}'));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        // "Siân ŵyr" has two 2-byte letters before the stray comma.
        let text =
            "{\"format\": \"wrap-plan\", \"version\": 1,\n\"about\": {\"owner\": \"Siân ŵyr\",}}";
        let error = from_str(text).unwrap_err();
        let (line, column) = error.line_column().unwrap();
        assert_eq!(line, 2);
        let excerpt: Vec<char> = error.excerpt().unwrap().chars().collect();
        assert_eq!(excerpt[column - 1], '}', "{error:?}");
    }

    #[test]
    fn schema_names_the_format_and_version() {
        let schema: Value = serde_json::from_str(&json_schema()).unwrap();
        assert_eq!(schema["properties"]["format"]["const"], FORMAT);
        assert_eq!(schema["properties"]["version"]["const"], 2);
        assert_eq!(schema["additionalProperties"], false);
    }
}
