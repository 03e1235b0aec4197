//! Reaching any part of a plan by its key, for tools that walk the guide.

use crate::date::Date;
use crate::guide::{PartGuide, PartShape, SectionGuide, SectionKey};
use crate::key::{DatePart, ListPart, PartKey, RecordsPart, ShapedKey, TextPart};
use crate::plan::Plan;
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

impl Plan {
    /// The answer to one part.
    pub fn part(&self, key: PartKey) -> PartRef<'_> {
        match key.shaped() {
            ShapedKey::Text(key) => PartRef::Text(self.text(key)),
            ShapedKey::List(key) => PartRef::List(self.list(key)),
            ShapedKey::Date(key) => PartRef::Date(self.date(key)),
            ShapedKey::Records(key) => PartRef::Records(self.records(key)),
        }
    }

    /// The answer to one part, to change it.
    pub fn part_mut(&mut self, key: PartKey) -> PartMut<'_> {
        match key.shaped() {
            ShapedKey::Text(key) => PartMut::Text(self.text_mut(key)),
            ShapedKey::List(key) => PartMut::List(self.list_mut(key)),
            ShapedKey::Date(key) => PartMut::Date(self.date_mut(key)),
            ShapedKey::Records(key) => PartMut::Records(self.records_mut(key)),
        }
    }

    /// The answer to a part that holds one free text.
    pub fn text(&self, key: TextPart) -> &str {
        match key {
            TextPart::AboutTitle => &self.about.title,
            TextPart::AboutOwner => &self.about.owner,
            TextPart::AboutPurpose => &self.about.purpose,
            TextPart::DailyWhenWell => &self.daily.when_well,
            TextPart::DailyGoodDay => &self.daily.good_day,
            TextPart::CrisisWhenWell => &self.crisis.when_well,
            TextPart::CrisisDisagreements => &self.crisis.disagreements,
            TextPart::CrisisHomeCare => &self.crisis.home_care,
            TextPart::CrisisIfDanger => &self.crisis.if_danger,
            TextPart::PostCrisisRecoveredFeeling => &self.post_crisis.recovered_feeling,
        }
    }

    /// The answer to a part that holds one free text, to change it.
    pub fn text_mut(&mut self, key: TextPart) -> &mut String {
        match key {
            TextPart::AboutTitle => &mut self.about.title,
            TextPart::AboutOwner => &mut self.about.owner,
            TextPart::AboutPurpose => &mut self.about.purpose,
            TextPart::DailyWhenWell => &mut self.daily.when_well,
            TextPart::DailyGoodDay => &mut self.daily.good_day,
            TextPart::CrisisWhenWell => &mut self.crisis.when_well,
            TextPart::CrisisDisagreements => &mut self.crisis.disagreements,
            TextPart::CrisisHomeCare => &mut self.crisis.home_care,
            TextPart::CrisisIfDanger => &mut self.crisis.if_danger,
            TextPart::PostCrisisRecoveredFeeling => &mut self.post_crisis.recovered_feeling,
        }
    }

    /// The answer to a part that holds a list of entries.
    pub fn list(&self, key: ListPart) -> &[String] {
        match key {
            ListPart::ToolboxUsing => &self.toolbox.using,
            ListPart::ToolboxToTry => &self.toolbox.to_try,
            ListPart::DailyEveryDay => &self.daily.every_day,
            ListPart::Triggers => &self.triggers.triggers,
            ListPart::TriggersActionPlan => &self.triggers.action_plan,
            ListPart::TriggersMoreToTry => &self.triggers.more_to_try,
            ListPart::TriggersLimitExposure => &self.triggers.limit_exposure,
            ListPart::EarlyWarningSigns => &self.early_warning_signs.signs,
            ListPart::EarlyWarningActionPlan => &self.early_warning_signs.action_plan,
            ListPart::EarlyWarningMoreToTry => &self.early_warning_signs.more_to_try,
            ListPart::BreakingDownSigns => &self.breaking_down.signs,
            ListPart::BreakingDownActionPlan => &self.breaking_down.action_plan,
            ListPart::BreakingDownMoreToTry => &self.breaking_down.more_to_try,
            ListPart::CrisisTakeOverSigns => &self.crisis.take_over_signs,
            ListPart::CrisisAllergies => &self.crisis.allergies,
            ListPart::CrisisPleaseDo => &self.crisis.please_do,
            ListPart::CrisisPleaseDoNot => &self.crisis.please_do_not,
            ListPart::CrisisNoLongerNeeded => &self.crisis.no_longer_needed,
            ListPart::PostCrisisReadySigns => &self.post_crisis.ready_signs,
            ListPart::PostCrisisWhatLed => &self.post_crisis.what_led,
            ListPart::PostCrisisLearned => &self.post_crisis.learned,
            ListPart::PostCrisisPlanChanges => &self.post_crisis.plan_changes,
            ListPart::PostCrisisEaseReturn => &self.post_crisis.ease_return,
            ListPart::PostCrisisOthersCanDo => &self.post_crisis.others_can_do,
            ListPart::PostCrisisCanWait => &self.post_crisis.can_wait,
            ListPart::PostCrisisEveryDay => &self.post_crisis.every_day,
            ListPart::PostCrisisMightNeed => &self.post_crisis.might_need,
            ListPart::PostCrisisAvoid => &self.post_crisis.avoid,
            ListPart::PostCrisisPreventHarm => &self.post_crisis.prevent_harm,
            ListPart::PostCrisisNoLongerNeeded => &self.post_crisis.no_longer_needed,
        }
    }

    /// The answer to a part that holds a list of entries, to change it.
    pub fn list_mut(&mut self, key: ListPart) -> &mut Vec<String> {
        match key {
            ListPart::ToolboxUsing => &mut self.toolbox.using,
            ListPart::ToolboxToTry => &mut self.toolbox.to_try,
            ListPart::DailyEveryDay => &mut self.daily.every_day,
            ListPart::Triggers => &mut self.triggers.triggers,
            ListPart::TriggersActionPlan => &mut self.triggers.action_plan,
            ListPart::TriggersMoreToTry => &mut self.triggers.more_to_try,
            ListPart::TriggersLimitExposure => &mut self.triggers.limit_exposure,
            ListPart::EarlyWarningSigns => &mut self.early_warning_signs.signs,
            ListPart::EarlyWarningActionPlan => &mut self.early_warning_signs.action_plan,
            ListPart::EarlyWarningMoreToTry => &mut self.early_warning_signs.more_to_try,
            ListPart::BreakingDownSigns => &mut self.breaking_down.signs,
            ListPart::BreakingDownActionPlan => &mut self.breaking_down.action_plan,
            ListPart::BreakingDownMoreToTry => &mut self.breaking_down.more_to_try,
            ListPart::CrisisTakeOverSigns => &mut self.crisis.take_over_signs,
            ListPart::CrisisAllergies => &mut self.crisis.allergies,
            ListPart::CrisisPleaseDo => &mut self.crisis.please_do,
            ListPart::CrisisPleaseDoNot => &mut self.crisis.please_do_not,
            ListPart::CrisisNoLongerNeeded => &mut self.crisis.no_longer_needed,
            ListPart::PostCrisisReadySigns => &mut self.post_crisis.ready_signs,
            ListPart::PostCrisisWhatLed => &mut self.post_crisis.what_led,
            ListPart::PostCrisisLearned => &mut self.post_crisis.learned,
            ListPart::PostCrisisPlanChanges => &mut self.post_crisis.plan_changes,
            ListPart::PostCrisisEaseReturn => &mut self.post_crisis.ease_return,
            ListPart::PostCrisisOthersCanDo => &mut self.post_crisis.others_can_do,
            ListPart::PostCrisisCanWait => &mut self.post_crisis.can_wait,
            ListPart::PostCrisisEveryDay => &mut self.post_crisis.every_day,
            ListPart::PostCrisisMightNeed => &mut self.post_crisis.might_need,
            ListPart::PostCrisisAvoid => &mut self.post_crisis.avoid,
            ListPart::PostCrisisPreventHarm => &mut self.post_crisis.prevent_harm,
            ListPart::PostCrisisNoLongerNeeded => &mut self.post_crisis.no_longer_needed,
        }
    }

    /// The answer to a part that holds a date.
    pub fn date(&self, key: DatePart) -> Option<Date> {
        match key {
            DatePart::AboutCreatedOn => self.about.created_on,
            DatePart::AboutNextReviewDue => self.about.next_review_due,
            DatePart::CrisisCreatedOn => self.crisis.created_on,
        }
    }

    /// The answer to a part that holds a date, to change it.
    pub fn date_mut(&mut self, key: DatePart) -> &mut Option<Date> {
        match key {
            DatePart::AboutCreatedOn => &mut self.about.created_on,
            DatePart::AboutNextReviewDue => &mut self.about.next_review_due,
            DatePart::CrisisCreatedOn => &mut self.crisis.created_on,
        }
    }

    /// The answer to a part that holds records.
    pub fn records(&self, key: RecordsPart) -> Vec<&dyn Record> {
        match key {
            RecordsPart::AboutWrittenWith => records(&self.about.written_with),
            RecordsPart::DailySomeDays => records(&self.daily.some_days),
            RecordsPart::CrisisSupporters => records(&self.crisis.supporters),
            RecordsPart::CrisisNotInvolved => records(&self.crisis.not_involved),
            RecordsPart::CrisisHealthContacts => records(&self.crisis.health_contacts),
            RecordsPart::CrisisMedications => records(&self.crisis.medications),
            RecordsPart::CrisisMedicationsAcceptable => {
                records(&self.crisis.medications_acceptable)
            }
            RecordsPart::CrisisMedicationsAvoid => records(&self.crisis.medications_avoid),
            RecordsPart::CrisisTreatmentsHelp => records(&self.crisis.treatments_help),
            RecordsPart::CrisisTreatmentsAvoid => records(&self.crisis.treatments_avoid),
            RecordsPart::CrisisPlacesPrefer => records(&self.crisis.places_prefer),
            RecordsPart::CrisisPlacesAvoid => records(&self.crisis.places_avoid),
            RecordsPart::CrisisTasks => records(&self.crisis.tasks),
            RecordsPart::PostCrisisChanges => records(&self.post_crisis.changes),
            RecordsPart::PostCrisisSupporters => records(&self.post_crisis.supporters),
            RecordsPart::PostCrisisThank => records(&self.post_crisis.thank),
            RecordsPart::PostCrisisAmends => records(&self.post_crisis.amends),
            RecordsPart::PostCrisisResponsibilities => records(&self.post_crisis.responsibilities),
        }
    }

    /// The answer to a part that holds records, to change it.
    pub fn records_mut(&mut self, key: RecordsPart) -> &mut dyn RecordList {
        match key {
            RecordsPart::AboutWrittenWith => &mut self.about.written_with,
            RecordsPart::DailySomeDays => &mut self.daily.some_days,
            RecordsPart::CrisisSupporters => &mut self.crisis.supporters,
            RecordsPart::CrisisNotInvolved => &mut self.crisis.not_involved,
            RecordsPart::CrisisHealthContacts => &mut self.crisis.health_contacts,
            RecordsPart::CrisisMedications => &mut self.crisis.medications,
            RecordsPart::CrisisMedicationsAcceptable => &mut self.crisis.medications_acceptable,
            RecordsPart::CrisisMedicationsAvoid => &mut self.crisis.medications_avoid,
            RecordsPart::CrisisTreatmentsHelp => &mut self.crisis.treatments_help,
            RecordsPart::CrisisTreatmentsAvoid => &mut self.crisis.treatments_avoid,
            RecordsPart::CrisisPlacesPrefer => &mut self.crisis.places_prefer,
            RecordsPart::CrisisPlacesAvoid => &mut self.crisis.places_avoid,
            RecordsPart::CrisisTasks => &mut self.crisis.tasks,
            RecordsPart::PostCrisisChanges => &mut self.post_crisis.changes,
            RecordsPart::PostCrisisSupporters => &mut self.post_crisis.supporters,
            RecordsPart::PostCrisisThank => &mut self.post_crisis.thank,
            RecordsPart::PostCrisisAmends => &mut self.post_crisis.amends,
            RecordsPart::PostCrisisResponsibilities => &mut self.post_crisis.responsibilities,
        }
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
            .map(move |part| (part, self.part(part.key)))
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
                assert_eq!(part.key.section(), section.key, "{}", part.key);
                if let PartMut::Records(list) = plan.part_mut(part.key) {
                    list.push_new();
                }
                let answer = plan.part(part.key);
                assert!(part.shape.matches(&answer), "{}", part.key);
            }
        }
    }

    #[test]
    fn each_part_reaches_its_own_field() {
        // Writing one part changes that part alone, so no two keys share a field.
        for key in PartKey::ALL {
            let mut plan = Plan::default();
            match plan.part_mut(key) {
                PartMut::Text(text) => text.push('x'),
                PartMut::List(list) => list.push("x".into()),
                PartMut::Date(date) => *date = Date::new(2026, 1, 1),
                PartMut::Records(list) => {
                    list.push_new();
                }
            }
            for other in PartKey::ALL {
                assert_eq!(
                    plan.part(other).is_empty(),
                    other != key,
                    "{key} and {other}"
                );
            }
        }
    }

    #[test]
    fn record_lists_change_in_place() {
        let mut plan = Plan::default();
        let list = plan.records_mut(RecordsPart::CrisisSupporters);
        list.push_new().set_text("name", "Ann").unwrap();
        list.push_new().set_text("name", "Bob").unwrap();
        list.swap(0, 1);
        list.remove(9);
        assert_eq!(plan.crisis.supporters[0].name, "Bob");
        assert!(plan.section_is_empty(SectionKey::Toolbox));
        assert!(!plan.section_is_empty(SectionKey::Crisis));
    }
}
