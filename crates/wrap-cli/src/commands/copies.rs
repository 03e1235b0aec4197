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

fn delivery_words(how: Delivery) -> &'static str {
    match how {
        Delivery::Printed => "printed",
        Delivery::Emailed => "e-mailed",
        Delivery::Posted => "posted",
        Delivery::Messaged => "sent in a message",
        Delivery::File => "given as a file",
    }
}

fn ending_words(ending: Ending) -> &'static str {
    match ending {
        Ending::Replaced => "replaced by a newer copy",
        Ending::Returned => "given back",
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
    let date = plan
        .history
        .version(copy.version)
        .map(|version| format!(" of {}", version.date))
        .unwrap_or_default();
    format!(
        "the {}, version {}{date}",
        copy.document.describe(),
        copy.version
    )
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
        return Err(
            CliError::usage("--to needs the name of who the copy is for")
                .hint("e.g. --to \"Dafydd (brother)\""),
        );
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
    let mut note = format!(
        "Recorded in {}: {} holds {} (given {today}).\n",
        path.display(),
        copy.to,
        which(&plan, copy)
    );
    if let Some(version) = had.iter().max() {
        note.push_str(&format!(
            "Their older copy (version {version}) is marked as replaced: ask them to give it \
             back or destroy it.\n"
        ));
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
    let mut note = format!(
        "note: the {} has changed since these people were given their copy:\n",
        document.describe()
    );
    for holding in &behind {
        note.push_str(&format!(
            "  {} holds version {} (given {}): give them this one with `wrap give {} --to \"{}\" --document {}`\n",
            holding.copy.to,
            holding.copy.version,
            holding.copy.given_on,
            path.display(),
            holding.copy.to,
            document.as_str()
        ));
    }
    note.push_str(&format!(
        "  (`wrap copies {}` shows what changed for each)\n",
        path.display()
    ));
    crate::output::note(&note);
    Ok(())
}

/// `wrap copies PLAN`: every holder, the out-of-date first with what changed since their
/// copy, and the copies no longer held.
pub fn list_copies(path: &Path) -> Result<(), CliError> {
    let plan = recorded(path, load_plan(path)?, today()?)?;
    let file = path.display();
    if plan.copies.is_empty() {
        return crate::output::print(&format!(
            "No copies of {file} are recorded.\n\
             Record one as you give it: `wrap give {file} --to NAME --document crisis`\n"
        ));
    }
    let current = plan.history.len();
    let date = plan
        .history
        .version(current)
        .map(|version| format!(", saved {}", version.date))
        .unwrap_or_default();
    let mut out = format!("Copies of {file} (the plan is at version {current}{date})\n");
    let holdings = plan
        .holdings()
        .map_err(|error| CliError::history(path, &error))?;
    let (behind, current): (Vec<&Holding<'_>>, Vec<&Holding<'_>>) =
        holdings.iter().partition(|h| h.is_out_of_date());
    let given = |copy: &GivenCopy| {
        let how = copy
            .how
            .map(|how| format!(", {}", delivery_words(how)))
            .unwrap_or_default();
        format!(
            "{}: {}, given {}{how}",
            copy.to,
            which(&plan, copy),
            copy.given_on
        )
    };
    if !behind.is_empty() {
        out.push_str(&format!(
            "\nOUT OF DATE ({}): give them the new one, and ask for the old one back\n{}\n",
            behind.len(),
            crate::changes::LEGEND
        ));
        for holding in &behind {
            out.push_str(&format!(
                "  {}\n    Changed since their copy, {}:\n{}",
                given(holding.copy),
                crate::changes::count(&holding.changes),
                crate::changes::render(&holding.changes, "      ")
            ));
        }
    }
    if !current.is_empty() {
        out.push_str(&format!("\nUp to date ({}):\n", current.len()));
        for holding in &current {
            out.push_str(&format!("  {}\n", given(holding.copy)));
        }
    }
    let gone: Vec<&GivenCopy> = plan.copies.iter().filter(|c| !c.is_held()).collect();
    if !gone.is_empty() {
        out.push_str(&format!("\nNo longer held ({}):\n", gone.len()));
        for copy in gone {
            if let Some(removal) = copy.removed {
                out.push_str(&format!(
                    "  {}; {} {}\n",
                    given(copy),
                    ending_words(removal.because),
                    removal.on
                ));
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
            CliError::usage(format!("--on: {error}")).hint("e.g. --on 2026-11-23 or --on today")
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
        let what = match document {
            Some(document) => format!("a copy of the {}", document.describe()),
            None => "a copy".to_owned(),
        };
        let hint = if holders.is_empty() {
            "nobody holds a copy now".to_owned()
        } else {
            format!("those who hold one: {}", holders.join(", "))
        };
        return Err(CliError::failure(format!(
            "{}: {name} holds no {what} of this plan",
            path.display()
        ))
        .hint(hint));
    }
    save(path, &mut plan, today, None)?;
    let copies = if count == 1 { "copy" } else { "copies" };
    crate::output::note(&format!(
        "Recorded in {}: {name} no longer holds their {copies} ({} on {on}).\n",
        path.display(),
        ending_words(because)
    ));
    Ok(())
}

/// `wrap changes PLAN [--since review|DATE|copy NAME|version N]`.
pub fn changes(path: &Path, since: &[String]) -> Result<(), CliError> {
    let today = today()?;
    let plan = recorded(path, load_plan(path)?, today)?;
    let history = &plan.history;
    let file = path.display();
    let usage = || {
        CliError::usage(format!("--since {}: not a point in the plan's history", since.join(" ")))
            .hint("--since review, --since DATE (e.g. 2026-03-01), --since copy NAME or --since version N")
    };
    let words: Vec<&str> = since.iter().map(String::as_str).collect();
    // The version to compare with (none: before the history starts), and what it is.
    let (version, what): (Option<usize>, String) = match words[..] {
        [] | ["review"] => match history.last_marked(Mark::Review) {
            Some(v) => (Some(v), "the last review".to_owned()),
            None if words.is_empty() => (
                (!history.is_empty()).then_some(1),
                "the first version (no review is recorded yet)".to_owned(),
            ),
            None => {
                return Err(CliError::failure(format!(
                    "{file}: no review is recorded in the plan's history yet"
                ))
                .hint(format!("record one with `wrap review {file}`")));
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
                    format!("{}'s copy of the {}", copy.to, copy.document.describe()),
                ),
                None => {
                    let names: Vec<&str> = plan.copies.iter().map(|c| c.to.as_str()).collect();
                    return Err(CliError::usage(format!(
                        "{file}: no copy given to {name} is recorded"
                    ))
                    .hint(if names.is_empty() {
                        "no copies are recorded: `wrap give` records them".to_owned()
                    } else {
                        format!("copies were given to: {}", names.join(", "))
                    }));
                }
            }
        }
        ["version", number] => match number.parse::<usize>() {
            Ok(n) if n >= 1 && n <= history.len() => (Some(n), format!("version {n}")),
            _ => {
                return Err(CliError::usage(format!(
                    "--since version {number}: the plan has versions 1 to {}",
                    history.len()
                )));
            }
        },
        [date] => {
            let date = understand(date, today, DayOrder::from_locale())
                .map_err(|error| usage().hint(format!("{error}; {}", FORMS)))?;
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
        Some((v, date)) => format!("version {v} of {date}, {what}"),
        None => format!("{what}, before the plan's history starts"),
    };
    let changes = wrap_core::changes(&then, &plan);
    let now = history.len();
    let mut out = format!("Changes in {file} since {from}, to now (version {now}):\n");
    if !changes.is_empty() {
        out.push_str(&format!(
            "{}.\n{}\n",
            crate::changes::count(&changes),
            crate::changes::LEGEND
        ));
    }
    out.push_str(&crate::changes::render(&changes, ""));
    crate::output::print_for_reading(&out)
}

/// The forms `--since` takes, for its hint.
const FORMS: &str = "use review, a date, copy NAME or version N";

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
        CliError::failure(format!(
            "{}: cannot list this folder: {}",
            folder.display(),
            crate::files::describe_io(&error)
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
                .map(|h| format!("{} ({})", h.copy.to, h.copy.document.describe()))
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
    let shown = folder.display();
    if plans.is_empty() && unreadable.is_empty() {
        return crate::output::print(&format!(
            "No plans in {shown}. Start one with `wrap new`.\n"
        ));
    }
    let mut out = format!(
        "Plans in {shown} ({}), overdue reviews first:\n",
        plans.len()
    );
    for listed in &plans {
        let about = &listed.plan.about;
        let title = if about.title.is_empty() {
            "(no title)"
        } else {
            &about.title
        };
        let owner = if about.owner.is_empty() {
            "whose plan is not written".to_owned()
        } else {
            format!("{}'s plan", about.owner)
        };
        let last = match about.last_reviewed_on() {
            Some(date) => format!("last reviewed {date}"),
            None => "never reviewed".to_owned(),
        };
        let next = match about.next_review_due {
            Some(due) if due < today => format!(
                "OVERDUE: next review was due {due} ({} days ago)",
                due.days_until(today)
            ),
            Some(due) => format!("next review due {due}"),
            None => "no next review set".to_owned(),
        };
        out.push_str(&format!(
            "\n{}: {title} ({owner})\n  {last}; {next}\n",
            listed.file
        ));
        if !listed.behind.is_empty() {
            out.push_str(&format!(
                "  Copies out of date: {} (`wrap copies {}`)\n",
                listed.behind.join(", "),
                listed.file
            ));
        }
    }
    if !unreadable.is_empty() {
        out.push_str("\nNot read:\n");
        for message in &unreadable {
            out.push_str(&format!("  {message}\n"));
        }
    }
    crate::output::print_for_reading(&out)
}
