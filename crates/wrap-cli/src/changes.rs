//! What changed in a plan, as text for the terminal that reads without colour: section by
//! section, part by part, one line an entry (`+` added, `-` removed, `~` changed), and
//! within a changed entry the words taken out in `[-...-]` and put in in `{+...+}`.

use wrap_core::{EntryChange, PlanChanges, Words};

/// The line that explains the marks, for the top of a list of changes.
pub const LEGEND: &str = "(+ added, - removed, ~ changed: [-words taken out-] {+words put in+})";

/// The changes, each line starting with `indent`; "No changes." when there are none.
pub fn render(changes: &PlanChanges, indent: &str) -> String {
    if changes.is_empty() {
        return format!("{indent}No changes.\n");
    }
    let mut out = String::new();
    for section in &changes.sections {
        out.push_str(&format!("{indent}{}\n", section.section.guide().heading));
        for part in &section.parts {
            out.push_str(&format!("{indent}  {}\n", part.key.guide().heading));
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

/// How many entries changed, in words: "3 changes in 2 parts".
pub fn count(changes: &PlanChanges) -> String {
    let parts = changes.parts().count();
    let entries: usize = changes.parts().map(|part| part.entries.len()).sum();
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{} in {}",
        plural(entries, "change", "changes"),
        plural(parts, "part", "parts")
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
        let text = render(&wrap_core::changes(&old, &new), "");
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
            count(&wrap_core::changes(&old, &new)),
            "4 changes in 2 parts"
        );
        assert_eq!(
            render(&wrap_core::changes(&old, &old), "  "),
            "  No changes.\n"
        );
    }
}
