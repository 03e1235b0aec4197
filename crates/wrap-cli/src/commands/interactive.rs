//! `wrap new`, `wrap edit` and `wrap review`: the commands that ask questions at a terminal.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use wrap_core::SectionKey;

use crate::cli::TerminalOptions;
use crate::dates::today;
use crate::error::CliError;
use crate::files::load_plan;
use crate::interview;
use crate::lock::{lock_for_writing, lock_or_create};
use crate::prompt::{Mode, Terminal};

/// The file `wrap new` writes when no name is given.
pub const DEFAULT_PLAN: &str = "my-wrap.json";

/// Refuses to start when standard input is not a terminal, naming what works without one.
fn need_terminal(command: &str, plan: &Path) -> Result<(), CliError> {
    if std::io::stdin().is_terminal() {
        return Ok(());
    }
    let file = plan.display().to_string();
    Err(CliError::usage(crate::words::format(
        "cli-needs-terminal",
        &[("command", command.into())],
    ))
    .hint(crate::words::format(
        "cli-needs-terminal-hint",
        &[("file", file.as_str().into())],
    )))
}

/// The terminal for a sitting, in the mode asked for.
fn open(options: TerminalOptions) -> Result<Terminal, CliError> {
    Terminal::new(Mode::choose(options.plain))
}

/// The language to ask in: the one asked for, else the plan's (when wrap has it), else the
/// locale's.
fn voice(options: TerminalOptions) -> interview::Voice {
    interview::Voice {
        asked: options.language,
        locale: crate::locale::interface(),
    }
}

/// `wrap new [PLAN]`: a new plan, or carrying on with an existing one.
pub fn new(plan: Option<PathBuf>, terminal: TerminalOptions) -> Result<(), CliError> {
    let path = plan.unwrap_or_else(|| PathBuf::from(DEFAULT_PLAN));
    need_terminal("new", &path)?;
    let empty = wrap_core::format::to_string(&wrap_core::Plan::default());
    let (_lock, created) = lock_or_create(&path, empty.as_bytes())?;
    let existing = if created {
        None
    } else {
        Some(load_plan(&path)?)
    };
    let today = today()?;
    interview::new_plan(
        &mut open(terminal)?,
        &path,
        existing,
        today,
        voice(terminal),
    )
}

/// `wrap edit PLAN [--section KEY]`.
pub fn edit(
    path: &Path,
    section: Option<SectionKey>,
    terminal: TerminalOptions,
) -> Result<(), CliError> {
    need_terminal("edit", path)?;
    let _lock = lock_for_writing(path)?;
    let plan = load_plan(path)?;
    let today = today()?;
    interview::edit_plan(
        &mut open(terminal)?,
        path,
        plan,
        today,
        section,
        voice(terminal),
    )
}

/// `wrap review PLAN`.
pub fn review(path: &Path, terminal: TerminalOptions) -> Result<(), CliError> {
    need_terminal("review", path)?;
    let _lock = lock_for_writing(path)?;
    let plan = load_plan(path)?;
    let today = today()?;
    interview::review_plan(&mut open(terminal)?, path, plan, today, voice(terminal))
}
