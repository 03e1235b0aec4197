//! From a plan to blocks. Which parts each printed document shows, in what order, with
//! which record fields, and the sentences it shares with the Markdown copy, come from
//! wrap-core's one definition of each document ([`wrap_core::Document`]); headings and
//! questions come from its guide, so the printed plan, the blank template and the interview
//! never disagree. This module only decides how they look.

use wrap_core::{
    CARD_KEEPS, Document, DocumentPart, EmptyParts, FieldGuide, FieldShape, Language, PartGuide,
    PartKey, PartRef, PartShape, Plan, Record, RecordKind, SectionKey, phone_numbers,
    replaces_earlier,
};

use crate::layout::{Block, Column, LayoutOptions, PageSize, SignatureField, Text};
use crate::write::Metadata;

/// The paper to print on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Paper {
    /// ISO A4. The pocket card is A6 (A5 in large print); a large-print crisis plan whose
    /// urgent parts need more than one side is A3 ([`Paper::larger_sheet`]).
    #[default]
    A4,
    /// US Letter. The pocket card is a 4 × 6 inch index card (5 × 8 inches in large print);
    /// a large-print crisis plan whose urgent parts need more than one side is 11 × 17 inches.
    Letter,
}

impl Paper {
    /// Every paper.
    pub const ALL: [Paper; 2] = [Paper::A4, Paper::Letter];

    /// Its name on the command line: `a4`, `letter`.
    pub fn name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "letter",
        }
    }

    /// [`Paper::summary`] in `language`.
    pub fn summary_in(self, language: Language) -> &'static str {
        language.word(match self {
            Paper::A4 => "paper-a4",
            Paper::Letter => "paper-letter",
        })
    }

    /// What it is, in a few words, in British English.
    pub fn summary(self) -> &'static str {
        self.summary_in(Language::EnGb)
    }

    /// The page size of a document on this paper: the paper itself, or for the pocket card
    /// the card size that goes with it. (A large-print crisis plan may go on the paper's
    /// larger sheet instead, depending on its plan: see [`crate::crisis_first_page`].)
    pub fn page(self, document: Document, large_print: bool) -> PageSize {
        match (document, self, large_print) {
            (Document::Card, Paper::A4, false) => PageSize::A6,
            (Document::Card, Paper::A4, true) => PageSize::A5,
            (Document::Card, Paper::Letter, false) => PageSize::INDEX_CARD,
            (Document::Card, Paper::Letter, true) => PageSize::LARGE_INDEX_CARD,
            (_, Paper::A4, _) => PageSize::A4,
            (_, Paper::Letter, _) => PageSize::LETTER,
        }
    }

    /// The larger sheet a large-print crisis plan is printed on when what is urgent does not
    /// fit on one side of this paper at 16 pt: A3 for A4, 11 × 17 inches (tabloid) for
    /// Letter, each about twice the area.
    pub fn larger_sheet(self) -> PageSize {
        match self {
            Paper::A4 => PageSize::A3,
            Paper::Letter => PageSize::TABLOID,
        }
    }

    /// The name of [`Paper::larger_sheet`] in `language` ("A3", "11 x 17 modfedd"), and of
    /// this paper ("A4", "US Letter").
    pub fn sheet_names_in(self, language: Language) -> (&'static str, &'static str) {
        match self {
            Paper::A4 => (
                language.word("paper-sheet-a3"),
                language.word("paper-sheet-a4"),
            ),
            Paper::Letter => (
                language.word("paper-sheet-tabloid"),
                language.word("paper-sheet-letter"),
            ),
        }
    }

    /// [`Paper::card_size`] in `language` ("4 x 6 modfedd").
    pub fn card_size_in(self, large_print: bool, language: Language) -> &'static str {
        language.word(match (self, large_print) {
            (Paper::A4, false) => "paper-card-a6",
            (Paper::A4, true) => "paper-card-a5",
            (Paper::Letter, false) => "paper-card-index",
            (Paper::Letter, true) => "paper-card-large-index",
        })
    }

    /// The pocket card's size in words ("A6", "4 x 6 inch").
    pub fn card_size(self, large_print: bool) -> &'static str {
        match (self, large_print) {
            (Paper::A4, false) => "A6",
            (Paper::A4, true) => "A5",
            (Paper::Letter, false) => "4 x 6 inch",
            (Paper::Letter, true) => "5 x 8 inch",
        }
    }
}

impl std::str::FromStr for Paper {
    type Err = String;

    fn from_str(text: &str) -> Result<Paper, String> {
        Paper::ALL
            .into_iter()
            .find(|p| p.name().eq_ignore_ascii_case(text.trim()))
            .ok_or_else(|| format!("`{text}` is not a paper size: use a4 or letter"))
    }
}

/// How to print a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfOptions {
    /// Which document.
    pub document: Document,
    /// Which paper.
    pub paper: Paper,
    /// Large print: body text of at least 16 pt.
    pub large_print: bool,
    /// Keep a large-print crisis plan on `paper` even when what is urgent needs the paper's
    /// larger sheet to fit on page 1 ([`Paper::larger_sheet`]); it then runs on to page 2.
    pub keep_paper: bool,
    /// Whether the headings of empty parts are printed, with "Not written yet".
    pub empty_parts: EmptyParts,
    /// The language to print in, as a BCP 47 tag ("en-GB", "cy"): the headings, labels and
    /// dates, and the PDF's `/Lang` for screen readers. Empty: the plan's own language (and
    /// British English's words for a plan that names none, or one `wrap` has no words in).
    pub language: String,
}

impl Default for PdfOptions {
    fn default() -> Self {
        PdfOptions {
            document: Document::Full,
            paper: Paper::A4,
            large_print: false,
            keep_paper: false,
            empty_parts: EmptyParts::Show,
            language: String::new(),
        }
    }
}

/// Layout settings for a document kind.
pub(crate) fn layout_options(
    options: &PdfOptions,
    footer_left: String,
    l: Language,
) -> LayoutOptions {
    LayoutOptions {
        page_label: l.format(
            "page-of",
            &[("page", "{page}".into()), ("total", "{total}".into())],
        ),
        ..paper_options(options, footer_left)
    }
}

/// The sizes and margins of a document on its paper.
fn paper_options(options: &PdfOptions, footer_left: String) -> LayoutOptions {
    let large = options.large_print;
    let page = options.paper.page(options.document, large);
    let min_size = if large {
        LayoutOptions::LARGE_PRINT_BODY_SIZE
    } else {
        0.0
    };
    match options.document {
        Document::Full => LayoutOptions {
            page,
            margin: 54.0,
            body_size: if large {
                LayoutOptions::LARGE_PRINT_BODY_SIZE
            } else {
                LayoutOptions::BODY_SIZE
            },
            footer_left,
            min_size,
            writing_line_height: if large { 34.0 } else { 24.0 },
            ..LayoutOptions::default()
        },
        // Read under stress: a little larger than the full plan.
        Document::Crisis => LayoutOptions {
            page,
            margin: 32.0,
            body_size: if large {
                LayoutOptions::LARGE_PRINT_BODY_SIZE
            } else {
                10.5
            },
            footer_left,
            min_size,
            writing_line_height: if large { 34.0 } else { 26.0 },
            ..LayoutOptions::default()
        },
        Document::Card => LayoutOptions {
            page,
            margin: 18.0,
            body_size: if large {
                LayoutOptions::LARGE_PRINT_BODY_SIZE
            } else {
                8.5
            },
            footer_left,
            min_size,
            writing_line_height: if large { 30.0 } else { 20.0 },
            ..LayoutOptions::default()
        },
    }
}

/// The language whose words the document prints: the options', else the plan's.
pub(crate) fn words(plan: &Plan, options: &PdfOptions) -> Language {
    Language::for_tag(options.language.trim())
        .unwrap_or_else(|| plan.document_language(Language::EnGb))
}

/// The document's language tag, for `/Lang`: the options', else the plan's, else that of
/// the words it prints.
fn language_tag(plan: &Plan, options: &PdfOptions) -> String {
    match options.language.trim() {
        "" => plan.language.as_ref().map_or_else(
            || words(plan, options).tag().to_owned(),
            |tag| tag.to_string(),
        ),
        tag => tag.to_owned(),
    }
}

/// Metadata for a plan's document.
pub(crate) fn metadata(plan: &Plan, options: &PdfOptions) -> Metadata {
    let l = words(plan, options);
    let plan_title = wrap_core::plan_title_in(plan, l);
    let title = match options.document {
        Document::Full => plan_title,
        Document::Crisis => l.format("pdf-title-crisis", &[("title", (&plan_title).into())]),
        Document::Card => l.format("pdf-title-card", &[("title", (&plan_title).into())]),
    };
    let created = plan.about.created_on.or(plan.crisis.created_on);
    let modified = options.document.date(plan).or(created);
    Metadata {
        title,
        author: plan.about.owner.trim().to_string(),
        subject: l.text("pdf-subject"),
        language: language_tag(plan, options),
        created,
        modified,
    }
}

/// Records with more filled fields than this print as labelled lines, not a table.
const MAX_COLUMNS: usize = 4;

/// Relative width of a record field's column.
fn column_width(field: &FieldGuide) -> f32 {
    match (field.shape, field.key) {
        (FieldShape::YesNo, _) => 1.1,
        (FieldShape::Phone, _) => 1.8,
        (_, "asked_to" | "instructions" | "reason" | "why" | "what_for" | "tasks" | "help")
        | (_, "need" | "how") => 3.0,
        (_, "name" | "task" | "what") => 1.7,
        (_, "relationship" | "role") => 1.3,
        _ => 1.6,
    }
}

/// A phone field's text, linked to the number it holds (see [`wrap_core::phone_numbers`]):
/// "029 2033 4455 (Mon–Fri 9–5)" links `tel:02920334455`. A field with several numbers
/// is left unlinked rather than linked to one of them.
///
/// The link says what it does for a screen reader, in the document's language: "Call Dafydd
/// Evans, 07700 900123", with the name of whom the record is about where it has one.
fn phone_text(value: &str, who: Option<&str>, l: Language) -> Text {
    let mut numbers = phone_numbers(value);
    let Some(number) = (numbers.len() == 1).then(|| numbers.remove(0)) else {
        return Text::plain(value);
    };
    let dialled = value.get(number.range.clone()).unwrap_or(value).trim();
    Text::linked(value, Some(number.uri)).described(link_description("link-call", who, dialled, l))
}

/// An e-mail field's text, linked `mailto:` when it holds one address and nothing else
/// ("dafydd.evans@example.org"); described as "Email Dafydd Evans, dafydd.evans@example.org".
fn email_text(value: &str, who: Option<&str>, l: Language) -> Text {
    let address = value.trim();
    let one_address = address.split('@').count() == 2
        && address
            .split_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'))
        && !address
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"".contains(c));
    if !one_address {
        return Text::plain(value);
    }
    Text::linked(value, Some(format!("mailto:{address}"))).described(link_description(
        "link-email",
        who,
        address,
        l,
    ))
}

/// "Call Dafydd Evans, 07700 900123" (`id` with a name) or "Call 07700 900123" (`id-number`).
fn link_description(id: &str, who: Option<&str>, target: &str, l: Language) -> String {
    match who.map(str::trim).filter(|w| !w.is_empty()) {
        Some(who) => l.format(id, &[("who", who.into()), ("target", target.into())]),
        None => l.format(&format!("{id}-target"), &[("target", target.into())]),
    }
}

/// The name of whom a record is about, if it has one: a supporter's or contact's name,
/// or who covers a task.
fn record_name<'a>(record: &'a dyn Record) -> Option<std::borrow::Cow<'a, str>> {
    ["name", "who"]
        .into_iter()
        .filter_map(|key| record.text(key))
        .find(|value| !value.trim().is_empty())
}

/// A table of the records, with the fields `document` shows; columns no record fills are
/// left out. Phone numbers are bold and larger in what a supporter is given.
fn records_table(
    document: Document,
    kind: RecordKind,
    records: &[&dyn Record],
    l: Language,
) -> Vec<Block> {
    if records.is_empty() {
        return Vec::new();
    }
    let mut fields = document.fields(kind);
    fields.retain(|field| {
        records
            .iter()
            .any(|r| r.text(field.key).is_some_and(|v| !v.trim().is_empty()))
    });
    if fields.is_empty() {
        return Vec::new();
    }
    let cell = |record: &&dyn Record, field: &FieldGuide| {
        let value = record.text(field.key).unwrap_or_default().into_owned();
        match field.shape {
            FieldShape::Phone => phone_text(&value, record_name(*record).as_deref(), l),
            FieldShape::Text if field.key == "email" => {
                email_text(&value, record_name(*record).as_deref(), l)
            }
            _ => Text::plain(wrap_core::field_value_in(field, &value, l).into_owned()),
        }
    };
    if fields.len() > MAX_COLUMNS {
        // Too many columns to read across: one group of labelled lines per record.
        return records
            .iter()
            .map(|record| {
                Block::KeyValues(
                    fields
                        .iter()
                        .map(|field| (kind.label_in(field, l).to_string(), cell(record, field)))
                        .filter(|(_, value)| !value.content.trim().is_empty())
                        .collect(),
                )
            })
            .collect();
    }
    let strong = document != Document::Full;
    if document == Document::Card {
        // On the card, who (with their role) and the number: no header row needed.
        let (phones, words): (Vec<&FieldGuide>, Vec<&FieldGuide>) = fields
            .iter()
            .copied()
            .partition(|f| f.shape == FieldShape::Phone);
        let columns = vec![Column::new("", 1.0), Column::strong("", 1.0)];
        let rows = records
            .iter()
            .map(|record| {
                let who: Vec<String> = words
                    .iter()
                    .map(|f| record.text(f.key).unwrap_or_default().trim().to_owned())
                    .filter(|v| !v.is_empty())
                    .collect();
                let phone: Vec<String> = phones
                    .iter()
                    .map(|f| record.text(f.key).unwrap_or_default().trim().to_owned())
                    .filter(|v| !v.is_empty())
                    .collect();
                let name = record_name(*record);
                vec![
                    Text::plain(who.join(", ")),
                    phone_text(&phone.join(" "), name.as_deref(), l),
                ]
            })
            .collect();
        return vec![Block::Table { columns, rows }];
    }
    let columns = fields
        .iter()
        .map(|f| match f.shape {
            FieldShape::Phone if strong => Column::strong(kind.label_in(f, l), column_width(f)),
            FieldShape::Phone => Column::whole(kind.label_in(f, l), column_width(f)),
            _ => Column::new(kind.label_in(f, l), column_width(f)),
        })
        .collect();
    let rows = records
        .iter()
        .map(|record| fields.iter().map(|field| cell(record, field)).collect())
        .collect();
    vec![Block::Table { columns, rows }]
}

/// The blocks for one part's answer as `document` shows it; nothing for an empty part.
fn answer(document: Document, part: &PartGuide, value: &PartRef<'_>, l: Language) -> Vec<Block> {
    if value.is_empty() {
        return Vec::new();
    }
    match value {
        PartRef::Text(text) => vec![Block::Paragraph(Text::plain(*text))],
        PartRef::List(items) => list(items),
        PartRef::Date(date) => date
            .map(|d| vec![Block::Paragraph(Text::plain(d.long_in(l)))])
            .unwrap_or_default(),
        PartRef::Records(records) => match part.shape {
            PartShape::Records(kind) => records_table(document, kind, records, l),
            _ => Vec::new(),
        },
    }
}

/// A list's entries as bullets; nothing when every entry is blank.
fn list(items: &[String]) -> Vec<Block> {
    let entries: Vec<Text> = items
        .iter()
        .filter(|i| !i.trim().is_empty())
        .map(|i| Text::plain(i.as_str()))
        .collect();
    if entries.is_empty() {
        Vec::new()
    } else {
        vec![Block::Bullets(entries)]
    }
}

/// What an empty part shows: "Not written yet", quieter than an answer.
fn not_written(l: Language) -> Block {
    Block::Note(wrap_core::not_written_yet(l).to_string())
}

/// The heading of the signature lines.
fn signatures_heading(l: Language) -> String {
    l.text("signatures")
}

/// Appends the signatures under `heading` to `blocks`, kept on one page with the last part
/// they sign (the blocks from `last_part` on), so that they never stand alone at the top of
/// a page.
fn sign_after(blocks: &mut Vec<Block>, last_part: usize, heading: Block, l: Language) {
    let start = last_part.min(blocks.len());
    let mut kept: Vec<Block> = blocks.drain(start..).collect();
    kept.extend([heading, signatures(l)]);
    blocks.push(Block::Keep(kept));
}

/// The blank signature lines of a crisis plan.
fn signatures(l: Language) -> Block {
    let field = |id: &str, width| SignatureField::new(l.word(id), width);
    Block::Signatures(vec![
        vec![field("signature-mine", 3.0), field("signature-date", 1.2)],
        vec![
            field("signature-witness", 3.0),
            field("signature-date", 1.2),
        ],
        vec![
            field("signature-witness-name", 3.0),
            field("signature-witness-role", 2.0),
        ],
    ])
}

fn labelled(lines: Vec<wrap_core::Labelled>) -> Block {
    Block::KeyValues(
        lines
            .into_iter()
            .map(|line| (line.label.to_string(), Text::plain(line.value)))
            .collect(),
    )
}

fn about_blocks(plan: &Plan, empty: EmptyParts, l: Language) -> Vec<Block> {
    let mut blocks = Vec::new();
    let lines = wrap_core::about_lines_in(plan, l);
    let reviews = &plan.about.reviews;
    if lines.is_empty() && reviews.is_empty() && empty == EmptyParts::LeaveOut {
        return blocks;
    }
    blocks.push(Block::Heading(SectionKey::About.guide().heading_in(l)));
    if lines.is_empty() && reviews.is_empty() {
        blocks.push(not_written(l));
    }
    if !lines.is_empty() {
        blocks.push(labelled(lines));
    }
    if !reviews.is_empty() {
        blocks.push(Block::Subheading(l.text("reviews")));
        blocks.push(Block::Table {
            columns: vec![
                // "31 October 2026" kept on one line, as a phone number is.
                Column::whole(l.word("review-date"), 1.4),
                Column::new(l.word("review-with"), 2.0),
                Column::new(l.word("review-notes"), 4.0),
            ],
            rows: reviews
                .iter()
                .map(|r| {
                    vec![
                        Text::plain(r.date.long_in(l)),
                        Text::plain(r.with.join(", ")),
                        Text::plain(r.notes.as_str()),
                    ]
                })
                .collect(),
        });
    }
    blocks
}

/// The callout giving the crisis plan's date and saying it replaces earlier ones.
fn replaces_callout(plan: &Plan, l: Language) -> Block {
    Block::Callout {
        title: Some(wrap_core::crisis_dated_in(plan, l)),
        body: vec![Text::plain(wrap_core::replaces_earlier(l))],
    }
}

/// The whole plan.
pub(crate) fn full(plan: &Plan, empty: EmptyParts, l: Language) -> Vec<Block> {
    let document = Document::Full;
    let mut blocks = vec![Block::Title {
        text: document.title_in(plan, l),
        subtitle: Vec::new(),
    }];
    blocks.extend(about_blocks(plan, empty, l));
    let parts = document.parts_in(l);
    for section in SectionKey::ALL {
        let here: Vec<&DocumentPart> = parts.iter().filter(|p| p.section == section).collect();
        if here.is_empty() || (empty == EmptyParts::LeaveOut && plan.section_is_empty(section)) {
            continue;
        }
        blocks.push(Block::Heading(section.guide().heading_in(l)));
        if section == SectionKey::Crisis {
            blocks.push(replaces_callout(plan, l));
        }
        let mut last_part = blocks.len();
        for part in here {
            let content = answer(
                document,
                part.key.guide(),
                &document.part(plan, part.key),
                l,
            );
            if content.is_empty() && !document.shows_empty_parts(empty) {
                continue;
            }
            last_part = blocks.len();
            blocks.push(Block::Subheading(part.heading.to_string()));
            if content.is_empty() {
                blocks.push(not_written(l));
            }
            blocks.extend(content);
        }
        if section == SectionKey::Crisis {
            sign_after(
                &mut blocks,
                last_part,
                Block::Subheading(signatures_heading(l)),
                l,
            );
        }
    }
    blocks
}

/// The heading of the crisis plan's parts that are not urgent.
pub(crate) fn crisis_rest(l: Language) -> String {
    l.text("crisis-rest")
}

/// The crisis plan alone, for supporters: what is urgent first and set apart, then the rest.
pub(crate) fn crisis(plan: &Plan, empty: EmptyParts, l: Language) -> Vec<Block> {
    crisis_blocks(plan, empty, l, true)
}

/// What the crisis plan's first page must hold: its title, its date and the urgent parts,
/// without the rest of the plan or the signatures.
pub(crate) fn crisis_urgent(plan: &Plan, empty: EmptyParts, l: Language) -> Vec<Block> {
    crisis_blocks(plan, empty, l, false)
}

/// The crisis plan's blocks: all of them when `whole`, else up to the end of the urgent parts.
fn crisis_blocks(plan: &Plan, empty: EmptyParts, l: Language, whole: bool) -> Vec<Block> {
    let document = Document::Crisis;
    let mut blocks = vec![
        Block::Title {
            text: document.title_in(plan, l),
            subtitle: Vec::new(),
        },
        replaces_callout(plan, l),
    ];
    let mut rest = false;
    let mut last_part = blocks.len();
    for part in document.parts_in(l) {
        let content = answer(
            document,
            part.key.guide(),
            &document.part(plan, part.key),
            l,
        );
        if content.is_empty() && !document.shows_empty_parts(empty) {
            continue;
        }
        if !part.urgent && !whole {
            break;
        }
        last_part = blocks.len();
        if part.urgent {
            blocks.push(Block::UrgentHeading(part.heading.to_string()));
        } else {
            if !rest {
                blocks.push(Block::Heading(crisis_rest(l)));
                rest = true;
            }
            blocks.push(Block::Subheading(part.heading.to_string()));
        }
        if content.is_empty() {
            blocks.push(not_written(l));
        }
        blocks.extend(content);
    }
    if whole {
        sign_after(
            &mut blocks,
            last_part,
            Block::Heading(signatures_heading(l)),
            l,
        );
    }
    blocks
}

/// How many entries of each of the card's parts it holds, in the order of [`CARD_KEEPS`].
pub(crate) type CardCounts = [usize; CARD_KEEPS.len()];

/// What a part of the card holds in full: its entries, as the card shows them.
fn card_entries<'a>(plan: &'a Plan, key: PartKey) -> CardPart<'a> {
    match Document::Card.part(plan, key) {
        PartRef::List(items) => {
            CardPart::List(items.iter().filter(|i| !i.trim().is_empty()).collect())
        }
        PartRef::Records(records) => CardPart::Records(records),
        _ => CardPart::List(Vec::new()),
    }
}

enum CardPart<'a> {
    List(Vec<&'a String>),
    Records(Vec<&'a dyn Record>),
}

impl CardPart<'_> {
    fn len(&self) -> usize {
        match self {
            CardPart::List(items) => items.len(),
            CardPart::Records(records) => records.len(),
        }
    }
}

/// How many entries each of the card's parts has in the plan.
pub(crate) fn card_counts(plan: &Plan) -> CardCounts {
    CARD_KEEPS.map(|key| card_entries(plan, key).len())
}

/// The pocket card, holding the first `counts` entries of each part; it ends with "more in
/// the full plan" when that is less than the plan has.
pub(crate) fn card(plan: &Plan, counts: &CardCounts, l: Language) -> Vec<Block> {
    let document = Document::Card;
    let mut blocks = vec![Block::Heading(document.title_in(plan, l))];
    let mut cut = false;
    for part in document.parts_in(l) {
        let Some(slot) = CARD_KEEPS.iter().position(|&k| k == part.key) else {
            continue;
        };
        let entries = card_entries(plan, part.key);
        let keep = counts[slot].min(entries.len());
        cut |= keep < entries.len();
        if keep == 0 {
            continue;
        }
        let content = match entries {
            CardPart::List(items) => {
                vec![Block::Bullets(
                    items[..keep]
                        .iter()
                        .map(|i| Text::plain(i.as_str()))
                        .collect(),
                )]
            }
            CardPart::Records(records) => match part.key.guide().shape {
                PartShape::Records(kind) => records_table(document, kind, &records[..keep], l),
                _ => Vec::new(),
            },
        };
        if content.is_empty() {
            continue;
        }
        if part.urgent {
            blocks.push(Block::UrgentHeading(part.heading.to_string()));
        } else {
            blocks.push(Block::Subheading(part.heading.to_string()));
        }
        blocks.extend(content);
    }
    if cut {
        blocks.push(Block::Callout {
            title: Some(wrap_core::more_in_full_plan(l).to_string()),
            body: Vec::new(),
        });
    }
    blocks
}

/// How far each of the card's parts (in the order of [`CARD_KEEPS`]: supporters, health
/// contacts, first actions, signs) may be shortened at each stage: first the first actions
/// and signs, to two each; then the health contacts, to the first; then actions and signs
/// to one each; then the supporters, to the first; then anything.
const CARD_FLOORS: [[usize; 4]; 4] = [
    [usize::MAX, usize::MAX, 2, 2],
    [usize::MAX, 1, 2, 2],
    [1, 1, 1, 1],
    [0, 0, 0, 0],
];

/// The next smaller card when the card with `counts` is too long: one entry fewer, from the
/// end, of the longest part the earliest stage of [`CARD_FLOORS`] allows to be shortened (on
/// a tie, the one kept last in [`CARD_KEEPS`]). `None` when nothing is left to take away.
pub(crate) fn smaller_card(counts: &CardCounts) -> Option<CardCounts> {
    for floors in CARD_FLOORS {
        let slot = (0..counts.len())
            .filter(|&i| counts[i] > floors[i])
            .max_by_key(|&i| (counts[i], i));
        if let Some(slot) = slot {
            let mut smaller = *counts;
            smaller[slot] -= 1;
            return Some(smaller);
        }
    }
    None
}

/// The least width of a column a phone number or an e-mail address is written in by hand:
/// 38 mm, in points.
pub(crate) const HANDWRITTEN_NUMBER_WIDTH: f32 = 38.0 * 72.0 / 25.4;

/// How many blank rows a record table of the template has.
const BLANK_ROWS: usize = 4;

/// A column of a blank record table, wide enough to write its field in by hand.
fn blank_column(kind: RecordKind, field: &FieldGuide, l: Language) -> Column {
    let column = Column::new(kind.label_in(field, l), column_width(field));
    if field.shape == FieldShape::Phone || field.key == "email" {
        column.at_least(HANDWRITTEN_NUMBER_WIDTH)
    } else {
        column
    }
}

/// A blank part: its heading, its question and the room to answer it, kept on one page so
/// that no ruled line is printed without its question.
fn blank(part: &PartGuide, section: SectionKey, l: Language) -> Vec<Block> {
    let heading = part.heading_in(l);
    let mut blocks = vec![
        Block::Subheading(heading.clone()),
        Block::Note(part.question_in(l)),
    ];
    match part.shape {
        PartShape::Date => blocks.push(Block::WritingLines(1)),
        PartShape::Text if section == SectionKey::About => blocks.push(Block::WritingLines(1)),
        PartShape::Text => blocks.push(Block::WritingLines(4)),
        PartShape::List => blocks.push(Block::WritingLines(5)),
        PartShape::Records(kind) if kind.fields().len() > MAX_COLUMNS => {
            // Too many fields for columns wide enough to write in: each entry is a group
            // of labelled lines, the first kept with the question.
            let entry = blank_entry(kind, l);
            blocks.push(entry.clone());
            let mut kept = vec![Block::Keep(blocks)];
            for _ in 1..BLANK_ENTRIES {
                // The part's heading is printed again above an entry that starts a page.
                kept.push(Block::Space(0.5));
                kept.push(Block::Continues(heading.clone()));
                kept.push(entry.clone());
            }
            return kept;
        }
        PartShape::Records(kind) => blocks.push(Block::WritingTable {
            columns: kind
                .fields()
                .iter()
                .map(|field| blank_column(kind, field, l))
                .collect(),
            rows: BLANK_ROWS,
        }),
    }
    vec![Block::Keep(blocks)]
}

/// How many blank entries a record part with too many fields for a table has.
const BLANK_ENTRIES: usize = 3;

/// One blank entry of a record with many fields, as labelled lines to write on: two short
/// fields to a line, a field asking for more than a word on a line of its own, a yes-or-no
/// field with its choices.
fn blank_entry(kind: RecordKind, l: Language) -> Block {
    let mut lines: Vec<Vec<SignatureField>> = Vec::new();
    let mut pending: Vec<SignatureField> = Vec::new();
    for field in kind.fields() {
        let wide = column_width(field) >= 3.0;
        let label = kind.label_in(field, l);
        let label = match field.shape {
            FieldShape::YesNo => format!("{label}: {} / {}", l.text("yes"), l.text("no")),
            _ => label.to_string(),
        };
        let place = SignatureField::new(label, 1.0);
        if wide {
            if !pending.is_empty() {
                lines.push(std::mem::take(&mut pending));
            }
            lines.push(vec![place]);
        } else {
            pending.push(place);
            if pending.len() == 2 {
                lines.push(std::mem::take(&mut pending));
            }
        }
    }
    if !pending.is_empty() {
        lines.push(pending);
    }
    Block::Signatures(lines)
}

/// A blank plan to fill in by hand: each section's questions with lines to write on.
pub(crate) fn template(document: Document, l: Language) -> Vec<Block> {
    let sections: Vec<SectionKey> = match document {
        Document::Full => SectionKey::ALL.to_vec(),
        Document::Crisis => vec![SectionKey::Crisis],
        Document::Card => vec![SectionKey::EarlyWarningSigns],
    };
    let mut blocks = vec![Block::Title {
        text: document.title_in(&Plan::default(), l),
        subtitle: Vec::new(),
    }];
    for (index, key) in sections.into_iter().enumerate() {
        let section = key.guide();
        if index > 0 {
            blocks.push(Block::PageBreak);
        }
        blocks.push(Block::Heading(section.heading_in(l)));
        blocks.push(Block::Note(section.explanation_in(l)));
        if key == SectionKey::Crisis {
            blocks.push(Block::Callout {
                title: Some(replaces_earlier(l).to_string()),
                body: Vec::new(),
            });
        }
        let parts: Vec<&PartGuide> = section
            .parts
            .iter()
            .filter(|part| {
                document != Document::Card
                    || !matches!(
                        part.key,
                        PartKey::TriggersMoreToTry
                            | PartKey::EarlyWarningMoreToTry
                            | PartKey::BreakingDownMoreToTry
                    )
            })
            .collect();
        let mut last_part = blocks.len();
        for part in parts {
            last_part = blocks.len();
            blocks.extend(blank(part, key, l));
        }
        if key == SectionKey::Crisis {
            sign_after(
                &mut blocks,
                last_part,
                Block::Subheading(signatures_heading(l)),
                l,
            );
        }
    }
    if document == Document::Card {
        let supporter = |key: &str| {
            let field = RecordKind::Supporter.field(key);
            field.map_or("", |field| RecordKind::Supporter.label_in(field, l))
        };
        blocks.push(Block::Keep(vec![
            Block::Heading(PartKey::CrisisSupporters.guide().heading_in(l)),
            Block::WritingTable {
                columns: vec![
                    Column::new(supporter("name"), 1.0),
                    Column::new(supporter("phone"), 1.0).at_least(HANDWRITTEN_NUMBER_WIDTH),
                ],
                rows: BLANK_ROWS,
            },
        ]));
    }
    blocks
}
