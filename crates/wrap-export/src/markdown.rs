//! Markdown rendering of a plan: the whole plan, or the crisis plan alone.
//!
//! Headings are the guide's headings, lists are Markdown lists and records are tables. The
//! person's words are kept exactly; only characters that Markdown would read as formatting
//! are escaped with a backslash, so every reader shows the words as they were written.

use std::fmt::Write;

use wrap_core::Date;
use wrap_core::PartRef;
use wrap_core::Plan;
use wrap_core::{FieldShape, Record};
use wrap_core::{PartGuide, PartKey, SectionKey};
use wrap_core::{clean_for_display, phone_numbers};

/// Which document to write.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum MarkdownDocument {
    /// The whole plan, section by section.
    #[default]
    Full,
    /// The crisis plan alone, for supporters: whose plan, its date, and the supporters first.
    Crisis,
}

/// Options for [`render_markdown`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct MarkdownOptions {
    /// Which document to write.
    pub document: MarkdownDocument,
}

/// The sentence that tells a reader which crisis plan is current.
pub const CRISIS_REPLACES: &str = "This plan replaces any crisis plan with an earlier date.";

/// The plan as Markdown (CommonMark with tables).
///
/// ```
/// use wrap_core::Plan;
/// use wrap_export::{MarkdownDocument, MarkdownOptions};
///
/// let mut plan = Plan::default();
/// plan.about.owner = "Rhiannon".into();
/// plan.toolbox.using.push("A walk by the river".into());
/// let markdown = wrap_export::render_markdown(&plan, MarkdownOptions::default());
/// assert!(markdown.contains("## Wellness toolbox"));
/// assert!(markdown.contains("- A walk by the river"));
///
/// let crisis = MarkdownOptions { document: MarkdownDocument::Crisis };
/// let markdown = wrap_export::render_markdown(&plan, crisis);
/// assert!(markdown.starts_with("# Crisis plan: Rhiannon"));
/// ```
pub fn render_markdown(plan: &Plan, options: MarkdownOptions) -> String {
    let mut out = String::new();
    match options.document {
        MarkdownDocument::Full => full(plan, &mut out),
        MarkdownDocument::Crisis => crisis(plan, &mut out),
    }
    // One trailing newline, whatever the last block was.
    let end = out.trim_end_matches('\n').len();
    out.truncate(end);
    out.push('\n');
    out
}

/// One section of the plan as Markdown, headed at level `level` (the section heading) and
/// `level + 1` (its parts). Used by other renderers that carry a section as Markdown text.
pub(crate) fn section_markdown(plan: &Plan, key: SectionKey, level: usize) -> String {
    let mut out = String::new();
    if key == SectionKey::About {
        about_section(plan, level, &mut out);
    } else {
        section(plan, key, level, &mut out);
    }
    out.trim_end_matches('\n').to_owned()
}

fn full(plan: &Plan, out: &mut String) {
    let title = if plan.about.title.trim().is_empty() {
        "My WRAP".to_owned()
    } else {
        inline(&plan.about.title)
    };
    let _ = writeln!(out, "# {title}\n");
    for key in SectionKey::ALL {
        if key == SectionKey::About {
            about_section(plan, 2, out);
        } else {
            section(plan, key, 2, out);
        }
    }
}

fn crisis(plan: &Plan, out: &mut String) {
    let about = &plan.about;
    if about.owner.trim().is_empty() {
        let _ = writeln!(out, "# Crisis plan\n");
    } else {
        let _ = writeln!(out, "# Crisis plan: {}\n", inline(&about.owner));
    }
    let mut lines = Vec::new();
    if !about.owner.is_empty() {
        lines.push(("Whose plan", inline(&about.owner)));
    }
    if !about.title.is_empty() {
        lines.push(("From the plan", inline(&about.title)));
    }
    let date = plan.crisis.created_on.or(about.created_on);
    lines.push((
        "Written on",
        date.map_or_else(|| "no date given".to_owned(), |d| d.to_string()),
    ));
    for (label, value) in lines {
        let _ = writeln!(out, "- **{label}:** {value}");
    }
    let _ = writeln!(out, "\n**{CRISIS_REPLACES}**\n");
    let supporters = plan.part(PartKey::CrisisSupporters);
    if !supporters.is_empty() {
        part_block(PartKey::CrisisSupporters.guide(), &supporters, 2, out);
    }
    section_body(
        plan,
        SectionKey::Crisis,
        2,
        &[PartKey::CrisisSupporters, PartKey::CrisisCreatedOn],
        out,
    );
}

fn about_section(plan: &Plan, level: usize, out: &mut String) {
    let about = &plan.about;
    let _ = writeln!(
        out,
        "{} {}\n",
        "#".repeat(level),
        SectionKey::About.guide().heading
    );
    let mut lines: Vec<(&str, String)> = Vec::new();
    if !about.owner.is_empty() {
        lines.push(("Whose plan", block_inline(&about.owner)));
    }
    if !about.written_with.is_empty() {
        let people: Vec<String> = about
            .written_with
            .iter()
            .map(|h| match (h.name.is_empty(), h.role.is_empty()) {
                (_, true) => inline(&h.name),
                (true, false) => format!("({})", inline(&h.role)),
                (false, false) => format!("{} ({})", inline(&h.name), inline(&h.role)),
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
        lines.push(("What this plan is for", block_inline(&about.purpose)));
    }
    if !about.title.is_empty() {
        lines.push(("Title", block_inline(&about.title)));
    }
    if lines.is_empty() && about.reviews.is_empty() {
        let _ = writeln!(out, "_Nothing written yet._\n");
        return;
    }
    for (label, value) in &lines {
        let _ = writeln!(out, "- **{label}:** {}", value.replace('\n', "\n  "));
    }
    if !lines.is_empty() {
        out.push('\n');
    }
    if !about.reviews.is_empty() {
        let _ = writeln!(out, "{} Reviews\n", "#".repeat(level + 1));
        let rows: Vec<Vec<String>> = about
            .reviews
            .iter()
            .map(|review| {
                vec![
                    review.date.to_string(),
                    review
                        .with
                        .iter()
                        .map(|w| cell(w))
                        .collect::<Vec<_>>()
                        .join(", "),
                    cell(&review.notes),
                ]
            })
            .collect();
        table(&["Date", "With", "Notes"], &rows, out);
    }
}

fn section(plan: &Plan, key: SectionKey, level: usize, out: &mut String) {
    let _ = writeln!(out, "{} {}\n", "#".repeat(level), key.guide().heading);
    if !section_body(plan, key, level + 1, &[], out) {
        let _ = writeln!(out, "_Nothing written yet._\n");
    }
}

/// The section's parts, headed at `level`, leaving out the parts in `skip`; false when
/// nothing was written.
fn section_body(
    plan: &Plan,
    key: SectionKey,
    level: usize,
    skip: &[PartKey],
    out: &mut String,
) -> bool {
    let mut written = false;
    for (part, answer) in plan.section_parts(key) {
        if answer.is_empty() || skip.contains(&part.key) {
            continue;
        }
        written = true;
        if part.key == PartKey::CrisisCreatedOn {
            if let PartRef::Date(Some(date)) = answer {
                crisis_date(date, out);
            }
            continue;
        }
        part_block(part, &answer, level, out);
    }
    written
}

fn crisis_date(date: Date, out: &mut String) {
    let _ = writeln!(out, "**Written on:** {date}. {CRISIS_REPLACES}\n");
}

fn part_block(part: &PartGuide, answer: &PartRef<'_>, level: usize, out: &mut String) {
    match answer {
        PartRef::Date(Some(date)) => {
            let _ = writeln!(out, "**{}:** {date}\n", part.heading);
        }
        PartRef::Date(None) => {}
        PartRef::Text(text) => {
            let _ = writeln!(out, "{} {}\n", "#".repeat(level), part.heading);
            let _ = writeln!(out, "{}\n", paragraphs(text));
        }
        PartRef::List(items) => {
            let _ = writeln!(out, "{} {}\n", "#".repeat(level), part.heading);
            for item in *items {
                let _ = writeln!(out, "- {}", paragraphs(item).replace('\n', "\n  "));
            }
            out.push('\n');
        }
        PartRef::Records(records) => {
            let _ = writeln!(out, "{} {}\n", "#".repeat(level), part.heading);
            records_table(records, out);
        }
    }
}

/// Records as a table: one row per record, one column per field that any record fills in
/// (the first field, which names the record, always).
fn records_table(records: &[&dyn Record], out: &mut String) {
    let Some(kind) = records.first().map(|r| r.kind()) else {
        return;
    };
    let columns: Vec<_> = kind
        .fields()
        .iter()
        .enumerate()
        .filter(|(i, field)| {
            *i == 0
                || records
                    .iter()
                    .any(|r| !r.text(field.key).unwrap_or_default().is_empty())
        })
        .map(|(_, field)| field)
        .collect();
    let headers: Vec<&str> = columns.iter().map(|field| field.label).collect();
    let rows: Vec<Vec<String>> = records
        .iter()
        .filter(|record| !record.is_empty())
        .map(|record| {
            columns
                .iter()
                .map(|field| {
                    let value = record.text(field.key).unwrap_or_default();
                    match field.shape {
                        FieldShape::Phone => phone_cell(&value),
                        _ => cell(&value),
                    }
                })
                .collect()
        })
        .collect();
    table(&headers, &rows, out);
}

/// A phone field's cell: the text as written, each number in it a `tel:` link.
fn phone_cell(text: &str) -> String {
    let text = text.trim();
    let piece = |piece: &str| {
        let lines: Vec<String> = clean_for_display(piece)
            .split('\n')
            .map(|line| escape_line(line).replace('|', "\\|"))
            .collect();
        lines.join("<br>")
    };
    let mut out = String::new();
    let mut at = 0;
    for number in phone_numbers(text) {
        out.push_str(&piece(&text[at..number.range.start]));
        let _ = write!(
            out,
            "[{}]({})",
            piece(&text[number.range.clone()]),
            number.uri
        );
        at = number.range.end;
    }
    out.push_str(&piece(&text[at..]));
    out
}

fn table(headers: &[&str], rows: &[Vec<String>], out: &mut String) {
    let _ = writeln!(out, "| {} |", headers.join(" | "));
    let rule: Vec<&str> = headers.iter().map(|_| "---").collect();
    let _ = writeln!(out, "| {} |", rule.join(" | "));
    for row in rows {
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
    out.push('\n');
}

/// Text for a table cell: escaped, `|` escaped, line breaks as `<br>`.
fn cell(text: &str) -> String {
    let lines: Vec<String> = clean_for_display(text)
        .trim()
        .lines()
        .map(|line| escape_line(line.trim()).replace('|', "\\|"))
        .collect();
    lines.join("<br>")
}

/// Text on one line (a heading, a name): escaped, line breaks become spaces.
fn inline(text: &str) -> String {
    let text = clean_for_display(text);
    let words: Vec<&str> = text.split_whitespace().collect();
    let line = escape_line(&words.join(" "));
    // Trailing `#`s would close a heading and vanish ("My plan ##"): escape each of them.
    let kept = line.trim_end_matches('#');
    let closing = line.len() - kept.len();
    if closing == 0 || kept.ends_with('\\') {
        return line;
    }
    format!("{kept}{}", "\\#".repeat(closing))
}

/// Text after a label in a list item: escaped, line breaks kept as hard breaks.
fn block_inline(text: &str) -> String {
    paragraphs(text)
}

/// Free text as Markdown paragraphs: each line escaped, single line breaks kept as hard line
/// breaks (two trailing spaces), blank lines kept as paragraph breaks.
fn paragraphs(text: &str) -> String {
    let text = clean_for_display(text);
    let lines: Vec<&str> = text.trim_matches('\n').lines().collect();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            out.push('\n');
            continue;
        }
        out.push_str(&escape_line(line.trim_start()));
        let next_is_text = lines.get(i + 1).is_some_and(|next| !next.trim().is_empty());
        if next_is_text {
            out.push_str("  \n");
        } else if i + 1 < lines.len() {
            out.push('\n');
        }
    }
    out
}

/// Escapes what Markdown would read as formatting in one line of the person's text.
fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    for (i, c) in line.char_indices() {
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '~' => true,
            '&' => line[i + 1..].starts_with(|n: char| n.is_ascii_alphanumeric() || n == '#'),
            // Only at the start of a line: headings, quotes, list markers, rules.
            '#' | '>' | '-' | '+' | '=' => i == 0,
            // "1." or "1)" at the start of a line would start a numbered list.
            '.' | ')' => i > 0 && line[..i].bytes().all(|b| b.is_ascii_digit()),
            '!' => line[i + 1..].starts_with('['),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use wrap_core::{PersonNotToInvolve, Supporter};

    fn sample() -> Plan {
        let mut plan = Plan::default();
        plan.about.owner = "Ana".into();
        plan.about.created_on = Date::new(2026, 11, 23);
        plan.toolbox.using = vec!["Walking".into(), "Two\nlines".into()];
        plan.daily.when_well = "Calm.\nCurious.\n\nKind *mostly*".into();
        plan.crisis.created_on = Date::new(2026, 11, 20);
        plan.crisis.please_do = vec!["Sit with me".into()];
        plan.crisis.supporters.push(Supporter {
            name: "Bo | Bob".into(),
            phone: "07700 900123".into(),
            asked_to: "Call\nme".into(),
            agreed: Some(true),
            ..Supporter::default()
        });
        plan.crisis.not_involved.push(PersonNotToInvolve {
            name: "Cy".into(),
            ..PersonNotToInvolve::default()
        });
        plan
    }

    #[test]
    fn full_plan_has_headings_lists_and_tables() {
        let md = render_markdown(&sample(), MarkdownOptions::default());
        assert!(md.starts_with("# My WRAP\n\n## About this plan\n\n- **Whose plan:** Ana\n"));
        assert!(
            md.contains(
                "## Wellness toolbox\n\n### Things that help me\n\n- Walking\n- Two  \n  lines\n"
            ),
            "{md}"
        );
        assert!(
            md.contains("Calm.  \nCurious.\n\nKind \\*mostly\\*\n"),
            "{md}"
        );
        assert!(md.contains("| Name | Phone | What I ask of them | Agreed to be listed |\n| --- | --- | --- | --- |\n| Bo \\| Bob | [07700 900123](tel:07700900123) | Call<br>me | yes |\n"), "{md}");
        assert!(md.contains("| Name |\n| --- |\n| Cy |\n"), "{md}");
        assert!(md.contains("## Triggers\n\n_Nothing written yet._\n"));
        assert!(md.contains(CRISIS_REPLACES));
        assert!(md.ends_with("|\n") || md.ends_with(".\n") || md.ends_with("_\n"));
    }

    #[test]
    fn crisis_document_stands_alone_with_supporters_first() {
        let md = render_markdown(
            &sample(),
            MarkdownOptions {
                document: MarkdownDocument::Crisis,
            },
        );
        assert!(md.starts_with("# Crisis plan: Ana\n\n- **Whose plan:** Ana\n- **Written on:** 2026-11-20\n\n**This plan replaces any crisis plan with an earlier date.**\n\n## My supporters\n"), "{md}");
        assert!(md.contains("Sit with me"));
        assert!(!md.contains("Walking"), "only the crisis plan");
        assert!(!md.contains("## Crisis plan"), "{md}");
        assert_eq!(md.matches("## My supporters").count(), 1);
    }

    #[test]
    fn markdown_syntax_in_words_is_escaped() {
        assert_eq!(escape_line("# not a heading"), "\\# not a heading");
        assert_eq!(
            phone_cell("Mum 999 111 | 07700 900123"),
            "Mum [999](tel:999) [111](tel:111) \\| [07700 900123](tel:07700900123)"
        );
        assert_eq!(
            phone_cell("1234 5678 9012 3456 7890"),
            "1234 5678 9012 3456 7890"
        );
        assert_eq!(inline("My plan ##"), "My plan \\#\\#");
        assert_eq!(inline("C#"), "C\\#");
        let mut plan = Plan::default();
        plan.about.title = "Fy nghynllun ##".into();
        let md = render_markdown(&plan, MarkdownOptions::default());
        assert!(md.starts_with("# Fy nghynllun \\#\\#\n"), "{md}");
        assert_eq!(escape_line("1. first"), "1\\. first");
        assert_eq!(escape_line("- dash"), "\\- dash");
        assert_eq!(escape_line("a-b 2.5 Tom & Jerry"), "a-b 2.5 Tom & Jerry");
        assert_eq!(escape_line("&amp; <b>"), "\\&amp; \\<b>");
        assert_eq!(escape_line("![x](y)"), "\\!\\[x\\](y)");
        assert_eq!(cell("a|b\nc"), "a\\|b<br>c");
    }

    #[test]
    fn an_empty_plan_renders() {
        let md = render_markdown(&Plan::default(), MarkdownOptions::default());
        assert!(md.contains("## About this plan\n\n_Nothing written yet._\n"));
        let md = render_markdown(
            &Plan::default(),
            MarkdownOptions {
                document: MarkdownDocument::Crisis,
            },
        );
        assert!(md.starts_with("# Crisis plan\n\n- **Written on:** no date given\n"));
    }
}
