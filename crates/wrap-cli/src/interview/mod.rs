//! The guided interview: `wrap new` walks the guide, `wrap edit` changes any part, `wrap
//! review` records a review. Every question comes from wrap-core's guide; this module only
//! decides the order, reads the typed commands and saves after every answer.
//!
//! Everything here talks through a [`Prompter`], so the same code runs at a terminal and,
//! in tests, from a script.

use std::path::{Path, PathBuf};

use wrap_core::{Date, PartGuide, Plan, SectionGuide};

use crate::error::CliError;
use crate::files::save_plan;
use crate::prompt::{Answer, Prompter};

mod edit;
mod review;
mod walk;

#[cfg(test)]
mod tests;

pub use edit::edit_plan;
pub use review::review_plan;
pub use walk::new_plan;

/// The widest line the interview writes, so that it reads well in an 80-column terminal.
const WIDTH: usize = 78;

/// The hint under a list entry.
const HINT_LIST: &str = "Enter on an empty line when done  /skip  /back  /stop  /help";
/// The hint under a single answer.
const HINT_TEXT: &str = "Enter to go on  /skip  /back  /stop  /help";
/// The hint under a record's first field.
const HINT_FIRST_FIELD: &str = "Enter on an empty line when done  /skip  /back  /stop  /help";
/// The hint under a record's other fields.
const HINT_FIELD: &str = "Enter alone to leave it out  /skip  /back  /stop  /help";
/// The hint when changing an answer that is already written.
const HINT_EDIT: &str = "Enter to keep what is shown  /back  /stop  /help";

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
    match trimmed.to_lowercase().as_str() {
        "/skip" | "/s" => Command::Skip,
        "/back" | "/b" => Command::Back,
        "/stop" | "/quit" | "/q" => Command::Stop,
        "/help" | "/h" | "/?" => Command::Help,
        _ => Command::Unknown(trimmed.to_owned()),
    }
}

/// Reads a line typed into a box that held `initial`: a command typed straight after the
/// text already there (`2026-11-23/skip`) counts as that command.
fn read_command_after(typed: &str, initial: &str) -> Command {
    if !initial.is_empty()
        && let Some(rest) = typed.strip_prefix(initial)
    {
        let command = read_command(rest);
        if matches!(
            command,
            Command::Skip | Command::Back | Command::Stop | Command::Help
        ) {
            return command;
        }
    }
    read_command(typed)
}

/// Wraps text at word boundaries to [`WIDTH`] columns, keeping its own line breaks.
fn wrap(text: &str) -> String {
    let mut out = String::new();
    for (n, line) in text.lines().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let indent: String = line.chars().take_while(|c| *c == ' ').collect();
        let mut width = 0;
        for (i, word) in line.split_whitespace().enumerate() {
            let len = word.chars().count();
            if i == 0 {
                out.push_str(&indent);
                width = indent.len() + len;
            } else if width + 1 + len > WIDTH {
                out.push('\n');
                out.push_str(&indent);
                width = indent.len() + len;
            } else {
                out.push(' ');
                width += 1 + len;
            }
            out.push_str(word);
        }
    }
    out
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

/// "1 entry", "3 entries".
fn entries(count: usize) -> String {
    if count == 1 {
        "1 entry".to_owned()
    } else {
        format!("{count} entries")
    }
}

/// One sitting: the plan being written, where it is saved, and the prompter.
pub(crate) struct Session<'a> {
    prompter: &'a mut dyn Prompter,
    plan: Plan,
    path: PathBuf,
    today: Date,
    /// The subcommand that carries on after a stop (`new`, `edit`), if any.
    again: Option<&'static str>,
}

impl<'a> Session<'a> {
    fn new(
        prompter: &'a mut dyn Prompter,
        plan: Plan,
        path: &Path,
        today: Date,
        again: Option<&'static str>,
    ) -> Session<'a> {
        Session {
            prompter,
            plan,
            path: path.to_path_buf(),
            today,
            again,
        }
    }

    /// Saves the plan now.
    fn save(&mut self) -> Go<()> {
        save_plan(&self.path, &self.plan)?;
        Ok(())
    }

    /// Shows text, wrapped to the terminal's width.
    fn say(&mut self, text: &str) {
        self.prompter.say(&wrap(text));
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
            Some(_) => format!("\nTo carry on another time: {}", self.carry_on()),
            None => String::new(),
        }
    }

    /// Explains the typed commands.
    fn help(&mut self) {
        let carry_on = self.carry_on();
        self.prompter.say(&format!(
            "  /skip   leave this question for later\n  \
             /back   go back to the previous question (Esc does too)\n  \
             /stop   save and stop; carry on later with: {carry_on}\n  \
             /help   show this again\n\
             To write an answer that starts with /, start it with // instead.\n\
             Ctrl-C also saves and stops."
        ));
    }

    /// Asks for a line and reads the commands in it. `/stop` ends the interview; an unknown
    /// command is explained and asked again with the typed text kept.
    fn ask(&mut self, question: &str, hint: &str, initial: &str) -> Go<Typed> {
        let mut initial = initial.to_owned();
        loop {
            let typed = match self.prompter.ask_text(question, hint, &initial) {
                Answer::Given(typed) => typed,
                Answer::Escape => return Ok(Typed::Back),
                Answer::Interrupt => return Err(Halt::Interrupt),
            };
            match read_command_after(&typed, &initial) {
                Command::Answer(text) => return Ok(Typed::Text(text)),
                Command::Empty => return Ok(Typed::Empty),
                Command::Skip => return Ok(Typed::Skip),
                Command::Back => return Ok(Typed::Back),
                Command::Stop => return Err(Halt::Stop),
                Command::Help => self.help(),
                Command::Unknown(word) => {
                    self.say(&format!(
                        "{word} is not a command here. The commands are /skip, /back, /stop \
                         and /help. To write an answer that starts with /, start it with //."
                    ));
                    initial = typed;
                }
            }
        }
    }

    /// Asks a yes-or-no question; Esc counts as no.
    fn confirm(&mut self, question: &str, default: bool) -> Go<bool> {
        match self.prompter.confirm(question, default) {
            Answer::Given(yes) => Ok(yes),
            Answer::Escape => Ok(false),
            Answer::Interrupt => Err(Halt::Interrupt),
        }
    }

    /// Offers a menu; `None` when the person pressed Esc.
    fn choose(&mut self, question: &str, options: &[String]) -> Go<Option<usize>> {
        match self.prompter.choose(question, options) {
            Answer::Given(index) if index < options.len() => Ok(Some(index)),
            Answer::Given(_) | Answer::Escape => Ok(None),
            Answer::Interrupt => Err(Halt::Interrupt),
        }
    }

    /// Asks for a date until it is one, or nothing.
    /// After a wrong date the question comes back with `initial` again (today, where that is
    /// offered), not with the wrong text.
    fn ask_date(&mut self, question: &str, hint: &str, initial: &str) -> Go<Result<Date, Typed>> {
        loop {
            match self.ask(question, hint, initial)? {
                Typed::Text(text) => match text.trim().parse::<Date>() {
                    Ok(date) => return Ok(Ok(date)),
                    Err(error) => {
                        self.say(&format!(
                            "{error}. Please try again, or /skip to leave it for now."
                        ));
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
        let file = self.path.display().to_string();
        let carry_on = self.carry_on_line();
        match result {
            Ok(()) => Ok(()),
            Err(Halt::Stop) => {
                self.save().map_err(into_error)?;
                self.prompter.say(&format!("\nSaved in {file}.{carry_on}"));
                Ok(())
            }
            Err(Halt::Interrupt) => {
                self.save().map_err(into_error)?;
                Err(CliError::interrupted(format!(
                    "\nStopped. Everything typed so far is saved in {file}.{carry_on}"
                )))
            }
            Err(Halt::Failed(error)) => Err(error),
        }
    }
}

fn into_error(halt: Halt) -> CliError {
    match halt {
        Halt::Failed(error) => error,
        Halt::Stop | Halt::Interrupt => CliError::failure("stopped while saving"),
    }
}
