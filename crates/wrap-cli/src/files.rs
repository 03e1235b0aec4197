//! Every file the program reads or writes goes through here: loading plans with a size
//! limit and clear errors, and atomic, owner-only writes that never damage the previous file.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use tempfile::NamedTempFile;

use wrap_core::Plan;
use wrap_core::format::MAX_PLAN_BYTES;

use crate::error::CliError;
use crate::words;

/// Reads a file for loading as a plan, refusing folders, and files past the size limit.
pub fn read_plan_bytes(path: &Path) -> Result<Vec<u8>, CliError> {
    let file = path.display().to_string();
    let file = file.as_str();
    let open_error = |error: io::Error| {
        let cli = CliError::failure(words::format(
            "file-cannot-read",
            &[
                ("file", file.into()),
                ("reason", describe_io(&error).as_str().into()),
            ],
        ));
        match error.kind() {
            io::ErrorKind::NotFound => cli.hint(words::format(
                "file-not-found-hint",
                &[("file", file.into())],
            )),
            io::ErrorKind::PermissionDenied => cli.hint(words::text("file-permission-hint")),
            io::ErrorKind::TimedOut => cli.hint(words::text("file-pipe-hint")),
            _ => cli,
        }
    };
    let metadata = std::fs::metadata(path).map_err(open_error)?;
    if metadata.is_dir() {
        return Err(
            CliError::failure(words::format("file-is-folder", &[("file", file.into())]))
                .hint(words::text("file-is-folder-hint")),
        );
    }
    if metadata.len() > MAX_PLAN_BYTES as u64 {
        return Err(too_large(path, metadata.len()));
    }
    let mut bytes = Vec::new();
    open_waiting(path, OpenOptions::new().read(true), is_pipe(&metadata))
        .and_then(|f| f.take(MAX_PLAN_BYTES as u64 + 1).read_to_end(&mut bytes))
        .map_err(open_error)?;
    if bytes.len() > MAX_PLAN_BYTES {
        return Err(too_large(path, bytes.len() as u64));
    }
    Ok(bytes)
}

fn too_large(path: &Path, size: u64) -> CliError {
    let file = path.display().to_string();
    let most = (MAX_PLAN_BYTES / (1024 * 1024)).to_string();
    let size = format!("{:.1}", size as f64 / (1024.0 * 1024.0));
    CliError::failure(words::format(
        "file-too-large",
        &[
            ("file", file.as_str().into()),
            ("most", most.as_str().into()),
            ("size", size.as_str().into()),
        ],
    ))
    .hint(words::text("error-wrong-file-hint"))
}

/// Loads and parses a plan file.
pub fn load_plan(path: &Path) -> Result<Plan, CliError> {
    let bytes = read_plan_bytes(path)?;
    let plan =
        wrap_core::format::from_slice(&bytes).map_err(|error| CliError::load(path, &error))?;
    if let Some(problem) = wrap_core::over_limits_in(&plan, words::language()) {
        let place = if problem.path.is_empty() {
            String::new()
        } else {
            format!(" {}:", problem.path)
        };
        let (entries, characters) = (
            wrap_core::MAX_ENTRIES.to_string(),
            wrap_core::MAX_ANSWER_CHARS.to_string(),
        );
        return Err(
            CliError::failure(format!("{}:{place} {}", path.display(), problem.message)).hint(
                words::format(
                    "file-over-limits-hint",
                    &[
                        ("entries", entries.as_str().into()),
                        ("characters", characters.as_str().into()),
                    ],
                ),
            ),
        );
    }
    Ok(plan)
}

pub(crate) fn describe_io(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => words::text("file-no-such-file"),
        io::ErrorKind::PermissionDenied => words::text("file-permission-denied"),
        _ => error.to_string(),
    }
}

/// How long opening a named pipe may wait for the program at its other end.
const PIPE_WAIT: Duration = Duration::from_secs(5);

/// The longest file name most file systems allow, in bytes.
const NAME_MAX: usize = 255;

/// The length of the random part of a temporary file's name.
const RANDOM: usize = 6;

/// The real file a path names: symbolic links followed (to a file that may not exist yet),
/// as an absolute path with its folder's links resolved too. Saving to a link replaces the
/// file it points to, not the link.
pub(crate) fn real_path(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    let mut links = 0;
    loop {
        match std::fs::symlink_metadata(&current) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                links += 1;
                if links > 40 {
                    return Err(io::Error::other(words::text("file-too-many-links")));
                }
                let target = std::fs::read_link(&current)?;
                current = match current.parent() {
                    Some(parent) if target.is_relative() => parent.join(target),
                    _ => target,
                };
            }
            Ok(_) => break,
            Err(error) if error.kind() == io::ErrorKind::NotFound => break,
            Err(error) => return Err(error),
        }
    }
    let name = current.file_name().ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            words::text("file-no-file-name"),
        )
    })?;
    let folder = match current.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Ok(folder.canonicalize()?.join(name))
}

/// True when `file` is the file at `path` now (Unix: the same device and inode).
#[cfg(unix)]
pub(crate) fn is_at(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

/// Refuses a target `wrap` must not replace: a folder, a read-only file, and for a plan
/// (`plan`), anything but a regular file.
pub(crate) fn refuse_unwritable(
    shown: &Path,
    metadata: &std::fs::Metadata,
    plan: bool,
) -> Result<(), CliError> {
    let file = shown.display().to_string();
    let file = &[("file", file.as_str().into())];
    if metadata.is_dir() {
        return Err(
            CliError::failure(words::format("file-folder-not-file", file))
                .hint(words::text("file-folder-not-file-hint")),
        );
    }
    if plan && !metadata.is_file() {
        return Err(CliError::failure(words::format("file-not-regular", file))
            .hint(words::text("file-not-regular-hint")));
    }
    if metadata.is_file() && metadata.permissions().readonly() {
        return Err(CliError::failure(words::format("file-read-only", file))
            .hint(words::format("file-read-only-hint", file)));
    }
    Ok(())
}

/// Refuses to write onto the backup of a plan, or onto a plan's lock file (Windows keeps
/// one beside the plan): both belong to the plan beside them.
pub(crate) fn protected(shown: &Path, real: &Path) -> Option<CliError> {
    let name = real.file_name()?.to_str()?;
    for (ending, message) in [(".bak", "file-keeps-backup"), (".lock", "file-keeps-lock")] {
        if let Some(plan) = name.strip_suffix(ending)
            && !plan.is_empty()
            && real.with_file_name(plan).is_file()
        {
            let file = shown.display().to_string();
            return Some(
                CliError::usage(words::format(
                    message,
                    &[("file", file.as_str().into()), ("plan", plan.into())],
                ))
                .hint(words::text("file-choose-another-name")),
            );
        }
    }
    None
}

/// The name of a temporary file beside `name` starts with `.` and this, then the random part
/// and `.tmp`; long names are cut so the whole stays within [`NAME_MAX`].
fn temporary_stem(name: &str) -> &str {
    let room = NAME_MAX - ".".len() - ".".len() - RANDOM - ".tmp".len();
    let mut end = name.len().min(room);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    &name[..end]
}

/// Removes the temporary files an earlier, interrupted write of `name` left in `folder`:
/// those no running `wrap` holds (each write locks its temporary file while it works).
fn remove_stale_temporaries(folder: &Path, name: &str) {
    let prefix = format!(".{}.", temporary_stem(name));
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(file_name) = file_name.to_str() else {
            continue;
        };
        let ours = file_name.len() == prefix.len() + RANDOM + ".tmp".len()
            && file_name.starts_with(&prefix)
            && file_name.ends_with(".tmp")
            && entry.file_type().is_ok_and(|kind| kind.is_file());
        if !ours {
            continue;
        }
        let path = entry.path();
        if let Ok(file) = File::options().read(true).write(true).open(&path)
            && file.try_lock().is_ok()
        {
            let _ = std::fs::remove_file(&path);
        }
    }
}

/// A new temporary file beside `name` in `folder`: readable by its owner only (whatever
/// the umask), and locked, so that no other `wrap` takes it for a stale one.
fn temporary(folder: &Path, name: &str) -> io::Result<NamedTempFile> {
    let prefix = format!(".{}.", temporary_stem(name));
    loop {
        let temporary = tempfile::Builder::new()
            .prefix(&prefix)
            .suffix(".tmp")
            .rand_bytes(RANDOM)
            .tempfile_in(folder)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            temporary
                .as_file()
                .set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
        temporary.as_file().lock()?;
        // Another `wrap` cleaning up may have removed it before it was locked.
        #[cfg(unix)]
        if !is_at(temporary.as_file(), temporary.path()) {
            continue;
        }
        return Ok(temporary);
    }
}

/// Makes sure a save can happen in the real file's folder (a temporary file can be made
/// there), so that `wrap edit` or `wrap new` says so before the first question, not after
/// the first answer.
pub(crate) fn probe_folder(shown: &Path, real: &Path) -> Result<(), CliError> {
    let folder = real.parent().unwrap_or(Path::new("."));
    let name = real.file_name().unwrap_or_default().to_string_lossy();
    temporary(folder, &name).map(drop).map_err(|error| {
        let file = shown.display().to_string();
        CliError::failure(words::format(
            "file-cannot-save-in-folder",
            &[
                ("file", file.as_str().into()),
                ("reason", describe_io(&error).as_str().into()),
            ],
        ))
        .hint(words::text("file-cannot-save-in-folder-hint"))
    })
}

/// Opens a file, giving up after [`PIPE_WAIT`] when it is a named pipe nobody has opened
/// from the other end (opening one waits for that).
fn open_waiting(path: &Path, options: &OpenOptions, pipe: bool) -> io::Result<File> {
    if !pipe {
        return options.open(path);
    }
    let (send, receive) = mpsc::channel();
    let (path, options) = (path.to_path_buf(), options.clone());
    std::thread::spawn(move || {
        let _ = send.send(options.open(&path));
    });
    receive.recv_timeout(PIPE_WAIT).unwrap_or_else(|_| {
        Err(io::Error::new(
            io::ErrorKind::TimedOut,
            words::format(
                "file-pipe-nobody",
                &[("count", (PIPE_WAIT.as_secs() as usize).into())],
            ),
        ))
    })
}

#[cfg(unix)]
fn is_pipe(metadata: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    metadata.file_type().is_fifo()
}

#[cfg(not(unix))]
fn is_pipe(_: &std::fs::Metadata) -> bool {
    false
}

/// Writes a file atomically: a temporary file beside the real target (through a symbolic
/// link, not over it), readable by its owner only, written, flushed to disk and renamed over
/// the target, then the folder flushed. A failure at any point leaves the previous file
/// exactly as it was. A device or a named pipe (`/dev/null`, `/dev/stdout`) is written to
/// as it is, without a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    let real = real_path(path).map_err(|e| write_failed(path, "file-action-find-folder", &e))?;
    if let Some(refusal) = protected(path, &real) {
        return Err(refusal);
    }
    match std::fs::metadata(&real) {
        Ok(metadata) if !metadata.is_file() && !metadata.is_dir() => {
            let mut file = open_waiting(&real, OpenOptions::new().write(true), is_pipe(&metadata))
                .map_err(|e| write_failed(path, "file-action-open", &e))?;
            file.write_all(bytes)
                .and_then(|()| file.flush())
                .map_err(|e| write_failed(path, "file-action-write", &e))
        }
        Ok(metadata) => {
            refuse_unwritable(path, &metadata, false)?;
            replace(path, &real, bytes, Some(&metadata))
        }
        Err(error) if error.kind() == io::ErrorKind::NotFound => replace(path, &real, bytes, None),
        Err(error) => Err(write_failed(path, "file-action-look", &error)),
    }
}

/// A write that failed, and what it was doing (`action`, a `file-action-` message's id).
fn write_failed(path: &Path, action: &str, error: &io::Error) -> CliError {
    let file = path.display().to_string();
    CliError::failure(words::format(
        "file-could-not",
        &[
            ("file", file.as_str().into()),
            ("action", words::text(action).as_str().into()),
            ("reason", describe_io(error).as_str().into()),
        ],
    ))
}

/// Replaces the regular file (or nothing) at `real` with `bytes`, atomically, keeping the
/// owner of `previous` (the file replaced, or the plan a backup belongs to) where allowed.
fn replace(
    shown: &Path,
    real: &Path,
    bytes: &[u8],
    previous: Option<&std::fs::Metadata>,
) -> Result<(), CliError> {
    let fail = |what: &str, error: io::Error| write_failed(shown, what, &error);
    let folder = real.parent().unwrap_or(Path::new("."));
    let name = real
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let guard = crate::lock::for_write(shown, real)?;
    remove_stale_temporaries(folder, &name);
    let mut temporary =
        temporary(folder, &name).map_err(|e| fail("file-action-make-temporary", e))?;
    keep_owner(temporary.as_file(), previous);
    temporary
        .write_all(bytes)
        .map_err(|e| fail("file-action-write", e))?;
    temporary
        .as_file()
        .sync_all()
        .map_err(|e| fail("file-action-flush", e))?;
    let file = temporary
        .persist(real)
        .map_err(|e| fail("file-action-replace", e.error))?;
    guard.replaced(file);
    if let Ok(dir) = File::open(folder) {
        // Makes the rename itself durable; not every platform allows syncing a folder.
        let _ = dir.sync_all();
    }
    Ok(())
}

/// Gives a new file the owner and group of the file it replaces, so that a save made as
/// another user (root, say) does not take a person's plan away from them. Only allowed
/// where the operating system allows it; otherwise the file stays the writer's.
fn keep_owner(file: &File, previous: Option<&std::fs::Metadata>) {
    #[cfg(unix)]
    if let Some(previous) = previous {
        use std::os::unix::fs::MetadataExt;
        if let Ok(now) = file.metadata()
            && (now.uid() != previous.uid() || now.gid() != previous.gid())
        {
            let _ = std::os::unix::fs::fchown(file, Some(previous.uid()), Some(previous.gid()));
        }
    }
    #[cfg(not(unix))]
    let _ = (file, previous);
}

/// Creates the plan file at `real` with `bytes`, unless a file appeared there first
/// (`Ok(None)`); on Unix gives back the new file, locked.
pub(crate) fn create_new(
    shown: &Path,
    real: &Path,
    bytes: &[u8],
) -> Result<Option<File>, CliError> {
    let fail = |what: &str, error: io::Error| write_failed(shown, what, &error);
    let folder = real.parent().unwrap_or(Path::new("."));
    let name = real
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    remove_stale_temporaries(folder, &name);
    let mut temporary =
        temporary(folder, &name).map_err(|e| fail("file-action-make-temporary", e))?;
    temporary
        .write_all(bytes)
        .map_err(|e| fail("file-action-write", e))?;
    temporary
        .as_file()
        .sync_all()
        .map_err(|e| fail("file-action-flush", e))?;
    match temporary.persist_noclobber(real) {
        Ok(file) => Ok(Some(file)),
        Err(error) if error.error.kind() == io::ErrorKind::AlreadyExists => Ok(None),
        Err(error) => Err(fail("file-action-create", error.error)),
    }
}

/// Where the previous version of a plan is kept: beside the real plan file, its name with
/// `.bak` added (`my-plan.json` -> `my-plan.json.bak`), cut to fit a file name's limit.
pub fn backup_path(path: &Path) -> PathBuf {
    let real = real_path(path).unwrap_or_else(|_| path.to_path_buf());
    let name = real.file_name().unwrap_or_default().to_string_lossy();
    let mut end = name.len().min(NAME_MAX - ".bak".len());
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    real.with_file_name(format!("{}.bak", &name[..end]))
}

/// Saves a plan: canonical JSON written atomically onto the real plan file, after keeping
/// the file's previous version, if there is one and it differs, as its backup (see
/// [`backup_path`]), itself written atomically. Every save of a plan goes through here.
pub fn save_plan(path: &Path, plan: &Plan) -> Result<(), CliError> {
    let real = real_path(path).map_err(|e| write_failed(path, "file-action-find-folder", &e))?;
    let text = wrap_core::format::to_string(plan);
    let metadata = match std::fs::metadata(&real) {
        Ok(metadata) => {
            refuse_unwritable(path, &metadata, true)?;
            Some(metadata)
        }
        Err(error) if error.kind() == io::ErrorKind::NotFound => None,
        Err(error) => return Err(write_failed(path, "file-action-look", &error)),
    };
    if metadata.is_some() {
        match std::fs::read(&real) {
            Ok(previous) if previous == text.as_bytes() => return Ok(()),
            Ok(previous) => {
                let backup = backup_path(&real);
                let backup_real = real_path(&backup)
                    .map_err(|e| write_failed(&backup, "file-action-find-folder", &e))?;
                if let Ok(existing) = std::fs::metadata(&backup_real) {
                    refuse_unwritable(&backup, &existing, true)?;
                }
                replace(&backup, &backup_real, &previous, metadata.as_ref())?;
            }
            Err(error) if error.kind() == io::ErrorKind::NotFound => {}
            Err(error) => {
                let file = path.display().to_string();
                return Err(CliError::failure(words::format(
                    "file-cannot-keep-backup",
                    &[
                        ("file", file.as_str().into()),
                        ("reason", describe_io(&error).as_str().into()),
                    ],
                )));
            }
        }
    }
    replace(path, &real, text.as_bytes(), metadata.as_ref())
}

/// True when two paths name the same existing file.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_keeps_owner_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
    }

    #[test]
    fn saving_keeps_the_previous_version_as_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("my-plan.json");
        assert_eq!(
            backup_path(&path),
            dir.path().join("my-plan.json.bak"),
            "the backup sits beside the plan"
        );
        let mut plan = Plan::default();
        plan.about.owner = "Ffion ŵ".into();
        save_plan(&path, &plan).unwrap();
        assert!(
            !backup_path(&path).exists(),
            "a first save has nothing to keep"
        );
        let first = std::fs::read(&path).unwrap();
        plan.toolbox.using.push("Cân 🎶".into());
        save_plan(&path, &plan).unwrap();
        assert_eq!(std::fs::read(backup_path(&path)).unwrap(), first);
        assert_eq!(load_plan(&path).unwrap(), plan);
        save_plan(&path, &plan).unwrap();
        assert_eq!(
            std::fs::read(backup_path(&path)).unwrap(),
            first,
            "an unchanged save keeps the backup as it was"
        );
    }

    #[test]
    fn failed_write_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing-folder").join("plan.json");
        let error = write_atomic(&path, b"x").unwrap_err();
        assert!(error.message.contains("plan.json"), "{}", error.message);
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[cfg(unix)]
    #[test]
    fn saving_through_a_symlink_replaces_the_real_file() {
        let dir = tempfile::tempdir().unwrap();
        let vault = dir.path().join("vault");
        std::fs::create_dir(&vault).unwrap();
        let real = vault.join("plan.json");
        let link = dir.path().join("plan.json");
        std::os::unix::fs::symlink("vault/plan.json", &link).unwrap();
        let mut plan = Plan::default();
        save_plan(&link, &plan).unwrap();
        plan.about.owner = "Ann".into();
        save_plan(&link, &plan).unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(load_plan(&real).unwrap(), plan);
        assert_eq!(
            names(&vault),
            ["plan.json", "plan.json.bak"],
            "the backup is beside the real file"
        );
        assert_eq!(names(dir.path()), ["plan.json", "vault"]);
        // The same for an export through a link.
        let out = dir.path().join("out.md");
        std::os::unix::fs::symlink("vault/real-out.md", &out).unwrap();
        write_atomic(&out, b"one").unwrap();
        write_atomic(&out, b"two").unwrap();
        assert_eq!(std::fs::read(vault.join("real-out.md")).unwrap(), b"two");
        assert!(
            std::fs::symlink_metadata(&out)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }

    #[cfg(unix)]
    #[test]
    fn devices_and_pipes_are_written_without_a_rename() {
        use std::os::unix::fs::FileTypeExt;
        write_atomic(Path::new("/dev/null"), b"plan").unwrap();
        let null = std::fs::metadata("/dev/null").unwrap();
        assert!(
            null.file_type().is_char_device(),
            "/dev/null is still a device"
        );
        let error = save_plan(Path::new("/dev/null"), &Plan::default()).unwrap_err();
        assert!(
            error.message.contains("not a regular file"),
            "{}",
            error.message
        );

        let dir = tempfile::tempdir().unwrap();
        let pipe = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&pipe).status();
        if !made.is_ok_and(|s| s.success()) {
            panic!("mkfifo is needed for this test");
        }
        let reader = {
            let pipe = pipe.clone();
            std::thread::spawn(move || std::fs::read(pipe).unwrap())
        };
        write_atomic(&pipe, b"through the pipe").unwrap();
        assert_eq!(reader.join().unwrap(), b"through the pipe");
        assert!(std::fs::metadata(&pipe).unwrap().file_type().is_fifo());
        // Nobody at the other end: a clear error after a wait, not a hang.
        let error = read_plan_bytes(&pipe).unwrap_err();
        assert!(error.message.contains("named pipe"), "{}", error.message);
    }

    #[test]
    fn stale_temporary_files_are_removed_at_the_next_save() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json");
        for stale in [".plan.json.a1B2c3.tmp", ".plan.json.bak.zzzzzz.tmp"] {
            std::fs::write(dir.path().join(stale), b"a killed save").unwrap();
        }
        let other = ".other.json.a1b2c3.tmp";
        std::fs::write(dir.path().join(other), b"not this file's").unwrap();
        // One being written right now, by a `wrap` that holds its lock, stays.
        let busy = dir.path().join(".plan.json.BUSY00.tmp");
        let held = File::create(&busy).unwrap();
        held.lock().unwrap();
        let mut plan = Plan::default();
        save_plan(&path, &plan).unwrap();
        plan.about.title = "changed".into();
        save_plan(&path, &plan).unwrap();
        assert_eq!(
            names(dir.path()),
            [
                ".other.json.a1b2c3.tmp",
                ".plan.json.BUSY00.tmp",
                "plan.json",
                "plan.json.bak"
            ]
        );
    }

    #[test]
    fn a_long_file_name_can_be_saved() {
        let dir = tempfile::tempdir().unwrap();
        for length in [244, 250, 255] {
            let name = format!("{}.json", "ŵ".repeat((length - 5) / 2));
            let path = dir.path().join(&name);
            let mut plan = Plan::default();
            save_plan(&path, &plan).unwrap();
            plan.about.title = "again".into();
            save_plan(&path, &plan).unwrap();
            assert_eq!(load_plan(&path).unwrap(), plan, "{} bytes", name.len());
            assert!(backup_path(&path).exists());
        }
    }

    #[test]
    fn read_only_files_and_a_plans_backup_are_not_written_over() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json");
        save_plan(&path, &Plan::default()).unwrap();
        let mut permissions = std::fs::metadata(&path).unwrap().permissions();
        permissions.set_readonly(true);
        std::fs::set_permissions(&path, permissions).unwrap();
        let mut plan = Plan::default();
        plan.about.title = "changed".into();
        let error = save_plan(&path, &plan).unwrap_err();
        assert!(error.message.contains("read-only"), "{}", error.message);
        assert!(write_atomic(&path, b"x").is_err());
        assert_eq!(load_plan(&path).unwrap(), Plan::default());
        let error = write_atomic(&dir.path().join("plan.json.bak"), b"x").unwrap_err();
        assert!(
            error.message.contains("backup of plan.json"),
            "{}",
            error.message
        );
        assert!(!dir.path().join("plan.json.bak").exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_save_keeps_the_owner_of_the_file_it_replaces() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json");
        save_plan(&path, &Plan::default()).unwrap();
        if std::os::unix::fs::chown(&path, Some(65534), Some(65534)).is_err() {
            crate::output::note(
                "SKIPPED a_save_keeps_the_owner_of_the_file_it_replaces: only root can give a file to another user\n",
            );
            return;
        }
        let mut plan = Plan::default();
        plan.about.title = "changed by root".into();
        save_plan(&path, &plan).unwrap();
        for file in [path.clone(), backup_path(&path)] {
            let metadata = std::fs::metadata(&file).unwrap();
            assert_eq!(
                (metadata.uid(), metadata.gid()),
                (65534, 65534),
                "{}",
                file.display()
            );
            assert_eq!(metadata.mode() & 0o777, 0o600);
        }
    }
}
