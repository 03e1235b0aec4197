//! The one error type of the binary: a readable message, an optional hint, an exit code.

use std::fmt::Write;
use std::path::Path;
use std::process::ExitCode;

use wrap_core::{LoadError, LoadErrorKind};

use crate::words;

/// Exit codes, as documented in the README.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// The plan is invalid, a check failed, or a file could not be read or written.
    Failure = 1,
    /// The command line or the situation is wrong for this command.
    Usage = 2,
    /// The person pressed Ctrl-C; what they had typed was saved.
    Interrupted = 130,
}

/// An error the user sees: `error: ...` and, where it helps, `hint: ...`.
#[derive(Debug)]
pub struct CliError {
    /// The message, naming the file and the place.
    pub message: String,
    /// Extra lines shown under the message (e.g. the offending line with a caret).
    pub detail: Option<String>,
    /// What to do about it.
    pub hint: Option<String>,
    /// The exit code.
    pub exit: Exit,
}

impl CliError {
    /// A failure (exit 1) with a message.
    pub fn failure(message: impl Into<String>) -> CliError {
        CliError {
            message: message.into(),
            detail: None,
            hint: None,
            exit: Exit::Failure,
        }
    }

    /// A usage error (exit 2) with a message.
    pub fn usage(message: impl Into<String>) -> CliError {
        CliError {
            message: message.into(),
            detail: None,
            hint: None,
            exit: Exit::Usage,
        }
    }

    /// Not an error but a stop on Ctrl-C (exit 130): the message is printed as it is.
    pub fn interrupted(message: impl Into<String>) -> CliError {
        CliError {
            message: message.into(),
            detail: None,
            hint: None,
            exit: Exit::Interrupted,
        }
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> CliError {
        self.hint = Some(hint.into());
        self
    }

    /// A plan whose history does not replay (it was changed by hand).
    pub fn history(path: &Path, error: &wrap_core::HistoryError) -> CliError {
        let file = path.display().to_string();
        let index = error.version.saturating_sub(1).to_string();
        let error = error.to_string_in(words::language());
        CliError::failure(words::format(
            "error-history",
            &[
                ("file", file.as_str().into()),
                ("index", index.as_str().into()),
                ("error", error.as_str().into()),
            ],
        ))
        .hint(words::text("error-history-hint"))
    }

    /// A plan that could not be loaded, with the file, the place and a hint.
    pub fn load(path: &Path, error: &LoadError) -> CliError {
        let file = path.display().to_string();
        let l = words::language();
        let place = match error.line_column() {
            Some((line, column)) => format!("{line}:{column}"),
            None => String::new(),
        };
        let mut cli = CliError::failure(match error.kind() {
            LoadErrorKind::Syntax => words::format(
                "error-not-json",
                &[
                    ("file", file.as_str().into()),
                    ("place", place.as_str().into()),
                    ("error", error.message_in(l).as_str().into()),
                ],
            ),
            // The place is said once, as `file:line:column`, as for JSON that does not parse.
            LoadErrorKind::NotText => format!("{file}:{place}: {}", error.message_in(l)),
            _ => format!("{file}: {}", error.to_string_in(l)),
        });
        if let (LoadErrorKind::Syntax, Some((line, column)), Some(excerpt)) =
            (error.kind(), error.line_column(), error.excerpt())
        {
            cli.detail = Some(caret(line, column, excerpt));
        }
        // Only a backup that is there is worth naming.
        let backup = crate::files::backup_path(path);
        let there = backup.is_file();
        let backup = backup.display().to_string();
        cli.hint(match error.kind() {
            LoadErrorKind::NewerVersion { .. } => words::text("error-newer-version-hint"),
            LoadErrorKind::TooLarge { .. }
            | LoadErrorKind::NotText
            | LoadErrorKind::NotAnObject
            | LoadErrorKind::NotAPlan
            | LoadErrorKind::Empty => words::text("error-wrong-file-hint"),
            _ if there => words::format(
                "error-fix-or-backup-hint",
                &[("backup", backup.as_str().into())],
            ),
            _ => words::text("error-fix-hint"),
        })
    }

    /// Prints the error to standard error. `error:` and `hint:` stay as they are in every
    /// language: they are the program's fixed markers, which people and scripts look for.
    pub fn print(&self) {
        let mut text = if self.exit == Exit::Interrupted {
            format!("{}\n", self.message)
        } else {
            format!("error: {}\n", self.message)
        };
        if let Some(detail) = &self.detail {
            let _ = writeln!(text, "{detail}");
        }
        if let Some(hint) = &self.hint {
            let _ = writeln!(text, "hint: {hint}");
        }
        crate::output::note(&text);
    }

    /// The process exit code.
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(self.exit as u8)
    }
}

/// The offending line with a caret under the column, long lines cut around it.
fn caret(line: usize, column: usize, excerpt: &str) -> String {
    let chars: Vec<char> = excerpt
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let column = column.clamp(1, chars.len().max(1));
    let start = column.saturating_sub(60);
    let end = (start + 100).min(chars.len());
    let shown: String = chars[start.min(end)..end].iter().collect();
    let number = line.to_string();
    format!(
        "{number} | {shown}\n{pad} | {space}^",
        pad = " ".repeat(number.len()),
        space = " ".repeat(column - 1 - start),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caret_points_at_the_column() {
        assert_eq!(caret(3, 5, "abcdefg"), "3 | abcdefg\n  |     ^");
        let long = "x".repeat(500);
        let shown = caret(1, 400, &long);
        assert!(shown.lines().next().unwrap().len() < 110);
        assert!(shown.ends_with(&format!("{}^", " ".repeat(59))));
    }
}
