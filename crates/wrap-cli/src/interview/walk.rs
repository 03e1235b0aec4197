//! `wrap new`: the walk through the guide, section by section, part by part.

use std::path::Path;

use wrap_core::{
    Date, DatePart, FieldShape, FindingKind, Language, LanguageTag, ListPart, PartGuide, PartKey,
    Plan, RecordsPart, SectionGuide, SectionKey, ShapedKey, guide,
};

use super::{
    Choice, Go, HINT_DATE, HINT_FIELD, HINT_LANGUAGE_TAG, HINT_LIST, HINT_TEXT, Halt, Outcome,
    Session, Typed, Voice, YesNo,
};
use crate::error::CliError;
use crate::prompt::{Ask, Lines, Prompter};

/// Every part of the guide, in order, with its section.
fn steps() -> Vec<(&'static SectionGuide, &'static PartGuide)> {
    guide()
        .iter()
        .flat_map(|section| section.parts.iter().map(move |part| (section, part)))
        .collect()
}

/// How a record being written ended.
enum RecordEnd {
    /// It was written.
    Added,
    /// Nothing was typed for its first field: the list is done.
    Done,
    /// `/skip`.
    Skip,
    /// Back from its first field.
    Back,
}

/// What was picked from the menu of sections.
pub(super) enum SectionPick {
    /// A section.
    Section(SectionKey),
    /// One of the options after the sections, by its index among them.
    Other(usize),
    /// Nothing: Esc, `/back` or `/skip`.
    Nothing,
}

/// The place of an entry of a list, for drafts: `toolbox.using.3` (numbered from 1).
fn entry_place(key: impl Into<PartKey>, number: usize) -> String {
    format!("{}.{number}", key.into().path())
}

/// Runs `wrap new`: a fresh plan when `existing` is `None`, else an offer to carry on.
pub fn new_plan(
    prompter: &mut dyn Prompter,
    path: &Path,
    existing: Option<Plan>,
    today: Date,
    voice: Voice,
) -> Result<(), CliError> {
    let fresh = existing.is_none();
    let mut session = Session::new(
        prompter,
        existing.unwrap_or_default(),
        path,
        today,
        Some("new"),
        voice,
    );
    let result = if fresh {
        session.start_fresh()
    } else {
        session.resume()
    };
    session.finish(result)
}

impl Session<'_> {
    fn start_fresh(&mut self) -> Go<()> {
        self.ask_language()?;
        let file = self.path.display().to_string();
        self.say(&self.f("interview-welcome", &[("file", &file)]));
        self.help();
        self.save()?;
        self.walk(0)
    }

    fn resume(&mut self) -> Go<()> {
        let file = self.path.display().to_string();
        let holds = match self.plan.about.owner.trim() {
            "" => self.f("interview-already-holds", &[("file", &file)]),
            owner => self.f(
                "interview-already-holds-whose",
                &[("file", &file), ("owner", owner)],
            ),
        };
        self.say(&holds);
        self.help();
        let steps = steps();
        let next = steps
            .iter()
            .position(|(section, part)| !self.plan.progress.is_visited(&section.path(part)));
        let mut options = Vec::new();
        if let Some(i) = next {
            let (section, part) = steps[i];
            options.push(self.f(
                "interview-carry-on-where",
                &[
                    ("section", &section.heading_in(self.lang)),
                    ("part", &part.heading_in(self.lang)),
                ],
            ));
        }
        options.push(self.t("interview-go-to-section"));
        options.push(self.t("interview-leave-for-now"));
        let question = self.t(if next.is_some() {
            "interview-what-next"
        } else {
            "interview-all-seen-what-next"
        });
        let offset = usize::from(next.is_some());
        match (self.choose(&question, &options)?, next) {
            (Choice::Option(0), Some(i)) => self.walk(i),
            (Choice::Option(pick), _) if pick == offset => match self.pick_section(&[])? {
                SectionPick::Section(key) => {
                    let start = steps
                        .iter()
                        .position(|(section, _)| section.key == key)
                        .unwrap_or(0);
                    self.walk(start)
                }
                SectionPick::Other(_) | SectionPick::Nothing => Err(Halt::Stop),
            },
            _ => Err(Halt::Stop),
        }
    }

    /// Lets the person pick a section, showing how far each one has got, or one of the
    /// `other` options after the sections.
    pub(super) fn pick_section(&mut self, other: &[String]) -> Go<SectionPick> {
        let mut options: Vec<String> = guide()
            .iter()
            .map(|section| {
                let seen = section
                    .parts
                    .iter()
                    .filter(|part| self.plan.progress.is_visited(&section.path(part)))
                    .count();
                let written = section
                    .parts
                    .iter()
                    .filter(|part| !self.plan.part(part.key).is_empty())
                    .count();
                let id = if seen == section.parts.len() {
                    "interview-section-progress-all-seen"
                } else {
                    "interview-section-progress"
                };
                self.f(
                    id,
                    &[
                        ("section", &section.heading_in(self.lang)),
                        ("written", &written.to_string()),
                        ("total", &section.parts.len().to_string()),
                    ],
                )
            })
            .collect();
        options.extend(other.iter().cloned());
        let question = self.t("interview-which-section");
        Ok(match self.choose(&question, &options)? {
            Choice::Option(i) => match SectionKey::ALL.get(i) {
                Some(&key) => SectionPick::Section(key),
                None => SectionPick::Other(i - SectionKey::ALL.len()),
            },
            Choice::Skip | Choice::Back => SectionPick::Nothing,
        })
    }

    /// Asks which language the plan is written in: one wrap speaks (named in itself, the
    /// one spoken now first), or any other by its BCP 47 tag. The answer is the plan's
    /// `language`, and the interview follows it when wrap speaks it. `/skip`, `/back` and
    /// Esc leave the plan's language as it is (on a new plan: not set).
    pub(super) fn ask_language(&mut self) -> Go<()> {
        loop {
            let first = self
                .plan
                .language
                .as_ref()
                .and_then(|tag| Language::for_tag(tag.as_str()))
                .unwrap_or(self.lang);
            let mut languages = vec![first];
            languages.extend(Language::ALL.into_iter().filter(|&l| l != first));
            let mut options: Vec<String> = languages.iter().map(|l| l.name().to_owned()).collect();
            options.push(self.t("interview-language-other"));
            let question = self.t("interview-language-question");
            match self.choose(&question, &options)? {
                Choice::Option(i) => match languages.get(i) {
                    Some(language) => {
                        if let Ok(tag) = language.tag().parse() {
                            self.set_plan_language(tag);
                        }
                        return Ok(());
                    }
                    None if self.ask_language_tag()? => return Ok(()),
                    None => {}
                },
                Choice::Skip | Choice::Back => return Ok(()),
            }
        }
    }

    /// Asks for a language's BCP 47 tag. False when the person went back to the menu.
    fn ask_language_tag(&mut self) -> Go<bool> {
        let mut typed = String::new();
        loop {
            let question = self.t("interview-language-tag-question");
            match self.ask("", Ask::line(&question, HINT_LANGUAGE_TAG, &typed))? {
                Typed::Text(text) => match text.trim().parse::<LanguageTag>() {
                    Ok(tag) => {
                        let spoken = Language::for_tag(tag.as_str()).is_some();
                        let shown = tag.to_string();
                        self.set_plan_language(tag);
                        if !spoken {
                            self.say(&self.f("interview-language-kept", &[("tag", &shown)]));
                        }
                        return Ok(true);
                    }
                    Err(_) => {
                        self.say(
                            &self.f("interview-language-not-a-tag", &[("typed", text.trim())]),
                        );
                        typed = text;
                    }
                },
                Typed::Skip => return Ok(true),
                Typed::Empty | Typed::Back => return Ok(false),
            }
        }
    }

    /// Sets the plan's language, and speaks it from now on when wrap can.
    fn set_plan_language(&mut self, tag: LanguageTag) {
        self.plan.language = Some(tag);
        self.follow_plan_language();
    }

    /// Walks the guide from step `start` to the end.
    fn walk(&mut self, start: usize) -> Go<()> {
        let steps = steps();
        let mut i = start.min(steps.len());
        let mut shown: Option<SectionKey> = None;
        while i < steps.len() {
            let (section, part) = steps[i];
            if shown != Some(section.key) {
                self.section_heading(section);
                shown = Some(section.key);
            }
            let outcome = self.ask_part(part)?;
            self.mark(section, part, outcome);
            self.save()?;
            if outcome == Outcome::Back {
                if i == 0 {
                    self.say(&self.t("interview-first-question"));
                } else {
                    i -= 1;
                }
                continue;
            }
            i += 1;
            let section_ends = steps.get(i).is_none_or(|(next, _)| next.key != section.key);
            if section_ends && !self.section_summary(section)? {
                i -= 1;
            }
        }
        self.closing();
        Ok(())
    }

    fn section_heading(&mut self, section: &SectionGuide) {
        let number = SectionKey::ALL
            .iter()
            .position(|key| *key == section.key)
            .map_or(0, |i| i + 1);
        let title = self.f(
            "interview-section-title",
            &[
                ("section", &section.heading_in(self.lang)),
                ("number", &number.to_string()),
                ("total", &guide().len().to_string()),
            ],
        );
        self.prompter.say("");
        self.say(&format!(
            "{title}\n{}\n{}",
            "=".repeat(title.chars().count()),
            section.explanation_in(self.lang)
        ));
    }

    /// Shows what the section holds and offers a change. False when the person wants to go
    /// back into the section.
    fn section_summary(&mut self, section: &SectionGuide) -> Go<bool> {
        loop {
            self.prompter.say("");
            let text = wrap_export::render_text_in(&self.plan, Some(section.key), self.lang);
            let holds = self.f(
                "interview-holds-now",
                &[("section", &section.heading_in(self.lang))],
            );
            let summary = format!("{holds}\n\n{}\n", text.trim_end());
            if !self.prompter.show_long(&summary) {
                return Err(Halt::Interrupt);
            }
            let last = section.key == SectionKey::PostCrisis;
            let options = [
                self.t(if last {
                    "interview-right-finish"
                } else {
                    "interview-right-next"
                }),
                self.t("interview-change-here"),
                self.t("interview-save-stop"),
            ];
            let question = self.t("interview-is-this-right");
            match self.choose(&question, &options)? {
                Choice::Option(0) | Choice::Skip => return Ok(true),
                Choice::Option(1) => self.edit_section(section)?,
                Choice::Option(_) => return Err(Halt::Stop),
                Choice::Back => return Ok(false),
            }
        }
    }

    fn closing(&mut self) {
        let file = self.path.display().to_string();
        let quoted = super::shell_word(&self.path);
        self.prompter.say("");
        self.say(&self.f("interview-end", &[("file", &file)]));
        let findings = wrap_core::completeness_in(&self.plan, self.today, self.lang);
        let second: Vec<_> = findings
            .iter()
            .filter(|finding| finding.kind == FindingKind::SecondLook)
            .collect();
        let empty = findings.len() - second.len();
        if !second.is_empty() {
            self.say(&self.t("interview-second-look"));
            for finding in second {
                self.say(&format!("  - {}", finding.message));
            }
        }
        if empty > 0 {
            self.say(&self.n("interview-still-empty", empty, &[("plan", &quoted)]));
        }
        if findings.is_empty() {
            self.say(&self.t("interview-all-filled"));
        }
        self.say(&self.f("interview-next-steps", &[("plan", &quoted)]));
    }

    /// Asks one part of the guide.
    fn ask_part(&mut self, part: &PartGuide) -> Go<Outcome> {
        self.prompter.say("");
        self.say(&format!(
            "{}\n{}",
            part.question_in(self.lang),
            part.explanation_in(self.lang)
        ));
        let at = part.key.path();
        match part.key.shaped() {
            ShapedKey::Text(key) => {
                let current = self.plan.text(key).to_owned();
                let ask = Ask {
                    lines: Lines::Many,
                    ..Ask::line("", HINT_TEXT, &current)
                };
                match self.ask(&at, ask)? {
                    Typed::Text(text) => {
                        *self.plan.text_mut(key) = text;
                        Ok(Outcome::Answered)
                    }
                    Typed::Empty if !current.trim().is_empty() => Ok(Outcome::Answered),
                    Typed::Empty | Typed::Skip => Ok(Outcome::Skipped),
                    Typed::Back => Ok(Outcome::Back),
                }
            }
            ShapedKey::Date(key) => {
                let current = self.plan.date(key);
                let initial = match current {
                    Some(date) => date.to_string(),
                    None if matches!(key, DatePart::AboutCreatedOn | DatePart::CrisisCreatedOn) => {
                        self.today.to_string()
                    }
                    None => String::new(),
                };
                match self.ask_date(&at, HINT_DATE, &initial)? {
                    Ok(date) => {
                        *self.plan.date_mut(key) = Some(date);
                        Ok(Outcome::Answered)
                    }
                    Err(Typed::Empty) if current.is_some() => Ok(Outcome::Answered),
                    Err(Typed::Back) => Ok(Outcome::Back),
                    Err(_) => Ok(Outcome::Skipped),
                }
            }
            ShapedKey::List(key) => {
                let written = self.plan.list(key).to_vec();
                if !written.is_empty() {
                    self.say(&self.t("interview-written-so-far"));
                    for (n, entry) in written.iter().enumerate() {
                        self.say(&numbered(n + 1, entry));
                    }
                }
                self.add_list_entries(key)
            }
            ShapedKey::Records(key) => {
                if !self.plan.records(key).is_empty() {
                    self.say(&self.t("interview-written-so-far"));
                    self.show_records(key);
                }
                self.add_records(key)
            }
        }
    }

    /// Adds list entries, one per box, saving after each, until an empty one. `/back` goes
    /// to the entry before (its text in the box, to keep or change), and from the first
    /// entry to the question before.
    pub(super) fn add_list_entries(&mut self, key: ListPart) -> Go<Outcome> {
        // The entry being written, counted from 0; below the list's length it is one
        // already written, gone back to.
        let mut at = self.plan.list(key).len();
        loop {
            let count = self.plan.list(key).len();
            let current = self.plan.list(key).get(at).cloned().unwrap_or_default();
            let question = format!("{}.", at + 1);
            let place = entry_place(key, at + 1);
            match self.ask(&place, Ask::line(&question, HINT_LIST, &current))? {
                Typed::Text(text) => {
                    let entries = if text.contains('\n') {
                        match self.split_lines(&text)? {
                            Some(entries) => entries,
                            // Back from the question: the text goes back in the box.
                            None => {
                                self.plan.progress.set_draft(&place, &text);
                                continue;
                            }
                        }
                    } else {
                        vec![text]
                    };
                    let list = self.plan.list_mut(key);
                    let added = entries.len();
                    if at < list.len() {
                        list.splice(at..=at, entries);
                    } else {
                        list.extend(entries);
                    }
                    self.save()?;
                    at += added;
                }
                Typed::Empty if at < count => {
                    self.say(&self.t("interview-nothing-changed-use-edit"));
                    at += 1;
                }
                Typed::Empty | Typed::Skip => {
                    return Ok(if count > 0 {
                        Outcome::Answered
                    } else {
                        Outcome::Skipped
                    });
                }
                Typed::Back if at > 0 => at -= 1,
                Typed::Back => return Ok(Outcome::Back),
            }
        }
    }

    /// A text of several lines given for one entry (a paste): asks whether each line is an
    /// entry of its own. `None` when the person went back.
    fn split_lines(&mut self, text: &str) -> Go<Option<Vec<String>>> {
        let lines: Vec<String> = text
            .split('\n')
            .filter(|line| !line.trim().is_empty())
            .map(str::to_owned)
            .collect();
        if lines.len() < 2 {
            return Ok(Some(vec![text.to_owned()]));
        }
        let question = self.n("interview-lines-each-entry", lines.len(), &[]);
        Ok(match self.confirm(&question, true)? {
            YesNo::Yes => Some(lines),
            YesNo::No => Some(vec![text.to_owned()]),
            YesNo::Back => None,
        })
    }

    /// Lists the records of a part, one line per field.
    pub(super) fn show_records(&mut self, key: RecordsPart) {
        let lang = self.lang;
        let kind = key.kind();
        let lines: Vec<String> = {
            self.plan
                .records(key)
                .into_iter()
                .enumerate()
                .flat_map(|(i, record)| {
                    record
                        .fields()
                        .into_iter()
                        .filter(|(_, value)| !value.is_empty())
                        .map(move |(field, value)| {
                            let value = wrap_core::field_value_in(field, &value, lang).into_owned();
                            (kind.label_in(field, lang), value)
                        })
                        .enumerate()
                        .map(move |(n, (label, value))| {
                            let number = if n == 0 {
                                format!("  {}.", i + 1)
                            } else {
                                "    ".to_owned()
                            };
                            let value = value.replace('\n', "\n      ");
                            format!("{number} {label}: {value}")
                        })
                        .collect::<Vec<_>>()
                })
                .collect()
        };
        for line in lines {
            self.say(&line);
        }
    }

    /// Adds records field by field, one after another, until a record's first field is left
    /// empty: the same rhythm as every other list. `/back` from a record's first field goes
    /// to the record before (its last field), and from the first record to the question
    /// before.
    pub(super) fn add_records(&mut self, key: RecordsPart) -> Go<Outcome> {
        let mut at = self.plan.records(key).len();
        let mut from_field = 0;
        loop {
            match self.add_record(key, at, from_field)? {
                RecordEnd::Added => {
                    at += 1;
                    from_field = 0;
                }
                RecordEnd::Done | RecordEnd::Skip => {
                    return Ok(if self.plan.records(key).is_empty() {
                        Outcome::Skipped
                    } else {
                        Outcome::Answered
                    });
                }
                RecordEnd::Back if at > 0 => {
                    at -= 1;
                    from_field = key.kind().fields().len() - 1;
                }
                RecordEnd::Back => return Ok(Outcome::Back),
            }
        }
    }

    /// Asks a record's fields, from field `from`: record `at` when it is written already,
    /// else a new one, which joins the plan (and is saved) with its first field.
    fn add_record(&mut self, key: RecordsPart, at: usize, from: usize) -> Go<RecordEnd> {
        let fields = key.kind().fields();
        let mut index = (at < self.plan.records(key).len()).then_some(at);
        if from == 0 {
            let heading = PartKey::from(key).guide().heading_in(self.lang);
            let number = (at + 1).to_string();
            let shown = self.f(
                "interview-entry-heading",
                &[("part", &heading), ("number", &number)],
            );
            self.say(&shown);
        }
        let mut f = from;
        while let Some(field) = fields.get(f) {
            let initial = match index {
                Some(i) => self
                    .plan
                    .records_mut(key)
                    .get(i)
                    .and_then(|record| record.text(field.key).map(|v| v.into_owned()))
                    .map(|value| wrap_core::field_value_in(field, &value, self.lang).into_owned())
                    .unwrap_or_default(),
                None => String::new(),
            };
            let hint = if f == 0 { HINT_LIST } else { HINT_FIELD };
            let place = format!("{}.{}", entry_place(key, at + 1), field.key);
            let question = key.kind().question_in(field, self.lang);
            match self.ask(&place, Ask::line(&question, hint, &initial))? {
                Typed::Text(text) => {
                    let text = if field.shape == FieldShape::YesNo {
                        match wrap_core::parse_yes_no_in(&text, self.lang) {
                            Ok(answer) => english_yes_no(answer, text),
                            Err(_) => {
                                if let Some((halt, _)) = self.stopping.take() {
                                    self.plan.progress.set_draft(&place, &text);
                                    return Err(halt);
                                }
                                self.say(&self.t("interview-answer-yes-or-no"));
                                continue;
                            }
                        }
                    } else {
                        text
                    };
                    let list = self.plan.records_mut(key);
                    let i = match index {
                        Some(i) => i,
                        None => {
                            list.push_new();
                            list.len() - 1
                        }
                    };
                    index = Some(i);
                    if let Some(record) = list.get_mut(i) {
                        // The shape was checked above, so this cannot fail.
                        let _ = record.set_text(field.key, &text);
                    }
                    self.save()?;
                    f += 1;
                }
                Typed::Empty if f == 0 => match index {
                    None => return Ok(RecordEnd::Done),
                    Some(_) => {
                        self.say(&self.f("interview-needs-answer-stays", &[("answer", &initial)]));
                        f += 1;
                    }
                },
                Typed::Empty => {
                    if let Some(i) = index {
                        if let Some(record) = self.plan.records_mut(key).get_mut(i) {
                            let _ = record.set_text(field.key, "");
                        }
                        self.save()?;
                    }
                    f += 1;
                }
                Typed::Skip => return Ok(RecordEnd::Skip),
                Typed::Back if f == 0 => return Ok(RecordEnd::Back),
                Typed::Back => f -= 1,
            }
        }
        Ok(RecordEnd::Added)
    }
}

/// A yes-or-no answer read in any language, as the plan's records take it ("yes", "no");
/// nothing typed stays as it was.
pub(super) fn english_yes_no(answer: Option<bool>, typed: String) -> String {
    match answer {
        Some(true) => "yes".to_owned(),
        Some(false) => "no".to_owned(),
        None => typed,
    }
}

/// A numbered entry, its later lines indented under its first.
pub(super) fn numbered(number: usize, entry: &str) -> String {
    let lead = format!("  {number}. ");
    let pad = " ".repeat(lead.len());
    format!("{lead}{}", entry.replace('\n', &format!("\n{pad}")))
}
