//! The plan's history, kept inside the plan file: every version of its content, each stored
//! as the parts that changed since the version before.
//!
//! A plan's *content* is its eight sections and its `extensions`; the interview's progress,
//! the history itself and the register of copies are not part of it. Version 1 holds every
//! part that has something in it; each later version holds only the parts that changed, a
//! list as the entries replaced where that is shorter than the whole list. Replaying the
//! versions one after another gives the plan as it was at any of them.
//!
//! A save records the content ([`Plan::record_version`]), with the day it was made, which the
//! caller passes in. Saves on one day go into one version, until the version is marked: a
//! version marked by a review or by a copy given to someone ([`Mark`]) is never changed
//! again, and the next save starts a new one. So the history holds the plan as it was at
//! the end of every day it changed, at every review and at every copy given; nothing in it
//! is lost by a later edit.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::date::Date;
use crate::guide::SectionKey;
use crate::load_error::Said;
use crate::plan::Plan;
use wrap_l10n::Language;

/// Why a version is kept exactly as it is: a later save starts a new version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    /// The plan was reviewed at this version.
    Review,
    /// A copy of this version was given to someone (see the plan's `copies`).
    Copy,
}

/// How one part changed from the version before.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum PartChange {
    /// The part's new value, whole.
    Set(Value),
    /// Some entries of a list replaced: `remove` entries from position `at` (from 0) taken
    /// out and `insert` put in their place.
    Splice {
        /// The position of the first entry replaced.
        at: usize,
        /// How many entries are taken out.
        #[serde(default, skip_serializing_if = "is_zero")]
        remove: usize,
        /// The entries put in their place.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        insert: Vec<Value>,
    },
    /// The part is empty now.
    Removed,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// One version of the plan's content: the day it was saved, why it is kept, and the parts
/// that changed since the version before, by their path (`crisis.supporters`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Version {
    /// The day this version was saved.
    pub date: Date,
    /// Why this version is kept as it is, if it is.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub marks: Vec<Mark>,
    /// The parts that changed, by path (`about.title`, `crisis.supporters`,
    /// `extensions.other-tool`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub parts: BTreeMap<String, PartChange>,
}

/// Every version of the plan's content, oldest first; version `n` is the `n`-th.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct History {
    versions: Vec<Version>,
}

/// A history that does not replay: a version names a part the plan does not have, or
/// changes a list that is not there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryError {
    /// The version (from 1).
    pub version: usize,
    /// The part's path, as the file writes it.
    pub path: String,
    /// What is wrong, in British English.
    pub message: String,
    said: Said,
}

impl HistoryError {
    fn new(version: usize, path: String, said: Said) -> HistoryError {
        HistoryError {
            version,
            path,
            message: said.in_language(Language::EnGb),
            said,
        }
    }

    /// What is wrong, in `language` (the JSON reader's words about a value of the wrong type
    /// have no translation).
    pub fn message_in(&self, language: Language) -> String {
        self.said.in_language(language)
    }

    /// The whole sentence, as `Display` writes it, in `language`: the version, the part's
    /// path and what is wrong.
    pub fn to_string_in(&self, language: Language) -> String {
        let version = self.version.to_string();
        let message = self.message_in(language);
        language.format(
            "history-error",
            &[
                ("version", version.as_str().into()),
                ("path", self.path.as_str().into()),
                ("message", message.as_str().into()),
            ],
        )
    }
}

impl std::fmt::Display for HistoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_string_in(Language::EnGb))
    }
}

impl std::error::Error for HistoryError {}

/// A plan's content as a flat map: `section.field` to the value the file holds there.
type Content = Map<String, Value>;

/// The content of a plan: its sections' parts and its extensions, by path.
fn content(plan: &Plan) -> Content {
    let mut out = Map::new();
    let mut add = |section: &str, value: Result<Value, serde_json::Error>| {
        if let Ok(Value::Object(fields)) = value {
            for (field, value) in fields {
                out.insert(format!("{section}.{field}"), value);
            }
        }
    };
    use serde_json::to_value;
    add("about", to_value(&plan.about));
    add("toolbox", to_value(&plan.toolbox));
    add("daily", to_value(&plan.daily));
    add("triggers", to_value(&plan.triggers));
    add("early_warning_signs", to_value(&plan.early_warning_signs));
    add("breaking_down", to_value(&plan.breaking_down));
    add("crisis", to_value(&plan.crisis));
    add("post_crisis", to_value(&plan.post_crisis));
    for (key, value) in &plan.extensions {
        out.insert(format!("extensions.{key}"), value.clone());
    }
    out
}

/// The sections a content's path may start with.
fn known_section(name: &str) -> bool {
    name == "extensions" || SectionKey::ALL.iter().any(|s| s.json_name() == name)
}

/// The plan a content describes (its progress, history and copies empty).
fn plan_of(content: &Content, version: usize) -> Result<Plan, HistoryError> {
    let mut top = Map::new();
    for (path, value) in content {
        let Some((section, field)) = path.split_once('.').filter(|(s, _)| known_section(s)) else {
            return Err(HistoryError::new(
                version,
                path.clone(),
                Said::core("history-no-such-part"),
            ));
        };
        let object = top
            .entry(section)
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(object) = object {
            object.insert(field.to_owned(), value.clone());
        }
    }
    serde_json::from_value(Value::Object(top)).map_err(|error| {
        HistoryError::new(version, String::new(), Said::from_serde(error.to_string()))
    })
}

/// The changes that turn `old` into `new`.
fn diff(old: &Content, new: &Content) -> BTreeMap<String, PartChange> {
    let mut parts = BTreeMap::new();
    for (path, value) in new {
        let change = match (old.get(path), value) {
            (Some(before), _) if before == value => continue,
            (Some(Value::Array(before)), Value::Array(after)) => splice(before, after),
            _ => PartChange::Set(value.clone()),
        };
        parts.insert(path.clone(), change);
    }
    for path in old.keys() {
        if !new.contains_key(path) {
            parts.insert(path.clone(), PartChange::Removed);
        }
    }
    parts
}

/// The change from one list to another: the entries between their common start and their
/// common end replaced, or the whole list when they have nothing in common.
fn splice(before: &[Value], after: &[Value]) -> PartChange {
    let start = before.iter().zip(after).take_while(|(a, b)| a == b).count();
    let end = before[start..]
        .iter()
        .rev()
        .zip(after[start..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    if start + end == 0 {
        return PartChange::Set(Value::Array(after.to_vec()));
    }
    PartChange::Splice {
        at: start,
        remove: before.len() - start - end,
        insert: after[start..after.len() - end].to_vec(),
    }
}

/// Applies one version's changes to a content.
fn apply(content: &mut Content, version: &Version, number: usize) -> Result<(), HistoryError> {
    for (path, change) in &version.parts {
        let error = |id: &'static str| HistoryError::new(number, path.clone(), Said::core(id));
        if !path
            .split_once('.')
            .is_some_and(|(section, _)| known_section(section))
        {
            return Err(error("history-no-such-part"));
        }
        match change {
            PartChange::Set(value) => {
                content.insert(path.clone(), value.clone());
            }
            PartChange::Removed => {
                if content.shift_remove(path).is_none() {
                    return Err(error("history-removes-empty"));
                }
            }
            PartChange::Splice { at, remove, insert } => {
                let Some(Value::Array(list)) = content.get_mut(path) else {
                    return Err(error("history-no-such-list"));
                };
                let end = at.checked_add(*remove).filter(|end| *end <= list.len());
                let Some(end) = end else {
                    return Err(error("history-past-the-end"));
                };
                list.splice(*at..end, insert.iter().cloned());
            }
        }
    }
    Ok(())
}

impl History {
    /// True when no version has been recorded yet.
    pub fn is_empty(&self) -> bool {
        self.versions.is_empty()
    }

    /// Every version, oldest first: version `n` is at index `n - 1`.
    pub fn versions(&self) -> &[Version] {
        &self.versions
    }

    /// How many versions there are: the number of the latest.
    pub fn len(&self) -> usize {
        self.versions.len()
    }

    /// The version with this number (from 1).
    pub fn version(&self, number: usize) -> Option<&Version> {
        number.checked_sub(1).and_then(|i| self.versions.get(i))
    }

    /// The content after the first `count` versions.
    fn replay(&self, count: usize) -> Result<Content, HistoryError> {
        let mut content = Map::new();
        for (i, version) in self.versions.iter().take(count).enumerate() {
            apply(&mut content, version, i + 1)?;
        }
        Ok(content)
    }

    /// The plan as it was at version `number` (from 1): its sections and extensions, with
    /// no progress, history or copies. `None` when there is no such version.
    pub fn plan_at(&self, number: usize) -> Option<Result<Plan, HistoryError>> {
        if number == 0 || number > self.versions.len() {
            return None;
        }
        Some(self.replay(number).and_then(|c| plan_of(&c, number)))
    }

    /// Checks that every version replays into a plan.
    pub fn check(&self) -> Result<(), HistoryError> {
        let mut content = Map::new();
        for (i, version) in self.versions.iter().enumerate() {
            apply(&mut content, version, i + 1)?;
            plan_of(&content, i + 1)?;
        }
        Ok(())
    }

    /// The latest version with this mark.
    pub fn last_marked(&self, mark: Mark) -> Option<usize> {
        self.versions
            .iter()
            .rposition(|version| version.marks.contains(&mark))
            .map(|i| i + 1)
    }

    /// The version that was current at the end of `date`: the latest saved on or before it.
    pub fn on(&self, date: Date) -> Option<usize> {
        self.versions
            .iter()
            .rposition(|version| version.date <= date)
            .map(|i| i + 1)
    }
}

/// True when two plans have the same content (their sections and extensions).
pub fn same_content(a: &Plan, b: &Plan) -> bool {
    content(a) == content(b)
}

impl Plan {
    /// Records the plan's content in its history, as saved on `today`, and gives the
    /// number of the version that holds it (0 for a plan that is empty and never had a
    /// version).
    ///
    /// When the content is that of the latest version, nothing is added (the mark, if any,
    /// is put on that version). Otherwise, a latest version saved the same day and not
    /// marked otherwise is brought up to date; any other gets a new version after it. A
    /// version marked [`Mark::Copy`] is never changed.
    pub fn record_version(
        &mut self,
        today: Date,
        mark: Option<Mark>,
    ) -> Result<usize, HistoryError> {
        let now = content(self);
        let versions = &mut self.history.versions;
        let mut marks: Vec<Mark> = Vec::new();
        let amend = versions.last().is_some_and(|last| {
            last.date == today
                && !last.marks.contains(&Mark::Copy)
                && last.marks.iter().all(|m| Some(*m) == mark)
        });
        if amend && let Some(last) = versions.pop() {
            marks = last.marks;
        }
        if let Some(mark) = mark
            && !marks.contains(&mark)
        {
            marks.push(mark);
        }
        let before = self.history.replay(self.history.versions.len())?;
        let parts = diff(&before, &now);
        let versions = &mut self.history.versions;
        match versions.last_mut() {
            Some(last) if parts.is_empty() => {
                for mark in marks {
                    if !last.marks.contains(&mark) {
                        last.marks.push(mark);
                    }
                }
            }
            None if parts.is_empty() && marks.is_empty() => {}
            _ => versions.push(Version {
                date: today,
                marks,
                parts,
            }),
        }
        Ok(versions.len())
    }

    /// The plan's content alone: a copy with no progress, history or copies.
    pub fn content_only(&self) -> Plan {
        Plan {
            about: self.about.clone(),
            toolbox: self.toolbox.clone(),
            daily: self.daily.clone(),
            triggers: self.triggers.clone(),
            early_warning_signs: self.early_warning_signs.clone(),
            breaking_down: self.breaking_down.clone(),
            crisis: self.crisis.clone(),
            post_crisis: self.post_crisis.clone(),
            extensions: self.extensions.clone(),
            ..Plan::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u8) -> Date {
        Date::new(2026, 3, d).unwrap()
    }

    #[test]
    fn saves_on_one_day_make_one_version_until_marked() {
        let mut plan = Plan::default();
        assert_eq!(plan.record_version(day(1), None), Ok(0));
        plan.toolbox.using.push("Walk".into());
        assert_eq!(plan.record_version(day(1), None), Ok(1));
        plan.toolbox.using.push("Read".into());
        assert_eq!(plan.record_version(day(1), None), Ok(1));
        assert_eq!(plan.record_version(day(1), Some(Mark::Review)), Ok(1));
        plan.toolbox.using.push("Sing".into());
        assert_eq!(plan.record_version(day(1), None), Ok(2));
        plan.toolbox.using.remove(0);
        assert_eq!(plan.record_version(day(2), Some(Mark::Copy)), Ok(3));
        // A marked copy's version is never changed: the same day, an edit makes version 4.
        plan.about.owner = "Ana".into();
        assert_eq!(plan.record_version(day(2), None), Ok(4));
        let at = |n| plan.history.plan_at(n).unwrap().unwrap();
        assert_eq!(at(1).toolbox.using, ["Walk", "Read"]);
        assert_eq!(at(2).toolbox.using, ["Walk", "Read", "Sing"]);
        assert_eq!(at(3).toolbox.using, ["Read", "Sing"]);
        assert_eq!(at(4).about.owner, "Ana");
        assert_eq!(plan.history.last_marked(Mark::Review), Some(1));
        assert_eq!(plan.history.on(day(1)), Some(2));
        assert!(plan.history.plan_at(5).is_none());
        // Version 3 holds only what changed: one entry taken out of the list.
        assert_eq!(
            plan.history.version(3).unwrap().parts["toolbox.using"],
            PartChange::Splice {
                at: 0,
                remove: 1,
                insert: vec![]
            }
        );
    }

    #[test]
    fn an_edit_undone_the_same_day_leaves_no_version() {
        let mut plan = Plan::default();
        plan.about.owner = "Ana".into();
        plan.record_version(day(1), None).unwrap();
        plan.about.title = "Work".into();
        assert_eq!(plan.record_version(day(2), None), Ok(2));
        plan.about.title.clear();
        assert_eq!(plan.record_version(day(2), None), Ok(1));
        assert_eq!(plan.history.len(), 1);
    }

    #[test]
    fn a_broken_history_is_an_error() {
        let text = r#"[{"date": "2026-03-01", "parts": {"toolbox.using": {"splice": {"at": 2, "remove": 1}}}}]"#;
        let history: History = serde_json::from_str(text).unwrap();
        let error = history.check().unwrap_err();
        assert_eq!(error.version, 1);
        assert_eq!(error.path, "toolbox.using");
        for text in [
            r#"[{"date": "2026-03-01", "parts": {"progress.answered": {"set": []}}}]"#,
            r#"[{"date": "2026-03-01", "parts": {"about.owner": {"set": 3}}}]"#,
            r#"[{"date": "2026-03-01", "parts": {"about.owner": "removed"}}]"#,
        ] {
            let history: History = serde_json::from_str(text).unwrap();
            assert!(history.check().is_err(), "{text}");
        }
    }

    #[test]
    fn a_history_error_is_said_in_a_language() {
        let text = r#"[{"date": "2026-03-01", "parts": {"toolbox.using": {"splice": {"at": 2, "remove": 1}}}}]"#;
        let history: History = serde_json::from_str(text).unwrap();
        let error = history.check().unwrap_err();
        assert_eq!(
            error.to_string(),
            "version 1, toolbox.using: changes entries of a list that is not there"
        );
        assert_eq!(
            error.to_string_in(Language::Pl),
            "wersja 1, toolbox.using: zmienia wpisy listy, której nie ma"
        );
        assert_eq!(
            error.message_in(Language::Cy),
            "mae'n newid cofnodion rhestr nad yw yno"
        );
    }
}
