//! Property tests: any plan, however strange its text, survives the JSON format unchanged, and
//! no input makes loading, validation or the completeness check panic.

use proptest::prelude::*;
use wrap_testkit::{plans, sample_text, today};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn json_round_trips_unchanged(plan in plans()) {
        let text = wrap_core::format::to_string(&plan);
        let again = wrap_core::format::from_str(&text).expect("a saved plan loads");
        prop_assert_eq!(&again, &plan);
        prop_assert_eq!(wrap_core::format::to_string(&again), text);
    }

    #[test]
    fn validation_and_completeness_never_panic(plan in plans()) {
        let _ = wrap_core::validate(&plan);
        let _ = wrap_core::completeness(&plan, today());
    }

    #[test]
    fn loading_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = wrap_core::format::from_slice(&bytes);
    }

    #[test]
    fn loading_mangled_plans_never_panics(cut in 0usize..2000, junk in "[\\[\\]{}\",:0-9a-z ]{0,8}") {
        let full = sample_text("full");
        let cut = cut.min(full.len());
        let cut = (0..=cut).rev().find(|i| full.is_char_boundary(*i)).unwrap_or(0);
        let mangled = format!("{}{junk}{}", &full[..cut], &full[cut..]);
        let _ = wrap_core::format::from_str(&mangled);
    }
}
