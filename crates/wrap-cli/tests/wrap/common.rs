//! What the tests that run the real `wrap` binary share.

use std::process::{Command, Output};

/// Runs `wrap` with `args`, on a fixed "today", without colour and without backtraces.
pub fn wrap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wrap"))
        .args(args)
        .env("WRAP_TODAY", "2026-11-23")
        .env("NO_COLOR", "1")
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("the binary runs")
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
