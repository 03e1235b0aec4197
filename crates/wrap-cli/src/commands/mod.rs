//! One module per subcommand; `run` dispatches.

use crate::cli::{Cli, Command};
use crate::error::CliError;

mod check;
mod copies;
mod export;
mod interactive;
mod manual;
mod show;

/// Runs the parsed command line, speaking the command's `--lang` or else the locale's
/// language.
pub fn run(cli: Cli) -> Result<(), CliError> {
    crate::words::set(asked_language(&cli.command).unwrap_or_else(crate::locale::interface));
    match cli.command {
        // `--lang` is the interface's language, set above.
        Command::Check { plan, strict, .. } => check::run(&plan, strict, crate::words::language()),
        Command::Show {
            plan,
            section,
            language,
        } => show::run(&plan, section, language),
        Command::Export {
            plan,
            output,
            format,
            document,
            leave_out_empty,
            print,
        } => {
            let empty = if leave_out_empty {
                wrap_core::EmptyParts::LeaveOut
            } else {
                wrap_core::EmptyParts::Show
            };
            export::run(&plan, output.as_deref(), format, document, empty, print)
        }
        Command::Template { output, print } => export::template(output.as_deref(), print),
        Command::Schema => crate::output::print(&wrap_core::format::json_schema()),
        Command::New { plan, terminal } => interactive::new(plan, terminal),
        Command::Edit {
            plan,
            section,
            terminal,
        } => interactive::edit(&plan, section, terminal),
        Command::Review { plan, terminal } => interactive::review(&plan, terminal),
        Command::Give {
            plan,
            to,
            document,
            output,
            format,
            how,
            print,
        } => copies::give(
            &plan,
            &to,
            document.unwrap_or(wrap_core::Document::Crisis),
            output.as_deref(),
            format,
            how,
            print,
        ),
        Command::Copies {
            plan,
            remove,
            document,
            on,
            because,
        } => match remove {
            Some(name) => copies::remove(&plan, &name, document, on.as_deref(), because),
            None => copies::list_copies(&plan),
        },
        Command::Changes { plan, since } => copies::changes(&plan, &since),
        Command::List { folder } => copies::list(folder.as_deref()),
        Command::Completions { shell } => manual::completions(shell),
        Command::Man => manual::man(),
    }
}

/// The language a command's `--lang` asks for, where it has one.
fn asked_language(command: &Command) -> Option<wrap_core::Language> {
    match command {
        Command::Check { language, .. } | Command::Show { language, .. } => *language,
        Command::Export { print, .. }
        | Command::Template { print, .. }
        | Command::Give { print, .. } => print.language,
        Command::New { terminal, .. }
        | Command::Edit { terminal, .. }
        | Command::Review { terminal, .. } => terminal.language,
        Command::Schema
        | Command::Copies { .. }
        | Command::Changes { .. }
        | Command::List { .. }
        | Command::Completions { .. }
        | Command::Man => None,
    }
}
