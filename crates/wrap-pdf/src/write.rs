//! Turns a [`Layout`] into PDF bytes: embedded, subset fonts; metadata; outline; links.
//!
//! The bytes depend only on the layout and the metadata: fonts are registered under fixed
//! names, dates come from the caller and the document identifier is derived from the
//! content, so the same input always gives the same file.

use std::collections::BTreeMap;

use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{
    Actions, BorderArray, Codepoint, FontId, LinkAnnotation, Op, PdfDocument, PdfFontHandle,
    PdfPage, PdfSaveOptions, Pt, Rect, TextItem, font::PdfFont,
};

use wrap_core::Date;

use crate::fonts::{self, Face};
use crate::layout::{Glyph, Item, Layout, Tone};
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
fn font_id(face: Face) -> FontId {
    FontId(
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
        .to_string(),
    )
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

/// Writes a number given in hundredths, in its shortest form ("12", "12.5", "-0.25").
fn number(out: &mut Vec<u8>, hundredths: i64) {
    if hundredths < 0 {
        out.push(b'-');
    }
    let magnitude = hundredths.unsigned_abs();
    let mut digits = [0_u8; 20];
    let mut start = digits.len();
    let mut whole = magnitude / 100;
    loop {
        start -= 1;
        digits[start] = b'0' + (whole % 10) as u8;
        whole /= 10;
        if whole == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[start..]);
    let fraction = magnitude % 100;
    if fraction != 0 {
        out.push(b'.');
        out.push(b'0' + (fraction / 10) as u8);
        if !fraction.is_multiple_of(10) {
            out.push(b'0' + (fraction % 10) as u8);
        }
    }
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

/// Per glyph of a text item, the characters of its cluster.
fn cluster_texts<'a>(text: &'a str, glyphs: &[Glyph]) -> Vec<&'a str> {
    let mut starts: Vec<usize> = glyphs.iter().map(|g| g.cluster as usize).collect();
    starts.push(text.len());
    starts.sort_unstable();
    starts.dedup();
    glyphs
        .iter()
        .map(|g| {
            let from = (g.cluster as usize).min(text.len());
            let index = starts.partition_point(|&s| s <= from);
            let to = starts.get(index).copied().unwrap_or(text.len());
            text.get(from..to).unwrap_or("")
        })
        .collect()
}

/// Whether each glyph of an item is the only glyph of its cluster.
fn sole_glyphs(glyphs: &[Glyph]) -> impl Iterator<Item = bool> + '_ {
    let mut clusters: Vec<u32> = glyphs.iter().map(|g| g.cluster).collect();
    clusters.sort_unstable();
    glyphs.iter().map(move |g| {
        let first = clusters.partition_point(|&c| c < g.cluster);
        clusters.get(first + 1) != Some(&g.cluster)
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
    for item in layout.pages.iter().flat_map(|p| p.items.iter()) {
        if let Item::Text {
            face, text, glyphs, ..
        } = item
        {
            let map = used.entry(*face).or_default();
            let clusters = cluster_texts(text, glyphs);
            for ((glyph, cluster), sole) in glyphs.iter().zip(clusters).zip(sole_glyphs(glyphs)) {
                if sole {
                    map.entry(glyph.id).or_insert_with(|| cluster.to_string());
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
fn needs_actual_text(text: &str, glyphs: &[Glyph], map: &BTreeMap<u16, String>) -> bool {
    let clusters = cluster_texts(text, glyphs);
    let mut seen = 0_usize;
    for ((glyph, cluster), sole) in glyphs.iter().zip(&clusters).zip(sole_glyphs(glyphs)) {
        if !sole || map.get(&glyph.id).map(String::as_str) != Some(*cluster) {
            return true;
        }
        seen += cluster.len();
    }
    seen != text.len()
}

/// The codes of the glyphs in each embedded font.
///
/// Fonts are embedded as subsets, renumbered: code 0 is the missing glyph and the glyphs
/// used follow in the order of their number in the full font. printpdf numbers its subsets
/// the same way, from the glyphs it is shown (see [`usage_ops`]).
struct Codes {
    /// Per face, the glyphs used, in ascending order.
    glyphs: [Vec<u16>; Face::ALL.len()],
}

impl Codes {
    fn new(used: &GlyphTexts) -> Codes {
        let mut codes = Codes {
            glyphs: Default::default(),
        };
        for (face, glyphs) in used {
            codes.glyphs[*face as usize] = glyphs.keys().copied().filter(|&g| g != 0).collect();
        }
        codes
    }

    /// The code of glyph `gid` in `face`'s subset; 0 (the missing glyph) if it has none.
    fn code(&self, face: Face, gid: u16) -> u16 {
        self.glyphs[face as usize]
            .binary_search(&gid)
            .map_or(0, |index| index as u16 + 1)
    }
}

/// Writes a glyph code into a literal string.
fn glyph_code(out: &mut Vec<u8>, code: u16) {
    for byte in code.to_be_bytes() {
        match byte {
            b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', byte]),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\n' => out.extend_from_slice(b"\\n"),
            _ => out.push(byte),
        }
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
    // Where each glyph is drawn, in thousandths of an em from the item's left edge.
    let mut pen = 0.0_f32;
    let origins: Vec<f32> = glyphs
        .iter()
        .map(|g| {
            let origin = (pen + g.dx) * 1000.0;
            pen += g.advance;
            origin
        })
        .collect();
    let order: Vec<usize> = if rtl {
        (0..glyphs.len()).rev().collect()
    } else {
        (0..glyphs.len()).collect()
    };
    // Where a reader's pen is, in the same units.
    let mut at = 0.0_f32;
    let mut open = false;
    for index in order {
        let glyph = &glyphs[index];
        let raised = glyph.dy.abs() > 1e-4;
        if raised && open {
            out.extend_from_slice(b"] TJ\n");
            open = false;
        }
        if raised {
            number(out, hundredths(glyph.dy * size));
            out.extend_from_slice(b" Ts\n");
        }
        if !open {
            out.push(b'[');
            open = true;
        }
        // A positive number moves the pen left. Whole thousandths of an em (a hundredth of
        // a point at 10 pt): finer moves would only make up for the widths array's rounding,
        // at a number per glyph. The difference is carried on, never more than half of one.
        let shift = (at - origins[index]).round();
        if shift != 0.0 {
            number(out, shift as i64 * 100);
            at -= shift;
        }
        out.push(b'(');
        glyph_code(out, codes.code(face, glyph.id));
        out.push(b')');
        at += font.map_or(glyph.advance * 1000.0, |f| f.pdf_advance(glyph.id));
        if raised {
            out.extend_from_slice(b"] TJ\n0 Ts\n");
            open = false;
        }
    }
    if open {
        out.extend_from_slice(b"] TJ\n");
    }
}

/// The page content stream: shading and rules first, then all the text in one text
/// object, each line stating only what changed since the line before (face and size,
/// colour) and moving from the previous line's start.
fn page_content(items: &[Item], codes: &Codes, used: &GlyphTexts) -> Vec<u8> {
    let mut out = Vec::with_capacity(items.len() * 48);
    let mut stroke: Option<(Tone, i64)> = None;
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

    let mut in_text = false;
    let mut font: Option<(Face, i64)> = None;
    let mut fill: Option<Tone> = None;
    let mut at = (0_i64, 0_i64);
    let empty = BTreeMap::new();
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
        if fill != Some(*tone) {
            out.extend_from_slice(rgb(*tone));
            out.extend_from_slice(b" rg\n");
            fill = Some(*tone);
        }
        let size_hundredths = hundredths(*size);
        if font != Some((*face, size_hundredths)) {
            out.push(b'/');
            out.extend_from_slice(font_id(*face).0.as_bytes());
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
        let actual = needs_actual_text(text, glyphs, used.get(face).unwrap_or(&empty));
        if actual {
            out.extend_from_slice(b"/Span <</ActualText <");
            hex_text(&mut out, text);
            out.extend_from_slice(b">>> BDC\n");
        }
        show_glyphs(&mut out, glyphs, *rtl, *face, *size, codes);
        if actual {
            out.extend_from_slice(b"EMC\n");
        }
        if *embolden {
            out.extend_from_slice(b"0 Tr\n");
        }
    }
    if in_text {
        out.extend_from_slice(b"ET\n");
    }
    out
}

/// Writes text as UTF-16BE hexadecimal with a byte-order mark, for a PDF text string.
fn hex_text(out: &mut Vec<u8>, text: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.extend_from_slice(b"FEFF");
    for unit in text.encode_utf16() {
        for byte in unit.to_be_bytes() {
            out.push(HEX[usize::from(byte >> 4)]);
            out.push(HEX[usize::from(byte & 0xF)]);
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

/// Shows printpdf every glyph of each face once, with its text, so that it embeds each
/// font as a subset of exactly the glyphs the document uses and writes their ToUnicode map.
fn usage_ops(used: &GlyphTexts) -> Vec<Op> {
    let mut ops = vec![Op::StartTextSection];
    for (face, glyphs) in used {
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(font_id(*face)),
            size: Pt(1.0),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(
                glyphs
                    .iter()
                    .map(|(&gid, text)| Codepoint::with_cid(gid, 0.0, text.clone()))
                    .collect(),
            )],
        });
    }
    ops.push(Op::EndTextSection);
    ops
}

/// A PDF text string: UTF-16BE with a byte-order mark, control characters removed.
fn text_string(text: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in text
        .chars()
        .filter_map(fonts::clean_char)
        .collect::<String>()
        .encode_utf16()
    {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
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
            self.bytes(&value.to_bits().to_be_bytes());
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
                    } => {
                        self.field(face.name().as_bytes());
                        self.bytes(&[*tone as u8, u8::from(*rtl), u8::from(*embolden)]);
                        self.numbers(&[*x, *y, *size]);
                        self.field(text.as_bytes());
                        for glyph in glyphs {
                            self.bytes(&glyph.id.to_be_bytes());
                            self.bytes(&glyph.cluster.to_be_bytes());
                            self.numbers(&[glyph.advance, glyph.dx, glyph.dy]);
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
                    } => {
                        self.field(b"link");
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
    for face in used.keys() {
        let parsed = fonts::loaded(*face)
            .and_then(|f| f.parsed())
            .ok_or(RenderError::new(RenderErrorKind::Font))?;
        doc.resources
            .fonts
            .map
            .insert(font_id(*face), PdfFont::new(parsed.clone()));
    }
    let codes = Codes::new(&used);
    let width = Pt(layout.page.width).into();
    let height = Pt(layout.page.height).into();
    let pages = layout
        .pages
        .iter()
        .enumerate()
        .map(|(index, page)| {
            let mut ops = link_ops(&page.items);
            if index == 0 && !used.is_empty() {
                ops.extend(usage_ops(&used));
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
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut pdf = doc.to_lopdf_document(&options, &mut warnings);
    // A font printpdf could not subset is embedded whole, with other codes than ours.
    if let Some(warning) = warnings.iter().find(|w| w.msg.contains("subset")) {
        return Err(RenderError::caused_by(
            RenderErrorKind::Subset,
            warning.msg.clone(),
        ));
    }
    let page_ids: Vec<ObjectId> = pdf.get_pages().into_values().collect();
    if page_ids.len() != layout.pages.len() {
        return Err(RenderError::new(RenderErrorKind::PageCount));
    }
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
        stream.set_content(page_content(&page.items, &codes, &used));
    }
    finish(&mut pdf, layout, meta)?;
    pdf.prune_objects();
    compress(&mut pdf)?;
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes)
        .map_err(|e| RenderError::caused_by(RenderErrorKind::Output, e))?;
    Ok(bytes)
}

/// How hard deflate works on the streams. For the full sample (zlib-rs; callgrind
/// instructions per render, PDF size): level 1, 25.5M and 45.7 KB; level 2, 29.3M and 36.7 KB;
/// level 4, 30.9M and 34.6 KB; level 6, 32.2M and 33.8 KB. Level 2 is the knee.
const COMPRESSION_LEVEL: u32 = 2;

/// Compresses every stream that allows it and is not compressed yet, with one compressor
/// reused for all of them (setting one up costs more than compressing a page of text).
fn compress(pdf: &mut lopdf::Document) -> Result<(), RenderError> {
    use std::io::Write as _;
    let err = |e: std::io::Error| RenderError::caused_by(RenderErrorKind::Output, e);
    let mut encoder =
        flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(COMPRESSION_LEVEL));
    for object in pdf.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.has(b"Filter") {
            continue;
        }
        encoder.write_all(&stream.content).map_err(err)?;
        let compressed = encoder
            .reset(Vec::with_capacity(stream.content.len() / 2))
            .map_err(err)?;
        // As lopdf does: keep a stream that deflate cannot make smaller as it is.
        if compressed.len() + 19 < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
    Ok(())
}

/// Replaces what printpdf leaves random or generic: information dictionary, catalog
/// language and outline, and the trailer identifier.
fn finish(pdf: &mut lopdf::Document, layout: &Layout, meta: &Metadata) -> Result<(), RenderError> {
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
    let info_id = pdf.add_object(info);
    pdf.trailer.set("Info", Object::Reference(info_id));

    // Outline.
    let page_ids: Vec<ObjectId> = pdf.get_pages().into_values().collect();
    let outline_root = if layout.outline.is_empty() {
        None
    } else {
        let root_id = pdf.new_object_id();
        let ids: Vec<ObjectId> = layout.outline.iter().map(|_| pdf.new_object_id()).collect();
        for (index, entry) in layout.outline.iter().enumerate() {
            let page = page_ids
                .get(entry.page.saturating_sub(1))
                .or(page_ids.first())
                .copied();
            let mut item = Dictionary::new();
            item.set("Title", text_string(&entry.title));
            item.set("Parent", Object::Reference(root_id));
            if index > 0 {
                item.set("Prev", Object::Reference(ids[index - 1]));
            }
            if let Some(next) = ids.get(index + 1) {
                item.set("Next", Object::Reference(*next));
            }
            if let Some(page) = page {
                let top = if entry.y.is_finite() { entry.y } else { 0.0 };
                item.set(
                    "Dest",
                    Object::Array(vec![
                        Object::Reference(page),
                        Object::Name(b"XYZ".to_vec()),
                        Object::Null,
                        Object::Real(top),
                        Object::Null,
                    ]),
                );
            }
            pdf.objects.insert(ids[index], Object::Dictionary(item));
        }
        let mut root = Dictionary::new();
        root.set("Type", Object::Name(b"Outlines".to_vec()));
        if let (Some(first), Some(last)) = (ids.first(), ids.last()) {
            root.set("First", Object::Reference(*first));
            root.set("Last", Object::Reference(*last));
        }
        root.set("Count", Object::Integer(ids.len() as i64));
        pdf.objects.insert(root_id, Object::Dictionary(root));
        Some(root_id)
    };

    // Catalog.
    let catalog = pdf.catalog_mut().map_err(err)?;
    let language = if meta.language.trim().is_empty() {
        "en"
    } else {
        meta.language.trim()
    };
    catalog.set("Lang", text_string(language));
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
        }
    }

    fn used(items: &[Item]) -> GlyphTexts {
        glyphs_used(&Layout {
            page: crate::layout::PageSize::A4,
            pages: vec![crate::layout::Page {
                items: items.to_vec(),
            }],
            outline: Vec::new(),
        })
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
        let content = String::from_utf8(page_content(&items, &codes, &used)).unwrap();
        assert_eq!(
            content,
            "BT\n0 0 0 rg\n/WRPREG 10.5 Tf\n54 700 Td\n[(\0\u{1})] TJ\n0 -16 Td\n[(\0\u{1})] TJ\n\
             /WRPBLD 10.5 Tf\n10 0 Td\n[(\0\u{1})] TJ\nET\n"
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
        let content = String::from_utf8(page_content(&items, &Codes::new(&used), &used)).unwrap();
        assert!(
            content.contains("[(\0\u{1})] TJ\n2.1 Ts\n[50(\0\u{2})] TJ\n0 Ts\n"),
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
        let content = page_content(&[item], &Codes::new(&used), &used);
        let mut expected = b"[-".to_vec();
        number(&mut expected, hundredths(wb));
        expected.extend_from_slice(b"(\0\x01)");
        number(&mut expected, hundredths(wa + wb));
        expected.extend_from_slice(b"(\0\x02)] TJ");
        assert!(
            content.windows(expected.len()).any(|w| w == expected),
            "{}",
            String::from_utf8_lossy(&content)
        );
    }

    #[test]
    fn reordered_text_carries_its_own_text() {
        let map = BTreeMap::from([(1, "a".to_string()), (2, "b".to_string())]);
        let simple = [glyph(1, 0.5, 0), glyph(2, 0.5, 1)];
        assert!(!needs_actual_text("ab", &simple, &map));
        // Two glyphs of one cluster.
        let reordered = [glyph(2, 0.5, 0), glyph(1, 0.5, 0)];
        assert!(needs_actual_text("ab", &reordered, &map));
        // A glyph whose map entry is other text.
        assert!(needs_actual_text("ba", &simple, &map));
        // A ligature: one glyph, two characters.
        let map = BTreeMap::from([(3, "fi".to_string())]);
        assert!(!needs_actual_text("fi", &[glyph(3, 0.5, 0)], &map));
    }

    #[test]
    fn string_delimiters_and_line_ends_in_glyph_codes_are_escaped() {
        let mut out = Vec::new();
        for code in [0x0028, 0x295C, 0x0D0A] {
            glyph_code(&mut out, code);
        }
        assert_eq!(out, b"\0\\(\\)\\\\\\r\\n");
    }
}
