//! What changed in a plan, as text for the terminal that reads without colour: section by
//! section, part by part, one line an entry (`+` added, `-` removed, `~` changed), and
//! within a changed entry the words taken out in `[-...-]` and put in in `{+...+}`.

use wrap_core::{EntryChange, Language, PlanChanges, Words};

/// The line that explains the marks, in `language`.
pub fn legend(language: Language) -> String {
    language.text("changes-legend")
}

/// The changes, each line starting with `indent`, headings in `language`; "No changes."
/// when there are none.
pub fn render_in(changes: &PlanChanges, indent: &str, language: Language) -> String {
    if changes.is_empty() {
        return format!("{indent}{}\n", language.text("changes-none"));
    }
    let mut out = String::new();
    for section in &changes.sections {
        let heading = section.section.guide().heading_in(language);
        out.push_str(&format!("{indent}{heading}\n"));
        for part in &section.parts {
            let heading = part.key.guide().heading_in(language);
            out.push_str(&format!("{indent}  {heading}\n"));
            for entry in &part.entries {
                let (mark, text) = match entry {
                    EntryChange::Added(text) => ('+', text.clone()),
                    EntryChange::Removed(text) => ('-', text.clone()),
                    EntryChange::Changed(pieces) => ('~', pieces_text(pieces)),
                };
                let inner = format!("{indent}      ");
                let text = text.replace('\n', &format!("\n{inner}"));
                out.push_str(&format!("{indent}    {mark} {text}\n"));
            }
        }
    }
    out
}

/// A changed entry's text with its changes marked.
fn pieces_text(pieces: &[Words]) -> String {
    pieces
        .iter()
        .map(|piece| match piece {
            Words::Same(text) => text.clone(),
            Words::Removed(text) => format!("[-{text}-]"),
            Words::Added(text) => format!("{{+{text}+}}"),
        })
        .collect()
}

/// How many entries changed, in words, in `language`: "3 changes in 2 parts".
pub fn count_in(changes: &PlanChanges, language: Language) -> String {
    let parts = changes.parts().count() as u64;
    let entries: usize = changes.parts().map(|part| part.entries.len()).sum();
    let entries = language.count("changes-count-changes", entries as u64);
    let parts = language.count("changes-count-parts", parts);
    language.format(
        "changes-count",
        &[
            ("changes", entries.as_str().into()),
            ("parts", parts.as_str().into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use wrap_core::Plan;

    #[test]
    fn changes_read_without_colour() {
        let mut old = Plan::default();
        old.crisis.please_do = vec!["Sit with me quietly".into(), "Make tea".into()];
        let mut new = old.clone();
        new.crisis.please_do = vec![
            "Sit with me and talk quietly".into(),
            "Open a window".into(),
        ];
        new.toolbox.using = vec!["Two lines\nof text".into()];
        let text = render_in(&wrap_core::changes(&old, &new), "", Language::EnGb);
        insta::assert_snapshot!(text, @r"
        Wellness toolbox
          Things that help me
            + Two lines
              of text
        Crisis plan
          Please do
            ~ Sit with me {+and talk +}quietly
            - Make tea
            + Open a window
        ");
        assert_eq!(
            count_in(&wrap_core::changes(&old, &new), Language::EnGb),
            "4 changes in 2 parts"
        );
        assert_eq!(
            render_in(&wrap_core::changes(&old, &old), "  ", Language::EnGb),
            "  No changes.\n"
        );
        assert_eq!(
            legend(Language::EnGb),
            "(+ added, - removed, ~ changed: [-words taken out-] {+words put in+})"
        );
    }

    #[test]
    fn changes_read_in_the_language_asked() {
        let old = Plan::default();
        let mut new = old.clone();
        new.crisis.please_do = vec!["Gwneud paned".into(), "Eistedd gyda fi".into()];
        let changes = wrap_core::changes(&old, &new);
        assert_eq!(count_in(&changes, Language::Cy), "2 newid mewn 1 rhan");
        let text = render_in(&changes, "", Language::Cy);
        assert!(text.starts_with("Cynllun argyfwng\n"), "{text}");
        assert_eq!(
            render_in(&wrap_core::changes(&old, &old), "", Language::Pl),
            "Brak zmian.\n"
        );
    }
}
