//! Property tests: any plan, however strange its text, survives the JSON format unchanged and
//! renders without panicking.

use proptest::prelude::*;
use wrap_core::{Date, FieldShape, PartMut, Plan, guide};

/// Fills the plan's parts chosen by index with the given texts, through the guide.
fn build(choices: Vec<(usize, Vec<String>, i64)>) -> Plan {
    let parts: Vec<_> = guide()
        .iter()
        .flat_map(|s| s.parts.iter().map(move |p| (s.key, p.key)))
        .collect();
    let mut plan = Plan::default();
    for (index, texts, day) in choices {
        let (section, key) = parts[index % parts.len()];
        match plan
            .part_mut(section, key)
            .expect("every guide part exists")
        {
            PartMut::Text(text) => *text = texts.concat(),
            PartMut::List(list) => list.extend(texts),
            PartMut::Date(date) => *date = Date::from_days_since_epoch(day),
            PartMut::Records(list) => {
                let record = list.push_new();
                for (field, text) in record.kind().fields().iter().zip(texts.iter().cycle()) {
                    let value = match field.shape {
                        FieldShape::YesNo => ["yes", "no", ""][text.len() % 3],
                        _ => text.as_str(),
                    };
                    record
                        .set_text(field.key, value)
                        .expect("guided fields are settable");
                }
            }
        }
    }
    plan
}

fn plans() -> impl Strategy<Value = Plan> {
    let text = prop_oneof![any::<String>(), "[ a-zA-Zŵŷąłώж🌿\u{202e}\n\t]{0,40}"];
    prop::collection::vec(
        (
            0usize..200,
            prop::collection::vec(text, 1..4),
            -100_000i64..2_000_000,
        ),
        0..40,
    )
    .prop_map(build)
}

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
    fn text_rendering_never_panics_and_hides_control_characters(plan in plans()) {
        let text = wrap_core::render_text(&plan, None);
        prop_assert!(!text.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
        let _ = wrap_core::validate(&plan);
        let _ = wrap_core::completeness(&plan, Date::new(2026, 11, 23).unwrap());
    }

    #[test]
    fn loading_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = wrap_core::format::from_slice(&bytes);
    }

    #[test]
    fn loading_mangled_plans_never_panics(cut in 0usize..2000, junk in "[\\[\\]{}\",:0-9a-z ]{0,8}") {
        let full = include_str!("../../../examples/full.json");
        let cut = cut.min(full.len());
        let cut = (0..=cut).rev().find(|i| full.is_char_boundary(*i)).unwrap_or(0);
        let mangled = format!("{}{junk}{}", &full[..cut], &full[cut..]);
        let _ = wrap_core::format::from_str(&mangled);
    }
}
