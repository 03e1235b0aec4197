//! The `wrap` binary's integration tests: every command run as a person would run it, the
//! broken-file corpus, the hostile cases (links, devices, other users), the other formats, long
//! plans, PDFs, and the interview through a real pseudo-terminal.

mod broken_files;
mod cli;
mod common;
mod copies;
mod dependencies;
mod hardening;
mod help;
mod interop;
mod interview;
mod languages;
mod large;
mod pdf;
mod rust_version;
