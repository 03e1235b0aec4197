//! Large and strange content: every command that reads a plan copes with it.

use wrap_core::{Plan, Supporter};

use crate::common::wrap;

/// A plan with 10,000 entries, a 100,000-character entry, a 3,000-character word,
/// right-to-left text, emoji and control characters.
fn strange_plan() -> Plan {
    let mut plan = Plan::default();
    plan.about.owner = "Zoë \u{05e9}\u{05dc}\u{05d5}\u{05dd} 🌿".into();
    plan.toolbox.using = (0..10_000).map(|i| format!("entry {i} ✓")).collect();
    plan.toolbox.to_try = vec!["long ".repeat(20_000), "w".repeat(3_000)];
    plan.daily.when_well = "مرحبا بالعالم — שלום עולם\u{202e}reversed\u{202c} 👩‍👩‍👧".into();
    plan.triggers.triggers = vec![
        "bell\u{7}".into(),
        "escape \u{1b}[31mred\u{1b}[0m".into(),
        "nul\u{0}byte".into(),
    ];
    plan.crisis.supporters = vec![Supporter {
        name: "Ἀλέξανδρος Жуков".into(),
        phone: "+30 21 0000 0000".into(),
        ..Supporter::default()
    }];
    plan
}

#[test]
fn strange_content_loads_shows_checks_and_exports() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("strange.json");
    let text = wrap_core::format::to_string(&strange_plan());
    std::fs::write(&path, &text).unwrap();
    let plan = path.to_str().unwrap();

    let output = wrap(&["check", plan]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );

    let output = wrap(&["show", plan]);
    assert_eq!(output.status.code(), Some(0));
    let shown = String::from_utf8(output.stdout).unwrap();
    assert!(shown.contains("entry 9999 ✓"));
    assert!(shown.contains(&"w".repeat(3_000)));
    assert!(shown.contains("שלום עולם"));
    assert!(
        !shown.contains('\u{1b}') && !shown.contains('\u{7}') && !shown.contains('\u{0}'),
        "control characters reach the terminal raw"
    );
    assert!(shown.contains("escape \u{fffd}[31mred"));

    let out = dir.path().join("again.json");
    let output = wrap(&["export", plan, "-o", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        text,
        "the JSON keeps every character"
    );
}

#[test]
fn a_plan_with_every_list_a_hundred_times_longer_still_works() {
    let plan = wrap_testkit::sample("full");
    let longer = wrap_testkit::with_lists_repeated(&plan, 100);
    assert_eq!(longer.toolbox.using.len(), 100 * plan.toolbox.using.len());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.json");
    std::fs::write(&path, wrap_core::format::to_string(&longer)).unwrap();
    let plan = path.to_str().unwrap();
    assert_eq!(wrap(&["check", plan]).status.code(), Some(0));
    assert_eq!(wrap(&["show", plan]).status.code(), Some(0));
    let out = dir.path().join("long-export.json");
    assert_eq!(
        wrap(&["export", plan, "-o", out.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
}
