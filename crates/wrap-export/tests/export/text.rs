//! The text rendering of every sample keeps every word, as before.

use wrap_export::render_text;
use wrap_testkit::{printed_words, samples};

#[test]
fn samples_render_as_text() {
    for (name, plan) in samples() {
        let text = render_text(&plan, None);
        for word in printed_words(&plan) {
            assert!(
                text.contains(&word),
                "{name}: `{word}` is missing from the text"
            );
        }
        insta::assert_snapshot!(format!("{name}_text"), text);
    }
}
