//! The `wrap` command: write, check, show and print a Wellness Recovery Action Plan.

use std::process::ExitCode;

use clap::Parser;

mod cli;
mod commands;
mod error;
mod files;
mod interview;
mod lock;
mod output;
mod prompt;

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
