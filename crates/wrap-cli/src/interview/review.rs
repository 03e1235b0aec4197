//! `wrap review`: record a review of the plan and set the next one.

use std::path::Path;

use wrap_core::{Date, Mark, Plan, Review};

use super::{Choice, Go, HINT_DATE, HINT_LIST, Halt, Session, Typed};
use crate::error::CliError;
use crate::prompt::{Ask, Lines, Prompter};

/// The hint under the review's notes.
const HINT_REVIEW: &str = "Enter to go on, Alt-Enter or Ctrl-J for a new line  /back  /stop  /help";

/// Runs `wrap review`: the date, who took part, and when the next review is due.
pub fn review_plan(
    prompter: &mut dyn Prompter,
    path: &Path,
    plan: Plan,
    today: Date,
) -> Result<(), CliError> {
    let mut session = Session::new(prompter, plan, path, today, None);
    let result = session.review();
    session.finish(result)
}

impl Session<'_> {
    fn review(&mut self) -> Go<()> {
        let file = self.path.display().to_string();
        let last = match self.plan.about.last_reviewed_on() {
            Some(date) => format!("Last reviewed on {date}."),
            None => "No review recorded yet.".to_owned(),
        };
        let due = match self.plan.about.next_review_due {
            Some(date) => format!(" Next review due {date}."),
            None => String::new(),
        };
        self.say(&format!(
            "Recording a review of {file}. {last}{due}\n\
             It is saved after every answer. When typing: /back, /stop, /help."
        ));

        // What changed since the last review, worked out before this one joins the plan.
        let changed = self.changes_since_review();

        // The date; the review joins the plan as soon as it has one.
        self.prompter.say("");
        self.say("On what date is this review?");
        let today = self.today.to_string();
        let date = loop {
            match self.ask_date("review.date", HINT_DATE, &today)? {
                Ok(date) => break date,
                Err(Typed::Back) => return Err(Halt::Stop),
                Err(_) => self.say("A review needs its date."),
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
        self.say(
            "Who took part? One name per line, with a role if you like; \
             an empty line when done.",
        );
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
                    self.say("The review is taken out again.");
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
        self.say("Anything to note about this review? (Enter to leave it out)");
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
                Some(next) => format!("In {n} month{} ({next})", if n == 1 { "" } else { "s" }),
                None => format!("In {n} months"),
            })
            .collect();
        options.push("On another date".to_owned());
        options.push(match self.plan.about.next_review_due {
            Some(due) => format!("Leave it as it is ({due})"),
            None => "No date for now".to_owned(),
        });
        let next = match self.choose("When would you like the next review?", &options)? {
            Choice::Option(i) if i < months.len() => date.add_months(months[i]),
            Choice::Option(i) if i == months.len() => {
                self.say("On what date?");
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
            Some(next) => format!("The next review is due on {next}."),
            None => "No next review date is set.".to_owned(),
        };
        self.say(&format!("Review of {date} recorded in {file}.\n{next}"));
        Ok(())
    }

    /// What changed since the last review, as text to show: section by section, or why
    /// there is nothing to compare with.
    fn changes_since_review(&self) -> String {
        let history = &self.plan.history;
        let Some(version) = history.last_marked(Mark::Review) else {
            return "There is no earlier review in the plan's history to compare with.".to_owned();
        };
        let date = history.version(version).map(|v| v.date.to_string());
        let then = match history.plan_at(version) {
            Some(Ok(plan)) => plan,
            _ => return "The plan's history cannot show the last review.".to_owned(),
        };
        let changes = wrap_core::changes(&then, &self.plan);
        if changes.is_empty() {
            return format!(
                "Nothing in the plan has changed since the last review ({}).",
                date.unwrap_or_default()
            );
        }
        format!(
            "Changes since the last review ({}), {}:\n{}\n{}",
            date.unwrap_or_default(),
            crate::changes::count(&changes),
            crate::changes::LEGEND,
            crate::changes::render(&changes, "").trim_end()
        )
    }
}
