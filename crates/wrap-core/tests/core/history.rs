//! The history inside the plan file: for any sequence of edits every earlier version comes
//! back exactly, and twenty reviews of the full sample keep the file small.

use proptest::prelude::*;
use wrap_core::{Date, Mark, Plan, Review, format};
use wrap_testkit::{plans, sample, sample_text};

/// One edit: parts copied from another plan (a bit per section, and one for the
/// extensions), an entry added to or taken out of a list, days gone by, and a mark.
#[derive(Clone, Debug)]
struct Edit {
    from: Plan,
    sections: u16,
    entry: Option<String>,
    days: i64,
    mark: Option<Mark>,
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let mark = prop_oneof![Just(None), Just(Some(Mark::Review)), Just(Some(Mark::Copy))];
    prop::collection::vec(
        (
            plans(),
            any::<u16>(),
            prop::option::of(".{0,12}"),
            0i64..3,
            mark,
        )
            .prop_map(|(from, sections, entry, days, mark)| Edit {
                from,
                sections,
                entry,
                days,
                mark,
            }),
        1..12,
    )
}

fn apply(plan: &mut Plan, edit: &Edit) {
    let bit = |n: u16| edit.sections & (1 << n) != 0;
    let from = &edit.from;
    if bit(0) {
        plan.about = from.about.clone();
    }
    if bit(1) {
        plan.toolbox = from.toolbox.clone();
    }
    if bit(2) {
        plan.daily = from.daily.clone();
    }
    if bit(3) {
        plan.triggers = from.triggers.clone();
    }
    if bit(4) {
        plan.early_warning_signs = from.early_warning_signs.clone();
    }
    if bit(5) {
        plan.breaking_down = from.breaking_down.clone();
    }
    if bit(6) {
        plan.crisis = from.crisis.clone();
    }
    if bit(7) {
        plan.post_crisis = from.post_crisis.clone();
    }
    if bit(8) {
        plan.extensions = from.extensions.clone();
    }
    if bit(9) {
        plan.progress = from.progress.clone();
    }
    match &edit.entry {
        Some(entry) => {
            let at = plan.toolbox.using.len() / 2;
            plan.toolbox.using.insert(at, entry.clone());
        }
        None if !plan.toolbox.using.is_empty() => {
            plan.toolbox.using.remove(0);
        }
        None => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn the_history_gives_back_every_earlier_version(start in plans(), edits in edits()) {
        let mut plan = start;
        let mut day = Date::new(2026, 1, 1).unwrap();
        // The content each version number held when it was last recorded.
        let mut expected: Vec<Plan> = Vec::new();
        let mut record = |plan: &mut Plan, day: Date, mark: Option<Mark>| {
            let version = plan.record_version(day, mark).expect("the history replays");
            if version > 0 {
                expected.truncate(version);
                if expected.len() < version {
                    expected.push(Plan::default());
                }
                expected[version - 1] = plan.content_only();
            }
        };
        record(&mut plan, day, None);
        for edit in &edits {
            apply(&mut plan, edit);
            day = day.add_days(edit.days).unwrap();
            record(&mut plan, day, edit.mark);
            // Saved and loaded again, the history is the same.
            let text = format::to_string(&plan);
            let again = format::from_str(&text).expect("a saved plan loads");
            prop_assert_eq!(&again, &plan);
        }
        prop_assert_eq!(plan.history.len(), expected.len());
        for (i, want) in expected.iter().enumerate() {
            let got = plan.history.plan_at(i + 1).unwrap().unwrap();
            prop_assert_eq!(&got, want, "version {}", i + 1);
        }
    }
}

/// The full sample reviewed every three months for five years: at each review a few edits
/// (an entry added, a phone changed, a few words of a text changed), the review recorded and
/// the next one set.
fn twenty_reviews() -> (Plan, Vec<Plan>) {
    let mut plan = sample("full");
    let mut day = Date::new(2027, 1, 4).unwrap();
    plan.record_version(day, None).unwrap();
    let mut reviewed = Vec::new();
    for n in 1..=20 {
        day = day.add_months(3).unwrap();
        plan.toolbox
            .to_try
            .push(format!("Something new to try, number {n}"));
        plan.crisis.supporters[0].phone = format!("07700 900{:03}", 100 + n);
        plan.daily.when_well = plan.daily.when_well.replacen("calm", "steady", 1);
        plan.daily.when_well.push_str(&format!(" (review {n})"));
        if n % 4 == 0 {
            plan.early_warning_signs.signs.remove(0);
        }
        plan.record_version(day, None).unwrap();
        plan.about.reviews.push(Review {
            date: day,
            with: vec!["Sam Jones (peer support worker)".into()],
            notes: format!("Review {n}: went through every section."),
        });
        plan.about.next_review_due = day.add_months(3);
        let version = plan.record_version(day, Some(Mark::Review)).unwrap();
        assert_eq!(version, n + 1);
        reviewed.push(plan.content_only());
    }
    (plan, reviewed)
}

#[test]
fn twenty_reviews_keep_every_version_and_stay_small() {
    let (plan, reviewed) = twenty_reviews();
    for (n, want) in reviewed.iter().enumerate() {
        let got = plan.history.plan_at(n + 2).unwrap().unwrap();
        assert_eq!(&got, want, "review {}", n + 1);
    }
    assert_eq!(plan.history.last_marked(Mark::Review), Some(21));
    let original = sample_text("full").len();
    let without_history = format::to_string(&Plan {
        history: Default::default(),
        ..plan.clone()
    })
    .len();
    let saved = format::to_string(&plan).len();
    let first = format::to_string(&Plan {
        history: {
            let mut one = plan.clone();
            while one.history.len() > 1 {
                one = Plan {
                    history: serde_json::from_value(
                        serde_json::to_value(&one.history.versions()[..1]).unwrap(),
                    )
                    .unwrap(),
                    ..one
                };
            }
            one.history
        },
        ..plan.clone()
    })
    .len()
        - without_history;
    eprintln!(
        "full sample: {original} bytes; after 20 reviews: {without_history} bytes without \
         the history, {saved} bytes with it ({} bytes of history: {first} for version 1, \
         {} a review on average)",
        saved - without_history,
        (saved - without_history - first) / 20
    );
    // Version 1 is the whole plan once; each review adds only what changed (here under
    // 2 kB: a paragraph, a supporter, an entry and the review itself).
    assert!(
        saved - without_history < without_history + 20 * 2_000,
        "{saved} bytes"
    );
    assert_eq!(format::from_str(&format::to_string(&plan)).unwrap(), plan);
}
