//! Any bytes given to the loader: an error or a plan, never a panic; a plan that loads
//! survives saving and loading again unchanged, and renders as text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(plan) = wrap_core::format::from_slice(data) {
        let text = wrap_core::format::to_string(&plan);
        let again = wrap_core::format::from_str(&text).expect("a saved plan loads again");
        assert_eq!(again, plan, "a plan changed on its way through the format");
        assert_eq!(wrap_core::format::to_string(&again), text, "saving is not canonical");
        let shown = wrap_export::render_text(&plan, None);
        assert!(!shown.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
        let _ = wrap_core::validate(&plan);
    }
});
