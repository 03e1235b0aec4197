//! The loader's two paths agree: the fast path ([`read_current`]) accepts exactly the files the
//! careful path ([`read_carefully`]) accepts, and reads an equal plan from them.

use std::fmt::Write as _;

use proptest::prelude::*;
use serde_json::{Value, json};

use crate::format::{from_str, read_carefully, read_current, to_string};
use crate::{Date, FieldShape, PartMut, Plan};

/// Both paths accept the text and read the same plan, or both refuse it; and loading gives
/// what the careful path gives.
fn agree(text: &str) -> Result<(), String> {
    let careful = read_carefully(text);
    let fast = read_current(text);
    let same = match (&fast, &careful) {
        (Some(fast), Ok(careful)) => fast == careful,
        (None, Err(_)) => true,
        _ => false,
    };
    if !same {
        return Err(format!(
            "the paths disagree on {text:?}\nfast: {fast:?}\ncareful: {careful:?}"
        ));
    }
    if !text.trim().is_empty() && from_str(text) != careful {
        return Err(format!("loading {text:?} differs from the careful path"));
    }
    Ok(())
}

/// The samples, built into the test so that the crate reads no files.
const SAMPLES: [(&str, &str); 3] = [
    ("full", include_str!("../../../examples/full.json")),
    ("minimal", include_str!("../../../examples/minimal.json")),
    ("welsh", include_str!("../../../examples/welsh.json")),
];

fn samples() -> Vec<String> {
    SAMPLES.iter().map(|(_, text)| (*text).to_owned()).collect()
}

/// The CLI's hostile files, built into the test (named in the order of their `PLACES.txt`).
macro_rules! broken {
    ($($name:literal),* $(,)?) => {
        [$(($name, include_bytes!(concat!("../../../tests/fixtures/broken/", $name)).as_slice())),*]
    };
}

const BROKEN: [(&str, &[u8]); 27] = broken![
    "bad-agreed.json",
    "bad-date.json",
    "binary.json",
    "deeply-nested.json",
    "duplicate-field.json",
    "empty.json",
    "invalid-utf8.json",
    "no-format.json",
    "no-version.json",
    "not-json.json",
    "nul-bytes.json",
    "null.json",
    "other-format.json",
    "top-level-array.json",
    "top-level-string.json",
    "trailing-garbage.json",
    "truncated-end.json",
    "truncated-middle.json",
    "truncated-start.json",
    "unknown-nested-field.json",
    "unknown-top-field.json",
    "version-newer.json",
    "version-string.json",
    "whitespace.json",
    "wrong-type-entry.json",
    "wrong-type-list.json",
    "wrong-type-section.json"
];

/// The list of hostile files the CLI tests keep complete.
const PLACES: &str = include_str!("../../../tests/fixtures/broken/PLACES.txt");

#[test]
fn every_sample_takes_the_fast_path() {
    for (name, text) in SAMPLES {
        agree(text).unwrap();
        assert!(read_current(text).is_some(), "{name}");
    }
}

#[test]
fn every_broken_file_is_refused_by_both_paths() {
    let listed: Vec<&str> = PLACES
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter_map(|line| line.split('\t').next())
        .collect();
    let here: Vec<&str> = BROKEN.iter().map(|(name, _)| *name).collect();
    assert_eq!(
        here, listed,
        "BROKEN lists every file in PLACES.txt, in its order"
    );
    for (name, bytes) in BROKEN {
        // Text that is not UTF-8 never reaches either path.
        if let Ok(text) = std::str::from_utf8(bytes) {
            agree(text).unwrap();
            assert!(read_current(text).is_none(), "{name}");
        }
    }
    assert!(BROKEN.len() >= 27, "{} files", BROKEN.len());
}

/// A plan file's text with `body` after the envelope.
fn file(version: &str, body: &str) -> String {
    let body = if body.is_empty() {
        String::new()
    } else {
        format!(", {body}")
    };
    format!(r#"{{"format": "wrap-plan", "version": {version}{body}}}"#)
}

#[test]
fn hand_picked_edges_agree() {
    let accepted = [
        file("1", ""),
        file("1", r#""about": {"owner": "Ana"}"#),
        r#"{"about": {"owner": "Ana"}, "version": 1, "format": "wrap-plan"}"#.to_owned(),
        r#"{"\u0066ormat": "wrap\u002dplan", "ver\u0073ion": 1, "ab\u006fut": {"own\u0065r": "A\u0000"}}"#.to_owned(),
        format!(" \n\t{}\r\n ", file("1", "")),
        file("1", r#""about": {"created_on": null, "reviews": [{"date": "2026-01-01"}]}"#),
        file("1", r#""crisis": {"supporters": [{"name": "A", "agreed": null}, {"agreed": false}]}"#),
        file("1", r#""crisis": {"supporters": [{"agreed": true}]}"#),
        file("1", r#""extensions": {}"#),
        file("1", r#""extensions": {"a": null, "b": [1, -0, 1.0, 1e-400, 18446744073709551616]}"#),
        file("1", r#""extensions": {"a": {"a": {"a": {"b": "\ud83c\udf3f"}}}}"#),
        file("1", r#""about": {"title": "\ud83c\udf3f \u00e9 \/ \" \\ \b\f\n\r\t"}"#),
        file(
            "1",
            &format!(r#""extensions": {{"deep": {}{}}}"#, "[".repeat(120), "]".repeat(120)),
        ),
    ];
    for text in &accepted {
        agree(text).unwrap();
        assert!(read_current(text).is_some(), "{text}");
    }
    let refused = [
        // Versions and formats that are not exactly the current ones.
        file("1.0", ""),
        file("1e0", ""),
        file("10e-1", ""),
        file("01", ""),
        file("-0", ""),
        file("0", ""),
        file("2", ""),
        file("\"1\"", ""),
        file("null", ""),
        file("18446744073709551617", ""),
        r#"{"format": "wrap-plan "}"#.to_owned(),
        r#"{"format": "Wrap-plan", "version": 1}"#.to_owned(),
        r#"{"format": ["wrap-plan"], "version": 1}"#.to_owned(),
        r#"{"version": 1}"#.to_owned(),
        r#"{"format": "wrap-plan"}"#.to_owned(),
        "{}".to_owned(),
        // Marks given twice, or inside a section.
        r#"{"format": "wrap-plan", "format": "wrap-plan", "version": 1}"#.to_owned(),
        r#"{"format": "wrap-plan", "version": 1, "version": 1}"#.to_owned(),
        r#"{"format": "wrap-plan", "version": 1, "ver\u0073ion": 1}"#.to_owned(),
        file("1", r#""about": {"format": "wrap-plan"}"#),
        // Duplicate keys at every depth.
        file("1", r#""about": {}, "about": {}"#),
        file("1", r#""about": {"owner": "A", "owner": "A"}"#),
        file(
            "1",
            r#""crisis": {"supporters": [{"name": "A", "name": "B"}]}"#,
        ),
        file("1", r#""extensions": {}, "extensions": {}"#),
        file("1", r#""extensions": {"a": 1, "a": 1}"#),
        file("1", r#""extensions": {"a": [{"b": {"c": 1, "c": 2}}]}"#),
        // Arrays where a record belongs.
        file("1", r#""about": []"#),
        file("1", r#""about": ["title", "owner"]"#),
        file("1", r#""crisis": {"supporters": [["A"]]}"#),
        file("1", r#""about": {"reviews": [["2026-01-01"]]}"#),
        file("1", r#""about": {"written_with": [[]]}"#),
        file("1", r#""progress": [[], []]"#),
        file("1", r#""extensions": []"#),
        file("1", r#""extensions": [{"a": 1}]"#),
        // Nulls and wrong types.
        file("1", r#""about": null"#),
        file("1", r#""about": {"owner": null}"#),
        file("1", r#""toolbox": {"using": [null]}"#),
        file("1", r#""toolbox": {"using": null}"#),
        file("1", r#""extensions": null"#),
        file("1", r#""crisis": {"supporters": [{"agreed": "yes"}]}"#),
        file("1", r#""crisis": {"supporters": [{"agreed": 1}]}"#),
        file("1", r#""about": {"created_on": "2026-02-30"}"#),
        file("1", r#""about": {"created_on": 20260101}"#),
        file("1", r#""about": {"reviews": [{}]}"#),
        file("1", r#""about": {"owner": 1e400}"#),
        file("1", r#""extensions": {"a": 1e400}"#),
        // Unknown fields.
        file("1", r#""colour": "red""#),
        file("1", r#""about": {"colour": "red"}"#),
        file("1", r#""crisis": {"supporters": [{"phne": "1"}]}"#),
        // Text that is not JSON, or more than one value.
        format!("{}x", file("1", "")),
        format!("{} {{}}", file("1", "")),
        format!("\u{feff}{}", file("1", "")),
        file("1", r#""about": {"owner": "\ud800"}"#),
        file("1", r#""extensions": {"a": "\udc00"}"#),
        file("1", r#""about": {"owner": "a	b"}"#),
        file("1", r#""about": {"owner": "A",}"#),
        file("1", "// a comment"),
        file(
            "1",
            &format!(
                r#""extensions": {{"deep": {}{}}}"#,
                "[".repeat(200),
                "]".repeat(200)
            ),
        ),
        "[]".to_owned(),
        "\"wrap-plan\"".to_owned(),
        "null".to_owned(),
    ];
    for text in &refused {
        agree(text).unwrap();
        assert!(read_carefully(text).is_err(), "{text}");
    }
    // Both paths stop at the same depth of nesting.
    for depth in 120..135 {
        let deep = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        for body in [
            format!(r#""extensions": {{"deep": {deep}}}"#),
            format!(
                r#""extensions": {{"deep": {}1{}}}"#,
                r#"{"a":"#.repeat(depth),
                "}".repeat(depth)
            ),
            format!(r#""about": {{"owner": {deep}}}"#),
        ] {
            agree(&file("1", &body)).unwrap();
        }
    }
}

/// Fills the plan's parts chosen by index with the given texts, through the guide.
fn build(choices: Vec<(usize, Vec<String>, i64)>, extensions: Vec<(String, Value)>) -> Plan {
    let mut plan = Plan::default();
    for (index, texts, day) in choices {
        match plan.part_mut(crate::PartKey::ALL[index % crate::PartKey::COUNT]) {
            PartMut::Text(text) => *text = texts.concat(),
            PartMut::List(list) => list.extend(texts),
            PartMut::Date(date) => *date = Date::from_days_since_epoch(day),
            PartMut::Records(list) => {
                let record = list.push_new();
                for (field, text) in record.kind().fields().iter().zip(texts.iter().cycle()) {
                    let value = match field.shape {
                        FieldShape::YesNo => ["yes", "no", ""][text.len() % 3],
                        _ => text.as_str(),
                    };
                    record
                        .set_text(field.key, value)
                        .expect("guided fields are settable");
                }
            }
        }
    }
    plan.extensions.extend(extensions);
    plan
}

fn keys() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "format",
            "version",
            "about",
            "owner",
            "name",
            "date",
            "agreed",
            "extensions",
            "",
        ])
        .prop_map(String::from),
        ".{0,6}",
    ]
}

fn json_values() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f)
            .map(Value::Number)),
        ".{0,8}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 24, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((keys(), inner), 0..5)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

fn plans() -> impl Strategy<Value = Plan> {
    let text = prop_oneof![any::<String>(), "[ a-zA-Zŵŷąłώж🌿\u{202e}\n\t\"\\\\]{0,40}"];
    (
        prop::collection::vec(
            (
                0usize..200,
                prop::collection::vec(text, 1..4),
                -100_000i64..2_000_000,
            ),
            0..40,
        ),
        prop::collection::vec((keys(), json_values()), 0..3),
    )
        .prop_map(|(choices, extensions)| build(choices, extensions))
}

/// A plan file as a JSON value: a generated plan or one of the samples.
fn plan_values() -> impl Strategy<Value = Value> {
    let samples: Vec<Value> = samples()
        .iter()
        .map(|text| serde_json::from_str(text).expect("the samples are JSON"))
        .collect();
    prop_oneof![
        plans().prop_map(|plan| serde_json::from_str(&to_string(&plan)).expect("saved plans are JSON")),
        prop::sample::select(samples),
    ]
}

/// Values that are wrong, or right, in many places of a plan.
fn odd_values() -> impl Strategy<Value = Value> {
    prop::sample::select(vec![
        json!(null),
        json!(true),
        json!(0),
        json!(1),
        json!(1.0),
        json!(-1),
        json!(2),
        json!(""),
        json!("x"),
        json!("wrap-plan"),
        json!("2026-01-01"),
        json!("2026-02-30"),
        json!([]),
        json!(["x"]),
        json!([["x"]]),
        json!([null]),
        json!({}),
        json!({"name": "x"}),
        json!([{"name": "x"}]),
        json!({"date": "2026-01-01"}),
        json!([{"date": "2026-01-01"}]),
    ])
}

/// A change made while writing a JSON value as text, at one of its nodes (counted in the
/// order they are written).
#[derive(Clone, Debug)]
enum Mangle {
    /// The node is replaced.
    Replace(Value),
    /// An object's member is written twice, the second time with this value if any.
    Duplicate(usize, Option<Value>),
    /// An object is written as an array of its values.
    ToArray,
    /// An object gains a member (or a member's value changes).
    Add(String, Value),
    /// An object loses a member.
    Remove(usize),
    /// Every key and string in the node is written with `\u` escapes.
    Escape,
}

fn mangles() -> impl Strategy<Value = Mangle> {
    prop_oneof![
        odd_values().prop_map(Mangle::Replace),
        (any::<usize>(), prop::option::of(odd_values()))
            .prop_map(|(member, value)| Mangle::Duplicate(member, value)),
        Just(Mangle::ToArray),
        (keys(), odd_values()).prop_map(|(key, value)| Mangle::Add(key, value)),
        any::<usize>().prop_map(Mangle::Remove),
        Just(Mangle::Escape),
    ]
}

fn count_nodes(value: &Value) -> usize {
    1 + match value {
        Value::Array(items) => items.iter().map(count_nodes).sum(),
        Value::Object(members) => members.values().map(count_nodes).sum(),
        _ => 0,
    }
}

struct Writer<'a> {
    mangles: &'a [(usize, Mangle)],
    next: usize,
    out: String,
}

impl Writer<'_> {
    fn string(&mut self, text: &str, escape: bool) {
        if escape {
            self.out.push('"');
            for unit in text.encode_utf16() {
                let _ = write!(self.out, "\\u{unit:04x}");
            }
            self.out.push('"');
        } else {
            self.out.push_str(&Value::from(text).to_string());
        }
    }

    fn value(&mut self, value: &Value, escape: bool) {
        let here = self.next;
        self.next += 1;
        let mut value = value.clone();
        let (mut duplicate, mut to_array, mut escape) = (None, false, escape);
        for (_, mangle) in self.mangles.iter().filter(|(at, _)| *at == here) {
            match (mangle, &mut value) {
                (Mangle::Replace(new), _) => value = new.clone(),
                (Mangle::Duplicate(member, again), Value::Object(members))
                    if !members.is_empty() =>
                {
                    duplicate = Some((member % members.len(), again.clone()));
                }
                (Mangle::ToArray, Value::Object(_)) => to_array = true,
                (Mangle::Add(key, new), Value::Object(members)) => {
                    members.insert(key.clone(), new.clone());
                }
                (Mangle::Remove(member), Value::Object(members)) if !members.is_empty() => {
                    let key = members.keys().nth(member % members.len()).cloned();
                    members.shift_remove(&key.unwrap_or_default());
                }
                (Mangle::Escape, _) => escape = true,
                _ => {}
            }
        }
        match &value {
            Value::Object(members) if to_array => {
                self.out.push('[');
                for (i, item) in members.values().enumerate() {
                    if i > 0 {
                        self.out.push(',');
                    }
                    self.value(item, escape);
                }
                self.out.push(']');
            }
            Value::Object(members) => {
                self.out.push('{');
                for (i, (key, item)) in members.iter().enumerate() {
                    if i > 0 {
                        self.out.push(',');
                    }
                    self.string(key, escape);
                    self.out.push(':');
                    self.value(item, escape);
                    if let Some((_, again)) = duplicate.as_ref().filter(|(m, _)| *m == i) {
                        self.out.push(',');
                        self.string(key, escape);
                        self.out.push(':');
                        self.value(again.as_ref().unwrap_or(item), escape);
                    }
                }
                self.out.push('}');
            }
            Value::Array(items) => {
                self.out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.out.push(',');
                    }
                    self.value(item, escape);
                }
                self.out.push(']');
            }
            Value::String(text) => self.string(text, escape),
            other => self.out.push_str(&other.to_string()),
        }
    }
}

/// The value written as JSON text with the mangles applied at their nodes.
fn mangled(value: &Value, mangles: &[(usize, Mangle)]) -> String {
    let nodes = count_nodes(value);
    let mangles: Vec<_> = mangles
        .iter()
        .map(|(at, mangle)| (at % nodes, mangle.clone()))
        .collect();
    let mut writer = Writer {
        mangles: &mangles,
        next: 0,
        out: String::new(),
    };
    writer.value(value, false);
    writer.out
}

/// A byte-level change to a text: `at` is moved back to a character boundary.
#[derive(Clone, Debug)]
enum Edit {
    Delete(usize, usize),
    Insert(usize, String),
}

fn edited(text: &str, edits: &[Edit]) -> String {
    let mut text = text.to_owned();
    let boundary = |text: &str, at: usize| {
        let at = at % (text.len() + 1);
        (0..=at)
            .rev()
            .find(|i| text.is_char_boundary(*i))
            .unwrap_or(0)
    };
    for edit in edits {
        match edit {
            Edit::Delete(at, len) => {
                let start = boundary(&text, *at);
                let end = boundary(&text, (start + len).min(text.len()));
                text.replace_range(start..end.max(start), "");
            }
            Edit::Insert(at, junk) => {
                let at = boundary(&text, *at);
                text.insert_str(at, junk);
            }
        }
    }
    text
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let edit = prop_oneof![
        (any::<usize>(), 1usize..6).prop_map(|(at, len)| Edit::Delete(at, len)),
        (any::<usize>(), "[\\[\\]{}\",:0-9a-z .e\\\\-]{1,6}")
            .prop_map(|(at, junk)| Edit::Insert(at, junk)),
        (
            any::<usize>(),
            prop::sample::select(vec![
                "null",
                "[",
                "]",
                "{",
                "}",
                ",",
                "\"\"",
                "1.0",
                "\\u0000",
                "\\ud800",
                "\"format\": \"wrap-plan\",",
                "\"version\": 1,",
                "\"about\": {},",
                "\"extensions\": {\"a\": 1, \"a\": 2},",
            ])
        )
            .prop_map(|(at, junk)| Edit::Insert(at, junk.to_owned())),
    ];
    prop::collection::vec(edit, 1..4)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn generated_plans_take_the_fast_path(plan in plans()) {
        let text = to_string(&plan);
        prop_assert_eq!(read_current(&text), Some(plan));
        prop_assert!(agree(&text).is_ok(), "{}", agree(&text).unwrap_err());
    }

    #[test]
    fn mangled_values_agree(
        value in plan_values(),
        mangles in prop::collection::vec((any::<usize>(), mangles()), 1..4),
    ) {
        let text = mangled(&value, &mangles);
        prop_assert!(agree(&text).is_ok(), "{}", agree(&text).unwrap_err());
    }

    #[test]
    fn edited_text_agrees(value in plan_values(), edits in edits(), pretty in any::<bool>()) {
        let text = if pretty {
            serde_json::to_string_pretty(&value)
        } else {
            serde_json::to_string(&value)
        };
        let text = edited(&text.expect("a value serializes"), &edits);
        prop_assert!(agree(&text).is_ok(), "{}", agree(&text).unwrap_err());
    }
}
