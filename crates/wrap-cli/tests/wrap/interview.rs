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
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
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

/// Takes the language a new plan is first asked for as offered (the interface's), with Enter.
fn pick_the_offered_language(session: &mut Session) {
    see(session, "In which language will you write this plan?");
    answer(session, MENU, "");
}

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
    pick_the_offered_language(&mut s);
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
        // Dates are typed as 2027-02-23 and shown as people read them.
        let typed = &typed
            .parse::<wrap_core::Date>()
            .map_or_else(|_| typed.to_string(), wrap_core::Date::long);
        assert!(
            shown.contains(typed.as_str()),
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

const PASTE_START: &str = "\x1b[200~";
const PASTE_END: &str = "\x1b[201~";
const ESC: &str = "\x1b";
const CTRL_C: &str = "\x03";
const CTRL_U: &str = "\x15";
const CTRL_W: &str = "\x17";

/// Pastes `text` as a terminal does with bracketed paste on: line breaks as carriage returns.
fn paste(session: &mut Session, text: &str) {
    let text = text.replace('\n', "\r");
    session
        .send(format!("{PASTE_START}{text}{PASTE_END}"))
        .unwrap();
}

#[test]
fn a_section_typed_in_the_order_asked_with_pastes_typing_ahead_and_editing_keys() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path();
    let mut s = spawn(folder, &["new", "plan.json"]);
    pick_the_offered_language(&mut s);
    see(&mut s, "What would you like to call this plan?");
    answer(&mut s, TEXT, "Fy nghynllun");

    // A pasted answer of three lines lands whole in the box it was pasted into.
    see(&mut s, "Whose plan is this?");
    see(&mut s, TEXT);
    paste(&mut s, "Sam Jones\nDr Patel\nGP at the Heath");
    see(&mut s, "GP at the Heath");
    s.send(ENTER).unwrap();

    // Ctrl-W and Ctrl-U edit; they type no letters.
    see(&mut s, "Did anyone help you write it?");
    see(&mut s, LIST);
    s.send(format!("Dr Patelx{CTRL_W}Patel{ENTER}")).unwrap();
    see(&mut s, FIELD);
    s.send(format!("uwake{CTRL_U}GP{ENTER}")).unwrap();
    see(&mut s, "entry 2:");
    answer(&mut s, LIST, "");

    // Typing replaces the offered date, and the date understood is said back.
    see(&mut s, "On what date was this plan written?");
    answer(&mut s, DATE, "3rd December");
    see(&mut s, "That is Thursday 3 December 2026");

    // Two answers typed ahead, before their prompts appear.
    see(&mut s, "When would you like to look at it again?");
    s.send(format!("in 3 months{ENTER}Aros yn iach{ENTER}"))
        .unwrap();
    see(&mut s, "Is this right?");
    answer(&mut s, MENU, "");

    // A paste with a blank line into a list: asked whether each line is an entry.
    see(
        &mut s,
        "What do you already do that helps you feel well or better?",
    );
    see(&mut s, LIST);
    paste(&mut s, "Kayaking\n\nWalking the dog\nTea");
    s.send(ENTER).unwrap();
    see(
        &mut s,
        "That holds 3 lines. Take each line as an entry of its own?",
    );
    answer(&mut s, "[y or n", "y");
    // Esc with a half-typed entry goes back to the entry before, and keeps it.
    see(&mut s, "> 4.");
    see(&mut s, LIST);
    s.send("Rhe").unwrap();
    see(&mut s, "Rhe");
    s.send(ESC).unwrap();
    see(&mut s, "> 3. Tea");
    see(&mut s, LIST);
    s.send(ENTER).unwrap();
    see(&mut s, "back in the box");
    see(&mut s, "> 4. Rhe");
    // Ctrl-C with the entry half-typed: it is saved as the entry.
    s.send(format!("d{CTRL_C}")).unwrap();
    see(&mut s, "Everything typed so far is saved in plan.json");
    assert_eq!(exit_code(&mut s), 130);

    let saved = plan_json(folder);
    let about = &saved["about"];
    assert_eq!(about["title"], "Fy nghynllun");
    assert_eq!(about["owner"], "Sam Jones\nDr Patel\nGP at the Heath");
    assert_eq!(
        about["written_with"],
        serde_json::json!([{"name": "Dr Patel", "role": "GP"}])
    );
    assert_eq!(about["created_on"], "2026-12-03");
    assert_eq!(about["next_review_due"], "2027-02-23");
    assert_eq!(about["purpose"], "Aros yn iach");
    assert_eq!(
        saved["toolbox"]["using"],
        serde_json::json!(["Kayaking", "Walking the dog", "Tea", "Rhed"])
    );
}

#[test]
fn a_multi_line_answer_keeps_its_lines_and_back_keeps_a_half_typed_line() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path();
    let mut s = spawn(folder, &["new", "plan.json"]);
    pick_the_offered_language(&mut s);
    see(&mut s, "What would you like to call this plan?");
    see(&mut s, TEXT);
    // Alt-Enter starts a new line; a paste keeps its blank line.
    s.send("Llinell un\x1b\r").unwrap();
    paste(&mut s, "\nParagraff dau");
    see(&mut s, "Paragraff dau");
    s.send(ENTER).unwrap();
    see(&mut s, "Whose plan is this?");
    see(&mut s, TEXT);
    // `/back` typed after some text goes back and keeps the text for later.
    s.send(format!("Rhian /back{ENTER}")).unwrap();
    see(&mut s, "What would you like to call this plan?");
    see(&mut s, TEXT);
    s.send(ENTER).unwrap();
    see(&mut s, "back in the box");
    see(&mut s, "> Rhian");
    s.send(format!("non{ENTER}")).unwrap();
    see(&mut s, "Did anyone help you write it?");
    see(&mut s, LIST);
    s.send(CTRL_C).unwrap();
    assert_eq!(exit_code(&mut s), 130);
    let saved = plan_json(folder);
    assert_eq!(saved["about"]["title"], "Llinell un\n\nParagraff dau");
    assert_eq!(saved["about"]["owner"], "Rhiannon");
}

#[test]
fn back_at_a_yes_or_no_question() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path();
    write_sample(folder);
    let mut s = spawn(folder, &["edit", "plan.json", "--section", "toolbox"]);
    see(&mut s, "Wellness toolbox: which part?");
    answer(&mut s, MENU, "");
    see(&mut s, "What would you like to do?");
    see(&mut s, MENU);
    s.send(format!("3{ENTER}")).unwrap(); // Remove one, by its number
    see(&mut s, "Which one to remove?");
    see(&mut s, MENU);
    s.send(format!("1{ENTER}")).unwrap();
    see(&mut s, "Remove \"Darllen\"?");
    answer(&mut s, "[y or n", "/back");
    see(&mut s, "What would you like to do?");
    see(&mut s, MENU);
    s.send(format!("/stop{ENTER}")).unwrap();
    see(&mut s, "Saved in plan.json");
    assert_eq!(exit_code(&mut s), 0);
    let saved = plan_json(folder);
    assert_eq!(
        saved["toolbox"]["using"],
        serde_json::json!(["Darllen", "Cân 🎶"])
    );
}

/// Everything the terminal was sent, read up to `text`.
fn see_logged(session: &mut Session, text: &str, log: &mut Vec<u8>) {
    match session.expect(text) {
        Ok(found) => {
            log.extend_from_slice(found.before());
            for part in found.matches() {
                log.extend_from_slice(part);
            }
        }
        Err(error) => panic!(
            "did not see {text:?}: {error}\nso far:\n{}",
            String::from_utf8_lossy(log)
        ),
    }
}

#[test]
fn the_plain_mode_draws_without_cursor_movement() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path();
    let mut command = Command::new(env!("CARGO_BIN_EXE_wrap"));
    command
        .args(["new", "plan.json"])
        .current_dir(folder)
        .env("WRAP_TODAY", "2026-11-23")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("ACCESSIBLE", "1")
        .env("TERM", "xterm");
    let mut s = Session::spawn(command).expect("the binary starts in a terminal");
    s.set_window_size(80, 24).unwrap();
    s.set_expect_timeout(Some(Duration::from_secs(30)));
    let mut log = Vec::new();
    see_logged(
        &mut s,
        "In which language will you write this plan?",
        &mut log,
    );
    see_logged(&mut s, "1. English (UK)", &mut log);
    see_logged(&mut s, "type a number from 1 to 6", &mut log);
    s.send(format!("1{ENTER}")).unwrap();
    see_logged(&mut s, "What would you like to call this plan?", &mut log);
    see_logged(&mut s, "> ", &mut log);
    s.send(format!("Fy nghynllunx{BACKSPACE}{ENTER}")).unwrap();
    see_logged(&mut s, "Whose plan is this?", &mut log);
    see_logged(&mut s, "> ", &mut log);
    paste(&mut s, "Sam Jones\nDr Patel");
    s.send(ENTER).unwrap();
    see_logged(&mut s, "Their name?", &mut log);
    see_logged(&mut s, "> ", &mut log);
    s.send(ENTER).unwrap();
    see_logged(&mut s, "On what date was this plan written?", &mut log);
    see_logged(&mut s, "> 2026-11-23", &mut log);
    s.send(ENTER).unwrap();
    see_logged(&mut s, "When would you like to look at it again?", &mut log);
    see_logged(&mut s, "> ", &mut log);
    s.send(format!("in 6 months{ENTER}")).unwrap();
    see_logged(&mut s, "That is Sunday 23 May 2027", &mut log);
    see_logged(
        &mut s,
        "What would you like this plan to help you with?",
        &mut log,
    );
    see_logged(&mut s, "> ", &mut log);
    s.send(ENTER).unwrap();
    see_logged(&mut s, "Is this right?", &mut log);
    see_logged(&mut s, "1. It is right", &mut log);
    see_logged(&mut s, "type a number from 1 to 3", &mut log);
    s.send(format!("1{ENTER}")).unwrap();
    see_logged(&mut s, "What do you already do", &mut log);
    see_logged(&mut s, "> ", &mut log);
    s.send(format!("Cerdded{CTRL_C}")).unwrap();
    see_logged(&mut s, "Everything typed so far is saved", &mut log);
    assert_eq!(exit_code(&mut s), 130);

    let shown = String::from_utf8_lossy(&log).into_owned();
    let mut moves = Vec::new();
    let bytes = shown.as_bytes();
    for (i, window) in bytes.windows(2).enumerate() {
        if window == b"\x1b[" {
            let rest: String = shown[i + 2..].chars().take(8).collect();
            let end = rest.find(|c: char| c.is_ascii_alphabetic() || c == '~');
            let sequence = end.map_or(rest.clone(), |end| rest[..=end].to_owned());
            // Only the bracketed-paste switch may be sent: it moves nothing.
            if sequence != "?2004h" && sequence != "?2004l" {
                moves.push(sequence);
            }
        } else if window[0] == 0x1b && (window[1] == b'7' || window[1] == b'8') {
            moves.push("save/restore cursor".to_owned());
        }
    }
    assert!(moves.is_empty(), "escape sequences {moves:?} in:\n{shown}");
    let saved = plan_json(folder);
    assert_eq!(saved["about"]["title"], "Fy nghynllun");
    assert_eq!(saved["about"]["owner"], "Sam Jones\nDr Patel");
    assert_eq!(saved["about"]["next_review_due"], "2027-05-23");
    assert_eq!(saved["toolbox"]["using"][0], "Cerdded");
}

#[test]
fn lang_asks_in_welsh() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path();
    let mut s = spawn(folder, &["new", "plan.json", "--lang", "cy"]);
    see(
        &mut s,
        "Ym mha iaith fyddwch chi'n ysgrifennu'r cynllun hwn?",
    );
    see(&mut s, "Cymraeg");
    answer(&mut s, "[saethau i symud", "");
    see(&mut s, "Beth hoffech chi alw'r cynllun hwn?");
    answer(&mut s, "[Enter i fynd ymlaen", "Fy nghynllun");
    see(&mut s, "Cynllun pwy yw hwn?");
    answer(&mut s, "[Enter i fynd ymlaen", "/stop");
    see(&mut s, "Wedi'i gadw yn plan.json");
    assert_eq!(exit_code(&mut s), 0);
    let saved = plan_json(folder);
    assert_eq!(saved["language"], "cy");
    assert_eq!(saved["about"]["title"], "Fy nghynllun");
}
