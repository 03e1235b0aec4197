//! The register of copies: who was given which document of which version of the plan, on
//! which day, and whether they still hold it.
//!
//! A crisis plan replaces any with an earlier date, so it only works when the people who
//! hold an old one get the new one. The register is the person's own record, kept in the
//! plan file; it is never part of a document or an export to a care record.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::changes::{PlanChanges, changes_in};
use crate::date::Date;
use crate::document::Document;
use crate::guide::SectionKey;
use crate::history::HistoryError;
use crate::key::PartKey;
use crate::plan::Plan;

impl Document {
    /// The document's name on the command line and in the file (`crisis`).
    pub fn as_str(self) -> &'static str {
        match self {
            Document::Full => "full",
            Document::Crisis => "crisis",
            Document::Card => "card",
        }
    }

    /// Whether a change to this part changes the document: every part for the full plan;
    /// whose plan it is, its title and the crisis plan for the crisis plan; whose plan it
    /// is, the early warning signs and the crisis plan's people for the card.
    pub fn holds(self, key: PartKey) -> bool {
        match self {
            Document::Full => true,
            Document::Crisis => {
                key.section() == SectionKey::Crisis
                    || matches!(key, PartKey::AboutOwner | PartKey::AboutTitle)
            }
            Document::Card => {
                key.section() == SectionKey::EarlyWarningSigns
                    || matches!(
                        key,
                        PartKey::AboutOwner
                            | PartKey::CrisisSupporters
                            | PartKey::CrisisHealthContacts
                    )
            }
        }
    }
}

/// How a copy was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    /// Printed and handed over.
    Printed,
    /// Sent by e-mail.
    Emailed,
    /// Sent by post.
    Posted,
    /// Sent in a message (text, chat).
    Messaged,
    /// Given as a file another way (a memory stick, a shared folder).
    File,
}

/// Why a holder no longer holds a copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Ending {
    /// They were given a newer copy of the same document.
    Replaced,
    /// The copy was given back.
    Returned,
    /// The copy was destroyed.
    Destroyed,
}

/// The day a holder stopped holding a copy, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Removal {
    /// The day.
    pub on: Date,
    /// Why.
    pub because: Ending,
}

/// One copy given: to whom, which document of which version, when and how.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GivenCopy {
    /// Who holds it, as the person wrote it ("Dafydd (brother)", "Dr Rees, GP").
    pub to: String,
    /// Which document.
    pub document: Document,
    /// The version of the plan it shows (see `history`).
    pub version: usize,
    /// The day it was given.
    pub given_on: Date,
    /// How it was given, if said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how: Option<Delivery>,
    /// When and why the holder stopped holding it, if they have.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub removed: Option<Removal>,
}

impl GivenCopy {
    /// True while the holder still holds this copy.
    pub fn is_held(&self) -> bool {
        self.removed.is_none()
    }
}

/// A copy still held, with what changed in its document since it was given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holding<'a> {
    /// The copy.
    pub copy: &'a GivenCopy,
    /// What changed in the document since the copy's version; empty when the copy is up
    /// to date.
    pub changes: PlanChanges,
}

impl Holding<'_> {
    /// True when the holder's copy no longer shows what the plan says.
    pub fn is_out_of_date(&self) -> bool {
        !self.changes.is_empty()
    }
}

impl Plan {
    /// Every copy still held, in the register's order, with what changed in its document
    /// since it was given. The plan's content must be recorded first
    /// ([`Plan::record_version`]), so that the latest version is the plan as it is.
    pub fn holdings(&self) -> Result<Vec<Holding<'_>>, HistoryError> {
        let current = self.content_only();
        let mut out = Vec::new();
        let mut seen: Vec<(usize, Plan)> = Vec::new();
        for copy in self.copies.iter().filter(|copy| copy.is_held()) {
            let changes = if copy.version >= self.history.len() {
                PlanChanges::default()
            } else {
                let index = match seen
                    .iter()
                    .position(|(version, _)| *version == copy.version)
                {
                    Some(index) => index,
                    None => {
                        let plan = match self.history.plan_at(copy.version) {
                            Some(plan) => plan?,
                            None => Plan::default(),
                        };
                        seen.push((copy.version, plan));
                        seen.len() - 1
                    }
                };
                let then = &seen[index].1;
                changes_in(then, &current, |key| copy.document.holds(key))
            };
            out.push(Holding { copy, changes });
        }
        Ok(out)
    }

    /// Records that `to` was given `document` at the plan's current version on `today`:
    /// the version is recorded and marked, and any copy of the same document `to` held
    /// before is marked replaced. Gives the version number.
    pub fn give_copy(
        &mut self,
        to: &str,
        document: Document,
        how: Option<Delivery>,
        today: Date,
    ) -> Result<usize, HistoryError> {
        let version = self.record_version(today, Some(crate::history::Mark::Copy))?;
        for copy in &mut self.copies {
            if copy.is_held() && copy.document == document && same_name(&copy.to, to) {
                copy.removed = Some(Removal {
                    on: today,
                    because: Ending::Replaced,
                });
            }
        }
        self.copies.push(GivenCopy {
            to: to.to_owned(),
            document,
            version,
            given_on: today,
            how,
            removed: None,
        });
        Ok(version)
    }

    /// Records that `to` no longer holds their copies (of `document` alone, if given):
    /// gives how many copies that was.
    pub fn remove_copies(
        &mut self,
        to: &str,
        document: Option<Document>,
        removal: Removal,
    ) -> usize {
        let mut count = 0;
        for copy in &mut self.copies {
            if copy.is_held()
                && same_name(&copy.to, to)
                && document.is_none_or(|d| d == copy.document)
            {
                copy.removed = Some(removal);
                count += 1;
            }
        }
        count
    }
}

/// True when two names are the same person's: the same text, but for case and the spaces
/// around it.
pub fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::Supporter;

    fn day(m: u8) -> Date {
        Date::new(2026, m, 1).unwrap()
    }

    #[test]
    fn holders_of_a_changed_document_are_out_of_date() {
        let mut plan = Plan::default();
        plan.about.owner = "Ana".into();
        plan.crisis.please_do.push("Stay calm".into());
        plan.give_copy("Ben", Document::Crisis, Some(Delivery::Printed), day(1))
            .unwrap();
        plan.give_copy("Cai", Document::Full, None, day(1)).unwrap();
        // A change outside the crisis plan: only the full plan's holder is out of date.
        plan.toolbox.using.push("Walk".into());
        plan.record_version(day(2), None).unwrap();
        let out: Vec<(&str, bool)> = plan
            .holdings()
            .unwrap()
            .iter()
            .map(|h| (h.copy.to.as_str(), h.is_out_of_date()))
            .collect();
        assert_eq!(out, [("Ben", false), ("Cai", true)]);
        // A change to the crisis plan: both are.
        plan.crisis.supporters.push(Supporter {
            name: "Dee".into(),
            ..Supporter::default()
        });
        plan.record_version(day(3), None).unwrap();
        assert!(plan.holdings().unwrap().iter().all(|h| h.is_out_of_date()));
        // Ben gets the new one; the old copy is replaced, and he is up to date.
        assert_eq!(
            plan.give_copy(" ben ", Document::Crisis, None, day(3)),
            Ok(3)
        );
        let holdings = plan.holdings().unwrap();
        assert_eq!(holdings.len(), 2);
        assert_eq!(plan.copies[0].removed.unwrap().because, Ending::Replaced);
        assert!(!holdings[1].is_out_of_date());
        let removal = Removal {
            on: day(4),
            because: Ending::Destroyed,
        };
        assert_eq!(plan.remove_copies("cai", None, removal), 1);
        assert_eq!(plan.holdings().unwrap().len(), 1);
    }
}
