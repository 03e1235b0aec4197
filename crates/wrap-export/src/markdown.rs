//! Markdown rendering of a plan: the whole plan, or the crisis plan alone.
//!
//! Headings are the guide's headings, lists are Markdown lists and records are tables. The
//! person's words are kept exactly; only characters that Markdown would read as formatting
//! are escaped with a backslash, so every reader shows the words as they were written.

use std::fmt::Write;

use wrap_core::{Document, EmptyParts, Language, PartRef, Plan};
use wrap_core::{FieldShape, Record};
use wrap_core::{SectionKey, not_written_yet, replaces_earlier};
use wrap_core::{clean_for_display, phone_numbers};

/// Options for [`render_markdown`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct MarkdownOptions {
    /// Which document to write: the whole plan, the crisis plan or the pocket card's
    /// contents (all of them: Markdown has no card to run out of).
    pub document: Document,
    /// Whether the headings of empty parts are written, with "Not written yet".
    pub empty_parts: EmptyParts,
    /// The language of the headings, labels and dates; `None`: the plan's own (British
    /// English for a plan that names none, or one `wrap` has no words in).
    pub language: Option<Language>,
}

/// The plan as Markdown (CommonMark with tables).
///
/// ```
/// use wrap_core::{Document, Plan};
/// use wrap_export::MarkdownOptions;
///
/// let mut plan = Plan::default();
/// plan.about.owner = "Rhiannon".into();
/// plan.toolbox.using.push("A walk by the river".into());
/// let markdown = wrap_export::render_markdown(&plan, MarkdownOptions::default());
/// assert!(markdown.contains("## Wellness toolbox"));
/// assert!(markdown.contains("- A walk by the river"));
///
/// let crisis = MarkdownOptions { document: Document::Crisis, ..MarkdownOptions::default() };
/// let markdown = wrap_export::render_markdown(&plan, crisis);
/// assert!(markdown.starts_with("# Crisis plan for Rhiannon"));
/// ```
pub fn render_markdown(plan: &Plan, options: MarkdownOptions) -> String {
    let mut out = String::new();
    let l = options
        .language
        .unwrap_or_else(|| plan.document_language(Language::EnGb));
    match options.document {
        Document::Full => full(plan, options.empty_parts, l, &mut out),
        Document::Crisis => crisis(plan, options.empty_parts, l, &mut out),
        Document::Card => card(plan, l, &mut out),
    }
    // One trailing newline, whatever the last block was.
    let end = out.trim_end_matches('\n').len();
    out.truncate(end);
    out.push('\n');
    out
}

/// One section of the plan as Markdown, headed at level `level` (the section heading) and
/// `level + 1` (its parts), empty parts left out. Used by other renderers that carry a
/// section as Markdown text.
pub(crate) fn section_markdown(plan: &Plan, key: SectionKey, level: usize) -> String {
    let mut out = String::new();
    let l = plan.document_language(Language::EnGb);
    if key == SectionKey::About {
        about_section(plan, level, EmptyParts::LeaveOut, l, &mut out);
    } else {
        section(plan, key, level, EmptyParts::LeaveOut, l, &mut out);
    }
    out.trim_end_matches('\n').to_owned()
}

fn full(plan: &Plan, empty: EmptyParts, l: Language, out: &mut String) {
    let _ = writeln!(out, "# {}\n", inline(&Document::Full.title_in(plan, l)));
    for key in SectionKey::ALL {
        if key == SectionKey::About {
            about_section(plan, 2, empty, l, out);
        } else if empty == EmptyParts::Show || !plan.section_is_empty(key) {
            section(plan, key, 2, empty, l, out);
        }
    }
}

fn labelled_lines(lines: &[wrap_core::Labelled], out: &mut String) {
    for line in lines {
        let value = paragraphs(&line.value).replace('\n', "\n  ");
        let _ = writeln!(out, "- **{}:** {value}", line.label);
    }
    if !lines.is_empty() {
        out.push('\n');
    }
}

fn crisis(plan: &Plan, empty: EmptyParts, l: Language, out: &mut String) {
    let document = Document::Crisis;
    let _ = writeln!(out, "# {}\n", inline(&document.title_in(plan, l)));
    let dated = wrap_core::crisis_dated_in(plan, l);
    let _ = writeln!(out, "**{dated}** {}\n", replaces_earlier(l));
    parts(plan, document, 2, None, empty, l, out);
}

fn card(plan: &Plan, l: Language, out: &mut String) {
    let document = Document::Card;
    let _ = writeln!(out, "# {}\n", inline(&document.title_in(plan, l)));
    parts(plan, document, 2, None, EmptyParts::LeaveOut, l, out);
}

fn about_section(plan: &Plan, level: usize, empty: EmptyParts, l: Language, out: &mut String) {
    let about = &plan.about;
    let lines = wrap_core::about_lines_in(plan, l);
    if lines.is_empty() && about.reviews.is_empty() && empty == EmptyParts::LeaveOut {
        return;
    }
    let _ = writeln!(
        out,
        "{} {}\n",
        "#".repeat(level),
        SectionKey::About.guide().heading_in(l)
    );
    if lines.is_empty() && about.reviews.is_empty() {
        let _ = writeln!(out, "_{}._\n", not_written_yet(l));
        return;
    }
    labelled_lines(&lines, out);
    if !about.reviews.is_empty() {
        let _ = writeln!(out, "{} {}\n", "#".repeat(level + 1), l.word("reviews"));
        let rows: Vec<Vec<String>> = about
            .reviews
            .iter()
            .map(|review| {
                vec![
                    review.date.long_in(l),
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
        let headers = ["review-date", "review-with", "review-notes"].map(|id| l.word(id));
        table(&headers, &rows, out);
    }
}

fn section(
    plan: &Plan,
    key: SectionKey,
    level: usize,
    empty: EmptyParts,
    l: Language,
    out: &mut String,
) {
    let _ = writeln!(out, "{} {}\n", "#".repeat(level), key.guide().heading_in(l));
    if key == SectionKey::Crisis {
        let dated = wrap_core::crisis_dated_in(plan, l);
        let _ = writeln!(out, "**{dated}** {}\n", replaces_earlier(l));
    }
    if !parts(plan, Document::Full, level + 1, Some(key), empty, l, out) {
        let _ = writeln!(out, "_{}._\n", not_written_yet(l));
    }
}

/// The document's parts (of one section, or all), headed at `level`; false when nothing was
/// written.
fn parts(
    plan: &Plan,
    document: Document,
    level: usize,
    section: Option<SectionKey>,
    empty: EmptyParts,
    l: Language,
    out: &mut String,
) -> bool {
    let mut written = false;
    for part in document.parts_in(l) {
        if section.is_some_and(|s| s != part.section) {
            continue;
        }
        let answer = document.part(plan, part.key);
        if answer.is_empty() {
            if document.shows_empty_parts(empty) {
                let _ = writeln!(out, "{} {}\n", "#".repeat(level), part.heading);
                let _ = writeln!(out, "_{}._\n", not_written_yet(l));
            }
            continue;
        }
        written = true;
        part_block(document, part.heading, &answer, level, l, out);
    }
    written
}

fn part_block(
    document: Document,
    heading: &str,
    answer: &PartRef<'_>,
    level: usize,
    l: Language,
    out: &mut String,
) {
    let _ = writeln!(out, "{} {heading}\n", "#".repeat(level));
    match answer {
        PartRef::Date(Some(date)) => {
            let _ = writeln!(out, "{}\n", date.long_in(l));
        }
        PartRef::Date(None) => {}
        PartRef::Text(text) => {
            let _ = writeln!(out, "{}\n", paragraphs(text));
        }
        PartRef::List(items) => {
            for item in *items {
                let _ = writeln!(out, "- {}", paragraphs(item).replace('\n', "\n  "));
            }
            out.push('\n');
        }
        PartRef::Records(records) => {
            records_table(document, records, l, out);
        }
    }
}

/// Records as a table: one row per record, one column per field the document shows that any
/// record fills in (the first, which names the record, always).
fn records_table(document: Document, records: &[&dyn Record], l: Language, out: &mut String) {
    let Some(kind) = records.first().map(|r| r.kind()) else {
        return;
    };
    let columns: Vec<_> = document
        .fields(kind)
        .into_iter()
        .enumerate()
        .filter(|(i, field)| {
            *i == 0
                || records
                    .iter()
                    .any(|r| !r.text(field.key).unwrap_or_default().is_empty())
        })
        .map(|(_, field)| field)
        .collect();
    let headers: Vec<&str> = columns
        .iter()
        .map(|field| kind.label_in(field, l))
        .collect();
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
                        _ => cell(&wrap_core::field_value_in(field, &value, l)),
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
    use wrap_core::{Date, PersonNotToInvolve, Supporter};

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
        assert!(md.starts_with("# My WRAP\n\n## About this plan\n\n- **Whose plan:** Ana\n- **Written on:** 23 November 2026\n"), "{md}");
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
        assert!(
            md.contains("## Triggers\n\n### My triggers\n\n_Not written yet._\n"),
            "{md}"
        );
        assert!(md.contains(wrap_core::replaces_earlier(wrap_core::Language::EnGb)));
        assert!(md.contains("This crisis plan was written on 20 November 2026."));
        let short = render_markdown(
            &sample(),
            MarkdownOptions {
                empty_parts: EmptyParts::LeaveOut,
                ..MarkdownOptions::default()
            },
        );
        assert!(
            !short.contains("## Triggers")
                && !short.contains(wrap_core::not_written_yet(wrap_core::Language::EnGb)),
            "{short}"
        );
        assert!(md.ends_with("|\n") || md.ends_with(".\n") || md.ends_with("_\n"));
    }

    #[test]
    fn crisis_document_stands_alone_with_supporters_first() {
        let md = render_markdown(
            &sample(),
            MarkdownOptions {
                document: Document::Crisis,
                empty_parts: EmptyParts::LeaveOut,
                language: None,
            },
        );
        assert!(md.starts_with("# Crisis plan for Ana\n\n**This crisis plan was written on 20 November 2026.** This plan replaces any crisis plan with an earlier date.\n\n## My supporters\n"), "{md}");
        assert!(
            !md.contains("Agreed"),
            "who agreed is not for supporters: {md}"
        );
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
        assert!(
            md.contains("## About this plan\n\n_Not written yet._\n"),
            "{md}"
        );
        let md = render_markdown(
            &Plan::default(),
            MarkdownOptions {
                document: Document::Crisis,
                ..MarkdownOptions::default()
            },
        );
        assert!(
            md.starts_with("# Crisis plan\n\n**This crisis plan has no date written on it.**"),
            "{md}"
        );
        assert!(
            md.contains("## When others need to take over\n\n_Not written yet._\n"),
            "{md}"
        );
    }
}
