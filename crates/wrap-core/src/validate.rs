//! Validation (what makes a plan wrong) and completeness (what is still empty or worth a
//! second look). Both return plain data; the caller decides how to show it.

use crate::date::Date;
use crate::guide::{SectionKey, guide};
use crate::key::PartKey;
use crate::parts::PartRef;
use crate::plan::Plan;
use crate::records::{FieldShape, Record};
use crate::text::phone_numbers;
use wrap_l10n::Language;

/// Something that makes a plan invalid, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a JSON path (`crisis.supporters[1].name`).
    pub path: String,
    /// What is wrong, in plain words.
    pub message: String,
}

/// How much a completeness finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum FindingKind {
    /// Worth a second look: something others may rely on is missing or out of date.
    SecondLook,
    /// Not written yet. Perfectly fine: a plan is written at the person's own pace.
    Empty,
}

/// Something still empty, or worth a second look.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// How much it matters.
    pub kind: FindingKind,
    /// Where, as a JSON path.
    pub path: String,
    /// What was found, in plain words.
    pub message: String,
}

/// What makes the plan invalid: empty entries, records without their name, dates in an
/// impossible order. An empty list means the plan is valid.
pub fn validate(plan: &Plan) -> Vec<Problem> {
    validate_in(plan, Language::EnGb)
}

/// [`validate`], its messages in `l` (from its catalogue's `core.ftl`); paths stay as the
/// file writes them.
pub fn validate_in(plan: &Plan, l: Language) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem = |path: String, message: String| problems.push(Problem { path, message });
    let entry = |id: &str, number: usize, part: &crate::guide::PartGuide| {
        let (number, heading) = ((number + 1).to_string(), part.heading_in(l));
        l.format(
            id,
            &[
                ("number", number.as_str().into()),
                ("part", heading.as_str().into()),
            ],
        )
    };
    for section in guide() {
        for (part, answer) in plan.section_parts(section.key) {
            // Paths and messages are written only for what is wrong: a valid plan costs no
            // allocation here.
            let path = || part.key.path();
            match answer {
                PartRef::List(items) => {
                    for (i, item) in items.iter().enumerate() {
                        if item.trim().is_empty() {
                            problem(
                                format!("{}[{i}]", path()),
                                entry("validate-entry-empty", i, part),
                            );
                        }
                    }
                }
                PartRef::Records(records) => {
                    for (i, record) in records.iter().enumerate() {
                        if record.is_empty() {
                            problem(
                                format!("{}[{i}]", path()),
                                entry("validate-record-empty", i, part),
                            );
                            continue;
                        }
                        for field in record.kind().fields() {
                            let missing = field.required
                                && record
                                    .text(field.key)
                                    .is_none_or(|value| value.trim().is_empty());
                            if missing {
                                let (number, heading) = ((i + 1).to_string(), part.heading_in(l));
                                let label = record.kind().label_in(field, l).to_lowercase();
                                problem(
                                    format!("{}[{i}].{}", path(), field.key),
                                    l.format(
                                        "validate-record-missing",
                                        &[
                                            ("number", number.as_str().into()),
                                            ("part", heading.as_str().into()),
                                            ("field", label.as_str().into()),
                                        ],
                                    ),
                                );
                            }
                        }
                    }
                }
                PartRef::Text(_) | PartRef::Date(_) => {}
            }
        }
    }
    let about = &plan.about;
    if let Some(created) = about.created_on {
        for (i, review) in about.reviews.iter().enumerate() {
            if review.date < created {
                let (date, created) = (review.date.to_string(), created.to_string());
                problem(
                    format!("about.reviews[{i}].date"),
                    l.format(
                        "validate-review-before-plan",
                        &[
                            ("date", date.as_str().into()),
                            ("created", created.as_str().into()),
                        ],
                    ),
                );
            }
        }
        if let Some(next) = about.next_review_due.filter(|next| *next < created) {
            let (next, created) = (next.to_string(), created.to_string());
            problem(
                "about.next_review_due".into(),
                l.format(
                    "validate-next-review-before-plan",
                    &[
                        ("next", next.as_str().into()),
                        ("created", created.as_str().into()),
                    ],
                ),
            );
        }
    }
    let progress = &plan.progress;
    let answered: std::collections::HashSet<&str> =
        progress.answered.iter().map(String::as_str).collect();
    for (name, list) in [
        ("answered", &progress.answered),
        ("skipped", &progress.skipped),
    ] {
        let mut seen = std::collections::HashSet::new();
        for (i, path) in list.iter().enumerate() {
            let at = || format!("progress.{name}[{i}]");
            let said = |id: &str| l.format(id, &[("path", path.as_str().into())]);
            if PartKey::from_path(path).is_none() {
                problem(at(), said("validate-not-a-part"));
            } else if !seen.insert(path.as_str()) {
                problem(at(), said("validate-listed-twice"));
            } else if name == "skipped" && answered.contains(path.as_str()) {
                problem(at(), said("validate-answered-and-skipped"));
            }
        }
    }
    for (i, pair) in about.reviews.windows(2).enumerate() {
        if pair[1].date < pair[0].date {
            let (later, earlier) = (pair[1].date.to_string(), pair[0].date.to_string());
            problem(
                format!("about.reviews[{}].date", i + 1),
                l.format(
                    "validate-reviews-order",
                    &[
                        ("later", later.as_str().into()),
                        ("earlier", earlier.as_str().into()),
                    ],
                ),
            );
        }
    }
    problems
}

/// The most entries a plan may hold, counting every list entry, record, review and progress
/// mark together. Far more than any plan a person writes (the fullest sample has about 150);
/// past it, every renderer's time and memory would grow with no use to anyone.
pub const MAX_ENTRIES: usize = 50_000;

/// The most characters one answer (a text, a list entry or a record's field) may hold:
/// about fifty printed pages.
pub const MAX_ANSWER_CHARS: usize = 100_000;

/// The first way the plan is past the limits ([`MAX_ENTRIES`], [`MAX_ANSWER_CHARS`]), if it
/// is: a program should refuse such a plan before rendering it.
pub fn over_limits(plan: &Plan) -> Option<Problem> {
    over_limits_in(plan, Language::EnGb)
}

/// [`over_limits`], its message in `l`.
pub fn over_limits_in(plan: &Plan, l: Language) -> Option<Problem> {
    // The path is only written out for an answer that is too long: every other answer of
    // every plan loaded passes through here.
    let too_long = |path: &dyn Fn() -> String, text: &str| {
        (text.len() > MAX_ANSWER_CHARS && text.chars().count() > MAX_ANSWER_CHARS).then(|| {
            let (length, most) = (
                text.chars().count().to_string(),
                MAX_ANSWER_CHARS.to_string(),
            );
            Problem {
                path: path(),
                message: l.format(
                    "validate-answer-too-long",
                    &[
                        ("length", length.as_str().into()),
                        ("most", most.as_str().into()),
                    ],
                ),
            }
        })
    };
    let mut entries =
        plan.about.reviews.len() + plan.progress.answered.len() + plan.progress.skipped.len();
    for key in PartKey::ALL {
        match plan.part(key) {
            PartRef::Text(text) => {
                if let Some(problem) = too_long(&|| key.path(), text) {
                    return Some(problem);
                }
            }
            PartRef::List(items) => {
                entries += items.len();
                for (i, item) in items.iter().enumerate() {
                    if let Some(problem) = too_long(&|| format!("{}[{i}]", key.path()), item) {
                        return Some(problem);
                    }
                }
            }
            PartRef::Records(records) => {
                entries += records.len();
                for (i, record) in records.iter().enumerate() {
                    for field in record.kind().fields() {
                        if let Some(text) = record.text(field.key)
                            && let Some(problem) =
                                too_long(&|| format!("{}[{i}].{}", key.path(), field.key), &text)
                        {
                            return Some(problem);
                        }
                    }
                }
            }
            PartRef::Date(_) => {}
        }
        if entries > MAX_ENTRIES {
            break;
        }
    }
    (entries > MAX_ENTRIES).then(|| Problem {
        path: String::new(),
        message: l.format(
            "validate-too-many-entries",
            &[("most", MAX_ENTRIES.to_string().as_str().into())],
        ),
    })
}

/// What is still empty or worth a second look, as of `today`: empty sections and parts, a
/// crisis plan with no supporters, a supporter with no phone, a review that is overdue.
pub fn completeness(plan: &Plan, today: Date) -> Vec<Finding> {
    completeness_in(plan, today, Language::EnGb)
}

/// [`completeness`], its messages in `language` (from its catalogue's `check.ftl`).
pub fn completeness_in(plan: &Plan, today: Date, l: Language) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut look = |path: &str, message: String| {
        findings.push(Finding {
            kind: FindingKind::SecondLook,
            path: path.to_owned(),
            message,
        })
    };
    let about = &plan.about;
    if about.owner.trim().is_empty() {
        look("about.owner", l.text("check-no-owner"));
    }
    match about.next_review_due {
        Some(due) if due < today => look(
            "about.next_review_due",
            l.format(
                "check-review-overdue",
                &[
                    ("due", due.to_string().as_str().into()),
                    ("days", due.days_until(today).unsigned_abs().into()),
                ],
            ),
        ),
        Some(_) => {}
        None => look("about.next_review_due", l.text("check-no-next-review")),
    }
    let crisis = &plan.crisis;
    if !plan.section_is_empty(SectionKey::Crisis) {
        if crisis.created_on.is_none() {
            look("crisis.created_on", l.text("check-crisis-no-date"));
        }
        if crisis.supporters.is_empty() {
            look("crisis.supporters", l.text("check-no-supporters"));
        }
    }
    for (i, supporter) in crisis.supporters.iter().enumerate() {
        let who = display_name(supporter, l);
        if supporter.phone.trim().is_empty() {
            look(
                &format!("crisis.supporters[{i}].phone"),
                l.format("check-supporter-no-phone", &[("who", who.as_str().into())]),
            );
        }
        if supporter.agreed == Some(false) {
            look(
                &format!("crisis.supporters[{i}].agreed"),
                l.format(
                    "check-supporter-not-agreed",
                    &[("who", who.as_str().into())],
                ),
            );
        }
    }
    for (i, contact) in crisis.health_contacts.iter().enumerate() {
        if contact.phone.trim().is_empty() {
            let who = display_name(contact, l);
            look(
                &format!("crisis.health_contacts[{i}].phone"),
                l.format("check-contact-no-phone", &[("who", who.as_str().into())]),
            );
        }
    }
    for section in guide() {
        for (part, answer) in plan.section_parts(section.key) {
            let PartRef::Records(records) = answer else {
                continue;
            };
            for (i, record) in records.iter().enumerate() {
                for field in record.kind().fields() {
                    if field.shape != FieldShape::Phone {
                        continue;
                    }
                    let phone = record.text(field.key).unwrap_or_default();
                    if !phone.trim().is_empty() && phone_numbers(&phone).is_empty() {
                        let who = display_name(*record, l);
                        look(
                            &format!("{}[{i}].{}", part.key.path(), field.key),
                            l.format(
                                "check-phone-not-dialable",
                                &[("who", who.as_str().into()), ("phone", phone.trim().into())],
                            ),
                        );
                    }
                }
            }
        }
    }
    for (i, task) in crisis.tasks.iter().enumerate() {
        if task.who.trim().is_empty() {
            look(
                &format!("crisis.tasks[{i}].who"),
                l.format("check-task-nobody", &[("task", task.task.as_str().into())]),
            );
        }
    }
    for section in guide() {
        let key = section.key;
        let heading = section.heading_in(l);
        if plan.section_is_empty(key) {
            findings.push(Finding {
                kind: FindingKind::Empty,
                path: key.json_name().into(),
                message: l.format(
                    "check-section-empty",
                    &[("section", heading.as_str().into())],
                ),
            });
            continue;
        }
        for (part, answer) in plan.section_parts(key) {
            if answer.is_empty() {
                let part_heading = part.heading_in(l);
                findings.push(Finding {
                    kind: FindingKind::Empty,
                    path: section.path(part),
                    message: l.format(
                        "check-part-empty",
                        &[
                            ("part", part_heading.as_str().into()),
                            ("section", heading.as_str().into()),
                        ],
                    ),
                });
            }
        }
    }
    findings.sort_by_key(|finding| finding.kind);
    findings
}

/// A record's name in quotes, or "(no name)", for a finding in `l`.
fn display_name(record: &dyn Record, l: Language) -> String {
    let name = record.title();
    if name.trim().is_empty() {
        l.text("check-no-name")
    } else {
        format!("\"{name}\"")
    }
}

impl Finding {
    /// True for findings that only say something is not written yet.
    pub fn is_empty_part(&self) -> bool {
        self.kind == FindingKind::Empty
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Review;
    use crate::records::{HealthContact, Supporter, Task};

    fn day(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn empty_plan_is_valid_but_incomplete() {
        let plan = Plan::default();
        assert!(validate(&plan).is_empty());
        let findings = completeness(&plan, day("2026-11-23"));
        assert_eq!(
            findings
                .iter()
                .filter(|f| f.kind == FindingKind::Empty)
                .count(),
            8
        );
        assert!(findings.iter().any(|f| f.path == "about.owner"));
    }

    #[test]
    fn invalid_entries_are_located() {
        let mut plan = Plan::default();
        plan.toolbox.using = vec!["walk".into(), "  ".into()];
        plan.crisis.supporters = vec![
            Supporter {
                phone: "1".into(),
                ..Supporter::default()
            },
            Supporter::default(),
        ];
        plan.about.created_on = Some(day("2026-11-01"));
        plan.about.reviews = vec![Review {
            date: day("2026-10-01"),
            with: vec![],
            notes: String::new(),
        }];
        let paths: Vec<_> = validate(&plan).into_iter().map(|p| p.path).collect();
        assert_eq!(
            paths,
            [
                "toolbox.using[1]",
                "crisis.supporters[0].name",
                "crisis.supporters[1]",
                "about.reviews[0].date"
            ]
        );
    }

    #[test]
    fn second_looks_name_what_others_rely_on() {
        let mut plan = Plan::default();
        plan.about.owner = "Ana".into();
        plan.about.next_review_due = Some(day("2026-11-01"));
        plan.crisis.supporters = vec![Supporter {
            name: "Bo".into(),
            agreed: Some(false),
            ..Supporter::default()
        }];
        plan.crisis.tasks = vec![Task {
            task: "Feed the cat".into(),
            ..Task::default()
        }];
        plan.crisis.health_contacts = vec![
            HealthContact {
                name: "The ward".into(),
                phone: "ask at the front desk".into(),
                ..HealthContact::default()
            },
            HealthContact {
                name: "GP".into(),
                phone: "029 2033 4455 (Mon–Fri 9–5)".into(),
                ..HealthContact::default()
            },
        ];
        let findings = completeness(&plan, day("2026-11-23"));
        let looks: Vec<_> = findings
            .iter()
            .filter(|f| f.kind == FindingKind::SecondLook)
            .map(|f| f.message.as_str())
            .collect();
        assert_eq!(
            looks,
            [
                "the review due on 2026-11-01 is overdue by 22 days: `wrap review` records one",
                "the crisis plan has no date, so nobody can tell whether it is the newest",
                "supporter \"Bo\" has no phone number",
                "supporter \"Bo\" has not agreed to be listed",
                "the phone number of \"The ward\" (\"ask at the front desk\") holds no number to \
                 dial, so it is printed without a link: write the number in digits (a note beside \
                 it is fine)",
                "nobody is named to cover \"Feed the cat\"",
            ]
        );
    }

    #[test]
    fn progress_names_only_real_parts_once_each() {
        let mut plan = Plan::default();
        plan.progress.answered = vec!["toolbox.using".into(), "toolbox.nope".into()];
        plan.progress.skipped = vec![
            "toolbox.using".into(),
            "daily.when_well".into(),
            "daily.when_well".into(),
        ];
        let problems: Vec<(String, String)> = validate(&plan)
            .into_iter()
            .map(|p| (p.path, p.message))
            .collect();
        assert_eq!(
            problems,
            [
                (
                    "progress.answered[1]".to_owned(),
                    "\"toolbox.nope\" is not a part of a plan (parts are named like toolbox.using)"
                        .to_owned()
                ),
                (
                    "progress.skipped[0]".to_owned(),
                    "\"toolbox.using\" is marked both answered and skipped: keep one".to_owned()
                ),
                (
                    "progress.skipped[2]".to_owned(),
                    "\"daily.when_well\" is listed twice".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn problems_are_said_in_a_language() {
        let mut plan = Plan::default();
        plan.toolbox.using = vec!["  ".into()];
        plan.crisis.supporters = vec![Supporter {
            phone: "1".into(),
            ..Supporter::default()
        }];
        plan.progress.skipped = vec!["toolbox.nope".into()];
        let english: Vec<_> = validate(&plan).into_iter().map(|p| p.message).collect();
        assert_eq!(
            english,
            [
                "entry 1 of \"Things that help me\" is empty: write something or remove it",
                "entry 1 of \"My supporters\" has no name",
                "\"toolbox.nope\" is not a part of a plan (parts are named like toolbox.using)",
            ]
        );
        let welsh = validate_in(&plan, Language::Cy);
        assert_eq!(welsh[0].path, "toolbox.using[0]");
        assert!(
            welsh[0].message.starts_with("mae cofnod 1 o \"")
                && welsh[0]
                    .message
                    .ends_with("\" yn wag: ysgrifennwch rywbeth neu dilëwch e"),
            "{}",
            welsh[0].message
        );
        assert_eq!(
            welsh[2].message,
            "nid yw \"toolbox.nope\" yn rhan o gynllun (mae enwau rhannau fel toolbox.using)"
        );
        plan.toolbox.using = vec!["x".into(); MAX_ENTRIES + 1];
        assert_eq!(
            over_limits_in(&plan, Language::Pl).unwrap().message,
            "plan ma więcej niż 50000 wpisów (listy, rekordy, przeglądy i znaczniki postępu \
             razem), więcej niż wrap obsługuje"
        );
    }

    #[test]
    fn plans_past_the_limits_are_named_as_such() {
        let mut plan = Plan::default();
        assert_eq!(over_limits(&plan), None);
        plan.toolbox.using = vec!["x".into(); MAX_ENTRIES];
        assert_eq!(over_limits(&plan), None);
        plan.toolbox.to_try.push("one more".into());
        assert!(
            over_limits(&plan)
                .unwrap()
                .message
                .contains("more than 50000 entries")
        );
        let mut plan = Plan::default();
        plan.crisis.supporters.push(crate::Supporter {
            name: "ŵ".repeat(MAX_ANSWER_CHARS + 1),
            ..crate::Supporter::default()
        });
        let problem = over_limits(&plan).unwrap();
        assert_eq!(problem.path, "crisis.supporters[0].name");
        plan.crisis.supporters[0].name = "ŵ".repeat(MAX_ANSWER_CHARS);
        assert_eq!(
            over_limits(&plan),
            None,
            "the limit counts characters, not bytes"
        );
    }
}
