//! Page layout as plain data.
//!
//! A document is a list of [`Block`]s. [`layout`] wraps their text by measured glyph widths,
//! breaks them into pages and returns positioned [`Item`]s per [`Page`], plus the outline.
//! Nothing here writes PDF: the result can be inspected, tested and dumped as text
//! ([`Layout::dump`]), and the writer turns it into bytes.
//!
//! Coordinates are PDF points with the origin at the bottom-left corner of the page. Text
//! items are positioned by their baseline.
//!
//! The work is split by concern: [`text`](self) shapes, orders and breaks lines (with the
//! break rules in `breaks` and the shaper in `shape`), `table` lays out rows of cells,
//! `paginate` places chunks on pages, and `dump` writes a layout as text.
//!
//! Rules the layout keeps:
//! - text is shaped (kerning, ligatures, joining, reordering) and laid out in its own
//!   direction: a right-to-left paragraph runs right to left and is aligned to the right;
//! - lines break where Unicode's line breaking rules allow, never inside a phone number or
//!   between a number and its unit; a piece longer than the line breaks between clusters;
//! - headings and questions stay with the first lines of what follows them;
//! - a table row is never split across pages unless it is taller than a whole page;
//! - nothing is placed outside the page's margins;
//! - every page has a footer: who the plan belongs to and its date on the left,
//!   "page X of Y" on the right.

mod breaks;
mod dump;
mod paginate;
mod shape;
mod structure;
mod table;
mod text;

#[cfg(test)]
pub(crate) use breaks::phone_numbers;
pub use shape::Glyph;
pub use structure::{Node, NodeId, Owner, Role, Scope, Structure};

use crate::fonts::Face;
use text::{Analysed, Line, fit, wrap};

/// A paper size in points (1/72 inch).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageSize {
    /// Width in points.
    pub width: f32,
    /// Height in points.
    pub height: f32,
}

impl PageSize {
    /// ISO A4, 210 × 297 mm.
    pub const A4: PageSize = PageSize {
        width: 595.28,
        height: 841.89,
    };
    /// US Letter, 8.5 × 11 in.
    pub const LETTER: PageSize = PageSize {
        width: 612.0,
        height: 792.0,
    };
    /// ISO A6, 105 × 148 mm: a pocket card.
    pub const A6: PageSize = PageSize {
        width: 297.64,
        height: 419.53,
    };
    /// ISO A5, 148 × 210 mm: a pocket card in large print.
    pub const A5: PageSize = PageSize {
        width: 419.53,
        height: 595.28,
    };
    /// ISO A3, 297 × 420 mm: a large-print crisis plan that needs the room.
    pub const A3: PageSize = PageSize {
        width: 841.89,
        height: 1190.55,
    };
    /// US tabloid, 11 × 17 in: a large-print crisis plan on US paper that needs the room.
    pub const TABLOID: PageSize = PageSize {
        width: 792.0,
        height: 1224.0,
    };
    /// A 4 × 6 inch index card: a pocket card on US paper.
    pub const INDEX_CARD: PageSize = PageSize {
        width: 288.0,
        height: 432.0,
    };
    /// A 5 × 8 inch index card: a pocket card in large print on US paper.
    pub const LARGE_INDEX_CARD: PageSize = PageSize {
        width: 360.0,
        height: 576.0,
    };
}

/// The nearest any text or rule comes to a page's edge: 5 mm, in points.
pub const MIN_EDGE: f32 = 14.18;

/// How to lay out a document.
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutOptions {
    /// The paper size.
    pub page: PageSize,
    /// Margin on all four sides, in points.
    pub margin: f32,
    /// Body text size in points. Every other size scales from it.
    pub body_size: f32,
    /// Left part of the footer, e.g. "Alex Morgan · 2026-11-23".
    pub footer_left: String,
    /// The page number on the right of the footer, in the document's language, with
    /// `{page}` and `{total}` where the numbers go: "page {page} of {total}".
    pub page_label: String,
    /// Height of one handwriting line in ruled writing areas, in points.
    pub writing_line_height: f32,
    /// The smallest size of any text, notes and footers included, in points: 16 in large
    /// print.
    pub min_size: f32,
}

impl LayoutOptions {
    /// Default body text size in points.
    pub const BODY_SIZE: f32 = 10.5;
    /// Body text size for large print, in points.
    pub const LARGE_PRINT_BODY_SIZE: f32 = 16.0;
}

impl Default for LayoutOptions {
    fn default() -> Self {
        LayoutOptions {
            page: PageSize::A4,
            margin: 54.0,
            body_size: Self::BODY_SIZE,
            footer_left: String::new(),
            page_label: "page {page} of {total}".to_string(),
            writing_line_height: 24.0,
            min_size: 0.0,
        }
    }
}

/// A piece of text, optionally linked (e.g. a phone number to a `tel:` URI).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    /// The words, exactly as written. Line breaks are kept.
    pub content: String,
    /// A URI the text links to.
    pub link: Option<String>,
    /// What following the link does, for a screen reader ("Call Sam, 07700 900123"); the
    /// text itself when `None`.
    pub description: Option<String>,
}

impl Text {
    /// Plain text.
    pub fn plain(content: impl Into<String>) -> Text {
        Text {
            content: content.into(),
            link: None,
            description: None,
        }
    }

    /// Text that links to `uri`.
    pub fn linked(content: impl Into<String>, uri: Option<String>) -> Text {
        Text {
            content: content.into(),
            link: uri,
            description: None,
        }
    }

    /// The same text, with a description of what its link does.
    pub fn described(self, description: impl Into<String>) -> Text {
        Text {
            description: Some(description.into()),
            ..self
        }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::plain(s)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text::plain(s)
    }
}

/// A table column.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The column's header.
    pub header: String,
    /// Relative width; the columns' widths are scaled to fill the line.
    pub width: f32,
    /// Keep each cell on one line where the table has room (phone numbers).
    pub keep_whole: bool,
    /// Cells in bold and a size larger than the body: what a reader looks for first
    /// (the phone numbers of a crisis plan).
    pub strong: bool,
    /// The least width, in points, the column is given where the line has room: a phone
    /// number or an e-mail address written by hand needs about 38 mm.
    pub min_width: f32,
}

impl Column {
    /// A column with a header and a relative width.
    pub fn new(header: impl Into<String>, width: f32) -> Column {
        Column {
            header: header.into(),
            width,
            keep_whole: false,
            strong: false,
            min_width: 0.0,
        }
    }

    /// The same column, at least `width` points wide where the line has room.
    #[must_use]
    pub fn at_least(self, width: f32) -> Column {
        Column {
            min_width: width,
            ..self
        }
    }

    /// A column whose cells stay on one line where the table has room, such as phone
    /// numbers.
    pub fn whole(header: impl Into<String>, width: f32) -> Column {
        Column {
            keep_whole: true,
            ..Column::new(header, width)
        }
    }

    /// A column whose cells stay on one line and are set in bold, a size larger than the
    /// body: phone numbers in a crisis plan.
    pub fn strong(header: impl Into<String>, width: f32) -> Column {
        Column {
            strong: true,
            ..Column::whole(header, width)
        }
    }
}

/// One field of a signature line: a blank rule to write on with a label under it.
#[derive(Debug, Clone, PartialEq)]
pub struct SignatureField {
    /// The label printed under the rule, e.g. "Signature" or "Date".
    pub label: String,
    /// Relative width within its line.
    pub width: f32,
}

impl SignatureField {
    /// A field with a label and a relative width.
    pub fn new(label: impl Into<String>, width: f32) -> SignatureField {
        SignatureField {
            label: label.into(),
            width,
        }
    }
}

/// A unit of document content.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The document's title, with optional lines under it (whose plan, dates).
    Title {
        /// The title.
        text: String,
        /// Lines under the title, smaller.
        subtitle: Vec<String>,
    },
    /// A section heading; it becomes an entry in the document outline.
    Heading(String),
    /// The heading of something urgent: set apart by a shaded band and a heavy bar down its
    /// left edge as well as by weight, so it stands out printed in black and white too. It
    /// becomes an entry in the document outline.
    UrgentHeading(String),
    /// A part heading or question within a section.
    Subheading(String),
    /// A paragraph of text; line breaks in it are kept.
    Paragraph(Text),
    /// A paragraph in a smaller, muted style, for notes and explanations.
    Note(String),
    /// A bulleted list.
    Bullets(Vec<Text>),
    /// A table with a header row. Rows are never split across pages unless a row is
    /// taller than a page.
    Table {
        /// The columns.
        columns: Vec<Column>,
        /// The rows; each has one cell per column (missing cells are blank).
        rows: Vec<Vec<Text>>,
    },
    /// Label and value lines, e.g. "Created on: 2026-11-23".
    KeyValues(Vec<(String, Text)>),
    /// Blank ruled lines for handwriting.
    WritingLines(usize),
    /// A table to fill in by hand: its header row, then `rows` blank rows as tall as
    /// writing lines, with the columns marked.
    WritingTable {
        /// The columns.
        columns: Vec<Column>,
        /// How many blank rows.
        rows: usize,
    },
    /// A part's heading, printed again above the next block when that block starts a new
    /// page (the blank entries of a part that carry over), and nowhere otherwise.
    Continues(String),
    /// Blocks kept on one page together (a question with the lines to answer it on, the
    /// last part of a plan with its signature lines), unless together they are taller
    /// than a page.
    Keep(Vec<Block>),
    /// Blank signature lines: each inner list is one line of fields side by side.
    Signatures(Vec<Vec<SignatureField>>),
    /// Text in a shaded box that stands out, with an optional bold first line.
    Callout {
        /// A bold first line.
        title: Option<String>,
        /// The text in the box.
        body: Vec<Text>,
    },
    /// Vertical space, in multiples of the body line height.
    Space(f32),
    /// Start a new page (ignored at the top of a page).
    PageBreak,
}

/// A colour role; the writer decides the actual colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tone {
    /// Body text.
    Ink,
    /// Headings and accents.
    Accent,
    /// Secondary text and rules.
    Muted,
    /// Light shading behind table headers and callouts.
    Shade,
}

impl Tone {
    fn name(self) -> &'static str {
        match self {
            Tone::Ink => "ink",
            Tone::Accent => "accent",
            Tone::Muted => "muted",
            Tone::Shade => "shade",
        }
    }
}

/// A positioned element of a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A run of shaped text in one face and one direction. `y` is the baseline.
    Text {
        /// Left edge.
        x: f32,
        /// Baseline.
        y: f32,
        /// Font size in points.
        size: f32,
        /// The face the glyphs are in.
        face: Face,
        /// Colour role.
        tone: Tone,
        /// The characters, in the order they were written.
        text: String,
        /// The glyphs, left to right on the page; their clusters are byte offsets in
        /// `text`.
        glyphs: Vec<Glyph>,
        /// Whether the text runs right to left (the glyphs are then in the reverse order
        /// of the characters).
        rtl: bool,
        /// Asked for in bold but drawn in a face with no bold design: the writer thickens
        /// the glyphs.
        embolden: bool,
        /// The structure node it is read as part of, or that it is a pagination artifact.
        owner: Owner,
    },
    /// A straight line: a rule, never read.
    Line {
        /// Start x.
        x1: f32,
        /// Start y.
        y1: f32,
        /// End x.
        x2: f32,
        /// End y.
        y2: f32,
        /// Stroke width in points.
        width: f32,
        /// Colour role.
        tone: Tone,
    },
    /// A filled rectangle, never read: shading; `y` is its bottom edge.
    Rect {
        /// Left edge.
        x: f32,
        /// Bottom edge.
        y: f32,
        /// Width.
        width: f32,
        /// Height.
        height: f32,
        /// Fill colour role.
        tone: Tone,
    },
    /// A clickable area linking to a URI; `y` is its bottom edge.
    Link {
        /// Left edge.
        x: f32,
        /// Bottom edge.
        y: f32,
        /// Width.
        width: f32,
        /// Height.
        height: f32,
        /// The target, e.g. `tel:+441234567890`.
        uri: String,
        /// The link node it belongs to.
        owner: Owner,
    },
}

impl Item {
    /// Moves an item built with `y` measured downwards from a chunk's top to its place on
    /// the page, whose top edge is at `top` (measured downwards from the page top).
    fn placed(mut self, top: f32, page_height: f32) -> Item {
        let flip = |y: f32| page_height - (top + y);
        match &mut self {
            Item::Text { y, .. } => *y = flip(*y),
            Item::Line { y1, y2, .. } => {
                *y1 = flip(*y1);
                *y2 = flip(*y2);
            }
            Item::Rect { y, height, .. } | Item::Link { y, height, .. } => *y = flip(*y + *height),
        }
        self
    }

    /// The same item as a pagination artifact, not read as content: a table's header row
    /// repeated on a later page ([`Owner::Pagination`]), or the footer ([`Owner::Footer`]).
    fn paginated(&self, as_: Owner) -> Item {
        let mut item = self.clone();
        if let Item::Text { owner, .. } = &mut item {
            *owner = as_;
        }
        item
    }
}

/// One laid-out page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    /// The page's items, in drawing order.
    pub items: Vec<Item>,
}

/// An entry of the document outline (bookmarks).
#[derive(Debug, Clone, PartialEq)]
pub struct OutlineEntry {
    /// The section heading.
    pub title: String,
    /// 1 for a section, 2 for a part within it, and so on.
    pub level: u8,
    /// The page the section starts on, counting from 1.
    pub page: usize,
    /// The top of the heading on that page, in points from the bottom.
    pub y: f32,
}

/// A laid-out document.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// The paper size of every page.
    pub page: PageSize,
    /// The pages, at least one.
    pub pages: Vec<Page>,
    /// One entry per section and part heading, in document order.
    pub outline: Vec<OutlineEntry>,
    /// The logical structure the pages' items belong to.
    pub structure: Structure,
}

/// Type sizes and spacing, all derived from the body size.
#[derive(Debug, Clone, Copy)]
struct Metrics {
    /// What spacing, padding and rules are multiplied by: the body size against the normal
    /// one, or its square root above it.
    scale: f32,
    body: f32,
    title: f32,
    heading: f32,
    subheading: f32,
    note: f32,
    footer: f32,
}

impl Metrics {
    fn new(body_size: f32, min_size: f32) -> Metrics {
        let body = if body_size.is_finite() {
            body_size.clamp(4.0, 72.0)
        } else {
            LayoutOptions::BODY_SIZE
        };
        let least = if min_size.is_finite() {
            min_size.clamp(0.0, body)
        } else {
            0.0
        };
        // Spacing, padding and rules follow the text down in proportion, but grow more slowly
        // than it above the body size: large print makes the words larger, and a page of it
        // holds more of them with gaps a little less than in proportion.
        let ratio = body / LayoutOptions::BODY_SIZE;
        let scale = if ratio > 1.0 { ratio.sqrt() } else { ratio };
        Metrics {
            scale,
            body,
            title: body * 1.9,
            heading: body * 1.38,
            subheading: body * 1.05,
            note: (body * 0.9).max(least),
            footer: (body * 0.8).max(7.0).max(least),
        }
    }

    /// Distance between baselines for text of `size`.
    fn leading(size: f32) -> f32 {
        size * 1.38
    }

    /// Baseline offset of the first line below a line box's top.
    fn ascent(size: f32) -> f32 {
        size * 0.95
    }
}

/// A slice of content that is placed as a whole. `y` of its items are measured
/// downwards from the chunk's top.
#[derive(Debug, Clone, Default)]
struct Chunk {
    height: f32,
    space_before: f32,
    items: Vec<Item>,
    keep_with_next: bool,
    /// The heading of a section or part, and its level in the outline.
    outline: Option<(String, u8)>,
    /// Placed first when this chunk starts a page (a table's header row).
    repeat: Option<Box<Chunk>>,
}

/// Places `line` in the box from `x` that is `width` wide, at baseline `y`, as part of
/// `owner`. Returns where the line starts and its width.
fn put(
    items: &mut Vec<Item>,
    line: &Line,
    area: (f32, f32),
    y: f32,
    style: Style,
    owner: NodeId,
) -> (f32, f32) {
    line.place(
        items,
        area,
        y,
        (style.size, style.tone, style.face.is_bold()),
        Owner::Node(owner),
    )
}

/// Builds chunks from blocks, then paginates them.
struct Builder<'a> {
    options: &'a LayoutOptions,
    m: Metrics,
    left: f32,
    width: f32,
    chunks: Vec<Chunk>,
    /// The heading the next chunk repeats when it starts a page ([`Block::Continues`]).
    continues: Option<Chunk>,
    structure: Structure,
    /// The sections open, innermost last, each with the rank of the heading that opened
    /// it (2 for a section, 3 for a part).
    sections: Vec<(NodeId, u8)>,
    /// Whether the document has had its title.
    titled: bool,
}

/// Face, size and colour of a piece of text.
#[derive(Debug, Clone, Copy)]
struct Style {
    face: Face,
    size: f32,
    tone: Tone,
}

/// How a row of cells is drawn and kept.
#[derive(Debug, Clone, Copy)]
struct RowStyle {
    /// Padding above and below the text.
    pad: f32,
    /// Space above the row unless it starts a page.
    space_before: f32,
    /// Shaded background (table headers).
    shade: bool,
    /// A rule under the row.
    rule: bool,
    /// Keep with the next row.
    keep_with_next: bool,
}

/// A cell of a row: where it sits, what it says and which cell node it is.
struct Cell<'a> {
    x: f32,
    width: f32,
    face: Face,
    size: f32,
    tone: Tone,
    text: &'a Text,
    /// The text's content analysed in `face`: what the row wraps.
    analysed: &'a Analysed,
    owner: NodeId,
}

impl<'a> Builder<'a> {
    fn new(options: &'a LayoutOptions, m: Metrics) -> Builder<'a> {
        let page = options.page;
        let margin = options.margin.clamp(0.0, page.width.min(page.height) / 4.0);
        Builder {
            options,
            m,
            left: margin,
            width: (page.width - 2.0 * margin).max(1.0),
            chunks: Vec::new(),
            continues: None,
            structure: Structure::default(),
            sections: Vec::new(),
            titled: false,
        }
    }

    fn push(&mut self, mut chunk: Chunk) {
        if let Some(heading) = self.continues.take() {
            chunk.repeat.get_or_insert(Box::new(heading));
        }
        self.chunks.push(chunk);
    }

    /// A part heading as one chunk, for [`Block::Continues`]: only ever repeated, so a
    /// pagination artifact.
    fn heading_chunk(&self, text: &str) -> Chunk {
        let size = self.m.subheading;
        let leading = Metrics::leading(size);
        let mut chunk = Chunk::default();
        let style = Style {
            face: Face::Bold,
            size,
            tone: Tone::Ink,
        };
        for line in wrap(text, Face::Bold, size, self.width) {
            let baseline = chunk.height + Metrics::ascent(size) + (leading - size * 1.2) / 2.0;
            put(
                &mut chunk.items,
                &line,
                (self.left, self.width),
                baseline,
                style,
                NodeId::DOCUMENT,
            );
            chunk.height += leading;
        }
        chunk.height += 2.0 * self.m.scale;
        chunk
    }

    /// A new node in the innermost open section.
    fn node(&mut self, role: Role) -> NodeId {
        let parent = self.sections.last().map_or(NodeId::DOCUMENT, |s| s.0);
        self.structure.add(role, parent)
    }

    /// The node `text` is read as in `parent`: a link node for linked text, else `parent`.
    fn link_owner(&mut self, parent: NodeId, text: &Text) -> NodeId {
        if text.link.is_none() {
            return parent;
        }
        let description = text
            .description
            .clone()
            .unwrap_or_else(|| text.content.trim().to_string());
        self.structure.add(Role::Link(description), parent)
    }

    /// Closes the sections of `rank` or deeper and opens a new one; returns the level of
    /// its heading (one more than the sections it is in, the title being level 1).
    fn open_section(&mut self, rank: u8) -> u8 {
        while self.sections.last().is_some_and(|s| s.1 >= rank) {
            self.sections.pop();
        }
        let sect = self.node(Role::Sect);
        self.sections.push((sect, rank));
        self.sections.len() as u8 + 1
    }

    /// One chunk per wrapped line of `text`, the first carrying `space_before`, read as
    /// part of `owner` (or of a link in it).
    fn text_lines(
        &mut self,
        text: &Text,
        (x, width): (f32, f32),
        Style { face, size, tone }: Style,
        space_before: f32,
        keep_lines: bool,
        owner: NodeId,
    ) {
        let leading = Metrics::leading(size);
        let lines = wrap(&text.content, face, size, width);
        let owner = self.link_owner(owner, text);
        let count = lines.len();
        for (index, line) in lines.into_iter().enumerate() {
            let mut chunk = Chunk {
                height: leading,
                space_before: if index == 0 { space_before } else { 0.0 },
                // Keep the first line with the second, so a paragraph never leaves a
                // single line behind at the foot of a page.
                keep_with_next: keep_lines || (index == 0 && count > 1),
                ..Chunk::default()
            };
            let baseline = Metrics::ascent(size) + (leading - size * 1.2) / 2.0;
            let style = Style { face, size, tone };
            let (start, w) = put(&mut chunk.items, &line, (x, width), baseline, style, owner);
            if let Some(uri) = &text.link
                && w > 0.0
            {
                chunk.items.push(Item::Link {
                    x: start,
                    y: 0.0,
                    width: w,
                    height: leading,
                    uri: uri.clone(),
                    owner: Owner::Node(owner),
                });
            }
            self.push(chunk);
        }
    }

    /// The distance between lines written by hand.
    fn writing_line_height(&self) -> f32 {
        self.options.writing_line_height.max(self.m.body * 1.6)
    }

    /// Height available for content on every page.
    fn body_height(&self) -> f32 {
        let (top, bottom) = self.body_bounds();
        bottom - top
    }

    /// Top and bottom of the body area, measured downwards from the page top.
    fn body_bounds(&self) -> (f32, f32) {
        let page = self.options.page;
        let margin = self.left;
        let footer_room = self.m.footer * 2.6;
        let top = margin;
        let bottom = (page.height - margin - footer_room).max(top + 1.0);
        (top, bottom)
    }

    /// The document's title: its `H1`, outside every section.
    fn title(&mut self, text: &str, style: Style, space_before: f32) -> u8 {
        self.sections.clear();
        self.titled = true;
        let heading = self.node(Role::Heading(1));
        self.text_lines(
            &Text::plain(text),
            (self.left, self.width),
            style,
            space_before,
            true,
            heading,
        );
        1
    }

    fn block(&mut self, block: &Block) {
        let m = self.m;
        let s = m.scale;
        let first = !self.titled && self.chunks.is_empty();
        match block {
            Block::Title { text, subtitle } => {
                let size = m.title;
                let style = Style {
                    face: Face::Bold,
                    size,
                    tone: Tone::Accent,
                };
                self.title(text, style, 0.0);
                for (index, line) in subtitle.iter().enumerate() {
                    let paragraph = self.node(Role::Paragraph);
                    self.text_lines(
                        &Text::plain(line.clone()),
                        (self.left, self.width),
                        Style {
                            face: Face::Regular,
                            size: m.body,
                            tone: Tone::Muted,
                        },
                        if index == 0 { 4.0 * s } else { 0.0 },
                        false,
                        paragraph,
                    );
                }
                self.push(Chunk {
                    height: 6.0 * s,
                    items: vec![Item::Line {
                        x1: self.left,
                        y1: 3.0 * s,
                        x2: self.left + self.width,
                        y2: 3.0 * s,
                        width: 1.5,
                        tone: Tone::Accent,
                    }],
                    ..Chunk::default()
                });
            }
            Block::UrgentHeading(text) => self.urgent_heading(text),
            Block::Heading(text) => {
                // A document that starts with a heading has it as its title.
                let level = if first {
                    self.titled = true;
                    1
                } else {
                    self.open_section(2)
                };
                let heading = self.node(Role::Heading(level));
                let size = m.heading;
                let leading = Metrics::leading(size);
                let lines = wrap(text, Face::Bold, size, self.width);
                let mut chunk = Chunk {
                    space_before: 16.0 * s,
                    keep_with_next: true,
                    outline: (level > 1).then(|| (text.clone(), level - 1)),
                    ..Chunk::default()
                };
                let mut y = 0.0;
                for line in &lines {
                    let baseline = y + Metrics::ascent(size);
                    let style = Style {
                        face: Face::Bold,
                        size,
                        tone: Tone::Accent,
                    };
                    put(
                        &mut chunk.items,
                        line,
                        (self.left, self.width),
                        baseline,
                        style,
                        heading,
                    );
                    y += leading;
                }
                chunk.items.push(Item::Line {
                    x1: self.left,
                    y1: y + 1.0 * s,
                    x2: self.left + self.width,
                    y2: y + 1.0 * s,
                    width: 0.75,
                    tone: Tone::Accent,
                });
                chunk.height = y + 6.0 * s;
                self.push(chunk);
            }
            Block::Subheading(text) => {
                let level = self.open_section(3);
                let heading = self.node(Role::Heading(level));
                let start = self.chunks.len();
                self.text_lines(
                    &Text::plain(text.clone()),
                    (self.left, self.width),
                    Style {
                        face: Face::Bold,
                        size: m.subheading,
                        tone: Tone::Ink,
                    },
                    9.0 * s,
                    true,
                    heading,
                );
                if let Some(chunk) = self.chunks.get_mut(start) {
                    chunk.outline = Some((text.clone(), level - 1));
                }
                self.push(Chunk {
                    height: 2.0 * s,
                    keep_with_next: true,
                    ..Chunk::default()
                });
            }
            Block::Paragraph(text) => {
                let paragraph = self.node(Role::Paragraph);
                self.text_lines(
                    text,
                    (self.left, self.width),
                    Style {
                        face: Face::Regular,
                        size: m.body,
                        tone: Tone::Ink,
                    },
                    3.0 * s,
                    false,
                    paragraph,
                );
            }
            Block::Note(text) => {
                let paragraph = self.node(Role::Paragraph);
                self.text_lines(
                    &Text::plain(text.clone()),
                    (self.left, self.width),
                    Style {
                        face: Face::Regular,
                        size: m.note,
                        tone: Tone::Muted,
                    },
                    2.0 * s,
                    false,
                    paragraph,
                );
            }
            Block::Bullets(entries) => self.bullets(entries),
            Block::Table { columns, rows } => self.table(columns, rows),
            Block::WritingTable { columns, rows } => self.writing_table(columns, *rows),
            Block::Continues(text) => self.continues = Some(self.heading_chunk(text)),
            Block::Keep(blocks) => {
                let start = self.chunks.len();
                for block in blocks {
                    self.block(block);
                }
                if let Some((_, kept)) = self.chunks[start..].split_last_mut() {
                    for chunk in kept {
                        chunk.keep_with_next = true;
                    }
                }
            }
            Block::KeyValues(pairs) => {
                // Each label and value analysed once, for both measuring and wrapping.
                let analysed: Vec<(Analysed, Analysed)> = pairs
                    .iter()
                    .map(|(label, value)| {
                        (
                            Analysed::new(label, Face::Bold),
                            Analysed::new(&value.content, Face::Regular),
                        )
                    })
                    .collect();
                let label_width = analysed
                    .iter()
                    .map(|(label, _)| label.extents(m.body).widest)
                    .fold(0.0_f32, f32::max)
                    .min(self.width * 0.38);
                let gap = 10.0 * s;
                // A table of two columns: each label is the header of its line.
                let table = self.node(Role::Table);
                for (index, ((label, value), (label_analysed, value_analysed))) in
                    pairs.iter().zip(&analysed).enumerate()
                {
                    let label = Text::plain(label.clone());
                    let row = self.structure.add(Role::Row, table);
                    let header = self.structure.add(Role::HeaderCell(Scope::Row), row);
                    let cell = self.structure.add(Role::Cell, row);
                    let cells = [
                        Cell {
                            x: self.left,
                            width: label_width,
                            face: Face::Bold,
                            size: m.body,
                            tone: Tone::Ink,
                            text: &label,
                            analysed: label_analysed,
                            owner: header,
                        },
                        Cell {
                            x: self.left + label_width + gap,
                            width: (self.width - label_width - gap).max(1.0),
                            face: Face::Regular,
                            size: m.body,
                            tone: Tone::Ink,
                            text: value,
                            analysed: value_analysed,
                            owner: cell,
                        },
                    ];
                    let before = if index == 0 { 8.0 * s } else { 0.0 };
                    self.row(
                        &cells,
                        RowStyle {
                            pad: 1.0 * s,
                            space_before: before,
                            shade: false,
                            rule: false,
                            // A short group of lines stays together.
                            keep_with_next: index + 1 < pairs.len(),
                        },
                        None,
                    );
                }
            }
            Block::WritingLines(count) => {
                let height = self.writing_line_height();
                for index in 0..*count {
                    self.push(Chunk {
                        height,
                        space_before: if index == 0 { 2.0 * s } else { 0.0 },
                        items: vec![Item::Line {
                            x1: self.left,
                            y1: height - 0.5,
                            x2: self.left + self.width,
                            y2: height - 0.5,
                            width: 0.5,
                            tone: Tone::Muted,
                        }],
                        ..Chunk::default()
                    });
                }
            }
            Block::Signatures(lines) => {
                let gap = 14.0 * s;
                let label_size = m.note;
                let count = lines.len();
                for (index, line) in lines.iter().enumerate() {
                    let total: f32 = line.iter().map(|f| f.width.max(0.0)).sum();
                    let total = if total > 0.0 { total } else { 1.0 };
                    let usable = self.width - gap * (line.len().saturating_sub(1)) as f32;
                    let rule_y = 30.0 * s;
                    let mut chunk = Chunk {
                        height: rule_y + Metrics::leading(label_size) + 4.0 * s,
                        space_before: 6.0 * s,
                        // Signature lines stay together.
                        keep_with_next: index + 1 < count,
                        ..Chunk::default()
                    };
                    let mut x = self.left;
                    for field in line {
                        // The rule is drawn; the label says what it is for.
                        let paragraph = self.node(Role::Paragraph);
                        let w = usable * field.width.max(0.0) / total;
                        chunk.items.push(Item::Line {
                            x1: x,
                            y1: rule_y,
                            x2: x + w,
                            y2: rule_y,
                            width: 0.75,
                            tone: Tone::Ink,
                        });
                        let label = fit(&field.label, Face::Regular, label_size, w);
                        let style = Style {
                            face: Face::Regular,
                            size: label_size,
                            tone: Tone::Muted,
                        };
                        let baseline = rule_y + Metrics::ascent(label_size) + 2.0 * s;
                        put(&mut chunk.items, &label, (x, w), baseline, style, paragraph);
                        x += w + gap;
                    }
                    self.push(chunk);
                }
            }
            Block::Callout { title, body } => self.callout(title.as_deref(), body),
            Block::Space(lines) => {
                let h = Metrics::leading(m.body) * lines.clamp(0.0, 10.0);
                self.push(Chunk {
                    height: h,
                    ..Chunk::default()
                });
            }
            Block::PageBreak => self.push(Chunk {
                height: f32::INFINITY,
                ..Chunk::default()
            }),
        }
    }

    /// A bulleted list: a list node, and per entry an item with its bullet as the label
    /// and its text as the body. The bullet is written before the text, so that a reader
    /// going through the page meets it first.
    fn bullets(&mut self, entries: &[Text]) {
        let m = self.m;
        let s = m.scale;
        // The bullet grows with the text, so the indent after it does too.
        let indent = 4.0 * s + m.body;
        let bullet = fit("•", Face::Regular, m.body, self.width);
        let list = self.node(Role::List);
        for (index, entry) in entries.iter().enumerate() {
            let item = self.structure.add(Role::ListItem, list);
            let label = self.structure.add(Role::Label, item);
            let body = self.structure.add(Role::ListBody, item);
            let start = self.chunks.len();
            // A right-to-left entry has its bullet on the right.
            let rtl = text::starts_rtl(&entry.content);
            let text_left = if rtl { self.left } else { self.left + indent };
            self.text_lines(
                entry,
                (text_left, self.width - indent),
                Style {
                    face: Face::Regular,
                    size: m.body,
                    tone: Tone::Ink,
                },
                if index == 0 { 3.0 * s } else { 1.5 * s },
                false,
                body,
            );
            if let Some(first) = self.chunks.get_mut(start) {
                let baseline =
                    Metrics::ascent(m.body) + (Metrics::leading(m.body) - m.body * 1.2) / 2.0;
                let x = if rtl {
                    self.left + self.width - 4.0 * s - bullet.width(m.body)
                } else {
                    self.left + 4.0 * s
                };
                let style = Style {
                    face: Face::Regular,
                    size: m.body,
                    tone: Tone::Accent,
                };
                let mut placed = Vec::new();
                put(
                    &mut placed,
                    &bullet,
                    (x, self.width),
                    baseline,
                    style,
                    label,
                );
                first.items.splice(0..0, placed);
            }
        }
    }

    /// A shaded band across the column, `height` tall, with a bar of `bar_tone` down its
    /// left edge: the mark of a callout and of an urgent heading.
    fn band(&self, items: &mut Vec<Item>, bar: f32, height: f32, bar_tone: Tone) {
        for (width, tone) in [(self.width, Tone::Shade), (bar, bar_tone)] {
            items.push(Item::Rect {
                x: self.left,
                y: 0.0,
                width,
                height,
                tone,
            });
        }
    }

    fn urgent_heading(&mut self, text: &str) {
        let m = self.m;
        let s = m.scale;
        let level = self.open_section(2);
        let heading = self.node(Role::Heading(level));
        let size = m.subheading * 1.1;
        let leading = Metrics::leading(size);
        let pad = 2.0 * s;
        let bar = 5.0 * s;
        let x = self.left + bar + 5.0 * s;
        let width = (self.width - bar - 10.0 * s).max(1.0);
        let lines = wrap(text, Face::Bold, size, width);
        let height = lines.len() as f32 * leading + 2.0 * pad;
        let mut chunk = Chunk {
            space_before: 8.0 * s,
            keep_with_next: true,
            outline: Some((text.to_owned(), level - 1)),
            height: height + 1.5 * s,
            ..Chunk::default()
        };
        self.band(&mut chunk.items, bar, height, Tone::Ink);
        let mut y = pad;
        for line in &lines {
            let style = Style {
                face: Face::Bold,
                size,
                tone: Tone::Ink,
            };
            let baseline = y + Metrics::ascent(size) + (leading - size * 1.2) / 2.0;
            put(&mut chunk.items, line, (x, width), baseline, style, heading);
            y += leading;
        }
        self.push(chunk);
    }

    fn callout(&mut self, title: Option<&str>, body: &[Text]) {
        let m = self.m;
        let s = m.scale;
        let pad = 8.0 * s;
        let bar = 3.0 * s;
        let x = self.left + bar + pad;
        let width = (self.width - bar - 2.0 * pad).max(1.0);
        let mut lines: Vec<(Line, Face, Option<&String>, NodeId)> = Vec::new();
        if let Some(title) = title {
            let wrapped = wrap(title, Face::Bold, m.body, width);
            let paragraph = self.node(Role::Paragraph);
            for line in wrapped {
                lines.push((line, Face::Bold, None, paragraph));
            }
        }
        for text in body {
            let wrapped = wrap(&text.content, Face::Regular, m.body, width);
            let paragraph = self.node(Role::Paragraph);
            let owner = self.link_owner(paragraph, text);
            for line in wrapped {
                lines.push((line, Face::Regular, text.link.as_ref(), owner));
            }
        }
        if lines.is_empty() {
            return;
        }
        let leading = Metrics::leading(m.body);
        let count = lines.len();
        for (index, (line, face, link, owner)) in lines.into_iter().enumerate() {
            let top_pad = if index == 0 { pad } else { 0.0 };
            let bottom_pad = if index + 1 == count { pad } else { 0.0 };
            let height = leading + top_pad + bottom_pad;
            let mut chunk = Chunk {
                height,
                space_before: if index == 0 { 8.0 * s } else { 0.0 },
                keep_with_next: index + 1 < count,
                ..Chunk::default()
            };
            self.band(&mut chunk.items, bar, height, Tone::Accent);
            let baseline = top_pad + Metrics::ascent(m.body) + (leading - m.body * 1.2) / 2.0;
            let style = Style {
                face,
                size: m.body,
                tone: Tone::Ink,
            };
            let (start, w) = put(&mut chunk.items, &line, (x, width), baseline, style, owner);
            if let Some(uri) = link
                && w > 0.0
            {
                chunk.items.push(Item::Link {
                    x: start,
                    y: top_pad,
                    width: w,
                    height: leading,
                    uri: uri.clone(),
                    owner: Owner::Node(owner),
                });
            }
            self.push(chunk);
        }
    }
}

/// Lays out `blocks` on pages.
pub fn layout(blocks: &[Block], options: &LayoutOptions) -> Layout {
    let mut builder = Builder::new(options, Metrics::new(options.body_size, options.min_size));
    for block in blocks {
        builder.block(block);
    }
    builder.paginate()
}
