//! Writing to standard output without panicking when the reader goes away (`wrap show | head`).

use std::io::{self, Write};

use crate::error::CliError;

/// Writes text to standard output; a closed pipe is not an error.
pub fn print(text: &str) -> Result<(), CliError> {
    write_stdout(text.as_bytes())
}

/// Writes bytes to standard output; a closed pipe is not an error.
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
