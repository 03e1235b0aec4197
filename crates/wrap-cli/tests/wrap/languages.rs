//! What `wrap` says on the terminal is in the interface's language: the locale's (`LANG`,
//! `LC_MESSAGES`, `LC_ALL`), or the command's `--lang`. Errors, notes, `wrap copies` and
//! `wrap list` in Welsh, Spanish and Polish, with none of their English left.

use std::path::Path;
use std::process::{Command, Output};

use crate::common::{example, stderr, stdout};

/// Runs `wrap ARGS` in `dir` with the locale variable `name` set to `locale`.
fn wrap_in(dir: &Path, name: &str, locale: &str, args: &[&str]) -> Output {
    let mut command = Command::new(crate::common::binary());
    crate::common::steady(command.args(args).current_dir(dir));
    if !locale.is_empty() {
        command.env(name, locale);
    }
    command.output().expect("the binary runs")
}

/// Welsh through `LANG`.
fn welsh(dir: &Path, args: &[&str]) -> Output {
    wrap_in(dir, "LANG", "cy_GB.UTF-8", args)
}

/// A folder holding a copy of the full sample plan as `plan.json`.
fn folder_with_plan() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(example("full.json"), dir.path().join("plan.json")).unwrap();
    dir
}

#[test]
fn errors_are_in_welsh_with_the_fixed_markers() {
    let dir = tempfile::tempdir().unwrap();
    let output = welsh(dir.path(), &["show", "missing.json"]);
    assert!(!output.status.success());
    let err = stderr(&output);
    assert!(
        err.starts_with(
            "error: missing.json: nid oes modd darllen y cynllun: does dim ffeil o'r fath\n"
        ),
        "{err}"
    );
    assert!(
        err.contains("hint: gwiriwch enw'r ffeil; mae `wrap new missing.json` yn dechrau"),
        "{err}"
    );
    assert!(
        !err.contains("cannot read") && !err.contains("no such file"),
        "{err}"
    );
}

#[test]
fn an_export_says_what_it_wrote_in_welsh_by_locale_or_by_lang() {
    let dir = folder_with_plan();
    let output = welsh(dir.path(), &["export", "plan.json", "-o", "plan.md"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stderr(&output), "Ysgrifennwyd plan.md\n");
    // --lang speaks Welsh too, whatever the locale.
    let output = wrap_in(
        dir.path(),
        "LANG",
        "",
        &[
            "export",
            "plan.json",
            "-o",
            "crisis.md",
            "-d",
            "crisis",
            "--lang",
            "cy",
        ],
    );
    let err = stderr(&output);
    assert!(err.ends_with("Ysgrifennwyd crisis.md\n"), "{err}");
    assert!(
        !err.contains("Wrote") && !err.contains("has not agreed"),
        "{err}"
    );
}

#[test]
fn copies_are_listed_in_welsh() {
    let dir = folder_with_plan();
    let output = welsh(
        dir.path(),
        &["give", "plan.json", "--to", "Dafydd", "-o", "dafydd.md"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains("Wedi'i gofnodi yn plan.json: mae gan Dafydd y cynllun argyfwng, fersiwn"),
        "{err}"
    );
    assert!(!err.contains("Recorded in"), "{err}");
    let output = welsh(dir.path(), &["copies", "plan.json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        out.starts_with("Copïau o plan.json (mae'r cynllun ar fersiwn"),
        "{out}"
    );
    assert!(
        out.contains("\nYn gyfredol (1):\n  Dafydd: y cynllun argyfwng"),
        "{out}"
    );
    assert!(
        !out.contains("Copies of") && !out.contains("Up to date"),
        "{out}"
    );
}

#[test]
fn spanish_and_polish_speak_their_own() {
    let dir = tempfile::tempdir().unwrap();
    let output = wrap_in(dir.path(), "LC_MESSAGES", "es_ES.UTF-8", &["list"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "No hay planes en .. Puedes empezar uno con `wrap new`.\n"
    );

    let dir = folder_with_plan();
    let output = wrap_in(
        dir.path(),
        "LC_ALL",
        "pl_PL.UTF-8",
        &["copies", "plan.json"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        out.starts_with("Nie zapisano żadnych kopii plan.json.\n"),
        "{out}"
    );
    assert!(!out.contains("No copies"), "{out}");
}

#[test]
fn no_locale_means_british_english() {
    let dir = tempfile::tempdir().unwrap();
    let output = wrap_in(dir.path(), "LANG", "C.UTF-8", &["list"]);
    assert_eq!(
        stdout(&output),
        "No plans in .. Start one with `wrap new`.\n"
    );
}

#[test]
fn a_date_that_is_no_day_is_said_in_the_interfaces_language() {
    let dir = folder_with_plan();
    let output = welsh(
        dir.path(),
        &["changes", "plan.json", "--since", "31/02/2027"],
    );
    assert_eq!(output.status.code(), Some(2));
    let error = stderr(&output);
    assert!(
        error.contains("Nid yw \"31/02/2027\" yn ddiwrnod yn y calendr"),
        "{error}"
    );
    assert!(!error.contains("is not a day of the calendar"), "{error}");
}
