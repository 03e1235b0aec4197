//! Runs the real `wrap` binary: every command, exit code and error message of the basics.

use std::path::{Path, PathBuf};

use wrap_core::Language;

use crate::common::{example, stderr, stdout, wrap};

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn every_sample_checks_and_the_full_one_passes_strict() {
    for name in [
        "full.json",
        "minimal.json",
        "welsh.json",
        "spanish.json",
        "polish.json",
    ] {
        let output = wrap(&["check", &example(name)]);
        assert_eq!(output.status.code(), Some(0), "{name}: {}", stderr(&output));
        assert!(stdout(&output).contains("a valid plan"), "{name}");
    }
    let output = wrap(&["check", "--strict", &example("full.json")]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).contains("Every part is filled in."));
    let output = wrap(&["check", "--strict", &example("minimal.json")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("Not written yet"));
    assert!(
        !stdout(&output).contains("fine"),
        "--strict never calls what fails it fine:\n{}",
        stdout(&output)
    );
    assert!(stderr(&output).contains("--strict"));
}

#[test]
fn check_reports_invalid_entries_with_their_paths() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "plan.json",
        r#"{"format": "wrap-plan", "version": 1, "crisis": {"supporters": [{"phone": "07700 900123"}]}}"#,
    );
    let output = wrap(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output)
            .contains("crisis.supporters[0].name: entry 1 of \"My supporters\" has no name")
    );
    assert!(stderr(&output).contains("plan.json: the plan is not valid (1 problem)"));
}

#[test]
fn check_warns_of_a_phone_number_that_cannot_be_dialled() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "plan.json",
        r#"{"format": "wrap-plan", "version": 1, "crisis": {"supporters": [
            {"name": "Siân", "phone": "Siân: 07700 900456"},
            {"name": "Ward", "phone": "ask at the desk"}]}}"#,
    );
    let output = wrap(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report = stdout(&output);
    assert!(
        report.contains(
            "crisis.supporters[1].phone: the phone number of \"Ward\" (\"ask at the desk\") \
             holds no number to dial"
        ),
        "{report}"
    );
    assert!(!report.contains("crisis.supporters[0].phone"), "{report}");
    let output = wrap(&["check", "--strict", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn an_unknown_field_is_named_with_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "typo.json",
        r#"{"format": "wrap-plan", "version": 1, "tolbox": {}}"#,
    );
    let output = wrap(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("typo.json: unknown field `tolbox`"),
        "{message}"
    );
    assert!(message.contains("hint:"), "{message}");
}

#[test]
fn a_newer_version_is_refused_by_number() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "new.json",
        r#"{"format": "wrap-plan", "version": 999}"#,
    );
    let output = wrap(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("version 999"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn syntax_errors_show_line_column_and_caret() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "broken.json",
        "{\n  \"format\": \"wrap-plan\",\n  \"version\": 1,,\n}\n",
    );
    let output = wrap(&["show", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("broken.json:3:16: not valid JSON"),
        "{message}"
    );
    assert!(
        message.contains("3 |   \"version\": 1,,\n  |                ^"),
        "{message}"
    );
}

#[test]
fn type_errors_name_the_json_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "types.json",
        r#"{"format": "wrap-plan", "version": 1, "about": {"created_on": "23/11/2026"}}"#,
    );
    let output = wrap(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("types.json: at about.created_on: `23/11/2026` is not a date"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn missing_files_and_folders_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.json");
    let output = wrap(&["check", missing.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("nope.json: cannot read the plan: there is no such file"));
    let output = wrap(&["show", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("this is a folder"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(wrap(&[]).status.code(), Some(2));
    assert_eq!(wrap(&["check"]).status.code(), Some(2));
    let output = wrap(&["show", &example("full.json"), "--section", "crises"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("`crises` is not a section"));
    for args in [
        &["export", "{full}", "-o", "-"][..],
        &["export", "{full}", "-f", "json", "--paper", "letter"],
        &["export", "{full}", "-f", "json", "-d", "card"],
        &["export", "{full}", "-o", "plan.txt"],
    ] {
        let full = example("full.json");
        let args: Vec<&str> = args
            .iter()
            .map(|a| if *a == "{full}" { full.as_str() } else { a })
            .collect();
        assert_eq!(wrap(&args).status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn a_version_1_file_loads_shows_and_saves_as_version_2_otherwise_unchanged() {
    // The Welsh sample as version 1 wrote it: no language, no history, no copies.
    let current = std::fs::read_to_string(example("welsh.json")).unwrap();
    let without_language = current.replace("  \"language\": \"cy\",\n", "");
    assert_ne!(without_language, current);
    let old = without_language.replace("\"version\": 2,", "\"version\": 1,");
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "old.json", &old);
    let path = path.to_str().unwrap();
    let shown = wrap(&["show", path]);
    assert_eq!(shown.status.code(), Some(0), "{}", stderr(&shown));
    let mut welsh = wrap_testkit::sample("welsh");
    welsh.language = None;
    assert_eq!(stdout(&shown), wrap_export::render_text(&welsh, None));
    let saved = wrap(&["export", path, "--format", "json"]);
    assert_eq!(saved.status.code(), Some(0), "{}", stderr(&saved));
    assert_eq!(stdout(&saved), without_language);
}

#[test]
fn a_malformed_language_is_named_with_the_file_and_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "plan.json",
        "{\"format\": \"wrap-plan\", \"version\": 2,\n  \"language\": \"Welsh\"}\n",
    );
    let output = wrap(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("plan.json"), "{message}");
    assert!(message.contains("at language:"), "{message}");
    assert!(message.contains("not a BCP 47 language tag"), "{message}");
}

#[test]
fn show_prints_the_plan_and_one_section() {
    // What `show` prints is the text rendering, whose every line the renderer's own snapshots
    // show; here only that the command prints it whole, and one section alone.
    let output = wrap(&["show", &example("full.json")]);
    assert_eq!(output.status.code(), Some(0));
    let full = wrap_testkit::sample("full");
    assert_eq!(stdout(&output), wrap_export::render_text(&full, None));
    let output = wrap(&["show", &example("welsh.json"), "--section", "crisis"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let welsh = wrap_testkit::sample("welsh");
    assert_eq!(
        text,
        wrap_export::render_text(&welsh, Some(wrap_core::SectionKey::Crisis))
    );
    insta::assert_snapshot!(text.lines().take(3).collect::<Vec<_>>().join("\n"), @r"
    Cynllun argyfwng
    ================
    Ysgrifennwyd y cynllun argyfwng hwn ar 14 Tachwedd 2026. Mae'r cynllun hwn yn cymryd lle unrhyw gynllun argyfwng sydd â dyddiad cynharach.
    ");
}

#[test]
fn show_and_markdown_of_the_welsh_sample_are_in_welsh() {
    let shown = stdout(&wrap(&["show", &example("welsh.json")]));
    let markdown = stdout(&wrap(&[
        "export",
        &example("welsh.json"),
        "--format",
        "markdown",
    ]));
    let mut english: Vec<&str> = vec![
        "Agreed to be listed",
        wrap_core::replaces_earlier(wrap_core::Language::EnGb),
        "This crisis plan was written",
        "November",
    ];
    for section in wrap_core::guide() {
        english.push(section.heading);
        english.extend(section.parts.iter().map(|part| part.heading));
    }
    for text in [&shown, &markdown] {
        for words in &english {
            assert!(!text.contains(words), "`{words}` is in English:\n{text}");
        }
        for welsh in [
            "Pecyn lles",
            "Cynllun argyfwng",
            "Fy nghefnogwyr",
            "Wedi cytuno i gael eu rhestru",
            "14 Tachwedd 2026",
        ] {
            assert!(text.contains(welsh), "{welsh}:\n{text}");
        }
    }
    assert!(markdown.contains("## Pecyn lles\n"));
}

#[test]
fn json_export_is_canonical_and_stable() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["full.json", "minimal.json", "welsh.json", "polish.json"] {
        let original = std::fs::read_to_string(example(name)).unwrap();
        let output = wrap(&["export", &example(name), "--format", "json"]);
        assert_eq!(output.status.code(), Some(0));
        assert_eq!(
            stdout(&output),
            original,
            "{name}: export to stdout changes the plan"
        );
        let first = dir.path().join(format!("first-{name}"));
        let second = dir.path().join(format!("second-{name}"));
        assert_eq!(
            wrap(&["export", &example(name), "-o", first.to_str().unwrap()])
                .status
                .code(),
            Some(0)
        );
        assert_eq!(
            wrap(&[
                "export",
                first.to_str().unwrap(),
                "-o",
                second.to_str().unwrap()
            ])
            .status
            .code(),
            Some(0)
        );
        assert_eq!(
            std::fs::read(&first).unwrap(),
            std::fs::read(&second).unwrap()
        );
        assert_eq!(std::fs::read_to_string(&first).unwrap(), original);
    }
}

#[test]
fn export_never_overwrites_its_input() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.json");
    std::fs::copy(example("minimal.json"), &plan).unwrap();
    let before = std::fs::read(&plan).unwrap();
    let output = wrap(&[
        "export",
        plan.to_str().unwrap(),
        "-o",
        plan.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("never overwrites its input"));
    assert_eq!(std::fs::read(&plan).unwrap(), before);
}

#[test]
fn a_failed_load_leaves_an_existing_output_alone() {
    let dir = tempfile::tempdir().unwrap();
    let broken = write(
        dir.path(),
        "broken.json",
        "{\"format\": \"wrap-plan\", \"vers",
    );
    let out = write(dir.path(), "out.json", "precious");
    let output = wrap(&[
        "export",
        broken.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "precious");
}

#[test]
fn schema_prints_the_shipped_schema() {
    let output = wrap(&["schema"]);
    assert_eq!(output.status.code(), Some(0));
    let shipped =
        std::fs::read_to_string(wrap_testkit::repo_file("docs/plan.schema.json")).unwrap();
    assert_eq!(stdout(&output), shipped);
}

#[test]
fn version_and_help_work() {
    let output = wrap(&["--version"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).starts_with("wrap "));
    let output = wrap(&["--help"]);
    assert!(stdout(&output).contains("check"));
}

#[test]
fn help_speaks_the_interface_s_language_and_a_mistake_shows_it() {
    let run = |args: &[&str], lang: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_wrap"))
            .args(args)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .output()
            .unwrap()
    };
    let welsh = Language::Cy.text("help-export");
    let english = Language::EnGb.text("help-export");
    assert_ne!(welsh, english);
    let help = stdout(&run(&["export", "--help"], "cy_GB.UTF-8"));
    assert!(help.contains(&welsh), "{help}");
    let help = stdout(&run(&["export", "--help", "--lang", "cy"], "C.UTF-8"));
    assert!(help.contains(&welsh), "{help}");
    let help = stdout(&run(&["export", "--help"], "C.UTF-8"));
    assert!(help.contains(&english), "{help}");
    // A mistake in the arguments is refused with the usage, and a plan is not touched.
    let refused = run(&["export", "--no-such-flag", "plan.json"], "cy_GB.UTF-8");
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("--no-such-flag"),
        "{}",
        stderr(&refused)
    );
}

#[test]
fn lang_prints_a_plan_in_another_language() {
    let markdown = wrap(&[
        "export",
        &example("welsh.json"),
        "--format",
        "markdown",
        "--lang",
        "en-GB",
    ]);
    assert_eq!(markdown.status.code(), Some(0), "{}", stderr(&markdown));
    let markdown = stdout(&markdown);
    assert!(markdown.contains("## Wellness toolbox\n"), "{markdown}");
    assert!(markdown.contains("14 November 2026"));
    assert!(!markdown.contains("Pecyn lles"));
    let shown = stdout(&wrap(&["show", &example("full.json"), "--lang", "es"]));
    assert!(
        shown.contains("Caja de herramientas de bienestar"),
        "{shown}"
    );
    let shown = stdout(&wrap(&["show", &example("polish.json")]));
    assert!(shown.contains("31 października 2026"), "{shown}");
    let refused = wrap(&["show", &example("full.json"), "--lang", "ur"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("no words in yet"),
        "{}",
        stderr(&refused)
    );
    let refused = wrap(&["show", &example("full.json"), "--lang", "en_GB"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(stderr(&refused).contains("not a BCP 47 language tag"));
}

#[test]
fn a_plan_that_names_no_language_prints_in_the_interface_s() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "plan.json",
        r#"{"format": "wrap-plan", "version": 2, "toolbox": {"using": ["Cerdded"]}}"#,
    );
    let run = |lang: &str| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_wrap"))
            .args(["show", path.to_str().unwrap()])
            .env("WRAP_TODAY", "2026-11-23")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .output()
            .unwrap();
        stdout(&output)
    };
    assert!(run("cy_GB.UTF-8").contains("Pecyn lles"));
    assert!(run("C.UTF-8").contains("Wellness toolbox"));
    // A plan's own language wins over the interface's.
    let shown = stdout(&wrap(&["show", &example("welsh.json")]));
    assert!(shown.contains("Pecyn lles"));
}

#[test]
fn check_speaks_the_language_asked_for() {
    let plan = example("minimal.json");
    let output = wrap(&["check", "--lang", "cy", &plan]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report = stdout(&output);
    assert!(report.contains(": cynllun dilys (Jordan Lee)"), "{report}");
    assert!(report.contains("Gwerth edrych eto:"), "{report}");
    assert!(
        report.contains("daily: does dim wedi'i ysgrifennu eto yn \"Cynnal fy hun bob dydd\""),
        "{report}"
    );
    for english in [
        "a valid plan",
        "Worth a second look",
        "Not written yet",
        "is empty",
    ] {
        assert!(!report.contains(english), "{english} in {report}");
    }
    let output = wrap(&["check", "--strict", "--lang", "es", &plan]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("cosas siguen vacías o conviene revisarlas"),
        "{}",
        stderr(&output)
    );
}
