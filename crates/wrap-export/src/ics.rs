//! A reminder of the plan's next review as an iCalendar (RFC 5545) event, so the plan does
//! not go stale: an all-day event on the review date with an alarm the day before.

use crate::contentline::{escape, push_line};
use crate::ids;
use wrap_core::{Date, Language, Plan};

/// Why a calendar reminder could not be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IcsError {
    /// The plan does not say when it should next be reviewed.
    #[error("the plan has no next review date")]
    NoReviewDate,
}

/// The next review as an iCalendar file: one all-day event on the plan's next review date
/// with a reminder the day before.
///
/// `stamp` is the date the file is made (its `DTSTAMP`); the caller passes it in, so the same
/// plan and date always give the same bytes. The event's UID follows the plan and the review
/// date, so importing a newer reminder for the same review updates it rather than adding one.
///
/// ```
/// use wrap_core::{Date, Plan};
///
/// let mut plan = Plan::default();
/// plan.about.next_review_due = Date::new(2027, 5, 23);
/// let ics = wrap_export::render_ics(&plan, Date::new(2026, 11, 23).unwrap()).unwrap();
/// assert!(ics.contains("DTSTART;VALUE=DATE:20270523\r\n"));
/// assert!(ics.contains("DTSTAMP:20261123T000000Z\r\n"));
/// ```
pub fn render_ics(plan: &Plan, stamp: Date) -> Result<String, IcsError> {
    let due = plan.about.next_review_due.ok_or(IcsError::NoReviewDate)?;
    let next_day = Date::from_days_since_epoch(due.days_since_epoch() + 1).unwrap_or(due);
    // In the plan's language, as its printed copies are.
    let l = plan.document_language(Language::EnGb);
    let title = plan.about.title.trim();
    let summary = if title.is_empty() {
        l.text("ics-summary")
    } else {
        l.format("ics-summary-titled", &[("title", title.into())])
    };
    let mut description = l.text("ics-description");
    let owner = plan.about.owner.trim();
    if !owner.is_empty() {
        let whose = l.format("ics-whose", &[("owner", owner.into())]);
        description = format!("{whose}\n{description}");
    }
    let uid = ids::derived(&ids::plan_namespace(plan), &format!("review/{due}"));

    let mut out = String::new();
    push_line(&mut out, "BEGIN:VCALENDAR");
    push_line(&mut out, "VERSION:2.0");
    push_line(&mut out, "PRODID:-//wrap//wrap-core//EN");
    push_line(&mut out, "CALSCALE:GREGORIAN");
    push_line(&mut out, "BEGIN:VEVENT");
    push_line(&mut out, &format!("UID:{uid}"));
    push_line(&mut out, &format!("DTSTAMP:{}T000000Z", compact(stamp)));
    push_line(&mut out, &format!("DTSTART;VALUE=DATE:{}", compact(due)));
    push_line(&mut out, &format!("DTEND;VALUE=DATE:{}", compact(next_day)));
    push_line(&mut out, &format!("SUMMARY:{}", escape(&summary)));
    push_line(&mut out, &format!("DESCRIPTION:{}", escape(&description)));
    push_line(&mut out, "TRANSP:TRANSPARENT");
    push_line(&mut out, "BEGIN:VALARM");
    push_line(&mut out, "ACTION:DISPLAY");
    push_line(&mut out, &format!("DESCRIPTION:{}", escape(&summary)));
    push_line(&mut out, "TRIGGER:-P1D");
    push_line(&mut out, "END:VALARM");
    push_line(&mut out, "END:VEVENT");
    push_line(&mut out, "END:VCALENDAR");
    Ok(out)
}

/// A date as iCalendar writes it: `20270523`.
fn compact(date: Date) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> Plan {
        let mut plan = Plan::default();
        plan.about.owner = "Ana".into();
        plan.about.title = "Gwaith, a; bywyd".into();
        plan.about.next_review_due = Date::new(2026, 12, 31);
        plan
    }

    #[test]
    fn an_all_day_event_with_a_reminder() {
        let ics = render_ics(&plan(), Date::new(2026, 11, 23).unwrap()).unwrap();
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"));
        assert!(ics.contains("SUMMARY:Review my WRAP: Gwaith\\, a\\; bywyd\r\n"));
        assert!(ics.contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\n"));
        assert!(ics.contains("TRIGGER:-P1D\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
    }

    #[test]
    fn the_same_plan_and_day_give_the_same_bytes() {
        let day = Date::new(2026, 11, 23).unwrap();
        assert_eq!(render_ics(&plan(), day), render_ics(&plan(), day));
        let later = render_ics(&plan(), Date::new(2026, 11, 24).unwrap()).unwrap();
        let uid = |ics: &str| {
            ics.lines()
                .find(|l| l.starts_with("UID:"))
                .map(str::to_owned)
        };
        assert_eq!(uid(&later), uid(&render_ics(&plan(), day).unwrap()));
    }

    #[test]
    fn no_review_date_is_an_error() {
        let day = Date::new(2026, 11, 23).unwrap();
        assert_eq!(
            render_ics(&Plan::default(), day),
            Err(IcsError::NoReviewDate)
        );
    }
}
