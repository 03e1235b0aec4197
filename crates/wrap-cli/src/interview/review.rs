//! `wrap review`: record a review of the plan and set the next one.

use std::path::Path;

use wrap_core::{Date, Mark, Plan, Review};

use super::{Choice, Go, HINT_DATE, HINT_LIST, Halt, Session, Typed, Voice};
use crate::error::CliError;
use crate::prompt::{Ask, Lines, Prompter};

/// The hint under the review's notes (its message id).
const HINT_REVIEW: &str = "interview-hint-review";

/// Runs `wrap review`: the date, who took part, and when the next review is due.
pub fn review_plan(
    prompter: &mut dyn Prompter,
    path: &Path,
    plan: Plan,
    today: Date,
    voice: Voice,
) -> Result<(), CliError> {
    let mut session = Session::new(prompter, plan, path, today, None, voice);
    let result = session.review();
    session.finish(result)
}

impl Session<'_> {
    fn review(&mut self) -> Go<()> {
        let file = self.path.display().to_string();
        let last = match self.plan.about.last_reviewed_on() {
            Some(date) => self.f("interview-last-reviewed", &[("date", &date.to_string())]),
            None => self.t("interview-no-review-yet"),
        };
        let due = match self.plan.about.next_review_due {
            Some(date) => self.f("interview-next-due", &[("date", &date.to_string())]),
            None => String::new(),
        };
        self.say(&self.f(
            "interview-review-start",
            &[("file", &file), ("last", &last), ("due", &due)],
        ));

        // What changed since the last review, worked out before this one joins the plan.
        let changed = self.changes_since_review();

        // The date; the review joins the plan as soon as it has one.
        self.prompter.say("");
        self.say(&self.t("interview-review-date"));
        let today = self.today.to_string();
        let date = loop {
            match self.ask_date("review.date", HINT_DATE, &today)? {
                Ok(date) => break date,
                Err(Typed::Back) => return Err(Halt::Stop),
                Err(_) => self.say(&self.t("interview-review-needs-date")),
            }
        };
        let reviews = &mut self.plan.about.reviews;
        let mut index = reviews.partition_point(|review| review.date <= date);
        reviews.insert(
            index,
            Review {
                date,
                with: Vec::new(),
                notes: String::new(),
            },
        );
        // Every save of this sitting goes into the reviewed version.
        self.mark = Some(Mark::Review);
        self.save()?;

        // Who took part, one per line.
        self.prompter.say("");
        self.say(&self.t("interview-review-who"));
        loop {
            let number = self.plan.about.reviews[index].with.len() + 1;
            let question = format!("{number}.");
            let place = format!("review.with.{number}");
            match self.ask(&place, Ask::line(&question, HINT_LIST, ""))? {
                Typed::Text(name) => {
                    self.plan.about.reviews[index].with.push(name);
                    self.save()?;
                }
                Typed::Back if number > 1 => {
                    self.plan.about.reviews[index].with.pop();
                    self.save()?;
                }
                Typed::Back => {
                    self.mark = None;
                    self.plan.about.reviews.remove(index);
                    self.save()?;
                    self.say(&self.t("interview-review-taken-out"));
                    return Err(Halt::Stop);
                }
                Typed::Empty | Typed::Skip => break,
            }
        }

        // What changed since the last review, to talk about in the notes.
        self.prompter.say("");
        self.say(&changed);

        // Anything to note.
        self.prompter.say("");
        self.say(&self.t("interview-review-notes"));
        let ask = Ask {
            lines: Lines::Many,
            ..Ask::line("", HINT_REVIEW, "")
        };
        if let Typed::Text(notes) = self.ask("review.notes", ask)? {
            index = index.min(self.plan.about.reviews.len().saturating_sub(1));
            if let Some(review) = self.plan.about.reviews.get_mut(index) {
                review.notes = notes;
            }
            self.save()?;
        }

        // The next review.
        self.prompter.say("");
        let months = [1, 3, 6];
        let mut options: Vec<String> = months
            .iter()
            .map(|&n| match date.add_months(n) {
                Some(next) => self.n(
                    "interview-in-months",
                    n as usize,
                    &[("date", &next.to_string())],
                ),
                None => self.n("interview-in-months-no-date", n as usize, &[]),
            })
            .collect();
        options.push(self.t("interview-another-date"));
        options.push(match self.plan.about.next_review_due {
            Some(due) => self.f("interview-leave-as-is", &[("date", &due.to_string())]),
            None => self.t("interview-no-date-for-now"),
        });
        let question = self.t("interview-when-next-review");
        let next = match self.choose(&question, &options)? {
            Choice::Option(i) if i < months.len() => date.add_months(months[i]),
            Choice::Option(i) if i == months.len() => {
                self.say(&self.t("interview-on-what-date"));
                match self.ask_date("review.next", HINT_DATE, "")? {
                    Ok(next) => Some(next),
                    Err(_) => self.plan.about.next_review_due,
                }
            }
            _ => self.plan.about.next_review_due,
        };
        self.plan.about.next_review_due = next;
        self.save()?;

        self.prompter.say("");
        let next = match next {
            Some(next) => self.f("interview-next-review-due", &[("date", &next.to_string())]),
            None => self.t("interview-no-next-review"),
        };
        let recorded = self.f(
            "interview-review-recorded",
            &[("date", &date.to_string()), ("file", &file)],
        );
        self.say(&format!("{recorded}\n{next}"));
        Ok(())
    }

    /// What changed since the last review, as text to show: section by section, or why
    /// there is nothing to compare with.
    fn changes_since_review(&self) -> String {
        let history = &self.plan.history;
        let Some(version) = history.last_marked(Mark::Review) else {
            return self.t("interview-no-earlier-review");
        };
        let date = history.version(version).map(|v| v.date.to_string());
        let then = match history.plan_at(version) {
            Some(Ok(plan)) => plan,
            _ => return self.t("interview-history-cannot-show"),
        };
        let changes = wrap_core::changes(&then, &self.plan);
        if changes.is_empty() {
            return self.f(
                "interview-nothing-changed-since",
                &[("date", &date.unwrap_or_default())],
            );
        }
        let since = self.f(
            "interview-changes-since",
            &[
                ("date", &date.unwrap_or_default()),
                ("changes", &crate::changes::count_in(&changes, self.lang)),
            ],
        );
        format!(
            "{since}\n{}\n{}",
            crate::changes::legend(self.lang),
            crate::changes::render_in(&changes, "", self.lang).trim_end()
        )
    }
}
