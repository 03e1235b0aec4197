//! The declared `rust-version` is honest: no crate in the program's tree asks for a newer
//! Rust than the workspace says it needs. (The standard library's side is clippy's
//! `incompatible_msrv` lint, which `.ci/run` runs as an error.)

use std::process::Command;

/// A version such as `1.89` or `1.88.0` as numbers, so that 1.100 sorts after 1.99.
fn parse(version: &str) -> Vec<u64> {
    let mut parts: Vec<u64> = version
        .split('.')
        .map(|part| {
            part.parse()
                .unwrap_or_else(|_| panic!("a version: {version}"))
        })
        .collect();
    parts.resize(3, 0);
    parts
}

#[test]
fn no_dependency_needs_a_newer_rust_than_the_declared_one() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let rustc = Command::new("rustc")
        .arg("-vV")
        .output()
        .expect("rustc runs");
    let rustc = String::from_utf8_lossy(&rustc.stdout).into_owned();
    let host = rustc
        .lines()
        .find_map(|line| line.strip_prefix("host: "))
        .expect("rustc names its host");
    // The host's tree, from the lock file alone: every crate it needs is already downloaded
    // by the build that runs this test.
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked", "--offline"])
        .args(["--filter-platform", host])
        .current_dir(wrap_testkit::repo_file(""))
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo metadata: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let manifest = std::fs::read_to_string(wrap_testkit::repo_file("Cargo.toml")).unwrap();
    let declared = manifest
        .lines()
        .find_map(|line| line.strip_prefix("rust-version = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("the workspace declares a rust-version");
    let packages = metadata["packages"].as_array().unwrap();
    assert!(packages.len() > 50, "{} packages", packages.len());
    let newer: Vec<String> = packages
        .iter()
        .filter_map(|package| {
            let needs = package["rust_version"].as_str()?;
            (parse(needs) > parse(declared)).then(|| {
                format!(
                    "{} {} needs Rust {needs}",
                    package["name"], package["version"]
                )
            })
        })
        .collect();
    assert!(
        newer.is_empty(),
        "rust-version is {declared}, but: {newer:#?}"
    );
}
