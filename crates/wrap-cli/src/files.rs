//! Every file the program reads or writes goes through here: loading plans with a size
//! limit and clear errors, and atomic, owner-only writes that never damage the previous file.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use wrap_core::format::MAX_PLAN_BYTES;
use wrap_core::{Date, Plan};

use crate::error::CliError;

/// Reads a file for loading as a plan, refusing folders, and files past the size limit.
pub fn read_plan_bytes(path: &Path) -> Result<Vec<u8>, CliError> {
    let file = path.display();
    let open_error = |error: io::Error| {
        let cli = CliError::failure(format!(
            "{file}: cannot read the plan: {}",
            describe_io(&error)
        ));
        match error.kind() {
            io::ErrorKind::NotFound => cli.hint(format!(
                "check the file name; `wrap new {file}` starts a new plan"
            )),
            io::ErrorKind::PermissionDenied => {
                cli.hint("ask whoever owns the file, or check its permissions")
            }
            _ => cli,
        }
    };
    let metadata = std::fs::metadata(path).map_err(open_error)?;
    if metadata.is_dir() {
        return Err(
            CliError::failure(format!("{file}: this is a folder, not a plan file"))
                .hint("name the plan's .json file inside it"),
        );
    }
    if metadata.len() > MAX_PLAN_BYTES as u64 {
        return Err(too_large(path, metadata.len()));
    }
    let mut bytes = Vec::new();
    File::open(path)
        .and_then(|f| f.take(MAX_PLAN_BYTES as u64 + 1).read_to_end(&mut bytes))
        .map_err(open_error)?;
    if bytes.len() > MAX_PLAN_BYTES {
        return Err(too_large(path, bytes.len() as u64));
    }
    Ok(bytes)
}

fn too_large(path: &Path, size: u64) -> CliError {
    CliError::failure(format!(
        "{}: the file is larger than a plan may be ({} MiB at most; this one is at least {:.1} MiB)",
        path.display(),
        MAX_PLAN_BYTES / (1024 * 1024),
        size as f64 / (1024.0 * 1024.0)
    ))
    .hint("is this the right file? A plan is a JSON file made by `wrap new`")
}

/// Loads and parses a plan file.
pub fn load_plan(path: &Path) -> Result<Plan, CliError> {
    let bytes = read_plan_bytes(path)?;
    wrap_core::format::from_slice(&bytes).map_err(|error| CliError::load(path, &error))
}

fn describe_io(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "there is no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => error.to_string(),
    }
}

/// Writes a file atomically: a temporary file in the same folder, readable by its owner only,
/// written, flushed to disk and renamed over the target, then the folder flushed. A failure at
/// any point leaves the previous file exactly as it was.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    let fail = |what: &str, error: io::Error| {
        CliError::failure(format!(
            "{}: could not {what}: {}; the previous file, if any, is unchanged",
            path.display(),
            describe_io(&error)
        ))
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if path.is_dir() {
        return Err(CliError::failure(format!(
            "{}: this is a folder; give a file name",
            path.display()
        )));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut temporary = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(|e| fail("create a file in its folder", e))?;
    temporary.write_all(bytes).map_err(|e| fail("write", e))?;
    temporary
        .as_file()
        .sync_all()
        .map_err(|e| fail("flush to disk", e))?;
    temporary
        .persist(path)
        .map_err(|e| fail("replace the file", e.error))?;
    if let Ok(dir) = File::open(&folder) {
        // Makes the rename itself durable; not every platform allows syncing a folder.
        let _ = dir.sync_all();
    }
    Ok(())
}

/// True when two paths name the same existing file.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Today's date: `WRAP_TODAY` (YYYY-MM-DD) when set, for reproducible output; otherwise
/// the system clock's date in UTC.
pub fn today() -> Result<Date, CliError> {
    if let Ok(text) = std::env::var("WRAP_TODAY") {
        return text.parse().map_err(|error| {
            CliError::usage(format!("WRAP_TODAY: {error}"))
                .hint("unset WRAP_TODAY to use the system clock")
        });
    }
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Date::from_days_since_epoch((seconds / 86_400) as i64).ok_or_else(|| {
        CliError::failure("the system clock is set to a date outside the years 1 to 9999")
    })
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
    fn failed_write_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing-folder").join("plan.json");
        let error = write_atomic(&path, b"x").unwrap_err();
        assert!(error.message.contains("plan.json"), "{}", error.message);
    }
}
