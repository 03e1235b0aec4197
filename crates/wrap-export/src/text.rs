//! Plain text rendering of a plan, for reading in a terminal.

use std::fmt::Write;

use wrap_core::{Document, Language, PartRef, Plan, SectionKey, clean_for_display};

/// The plan (or one section of it) as plain text: headings, lists as bullets, records with
/// labelled fields. Empty parts are left out; an empty section says so. Control characters
/// are made visible, everything else is shown exactly as written. Parts, labels and dates
/// are those of the whole plan's definition ([`wrap_core::Document::Full`]), in the plan's
/// language (British English for a plan that names none, or one `wrap` has no words in).
pub fn render_text(plan: &Plan, section: Option<SectionKey>) -> String {
    render_text_in(plan, section, plan.document_language(Language::EnGb))
}

/// [`render_text`], with the headings, labels and dates in `language`.
pub fn render_text_in(plan: &Plan, section: Option<SectionKey>, language: Language) -> String {
    let mut out = String::new();
    let sections: Vec<SectionKey> = match section {
        Some(key) => vec![key],
        None => SectionKey::ALL.to_vec(),
    };
    for (i, key) in sections.into_iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if key == SectionKey::About {
            render_about(plan, language, &mut out);
        } else {
            render_section(plan, key, language, &mut out);
        }
    }
    out
}

fn heading(out: &mut String, text: &str) {
    let _ = writeln!(out, "{text}");
    let _ = writeln!(out, "{}", "=".repeat(text.chars().count()));
}

fn indented(out: &mut String, first: &str, rest: &str, text: &str) {
    let text = clean_for_display(text);
    for (i, line) in text.lines().enumerate() {
        let _ = writeln!(out, "{}{line}", if i == 0 { first } else { rest });
    }
    if text.is_empty() {
        let _ = writeln!(out, "{}", first.trim_end());
    }
}

fn render_about(plan: &Plan, language: Language, out: &mut String) {
    let about = &plan.about;
    heading(
        out,
        &clean_for_display(&Document::Full.title_in(plan, language)),
    );
    for line in wrap_core::about_lines_in(plan, language) {
        let first = format!("{}: ", line.label);
        indented(out, &first, "  ", &line.value);
    }
    if !about.reviews.is_empty() {
        let _ = writeln!(out, "{}:", language.word("reviews"));
        for review in &about.reviews {
            let mut line = review.date.long_in(language);
            if !review.with.is_empty() {
                let who = review.with.join(", ");
                line.push_str(&language.format("reviews-with", &[("who", (&who).into())]));
            }
            if !review.notes.is_empty() {
                let _ = write!(line, ": {}", review.notes);
            }
            indented(out, "  • ", "    ", &line);
        }
    }
}

fn render_section(plan: &Plan, key: SectionKey, language: Language, out: &mut String) {
    let guide = key.guide();
    heading(out, &guide.heading_in(language));
    if plan.section_is_empty(key) {
        let _ = writeln!(out, "{}", language.word("nothing-written-yet"));
        return;
    }
    let mut first = true;
    if key == SectionKey::Crisis {
        let dated = wrap_core::crisis_dated_in(plan, language);
        let replaces = wrap_core::replaces_earlier(language);
        let _ = writeln!(out, "{dated} {replaces}");
        first = false;
    }
    let document = Document::Full;
    for part in document.parts_in(language) {
        if part.section != key {
            continue;
        }
        let answer = document.part(plan, part.key);
        if answer.is_empty() {
            continue;
        }
        if !first {
            out.push('\n');
        }
        first = false;
        match answer {
            PartRef::Date(Some(date)) => {
                let _ = writeln!(out, "{}: {}", part.heading, date.long_in(language));
            }
            PartRef::Date(None) => {}
            PartRef::Text(text) => {
                let _ = writeln!(out, "{}", part.heading);
                indented(out, "  ", "  ", text);
            }
            PartRef::List(items) => {
                let _ = writeln!(out, "{}", part.heading);
                for item in items {
                    indented(out, "  • ", "    ", item);
                }
            }
            PartRef::Records(records) => {
                let _ = writeln!(out, "{}", part.heading);
                for record in records {
                    let kind = record.kind();
                    let fields = record.fields();
                    let mut fields = fields.iter().filter(|(_, value)| !value.is_empty());
                    let label = |field| kind.label_in(field, language);
                    let value = |field, value| wrap_core::field_value_in(field, value, language);
                    match fields.next() {
                        Some((field, text)) if field.required => {
                            indented(out, "  • ", "    ", &value(field, text))
                        }
                        Some((field, text)) => indented(
                            out,
                            "  • ",
                            "    ",
                            &format!("{}: {}", label(field), value(field, text)),
                        ),
                        None => continue,
                    }
                    for (field, text) in fields {
                        indented(
                            out,
                            &format!("    {}: ", label(field)),
                            "      ",
                            &value(field, text),
                        );
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wrap_core::Supporter;

    #[test]
    fn renders_sections_lists_and_records() {
        let mut plan = Plan::default();
        plan.about.owner = "Ana".into();
        plan.toolbox.using = vec!["Walking".into(), "Two\nlines".into()];
        plan.crisis.supporters.push(Supporter {
            name: "Bo".into(),
            phone: "0123".into(),
            agreed: Some(true),
            ..Supporter::default()
        });
        let text = render_text(&plan, None);
        assert!(text.contains("Whose plan: Ana"));
        assert!(
            text.contains("Things that help me\n  • Walking\n  • Two\n    lines\n"),
            "{text}"
        );
        assert!(
            text.contains("  • Bo\n    Phone: 0123\n    Agreed to be listed: yes\n"),
            "{text}"
        );
        assert!(text.contains("Daily maintenance\n=================\n(nothing written yet)"));
        let only = render_text(&plan, Some(SectionKey::Toolbox));
        assert!(only.starts_with("Wellness toolbox\n"));
        assert!(!only.contains("Crisis"));
    }
}
