//! Every sample plan in `examples/` loads, validates, is canonical and matches the JSON
//! Schema, and the shipped schema is the generated one.

use wrap_core::{FindingKind, completeness, format, validate};
use wrap_testkit::{repo_file, sample, sample_paths, today};

#[test]
fn samples_load_validate_and_are_canonical() {
    for path in sample_paths() {
        let text = std::fs::read_to_string(&path).unwrap();
        let plan = format::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(validate(&plan), [], "{}", path.display());
        let saved = format::to_string(&plan);
        assert_eq!(saved, text, "{} is not in canonical form", path.display());
        assert_eq!(format::from_str(&saved).unwrap(), plan);
    }
}

#[test]
fn full_sample_has_every_part_filled() {
    assert_eq!(completeness(&sample("full"), today()), []);
    assert!(
        completeness(&sample("minimal"), today())
            .iter()
            .any(|f| f.kind == FindingKind::Empty)
    );
}

fn schema() -> serde_json::Value {
    serde_json::from_str(&format::json_schema()).unwrap()
}

#[test]
fn shipped_schema_is_the_generated_one() {
    let shipped = std::fs::read_to_string(repo_file("docs/plan.schema.json")).unwrap();
    assert!(
        shipped == format::json_schema(),
        "docs/plan.schema.json is out of date: run `cargo run -- schema > docs/plan.schema.json`"
    );
}

#[test]
fn samples_match_the_schema() {
    let validator = jsonschema::validator_for(&schema()).unwrap();
    for path in sample_paths() {
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
        r#"{"format": "wrap-plan", "version": 2, "colour": "red"}"#,
        r#"{"format": "wrap-plan", "version": 3}"#,
        r#"{"format": "wrap-plan", "version": 2, "crisis": {"supporters": [{"phne": "1"}]}}"#,
        r#"{"format": "wrap-plan", "version": 2, "toolbox": {"using": [3]}}"#,
        r#"{"format": "wrap-plan", "version": 2, "about": {"created_on": "23/11/2026"}}"#,
    ];
    for text in bad {
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        assert!(!validator.is_valid(&value), "schema accepts {text}");
        assert!(format::from_str(text).is_err(), "loader accepts {text}");
    }
    let good: serde_json::Value = serde_json::from_str(
        r#"{"format": "wrap-plan", "version": 2, "extensions": {"x": {"any": [1]}}}"#,
    )
    .unwrap();
    assert!(validator.is_valid(&good));
}
