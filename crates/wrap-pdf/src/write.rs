//! Turns a [`Layout`] into PDF bytes: embedded, subset fonts; metadata; outline; links.
//!
//! The bytes depend only on the layout and the metadata: fonts are registered under fixed
//! names, dates come from the caller and the document identifier is derived from the
//! content, so the same input always gives the same file.

use std::collections::BTreeMap;

use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{
    Actions, BorderArray, Codepoint, FontId, LinkAnnotation, Op, ParsedFont, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Pt, Rect, TextItem, font::PdfFont,
};

use wrap_core::Date;

use crate::fonts::{self, Face};
use crate::layout::{Glyph, Item, Layout, NodeId, Owner, Role, Scope, Structure, Tone};
use crate::serialize::{self, number, reference};
use crate::subset;
use crate::{RenderError, RenderErrorKind};

/// A date as PDF writes it, midnight UTC: `D:YYYYMMDD000000Z`.
fn pdf_date(date: Date) -> String {
    format!(
        "D:{:04}{:02}{:02}000000Z",
        date.year(),
        date.month(),
        date.day()
    )
}

/// Document metadata written to the PDF's information dictionary and catalog.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Metadata {
    /// Document title.
    pub title: String,
    /// Author: the person whose plan it is.
    pub author: String,
    /// Subject line.
    pub subject: String,
    /// Natural language of the text, as a BCP 47 tag such as "en" or "cy".
    pub language: String,
    /// Creation date, if known.
    pub created: Option<Date>,
    /// Last modification date, if known.
    pub modified: Option<Date>,
}

/// The fixed resource name of a face; also the subset tag viewers show ("WRPREG+DejaVuSans").
fn font_name(face: Face) -> &'static str {
    match face {
        Face::Regular => "WRPREG",
        Face::Bold => "WRPBLD",
        Face::Symbols => "WRPSYM",
        Face::Arabic => "WRPARB",
        Face::Hebrew => "WRPHEB",
        Face::Devanagari => "WRPDEV",
        Face::Gurmukhi => "WRPGUR",
        Face::Bengali => "WRPBEN",
        Face::Gujarati => "WRPGUJ",
        Face::Tamil => "WRPTAM",
        Face::Thai => "WRPTHA",
        Face::Ethiopic => "WRPETH",
        Face::Cjk => "WRPCJK",
    }
}

/// The face's resource name as printpdf takes it.
fn font_id(face: Face) -> FontId {
    FontId(font_name(face).to_string())
}

/// Whether a number is safe to write into a PDF.
fn finite(values: &[f32]) -> bool {
    values.iter().all(|v| v.is_finite())
}

/// The fill (`rg`) or stroke (`RG`) colour of a tone, as PDF operands.
fn rgb(tone: Tone) -> &'static [u8] {
    match tone {
        Tone::Ink => b"0 0 0",
        Tone::Accent => b"0.05 0.3 0.4",
        Tone::Muted => b"0.38 0.38 0.38",
        Tone::Shade => b"0.92 0.95 0.96",
    }
}

/// A number in hundredths of a point, rounded: far finer than any printer.
fn hundredths(v: f32) -> i64 {
    (f64::from(v) * 100.0).round() as i64
}

/// Several numbers, each followed by a space.
fn numbers(out: &mut Vec<u8>, values: &[f32]) {
    for &value in values {
        number(out, hundredths(value));
        out.push(b' ');
    }
}

/// The text each glyph stands for, per face: what the font's ToUnicode map gives a reader
/// who copies or searches. The first text a glyph is drawn for wins; an item whose glyphs
/// say something else is written with its own text as well (see [`needs_actual_text`]).
type GlyphTexts = BTreeMap<Face, BTreeMap<u16, String>>;

/// Whether each glyph starts a cluster of its own, after the one before it.
fn ascending(glyphs: &[Glyph]) -> bool {
    glyphs.windows(2).all(|w| w[0].cluster < w[1].cluster)
}

/// Per glyph of a text item, the characters of its cluster.
fn cluster_texts<'a>(text: &'a str, glyphs: &'a [Glyph]) -> impl Iterator<Item = &'a str> + 'a {
    // Most text: one glyph a cluster, clusters going up, each running to the next one's
    // start; no need to sort the starts, or to allocate for them.
    let starts: Vec<usize> = if ascending(glyphs) {
        Vec::new()
    } else {
        let mut starts: Vec<usize> = glyphs.iter().map(|g| g.cluster as usize).collect();
        starts.push(text.len());
        starts.sort_unstable();
        starts.dedup();
        starts
    };
    glyphs.iter().enumerate().map(move |(i, g)| {
        let from = (g.cluster as usize).min(text.len());
        let to = if starts.is_empty() {
            glyphs.get(i + 1).map_or(text.len(), |n| n.cluster as usize)
        } else {
            let index = starts.partition_point(|&s| s <= from);
            starts.get(index).copied().unwrap_or(text.len())
        };
        text.get(from..to.min(text.len())).unwrap_or("")
    })
}

/// Whether each glyph of an item is the only glyph of its cluster.
fn sole_glyphs(glyphs: &[Glyph]) -> impl Iterator<Item = bool> + '_ {
    // Clusters going up are each one glyph's; no need to sort them.
    let sole = ascending(glyphs);
    let mut clusters: Vec<u32> = if sole {
        Vec::new()
    } else {
        glyphs.iter().map(|g| g.cluster).collect()
    };
    clusters.sort_unstable();
    glyphs.iter().map(move |g| {
        sole || {
            let first = clusters.partition_point(|&c| c < g.cluster);
            clusters.get(first + 1) != Some(&g.cluster)
        }
    })
}

/// The glyphs each face draws in the layout, with their text. A glyph that is a cluster
/// on its own (most are) stands for the cluster's characters; glyphs that share a cluster
/// (Indic reordering, marks) stand for it only if nothing else says what they are, and the
/// items they are in carry their own text.
fn glyphs_used(layout: &Layout) -> GlyphTexts {
    let mut used: GlyphTexts = BTreeMap::new();
    // Glyphs that share a cluster, kept for after every glyph that stands alone.
    let mut shared: Vec<(Face, u16, &str)> = Vec::new();
    // Per face, a bit for each glyph number already in `used`: most glyphs drawn were
    // drawn before, and testing a bit costs far less than searching the map.
    let mut seen: [Vec<u64>; Face::ALL.len()] = Default::default();
    for item in layout.pages.iter().flat_map(|p| p.items.iter()) {
        if let Item::Text {
            face, text, glyphs, ..
        } = item
        {
            let seen = &mut seen[*face as usize];
            if seen.is_empty() {
                seen.resize(0x1_0000 / 64, 0);
            }
            let map = used.entry(*face).or_default();
            let clusters = cluster_texts(text, glyphs);
            for ((glyph, cluster), sole) in glyphs.iter().zip(clusters).zip(sole_glyphs(glyphs)) {
                if sole {
                    let (word, bit) = (usize::from(glyph.id) / 64, glyph.id % 64);
                    if seen[word] & (1 << bit) == 0 {
                        seen[word] |= 1 << bit;
                        map.entry(glyph.id).or_insert_with(|| cluster.to_string());
                    }
                } else {
                    shared.push((*face, glyph.id, cluster));
                }
            }
        }
    }
    for (face, id, cluster) in shared {
        let map = used.entry(face).or_default();
        map.entry(id).or_insert_with(|| cluster.to_string());
    }
    used
}

/// Whether a text item's glyphs, read in the order they are written through the ToUnicode
/// maps, would not give back its text: a cluster of several glyphs (Indic reordering,
/// marks), or a glyph whose map entry says something else.
fn needs_actual_text(text: &str, glyphs: &[Glyph], face: Face, codes: &Codes) -> bool {
    let clusters = cluster_texts(text, glyphs);
    let mut seen = 0_usize;
    for ((glyph, cluster), sole) in glyphs.iter().zip(clusters).zip(sole_glyphs(glyphs)) {
        if !sole || codes.text(face, glyph.id) != Some(cluster) {
            return true;
        }
        seen += cluster.len();
    }
    seen != text.len()
}

/// The codes of the glyphs in each embedded font.
///
/// Fonts are embedded as subsets, renumbered ([`subset`]): code 0 is the missing glyph and
/// the glyphs used follow in the order of their number in the full font. A font of fewer
/// than 256 glyphs (every font of a plan in one alphabet) is written with one byte a
/// glyph, through an embedded CMap that takes each byte as the glyph of that number
/// ([`ONE_BYTE_CMAP`]); a larger one with two, as Identity-H.
#[derive(Default)]
struct Codes<'a> {
    /// Per face, the glyphs used, in ascending order.
    glyphs: [Vec<u16>; Face::ALL.len()],
    /// Per face, each of those glyphs' advance as the widths array gives it
    /// ([`fonts::Loaded::pdf_advance`]), looked up once.
    advances: [Vec<f32>; Face::ALL.len()],
    /// Per face, each of those glyphs' text ([`GlyphTexts`]).
    texts: [Vec<&'a str>; Face::ALL.len()],
    /// Per face, the missing glyph's text, if it is drawn.
    missing: [Option<&'a str>; Face::ALL.len()],
    /// Per face, by glyph number up to the largest used, the glyph's code, or 0: a look-up
    /// for each glyph drawn, where a search cost a tenth of writing the pages.
    by_glyph: [Vec<u16>; Face::ALL.len()],
}

impl<'a> Codes<'a> {
    fn new(used: &'a GlyphTexts) -> Codes<'a> {
        let mut codes = Codes::default();
        for (face, texts) in used {
            let at = *face as usize;
            let glyphs: Vec<u16> = texts.keys().copied().filter(|&g| g != 0).collect();
            if let Some(font) = fonts::loaded(*face) {
                codes.advances[at] = glyphs.iter().map(|&g| font.pdf_advance(g)).collect();
            }
            let mut by_glyph = vec![0; glyphs.last().map_or(0, |&g| usize::from(g) + 1)];
            for (index, &gid) in glyphs.iter().enumerate() {
                by_glyph[usize::from(gid)] = index as u16 + 1;
            }
            codes.by_glyph[at] = by_glyph;
            codes.texts[at] = texts
                .iter()
                .filter(|(gid, _)| **gid != 0)
                .map(|(_, text)| text.as_str())
                .collect();
            codes.missing[at] = texts.get(&0).map(String::as_str);
            codes.glyphs[at] = glyphs;
        }
        codes
    }

    /// The code of glyph `gid` in `face`'s subset; 0 (the missing glyph) if it has none.
    fn code(&self, face: Face, gid: u16) -> u16 {
        self.by_glyph[face as usize]
            .get(usize::from(gid))
            .copied()
            .unwrap_or(0)
    }

    /// The code of glyph `gid` in `face`'s subset and its advance in the widths array, if
    /// the subset has it.
    fn code_and_advance(&self, face: Face, gid: u16) -> Option<(u16, f32)> {
        let code = self.code(face, gid);
        let advance = *self.advances[face as usize].get(usize::from(code).checked_sub(1)?)?;
        Some((code, advance))
    }

    /// The text glyph `gid` of `face` stands for in the font's ToUnicode map, if it is used.
    fn text(&self, face: Face, gid: u16) -> Option<&'a str> {
        if gid == 0 {
            return self.missing[face as usize];
        }
        let code = self.code(face, gid);
        self.texts[face as usize]
            .get(usize::from(code).checked_sub(1)?)
            .copied()
    }

    /// Whether `face`'s codes are one byte each.
    fn one_byte(&self, face: Face) -> bool {
        self.glyphs[face as usize].len() < 256
    }
}

/// Writes a glyph code into a literal string: one byte, or two.
fn glyph_code(out: &mut Vec<u8>, code: u16, one_byte: bool) {
    let bytes = code.to_be_bytes();
    for &byte in &bytes[usize::from(one_byte)..] {
        serialize::literal_byte(out, byte);
    }
}

/// Writes the glyphs of a text item as `TJ` arrays, in the order of the text (right to
/// left text from its right end), so that a reader going through the content meets the
/// characters in the order they were written. Before each glyph, the array moves the pen
/// from where a reader has it to where the shaper put the glyph (kerning, marks, the next
/// glyph of right-to-left text to the left). A glyph raised or lowered is shown on its own
/// with a text rise.
fn show_glyphs(
    out: &mut Vec<u8>,
    glyphs: &[Glyph],
    rtl: bool,
    face: Face,
    size: f32,
    codes: &Codes,
) {
    let font = fonts::loaded(face);
    // Where each glyph is drawn, in thousandths of an em from the item's left edge: the
    // advances before it, added up from the left. Left-to-right glyphs are written in that
    // order and need no list of them.
    let mut pen = 0.0_f32;
    let mut origin_of = |g: &Glyph| {
        let origin = (pen + g.dx) * 1000.0;
        pen += g.advance;
        origin
    };
    let origins: Vec<f32> = if rtl {
        glyphs.iter().map(&mut origin_of).collect()
    } else {
        Vec::new()
    };
    let order = (0..glyphs.len()).map(|i| if rtl { glyphs.len() - 1 - i } else { i });
    // Where a reader's pen is, in the same units.
    let mut at = 0.0_f32;
    // Whether a `TJ` array is open, and a string within it.
    let mut open = false;
    let mut string = false;
    for index in order {
        let glyph = &glyphs[index];
        let origin = if rtl {
            origins[index]
        } else {
            origin_of(glyph)
        };
        let raised = glyph.dy.abs() > 1e-4;
        if raised && open {
            out.extend_from_slice(if string { b")] TJ\n" } else { b"] TJ\n" });
            open = false;
            string = false;
        }
        if raised {
            number(out, hundredths(glyph.dy * size));
            out.extend_from_slice(b" Ts\n");
        }
        if !open {
            out.push(b'[');
            open = true;
        }
        // A positive number moves the pen left, in whole thousandths of an em. The widths
        // array is in whole thousandths and the shaper's advances are not, so the pen
        // drifts by a fraction per glyph; it is put back only once it is more than
        // `DRIFT` out (a fiftieth of a millimetre at 16 pt, far below what a printer or a
        // screen shows), so that a word is one string, not a number between each letter.
        // Kerning, marks and right-to-left order move it by more, and always get their
        // number.
        let off = at - origin;
        if off.abs() > DRIFT {
            let shift = off.round();
            if string {
                out.push(b')');
                string = false;
            }
            number(out, shift as i64 * 100);
            at -= shift;
        }
        if !string {
            out.push(b'(');
            string = true;
        }
        let (code, advance) = match codes.code_and_advance(face, glyph.id) {
            Some(found) => found,
            None => (
                0,
                font.map_or(glyph.advance * 1000.0, |f| f.pdf_advance(glyph.id)),
            ),
        };
        glyph_code(out, code, codes.one_byte(face));
        at += advance;
        if raised {
            out.extend_from_slice(b")] TJ\n0 Ts\n");
            open = false;
            string = false;
        }
    }
    if open {
        out.extend_from_slice(if string { b")] TJ\n" } else { b"] TJ\n" });
    }
}

/// How far, in thousandths of an em, the pen may be from where the shaper put a glyph
/// before a `TJ` array moves it back: 0.032 pt at 16 pt.
const DRIFT: f32 = 2.0;

/// The language a run of text is in where its script tells, for a screen reader to read
/// it with the right voice: only scripts written for one language (Thai, Gurmukhi for
/// Punjabi, Gujarati, Tamil) and kana or hangul among Chinese characters. Arabic, Hebrew,
/// Devanagari, Bengali, Ethiopic and Chinese characters are each written for several
/// languages, so a run in them carries the document's language.
fn script_language(face: Face, text: &str) -> Option<&'static str> {
    match face {
        Face::Thai => Some("th"),
        Face::Gurmukhi => Some("pa"),
        Face::Gujarati => Some("gu"),
        Face::Tamil => Some("ta"),
        Face::Cjk => {
            if text
                .chars()
                .any(|c| matches!(c, '\u{3041}'..='\u{309F}' | '\u{30A0}'..='\u{30FF}'))
            {
                Some("ja")
            } else if text
                .chars()
                .any(|c| matches!(c, '\u{1100}'..='\u{11FF}' | '\u{AC00}'..='\u{D7AF}'))
            {
                Some("ko")
            } else {
                None
            }
        }
        _ => None,
    }
}

/// The language subtag of a BCP 47 tag, lower case: "cy" of "cy-GB".
fn primary_language(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The page content stream: shading and rules first, as one artifact, then all the text
/// in one text object, each line stating only what changed since the line before (face
/// and size, colour) and moving from the previous line's start. The text is written in
/// reading order; each run of items of one structure node is a marked-content sequence
/// tagged with the node's type and numbered from 0 on each page, and footers are
/// pagination artifacts. Returns the content and, per number, the node it belongs to.
fn page_content(
    items: &[Item],
    codes: &Codes,
    structure: &Structure,
    language: &str,
) -> (Vec<u8>, Vec<NodeId>) {
    let mut out = Vec::with_capacity(items.len() * 64);
    let mut marked: Vec<NodeId> = Vec::new();
    let document_language = primary_language(language);
    let mut stroke: Option<(Tone, i64)> = None;
    let drawn = items.iter().any(|item| match item {
        Item::Rect {
            x,
            y,
            width,
            height,
            ..
        } => finite(&[*x, *y, *width, *height]),
        Item::Line {
            x1,
            y1,
            x2,
            y2,
            width,
            ..
        } => finite(&[*x1, *y1, *x2, *y2, *width]),
        _ => false,
    });
    if drawn {
        out.extend_from_slice(b"/Artifact BMC\n");
    }
    for item in items {
        match item {
            Item::Rect {
                x,
                y,
                width,
                height,
                tone,
            } if finite(&[*x, *y, *width, *height]) => {
                out.extend_from_slice(rgb(*tone));
                out.extend_from_slice(b" rg\n");
                numbers(&mut out, &[*x, *y, *width, *height]);
                out.extend_from_slice(b"re f\n");
            }
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                width,
                tone,
            } if finite(&[*x1, *y1, *x2, *y2, *width]) => {
                let width = hundredths(*width);
                if stroke.is_none_or(|(t, _)| t != *tone) {
                    out.extend_from_slice(rgb(*tone));
                    out.extend_from_slice(b" RG\n");
                }
                if stroke.is_none_or(|(_, w)| w != width) {
                    number(&mut out, width);
                    out.extend_from_slice(b" w\n");
                }
                stroke = Some((*tone, width));
                numbers(&mut out, &[*x1, *y1]);
                out.extend_from_slice(b"m ");
                numbers(&mut out, &[*x2, *y2]);
                out.extend_from_slice(b"l S\n");
            }
            _ => {}
        }
    }
    if drawn {
        out.extend_from_slice(b"EMC\n");
    }

    let mut in_text = false;
    // The owner of the marked-content sequence open, if one is.
    let mut open: Option<Owner> = None;
    let mut font: Option<(Face, i64)> = None;
    let mut fill: Option<Tone> = None;
    let mut at = (0_i64, 0_i64);
    for item in items {
        let Item::Text {
            x,
            y,
            size,
            face,
            tone,
            text,
            glyphs,
            rtl,
            embolden,
            owner,
        } = item
        else {
            continue;
        };
        if !finite(&[*x, *y, *size]) || glyphs.is_empty() {
            continue;
        }
        if !in_text {
            out.extend_from_slice(b"BT\n");
            in_text = true;
        }
        if open != Some(*owner) {
            if open.is_some() {
                out.extend_from_slice(b"EMC\n");
            }
            match owner {
                Owner::Node(node) => {
                    let tag = structure.node(*node).map_or("Span", |n| n.role.tag());
                    serialize::name(&mut out, tag.as_bytes());
                    out.extend_from_slice(b" <</MCID ");
                    serialize::integer(&mut out, marked.len() as i64);
                    out.extend_from_slice(b">> BDC\n");
                    marked.push(*node);
                }
                Owner::Pagination => {
                    out.extend_from_slice(b"/Artifact <</Type /Pagination>> BDC\n");
                }
                Owner::Footer => {
                    out.extend_from_slice(
                        b"/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n",
                    );
                }
            }
            open = Some(*owner);
        }
        if fill != Some(*tone) {
            out.extend_from_slice(rgb(*tone));
            out.extend_from_slice(b" rg\n");
            fill = Some(*tone);
        }
        let size_hundredths = hundredths(*size);
        if font != Some((*face, size_hundredths)) {
            serialize::name(&mut out, font_name(*face).as_bytes());
            out.push(b' ');
            number(&mut out, size_hundredths);
            out.extend_from_slice(b" Tf\n");
            font = Some((*face, size_hundredths));
        }
        let to = (hundredths(*x), hundredths(*y));
        number(&mut out, to.0 - at.0);
        out.push(b' ');
        number(&mut out, to.1 - at.1);
        out.extend_from_slice(b" Td\n");
        at = to;
        if *embolden {
            // Fill and stroke the outlines in the text's colour: a bold weight for faces
            // that have none.
            out.extend_from_slice(rgb(*tone));
            out.extend_from_slice(b" RG\n");
            number(&mut out, hundredths(size * 0.035));
            out.extend_from_slice(b" w 2 Tr\n");
        }
        let actual = needs_actual_text(text, glyphs, *face, codes);
        let lang = script_language(*face, text).filter(|l| *l != document_language);
        let span = actual || lang.is_some();
        if span {
            out.extend_from_slice(b"/Span <<");
            if let Some(lang) = lang {
                out.extend_from_slice(b"/Lang (");
                out.extend_from_slice(lang.as_bytes());
                out.extend_from_slice(b") ");
            }
            if actual {
                out.extend_from_slice(b"/ActualText <");
                hex_text(&mut out, text);
                out.push(b'>');
            }
            out.extend_from_slice(b">> BDC\n");
        }
        show_glyphs(&mut out, glyphs, *rtl, *face, *size, codes);
        if span {
            out.extend_from_slice(b"EMC\n");
        }
        if *embolden {
            out.extend_from_slice(b"0 Tr\n");
        }
    }
    if open.is_some() {
        out.extend_from_slice(b"EMC\n");
    }
    if in_text {
        out.extend_from_slice(b"ET\n");
    }
    (out, marked)
}

/// Writes text as UTF-16BE hexadecimal with a byte-order mark, for a PDF text string.
fn hex_text(out: &mut Vec<u8>, text: &str) {
    out.extend_from_slice(b"FEFF");
    utf16_hex(out, text);
}

/// Text as UTF-16 code units in hexadecimal digits, as a text string (after its byte-order
/// mark) and a ToUnicode map hold it.
fn utf16_hex(out: &mut Vec<u8>, text: &str) {
    for unit in text.encode_utf16() {
        for byte in unit.to_be_bytes() {
            out.extend_from_slice(&serialize::hex_digits(byte));
        }
    }
}

/// The operations printpdf is given for a page: its links only. The page's drawing is
/// written by [`page_content`], which replaces the content printpdf makes.
fn link_ops(items: &[Item]) -> Vec<Op> {
    items
        .iter()
        .filter_map(|item| match item {
            Item::Link {
                x,
                y,
                width,
                height,
                uri,
                ..
            } if finite(&[*x, *y, *width, *height]) => Some(Op::LinkAnnotation {
                link: LinkAnnotation::new(
                    Rect::from_xywh(Pt(*x), Pt(*y), Pt(*width), Pt(*height)),
                    Actions::uri(uri.clone()),
                    Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                    None,
                    None,
                ),
            }),
            _ => None,
        })
        .collect()
}

/// Shows printpdf one glyph of each face used, so that it embeds the face's font (already
/// cut down to the glyphs drawn: see `subset`). The widths, the encoding and the ToUnicode
/// map it would write for the glyphs it sees are all replaced by `fonts_as_coded`, and this
/// content by `page_content`; showing it every glyph only made it read their outlines for
/// widths nobody keeps, a twentieth of a render.
fn usage_ops(used: &GlyphTexts, codes: &Codes) -> Vec<Op> {
    let mut ops = vec![Op::StartTextSection];
    for (face, glyphs) in used {
        let Some((&gid, text)) = glyphs.iter().next() else {
            continue;
        };
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(font_id(*face)),
            size: Pt(1.0),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(vec![Codepoint::with_cid(
                codes.code(*face, gid),
                0.0,
                text.clone(),
            )])],
        });
    }
    ops.push(Op::EndTextSection);
    ops
}

/// A PDF text string, control characters removed: plain ASCII where every character is
/// printable ASCII (PDFDocEncoding agrees with it there), else UTF-16BE with a byte-order
/// mark. Both are literal strings, two to four times shorter than hexadecimal: the
/// outline's titles and the links' descriptions are many.
fn text_string(text: &str) -> Object {
    let clean: String = text.chars().filter_map(fonts::clean_char).collect();
    if clean.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        return Object::String(clean.into_bytes(), StringFormat::Literal);
    }
    let mut bytes = vec![0xFE, 0xFF];
    for unit in clean.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Literal)
}

/// A 128-bit FNV-1a style digest (two 64-bit lanes with different offsets), for the
/// document identifier. Not cryptographic; only stable.
struct Digest {
    a: u64,
    b: u64,
}

impl Digest {
    const PRIME: u64 = 0x0000_0100_0000_01B3;

    fn new() -> Digest {
        Digest {
            a: 0xcbf2_9ce4_8422_2325,
            b: 0x6c62_272e_07bb_0142,
        }
    }

    fn bytes(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.a = (self.a ^ u64::from(byte)).wrapping_mul(Self::PRIME);
            self.b = (self.b ^ u64::from(byte.rotate_left(3))).wrapping_mul(Self::PRIME);
        }
    }

    /// A field: its bytes, then a separator no UTF-8 text contains.
    fn field(&mut self, bytes: &[u8]) {
        self.bytes(bytes);
        self.bytes(&[0xFF]);
    }

    fn numbers(&mut self, values: &[f32]) {
        for value in values {
            self.word(u64::from(value.to_bits()));
        }
    }

    /// Eight bytes at once: one multiplication a lane, where [`Digest::bytes`] takes eight.
    fn word(&mut self, word: u64) {
        self.a = (self.a ^ word).wrapping_mul(Self::PRIME);
        self.b = (self.b ^ word.rotate_left(29)).wrapping_mul(Self::PRIME);
    }

    /// Whom an item belongs to.
    fn owner(&mut self, owner: Owner) {
        match owner {
            Owner::Node(node) => self.bytes(&node.0.to_be_bytes()),
            Owner::Pagination => self.bytes(&[0xFE]),
            Owner::Footer => self.bytes(&[0xFD]),
        }
    }

    /// Everything drawn: every item of every page, and the outline.
    fn layout(&mut self, layout: &Layout) {
        self.numbers(&[layout.page.width, layout.page.height]);
        for page in &layout.pages {
            self.field(b"page");
            for item in &page.items {
                match item {
                    Item::Text {
                        x,
                        y,
                        size,
                        face,
                        tone,
                        text,
                        glyphs,
                        rtl,
                        embolden,
                        owner,
                    } => {
                        self.owner(*owner);
                        self.field(face.name().as_bytes());
                        self.bytes(&[*tone as u8, u8::from(*rtl), u8::from(*embolden)]);
                        self.numbers(&[*x, *y, *size]);
                        self.field(text.as_bytes());
                        for glyph in glyphs {
                            self.word(u64::from(glyph.id) << 32 | u64::from(glyph.cluster));
                            self.word(
                                u64::from(glyph.advance.to_bits()) << 32
                                    | u64::from(glyph.dx.to_bits()),
                            );
                            self.word(u64::from(glyph.dy.to_bits()));
                        }
                    }
                    Item::Line {
                        x1,
                        y1,
                        x2,
                        y2,
                        width,
                        tone,
                    } => {
                        self.field(b"line");
                        self.bytes(&[*tone as u8]);
                        self.numbers(&[*x1, *y1, *x2, *y2, *width]);
                    }
                    Item::Rect {
                        x,
                        y,
                        width,
                        height,
                        tone,
                    } => {
                        self.field(b"rect");
                        self.bytes(&[*tone as u8]);
                        self.numbers(&[*x, *y, *width, *height]);
                    }
                    Item::Link {
                        x,
                        y,
                        width,
                        height,
                        uri,
                        owner,
                    } => {
                        self.field(b"link");
                        self.owner(*owner);
                        self.numbers(&[*x, *y, *width, *height]);
                        self.field(uri.as_bytes());
                    }
                }
            }
        }
        for entry in &layout.outline {
            self.field(entry.title.as_bytes());
            self.bytes(&(entry.page as u64).to_be_bytes());
            self.numbers(&[entry.y]);
        }
    }

    fn finish(&self) -> [u8; 16] {
        let mut out = [0u8; 16];
        out[..8].copy_from_slice(&self.a.to_be_bytes());
        out[8..].copy_from_slice(&self.b.to_be_bytes());
        out
    }
}

/// Writes the layout as a PDF.
pub fn write(layout: &Layout, meta: &Metadata) -> Result<Vec<u8>, RenderError> {
    if !fonts::all_available() {
        return Err(RenderError::new(RenderErrorKind::Font));
    }
    let mut doc = PdfDocument::new(&meta.title);
    let used = glyphs_used(layout);
    let codes = Codes::new(&used);
    // Each font cut down to the glyphs drawn, numbered as `codes` numbers them, so that
    // printpdf embeds it as it is (see `subset`).
    for face in used.keys() {
        let font = subset::subset(face.bytes(), &codes.glyphs[*face as usize])
            .map_err(|e| RenderError::caused_by(RenderErrorKind::Subset, e))?;
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(&font, 0, &mut warnings)
            .ok_or(RenderError::new(RenderErrorKind::Subset))?;
        doc.resources
            .fonts
            .map
            .insert(font_id(*face), PdfFont::new(parsed));
    }
    let width = Pt(layout.page.width).into();
    let height = Pt(layout.page.height).into();
    let pages = layout
        .pages
        .iter()
        .enumerate()
        .map(|(index, page)| {
            let mut ops = link_ops(&page.items);
            if index == 0 && !used.is_empty() {
                ops.extend(usage_ops(&used, &codes));
            }
            let mut pdf_page = PdfPage::new(width, height, ops);
            // Exact sizes in points, without a round trip through millimetres.
            let exact = Rect::from_wh(Pt(layout.page.width), Pt(layout.page.height));
            pdf_page.media_box = exact.clone();
            pdf_page.trim_box = exact.clone();
            pdf_page.crop_box = exact;
            pdf_page
        })
        .collect();
    doc.with_pages(pages);

    let options = PdfSaveOptions {
        optimize: true,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut pdf = doc.to_lopdf_document(&options, &mut warnings);
    // printpdf's own document, its fonts parsed, is not needed again: its memory serves
    // the rest of the writing.
    drop(doc);
    // A font printpdf could not embed.
    if let Some(warning) = warnings.iter().find(|w| w.msg.contains("font")) {
        return Err(RenderError::caused_by(
            RenderErrorKind::Subset,
            warning.msg.clone(),
        ));
    }
    fonts_as_coded(&mut pdf, &codes, &used)?;
    let page_ids: Vec<ObjectId> = pdf.get_pages().into_values().collect();
    if page_ids.len() != layout.pages.len() {
        return Err(RenderError::new(RenderErrorKind::PageCount));
    }
    shared_resources(&mut pdf, &page_ids)?;
    let language = document_language(meta);
    let mut marked = Vec::with_capacity(layout.pages.len());
    for (page_id, page) in page_ids.iter().zip(&layout.pages) {
        let contents = pdf
            .get_dictionary(*page_id)
            .and_then(|d| d.get(b"Contents"))
            .and_then(Object::as_reference)
            .map_err(|e| RenderError::caused_by(RenderErrorKind::Structure, e))?;
        let stream = pdf
            .get_object_mut(contents)
            .and_then(Object::as_stream_mut)
            .map_err(|e| RenderError::caused_by(RenderErrorKind::Structure, e))?;
        stream.dict.remove(b"Filter");
        let (content, owners) = page_content(&page.items, &codes, &layout.structure, language);
        stream.set_content(content);
        marked.push(owners);
    }
    pdf.version = "1.7".to_string();
    let mut written = serialize::Written::new();
    let tree = structure_tree(&mut pdf, layout, &marked, &mut written)?;
    // Every object written is referred to (a test proves it), so there is nothing to prune:
    // walking the whole object graph to find that out cost a tenth of a render.
    finish(&mut pdf, layout, meta, tree, &mut written)?;
    // The structure tree is many small objects: packed into one compressed object stream,
    // with a compressed cross-reference stream, they take a fraction of the room.
    let bytes = serialize::save(&pdf, &written)
        .map_err(|e| RenderError::caused_by(RenderErrorKind::Output, e))?;
    Ok(bytes)
}

/// Gives every page one resource dictionary, of the fonts only (printpdf gives all pages
/// the same fonts), in place of printpdf's dictionary for each page with its empty ones;
/// and drops the crop and trim boxes, which say no more than the media box they default
/// to. A page whose fonts differ keeps its own dictionary.
fn shared_resources(pdf: &mut lopdf::Document, page_ids: &[ObjectId]) -> Result<(), RenderError> {
    let broken = |e| RenderError::caused_by(RenderErrorKind::Structure, e);
    let fonts_of = |pdf: &lopdf::Document, page: ObjectId| -> Result<Option<Object>, RenderError> {
        let resources = pdf
            .get_dictionary(page)
            .and_then(|p| p.get(b"Resources"))
            .map_err(broken)?;
        let resources = match resources {
            Object::Reference(r) => pdf.get_dictionary(*r).map_err(broken)?,
            Object::Dictionary(d) => d,
            _ => return Err(RenderError::new(RenderErrorKind::Structure)),
        };
        Ok(resources.get(b"Font").ok().cloned())
    };
    let Some(&first) = page_ids.first() else {
        return Ok(());
    };
    let fonts = fonts_of(pdf, first)?;
    let mut only = Dictionary::new();
    if let Some(fonts) = &fonts {
        only.set("Font", fonts.clone());
    }
    let shared = pdf.add_object(only);
    let mut replaced = Vec::new();
    let mut kept_any = false;
    for &id in page_ids {
        if fonts_of(pdf, id)? != fonts {
            kept_any = true;
            continue;
        }
        let page = pdf
            .get_object_mut(id)
            .and_then(Object::as_dict_mut)
            .map_err(broken)?;
        if let Ok(Object::Reference(old)) = page.get(b"Resources") {
            replaced.push(*old);
        }
        page.set("Resources", Object::Reference(shared));
        page.remove(b"CropBox");
        page.remove(b"TrimBox");
    }
    for old in replaced {
        // With it go the empty dictionaries it named (printpdf's graphics states, shadings
        // and images, as objects of their own), unless a page kept its own resources.
        if let Some(Object::Dictionary(resources)) = pdf.objects.remove(&old)
            && !kept_any
        {
            for (_, value) in resources.iter() {
                if let Object::Reference(r) = value
                    && pdf.get_dictionary(*r).is_ok_and(|d| d.is_empty())
                {
                    pdf.objects.remove(r);
                }
            }
        }
    }
    Ok(())
}

/// Makes each embedded font say what the writer's codes mean, where printpdf wrote
/// otherwise:
/// - its glyph widths in the `/W` array to a hundredth of a thousandth of an em
///   ([`fonts::Loaded::pdf_advance`]), where printpdf writes whole thousandths cut short:
///   a reader then moves after each glyph by what the shaper advanced, so the text needs
///   no move between the glyphs of a word to stay where the layout put it;
/// - one-byte codes through [`ONE_BYTE_CMAP`], where [`Codes::one_byte`];
/// - a ToUnicode map of those codes ([`to_unicode`]), in ranges where it can.
fn fonts_as_coded(
    pdf: &mut lopdf::Document,
    codes: &Codes,
    used: &GlyphTexts,
) -> Result<(), RenderError> {
    let broken = |e| RenderError::caused_by(RenderErrorKind::Structure, e);
    let mut one_byte_cmap = None;
    for (&face, texts) in used {
        let one_byte = codes.one_byte(face);
        let encoding = if one_byte {
            let id = *one_byte_cmap.get_or_insert_with(|| pdf.add_object(one_byte_cmap_stream()));
            Object::Reference(id)
        } else {
            Object::Name(b"Identity-H".to_vec())
        };
        // The subset has no name of its own, so printpdf names it by its resource name;
        // a subset's name is a tag, `+` and the font's PostScript name (ISO 32000-1,
        // 9.6.4), the same on the font, its descendant and its descriptor.
        let id = font_name(face);
        let name = match subset::postscript_name(face.bytes()) {
            Some(postscript) => format!("{id}+{postscript}"),
            None => format!("{id}+{}", face.name()),
        };
        let found = pdf.objects.values_mut().find_map(|object| {
            let dict = object.as_dict_mut().ok()?;
            let named = dict
                .get(b"BaseFont")
                .and_then(Object::as_name)
                .is_ok_and(|n| n == id.as_bytes());
            (named && dict.has(b"DescendantFonts")).then_some(dict)
        });
        let Some(type0) = found else {
            return Err(RenderError::new(RenderErrorKind::Structure));
        };
        type0.set("Encoding", encoding);
        type0.set("BaseFont", Object::Name(name.clone().into_bytes()));
        let to_unicode_id = type0
            .get(b"ToUnicode")
            .and_then(Object::as_reference)
            .map_err(broken)?;
        let descendant = type0
            .get_mut(b"DescendantFonts")
            .and_then(Object::as_array_mut)
            .map_err(broken)?
            .first_mut()
            .ok_or(RenderError::new(RenderErrorKind::Structure))?
            .as_dict_mut()
            .map_err(broken)?;
        let widths: Vec<Object> = codes.advances[face as usize]
            .iter()
            .map(|&advance| Object::Real(advance))
            .collect();
        descendant.set("W", vec![Object::Integer(1), Object::Array(widths)]);
        descendant.set("BaseFont", Object::Name(name.clone().into_bytes()));
        let descriptor = descendant
            .get(b"FontDescriptor")
            .and_then(Object::as_reference)
            .map_err(broken)?;
        pdf.get_object_mut(descriptor)
            .and_then(Object::as_dict_mut)
            .map_err(broken)?
            .set("FontName", Object::Name(name.into_bytes()));
        let map = texts
            .iter()
            .map(|(&gid, text)| (codes.code(face, gid), text.as_str()));
        let content = to_unicode(map, one_byte);
        let stream = pdf
            .get_object_mut(to_unicode_id)
            .and_then(Object::as_stream_mut)
            .map_err(broken)?;
        stream.dict.remove(b"Filter");
        stream.set_content(content);
    }
    Ok(())
}

/// The CMap of a font written with one byte a glyph: each byte is the CID, and the glyph,
/// of its number (the fonts' `/CIDToGIDMap` is `/Identity`). Embedded, as ISO 32000-1
/// 9.7.5.3 allows; its system is the fonts' own (Adobe-Identity-0), as PDF/UA requires.
const ONE_BYTE_CMAP: &str = "%!PS-Adobe-3.0 Resource-CMap
/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo 3 dict dup begin
/Registry (Adobe) def
/Ordering (Identity) def
/Supplement 0 def
end def
/CMapName /WRAP-OneByte-Identity def
/CMapVersion 1 def
/CMapType 1 def
/WMode 0 def
1 begincodespacerange
<00> <FF>
endcodespacerange
1 begincidrange
<00> <FF> 0
endcidrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end
";

fn one_byte_cmap_stream() -> lopdf::Stream {
    let dict = Dictionary::from_iter([
        ("Type", Object::from("CMap")),
        ("CMapName", Object::from("WRAP-OneByte-Identity")),
        (
            "CIDSystemInfo",
            Object::Dictionary(Dictionary::from_iter([
                ("Registry", Object::string_literal("Adobe")),
                ("Ordering", Object::string_literal("Identity")),
                ("Supplement", Object::Integer(0)),
            ])),
        ),
        ("WMode", Object::Integer(0)),
    ]);
    lopdf::Stream::new(dict, ONE_BYTE_CMAP.as_bytes().to_vec())
}

/// A ToUnicode CMap: for each code (ascending), the text its glyph stands for. Codes whose
/// texts are one UTF-16 unit and go up together are written as one range; a glyph with no
/// text is left out.
fn to_unicode<'a>(map: impl Iterator<Item = (u16, &'a str)>, one_byte: bool) -> Vec<u8> {
    use std::fmt::Write as _;
    let code = |c: u16| {
        if one_byte {
            format!("<{c:02X}>")
        } else {
            format!("<{c:04X}>")
        }
    };
    let hex = |text: &str| {
        let mut digits = Vec::new();
        utf16_hex(&mut digits, text);
        format!("<{}>", String::from_utf8_lossy(&digits))
    };
    // (first code, last code, first text); a range has one unit of text a code.
    let mut ranges: Vec<(u16, u16, &str)> = Vec::new();
    for (c, text) in map {
        if text.is_empty() {
            continue;
        }
        let units: Vec<u16> = text.encode_utf16().collect();
        if let Some(last) = ranges.last_mut()
            && let [unit] = units[..]
            && let Some(first) = last.2.encode_utf16().next()
            && last.2.encode_utf16().count() == 1
            && c == last.1 + 1
            && c >> 8 == last.0 >> 8
            && u32::from(unit) == u32::from(first) + u32::from(c - last.0)
            && unit >> 8 == first >> 8
        {
            last.1 = c;
            continue;
        }
        ranges.push((c, c, text));
    }
    let (singles, spans): (Vec<_>, Vec<_>) = ranges.into_iter().partition(|r| r.0 == r.1);
    let mut out = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n",
    );
    let _ = writeln!(
        out,
        "{} {}\nendcodespacerange",
        code(0),
        code(if one_byte { 0xFF } else { 0xFFFF })
    );
    for block in spans.chunks(100) {
        let _ = writeln!(out, "{} beginbfrange", block.len());
        for (first, last, text) in block {
            let _ = writeln!(out, "{} {} {}", code(*first), code(*last), hex(text));
        }
        out += "endbfrange\n";
    }
    for block in singles.chunks(100) {
        let _ = writeln!(out, "{} beginbfchar", block.len());
        for (c, _, text) in block {
            let _ = writeln!(out, "{} {}", code(*c), hex(text));
        }
        out += "endbfchar\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    out.into_bytes()
}

/// The document's language: the metadata's, or "en" if it names none.
fn document_language(meta: &Metadata) -> &str {
    if meta.language.trim().is_empty() {
        "en"
    } else {
        meta.language.trim()
    }
}

/// The text of `text` with XML's five special characters escaped, controls removed.
fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter_map(fonts::clean_char) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A date as XMP writes it, midnight UTC, matching [`pdf_date`].
fn xmp_date(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}T00:00:00Z",
        date.year(),
        date.month(),
        date.day()
    )
}

/// The XMP metadata packet: title, whose plan it is, subject, language, the plan's dates,
/// and that the file conforms to PDF/UA-1.
fn xmp_metadata(meta: &Metadata) -> String {
    let mut out = String::from(
        "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
         <x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n\
         <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
         <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
         xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" \
         xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n\
         <dc:format>application/pdf</dc:format>\n",
    );
    let alt = |out: &mut String, key: &str, value: &str| {
        out.push_str(&format!(
            "<dc:{key}><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:{key}>\n",
            xml_text(value)
        ));
    };
    alt(&mut out, "title", &meta.title);
    if !meta.author.trim().is_empty() {
        out.push_str(&format!(
            "<dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>\n",
            xml_text(meta.author.trim())
        ));
    }
    if !meta.subject.trim().is_empty() {
        alt(&mut out, "description", &meta.subject);
    }
    out.push_str(&format!(
        "<dc:language><rdf:Bag><rdf:li>{}</rdf:li></rdf:Bag></dc:language>\n",
        xml_text(document_language(meta))
    ));
    if let Some(created) = meta.created {
        out.push_str(&format!(
            "<xmp:CreateDate>{}</xmp:CreateDate>\n",
            xmp_date(created)
        ));
    }
    if let Some(modified) = meta.modified {
        let date = xmp_date(modified);
        out.push_str(&format!(
            "<xmp:ModifyDate>{date}</xmp:ModifyDate>\n<xmp:MetadataDate>{date}</xmp:MetadataDate>\n"
        ));
    }
    out.push_str(
        "<xmp:CreatorTool>wrap</xmp:CreatorTool>\n\
         <pdf:Producer>wrap-pdf</pdf:Producer>\n\
         <pdfuaid:part>1</pdfuaid:part>\n\
         </rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>",
    );
    out
}

/// The nested outline: an entry per section heading with its parts under it. Returns the
/// outline's root, or `None` when there are no headings.
fn outline(
    pdf: &mut lopdf::Document,
    layout: &Layout,
    page_ids: &[ObjectId],
    written: &mut serialize::Written,
) -> Option<ObjectId> {
    let entries = &layout.outline;
    if entries.is_empty() {
        return None;
    }
    let root_id = pdf.new_object_id();
    let ids: Vec<ObjectId> = entries.iter().map(|_| pdf.new_object_id()).collect();
    // Each entry's parent: the nearest entry before it of a lower level.
    let mut parents: Vec<Option<usize>> = Vec::with_capacity(entries.len());
    let mut open: Vec<usize> = Vec::new();
    for (index, entry) in entries.iter().enumerate() {
        while open
            .last()
            .is_some_and(|&o| entries[o].level >= entry.level)
        {
            open.pop();
        }
        parents.push(open.last().copied());
        open.push(index);
    }
    // Each entry's siblings before and after it, and the first and last children of each
    // entry and of the root (at `entries.len()`), in one pass.
    let root = entries.len();
    let (mut prev, mut next) = (vec![None; root], vec![None; root]);
    let (mut first, mut last) = (vec![None; root + 1], vec![None::<usize>; root + 1]);
    for (index, parent) in parents.iter().enumerate() {
        let parent = parent.unwrap_or(root);
        match last[parent] {
            Some(before) => {
                prev[index] = Some(before);
                next[before] = Some(index);
            }
            None => first[parent] = Some(index),
        }
        last[parent] = Some(index);
    }
    // Every entry is open: its count is all the entries below it.
    let mut below = vec![0_i64; entries.len()];
    for index in (0..entries.len()).rev() {
        if let Some(parent) = parents[index] {
            below[parent] += below[index] + 1;
        }
    }
    // The first and last children of an entry (or of the root), if it has any.
    let kids = |item: &mut Vec<u8>, of: usize| {
        let (Some(kid), Some(last_kid)) = (first[of], last[of]) else {
            return false;
        };
        item.extend_from_slice(b"/First ");
        serialize::reference(item, ids[kid]);
        item.extend_from_slice(b"/Last ");
        serialize::reference(item, ids[last_kid]);
        true
    };
    // The entries are written straight to PDF syntax, as the structure tree's elements are.
    for (index, entry) in entries.iter().enumerate() {
        let mut item = Vec::with_capacity(96);
        item.extend_from_slice(b"<</Title");
        serialize::value(&mut item, &text_string(&entry.title));
        item.extend_from_slice(b"/Parent ");
        serialize::reference(&mut item, parents[index].map_or(root_id, |p| ids[p]));
        if let Some(before) = prev[index] {
            item.extend_from_slice(b"/Prev ");
            serialize::reference(&mut item, ids[before]);
        }
        if let Some(after) = next[index] {
            item.extend_from_slice(b"/Next ");
            serialize::reference(&mut item, ids[after]);
        }
        if kids(&mut item, index) {
            item.extend_from_slice(b"/Count ");
            serialize::integer(&mut item, below[index]);
        }
        let page = page_ids
            .get(entry.page.saturating_sub(1))
            .or(page_ids.first())
            .copied();
        if let Some(page) = page {
            // To a hundredth of a point, as everything else on the page.
            let top = if entry.y.is_finite() {
                hundredths(entry.y)
            } else {
                0
            };
            item.extend_from_slice(b"/Dest[");
            serialize::reference(&mut item, page);
            item.extend_from_slice(b"/XYZ null ");
            serialize::number(&mut item, top);
            item.extend_from_slice(b" null]");
        }
        item.extend_from_slice(b">>");
        written.insert(ids[index].0, item);
    }
    let mut item = b"<</Type/Outlines".to_vec();
    kids(&mut item, root);
    item.extend_from_slice(b"/Count ");
    serialize::integer(&mut item, entries.len() as i64);
    item.extend_from_slice(b">>");
    written.insert(root_id.0, item);
    Some(root_id)
}

/// A piece of a structure element's content: marked content on a page, or an annotation.
#[derive(Debug, Clone, Copy)]
enum Kid {
    /// Marked-content number `mcid` on page `page` (counting from 0).
    Marked { page: usize, mcid: usize },
    /// An annotation object on page `page`.
    Annotation { page: usize, id: ObjectId },
}

/// The link areas of a page that printpdf writes as annotations, in its order, each with
/// its node.
fn page_links(items: &[Item]) -> impl Iterator<Item = Owner> + '_ {
    items.iter().filter_map(|item| match item {
        Item::Link {
            x,
            y,
            width,
            height,
            owner,
            ..
        } if finite(&[*x, *y, *width, *height]) => Some(*owner),
        _ => None,
    })
}

/// Writes the structure tree of `layout`, given for each page the node of each of its
/// marked-content numbers: one structure element per node that holds content (and every
/// cell of a row that does, so tables stay regular), the parent tree from marked content
/// and link annotations back to their elements, and each page's and annotation's key into
/// it. Link annotations become objects of their own, with a description. Returns the
/// structure tree root.
fn structure_tree(
    pdf: &mut lopdf::Document,
    layout: &Layout,
    marked: &[Vec<NodeId>],
    written: &mut serialize::Written,
) -> Result<ObjectId, RenderError> {
    let err = |e: lopdf::Error| RenderError::caused_by(RenderErrorKind::Structure, e);
    let structure = &layout.structure;
    let count = structure.nodes.len();
    let page_ids: Vec<ObjectId> = pdf.get_pages().into_values().collect();
    let mut kids: Vec<Vec<Kid>> = vec![Vec::new(); count];
    for (page, owners) in marked.iter().enumerate() {
        for (mcid, node) in owners.iter().enumerate() {
            if let Some(list) = kids.get_mut(node.index()) {
                list.push(Kid::Marked { page, mcid });
            }
        }
    }

    // Link annotations: objects of their own, keyed into the parent tree after the pages.
    let mut next_key = layout.pages.len();
    let mut annotation_keys: Vec<(usize, NodeId)> = Vec::new();
    for (page, (page_id, laid)) in page_ids.iter().zip(&layout.pages).enumerate() {
        let annots = pdf
            .get_dictionary(*page_id)
            .map_err(err)?
            .get(b"Annots")
            .and_then(Object::as_array)
            .cloned()
            .unwrap_or_default();
        let mut references = Vec::with_capacity(annots.len());
        for (annot, owner) in annots.into_iter().zip(page_links(&laid.items)) {
            let mut annot = match annot {
                Object::Dictionary(d) => d,
                Object::Reference(id) => pdf.get_dictionary(id).map_err(err)?.clone(),
                _ => continue,
            };
            let Owner::Node(node) = owner else { continue };
            let description = match structure.node(node).map(|n| &n.role) {
                Some(Role::Link(description)) => description.clone(),
                _ => String::new(),
            };
            annot.set("Contents", text_string(&description));
            // Printed as shown: the Print flag (bit 3) and no other.
            annot.set("F", Object::Integer(4));
            annot.set("StructParent", Object::Integer(next_key as i64));
            annot.set("P", Object::Reference(*page_id));
            let id = pdf.add_object(annot);
            if let Some(list) = kids.get_mut(node.index()) {
                list.push(Kid::Annotation { page, id });
            }
            annotation_keys.push((next_key, node));
            next_key += 1;
            references.push(Object::Reference(id));
        }
        let page_dict = pdf
            .get_object_mut(*page_id)
            .and_then(Object::as_dict_mut)
            .map_err(err)?;
        if references.is_empty() {
            page_dict.remove(b"Annots");
        } else {
            page_dict.set("Annots", Object::Array(references));
            // Tab through the annotations in the order of the structure.
            page_dict.set("Tabs", Object::Name(b"S".to_vec()));
        }
        if !marked[page].is_empty() {
            page_dict.set("StructParents", Object::Integer(page as i64));
        }
    }

    // Which nodes become elements: those with content below them, and every cell of a row
    // that has some.
    let children = structure.children();
    let mut filled: Vec<bool> = kids.iter().map(|k| !k.is_empty()).collect();
    for index in (1..count).rev() {
        if filled[index]
            && let Some(parent) = structure.nodes[index].parent
        {
            filled[parent.index()] = true;
        }
    }
    let mut kept = filled.clone();
    for (index, node) in structure.nodes.iter().enumerate() {
        if matches!(node.role, Role::Cell | Role::HeaderCell(_))
            && node.parent.is_some_and(|p| filled[p.index()])
        {
            kept[index] = true;
        }
    }
    kept[NodeId::DOCUMENT.index()] = true;

    let root_id = pdf.new_object_id();
    let element_ids: Vec<Option<ObjectId>> = kept
        .iter()
        .map(|&k| k.then(|| pdf.new_object_id()))
        .collect();
    for (index, node) in structure.nodes.iter().enumerate() {
        let Some(id) = element_ids[index] else {
            continue;
        };
        // Written straight to bytes: hundreds of small dictionaries, each built as lopdf
        // objects first cost a tenth of a render. `/Type /StructElem` is optional and
        // would be 16 bytes on each.
        let parent = node
            .parent
            .and_then(|p| element_ids.get(p.index()).copied().flatten())
            .unwrap_or(root_id);
        let mut e = Vec::with_capacity(64);
        e.extend_from_slice(b"<</S");
        serialize::name(&mut e, node.role.tag().as_bytes());
        e.extend_from_slice(b"/P ");
        reference(&mut e, parent);
        if let Role::HeaderCell(scope) = node.role {
            e.extend_from_slice(match scope {
                Scope::Column => b"/A<</O/Table/Scope/Column>>",
                Scope::Row => b"/A<</O/Table/Scope/Row>>",
            });
        }
        let first_page = kids[index].first().map(|kid| match kid {
            Kid::Marked { page, .. } | Kid::Annotation { page, .. } => *page,
        });
        if let Some(page) = first_page.and_then(|p| page_ids.get(p)) {
            e.extend_from_slice(b"/Pg ");
            reference(&mut e, *page);
        }
        e.extend_from_slice(b"/K[");
        let children = children[index]
            .iter()
            .filter_map(|child| element_ids[child.index()]);
        // A space between two kids, none after the array's opening bracket.
        let separate = |e: &mut Vec<u8>| {
            if e.last() != Some(&b'[') {
                e.push(b' ');
            }
        };
        for child in children {
            separate(&mut e);
            reference(&mut e, child);
        }
        for kid in &kids[index] {
            separate(&mut e);
            match *kid {
                Kid::Marked { page, mcid } if Some(page) == first_page => {
                    serialize::integer(&mut e, mcid as i64);
                }
                Kid::Marked { page, mcid } => {
                    e.extend_from_slice(b"<</Type/MCR/Pg ");
                    reference(&mut e, page_ids[page]);
                    e.extend_from_slice(b"/MCID ");
                    serialize::integer(&mut e, mcid as i64);
                    e.extend_from_slice(b">>");
                }
                Kid::Annotation { page, id } => {
                    e.extend_from_slice(b"<</Type/OBJR/Pg ");
                    reference(&mut e, page_ids[page]);
                    e.extend_from_slice(b"/Obj ");
                    reference(&mut e, id);
                    e.extend_from_slice(b">>");
                }
            }
        }
        e.extend_from_slice(b"]>>");
        written.insert(id.0, e);
    }

    // The parent tree: per page, the element of each marked-content number; per link
    // annotation, its element.
    let element = |node: &NodeId| {
        element_ids
            .get(node.index())
            .copied()
            .flatten()
            .map_or(Object::Null, Object::Reference)
    };
    let mut nums = Vec::new();
    for (page, owners) in marked.iter().enumerate() {
        if owners.is_empty() {
            continue;
        }
        nums.push(Object::Integer(page as i64));
        nums.push(Object::Array(owners.iter().map(element).collect()));
    }
    for (key, node) in &annotation_keys {
        nums.push(Object::Integer(*key as i64));
        nums.push(element(node));
    }
    let parent_tree = pdf.add_object(Dictionary::from_iter([("Nums", Object::Array(nums))]));
    let document = element_ids[NodeId::DOCUMENT.index()].unwrap_or(root_id);
    let root = Dictionary::from_iter([
        ("Type", Object::from("StructTreeRoot")),
        ("K", Object::Array(vec![Object::Reference(document)])),
        ("ParentTree", Object::Reference(parent_tree)),
        ("ParentTreeNextKey", Object::Integer(next_key as i64)),
    ]);
    pdf.objects.insert(root_id, Object::Dictionary(root));
    Ok(root_id)
}

/// Replaces what printpdf leaves random or generic: information dictionary, catalog
/// language and outline, and the trailer identifier.
fn finish(
    pdf: &mut lopdf::Document,
    layout: &Layout,
    meta: &Metadata,
    tree: ObjectId,
    written: &mut serialize::Written,
) -> Result<(), RenderError> {
    let err = |e: lopdf::Error| RenderError::caused_by(RenderErrorKind::Structure, e);

    // Information dictionary.
    let mut info = Dictionary::new();
    info.set("Title", text_string(&meta.title));
    if !meta.author.trim().is_empty() {
        info.set("Author", text_string(&meta.author));
    }
    if !meta.subject.trim().is_empty() {
        info.set("Subject", text_string(&meta.subject));
    }
    info.set("Creator", text_string("wrap"));
    info.set("Producer", text_string("wrap-pdf"));
    if let Some(created) = meta.created {
        info.set(
            "CreationDate",
            Object::string_literal(pdf_date(created).into_bytes()),
        );
    }
    if let Some(modified) = meta.modified {
        info.set(
            "ModDate",
            Object::string_literal(pdf_date(modified).into_bytes()),
        );
    }
    // printpdf wrote an information dictionary of its own: ours takes its place, under its
    // number, so that no object is left that nothing refers to.
    match pdf.trailer.get(b"Info").and_then(Object::as_reference) {
        Ok(id) if pdf.objects.contains_key(&id) => {
            pdf.objects.insert(id, Object::Dictionary(info));
        }
        _ => {
            let info_id = pdf.add_object(info);
            pdf.trailer.set("Info", Object::Reference(info_id));
        }
    }

    // Outline: sections, and the parts within them.
    let page_ids: Vec<ObjectId> = pdf.get_pages().into_values().collect();
    let outline_root = outline(pdf, layout, &page_ids, written);

    // Catalog.
    let language = document_language(meta);
    let xmp = lopdf::Stream::new(
        Dictionary::from_iter([
            ("Type", Object::from("Metadata")),
            ("Subtype", Object::from("XML")),
        ]),
        xmp_metadata(meta).into_bytes(),
    );
    // Compressed like every other stream (half of its kilobyte): PDF/UA allows it; only
    // PDF/A-1, which these files do not claim, would not.
    let xmp = pdf.add_object(xmp);
    let catalog = pdf.catalog_mut().map_err(err)?;
    catalog.set("Lang", text_string(language));
    catalog.set("Metadata", Object::Reference(xmp));
    catalog.set("StructTreeRoot", Object::Reference(tree));
    catalog.set(
        "MarkInfo",
        Dictionary::from_iter([("Marked", Object::from(true))]),
    );
    let mut preferences = Dictionary::new();
    preferences.set("DisplayDocTitle", Object::Boolean(true));
    catalog.set("ViewerPreferences", Object::Dictionary(preferences));
    catalog.remove(b"Outlines");
    match outline_root {
        Some(root) => {
            catalog.set("Outlines", Object::Reference(root));
            catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
        }
        None => catalog.set("PageMode", Object::Name(b"UseNone".to_vec())),
    }

    // A stable identifier, derived from what the document says.
    let mut digest = Digest::new();
    digest.layout(layout);
    for part in [&meta.title, &meta.author, &meta.subject] {
        digest.field(part.as_bytes());
    }
    digest.field(language.as_bytes());
    for date in [meta.created, meta.modified] {
        digest.field(date.map(pdf_date).unwrap_or_default().as_bytes());
    }
    let id = digest.finish();
    let id = Object::String(id.to_vec(), StringFormat::Hexadecimal);
    pdf.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_short_and_exact_to_a_hundredth() {
        let written = |v: f32| {
            let mut out = Vec::new();
            number(&mut out, hundredths(v));
            String::from_utf8(out).unwrap()
        };
        assert_eq!(written(12.0), "12");
        assert_eq!(written(12.5), "12.5");
        assert_eq!(written(692.79553), "692.8");
        assert_eq!(written(-0.25), "-0.25");
        assert_eq!(written(0.004), "0");
        assert_eq!(written(-92.9), "-92.9");
        assert_eq!(written(0.05), "0.05");
        assert_eq!(written(1234567.0), "1234567");
        assert_eq!(written(100.0), "100");
    }

    fn glyph(id: u16, advance: f32, cluster: u32) -> Glyph {
        Glyph {
            id,
            advance,
            dx: 0.0,
            dy: 0.0,
            cluster,
        }
    }

    fn text_item(x: f32, y: f32, face: Face, glyphs: Vec<Glyph>, text: &str) -> Item {
        Item::Text {
            x,
            y,
            size: 10.5,
            face,
            tone: Tone::Ink,
            text: text.into(),
            glyphs,
            rtl: false,
            embolden: false,
            owner: Owner::Node(NodeId(1)),
        }
    }

    /// A document of one paragraph, node 1.
    fn paragraph() -> Structure {
        let mut structure = Structure::default();
        structure.add(Role::Paragraph, NodeId::DOCUMENT);
        structure
    }

    /// The content of a page of `items`, all of the paragraph.
    fn content(items: &[Item], codes: &Codes) -> Vec<u8> {
        page_content(items, codes, &paragraph(), "en").0
    }

    fn used(items: &[Item]) -> GlyphTexts {
        glyphs_used(&Layout {
            page: crate::layout::PageSize::A4,
            pages: vec![crate::layout::Page {
                items: items.to_vec(),
            }],
            outline: Vec::new(),
            structure: paragraph(),
        })
    }

    #[test]
    fn text_strings_read_back_as_written_in_every_script() {
        let texts = [
            "Call Dafydd Evans, 07700 900123",
            "Ffonio (Siân) \\ back\\slash ) (",
            "ਮੇਰੇ ਸਹਾਇਕ", // Gurmukhi: every high byte is 0x0A, a line feed
            "മലയാളം",    // Malayalam: every high byte is 0x0D, a carriage return
            "خطة الأزمة",
            "陈美玲的危机计划 🌿",
            "\u{0}\u{7}tab\tand\nline",
        ];
        let mut doc = lopdf::Document::with_version("1.7");
        let ids: Vec<ObjectId> = texts
            .iter()
            .map(|t| doc.add_object(text_string(t)))
            .collect();
        let catalog = doc.add_object(Dictionary::new());
        doc.trailer.set("Root", Object::Reference(catalog));
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).unwrap();
        let read = lopdf::Document::load_mem(&bytes).unwrap();
        for (text, id) in texts.iter().zip(ids) {
            let object = read.get_object(id).unwrap();
            assert!(
                matches!(object, Object::String(_, StringFormat::Literal)),
                "{object:?}"
            );
            let expected: String = text.chars().filter_map(fonts::clean_char).collect();
            assert_eq!(lopdf::decode_text_string(object).unwrap(), expected);
        }
    }

    #[test]
    fn a_word_is_one_string_and_the_pen_is_put_back_once_it_drifts() {
        let font = fonts::loaded(Face::Regular).unwrap();
        let a = font.glyph('a').unwrap();
        let exact = font.pdf_advance(a) / 1000.0;
        let content = |advance: f32| {
            let items = [text_item(
                0.0,
                0.0,
                Face::Regular,
                (0..10).map(|i| glyph(a, advance, i)).collect(),
                "aaaaaaaaaa",
            )];
            let used = used(&items);
            content(&items, &Codes::new(&used))
        };
        let word = b"[(\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01)] TJ";
        // Advances as the widths array has them: one string, no move.
        let written = content(exact);
        assert!(
            written.windows(word.len()).any(|w| w == word),
            "{written:?}"
        );
        // A tenth of a thousandth more a glyph: a whole thousandth over ten, within the
        // drift allowed.
        let written = content(exact + 0.0001);
        assert!(
            written.windows(word.len()).any(|w| w == word),
            "{written:?}"
        );
        // Half a thousandth more a glyph: the pen is put back as it passes the drift.
        let written = String::from_utf8_lossy(&content(exact + 0.0005)).into_owned();
        // Five thousandths over ten glyphs: put back twice, by two or three.
        let moves: Vec<&str> = written.split(")-").skip(1).map(|m| &m[..1]).collect();
        assert!(
            moves.len() == 2 && moves.iter().all(|m| *m == "2" || *m == "3"),
            "{written}"
        );
    }

    #[test]
    fn the_widths_array_gives_each_glyph_its_advance_to_a_hundredth() {
        let layout =
            crate::layout_plan(&wrap_testkit::sample("full"), &crate::PdfOptions::default());
        let used = glyphs_used(&layout);
        let codes = Codes::new(&used);
        let pdf = write(&layout, &Metadata::default()).unwrap();
        let doc = lopdf::Document::load_mem(&pdf).unwrap();
        let mut checked = 0;
        for face in [Face::Regular, Face::Bold] {
            let font = fonts::loaded(face).unwrap();
            let base = format!("{}+", font_id(face).0);
            let type0 = doc
                .objects
                .values()
                .filter_map(|o| o.as_dict().ok())
                .find(|d| {
                    d.get(b"BaseFont")
                        .and_then(Object::as_name)
                        .is_ok_and(|n| n.starts_with(base.as_bytes()))
                        && d.has(b"DescendantFonts")
                })
                .expect("the font");
            let descendant = type0.get(b"DescendantFonts").unwrap().as_array().unwrap()[0]
                .as_dict()
                .unwrap();
            let w = descendant.get(b"W").unwrap().as_array().unwrap();
            assert_eq!(w[0].as_i64().unwrap(), 1);
            let widths = w[1].as_array().unwrap();
            let glyphs = &codes.glyphs[face as usize];
            assert_eq!(widths.len(), glyphs.len());
            for (width, &gid) in widths.iter().zip(glyphs) {
                let width = width.as_float().unwrap();
                assert!(
                    (width - font.pdf_advance(gid)).abs() < 0.006,
                    "{gid}: {width}"
                );
                checked += 1;
            }
        }
        assert!(checked > 50, "{checked}");
    }

    #[test]
    fn text_moves_from_the_previous_line_and_states_only_changes() {
        let a = fonts::loaded(Face::Regular).unwrap().glyph('a').unwrap();
        let advance = fonts::loaded(Face::Regular).unwrap().pdf_advance(a) / 1000.0;
        let items = [
            text_item(54.0, 700.0, Face::Regular, vec![glyph(a, advance, 0)], "a"),
            text_item(54.0, 684.0, Face::Regular, vec![glyph(a, advance, 0)], "a"),
            text_item(64.0, 684.0, Face::Bold, vec![glyph(a, advance, 0)], "a"),
        ];
        let used = used(&items);
        let codes = Codes::new(&used);
        let content = String::from_utf8(content(&items, &codes)).unwrap();
        assert_eq!(
            content,
            "BT\n/P <</MCID 0>> BDC\n0 0 0 rg\n/WRPREG 10.5 Tf\n54 700 Td\n[(\u{1})] TJ\n\
             0 -16 Td\n[(\u{1})] TJ\n/WRPBLD 10.5 Tf\n10 0 Td\n[(\u{1})] TJ\nEMC\nET\n"
        );
    }

    #[test]
    fn kerning_moves_the_next_glyph_and_marks_are_raised() {
        let font = fonts::loaded(Face::Regular).unwrap();
        let (a, v) = (font.glyph('A').unwrap(), font.glyph('V').unwrap());
        let drawn = font.pdf_advance(a) / 1000.0;
        let mut mark = glyph(v, 0.0, 1);
        mark.dy = 0.2;
        let items = [text_item(
            0.0,
            0.0,
            Face::Regular,
            vec![glyph(a, drawn - 0.05, 0), mark],
            "AV",
        )];
        let used = used(&items);
        let content = String::from_utf8(content(&items, &Codes::new(&used))).unwrap();
        assert!(
            content.contains("[(\u{1})] TJ\n2.1 Ts\n[50(\u{2})] TJ\n0 Ts\n"),
            "{content}"
        );
    }

    #[test]
    fn right_to_left_glyphs_are_written_in_the_order_of_the_text() {
        let font = fonts::loaded(Face::Regular).unwrap();
        let (a, b) = (font.glyph('a').unwrap(), font.glyph('b').unwrap());
        let (wa, wb) = (font.pdf_advance(a), font.pdf_advance(b));
        // On the page: b, then a to its right; in the text, a comes first.
        let mut item = text_item(
            0.0,
            0.0,
            Face::Regular,
            vec![glyph(b, wb / 1000.0, 1), glyph(a, wa / 1000.0, 0)],
            "ab",
        );
        if let Item::Text { rtl, .. } = &mut item {
            *rtl = true;
        }
        let used = used(std::slice::from_ref(&item));
        let content = content(&[item], &Codes::new(&used));
        let mut expected = b"[-".to_vec();
        // Moves are in whole thousandths of an em.
        number(&mut expected, wb.round() as i64 * 100);
        expected.extend_from_slice(b"(\x01)");
        number(&mut expected, (wa + wb).round() as i64 * 100);
        expected.extend_from_slice(b"(\x02)] TJ");
        assert!(
            content.windows(expected.len()).any(|w| w == expected),
            "{}",
            String::from_utf8_lossy(&content)
        );
    }

    #[test]
    fn reordered_text_carries_its_own_text() {
        let face = Face::Regular;
        let map = BTreeMap::from([(1, "a".to_string()), (2, "b".to_string())]);
        let used = GlyphTexts::from([(face, map)]);
        let codes = Codes::new(&used);
        let simple = [glyph(1, 0.5, 0), glyph(2, 0.5, 1)];
        assert!(!needs_actual_text("ab", &simple, face, &codes));
        // Two glyphs of one cluster.
        let reordered = [glyph(2, 0.5, 0), glyph(1, 0.5, 0)];
        assert!(needs_actual_text("ab", &reordered, face, &codes));
        // A glyph whose map entry is other text.
        assert!(needs_actual_text("ba", &simple, face, &codes));
        // A glyph the map does not have.
        assert!(needs_actual_text("a", &[glyph(5, 0.5, 0)], face, &codes));
        // A ligature: one glyph, two characters.
        let map = BTreeMap::from([(3, "fi".to_string())]);
        let used = GlyphTexts::from([(face, map)]);
        let codes = Codes::new(&used);
        assert!(!needs_actual_text("fi", &[glyph(3, 0.5, 0)], face, &codes));
    }

    #[test]
    fn to_unicode_maps_runs_of_letters_as_ranges_and_the_rest_one_by_one() {
        let map = [
            (1, "A"),
            (2, "B"),
            (3, "C"),
            (4, "fi"),
            (5, ""),
            (6, "\u{1F600}"),
            (7, "Z"),
        ];
        let one = String::from_utf8(to_unicode(map.into_iter(), true)).unwrap();
        assert!(one.contains("<00> <FF>\nendcodespacerange"), "{one}");
        assert!(
            one.contains("1 beginbfrange\n<01> <03> <0041>\nendbfrange"),
            "{one}"
        );
        assert!(
            one.contains("3 beginbfchar\n<04> <00660069>\n<06> <D83DDE00>\n<07> <005A>\nendbfchar"),
            "{one}"
        );
        let two = String::from_utf8(to_unicode(map.into_iter(), false)).unwrap();
        assert!(two.contains("<0000> <FFFF>\nendcodespacerange"), "{two}");
        assert!(two.contains("<0001> <0003> <0041>"), "{two}");
        // A range never runs over a change of the first byte, of the code or of the text.
        let split = [(0xFE, "\u{00FE}"), (0xFF, "\u{00FF}"), (0x100, "\u{0100}")];
        let two = String::from_utf8(to_unicode(split.into_iter(), false)).unwrap();
        assert!(two.contains("<00FE> <00FF> <00FE>"), "{two}");
        assert!(two.contains("1 beginbfchar\n<0100> <0100>"), "{two}");
    }

    #[test]
    fn string_delimiters_and_line_ends_in_glyph_codes_are_escaped() {
        let mut out = Vec::new();
        for code in [0x0028, 0x295C, 0x0D0A] {
            glyph_code(&mut out, code, false);
        }
        assert_eq!(out, b"\0\\(\\)\\\\\\r\\n");
        out.clear();
        for code in [0x28, 0x29, 0x5C, 0x0D, 0x0A, 0x41] {
            glyph_code(&mut out, code, true);
        }
        assert_eq!(out, b"\\(\\)\\\\\\r\\nA");
        // Codes 1 to 255 fit a byte; a font of more glyphs takes two.
        let mut codes = Codes::default();
        codes.glyphs[Face::Cjk as usize] = (1..=255).collect();
        assert!(codes.one_byte(Face::Cjk));
        codes.glyphs[Face::Cjk as usize].push(256);
        assert!(!codes.one_byte(Face::Cjk));
    }

    /// The relative luminance of a tone's colour (WCAG 2).
    fn luminance(tone: Tone) -> f64 {
        let text = std::str::from_utf8(rgb(tone)).unwrap();
        let channels: Vec<f64> = text.split(' ').map(|c| c.parse().unwrap()).collect();
        let linear = |c: f64| {
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(channels[0]) + 0.7152 * linear(channels[1]) + 0.0722 * linear(channels[2])
    }

    #[test]
    fn text_contrasts_at_least_4_5_to_1_on_paper_and_on_the_shaded_band() {
        let white = 1.0;
        for text in [Tone::Ink, Tone::Accent, Tone::Muted] {
            for ground in [white, luminance(Tone::Shade)] {
                let (light, dark) = (ground.max(luminance(text)), ground.min(luminance(text)));
                let ratio = (light + 0.05) / (dark + 0.05);
                assert!(ratio >= 4.5, "{text:?} on {ground}: {ratio:.2}");
            }
        }
    }
}
