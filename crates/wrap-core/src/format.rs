//! The JSON file format: loading (with one version dispatch), canonical saving, and the schema.
//!
//! A plan file is one JSON object with a `format` marker ([`FORMAT`]) and an integer
//! `version` ([`CURRENT_VERSION`]), followed by the plan's sections. Unknown fields are errors
//! that name the field and its path, except inside `extensions`, which is kept verbatim.

use std::borrow::Cow;

use serde::Serialize;
use serde::de::value::MapAccessDeserializer;
use serde::de::{
    self, Deserialize, DeserializeSeed, Deserializer as _, IntoDeserializer, MapAccess, Visitor,
};
use serde_json::{Map, Value};

use crate::plan::Plan;
use crate::strict::{Records, StrictValue};

/// The value of the `format` field that marks a plan file.
pub const FORMAT: &str = "wrap-plan";

/// The version of the format this library writes, and the newest it reads.
pub const CURRENT_VERSION: u64 = 1;

/// The largest plan file the loader accepts, in bytes (16 MiB). A plan written by a person is
/// a few kilobytes; the limit keeps a wrong file (a disk image, a video) from being read whole.
pub const MAX_PLAN_BYTES: usize = 16 * 1024 * 1024;

/// Why a file could not be loaded as a plan.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// The file is larger than [`MAX_PLAN_BYTES`].
    #[error("the file is {size} bytes, more than the {limit} bytes a plan may have")]
    TooLarge {
        /// The file's size in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// The file is empty.
    #[error("the file is empty")]
    Empty,
    /// The file is not UTF-8 text.
    #[error("line {line}, column {column}: the file is not UTF-8 text (it may be binary)")]
    NotText {
        /// 1-based line of the first bad byte.
        line: usize,
        /// 1-based column of the first bad byte.
        column: usize,
    },
    /// The text is not valid JSON.
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong there.
        message: String,
        /// The offending line, for showing with a caret under the column.
        excerpt: String,
    },
    /// The JSON is not an object.
    #[error("a plan is a JSON object, but this file holds {found}")]
    NotAnObject {
        /// What was found instead ("an array", "a string", ...).
        found: &'static str,
    },
    /// The `format` field is missing or names another format.
    #[error("{}", match found {
        Some(found) => format!("`format` is {found}, but a plan file has \"{FORMAT}\""),
        None => format!("there is no `format` field; a plan file starts with \"format\": \"{FORMAT}\""),
    })]
    NotAPlan {
        /// The `format` value found, as JSON, if any.
        found: Option<String>,
    },
    /// The `version` field is missing or not a whole number.
    #[error("`version` must be a whole number such as {CURRENT_VERSION}{}", found.as_ref().map(|f| format!(", but it is {f}")).unwrap_or_default())]
    BadVersion {
        /// The `version` value found, as JSON, if any.
        found: Option<String>,
    },
    /// The file was written by a newer version of the format.
    #[error(
        "this plan is format version {found}, but this program reads versions up to {supported}: update the program to open it"
    )]
    NewerVersion {
        /// The version in the file.
        found: u64,
        /// The newest version this library reads.
        supported: u64,
    },
    /// A field the format does not have.
    #[error(
        "unknown field `{field}`{} (check its spelling; fields for other tools belong under `extensions`)",
        if path.is_empty() { String::new() } else { format!(" in {path}") }
    )]
    UnknownField {
        /// Where the field is, e.g. `crisis.supporters[0]`.
        path: String,
        /// The field's name.
        field: String,
    },
    /// A value of the wrong type or form.
    #[error("{}{message}", if path.is_empty() { String::new() } else { format!("at {path}: ") })]
    Invalid {
        /// Where the value is, e.g. `about.created_on`.
        path: String,
        /// What is wrong with it.
        message: String,
    },
}

impl LoadError {
    /// The place in the file the error points at, if any: a `line:column` or a JSON path.
    pub fn place(&self) -> Option<String> {
        match self {
            LoadError::NotText { line, column } | LoadError::Syntax { line, column, .. } => {
                Some(format!("{line}:{column}"))
            }
            LoadError::UnknownField { path, field } => Some(join_path(path, field)),
            LoadError::Invalid { path, .. } => Some(path.clone()),
            LoadError::NotAPlan { .. } => Some("format".into()),
            LoadError::BadVersion { .. } | LoadError::NewerVersion { .. } => Some("version".into()),
            _ => None,
        }
    }
}

fn join_path(path: &str, field: &str) -> String {
    if path.is_empty() || path == "." {
        field.to_owned()
    } else {
        format!("{path}.{field}")
    }
}

/// Loads a plan from the bytes of a file.
pub fn from_slice(bytes: &[u8]) -> Result<Plan, LoadError> {
    if bytes.len() > MAX_PLAN_BYTES {
        return Err(LoadError::TooLarge {
            size: bytes.len(),
            limit: MAX_PLAN_BYTES,
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => from_str(text),
        Err(error) => {
            let good = &bytes[..error.valid_up_to()];
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            let column = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
            Err(LoadError::NotText { line, column })
        }
    }
}

/// Loads a plan from JSON text.
pub fn from_str(text: &str) -> Result<Plan, LoadError> {
    if text.len() > MAX_PLAN_BYTES {
        return Err(LoadError::TooLarge {
            size: text.len(),
            limit: MAX_PLAN_BYTES,
        });
    }
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    // Nearly every file is a sound plan of the current version: it is read in one pass. Any
    // other file is read again by the careful path, which says precisely what is wrong.
    match read_current(text) {
        Some(plan) => Ok(plan),
        None => read_carefully(text),
    }
}

/// The careful path: parses the text into a JSON value (so a syntax error has a line and
/// column), checks the envelope and dispatches on the version in [`from_value`], then
/// deserializes with the JSON path of any error.
pub(crate) fn read_carefully(text: &str) -> Result<Plan, LoadError> {
    let StrictValue(value) =
        serde_json::from_str(text).map_err(|error| syntax_error(text, &error))?;
    from_value(value)
}

/// The fast path: a plan of the current version read straight from the text in one pass,
/// under the careful path's rules: duplicate keys refused (by the derived `Deserialize` of
/// every record, and by [`crate::strict`] inside `extensions` and for `format` and
/// `version`), records never read from arrays ([`Records`]), unknown fields refused, and
/// `format` and `version` exactly as [`from_value`] wants them.
///
/// Returns `None`, with no reason, for any file it does not accept; it accepts exactly the
/// files the careful path accepts, giving an equal plan.
pub(crate) fn read_current(text: &str) -> Option<Plan> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let (plan, marks) = deserializer.deserialize_map(FileVisitor).ok()?;
    deserializer.end().ok()?;
    marks.is_current().then_some(plan)
}

/// The `format` and `version` values of a plan file, taken out of its top-level object.
#[derive(Default)]
struct Marks {
    format: Option<Value>,
    version: Option<Value>,
}

impl Marks {
    /// The rule of [`from_value`]: the format's marker, and the current version written as a
    /// whole number. The current version is read with no migration, straight into [`Plan`].
    fn is_current(&self) -> bool {
        matches!(&self.format, Some(Value::String(format)) if format == FORMAT)
            && matches!(&self.version, Some(Value::Number(n)) if n.as_u64() == Some(CURRENT_VERSION))
    }
}

/// Reads a plan file's top-level object: its marks, and the plan from all its other fields.
struct FileVisitor;

impl<'de> Visitor<'de> for FileVisitor {
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
        let plan = Plan::deserialize(Records(MapAccessDeserializer::new(fields)))?;
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
                _ => return seed.deserialize(key.into_deserializer()).map(Some),
            };
            if slot.is_some() {
                return Err(de::Error::custom(format_args!(
                    "the field `{key}` appears twice in one object; keep one of them"
                )));
            }
            let StrictValue(value) = self.map.next_value()?;
            *slot = Some(value);
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

/// A key of an object, borrowed from the text when it has no escapes.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Cow<'de, str>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a field name")
    }

    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(key))
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(key.to_owned()))
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(key))
    }
}

fn syntax_error(text: &str, error: &serde_json::Error) -> LoadError {
    let (line, column) = (error.line().max(1), error.column().max(1));
    let excerpt = text.lines().nth(line - 1).unwrap_or("").to_owned();
    let message = error.to_string();
    // serde_json appends " at line L column C"; the place is reported separately.
    let message = match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message,
    };
    LoadError::Syntax {
        line,
        column,
        message,
        excerpt,
    }
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Loads a plan from an already parsed JSON value, migrating older versions.
///
/// This is the one version dispatch: every loader goes through it.
pub fn from_value(value: Value) -> Result<Plan, LoadError> {
    let Value::Object(mut object) = value else {
        return Err(LoadError::NotAnObject {
            found: describe(&value),
        });
    };
    match object.remove("format") {
        Some(Value::String(format)) if format == FORMAT => {}
        found => {
            return Err(LoadError::NotAPlan {
                found: found.map(|v| v.to_string()),
            });
        }
    }
    let version = match object.remove("version") {
        Some(Value::Number(number)) => {
            number
                .as_u64()
                .filter(|v| *v >= 1)
                .ok_or_else(|| LoadError::BadVersion {
                    found: Some(number.to_string()),
                })?
        }
        found => {
            return Err(LoadError::BadVersion {
                found: found.map(|v| v.to_string()),
            });
        }
    };
    match version {
        1 => plan_from_v1(object),
        newer => Err(LoadError::NewerVersion {
            found: newer,
            supported: CURRENT_VERSION,
        }),
    }
    // A future version 2 adds `2 => plan_from_v2(object)` and turns this arm into
    // `1 => plan_from_v2(migrate_v1_to_v2(object))`, keeping one path for every version.
}

fn plan_from_v1(object: Map<String, Value>) -> Result<Plan, LoadError> {
    let schema = current_schema();
    let mut path = String::new();
    for (key, value) in &object {
        if let Some(node) = schema["properties"].get(key) {
            check_objects(value, node, schema, &mut path, key)?;
        }
    }
    serde_path_to_error::deserialize(Value::Object(object)).map_err(|error| {
        let path = error.path().to_string();
        let message = error.inner().to_string();
        match unknown_field_name(&message) {
            Some(field) => {
                // The path ends with the unknown field itself; report its parent.
                let parent = path
                    .strip_suffix(&field)
                    .map(|p| p.trim_end_matches('.'))
                    .unwrap_or(&path);
                LoadError::UnknownField {
                    path: parent.to_owned(),
                    field,
                }
            }
            None => LoadError::Invalid {
                path: if path == "." { String::new() } else { path },
                message,
            },
        }
    })
}

/// The current version's schema as a JSON value, made once per process.
fn current_schema() -> &'static Value {
    static SCHEMA: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    SCHEMA
        .get_or_init(|| serde_json::from_str(&json_schema()).expect("the generated schema is JSON"))
}

/// Refuses an array where the format has an object. Serde would otherwise read a record from
/// an array of its fields in order (`"about": ["My plan", "Ana"]`), a second, hidden form of
/// the format that no reader should have to know about.
fn check_objects(
    value: &Value,
    node: &Value,
    schema: &Value,
    path: &mut String,
    key: &str,
) -> Result<(), LoadError> {
    let node = resolve(node, schema);
    let mark = path.len();
    if !key.is_empty() {
        if !path.is_empty() && !key.starts_with('[') {
            path.push('.');
        }
        path.push_str(key);
    }
    let is_object = node.get("type").and_then(Value::as_str) == Some("object");
    match value {
        Value::Array(_) if is_object => {
            return Err(LoadError::Invalid {
                path: path.clone(),
                message: "expected an object (named fields in braces), found an array".into(),
            });
        }
        Value::Array(items) => {
            if let Some(item_node) = node.get("items") {
                for (i, item) in items.iter().enumerate() {
                    check_objects(item, item_node, schema, path, &format!("[{i}]"))?;
                }
            }
        }
        Value::Object(fields) if is_object => {
            if let Some(Value::Object(properties)) = node.get("properties") {
                for (name, field) in fields {
                    if let Some(field_node) = properties.get(name) {
                        check_objects(field, field_node, schema, path, name)?;
                    }
                }
            }
        }
        _ => {}
    }
    path.truncate(mark);
    Ok(())
}

/// Follows `$ref` (and the non-null branch of an optional value) to the schema that applies.
fn resolve<'a>(node: &'a Value, schema: &'a Value) -> &'a Value {
    let mut node = node;
    for _ in 0..8 {
        if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
            let name = reference.trim_start_matches("#/$defs/");
            match schema["$defs"].get(name) {
                Some(target) => node = target,
                None => break,
            }
        } else if let Some(Value::Array(branches)) = node.get("anyOf") {
            match branches
                .iter()
                .find(|b| b.get("type").and_then(Value::as_str) != Some("null"))
            {
                Some(branch) => node = branch,
                None => break,
            }
        } else {
            break;
        }
    }
    node
}

fn unknown_field_name(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    Some(rest[..rest.find('`')?].to_owned())
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

    fn minimal() -> &'static str {
        r#"{"format": "wrap-plan", "version": 1, "about": {"owner": "Ana"}}"#
    }

    #[test]
    fn loads_and_saves_canonically() {
        let plan = from_str(minimal()).unwrap();
        assert_eq!(plan.about.owner, "Ana");
        let text = to_string(&plan);
        assert_eq!(
            text,
            "{\n  \"format\": \"wrap-plan\",\n  \"version\": 1,\n  \"about\": {\n    \"owner\": \"Ana\"\n  }\n}\n"
        );
        assert_eq!(to_string(&from_str(&text).unwrap()), text);
    }

    #[test]
    fn unknown_fields_are_named_with_their_path() {
        let text = r#"{"format": "wrap-plan", "version": 1, "colour": "red"}"#;
        assert_eq!(
            from_str(text),
            Err(LoadError::UnknownField {
                path: String::new(),
                field: "colour".into()
            })
        );
        let text = r#"{"format": "wrap-plan", "version": 1,
            "crisis": {"supporters": [{"name": "A"}, {"name": "B", "phne": "1"}]}}"#;
        let error = from_str(text).unwrap_err();
        assert_eq!(
            error,
            LoadError::UnknownField {
                path: "crisis.supporters[1]".into(),
                field: "phne".into()
            }
        );
        assert_eq!(error.place().unwrap(), "crisis.supporters[1].phne");
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
    fn versions_are_checked() {
        let newer = r#"{"format": "wrap-plan", "version": 999}"#;
        assert_eq!(
            from_str(newer),
            Err(LoadError::NewerVersion {
                found: 999,
                supported: 1
            })
        );
        assert!(from_str(newer).unwrap_err().to_string().contains("999"));
        for bad in [
            r#"{"format": "wrap-plan"}"#,
            r#"{"format": "wrap-plan", "version": "1"}"#,
            r#"{"format": "wrap-plan", "version": 1.5}"#,
            r#"{"format": "wrap-plan", "version": 0}"#,
        ] {
            assert!(
                matches!(from_str(bad), Err(LoadError::BadVersion { .. })),
                "{bad}"
            );
        }
        assert_eq!(
            from_str(r#"{"version": 1}"#),
            Err(LoadError::NotAPlan { found: None })
        );
    }

    #[test]
    fn syntax_errors_carry_line_column_and_excerpt() {
        let error = from_str("{\n  \"format\": \"wrap-plan\",\n  \"version\": 1,,\n}").unwrap_err();
        let LoadError::Syntax {
            line,
            column,
            excerpt,
            ..
        } = &error
        else {
            panic!("{error:?}")
        };
        assert_eq!((*line, *column), (3, 16));
        assert_eq!(excerpt, "  \"version\": 1,,");
        assert_eq!(error.place().unwrap(), "3:16");
    }

    #[test]
    fn wrong_types_name_the_path() {
        let text = r#"{"format": "wrap-plan", "version": 1, "toolbox": {"using": ["walk", 3]}}"#;
        let error = from_str(text).unwrap_err();
        assert!(
            matches!(&error, LoadError::Invalid { path, .. } if path == "toolbox.using[1]"),
            "{error:?}"
        );
        let text =
            r#"{"format": "wrap-plan", "version": 1, "about": {"created_on": "2026-02-30"}}"#;
        let error = from_str(text).unwrap_err();
        assert_eq!(error.place().unwrap(), "about.created_on");
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
            assert!(
                matches!(&error, LoadError::Invalid { path: p, .. } if p == path),
                "{text}: {error:?}"
            );
        }
    }

    #[test]
    fn duplicate_keys_are_refused_not_dropped() {
        let text = "{\"format\": \"wrap-plan\", \"version\": 1,\n \"about\": {\"owner\": \"A\", \"owner\": \"B\"}}";
        let error = from_str(text).unwrap_err();
        let LoadError::Syntax { line, message, .. } = &error else {
            panic!("{error:?}")
        };
        assert_eq!(*line, 2);
        assert!(message.contains("`owner` appears twice"), "{message}");
    }

    #[test]
    fn hostile_input_is_an_error_not_a_panic() {
        assert_eq!(from_str("  \n"), Err(LoadError::Empty));
        assert_eq!(
            from_str("[1]"),
            Err(LoadError::NotAnObject { found: "an array" })
        );
        assert_eq!(
            from_slice(b"{\"a\":\n \xff\xfe}"),
            Err(LoadError::NotText { line: 2, column: 2 })
        );
        let deep = "[".repeat(100_000);
        assert!(matches!(from_str(&deep), Err(LoadError::Syntax { .. })));
        let text = &minimal()[..30];
        assert!(matches!(from_str(text), Err(LoadError::Syntax { .. })));
    }

    #[test]
    fn schema_names_the_format_and_version() {
        let schema: Value = serde_json::from_str(&json_schema()).unwrap();
        assert_eq!(schema["properties"]["format"]["const"], FORMAT);
        assert_eq!(schema["properties"]["version"]["const"], 1);
        assert_eq!(schema["additionalProperties"], false);
    }
}
