//! The guide: every section and part of a plan, with a heading, one plain-language question
//! and one short explanation, as data.
//!
//! The interview asks these questions, the printed plan uses these headings, and the blank
//! template prints them with space to write, so they never disagree. The wording is this
//! project's own. The questions only ask: they never suggest an answer.

use std::fmt;
use std::str::FromStr;

use wrap_l10n::Language;

use crate::key::PartKey;
use crate::records::RecordKind;

/// The sections of a plan, in the order they are written and printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SectionKey {
    /// The plan's details.
    About,
    /// The wellness toolbox.
    Toolbox,
    /// Daily maintenance.
    Daily,
    /// Triggers.
    Triggers,
    /// Early warning signs.
    EarlyWarningSigns,
    /// When things are breaking down.
    BreakingDown,
    /// The crisis plan.
    Crisis,
    /// The post-crisis plan.
    PostCrisis,
}

impl SectionKey {
    /// Every section, in order.
    pub const ALL: [SectionKey; 8] = [
        SectionKey::About,
        SectionKey::Toolbox,
        SectionKey::Daily,
        SectionKey::Triggers,
        SectionKey::EarlyWarningSigns,
        SectionKey::BreakingDown,
        SectionKey::Crisis,
        SectionKey::PostCrisis,
    ];

    /// The short kebab-case name used on the command line (`early-warning-signs`).
    pub fn as_str(self) -> &'static str {
        match self {
            SectionKey::About => "about",
            SectionKey::Toolbox => "toolbox",
            SectionKey::Daily => "daily",
            SectionKey::Triggers => "triggers",
            SectionKey::EarlyWarningSigns => "early-warning-signs",
            SectionKey::BreakingDown => "breaking-down",
            SectionKey::Crisis => "crisis",
            SectionKey::PostCrisis => "post-crisis",
        }
    }

    /// The section's field name in the JSON format (`early_warning_signs`).
    pub fn json_name(self) -> &'static str {
        match self {
            SectionKey::About => "about",
            SectionKey::Toolbox => "toolbox",
            SectionKey::Daily => "daily",
            SectionKey::Triggers => "triggers",
            SectionKey::EarlyWarningSigns => "early_warning_signs",
            SectionKey::BreakingDown => "breaking_down",
            SectionKey::Crisis => "crisis",
            SectionKey::PostCrisis => "post_crisis",
        }
    }

    /// The guide for this section.
    pub fn guide(self) -> &'static SectionGuide {
        &GUIDE[self as usize]
    }
}

impl fmt::Display for SectionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A section name that is not one of the plan's sections.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{0}` is not a section; the sections are: about, toolbox, daily, triggers, early-warning-signs, breaking-down, crisis, post-crisis"
)]
pub struct UnknownSection(pub String);

impl FromStr for SectionKey {
    type Err = UnknownSection;

    fn from_str(text: &str) -> Result<SectionKey, UnknownSection> {
        let wanted = text.trim().to_lowercase().replace('_', "-");
        SectionKey::ALL
            .into_iter()
            .find(|key| key.as_str() == wanted)
            .ok_or_else(|| UnknownSection(text.to_owned()))
    }
}

/// What kind of answer a part holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartShape {
    /// A free text, possibly several lines.
    Text,
    /// A list of entries, one per line, in the person's order.
    List,
    /// A date.
    Date,
    /// A list of records of this kind.
    Records(RecordKind),
}

/// One part of a section: its key, heading, question and explanation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartGuide {
    /// Which part: its section and its JSON field name, stable across versions.
    pub key: PartKey,
    /// A short heading for printing.
    pub heading: &'static str,
    /// The one question the interview asks.
    pub question: &'static str,
    /// One short sentence on why the part is there.
    pub explanation: &'static str,
    /// What kind of answer it holds.
    pub shape: PartShape,
}

impl PartGuide {
    /// The part's heading in `language` ("Fy nghefnogwyr"), from its catalogue.
    pub fn heading_in(&self, language: Language) -> String {
        language.text(&self.key.message_id())
    }

    /// The interview's question for this part in `language`, from its catalogue.
    pub fn question_in(&self, language: Language) -> String {
        language.attribute(&self.key.message_id(), "question", &[])
    }

    /// The part's explanation in `language`, from its catalogue.
    pub fn explanation_in(&self, language: Language) -> String {
        language.attribute(&self.key.message_id(), "explanation", &[])
    }
}

/// One section of the plan with its parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SectionGuide {
    /// Which section.
    pub key: SectionKey,
    /// Its heading.
    pub heading: &'static str,
    /// One short explanation shown when the section opens.
    pub explanation: &'static str,
    /// Its parts, in order.
    pub parts: &'static [PartGuide],
}

impl SectionGuide {
    /// The section's heading in `language` ("Cynllun argyfwng"), from its catalogue.
    pub fn heading_in(&self, language: Language) -> String {
        language.text(&format!("section-{}", self.key.as_str()))
    }

    /// The explanation shown when the section opens, in `language`, from its catalogue.
    pub fn explanation_in(&self, language: Language) -> String {
        language.attribute(
            &format!("section-{}", self.key.as_str()),
            "explanation",
            &[],
        )
    }

    /// The guide path of one of this section's parts: `crisis.supporters`.
    pub fn path(&self, part: &PartGuide) -> String {
        part.key.path()
    }
}

/// The whole guide, section by section.
pub fn guide() -> &'static [SectionGuide] {
    &GUIDE
}

/// The guide of one part: the guide's parts are stored in [`PartKey`] order.
pub(crate) fn part_guide(key: PartKey) -> &'static PartGuide {
    &PARTS[key as usize]
}

/// Finds a section and part by guide path (`crisis.supporters`).
pub fn find_part(path: &str) -> Option<(&'static SectionGuide, &'static PartGuide)> {
    let key = PartKey::from_path(path)?;
    Some((key.section().guide(), key.guide()))
}

/// The run of `all` (stored in [`PartKey`] order) that belongs to one section.
const fn parts_of(all: &'static [PartGuide], section: SectionKey) -> &'static [PartGuide] {
    let mut start = 0;
    while start < PartKey::COUNT && PartKey::ALL[start].section() as usize != section as usize {
        start += 1;
    }
    let mut end = start;
    while end < PartKey::COUNT && PartKey::ALL[end].section() as usize == section as usize {
        end += 1;
    }
    all.split_at(end).0.split_at(start).1
}

// The guide is indexed by its keys: part `i` of `PARTS` is `PartKey::ALL[i]`, with the shape
// of answer its key is typed for, and section `i` of `GUIDE` is `SectionKey::ALL[i]`. Checked
// when the crate is compiled.
const _: () = {
    let mut i = 0;
    while i < PartKey::COUNT {
        assert!(PARTS[i].key as usize == i && PartKey::ALL[i] as usize == i);
        assert!(PartKey::ALL[i].shaped().fits(PARTS[i].shape));
        i += 1;
    }
    let mut i = 0;
    while i < SectionKey::ALL.len() {
        assert!(GUIDE[i].key as usize == i && SectionKey::ALL[i] as usize == i);
        i += 1;
    }
};

const fn part(
    key: PartKey,
    heading: &'static str,
    question: &'static str,
    explanation: &'static str,
    shape: PartShape,
) -> PartGuide {
    PartGuide {
        key,
        heading,
        question,
        explanation,
        shape,
    }
}

use PartShape::{Date, List, Records, Text};

static PARTS: [PartGuide; PartKey::COUNT] = [
    // About this plan
    part(
        PartKey::AboutTitle,
        "Title",
        "What would you like to call this plan?",
        "Some people keep one plan; some keep one for each part of life, such as work or home.",
        Text,
    ),
    part(
        PartKey::AboutOwner,
        "Whose plan",
        "Whose plan is this? How would you like your name written?",
        "Your name as you want supporters to see it.",
        Text,
    ),
    part(
        PartKey::AboutWrittenWith,
        "Written with",
        "Did anyone help you write it?",
        "For example a friend or a peer support worker. You can leave this empty.",
        Records(RecordKind::Helper),
    ),
    part(
        PartKey::AboutCreatedOn,
        "Written on",
        "On what date was this plan written? (YYYY-MM-DD)",
        "A date helps everyone know which copy is the newest.",
        Date,
    ),
    part(
        PartKey::AboutNextReviewDue,
        "Next review",
        "When would you like to look at it again? (YYYY-MM-DD)",
        "Plans change as life changes; a date makes it easier to come back to.",
        Date,
    ),
    part(
        PartKey::AboutPurpose,
        "What this plan is for",
        "What would you like this plan to help you with?",
        "In your own words; a line or two is plenty.",
        Text,
    ),
    // Wellness toolbox
    part(
        PartKey::ToolboxUsing,
        "Things that help me",
        "What do you already do that helps you feel well or better?",
        "Big or small, anything counts.",
        List,
    ),
    part(
        PartKey::ToolboxToTry,
        "Things I would like to try",
        "Is there anything you would like to try?",
        "Ideas you have heard about or been curious about.",
        List,
    ),
    // Daily maintenance
    part(
        PartKey::DailyWhenWell,
        "What I am like when I am well",
        "How would you describe yourself when you are feeling well?",
        "This reminds you, and others, of who you are when things are going well.",
        Text,
    ),
    part(
        PartKey::DailyEveryDay,
        "Things I do every day",
        "What do you need to do every day to keep well?",
        "Keep it realistic: the things you can really do on an ordinary day.",
        List,
    ),
    part(
        PartKey::DailySomeDays,
        "Things I might need to do on some days",
        "What might you need to do on some days, and when or how often?",
        "Things that are not daily but matter, like paying bills or seeing a friend.",
        Records(RecordKind::OccasionalAction),
    ),
    part(
        PartKey::DailyGoodDay,
        "A good ordinary day",
        "What does a good ordinary day look like for you?",
        "Describe it however you like.",
        Text,
    ),
    // Triggers
    part(
        PartKey::Triggers,
        "My triggers",
        "What things, if they happen, might make you feel worse?",
        "Some people call these stressors.",
        List,
    ),
    part(
        PartKey::TriggersActionPlan,
        "What I will do",
        "If they happen, what will you do to help yourself?",
        "Your own plan, drawing on your toolbox.",
        List,
    ),
    part(
        PartKey::TriggersMoreToTry,
        "More I could try",
        "What else could you try if that is not enough?",
        "Extra ideas for when you have the time or energy.",
        List,
    ),
    part(
        PartKey::TriggersLimitExposure,
        "Limiting my exposure",
        "How could you come across these less often?",
        "Only where it is possible and you want to.",
        List,
    ),
    // Early warning signs
    part(
        PartKey::EarlyWarningSigns,
        "Signs I notice",
        "What small changes do you notice in yourself when you are starting to struggle?",
        "Changes in thoughts, feelings, sleep, habits: whatever you notice.",
        List,
    ),
    part(
        PartKey::EarlyWarningActionPlan,
        "What I will do",
        "When you notice them, what will you do?",
        "Things you commit to doing.",
        List,
    ),
    part(
        PartKey::EarlyWarningMoreToTry,
        "More I could try",
        "What else could you try?",
        "Ideas for when you have more time or energy.",
        List,
    ),
    // When things are breaking down
    part(
        PartKey::BreakingDownSigns,
        "Signs things are breaking down",
        "What tells you that things are getting much harder?",
        "How you feel, think or act when it is serious.",
        List,
    ),
    part(
        PartKey::BreakingDownActionPlan,
        "What I will do",
        "At that point, what will you do straight away?",
        "Clear, direct steps, including who you will contact.",
        List,
    ),
    part(
        PartKey::BreakingDownMoreToTry,
        "More I could try",
        "What else could you try?",
        "Anything more that might help.",
        List,
    ),
    // Crisis plan
    part(
        PartKey::CrisisCreatedOn,
        "Written on",
        "On what date was this crisis plan written? (YYYY-MM-DD)",
        "This plan replaces any crisis plan with an earlier date.",
        Date,
    ),
    part(
        PartKey::CrisisWhenWell,
        "What I am like when I am well",
        "How would you describe yourself when you are well, for people who may not know you well?",
        "It helps supporters see the difference.",
        Text,
    ),
    part(
        PartKey::CrisisTakeOverSigns,
        "When others need to take over",
        "What signs would show others that they need to take over?",
        "Be as clear as you can: supporters will rely on these.",
        List,
    ),
    part(
        PartKey::CrisisSupporters,
        "My supporters",
        "Who would you like to help you in a crisis?",
        "Name, phone and what you ask of each person. It helps to check they agree.",
        Records(RecordKind::Supporter),
    ),
    part(
        PartKey::CrisisNotInvolved,
        "People who must not be involved",
        "Is there anyone you do not want involved?",
        "You do not have to give a reason.",
        Records(RecordKind::PersonNotToInvolve),
    ),
    part(
        PartKey::CrisisDisagreements,
        "If my supporters disagree",
        "If your supporters disagree, how would you like them to settle it?",
        "For example a vote, or one person who decides.",
        Text,
    ),
    part(
        PartKey::CrisisHealthContacts,
        "Health contacts",
        "Who are your doctor, pharmacy and other health contacts?",
        "With phone numbers, so supporters can reach them.",
        Records(RecordKind::HealthContact),
    ),
    part(
        PartKey::CrisisMedications,
        "Medicines I take now",
        "Which medicines do you take now?",
        "Name, dose, when, and what for.",
        Records(RecordKind::Medication),
    ),
    part(
        PartKey::CrisisMedicationsAcceptable,
        "Medicines that are acceptable",
        "If you needed other medicines, which would be acceptable to you, and why?",
        "Only if you have views on this.",
        Records(RecordKind::Preference),
    ),
    part(
        PartKey::CrisisMedicationsAvoid,
        "Medicines to avoid",
        "Are there medicines you want to avoid, and why?",
        "For example ones that did not suit you before.",
        Records(RecordKind::Preference),
    ),
    part(
        PartKey::CrisisAllergies,
        "Allergies",
        "Do you have any allergies?",
        "Anything a doctor or supporter should know.",
        List,
    ),
    part(
        PartKey::CrisisTreatmentsHelp,
        "Treatments that help",
        "Which treatments have helped you, and why?",
        "Anything that has worked for you.",
        Records(RecordKind::Preference),
    ),
    part(
        PartKey::CrisisTreatmentsAvoid,
        "Treatments to avoid",
        "Which treatments do you want to avoid, and why?",
        "Anything that has not worked for you.",
        Records(RecordKind::Preference),
    ),
    part(
        PartKey::CrisisHomeCare,
        "Home, community or respite care",
        "Could you be supported at home, in the community or in respite care? How?",
        "How it could work, and who would be involved.",
        Text,
    ),
    part(
        PartKey::CrisisPlacesPrefer,
        "Places I prefer",
        "If you needed care away from home, where would you prefer, and why?",
        "Hospitals, units or other places.",
        Records(RecordKind::Preference),
    ),
    part(
        PartKey::CrisisPlacesAvoid,
        "Places to avoid",
        "Are there places you want to avoid, and why?",
        "You can give a reason or not.",
        Records(RecordKind::Preference),
    ),
    part(
        PartKey::CrisisPleaseDo,
        "Please do",
        "What would you like your supporters to do?",
        "Things that help you feel safe or calmer.",
        List,
    ),
    part(
        PartKey::CrisisPleaseDoNot,
        "Please do not",
        "What would you like your supporters not to do?",
        "Things that make it harder for you.",
        List,
    ),
    part(
        PartKey::CrisisIfDanger,
        "If I am a danger to myself or others",
        "If you were a danger to yourself or others, what would you want to happen?",
        "Your wishes, in your own words.",
        Text,
    ),
    part(
        PartKey::CrisisTasks,
        "Tasks someone else will cover",
        "What needs looking after while you cannot, and who will do it?",
        "For example pets, children, bills or work.",
        Records(RecordKind::Task),
    ),
    part(
        PartKey::CrisisNoLongerNeeded,
        "When this plan is no longer needed",
        "What would show your supporters that they no longer need this plan?",
        "Signs that you can take things back.",
        List,
    ),
    // Post-crisis plan
    part(
        PartKey::PostCrisisReadySigns,
        "When I am ready for this plan",
        "How will you know you are ready to use this plan?",
        "Signs that the crisis is easing.",
        List,
    ),
    part(
        PartKey::PostCrisisRecoveredFeeling,
        "How I want to feel",
        "How would you like to feel when you have recovered?",
        "In your own words.",
        Text,
    ),
    part(
        PartKey::PostCrisisWhatLed,
        "What may have led to the crisis",
        "Looking back, what may have led to the crisis?",
        "Only what you want to note.",
        List,
    ),
    part(
        PartKey::PostCrisisLearned,
        "What I learned",
        "What did you learn from it?",
        "About yourself, others, or what helps.",
        List,
    ),
    part(
        PartKey::PostCrisisChanges,
        "Changes I want to make",
        "What would you like to change, when, and what help would you need?",
        "Small steps count.",
        Records(RecordKind::Change),
    ),
    part(
        PartKey::PostCrisisPlanChanges,
        "Changes to my plan",
        "Is there anything to change in this plan?",
        "Parts that did or did not work.",
        List,
    ),
    part(
        PartKey::PostCrisisEaseReturn,
        "What would ease my return",
        "What would make coming back easier?",
        "To home, work, or daily life.",
        List,
    ),
    part(
        PartKey::PostCrisisOthersCanDo,
        "What others can do for me",
        "What could others do for you while you recover?",
        "Practical help or company.",
        List,
    ),
    part(
        PartKey::PostCrisisCanWait,
        "What can wait",
        "What can wait until you feel better?",
        "Things you can set aside for now.",
        List,
    ),
    part(
        PartKey::PostCrisisSupporters,
        "Supporters while I recover",
        "Who will support you while you recover, and with what?",
        "Name, phone and what they will help with.",
        Records(RecordKind::RecoverySupporter),
    ),
    part(
        PartKey::PostCrisisEveryDay,
        "Things to do every day",
        "What will you do every day while you recover?",
        "Keep it gentle and realistic.",
        List,
    ),
    part(
        PartKey::PostCrisisMightNeed,
        "Things I might need to do",
        "What might you need to do on some days?",
        "Appointments, errands, anything else.",
        List,
    ),
    part(
        PartKey::PostCrisisAvoid,
        "People, places and things to avoid",
        "Which people, places or things would you rather avoid for now?",
        "While you are recovering.",
        List,
    ),
    part(
        PartKey::PostCrisisPreventHarm,
        "Preventing further harm",
        "What could help prevent further harm or loss?",
        "To your health, money, home or relationships.",
        List,
    ),
    part(
        PartKey::PostCrisisThank,
        "People to thank",
        "Is there anyone you would like to thank, and for what?",
        "If and when you want to.",
        Records(RecordKind::Thanks),
    ),
    part(
        PartKey::PostCrisisAmends,
        "People to make amends with",
        "Is there anyone you would like to make amends with? How, and when?",
        "Only if you want to.",
        Records(RecordKind::Amends),
    ),
    part(
        PartKey::PostCrisisResponsibilities,
        "Responsibilities to take back",
        "Which responsibilities will you take back, and how?",
        "Who covers them now, what you need, and when.",
        Records(RecordKind::Responsibility),
    ),
    part(
        PartKey::PostCrisisNoLongerNeeded,
        "When this plan is no longer needed",
        "What will show that you no longer need this plan?",
        "Signs that you are back to your daily plan.",
        List,
    ),
];

static GUIDE: [SectionGuide; 8] = [
    SectionGuide {
        key: SectionKey::About,
        heading: "About this plan",
        explanation: "A few details so that anyone holding a copy knows whose plan this is and how current it is.",
        parts: parts_of(&PARTS, SectionKey::About),
    },
    SectionGuide {
        key: SectionKey::Toolbox,
        heading: "Wellness toolbox",
        explanation: "The things that help you stay well or feel better. The rest of the plan draws on this list.",
        parts: parts_of(&PARTS, SectionKey::Toolbox),
    },
    SectionGuide {
        key: SectionKey::Daily,
        heading: "Daily maintenance",
        explanation: "What you are like when you are well, and what keeps you that way day to day.",
        parts: parts_of(&PARTS, SectionKey::Daily),
    },
    SectionGuide {
        key: SectionKey::Triggers,
        heading: "Triggers",
        explanation: "Things that happen around you that can make you feel worse. Noticing them makes them easier to deal with.",
        parts: parts_of(&PARTS, SectionKey::Triggers),
    },
    SectionGuide {
        key: SectionKey::EarlyWarningSigns,
        heading: "Early warning signs",
        explanation: "Small changes inside you that may show you are starting to struggle, often before anyone else notices.",
        parts: parts_of(&PARTS, SectionKey::EarlyWarningSigns),
    },
    SectionGuide {
        key: SectionKey::BreakingDown,
        heading: "When things are breaking down",
        explanation: "Signs that things are getting much worse, but you can still act for yourself.",
        parts: parts_of(&PARTS, SectionKey::BreakingDown),
    },
    SectionGuide {
        key: SectionKey::Crisis,
        heading: "Crisis plan",
        explanation: "For the people who help when you cannot manage on your own. Write it so someone under stress can follow it.",
        parts: parts_of(&PARTS, SectionKey::Crisis),
    },
    SectionGuide {
        key: SectionKey::PostCrisis,
        heading: "Post-crisis plan",
        explanation: "For the time after a crisis, while you recover and pick life back up. You may fill it in later.",
        parts: parts_of(&PARTS, SectionKey::PostCrisis),
    },
];

#[cfg(test)]
mod tests {
    use crate::records::RecordKind;

    #[test]
    fn the_english_catalogue_holds_the_guide_s_headings_and_labels() {
        let mut kinds: Vec<RecordKind> = Vec::new();
        for section in guide() {
            assert_eq!(section.heading_in(Language::EnGb), section.heading);
            assert_eq!(section.explanation_in(Language::EnGb), section.explanation);
            for part in section.parts {
                assert_eq!(
                    part.heading_in(Language::EnGb),
                    part.heading,
                    "{}",
                    part.key
                );
                assert_eq!(part.question_in(Language::EnGb), part.question);
                assert_eq!(part.explanation_in(Language::EnGb), part.explanation);
                for language in [Language::Cy, Language::Es, Language::Pl] {
                    // Found in each catalogue, in its own words, not its id given back.
                    let question = part.question_in(language);
                    assert!(!question.contains(".question"), "{language} {}", part.key);
                    assert_ne!(question, part.question, "{language} {}", part.key);
                }
                if let PartShape::Records(kind) = part.shape
                    && !kinds.contains(&kind)
                {
                    kinds.push(kind);
                }
            }
        }
        assert_eq!(kinds.len(), 13, "every kind of record is in some part");
        for kind in kinds {
            for field in kind.fields() {
                assert_eq!(kind.label_in(field, Language::EnGb), field.label);
                assert_eq!(kind.question_in(field, Language::EnGb), field.question);
                assert_ne!(kind.question_in(field, Language::Pl), field.question);
                // Found in the Welsh catalogue, not its id given back.
                assert!(!kind.label_in(field, Language::Cy).starts_with("field-"));
            }
        }
        let crisis = SectionKey::Crisis.guide();
        assert_eq!(crisis.heading_in(Language::Cy), "Cynllun argyfwng");
        assert!(
            PartKey::CrisisSupporters
                .guide()
                .question_in(Language::Es)
                .starts_with('¿')
        );
        assert_eq!(
            PartKey::CrisisSupporters.guide().heading_in(Language::Es),
            "Mis personas de apoyo"
        );
    }

    use super::*;

    #[test]
    fn sections_appear_once_in_order() {
        let keys: Vec<_> = guide().iter().map(|s| s.key).collect();
        assert_eq!(keys, SectionKey::ALL);
    }

    #[test]
    fn part_keys_are_unique_within_sections() {
        for section in guide() {
            for (i, part) in section.parts.iter().enumerate() {
                assert!(
                    section.parts[i + 1..].iter().all(|p| p.key != part.key),
                    "{}",
                    part.key
                );
                assert!(
                    part.question.ends_with('?') || part.question.ends_with(')'),
                    "{}",
                    part.question
                );
                assert!(!part.heading.is_empty() && !part.explanation.is_empty());
            }
        }
    }

    #[test]
    fn section_names_parse_leniently() {
        assert_eq!(
            "early-warning-signs".parse(),
            Ok(SectionKey::EarlyWarningSigns)
        );
        assert_eq!("Post_Crisis".parse(), Ok(SectionKey::PostCrisis));
        assert!("crises".parse::<SectionKey>().is_err());
        for key in SectionKey::ALL {
            assert_eq!(key.as_str().parse(), Ok(key));
        }
    }

    #[test]
    fn paths_find_parts() {
        let (section, part) = find_part("crisis.supporters").unwrap();
        assert_eq!(section.key, SectionKey::Crisis);
        assert_eq!(part.shape, PartShape::Records(RecordKind::Supporter));
        assert_eq!(section.path(part), "crisis.supporters");
        assert!(find_part("crisis.nothing").is_none());
    }
}
