//! Every part of a plan named by a key, so that reaching a part cannot fail.
//!
//! [`PartKey`] names each of the guide's parts; [`Plan::part`](crate::Plan::part) gives its
//! answer for any key, with no "not found". The keys of one kind of answer have their own
//! enum ([`TextPart`], [`ListPart`], [`DatePart`], [`RecordsPart`]), so a tool that knows it
//! holds a list reaches the list itself, with no other shape to handle.

use std::fmt;

use crate::guide::{PartGuide, PartShape, SectionKey};
use crate::records::RecordKind;

/// One part of a plan, in guide order: the sections' parts one after another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PartKey {
    /// About this plan: Title (`about.title`).
    AboutTitle,
    /// About this plan: Whose plan (`about.owner`).
    AboutOwner,
    /// About this plan: Written with (`about.written_with`).
    AboutWrittenWith,
    /// About this plan: Written on (`about.created_on`).
    AboutCreatedOn,
    /// About this plan: Next review (`about.next_review_due`).
    AboutNextReviewDue,
    /// About this plan: What this plan is for (`about.purpose`).
    AboutPurpose,
    /// Wellness toolbox: Things that help me (`toolbox.using`).
    ToolboxUsing,
    /// Wellness toolbox: Things I would like to try (`toolbox.to_try`).
    ToolboxToTry,
    /// Daily maintenance: What I am like when I am well (`daily.when_well`).
    DailyWhenWell,
    /// Daily maintenance: Things I do every day (`daily.every_day`).
    DailyEveryDay,
    /// Daily maintenance: Things I might need to do on some days (`daily.some_days`).
    DailySomeDays,
    /// Daily maintenance: A good ordinary day (`daily.good_day`).
    DailyGoodDay,
    /// Triggers: My triggers (`triggers.triggers`).
    Triggers,
    /// Triggers: What I will do (`triggers.action_plan`).
    TriggersActionPlan,
    /// Triggers: More I could try (`triggers.more_to_try`).
    TriggersMoreToTry,
    /// Triggers: Limiting my exposure (`triggers.limit_exposure`).
    TriggersLimitExposure,
    /// Early warning signs: Signs I notice (`early_warning_signs.signs`).
    EarlyWarningSigns,
    /// Early warning signs: What I will do (`early_warning_signs.action_plan`).
    EarlyWarningActionPlan,
    /// Early warning signs: More I could try (`early_warning_signs.more_to_try`).
    EarlyWarningMoreToTry,
    /// When things are breaking down: Signs things are breaking down (`breaking_down.signs`).
    BreakingDownSigns,
    /// When things are breaking down: What I will do (`breaking_down.action_plan`).
    BreakingDownActionPlan,
    /// When things are breaking down: More I could try (`breaking_down.more_to_try`).
    BreakingDownMoreToTry,
    /// Crisis plan: Written on (`crisis.created_on`).
    CrisisCreatedOn,
    /// Crisis plan: What I am like when I am well (`crisis.when_well`).
    CrisisWhenWell,
    /// Crisis plan: When others need to take over (`crisis.take_over_signs`).
    CrisisTakeOverSigns,
    /// Crisis plan: My supporters (`crisis.supporters`).
    CrisisSupporters,
    /// Crisis plan: People who must not be involved (`crisis.not_involved`).
    CrisisNotInvolved,
    /// Crisis plan: If my supporters disagree (`crisis.disagreements`).
    CrisisDisagreements,
    /// Crisis plan: Health contacts (`crisis.health_contacts`).
    CrisisHealthContacts,
    /// Crisis plan: Medicines I take now (`crisis.medications`).
    CrisisMedications,
    /// Crisis plan: Medicines that are acceptable (`crisis.medications_acceptable`).
    CrisisMedicationsAcceptable,
    /// Crisis plan: Medicines to avoid (`crisis.medications_avoid`).
    CrisisMedicationsAvoid,
    /// Crisis plan: Allergies (`crisis.allergies`).
    CrisisAllergies,
    /// Crisis plan: Treatments that help (`crisis.treatments_help`).
    CrisisTreatmentsHelp,
    /// Crisis plan: Treatments to avoid (`crisis.treatments_avoid`).
    CrisisTreatmentsAvoid,
    /// Crisis plan: Home, community or respite care (`crisis.home_care`).
    CrisisHomeCare,
    /// Crisis plan: Places I prefer (`crisis.places_prefer`).
    CrisisPlacesPrefer,
    /// Crisis plan: Places to avoid (`crisis.places_avoid`).
    CrisisPlacesAvoid,
    /// Crisis plan: Please do (`crisis.please_do`).
    CrisisPleaseDo,
    /// Crisis plan: Please do not (`crisis.please_do_not`).
    CrisisPleaseDoNot,
    /// Crisis plan: If I am a danger to myself or others (`crisis.if_danger`).
    CrisisIfDanger,
    /// Crisis plan: Tasks someone else will cover (`crisis.tasks`).
    CrisisTasks,
    /// Crisis plan: When this plan is no longer needed (`crisis.no_longer_needed`).
    CrisisNoLongerNeeded,
    /// Post-crisis plan: When I am ready for this plan (`post_crisis.ready_signs`).
    PostCrisisReadySigns,
    /// Post-crisis plan: How I want to feel (`post_crisis.recovered_feeling`).
    PostCrisisRecoveredFeeling,
    /// Post-crisis plan: What may have led to the crisis (`post_crisis.what_led`).
    PostCrisisWhatLed,
    /// Post-crisis plan: What I learned (`post_crisis.learned`).
    PostCrisisLearned,
    /// Post-crisis plan: Changes I want to make (`post_crisis.changes`).
    PostCrisisChanges,
    /// Post-crisis plan: Changes to my plan (`post_crisis.plan_changes`).
    PostCrisisPlanChanges,
    /// Post-crisis plan: What would ease my return (`post_crisis.ease_return`).
    PostCrisisEaseReturn,
    /// Post-crisis plan: What others can do for me (`post_crisis.others_can_do`).
    PostCrisisOthersCanDo,
    /// Post-crisis plan: What can wait (`post_crisis.can_wait`).
    PostCrisisCanWait,
    /// Post-crisis plan: Supporters while I recover (`post_crisis.supporters`).
    PostCrisisSupporters,
    /// Post-crisis plan: Things to do every day (`post_crisis.every_day`).
    PostCrisisEveryDay,
    /// Post-crisis plan: Things I might need to do (`post_crisis.might_need`).
    PostCrisisMightNeed,
    /// Post-crisis plan: People, places and things to avoid (`post_crisis.avoid`).
    PostCrisisAvoid,
    /// Post-crisis plan: Preventing further harm (`post_crisis.prevent_harm`).
    PostCrisisPreventHarm,
    /// Post-crisis plan: People to thank (`post_crisis.thank`).
    PostCrisisThank,
    /// Post-crisis plan: People to make amends with (`post_crisis.amends`).
    PostCrisisAmends,
    /// Post-crisis plan: Responsibilities to take back (`post_crisis.responsibilities`).
    PostCrisisResponsibilities,
    /// Post-crisis plan: When this plan is no longer needed (`post_crisis.no_longer_needed`).
    PostCrisisNoLongerNeeded,
}

/// A part's key, typed by the kind of answer the part holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShapedKey {
    /// A part holding one free text.
    Text(TextPart),
    /// A part holding a list of entries.
    List(ListPart),
    /// A part holding a date.
    Date(DatePart),
    /// A part holding a list of records.
    Records(RecordsPart),
}

/// The parts that hold one free text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TextPart {
    /// `about.title`.
    AboutTitle,
    /// `about.owner`.
    AboutOwner,
    /// `about.purpose`.
    AboutPurpose,
    /// `daily.when_well`.
    DailyWhenWell,
    /// `daily.good_day`.
    DailyGoodDay,
    /// `crisis.when_well`.
    CrisisWhenWell,
    /// `crisis.disagreements`.
    CrisisDisagreements,
    /// `crisis.home_care`.
    CrisisHomeCare,
    /// `crisis.if_danger`.
    CrisisIfDanger,
    /// `post_crisis.recovered_feeling`.
    PostCrisisRecoveredFeeling,
}

impl From<TextPart> for PartKey {
    fn from(key: TextPart) -> PartKey {
        match key {
            TextPart::AboutTitle => PartKey::AboutTitle,
            TextPart::AboutOwner => PartKey::AboutOwner,
            TextPart::AboutPurpose => PartKey::AboutPurpose,
            TextPart::DailyWhenWell => PartKey::DailyWhenWell,
            TextPart::DailyGoodDay => PartKey::DailyGoodDay,
            TextPart::CrisisWhenWell => PartKey::CrisisWhenWell,
            TextPart::CrisisDisagreements => PartKey::CrisisDisagreements,
            TextPart::CrisisHomeCare => PartKey::CrisisHomeCare,
            TextPart::CrisisIfDanger => PartKey::CrisisIfDanger,
            TextPart::PostCrisisRecoveredFeeling => PartKey::PostCrisisRecoveredFeeling,
        }
    }
}

/// The parts that hold a list of entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListPart {
    /// `toolbox.using`.
    ToolboxUsing,
    /// `toolbox.to_try`.
    ToolboxToTry,
    /// `daily.every_day`.
    DailyEveryDay,
    /// `triggers.triggers`.
    Triggers,
    /// `triggers.action_plan`.
    TriggersActionPlan,
    /// `triggers.more_to_try`.
    TriggersMoreToTry,
    /// `triggers.limit_exposure`.
    TriggersLimitExposure,
    /// `early_warning_signs.signs`.
    EarlyWarningSigns,
    /// `early_warning_signs.action_plan`.
    EarlyWarningActionPlan,
    /// `early_warning_signs.more_to_try`.
    EarlyWarningMoreToTry,
    /// `breaking_down.signs`.
    BreakingDownSigns,
    /// `breaking_down.action_plan`.
    BreakingDownActionPlan,
    /// `breaking_down.more_to_try`.
    BreakingDownMoreToTry,
    /// `crisis.take_over_signs`.
    CrisisTakeOverSigns,
    /// `crisis.allergies`.
    CrisisAllergies,
    /// `crisis.please_do`.
    CrisisPleaseDo,
    /// `crisis.please_do_not`.
    CrisisPleaseDoNot,
    /// `crisis.no_longer_needed`.
    CrisisNoLongerNeeded,
    /// `post_crisis.ready_signs`.
    PostCrisisReadySigns,
    /// `post_crisis.what_led`.
    PostCrisisWhatLed,
    /// `post_crisis.learned`.
    PostCrisisLearned,
    /// `post_crisis.plan_changes`.
    PostCrisisPlanChanges,
    /// `post_crisis.ease_return`.
    PostCrisisEaseReturn,
    /// `post_crisis.others_can_do`.
    PostCrisisOthersCanDo,
    /// `post_crisis.can_wait`.
    PostCrisisCanWait,
    /// `post_crisis.every_day`.
    PostCrisisEveryDay,
    /// `post_crisis.might_need`.
    PostCrisisMightNeed,
    /// `post_crisis.avoid`.
    PostCrisisAvoid,
    /// `post_crisis.prevent_harm`.
    PostCrisisPreventHarm,
    /// `post_crisis.no_longer_needed`.
    PostCrisisNoLongerNeeded,
}

impl From<ListPart> for PartKey {
    fn from(key: ListPart) -> PartKey {
        match key {
            ListPart::ToolboxUsing => PartKey::ToolboxUsing,
            ListPart::ToolboxToTry => PartKey::ToolboxToTry,
            ListPart::DailyEveryDay => PartKey::DailyEveryDay,
            ListPart::Triggers => PartKey::Triggers,
            ListPart::TriggersActionPlan => PartKey::TriggersActionPlan,
            ListPart::TriggersMoreToTry => PartKey::TriggersMoreToTry,
            ListPart::TriggersLimitExposure => PartKey::TriggersLimitExposure,
            ListPart::EarlyWarningSigns => PartKey::EarlyWarningSigns,
            ListPart::EarlyWarningActionPlan => PartKey::EarlyWarningActionPlan,
            ListPart::EarlyWarningMoreToTry => PartKey::EarlyWarningMoreToTry,
            ListPart::BreakingDownSigns => PartKey::BreakingDownSigns,
            ListPart::BreakingDownActionPlan => PartKey::BreakingDownActionPlan,
            ListPart::BreakingDownMoreToTry => PartKey::BreakingDownMoreToTry,
            ListPart::CrisisTakeOverSigns => PartKey::CrisisTakeOverSigns,
            ListPart::CrisisAllergies => PartKey::CrisisAllergies,
            ListPart::CrisisPleaseDo => PartKey::CrisisPleaseDo,
            ListPart::CrisisPleaseDoNot => PartKey::CrisisPleaseDoNot,
            ListPart::CrisisNoLongerNeeded => PartKey::CrisisNoLongerNeeded,
            ListPart::PostCrisisReadySigns => PartKey::PostCrisisReadySigns,
            ListPart::PostCrisisWhatLed => PartKey::PostCrisisWhatLed,
            ListPart::PostCrisisLearned => PartKey::PostCrisisLearned,
            ListPart::PostCrisisPlanChanges => PartKey::PostCrisisPlanChanges,
            ListPart::PostCrisisEaseReturn => PartKey::PostCrisisEaseReturn,
            ListPart::PostCrisisOthersCanDo => PartKey::PostCrisisOthersCanDo,
            ListPart::PostCrisisCanWait => PartKey::PostCrisisCanWait,
            ListPart::PostCrisisEveryDay => PartKey::PostCrisisEveryDay,
            ListPart::PostCrisisMightNeed => PartKey::PostCrisisMightNeed,
            ListPart::PostCrisisAvoid => PartKey::PostCrisisAvoid,
            ListPart::PostCrisisPreventHarm => PartKey::PostCrisisPreventHarm,
            ListPart::PostCrisisNoLongerNeeded => PartKey::PostCrisisNoLongerNeeded,
        }
    }
}

/// The parts that hold a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DatePart {
    /// `about.created_on`.
    AboutCreatedOn,
    /// `about.next_review_due`.
    AboutNextReviewDue,
    /// `crisis.created_on`.
    CrisisCreatedOn,
}

impl From<DatePart> for PartKey {
    fn from(key: DatePart) -> PartKey {
        match key {
            DatePart::AboutCreatedOn => PartKey::AboutCreatedOn,
            DatePart::AboutNextReviewDue => PartKey::AboutNextReviewDue,
            DatePart::CrisisCreatedOn => PartKey::CrisisCreatedOn,
        }
    }
}

/// The parts that hold a list of records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordsPart {
    /// `about.written_with`.
    AboutWrittenWith,
    /// `daily.some_days`.
    DailySomeDays,
    /// `crisis.supporters`.
    CrisisSupporters,
    /// `crisis.not_involved`.
    CrisisNotInvolved,
    /// `crisis.health_contacts`.
    CrisisHealthContacts,
    /// `crisis.medications`.
    CrisisMedications,
    /// `crisis.medications_acceptable`.
    CrisisMedicationsAcceptable,
    /// `crisis.medications_avoid`.
    CrisisMedicationsAvoid,
    /// `crisis.treatments_help`.
    CrisisTreatmentsHelp,
    /// `crisis.treatments_avoid`.
    CrisisTreatmentsAvoid,
    /// `crisis.places_prefer`.
    CrisisPlacesPrefer,
    /// `crisis.places_avoid`.
    CrisisPlacesAvoid,
    /// `crisis.tasks`.
    CrisisTasks,
    /// `post_crisis.changes`.
    PostCrisisChanges,
    /// `post_crisis.supporters`.
    PostCrisisSupporters,
    /// `post_crisis.thank`.
    PostCrisisThank,
    /// `post_crisis.amends`.
    PostCrisisAmends,
    /// `post_crisis.responsibilities`.
    PostCrisisResponsibilities,
}

impl From<RecordsPart> for PartKey {
    fn from(key: RecordsPart) -> PartKey {
        match key {
            RecordsPart::AboutWrittenWith => PartKey::AboutWrittenWith,
            RecordsPart::DailySomeDays => PartKey::DailySomeDays,
            RecordsPart::CrisisSupporters => PartKey::CrisisSupporters,
            RecordsPart::CrisisNotInvolved => PartKey::CrisisNotInvolved,
            RecordsPart::CrisisHealthContacts => PartKey::CrisisHealthContacts,
            RecordsPart::CrisisMedications => PartKey::CrisisMedications,
            RecordsPart::CrisisMedicationsAcceptable => PartKey::CrisisMedicationsAcceptable,
            RecordsPart::CrisisMedicationsAvoid => PartKey::CrisisMedicationsAvoid,
            RecordsPart::CrisisTreatmentsHelp => PartKey::CrisisTreatmentsHelp,
            RecordsPart::CrisisTreatmentsAvoid => PartKey::CrisisTreatmentsAvoid,
            RecordsPart::CrisisPlacesPrefer => PartKey::CrisisPlacesPrefer,
            RecordsPart::CrisisPlacesAvoid => PartKey::CrisisPlacesAvoid,
            RecordsPart::CrisisTasks => PartKey::CrisisTasks,
            RecordsPart::PostCrisisChanges => PartKey::PostCrisisChanges,
            RecordsPart::PostCrisisSupporters => PartKey::PostCrisisSupporters,
            RecordsPart::PostCrisisThank => PartKey::PostCrisisThank,
            RecordsPart::PostCrisisAmends => PartKey::PostCrisisAmends,
            RecordsPart::PostCrisisResponsibilities => PartKey::PostCrisisResponsibilities,
        }
    }
}

impl RecordsPart {
    /// The kind of record the part holds.
    pub const fn kind(self) -> RecordKind {
        match self {
            RecordsPart::AboutWrittenWith => RecordKind::Helper,
            RecordsPart::DailySomeDays => RecordKind::OccasionalAction,
            RecordsPart::CrisisSupporters => RecordKind::Supporter,
            RecordsPart::CrisisNotInvolved => RecordKind::PersonNotToInvolve,
            RecordsPart::CrisisHealthContacts => RecordKind::HealthContact,
            RecordsPart::CrisisMedications => RecordKind::Medication,
            RecordsPart::CrisisMedicationsAcceptable => RecordKind::Preference,
            RecordsPart::CrisisMedicationsAvoid => RecordKind::Preference,
            RecordsPart::CrisisTreatmentsHelp => RecordKind::Preference,
            RecordsPart::CrisisTreatmentsAvoid => RecordKind::Preference,
            RecordsPart::CrisisPlacesPrefer => RecordKind::Preference,
            RecordsPart::CrisisPlacesAvoid => RecordKind::Preference,
            RecordsPart::CrisisTasks => RecordKind::Task,
            RecordsPart::PostCrisisChanges => RecordKind::Change,
            RecordsPart::PostCrisisSupporters => RecordKind::RecoverySupporter,
            RecordsPart::PostCrisisThank => RecordKind::Thanks,
            RecordsPart::PostCrisisAmends => RecordKind::Amends,
            RecordsPart::PostCrisisResponsibilities => RecordKind::Responsibility,
        }
    }
}

impl PartKey {
    /// How many parts a plan has.
    pub const COUNT: usize = 61;

    /// Every part, in guide order.
    pub const ALL: [PartKey; PartKey::COUNT] = [
        PartKey::AboutTitle,
        PartKey::AboutOwner,
        PartKey::AboutWrittenWith,
        PartKey::AboutCreatedOn,
        PartKey::AboutNextReviewDue,
        PartKey::AboutPurpose,
        PartKey::ToolboxUsing,
        PartKey::ToolboxToTry,
        PartKey::DailyWhenWell,
        PartKey::DailyEveryDay,
        PartKey::DailySomeDays,
        PartKey::DailyGoodDay,
        PartKey::Triggers,
        PartKey::TriggersActionPlan,
        PartKey::TriggersMoreToTry,
        PartKey::TriggersLimitExposure,
        PartKey::EarlyWarningSigns,
        PartKey::EarlyWarningActionPlan,
        PartKey::EarlyWarningMoreToTry,
        PartKey::BreakingDownSigns,
        PartKey::BreakingDownActionPlan,
        PartKey::BreakingDownMoreToTry,
        PartKey::CrisisCreatedOn,
        PartKey::CrisisWhenWell,
        PartKey::CrisisTakeOverSigns,
        PartKey::CrisisSupporters,
        PartKey::CrisisNotInvolved,
        PartKey::CrisisDisagreements,
        PartKey::CrisisHealthContacts,
        PartKey::CrisisMedications,
        PartKey::CrisisMedicationsAcceptable,
        PartKey::CrisisMedicationsAvoid,
        PartKey::CrisisAllergies,
        PartKey::CrisisTreatmentsHelp,
        PartKey::CrisisTreatmentsAvoid,
        PartKey::CrisisHomeCare,
        PartKey::CrisisPlacesPrefer,
        PartKey::CrisisPlacesAvoid,
        PartKey::CrisisPleaseDo,
        PartKey::CrisisPleaseDoNot,
        PartKey::CrisisIfDanger,
        PartKey::CrisisTasks,
        PartKey::CrisisNoLongerNeeded,
        PartKey::PostCrisisReadySigns,
        PartKey::PostCrisisRecoveredFeeling,
        PartKey::PostCrisisWhatLed,
        PartKey::PostCrisisLearned,
        PartKey::PostCrisisChanges,
        PartKey::PostCrisisPlanChanges,
        PartKey::PostCrisisEaseReturn,
        PartKey::PostCrisisOthersCanDo,
        PartKey::PostCrisisCanWait,
        PartKey::PostCrisisSupporters,
        PartKey::PostCrisisEveryDay,
        PartKey::PostCrisisMightNeed,
        PartKey::PostCrisisAvoid,
        PartKey::PostCrisisPreventHarm,
        PartKey::PostCrisisThank,
        PartKey::PostCrisisAmends,
        PartKey::PostCrisisResponsibilities,
        PartKey::PostCrisisNoLongerNeeded,
    ];

    /// The section the part belongs to.
    pub const fn section(self) -> SectionKey {
        match self {
            PartKey::AboutTitle
            | PartKey::AboutOwner
            | PartKey::AboutWrittenWith
            | PartKey::AboutCreatedOn
            | PartKey::AboutNextReviewDue
            | PartKey::AboutPurpose => SectionKey::About,
            PartKey::ToolboxUsing | PartKey::ToolboxToTry => SectionKey::Toolbox,
            PartKey::DailyWhenWell
            | PartKey::DailyEveryDay
            | PartKey::DailySomeDays
            | PartKey::DailyGoodDay => SectionKey::Daily,
            PartKey::Triggers
            | PartKey::TriggersActionPlan
            | PartKey::TriggersMoreToTry
            | PartKey::TriggersLimitExposure => SectionKey::Triggers,
            PartKey::EarlyWarningSigns
            | PartKey::EarlyWarningActionPlan
            | PartKey::EarlyWarningMoreToTry => SectionKey::EarlyWarningSigns,
            PartKey::BreakingDownSigns
            | PartKey::BreakingDownActionPlan
            | PartKey::BreakingDownMoreToTry => SectionKey::BreakingDown,
            PartKey::CrisisCreatedOn
            | PartKey::CrisisWhenWell
            | PartKey::CrisisTakeOverSigns
            | PartKey::CrisisSupporters
            | PartKey::CrisisNotInvolved
            | PartKey::CrisisDisagreements
            | PartKey::CrisisHealthContacts
            | PartKey::CrisisMedications
            | PartKey::CrisisMedicationsAcceptable
            | PartKey::CrisisMedicationsAvoid
            | PartKey::CrisisAllergies
            | PartKey::CrisisTreatmentsHelp
            | PartKey::CrisisTreatmentsAvoid
            | PartKey::CrisisHomeCare
            | PartKey::CrisisPlacesPrefer
            | PartKey::CrisisPlacesAvoid
            | PartKey::CrisisPleaseDo
            | PartKey::CrisisPleaseDoNot
            | PartKey::CrisisIfDanger
            | PartKey::CrisisTasks
            | PartKey::CrisisNoLongerNeeded => SectionKey::Crisis,
            PartKey::PostCrisisReadySigns
            | PartKey::PostCrisisRecoveredFeeling
            | PartKey::PostCrisisWhatLed
            | PartKey::PostCrisisLearned
            | PartKey::PostCrisisChanges
            | PartKey::PostCrisisPlanChanges
            | PartKey::PostCrisisEaseReturn
            | PartKey::PostCrisisOthersCanDo
            | PartKey::PostCrisisCanWait
            | PartKey::PostCrisisSupporters
            | PartKey::PostCrisisEveryDay
            | PartKey::PostCrisisMightNeed
            | PartKey::PostCrisisAvoid
            | PartKey::PostCrisisPreventHarm
            | PartKey::PostCrisisThank
            | PartKey::PostCrisisAmends
            | PartKey::PostCrisisResponsibilities
            | PartKey::PostCrisisNoLongerNeeded => SectionKey::PostCrisis,
        }
    }

    /// The part's field name inside its section in the JSON format (`supporters`).
    pub const fn name(self) -> &'static str {
        match self {
            PartKey::AboutTitle => "title",
            PartKey::AboutOwner => "owner",
            PartKey::AboutWrittenWith => "written_with",
            PartKey::AboutCreatedOn => "created_on",
            PartKey::AboutNextReviewDue => "next_review_due",
            PartKey::AboutPurpose => "purpose",
            PartKey::ToolboxUsing => "using",
            PartKey::ToolboxToTry => "to_try",
            PartKey::DailyWhenWell => "when_well",
            PartKey::DailyEveryDay => "every_day",
            PartKey::DailySomeDays => "some_days",
            PartKey::DailyGoodDay => "good_day",
            PartKey::Triggers => "triggers",
            PartKey::TriggersActionPlan => "action_plan",
            PartKey::TriggersMoreToTry => "more_to_try",
            PartKey::TriggersLimitExposure => "limit_exposure",
            PartKey::EarlyWarningSigns => "signs",
            PartKey::EarlyWarningActionPlan => "action_plan",
            PartKey::EarlyWarningMoreToTry => "more_to_try",
            PartKey::BreakingDownSigns => "signs",
            PartKey::BreakingDownActionPlan => "action_plan",
            PartKey::BreakingDownMoreToTry => "more_to_try",
            PartKey::CrisisCreatedOn => "created_on",
            PartKey::CrisisWhenWell => "when_well",
            PartKey::CrisisTakeOverSigns => "take_over_signs",
            PartKey::CrisisSupporters => "supporters",
            PartKey::CrisisNotInvolved => "not_involved",
            PartKey::CrisisDisagreements => "disagreements",
            PartKey::CrisisHealthContacts => "health_contacts",
            PartKey::CrisisMedications => "medications",
            PartKey::CrisisMedicationsAcceptable => "medications_acceptable",
            PartKey::CrisisMedicationsAvoid => "medications_avoid",
            PartKey::CrisisAllergies => "allergies",
            PartKey::CrisisTreatmentsHelp => "treatments_help",
            PartKey::CrisisTreatmentsAvoid => "treatments_avoid",
            PartKey::CrisisHomeCare => "home_care",
            PartKey::CrisisPlacesPrefer => "places_prefer",
            PartKey::CrisisPlacesAvoid => "places_avoid",
            PartKey::CrisisPleaseDo => "please_do",
            PartKey::CrisisPleaseDoNot => "please_do_not",
            PartKey::CrisisIfDanger => "if_danger",
            PartKey::CrisisTasks => "tasks",
            PartKey::CrisisNoLongerNeeded => "no_longer_needed",
            PartKey::PostCrisisReadySigns => "ready_signs",
            PartKey::PostCrisisRecoveredFeeling => "recovered_feeling",
            PartKey::PostCrisisWhatLed => "what_led",
            PartKey::PostCrisisLearned => "learned",
            PartKey::PostCrisisChanges => "changes",
            PartKey::PostCrisisPlanChanges => "plan_changes",
            PartKey::PostCrisisEaseReturn => "ease_return",
            PartKey::PostCrisisOthersCanDo => "others_can_do",
            PartKey::PostCrisisCanWait => "can_wait",
            PartKey::PostCrisisSupporters => "supporters",
            PartKey::PostCrisisEveryDay => "every_day",
            PartKey::PostCrisisMightNeed => "might_need",
            PartKey::PostCrisisAvoid => "avoid",
            PartKey::PostCrisisPreventHarm => "prevent_harm",
            PartKey::PostCrisisThank => "thank",
            PartKey::PostCrisisAmends => "amends",
            PartKey::PostCrisisResponsibilities => "responsibilities",
            PartKey::PostCrisisNoLongerNeeded => "no_longer_needed",
        }
    }

    /// The key typed by the kind of answer the part holds.
    pub const fn shaped(self) -> ShapedKey {
        match self {
            PartKey::AboutTitle => ShapedKey::Text(TextPart::AboutTitle),
            PartKey::AboutOwner => ShapedKey::Text(TextPart::AboutOwner),
            PartKey::AboutWrittenWith => ShapedKey::Records(RecordsPart::AboutWrittenWith),
            PartKey::AboutCreatedOn => ShapedKey::Date(DatePart::AboutCreatedOn),
            PartKey::AboutNextReviewDue => ShapedKey::Date(DatePart::AboutNextReviewDue),
            PartKey::AboutPurpose => ShapedKey::Text(TextPart::AboutPurpose),
            PartKey::ToolboxUsing => ShapedKey::List(ListPart::ToolboxUsing),
            PartKey::ToolboxToTry => ShapedKey::List(ListPart::ToolboxToTry),
            PartKey::DailyWhenWell => ShapedKey::Text(TextPart::DailyWhenWell),
            PartKey::DailyEveryDay => ShapedKey::List(ListPart::DailyEveryDay),
            PartKey::DailySomeDays => ShapedKey::Records(RecordsPart::DailySomeDays),
            PartKey::DailyGoodDay => ShapedKey::Text(TextPart::DailyGoodDay),
            PartKey::Triggers => ShapedKey::List(ListPart::Triggers),
            PartKey::TriggersActionPlan => ShapedKey::List(ListPart::TriggersActionPlan),
            PartKey::TriggersMoreToTry => ShapedKey::List(ListPart::TriggersMoreToTry),
            PartKey::TriggersLimitExposure => ShapedKey::List(ListPart::TriggersLimitExposure),
            PartKey::EarlyWarningSigns => ShapedKey::List(ListPart::EarlyWarningSigns),
            PartKey::EarlyWarningActionPlan => ShapedKey::List(ListPart::EarlyWarningActionPlan),
            PartKey::EarlyWarningMoreToTry => ShapedKey::List(ListPart::EarlyWarningMoreToTry),
            PartKey::BreakingDownSigns => ShapedKey::List(ListPart::BreakingDownSigns),
            PartKey::BreakingDownActionPlan => ShapedKey::List(ListPart::BreakingDownActionPlan),
            PartKey::BreakingDownMoreToTry => ShapedKey::List(ListPart::BreakingDownMoreToTry),
            PartKey::CrisisCreatedOn => ShapedKey::Date(DatePart::CrisisCreatedOn),
            PartKey::CrisisWhenWell => ShapedKey::Text(TextPart::CrisisWhenWell),
            PartKey::CrisisTakeOverSigns => ShapedKey::List(ListPart::CrisisTakeOverSigns),
            PartKey::CrisisSupporters => ShapedKey::Records(RecordsPart::CrisisSupporters),
            PartKey::CrisisNotInvolved => ShapedKey::Records(RecordsPart::CrisisNotInvolved),
            PartKey::CrisisDisagreements => ShapedKey::Text(TextPart::CrisisDisagreements),
            PartKey::CrisisHealthContacts => ShapedKey::Records(RecordsPart::CrisisHealthContacts),
            PartKey::CrisisMedications => ShapedKey::Records(RecordsPart::CrisisMedications),
            PartKey::CrisisMedicationsAcceptable => {
                ShapedKey::Records(RecordsPart::CrisisMedicationsAcceptable)
            }
            PartKey::CrisisMedicationsAvoid => {
                ShapedKey::Records(RecordsPart::CrisisMedicationsAvoid)
            }
            PartKey::CrisisAllergies => ShapedKey::List(ListPart::CrisisAllergies),
            PartKey::CrisisTreatmentsHelp => ShapedKey::Records(RecordsPart::CrisisTreatmentsHelp),
            PartKey::CrisisTreatmentsAvoid => {
                ShapedKey::Records(RecordsPart::CrisisTreatmentsAvoid)
            }
            PartKey::CrisisHomeCare => ShapedKey::Text(TextPart::CrisisHomeCare),
            PartKey::CrisisPlacesPrefer => ShapedKey::Records(RecordsPart::CrisisPlacesPrefer),
            PartKey::CrisisPlacesAvoid => ShapedKey::Records(RecordsPart::CrisisPlacesAvoid),
            PartKey::CrisisPleaseDo => ShapedKey::List(ListPart::CrisisPleaseDo),
            PartKey::CrisisPleaseDoNot => ShapedKey::List(ListPart::CrisisPleaseDoNot),
            PartKey::CrisisIfDanger => ShapedKey::Text(TextPart::CrisisIfDanger),
            PartKey::CrisisTasks => ShapedKey::Records(RecordsPart::CrisisTasks),
            PartKey::CrisisNoLongerNeeded => ShapedKey::List(ListPart::CrisisNoLongerNeeded),
            PartKey::PostCrisisReadySigns => ShapedKey::List(ListPart::PostCrisisReadySigns),
            PartKey::PostCrisisRecoveredFeeling => {
                ShapedKey::Text(TextPart::PostCrisisRecoveredFeeling)
            }
            PartKey::PostCrisisWhatLed => ShapedKey::List(ListPart::PostCrisisWhatLed),
            PartKey::PostCrisisLearned => ShapedKey::List(ListPart::PostCrisisLearned),
            PartKey::PostCrisisChanges => ShapedKey::Records(RecordsPart::PostCrisisChanges),
            PartKey::PostCrisisPlanChanges => ShapedKey::List(ListPart::PostCrisisPlanChanges),
            PartKey::PostCrisisEaseReturn => ShapedKey::List(ListPart::PostCrisisEaseReturn),
            PartKey::PostCrisisOthersCanDo => ShapedKey::List(ListPart::PostCrisisOthersCanDo),
            PartKey::PostCrisisCanWait => ShapedKey::List(ListPart::PostCrisisCanWait),
            PartKey::PostCrisisSupporters => ShapedKey::Records(RecordsPart::PostCrisisSupporters),
            PartKey::PostCrisisEveryDay => ShapedKey::List(ListPart::PostCrisisEveryDay),
            PartKey::PostCrisisMightNeed => ShapedKey::List(ListPart::PostCrisisMightNeed),
            PartKey::PostCrisisAvoid => ShapedKey::List(ListPart::PostCrisisAvoid),
            PartKey::PostCrisisPreventHarm => ShapedKey::List(ListPart::PostCrisisPreventHarm),
            PartKey::PostCrisisThank => ShapedKey::Records(RecordsPart::PostCrisisThank),
            PartKey::PostCrisisAmends => ShapedKey::Records(RecordsPart::PostCrisisAmends),
            PartKey::PostCrisisResponsibilities => {
                ShapedKey::Records(RecordsPart::PostCrisisResponsibilities)
            }
            PartKey::PostCrisisNoLongerNeeded => {
                ShapedKey::List(ListPart::PostCrisisNoLongerNeeded)
            }
        }
    }

    /// The part's guide: heading, question, explanation and shape.
    pub fn guide(self) -> &'static PartGuide {
        crate::guide::part_guide(self)
    }

    /// The part's path in the JSON format: `crisis.supporters`.
    pub fn path(self) -> String {
        format!("{}.{}", self.section().json_name(), self.name())
    }

    /// The id of the part's heading in the message catalogues: its path with hyphens
    /// (`crisis-supporters`, `early-warning-signs-action-plan`).
    pub fn message_id(self) -> String {
        self.path().replace(['.', '_'], "-")
    }

    /// The part with this path (`crisis.supporters`), if the plan has one.
    pub fn from_path(path: &str) -> Option<PartKey> {
        let (section, name) = path.split_once('.')?;
        PartKey::ALL
            .into_iter()
            .find(|key| key.section().json_name() == section && key.name() == name)
    }
}

impl fmt::Display for PartKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.section().json_name(), self.name())
    }
}

impl ShapedKey {
    /// Whether a guide's shape is this key's: the same kind of answer, and for records the
    /// same kind of record.
    pub(crate) const fn fits(self, shape: PartShape) -> bool {
        match (self, shape) {
            (ShapedKey::Text(_), PartShape::Text)
            | (ShapedKey::List(_), PartShape::List)
            | (ShapedKey::Date(_), PartShape::Date) => true,
            (ShapedKey::Records(key), PartShape::Records(kind)) => {
                key.kind() as usize == kind as usize
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_name_their_paths_and_read_back() {
        assert_eq!(PartKey::CrisisSupporters.path(), "crisis.supporters");
        assert_eq!(
            PartKey::EarlyWarningSigns.to_string(),
            "early_warning_signs.signs"
        );
        for key in PartKey::ALL {
            assert_eq!(PartKey::from_path(&key.path()), Some(key));
            assert_eq!(key.guide().key, key);
            assert!(key.section().guide().parts.contains(key.guide()));
        }
        assert_eq!(PartKey::from_path("crisis.nonsense"), None);
        assert_eq!(PartKey::from_path("supporters"), None);
    }

    #[test]
    fn typed_keys_turn_back_into_their_part_key() {
        for key in PartKey::ALL {
            let back = match key.shaped() {
                ShapedKey::Text(key) => PartKey::from(key),
                ShapedKey::List(key) => PartKey::from(key),
                ShapedKey::Date(key) => PartKey::from(key),
                ShapedKey::Records(key) => PartKey::from(key),
            };
            assert_eq!(back, key);
        }
    }
}
