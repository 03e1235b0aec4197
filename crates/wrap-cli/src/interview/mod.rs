//! The guided interview: `wrap new` walks the guide, `wrap edit` changes any part, `wrap
//! review` records a review. Every question comes from wrap-core's guide; this module only
//! decides the order, reads the typed commands and saves after every answer.
//!
//! Everything here talks through a [`Prompter`], so the same code runs at a terminal and,
//! in tests, from a script.

use std::path::{Path, PathBuf};

use wrap_core::{Date, Language, Mark, PartGuide, Plan, SectionGuide};

use crate::error::CliError;
use crate::files::save_plan;
use crate::prompt::{Ask, End, Picked, Prompter};

mod edit;
mod review;
mod walk;

#[cfg(test)]
mod tests;

pub use edit::edit_plan;
pub use review::review_plan;
pub use walk::new_plan;

// The hints under the boxes, by their message ids in the catalogues (`interview.ftl`).

/// The hint under a free text, which may have several lines.
const HINT_TEXT: &str = "interview-hint-text";
/// The hint under a date.
const HINT_DATE: &str = "interview-hint-date";
/// The hint under a list entry, and under the first field of a record: every list ends the
/// same way.
const HINT_LIST: &str = "interview-hint-list";
/// The hint under a record's other fields.
const HINT_FIELD: &str = "interview-hint-field";
/// The hint when changing an answer that is already written.
const HINT_EDIT: &str = "interview-hint-edit";
/// The hint under a yes-or-no question.
const HINT_YES_NO: &str = "interview-hint-yes-no";
/// The hint under a language tag.
const HINT_LANGUAGE_TAG: &str = "interview-hint-language-tag";

/// The language the interview speaks: the one asked for (`--lang`), else the plan's own
/// when `wrap` has a catalogue for it, else the locale's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Voice {
    /// The language asked for on the command line, if any: it holds for the whole sitting.
    pub asked: Option<Language>,
    /// The locale's language (British English when the locale names none `wrap` has).
    pub locale: Language,
}

impl Voice {
    /// The language to speak about `plan`.
    pub fn for_plan(self, plan: &Plan) -> Language {
        self.asked
            .or_else(|| {
                plan.language
                    .as_ref()
                    .and_then(|tag| Language::for_tag(tag.as_str()))
            })
            .unwrap_or(self.locale)
    }
}

/// Why the interview stopped before its end.
#[derive(Debug)]
pub(crate) enum Halt {
    /// The person typed `/stop` or chose to stop: everything is saved.
    Stop,
    /// The person pressed Ctrl-C: everything is saved.
    Interrupt,
    /// A save failed.
    Failed(CliError),
}

impl From<CliError> for Halt {
    fn from(error: CliError) -> Halt {
        Halt::Failed(error)
    }
}

/// The result of a step of the interview.
pub(crate) type Go<T> = Result<T, Halt>;

/// What the person typed, once the commands are read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Typed {
    /// An answer, exactly as typed.
    Text(String),
    /// Nothing (or only spaces).
    Empty,
    /// `/skip`.
    Skip,
    /// `/back` or Esc.
    Back,
}

/// How a part of the walk ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Something is written there.
    Answered,
    /// Left for later.
    Skipped,
    /// The person wants the previous question.
    Back,
}

/// A typed line read as a command or an answer.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Command {
    Answer(String),
    Empty,
    Skip,
    Back,
    Stop,
    Help,
    Unknown(String),
}

fn command_word(word: &str) -> Option<Command> {
    Some(match word.to_lowercase().as_str() {
        "/skip" | "/s" => Command::Skip,
        "/back" | "/b" => Command::Back,
        "/stop" | "/quit" | "/q" => Command::Stop,
        "/help" | "/h" | "/?" => Command::Help,
        _ => return None,
    })
}

/// Reads one typed line: `/skip`, `/back`, `/stop` and `/help` are commands (in any case);
/// a line starting with `//` is an answer starting with `/`; anything else is kept exactly as
/// typed.
fn read_command(typed: &str) -> Command {
    let trimmed = typed.trim();
    if trimmed.is_empty() {
        return Command::Empty;
    }
    if trimmed.starts_with("//") {
        let at = typed.find('/').unwrap_or(0);
        let mut text = typed.to_owned();
        text.remove(at);
        return Command::Answer(text);
    }
    if !trimmed.starts_with('/') {
        return Command::Answer(typed.to_owned());
    }
    command_word(trimmed).unwrap_or_else(|| Command::Unknown(trimmed.to_owned()))
}

/// Reads a box's text: a command typed after some text, after a space (`Kayak /back`) or
/// straight after the text that was already in the box (`2026-11-23/skip`), counts as that
/// command, and the text before it is given back to keep as a draft.
///
/// The text already in the box is never read as a command, even when it starts with `/`
/// (an answer written as `//tea`): only what was typed after it can be.
fn read_command_after(typed: &str, initial: &str) -> (Command, String) {
    if !initial.is_empty()
        && let Some(rest) = typed.strip_prefix(initial)
    {
        return match command_word(rest.trim()) {
            Some(command) => (command, initial.to_owned()),
            None => (Command::Answer(typed.to_owned()), String::new()),
        };
    }
    let trimmed = typed.trim_end();
    let split = trimmed
        .rfind(char::is_whitespace)
        .map(|i| i + trimmed[i..].chars().next().map_or(1, char::len_utf8))
        .or_else(|| {
            (!initial.is_empty() && trimmed.starts_with(initial) && trimmed.len() > initial.len())
                .then_some(initial.len())
        });
    if let Some(at) = split
        && at > 0
        && let Some(command) = command_word(&trimmed[at..])
    {
        return (command, trimmed[..at].trim_end().to_owned());
    }
    (read_command(typed), String::new())
}

/// Shortens an entry for a menu: its first line, at most `max` characters.
fn brief(text: &str, max: usize) -> String {
    let line = text.lines().next().unwrap_or_default();
    let shown = wrap_core::clean_for_display(line);
    if shown.chars().count() > max || text.lines().nth(1).is_some() {
        let cut: String = shown.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    } else {
        shown.into_owned()
    }
}

/// Quotes a path for a command the person may copy.
fn shell_word(path: &Path) -> String {
    let text = path.display().to_string();
    if !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || "-_./+,@%:".contains(c))
    {
        text
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// "1 entry", "3 entries", in `language`.
fn entries(count: usize, language: Language) -> String {
    language.count("entries", count as u64)
}

/// What a yes-or-no question got.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum YesNo {
    Yes,
    No,
    /// `/back` or Esc.
    Back,
}

/// What a menu got.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Choice {
    /// The option at this index.
    Option(usize),
    /// `/skip`.
    Skip,
    /// `/back` or Esc.
    Back,
}

/// One sitting: the plan being written, where it is saved, and the prompter.
pub(crate) struct Session<'a> {
    prompter: &'a mut dyn Prompter,
    plan: Plan,
    path: PathBuf,
    today: Date,
    /// The subcommand that carries on after a stop (`new`, `edit`), if any.
    again: Option<&'static str>,
    /// Ctrl-C or `/stop` with text in the box: the text is taken as the answer, and the
    /// sitting stops as soon as it is saved. The place it was typed at is kept, to drop the
    /// draft kept there once the answer is saved.
    stopping: Option<(Halt, String)>,
    /// The mark every save puts on the plan's latest version (a review's), if any.
    mark: Option<Mark>,
    /// How the language spoken is chosen.
    voice: Voice,
    /// The language spoken now.
    lang: Language,
}

impl<'a> Session<'a> {
    fn new(
        prompter: &'a mut dyn Prompter,
        plan: Plan,
        path: &Path,
        today: Date,
        again: Option<&'static str>,
        voice: Voice,
    ) -> Session<'a> {
        let lang = voice.for_plan(&plan);
        prompter.set_language(lang);
        Session {
            prompter,
            plan,
            path: path.to_path_buf(),
            today,
            again,
            stopping: None,
            mark: None,
            voice,
            lang,
        }
    }

    /// Speaks the plan's language from now on, when wrap has it and no language was asked
    /// for on the command line.
    fn follow_plan_language(&mut self) {
        self.lang = self.voice.for_plan(&self.plan);
        self.prompter.set_language(self.lang);
    }

    /// A message of the interview's, in the language spoken.
    fn t(&self, id: &str) -> String {
        self.lang.text(id)
    }

    /// A message of the interview's with its values put in, in the language spoken.
    fn f(&self, id: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<_> = args
            .iter()
            .map(|&(name, value)| (name, value.into()))
            .collect();
        self.lang.format(id, &args)
    }

    /// A message of the interview's for a count, in the language spoken.
    fn n(&self, id: &str, count: usize, args: &[(&str, &str)]) -> String {
        let mut values: Vec<_> = vec![("count", (count as u64).into())];
        values.extend(args.iter().map(|&(name, value)| (name, value.into())));
        self.lang.format(id, &values)
    }

    /// Saves the plan now. When the person asked to stop with an answer in the box, the
    /// answer has now been saved, and the sitting stops here.
    ///
    /// A save that fails (a full disk, a folder gone) keeps everything typed in memory,
    /// says why, and offers to try again; only the person decides to stop.
    fn save(&mut self) -> Go<()> {
        if let Some((_, at)) = &self.stopping {
            let at = at.clone();
            self.plan.progress.set_draft(&at, "");
        }
        if let Err(error) = self.plan.record_version(self.today, self.mark) {
            return Err(Halt::Failed(CliError::history(&self.path, &error)));
        }
        while let Err(error) = save_plan(&self.path, &self.plan) {
            let mut why = error.message.clone();
            if let Some(hint) = &error.hint {
                why.push_str(&format!("\n{hint}"));
            }
            let nothing_lost = self.t("interview-save-failed-nothing-lost");
            self.say(&format!("{why}\n{nothing_lost}"));
            let options = [
                self.t("interview-save-try-again"),
                self.t("interview-save-stop-without"),
            ];
            let question = self.t("interview-save-failed");
            match self.prompter.choose(&question, &options) {
                Picked::Option(0) => {}
                _ => return Err(Halt::Failed(error)),
            }
        }
        match self.stopping.take() {
            Some((halt, _)) => Err(halt),
            None => Ok(()),
        }
    }

    /// Shows text, wrapped to the terminal's width.
    fn say(&mut self, text: &str) {
        let width = self.prompter.width();
        self.prompter.say(&crate::screen::wrap(text, width));
    }

    /// The command that carries on with this plan.
    fn carry_on(&self) -> String {
        format!(
            "wrap {} {}",
            self.again.unwrap_or("new"),
            shell_word(&self.path)
        )
    }

    /// "To carry on another time: ...", where there is a way to carry on.
    fn carry_on_line(&self) -> String {
        match self.again {
            Some(_) => format!(
                "\n{}",
                self.f("interview-carry-on", &[("command", &self.carry_on())])
            ),
            None => String::new(),
        }
    }

    /// Explains the typed commands.
    fn help(&mut self) {
        let carry_on = self.carry_on();
        let help = [
            format!("  /skip   {}", self.t("interview-help-skip")),
            format!("  /back   {}", self.t("interview-help-back")),
            format!(
                "  /stop   {}",
                self.f("interview-help-stop", &[("command", &carry_on)])
            ),
            format!("  /help   {}", self.t("interview-help-help")),
            self.t("interview-help-slash"),
        ];
        self.say(&help.join("\n"));
    }

    /// Asks in a box at place `at` (a guide path, for drafts) and reads the commands in it.
    ///
    /// Nothing typed is lost: text left with Esc, `/back` or `/skip` is kept as a draft and
    /// offered in the box the next time it is asked; text left with Ctrl-C or `/stop` comes
    /// back as the answer, and the sitting stops once it is saved (see [`Session::save`]).
    /// An unknown command is explained and asked again with the typed text kept.
    fn ask(&mut self, at: &str, ask: Ask) -> Go<Typed> {
        if let Some((halt, _)) = self.stopping.take() {
            // Stopping, and the last answer could not be taken: it stays a draft.
            return Err(halt);
        }
        let mut initial = ask.initial.to_owned();
        let mut replace = ask.replace;
        if !at.is_empty()
            && let Some(draft) = self.plan.progress.draft(at)
            && draft != initial
        {
            initial = draft.to_owned();
            replace = false;
            self.say(&self.t("interview-draft-back"));
        }
        let hint = self.t(ask.hint);
        loop {
            let reply = self.prompter.ask(&Ask {
                initial: &initial,
                replace,
                hint: &hint,
                ..ask
            });
            let (command, before) = read_command_after(&reply.text, &initial);
            let keep = |session: &mut Session, text: &str| {
                if !at.is_empty() && text.trim() != ask.initial.trim() {
                    session.plan.progress.set_draft(at, text);
                }
            };
            match reply.end {
                End::Escape => {
                    let draft = match command {
                        Command::Answer(_) | Command::Unknown(_) => reply.text.clone(),
                        _ => before,
                    };
                    keep(self, &draft);
                    return Ok(Typed::Back);
                }
                End::Interrupt => {
                    return match command {
                        Command::Answer(text) if !at.is_empty() => {
                            keep(self, &text);
                            self.stopping = Some((Halt::Interrupt, at.to_owned()));
                            Ok(Typed::Text(text))
                        }
                        Command::Unknown(_) | Command::Answer(_) => {
                            keep(self, &reply.text);
                            Err(Halt::Interrupt)
                        }
                        _ => {
                            keep(self, &before);
                            Err(Halt::Interrupt)
                        }
                    };
                }
                End::Enter => {}
            }
            match command {
                Command::Answer(text) => {
                    if !at.is_empty() {
                        self.plan.progress.set_draft(at, "");
                    }
                    return Ok(Typed::Text(text));
                }
                Command::Empty => {
                    if !at.is_empty() {
                        self.plan.progress.set_draft(at, "");
                    }
                    return Ok(Typed::Empty);
                }
                Command::Skip => {
                    keep(self, &before);
                    return Ok(Typed::Skip);
                }
                Command::Back => {
                    keep(self, &before);
                    return Ok(Typed::Back);
                }
                Command::Stop if !before.is_empty() && !at.is_empty() => {
                    keep(self, &before);
                    self.stopping = Some((Halt::Stop, at.to_owned()));
                    return Ok(Typed::Text(before));
                }
                Command::Stop => return Err(Halt::Stop),
                Command::Help => {
                    self.help();
                    initial = before;
                }
                Command::Unknown(word) => {
                    self.say(&self.f("interview-unknown-command", &[("word", &word)]));
                    initial = reply.text;
                }
            }
            replace = false;
        }
    }

    /// Asks a yes-or-no question; Enter alone gives `default`.
    fn confirm(&mut self, question: &str, default: bool) -> Go<YesNo> {
        let keys = self.t(if default {
            "interview-default-yes"
        } else {
            "interview-default-no"
        });
        let shown = format!("{question} ({keys})");
        loop {
            match self.ask("", Ask::line(&shown, HINT_YES_NO, ""))? {
                Typed::Text(text) => match wrap_core::parse_yes_no_in(&text, self.lang) {
                    Ok(Some(true)) => return Ok(YesNo::Yes),
                    Ok(Some(false)) => return Ok(YesNo::No),
                    _ => self.say(&self.t("interview-answer-y-or-n")),
                },
                Typed::Empty | Typed::Skip => {
                    return Ok(if default { YesNo::Yes } else { YesNo::No });
                }
                Typed::Back => return Ok(YesNo::Back),
            }
        }
    }

    /// Offers a menu. Besides picking, the commands work there too: `/back` (and Esc),
    /// `/skip`, `/stop`, `/help`, and Ctrl-C.
    fn choose(&mut self, question: &str, options: &[String]) -> Go<Choice> {
        if let Some((halt, _)) = self.stopping.take() {
            return Err(halt);
        }
        loop {
            match self.prompter.choose(question, options) {
                Picked::Option(index) if index < options.len() => return Ok(Choice::Option(index)),
                Picked::Option(_) | Picked::Escape => return Ok(Choice::Back),
                Picked::Interrupt => return Err(Halt::Interrupt),
                Picked::Typed(text) => match read_command(&text) {
                    Command::Back => return Ok(Choice::Back),
                    Command::Skip => return Ok(Choice::Skip),
                    Command::Stop => return Err(Halt::Stop),
                    Command::Help => self.help(),
                    _ => self.say(&self.f("interview-pick-an-option", &[("typed", text.trim())])),
                },
            }
        }
    }

    /// Asks for a date until it is one, or nothing, and says back the date understood.
    /// After a date that could not be read the box holds what was typed, to correct.
    fn ask_date(&mut self, at: &str, hint: &str, initial: &str) -> Go<Result<Date, Typed>> {
        let order = crate::dates::DayOrder::from_locale();
        let mut typed_before: Option<String> = None;
        loop {
            let offered = typed_before.as_deref().unwrap_or(initial);
            let ask = Ask {
                replace: typed_before.is_none(),
                ..Ask::line("", hint, offered)
            };
            match self.ask(at, ask)? {
                Typed::Text(text) => match crate::dates::understand(&text, self.today, order) {
                    Ok(date) => {
                        if text.trim() != date.to_string() {
                            let spoken = crate::dates::spoken(date, self.lang);
                            let said = self.f(
                                "interview-date-said-back",
                                &[("spoken", &spoken), ("date", &date.to_string())],
                            );
                            self.say(&said);
                        }
                        return Ok(Ok(date));
                    }
                    Err(error) => {
                        if let Some((halt, _)) = self.stopping.take() {
                            self.plan.progress.set_draft(at, &text);
                            return Err(halt);
                        }
                        let error = error.message_in(&text, self.lang);
                        self.say(&self.f("interview-date-or-skip", &[("error", &error)]));
                        typed_before = Some(text);
                    }
                },
                other => return Ok(Err(other)),
            }
        }
    }

    /// Records in the progress whether the part now holds an answer.
    fn mark(&mut self, section: &SectionGuide, part: &PartGuide, outcome: Outcome) {
        let path = section.path(part);
        match outcome {
            Outcome::Answered => self.plan.progress.mark_answered(&path),
            Outcome::Skipped => self.plan.progress.mark_skipped(&path),
            Outcome::Back => {}
        }
    }

    /// Turns the way a sitting ended into the command's result, saying where the plan is.
    fn finish(mut self, result: Go<()>) -> Result<(), CliError> {
        self.stopping = None;
        let file = self.path.display().to_string();
        let carry_on = self.carry_on_line();
        let drafts = if self.plan.progress.drafts.is_empty() {
            String::new()
        } else {
            format!(" {}", self.t("interview-drafts-kept"))
        };
        let lang = self.lang;
        let into_error = |halt| into_error(halt, lang);
        match result {
            Ok(()) => Ok(()),
            Err(Halt::Stop) => {
                self.save().map_err(into_error)?;
                let saved = self.f("interview-saved-in", &[("file", &file)]);
                self.prompter.say(&format!("\n{saved}{drafts}{carry_on}"));
                Ok(())
            }
            Err(Halt::Interrupt) => {
                self.save().map_err(into_error)?;
                let stopped = self.f("interview-stopped", &[("file", &file)]);
                Err(CliError::interrupted(format!(
                    "\n{stopped}{drafts}{carry_on}"
                )))
            }
            Err(Halt::Failed(error)) => Err(error),
        }
    }
}

fn into_error(halt: Halt, lang: Language) -> CliError {
    match halt {
        Halt::Failed(error) => error,
        Halt::Stop | Halt::Interrupt => {
            CliError::failure(lang.text("interview-stopped-while-saving"))
        }
    }
}
