//! Runs the real `wrap` binary for the formats plans travel in (Markdown, FHIR, vCard,
//! iCalendar) and for shell completions and the manual page.

use std::path::Path;
use std::process::Output;

use crate::common::{example, stderr, stdout, wrap};

fn ok(output: &Output) {
    assert_eq!(output.status.code(), Some(0), "{}", stderr(output));
}

/// Exports the full sample to a file named `name` and returns the file's text.
fn export_to(dir: &Path, name: &str, extra: &[&str]) -> String {
    let out = dir.join(name);
    let plan = example("full.json");
    let out_text = out.to_string_lossy().into_owned();
    let mut args = vec!["export", plan.as_str(), "-o", out_text.as_str()];
    args.extend(extra);
    let output = wrap(&args);
    ok(&output);
    assert!(stdout(&output).is_empty());
    std::fs::read_to_string(&out).unwrap()
}

#[test]
fn the_format_follows_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    let markdown = export_to(dir.path(), "plan.md", &[]);
    assert!(markdown.starts_with("# My WRAP for everyday life\n"));
    assert!(markdown.contains("## Crisis plan\n"));

    let fhir = export_to(dir.path(), "plan.fhir.json", &[]);
    let bundle: serde_json::Value = serde_json::from_str(&fhir).unwrap();
    assert_eq!(bundle["resourceType"], "Bundle");

    let cards = export_to(dir.path(), "people.vcf", &[]);
    assert!(cards.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    assert!(cards.contains("FN:Dafydd Evans\r\n"));

    let ics = export_to(dir.path(), "review.ics", &[]);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(ics.contains("DTSTAMP:20261123T000000Z\r\n"), "{ics}");

    let json = export_to(dir.path(), "copy.json", &[]);
    assert!(json.contains("\"format\": \"wrap-plan\""));
}

#[test]
fn formats_on_standard_output() {
    for (format, start) in [
        ("markdown", "# "),
        ("fhir", "{\n  \"resourceType\": \"Bundle\""),
        ("vcard", "BEGIN:VCARD\r\n"),
        ("ics", "BEGIN:VCALENDAR\r\n"),
    ] {
        let output = wrap(&["export", &example("welsh.json"), "--format", format]);
        ok(&output);
        assert!(stdout(&output).starts_with(start), "{format}");
        let again = wrap(&["export", &example("welsh.json"), "--format", format]);
        assert_eq!(output.stdout, again.stdout, "{format} is deterministic");
    }
}

#[test]
fn the_crisis_document_stands_alone() {
    let output = wrap(&[
        "export",
        &example("full.json"),
        "--format",
        "markdown",
        "--document",
        "crisis",
    ]);
    ok(&output);
    let text = stdout(&output);
    assert!(
        text.starts_with("# Crisis plan for Rhiannon Evans\n"),
        "{text}"
    );
    assert!(text.contains("This plan replaces any crisis plan with an earlier date."));
    assert!(!text.contains("## Wellness toolbox"));

    let output = wrap(&[
        "export",
        &example("full.json"),
        "--format",
        "vcard",
        "--document",
        "crisis",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--document crisis is not available for vcard"));
}

#[test]
fn a_reminder_needs_a_review_date() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("review.ics");
    let output = wrap(&[
        "export",
        &example("minimal.json"),
        "-o",
        &out.to_string_lossy(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("minimal.json: the plan has no next review date"));
    assert!(
        message.contains("hint: set one with `wrap review"),
        "{message}"
    );
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn an_unknown_extension_names_the_formats() {
    let output = wrap(&["export", &example("minimal.json"), "-o", "plan.txt"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains(".fhir.json"));
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let output = wrap(&["completions", shell]);
        ok(&output);
        let script = stdout(&output);
        assert!(script.contains("wrap"), "{shell}");
        assert!(script.contains("export"), "{shell}: knows the subcommands");
    }
    let output = wrap(&["completions", "tcsh"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn the_manual_page() {
    let output = wrap(&["man"]);
    ok(&output);
    let page = stdout(&output);
    assert!(page.contains(".TH wrap 1"), "{page}");
    assert!(page.contains("export"));
    assert!(page.contains("completions"));
}

#[test]
fn a_long_plan_exports_in_every_format() {
    let mut value: serde_json::Value =
        serde_json::from_str(&wrap_testkit::sample_text("full")).unwrap();
    for section in ["toolbox", "triggers", "crisis", "post_crisis"] {
        if let Some(fields) = value[section].as_object_mut() {
            for list in fields.values_mut().filter_map(|v| v.as_array_mut()) {
                let copy = list.clone();
                for _ in 1..100 {
                    list.extend(copy.iter().cloned());
                }
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("long.json");
    std::fs::write(&plan, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    for name in ["long.md", "long.fhir.json", "long.vcf", "long.ics"] {
        let out = dir.path().join(name);
        let started = std::time::Instant::now();
        let output = wrap(&[
            "export",
            &plan.to_string_lossy(),
            "-o",
            &out.to_string_lossy(),
        ]);
        ok(&output);
        assert!(out.metadata().unwrap().len() > 0, "{name}");
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "{name} took {:?}",
            started.elapsed()
        );
    }
}
