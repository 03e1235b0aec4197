//! Every file in `tests/fixtures/broken/` given to every command that reads a plan: exit code 1, no
//! panic, a message that names the file and the place, and an existing output left as it was.

use std::path::PathBuf;
use std::process::Output;

use crate::common::wrap;

fn broken_dir() -> PathBuf {
    wrap_testkit::broken_dir()
}

/// (file name, the place its message must name) from `tests/fixtures/broken/PLACES.txt`.
fn corpus() -> Vec<(String, String)> {
    let places = std::fs::read_to_string(broken_dir().join("PLACES.txt")).unwrap();
    let cases: Vec<(String, String)> = places
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let (name, place) = line.split_once('\t').unwrap_or((line, ""));
            (name.to_owned(), place.to_owned())
        })
        .collect();
    let files = std::fs::read_dir(broken_dir()).unwrap().filter(|e| {
        e.as_ref()
            .unwrap()
            .path()
            .extension()
            .is_some_and(|x| x == "json")
    });
    assert_eq!(
        files.count(),
        cases.len(),
        "every broken file is listed in PLACES.txt"
    );
    assert!(cases.len() >= 20);
    cases
}

/// The commands that read a plan, with `{plan}` and `{out}` to fill in.
const COMMANDS: &[&[&str]] = &[
    &["check", "{plan}"],
    &["check", "--strict", "{plan}"],
    &["show", "{plan}"],
    &["export", "{plan}", "--format", "json", "-o", "{out}"],
    &["export", "{plan}", "--format", "pdf", "-o", "{out}"],
    &["export", "{plan}", "--format", "markdown", "-o", "{out}"],
];

fn assert_clean_failure(output: &Output, args: &[String], name: &str, place: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{args:?} panicked: {stderr}");
    assert!(stderr.starts_with("error: "), "{args:?}: {stderr}");
    assert!(
        stderr.contains(name),
        "{args:?}: the message does not name the file: {stderr}"
    );
    assert!(
        stderr.contains(place),
        "{args:?}: the message does not name `{place}`: {stderr}"
    );
    assert!(
        stderr.lines().count() <= 5,
        "{args:?}: one short message, not a trace: {stderr}"
    );
}

#[test]
fn broken_files_fail_cleanly_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("existing-output.json");
    for (name, place) in corpus() {
        let plan = broken_dir().join(&name);
        for command in COMMANDS {
            std::fs::write(&out, "an earlier export").unwrap();
            let args: Vec<String> = command
                .iter()
                .map(|a| {
                    a.replace("{plan}", plan.to_str().unwrap())
                        .replace("{out}", out.to_str().unwrap())
                })
                .collect();
            let refs: Vec<&str> = args.iter().map(String::as_str).collect();
            let output = wrap(&refs);
            assert_clean_failure(&output, &args, &name, &place);
            assert!(
                output.stdout.is_empty() || refs[0] == "check",
                "{args:?} printed output"
            );
            assert_eq!(
                std::fs::read_to_string(&out).unwrap(),
                "an earlier export",
                "{args:?} touched the output"
            );
        }
    }
}

/// What `wrap check` prints for every broken file, word for word: a change to the loader must
/// leave every message as it was (the snapshot was taken before the loader was rewritten).
#[test]
fn every_broken_file_keeps_its_message() {
    let dir = format!("{}{}", broken_dir().display(), std::path::MAIN_SEPARATOR);
    let mut messages = String::new();
    for (name, _) in corpus() {
        let plan = broken_dir().join(&name);
        let output = wrap(&["check", plan.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&output.stderr).replace(&dir, "");
        messages.push_str(&format!("== {name}\n{stderr}"));
    }
    insta::assert_snapshot!("messages", messages);
}

#[test]
fn a_huge_file_is_refused_by_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.json");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(100 * 1024 * 1024).unwrap();
    let output = wrap(&["check", path.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr.contains("huge.json: the file is larger than a plan may be (16 MiB at most"),
        "{stderr}"
    );
}

#[test]
fn special_files_are_refused_without_reading_forever() {
    #[cfg(unix)]
    {
        let output = wrap(&["check", "/dev/zero"]);
        assert_eq!(output.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("/dev/zero"), "{stderr}");
    }
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_says_permission_denied() {
    use std::os::unix::fs::PermissionsExt;
    // As root, permissions do not apply: the command runs as `nobody` instead, in a folder
    // that user may enter, on a file no one may read.
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = dir.path().join("secret.json");
    std::fs::copy(wrap_testkit::examples_dir().join("minimal.json"), &path).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    let output = crate::common::as_unprivileged(dir.path(), &["show", "secret.json"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("secret.json: cannot read the plan: permission denied"),
        "{stderr}"
    );
}

#[test]
fn a_broken_file_is_explained_in_welsh_with_lang() {
    let plan = broken_dir().join("version-string.json");
    let output = wrap(&["check", "--lang", "cy", plan.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(
            "version-string.json: rhaid i `version` fod yn rhif cyfan fel 2, ond \"1\" yw e\n"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("must be a whole number"), "{stderr}");
    let plan = broken_dir().join("duplicate-field.json");
    let output = wrap(&["check", "--lang", "pl", plan.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("pole `owner` występuje dwa razy w jednym obiekcie"),
        "{stderr}"
    );
    assert!(!stderr.contains("appears twice"), "{stderr}");
}

#[test]
fn an_invalid_plan_is_explained_in_welsh_by_locale() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.json");
    std::fs::write(
        &plan,
        r#"{"format": "wrap-plan", "version": 2, "progress": {"answered": ["toolbox.nope"]}}"#,
    )
    .unwrap();
    let output = std::process::Command::new(crate::common::binary())
        .args(["check", plan.to_str().unwrap()])
        .env("WRAP_TODAY", "2026-11-23")
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "cy_GB.UTF-8")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains(
            "  - progress.answered[0]: nid yw \"toolbox.nope\" yn rhan o gynllun (mae enwau \
             rhannau fel toolbox.using)\n"
        ),
        "{stdout}"
    );
    assert!(!stdout.contains("is not a part of a plan"), "{stdout}");
}
