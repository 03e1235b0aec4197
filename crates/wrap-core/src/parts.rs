//! Reaching any part of a plan by its guide key, for tools that walk the guide.

use crate::date::Date;
use crate::guide::{PartGuide, PartShape, SectionGuide, SectionKey};
use crate::plan::{Plan, SignsAndActions};
use crate::records::Record;

/// A read-only view of one part's answer.
pub enum PartRef<'a> {
    /// A free text.
    Text(&'a str),
    /// A list of entries.
    List(&'a [String]),
    /// A date, if given.
    Date(Option<Date>),
    /// A list of records.
    Records(Vec<&'a dyn Record>),
}

impl PartRef<'_> {
    /// True when nothing has been written here.
    pub fn is_empty(&self) -> bool {
        match self {
            PartRef::Text(text) => text.trim().is_empty(),
            PartRef::List(list) => list.is_empty(),
            PartRef::Date(date) => date.is_none(),
            PartRef::Records(records) => records.is_empty(),
        }
    }
}

/// A list of records that can be changed without knowing its record type.
pub trait RecordList {
    /// How many records there are.
    fn len(&self) -> usize;
    /// True when there are none.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The record at `index`.
    fn get(&self, index: usize) -> Option<&dyn Record>;
    /// The record at `index`, to change.
    fn get_mut(&mut self, index: usize) -> Option<&mut dyn Record>;
    /// Adds an empty record at the end and returns it.
    fn push_new(&mut self) -> &mut dyn Record;
    /// Removes the record at `index` (nothing happens past the end).
    fn remove(&mut self, index: usize);
    /// Swaps two records (nothing happens past the end).
    fn swap(&mut self, a: usize, b: usize);
}

impl<T: Record + Default> RecordList for Vec<T> {
    fn len(&self) -> usize {
        Vec::len(self)
    }

    fn get(&self, index: usize) -> Option<&dyn Record> {
        self.as_slice().get(index).map(|r| r as &dyn Record)
    }

    fn get_mut(&mut self, index: usize) -> Option<&mut dyn Record> {
        self.as_mut_slice()
            .get_mut(index)
            .map(|r| r as &mut dyn Record)
    }

    fn push_new(&mut self) -> &mut dyn Record {
        self.push(T::default());
        let last = Vec::len(self) - 1;
        &mut self[last]
    }

    fn remove(&mut self, index: usize) {
        if index < Vec::len(self) {
            Vec::remove(self, index);
        }
    }

    fn swap(&mut self, a: usize, b: usize) {
        if a < Vec::len(self) && b < Vec::len(self) {
            self.as_mut_slice().swap(a, b);
        }
    }
}

/// A changeable view of one part's answer.
pub enum PartMut<'a> {
    /// A free text.
    Text(&'a mut String),
    /// A list of entries.
    List(&'a mut Vec<String>),
    /// A date.
    Date(&'a mut Option<Date>),
    /// A list of records.
    Records(&'a mut dyn RecordList),
}

fn records<T: Record>(list: &[T]) -> Vec<&dyn Record> {
    list.iter().map(|r| r as &dyn Record).collect()
}

macro_rules! part_access {
    ($plan:ident, $section:expr, $key:expr, $text:ident, $list:ident, $date:ident, $records:ident, $signs:ident) => {{
        match ($section, $key) {
            (SectionKey::About, "title") => $text!($plan.about.title),
            (SectionKey::About, "owner") => $text!($plan.about.owner),
            (SectionKey::About, "written_with") => $records!($plan.about.written_with),
            (SectionKey::About, "created_on") => $date!($plan.about.created_on),
            (SectionKey::About, "next_review_due") => $date!($plan.about.next_review_due),
            (SectionKey::About, "purpose") => $text!($plan.about.purpose),
            (SectionKey::Toolbox, "using") => $list!($plan.toolbox.using),
            (SectionKey::Toolbox, "to_try") => $list!($plan.toolbox.to_try),
            (SectionKey::Daily, "when_well") => $text!($plan.daily.when_well),
            (SectionKey::Daily, "every_day") => $list!($plan.daily.every_day),
            (SectionKey::Daily, "some_days") => $records!($plan.daily.some_days),
            (SectionKey::Daily, "good_day") => $text!($plan.daily.good_day),
            (SectionKey::Triggers, "triggers") => $list!($plan.triggers.triggers),
            (SectionKey::Triggers, "action_plan") => $list!($plan.triggers.action_plan),
            (SectionKey::Triggers, "more_to_try") => $list!($plan.triggers.more_to_try),
            (SectionKey::Triggers, "limit_exposure") => $list!($plan.triggers.limit_exposure),
            (SectionKey::EarlyWarningSigns, key) => $signs!($plan.early_warning_signs, key),
            (SectionKey::BreakingDown, key) => $signs!($plan.breaking_down, key),
            (SectionKey::Crisis, "created_on") => $date!($plan.crisis.created_on),
            (SectionKey::Crisis, "when_well") => $text!($plan.crisis.when_well),
            (SectionKey::Crisis, "take_over_signs") => $list!($plan.crisis.take_over_signs),
            (SectionKey::Crisis, "supporters") => $records!($plan.crisis.supporters),
            (SectionKey::Crisis, "not_involved") => $records!($plan.crisis.not_involved),
            (SectionKey::Crisis, "disagreements") => $text!($plan.crisis.disagreements),
            (SectionKey::Crisis, "health_contacts") => $records!($plan.crisis.health_contacts),
            (SectionKey::Crisis, "medications") => $records!($plan.crisis.medications),
            (SectionKey::Crisis, "medications_acceptable") => {
                $records!($plan.crisis.medications_acceptable)
            }
            (SectionKey::Crisis, "medications_avoid") => $records!($plan.crisis.medications_avoid),
            (SectionKey::Crisis, "allergies") => $list!($plan.crisis.allergies),
            (SectionKey::Crisis, "treatments_help") => $records!($plan.crisis.treatments_help),
            (SectionKey::Crisis, "treatments_avoid") => $records!($plan.crisis.treatments_avoid),
            (SectionKey::Crisis, "home_care") => $text!($plan.crisis.home_care),
            (SectionKey::Crisis, "places_prefer") => $records!($plan.crisis.places_prefer),
            (SectionKey::Crisis, "places_avoid") => $records!($plan.crisis.places_avoid),
            (SectionKey::Crisis, "please_do") => $list!($plan.crisis.please_do),
            (SectionKey::Crisis, "please_do_not") => $list!($plan.crisis.please_do_not),
            (SectionKey::Crisis, "if_danger") => $text!($plan.crisis.if_danger),
            (SectionKey::Crisis, "tasks") => $records!($plan.crisis.tasks),
            (SectionKey::Crisis, "no_longer_needed") => $list!($plan.crisis.no_longer_needed),
            (SectionKey::PostCrisis, "ready_signs") => $list!($plan.post_crisis.ready_signs),
            (SectionKey::PostCrisis, "recovered_feeling") => {
                $text!($plan.post_crisis.recovered_feeling)
            }
            (SectionKey::PostCrisis, "what_led") => $list!($plan.post_crisis.what_led),
            (SectionKey::PostCrisis, "learned") => $list!($plan.post_crisis.learned),
            (SectionKey::PostCrisis, "changes") => $records!($plan.post_crisis.changes),
            (SectionKey::PostCrisis, "plan_changes") => $list!($plan.post_crisis.plan_changes),
            (SectionKey::PostCrisis, "ease_return") => $list!($plan.post_crisis.ease_return),
            (SectionKey::PostCrisis, "others_can_do") => $list!($plan.post_crisis.others_can_do),
            (SectionKey::PostCrisis, "can_wait") => $list!($plan.post_crisis.can_wait),
            (SectionKey::PostCrisis, "supporters") => $records!($plan.post_crisis.supporters),
            (SectionKey::PostCrisis, "every_day") => $list!($plan.post_crisis.every_day),
            (SectionKey::PostCrisis, "might_need") => $list!($plan.post_crisis.might_need),
            (SectionKey::PostCrisis, "avoid") => $list!($plan.post_crisis.avoid),
            (SectionKey::PostCrisis, "prevent_harm") => $list!($plan.post_crisis.prevent_harm),
            (SectionKey::PostCrisis, "thank") => $records!($plan.post_crisis.thank),
            (SectionKey::PostCrisis, "amends") => $records!($plan.post_crisis.amends),
            (SectionKey::PostCrisis, "responsibilities") => {
                $records!($plan.post_crisis.responsibilities)
            }
            (SectionKey::PostCrisis, "no_longer_needed") => {
                $list!($plan.post_crisis.no_longer_needed)
            }
            _ => None,
        }
    }};
}

fn signs_ref<'a>(signs: &'a SignsAndActions, key: &str) -> Option<PartRef<'a>> {
    match key {
        "signs" => Some(PartRef::List(&signs.signs)),
        "action_plan" => Some(PartRef::List(&signs.action_plan)),
        "more_to_try" => Some(PartRef::List(&signs.more_to_try)),
        _ => None,
    }
}

fn signs_mut<'a>(signs: &'a mut SignsAndActions, key: &str) -> Option<PartMut<'a>> {
    match key {
        "signs" => Some(PartMut::List(&mut signs.signs)),
        "action_plan" => Some(PartMut::List(&mut signs.action_plan)),
        "more_to_try" => Some(PartMut::List(&mut signs.more_to_try)),
        _ => None,
    }
}

impl Plan {
    /// The answer to one part, by section and part key; `None` for a key the guide does not have.
    pub fn part(&self, section: SectionKey, key: &str) -> Option<PartRef<'_>> {
        let plan = self;
        macro_rules! text {
            ($e:expr) => {
                Some(PartRef::Text(&$e))
            };
        }
        macro_rules! list {
            ($e:expr) => {
                Some(PartRef::List(&$e))
            };
        }
        macro_rules! date {
            ($e:expr) => {
                Some(PartRef::Date($e))
            };
        }
        macro_rules! recs {
            ($e:expr) => {
                Some(PartRef::Records(records(&$e)))
            };
        }
        macro_rules! signs {
            ($e:expr, $k:expr) => {
                signs_ref(&$e, $k)
            };
        }
        part_access!(plan, section, key, text, list, date, recs, signs)
    }

    /// The answer to one part, to change it.
    pub fn part_mut(&mut self, section: SectionKey, key: &str) -> Option<PartMut<'_>> {
        let plan = self;
        macro_rules! text {
            ($e:expr) => {
                Some(PartMut::Text(&mut $e))
            };
        }
        macro_rules! list {
            ($e:expr) => {
                Some(PartMut::List(&mut $e))
            };
        }
        macro_rules! date {
            ($e:expr) => {
                Some(PartMut::Date(&mut $e))
            };
        }
        macro_rules! recs {
            ($e:expr) => {
                Some(PartMut::Records(&mut $e))
            };
        }
        macro_rules! signs {
            ($e:expr, $k:expr) => {
                signs_mut(&mut $e, $k)
            };
        }
        part_access!(plan, section, key, text, list, date, recs, signs)
    }

    /// Every part of one section with its guide and answer, in guide order.
    pub fn section_parts(
        &self,
        section: SectionKey,
    ) -> impl Iterator<Item = (&'static PartGuide, PartRef<'_>)> + '_ {
        let guide: &'static SectionGuide = section.guide();
        guide
            .parts
            .iter()
            .filter_map(move |part| Some((part, self.part(section, part.key)?)))
    }

    /// True when nothing has been written in this section.
    pub fn section_is_empty(&self, section: SectionKey) -> bool {
        self.section_parts(section)
            .all(|(_, answer)| answer.is_empty())
    }
}

impl PartShape {
    /// Whether an answer view has this shape.
    pub fn matches(self, answer: &PartRef<'_>) -> bool {
        match (self, answer) {
            (PartShape::Text, PartRef::Text(_))
            | (PartShape::List, PartRef::List(_))
            | (PartShape::Date, PartRef::Date(_)) => true,
            (PartShape::Records(kind), PartRef::Records(records)) => {
                records.iter().all(|record| record.kind() == kind)
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::guide;

    #[test]
    fn every_guide_part_reaches_the_plan_with_its_shape() {
        let mut plan = Plan::default();
        for section in guide() {
            for part in section.parts {
                match plan.part_mut(section.key, part.key) {
                    Some(PartMut::Records(list)) => {
                        list.push_new();
                    }
                    Some(_) => {}
                    None => panic!("{} has no place in the plan", section.path(part)),
                }
                let answer = plan.part(section.key, part.key).unwrap();
                assert!(part.shape.matches(&answer), "{}", section.path(part));
            }
        }
        assert!(plan.part(SectionKey::Crisis, "nonsense").is_none());
    }

    #[test]
    fn record_lists_change_in_place() {
        let mut plan = Plan::default();
        let Some(PartMut::Records(list)) = plan.part_mut(SectionKey::Crisis, "supporters") else {
            panic!("supporters are records");
        };
        list.push_new().set_text("name", "Ann").unwrap();
        list.push_new().set_text("name", "Bob").unwrap();
        list.swap(0, 1);
        list.remove(9);
        assert_eq!(plan.crisis.supporters[0].name, "Bob");
        assert!(plan.section_is_empty(SectionKey::Toolbox));
        assert!(!plan.section_is_empty(SectionKey::Crisis));
    }
}
