//! Everything the program prints goes through here. Text passes through the one sanitiser
//! ([`wrap_core::clean_for_display`]), so nothing from a plan or a file name reaches the
//! terminal raw (no escape sequences: no clipboard writes, links or cleared screens); and a
//! reader that goes away (`wrap show | head`) or an unwritable standard error never makes
//! the program panic.
//!
//! Long text for reading goes through a pager when standard output is a terminal.

use std::io::{self, Write};
use std::process::{Command, Stdio};

use crate::error::CliError;

/// Text made safe for a terminal: the one rule for every line the program prints.
pub fn clean(text: &str) -> std::borrow::Cow<'_, str> {
    wrap_core::clean_for_display(text)
}

/// Writes text to standard output, cleaned; a closed pipe is not an error.
pub fn print(text: &str) -> Result<(), CliError> {
    write_stdout(clean(text).as_bytes())
}

/// Writes an exported file's bytes to standard output as they are (each format escapes its
/// own text); a closed pipe is not an error.
pub fn write_stdout(bytes: &[u8]) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(error) => Err(CliError::failure(crate::words::format(
            "output-cannot-write",
            &[("reason", error.to_string().as_str().into())],
        ))),
    }
}

/// Writes a message to standard error, cleaned. When standard error cannot be written (a
/// full disk, a closed terminal) there is nowhere left to say so, and the message is dropped.
pub fn note(text: &str) {
    let mut err = io::stderr().lock();
    let _ = err.write_all(clean(text).as_bytes());
    let _ = err.flush();
}

/// Prints text for reading, cleaned: wrapped at word boundaries to the terminal's width, and, when it
/// is longer than the terminal is high, through a pager (`$PAGER`, else `less`, or `more` on
/// Windows), so that its start does not scroll away. Not a terminal: printed as it is.
pub fn print_for_reading(text: &str) -> Result<(), CliError> {
    let Some((width, height)) = crate::screen::terminal_size() else {
        return print(text);
    };
    let wrapped = crate::screen::wrap(&clean(text), width.saturating_sub(1));
    if wrapped.lines().count() < height.saturating_sub(1) || page(&wrapped).is_err() {
        return print(&wrapped);
    }
    Ok(())
}

/// Shows text through the pager; an error when there is none to run.
fn page(text: &str) -> io::Result<()> {
    let configured = std::env::var("PAGER").unwrap_or_default();
    let mut words = configured.split_whitespace();
    let (program, args): (String, Vec<String>) = match words.next() {
        Some(program) => (program.to_owned(), words.map(str::to_owned).collect()),
        None if cfg!(windows) => ("more".to_owned(), Vec::new()),
        None => ("less".to_owned(), Vec::new()),
    };
    let mut command = Command::new(program);
    command.args(args).stdin(Stdio::piped());
    if std::env::var_os("LESS").is_none() {
        // Leave the text on the screen after quitting, and quit at once when it fits.
        command.env("LESS", "FX");
    }
    let mut child = command.spawn()?;
    if let Some(mut input) = child.stdin.take() {
        // The reader may quit early (q in less): that is not an error.
        let _ = input.write_all(text.as_bytes());
    }
    child.wait()?;
    Ok(())
}
