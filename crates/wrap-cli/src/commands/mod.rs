//! One module per subcommand; `run` dispatches.

use crate::cli::{Cli, Command};
use crate::error::CliError;

mod check;
mod export;
mod show;

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<(), CliError> {
    match cli.command {
        Command::Check { plan, strict } => check::run(&plan, strict),
        Command::Show { plan, section } => show::run(&plan, section),
        Command::Export {
            plan,
            output,
            format,
        } => export::run(&plan, output.as_deref(), format),
        Command::Schema => crate::output::print(&wrap_core::format::json_schema()),
    }
}
