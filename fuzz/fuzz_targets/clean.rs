//! The terminal sanitiser, `wrap_core::clean_for_display`, the one rule every line `wrap`
//! prints goes through: for any text, what comes out holds no control character but line
//! breaks and tabs (so no escape sequence, C1 control or bell reaches a terminal) and no
//! bidirectional override, embedding or isolate (which could turn text around), cleaning
//! twice changes nothing, every other character is kept in order, and clean text comes back
//! untouched and unallocated.
#![no_main]

use std::borrow::Cow;

use libfuzzer_sys::fuzz_target;

/// What may reach a terminal: no control character but line breaks and tabs, and no
/// bidirectional embedding, override or isolate.
fn allowed(c: char) -> bool {
    let control = c.is_control() && c != '\n' && c != '\t';
    let directional = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    !control && !directional
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let cleaned = wrap_core::clean_for_display(&text);
    assert!(cleaned.chars().all(allowed), "a control character got through: {cleaned:?}");
    assert_eq!(wrap_core::clean_for_display(&cleaned), cleaned, "cleaning is idempotent");
    let kept: String = text.replace("\r\n", "\n").chars().filter(|c| allowed(*c)).collect();
    let survived: String = cleaned.chars().filter(|c| *c != '\u{FFFD}').collect();
    let expected: String = kept.chars().filter(|c| *c != '\u{FFFD}').collect();
    assert_eq!(survived, expected, "every printable character is kept, in order");
    if text.chars().all(allowed) {
        assert!(matches!(cleaned, Cow::Borrowed(_)), "clean text is not copied");
    }
});
