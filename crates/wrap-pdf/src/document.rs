//! From a plan to blocks: which parts each printed document shows, in what order, under
//! which headings. Headings and questions come from wrap-core's guide, so the printed plan,
//! the blank template and the interview never disagree.

use wrap_core::{
    FieldGuide, FieldShape, PartGuide, PartKey, PartRef, PartShape, Plan, Record, RecordKind,
    SectionKey, phone_uri,
};

use crate::layout::{Block, Column, LayoutOptions, PageSize, SignatureField, Text};
use crate::write::Metadata;

/// Which document to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Document {
    /// The whole plan, every section that has something written in it.
    #[default]
    Full,
    /// The crisis plan alone, self-contained, for supporters.
    Crisis,
    /// A pocket card (A6): early warning signs, first actions and supporters' phones.
    Card,
}

/// The paper to print on. The pocket card is always A6, laid out to be cut from or printed
/// on this paper by the printer's own settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Paper {
    /// ISO A4.
    #[default]
    A4,
    /// US Letter.
    Letter,
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
    /// The language of the plan's text, as a BCP 47 tag ("en", "cy"), for the PDF's
    /// metadata and screen readers.
    pub language: String,
}

impl Default for PdfOptions {
    fn default() -> Self {
        PdfOptions {
            document: Document::Full,
            paper: Paper::A4,
            large_print: false,
            language: "en".to_string(),
        }
    }
}

/// The sentence every crisis plan carries.
pub const REPLACES_EARLIER: &str = "This plan replaces any crisis plan with an earlier date.";

/// Layout settings for a document kind.
pub(crate) fn layout_options(options: &PdfOptions, footer_left: String) -> LayoutOptions {
    let large = options.large_print;
    let paper = match options.paper {
        Paper::A4 => PageSize::A4,
        Paper::Letter => PageSize::LETTER,
    };
    match options.document {
        Document::Full => LayoutOptions {
            page: paper,
            margin: 54.0,
            body_size: if large {
                LayoutOptions::LARGE_PRINT_BODY_SIZE
            } else {
                LayoutOptions::BODY_SIZE
            },
            footer_left,
            writing_line_height: if large { 34.0 } else { 24.0 },
        },
        // Read under stress: a little larger than the full plan.
        Document::Crisis => LayoutOptions {
            page: paper,
            margin: 50.0,
            body_size: if large { 17.0 } else { 11.5 },
            footer_left,
            writing_line_height: if large { 34.0 } else { 26.0 },
        },
        Document::Card => LayoutOptions {
            page: PageSize::A6,
            margin: 20.0,
            body_size: if large {
                LayoutOptions::LARGE_PRINT_BODY_SIZE
            } else {
                8.5
            },
            footer_left,
            writing_line_height: if large { 30.0 } else { 20.0 },
        },
    }
}

/// The date a document is "of": the crisis plan's own date for the crisis plan, else the
/// latest of written and reviewed.
fn plan_date(plan: &Plan, document: Document) -> Option<wrap_core::Date> {
    match document {
        Document::Crisis => plan.crisis.created_on.or(plan.about.created_on),
        Document::Full | Document::Card => plan
            .about
            .last_reviewed_on()
            .max(plan.about.created_on)
            .or(plan.crisis.created_on),
    }
}

/// The footer's left part: whose plan and its date.
pub(crate) fn footer(plan: &Plan, document: Document) -> String {
    let owner = plan.about.owner.trim();
    let date = plan_date(plan, document).map(|d| d.to_string());
    match (owner.is_empty(), date) {
        (false, Some(date)) => format!("{owner} · {date}"),
        (false, None) => owner.to_string(),
        (true, Some(date)) => date,
        (true, None) => String::new(),
    }
}

fn title(plan: &Plan) -> String {
    let title = plan.about.title.trim();
    if title.is_empty() {
        "My WRAP".to_string()
    } else {
        title.to_string()
    }
}

/// Metadata for a plan's document.
pub(crate) fn metadata(plan: &Plan, options: &PdfOptions) -> Metadata {
    let title = match options.document {
        Document::Full => title(plan),
        Document::Crisis => format!("{} – crisis plan", title(plan)),
        Document::Card => format!("{} – pocket card", title(plan)),
    };
    let created = plan.about.created_on.or(plan.crisis.created_on);
    let modified = plan_date(plan, options.document).or(created);
    Metadata {
        title,
        author: plan.about.owner.trim().to_string(),
        subject: "Wellness Recovery Action Plan".to_string(),
        language: options.language.clone(),
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
        (_, "name" | "task" | "what") => 2.0,
        _ => 1.6,
    }
}

/// A table of records; columns no record fills are left out. `first` lists field keys to
/// put first (the crisis plan puts names and phones first); `skip` lists fields left out.
fn records_table(
    kind: RecordKind,
    records: &[&dyn Record],
    first: &[&str],
    skip: &[&str],
) -> Vec<Block> {
    if records.is_empty() {
        return Vec::new();
    }
    let mut fields: Vec<&'static FieldGuide> = Vec::new();
    for key in first {
        if let Some(field) = kind.field(key) {
            fields.push(field);
        }
    }
    for field in kind.fields() {
        if !fields.iter().any(|f| f.key == field.key) {
            fields.push(field);
        }
    }
    fields.retain(|field| {
        !skip.contains(&field.key)
            && records
                .iter()
                .any(|r| r.text(field.key).is_some_and(|v| !v.trim().is_empty()))
    });
    if fields.is_empty() {
        return Vec::new();
    }
    let cell = |record: &&dyn Record, field: &FieldGuide| {
        let value = record.text(field.key).unwrap_or_default().into_owned();
        match field.shape {
            FieldShape::Phone => {
                let uri = phone_uri(&value);
                Text::linked(value, uri)
            }
            _ => Text::plain(value),
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
                        .map(|field| (field.label.to_string(), cell(record, field)))
                        .filter(|(_, value)| !value.content.trim().is_empty())
                        .collect(),
                )
            })
            .collect();
    }
    let columns = fields
        .iter()
        .map(|f| match f.shape {
            FieldShape::Phone => Column::whole(f.label, column_width(f)),
            _ => Column::new(f.label, column_width(f)),
        })
        .collect();
    let rows = records
        .iter()
        .map(|record| fields.iter().map(|field| cell(record, field)).collect())
        .collect();
    vec![Block::Table { columns, rows }]
}

/// The blocks for one part's answer; nothing for an empty part.
fn answer(part: &PartGuide, value: &PartRef<'_>, order: Order) -> Vec<Block> {
    if value.is_empty() {
        return Vec::new();
    }
    match value {
        PartRef::Text(text) => vec![Block::Paragraph(Text::plain(*text))],
        PartRef::List(items) => {
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
        PartRef::Date(date) => date
            .map(|d| vec![Block::Paragraph(Text::plain(d.to_string()))])
            .unwrap_or_default(),
        PartRef::Records(records) => match part.shape {
            PartShape::Records(kind) => records_table(kind, records, order.first, order.skip),
            _ => Vec::new(),
        },
    }
}

/// The blank signature lines of a crisis plan.
fn signatures() -> Block {
    Block::Signatures(vec![
        vec![
            SignatureField::new("My signature", 3.0),
            SignatureField::new("Date", 1.2),
        ],
        vec![
            SignatureField::new("Witness signature", 3.0),
            SignatureField::new("Date", 1.2),
        ],
        vec![
            SignatureField::new("Witness name", 3.0),
            SignatureField::new("Role or relationship", 2.0),
        ],
    ])
}

/// Key facts of the about section, as label and value lines.
fn about_lines(plan: &Plan) -> Vec<(String, Text)> {
    let about = &plan.about;
    let mut lines = Vec::new();
    let label = |key: PartKey| key.guide().heading.to_string();
    if !about.owner.trim().is_empty() {
        lines.push((label(PartKey::AboutOwner), Text::plain(about.owner.trim())));
    }
    let helpers: Vec<String> = about
        .written_with
        .iter()
        .filter(|h| !h.is_empty())
        .map(|h| {
            let fields: Vec<String> = h
                .fields()
                .into_iter()
                .map(|(_, v)| v.trim().to_string())
                .filter(|v| !v.is_empty())
                .collect();
            match fields.as_slice() {
                [name, role, ..] => format!("{name} ({role})"),
                [one] => one.clone(),
                [] => String::new(),
            }
        })
        .collect();
    if !helpers.is_empty() {
        lines.push((
            label(PartKey::AboutWrittenWith),
            Text::plain(helpers.join("; ")),
        ));
    }
    if let Some(date) = about.created_on {
        lines.push((
            label(PartKey::AboutCreatedOn),
            Text::plain(date.to_string()),
        ));
    }
    if let Some(date) = about.last_reviewed_on() {
        lines.push(("Last reviewed".to_string(), Text::plain(date.to_string())));
    }
    if let Some(date) = about.next_review_due {
        lines.push((
            label(PartKey::AboutNextReviewDue),
            Text::plain(date.to_string()),
        ));
    }
    lines
}

fn about_blocks(plan: &Plan) -> Vec<Block> {
    let mut blocks = Vec::new();
    let lines = about_lines(plan);
    let purpose = plan.about.purpose.trim();
    let reviews: Vec<_> = plan.about.reviews.iter().collect();
    if lines.is_empty() && purpose.is_empty() && reviews.is_empty() {
        return blocks;
    }
    let guide = SectionKey::About.guide();
    blocks.push(Block::Heading(guide.heading.to_string()));
    if !lines.is_empty() {
        blocks.push(Block::KeyValues(lines));
    }
    if !purpose.is_empty() {
        let heading = PartKey::AboutPurpose.guide().heading;
        blocks.push(Block::Subheading(heading.to_string()));
        blocks.push(Block::Paragraph(Text::plain(plan.about.purpose.as_str())));
    }
    if !reviews.is_empty() {
        blocks.push(Block::Subheading("Reviews".to_string()));
        blocks.push(Block::Table {
            columns: vec![
                Column::new("Date", 1.2),
                Column::new("With", 2.0),
                Column::new("Notes", 4.0),
            ],
            rows: reviews
                .iter()
                .map(|r| {
                    vec![
                        Text::plain(r.date.to_string()),
                        Text::plain(r.with.join(", ")),
                        Text::plain(r.notes.as_str()),
                    ]
                })
                .collect(),
        });
    }
    blocks
}

/// The whole plan.
pub(crate) fn full(plan: &Plan) -> Vec<Block> {
    let mut blocks = vec![Block::Title {
        text: title(plan),
        subtitle: Vec::new(),
    }];
    blocks.extend(about_blocks(plan));
    for section in wrap_core::guide() {
        if section.key == SectionKey::About || plan.section_is_empty(section.key) {
            continue;
        }
        blocks.push(Block::Heading(section.heading.to_string()));
        if section.key == SectionKey::Crisis {
            blocks.push(replaces_callout(plan));
        }
        for (part, value) in plan.section_parts(section.key) {
            let content = answer(part, &value, crisis_first(part.key));
            if content.is_empty() || part.key == PartKey::CrisisCreatedOn {
                continue;
            }
            blocks.push(Block::Subheading(part.heading.to_string()));
            blocks.extend(content);
        }
        if section.key == SectionKey::Crisis {
            blocks.push(Block::Subheading("Signatures".to_string()));
            blocks.push(signatures());
        }
    }
    blocks
}

/// Which record fields a table puts first and which it leaves out.
#[derive(Debug, Clone, Copy, Default)]
struct Order {
    first: &'static [&'static str],
    skip: &'static [&'static str],
}

/// Field order in the crisis plan's tables: whom to call, and how, first.
fn crisis_first(part: PartKey) -> Order {
    match part {
        PartKey::CrisisSupporters => Order {
            first: &["name", "phone", "relationship", "asked_to"],
            skip: &[],
        },
        PartKey::CrisisHealthContacts => Order {
            first: &["name", "phone"],
            skip: &[],
        },
        _ => Order::default(),
    }
}

/// The crisis plan for supporters: as [`crisis_first`], without the note of who agreed to
/// be listed, which is for the person's own records.
fn crisis_for_supporters(part: PartKey) -> Order {
    Order {
        skip: &["agreed"],
        ..crisis_first(part)
    }
}

/// The callout saying this crisis plan replaces earlier ones, with its date.
fn replaces_callout(plan: &Plan) -> Block {
    let date = plan.crisis.created_on.or(plan.about.created_on);
    let mut body = Vec::new();
    if let Some(date) = date {
        body.push(Text::plain(format!(
            "This crisis plan was written on {date}."
        )));
    }
    Block::Callout {
        title: Some(REPLACES_EARLIER.to_string()),
        body,
    }
}

/// The crisis plan's parts, in the order a supporter needs them.
const CRISIS_ORDER: &[PartKey] = &[
    PartKey::CrisisSupporters,
    PartKey::CrisisHealthContacts,
    PartKey::CrisisTakeOverSigns,
    PartKey::CrisisPleaseDo,
    PartKey::CrisisPleaseDoNot,
    PartKey::CrisisMedications,
    PartKey::CrisisAllergies,
    PartKey::CrisisMedicationsAcceptable,
    PartKey::CrisisMedicationsAvoid,
    PartKey::CrisisTreatmentsHelp,
    PartKey::CrisisTreatmentsAvoid,
    PartKey::CrisisPlacesPrefer,
    PartKey::CrisisPlacesAvoid,
    PartKey::CrisisHomeCare,
    PartKey::CrisisNotInvolved,
    PartKey::CrisisDisagreements,
    PartKey::CrisisIfDanger,
    PartKey::CrisisTasks,
    PartKey::CrisisWhenWell,
    PartKey::CrisisNoLongerNeeded,
];

/// The crisis plan alone, for supporters.
pub(crate) fn crisis(plan: &Plan) -> Vec<Block> {
    let owner = plan.about.owner.trim();
    let mut blocks = vec![Block::Title {
        text: if owner.is_empty() {
            "Crisis plan".to_string()
        } else {
            format!("Crisis plan for {owner}")
        },
        subtitle: Vec::new(),
    }];
    let mut facts = Vec::new();
    if !owner.is_empty() {
        facts.push(("Whose plan".to_string(), Text::plain(owner)));
    }
    if let Some(date) = plan.crisis.created_on.or(plan.about.created_on) {
        facts.push(("Written on".to_string(), Text::plain(date.to_string())));
    }
    if !facts.is_empty() {
        blocks.push(Block::KeyValues(facts));
    }
    blocks.push(Block::Callout {
        title: Some(REPLACES_EARLIER.to_string()),
        body: Vec::new(),
    });
    for &key in CRISIS_ORDER {
        let part = key.guide();
        let content = answer(part, &plan.part(key), crisis_for_supporters(key));
        if content.is_empty() {
            continue;
        }
        blocks.push(Block::Heading(part.heading.to_string()));
        blocks.extend(content);
    }
    blocks.push(Block::Heading("Signatures".to_string()));
    blocks.push(signatures());
    blocks
}

/// The pocket card.
pub(crate) fn card(plan: &Plan) -> Vec<Block> {
    let owner = plan.about.owner.trim();
    let mut blocks = vec![Block::Title {
        text: if owner.is_empty() {
            "My pocket card".to_string()
        } else {
            owner.to_string()
        },
        subtitle: Vec::new(),
    }];
    let signs = &plan.early_warning_signs;
    let section = SectionKey::EarlyWarningSigns.guide();
    let list = |items: &[String]| -> Vec<Text> {
        items
            .iter()
            .filter(|i| !i.trim().is_empty())
            .map(|i| Text::plain(i.as_str()))
            .collect()
    };
    let warning = list(&signs.signs);
    if !warning.is_empty() {
        blocks.push(Block::Heading(section.heading.to_string()));
        blocks.push(Block::Bullets(warning));
    }
    let first = list(&signs.action_plan);
    if !first.is_empty() {
        blocks.push(Block::Heading("What I will do first".to_string()));
        blocks.push(Block::Bullets(first));
    }
    let supporters: Vec<Vec<Text>> = plan
        .crisis
        .supporters
        .iter()
        .filter(|s| !s.name.trim().is_empty() || !s.phone.trim().is_empty())
        .map(|s| {
            vec![
                Text::plain(s.name.as_str()),
                Text::linked(s.phone.as_str(), phone_uri(&s.phone)),
            ]
        })
        .collect();
    if !supporters.is_empty() {
        let heading = PartKey::CrisisSupporters.guide().heading;
        blocks.push(Block::Heading(heading.to_string()));
        blocks.push(Block::Table {
            columns: vec![Column::new("Name", 1.0), Column::whole("Phone", 1.0)],
            rows: supporters,
        });
    }
    blocks
}

/// Handwriting lines for a blank part.
fn blank(part: &PartGuide, section: SectionKey) -> Vec<Block> {
    let mut blocks = vec![
        Block::Subheading(part.heading.to_string()),
        Block::Note(part.question.to_string()),
    ];
    match part.shape {
        PartShape::Date => blocks.push(Block::WritingLines(1)),
        PartShape::Text if section == SectionKey::About => blocks.push(Block::WritingLines(1)),
        PartShape::Text => blocks.push(Block::WritingLines(4)),
        PartShape::List => blocks.push(Block::WritingLines(5)),
        PartShape::Records(kind) => {
            blocks.push(Block::Table {
                columns: kind
                    .fields()
                    .iter()
                    .map(|f| Column::new(f.label, column_width(f)))
                    .collect(),
                rows: Vec::new(),
            });
            blocks.push(Block::WritingLines(4));
        }
    }
    blocks
}

/// A blank plan to fill in by hand: each section's questions with lines to write on.
pub(crate) fn template(document: Document) -> Vec<Block> {
    let sections: Vec<SectionKey> = match document {
        Document::Full => SectionKey::ALL.to_vec(),
        Document::Crisis => vec![SectionKey::Crisis],
        Document::Card => vec![SectionKey::EarlyWarningSigns],
    };
    let mut blocks = vec![Block::Title {
        text: match document {
            Document::Full => "My WRAP".to_string(),
            Document::Crisis => "Crisis plan".to_string(),
            Document::Card => "My pocket card".to_string(),
        },
        subtitle: Vec::new(),
    }];
    for (index, key) in sections.into_iter().enumerate() {
        let section = key.guide();
        if index > 0 {
            blocks.push(Block::PageBreak);
        }
        blocks.push(Block::Heading(section.heading.to_string()));
        blocks.push(Block::Note(section.explanation.to_string()));
        if key == SectionKey::Crisis {
            blocks.push(Block::Callout {
                title: Some(REPLACES_EARLIER.to_string()),
                body: Vec::new(),
            });
        }
        for part in section.parts {
            if document == Document::Card
                && matches!(
                    part.key,
                    PartKey::TriggersMoreToTry
                        | PartKey::EarlyWarningMoreToTry
                        | PartKey::BreakingDownMoreToTry
                )
            {
                continue;
            }
            blocks.extend(blank(part, key));
        }
        if key == SectionKey::Crisis {
            blocks.push(Block::Subheading("Signatures".to_string()));
            blocks.push(signatures());
        }
    }
    if document == Document::Card {
        blocks.push(Block::Heading("My supporters".to_string()));
        blocks.push(Block::Table {
            columns: vec![Column::new("Name", 1.0), Column::new("Phone", 1.0)],
            rows: Vec::new(),
        });
        blocks.push(Block::WritingLines(4));
    }
    blocks
}
