//! Every sample plan in `examples/` loads, validates, is canonical, matches the JSON Schema,
//! and renders to the same text as before.

use std::path::{Path, PathBuf};

use wrap_core::{Date, FindingKind, completeness, format, render_text, validate};

fn examples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the examples folder exists")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    assert!(
        paths.len() >= 3,
        "the full, minimal and translated samples are there"
    );
    paths
}

fn name(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

fn today() -> Date {
    "2026-11-23".parse().unwrap()
}

#[test]
fn samples_load_validate_and_are_canonical() {
    for path in examples() {
        let text = std::fs::read_to_string(&path).unwrap();
        let plan = format::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(validate(&plan), [], "{}", path.display());
        let saved = format::to_string(&plan);
        assert_eq!(saved, text, "{} is not in canonical form", path.display());
        assert_eq!(format::from_str(&saved).unwrap(), plan);
        insta::assert_snapshot!(format!("{}_json", name(&path)), saved);
    }
}

#[test]
fn samples_render_as_text() {
    for path in examples() {
        let plan = format::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let text = render_text(&plan, None);
        for word in wrap_core::words(&plan) {
            assert!(
                text.contains(&word),
                "{}: `{word}` is missing from the text",
                path.display()
            );
        }
        insta::assert_snapshot!(format!("{}_text", name(&path)), text);
    }
}

#[test]
fn full_sample_has_every_part_filled() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/full.json");
    let plan = format::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(completeness(&plan, today()), []);
    let minimal = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/minimal.json");
    let minimal = format::from_str(&std::fs::read_to_string(minimal).unwrap()).unwrap();
    assert!(
        completeness(&minimal, today())
            .iter()
            .any(|f| f.kind == FindingKind::Empty)
    );
}

fn schema() -> serde_json::Value {
    serde_json::from_str(&format::json_schema()).unwrap()
}

#[test]
fn shipped_schema_is_the_generated_one() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/plan.schema.json");
    let shipped = std::fs::read_to_string(&path).unwrap();
    assert!(
        shipped == format::json_schema(),
        "docs/plan.schema.json is out of date: run `cargo run -- schema > docs/plan.schema.json`"
    );
}

#[test]
fn samples_match_the_schema() {
    let validator = jsonschema::validator_for(&schema()).unwrap();
    for path in examples() {
        let value: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
    }
}

#[test]
fn schema_rejects_what_the_loader_rejects() {
    let validator = jsonschema::validator_for(&schema()).unwrap();
    let bad = [
        r#"{"format": "wrap-plan", "version": 1, "colour": "red"}"#,
        r#"{"format": "wrap-plan", "version": 2}"#,
        r#"{"format": "wrap-plan", "version": 1, "crisis": {"supporters": [{"phne": "1"}]}}"#,
        r#"{"format": "wrap-plan", "version": 1, "toolbox": {"using": [3]}}"#,
        r#"{"format": "wrap-plan", "version": 1, "about": {"created_on": "23/11/2026"}}"#,
    ];
    for text in bad {
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        assert!(!validator.is_valid(&value), "schema accepts {text}");
        assert!(format::from_str(text).is_err(), "loader accepts {text}");
    }
    let good: serde_json::Value = serde_json::from_str(
        r#"{"format": "wrap-plan", "version": 1, "extensions": {"x": {"any": [1]}}}"#,
    )
    .unwrap();
    assert!(validator.is_valid(&good));
}
