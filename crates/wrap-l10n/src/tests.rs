use std::collections::BTreeSet;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use super::*;

/// Every message of a language's own catalogue, with its attributes and the variables it
/// uses (`crisis-supporters`, `crisis-supporters.question`), each with the file it is in.
fn messages(language: Language) -> BTreeSet<(String, BTreeSet<String>)> {
    let mut found = BTreeSet::new();
    for (file, text) in language.catalogue() {
        let resource = parser::parse(*text).unwrap_or_else(|(_, errors)| {
            panic!("locales/{language}/{file} does not parse: {errors:?}")
        });
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let id = message.id.name.to_owned();
                if let Some(value) = &message.value {
                    found.insert((id.clone(), variables(value)));
                }
                for attribute in &message.attributes {
                    found.insert((
                        format!("{id}.{}", attribute.id.name),
                        variables(&attribute.value),
                    ));
                }
            }
        }
    }
    found
}

/// The names of the variables a pattern uses (`$owner`), selectors included.
fn variables(pattern: &Pattern<&str>) -> BTreeSet<String> {
    fn inline(expression: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match expression {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            InlineExpression::Placeable { expression } => walk(expression, out),
            _ => {}
        }
    }
    fn walk(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
        match expression {
            Expression::Inline(expression) => inline(expression, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for variant in variants {
                    out.extend(variables(&variant.value));
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk(expression, &mut out);
        }
    }
    out
}

#[test]
fn every_catalogue_has_every_english_message_and_no_other() {
    let english = messages(Language::EnGb);
    assert!(english.len() > 100, "{}", english.len());
    for language in [Language::Cy, Language::Es, Language::Pl] {
        let theirs = messages(language);
        let missing: Vec<_> = english.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "locales/{language}: missing (or with other variables) {missing:?}; not in English {extra:?}"
        );
    }
    // American English holds only what differs from British English.
    let american = messages(Language::EnUs);
    assert!(!american.is_empty());
    let extra: Vec<_> = american.difference(&english).collect();
    assert!(extra.is_empty(), "locales/en-US: not in English {extra:?}");
}

#[test]
fn the_check_of_catalogues_can_fail() {
    let english = messages(Language::EnGb);
    let mut welsh = messages(Language::Cy);
    let first = welsh.iter().next().cloned().unwrap();
    welsh.remove(&first);
    assert!(english.difference(&welsh).any(|message| *message == first));
}

#[test]
fn every_message_formats_without_errors_in_every_language() {
    for language in Language::ALL {
        for (id, used) in messages(Language::EnGb) {
            if id.contains('.') {
                continue;
            }
            // Each file is a bundle of its own, so a message that referred to one in
            // another file would fail here. American English holds only what differs.
            let own = language.bundle_of(&id);
            let bundle = match language {
                Language::EnUs => own.or_else(|| Language::EnGb.bundle_of(&id)),
                _ => own,
            }
            .unwrap_or_else(|| panic!("{language}: {id} is in no file"));
            let mut args = FluentArgs::new();
            for name in &used {
                args.set(name.as_str(), FluentValue::from(2));
            }
            let pattern = bundle
                .get_message(&id)
                .and_then(|message| message.value())
                .unwrap_or_else(|| panic!("{language}: {id}"));
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{language}: {id}: {errors:?}");
            assert!(!text.trim().is_empty(), "{language}: {id}");
            assert!(
                !text.contains(['\u{2068}', '\u{2069}']),
                "{language}: {id}: no isolation marks in what is printed"
            );
        }
    }
}

#[test]
fn each_message_is_found_in_the_file_that_defines_it() {
    for language in Language::ALL {
        let mut defined = 0;
        for (index, (file, text)) in language.catalogue().iter().enumerate() {
            let resource = parser::parse(*text).unwrap_or_else(|(_, errors)| {
                panic!("locales/{language}/{file} does not parse: {errors:?}")
            });
            for entry in resource.body {
                if let Entry::Message(message) = entry {
                    assert_eq!(
                        language.file_of(message.id.name),
                        Some(index),
                        "{language}: {} in {file}",
                        message.id.name
                    );
                    defined += 1;
                }
            }
        }
        // Nothing but messages is taken for one.
        assert_eq!(language.compiled().index.len(), defined, "{language}");
    }
    assert!(
        Language::ALL
            .iter()
            .all(|language| language.catalogue().len() <= MOST_FILES)
    );
}

#[test]
fn dates_read_as_each_language_writes_them() {
    let dates: Vec<String> = Language::ALL
        .iter()
        .map(|language| language.long_date(2026, 10, 31))
        .collect();
    assert_eq!(
        dates,
        [
            "31 October 2026",
            "October 31, 2026",
            "31 Hydref 2026",
            "31 de octubre de 2026",
            "31 października 2026"
        ]
    );
}

#[test]
fn plurals_follow_each_language() {
    let counts = |language: Language| {
        [0, 1, 2, 3, 5, 22, 25]
            .map(|n| language.count("entries", n))
            .join(", ")
    };
    assert_eq!(
        counts(Language::EnGb),
        "0 entries, 1 entry, 2 entries, 3 entries, 5 entries, 22 entries, 25 entries"
    );
    assert_eq!(
        counts(Language::Pl),
        "0 wpisów, 1 wpis, 2 wpisy, 3 wpisy, 5 wpisów, 22 wpisy, 25 wpisów"
    );
    assert_eq!(
        counts(Language::Cy),
        "0 cofnod, 1 cofnod, 2 gofnod, 3 chofnod, 5 cofnod, 22 cofnod, 25 cofnod"
    );
    assert_eq!(Language::Es.count("entries", 1), "1 entrada");
}

#[test]
fn tags_and_locales_find_their_catalogue() {
    for (tag, language) in [
        ("cy", Some(Language::Cy)),
        ("CY-gb", Some(Language::Cy)),
        ("en", Some(Language::EnGb)),
        ("en-GB", Some(Language::EnGb)),
        ("en-US", Some(Language::EnUs)),
        ("en-Latn-US", Some(Language::EnUs)),
        ("es-419", Some(Language::Es)),
        ("pl", Some(Language::Pl)),
        ("ur", None),
        ("", None),
    ] {
        assert_eq!(Language::for_tag(tag), language, "{tag}");
    }
    for (locale, language) in [
        ("cy_GB.UTF-8", Some(Language::Cy)),
        ("pl_PL@euro", Some(Language::Pl)),
        ("en_US.utf8", Some(Language::EnUs)),
        ("C", None),
        ("POSIX", None),
        ("C.UTF-8", None),
        ("", None),
    ] {
        assert_eq!(Language::for_locale(locale), language, "{locale}");
    }
    for language in Language::ALL {
        assert_eq!(Language::for_tag(language.tag()), Some(language));
    }
}

#[test]
fn a_missing_message_falls_back_to_english_then_its_id() {
    assert_eq!(Language::EnUs.text("section-crisis"), "Crisis plan");
    assert_eq!(Language::Cy.text("no-such-message"), "no-such-message");
}
