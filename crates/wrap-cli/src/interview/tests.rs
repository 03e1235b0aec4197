//! Tests of the interview, driven by a scripted prompter: what is asked (as snapshots of the
//! transcript) and what ends up in the saved file.

use std::path::{Path, PathBuf};

use wrap_core::{Date, FieldShape, Language, PartShape, Plan, SectionKey, guide};

use super::{Command, Voice, edit_plan, new_plan, read_command, read_command_after, review_plan};
use crate::error::Exit;
use crate::files::{backup_path, load_plan, save_plan};
use crate::prompt::Script::{
    self as Reply, CtrlC, Enter, Escape, Pick, Type, TypeCtrlC, TypeEscape, Yes,
};
use crate::prompt::Scripted;

fn today() -> Date {
    Date::new(2026, 11, 23).unwrap()
}

/// British English, as a locale without `--lang` gives.
const ENGLISH: Voice = Voice {
    asked: None,
    locale: Language::EnGb,
};

struct Run {
    transcript: String,
    exit: Option<Exit>,
    plan: Plan,
    unused: usize,
}

fn plan_file(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("plan.json")
}

/// Replaces the temporary folder in a transcript so that snapshots are stable.
fn stable(text: &str, path: &Path) -> String {
    text.replace(&path.display().to_string(), "plan.json")
        .replace("'plan.json'", "plan.json")
}

fn run_new(path: &Path, script: Vec<Reply>) -> Run {
    let existing = path.exists().then(|| load_plan(path).unwrap());
    let mut prompter = Scripted::new(script);
    let result = new_plan(&mut prompter, path, existing, today(), ENGLISH);
    finish(path, prompter, result)
}

fn finish(path: &Path, prompter: Scripted, result: Result<(), crate::error::CliError>) -> Run {
    Run {
        transcript: stable(&prompter.transcript, path),
        exit: result.err().map(|error| error.exit),
        plan: load_plan(path).unwrap(),
        unused: prompter.unused(),
    }
}

#[test]
fn commands_are_read_and_everything_else_is_kept_as_typed() {
    assert_eq!(read_command("/skip"), Command::Skip);
    assert_eq!(read_command("  /BACK "), Command::Back);
    assert_eq!(read_command("/stop"), Command::Stop);
    assert_eq!(read_command("/help"), Command::Help);
    assert_eq!(read_command("   "), Command::Empty);
    assert_eq!(read_command("/dance"), Command::Unknown("/dance".into()));
    assert_eq!(
        read_command("//dance at 3/4 time"),
        Command::Answer("/dance at 3/4 time".into())
    );
    assert_eq!(
        read_command("  Dawns y glaw 💃 "),
        Command::Answer("  Dawns y glaw 💃 ".into())
    );
    assert_eq!(
        read_command("half/half"),
        Command::Answer("half/half".into())
    );
}

#[test]
fn a_command_typed_after_a_filled_in_answer_is_still_a_command() {
    assert_eq!(
        read_command_after("2026-11-23/skip", "2026-11-23"),
        (Command::Skip, "2026-11-23".into())
    );
    assert_eq!(
        read_command_after("Ann /back", "Ann"),
        (Command::Back, "Ann".into())
    );
    assert_eq!(
        read_command_after("Kayak /back", ""),
        (Command::Back, "Kayak".into()),
        "the text before the command is kept as a draft"
    );
    assert_eq!(
        read_command_after("Ann//x", "Ann"),
        (Command::Answer("Ann//x".into()), String::new())
    );
    assert_eq!(
        read_command_after("Ann and Bob", "Ann"),
        (Command::Answer("Ann and Bob".into()), String::new())
    );
    assert_eq!(
        read_command_after("/tea at four", "/tea at four"),
        (Command::Answer("/tea at four".into()), String::new()),
        "an answer already written that starts with / is not a command"
    );
    assert_eq!(
        read_command_after("/skip /back", "/skip"),
        (Command::Back, "/skip".into())
    );
    assert_eq!(
        read_command_after("AC /DC", ""),
        (Command::Answer("AC /DC".into()), String::new())
    );
}

/// The plan's language, the first question of a new plan.
const IN_ENGLISH: Reply = Pick("English (UK)");

/// One answer for every question of the guide, and "it is right" after each section, in
/// `language`: its name is the first answer, its word for yes answers every yes-or-no field.
fn answers_for_everything(language: Language) -> Vec<Reply> {
    let yes = language.word("yes");
    // The start of both "It is right: on to the next section" and "It is right: finish".
    let right = match language {
        Language::Cy => "Mae'n iawn",
        Language::Es => "Está bien",
        Language::Pl => "Tak jest dobrze",
        Language::EnGb | Language::EnUs => "It is right",
    };
    let mut script = vec![Pick(language.name())];
    for section in guide() {
        for part in section.parts {
            match part.shape {
                PartShape::Text => script.push(Type("Ysgrifennu ✍️")),
                PartShape::Date => script.push(Enter),
                PartShape::List => {
                    script.extend([Type("Ένα"), Type("Two 🌱"), Type("")]);
                }
                PartShape::Records(kind) => {
                    for field in kind.fields() {
                        script.push(Type(match field.shape {
                            FieldShape::YesNo => yes,
                            FieldShape::Phone => "029 2018 0456",
                            _ => "Gwen",
                        }));
                    }
                    // An empty first field ends every list.
                    script.push(Type(""));
                }
            }
        }
        script.push(Pick(right));
    }
    script
}

#[test]
fn a_full_walk_answers_every_part() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    let run = run_new(&path, answers_for_everything(Language::EnGb));
    assert_eq!(run.exit, None, "{}", run.transcript);
    assert_eq!(run.unused, 0);
    let parts: usize = guide().iter().map(|s| s.parts.len()).sum();
    assert_eq!(run.plan.progress.answered.len(), parts - 1);
    assert_eq!(run.plan.progress.skipped, ["about.next_review_due"]);
    assert_eq!(run.plan.about.title, "Ysgrifennu ✍️");
    assert_eq!(run.plan.about.created_on, Some(today()), "today is offered");
    assert_eq!(run.plan.about.next_review_due, None);
    assert_eq!(run.plan.toolbox.using, ["Ένα", "Two 🌱"]);
    assert_eq!(run.plan.crisis.supporters[0].agreed, Some(true));
    assert_eq!(run.plan.crisis.supporters[0].phone, "029 2018 0456");
    assert!(wrap_core::validate(&run.plan).is_empty());
    assert!(backup_path(&path).exists());
    insta::assert_snapshot!(run.transcript);
}

#[test]
fn skip_back_and_stop() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    let run = run_new(
        &path,
        vec![
            IN_ENGLISH,
            Type("/skip"),       // title
            Type("Dafydd"),      // owner
            Type("/back"),       // helpers: back to the owner
            Type("Dafydd ap Ŵ"), // owner again, pre-filled with Dafydd
            Escape,              // helpers: Esc goes back too
            Enter,               // owner: Enter keeps it
            Type(""),            // helpers: none
            Type("/skip"),       // created on
            Type("2027-13-01"),  // next review: not a day
            Type("2027-02-23"),
            Type("/tea"), // not a command: asked again with the text kept
            Type("//tea at four"),
            Pick("It is right"),
            Type("/stop"), // toolbox
        ],
    );
    assert_eq!(run.exit, None);
    assert_eq!(run.unused, 0);
    let about = &run.plan.about;
    assert_eq!(about.title, "");
    assert_eq!(about.owner, "Dafydd ap Ŵ");
    assert_eq!(about.next_review_due, Date::new(2027, 2, 23));
    assert_eq!(about.purpose, "/tea at four");
    assert_eq!(
        run.plan.progress.skipped,
        ["about.title", "about.written_with", "about.created_on"]
    );
    insta::assert_snapshot!(run.transcript);
}

#[test]
fn ctrl_c_keeps_a_half_typed_list_and_a_second_run_carries_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    let mut script = vec![IN_ENGLISH];
    script.extend(vec![Type("/skip"); 5]);
    script.extend([
        Type("Llais"),       // purpose
        Pick("It is right"), // about summary
        Type("Cerdded 🚶"),  // toolbox: using
        Type("Μουσική"),     // and a second entry
        CtrlC,               // in the middle of the list
    ]);
    let first = run_new(&path, script);
    assert_eq!(first.exit, Some(Exit::Interrupted));
    assert_eq!(first.plan.toolbox.using, ["Cerdded 🚶", "Μουσική"]);
    assert!(!first.plan.progress.is_visited("toolbox.using"));

    let second = run_new(
        &path,
        vec![
            Pick("Carry on"),
            Type("Ffrindiau"), // joins the two already written
            Type(""),
            Type("/stop"),
        ],
    );
    assert_eq!(second.exit, None);
    assert_eq!(
        second.plan.toolbox.using,
        ["Cerdded 🚶", "Μουσική", "Ffrindiau"]
    );
    assert_eq!(second.plan.about.purpose, "Llais");
    assert!(second.plan.progress.is_visited("toolbox.using"));
    insta::assert_snapshot!(second.transcript);
}

#[test]
fn carrying_on_can_start_at_a_chosen_section() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    save_plan(&path, &Plan::default()).unwrap();
    let run = run_new(
        &path,
        vec![
            Pick("Go to a section"),
            Pick("Crisis plan"),
            Type("2026-02-30"), // not a day: asked again, with what was typed to correct
            Type("today"),
            CtrlC,
        ],
    );
    assert_eq!(run.exit, Some(Exit::Interrupted));
    assert_eq!(run.plan.crisis.created_on, Some(today()));
    assert_eq!(run.plan.progress.answered, ["crisis.created_on"]);
}

#[test]
fn the_section_summary_offers_a_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    let mut plan = Plan::default();
    for section in &guide()[..1] {
        for part in section.parts {
            plan.progress.mark_skipped(&section.path(part));
        }
    }
    save_plan(&path, &plan).unwrap();
    let run = run_new(
        &path,
        vec![
            Pick("Carry on"),
            Type("Nofio"),
            Type(""),
            Type(""), // to try: nothing
            Pick("Change something"),
            Pick("Things that help me"),
            Pick("Change one"),
            Type("Nofio yn y môr"),
            Pick("Done with this part"),
            Pick("Done with this section"),
            Pick("Save and stop"),
        ],
    );
    assert_eq!(run.exit, None);
    assert_eq!(run.unused, 0);
    assert_eq!(run.plan.toolbox.using, ["Nofio yn y môr"]);
    insta::assert_snapshot!(run.transcript);
}

fn sample_plan(path: &Path) {
    let mut plan = Plan::default();
    plan.about.owner = "Rhiannon".into();
    plan.toolbox.using = vec!["One".into(), "Two".into(), "Three".into()];
    plan.crisis.supporters.push(wrap_core::Supporter {
        name: "Ann".into(),
        phone: "01234".into(),
        ..Default::default()
    });
    save_plan(path, &plan).unwrap();
}

#[test]
fn edit_adds_changes_removes_and_moves() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    sample_plan(&path);
    let mut prompter = Scripted::new(vec![
        Pick("Things that help me"),
        Pick("Move one down"),
        Pick("1. One"),
        Pick("Remove one"),
        Pick("3. Three"),
        Yes(true),
        Pick("Change one"),
        Pick("2. One"),
        Type("Un 🌼"),
        Pick("Add"),
        Type("Pedwar"),
        Type(""),
        Pick("Done with this part"),
        Pick("Done with this section"),
        Pick("Crisis plan"),
        Pick("My supporters"),
        Pick("Change one"),
        Enter,                // name: kept
        Type("chwaer"),       // relationship
        Type("01234 567890"), // phone
        Escape,               // back to the phone
        Type("01234 567899"),
        Type(""),
        Type(""),
        Type("maybe"), // not yes or no: asked again
        Type("y"),
        Pick("Done with this part"),
        Escape, // leaves the section
        Escape, // leaves the plan
    ]);
    let result = edit_plan(
        &mut prompter,
        &path,
        load_plan(&path).unwrap(),
        today(),
        Some(SectionKey::Toolbox),
        ENGLISH,
    );
    let run = finish(&path, prompter, result);
    assert_eq!(run.exit, None);
    assert_eq!(run.unused, 0, "{}", run.transcript);
    assert_eq!(run.plan.toolbox.using, ["Two", "Un 🌼", "Pedwar"]);
    let ann = &run.plan.crisis.supporters[0];
    assert_eq!(ann.name, "Ann");
    assert_eq!(ann.relationship, "chwaer");
    assert_eq!(ann.phone, "01234 567899");
    assert_eq!(ann.agreed, Some(true));
    insta::assert_snapshot!(run.transcript);
}

#[test]
fn edit_changes_the_plans_details() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    sample_plan(&path);
    let mut prompter = Scripted::new(vec![
        Pick("About this plan"),
        Pick("Whose plan"),
        Type("Rhiannon Ŵ"),
        Pick("Next review"),
        Type("2027-01-05"),
        Pick("Done with this section"),
        CtrlC,
    ]);
    let result = edit_plan(
        &mut prompter,
        &path,
        load_plan(&path).unwrap(),
        today(),
        None,
        ENGLISH,
    );
    let run = finish(&path, prompter, result);
    assert_eq!(run.exit, Some(Exit::Interrupted));
    assert_eq!(run.plan.about.owner, "Rhiannon Ŵ");
    assert_eq!(run.plan.about.next_review_due, Date::new(2027, 1, 5));
}

#[test]
fn review_records_who_and_when_and_sets_the_next_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    sample_plan(&path);
    let mut plan = load_plan(&path).unwrap();
    plan.about.reviews.push(wrap_core::Review {
        date: Date::new(2027, 1, 1).unwrap(),
        with: vec![],
        notes: String::new(),
    });
    save_plan(&path, &plan).unwrap();
    let mut prompter = Scripted::new(vec![
        Enter, // today
        Type("Sam (peer support worker)"),
        Type("Ειρήνη"),
        Type(""),
        Type("Went well 😊"),
        Pick("In 3 months"),
    ]);
    let result = review_plan(
        &mut prompter,
        &path,
        load_plan(&path).unwrap(),
        today(),
        ENGLISH,
    );
    let run = finish(&path, prompter, result);
    assert_eq!(run.exit, None);
    assert_eq!(run.unused, 0);
    let reviews = &run.plan.about.reviews;
    assert_eq!(reviews.len(), 2);
    assert_eq!(reviews[0].date, today(), "oldest first");
    assert_eq!(reviews[0].with, ["Sam (peer support worker)", "Ειρήνη"]);
    assert_eq!(reviews[0].notes, "Went well 😊");
    assert_eq!(run.plan.about.next_review_due, Date::new(2027, 2, 23));
    insta::assert_snapshot!(run.transcript);
}

#[test]
fn review_shows_the_changes_since_the_last_one_and_marks_its_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    sample_plan(&path);
    let mut plan = load_plan(&path).unwrap();
    let earlier = Date::new(2026, 8, 1).unwrap();
    plan.about.reviews.push(wrap_core::Review {
        date: earlier,
        with: vec![],
        notes: String::new(),
    });
    plan.record_version(earlier, Some(wrap_core::Mark::Review))
        .unwrap();
    plan.toolbox.using[1] = "Two walks".into();
    plan.crisis.please_do.push("Sit with me".into());
    plan.record_version(Date::new(2026, 9, 1).unwrap(), None)
        .unwrap();
    save_plan(&path, &plan).unwrap();
    let mut prompter = Scripted::new(vec![
        Enter,
        Type("Sam"),
        Type(""),
        Type("Talked about the walks"),
        Pick("In 3 months"),
    ]);
    let result = review_plan(
        &mut prompter,
        &path,
        load_plan(&path).unwrap(),
        today(),
        ENGLISH,
    );
    let run = finish(&path, prompter, result);
    assert_eq!(run.exit, None);
    let shown = run.transcript;
    let start = shown
        .find("Changes since the last review")
        .expect("changes shown");
    let notes = shown.find("Anything to note").unwrap();
    assert!(start < notes, "{shown}");
    insta::assert_snapshot!(&shown[start..notes].trim_end(), @r"
    Changes since the last review (2026-08-01), 2 changes in 2 parts:
    (+ added, - removed, ~ changed: [-words taken out-] {+words put in+})
    Wellness toolbox
      Things that help me
        ~ Two{+ walks+}
    Crisis plan
      Please do
        + Sit with me
    ");
    // The review's saves all went into one version, marked as reviewed.
    let history = &run.plan.history;
    assert_eq!(history.len(), 3);
    assert_eq!(history.last_marked(wrap_core::Mark::Review), Some(3));
    assert_eq!(history.version(3).unwrap().date, today());
}

#[test]
fn review_on_a_typed_date() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    sample_plan(&path);
    let mut prompter = Scripted::new(vec![
        Type("2026-11-20"),
        Type(""),
        Type(""),
        Pick("On another date"),
        Type("2027-05-01"),
    ]);
    let result = review_plan(
        &mut prompter,
        &path,
        load_plan(&path).unwrap(),
        today(),
        ENGLISH,
    );
    let run = finish(&path, prompter, result);
    assert_eq!(run.exit, None);
    assert_eq!(
        run.plan.about.reviews[0].date,
        Date::new(2026, 11, 20).unwrap()
    );
    assert_eq!(run.plan.about.next_review_due, Date::new(2027, 5, 1));
}

#[test]
fn edit_adds_a_supporter_field_by_field() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    sample_plan(&path);
    let mut prompter = Scripted::new(vec![
        Pick("My supporters"),
        Pick("Add"),
        Type("Βασίλης"),
        Type("ffrind"),
        Type("+44 7700 900456"),
        Type(""),
        Type("Dod â bwyd 🍲"),
        Type(""),
        Type(""), // no second supporter: the list ends as every list does
        Pick("Move one up"),
        Pick("2. Βασίλης"),
        Pick("Done with this part"),
        Pick("Done with this section"),
        Pick("Finish"),
    ]);
    let result = edit_plan(
        &mut prompter,
        &path,
        load_plan(&path).unwrap(),
        today(),
        Some(SectionKey::Crisis),
        ENGLISH,
    );
    let run = finish(&path, prompter, result);
    assert_eq!(run.exit, None);
    assert_eq!(run.unused, 0, "{}", run.transcript);
    let plan = run.plan;
    assert_eq!(plan.crisis.supporters.len(), 2);
    assert_eq!(plan.crisis.supporters[0].name, "Βασίλης");
    assert_eq!(plan.crisis.supporters[0].asked_to, "Dod â bwyd 🍲");
    assert_eq!(plan.crisis.supporters[0].agreed, None);
    assert_eq!(plan.crisis.supporters[1].name, "Ann");
    assert!(plan.progress.is_visited("crisis.supporters"));
}

#[test]
fn esc_keeps_the_draft_and_going_forward_offers_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    let run = run_new(
        &path,
        vec![
            IN_ENGLISH,
            Type("Fy nghynllun"),          // title
            TypeEscape("Rhiannon hanner"), // owner: half typed, then Esc
            Enter,                         // title again: kept
            Enter,                         // owner: the draft is back in the box
            CtrlC,
        ],
    );
    assert_eq!(run.exit, Some(Exit::Interrupted));
    assert_eq!(run.plan.about.owner, "Rhiannon hanner");
    assert!(run.transcript.contains("[Rhiannon hanner] Rhiannon hanner"));
    assert!(
        run.plan.progress.drafts.is_empty(),
        "{:?}",
        run.plan.progress
    );
}

#[test]
fn ctrl_c_saves_the_half_typed_answer_and_a_half_typed_date_as_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    let run = run_new(&path, vec![IN_ENGLISH, TypeCtrlC("Fy nghynllun ŵ")]);
    assert_eq!(run.exit, Some(Exit::Interrupted));
    assert_eq!(run.plan.about.title, "Fy nghynllun ŵ");
    assert!(run.plan.progress.is_visited("about.title"));

    let run = run_new(
        &path,
        vec![
            Pick("Carry on"),
            Type("Rhiannon"),
            Type(""),          // written with: nobody
            TypeCtrlC("31/1"), // created on: half typed
        ],
    );
    assert_eq!(run.plan.about.created_on, Date::new(2027, 1, 31));
    let run = run_new(
        &path,
        vec![Pick("Carry on"), TypeCtrlC("in 3 mon")], // next review: not a date yet
    );
    assert_eq!(
        run.plan.progress.draft("about.next_review_due"),
        Some("in 3 mon")
    );
    assert!(run.transcript.contains("Stopped") || run.exit == Some(Exit::Interrupted));
    let run = run_new(&path, vec![Pick("Carry on"), Enter, CtrlC]);
    assert!(
        run.transcript.contains("[in 3 mon] in 3 mon"),
        "the draft is offered back: {}",
        run.transcript
    );
}

#[test]
fn back_in_a_list_goes_to_the_entry_before_and_records_end_like_lists() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = Plan::default();
    for part in guide()[0].parts {
        plan.progress.mark_skipped(&guide()[0].path(part));
    }
    let path = plan_file(&dir);
    save_plan(&path, &plan).unwrap();
    let run = run_new(
        &path,
        vec![
            Pick("Carry on"),
            Type("Caiacio"),
            Type("Nofio"),
            TypeEscape("Rhed"), // back to entry 2, keeping "Rhed" for entry 3
            Type("Nofio yn y môr"),
            Enter, // entry 3: the draft
            Type("/back"),
            Enter, // entry 3 kept
            Type(""),
            Type(""), // to try: nothing
            Pick("It is right"),
        ],
    );
    assert_eq!(
        run.plan.toolbox.using,
        ["Caiacio", "Nofio yn y môr", "Rhed"]
    );
}

#[test]
fn a_pasted_list_asks_whether_each_line_is_an_entry() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = Plan::default();
    for part in guide()[0].parts {
        plan.progress.mark_skipped(&guide()[0].path(part));
    }
    let path = plan_file(&dir);
    save_plan(&path, &plan).unwrap();
    let run = run_new(
        &path,
        vec![
            Pick("Carry on"),
            Type("Kayaking\n\nWalking the dog\nTea"),
            Escape, // back from the question: the paste is back in the box
            Enter,
            Yes(true),
            Type("Cân\nau"),
            Yes(false),
            Type(""),
            Type("Dawnsio"),
            Type(""),
            Type("/back"), // at the menu: back into the section
            Type(""),
            Pick("Save and stop"),
        ],
    );
    assert_eq!(run.exit, None, "{}", run.transcript);
    assert_eq!(
        run.plan.toolbox.using,
        ["Kayaking", "Walking the dog", "Tea", "Cân\nau"]
    );
    assert_eq!(run.plan.toolbox.to_try, ["Dawnsio"]);
}

#[test]
fn commands_work_at_yes_or_no_questions() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    sample_plan(&path);
    let mut prompter = Scripted::new(vec![
        Pick("Things that help me"),
        Pick("Remove one"),
        Pick("1. One"),
        Type("/back"), // Remove "One"? — back: nothing removed
        Pick("Remove one"),
        Pick("1. One"),
        Type("/stop"),
    ]);
    let result = edit_plan(
        &mut prompter,
        &path,
        load_plan(&path).unwrap(),
        today(),
        Some(SectionKey::Toolbox),
        ENGLISH,
    );
    let run = finish(&path, prompter, result);
    assert_eq!(run.exit, None);
    assert_eq!(run.unused, 0);
    assert_eq!(run.plan.toolbox.using, ["One", "Two", "Three"]);
    assert!(run.transcript.contains("Saved in plan.json"));
}

/// A prompter that puts a plan's folder back when asked whether to try saving again, as a
/// person freeing space or fixing the folder would.
struct FolderComesBack {
    inner: Scripted,
    folder: PathBuf,
    asked: usize,
}

impl crate::prompt::Prompter for FolderComesBack {
    fn say(&mut self, text: &str) {
        self.inner.say(text);
    }

    fn ask(&mut self, ask: &crate::prompt::Ask) -> crate::prompt::Reply {
        self.inner.ask(ask)
    }

    fn choose(&mut self, question: &str, options: &[String]) -> crate::prompt::Picked {
        if question.contains("could not be saved") {
            self.asked += 1;
            if self.asked == 2 {
                std::fs::create_dir_all(&self.folder).unwrap();
            }
        }
        self.inner.choose(question, options)
    }
}

#[test]
fn a_failed_save_keeps_the_answer_and_offers_to_try_again() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("plans");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("plan.json");
    sample_plan(&path);
    let plan = load_plan(&path).unwrap();
    std::fs::remove_dir_all(&folder).unwrap();
    let mut prompter = FolderComesBack {
        inner: Scripted::new(vec![
            Pick("About this plan"),
            Pick("Whose plan"),
            Type("Rhiannon Ŵ"),
            Pick("Try saving again"), // the folder is still gone
            Pick("Try saving again"), // now it is back
            Pick("Done with this section"),
            Pick("Finish"),
        ]),
        folder: folder.clone(),
        asked: 0,
    };
    let result = edit_plan(&mut prompter, &path, plan, today(), None, ENGLISH);
    assert!(result.is_ok(), "{:?}", result.err().map(|e| e.message));
    assert_eq!(prompter.asked, 2);
    assert_eq!(prompter.inner.unused(), 0);
    assert!(prompter.inner.transcript.contains("nothing is lost"));
    assert_eq!(load_plan(&path).unwrap().about.owner, "Rhiannon Ŵ");
}

#[test]
fn a_written_answer_starting_with_a_slash_stays_an_answer() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    let mut plan = Plan::default();
    plan.about.title = "/tea at four".into();
    save_plan(&path, &plan).unwrap();
    let run = run_new(&path, vec![Pick("Carry on"), Enter, Type("/stop")]);
    assert_eq!(run.exit, None, "{}", run.transcript);
    assert_eq!(run.plan.about.title, "/tea at four");
    assert!(run.plan.progress.is_visited("about.title"));
    assert!(!run.transcript.contains("not a command"));
}

#[test]
fn the_language_asked_for_beats_the_plans_which_beats_the_locales() {
    let mut plan = Plan::default();
    let voice = |asked| Voice {
        asked,
        locale: Language::Es,
    };
    assert_eq!(voice(None).for_plan(&plan), Language::Es);
    plan.language = Some("cy-GB".parse().unwrap());
    assert_eq!(voice(None).for_plan(&plan), Language::Cy);
    assert_eq!(voice(Some(Language::Pl)).for_plan(&plan), Language::Pl);
    // A language wrap has no catalogue for leaves the locale's.
    plan.language = Some("ur".parse().unwrap());
    assert_eq!(voice(None).for_plan(&plan), Language::Es);
}

/// The first lines of a transcript, up to and including the line that starts with `until`.
fn first_lines(transcript: &str, until: &str) -> String {
    let mut shown = Vec::new();
    for line in transcript.lines() {
        shown.push(line);
        if line.starts_with(until) {
            break;
        }
    }
    shown.join("\n")
}

#[test]
fn a_plan_written_in_welsh_is_asked_in_welsh_from_the_language_question_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    let run = run_new(&path, answers_for_everything(Language::Cy));
    assert_eq!(run.exit, None, "{}", run.transcript);
    assert_eq!(run.unused, 0);
    assert_eq!(run.plan.language.as_ref().map(|t| t.as_str()), Some("cy"));
    // "ie" answers a yes-or-no field, and is kept as yes.
    assert_eq!(run.plan.crisis.supporters[0].agreed, Some(true));
    assert!(wrap_core::validate(&run.plan).is_empty());

    // Long lines are wrapped to the terminal's width: compare with the lines joined.
    let shown = &run.transcript;
    let flat = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let joined = flat(shown);
    let has = |text: &str| joined.contains(&flat(text));
    let supporters = wrap_core::PartKey::CrisisSupporters.guide();
    assert!(has(&supporters.question_in(Language::Cy)));
    assert!(has("Pwy hoffech chi i'ch helpu chi mewn argyfwng?"));
    for section in guide() {
        assert!(has(&section.heading_in(Language::Cy)));
        assert!(
            !has(section.explanation),
            "English: {}",
            section.explanation
        );
        for part in section.parts {
            assert!(has(&part.question_in(Language::Cy)), "{}", part.question);
            assert!(!has(part.question), "English: {}", part.question);
            assert!(!has(part.explanation), "English: {}", part.explanation);
            if let PartShape::Records(kind) = part.shape {
                for field in kind.fields() {
                    assert!(has(&kind.question_in(field, Language::Cy)));
                    assert!(!has(field.question), "English: {}", field.question);
                }
            }
        }
    }
    for english in [
        "Enter to go on",
        "Is this right?",
        "It is right",
        "Save and stop for now",
        "entry 1",
        "of 8",
        "That is the end of the questions",
        "still empty",
        "leave this question for later",
    ] {
        assert!(!has(english), "English: {english}");
    }
    assert!(has("Mae 1 rhan yn dal yn wag."), "{shown}");
    insta::assert_snapshot!(first_lines(shown, ">  "), @r#"
    > In which language will you write this plan?
        English (UK)
        English (US)
        Cymraeg
        Español
        Polski
        Another language (type its tag)
      picked: Cymraeg
    Cynllun newydd, wedi'i gadw yn plan.json ar ôl pob ateb.
    Teipiwch ateb a phwyso Enter. Does dim rhaid ateb dim byd heddiw.
      /skip   gadael y cwestiwn hwn tan yn nes ymlaen
      /back   mynd yn ôl at y cwestiwn neu'r cofnod blaenorol (mae Esc yn gwneud
      hyn hefyd)
      /stop   cadw a stopio; gallwch chi barhau yn nes ymlaen gyda: wrap new
      plan.json
      /help   dangos hyn eto
    I ysgrifennu ateb sy'n dechrau gyda /, dechreuwch ef gyda // yn lle hynny. Mae
    Ctrl-C hefyd yn cadw ac yn stopio; mae'r hyn sydd yn y blwch yn cael ei gadw.

    Am y cynllun hwn (adran 1 o 8)
    ==============================
    Ychydig o fanylion er mwyn i unrhyw un sydd â chopi wybod cynllun pwy yw hwn a
    pha mor gyfredol ydyw.

    Beth hoffech chi alw'r cynllun hwn?
    Mae rhai pobl yn cadw un cynllun; mae eraill yn cadw un ar gyfer pob rhan o'u
    bywyd, fel gwaith neu gartref.
    >  Ysgrifennu ✍️
    "#);
}

#[test]
fn spanish_asked_for_on_the_command_line_speaks_from_the_first_question() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    let mut prompter = Scripted::new(vec![Pick("Español"), Type("Mi plan 🌻"), Type("/stop")]);
    let voice = Voice {
        asked: Some(Language::Es),
        locale: Language::EnGb,
    };
    let result = new_plan(&mut prompter, &path, None, today(), voice);
    let run = finish(&path, prompter, result);
    assert_eq!(run.exit, None);
    assert_eq!(run.plan.about.title, "Mi plan 🌻");
    assert_eq!(run.plan.language.as_ref().map(|t| t.as_str()), Some("es"));
    insta::assert_snapshot!(run.transcript, @r#"
    > ¿En qué idioma vas a escribir este plan?
        Español
        English (UK)
        English (US)
        Cymraeg
        Polski
        Otro idioma (escribe su etiqueta)
      picked: Español
    Un plan nuevo, que se guarda en plan.json después de cada
    respuesta.
    Escribe una respuesta y pulsa Enter. No hace falta responder nada hoy.
      /skip   dejar esta pregunta para más tarde
      /back   volver a la pregunta o entrada anterior (Esc también lo hace)
      /stop   guardar y parar; sigue más tarde con: wrap new
      plan.json
      /help   mostrar esto otra vez
    Para escribir una respuesta que empiece por /, empiézala por //. Ctrl-C
    también guarda y para; lo que hay en la casilla se conserva.

    Sobre este plan (sección 1 de 8)
    ================================
    Algunos datos para que quien tenga una copia sepa de quién es este plan y si
    está al día.

    ¿Cómo te gustaría llamar a este plan?
    Hay quien tiene un solo plan y hay quien tiene uno para cada parte de su vida,
    como el trabajo o la casa.
    >  Mi plan 🌻
      [Enter para seguir, Alt-Enter o Ctrl-J para una línea nueva  /skip  /back  /stop  /help]

    ¿De quién es este plan? ¿Cómo quieres que aparezca tu nombre?
    Tu nombre tal como quieres que lo vean tus personas de apoyo.
    >  /stop
      [Enter para seguir, Alt-Enter o Ctrl-J para una línea nueva  /skip  /back  /stop  /help]

    Guardado en plan.json.
    Para seguir en otro momento: wrap new plan.json
    "#);
}

#[test]
fn a_polish_locale_offers_polish_first_and_says_dates_back_in_polish() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    let mut prompter = Scripted::new(vec![
        Pick("Polski"),
        Type("/skip"),
        Type("/skip"),
        Type(""),
        Type("3.12.2026"),
        CtrlC,
    ]);
    let voice = Voice {
        asked: None,
        locale: Language::Pl,
    };
    let result = new_plan(&mut prompter, &path, None, today(), voice);
    let run = finish(&path, prompter, result);
    assert_eq!(run.exit, Some(Exit::Interrupted));
    assert_eq!(run.plan.about.created_on, Date::new(2026, 12, 3));
    let shown = &run.transcript;
    assert!(shown.contains("    Polski\n    English (UK)"), "{shown}");
    assert!(
        shown.contains("Czyli czwartek, 3 grudnia 2026 (2026-12-03)."),
        "{shown}"
    );
    insta::assert_snapshot!(first_lines(shown, ">  "), @r#"
    > W jakim języku napiszesz ten plan?
        Polski
        English (UK)
        English (US)
        Cymraeg
        Español
        Inny język (wpisz jego znacznik)
      picked: Polski
    Nowy plan, zapisywany w plan.json po każdej odpowiedzi.
    Wpisz odpowiedź i naciśnij Enter. Nie musisz dziś na nic odpowiadać.
      /skip   zostaw to pytanie na później
      /back   wróć do poprzedniego pytania albo wpisu (Esc też tak działa)
      /stop   zapisz i zakończ; możesz kontynuować później poleceniem: wrap new
      plan.json
      /help   pokaż to jeszcze raz
    Żeby napisać odpowiedź zaczynającą się od /, zacznij ją od //. Ctrl-C też
    zapisuje i kończy; to, co jest w polu, zostaje zachowane.

    O tym planie (sekcja 1 z 8)
    ===========================
    Kilka informacji, żeby każdy, kto ma kopię, wiedział, czyj to plan i na ile
    jest aktualny.

    Jak chcesz nazwać ten plan?
    Niektórzy mają jeden plan, inni osobny dla każdej części życia, na przykład
    dla pracy albo domu.
    >  /skip
    "#);
}

#[test]
fn a_language_wrap_does_not_speak_is_kept_by_its_tag() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    let run = run_new(
        &path,
        vec![
            Pick("Another language"),
            Type("Urdu"), // a name, not a tag: asked again
            Type("ur-PK"),
            Type("/stop"),
        ],
    );
    assert_eq!(run.exit, None);
    assert_eq!(
        run.plan.language.as_ref().map(|t| t.as_str()),
        Some("ur-PK")
    );
    let shown = &run.transcript;
    assert!(shown.contains("\"Urdu\" is not a language tag"), "{shown}");
    assert!(shown.contains("The plan is written in ur-PK; the questions stay in this language."));
    assert!(
        shown.contains("What would you like to call this plan?"),
        "the questions stay in English: {shown}"
    );

    // /skip at the question leaves the language unset.
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    let run = run_new(&path, vec![Type("/skip"), Type("/stop")]);
    assert_eq!(run.exit, None);
    assert_eq!(run.plan.language, None);
}

#[test]
fn carrying_on_a_welsh_plan_speaks_welsh_unless_asked_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    let plan = Plan {
        language: Some("cy-GB".parse().unwrap()),
        ..Plan::default()
    };
    save_plan(&path, &plan).unwrap();
    let run = run_new(&path, vec![Pick("Parhau"), Type("/stop")]);
    assert_eq!(run.exit, None, "{}", run.transcript);
    assert!(
        run.transcript
            .contains("Beth hoffech chi alw'r cynllun hwn?")
    );

    let mut prompter = Scripted::new(vec![Pick("Carry on"), Type("/stop")]);
    let voice = Voice {
        asked: Some(Language::EnGb),
        locale: Language::Cy,
    };
    let result = new_plan(&mut prompter, &path, Some(plan), today(), voice);
    let run = finish(&path, prompter, result);
    assert_eq!(run.exit, None, "{}", run.transcript);
    assert!(
        run.transcript
            .contains("What would you like to call this plan?")
    );
}

#[test]
fn edit_changes_the_plans_language_and_then_speaks_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    sample_plan(&path);
    let mut prompter = Scripted::new(vec![
        Pick("The plan's language: not set"),
        Pick("Polski"),
        Pick("Plan na kryzys"),
        Pick("Osoby, które mnie"),
        Pick("Zmień jeden"),
        Enter,
        Enter,
        Enter,
        Enter,
        Enter,
        Type("nie"), // agreed: no, in Polish
        Pick("Skończone z tą częścią"),
        Pick("Skończone z tą sekcją"),
        Pick("Zakończ"),
    ]);
    let result = edit_plan(
        &mut prompter,
        &path,
        load_plan(&path).unwrap(),
        today(),
        None,
        ENGLISH,
    );
    let run = finish(&path, prompter, result);
    assert_eq!(run.exit, None, "{}", run.transcript);
    assert_eq!(run.unused, 0, "{}", run.transcript);
    assert_eq!(run.plan.language.as_ref().map(|t| t.as_str()), Some("pl"));
    assert_eq!(run.plan.crisis.supporters[0].agreed, Some(false));
    assert!(run.transcript.contains("Język planu: Polski"));
    assert!(
        run.transcript
            .contains("Twój plan jest zapisany w plan.json.")
    );
}

#[test]
fn the_closing_findings_are_in_the_language_spoken() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(&dir);
    let mut plan = Plan {
        language: Some("cy".parse().unwrap()),
        ..Plan::default()
    };
    plan.crisis.supporters.push(wrap_core::Supporter {
        name: "Ann".into(),
        ..Default::default()
    });
    save_plan(&path, &plan).unwrap();
    let last = guide().last().unwrap();
    let mut script = vec![
        Pick("Mynd i adran"),
        Pick(last.heading_in(Language::Cy).leak()),
    ];
    script.extend(last.parts.iter().map(|_| Type("/skip")));
    script.push(Pick("Mae'n iawn"));
    let run = run_new(&path, script);
    assert_eq!(run.exit, None, "{}", run.transcript);
    assert_eq!(run.unused, 0, "{}", run.transcript);
    let flat = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let shown = flat(&run.transcript);
    let welsh = wrap_core::completeness_in(&run.plan, today(), Language::Cy);
    let english = wrap_core::completeness(&run.plan, today());
    let second_looks = welsh
        .iter()
        .zip(&english)
        .filter(|(finding, _)| finding.kind == wrap_core::FindingKind::SecondLook);
    let mut seen = 0;
    for (cy, en) in second_looks {
        assert!(
            shown.contains(&flat(&cy.message)),
            "{}\n{shown}",
            cy.message
        );
        assert!(
            !shown.contains(&flat(&en.message)),
            "English: {}",
            en.message
        );
        seen += 1;
    }
    assert!(seen > 0, "a supporter with no phone is worth a second look");
    assert!(shown.contains("Gwerth cael ail olwg:"), "{shown}");
}
