//! What changed between two versions of a plan: section by section, the entries added,
//! removed and changed, and word by word within a changed entry.
//!
//! Every part is compared as a list of entries: a list's entries, a record's fields as one
//! entry each record, one entry for a text or a date. Entries are matched by the longest
//! common subsequence; among those left over, a removed entry and an added one that share
//! at least half their words are one entry changed.

use crate::guide::SectionKey;
use crate::key::PartKey;
use crate::parts::PartRef;
use crate::plan::Plan;
use crate::records::Record;

/// The largest comparison table (entries by entries, or words by words) worked out in
/// full; past it, entries are reported as removed and added whole. It keeps the work
/// proportional to the plan whatever it holds.
const MAX_TABLE: usize = 1 << 20;

/// A piece of a changed entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Words {
    /// Text in both versions.
    Same(String),
    /// Text only in the older version.
    Removed(String),
    /// Text only in the newer version.
    Added(String),
}

/// One entry's change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryChange {
    /// An entry only in the newer version.
    Added(String),
    /// An entry only in the older version.
    Removed(String),
    /// An entry in both, changed: its text, piece by piece.
    Changed(Vec<Words>),
}

/// The changes in one part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartChanges {
    /// The part.
    pub key: PartKey,
    /// Its entries' changes, in the order of the newer version.
    pub entries: Vec<EntryChange>,
}

/// The changes in one section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionChanges {
    /// The section.
    pub section: SectionKey,
    /// The parts that changed, in guide order.
    pub parts: Vec<PartChanges>,
}

/// What changed from one plan to another, section by section in guide order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanChanges {
    /// The sections with a change.
    pub sections: Vec<SectionChanges>,
}

impl PlanChanges {
    /// True when nothing changed.
    pub fn is_empty(&self) -> bool {
        self.sections.is_empty()
    }

    /// Every part that changed.
    pub fn parts(&self) -> impl Iterator<Item = &PartChanges> {
        self.sections.iter().flat_map(|section| &section.parts)
    }
}

/// What changed from `old` to `new` in every part.
pub fn changes(old: &Plan, new: &Plan) -> PlanChanges {
    changes_in(old, new, |_| true)
}

/// What changed from `old` to `new` in the parts `holds` accepts (a document's parts).
pub fn changes_in(old: &Plan, new: &Plan, holds: impl Fn(PartKey) -> bool) -> PlanChanges {
    let mut sections: Vec<SectionChanges> = Vec::new();
    for key in PartKey::ALL.into_iter().filter(|key| holds(*key)) {
        let (before, after) = (entries(&old.part(key)), entries(&new.part(key)));
        if before == after {
            continue;
        }
        let part = PartChanges {
            key,
            entries: compare(&before, &after),
        };
        match sections.last_mut() {
            Some(last) if last.section == key.section() => last.parts.push(part),
            _ => sections.push(SectionChanges {
                section: key.section(),
                parts: vec![part],
            }),
        }
    }
    PlanChanges { sections }
}

/// A part's entries as texts.
fn entries(part: &PartRef<'_>) -> Vec<String> {
    match part {
        PartRef::Text("") => Vec::new(),
        PartRef::Text(text) => vec![(*text).to_owned()],
        PartRef::List(list) => list.to_vec(),
        PartRef::Date(date) => date.iter().map(|d| d.to_string()).collect(),
        PartRef::Records(records) => records.iter().map(|r| record_text(*r)).collect(),
    }
}

/// A record as one line: each field that has something, with its label
/// (`Name: Ann · Phone: 07700 900123`).
pub fn record_text(record: &dyn Record) -> String {
    record
        .kind()
        .fields()
        .iter()
        .filter_map(|field| {
            let value = record.text(field.key)?;
            (!value.is_empty()).then(|| format!("{}: {value}", field.label))
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// How `old` became `new`, entry by entry.
fn compare(old: &[String], new: &[String]) -> Vec<EntryChange> {
    let mut out = Vec::new();
    let mut removed: Vec<&String> = Vec::new();
    let mut added: Vec<&String> = Vec::new();
    for step in align(old, new, |a, b| a == b) {
        match step {
            Step::Same(..) => flush(&mut out, &mut removed, &mut added),
            Step::Removed(i) => removed.push(&old[i]),
            Step::Added(j) => added.push(&new[j]),
        }
    }
    flush(&mut out, &mut removed, &mut added);
    out
}

/// Reports the entries removed and added between two matched ones: pairs that share half
/// their words as changed, the rest as they are.
fn flush(out: &mut Vec<EntryChange>, removed: &mut Vec<&String>, added: &mut Vec<&String>) {
    let mut removed_left = removed.drain(..).peekable();
    let mut added_left = added.drain(..);
    let mut pending = Vec::new();
    for new in added_left.by_ref() {
        match removed_left.peek() {
            Some(old) if alike(old, new) => {
                out.push(EntryChange::Changed(words(old, new)));
                removed_left.next();
            }
            _ => pending.push(EntryChange::Added(new.clone())),
        }
    }
    out.extend(removed_left.map(|old| EntryChange::Removed(old.clone())));
    out.append(&mut pending);
}

/// True when two entries share at least half the words of the longer one.
fn alike(a: &str, b: &str) -> bool {
    let (a, b): (Vec<&str>, Vec<&str>) = (
        a.split_whitespace().collect(),
        b.split_whitespace().collect(),
    );
    let longest = a.len().max(b.len());
    if longest == 0 {
        return true;
    }
    let same = align(&a, &b, |x, y| x == y)
        .iter()
        .filter(|step| matches!(step, Step::Same(..)))
        .count();
    same * 2 >= longest
}

/// A text split into words and the spaces between them, each kept as written.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut space = None;
    for (i, c) in text.char_indices() {
        let is_space = c.is_whitespace();
        if space.is_some_and(|s| s != is_space) {
            out.push(&text[start..i]);
            start = i;
        }
        space = Some(is_space);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// How `old` became `new`, word by word. The pieces put together give each text exactly.
pub fn words(old: &str, new: &str) -> Vec<Words> {
    let (a, b) = (tokens(old), tokens(new));
    let aligned = align(&a, &b, |x, y| x == y);
    // A space between two changed words belongs to the change, so that a run of words
    // reads as one change rather than a word at a time.
    let changed = |i: Option<usize>| {
        i.and_then(|i| aligned.get(i))
            .is_some_and(|step| !matches!(step, Step::Same(..)))
    };
    let mut steps = Vec::with_capacity(aligned.len());
    for (i, step) in aligned.iter().enumerate() {
        match *step {
            Step::Same(x, y)
                if a[x].trim().is_empty() && changed(i.checked_sub(1)) && changed(Some(i + 1)) =>
            {
                steps.push(Step::Removed(x));
                steps.push(Step::Added(y));
            }
            other => steps.push(other),
        }
    }
    let mut out: Vec<Words> = Vec::new();
    let (mut gone, mut came) = (String::new(), String::new());
    let settle = |out: &mut Vec<Words>, gone: &mut String, came: &mut String| {
        if !gone.is_empty() {
            out.push(Words::Removed(std::mem::take(gone)));
        }
        if !came.is_empty() {
            out.push(Words::Added(std::mem::take(came)));
        }
    };
    for step in steps {
        match step {
            Step::Same(x, _) => {
                settle(&mut out, &mut gone, &mut came);
                match out.last_mut() {
                    Some(Words::Same(text)) => text.push_str(a[x]),
                    _ => out.push(Words::Same(a[x].to_owned())),
                }
            }
            Step::Removed(x) => gone.push_str(a[x]),
            Step::Added(y) => came.push_str(b[y]),
        }
    }
    settle(&mut out, &mut gone, &mut came);
    out
}

/// One step of an alignment of two sequences.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    /// The items at these positions match.
    Same(usize, usize),
    /// The item at this position of the first sequence is not in the second.
    Removed(usize),
    /// The item at this position of the second sequence is not in the first.
    Added(usize),
}

/// A longest common subsequence of `a` and `b` as steps, removals before additions within
/// each gap. The common start and end are matched first; a middle too big for
/// [`MAX_TABLE`] is all removed and added.
fn align<T>(a: &[T], b: &[T], same: impl Fn(&T, &T) -> bool) -> Vec<Step> {
    let start = a.iter().zip(b).take_while(|(x, y)| same(x, y)).count();
    let end = a[start..]
        .iter()
        .rev()
        .zip(b[start..].iter().rev())
        .take_while(|(x, y)| same(x, y))
        .count();
    let (middle_a, middle_b) = (&a[start..a.len() - end], &b[start..b.len() - end]);
    let mut steps: Vec<Step> = (0..start).map(|i| Step::Same(i, i)).collect();
    let (n, m) = (middle_a.len(), middle_b.len());
    if n.saturating_mul(m) > MAX_TABLE {
        steps.extend((0..n).map(|i| Step::Removed(start + i)));
        steps.extend((0..m).map(|j| Step::Added(start + j)));
    } else {
        // lengths[i][j]: the longest common subsequence of middle_a[i..] and middle_b[j..].
        let width = m + 1;
        let mut lengths = vec![0u32; (n + 1) * width];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lengths[i * width + j] = if same(&middle_a[i], &middle_b[j]) {
                    lengths[(i + 1) * width + j + 1] + 1
                } else {
                    lengths[(i + 1) * width + j].max(lengths[i * width + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && same(&middle_a[i], &middle_b[j]) {
                steps.push(Step::Same(start + i, start + j));
                i += 1;
                j += 1;
            } else if i < n
                && (j == m || lengths[(i + 1) * width + j] >= lengths[i * width + j + 1])
            {
                steps.push(Step::Removed(start + i));
                i += 1;
            } else {
                steps.push(Step::Added(start + j));
                j += 1;
            }
        }
    }
    let (tail_a, tail_b) = (a.len() - end, b.len() - end);
    steps.extend((0..end).map(|k| Step::Same(tail_a + k, tail_b + k)));
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::Supporter;

    fn glue(pieces: &[Words]) -> (String, String) {
        let (mut old, mut new) = (String::new(), String::new());
        for piece in pieces {
            match piece {
                Words::Same(t) => {
                    old.push_str(t);
                    new.push_str(t);
                }
                Words::Removed(t) => old.push_str(t),
                Words::Added(t) => new.push_str(t),
            }
        }
        (old, new)
    }

    #[test]
    fn words_show_what_changed_and_keep_both_texts() {
        let pieces = words("Call my sister Ana first", "Call my brother Ben first");
        assert_eq!(
            pieces,
            [
                Words::Same("Call my ".into()),
                Words::Removed("sister Ana".into()),
                Words::Added("brother Ben".into()),
                Words::Same(" first".into()),
            ]
        );
        for (old, new) in [
            ("", "x"),
            ("a  b\nc", "a b\n\nc d"),
            ("Siân 🎶", "Siân 🎶 yn canu"),
            ("same", "same"),
        ] {
            assert_eq!(glue(&words(old, new)), (old.into(), new.into()));
        }
    }

    #[test]
    fn entries_added_removed_and_changed_section_by_section() {
        let mut old = Plan::default();
        old.toolbox.using = vec!["Walk by the river".into(), "Read".into(), "Bake".into()];
        old.crisis.supporters.push(Supporter {
            name: "Ann".into(),
            phone: "07700 900123".into(),
            ..Supporter::default()
        });
        let mut new = old.clone();
        new.toolbox.using = vec![
            "Walk by the sea".into(),
            "Read".into(),
            "Swim on Sundays".into(),
        ];
        new.crisis.supporters[0].phone = "07700 900999".into();
        new.crisis.if_danger = "Call 999".into();
        let found = changes(&old, &new);
        assert_eq!(found.sections.len(), 2);
        let toolbox = &found.sections[0];
        assert_eq!(toolbox.section, SectionKey::Toolbox);
        assert_eq!(
            toolbox.parts[0].entries,
            [
                EntryChange::Changed(vec![
                    Words::Same("Walk by the ".into()),
                    Words::Removed("river".into()),
                    Words::Added("sea".into()),
                ]),
                EntryChange::Removed("Bake".into()),
                EntryChange::Added("Swim on Sundays".into()),
            ]
        );
        let crisis = &found.sections[1];
        assert_eq!(crisis.parts.len(), 2);
        assert!(matches!(
            &crisis.parts[0].entries[..],
            [EntryChange::Changed(pieces)] if glue(pieces).1 == "Name: Ann · Phone: 07700 900999"
        ));
        assert_eq!(
            crisis.parts[1].entries,
            [EntryChange::Added("Call 999".into())]
        );
        let only_crisis = changes_in(&old, &new, |key| key.section() == SectionKey::Crisis);
        assert_eq!(only_crisis.sections.len(), 1);
        assert!(changes(&new, &new).is_empty());
    }

    #[test]
    fn huge_lists_are_compared_without_a_huge_table() {
        let old: Vec<String> = (0..3000).map(|i| format!("a{i}")).collect();
        let new: Vec<String> = (0..3000).map(|i| format!("b{i}")).collect();
        let found = compare(&old, &new);
        assert_eq!(found.len(), 6000);
    }
}
