//! The program's dependencies, for every platform it is built for, read from `cargo tree`:
//! no networking crate anywhere, no Unix-only crate in the Windows tree, and no socket in
//! our own code. A `cargo tree` that fails fails the test: an unread tree is not a clean one.

use std::path::Path;
use std::process::Command;

/// The platforms the program is built for.
const TARGETS: [&str; 5] = [
    "x86_64-unknown-linux-gnu",
    "aarch64-unknown-linux-gnu",
    "x86_64-pc-windows-msvc",
    "aarch64-apple-darwin",
    "x86_64-apple-darwin",
];

/// Crates that talk to the network, and why each is refused. Nothing leaves the machine.
const NETWORKING: &[(&str, &str)] = &[
    ("reqwest", "an HTTP client"),
    ("ureq", "an HTTP client"),
    ("curl", "bindings to libcurl, a network client"),
    ("curl-sys", "libcurl itself"),
    ("isahc", "an HTTP client"),
    ("attohttpc", "an HTTP client"),
    ("surf", "an HTTP client"),
    ("hyper", "HTTP clients and servers"),
    ("h2", "HTTP/2 over a network connection"),
    ("h3", "HTTP/3 over a network connection"),
    ("quinn", "QUIC network connections"),
    ("tonic", "gRPC over the network"),
    ("tungstenite", "WebSocket connections"),
    ("lettre", "sends email"),
    (
        "tokio",
        "an async runtime whose point is sockets and network I/O",
    ),
    ("async-std", "an async runtime with network I/O"),
    ("socket2", "raw network sockets"),
    ("native-tls", "TLS, which only a network connection needs"),
    ("rustls", "TLS, which only a network connection needs"),
    ("openssl", "TLS, which only a network connection needs"),
    ("openssl-sys", "TLS, which only a network connection needs"),
    ("trust-dns-resolver", "DNS lookups"),
    ("hickory-resolver", "DNS lookups"),
];

/// Crates that build only on Unix, and so must never be in the Windows tree.
const UNIX_ONLY: &[(&str, &str)] = &[
    ("termion", "a terminal library for Unix only"),
    ("nix", "Unix system calls"),
    ("termios", "Unix terminal settings"),
    ("users", "Unix user and group lookups"),
    ("daemonize", "Unix daemons"),
    ("fork", "Unix fork"),
    ("signal-hook-mio", "Unix signals through mio"),
    ("libc-stdhandle", "Unix standard handles"),
];

/// The crates allowed to use mio, the event-polling library under crossterm: crossterm polls
/// the terminal with it, and signal-hook-mio delivers the window-size signal through a pair of
/// local Unix-domain sockets (which is why mio's `net` feature is on). Neither opens a network
/// connection; anything else that starts using mio is looked at again.
const MIO_USERS: [&str; 4] = ["mio", "crossterm", "signal-hook-mio", "wrap-cli"];

/// Runs `cargo tree ARGS` over the workspace, failing the test when it fails.
fn cargo_tree(target: &str, args: &[&str]) -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args([
            "tree",
            "--workspace",
            "--locked",
            "--prefix",
            "none",
            "--target",
            target,
        ])
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo tree for {target} failed, so its dependencies cannot be checked:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("cargo tree writes UTF-8")
}

/// The program's tree for `target`, one `name vX.Y.Z` per line.
fn tree(target: &str) -> String {
    let text = cargo_tree(target, &["--edges", "normal"]);
    assert!(
        text.contains("wrap-cli v"),
        "cargo tree for {target} does not list the program:\n{text}"
    );
    text
}

/// The crate names in a tree.
fn names(tree: &str) -> Vec<&str> {
    tree.lines()
        .filter_map(|line| line.split_whitespace().next())
        .collect()
}

/// What is refused in a tree, one line each, with the reason.
fn refused(tree: &str, banned: &[(&str, &str)]) -> Vec<String> {
    let mut found: Vec<String> = names(tree)
        .into_iter()
        .filter_map(|name| {
            banned
                .iter()
                .find(|(banned, _)| *banned == name)
                .map(|(name, why)| format!("{name}: {why}"))
        })
        .collect();
    found.sort();
    found.dedup();
    found
}

#[test]
fn no_networking_crate_for_any_platform() {
    for target in TARGETS {
        let tree = tree(target);
        let mut found = refused(&tree, NETWORKING);
        if names(&tree).contains(&"mio") {
            let users = cargo_tree(target, &["--edges", "normal", "--invert", "mio"]);
            for user in names(&users) {
                if !MIO_USERS.contains(&user) {
                    found.push(format!(
                        "{user} uses mio, which has sockets: is it networking?"
                    ));
                }
            }
        }
        assert!(
            found.is_empty(),
            "networking crates in the tree for {target}:\n{}",
            found.join("\n")
        );
    }
}

#[test]
fn no_unix_only_crate_in_the_windows_tree() {
    let tree = tree("x86_64-pc-windows-msvc");
    let found = refused(&tree, UNIX_ONLY);
    assert!(
        found.is_empty(),
        "Unix-only crates in the tree for Windows:\n{}",
        found.join("\n")
    );
    // And the terminal library is there, so the tree read is the real one.
    assert!(names(&tree).contains(&"crossterm_winapi"), "{tree}");
}

#[test]
fn our_code_opens_no_socket() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut found = Vec::new();
    let mut folders = vec![crates];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("the folder can be read") {
            let path = entry.expect("an entry").path();
            if path.is_dir() && !path.ends_with("target") {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && path.is_file() {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for word in ["std::net", "TcpStream", "TcpListener", "UdpSocket"] {
                    // This file names them to look for them.
                    if text.contains(word) && !path.ends_with("dependencies.rs") {
                        found.push(format!("{}: {word}", path.display()));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "network code:\n{}", found.join("\n"));
}

#[test]
fn the_checks_see_what_they_look_for() {
    let tree = "wrap-cli v0.1.0\ntermion v4.0.6\ntokio v1.0.0\n";
    assert_eq!(
        refused(tree, UNIX_ONLY),
        ["termion: a terminal library for Unix only"]
    );
    assert_eq!(
        refused(tree, NETWORKING),
        ["tokio: an async runtime whose point is sockets and network I/O"]
    );
}
