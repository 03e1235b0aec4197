//! One writer per plan, however the plan is reached: through a symbolic link, a hard link, a
//! relative or an absolute path, the lock belongs to the real file.
//!
//! On Unix the lock is an advisory lock (`flock`) on the real plan file itself; there is no
//! lock file to delete or overwrite. Every save writes a new file and renames it over the plan
//! (see `files`), so the new file is locked *before* the rename and the old one let go only
//! *after* it: the file at the plan's path is locked at every moment. A writer that opened the
//! file just before a rename finds, once it holds the lock, that the file is no longer the one
//! at the path, and starts again. Advisory locks do not stop anyone reading the plan.
//!
//! On Windows a lock on the plan would stop other programs (and `wrap show`) reading it, so
//! there the lock is a companion file beside the real plan (`my-plan.json.lock`), opened
//! without sharing and marked delete-on-close: while it is held nobody can open, delete or
//! replace it, and it disappears when the process ends, however it ends.
//!
//! Either way the operating system lets go when the process ends, so a killed `wrap` never
//! leaves a plan blocked.

use std::fs::{File, Metadata};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use crate::error::CliError;
use crate::files::{self, describe_io, real_path};
use crate::words;

/// The plans this process holds open for writing, by their real path, with the handle that
/// holds each lock.
static HELD: Mutex<Vec<(PathBuf, File)>> = Mutex::new(Vec::new());

fn held() -> MutexGuard<'static, Vec<(PathBuf, File)>> {
    HELD.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Held while a plan is open for writing; dropping it releases the lock.
#[derive(Debug)]
pub struct PlanLock {
    real: PathBuf,
}

impl Drop for PlanLock {
    fn drop(&mut self) {
        held().retain(|(real, _)| *real != self.real);
    }
}

/// Takes the write lock of an existing plan, or explains why not.
pub fn lock_for_writing(plan: &Path) -> Result<PlanLock, CliError> {
    acquire(plan, None).map(|(lock, _)| lock)
}

/// Takes the write lock of a plan, first creating the file with `initial` when there is
/// none; says whether it was created.
pub fn lock_or_create(plan: &Path, initial: &[u8]) -> Result<(PlanLock, bool), CliError> {
    acquire(plan, Some(initial))
}

fn acquire(plan: &Path, create: Option<&[u8]>) -> Result<(PlanLock, bool), CliError> {
    let file = plan.display().to_string();
    let fail = |error: io::Error| {
        CliError::failure(words::format(
            "lock-cannot-open",
            &[
                ("file", file.as_str().into()),
                ("reason", describe_io(&error).as_str().into()),
            ],
        ))
        .hint(words::text("lock-cannot-open-hint"))
    };
    let asked = Instant::now();
    loop {
        let real = real_path(plan).map_err(fail)?;
        if let Some(refusal) = files::protected(plan, &real) {
            return Err(refusal);
        }
        match std::fs::metadata(&real) {
            Ok(metadata) => {
                files::refuse_unwritable(plan, &metadata, true)?;
                match take(&real).map_err(fail)? {
                    Take::Locked(file) => {
                        files::probe_folder(plan, &real)?;
                        note_hard_links(plan, &metadata);
                        held().push((real.clone(), file));
                        return Ok((PlanLock { real }, false));
                    }
                    // Held for a moment by a save of another `wrap` (this process's own
                    // hold will not pass).
                    Take::Busy if !held_here(&real) && waited_a_moment(asked) => continue,
                    Take::Busy => return Err(busy(plan)),
                    Take::Moved => continue,
                }
            }
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                let Some(initial) = create else {
                    return Err(fail(error));
                };
                #[cfg(windows)]
                let companion = match take(&real).map_err(fail)? {
                    Take::Locked(file) => file,
                    Take::Busy if !held_here(&real) && waited_a_moment(asked) => continue,
                    Take::Busy => return Err(busy(plan)),
                    Take::Moved => continue,
                };
                match files::create_new(plan, &real, initial)? {
                    #[cfg(unix)]
                    Some(file) => {
                        held().push((real.clone(), file));
                        return Ok((PlanLock { real }, true));
                    }
                    #[cfg(windows)]
                    Some(_) => {
                        held().push((real.clone(), companion));
                        return Ok((PlanLock { real }, true));
                    }
                    // Another `wrap` created it first: lock that one, or say it is busy.
                    None => continue,
                }
            }
            Err(error) => return Err(fail(error)),
        }
    }
}

fn busy(plan: &Path) -> CliError {
    let file = plan.display().to_string();
    CliError::failure(words::format(
        "lock-plan-busy",
        &[("file", file.as_str().into())],
    ))
    .hint(words::text("lock-plan-busy-hint"))
}

/// A plan with more than one name (a hard link) keeps the old version under its other names
/// after a save, because a save replaces the file; say so once, when the plan is opened.
fn note_hard_links(plan: &Path, metadata: &Metadata) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if metadata.nlink() > 1 {
            // `note:` is a fixed marker, as `error:` and `hint:` are.
            let file = plan.display().to_string();
            crate::output::note(&format!(
                "note: {}\n",
                words::format(
                    "lock-hard-links",
                    &[
                        ("file", file.as_str().into()),
                        ("count", (metadata.nlink() as usize).into()),
                    ],
                )
            ));
        }
    }
    #[cfg(not(unix))]
    let _ = (plan, metadata);
}

/// What trying to lock a file found.
enum Take {
    /// Locked, by this handle.
    Locked(File),
    /// Another process holds it.
    Busy,
    /// The file at the path changed while it was being locked: look again.
    Moved,
}

#[cfg(unix)]
fn take(real: &Path) -> io::Result<Take> {
    use std::fs::TryLockError;
    // Opened for writing, so a plan this account may not change is refused here, before any
    // question is asked, rather than at the first save.
    let file = match File::options().read(true).write(true).open(real) {
        Ok(file) => file,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Take::Moved),
        Err(error) => return Err(error),
    };
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => return Ok(Take::Busy),
        Err(TryLockError::Error(error)) => return Err(error),
    }
    Ok(if files::is_at(&file, real) {
        Take::Locked(file)
    } else {
        Take::Moved
    })
}

#[cfg(windows)]
fn take(real: &Path) -> io::Result<Take> {
    use std::os::windows::fs::OpenOptionsExt;
    const FILE_FLAG_DELETE_ON_CLOSE: u32 = 0x0400_0000;
    const ERROR_SHARING_VIOLATION: i32 = 32;
    let mut name = real.as_os_str().to_owned();
    name.push(".lock");
    match std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .share_mode(0)
        .custom_flags(FILE_FLAG_DELETE_ON_CLOSE)
        .open(PathBuf::from(name))
    {
        Ok(file) => Ok(Take::Locked(file)),
        Err(error) if error.raw_os_error() == Some(ERROR_SHARING_VIOLATION) => Ok(Take::Busy),
        Err(error) => Err(error),
    }
}

/// The right to replace the file at a real path for the length of one write: either this
/// process holds the plan's lock, or it holds the file's lock just for the write.
pub(crate) struct WriteGuard {
    real: PathBuf,
    _borrowed: Option<File>,
}

/// How long a write, or the opening of a plan, waits for a file that is busy before
/// refusing: a save or an export holds its file for a few milliseconds, an interview for as
/// long as it runs.
const BUSY_FOR_A_MOMENT: Duration = Duration::from_millis(250);

/// Waits a little before a busy file is tried again, if what was `asked` at that time is
/// still within [`BUSY_FOR_A_MOMENT`]; false once the moment has passed.
fn waited_a_moment(asked: Instant) -> bool {
    if asked.elapsed() >= BUSY_FOR_A_MOMENT {
        return false;
    }
    std::thread::sleep(Duration::from_millis(5));
    true
}

/// Whether this process holds the plan at `real` open for writing.
fn held_here(real: &Path) -> bool {
    held().iter().any(|(path, _)| path == real)
}

/// Takes the right to replace `real` (shown to the person as `shown`), or says who has it.
pub(crate) fn for_write(shown: &Path, real: &Path) -> Result<WriteGuard, CliError> {
    let file = shown.display().to_string();
    let fail = |error: io::Error| {
        CliError::failure(words::format(
            "lock-cannot-lock",
            &[
                ("file", file.as_str().into()),
                ("reason", describe_io(&error).as_str().into()),
            ],
        ))
    };
    let asked = Instant::now();
    loop {
        let ours = held()
            .iter()
            .any(|(path, file)| path == real && still_ours(file, real));
        if ours {
            return Ok(WriteGuard {
                real: real.to_path_buf(),
                _borrowed: None,
            });
        }
        #[cfg(unix)]
        if !real.exists() {
            return Ok(WriteGuard {
                real: real.to_path_buf(),
                _borrowed: None,
            });
        }
        match take(real).map_err(fail)? {
            Take::Locked(file) => {
                return Ok(WriteGuard {
                    real: real.to_path_buf(),
                    _borrowed: Some(file),
                });
            }
            // Held for a moment, by another `wrap` saving or exporting to the same file,
            // or by a process this one started that has not yet let go of what it was
            // handed: wait for the moment to pass before saying who has it.
            Take::Busy if waited_a_moment(asked) => continue,
            Take::Busy => {
                return Err(CliError::failure(words::format(
                    "lock-file-busy",
                    &[("file", file.as_str().into())],
                ))
                .hint(words::text("lock-file-busy-hint")));
            }
            Take::Moved => continue,
        }
    }
}

/// True when the lock this process holds on `real` still covers the file at that path (or
/// there is no file there any more, so nothing else can hold it).
fn still_ours(file: &File, real: &Path) -> bool {
    #[cfg(unix)]
    {
        !real.exists() || files::is_at(file, real)
    }
    #[cfg(not(unix))]
    {
        let _ = (file, real);
        true
    }
}

impl WriteGuard {
    /// The write renamed `file`, already locked, over the real path: on Unix, it now holds
    /// the plan's lock in place of the file it replaced.
    pub(crate) fn replaced(self, file: File) {
        #[cfg(unix)]
        for (path, held_file) in held().iter_mut() {
            if *path == self.real {
                *held_file = file;
                return;
            }
        }
        let _ = file;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(result: Result<PlanLock, CliError>) -> String {
        result.expect_err("a second writer is refused").message
    }

    #[test]
    fn a_second_writer_is_refused_until_the_first_lets_go() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.json");
        let (first, created) = lock_or_create(&plan, b"{}\n").unwrap();
        assert!(created);
        assert_eq!(std::fs::read(&plan).unwrap(), b"{}\n");
        assert!(refused(lock_for_writing(&plan)).contains("already open in another `wrap`"));
        drop(first);
        let (again, created) = lock_or_create(&plan, b"other").unwrap();
        assert!(!created, "an existing plan is locked, not created");
        drop(again);
        assert_eq!(std::fs::read(&plan).unwrap(), b"{}\n");
    }

    /// `path`, locked as another `wrap` writing it would hold it, until the handle is dropped.
    #[cfg(unix)]
    fn holding(path: &Path) -> File {
        let holder = File::options().read(true).write(true).open(path).unwrap();
        holder.lock().unwrap();
        holder
    }

    /// `path`, locked as [`holding`] does, and let go 20 ms later by another thread (joined
    /// by the caller); locked already when this returns.
    #[cfg(unix)]
    fn held_for_a_moment(path: &Path) -> std::thread::JoinHandle<()> {
        let holder = holding(path);
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(20));
            drop(holder);
        })
    }

    // Unix only: elsewhere a write's lock is a file of its own beside the one written.
    #[cfg(unix)]
    #[test]
    fn a_write_waits_for_a_file_busy_for_a_moment_and_refuses_one_busy_for_longer() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("crisis.pdf");
        std::fs::write(&path, b"before").unwrap();
        let moment = held_for_a_moment(&path);
        files::write_atomic(&path, b"after").expect("written once the moment has passed");
        moment.join().unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"after");

        let _holder = holding(&path);
        let error = files::write_atomic(&path, b"refused").unwrap_err();
        assert!(
            error.message.contains("open in another `wrap`"),
            "{}",
            error.message
        );
        assert_eq!(std::fs::read(&path).unwrap(), b"after");
    }

    // Unix only: elsewhere the lock is a file of its own beside the plan.
    #[cfg(unix)]
    #[test]
    fn opening_a_plan_waits_for_a_save_of_a_moment_and_refuses_a_longer_hold() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.json");
        std::fs::write(&plan, b"{}").unwrap();
        let moment = held_for_a_moment(&plan);
        let lock = lock_for_writing(&plan).expect("opened once the save has finished");
        moment.join().unwrap();
        drop(lock);

        let _holder = holding(&plan);
        assert!(refused(lock_for_writing(&plan)).contains("already open in another `wrap`"));
    }

    #[cfg(unix)]
    #[test]
    fn every_path_to_one_plan_shares_one_lock() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.json");
        std::fs::write(&plan, b"{}").unwrap();
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        std::os::unix::fs::symlink(&plan, sub.join("link.json")).unwrap();
        std::fs::hard_link(&plan, dir.path().join("hard.json")).unwrap();
        let _first = lock_for_writing(&plan).unwrap();
        for other in [
            sub.join("link.json"),
            dir.path().join("hard.json"),
            sub.join("../plan.json"),
        ] {
            assert!(
                refused(lock_for_writing(&other)).contains("already open"),
                "{}",
                other.display()
            );
        }
        assert!(
            !dir.path().join("plan.json.lock").exists(),
            "there is no lock file to delete"
        );
    }

    #[cfg(unix)]
    #[test]
    fn the_lock_follows_each_save() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.json");
        let (lock, _) = lock_or_create(&plan, b"{}").unwrap();
        for n in 0..3 {
            files::write_atomic(&plan, format!("{n}").as_bytes()).unwrap();
            assert!(refused(lock_for_writing(&plan)).contains("already open"));
        }
        drop(lock);
        assert!(lock_for_writing(&plan).is_ok());
    }
}
