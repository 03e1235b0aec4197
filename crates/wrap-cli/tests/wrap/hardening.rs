//! The hostile cases: one writer however a plan is reached, saves through links, devices and
//! pipes, an unwritable standard error, text that tries to drive the terminal, other users.

#![cfg(unix)]

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use expectrl::{ControlCode, Session, WaitStatus};

use crate::common::{as_unprivileged, binary, is_root};

fn command(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(binary());
    command
        .args(args)
        .current_dir(dir)
        .env("WRAP_TODAY", "2026-11-23")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env_remove("RUST_BACKTRACE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    command
}

fn run(dir: &Path, args: &[&str]) -> Output {
    command(dir, args).output().expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Starts `wrap ARGS` in a pseudo-terminal.
fn spawn(dir: &Path, args: &[&str]) -> Session {
    let mut session = Session::spawn(command(dir, args)).expect("the binary starts");
    session.set_window_size(80, 30).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(30)));
    session
}

fn see(session: &mut Session, text: &str) {
    if let Err(error) = session.expect(text) {
        panic!("did not see {text:?}: {error}");
    }
}

fn exit_code(session: &mut Session) -> i32 {
    match session.wait().expect("the process ends") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("the process did not exit normally: {other:?}"),
    }
}

/// Presses Ctrl-C and waits for the end: exit 130 at a prompt, or the signal itself when it
/// came before the prompt was drawn; either way nothing typed is lost.
fn stop(session: &mut Session) {
    session.send_control(ControlCode::EndOfText).unwrap();
    match session.wait().expect("the process ends") {
        WaitStatus::Exited(_, 130) | WaitStatus::Signaled(_, expectrl::Signal::SIGINT, _) => {}
        other => panic!("Ctrl-C did not stop it: {other:?}"),
    }
}

/// A plan whose owner is `owner`, written into `dir` as `name`.
fn plan_with_owner(dir: &Path, name: &str, owner: &str) -> PathBuf {
    let mut plan: serde_json::Value =
        serde_json::from_str(&wrap_testkit::sample_text("minimal")).unwrap();
    plan["about"]["owner"] = owner.into();
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(&plan).unwrap()).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    path
}

#[test]
fn one_writer_however_the_plan_is_reached() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path();
    plan_with_owner(folder, "plan.json", "Ann Writer");
    plan_with_owner(folder, "other.json", "Someone Else");
    std::fs::create_dir(folder.join("sub")).unwrap();
    std::os::unix::fs::symlink("../plan.json", folder.join("sub/link.json")).unwrap();
    std::fs::hard_link(folder.join("plan.json"), folder.join("hard.json")).unwrap();

    let mut first = spawn(folder, &["new", "plan.json"]);
    see(&mut first, "Ann Writer");
    assert!(
        !folder.join("plan.json.lock").exists(),
        "no lock file to remove"
    );
    for other in ["sub/link.json", "hard.json", "./sub/../plan.json"] {
        let mut second = spawn(folder, &["edit", other]);
        see(&mut second, "already open in another `wrap`");
        assert_eq!(exit_code(&mut second), 1, "{other}");
    }
    let export = run(folder, &["export", "other.json", "-o", "plan.json"]);
    assert_eq!(export.status.code(), Some(1));
    assert!(
        text(&export.stderr).contains("open in another `wrap`"),
        "{}",
        text(&export.stderr)
    );
    let export = run(
        folder,
        &[
            "export",
            "other.json",
            "--format",
            "json",
            "-o",
            "plan.json.bak",
        ],
    );
    assert_eq!(export.status.code(), Some(2), "{}", text(&export.stderr));
    assert!(text(&export.stderr).contains("keeps the backup of plan.json"));

    stop(&mut first);
    let saved = std::fs::read_to_string(folder.join("plan.json")).unwrap();
    assert!(saved.contains("Ann Writer"), "{saved}");

    // Let go: the next writer gets in.
    let mut second = spawn(folder, &["new", "sub/link.json"]);
    see(&mut second, "Ann Writer");
    stop(&mut second);
    assert!(
        std::fs::symlink_metadata(folder.join("sub/link.json"))
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link is still a link"
    );
}

#[test]
fn a_folder_is_refused_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("plans")).unwrap();
    let mut session = spawn(dir.path(), &["new", "plans"]);
    see(&mut session, "this is a folder");
    assert_eq!(exit_code(&mut session), 1);
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no plans.lock or anything else");
}

#[test]
fn an_unwritable_standard_error_is_no_panic() {
    let dir = tempfile::tempdir().unwrap();
    plan_with_owner(dir.path(), "m.json", "Ann");
    let full = || {
        std::fs::File::options()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    for (args, code) in [
        (&["export", "m.json", "-o", "o.json"][..], 0),
        (&["show", "missing.json"][..], 1),
        (&["export", "m.json", "-o", "o.what"][..], 2),
    ] {
        let status = command(dir.path(), args)
            .stdout(Stdio::null())
            .stderr(full())
            .status()
            .unwrap();
        assert_eq!(status.code(), Some(code), "{args:?}");
    }
    let status = command(dir.path(), &["show", "m.json"])
        .stdout(full())
        .stderr(full())
        .status()
        .unwrap();
    assert_eq!(
        status.code(),
        Some(1),
        "a failed write to stdout is an error, not a panic"
    );
}

/// Text that would drive a terminal: set the clipboard (OSC 52), a hyperlink (OSC 8),
/// clear the screen (CSI), the same through a C1 control, and a bell.
const HOSTILE: &str = "\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}]8;;https:\u{2215}\u{2215}example.invalid\u{1b}\\\u{1b}[2J\u{9b}2J\u{7}";

fn assert_clean(what: &str, bytes: &[u8]) {
    let shown = text(bytes);
    assert!(
        !shown
            .replace("\r\n", "\n")
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'),
        "{what} printed a control character: {shown:?}"
    );
}

#[test]
fn nothing_from_a_plan_or_a_file_name_reaches_the_terminal_raw() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path();
    let mut plan: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/full.json"),
        )
        .unwrap(),
    )
    .unwrap();
    plan["about"]["owner"] = format!("Ann{HOSTILE}").into();
    plan["crisis"]["supporters"][0]["name"] = format!("Sam{HOSTILE}").into();
    plan["crisis"]["supporters"][0]["phone"] = format!("no phone{HOSTILE}").into();
    plan["crisis"]["health_contacts"][0]["name"] = format!("Dr{HOSTILE}").into();
    plan["crisis"]["tasks"][0]["task"] = format!("Cat{HOSTILE}").into();
    let name = format!("plan{HOSTILE}.json");
    std::fs::write(folder.join(&name), serde_json::to_string(&plan).unwrap()).unwrap();
    for args in [
        vec!["check", name.as_str()],
        vec!["check", "--strict", name.as_str()],
        vec!["show", name.as_str()],
        vec!["export", name.as_str(), "--format", "markdown", "-o", "-"],
        vec!["export", name.as_str(), "--format", "vcard", "-o", "-"],
        vec!["export", name.as_str(), "-o", "out.md"],
    ] {
        let output = run(folder, &args);
        assert_clean(&format!("{args:?} (stdout)"), &output.stdout);
        assert_clean(&format!("{args:?} (stderr)"), &output.stderr);
    }
    // Errors quoting the file: an unknown field's name and a bad date's text.
    let bad = [
        format!(r#"{{"format": "wrap-plan", "version": 1, "x{HOSTILE}": 1}}"#),
        format!(
            r#"{{"format": "wrap-plan", "version": 1, "about": {{"created_on": "2026{HOSTILE}"}}}}"#
        ),
        format!("{{\"format\": \"wrap-plan\", \"version\": 1, {HOSTILE}"),
    ];
    for (n, broken) in bad.iter().enumerate() {
        let path = folder.join(format!("bad{n}{HOSTILE}.json"));
        std::fs::write(
            &path,
            broken
                .replace('\u{1b}', "\\u001b")
                .replace('\u{7}', "\\u0007")
                .replace('\u{9b}', "\\u009b"),
        )
        .unwrap();
        let output = run(folder, &["check", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(1));
        assert_clean(&format!("error {n}"), &output.stderr);
        std::fs::write(&path, broken).unwrap();
        let output = run(folder, &["show", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(1));
        assert_clean(&format!("raw error {n}"), &output.stderr);
    }

    // The interview's carry-on screen shows the owner cleaned.
    std::fs::write(
        folder.join("plan.json"),
        serde_json::to_string(&plan).unwrap(),
    )
    .unwrap();
    let mut session = spawn(folder, &["new", "plan.json"]);
    see(&mut session, "Ann\u{FFFD}]52;c;cHduZWQ=\u{FFFD}");
    stop(&mut session);
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(folder.join("plan.json")).unwrap()).unwrap();
    assert_eq!(
        saved["about"]["owner"], plan["about"]["owner"],
        "shown cleaned, kept as written"
    );
}

#[test]
fn devices_are_written_to_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    plan_with_owner(dir.path(), "m.json", "Ann");
    let output = run(
        dir.path(),
        &["export", "m.json", "--format", "json", "-o", "/dev/null"],
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
    // A copy of /dev/null where a plan's export would go (only root may make one).
    let null = dir.path().join("null");
    let made = Command::new("mknod")
        .arg(&null)
        .args(["c", "1", "3"])
        .status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("SKIPPED the mknod case of devices_are_written_to_not_replaced: needs root");
        return;
    }
    let output = run(
        dir.path(),
        &["export", "m.json", "--format", "json", "-o", "null"],
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::metadata(&null)
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

#[test]
fn under_a_strict_umask_files_stay_0600_and_writable_by_their_owner() {
    let dir = tempfile::tempdir().unwrap();
    plan_with_owner(dir.path(), "m.json", "Ann");
    for _ in 0..2 {
        let status = Command::new("sh")
            .args([
                "-c",
                &format!("umask 0277 && exec '{}' export m.json -o o.json", binary()),
            ])
            .current_dir(dir.path())
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success());
        let mode = std::fs::metadata(dir.path().join("o.json")).unwrap().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn permission_cases_as_an_unprivileged_user() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path();
    std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o777)).unwrap();
    let plan = plan_with_owner(folder, "m.json", "Ann");
    std::fs::set_permissions(&plan, std::fs::Permissions::from_mode(0o644)).unwrap();
    // A read-only export target is left alone, with a clear message.
    let out = folder.join("ro.md");
    std::fs::write(&out, b"keep me").unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o444)).unwrap();
    let output = as_unprivileged(folder, &["export", "m.json", "-o", "ro.md"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("read-only"),
        "{}",
        text(&output.stderr)
    );
    assert_eq!(std::fs::read(&out).unwrap(), b"keep me");
    if !is_root() {
        return;
    }
    // A folder the user may not write in: the export fails clearly and nothing changes.
    let locked = folder.join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    let output = as_unprivileged(folder, &["export", "m.json", "-o", "locked/out.md"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("permission denied"),
        "{}",
        text(&output.stderr)
    );
    assert_eq!(std::fs::read_dir(&locked).unwrap().count(), 0);
    // The unprivileged user's own export is theirs and 0600.
    let output = as_unprivileged(folder, &["export", "m.json", "-o", "mine.md"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let metadata = std::fs::metadata(folder.join("mine.md")).unwrap();
    assert_eq!((metadata.uid(), metadata.mode() & 0o777), (65534, 0o600));
}

#[test]
fn a_plan_past_the_limits_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan: serde_json::Value =
        serde_json::from_str(&wrap_testkit::sample_text("minimal")).unwrap();
    plan["toolbox"]["using"] = vec!["walk"; wrap_core::MAX_ENTRIES + 1].into();
    std::fs::write(dir.path().join("big.json"), plan.to_string()).unwrap();
    for args in [
        &["check", "big.json"][..],
        &["export", "big.json", "-o", "big.fhir.json"][..],
    ] {
        let output = run(dir.path(), args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert!(
            text(&output.stderr).contains("more than 50000 entries"),
            "{}",
            text(&output.stderr)
        );
    }
    assert!(!dir.path().join("big.fhir.json").exists());
}

#[test]
fn the_hint_names_a_backup_only_when_there_is_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("plan.json"),
        r#"{"format": "wrap-plan", "version": 1, "typo": 1}"#,
    )
    .unwrap();
    let output = run(dir.path(), &["check", "plan.json"]);
    assert!(
        !text(&output.stderr).contains(".bak"),
        "{}",
        text(&output.stderr)
    );
    std::fs::write(dir.path().join("plan.json.bak"), b"{}").unwrap();
    let output = run(dir.path(), &["check", "plan.json"]);
    assert!(
        text(&output.stderr).contains("plan.json.bak"),
        "{}",
        text(&output.stderr)
    );
}
