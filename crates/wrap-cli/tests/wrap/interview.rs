//! The interview end to end: the real `wrap` binary in a pseudo-terminal, typed at like a
//! person would, with Ctrl-C, carrying on, editing and reviewing.

#![cfg(unix)]

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use expectrl::{ControlCode, Session, WaitStatus};

const ENTER: &str = "\r";
const DOWN: &str = "\x1b[B";
const BACKSPACE: &str = "\x7f";

/// Starts `wrap ARGS` in a pseudo-terminal of 80 by 30, in `dir`.
fn spawn(dir: &Path, args: &[&str]) -> Session {
    let mut command = Command::new(env!("CARGO_BIN_EXE_wrap"));
    command
        .args(args)
        .current_dir(dir)
        .env("WRAP_TODAY", "2026-11-23")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm");
    let mut session = Session::spawn(command).expect("the binary starts in a terminal");
    session
        .set_window_size(80, 30)
        .expect("the terminal takes a size");
    // The machine may be busy: be patient.
    session.set_expect_timeout(Some(Duration::from_secs(30)));
    session
}

/// Waits for `text` on the screen.
fn see(session: &mut Session, text: &str) {
    if let Err(error) = session.expect(text) {
        panic!("did not see {text:?}: {error}");
    }
}

/// Waits for a prompt whose hint line starts with `hint`, then types `answer` and Enter.
fn answer(session: &mut Session, hint: &str, answer: &str) {
    see(session, hint);
    session.send(format!("{answer}{ENTER}")).unwrap();
}

/// Waits for the process to end and gives its exit code.
fn exit_code(session: &mut Session) -> i32 {
    match session.wait().expect("the process ends") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("the process did not exit normally: {other:?}"),
    }
}

fn plan_json(dir: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(dir.join("plan.json")).expect("the plan is saved");
    serde_json::from_str(&text).expect("the saved plan is JSON")
}

const TEXT: &str = "[Enter to go on";
const DATE: &str = "[a date such as";
const LIST: &str = "[Enter on an empty line when done";
const FIELD: &str = "[Enter alone to leave it out";
const MENU: &str = "[arrows to move";

/// The 16 answers of the first sitting, in the order they are typed.
const FIRST: [&str; 16] = [
    "Fy nghynllun ŵ",                 // about.title
    "Rhiannon Ŵ",                     // about.owner
    "Σοφία",                          // written_with[0].name
    "gweithiwr cymorth 🤝",           // written_with[0].role
    "2027-02-23",                     // about.next_review_due
    "Aros yn iach gartref 🏡",        // about.purpose
    "Cerdded ger yr afon 🚶",         // toolbox.using[0]
    "Μουσική",                        // toolbox.using[1]
    "/tea at four",                   // toolbox.using[2], typed as //tea at four
    "Nofio yn y môr 🌊",              // toolbox.to_try[0]
    "Ioga",                           // toolbox.to_try[1]
    "Tawel, chwilfrydig, caredig ✨", // daily.when_well
    "Codi am 8",                      // daily.every_day[0]
    "Bwyta brecwast 🍳",              // daily.every_day[1]
    "Ffonio Mam",                     // daily.every_day[2]
    "Golau dydd ☀️",                  // daily.every_day[3], then Ctrl-C
];

#[test]
fn sixteen_answers_survive_ctrl_c_and_a_second_sitting_adds_to_them() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path();

    // First sitting: 16 answers, then Ctrl-C in the middle of a list.
    let mut s = spawn(folder, &["new", "plan.json"]);
    see(&mut s, "saved in plan.json after every answer");
    see(&mut s, "What would you like to call this plan?");
    answer(&mut s, TEXT, FIRST[0]);
    see(&mut s, "Whose plan is this?");
    answer(&mut s, TEXT, FIRST[1]);
    see(&mut s, "Did anyone help you write it?");
    answer(&mut s, LIST, FIRST[2]);
    answer(&mut s, FIELD, FIRST[3]);
    see(&mut s, "entry 2:");
    answer(&mut s, LIST, ""); // an empty first field ends the list, as every list ends
    see(&mut s, "On what date was this plan written?");
    answer(&mut s, DATE, ""); // today is already in the box
    see(&mut s, "When would you like to look at it again?");
    answer(&mut s, DATE, FIRST[4]);
    see(&mut s, "What would you like this plan to help you with?");
    answer(&mut s, TEXT, FIRST[5]);
    see(&mut s, "Is this right?");
    answer(&mut s, MENU, "");
    see(
        &mut s,
        "What do you already do that helps you feel well or better?",
    );
    answer(&mut s, LIST, FIRST[6]);
    see(&mut s, "> 2.");
    answer(&mut s, LIST, FIRST[7]);
    see(&mut s, "> 3.");
    answer(&mut s, LIST, "//tea at four");
    see(&mut s, "> 4.");
    answer(&mut s, LIST, "");
    see(&mut s, "Is there anything you would like to try?");
    answer(&mut s, LIST, FIRST[9]);
    see(&mut s, "> 2.");
    answer(&mut s, LIST, FIRST[10]);
    see(&mut s, "> 3.");
    answer(&mut s, LIST, "");
    see(&mut s, "Is this right?");
    answer(&mut s, MENU, "");
    see(
        &mut s,
        "How would you describe yourself when you are feeling well?",
    );
    answer(&mut s, TEXT, FIRST[11]);
    see(&mut s, "What do you need to do every day to keep well?");
    answer(&mut s, LIST, FIRST[12]);
    for (n, entry) in FIRST[13..].iter().enumerate() {
        see(&mut s, &format!("> {}.", n + 2));
        answer(&mut s, LIST, entry);
    }
    see(&mut s, "> 5.");
    see(&mut s, LIST);
    s.send_control(ControlCode::EndOfText).unwrap();
    see(&mut s, "Everything typed so far is saved in plan.json");
    see(&mut s, "wrap new plan.json");
    assert_eq!(exit_code(&mut s), 130);

    let saved = plan_json(folder);
    let text = saved.to_string();
    for typed in FIRST {
        assert!(
            text.contains(&serde_json::to_string(typed).unwrap()),
            "{typed:?} is missing from {text}"
        );
    }
    assert_eq!(saved["about"]["created_on"], "2026-11-23");
    assert_eq!(saved["toolbox"]["using"][2], "/tea at four");
    assert_eq!(saved["daily"]["every_day"].as_array().unwrap().len(), 4);
    assert!(folder.join("plan.json.bak").exists(), "the backup is kept");

    // Second sitting: it offers to carry on, and adds to what is there.
    let mut s = spawn(folder, &["new", "plan.json"]);
    see(&mut s, "plan.json already holds a plan (Rhiannon Ŵ)");
    see(
        &mut s,
        "Carry on where we stopped: Daily maintenance, Things I do every day",
    );
    answer(&mut s, MENU, "");
    see(&mut s, "Written so far:");
    see(&mut s, "4. Golau dydd ☀️");
    see(&mut s, "> 5.");
    answer(&mut s, LIST, "Agor y ffenest 🪟");
    see(&mut s, "> 6.");
    answer(&mut s, LIST, "");
    see(&mut s, "What might you need to do on some days");
    answer(&mut s, LIST, "/stop");
    see(&mut s, "To carry on another time: wrap new plan.json");
    assert_eq!(exit_code(&mut s), 0);

    let saved = plan_json(folder);
    let every_day: Vec<&str> = saved["daily"]["every_day"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert_eq!(every_day, [&FIRST[12..], &["Agor y ffenest 🪟"]].concat());
    let text = saved.to_string();
    for typed in FIRST {
        assert!(text.contains(&serde_json::to_string(typed).unwrap()));
    }

    // `wrap show` shows every word.
    let shown = Command::new(env!("CARGO_BIN_EXE_wrap"))
        .args(["show", "plan.json"])
        .current_dir(folder)
        .output()
        .unwrap();
    assert!(shown.status.success());
    let shown = String::from_utf8(shown.stdout).unwrap();
    for typed in FIRST.iter().chain(&["Agor y ffenest 🪟"]) {
        assert!(
            shown.contains(typed),
            "`wrap show` lacks {typed:?}:\n{shown}"
        );
    }
}

/// A small plan to edit and review.
fn write_sample(dir: &Path) {
    let plan = r#"{
  "format": "wrap-plan",
  "version": 1,
  "about": { "owner": "Ffion" },
  "toolbox": { "using": ["Darllen", "Cân 🎶"] }
}
"#;
    std::fs::write(dir.join("plan.json"), plan).unwrap();
}

#[test]
fn edit_changes_one_entry() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path();
    write_sample(folder);
    let mut s = spawn(folder, &["edit", "plan.json", "--section", "toolbox"]);
    see(&mut s, "Wellness toolbox: which part?");
    answer(&mut s, MENU, ""); // Things that help me
    see(&mut s, "What would you like to do?");
    see(&mut s, MENU);
    s.send(format!("{DOWN}{ENTER}")).unwrap(); // Change one
    see(&mut s, "Which one?");
    see(&mut s, MENU);
    s.send(format!("{DOWN}{ENTER}")).unwrap(); // 2. Cân 🎶
    see(&mut s, "[Enter to keep what is shown");
    s.send(BACKSPACE.repeat(5)).unwrap();
    s.send(format!("Canu yn y côr 🎶{ENTER}")).unwrap();
    see(&mut s, "2. Canu yn y côr 🎶");
    // Esc leaves the part's menu, the section, and the plan.
    for question in [
        "What would you like to do?",
        "which part?",
        "Which section?",
    ] {
        see(&mut s, question);
        see(&mut s, MENU);
        s.send("\x1b").unwrap();
    }
    see(&mut s, "Your plan is saved in plan.json");
    assert_eq!(exit_code(&mut s), 0);
    let saved = plan_json(folder);
    assert_eq!(
        saved["toolbox"]["using"],
        serde_json::json!(["Darllen", "Canu yn y côr 🎶"])
    );
}

#[test]
fn review_sets_the_next_date() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path();
    write_sample(folder);
    let mut s = spawn(folder, &["review", "plan.json"]);
    see(&mut s, "On what date is this review?");
    answer(&mut s, DATE, ""); // today
    see(&mut s, "Who took part?");
    answer(&mut s, LIST, "Sam (gweithiwr cymorth)");
    see(&mut s, "> 2.");
    answer(&mut s, LIST, "");
    see(&mut s, "Anything to note");
    answer(&mut s, "[Enter to go on", "");
    see(&mut s, "When would you like the next review?");
    see(&mut s, MENU);
    s.send(format!("{DOWN}{ENTER}")).unwrap(); // in 3 months
    see(&mut s, "The next review is due on 2027-02-23");
    assert_eq!(exit_code(&mut s), 0);
    let saved = plan_json(folder);
    assert_eq!(saved["about"]["next_review_due"], "2027-02-23");
    assert_eq!(saved["about"]["reviews"][0]["date"], "2026-11-23");
    assert_eq!(
        saved["about"]["reviews"][0]["with"][0],
        "Sam (gweithiwr cymorth)"
    );
}

#[test]
fn without_a_terminal_the_questions_name_the_alternatives() {
    let dir = tempfile::tempdir().unwrap();
    write_sample(dir.path());
    for args in [
        &["new", "plan.json"][..],
        &["edit", "plan.json"],
        &["review", "plan.json"],
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_wrap"))
            .args(args)
            .current_dir(dir.path())
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let error = String::from_utf8(output.stderr).unwrap();
        assert!(error.contains("needs a terminal"), "{error}");
        for alternative in ["text editor", "wrap check", "wrap show", "wrap export"] {
            assert!(error.contains(alternative), "{error}");
        }
    }
}

#[test]
fn one_writer_at_a_time_and_a_killed_one_never_blocks() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path();
    write_sample(folder);
    let mut first = spawn(folder, &["edit", "plan.json"]);
    see(&mut first, "Which section?");

    let mut second = spawn(folder, &["review", "plan.json"]);
    see(&mut second, "already open in another `wrap`");
    assert_eq!(exit_code(&mut second), 1);

    // A process killed outright holds nothing: the system drops its lock.
    first
        .kill(expectrl::Signal::SIGKILL)
        .expect("the first wrap can be killed");
    let _ = first.wait();
    let mut third = spawn(folder, &["edit", "plan.json"]);
    see(&mut third, "Which section?");
    see(&mut third, MENU);
    third.send("\x1b").unwrap();
    assert_eq!(exit_code(&mut third), 0);
}
