//! The command line, as clap structs. `commands` turns them into work.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use wrap_core::SectionKey;

/// Write, check, show and print a Wellness Recovery Action Plan (WRAP).
///
/// Everything stays on this computer: plans are plain JSON files you keep where you like.
#[derive(Debug, Parser)]
#[command(name = "wrap", version, about, long_about = None, max_term_width = 100)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check that a plan is valid, and list what is still empty or worth a second look.
    Check {
        /// The plan file.
        plan: PathBuf,
        /// Also fail (exit 1) when anything is empty or worth a second look.
        #[arg(long)]
        strict: bool,
    },
    /// Show a plan, or one section of it, as readable text.
    Show {
        /// The plan file.
        plan: PathBuf,
        /// Only this section: about, toolbox, daily, triggers, early-warning-signs,
        /// breaking-down, crisis, post-crisis.
        #[arg(long, short, value_parser = parse_section)]
        section: Option<SectionKey>,
    },
    /// Export a plan to another format.
    Export {
        /// The plan file.
        plan: PathBuf,
        /// Where to write; `-` for standard output. The format follows the extension when
        /// --format is not given.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// The output format.
        #[arg(long, short, value_enum)]
        format: Option<ExportFormat>,
    },
    /// Print the JSON Schema of the plan file format.
    Schema,
}

/// Formats `wrap export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Canonical JSON, the plan's own format.
    Json,
}

impl ExportFormat {
    /// The format a file name's extension implies.
    pub fn from_extension(path: &std::path::Path) -> Option<ExportFormat> {
        let name = path.file_name()?.to_str()?.to_lowercase();
        if name.ends_with(".json") {
            Some(ExportFormat::Json)
        } else {
            None
        }
    }
}

fn parse_section(text: &str) -> Result<SectionKey, String> {
    text.parse()
        .map_err(|error: wrap_core::UnknownSection| error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}
