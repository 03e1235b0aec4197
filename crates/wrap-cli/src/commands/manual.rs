//! `wrap completions` and `wrap man`: shell completions and the manual page, made from the
//! same command-line definition the program parses, so they never disagree with it, with its
//! help in the interface's language.

use clap_complete::Shell;

use crate::error::CliError;

/// Prints the completion script for `shell`.
pub fn completions(shell: Shell) -> Result<(), CliError> {
    let mut command = crate::cli::command(crate::words::language());
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "wrap", &mut script);
    crate::output::write_stdout(&script)
}

/// Prints the manual page as roff.
pub fn man() -> Result<(), CliError> {
    let mut page = Vec::new();
    clap_mangen::Man::new(crate::cli::command(crate::words::language()))
        .render(&mut page)
        .map_err(|error| {
            CliError::failure(crate::words::format(
                "manual-failed",
                &[("error", error.to_string().as_str().into())],
            ))
        })?;
    crate::output::write_stdout(&page)
}
