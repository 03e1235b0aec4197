//! `wrap edit`: change any part of a plan, saving after each change.

use std::path::Path;

use wrap_core::{
    Date, FieldShape, Language, ListPart, PartGuide, PartKey, PartRef, Plan, RecordsPart,
    SectionGuide, SectionKey, ShapedKey,
};

use super::walk::SectionPick;
use super::{
    Choice, Go, HINT_DATE, HINT_EDIT, HINT_TEXT, Outcome, Session, Typed, Voice, YesNo, brief,
    entries,
};
use crate::error::CliError;
use crate::prompt::{Ask, Lines, Prompter};

/// What can be done to a list of entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Action {
    Add,
    Change,
    Remove,
    Up,
    Down,
    Done,
}

/// Runs `wrap edit`: straight into `section` when given, else a choice of sections.
pub fn edit_plan(
    prompter: &mut dyn Prompter,
    path: &Path,
    plan: Plan,
    today: Date,
    section: Option<SectionKey>,
    voice: Voice,
) -> Result<(), CliError> {
    let mut session = Session::new(prompter, plan, path, today, Some("edit"), voice);
    let result = session.edit_loop(section);
    let file = path.display().to_string();
    if result.is_ok() {
        session.say(&session.f("interview-edit-saved", &[("file", &file)]));
    }
    session.finish(result)
}

impl Session<'_> {
    fn edit_loop(&mut self, first: Option<SectionKey>) -> Go<()> {
        let file = self.path.display().to_string();
        self.say(&self.f("interview-changing", &[("file", &file)]));
        if let Some(key) = first {
            self.edit_section(key.guide())?;
        }
        loop {
            self.prompter.say("");
            let language = match &self.plan.language {
                Some(tag) => Language::for_tag(tag.as_str())
                    .map_or_else(|| tag.to_string(), |language| language.name().to_owned()),
                None => self.t("interview-language-not-set"),
            };
            let other = [
                self.f("interview-language-option", &[("language", &language)]),
                self.t("interview-finish-editing"),
            ];
            match self.pick_section(&other)? {
                SectionPick::Section(key) => self.edit_section(key.guide())?,
                SectionPick::Other(0) => {
                    self.ask_language()?;
                    self.save()?;
                }
                SectionPick::Other(_) | SectionPick::Nothing => return Ok(()),
            }
        }
    }

    /// Lets the person pick parts of a section to change, until they are done.
    pub(super) fn edit_section(&mut self, section: &SectionGuide) -> Go<()> {
        loop {
            let mut options: Vec<String> = section
                .parts
                .iter()
                .map(|part| {
                    let state = match self.plan.part(part.key) {
                        PartRef::Text(text) if !text.trim().is_empty() => brief(text, 30),
                        PartRef::List(list) if !list.is_empty() => entries(list.len(), self.lang),
                        PartRef::Records(list) if !list.is_empty() => {
                            entries(list.len(), self.lang)
                        }
                        PartRef::Date(Some(date)) => date.to_string(),
                        _ => self.t("interview-part-empty"),
                    };
                    format!("{} ({state})", part.heading_in(self.lang))
                })
                .collect();
            options.push(self.t("interview-done-section"));
            let question = self.f(
                "interview-which-part",
                &[("section", &section.heading_in(self.lang))],
            );
            match self.choose(&question, &options)? {
                Choice::Option(i) if i < section.parts.len() => {
                    let part = &section.parts[i];
                    self.edit_part(section, part)?;
                }
                _ => return Ok(()),
            }
        }
    }

    /// Changes one part: a text or date in place, a list entry by entry.
    fn edit_part(&mut self, section: &SectionGuide, part: &PartGuide) -> Go<()> {
        self.prompter.say("");
        self.say(&format!(
            "{}\n{}",
            part.heading_in(self.lang),
            part.question_in(self.lang)
        ));
        match part.key.shaped() {
            ShapedKey::Text(key) => {
                let current = self.plan.text(key).to_owned();
                let ask = Ask {
                    lines: Lines::Many,
                    ..Ask::line("", HINT_TEXT, &current)
                };
                match self.ask(&part.key.path(), ask)? {
                    Typed::Text(text) => {
                        *self.plan.text_mut(key) = text;
                        self.mark(section, part, Outcome::Answered);
                        self.save()?;
                    }
                    Typed::Empty
                        if !current.is_empty()
                            && self.confirm(&self.t("interview-remove-answer"), false)?
                                == YesNo::Yes =>
                    {
                        self.plan.text_mut(key).clear();
                        self.save()?;
                    }
                    _ => {}
                }
            }
            ShapedKey::Date(key) => {
                let current = self.plan.date(key);
                let initial = current.map(|date| date.to_string()).unwrap_or_default();
                match self.ask_date(&part.key.path(), HINT_DATE, &initial)? {
                    Ok(date) => {
                        *self.plan.date_mut(key) = Some(date);
                        self.mark(section, part, Outcome::Answered);
                        self.save()?;
                    }
                    Err(Typed::Empty)
                        if current.is_some()
                            && self.confirm(&self.t("interview-remove-date"), false)?
                                == YesNo::Yes =>
                    {
                        *self.plan.date_mut(key) = None;
                        self.save()?;
                    }
                    Err(_) => {}
                }
            }
            ShapedKey::List(key) => self.edit_entries(section, part, Entries::List(key))?,
            ShapedKey::Records(key) => self.edit_entries(section, part, Entries::Records(key))?,
        }
        Ok(())
    }

    fn entry_count(&self, entries: Entries) -> usize {
        match entries {
            Entries::Records(key) => self.plan.records(key).len(),
            Entries::List(key) => self.plan.list(key).len(),
        }
    }

    /// Short labels for a part's entries, numbered.
    fn entry_labels(&self, entries: Entries) -> Vec<String> {
        let labels: Vec<String> = match entries {
            Entries::Records(key) => self
                .plan
                .records(key)
                .into_iter()
                .map(|record| brief(&record.title(), 60))
                .collect(),
            Entries::List(key) => self
                .plan
                .list(key)
                .iter()
                .map(|entry| brief(entry, 60))
                .collect(),
        };
        labels
            .into_iter()
            .enumerate()
            .map(|(i, label)| format!("{}. {label}", i + 1))
            .collect()
    }

    fn show_entries(&mut self, entries: Entries) {
        match entries {
            Entries::Records(key) => self.show_records(key),
            Entries::List(key) => {
                let list = self.plan.list(key).to_vec();
                for (n, entry) in list.iter().enumerate() {
                    self.say(&super::walk::numbered(n + 1, entry));
                }
            }
        }
    }

    /// Picks one entry; `None` on Esc.
    fn pick_entry(
        &mut self,
        entries: Entries,
        question: &str,
        from: usize,
        to: usize,
    ) -> Go<Option<usize>> {
        let labels = self.entry_labels(entries);
        if to <= from || to > labels.len() {
            return Ok(None);
        }
        if to - from == 1 && labels.len() == 1 {
            return Ok(Some(from));
        }
        let mut options = labels[from..to].to_vec();
        options.push(self.t("interview-none-of-these"));
        Ok(match self.choose(question, &options)? {
            Choice::Option(i) if i < to - from => Some(from + i),
            _ => None,
        })
    }

    /// Adds, changes, removes and moves the entries of a list or records part.
    fn edit_entries(
        &mut self,
        section: &SectionGuide,
        part: &PartGuide,
        entries: Entries,
    ) -> Go<()> {
        loop {
            let count = self.entry_count(entries);
            self.prompter.say("");
            if count == 0 {
                self.say(&self.t("interview-nothing-written"));
            } else {
                self.show_entries(entries);
            }
            let mut actions = vec![(Action::Add, "interview-action-add")];
            if count > 0 {
                actions.push((Action::Change, "interview-action-change"));
                actions.push((Action::Remove, "interview-action-remove"));
            }
            if count > 1 {
                actions.push((Action::Up, "interview-action-up"));
                actions.push((Action::Down, "interview-action-down"));
            }
            actions.push((Action::Done, "interview-action-done"));
            let labels: Vec<String> = actions.iter().map(|(_, id)| self.t(id)).collect();
            let question = self.t("interview-what-next");
            let action = match self.choose(&question, &labels)? {
                Choice::Option(i) => actions[i].0,
                Choice::Skip | Choice::Back => Action::Done,
            };
            match action {
                Action::Done => return Ok(()),
                Action::Add => {
                    let outcome = match entries {
                        Entries::Records(key) => self.add_records(key)?,
                        Entries::List(key) => {
                            self.say(&self.t("interview-one-per-box"));
                            self.add_list_entries(key)?
                        }
                    };
                    if outcome == Outcome::Answered {
                        self.mark(section, part, outcome);
                        self.save()?;
                    }
                }
                Action::Change => {
                    let question = self.t("interview-which-one");
                    if let Some(i) = self.pick_entry(entries, &question, 0, count)? {
                        self.change_entry(entries, i)?;
                    }
                }
                Action::Remove => {
                    let question = self.t("interview-which-to-remove");
                    if let Some(i) = self.pick_entry(entries, &question, 0, count)? {
                        let label = self.entry_labels(entries).remove(i);
                        let label = label.split_once(". ").map_or(&*label, |(_, l)| l);
                        let question = self.f("interview-remove-entry", &[("entry", label)]);
                        if self.confirm(&question, false)? == YesNo::Yes {
                            match entries {
                                Entries::Records(key) => self.plan.records_mut(key).remove(i),
                                Entries::List(key) => {
                                    self.plan.list_mut(key).remove(i);
                                }
                            }
                            self.save()?;
                        }
                    }
                }
                Action::Up | Action::Down => {
                    let (question, from, to) = if action == Action::Up {
                        ("interview-which-moves-up", 1, count)
                    } else {
                        ("interview-which-moves-down", 0, count - 1)
                    };
                    let question = self.t(question);
                    if let Some(i) = self.pick_entry(entries, &question, from, to)? {
                        let other = if action == Action::Up { i - 1 } else { i + 1 };
                        match entries {
                            Entries::Records(key) => self.plan.records_mut(key).swap(i, other),
                            Entries::List(key) => self.plan.list_mut(key).swap(i, other),
                        }
                        self.save()?;
                    }
                }
            }
        }
    }

    /// Changes one entry: the text, pre-filled; or a record, field by field.
    fn change_entry(&mut self, entries: Entries, i: usize) -> Go<()> {
        let key = match entries {
            Entries::Records(key) => return self.change_record(key, i),
            Entries::List(key) => key,
        };
        let Some(current) = self.plan.list(key).get(i).cloned() else {
            return Ok(());
        };
        let question = format!("{}.", i + 1);
        let place = format!("{}.{}", PartKey::from(key).path(), i + 1);
        match self.ask(&place, Ask::line(&question, HINT_EDIT, &current))? {
            Typed::Text(text) => {
                if let Some(entry) = self.plan.list_mut(key).get_mut(i) {
                    *entry = text;
                }
                self.save()?;
            }
            Typed::Empty => {
                self.say(&self.t("interview-nothing-changed-remove"));
            }
            Typed::Back | Typed::Skip => {}
        }
        Ok(())
    }

    /// Changes one record, field by field, each pre-filled.
    fn change_record(&mut self, key: RecordsPart, i: usize) -> Go<()> {
        let fields = key.kind().fields();
        let mut f = 0;
        while let Some(field) = fields.get(f) {
            let current = self
                .plan
                .records_mut(key)
                .get(i)
                .and_then(|record| record.text(field.key).map(|v| v.into_owned()))
                .map(|value| wrap_core::field_value_in(field, &value, self.lang).into_owned())
                .unwrap_or_default();
            let place = format!("{}.{}.{}", PartKey::from(key).path(), i + 1, field.key);
            let question = key.kind().question_in(field, self.lang);
            match self.ask(&place, Ask::line(&question, HINT_EDIT, &current))? {
                Typed::Text(text) => {
                    let text = match field.shape {
                        FieldShape::YesNo => match wrap_core::parse_yes_no_in(&text, self.lang) {
                            Ok(answer) => super::walk::english_yes_no(answer, text),
                            Err(_) => text,
                        },
                        _ => text,
                    };
                    let result = match self.plan.records_mut(key).get_mut(i) {
                        Some(record) => record.set_text(field.key, &text),
                        None => return Ok(()),
                    };
                    if result.is_err() {
                        self.say(&self.t("interview-answer-yes-no-or-empty"));
                        continue;
                    }
                    self.save()?;
                    f += 1;
                }
                Typed::Empty if field.required => {
                    self.say(&self.t("interview-needs-answer-as-was"));
                    f += 1;
                }
                Typed::Empty => {
                    if let Some(record) = self.plan.records_mut(key).get_mut(i) {
                        let _ = record.set_text(field.key, "");
                    }
                    self.save()?;
                    f += 1;
                }
                Typed::Back | Typed::Skip if f == 0 => return Ok(()),
                Typed::Back => f -= 1,
                Typed::Skip => return Ok(()),
            }
        }
        Ok(())
    }
}

/// The entries of a part that holds a list of entries or a list of records.
#[derive(Clone, Copy)]
enum Entries {
    List(ListPart),
    Records(RecordsPart),
}
