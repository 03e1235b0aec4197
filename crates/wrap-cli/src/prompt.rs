//! Asking questions at the terminal, behind a small trait so that the interview can be run
//! from a script in tests.
//!
//! [`Terminal`] asks through the `inquire` crate; `Scripted` (in tests) answers from a
//! list and keeps a transcript of everything shown.

use inquire::error::InquireError;
use inquire::ui::{RenderConfig, Styled};
use inquire::{Confirm, Select, Text};

use crate::output::clean;

/// What came back from a prompt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer<T> {
    /// The person answered.
    Given(T),
    /// The person pressed Esc: go back.
    Escape,
    /// The person pressed Ctrl-C (or the terminal went away): save and stop.
    Interrupt,
}

/// Everything the interview needs from a terminal.
pub trait Prompter {
    /// Shows text (a heading, an explanation, a summary). No answer is expected.
    fn say(&mut self, text: &str);

    /// Asks for one line of text. `hint` is shown under the prompt while it waits; `initial`
    /// is the text already in the input, which the person can change.
    fn ask_text(&mut self, question: &str, hint: &str, initial: &str) -> Answer<String>;

    /// Asks the person to pick one of `options`; gives back the index picked.
    fn choose(&mut self, question: &str, options: &[String]) -> Answer<usize>;

    /// Asks a yes-or-no question.
    fn confirm(&mut self, question: &str, default: bool) -> Answer<bool>;
}

/// The hint shown under menus and yes-or-no questions.
pub const MENU_HINT: &str = "arrows to move, Enter to pick, Esc to go back, Ctrl-C saves and stops";

/// The real terminal, through `inquire`. Colour follows `NO_COLOR`.
pub struct Terminal {
    config: RenderConfig<'static>,
}

impl Default for Terminal {
    fn default() -> Terminal {
        Terminal::new()
    }
}

impl Terminal {
    /// A prompter on the current terminal.
    pub fn new() -> Terminal {
        // The default configuration leaves colour out when NO_COLOR is set.
        let config = RenderConfig::default()
            .with_prompt_prefix(Styled::new(">"))
            .with_answered_prompt_prefix(Styled::new(" "))
            .with_canceled_prompt_indicator(Styled::new("(back)"));
        Terminal { config }
    }
}

fn answer<T>(result: Result<T, InquireError>) -> Answer<T> {
    match result {
        Ok(value) => Answer::Given(value),
        Err(InquireError::OperationCanceled) => Answer::Escape,
        // Ctrl-C, and a terminal that failed or went away: either way, save and stop.
        Err(_) => Answer::Interrupt,
    }
}

impl Prompter for Terminal {
    fn say(&mut self, text: &str) {
        let _ = crate::output::print(&format!("{text}\n"));
    }

    fn ask_text(&mut self, question: &str, hint: &str, initial: &str) -> Answer<String> {
        let question = clean(question);
        let mut prompt = Text::new(&question).with_render_config(self.config);
        let hint = clean(hint);
        if !hint.is_empty() {
            prompt = prompt.with_help_message(&hint);
        }
        // What is already written is shown cleaned; kept as it is, it stays as written.
        let shown = clean(initial);
        if !shown.is_empty() {
            prompt = prompt.with_initial_value(&shown);
        }
        match answer(prompt.prompt()) {
            Answer::Given(typed) if typed == shown => Answer::Given(initial.to_owned()),
            other => other,
        }
    }

    fn choose(&mut self, question: &str, options: &[String]) -> Answer<usize> {
        let options: Vec<String> = options.iter().map(|o| clean(o).into_owned()).collect();
        let question = clean(question);
        let prompt = Select::new(&question, options)
            .with_render_config(self.config)
            .with_help_message(MENU_HINT)
            .with_page_size(12)
            .without_filtering();
        answer(prompt.raw_prompt().map(|picked| picked.index))
    }

    fn confirm(&mut self, question: &str, default: bool) -> Answer<bool> {
        let question = clean(question);
        let prompt = Confirm::new(&question)
            .with_render_config(self.config)
            .with_default(default)
            .with_help_message("y or n, then Enter; Esc to go back, Ctrl-C saves and stops");
        answer(prompt.prompt())
    }
}

#[cfg(test)]
pub use scripted::{Reply, Scripted};

#[cfg(test)]
mod scripted {
    use std::collections::VecDeque;
    use std::fmt::Write;

    use super::{Answer, Prompter};

    /// One scripted answer.
    #[derive(Clone, Debug)]
    pub enum Reply {
        /// Clears the input, types this line and presses Enter.
        Type(&'static str),
        /// Presses Enter on what is already in the input.
        Enter,
        /// Picks the option that starts with this text.
        Pick(&'static str),
        /// Answers a yes-or-no question.
        Yes(bool),
        /// Presses Esc.
        Escape,
        /// Presses Ctrl-C.
        CtrlC,
    }

    /// A prompter that answers from a script and writes down what was asked.
    ///
    /// When the script runs out it presses Ctrl-C, so a test never waits forever.
    pub struct Scripted {
        script: VecDeque<Reply>,
        /// Everything shown and answered, as a person would have seen it.
        pub transcript: String,
    }

    impl Scripted {
        /// A prompter that gives these replies in order.
        pub fn new(script: impl IntoIterator<Item = Reply>) -> Scripted {
            Scripted {
                script: script.into_iter().collect(),
                transcript: String::new(),
            }
        }

        /// How many replies are left unused.
        pub fn unused(&self) -> usize {
            self.script.len()
        }

        fn next(&mut self) -> Reply {
            self.script.pop_front().unwrap_or(Reply::CtrlC)
        }
    }

    impl Prompter for Scripted {
        fn say(&mut self, text: &str) {
            let _ = writeln!(self.transcript, "{text}");
        }

        fn ask_text(&mut self, question: &str, hint: &str, initial: &str) -> Answer<String> {
            let _ = write!(self.transcript, "> {question} ");
            if !initial.is_empty() {
                let _ = write!(self.transcript, "[{initial}] ");
            }
            let reply = self.next();
            let answer = match reply {
                Reply::Type(text) => Answer::Given(text.to_owned()),
                Reply::Enter => Answer::Given(initial.to_owned()),
                Reply::Escape => Answer::Escape,
                Reply::CtrlC => Answer::Interrupt,
                other => panic!("asked for text ({question}) but the script has {other:?}"),
            };
            match &answer {
                Answer::Given(text) => {
                    let _ = writeln!(self.transcript, "{text}");
                }
                Answer::Escape => {
                    let _ = writeln!(self.transcript, "<Esc>");
                }
                Answer::Interrupt => {
                    let _ = writeln!(self.transcript, "<Ctrl-C>");
                }
            }
            if !hint.is_empty() {
                let _ = writeln!(self.transcript, "  [{hint}]");
            }
            answer
        }

        fn choose(&mut self, question: &str, options: &[String]) -> Answer<usize> {
            let _ = writeln!(self.transcript, "> {question}");
            for option in options {
                let _ = writeln!(self.transcript, "    {option}");
            }
            match self.next() {
                Reply::Pick(start) => {
                    let index = options
                        .iter()
                        .position(|option| option.starts_with(start))
                        .unwrap_or_else(|| panic!("no option starts with {start:?}: {options:?}"));
                    let _ = writeln!(self.transcript, "  picked: {}", options[index]);
                    Answer::Given(index)
                }
                Reply::Escape => {
                    let _ = writeln!(self.transcript, "  <Esc>");
                    Answer::Escape
                }
                Reply::CtrlC => {
                    let _ = writeln!(self.transcript, "  <Ctrl-C>");
                    Answer::Interrupt
                }
                other => panic!("asked to choose ({question}) but the script has {other:?}"),
            }
        }

        fn confirm(&mut self, question: &str, default: bool) -> Answer<bool> {
            let shown = if default { "Y/n" } else { "y/N" };
            let _ = write!(self.transcript, "> {question} ({shown}) ");
            let answer = match self.next() {
                Reply::Yes(yes) => Answer::Given(yes),
                Reply::Escape => Answer::Escape,
                Reply::CtrlC => Answer::Interrupt,
                other => panic!("asked to confirm ({question}) but the script has {other:?}"),
            };
            let _ = writeln!(
                self.transcript,
                "{}",
                match answer {
                    Answer::Given(true) => "yes",
                    Answer::Given(false) => "no",
                    Answer::Escape => "<Esc>",
                    Answer::Interrupt => "<Ctrl-C>",
                }
            );
            answer
        }
    }
}
