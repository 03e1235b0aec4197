//! The `wrap` command: write, check, show and print a Wellness Recovery Action Plan.

// Every line printed goes through `output`, which cleans it for the terminal and never
// panics when a stream cannot be written.
#![deny(clippy::print_stdout, clippy::print_stderr)]

use std::process::ExitCode;

use clap::FromArgMatches;

mod changes;
mod cli;
mod commands;
mod dates;
mod error;
mod files;
mod interview;
mod locale;
mod lock;
mod output;
mod prompt;
mod screen;
mod words;

fn main() -> ExitCode {
    // The help speaks the language the command's `--lang` names, else the locale's.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // Arguments that parse show no help, so they are first parsed without it: putting
    // every description in the language is only done when one is shown (`--help`, a
    // mistake), and saves a command a tenth of its start.
    let parsed = match <cli::Cli as clap::CommandFactory>::command().try_get_matches_from(&args) {
        Ok(matches) => cli::Cli::from_arg_matches(&matches).ok(),
        // `--version` prints the same line in every language.
        Err(version) if version.kind() == clap::error::ErrorKind::DisplayVersion => version.exit(),
        Err(_) => None,
    };
    let cli = parsed.unwrap_or_else(|| {
        let mut command = cli::command(locale::for_help(&args));
        let matches = command.clone().get_matches_from(&args);
        cli::Cli::from_arg_matches(&matches).unwrap_or_else(|error| {
            // A mismatch between the definition and its parsing, which tests rule out.
            error.format(&mut command).exit()
        })
    });
    match commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            error.print();
            error.exit_code()
        }
    }
}
