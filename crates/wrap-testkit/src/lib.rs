//! What the tests and benchmarks of the wrap crates share: the sample plans in `examples/`,
//! the broken files in `tests/fixtures/broken/`, bigger plans made from smaller ones,
//! generated plans for property tests, and every word a plan holds.
//!
//! This crate is not published: it reads the repository's own files.
//!
//! ```
//! let full = wrap_testkit::sample("full");
//! let bigger = wrap_testkit::with_lists_repeated(&full, 3);
//! assert_eq!(bigger.toolbox.using.len(), 3 * full.toolbox.using.len());
//! assert!(wrap_testkit::words(&full).len() > 100);
//! ```
#![deny(missing_docs)]

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use serde_json::Value;
use wrap_core::{Date, Document, FieldShape, PartKey, PartMut, PartRef, Plan, guide};

/// The repository's top folder.
fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// The folder of sample plans, `examples/`.
pub fn examples_dir() -> PathBuf {
    root().join("examples")
}

/// The folder of files every reader must refuse clearly, `tests/fixtures/broken/`, with the
/// place each message must name in its `PLACES.txt`.
pub fn broken_dir() -> PathBuf {
    root().join("tests/fixtures/broken")
}

/// A file of the repository by its path from the top (`docs/plan.schema.json`).
pub fn repo_file(path: &str) -> PathBuf {
    root().join(path)
}

/// Every sample plan's path, sorted by name.
pub fn sample_paths() -> Vec<PathBuf> {
    let dir = examples_dir();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable folder entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    assert!(
        paths.len() >= 3,
        "the full, minimal and translated samples are in {}",
        dir.display()
    );
    paths
}

/// The text of the sample `examples/NAME.json`.
pub fn sample_text(name: &str) -> String {
    let path = examples_dir().join(format!("{name}.json"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The sample `examples/NAME.json`, loaded.
pub fn sample(name: &str) -> Plan {
    wrap_core::format::from_str(&sample_text(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Every sample plan with its name (`full`, `minimal`, ...), sorted by name.
pub fn samples() -> Vec<(String, Plan)> {
    sample_paths()
        .into_iter()
        .map(|path| {
            let name = path
                .file_stem()
                .map(|stem| stem.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name.clone(), sample(&name))
        })
        .collect()
}

/// The date the tests take as "today".
pub fn today() -> Date {
    Date::new(2026, 11, 23).expect("a real date")
}

/// Repeats every array inside `value` so that it holds `times` copies of its items.
fn repeat(value: &mut Value, times: usize) {
    match value {
        Value::Array(items) => {
            let copy = items.clone();
            for _ in 1..times {
                items.extend(copy.iter().cloned());
            }
        }
        Value::Object(fields) => fields.values_mut().for_each(|v| repeat(v, times)),
        _ => {}
    }
}

/// The name of the supporter [`with_unlisted_supporter`] adds.
pub const UNLISTED_SUPPORTER: &str = "Gwilym Unlisted";

/// The plan with a supporter, first in the list, who has not agreed to be listed (named
/// [`UNLISTED_SUPPORTER`], phone `07700 900999`): documents for supporters must leave them out.
pub fn with_unlisted_supporter(mut plan: Plan) -> Plan {
    plan.crisis.supporters.insert(
        0,
        wrap_core::Supporter {
            name: UNLISTED_SUPPORTER.into(),
            phone: "07700 900999".into(),
            agreed: Some(false),
            ..wrap_core::Supporter::default()
        },
    );
    plan
}

/// A copy of the plan in which every list of every section (entries, records, and the lists
/// inside records) holds `times` copies of its entries, in order. The plan's details and
/// review history, the interview's progress and the extensions are kept as they are.
/// `times` of 0 or 1 gives an equal plan.
pub fn with_lists_repeated(plan: &Plan, times: usize) -> Plan {
    let Ok(Value::Object(mut fields)) = serde_json::to_value(plan) else {
        return plan.clone();
    };
    for (key, section) in fields.iter_mut() {
        if !matches!(key.as_str(), "about" | "progress" | "extensions") {
            repeat(section, times.max(1));
        }
    }
    serde_json::from_value(Value::Object(fields)).unwrap_or_else(|_| plan.clone())
}

/// Every piece of text the person wrote in the plan, in guide order (titles, entries, record
/// fields and review notes), split into words, dates as ISO 8601 as the files hold them.
/// Renderers' tests use it to check that nothing is left out.
pub fn words(plan: &Plan) -> Vec<String> {
    words_with_dates(plan, |date| date.to_string())
}

/// As [`words`], with dates as printed documents and Markdown show them, in the plan's
/// language ("31 October 2026", "31 Hydref 2026").
pub fn printed_words(plan: &Plan) -> Vec<String> {
    let language = plan.document_language(wrap_core::Language::EnGb);
    words_with_dates(plan, |date| date.long_in(language))
}

fn words_with_dates(plan: &Plan, date_text: impl Fn(Date) -> String) -> Vec<String> {
    let mut texts: Vec<String> = Vec::new();
    for section in guide() {
        for (_, answer) in plan.section_parts(section.key) {
            match answer {
                PartRef::Text(text) => texts.push(text.to_owned()),
                PartRef::List(items) => texts.extend(items.iter().cloned()),
                PartRef::Date(date) => texts.extend(date.map(&date_text)),
                PartRef::Records(records) => {
                    for record in records {
                        for (field, value) in record.fields() {
                            if field.shape != FieldShape::YesNo {
                                texts.push(value.into_owned());
                            }
                        }
                    }
                }
            }
        }
    }
    for review in &plan.about.reviews {
        texts.extend(review.with.iter().cloned());
        texts.push(review.notes.clone());
    }
    split_words(&texts)
}

fn split_words(texts: &[String]) -> Vec<String> {
    texts
        .iter()
        .flat_map(|text| text.split_whitespace().map(str::to_owned))
        .collect()
}

/// Every piece of text of the plan that `document` shows, by its definition in wrap-core
/// (its parts, the record fields it shows, without the records it leaves out), split into
/// words. Dates are in their long form.
pub fn document_words(plan: &Plan, document: Document) -> Vec<String> {
    let mut texts: Vec<String> = Vec::new();
    for part in document.parts() {
        match document.part(plan, part.key) {
            PartRef::Text(text) => texts.push(text.to_owned()),
            PartRef::List(items) => texts.extend(items.iter().cloned()),
            PartRef::Date(date) => texts.extend(date.map(Date::long)),
            PartRef::Records(records) => {
                for record in records {
                    for field in document.fields(record.kind()) {
                        if field.shape != FieldShape::YesNo {
                            texts.extend(record.text(field.key).map(|v| v.into_owned()));
                        }
                    }
                }
            }
        }
    }
    split_words(&texts)
}

/// The words of what `document` must never show of the plan: the shown fields of the
/// supporters it leaves out because they have not agreed to be listed (their names and
/// phone numbers).
pub fn left_out_words(plan: &Plan, document: Document) -> Vec<String> {
    let texts: Vec<String> = document
        .left_out(plan)
        .iter()
        .flat_map(|s| [s.name.clone(), s.phone.clone()])
        .collect();
    split_words(&texts)
}

/// Fills the plan's parts chosen by index with the given texts, through the guide, and adds
/// the extensions.
fn build(choices: Vec<(usize, Vec<String>, i64)>, extensions: Vec<(String, Value)>) -> Plan {
    let mut plan = Plan::default();
    for (index, texts, day) in choices {
        match plan.part_mut(PartKey::ALL[index % PartKey::COUNT]) {
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

/// Object keys for generated JSON: the format's own names, the empty key, and short strings.
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

/// Any JSON value, nested up to four deep.
pub fn json_values() -> impl Strategy<Value = Value> {
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

/// Plans with any text in any part (control characters, right-to-left marks, emoji, quotes
/// and backslashes), any date, records with every field set, and a few extensions.
pub fn plans() -> impl Strategy<Value = Plan> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_grow_and_the_rest_stays() {
        let plan = sample("full");
        let bigger = with_lists_repeated(&plan, 10);
        assert_eq!(bigger.toolbox.using.len(), 10 * plan.toolbox.using.len());
        assert_eq!(
            bigger.crisis.supporters.len(),
            10 * plan.crisis.supporters.len()
        );
        assert_eq!(bigger.about, plan.about);
        assert_eq!(bigger.progress, plan.progress);
        assert_eq!(with_lists_repeated(&plan, 1), plan);
        assert_eq!(with_lists_repeated(&plan, 0), plan);
    }

    #[test]
    fn words_cover_every_text() {
        let mut plan = Plan::default();
        plan.daily.when_well = "calm and curious".into();
        plan.crisis.please_do = vec!["sit with me".into()];
        assert_eq!(
            words(&plan),
            ["calm", "and", "curious", "sit", "with", "me"]
        );
    }

    #[test]
    fn every_sample_loads_by_name() {
        let names: Vec<String> = samples().into_iter().map(|(name, _)| name).collect();
        for wanted in ["full", "minimal", "welsh", "spanish", "polish"] {
            assert!(names.iter().any(|name| name == wanted), "{names:?}");
        }
        assert!(broken_dir().join("PLACES.txt").is_file());
    }
}
