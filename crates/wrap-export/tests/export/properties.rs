//! Property tests: any plan, however strange its text, renders in every format without
//! panicking, keeps every word and lets no control character through.

use proptest::prelude::*;
use wrap_core::Document;
use wrap_core::Plan;
use wrap_export::MarkdownOptions;
use wrap_testkit::{plans, today, words};

use crate::interop::{strings, unescape_markdown};

/// The plan's words as a renderer shows them (control characters made visible).
fn shown_words(plan: &Plan) -> Vec<String> {
    clean(words(plan))
}

/// As [`shown_words`], dates as printed.
fn printed_words(plan: &Plan) -> Vec<String> {
    clean(wrap_testkit::printed_words(plan))
}

fn clean(words: Vec<String>) -> Vec<String> {
    words
        .iter()
        .map(|word| wrap_core::clean_for_display(word).into_owned())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn text_rendering_hides_control_characters(plan in plans()) {
        let text = wrap_export::render_text(&plan, None);
        prop_assert!(!text.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
    }

    #[test]
    fn markdown_keeps_every_word_and_no_control_characters(plan in plans()) {
        let markdown = wrap_export::render_markdown(&plan, MarkdownOptions::default());
        prop_assert!(!markdown.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
        let shown = unescape_markdown(&markdown);
        for word in printed_words(&plan) {
            prop_assert!(shown.contains(&word), "`{}` is missing", word);
        }
        let crisis = MarkdownOptions { document: Document::Crisis, ..MarkdownOptions::default() };
        let _ = wrap_export::render_markdown(&plan, crisis);
    }

    #[test]
    fn fhir_bundles_read_back_and_keep_every_word(plan in plans()) {
        let bundle = wrap_export::fhir_bundle(&plan);
        let model: fhir_model::r4b::resources::Bundle =
            serde_json::from_value(bundle.clone()).expect("a valid R4B bundle");
        prop_assert_eq!(serde_json::to_value(&model).unwrap(), bundle.clone());
        let mut found = String::new();
        strings(&bundle, &mut found);
        for word in shown_words(&plan) {
            prop_assert!(found.contains(&word), "`{}` is missing", word);
        }
    }

    #[test]
    fn vcards_and_calendars_keep_their_line_rules(plan in plans()) {
        let cards = wrap_export::render_vcard(&plan);
        let ics = wrap_export::render_ics(&plan, today()).unwrap_or_default();
        for text in [cards, ics] {
            prop_assert!(text.is_empty() || text.ends_with("\r\n"));
            for line in text.split("\r\n") {
                prop_assert!(line.len() <= 75, "{} octets", line.len());
                prop_assert!(!line.chars().any(|c| c.is_control() && c != '\t'), "{:?}", line);
            }
        }
    }
}
