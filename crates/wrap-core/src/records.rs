//! Structured entries: the people, medicines, tasks and other records a plan lists.
//!
//! Each record is a typed struct with named fields (a [`Supporter`] has a name, a phone, an
//! email, ...). The [`Record`] trait gives tools a uniform way to read and change any record
//! field by its stable key, which is how the interview, the text rendering and the printed
//! tables walk them without knowing every type.

use std::borrow::Cow;
use std::sync::LazyLock;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use wrap_l10n::Language;

/// The kinds of record a plan holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecordKind {
    /// Someone who helped write the plan: [`Helper`].
    Helper,
    /// Something to do on some days, with when or how often: [`OccasionalAction`].
    OccasionalAction,
    /// A supporter in the crisis plan: [`Supporter`].
    Supporter,
    /// Someone who must not be involved: [`PersonNotToInvolve`].
    PersonNotToInvolve,
    /// A doctor, pharmacy, care coordinator, ...: [`HealthContact`].
    HealthContact,
    /// A medicine taken now: [`Medication`].
    Medication,
    /// A medicine, treatment or place, with the reason: [`Preference`].
    Preference,
    /// A task someone else covers during a crisis: [`Task`].
    Task,
    /// A change to make after a crisis: [`Change`].
    Change,
    /// Someone who supports me while I recover: [`RecoverySupporter`].
    RecoverySupporter,
    /// Someone to thank: [`Thanks`].
    Thanks,
    /// Someone to make amends with: [`Amends`].
    Amends,
    /// A responsibility to take back: [`Responsibility`].
    Responsibility,
}

/// How a record field holds its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldShape {
    /// Free text, kept exactly as typed.
    Text,
    /// Yes, no, or not said.
    YesNo,
    /// A phone number (free text, printed as a `tel:` link).
    Phone,
}

/// The guide's description of one record field: its key, label and question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldGuide {
    /// The field's JSON name, stable across versions.
    pub key: &'static str,
    /// A short label for tables and summaries.
    pub label: &'static str,
    /// The question the interview asks for this field.
    pub question: &'static str,
    /// How the value is held.
    pub shape: FieldShape,
    /// Whether a record needs this field to be valid.
    pub required: bool,
}

/// A field as the guide defines it: key and shape; its words are in the catalogue.
#[derive(Clone, Copy, Debug)]
struct FieldSpec {
    key: &'static str,
    shape: FieldShape,
    required: bool,
}

const fn text(key: &'static str) -> FieldSpec {
    FieldSpec {
        key,
        shape: FieldShape::Text,
        required: false,
    }
}

const fn name(key: &'static str) -> FieldSpec {
    FieldSpec {
        key,
        shape: FieldShape::Text,
        required: true,
    }
}

const fn phone() -> FieldSpec {
    FieldSpec {
        key: "phone",
        shape: FieldShape::Phone,
        required: false,
    }
}

const fn yes_no(key: &'static str) -> FieldSpec {
    FieldSpec {
        key,
        shape: FieldShape::YesNo,
        required: false,
    }
}

// `FIELDS` is indexed by kind: `RecordKind::ALL[i]` is kind `i`. Checked when compiled.
const _: () = {
    let mut i = 0;
    while i < RecordKind::ALL.len() {
        assert!(RecordKind::ALL[i] as usize == i);
        i += 1;
    }
};

/// Every kind's fields with their British English words, read once from the catalogue: the
/// one place the English is written.
static FIELDS: LazyLock<Vec<Vec<FieldGuide>>> = LazyLock::new(|| {
    RecordKind::ALL
        .iter()
        .map(|&kind| {
            kind.specs()
                .iter()
                .map(|spec| {
                    let id = kind.field_message_id(spec.key);
                    FieldGuide {
                        key: spec.key,
                        label: Language::EnGb.word(&id),
                        question: Language::EnGb.word(&format!("{id}.question")),
                        shape: spec.shape,
                        required: spec.required,
                    }
                })
                .collect()
        })
        .collect()
});

impl RecordKind {
    /// Every kind, in the order they are declared.
    pub const ALL: [RecordKind; 13] = [
        RecordKind::Helper,
        RecordKind::OccasionalAction,
        RecordKind::Supporter,
        RecordKind::PersonNotToInvolve,
        RecordKind::HealthContact,
        RecordKind::Medication,
        RecordKind::Preference,
        RecordKind::Task,
        RecordKind::Change,
        RecordKind::RecoverySupporter,
        RecordKind::Thanks,
        RecordKind::Amends,
        RecordKind::Responsibility,
    ];

    /// The kind's name in the message catalogues' ids (`supporter`, `health-contact`).
    pub fn message_name(self) -> &'static str {
        match self {
            RecordKind::Helper => "helper",
            RecordKind::OccasionalAction => "occasional-action",
            RecordKind::Supporter => "supporter",
            RecordKind::PersonNotToInvolve => "person-not-to-involve",
            RecordKind::HealthContact => "health-contact",
            RecordKind::Medication => "medication",
            RecordKind::Preference => "preference",
            RecordKind::Task => "task",
            RecordKind::Change => "change",
            RecordKind::RecoverySupporter => "recovery-supporter",
            RecordKind::Thanks => "thanks",
            RecordKind::Amends => "amends",
            RecordKind::Responsibility => "responsibility",
        }
    }

    /// The label of one of this kind's fields in `language` ("Wedi cytuno i gael eu
    /// rhestru"), from its catalogue.
    pub fn label_in(self, field: &FieldGuide, language: Language) -> &'static str {
        language.word(&self.field_message_id(field.key))
    }

    /// The interview's question for one of this kind's fields in `language`, from its
    /// catalogue ("Pwy ydyn nhw i chi?").
    pub fn question_in(self, field: &FieldGuide, language: Language) -> String {
        language.attribute(&self.field_message_id(field.key), "question", &[])
    }

    /// The catalogue's id of one of this kind's fields: `field-supporter-asked-to`.
    fn field_message_id(self, key: &str) -> String {
        format!("field-{}-{}", self.message_name(), key.replace('_', "-"))
    }

    /// The fields of this kind of record, in the order they are asked and printed, with
    /// their words (label, question) from the British English catalogue.
    pub fn fields(self) -> &'static [FieldGuide] {
        &FIELDS[self as usize]
    }

    /// Each field's key and shape, in the order they are asked and printed.
    const fn specs(self) -> &'static [FieldSpec] {
        match self {
            RecordKind::Helper => const { &[name("name"), text("role")] },
            RecordKind::OccasionalAction => const { &[name("what"), text("when")] },
            RecordKind::Supporter => {
                const {
                    &[
                        name("name"),
                        text("relationship"),
                        phone(),
                        text("email"),
                        text("asked_to"),
                        yes_no("agreed"),
                    ]
                }
            }
            RecordKind::PersonNotToInvolve => {
                const { &[name("name"), text("relationship"), text("reason")] }
            }
            RecordKind::HealthContact => const { &[name("name"), text("role"), phone()] },
            RecordKind::Medication => {
                const { &[name("name"), text("dose"), text("when"), text("what_for")] }
            }
            RecordKind::Preference => const { &[name("name"), text("reason")] },
            RecordKind::Task => {
                const { &[name("task"), text("who"), phone(), text("instructions")] }
            }
            RecordKind::Change => const { &[name("what"), text("when"), text("help")] },
            RecordKind::RecoverySupporter => const { &[name("name"), phone(), text("tasks")] },
            RecordKind::Thanks => const { &[name("name"), text("why")] },
            RecordKind::Amends => const { &[name("name"), text("how"), text("when")] },
            RecordKind::Responsibility => {
                const { &[name("what"), text("covered_by"), text("need"), text("when")] }
            }
        }
    }

    /// The guide for one field of this kind, by key.
    pub fn field(self, key: &str) -> Option<&'static FieldGuide> {
        self.fields().iter().find(|field| field.key == key)
    }
}

/// Why a record field could not be set.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FieldError {
    /// The record has no field with this key.
    #[error("there is no field `{0}` here")]
    Unknown(String),
    /// A yes-or-no field was given something else.
    #[error("`{0}` is not yes or no")]
    NotYesOrNo(String),
}

/// A typed record whose fields can be read and changed by their stable keys.
pub trait Record {
    /// Which kind of record this is.
    fn kind(&self) -> RecordKind;

    /// The field's value as text (`yes`, `no` or empty for a yes-or-no field), or `None`
    /// for a key the record does not have.
    fn text(&self, key: &str) -> Option<Cow<'_, str>>;

    /// Sets the field from text, exactly as typed (a yes-or-no field takes `yes`, `y`, `no`,
    /// `n` or nothing).
    fn set_text(&mut self, key: &str, value: &str) -> Result<(), FieldError>;

    /// The record's fields with their guide, in order, as text.
    fn fields(&self) -> Vec<(&'static FieldGuide, Cow<'_, str>)> {
        self.kind()
            .fields()
            .iter()
            .map(|field| (field, self.text(field.key).unwrap_or_default()))
            .collect()
    }

    /// True when every field is empty.
    fn is_empty(&self) -> bool {
        self.kind()
            .fields()
            .iter()
            .all(|field| self.text(field.key).is_none_or(|value| value.is_empty()))
    }

    /// The record's main label: the first field's text (a name, a task, ...).
    fn title(&self) -> Cow<'_, str> {
        let first = self.kind().fields()[0].key;
        self.text(first).unwrap_or_default()
    }
}

macro_rules! record {
    (
        $(#[$meta:meta])*
        $name:ident : $kind:ident {
            $( $(#[$field_meta:meta])* $field:ident ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $(
                $(#[$field_meta])*
                #[serde(default, skip_serializing_if = "String::is_empty")]
                pub $field: String,
            )*
        }

        impl Record for $name {
            fn kind(&self) -> RecordKind {
                RecordKind::$kind
            }

            fn text(&self, key: &str) -> Option<Cow<'_, str>> {
                match key {
                    $( stringify!($field) => Some(Cow::Borrowed(self.$field.as_str())), )*
                    _ => None,
                }
            }

            fn set_text(&mut self, key: &str, value: &str) -> Result<(), FieldError> {
                match key {
                    $( stringify!($field) => {
                        self.$field = value.to_owned();
                        Ok(())
                    } )*
                    _ => Err(FieldError::Unknown(key.to_owned())),
                }
            }
        }
    };
}

record! {
    /// Someone who helped write the plan, such as a peer support worker.
    Helper: Helper {
        /// Their name.
        name,
        /// Their role, e.g. "peer support worker".
        role,
    }
}

record! {
    /// Something I might need to do on some days, with when or how often.
    OccasionalAction: OccasionalAction {
        /// What to do.
        what,
        /// When, or how often.
        when,
    }
}

record! {
    /// Someone who must not be involved in my care during a crisis.
    PersonNotToInvolve: PersonNotToInvolve {
        /// Their name.
        name,
        /// Who they are to me.
        relationship,
        /// Why they should not be involved (optional).
        reason,
    }
}

record! {
    /// A doctor, pharmacy, care coordinator or other health contact.
    HealthContact: HealthContact {
        /// Their name, or the name of the practice.
        name,
        /// Their role, e.g. "GP" or "pharmacy".
        role,
        /// Their phone number.
        phone,
    }
}

record! {
    /// A medicine I take now.
    Medication: Medication {
        /// The medicine's name.
        name,
        /// The dose.
        dose,
        /// When I take it.
        when,
        /// What I take it for.
        what_for,
    }
}

record! {
    /// A medicine, treatment or place, with the reason I prefer or avoid it.
    Preference: Preference {
        /// The medicine, treatment or place.
        name,
        /// Why (optional).
        reason,
    }
}

record! {
    /// A task someone else covers while I cannot (pets, children, bills, ...).
    Task: Task {
        /// What needs doing.
        task,
        /// Who will do it.
        who,
        /// Their phone number.
        phone,
        /// What they need to know.
        instructions,
    }
}

record! {
    /// A change I want to make after a crisis.
    Change: Change {
        /// The change.
        what,
        /// By when.
        when,
        /// The help I need to make it.
        help,
    }
}

record! {
    /// Someone who supports me while I recover from a crisis.
    RecoverySupporter: RecoverySupporter {
        /// Their name.
        name,
        /// Their phone number.
        phone,
        /// What they will help with.
        tasks,
    }
}

record! {
    /// Someone I want to thank.
    Thanks: Thanks {
        /// Their name.
        name,
        /// What for.
        why,
    }
}

record! {
    /// Someone I want to make amends with.
    Amends: Amends {
        /// Their name.
        name,
        /// How.
        how,
        /// When.
        when,
    }
}

record! {
    /// A responsibility I will take back after a crisis.
    Responsibility: Responsibility {
        /// The responsibility.
        what,
        /// Who covers it for now.
        covered_by,
        /// What I need to take it back.
        need,
        /// When.
        when,
    }
}

/// A supporter named in the crisis plan: someone I trust to help when I cannot manage.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Supporter {
    /// Their name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Who they are to me, e.g. "sister" or "care coordinator".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub relationship: String,
    /// Their phone number.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
    /// Their email address.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// What I ask of them.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub asked_to: String,
    /// Whether they agreed to be listed; absent when not said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed: Option<bool>,
}

impl Record for Supporter {
    fn kind(&self) -> RecordKind {
        RecordKind::Supporter
    }

    fn text(&self, key: &str) -> Option<Cow<'_, str>> {
        Some(Cow::Borrowed(match key {
            "name" => &self.name,
            "relationship" => &self.relationship,
            "phone" => &self.phone,
            "email" => &self.email,
            "asked_to" => &self.asked_to,
            "agreed" => match self.agreed {
                Some(true) => "yes",
                Some(false) => "no",
                None => "",
            },
            _ => return None,
        }))
    }

    fn set_text(&mut self, key: &str, value: &str) -> Result<(), FieldError> {
        let slot = match key {
            "name" => &mut self.name,
            "relationship" => &mut self.relationship,
            "phone" => &mut self.phone,
            "email" => &mut self.email,
            "asked_to" => &mut self.asked_to,
            "agreed" => {
                self.agreed = parse_yes_no(value)?;
                return Ok(());
            }
            _ => return Err(FieldError::Unknown(key.to_owned())),
        };
        *slot = value.to_owned();
        Ok(())
    }
}

/// Reads `yes`/`y`/`no`/`n` (any case, surrounding space ignored); empty means not said.
pub fn parse_yes_no(value: &str) -> Result<Option<bool>, FieldError> {
    parse_yes_no_in(value, Language::EnGb)
}

/// Reads a yes-or-no answer typed in `language`: its catalogue's words for yes and no
/// ("ie", "na"; "sí"; "tak", "nie"), their first letters where they differ, and the English
/// "yes", "no", "y" and "n" in every language. Case does not matter, nor does an accent
/// left off ("si" for "sí").
pub fn parse_yes_no_in(value: &str, language: Language) -> Result<Option<bool>, FieldError> {
    let typed = crate::text::fold(value.trim());
    if typed.is_empty() {
        return Ok(None);
    }
    let words = |id: &str| {
        let word = crate::text::fold(&language.text(id));
        let initial = word.chars().next().map(String::from).unwrap_or_default();
        [word, initial]
    };
    let (yes, no) = (words("yes"), words("no"));
    // A first letter counts only when it tells yes from no in this language.
    let clash = yes[1] == no[1];
    let matches = |forms: &[String; 2], english: [&str; 2]| {
        english.contains(&typed.as_str()) || typed == forms[0] || (!clash && typed == forms[1])
    };
    match (matches(&yes, ["yes", "y"]), matches(&no, ["no", "n"])) {
        (true, false) => Ok(Some(true)),
        (false, true) => Ok(Some(false)),
        _ => Err(FieldError::NotYesOrNo(value.to_owned())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_and_no_are_read_in_each_language_and_in_english() {
        let read = |typed: &str, language| parse_yes_no_in(typed, language).ok().flatten();
        for language in Language::ALL {
            assert_eq!(read("yes", language), Some(true), "{language}");
            assert_eq!(read(" N ", language), Some(false), "{language}");
            assert_eq!(read("", language), None, "{language}");
            assert!(parse_yes_no_in("maybe", language).is_err());
        }
        assert_eq!(read("Ie", Language::Cy), Some(true));
        assert_eq!(read("i", Language::Cy), Some(true));
        assert_eq!(read("na", Language::Cy), Some(false));
        assert_eq!(read("sí", Language::Es), Some(true));
        assert_eq!(read("si", Language::Es), Some(true));
        assert_eq!(read("s", Language::Es), Some(true));
        assert_eq!(read("no", Language::Es), Some(false));
        assert_eq!(read("tak", Language::Pl), Some(true));
        assert_eq!(read("t", Language::Pl), Some(true));
        assert_eq!(read("nie", Language::Pl), Some(false));
        // Another language's words are not read as English.
        assert!(parse_yes_no_in("tak", Language::EnGb).is_err());
    }

    #[test]
    fn every_guided_field_is_readable_and_writable() {
        fn check<R: Record + Default>() {
            let mut record = R::default();
            assert!(record.is_empty());
            for field in record.kind().fields() {
                let value = if field.shape == FieldShape::YesNo {
                    "yes"
                } else {
                    "Gwen ✓"
                };
                record.set_text(field.key, value).unwrap();
                assert_eq!(record.text(field.key).unwrap(), value, "{}", field.key);
            }
            assert!(!record.is_empty());
            assert!(
                record.kind().fields()[0].required,
                "first field names the record"
            );
            assert_eq!(
                record.set_text("nope", "x"),
                Err(FieldError::Unknown("nope".into()))
            );
        }
        check::<Helper>();
        check::<OccasionalAction>();
        check::<Supporter>();
        check::<PersonNotToInvolve>();
        check::<HealthContact>();
        check::<Medication>();
        check::<Preference>();
        check::<Task>();
        check::<Change>();
        check::<RecoverySupporter>();
        check::<Thanks>();
        check::<Amends>();
        check::<Responsibility>();
    }

    #[test]
    fn yes_no_accepts_plain_answers() {
        assert_eq!(parse_yes_no(" Yes "), Ok(Some(true)));
        assert_eq!(parse_yes_no("n"), Ok(Some(false)));
        assert_eq!(parse_yes_no(""), Ok(None));
        assert!(parse_yes_no("maybe").is_err());
    }
}
