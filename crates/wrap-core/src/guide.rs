//! The guide: every section and part of a plan, with a heading, one plain-language question
//! and one short explanation, as data.
//!
//! The interview asks these questions, the printed plan uses these headings, and the blank
//! template prints them with space to write, so they never disagree. The wording is this
//! project's own. The questions only ask: they never suggest an answer.

use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

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

    /// The id of the section's heading in the message catalogues: `section-crisis`.
    pub fn message_id(self) -> String {
        format!("section-{}", self.as_str())
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
        language.text(&self.key.message_id())
    }

    /// The explanation shown when the section opens, in `language`, from its catalogue.
    pub fn explanation_in(&self, language: Language) -> String {
        language.attribute(&self.key.message_id(), "explanation", &[])
    }

    /// The guide path of one of this section's parts: `crisis.supporters`.
    pub fn path(&self, part: &PartGuide) -> String {
        part.key.path()
    }
}

/// The whole guide, section by section.
pub fn guide() -> &'static [SectionGuide] {
    &*GUIDE
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

// The guide is indexed by its keys: part `i` of `SPECS` (and so of `PARTS`) is `PartKey::ALL[i]`, with the shape
// of answer its key is typed for, and section `i` of `GUIDE` is `SectionKey::ALL[i]`. Checked
// when the crate is compiled.
const _: () = {
    let mut i = 0;
    while i < PartKey::COUNT {
        assert!(SPECS[i].0 as usize == i && PartKey::ALL[i] as usize == i);
        assert!(PartKey::ALL[i].shaped().fits(SPECS[i].1));
        i += 1;
    }
    let mut i = 0;
    while i < SectionKey::ALL.len() {
        assert!(SectionKey::ALL[i] as usize == i);
        i += 1;
    }
};

use PartShape::{Date, List, Records, Text};

/// Each part's key and the shape of its answer, in [`PartKey`] order. Its words (heading,
/// question, explanation) are the British English catalogue's, read once into [`PARTS`].
const SPECS: [(PartKey, PartShape); PartKey::COUNT] = [
    (PartKey::AboutTitle, Text),
    (PartKey::AboutOwner, Text),
    (PartKey::AboutWrittenWith, Records(RecordKind::Helper)),
    (PartKey::AboutCreatedOn, Date),
    (PartKey::AboutNextReviewDue, Date),
    (PartKey::AboutPurpose, Text),
    (PartKey::ToolboxUsing, List),
    (PartKey::ToolboxToTry, List),
    (PartKey::DailyWhenWell, Text),
    (PartKey::DailyEveryDay, List),
    (
        PartKey::DailySomeDays,
        Records(RecordKind::OccasionalAction),
    ),
    (PartKey::DailyGoodDay, Text),
    (PartKey::Triggers, List),
    (PartKey::TriggersActionPlan, List),
    (PartKey::TriggersMoreToTry, List),
    (PartKey::TriggersLimitExposure, List),
    (PartKey::EarlyWarningSigns, List),
    (PartKey::EarlyWarningActionPlan, List),
    (PartKey::EarlyWarningMoreToTry, List),
    (PartKey::BreakingDownSigns, List),
    (PartKey::BreakingDownActionPlan, List),
    (PartKey::BreakingDownMoreToTry, List),
    (PartKey::CrisisCreatedOn, Date),
    (PartKey::CrisisWhenWell, Text),
    (PartKey::CrisisTakeOverSigns, List),
    (PartKey::CrisisSupporters, Records(RecordKind::Supporter)),
    (
        PartKey::CrisisNotInvolved,
        Records(RecordKind::PersonNotToInvolve),
    ),
    (PartKey::CrisisDisagreements, Text),
    (
        PartKey::CrisisHealthContacts,
        Records(RecordKind::HealthContact),
    ),
    (PartKey::CrisisMedications, Records(RecordKind::Medication)),
    (
        PartKey::CrisisMedicationsAcceptable,
        Records(RecordKind::Preference),
    ),
    (
        PartKey::CrisisMedicationsAvoid,
        Records(RecordKind::Preference),
    ),
    (PartKey::CrisisAllergies, List),
    (
        PartKey::CrisisTreatmentsHelp,
        Records(RecordKind::Preference),
    ),
    (
        PartKey::CrisisTreatmentsAvoid,
        Records(RecordKind::Preference),
    ),
    (PartKey::CrisisHomeCare, Text),
    (PartKey::CrisisPlacesPrefer, Records(RecordKind::Preference)),
    (PartKey::CrisisPlacesAvoid, Records(RecordKind::Preference)),
    (PartKey::CrisisPleaseDo, List),
    (PartKey::CrisisPleaseDoNot, List),
    (PartKey::CrisisIfDanger, Text),
    (PartKey::CrisisTasks, Records(RecordKind::Task)),
    (PartKey::CrisisNoLongerNeeded, List),
    (PartKey::PostCrisisReadySigns, List),
    (PartKey::PostCrisisRecoveredFeeling, Text),
    (PartKey::PostCrisisWhatLed, List),
    (PartKey::PostCrisisLearned, List),
    (PartKey::PostCrisisChanges, Records(RecordKind::Change)),
    (PartKey::PostCrisisPlanChanges, List),
    (PartKey::PostCrisisEaseReturn, List),
    (PartKey::PostCrisisOthersCanDo, List),
    (PartKey::PostCrisisCanWait, List),
    (
        PartKey::PostCrisisSupporters,
        Records(RecordKind::RecoverySupporter),
    ),
    (PartKey::PostCrisisEveryDay, List),
    (PartKey::PostCrisisMightNeed, List),
    (PartKey::PostCrisisAvoid, List),
    (PartKey::PostCrisisPreventHarm, List),
    (PartKey::PostCrisisThank, Records(RecordKind::Thanks)),
    (PartKey::PostCrisisAmends, Records(RecordKind::Amends)),
    (
        PartKey::PostCrisisResponsibilities,
        Records(RecordKind::Responsibility),
    ),
    (PartKey::PostCrisisNoLongerNeeded, List),
];

/// The guide's parts, in [`PartKey`] order, with their words from the British English
/// catalogue: the one place the English is written.
static PARTS: LazyLock<[PartGuide; PartKey::COUNT]> = LazyLock::new(|| {
    SPECS.map(|(key, shape)| {
        let id = key.message_id();
        let english = Language::EnGb;
        PartGuide {
            key,
            heading: english.word(&id),
            question: english.word(&format!("{id}.question")),
            explanation: english.word(&format!("{id}.explanation")),
            shape,
        }
    })
});

/// The guide's sections, in [`SectionKey`] order, with their words from the British English
/// catalogue.
static GUIDE: LazyLock<[SectionGuide; 8]> = LazyLock::new(|| {
    SectionKey::ALL.map(|key| {
        let id = key.message_id();
        SectionGuide {
            key,
            heading: Language::EnGb.word(&id),
            explanation: Language::EnGb.word(&format!("{id}.explanation")),
            parts: parts_of(&*PARTS, key),
        }
    })
});

#[cfg(test)]
mod tests {
    use crate::records::RecordKind;

    #[test]
    fn every_word_of_the_guide_is_in_every_catalogue() {
        // The guide's English is read from the catalogue: a message it lacks would come back
        // as its id (`crisis-supporters.question`), so no word may look like one.
        let found = |text: &str, what: &str| {
            let looks_like_an_id = text
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-.".contains(c))
                && text.contains('-');
            assert!(
                !text.trim().is_empty() && !looks_like_an_id,
                "{what}: {text:?}"
            );
        };
        let mut kinds: Vec<RecordKind> = Vec::new();
        for section in guide() {
            found(section.heading, "heading");
            found(section.explanation, "explanation");
            assert!(
                section.explanation.ends_with('.'),
                "{}",
                section.explanation
            );
            for part in section.parts {
                found(part.heading, "heading");
                found(part.question, "question");
                found(part.explanation, "explanation");
                assert!(!part.question.ends_with(".question"), "{}", part.key);
                assert!(!part.explanation.ends_with(".explanation"), "{}", part.key);
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
                found(field.label, "label");
                found(field.question, "question");
                assert!(!field.question.ends_with(".question"), "{}", field.key);
                assert_eq!(kind.label_in(field, Language::EnGb), field.label);
                assert_ne!(kind.question_in(field, Language::Pl), field.question);
                // Found in the Welsh catalogue, not its id given back.
                assert!(!kind.label_in(field, Language::Cy).starts_with("field-"));
            }
        }
        // The words a person sees, as the English catalogue has them.
        let supporters = PartKey::CrisisSupporters.guide();
        assert_eq!(supporters.heading, "My supporters");
        assert_eq!(
            RecordKind::Supporter
                .field("relationship")
                .map(|f| f.question),
            Some("Who are they to you?")
        );
        assert_eq!(SectionKey::Triggers.guide().heading, "Triggers");
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
