//! The register of copies and the plan's history, end to end: the full sample given to three
//! people, edited and reviewed across simulated days (each command run on its own "today"),
//! and what `wrap copies`, `wrap changes`, `wrap export` and `wrap list` say.

use std::path::Path;
use std::process::{Command, Output};

use wrap_core::{Date, Plan, format};

use crate::common::{example, stderr, stdout};

/// Runs `wrap ARGS` in `dir` on the day `today`.
fn wrap_on(dir: &Path, today: &str, args: &[&str]) -> Output {
    Command::new(crate::common::binary())
        .args(args)
        .current_dir(dir)
        .env("WRAP_TODAY", today)
        .env("NO_COLOR", "1")
        .env_remove("RUST_BACKTRACE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .expect("the binary runs")
}

/// Runs `wrap ARGS` and gives its standard output, failing the test if it fails.
fn ok(dir: &Path, today: &str, args: &[&str]) -> String {
    let output = wrap_on(dir, today, args);
    assert!(
        output.status.success(),
        "wrap {args:?} failed: {}",
        stderr(&output)
    );
    stdout(&output)
}

fn day(text: &str) -> Date {
    text.parse().unwrap()
}

/// Changes the plan as `wrap edit` does on each save: the change, the content recorded in
/// the history on the day, the plan saved.
fn edit(dir: &Path, today: &str, change: impl FnOnce(&mut Plan)) {
    let path = dir.join("plan.json");
    let mut plan = format::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    change(&mut plan);
    plan.record_version(day(today), None).unwrap();
    std::fs::write(&path, format::to_string(&plan)).unwrap();
}

/// Records a review as `wrap review` does (its saves marked as the review's).
fn review(dir: &Path, today: &str, with: &str) {
    let path = dir.join("plan.json");
    let mut plan = format::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    plan.about.reviews.push(wrap_core::Review {
        date: day(today),
        with: vec![with.into()],
        notes: String::new(),
    });
    plan.about.next_review_due = day(today).add_months(3);
    plan.record_version(day(today), Some(wrap_core::Mark::Review))
        .unwrap();
    std::fs::write(&path, format::to_string(&plan)).unwrap();
}

fn held(dir: &Path) -> Plan {
    format::from_str(&std::fs::read_to_string(dir.join("plan.json")).unwrap()).unwrap()
}

#[test]
fn copies_history_and_changes_across_simulated_days() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    std::fs::copy(example("full.json"), dir.join("plan.json")).unwrap();

    // January: a crisis plan to the brother, the full plan to the GP, a card to a friend.
    let given = wrap_on(
        dir,
        "2027-01-10",
        &[
            "give",
            "plan.json",
            "--to",
            "Dafydd Evans",
            "--how",
            "printed",
        ],
    );
    assert!(given.status.success(), "{}", stderr(&given));
    assert!(dir.join("plan.crisis.pdf").is_file());
    assert!(
        stderr(&given).contains("Dafydd Evans holds the crisis plan, version 1"),
        "{}",
        stderr(&given)
    );
    ok(
        dir,
        "2027-01-10",
        &[
            "give",
            "plan.json",
            "--to",
            "Dr Rees (GP)",
            "--document",
            "full",
            "-o",
            "gp.pdf",
            "--how",
            "emailed",
        ],
    );
    ok(
        dir,
        "2027-01-12",
        &["give", "plan.json", "--to", "Priya Shah", "-d", "card"],
    );
    assert_eq!(held(dir).copies.len(), 3);

    // February: a change outside the crisis plan and the card: only the GP is out of date.
    edit(dir, "2027-02-01", |plan| {
        plan.toolbox
            .to_try
            .push("Pottery class on Thursdays".into());
    });
    let copies = ok(dir, "2027-02-01", &["copies", "plan.json"]);
    assert!(copies.contains("OUT OF DATE (1)"), "{copies}");
    let out_of_date = &copies[..copies.find("Up to date").unwrap()];
    assert!(out_of_date.contains("Dr Rees (GP)"), "{copies}");
    assert!(
        !out_of_date.contains("Dafydd") && !out_of_date.contains("Priya"),
        "{copies}"
    );

    // The review in March, then changes to the crisis plan.
    review(dir, "2027-03-01", "Sam Jones (peer support worker)");
    edit(dir, "2027-03-02", |plan| {
        plan.crisis.supporters[0].phone = "07700 900999".into();
        plan.crisis
            .please_do
            .push("Remind me to drink water and eat something".into());
        plan.crisis.please_do_not[0] = "Shout at me or argue with me, even if I shout".into();
    });
    edit(dir, "2027-03-03", |plan| {
        plan.toolbox.using.remove(1);
    });
    let changes = ok(
        dir,
        "2027-03-04",
        &["changes", "plan.json", "--since", "review"],
    );
    insta::assert_snapshot!(changes, @r#"
    Changes in plan.json since version 3 of 2027-03-01, the last review, to now (version 5):
    4 changes in 4 parts.
    (+ added, - removed, ~ changed: [-words taken out-] {+words put in+})
    Wellness toolbox
      Things that help me
        - Swimming at the leisure centre on Tuesday evenings
    Crisis plan
      My supporters
        ~ Name: Dafydd Evans · Relationship or role: my brother · Phone: 07700 [-900123-]{+900999+} · Email: dafydd.evans@example.org · What I ask of them: Come round or have me to stay, speak to my GP for me, and tell Mam gently · Agreed to be listed: yes
      Please do
        + Remind me to drink water and eat something
      Please do not
        ~ Shout at me or argue with [-me-]{+me, even if I shout+}
    "#);
    assert_eq!(
        ok(dir, "2027-03-04", &["changes", "plan.json"]),
        changes,
        "since the last review by default"
    );

    // Every holder is out of date now: the crisis plan and the card show the supporters.
    let copies = ok(dir, "2027-03-04", &["copies", "plan.json"]);
    insta::assert_snapshot!(copies, @r#"
    Copies of plan.json (the plan is at version 5, saved 2027-03-03)

    OUT OF DATE (3): give them the new one, and ask for the old one back
    (+ added, - removed, ~ changed: [-words taken out-] {+words put in+})
      Dafydd Evans: the crisis plan, version 1 of 2027-01-10, given 2027-01-10, printed
        Changed since their copy, 3 changes in 3 parts:
          Crisis plan
            My supporters
              ~ Name: Dafydd Evans · Relationship or role: my brother · Phone: 07700 [-900123-]{+900999+} · Email: dafydd.evans@example.org · What I ask of them: Come round or have me to stay, speak to my GP for me, and tell Mam gently · Agreed to be listed: yes
            Please do
              + Remind me to drink water and eat something
            Please do not
              ~ Shout at me or argue with [-me-]{+me, even if I shout+}
      Dr Rees (GP): the full plan, version 1 of 2027-01-10, given 2027-01-10, e-mailed
        Changed since their copy, 7 changes in 6 parts:
          About this plan
            Next review
              - 2027-02-06
              + 2027-06-01
          Wellness toolbox
            Things that help me
              - Swimming at the leisure centre on Tuesday evenings
            Things I would like to try
              + Pottery class on Thursdays
          Crisis plan
            My supporters
              ~ Name: Dafydd Evans · Relationship or role: my brother · Phone: 07700 [-900123-]{+900999+} · Email: dafydd.evans@example.org · What I ask of them: Come round or have me to stay, speak to my GP for me, and tell Mam gently · Agreed to be listed: yes
            Please do
              + Remind me to drink water and eat something
            Please do not
              ~ Shout at me or argue with [-me-]{+me, even if I shout+}
      Priya Shah: the pocket card, version 1 of 2027-01-10, given 2027-01-12
        Changed since their copy, 1 change in 1 part:
          Crisis plan
            My supporters
              ~ Name: Dafydd Evans · Relationship or role: my brother · Phone: 07700 [-900123-]{+900999+} · Email: dafydd.evans@example.org · What I ask of them: Come round or have me to stay, speak to my GP for me, and tell Mam gently · Agreed to be listed: yes
    "#);

    // Exporting the crisis plan reminds who holds an older one.
    let export = wrap_on(dir, "2027-03-04", &["export", "plan.json", "-d", "crisis"]);
    assert!(export.status.success());
    assert!(
        stderr(&export).contains("Dafydd Evans holds version 1 (given 2027-01-10)"),
        "{}",
        stderr(&export)
    );

    // Dafydd gets the new one; Priya's card is destroyed.
    ok(
        dir,
        "2027-03-05",
        &["give", "plan.json", "--to", "dafydd evans"],
    );
    let removed = wrap_on(
        dir,
        "2027-03-06",
        &[
            "copies",
            "plan.json",
            "--remove",
            "Priya Shah",
            "--on",
            "2027-03-05",
            "--because",
            "destroyed",
        ],
    );
    assert!(removed.status.success(), "{}", stderr(&removed));
    let copies = ok(dir, "2027-03-06", &["copies", "plan.json"]);
    let (behind, rest) = copies.split_at(copies.find("Up to date").unwrap());
    assert!(
        behind.contains("OUT OF DATE (1)") && behind.contains("Dr Rees (GP)"),
        "{copies}"
    );
    assert!(
        rest.contains("dafydd evans: the crisis plan, version 5"),
        "{copies}"
    );
    assert!(
        rest.contains("Dafydd Evans: the crisis plan, version 1 of 2027-01-10, given 2027-01-10, printed; replaced by a newer copy 2027-03-05"),
        "{copies}"
    );
    assert!(rest.contains("destroyed 2027-03-05"), "{copies}");
    let export = wrap_on(dir, "2027-03-06", &["export", "plan.json", "-d", "crisis"]);
    assert!(
        !stderr(&export).contains("holds version"),
        "{}",
        stderr(&export)
    );

    // Since a copy: what Dr Rees's copy lacks.
    let since_copy = ok(
        dir,
        "2027-03-06",
        &["changes", "plan.json", "--since", "copy", "Dr Rees (GP)"],
    );
    assert!(
        since_copy.contains("Pottery class on Thursdays"),
        "{since_copy}"
    );
    let since_date = ok(
        dir,
        "2027-03-06",
        &["changes", "plan.json", "--since", "2027-03-02"],
    );
    assert!(since_date.contains("Swimming"), "{since_date}");
    assert!(!since_date.contains("Pottery"), "{since_date}");

    // Every version is still there, as it was.
    let plan = held(dir);
    let first = plan.history.plan_at(1).unwrap().unwrap();
    let sample = format::from_str(&std::fs::read_to_string(example("full.json")).unwrap()).unwrap();
    assert_eq!(first, sample.content_only());

    // The register is the person's own: not in the FHIR bundle, the Markdown or the text.
    for args in [
        &["export", "plan.json", "-f", "fhir", "-o", "-"][..],
        &["export", "plan.json", "-f", "markdown", "-o", "-"][..],
        &["show", "plan.json"][..],
    ] {
        let out = ok(dir, "2027-03-06", args);
        assert!(!out.contains("Dr Rees (GP)"), "{args:?}");
        assert!(!out.contains("emailed"), "{args:?}");
    }
}

#[test]
fn list_shows_the_plans_of_a_folder_overdue_first() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    std::fs::copy(example("full.json"), dir.join("home.json")).unwrap();
    std::fs::copy(example("welsh.json"), dir.join("gwaith.json")).unwrap();
    std::fs::copy(example("minimal.json"), dir.join("minimal.json")).unwrap();
    std::fs::write(dir.join("settings.json"), "{\"colour\": \"blue\"}").unwrap();
    std::fs::write(
        dir.join("broken.json"),
        "{\"format\": \"wrap-plan\", \"version\": 2,",
    )
    .unwrap();
    ok(
        dir,
        "2027-01-10",
        &["give", "home.json", "--to", "Dafydd Evans"],
    );
    edit_file(dir, "home.json", "2027-01-11", |plan| {
        plan.crisis.please_do.push("Open a window".into());
    });
    let list = ok(dir, "2027-03-01", &["list"]);
    insta::assert_snapshot!(list, @r#"
    Plans in . (3), overdue reviews first:

    home.json: My WRAP for everyday life (Rhiannon Evans's plan)
      last reviewed 2026-10-31; OVERDUE: next review was due 2027-02-06 (23 days ago)
      Copies out of date: Dafydd Evans (crisis plan) (`wrap copies home.json`)

    gwaith.json: Fy nghynllun lles (Gwenllian Morgan's plan)
      last reviewed 2026-11-14; next review due 2027-03-05

    minimal.json: My WRAP (Jordan Lee's plan)
      never reviewed; no next review set

    Not read:
      ./broken.json:1:37: not valid JSON: EOF while parsing a value
    "#);
    assert_eq!(ok(dir, "2027-03-01", &["list", "."]), list);
}

fn edit_file(dir: &Path, name: &str, today: &str, change: impl FnOnce(&mut Plan)) {
    let path = dir.join(name);
    let mut plan = format::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    change(&mut plan);
    plan.record_version(day(today), None).unwrap();
    std::fs::write(&path, format::to_string(&plan)).unwrap();
}

#[test]
fn a_version_1_plan_loads_and_is_saved_as_version_2() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let old = r#"{"format": "wrap-plan", "version": 1, "about": {"owner": "Ana"}}"#;
    std::fs::write(dir.join("plan.json"), old).unwrap();
    ok(
        dir,
        "2027-01-10",
        &["give", "plan.json", "--to", "Ben", "-o", "ben.pdf"],
    );
    let saved = std::fs::read_to_string(dir.join("plan.json")).unwrap();
    assert!(saved.contains("\"version\": 2,"), "{saved}");
    assert_eq!(held(dir).history.len(), 1);
    let wrong = r#"{"format": "wrap-plan", "version": 1, "copies": []}"#;
    std::fs::write(dir.join("old.json"), wrong).unwrap();
    assert!(
        wrap_on(dir, "2027-01-10", &["check", "old.json"])
            .status
            .success()
    );
    let wrong = r#"{"format": "wrap-plan", "version": 1, "copies": [{"to": "A", "document": "full", "version": 1, "given_on": "2027-01-01"}]}"#;
    std::fs::write(dir.join("old.json"), wrong).unwrap();
    let refused = wrap_on(dir, "2027-01-10", &["check", "old.json"]);
    assert!(!refused.status.success());
    assert!(stderr(&refused).contains("copies"), "{}", stderr(&refused));
}
