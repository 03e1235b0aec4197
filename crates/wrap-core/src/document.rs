//! The one definition of each document made from a plan: which parts it holds and in which
//! order, which record fields it shows and which it hides, which records it leaves out, and
//! the sentences every copy of it shares. The PDF, Markdown and text renderers all read it,
//! so the printed and the Markdown crisis plans hold the same parts in the same order and
//! leave out the same things.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use wrap_l10n::{Arg, Language};

use crate::date::Date;
use crate::guide::SectionKey;
use crate::key::PartKey;
use crate::parts::PartRef;
use crate::plan::Plan;
use crate::records::{FieldGuide, FieldShape, Record, RecordKind, Supporter};

/// The documents a copy can be of.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Document {
    /// The whole plan.
    #[default]
    Full,
    /// The crisis plan alone, for supporters.
    Crisis,
    /// The pocket card.
    Card,
}

/// Whether a document prints the headings of parts that have nothing written in them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum EmptyParts {
    /// Each empty part's heading, with [`not_written_yet`] under it.
    #[default]
    Show,
    /// Empty parts left out.
    LeaveOut,
}

/// One part of a document, in its place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DocumentPart {
    /// Which part of the plan.
    pub key: PartKey,
    /// The section it belongs to.
    pub section: SectionKey,
    /// Urgent: a supporter needs it at once. Printed first and set apart.
    pub urgent: bool,
    /// The heading it has in this document.
    pub heading: &'static str,
}

const fn urgent(key: PartKey) -> (PartKey, bool, Option<&'static str>) {
    (key, true, None)
}

const fn then(key: PartKey) -> (PartKey, bool, Option<&'static str>) {
    (key, false, None)
}

/// The crisis plan's parts. The urgent ones, in this order, fill its first page (after whose
/// plan it is, its date and that it replaces earlier ones).
const CRISIS: &[(PartKey, bool, Option<&str>)] = &[
    urgent(PartKey::CrisisTakeOverSigns),
    urgent(PartKey::CrisisSupporters),
    urgent(PartKey::CrisisNotInvolved),
    urgent(PartKey::CrisisIfDanger),
    urgent(PartKey::CrisisPleaseDo),
    urgent(PartKey::CrisisPleaseDoNot),
    then(PartKey::CrisisHealthContacts),
    then(PartKey::CrisisMedications),
    then(PartKey::CrisisAllergies),
    then(PartKey::CrisisMedicationsAcceptable),
    then(PartKey::CrisisMedicationsAvoid),
    then(PartKey::CrisisTreatmentsHelp),
    then(PartKey::CrisisTreatmentsAvoid),
    then(PartKey::CrisisPlacesPrefer),
    then(PartKey::CrisisPlacesAvoid),
    then(PartKey::CrisisHomeCare),
    then(PartKey::CrisisDisagreements),
    then(PartKey::CrisisTasks),
    then(PartKey::CrisisWhenWell),
    then(PartKey::CrisisNoLongerNeeded),
];

/// The pocket card's parts, in the order they are printed, with the catalogue's id of the
/// heading the card gives them.
const CARD: &[(PartKey, bool, Option<&str>)] = &[
    (
        PartKey::EarlyWarningSigns,
        false,
        Some("card-early-warning-signs"),
    ),
    (
        PartKey::EarlyWarningActionPlan,
        false,
        Some("card-first-actions"),
    ),
    (PartKey::CrisisSupporters, true, Some("card-who-to-call")),
    (
        PartKey::CrisisHealthContacts,
        true,
        Some("card-health-contacts"),
    ),
];

/// The order in which a pocket card keeps what it holds when not everything fits: the
/// supporters' phones, then the health contacts' (the GP), then first actions, then the
/// early warning signs. What comes last is left out first, entry by entry from the end.
pub const CARD_KEEPS: [PartKey; 4] = [
    PartKey::CrisisSupporters,
    PartKey::CrisisHealthContacts,
    PartKey::EarlyWarningActionPlan,
    PartKey::EarlyWarningSigns,
];

/// One labelled line ("Whose plan: Alex"), its value as written (renderers escape it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Labelled {
    /// The label.
    pub label: &'static str,
    /// The value, exactly as written (dates in their long form).
    pub value: String,
}

fn labelled(label: &'static str, value: impl Into<String>) -> Labelled {
    Labelled {
        label,
        value: value.into(),
    }
}

impl Document {
    /// Every document.
    pub const ALL: [Document; 3] = [Document::Full, Document::Crisis, Document::Card];

    /// The document's name on the command line and in file names: `full`, `crisis`, `card`.
    pub fn name(self) -> &'static str {
        match self {
            Document::Full => "full",
            Document::Crisis => "crisis",
            Document::Card => "card",
        }
    }

    /// [`Document::summary`] in `language`.
    pub fn summary_in(self, language: Language) -> &'static str {
        language.word(match self {
            Document::Full => "document-summary-full",
            Document::Crisis => "document-summary-crisis",
            Document::Card => "document-summary-card",
        })
    }

    /// One line saying what the document is, in British English.
    pub fn summary(self) -> &'static str {
        self.summary_in(Language::EnGb)
    }

    /// The document's title: the plan's own title for the whole plan, whose crisis plan it is
    /// for the crisis plan, whose card for the card.
    pub fn title(self, plan: &Plan) -> String {
        self.title_in(plan, Language::EnGb)
    }

    /// [`Document::title`] in `language`.
    pub fn title_in(self, plan: &Plan, language: Language) -> String {
        let owner = plan.about.owner.trim();
        match self {
            Document::Full => plan_title_in(plan, language),
            Document::Crisis if owner.is_empty() => language.text("title-crisis"),
            Document::Crisis => language.format("title-crisis-for", &[("owner", owner.into())]),
            Document::Card if owner.is_empty() => language.text("title-card"),
            Document::Card => owner.to_owned(),
        }
    }

    /// The parts the document holds, in order. The whole plan holds every part of every
    /// section but the about section (see [`about_lines`]) and the crisis plan's date (see
    /// [`crisis_dated`]).
    pub fn parts(self) -> Vec<DocumentPart> {
        self.parts_in(Language::EnGb)
    }

    /// [`Document::parts`], with their headings in `language`.
    pub fn parts_in(self, language: Language) -> Vec<DocumentPart> {
        let listed = |list: &[(PartKey, bool, Option<&'static str>)]| {
            list.iter()
                .map(|&(key, urgent, heading)| DocumentPart {
                    key,
                    section: key.section(),
                    urgent,
                    heading: match heading {
                        Some(id) => language.word(id),
                        None => language.word(&key.message_id()),
                    },
                })
                .collect()
        };
        match self {
            Document::Full => crate::guide::guide()
                .iter()
                .filter(|section| section.key != SectionKey::About)
                .flat_map(|section| section.parts.iter())
                .filter(|part| part.key != PartKey::CrisisCreatedOn)
                .map(|part| DocumentPart {
                    key: part.key,
                    section: part.key.section(),
                    urgent: false,
                    heading: language.word(&part.key.message_id()),
                })
                .collect(),
            Document::Crisis => listed(CRISIS),
            Document::Card => listed(CARD),
        }
    }

    /// Whether the document's parts are grouped under their sections' headings.
    pub fn has_sections(self) -> bool {
        self == Document::Full
    }

    /// Whether the document shows empty parts at all (the card has no room for them).
    pub fn shows_empty_parts(self, empty: EmptyParts) -> bool {
        empty == EmptyParts::Show && self != Document::Card
    }

    /// The fields of a part's records the document shows, in order; the others are hidden.
    /// The crisis plan hides e-mail addresses and who agreed to be listed (those who did not
    /// are left out altogether); the card shows names and phones.
    pub fn fields(self, kind: RecordKind) -> Vec<&'static FieldGuide> {
        let keys: &[&str] = match (self, kind) {
            (Document::Full, _) => return kind.fields().iter().collect(),
            (Document::Crisis, RecordKind::Supporter) => {
                &["name", "relationship", "phone", "asked_to"]
            }
            (Document::Card, RecordKind::Supporter) => &["name", "phone"],
            (Document::Card, RecordKind::HealthContact) => &["name", "role", "phone"],
            (Document::Crisis | Document::Card, _) => return kind.fields().iter().collect(),
        };
        keys.iter().filter_map(|key| kind.field(key)).collect()
    }

    /// A part's answer as this document shows it: for the crisis plan and the card, without
    /// the supporters who have not agreed to be listed; records with nothing written in the
    /// fields shown are left out.
    pub fn part<'a>(self, plan: &'a Plan, key: PartKey) -> PartRef<'a> {
        match plan.part(key) {
            PartRef::Records(records) => {
                let fields = records.first().map(|r| self.fields(r.kind()));
                let fields = fields.unwrap_or_default();
                PartRef::Records(
                    records
                        .into_iter()
                        .filter(|record| self.includes(*record))
                        .filter(|record| {
                            fields.iter().any(|field| {
                                record.text(field.key).is_some_and(|v| !v.trim().is_empty())
                            })
                        })
                        .collect(),
                )
            }
            other => other,
        }
    }

    /// Whether the document includes this record: every record, but a supporter who has not
    /// agreed to be listed (`agreed: false`) is in no document a supporter is given.
    fn includes(self, record: &dyn Record) -> bool {
        self == Document::Full
            || record.kind() != RecordKind::Supporter
            || record.text("agreed").as_deref() != Some("no")
    }

    /// The supporters this document leaves out because they have not agreed to be listed.
    pub fn left_out(self, plan: &Plan) -> Vec<&Supporter> {
        if self == Document::Full {
            return Vec::new();
        }
        plan.crisis
            .supporters
            .iter()
            .filter(|s| s.agreed == Some(false))
            .collect()
    }

    /// The footer's left part: whose plan, and what its date is ("Alex · written
    /// 31 October 2026 · review by 6 February 2027").
    pub fn footer(self, plan: &Plan) -> String {
        self.footer_in(plan, Language::EnGb)
    }

    /// [`Document::footer`] in `language`.
    pub fn footer_in(self, plan: &Plan, language: Language) -> String {
        let dated = |id: &str, date: Date| {
            language.format(id, &[("date", Arg::Text(&date.long_in(language)))])
        };
        let mut pieces = Vec::new();
        let owner = plan.about.owner.trim();
        if !owner.is_empty() {
            pieces.push(owner.to_owned());
        }
        match self {
            Document::Crisis => {
                if let Some(date) = crisis_date(plan) {
                    pieces.push(dated("footer-crisis-written", date));
                }
            }
            Document::Full | Document::Card => {
                let about = &plan.about;
                match (about.last_reviewed_on(), about.created_on) {
                    (Some(reviewed), written) if written.is_none_or(|w| reviewed >= w) => {
                        pieces.push(dated("footer-reviewed", reviewed));
                    }
                    (_, Some(written)) => pieces.push(dated("footer-written", written)),
                    (_, None) => {
                        if let Some(date) = plan.crisis.created_on {
                            pieces.push(dated("footer-written", date));
                        }
                    }
                }
                // The card's footer has no room for more.
                if let Some(due) = about.next_review_due
                    && self == Document::Full
                {
                    pieces.push(dated("footer-review-by", due));
                }
            }
        }
        pieces.join(" · ")
    }

    /// The date the document is "of", for a PDF's metadata: the crisis plan's own date for
    /// the crisis plan, else the latest of written and reviewed.
    pub fn date(self, plan: &Plan) -> Option<Date> {
        match self {
            Document::Crisis => crisis_date(plan),
            Document::Full | Document::Card => plan
                .about
                .last_reviewed_on()
                .max(plan.about.created_on)
                .or(plan.crisis.created_on),
        }
    }
}

impl fmt::Display for Document {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A name that is not a document's.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a document: use full, crisis or card")]
pub struct UnknownDocument(pub String);

impl FromStr for Document {
    type Err = UnknownDocument;

    fn from_str(text: &str) -> Result<Document, UnknownDocument> {
        Document::ALL
            .into_iter()
            .find(|d| d.name() == text.trim())
            .ok_or_else(|| UnknownDocument(text.to_owned()))
    }
}

/// The plan's title, or the catalogue's default title ("My WRAP").
pub fn plan_title(plan: &Plan) -> String {
    plan_title_in(plan, Language::EnGb)
}

/// [`plan_title`], with the default title in `language`.
pub fn plan_title_in(plan: &Plan, language: Language) -> String {
    let title = plan.about.title.trim();
    if title.is_empty() {
        language.text("default-title")
    } else {
        title.to_owned()
    }
}

/// The crisis plan's date: its own, else the date the plan was written.
pub fn crisis_date(plan: &Plan) -> Option<Date> {
    plan.crisis.created_on.or(plan.about.created_on)
}

/// The crisis plan's date as a sentence: "This crisis plan was written on 31 October
/// 2026.", or that it has no date. It heads the crisis plan, with [`replaces_earlier`].
pub fn crisis_dated(plan: &Plan) -> String {
    crisis_dated_in(plan, Language::EnGb)
}

/// [`crisis_dated`] in `language`.
pub fn crisis_dated_in(plan: &Plan, language: Language) -> String {
    match crisis_date(plan) {
        Some(date) => language.format(
            "crisis-written-on",
            &[("date", Arg::Text(&date.long_in(language)))],
        ),
        None => language.text("crisis-no-date"),
    }
}

/// The sentence every crisis plan carries, in `language`: "This plan replaces any crisis
/// plan with an earlier date."
pub fn replaces_earlier(language: Language) -> &'static str {
    language.word("replaces-earlier")
}

/// What an empty part says, in `language`, so that a reader can tell "not asked" from
/// "nothing to say": "Not written yet".
pub fn not_written_yet(language: Language) -> &'static str {
    language.word("not-written-yet")
}

/// The last line of a pocket card that could not hold everything, in `language`: "More in
/// the full plan."
pub fn more_in_full_plan(language: Language) -> &'static str {
    language.word("more-in-full-plan")
}

/// A record field's value as printed in `language`: a yes-or-no answer in its words, any
/// other value as written.
pub fn field_value_in<'a>(field: &FieldGuide, value: &'a str, language: Language) -> Cow<'a, str> {
    match (field.shape, value) {
        (FieldShape::YesNo, "yes") => Cow::Borrowed(language.word("yes")),
        (FieldShape::YesNo, "no") => Cow::Borrowed(language.word("no")),
        _ => Cow::Borrowed(value),
    }
}

/// The labelled lines of the about section, in order: whose plan, who helped write it, when
/// it was written, last reviewed and is next due a review, and what it is for. Empty ones are
/// left out; the reviews themselves are listed by each renderer after these.
pub fn about_lines(plan: &Plan) -> Vec<Labelled> {
    about_lines_in(plan, Language::EnGb)
}

/// [`about_lines`] in `language`: its labels and dates.
pub fn about_lines_in(plan: &Plan, language: Language) -> Vec<Labelled> {
    let about = &plan.about;
    let heading = |key: PartKey| language.word(&key.message_id());
    let mut lines = Vec::new();
    if !about.owner.trim().is_empty() {
        lines.push(labelled(heading(PartKey::AboutOwner), about.owner.trim()));
    }
    let helpers: Vec<String> = about
        .written_with
        .iter()
        .filter(|h| !h.is_empty())
        .map(|h| match (h.name.trim(), h.role.trim()) {
            (name, "") => name.to_owned(),
            ("", role) => format!("({role})"),
            (name, role) => format!("{name} ({role})"),
        })
        .collect();
    if !helpers.is_empty() {
        lines.push(labelled(
            heading(PartKey::AboutWrittenWith),
            helpers.join(", "),
        ));
    }
    if let Some(date) = about.created_on {
        lines.push(labelled(
            heading(PartKey::AboutCreatedOn),
            date.long_in(language),
        ));
    }
    if let Some(date) = about.last_reviewed_on() {
        lines.push(labelled(
            language.word("last-reviewed"),
            date.long_in(language),
        ));
    }
    if let Some(date) = about.next_review_due {
        lines.push(labelled(
            heading(PartKey::AboutNextReviewDue),
            date.long_in(language),
        ));
    }
    if !about.purpose.trim().is_empty() {
        lines.push(labelled(
            heading(PartKey::AboutPurpose),
            about.purpose.trim(),
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_are_in_each_language_and_the_english_as_it_was() {
        for document in [Document::Full, Document::Crisis, Document::Card] {
            assert_eq!(document.summary_in(Language::EnGb), document.summary());
        }
        assert_eq!(Document::Full.summary(), "The whole plan.");
        assert_eq!(Document::Full.summary_in(Language::Cy), "Y cynllun cyfan.");
        assert_eq!(Document::Full.summary_in(Language::Es), "El plan entero.");
        assert_eq!(Document::Full.summary_in(Language::Pl), "Cały plan.");
        assert!(
            Document::Card
                .summary_in(Language::Es)
                .starts_with("Una tarjeta de bolsillo")
        );
    }

    fn plan() -> Plan {
        let mut plan = Plan::default();
        plan.about.owner = "Alex".into();
        plan.about.created_on = Date::new(2026, 10, 31);
        plan.about.next_review_due = Date::new(2027, 2, 6);
        plan.crisis.supporters = vec![
            Supporter {
                name: "Sam".into(),
                phone: "07700 900123".into(),
                agreed: Some(true),
                ..Supporter::default()
            },
            Supporter {
                name: "Jo".into(),
                phone: "07700 900456".into(),
                agreed: Some(false),
                ..Supporter::default()
            },
            Supporter {
                name: "Kit".into(),
                ..Supporter::default()
            },
        ];
        plan
    }

    #[test]
    fn the_crisis_plan_puts_the_urgent_parts_first() {
        let parts = Document::Crisis.parts();
        let first: Vec<PartKey> = parts
            .iter()
            .take_while(|p| p.urgent)
            .map(|p| p.key)
            .collect();
        assert_eq!(
            first,
            [
                PartKey::CrisisTakeOverSigns,
                PartKey::CrisisSupporters,
                PartKey::CrisisNotInvolved,
                PartKey::CrisisIfDanger,
                PartKey::CrisisPleaseDo,
                PartKey::CrisisPleaseDoNot,
            ]
        );
        assert!(parts.iter().skip(first.len()).all(|p| !p.urgent));
        // Every part of the crisis section but its date, once.
        let section = crate::guide::SectionKey::Crisis.guide().parts;
        assert_eq!(parts.len(), section.len() - 1);
        for part in section {
            let count = parts.iter().filter(|p| p.key == part.key).count();
            assert_eq!(count, usize::from(part.key != PartKey::CrisisCreatedOn));
        }
    }

    #[test]
    fn the_whole_plan_holds_every_part_but_the_about_lines() {
        let parts = Document::Full.parts();
        let about = SectionKey::About.guide().parts.len();
        assert_eq!(parts.len(), PartKey::COUNT - about - 1);
    }

    #[test]
    fn not_agreed_supporters_are_left_out_of_what_supporters_are_given() {
        let plan = plan();
        let names = |document: Document| -> Vec<String> {
            match document.part(&plan, PartKey::CrisisSupporters) {
                PartRef::Records(records) => {
                    records.iter().map(|r| r.title().into_owned()).collect()
                }
                _ => Vec::new(),
            }
        };
        assert_eq!(names(Document::Full), ["Sam", "Jo", "Kit"]);
        assert_eq!(names(Document::Crisis), ["Sam", "Kit"]);
        assert_eq!(names(Document::Card), ["Sam", "Kit"]);
        assert_eq!(Document::Crisis.left_out(&plan)[0].name, "Jo");
        assert!(Document::Full.left_out(&plan).is_empty());
        let shown: Vec<&str> = Document::Crisis
            .fields(RecordKind::Supporter)
            .iter()
            .map(|f| f.key)
            .collect();
        assert_eq!(shown, ["name", "relationship", "phone", "asked_to"]);
    }

    #[test]
    fn footers_say_what_their_date_is() {
        let mut plan = plan();
        assert_eq!(
            Document::Full.footer(&plan),
            "Alex · written 31 October 2026 · review by 6 February 2027"
        );
        assert_eq!(
            Document::Crisis.footer(&plan),
            "Alex · crisis plan written 31 October 2026"
        );
        plan.about.reviews.push(crate::plan::Review {
            date: Date::new(2026, 12, 1).unwrap(),
            with: Vec::new(),
            notes: String::new(),
        });
        assert!(
            Document::Full
                .footer(&plan)
                .contains("reviewed 1 December 2026")
        );
        assert_eq!(Document::Full.footer(&Plan::default()), "");
    }

    #[test]
    fn names_parse_back() {
        for document in Document::ALL {
            assert_eq!(document.name().parse::<Document>(), Ok(document));
        }
        assert!("pocket".parse::<Document>().is_err());
    }

    #[test]
    fn about_lines_use_long_dates() {
        let lines = about_lines(&plan());
        let text: Vec<String> = lines
            .iter()
            .map(|l| format!("{}: {}", l.label, l.value))
            .collect();
        assert_eq!(
            text,
            [
                "Whose plan: Alex",
                "Written on: 31 October 2026",
                "Next review: 6 February 2027"
            ]
        );
    }
}
