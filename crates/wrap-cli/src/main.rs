//! The `wrap` command: write, check, show and print a Wellness Recovery Action Plan.

// Every line printed goes through `output`, which cleans it for the terminal and never
// panics when a stream cannot be written.
#![deny(clippy::print_stdout, clippy::print_stderr)]

use std::process::ExitCode;

use clap::Parser;

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
    let cli = cli::Cli::parse();
    match commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            error.print();
            error.exit_code()
        }
    }
}
