//! Asking questions at the terminal, behind a small trait so that the interview can be run
//! from a script in tests.
//!
//! [`Terminal`] is the real terminal (crossterm, on Windows, macOS and Linux), in its normal
//! or its plain (screen reader) mode; `Scripted` (in tests) answers from a list and keeps a
//! transcript of everything shown. The prompter never reads commands: it gives back what
//! was in the box and how the box was left (Enter, Esc, Ctrl-C), and the interview decides.

mod buffer;
mod terminal;

pub use terminal::{Mode, Terminal};

use wrap_core::Language;

/// How many lines an answer may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lines {
    /// One line; only a paste can bring a line break in (and it is kept).
    One,
    /// Several lines: Alt-Enter or Ctrl-J starts a new one.
    Many,
}

/// One box to type into.
#[derive(Clone, Copy, Debug)]
pub struct Ask<'a> {
    /// Shown before the box on the same line ("1.", "Their name?"); may be empty.
    pub question: &'a str,
    /// Shown under the box while it waits. The interview gives a message id (a hint of the
    /// catalogues'), and puts the hint in its language before the prompter sees it.
    pub hint: &'a str,
    /// The text already in the box, which the person can change.
    pub initial: &'a str,
    /// One line or several.
    pub lines: Lines,
    /// The first key typed replaces `initial` instead of adding to it (an offered date).
    pub replace: bool,
}

impl<'a> Ask<'a> {
    /// A one-line box.
    pub fn line(question: &'a str, hint: &'a str, initial: &'a str) -> Ask<'a> {
        Ask {
            question,
            hint,
            initial,
            lines: Lines::One,
            replace: false,
        }
    }
}

/// How a box was left.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// Enter: the text is the answer.
    Enter,
    /// Esc: go back; the text is kept as a draft.
    Escape,
    /// Ctrl-C, or the terminal went away: save and stop, keeping the text.
    Interrupt,
}

/// What was in a box when it was left, and how it was left. The text is never lost,
/// however the box ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply {
    /// Everything in the box, exactly as typed or pasted (line breaks as `\n`).
    pub text: String,
    /// How the box was left.
    pub end: End,
}

/// What came back from a menu.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picked {
    /// The option at this index.
    Option(usize),
    /// Something typed instead of a pick (such as `/stop`), for the interview to read.
    Typed(String),
    /// Esc: go back.
    Escape,
    /// Ctrl-C: save and stop.
    Interrupt,
}

/// Everything the interview needs from a terminal.
pub trait Prompter {
    /// Speaks `language` from now on, in the prompter's own words (the hints under menus).
    fn set_language(&mut self, _language: Language) {}

    /// Shows text (a heading, an explanation). No answer is expected.
    fn say(&mut self, text: &str);

    /// Shows a long text (a section's summary) a screenful at a time, so that nothing
    /// scrolls away unread. False when the person pressed Ctrl-C while it was shown.
    fn show_long(&mut self, text: &str) -> bool {
        self.say(text);
        true
    }

    /// Asks for text in a box.
    fn ask(&mut self, ask: &Ask) -> Reply;

    /// Asks the person to pick one of `options`.
    fn choose(&mut self, question: &str, options: &[String]) -> Picked;

    /// The width, in columns, to wrap what is shown.
    fn width(&self) -> usize {
        crate::screen::DEFAULT_WIDTH - 2
    }
}

#[cfg(test)]
pub use scripted::{Reply as Script, Scripted};

#[cfg(test)]
mod scripted {
    use std::collections::VecDeque;
    use std::fmt::Write;

    use super::{Ask, End, Picked, Prompter, Reply as Typed};

    /// One scripted answer.
    #[derive(Clone, Debug)]
    pub enum Reply {
        /// Clears the box, types this (line breaks as pasted) and presses Enter; in a menu,
        /// types it instead of picking.
        Type(&'static str),
        /// Presses Enter on what is already in the box.
        Enter,
        /// Picks the option that starts with this text.
        Pick(&'static str),
        /// Answers a yes-or-no question.
        Yes(bool),
        /// Presses Esc, leaving the box as it is.
        Escape,
        /// Clears the box, types this, and presses Esc.
        TypeEscape(&'static str),
        /// Presses Ctrl-C, leaving the box as it is.
        CtrlC,
        /// Clears the box, types this, and presses Ctrl-C.
        TypeCtrlC(&'static str),
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

        fn ask(&mut self, ask: &Ask) -> Typed {
            let question = ask.question;
            let _ = write!(self.transcript, "> {question} ");
            if !ask.initial.is_empty() {
                let _ = write!(self.transcript, "[{}] ", ask.initial);
            }
            let typed = |text: &str, end| Typed {
                text: text.to_owned(),
                end,
            };
            let reply = match self.next() {
                Reply::Type(text) => typed(text, End::Enter),
                Reply::Yes(yes) => typed(if yes { "y" } else { "n" }, End::Enter),
                Reply::Enter => typed(ask.initial, End::Enter),
                Reply::Escape => typed(ask.initial, End::Escape),
                Reply::TypeEscape(text) => typed(text, End::Escape),
                Reply::CtrlC => typed(ask.initial, End::Interrupt),
                Reply::TypeCtrlC(text) => typed(text, End::Interrupt),
                other => panic!("asked for text ({question}) but the script has {other:?}"),
            };
            let shown = reply.text.replace('\n', "⏎");
            let _ = writeln!(
                self.transcript,
                "{shown}{}",
                match reply.end {
                    End::Enter => "",
                    End::Escape => " <Esc>",
                    End::Interrupt => " <Ctrl-C>",
                }
            );
            if !ask.hint.is_empty() {
                let _ = writeln!(self.transcript, "  [{}]", ask.hint);
            }
            reply
        }

        fn choose(&mut self, question: &str, options: &[String]) -> Picked {
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
                    Picked::Option(index)
                }
                Reply::Type(text) => {
                    let _ = writeln!(self.transcript, "  typed: {text}");
                    Picked::Typed(text.to_owned())
                }
                Reply::Escape => {
                    let _ = writeln!(self.transcript, "  <Esc>");
                    Picked::Escape
                }
                Reply::CtrlC => {
                    let _ = writeln!(self.transcript, "  <Ctrl-C>");
                    Picked::Interrupt
                }
                other => panic!("asked to choose ({question}) but the script has {other:?}"),
            }
        }
    }
}
