//! The command line's help is in the person's language: the locale's (`LANG`), or the one the
//! command's `--lang` names. clap's own headings ("Usage:", "Options:") stay English.

use std::process::{Command, Output};

use crate::common::{stdout, wrap};

/// Runs `wrap ARGS` with `LANG` set to `locale`.
fn wrap_with_lang(locale: &str, args: &[&str]) -> Output {
    crate::common::steady(Command::new(crate::common::binary()).args(args))
        .env("LANG", locale)
        .output()
        .expect("the binary runs")
}

/// The help printed by `wrap ARGS`, which succeeds.
fn help(output: &Output) -> String {
    assert!(output.status.success(), "{output:?}");
    stdout(output)
}

const ENGLISH_EXPORT: &str = "Export a plan to another format";
const ENGLISH_PLAN: &str = "The plan file";

#[test]
fn export_help_is_welsh_by_lang() {
    let text = help(&wrap_with_lang("cy_GB.UTF-8", &["export", "--help"]));
    assert!(
        text.contains("Allforiwch gynllun i fformat arall"),
        "{text}"
    );
    assert!(text.contains("Ffeil y cynllun"), "{text}");
    assert!(text.contains("Maint y papur"), "{text}");
    assert!(!text.contains(ENGLISH_EXPORT), "{text}");
    assert!(!text.contains(ENGLISH_PLAN), "{text}");
    // The flags and value names are as they are.
    assert!(text.contains("--leave-out-empty"), "{text}");
    assert!(text.contains("--lang <TAG>"), "{text}");
}

#[test]
fn the_command_list_is_welsh_by_lang() {
    let text = help(&wrap_with_lang("cy_GB.UTF-8", &["--help"]));
    assert!(text.contains("Gwiriwch fod cynllun yn ddilys"), "{text}");
    assert!(!text.contains("Check that a plan is valid"), "{text}");
}

#[test]
fn lang_chooses_the_help_language_over_the_locale() {
    for args in [
        &["export", "--lang", "pl", "--help"][..],
        &["export", "--help", "--lang=pl"][..],
        &["export", "--lang", "pl-PL", "-h"][..],
    ] {
        let text = help(&wrap_with_lang("cy_GB.UTF-8", args));
        assert!(
            text.contains("Wyeksportuj plan do innego formatu"),
            "{args:?}: {text}"
        );
        assert!(text.contains("Plik planu"), "{args:?}: {text}");
        assert!(!text.contains("Allforiwch"), "{args:?}: {text}");
    }
}

#[test]
fn help_command_is_spanish_by_lang() {
    let text = help(&wrap_with_lang("es_ES.UTF-8", &["help", "show"]));
    assert!(
        text.contains("Muestra un plan, o una sección de él"),
        "{text}"
    );
    assert!(text.contains("El archivo del plan"), "{text}");
    assert!(!text.contains(ENGLISH_PLAN), "{text}");
}

#[test]
fn a_language_wrap_has_no_words_in_is_reported_by_clap() {
    let output = wrap(&["show", "plan.json", "--lang", "ur"]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let error = crate::common::stderr(&output);
    assert!(error.contains("no words in"), "{error}");
}

#[test]
fn without_a_locale_the_help_is_british_english() {
    let text = help(&wrap(&["export", "--help"]));
    assert!(
        text.starts_with("Export a plan to another format\n"),
        "{text}"
    );
    assert!(
        text.contains("  <PLAN>\n          The plan file\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "      --lang <TAG>\n          Print the headings, labels and dates in this language \
             (cy, en-GB, en-US, es, pl) instead\n          of the plan's own. Also for Markdown \
             and text\n"
        ),
        "{text}"
    );
    let top = help(&wrap(&["--help"]));
    assert!(
        top.starts_with(
            "The `wrap` command: write, check, show and print a Wellness Recovery Action Plan.\n"
        ),
        "{top}"
    );
    assert!(
        top.contains("  man          Print wrap's manual page (roff), e.g. `wrap man > wrap.1`\n"),
        "{top}"
    );
    // A locale wrap has no words in is British English too.
    let text = help(&wrap_with_lang("ur_PK.UTF-8", &["export", "--help"]));
    assert!(
        text.starts_with("Export a plan to another format\n"),
        "{text}"
    );
}

#[test]
fn the_manual_page_is_in_the_locales_language() {
    let page = help(&wrap_with_lang("pl_PL.UTF-8", &["man"]));
    assert!(
        page.contains("Wyeksportuj plan do innego formatu"),
        "{page}"
    );
    let page = help(&wrap(&["man"]));
    assert!(page.contains(ENGLISH_EXPORT), "{page}");
}

#[test]
fn a_language_or_section_wrap_does_not_know_is_refused_in_the_locales_language() {
    let output = wrap_with_lang("cy_GB.UTF-8", &["show", "--section", "crises", "plan.json"]);
    assert_eq!(output.status.code(), Some(2));
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(error.contains("Nid yw `crises` yn adran"), "{error}");
    assert!(!error.contains("is not a section"), "{error}");
    let output = wrap_with_lang("es_ES.UTF-8", &["check", "--lang", "ur", "plan.json"]);
    assert_eq!(output.status.code(), Some(2));
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(
        error.contains("wrap aún no tiene palabras en `ur`"),
        "{error}"
    );
}

#[test]
fn the_documents_and_paper_sizes_are_described_in_the_helps_language() {
    let welsh = help(&wrap_with_lang("cy_GB.UTF-8", &["export", "--help"]));
    let language = wrap_core::Language::Cy;
    for id in ["paper-a4", "paper-letter", "document-summary-crisis"] {
        let text = language.text(id);
        assert!(!text.starts_with("paper-") && !text.starts_with("document-"));
        // clap wraps long lines, so compare the words.
        let words: Vec<&str> = text.split_whitespace().take(4).collect();
        assert!(
            welsh.contains(&words.join(" ")),
            "{id}: {text} not in {welsh}"
        );
    }
    assert!(!welsh.contains("The crisis plan alone"), "{welsh}");
    let english = help(&wrap(&["export", "--help"]));
    assert!(
        english.contains("The crisis plan alone, for supporters"),
        "{english}"
    );
}

#[test]
fn a_character_no_font_can_print_is_warned_of_in_the_interfaces_language() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.json");
    std::fs::write(
        &plan,
        r#"{"format": "wrap-plan", "version": 2, "about": {"owner": "Siân \uE000"}}"#,
    )
    .unwrap();
    let output = wrap_with_lang("cy_GB.UTF-8", &["check", plan.to_str().unwrap()]);
    let report = stdout(&output);
    assert!(
        report.contains("about.owner:") && report.contains("U+E000"),
        "{report}"
    );
    assert!(!report.contains("can't be printed"), "{report}");
    let english = stdout(&wrap(&["check", plan.to_str().unwrap()]));
    assert!(english.contains("can't be printed"), "{english}");
}
