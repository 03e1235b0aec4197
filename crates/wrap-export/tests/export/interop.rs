//! The other formats a plan travels in: Markdown, FHIR R4, vCard and iCalendar. Every sample
//! keeps every word; the FHIR bundle is read back with a FHIR model library and every
//! reference in it resolves.

use std::collections::BTreeSet;

use serde_json::Value;
use wrap_core::{Date, Document, Plan};
use wrap_export::{
    MarkdownOptions, fhir_bundle, render_fhir, render_ics, render_markdown, render_vcard,
};
use wrap_testkit::{sample, samples, words};

/// The text a Markdown reader shows: backslash escapes removed.
pub fn unescape_markdown(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut chars = markdown.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| n.is_ascii_punctuation()) {
            out.extend(chars.next());
        } else if c == '[' {
            // A link's text begins: brackets in the plan's own text are escaped.
        } else if c == ']' && chars.peek() == Some(&'(') {
            // A link's text ends: its target, `(tel:…)`, is not the plan's text.
            for skipped in chars.by_ref() {
                if skipped == ')' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Every string anywhere in a JSON value, joined by new lines.
pub fn strings(value: &Value, out: &mut String) {
    match value {
        Value::String(text) => {
            out.push_str(text);
            out.push('\n');
        }
        Value::Array(items) => items.iter().for_each(|item| strings(item, out)),
        Value::Object(map) => map.values().for_each(|item| strings(item, out)),
        _ => {}
    }
}

fn assert_every_word(what: &str, plan: &Plan, text: &str) {
    assert_words(what, &words(plan), text);
}

fn assert_words(what: &str, words: &[String], text: &str) {
    for word in words {
        assert!(text.contains(word.as_str()), "{what}: `{word}` is missing");
    }
}

/// The plan with only its crisis section: the words the crisis document must hold.
#[test]
fn a_linked_phone_number_keeps_the_text_around_it() {
    let mut plan = Plan::default();
    for phone in ["100!", "(029) 2033 4455 (Mon–Fri)", "Siân: 07700 900456."] {
        plan.crisis.supporters.push(wrap_core::Supporter {
            name: "Sam".into(),
            phone: phone.into(),
            ..Default::default()
        });
    }
    let markdown = render_markdown(&plan, MarkdownOptions::default());
    assert!(
        markdown.contains("[07700 900456](tel:07700900456)."),
        "{markdown}"
    );
    let shown = unescape_markdown(&markdown);
    for phone in ["100!", "(029) 2033 4455 (Mon–Fri)", "Siân: 07700 900456."] {
        assert!(shown.contains(phone), "{phone} in {shown}");
    }
}

#[test]
fn markdown_keeps_every_word_of_every_sample() {
    for (what, plan) in samples() {
        let full = render_markdown(&plan, MarkdownOptions::default());
        let printed = wrap_testkit::printed_words(&plan);
        assert_words(&what, &printed, &unescape_markdown(&full));
        for section in wrap_core::guide() {
            if !plan.section_is_empty(section.key) && section.key != wrap_core::SectionKey::About {
                assert!(
                    full.contains(&format!(
                        "## {}\n",
                        section.heading_in(plan.document_language(wrap_core::Language::EnGb))
                    )),
                    "{what}"
                );
            }
        }
        let crisis = render_markdown(&plan, crisis_options());
        let shown = unescape_markdown(&crisis);
        for word in wrap_testkit::document_words(&plan, Document::Crisis) {
            assert!(shown.contains(&word), "{what}: {word:?} is missing");
        }
        let l = plan.document_language(wrap_core::Language::EnGb);
        assert!(crisis.contains(wrap_core::replaces_earlier(l)), "{what}");
        if !plan.about.owner.is_empty() {
            assert!(crisis.contains(&plan.about.owner), "{what}: whose plan");
        }
    }
}

#[test]
fn markdown_snapshots() {
    let plan = sample("minimal");
    insta::assert_snapshot!(
        "minimal_markdown",
        render_markdown(&plan, MarkdownOptions::default())
    );
    insta::assert_snapshot!(
        "full_crisis_markdown",
        render_markdown(&sample("full"), crisis_options())
    );
}

fn crisis_options() -> MarkdownOptions {
    MarkdownOptions {
        document: Document::Crisis,
        ..MarkdownOptions::default()
    }
}

#[test]
fn a_supporter_who_has_not_agreed_is_in_no_crisis_markdown_or_card() {
    for (what, plan) in samples() {
        let plan = wrap_testkit::with_unlisted_supporter(plan);
        for document in [Document::Crisis, Document::Card] {
            let options = MarkdownOptions {
                document,
                ..MarkdownOptions::default()
            };
            let markdown = render_markdown(&plan, options);
            assert!(!markdown.contains("Gwilym"), "{what} {document}");
            assert!(!markdown.contains("900999"), "{what} {document}");
        }
        let full = render_markdown(&plan, MarkdownOptions::default());
        assert!(
            full.contains("Gwilym Unlisted"),
            "{what}: the person's own copy"
        );
    }
}

#[test]
fn the_markdown_crisis_plan_holds_its_parts_in_the_definitions_order() {
    let plan = sample("full");
    let crisis = render_markdown(&plan, crisis_options());
    let headings: Vec<&str> = crisis
        .lines()
        .filter_map(|line| line.strip_prefix("## "))
        .collect();
    let parts: Vec<&str> = Document::Crisis.parts().iter().map(|p| p.heading).collect();
    assert_eq!(headings, parts, "{crisis}");
    assert_eq!(
        headings[..2],
        ["When others need to take over", "My supporters"]
    );
}

/// Every `reference` string anywhere in the value.
fn references(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                match (key.as_str(), item) {
                    ("reference", Value::String(target)) => out.push(target.clone()),
                    _ => references(item, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| references(item, out)),
        _ => {}
    }
}

fn check_bundle(what: &str, plan: &Plan) -> Value {
    let text = render_fhir(plan);
    let bundle: Value = serde_json::from_str(&text).unwrap();

    // A maintained FHIR model reads it as an R4B bundle of known resources, and writes
    // back exactly what it read: no element is misspelled or unknown, no required one missing.
    let model: fhir_model::r4b::resources::Bundle = serde_json::from_value(bundle.clone())
        .unwrap_or_else(|e| panic!("{what}: not a valid FHIR bundle: {e}"));
    assert_eq!(
        serde_json::to_value(&model).unwrap(),
        bundle,
        "{what}: the FHIR model does not read back every element"
    );
    assert_eq!(
        model.r#type,
        fhir_model::r4b::codes::BundleType::Collection,
        "{what}"
    );
    let kinds: BTreeSet<String> = model
        .entry
        .iter()
        .flatten()
        .filter_map(|entry| entry.resource.as_ref())
        .map(|resource| resource.resource_type().to_string())
        .collect();
    let people = (!plan.crisis.supporters.is_empty()).then_some("RelatedPerson");
    for kind in [
        "Patient",
        "Questionnaire",
        "QuestionnaireResponse",
        "CarePlan",
    ]
    .into_iter()
    .chain(people)
    {
        assert!(kinds.contains(kind), "{what}: no {kind} in {kinds:?}");
    }

    // Every reference inside the bundle names an entry's fullUrl.
    let full_urls: BTreeSet<&str> = bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["fullUrl"].as_str().unwrap())
        .collect();
    assert_eq!(
        full_urls.len(),
        bundle["entry"].as_array().unwrap().len(),
        "{what}: full URLs are unique"
    );
    for entry in bundle["entry"].as_array().unwrap() {
        let url = entry["fullUrl"].as_str().unwrap();
        assert_eq!(
            url.strip_prefix("urn:uuid:"),
            entry["resource"]["id"].as_str(),
            "{what}"
        );
    }
    let mut targets = Vec::new();
    references(&bundle, &mut targets);
    assert!(!targets.is_empty(), "{what}");
    for target in &targets {
        assert!(
            full_urls.contains(target.as_str()),
            "{what}: {target} does not resolve"
        );
    }
    let questionnaire = bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| &entry["resource"])
        .find(|r| r["resourceType"] == "QuestionnaireResponse")
        .unwrap()["questionnaire"]
        .as_str()
        .unwrap();
    assert!(full_urls.contains(questionnaire), "{what}: questionnaire");

    // Every word the person wrote is in it.
    let mut all = String::new();
    strings(&bundle, &mut all);
    assert_every_word(what, plan, &all);
    // And in the answers alone, which carry the whole plan.
    let mut answers = String::new();
    for entry in bundle["entry"].as_array().unwrap() {
        if entry["resource"]["resourceType"] == "QuestionnaireResponse" {
            strings(&entry["resource"], &mut answers);
        }
    }
    assert_every_word(&format!("{what} (answers)"), plan, &answers);
    bundle
}

#[test]
fn fhir_bundles_of_every_sample_are_valid_and_complete() {
    for (what, plan) in samples() {
        assert!(
            !plan.crisis.supporters.is_empty(),
            "every sample has supporters"
        );
        check_bundle(&what, &plan);
        assert_eq!(render_fhir(&plan), render_fhir(&plan), "deterministic");
    }
}

#[test]
fn fhir_bundle_of_an_empty_plan_is_valid() {
    check_bundle("empty plan", &Plan::default());
}

#[test]
fn fhir_bundle_of_the_full_sample_has_people_medicines_and_allergies() {
    let plan = sample("full");
    let bundle = fhir_bundle(&plan);
    let count = |kind: &str| {
        bundle["entry"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["resource"]["resourceType"] == kind)
            .count()
    };
    assert_eq!(count("MedicationStatement"), plan.crisis.medications.len());
    assert_eq!(count("AllergyIntolerance"), plan.crisis.allergies.len());
    assert!(count("RelatedPerson") >= plan.crisis.supporters.len());
    assert!(count("CareTeam") >= 1);
}

#[test]
fn fhir_snapshot_of_the_minimal_sample() {
    insta::assert_json_snapshot!("minimal_fhir", fhir_bundle(&sample("minimal")));
}

#[test]
fn vcard_and_ics_snapshots() {
    let full = sample("full");
    let cards = render_vcard(&full);
    for supporter in &full.crisis.supporters {
        assert!(cards.contains(&format!("FN:{}", supporter.name.replace(',', "\\,"))));
    }
    insta::assert_snapshot!("full_vcard", cards.replace("\r\n", "␍\n"));
    let minimal = sample("minimal");
    insta::assert_snapshot!(
        "minimal_vcard",
        render_vcard(&minimal).replace("\r\n", "␍\n")
    );
    match render_ics(&full, Date::new(2026, 11, 23).unwrap()) {
        Ok(ics) => insta::assert_snapshot!("full_ics", ics.replace("\r\n", "␍\n")),
        Err(error) => panic!("the full sample has a review date: {error}"),
    }
    assert_eq!(
        render_ics(&minimal, Date::new(2026, 11, 23).unwrap()),
        Err(wrap_export::IcsError::NoReviewDate)
    );
}

#[test]
fn fhir_bundle_carries_the_plan_language() {
    let bundle = fhir_bundle(&sample("welsh"));
    let resource = |kind: &str| {
        bundle["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|entry| &entry["resource"])
            .find(|resource| resource["resourceType"] == kind)
            .unwrap()
            .clone()
    };
    assert_eq!(
        resource("Patient")["communication"],
        serde_json::json!([{
            "language": { "coding": [{ "system": "urn:ietf:bcp:47", "code": "cy" }] },
            "preferred": true,
        }])
    );
    assert_eq!(resource("QuestionnaireResponse")["language"], "cy");
    // The questionnaire is in Welsh too: its language is that of its words.
    let questionnaire = resource("Questionnaire");
    assert_eq!(questionnaire["language"], "cy");
    let crisis = questionnaire["item"]
        .as_array()
        .unwrap()
        .iter()
        .find(|section| section["linkId"] == "crisis")
        .unwrap();
    assert_eq!(crisis["text"], "Cynllun argyfwng", "a Welsh heading");
    assert_eq!(
        questionnaire["title"],
        "Cynllun Gweithredu Adfer Lles (WRAP)"
    );
    // A plan that does not say its language says nothing of the person's.
    let bundle = fhir_bundle(&wrap_core::Plan::default());
    let patient = &bundle["entry"][0]["resource"];
    assert_eq!(patient["resourceType"], "Patient");
    assert!(patient.get("communication").is_none());
}
