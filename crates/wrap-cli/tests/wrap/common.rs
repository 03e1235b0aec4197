//! What the tests that run the real `wrap` binary share.

use std::path::Path;
use std::process::{Command, Output};

/// The `wrap` binary under test.
pub fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_wrap")
}

/// Runs `wrap` with `args`, on a fixed "today", without colour and without backtraces.
pub fn wrap(args: &[&str]) -> Output {
    steady(Command::new(binary()).args(args))
        .output()
        .expect("the binary runs")
}

/// Sets what every run of the binary in these tests shares: a fixed "today", no colour, no
/// backtraces, and no locale (so British English, unless a test sets one after this).
pub fn steady(command: &mut Command) -> &mut Command {
    command
        .env("WRAP_TODAY", "2026-11-23")
        .env("NO_COLOR", "1")
        .env_remove("RUST_BACKTRACE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
}

/// The path of a sample plan in `examples/`.
pub fn example(name: &str) -> String {
    wrap_testkit::examples_dir()
        .join(name)
        .to_string_lossy()
        .into_owned()
}

/// What the command printed on standard output.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// What the command printed on standard error.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// True when the tests run as root, for whom file permissions do not apply.
#[cfg(unix)]
pub fn is_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

/// Runs `wrap ARGS` in `dir` as the unprivileged user `nobody` (through `setpriv`) when the
/// tests run as root, so that permission checks apply; as any other user, as that user.
#[cfg(unix)]
pub fn as_unprivileged(dir: &Path, args: &[&str]) -> Output {
    let mut command = if is_root() {
        let mut command = Command::new("setpriv");
        command.args(["--reuid=65534", "--regid=65534", "--clear-groups", binary()]);
        command
    } else {
        Command::new(binary())
    };
    steady(command.args(args).current_dir(dir))
        .output()
        .expect("the binary runs (as root, through setpriv from util-linux)")
}
