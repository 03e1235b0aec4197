//! The guide: every section and part of a plan, with a heading, one plain-language question
//! and one short explanation, as data.
//!
//! The interview asks these questions, the printed plan uses these headings, and the blank
//! template prints them with space to write, so they never disagree. The wording is this
//! project's own. The questions only ask: they never suggest an answer.

use std::fmt;
use std::str::FromStr;

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
        GUIDE
            .iter()
            .find(|section| section.key == self)
            .expect("every section key has a guide entry")
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
    /// The part's JSON field name inside its section, stable across versions.
    pub key: &'static str,
    /// A short heading for printing.
    pub heading: &'static str,
    /// The one question the interview asks.
    pub question: &'static str,
    /// One short sentence on why the part is there.
    pub explanation: &'static str,
    /// What kind of answer it holds.
    pub shape: PartShape,
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
    /// The part with this key.
    pub fn part(&self, key: &str) -> Option<&'static PartGuide> {
        let parts: &'static [PartGuide] = self.parts;
        parts.iter().find(|part| part.key == key)
    }

    /// The guide path of one of this section's parts: `crisis.supporters`.
    pub fn path(&self, part: &PartGuide) -> String {
        format!("{}.{}", self.key.json_name(), part.key)
    }
}

/// The whole guide, section by section.
pub fn guide() -> &'static [SectionGuide] {
    GUIDE
}

/// Finds a section and part by guide path (`crisis.supporters`).
pub fn find_part(path: &str) -> Option<(&'static SectionGuide, &'static PartGuide)> {
    let (section, part) = path.split_once('.')?;
    let section = GUIDE.iter().find(|s| s.key.json_name() == section)?;
    let part = section.parts.iter().find(|p| p.key == part)?;
    Some((section, part))
}

const fn part(
    key: &'static str,
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

static GUIDE: &[SectionGuide] = &[
    SectionGuide {
        key: SectionKey::About,
        heading: "About this plan",
        explanation: "A few details so that anyone holding a copy knows whose plan this is and how current it is.",
        parts: &[
            part(
                "title",
                "Title",
                "What would you like to call this plan?",
                "Some people keep one plan; some keep one for each part of life, such as work or home.",
                Text,
            ),
            part(
                "owner",
                "Whose plan",
                "Whose plan is this? How would you like your name written?",
                "Your name as you want supporters to see it.",
                Text,
            ),
            part(
                "written_with",
                "Written with",
                "Did anyone help you write it?",
                "For example a friend or a peer support worker. You can leave this empty.",
                Records(RecordKind::Helper),
            ),
            part(
                "created_on",
                "Written on",
                "On what date was this plan written? (YYYY-MM-DD)",
                "A date helps everyone know which copy is the newest.",
                Date,
            ),
            part(
                "next_review_due",
                "Next review",
                "When would you like to look at it again? (YYYY-MM-DD)",
                "Plans change as life changes; a date makes it easier to come back to.",
                Date,
            ),
            part(
                "purpose",
                "What this plan is for",
                "What would you like this plan to help you with?",
                "In your own words; a line or two is plenty.",
                Text,
            ),
        ],
    },
    SectionGuide {
        key: SectionKey::Toolbox,
        heading: "Wellness toolbox",
        explanation: "The things that help you stay well or feel better. The rest of the plan draws on this list.",
        parts: &[
            part(
                "using",
                "Things that help me",
                "What do you already do that helps you feel well or better?",
                "Big or small, anything counts.",
                List,
            ),
            part(
                "to_try",
                "Things I would like to try",
                "Is there anything you would like to try?",
                "Ideas you have heard about or been curious about.",
                List,
            ),
        ],
    },
    SectionGuide {
        key: SectionKey::Daily,
        heading: "Daily maintenance",
        explanation: "What you are like when you are well, and what keeps you that way day to day.",
        parts: &[
            part(
                "when_well",
                "What I am like when I am well",
                "How would you describe yourself when you are feeling well?",
                "This reminds you, and others, of who you are when things are going well.",
                Text,
            ),
            part(
                "every_day",
                "Things I do every day",
                "What do you need to do every day to keep well?",
                "Keep it realistic: the things you can really do on an ordinary day.",
                List,
            ),
            part(
                "some_days",
                "Things I might need to do on some days",
                "What might you need to do on some days, and when or how often?",
                "Things that are not daily but matter, like paying bills or seeing a friend.",
                Records(RecordKind::OccasionalAction),
            ),
            part(
                "good_day",
                "A good ordinary day",
                "What does a good ordinary day look like for you?",
                "Describe it however you like.",
                Text,
            ),
        ],
    },
    SectionGuide {
        key: SectionKey::Triggers,
        heading: "Triggers",
        explanation: "Things that happen around you that can make you feel worse. Noticing them makes them easier to deal with.",
        parts: &[
            part(
                "triggers",
                "My triggers",
                "What things, if they happen, might make you feel worse?",
                "Some people call these stressors.",
                List,
            ),
            part(
                "action_plan",
                "What I will do",
                "If they happen, what will you do to help yourself?",
                "Your own plan, drawing on your toolbox.",
                List,
            ),
            part(
                "more_to_try",
                "More I could try",
                "What else could you try if that is not enough?",
                "Extra ideas for when you have the time or energy.",
                List,
            ),
            part(
                "limit_exposure",
                "Limiting my exposure",
                "How could you come across these less often?",
                "Only where it is possible and you want to.",
                List,
            ),
        ],
    },
    SectionGuide {
        key: SectionKey::EarlyWarningSigns,
        heading: "Early warning signs",
        explanation: "Small changes inside you that may show you are starting to struggle, often before anyone else notices.",
        parts: &[
            part(
                "signs",
                "Signs I notice",
                "What small changes do you notice in yourself when you are starting to struggle?",
                "Changes in thoughts, feelings, sleep, habits: whatever you notice.",
                List,
            ),
            part(
                "action_plan",
                "What I will do",
                "When you notice them, what will you do?",
                "Things you commit to doing.",
                List,
            ),
            part(
                "more_to_try",
                "More I could try",
                "What else could you try?",
                "Ideas for when you have more time or energy.",
                List,
            ),
        ],
    },
    SectionGuide {
        key: SectionKey::BreakingDown,
        heading: "When things are breaking down",
        explanation: "Signs that things are getting much worse, but you can still act for yourself.",
        parts: &[
            part(
                "signs",
                "Signs things are breaking down",
                "What tells you that things are getting much harder?",
                "How you feel, think or act when it is serious.",
                List,
            ),
            part(
                "action_plan",
                "What I will do",
                "At that point, what will you do straight away?",
                "Clear, direct steps, including who you will contact.",
                List,
            ),
            part(
                "more_to_try",
                "More I could try",
                "What else could you try?",
                "Anything more that might help.",
                List,
            ),
        ],
    },
    SectionGuide {
        key: SectionKey::Crisis,
        heading: "Crisis plan",
        explanation: "For the people who help when you cannot manage on your own. Write it so someone under stress can follow it.",
        parts: &[
            part(
                "created_on",
                "Written on",
                "On what date was this crisis plan written? (YYYY-MM-DD)",
                "This plan replaces any crisis plan with an earlier date.",
                Date,
            ),
            part(
                "when_well",
                "What I am like when I am well",
                "How would you describe yourself when you are well, for people who may not know you well?",
                "It helps supporters see the difference.",
                Text,
            ),
            part(
                "take_over_signs",
                "When others need to take over",
                "What signs would show others that they need to take over?",
                "Be as clear as you can: supporters will rely on these.",
                List,
            ),
            part(
                "supporters",
                "My supporters",
                "Who would you like to help you in a crisis?",
                "Name, phone and what you ask of each person. It helps to check they agree.",
                Records(RecordKind::Supporter),
            ),
            part(
                "not_involved",
                "People who must not be involved",
                "Is there anyone you do not want involved?",
                "You do not have to give a reason.",
                Records(RecordKind::PersonNotToInvolve),
            ),
            part(
                "disagreements",
                "If my supporters disagree",
                "If your supporters disagree, how would you like them to settle it?",
                "For example a vote, or one person who decides.",
                Text,
            ),
            part(
                "health_contacts",
                "Health contacts",
                "Who are your doctor, pharmacy and other health contacts?",
                "With phone numbers, so supporters can reach them.",
                Records(RecordKind::HealthContact),
            ),
            part(
                "medications",
                "Medicines I take now",
                "Which medicines do you take now?",
                "Name, dose, when, and what for.",
                Records(RecordKind::Medication),
            ),
            part(
                "medications_acceptable",
                "Medicines that are acceptable",
                "If you needed other medicines, which would be acceptable to you, and why?",
                "Only if you have views on this.",
                Records(RecordKind::Preference),
            ),
            part(
                "medications_avoid",
                "Medicines to avoid",
                "Are there medicines you want to avoid, and why?",
                "For example ones that did not suit you before.",
                Records(RecordKind::Preference),
            ),
            part(
                "allergies",
                "Allergies",
                "Do you have any allergies?",
                "Anything a doctor or supporter should know.",
                List,
            ),
            part(
                "treatments_help",
                "Treatments that help",
                "Which treatments have helped you, and why?",
                "Anything that has worked for you.",
                Records(RecordKind::Preference),
            ),
            part(
                "treatments_avoid",
                "Treatments to avoid",
                "Which treatments do you want to avoid, and why?",
                "Anything that has not worked for you.",
                Records(RecordKind::Preference),
            ),
            part(
                "home_care",
                "Home, community or respite care",
                "Could you be supported at home, in the community or in respite care? How?",
                "How it could work, and who would be involved.",
                Text,
            ),
            part(
                "places_prefer",
                "Places I prefer",
                "If you needed care away from home, where would you prefer, and why?",
                "Hospitals, units or other places.",
                Records(RecordKind::Preference),
            ),
            part(
                "places_avoid",
                "Places to avoid",
                "Are there places you want to avoid, and why?",
                "You can give a reason or not.",
                Records(RecordKind::Preference),
            ),
            part(
                "please_do",
                "Please do",
                "What would you like your supporters to do?",
                "Things that help you feel safe or calmer.",
                List,
            ),
            part(
                "please_do_not",
                "Please do not",
                "What would you like your supporters not to do?",
                "Things that make it harder for you.",
                List,
            ),
            part(
                "if_danger",
                "If I am a danger to myself or others",
                "If you were a danger to yourself or others, what would you want to happen?",
                "Your wishes, in your own words.",
                Text,
            ),
            part(
                "tasks",
                "Tasks someone else will cover",
                "What needs looking after while you cannot, and who will do it?",
                "For example pets, children, bills or work.",
                Records(RecordKind::Task),
            ),
            part(
                "no_longer_needed",
                "When this plan is no longer needed",
                "What would show your supporters that they no longer need this plan?",
                "Signs that you can take things back.",
                List,
            ),
        ],
    },
    SectionGuide {
        key: SectionKey::PostCrisis,
        heading: "Post-crisis plan",
        explanation: "For the time after a crisis, while you recover and pick life back up. You may fill it in later.",
        parts: &[
            part(
                "ready_signs",
                "When I am ready for this plan",
                "How will you know you are ready to use this plan?",
                "Signs that the crisis is easing.",
                List,
            ),
            part(
                "recovered_feeling",
                "How I want to feel",
                "How would you like to feel when you have recovered?",
                "In your own words.",
                Text,
            ),
            part(
                "what_led",
                "What may have led to the crisis",
                "Looking back, what may have led to the crisis?",
                "Only what you want to note.",
                List,
            ),
            part(
                "learned",
                "What I learned",
                "What did you learn from it?",
                "About yourself, others, or what helps.",
                List,
            ),
            part(
                "changes",
                "Changes I want to make",
                "What would you like to change, when, and what help would you need?",
                "Small steps count.",
                Records(RecordKind::Change),
            ),
            part(
                "plan_changes",
                "Changes to my plan",
                "Is there anything to change in this plan?",
                "Parts that did or did not work.",
                List,
            ),
            part(
                "ease_return",
                "What would ease my return",
                "What would make coming back easier?",
                "To home, work, or daily life.",
                List,
            ),
            part(
                "others_can_do",
                "What others can do for me",
                "What could others do for you while you recover?",
                "Practical help or company.",
                List,
            ),
            part(
                "can_wait",
                "What can wait",
                "What can wait until you feel better?",
                "Things you can set aside for now.",
                List,
            ),
            part(
                "supporters",
                "Supporters while I recover",
                "Who will support you while you recover, and with what?",
                "Name, phone and what they will help with.",
                Records(RecordKind::RecoverySupporter),
            ),
            part(
                "every_day",
                "Things to do every day",
                "What will you do every day while you recover?",
                "Keep it gentle and realistic.",
                List,
            ),
            part(
                "might_need",
                "Things I might need to do",
                "What might you need to do on some days?",
                "Appointments, errands, anything else.",
                List,
            ),
            part(
                "avoid",
                "People, places and things to avoid",
                "Which people, places or things would you rather avoid for now?",
                "While you are recovering.",
                List,
            ),
            part(
                "prevent_harm",
                "Preventing further harm",
                "What could help prevent further harm or loss?",
                "To your health, money, home or relationships.",
                List,
            ),
            part(
                "thank",
                "People to thank",
                "Is there anyone you would like to thank, and for what?",
                "If and when you want to.",
                Records(RecordKind::Thanks),
            ),
            part(
                "amends",
                "People to make amends with",
                "Is there anyone you would like to make amends with? How, and when?",
                "Only if you want to.",
                Records(RecordKind::Amends),
            ),
            part(
                "responsibilities",
                "Responsibilities to take back",
                "Which responsibilities will you take back, and how?",
                "Who covers them now, what you need, and when.",
                Records(RecordKind::Responsibility),
            ),
            part(
                "no_longer_needed",
                "When this plan is no longer needed",
                "What will show that you no longer need this plan?",
                "Signs that you are back to your daily plan.",
                List,
            ),
        ],
    },
];

#[cfg(test)]
mod tests {
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
