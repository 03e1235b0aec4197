//! `wrap give`, `wrap copies`, `wrap changes` and `wrap list`: who holds which copy of a
//! plan, what changed, and the plans in a folder.
//!
//! The plan's history and register live in the plan (wrap-core works them out); these
//! commands read and save plans the one way every command does, and print through
//! `crate::output`.

use std::path::Path;

use wrap_core::{Date, Delivery, Ending, GivenCopy, Holding, LoadErrorKind, Mark, Plan, Removal};

use wrap_core::Document;

use crate::cli::{Because, ExportFormat, How, PrintOptions};
use crate::dates::{DayOrder, today, understand};
use crate::error::CliError;
use crate::files::{load_plan, read_plan_bytes, save_plan};
use crate::lock::lock_for_writing;
use crate::words;

use super::export::Target;

fn delivery(how: How) -> Delivery {
    match how {
        How::Printed => Delivery::Printed,
        How::Emailed => Delivery::Emailed,
        How::Posted => Delivery::Posted,
        How::Messaged => Delivery::Messaged,
        How::File => Delivery::File,
    }
}

/// How a copy was given, as the catalogue's `$how` takes it.
fn delivery_key(how: Delivery) -> &'static str {
    match how {
        Delivery::Printed => "printed",
        Delivery::Emailed => "emailed",
        Delivery::Posted => "posted",
        Delivery::Messaged => "messaged",
        Delivery::File => "file",
    }
}

/// How a copy stopped being held, as the catalogue's `$because` takes it.
fn ending_key(ending: Ending) -> &'static str {
    match ending {
        Ending::Replaced => "replaced",
        Ending::Returned => "returned",
        Ending::Destroyed => "destroyed",
    }
}

/// The plan with its content recorded as of today, in memory, so that its latest version
/// is the plan as it is now (a plan changed by hand since its last save has one more).
fn recorded(path: &Path, mut plan: Plan, today: Date) -> Result<Plan, CliError> {
    plan.record_version(today, None)
        .map_err(|error| CliError::history(path, &error))?;
    Ok(plan)
}

/// Saves a plan after recording its content, the way every save goes.
fn save(path: &Path, plan: &mut Plan, today: Date, mark: Option<Mark>) -> Result<(), CliError> {
    plan.record_version(today, mark)
        .map_err(|error| CliError::history(path, &error))?;
    save_plan(path, plan)
}

/// "the crisis plan, version 3 of 2026-03-01"
fn which(plan: &Plan, copy: &GivenCopy) -> String {
    let version = copy.version.to_string();
    let document = copy.document.name();
    match plan.history.version(copy.version) {
        Some(saved) => words::format(
            "copies-which-dated",
            &[
                ("document", document.into()),
                ("version", version.as_str().into()),
                ("date", saved.date.to_string().as_str().into()),
            ],
        ),
        None => words::format(
            "copies-which",
            &[
                ("document", document.into()),
                ("version", version.as_str().into()),
            ],
        ),
    }
}

/// `wrap give PLAN --to NAME`: exports the document and records the copy.
pub fn give(
    path: &Path,
    to: &str,
    document: Document,
    output: Option<&Path>,
    format: Option<ExportFormat>,
    how: Option<How>,
    print: PrintOptions,
) -> Result<(), CliError> {
    if to.trim().is_empty() {
        return Err(CliError::usage(words::text("copies-needs-name"))
            .hint(words::text("copies-needs-name-hint")));
    }
    let target = Target::choose(path, output, format, Some(document), print)?;
    let _lock = lock_for_writing(path)?;
    let mut plan = load_plan(path)?;
    let today = today()?;
    target.write(path, &plan)?;
    let had: Vec<usize> = plan
        .copies
        .iter()
        .filter(|copy| {
            copy.is_held() && copy.document == document && wrap_core::same_name(&copy.to, to)
        })
        .map(|copy| copy.version)
        .collect();
    plan.give_copy(to, document, how.map(delivery), today)
        .map_err(|error| CliError::history(path, &error))?;
    save(path, &mut plan, today, None)?;
    let copy = plan.copies.last().expect("a copy was just recorded");
    let file = path.display().to_string();
    let mut note = words::format(
        "copies-recorded",
        &[
            ("file", file.as_str().into()),
            ("name", copy.to.as_str().into()),
            ("which", which(&plan, copy).as_str().into()),
            ("date", today.to_string().as_str().into()),
        ],
    );
    note.push('\n');
    if let Some(version) = had.iter().max() {
        note.push_str(&words::format(
            "copies-older-replaced",
            &[("version", version.to_string().as_str().into())],
        ));
        note.push('\n');
    }
    crate::output::note(&note);
    Ok(())
}

/// After an export: names who holds an older copy of the same document than the plan now
/// gives, with the command that gives them a new one.
pub fn remind(path: &Path, plan: Plan, document: Document) -> Result<(), CliError> {
    if plan.copies.is_empty() {
        return Ok(());
    }
    let plan = recorded(path, plan, today()?)?;
    let holdings = plan
        .holdings()
        .map_err(|error| CliError::history(path, &error))?;
    let behind: Vec<&Holding<'_>> = holdings
        .iter()
        .filter(|h| h.copy.document == document && h.is_out_of_date())
        .collect();
    if behind.is_empty() {
        return Ok(());
    }
    // `note:` is a fixed marker, as `error:` and `hint:` are.
    let mut note = format!(
        "note: {}\n",
        words::format("copies-remind", &[("document", document.name().into())])
    );
    let file = path.display().to_string();
    for holding in &behind {
        let line = words::format(
            "copies-remind-holder",
            &[
                ("name", holding.copy.to.as_str().into()),
                ("version", holding.copy.version.to_string().as_str().into()),
                ("date", holding.copy.given_on.to_string().as_str().into()),
                ("file", file.as_str().into()),
                ("document", document.as_str().into()),
            ],
        );
        note.push_str(&format!("  {line}\n"));
    }
    let see = words::format("copies-remind-see", &[("file", file.as_str().into())]);
    note.push_str(&format!("  {see}\n"));
    crate::output::note(&note);
    Ok(())
}

/// `wrap copies PLAN`: every holder, the out-of-date first with what changed since their
/// copy, and the copies no longer held.
pub fn list_copies(path: &Path) -> Result<(), CliError> {
    let plan = recorded(path, load_plan(path)?, today()?)?;
    let file = path.display().to_string();
    let file = file.as_str();
    if plan.copies.is_empty() {
        let file = &[("file", file.into())];
        return crate::output::print(&format!(
            "{}\n{}\n",
            words::format("copies-none", file),
            words::format("copies-none-hint", file)
        ));
    }
    let current = plan.history.len();
    let version = current.to_string();
    let mut out = match plan.history.version(current) {
        Some(saved) => words::format(
            "copies-heading-saved",
            &[
                ("file", file.into()),
                ("version", version.as_str().into()),
                ("date", saved.date.to_string().as_str().into()),
            ],
        ),
        None => words::format(
            "copies-heading",
            &[("file", file.into()), ("version", version.as_str().into())],
        ),
    };
    out.push('\n');
    let holdings = plan
        .holdings()
        .map_err(|error| CliError::history(path, &error))?;
    let (behind, current): (Vec<&Holding<'_>>, Vec<&Holding<'_>>) =
        holdings.iter().partition(|h| h.is_out_of_date());
    let language = words::language();
    let given = |copy: &GivenCopy| {
        let which = which(&plan, copy);
        let date = copy.given_on.to_string();
        let mut args = vec![
            ("name", copy.to.as_str().into()),
            ("which", which.as_str().into()),
            ("date", date.as_str().into()),
        ];
        match copy.how {
            Some(how) => {
                args.push(("how", delivery_key(how).into()));
                words::format("copies-given-how", &args)
            }
            None => words::format("copies-given", &args),
        }
    };
    let count = |id: &str, n: usize| words::format(id, &[("count", n.into())]);
    if !behind.is_empty() {
        out.push_str(&format!(
            "\n{}\n{}\n",
            count("copies-out-of-date", behind.len()),
            crate::changes::legend(language)
        ));
        for holding in &behind {
            let changed = words::format(
                "copies-changed-since",
                &[(
                    "changes",
                    crate::changes::count_in(&holding.changes, language)
                        .as_str()
                        .into(),
                )],
            );
            out.push_str(&format!(
                "  {}\n    {changed}\n{}",
                given(holding.copy),
                crate::changes::render_in(&holding.changes, "      ", language)
            ));
        }
    }
    if !current.is_empty() {
        out.push_str(&format!(
            "\n{}\n",
            count("copies-up-to-date", current.len())
        ));
        for holding in &current {
            out.push_str(&format!("  {}\n", given(holding.copy)));
        }
    }
    let gone: Vec<&GivenCopy> = plan.copies.iter().filter(|c| !c.is_held()).collect();
    if !gone.is_empty() {
        out.push_str(&format!(
            "\n{}\n",
            count("copies-no-longer-held", gone.len())
        ));
        for copy in gone {
            if let Some(removal) = copy.removed {
                let line = words::format(
                    "copies-ended",
                    &[
                        ("given", given(copy).as_str().into()),
                        ("because", ending_key(removal.because).into()),
                        ("date", removal.on.to_string().as_str().into()),
                    ],
                );
                out.push_str(&format!("  {line}\n"));
            }
        }
    }
    crate::output::print_for_reading(&out)
}

/// `wrap copies PLAN --remove NAME`: records that someone no longer holds their copy.
pub fn remove(
    path: &Path,
    name: &str,
    document: Option<Document>,
    on: Option<&str>,
    because: Option<Because>,
) -> Result<(), CliError> {
    let _lock = lock_for_writing(path)?;
    let mut plan = load_plan(path)?;
    let today = today()?;
    let on = match on {
        Some(text) => understand(text, today, DayOrder::from_locale()).map_err(|error| {
            let error = error.message_in(text, words::language());
            CliError::usage(format!("--on: {error}")).hint(words::text("copies-on-hint"))
        })?,
        None => today,
    };
    let because = match because.unwrap_or(Because::Returned) {
        Because::Returned => Ending::Returned,
        Because::Destroyed => Ending::Destroyed,
    };
    let count = plan.remove_copies(name, document, Removal { on, because });
    if count == 0 {
        let holders: Vec<&str> = plan
            .copies
            .iter()
            .filter(|copy| copy.is_held())
            .map(|copy| copy.to.as_str())
            .collect();
        let file = path.display().to_string();
        let message = match document {
            Some(document) => words::format(
                "copies-holds-none-of",
                &[
                    ("file", file.as_str().into()),
                    ("name", name.into()),
                    ("document", document.name().into()),
                ],
            ),
            None => words::format(
                "copies-holds-none",
                &[("file", file.as_str().into()), ("name", name.into())],
            ),
        };
        let hint = if holders.is_empty() {
            words::text("copies-nobody-holds")
        } else {
            words::format(
                "copies-holders",
                &[("names", holders.join(", ").as_str().into())],
            )
        };
        return Err(CliError::failure(message).hint(hint));
    }
    save(path, &mut plan, today, None)?;
    let file = path.display().to_string();
    let line = words::format(
        "copies-removed",
        &[
            ("file", file.as_str().into()),
            ("name", name.into()),
            ("count", count.into()),
            ("because", ending_key(because).into()),
            ("date", on.to_string().as_str().into()),
        ],
    );
    crate::output::note(&format!("{line}\n"));
    Ok(())
}

/// `wrap changes PLAN [--since review|DATE|copy NAME|version N]`.
pub fn changes(path: &Path, since: &[String]) -> Result<(), CliError> {
    let today = today()?;
    let plan = recorded(path, load_plan(path)?, today)?;
    let history = &plan.history;
    let file = path.display().to_string();
    let file = file.as_str();
    let usage = || {
        CliError::usage(words::format(
            "changes-since-unknown",
            &[("since", since.join(" ").as_str().into())],
        ))
        .hint(words::text("changes-since-hint"))
    };
    let asked: Vec<&str> = since.iter().map(String::as_str).collect();
    // The version to compare with (none: before the history starts), and what it is.
    let (version, what): (Option<usize>, String) = match asked[..] {
        [] | ["review"] => match history.last_marked(Mark::Review) {
            Some(v) => (Some(v), words::text("changes-last-review")),
            None if asked.is_empty() => (
                (!history.is_empty()).then_some(1),
                words::text("changes-first-version"),
            ),
            None => {
                let file = &[("file", file.into())];
                return Err(CliError::failure(words::format("changes-no-review", file))
                    .hint(words::format("changes-no-review-hint", file)));
            }
        },
        ["copy", name] => {
            let copy = plan
                .copies
                .iter()
                .rev()
                .find(|copy| wrap_core::same_name(&copy.to, name));
            match copy {
                Some(copy) => (
                    Some(copy.version),
                    words::format(
                        "changes-copy-of",
                        &[
                            ("name", copy.to.as_str().into()),
                            ("document", copy.document.name().into()),
                        ],
                    ),
                ),
                None => {
                    let names: Vec<&str> = plan.copies.iter().map(|c| c.to.as_str()).collect();
                    return Err(CliError::usage(words::format(
                        "changes-no-such-copy",
                        &[("file", file.into()), ("name", name.into())],
                    ))
                    .hint(if names.is_empty() {
                        words::text("changes-no-copies-hint")
                    } else {
                        words::format(
                            "changes-copies-given-to",
                            &[("names", names.join(", ").as_str().into())],
                        )
                    }));
                }
            }
        }
        ["version", number] => match number.parse::<usize>() {
            Ok(n) if n >= 1 && n <= history.len() => (
                Some(n),
                words::format(
                    "changes-version",
                    &[("version", n.to_string().as_str().into())],
                ),
            ),
            _ => {
                return Err(CliError::usage(words::format(
                    "changes-versions-are",
                    &[("number", number.into()), ("count", history.len().into())],
                )));
            }
        },
        [date] => {
            let date = understand(date, today, DayOrder::from_locale()).map_err(|error| {
                let error = error.message_in(date, words::language());
                usage().hint(words::format(
                    "changes-since-forms",
                    &[("error", error.as_str().into())],
                ))
            })?;
            (history.on(date), format!("{date}"))
        }
        _ => return Err(usage()),
    };
    let then = match version {
        Some(v) => match history.plan_at(v) {
            Some(plan) => plan.map_err(|error| CliError::history(path, &error))?,
            None => Plan::default(),
        },
        None => Plan::default(),
    };
    let from = match version.and_then(|v| history.version(v).map(|x| (v, x.date))) {
        Some((v, date)) => words::format(
            "changes-from-version",
            &[
                ("version", v.to_string().as_str().into()),
                ("date", date.to_string().as_str().into()),
                ("what", what.as_str().into()),
            ],
        ),
        None => words::format("changes-from-start", &[("what", what.as_str().into())]),
    };
    let changes = wrap_core::changes(&then, &plan);
    let now = history.len().to_string();
    let mut out = words::format(
        "changes-heading",
        &[
            ("file", file.into()),
            ("from", from.as_str().into()),
            ("version", now.as_str().into()),
        ],
    );
    out.push('\n');
    let language = words::language();
    if !changes.is_empty() {
        out.push_str(&format!(
            "{}.\n{}\n",
            crate::changes::count_in(&changes, language),
            crate::changes::legend(language)
        ));
    }
    out.push_str(&crate::changes::render_in(&changes, "", language));
    crate::output::print_for_reading(&out)
}

/// One plan in a folder, for `wrap list`.
struct Listed {
    file: String,
    plan: Plan,
    behind: Vec<String>,
}

/// `wrap list [FOLDER]`: the plans in a folder, overdue reviews first.
pub fn list(folder: Option<&Path>) -> Result<(), CliError> {
    let folder = folder.unwrap_or(Path::new("."));
    let today = today()?;
    let entries = std::fs::read_dir(folder).map_err(|error| {
        let folder = folder.display().to_string();
        CliError::failure(words::format(
            "list-cannot-read",
            &[
                ("folder", folder.as_str().into()),
                ("reason", crate::files::describe_io(&error).as_str().into()),
            ],
        ))
    })?;
    let mut names: Vec<std::path::PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            name.to_lowercase().ends_with(".json") && !name.starts_with('.') && path.is_file()
        })
        .collect();
    names.sort();
    let mut plans: Vec<Listed> = Vec::new();
    let mut unreadable: Vec<String> = Vec::new();
    for path in &names {
        let file = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let loaded = read_plan_bytes(path).and_then(|bytes| {
            wrap_core::format::from_slice(&bytes).map_err(|error| match error.kind() {
                // Another kind of JSON file (a settings file, an export): not a plan.
                LoadErrorKind::NotAPlan | LoadErrorKind::NotAnObject => {
                    CliError::failure(String::new())
                }
                _ => CliError::load(path, &error),
            })
        });
        let plan = match loaded.and_then(|plan| recorded(path, plan, today)) {
            Ok(plan) => plan,
            Err(error) if error.message.is_empty() => continue,
            Err(error) => {
                unreadable.push(error.message);
                continue;
            }
        };
        let behind = match plan.holdings() {
            Ok(holdings) => holdings
                .iter()
                .filter(|h| h.is_out_of_date())
                .map(|h| {
                    words::format(
                        "list-holder",
                        &[
                            ("name", h.copy.to.as_str().into()),
                            ("document", h.copy.document.name().into()),
                        ],
                    )
                })
                .collect(),
            Err(_) => Vec::new(),
        };
        plans.push(Listed { file, plan, behind });
    }
    // Overdue first, then by the next review's date, then those with none.
    plans.sort_by_key(|listed| {
        let due = listed.plan.about.next_review_due;
        (
            due.is_none_or(|due| due >= today),
            due.is_none(),
            due,
            listed.file.clone(),
        )
    });
    let shown = folder.display().to_string();
    let shown = shown.as_str();
    if plans.is_empty() && unreadable.is_empty() {
        let none = words::format("list-none", &[("folder", shown.into())]);
        return crate::output::print(&format!("{none}\n"));
    }
    let mut out = words::format(
        "list-heading",
        &[("folder", shown.into()), ("count", plans.len().into())],
    );
    out.push('\n');
    let no_title = words::text("list-no-title");
    for listed in &plans {
        let about = &listed.plan.about;
        let title = if about.title.is_empty() {
            &no_title
        } else {
            &about.title
        };
        let owner = if about.owner.is_empty() {
            words::text("list-whose-not-written")
        } else {
            words::format("list-whose", &[("owner", about.owner.as_str().into())])
        };
        let date =
            |id: &str, date: Date| words::format(id, &[("date", date.to_string().as_str().into())]);
        let last = match about.last_reviewed_on() {
            Some(reviewed) => date("list-last-reviewed", reviewed),
            None => words::text("list-never-reviewed"),
        };
        let next = match about.next_review_due {
            Some(due) if due < today => words::format(
                "list-overdue",
                &[
                    ("date", due.to_string().as_str().into()),
                    (
                        "days",
                        (due.days_until(today).unsigned_abs() as usize).into(),
                    ),
                ],
            ),
            Some(due) => date("list-next-review", due),
            None => words::text("list-no-next-review"),
        };
        out.push_str(&format!(
            "\n{}: {title} ({owner})\n  {last}; {next}\n",
            listed.file
        ));
        if !listed.behind.is_empty() {
            let line = words::format(
                "list-copies-out-of-date",
                &[
                    ("names", listed.behind.join(", ").as_str().into()),
                    ("file", listed.file.as_str().into()),
                ],
            );
            out.push_str(&format!("  {line}\n"));
        }
    }
    if !unreadable.is_empty() {
        out.push_str(&format!("\n{}\n", words::text("list-not-read")));
        for message in &unreadable {
            out.push_str(&format!("  {message}\n"));
        }
    }
    crate::output::print_for_reading(&out)
}
