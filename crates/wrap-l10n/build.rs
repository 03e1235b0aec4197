//! Compiles the catalogues into the program: for each language's folder under `locales/`
//! (its BCP 47 tag), its `.ftl` files in name order, and an index of which file defines each
//! message, sorted for a binary search. Building the index here, not at every start, saves
//! each command a scan of some 70 KB of text and a hash table.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("set by cargo")).join("locales");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut out = String::from("// Made by build.rs from the files under locales/.\n");
    for (tag, folder) in entries(&root) {
        let files: Vec<(String, String)> = entries(&folder)
            .into_iter()
            .filter(|(name, _)| name.ends_with(".ftl"))
            .map(|(name, path)| {
                let text =
                    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                (name, text)
            })
            .collect();
        let mut index: BTreeMap<&str, usize> = BTreeMap::new();
        for (file, (_, text)) in files.iter().enumerate() {
            for id in message_ids(text) {
                // A message given twice keeps its first.
                index.entry(id).or_insert(file);
            }
        }
        let name = tag.replace('-', "_").to_ascii_uppercase();
        let _ = writeln!(out, "const {name}: Catalogue = Catalogue {{\n    files: &[");
        for (file, _) in &files {
            let path = folder.join(file);
            let _ = writeln!(
                out,
                "        ({file:?}, include_str!({:?})),",
                path.display()
            );
        }
        out.push_str("    ],\n    index: &[\n");
        for (id, file) in index {
            let _ = writeln!(out, "        ({id:?}, {file}),");
        }
        out.push_str("    ],\n};\n");
    }
    let generated = Path::new(&env::var("OUT_DIR").expect("set by cargo")).join("catalogues.rs");
    fs::write(&generated, out).unwrap_or_else(|e| panic!("{}: {e}", generated.display()));
}

/// The entries of a folder, by name, in name order.
fn entries(folder: &Path) -> Vec<(String, std::path::PathBuf)> {
    let mut found: Vec<_> = fs::read_dir(folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|entry| {
            let entry = entry.unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
            (
                entry.file_name().to_string_lossy().into_owned(),
                entry.path(),
            )
        })
        .collect();
    found.sort();
    found
}

/// The identifiers of the messages a Fluent file defines: a message starts a line with its
/// identifier (comments start with `#`, terms with `-`, and a message's other lines are
/// indented).
fn message_ids(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
        .map(|line| {
            let end = line
                .bytes()
                .position(|b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
                .unwrap_or(line.len());
            &line[..end]
        })
}
