//! One module per subcommand; `run` dispatches.

use crate::cli::{Cli, Command};
use crate::error::CliError;

mod check;
mod export;
mod interactive;
mod manual;
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
            document,
            print,
        } => export::run(&plan, output.as_deref(), format, document, print),
        Command::Template { output, print } => export::template(output.as_deref(), print),
        Command::Schema => crate::output::print(&wrap_core::format::json_schema()),
        Command::New { plan, terminal } => interactive::new(plan, terminal),
        Command::Edit {
            plan,
            section,
            terminal,
        } => interactive::edit(&plan, section, terminal),
        Command::Review { plan, terminal } => interactive::review(&plan, terminal),
        Command::Completions { shell } => manual::completions(shell),
        Command::Man => manual::man(),
    }
}
