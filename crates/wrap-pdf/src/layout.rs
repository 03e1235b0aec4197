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
//! Rules the layout keeps:
//! - greedy word wrap by measured widths; a word longer than the line breaks between
//!   characters;
//! - headings and questions stay with the first lines of what follows them;
//! - a table row is never split across pages unless it is taller than a whole page;
//! - nothing is placed outside the page's margins;
//! - every page has a footer: who the plan belongs to and its date on the left,
//!   "page X of Y" on the right.

use std::fmt::Write as _;

use crate::fonts::{self, Face};

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
}

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
    /// Height of one handwriting line in ruled writing areas, in points.
    pub writing_line_height: f32,
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
            writing_line_height: 24.0,
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
}

impl Text {
    /// Plain text.
    pub fn plain(content: impl Into<String>) -> Text {
        Text {
            content: content.into(),
            link: None,
        }
    }

    /// Text that links to `uri`.
    pub fn linked(content: impl Into<String>, uri: Option<String>) -> Text {
        Text {
            content: content.into(),
            link: uri,
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
}

impl Column {
    /// A column with a header and a relative width.
    pub fn new(header: impl Into<String>, width: f32) -> Column {
        Column {
            header: header.into(),
            width,
            keep_whole: false,
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
    /// A run of text in one face. `y` is the baseline.
    Text {
        /// Left edge.
        x: f32,
        /// Baseline.
        y: f32,
        /// Font size in points.
        size: f32,
        /// The face; every character of `text` has a glyph in it.
        face: Face,
        /// Colour role.
        tone: Tone,
        /// The characters.
        text: String,
    },
    /// A straight line.
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
    /// A filled rectangle; `y` is its bottom edge.
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
    },
}

impl Item {
    /// Moves an item built with `y` measured downwards from a chunk's top to its place on
    /// the page, whose top edge is at `top` (measured downwards from the page top).
    fn placed(&self, top: f32, page_height: f32) -> Item {
        let flip = |y: f32| page_height - (top + y);
        match self {
            Item::Text {
                x,
                y,
                size,
                face,
                tone,
                text,
            } => Item::Text {
                x: *x,
                y: flip(*y),
                size: *size,
                face: *face,
                tone: *tone,
                text: text.clone(),
            },
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                width,
                tone,
            } => Item::Line {
                x1: *x1,
                y1: flip(*y1),
                x2: *x2,
                y2: flip(*y2),
                width: *width,
                tone: *tone,
            },
            Item::Rect {
                x,
                y,
                width,
                height,
                tone,
            } => Item::Rect {
                x: *x,
                y: flip(*y + *height),
                width: *width,
                height: *height,
                tone: *tone,
            },
            Item::Link {
                x,
                y,
                width,
                height,
                uri,
            } => Item::Link {
                x: *x,
                y: flip(*y + *height),
                width: *width,
                height: *height,
                uri: uri.clone(),
            },
        }
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
    /// One entry per section heading, in document order.
    pub outline: Vec<OutlineEntry>,
}

impl Layout {
    /// A plain-text dump: one line per item, coordinates rounded to 0.1 pt. Stable, for
    /// snapshot tests and for reading a layout without a PDF viewer.
    pub fn dump(&self) -> String {
        let mut out = String::new();
        let total = self.pages.len();
        for (index, page) in self.pages.iter().enumerate() {
            let _ = writeln!(
                out,
                "page {} of {} ({:.1} x {:.1})",
                index + 1,
                total,
                self.page.width,
                self.page.height
            );
            for item in &page.items {
                let _ = match item {
                    Item::Text {
                        x,
                        y,
                        size,
                        face,
                        tone,
                        text,
                    } => writeln!(
                        out,
                        "  text {x:.1} {y:.1} {} {size:.1} {} {text:?}",
                        face.name(),
                        tone.name()
                    ),
                    Item::Line {
                        x1,
                        y1,
                        x2,
                        y2,
                        width,
                        tone,
                    } => writeln!(
                        out,
                        "  line {x1:.1} {y1:.1} {x2:.1} {y2:.1} {width:.1} {}",
                        tone.name()
                    ),
                    Item::Rect {
                        x,
                        y,
                        width,
                        height,
                        tone,
                    } => writeln!(
                        out,
                        "  rect {x:.1} {y:.1} {width:.1} {height:.1} {}",
                        tone.name()
                    ),
                    Item::Link {
                        x,
                        y,
                        width,
                        height,
                        uri,
                    } => writeln!(out, "  link {x:.1} {y:.1} {width:.1} {height:.1} {uri}"),
                };
            }
        }
        if !self.outline.is_empty() {
            out.push_str("outline\n");
            for entry in &self.outline {
                let _ = writeln!(
                    out,
                    "  {:?} page {} y {:.1}",
                    entry.title, entry.page, entry.y
                );
            }
        }
        out
    }

    /// All text on the pages, one line per text item, in drawing order.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for page in &self.pages {
            for item in &page.items {
                if let Item::Text { text, .. } = item {
                    out.push_str(text);
                    out.push('\n');
                }
            }
        }
        out
    }
}

/// Type sizes and spacing, all derived from the body size.
#[derive(Debug, Clone, Copy)]
struct Metrics {
    scale: f32,
    body: f32,
    title: f32,
    heading: f32,
    subheading: f32,
    note: f32,
    footer: f32,
}

impl Metrics {
    fn new(body_size: f32) -> Metrics {
        let body = if body_size.is_finite() {
            body_size.clamp(4.0, 72.0)
        } else {
            LayoutOptions::BODY_SIZE
        };
        let scale = body / LayoutOptions::BODY_SIZE;
        Metrics {
            scale,
            body,
            title: body * 1.9,
            heading: body * 1.38,
            subheading: body * 1.05,
            note: body * 0.9,
            footer: (body * 0.8).max(7.0),
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
    outline: Option<String>,
    /// Placed first when this chunk starts a page (a table's header row).
    repeat: Option<Box<Chunk>>,
}

/// Breaks one paragraph of text into lines no wider than `width`.
///
/// Line breaks in the text are kept; runs of spaces between words collapse to one. A word
/// wider than the line is broken between characters.
pub fn wrap(text: &str, face: Face, size: f32, width: f32) -> Vec<String> {
    const BREAKS: [char; 6] = ['\r', '\u{2028}', '\u{2029}', '\u{0B}', '\u{0C}', '\u{85}'];
    let normalized = if text.contains(BREAKS) {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace(BREAKS, "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let space = fonts::measure(" ", face, size);
    let mut lines = Vec::new();
    for source in normalized.split('\n') {
        let cleaned: std::borrow::Cow<'_, str> =
            if source.chars().all(|c| fonts::clean_char(c) == Some(c)) {
                std::borrow::Cow::Borrowed(source)
            } else {
                std::borrow::Cow::Owned(source.chars().filter_map(fonts::clean_char).collect())
            };
        let mut line = String::new();
        let mut line_width = 0.0_f32;
        let mut any = false;
        for word in cleaned.split(' ').filter(|w| !w.is_empty()) {
            any = true;
            let word_width = fonts::measure(word, face, size);
            if !line.is_empty() && line_width + space + word_width <= width {
                line.push(' ');
                line.push_str(word);
                line_width += space + word_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if word_width <= width {
                line = word.to_string();
                line_width = word_width;
                continue;
            }
            // Break an over-long word between characters.
            let mut piece = String::new();
            let mut piece_width = 0.0_f32;
            for c in word.chars() {
                let w = fonts::char_width(c, face, size);
                if !piece.is_empty() && piece_width + w > width {
                    lines.push(std::mem::take(&mut piece));
                    piece_width = 0.0;
                }
                piece.push(c);
                piece_width += w;
            }
            line = piece;
            line_width = piece_width;
        }
        if !line.is_empty() || !any {
            lines.push(line);
        }
    }
    // A text that is only blank lines still takes no more room than it says; but trailing
    // blank lines add nothing on paper.
    while lines.len() > 1 && lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// Truncates `text` with an ellipsis so that it fits in `width`.
fn fit(text: &str, face: Face, size: f32, width: f32) -> String {
    let one_line: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    if fonts::measure(&one_line, face, size) <= width {
        return one_line;
    }
    let ellipsis = fonts::measure("…", face, size);
    let mut out = String::new();
    let mut used = 0.0;
    for c in one_line.chars() {
        let w = fonts::char_width(c, face, size);
        if used + w + ellipsis > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Text items for one line of text starting at `x`, baseline `y` (downwards offset), with
/// per-character font fallback. Returns the line's width.
fn line_items(
    items: &mut Vec<Item>,
    line: &str,
    x: f32,
    y: f32,
    face: Face,
    size: f32,
    tone: Tone,
) -> f32 {
    let mut cursor = x;
    for run in fonts::runs(line, face) {
        let width = run.width_em * size;
        if !run.text.trim().is_empty() {
            items.push(Item::Text {
                x: cursor,
                y,
                size,
                face: run.face,
                tone,
                text: run.text,
            });
        }
        cursor += width;
    }
    cursor - x
}

/// Widths of a table's columns within `usable` points.
///
/// Each column first gets its share by relative width. A column narrower than its longest
/// word (or, for `keep_whole` columns, its longest cell) is widened to fit it where the
/// table has room, taking the space from the others in proportion to their shares.
fn column_widths(columns: &[Column], rows: &[Vec<Text>], size: f32, usable: f32) -> Vec<f32> {
    let count = columns.len();
    let shares: Vec<f32> = columns
        .iter()
        .map(|c| if c.width > 0.0 { c.width } else { 1.0 })
        .collect();
    let cap = |_whole: bool| usable * if count == 1 { 1.0 } else { 0.45 };
    let longest_word = |text: &str, face: Face| {
        text.split_whitespace()
            .map(|w| fonts::measure(w, face, size))
            .fold(0.0_f32, f32::max)
    };
    let minimums: Vec<f32> = columns
        .iter()
        .enumerate()
        .map(|(index, column)| {
            let mut need = longest_word(&column.header, Face::Bold);
            for row in rows {
                if let Some(cell) = row.get(index) {
                    need = need.max(longest_word(&cell.content, Face::Regular));
                    if column.keep_whole {
                        for line in cell.content.lines() {
                            need = need.max(fonts::measure(line.trim(), Face::Regular, size));
                        }
                    }
                }
            }
            (need + 0.5).min(cap(column.keep_whole))
        })
        .collect();
    let total_min: f32 = minimums.iter().sum();
    if total_min >= usable {
        return minimums
            .iter()
            .map(|m| (m * usable / total_min).max(1.0))
            .collect();
    }
    // Columns fixed at their minimum; the rest share what is left by relative width.
    let mut fixed = vec![false; count];
    loop {
        let free: f32 = usable
            - (0..count)
                .filter(|&i| fixed[i])
                .map(|i| minimums[i])
                .sum::<f32>();
        let free_shares: f32 = (0..count).filter(|&i| !fixed[i]).map(|i| shares[i]).sum();
        let mut changed = false;
        for i in 0..count {
            if !fixed[i] && free_shares > 0.0 && free * shares[i] / free_shares < minimums[i] {
                fixed[i] = true;
                changed = true;
            }
        }
        if !changed {
            return (0..count)
                .map(|i| {
                    if fixed[i] || free_shares <= 0.0 {
                        minimums[i]
                    } else {
                        free * shares[i] / free_shares
                    }
                })
                .collect();
        }
    }
}

/// Builds chunks from blocks, then paginates them.
struct Builder<'a> {
    options: &'a LayoutOptions,
    m: Metrics,
    left: f32,
    width: f32,
    chunks: Vec<Chunk>,
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

/// A cell of a row: where it sits and what it says.
struct Cell<'a> {
    x: f32,
    width: f32,
    face: Face,
    size: f32,
    tone: Tone,
    text: &'a Text,
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
        }
    }

    fn push(&mut self, chunk: Chunk) {
        self.chunks.push(chunk);
    }

    /// One chunk per wrapped line of `text`, the first carrying `space_before`.
    fn text_lines(
        &mut self,
        text: &Text,
        (x, width): (f32, f32),
        Style { face, size, tone }: Style,
        space_before: f32,
        keep_lines: bool,
    ) {
        let leading = Metrics::leading(size);
        let lines = wrap(&text.content, face, size, width);
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
            let w = line_items(&mut chunk.items, &line, x, baseline, face, size, tone);
            if let Some(uri) = &text.link
                && w > 0.0
            {
                chunk.items.push(Item::Link {
                    x,
                    y: 0.0,
                    width: w,
                    height: leading,
                    uri: uri.clone(),
                });
            }
            self.push(chunk);
        }
    }

    /// Chunks for one row of cells. The row is one chunk unless it is taller than the
    /// page body, in which case it is split into bands of one line each.
    fn row(&mut self, cells: &[Cell<'_>], style: RowStyle, repeat: Option<&Chunk>) -> Chunk {
        let RowStyle {
            pad,
            space_before,
            shade,
            rule,
            keep_with_next,
        } = style;
        let wrapped: Vec<Vec<String>> = cells
            .iter()
            .map(|c| wrap(&c.text.content, c.face, c.size, c.width))
            .collect();
        let leading = cells
            .iter()
            .map(|c| Metrics::leading(c.size))
            .fold(0.0_f32, f32::max);
        let bands = wrapped.iter().map(Vec::len).max().unwrap_or(0).max(1);
        let height = bands as f32 * leading + 2.0 * pad;
        let split = height > self.body_height();
        let band_ranges: Vec<(usize, usize)> = if split {
            (0..bands).map(|b| (b, b + 1)).collect()
        } else {
            vec![(0, bands)]
        };
        let count = band_ranges.len();
        let mut first = Chunk::default();
        for (index, (from, to)) in band_ranges.into_iter().enumerate() {
            let top_pad = if from == 0 { pad } else { 0.0 };
            let bottom_pad = if to == bands { pad } else { 0.0 };
            let h = (to - from) as f32 * leading + top_pad + bottom_pad;
            let mut chunk = Chunk {
                height: h,
                space_before: if index == 0 { space_before } else { 0.0 },
                keep_with_next: keep_with_next || index + 1 < count && !split,
                repeat: repeat.map(|r| Box::new(r.clone())),
                ..Chunk::default()
            };
            if shade {
                chunk.items.push(Item::Rect {
                    x: self.left,
                    y: 0.0,
                    width: self.width,
                    height: h,
                    tone: Tone::Shade,
                });
            }
            for (cell, lines) in cells.iter().zip(&wrapped) {
                let cell_leading = Metrics::leading(cell.size);
                for (offset, line) in lines.iter().enumerate().take(to).skip(from) {
                    let top = top_pad + (offset - from) as f32 * leading;
                    let baseline =
                        top + Metrics::ascent(cell.size) + (cell_leading - cell.size * 1.2) / 2.0;
                    let w = line_items(
                        &mut chunk.items,
                        line,
                        cell.x,
                        baseline,
                        cell.face,
                        cell.size,
                        cell.tone,
                    );
                    if let Some(uri) = &cell.text.link
                        && w > 0.0
                    {
                        chunk.items.push(Item::Link {
                            x: cell.x,
                            y: top,
                            width: w,
                            height: cell_leading,
                            uri: uri.clone(),
                        });
                    }
                }
            }
            if rule && to == bands {
                chunk.items.push(Item::Line {
                    x1: self.left,
                    y1: h,
                    x2: self.left + self.width,
                    y2: h,
                    width: 0.5,
                    tone: Tone::Muted,
                });
            }
            if index == 0 {
                first = chunk.clone();
            }
            self.push(chunk);
        }
        first
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

    fn block(&mut self, block: &Block) {
        let m = self.m;
        let s = m.scale;
        match block {
            Block::Title { text, subtitle } => {
                let size = m.title;
                self.text_lines(
                    &Text::plain(text.clone()),
                    (self.left, self.width),
                    Style {
                        face: Face::Bold,
                        size,
                        tone: Tone::Accent,
                    },
                    0.0,
                    true,
                );
                for (index, line) in subtitle.iter().enumerate() {
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
            Block::Heading(text) => {
                let size = m.heading;
                let leading = Metrics::leading(size);
                let lines = wrap(text, Face::Bold, size, self.width);
                let mut chunk = Chunk {
                    space_before: 16.0 * s,
                    keep_with_next: true,
                    outline: Some(text.clone()),
                    ..Chunk::default()
                };
                let mut y = 0.0;
                for line in &lines {
                    let baseline = y + Metrics::ascent(size);
                    line_items(
                        &mut chunk.items,
                        line,
                        self.left,
                        baseline,
                        Face::Bold,
                        size,
                        Tone::Accent,
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
                );
                self.push(Chunk {
                    height: 2.0 * s,
                    keep_with_next: true,
                    ..Chunk::default()
                });
            }
            Block::Paragraph(text) => {
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
                );
            }
            Block::Note(text) => {
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
                );
            }
            Block::Bullets(entries) => {
                let indent = 14.0 * s;
                for (index, entry) in entries.iter().enumerate() {
                    let start = self.chunks.len();
                    self.text_lines(
                        entry,
                        (self.left + indent, self.width - indent),
                        Style {
                            face: Face::Regular,
                            size: m.body,
                            tone: Tone::Ink,
                        },
                        if index == 0 { 3.0 * s } else { 1.5 * s },
                        false,
                    );
                    if let Some(first) = self.chunks.get_mut(start) {
                        let baseline = Metrics::ascent(m.body)
                            + (Metrics::leading(m.body) - m.body * 1.2) / 2.0;
                        line_items(
                            &mut first.items,
                            "•",
                            self.left + 4.0 * s,
                            baseline,
                            Face::Regular,
                            m.body,
                            Tone::Accent,
                        );
                    }
                }
            }
            Block::Table { columns, rows } => self.table(columns, rows),
            Block::KeyValues(pairs) => {
                let label_width = pairs
                    .iter()
                    .map(|(label, _)| fonts::measure(label, Face::Bold, m.body))
                    .fold(0.0_f32, f32::max)
                    .min(self.width * 0.38);
                let gap = 10.0 * s;
                for (index, (label, value)) in pairs.iter().enumerate() {
                    let label = Text::plain(label.clone());
                    let cells = [
                        Cell {
                            x: self.left,
                            width: label_width,
                            face: Face::Bold,
                            size: m.body,
                            tone: Tone::Ink,
                            text: &label,
                        },
                        Cell {
                            x: self.left + label_width + gap,
                            width: (self.width - label_width - gap).max(1.0),
                            face: Face::Regular,
                            size: m.body,
                            tone: Tone::Ink,
                            text: value,
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
                let height = self.options.writing_line_height.max(m.body * 1.6);
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
                        line_items(
                            &mut chunk.items,
                            &label,
                            x,
                            rule_y + Metrics::ascent(label_size) + 2.0 * s,
                            Face::Regular,
                            label_size,
                            Tone::Muted,
                        );
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

    fn table(&mut self, columns: &[Column], rows: &[Vec<Text>]) {
        if columns.is_empty() {
            return;
        }
        let m = self.m;
        let s = m.scale;
        let pad = 4.0 * s;
        let gap = 8.0 * s;
        let usable = (self.width - gap * (columns.len() - 1) as f32 - 2.0 * pad).max(1.0);
        let widths = column_widths(columns, rows, m.body, usable);
        let mut xs = Vec::with_capacity(columns.len());
        let mut x = self.left + pad;
        for w in widths {
            xs.push((x, w));
            x += w + gap;
        }
        let headers: Vec<Text> = columns
            .iter()
            .map(|c| Text::plain(c.header.clone()))
            .collect();
        let header_cells: Vec<Cell<'_>> = headers
            .iter()
            .zip(&xs)
            .map(|(text, &(x, width))| Cell {
                x,
                width,
                face: Face::Bold,
                size: m.body,
                tone: Tone::Ink,
                text,
            })
            .collect();
        let header = self.row(
            &header_cells,
            RowStyle {
                pad,
                space_before: 6.0 * s,
                shade: true,
                rule: true,
                keep_with_next: true,
            },
            None,
        );
        let blank = Text::default();
        for row in rows {
            let cells: Vec<Cell<'_>> = xs
                .iter()
                .enumerate()
                .map(|(index, &(x, width))| Cell {
                    x,
                    width,
                    face: Face::Regular,
                    size: m.body,
                    tone: Tone::Ink,
                    text: row.get(index).unwrap_or(&blank),
                })
                .collect();
            self.row(
                &cells,
                RowStyle {
                    pad,
                    space_before: 0.0,
                    shade: false,
                    rule: true,
                    keep_with_next: false,
                },
                Some(&header),
            );
        }
    }

    fn callout(&mut self, title: Option<&str>, body: &[Text]) {
        let m = self.m;
        let s = m.scale;
        let pad = 8.0 * s;
        let bar = 3.0 * s;
        let x = self.left + bar + pad;
        let width = (self.width - bar - 2.0 * pad).max(1.0);
        let mut lines: Vec<(String, Face, Option<&String>)> = Vec::new();
        if let Some(title) = title {
            for line in wrap(title, Face::Bold, m.body, width) {
                lines.push((line, Face::Bold, None));
            }
        }
        for text in body {
            for line in wrap(&text.content, Face::Regular, m.body, width) {
                lines.push((line, Face::Regular, text.link.as_ref()));
            }
        }
        if lines.is_empty() {
            return;
        }
        let leading = Metrics::leading(m.body);
        let count = lines.len();
        for (index, (line, face, link)) in lines.into_iter().enumerate() {
            let top_pad = if index == 0 { pad } else { 0.0 };
            let bottom_pad = if index + 1 == count { pad } else { 0.0 };
            let height = leading + top_pad + bottom_pad;
            let mut chunk = Chunk {
                height,
                space_before: if index == 0 { 8.0 * s } else { 0.0 },
                keep_with_next: index + 1 < count,
                ..Chunk::default()
            };
            chunk.items.push(Item::Rect {
                x: self.left,
                y: 0.0,
                width: self.width,
                height,
                tone: Tone::Shade,
            });
            chunk.items.push(Item::Rect {
                x: self.left,
                y: 0.0,
                width: bar,
                height,
                tone: Tone::Accent,
            });
            let baseline = top_pad + Metrics::ascent(m.body) + (leading - m.body * 1.2) / 2.0;
            let w = line_items(
                &mut chunk.items,
                &line,
                x,
                baseline,
                face,
                m.body,
                Tone::Ink,
            );
            if let Some(uri) = link
                && w > 0.0
            {
                chunk.items.push(Item::Link {
                    x,
                    y: top_pad,
                    width: w,
                    height: leading,
                    uri: uri.clone(),
                });
            }
            self.push(chunk);
        }
    }

    /// Places the chunks on pages.
    fn paginate(self) -> Layout {
        let page = self.options.page;
        let (body_top, body_bottom) = self.body_bounds();
        let available = body_bottom - body_top;
        let mut pages: Vec<Page> = vec![Page::default()];
        let mut outline = Vec::new();
        let mut cursor = body_top;
        let mut index = 0;
        let chunks = &self.chunks;
        while index < chunks.len() {
            let chunk = &chunks[index];
            let at_top = cursor <= body_top;
            if chunk.height.is_infinite() {
                // A page break.
                if !at_top {
                    pages.push(Page::default());
                    cursor = body_top;
                }
                index += 1;
                continue;
            }
            let before = if at_top { 0.0 } else { chunk.space_before };
            // The chunk and whatever it must be kept with.
            let mut group = before + chunk.height;
            let mut last = index;
            while chunks[last].keep_with_next && last + 1 < chunks.len() {
                last += 1;
                if chunks[last].height.is_infinite() {
                    break;
                }
                group += chunks[last].space_before + chunks[last].height;
            }
            let needed = if group <= available {
                group
            } else {
                before + chunk.height
            };
            if !at_top && cursor + needed > body_bottom {
                pages.push(Page::default());
                cursor = body_top;
                continue;
            }
            let current = pages.len();
            let Some(target) = pages.last_mut() else {
                break;
            };
            if at_top
                && current > 1
                && let Some(repeat) = &chunk.repeat
                && repeat.height + chunk.height <= available
            {
                target
                    .items
                    .extend(repeat.items.iter().map(|i| i.placed(cursor, page.height)));
                cursor += repeat.height;
            }
            cursor += before;
            if let Some(title) = &chunk.outline {
                outline.push(OutlineEntry {
                    title: title.clone(),
                    page: current,
                    y: page.height - cursor,
                });
            }
            target
                .items
                .extend(chunk.items.iter().map(|i| i.placed(cursor, page.height)));
            cursor += chunk.height;
            index += 1;
        }
        if pages.len() > 1 && pages.last().is_some_and(|p| p.items.is_empty()) {
            pages.pop();
        }
        let mut layout = Layout {
            page,
            pages,
            outline,
        };
        self.footers(&mut layout);
        layout
    }

    /// Adds the footer to every page: whose plan and date, and "page X of Y".
    fn footers(&self, layout: &mut Layout) {
        let size = self.m.footer;
        let page = self.options.page;
        // Offsets measured downwards from the page top, like chunk items.
        let baseline = page.height - (self.left * 0.6).max(size);
        let rule_y = baseline - size * 1.4;
        let total = layout.pages.len();
        for (index, p) in layout.pages.iter_mut().enumerate() {
            let number = format!("page {} of {}", index + 1, total);
            let number_width = fonts::measure(&number, Face::Regular, size);
            let mut footer = vec![Item::Line {
                x1: self.left,
                y1: rule_y,
                x2: self.left + self.width,
                y2: rule_y,
                width: 0.5,
                tone: Tone::Muted,
            }];
            let room = self.width - number_width - 12.0 * self.m.scale;
            if !self.options.footer_left.trim().is_empty() && room > 0.0 {
                let left = fit(&self.options.footer_left, Face::Regular, size, room);
                line_items(
                    &mut footer,
                    &left,
                    self.left,
                    baseline,
                    Face::Regular,
                    size,
                    Tone::Muted,
                );
            }
            line_items(
                &mut footer,
                &number,
                self.left + self.width - number_width,
                baseline,
                Face::Regular,
                size,
                Tone::Muted,
            );
            p.items
                .extend(footer.iter().map(|item| item.placed(0.0, page.height)));
        }
    }
}

/// Lays out `blocks` on pages.
pub fn layout(blocks: &[Block], options: &LayoutOptions) -> Layout {
    let mut builder = Builder::new(options, Metrics::new(options.body_size));
    for block in blocks {
        builder.block(block);
    }
    builder.paginate()
}
