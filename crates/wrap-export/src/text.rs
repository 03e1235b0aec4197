//! Plain text rendering of a plan, for reading in a terminal.

use std::fmt::Write;

use wrap_core::PartRef;
use wrap_core::Plan;
use wrap_core::clean_for_display;
use wrap_core::{PartKey, SectionKey};

/// The plan (or one section of it) as plain text: headings, lists as bullets, records with
/// labelled fields. Empty parts are left out; an empty section says so. Control characters
/// are made visible, everything else is shown exactly as written.
pub fn render_text(plan: &Plan, section: Option<SectionKey>) -> String {
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
            render_about(plan, &mut out);
        } else {
            render_section(plan, key, &mut out);
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

fn render_about(plan: &Plan, out: &mut String) {
    let about = &plan.about;
    let title = if about.title.trim().is_empty() {
        "My WRAP"
    } else {
        about.title.as_str()
    };
    heading(out, &clean_for_display(title));
    let mut lines: Vec<(&str, String)> = Vec::new();
    if !about.owner.is_empty() {
        lines.push(("Whose plan", about.owner.clone()));
    }
    if !about.written_with.is_empty() {
        let people: Vec<String> = about
            .written_with
            .iter()
            .map(|h| {
                if h.role.is_empty() {
                    h.name.clone()
                } else {
                    format!("{} ({})", h.name, h.role)
                }
            })
            .collect();
        lines.push(("Written with", people.join(", ")));
    }
    if let Some(date) = about.created_on {
        lines.push(("Written on", date.to_string()));
    }
    if let Some(date) = about.last_reviewed_on() {
        lines.push(("Last reviewed", date.to_string()));
    }
    if let Some(date) = about.next_review_due {
        lines.push(("Next review", date.to_string()));
    }
    if !about.purpose.is_empty() {
        lines.push(("What this plan is for", about.purpose.clone()));
    }
    for (label, value) in lines {
        let first = format!("{label}: ");
        indented(out, &first, "  ", &value);
    }
    if !about.reviews.is_empty() {
        let _ = writeln!(out, "Reviews:");
        for review in &about.reviews {
            let mut line = review.date.to_string();
            if !review.with.is_empty() {
                let _ = write!(line, ", with {}", review.with.join(", "));
            }
            if !review.notes.is_empty() {
                let _ = write!(line, ": {}", review.notes);
            }
            indented(out, "  • ", "    ", &line);
        }
    }
}

fn render_section(plan: &Plan, key: SectionKey, out: &mut String) {
    let guide = key.guide();
    heading(out, guide.heading);
    if plan.section_is_empty(key) {
        let _ = writeln!(out, "(nothing written yet)");
        return;
    }
    let mut first = true;
    for (part, answer) in plan.section_parts(key) {
        if answer.is_empty() {
            continue;
        }
        if !first {
            out.push('\n');
        }
        first = false;
        match answer {
            PartRef::Date(Some(date)) => {
                let _ = writeln!(out, "{}: {date}", part.heading);
                if part.key == PartKey::CrisisCreatedOn {
                    let _ = writeln!(
                        out,
                        "This plan replaces any crisis plan with an earlier date."
                    );
                }
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
                    let fields = record.fields();
                    let mut fields = fields.iter().filter(|(_, value)| !value.is_empty());
                    match fields.next() {
                        Some((field, value)) if field.required => {
                            indented(out, "  • ", "    ", value)
                        }
                        Some((field, value)) => {
                            indented(out, "  • ", "    ", &format!("{}: {value}", field.label))
                        }
                        None => continue,
                    }
                    for (field, value) in fields {
                        indented(out, &format!("    {}: ", field.label), "      ", value);
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
