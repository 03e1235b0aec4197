//! Everything the program prints goes through here. Text passes through the one sanitiser
//! ([`wrap_core::clean_for_display`]), so nothing from a plan or a file name reaches the
//! terminal raw (no escape sequences: no clipboard writes, links or cleared screens); and a
//! reader that goes away (`wrap show | head`) or an unwritable standard error never makes
//! the program panic.

use std::io::{self, Write};

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
        Err(error) => Err(CliError::failure(format!(
            "could not write to standard output: {error}"
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
