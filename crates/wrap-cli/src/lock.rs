//! One writer at a time: an advisory lock held while a plan is open for writing.
//!
//! The lock is taken on a small companion file (`my-plan.json.lock`) rather than on the plan,
//! because every save replaces the plan file with a new one (an atomic rename), and a lock
//! on the old file would not cover the new one. The operating system releases the lock when
//! the process ends, however it ends, so a killed `wrap` never leaves a plan blocked.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use crate::error::CliError;

/// Held while a plan is open for writing; dropping it releases the lock.
#[derive(Debug)]
pub struct PlanLock {
    _file: File,
}

/// The lock file beside a plan: `my-plan.json` -> `my-plan.json.lock`.
pub fn lock_path(plan: &Path) -> PathBuf {
    let mut name = plan.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    plan.with_file_name(name)
}

/// Takes the plan's write lock, or explains that another `wrap` has the plan open.
pub fn lock_for_writing(plan: &Path) -> Result<PlanLock, CliError> {
    let path = lock_path(plan);
    let mut options = OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(&path).map_err(|error| {
        CliError::failure(format!(
            "{}: cannot open the plan for writing: {error}",
            plan.display()
        ))
        .hint("check that the folder exists and that you may write in it")
    })?;
    match file.try_lock() {
        Ok(()) => Ok(PlanLock { _file: file }),
        Err(TryLockError::WouldBlock) => Err(CliError::failure(format!(
            "{}: this plan is already open in another `wrap` (new, edit or review)",
            plan.display()
        ))
        .hint(
            "finish or close the other one first; two at once could overwrite each other's answers",
        )),
        Err(TryLockError::Error(error)) => Err(CliError::failure(format!(
            "{}: cannot lock the plan for writing: {error}",
            plan.display()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_writer_is_refused_until_the_first_lets_go() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.json");
        let first = lock_for_writing(&plan).unwrap();
        assert!(dir.path().join("plan.json.lock").exists());
        let error = lock_for_writing(&plan).unwrap_err();
        assert!(
            error.message.contains("already open in another `wrap`"),
            "{}",
            error.message
        );
        drop(first);
        assert!(lock_for_writing(&plan).is_ok());
    }
}
