//! Text: from a string to lines of shaped glyphs.
//!
//! Each paragraph (a line of what was typed) goes through the Unicode bidirectional
//! algorithm, is split into runs of one face and one direction (the face chosen per
//! character, see [`fonts::face_for`]), and is shaped run by run. Lines are filled greedily
//! between the break opportunities of [`breaks::opportunities`]; a piece wider than the line
//! is broken between clusters only as a last resort. A line of a right-to-left paragraph is
//! laid out right to left and aligned to the right.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::Arc;

use unicode_bidi::BidiInfo;

use super::breaks;
use super::shape::{self, Glyph};
use super::{Item, Owner, Tone};
use crate::fonts::{self, Face};

/// Glyphs of one face and one direction, and the characters they come from.
#[derive(Debug, Clone)]
struct Run {
    /// Bytes of the paragraph's text.
    range: Range<usize>,
    /// The face drawn in.
    face: Face,
    /// Bidi embedding level: odd is right to left.
    level: u8,
    /// In visual order; clusters are byte offsets from `range.start`.
    glyphs: Arc<[Glyph]>,
    /// Sum of the advances, in em.
    width: f32,
}

impl Run {
    fn rtl(&self) -> bool {
        self.level % 2 == 1
    }
}

/// One line of text, shaped, ready to be placed.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// The paragraph's text; the runs point into it.
    text: Arc<str>,
    /// In logical order.
    runs: Vec<Run>,
    /// Whether the paragraph runs right to left.
    rtl: bool,
}

impl Line {
    /// Width in em.
    fn width_em(&self) -> f32 {
        self.runs.iter().map(|r| r.width).sum()
    }

    /// Width in points at `size`.
    pub(crate) fn width(&self, size: f32) -> f32 {
        self.width_em() * size
    }

    /// Adds the line's text items, in the box from `x` that is `width` wide, at baseline
    /// `y`. Returns where the line starts and its width, in points.
    pub(crate) fn place(
        &self,
        items: &mut Vec<Item>,
        (x, width): (f32, f32),
        y: f32,
        (size, tone, bold): (f32, Tone, bool),
        owner: Owner,
    ) -> (f32, f32) {
        let line_width = self.width(size);
        let start = if self.rtl {
            x + (width - line_width).max(0.0)
        } else {
            x
        };
        let mut cursor = start;
        // Placed left to right, but written in the order of the text, so that a reader
        // going through the page's items meets the words in the order they were written.
        // A line all at level 0 (left to right, most text) is in that order already.
        let plain = self.runs.iter().all(|r| r.level == 0);
        let groups = if plain {
            merged(self.runs.iter())
        } else {
            merged(visual_order(&self.runs).into_iter())
        };
        let first = items.len();
        let mut starts: Vec<usize> = Vec::new();
        for group in groups {
            let text = &self.text[group.range.clone()];
            let advance: f32 = group.glyphs.iter().map(|g| g.advance).sum::<f32>() * size;
            if !text.trim().is_empty() && !group.glyphs.is_empty() {
                if !plain {
                    starts.push(group.range.start);
                }
                items.push(Item::Text {
                    x: cursor,
                    y,
                    size,
                    face: group.face,
                    tone,
                    text: text.to_string(),
                    glyphs: group.glyphs,
                    rtl: group.rtl,
                    embolden: bold && !group.face.is_bold(),
                    owner,
                });
            }
            cursor += advance;
        }
        if !plain {
            let mut placed: Vec<(usize, Item)> =
                starts.into_iter().zip(items.drain(first..)).collect();
            placed.sort_by_key(|(at, _)| *at);
            items.extend(placed.into_iter().map(|(_, item)| item));
        }
        (start, line_width)
    }

    /// Drops the spaces at the end of the line: they take no room on paper.
    fn trim_end(&mut self) {
        let (whole, partial) = trailing_spaces(&self.text, &self.runs);
        self.runs.truncate(whole + usize::from(partial.is_some()));
        if let (Some(kept), Some(run)) = (partial, self.runs.last_mut()) {
            let glyphs: Vec<Glyph> = kept_glyphs(run, kept).copied().collect();
            run.width = glyphs.iter().map(|g| g.advance).sum();
            run.glyphs = glyphs.into();
            run.range.end = run.range.start + kept;
        }
    }
}

/// Where the spaces at the end of `runs` (of `text`) start: how many runs stay whole, and
/// how many bytes stay of the run after them when only its end is spaces.
fn trailing_spaces(text: &str, runs: &[Run]) -> (usize, Option<usize>) {
    let mut whole = runs.len();
    while let Some(run) = whole.checked_sub(1).map(|last| &runs[last]) {
        let run_text = &text[run.range.clone()];
        let kept = run_text.trim_end().len();
        if kept == run_text.len() {
            break;
        }
        whole -= 1;
        if kept > 0 {
            return (whole, Some(kept));
        }
    }
    (whole, None)
}

/// The glyphs of `run` that draw its first `kept` bytes.
fn kept_glyphs(run: &Run, kept: usize) -> impl Iterator<Item = &Glyph> {
    run.glyphs
        .iter()
        .filter(move |g| (g.cluster as usize) < kept)
}

/// Runs that are placed as one text item.
struct Group {
    range: Range<usize>,
    face: Face,
    rtl: bool,
    glyphs: Vec<Glyph>,
}

/// The runs of a line in visual order, left to right (rule L2 of the bidi algorithm: from
/// the highest level down to the lowest odd one, reverse every sequence at that level or
/// above).
fn visual_order(runs: &[Run]) -> Vec<&Run> {
    let mut order: Vec<&Run> = runs.iter().collect();
    let Some(highest) = runs.iter().map(|r| r.level).max() else {
        return order;
    };
    let lowest_odd = runs
        .iter()
        .map(|r| r.level)
        .filter(|l| l % 2 == 1)
        .min()
        .unwrap_or(highest + 1);
    let mut level = highest;
    while level >= lowest_odd && level > 0 {
        let mut index = 0;
        while index < order.len() {
            if order[index].level >= level {
                let start = index;
                while index < order.len() && order[index].level >= level {
                    index += 1;
                }
                order[start..index].reverse();
            } else {
                index += 1;
            }
        }
        level -= 1;
    }
    order
}

/// Joins runs next to each other on the line that are in one face and direction and
/// follow each other in the text.
fn merged<'r>(mut runs: impl Iterator<Item = &'r Run> + Clone) -> Vec<Group> {
    // Whether `run` is placed as part of the group of `range` in `face` and direction `rtl`.
    let continues = |range: &Range<usize>, face: Face, rtl: bool, run: &Run| {
        run.face == face
            && run.rtl() == rtl
            && if rtl {
                run.range.end == range.start
            } else {
                range.end == run.range.start
            }
    };
    let mut groups: Vec<Group> = Vec::new();
    while let Some(run) = runs.next() {
        let (face, rtl) = (run.face, run.rtl());
        // The runs that join this one, counted first so that the glyphs are gathered
        // without growing their vector again and again.
        let mut joining = 0;
        let mut count = run.glyphs.len();
        let mut range = run.range.clone();
        for next in runs.clone() {
            if !continues(&range, face, rtl, next) {
                break;
            }
            joining += 1;
            count += next.glyphs.len();
            range = range.start.min(next.range.start)..range.end.max(next.range.end);
        }
        let mut group = Group {
            range: run.range.clone(),
            face,
            rtl,
            glyphs: Vec::with_capacity(count),
        };
        group.glyphs.extend_from_slice(&run.glyphs);
        for run in runs.by_ref().take(joining) {
            let lo = group.range.start.min(run.range.start);
            // Clusters become offsets from the group's start.
            if rtl {
                let shift = (group.range.start - lo) as u32;
                for g in &mut group.glyphs {
                    g.cluster += shift;
                }
            }
            let offset = (run.range.start - lo) as u32;
            group.glyphs.extend(run.glyphs.iter().map(|g| Glyph {
                cluster: g.cluster + offset,
                ..*g
            }));
            group.range = lo..group.range.end.max(run.range.end);
        }
        groups.push(group);
    }
    groups
}

/// A paragraph split into what the line breaker works with.
struct Paragraph {
    text: Arc<str>,
    rtl: bool,
    /// Per character: byte offset, face (`None`: no face has it), level.
    chars: Vec<(usize, Option<Face>, u8)>,
}

impl Paragraph {
    fn new(text: &str, face: Face) -> Paragraph {
        let requested = if face.is_bold() {
            Face::Bold
        } else {
            Face::Regular
        };
        let simple = text.bytes().all(|b| b.is_ascii() && b >= b' ' && b != 0x7F);
        let (rtl, levels) = if simple {
            (false, None)
        } else {
            let bidi = BidiInfo::new(text, None);
            let rtl = bidi.paragraphs.first().is_some_and(|p| p.level.is_rtl());
            let mut levels = bidi.levels;
            // A phone number reads left to right as a whole, its digit groups in the order
            // written, as if isolated: the bidi algorithm alone would put the groups of
            // "07700 900123" in right-to-left order inside Arabic or Hebrew text.
            for number in breaks::phone_numbers(text) {
                let level = levels[number.start..number.end]
                    .iter()
                    .map(|l| l.number())
                    .max()
                    .unwrap_or(0);
                let even = level + level % 2;
                if let Ok(even) = unicode_bidi::Level::new(even) {
                    levels[number].fill(even);
                }
            }
            (rtl, Some(levels))
        };
        let mut chars = Vec::with_capacity(text.len());
        let mut previous: Option<Face> = None;
        for (i, c) in text.char_indices() {
            let level = levels.as_ref().map_or(0, |l| l[i].number());
            let chosen = if simple {
                fonts::face_for(c, requested)
            } else {
                let script = harfrust::unicode::script(u32::from(c));
                let follows = fonts::is_invisible(c) || script == harfrust::Script::INHERITED;
                let common = script == harfrust::Script::COMMON;
                match previous {
                    Some(p) if follows => Some(p),
                    Some(p) if common && fonts::covers(p, c) => Some(p),
                    None if follows => Some(requested),
                    _ => fonts::face_for(c, requested),
                }
            };
            previous = chosen.or(previous);
            chars.push((i, chosen, level));
        }
        Paragraph {
            text: Arc::from(text),
            rtl,
            chars,
        }
    }

    /// The runs covering the characters from index `from` to `to` (exclusive).
    fn runs(&self, from: usize, to: usize) -> Vec<Run> {
        let mut runs = Vec::new();
        self.runs_into(from, to, &mut runs);
        runs
    }

    /// [`Paragraph::runs`], added to the end of `runs`.
    fn runs_into(&self, from: usize, to: usize, runs: &mut Vec<Run>) {
        let mut start = from;
        while start < to {
            let (_, face, level) = self.chars[start];
            let mut end = start + 1;
            while end < to && self.chars[end].1 == face && self.chars[end].2 == level {
                end += 1;
            }
            let range = self.byte(start)..self.byte(end);
            let text = &self.text[range.clone()];
            let glyphs = match face {
                Some(face) => shape::shape(face, text, level % 2 == 1),
                None => shape::placeholders(text),
            };
            runs.push(Run {
                range,
                face: face.unwrap_or(Face::Regular),
                level,
                width: glyphs.iter().map(|g| g.advance).sum(),
                glyphs,
            });
            start = end;
        }
    }

    /// Byte offset of character `index` (the end of the text past the last).
    fn byte(&self, index: usize) -> usize {
        self.chars.get(index).map_or(self.text.len(), |c| c.0)
    }

    /// Character index of byte offset `byte`.
    fn index(&self, byte: usize) -> usize {
        self.chars.partition_point(|c| c.0 < byte)
    }

    fn line(&self, runs: Vec<Run>) -> Line {
        let mut line = Line {
            text: self.text.clone(),
            runs,
            rtl: self.rtl,
        };
        line.trim_end();
        line
    }

    /// The pieces between break opportunities, as character index ranges.
    fn pieces(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut from = 0;
        for at in breaks::opportunities(&self.text) {
            let to = self.index(at);
            if to > from {
                out.push((from, to));
                from = to;
            }
        }
        if from < self.chars.len() {
            out.push((from, self.chars.len()));
        }
        out
    }

    /// Width in em of the characters from `from` to `to`, without trailing spaces.
    fn content_width(&self, runs: &[Run]) -> f32 {
        // What `Line::trim_end` leaves, summed in the same order, without making the line.
        let (whole, partial) = trailing_spaces(&self.text, runs);
        let last = partial.map(|kept| kept_glyphs(&runs[whole], kept).map(|g| g.advance).sum());
        runs[..whole].iter().map(|r| r.width).chain(last).sum()
    }

    /// Fills lines no wider than `max` em from `pieces` (what [`Paragraph::pieces`] gave).
    fn lines(&self, pieces: &[(usize, usize)], max: f32) -> Vec<Line> {
        let mut lines = Vec::new();
        let mut current: Vec<Run> = Vec::new();
        let mut width = 0.0_f32;
        for &(from, to) in pieces {
            // The piece's runs go straight onto the line, and start the next one if they
            // do not fit.
            let mut at = current.len();
            self.runs_into(from, to, &mut current);
            let full: f32 = current[at..].iter().map(|r| r.width).sum();
            let content = self.content_width(&current[at..]);
            if at > 0 && width + content > max + 1e-4 {
                let piece = current.split_off(at);
                lines.push(self.line(std::mem::replace(&mut current, piece)));
                width = 0.0;
                at = 0;
            }
            if at == 0 && content > max + 1e-4 {
                // Last resort: break the piece between clusters.
                current.clear();
                let mut parts = self.split(from, to, max);
                let last = parts.pop();
                lines.extend(parts.into_iter().map(|r| self.line(r)));
                if let Some(last) = last {
                    width = last.iter().map(|r| r.width).sum();
                    current = last;
                }
                continue;
            }
            width += full;
        }
        if !current.is_empty() || lines.is_empty() {
            lines.push(self.line(current));
        }
        lines
    }

    /// Splits the characters from `from` to `to` into parts no wider than `max` em, each
    /// part ending at a cluster boundary, shaped again on their own.
    fn split(&self, from: usize, to: usize, max: f32) -> Vec<Vec<Run>> {
        // Cluster starts (character indices) and the width of each cluster.
        let mut glyphs: Vec<(usize, f32)> = self
            .runs(from, to)
            .iter()
            .flat_map(|run| {
                run.glyphs
                    .iter()
                    .map(|g| (self.index(run.range.start + g.cluster as usize), g.advance))
            })
            .collect();
        glyphs.sort_by_key(|&(c, _)| c);
        let mut clusters: Vec<(usize, f32)> = Vec::with_capacity(glyphs.len());
        for (at, advance) in glyphs {
            match clusters.last_mut() {
                Some((c, w)) if *c == at => *w += advance,
                _ => clusters.push((at, advance)),
            }
        }
        let mut parts = Vec::new();
        let mut start = from;
        let mut width = 0.0_f32;
        for (index, &(at, w)) in clusters.iter().enumerate() {
            if at > start && width + w > max + 1e-4 {
                parts.push(self.runs(start, at));
                start = at;
                width = 0.0;
            }
            width += w;
            if index + 1 == clusters.len() {
                parts.push(self.runs(start, to));
            }
        }
        if parts.is_empty() {
            parts.push(self.runs(from, to));
        }
        parts
    }
}

/// Makes the text's paragraphs: line breaks of every kind become paragraph ends, and
/// control characters are dropped (tabs become spaces).
fn paragraphs(text: &str) -> Vec<Cow<'_, str>> {
    const BREAKS: [char; 6] = ['\r', '\u{2028}', '\u{2029}', '\u{0B}', '\u{0C}', '\u{85}'];
    // Most text is clean: its paragraphs are borrowed, not copied.
    fn cleaned(p: &str) -> Cow<'_, str> {
        if p.chars().all(|c| fonts::clean_char(c) == Some(c)) {
            Cow::Borrowed(p)
        } else {
            Cow::Owned(p.chars().filter_map(fonts::clean_char).collect())
        }
    }
    if !text.contains(BREAKS) {
        return text.split('\n').map(cleaned).collect();
    }
    text.replace("\r\n", "\n")
        .replace(BREAKS, "\n")
        .split('\n')
        .map(|p| Cow::Owned(cleaned(p).into_owned()))
        .collect()
}

/// Breaks text into lines no wider than `width` points at `size`.
///
/// Line breaks in the text are kept; a text that is only blank lines takes one line, and
/// blank lines at its end add nothing.
pub(crate) fn wrap(text: &str, face: Face, size: f32, width: f32) -> Vec<Line> {
    Analysed::new(text, face).wrap(size, width)
}

/// A text made ready, once, for lines of any width: split into paragraphs, each through
/// the bidi algorithm, its faces chosen and its break opportunities found. A table sizes
/// its columns from its cells ([`Analysed::extents`]) and then wraps them at those widths
/// ([`Analysed::wrap`]) from the same analysis.
pub(crate) struct Analysed {
    /// Each paragraph, with its pieces between break opportunities.
    paragraphs: Vec<(Paragraph, Vec<(usize, usize)>)>,
}

impl Analysed {
    pub(crate) fn new(text: &str, face: Face) -> Analysed {
        let paragraphs = paragraphs(text)
            .iter()
            .map(|p| {
                let paragraph = Paragraph::new(p, face);
                let pieces = paragraph.pieces();
                (paragraph, pieces)
            })
            .collect();
        Analysed { paragraphs }
    }

    /// The text broken into lines no wider than `width` points at `size` ([`wrap`]).
    pub(crate) fn wrap(&self, size: f32, width: f32) -> Vec<Line> {
        let max = if size > 0.0 { width / size } else { 0.0 };
        let mut lines = Vec::new();
        for (paragraph, pieces) in &self.paragraphs {
            lines.extend(paragraph.lines(pieces, max));
        }
        while lines.len() > 1 && lines.last().is_some_and(|l| l.runs.is_empty()) {
            lines.pop();
        }
        lines
    }

    /// Both widths of [`Extents`] at `size`, from one shaping of each piece (the widest
    /// paragraph is the same number as [`measure`]'s).
    pub(crate) fn extents(&self, size: f32) -> Extents {
        let mut longest_piece = 0.0_f32;
        let mut widest = 0.0_f32;
        for (paragraph, pieces) in &self.paragraphs {
            let mut runs: Vec<Run> = Vec::new();
            for &(from, to) in pieces {
                let at = runs.len();
                paragraph.runs_into(from, to, &mut runs);
                longest_piece = longest_piece.max(paragraph.content_width(&runs[at..]));
            }
            widest = widest.max(paragraph.content_width(&runs));
        }
        Extents {
            longest_piece: longest_piece * size,
            widest: widest * size,
        }
    }
}

/// The text on one line, cut short with an ellipsis if it is wider than `width`.
pub(crate) fn fit(text: &str, face: Face, size: f32, width: f32) -> Line {
    let one_line: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter_map(fonts::clean_char)
        .collect();
    let whole = Paragraph::new(&one_line, face);
    let line = whole.line(whole.runs(0, whole.chars.len()));
    if line.width(size) <= width {
        return line;
    }
    let mut end = one_line.len();
    loop {
        end = one_line[..end]
            .char_indices()
            .next_back()
            .map_or(0, |(i, _)| i);
        let shorter = format!("{}…", one_line[..end].trim_end());
        let paragraph = Paragraph::new(&shorter, face);
        let line = paragraph.line(paragraph.runs(0, paragraph.chars.len()));
        if end == 0 || line.width(size) <= width {
            return line;
        }
    }
}

/// Whether the first paragraph of `text` with a strong direction runs right to left.
pub(crate) fn starts_rtl(text: &str) -> bool {
    unicode_bidi::get_base_direction(text) == unicode_bidi::Direction::Rtl
}

/// Width in points of the widest paragraph of `text`, unbroken.
pub(crate) fn measure(text: &str, face: Face, size: f32) -> f32 {
    wrap(text, face, size, f32::INFINITY)
        .iter()
        .map(|l| l.width(size))
        .fold(0.0, f32::max)
}

/// How wide a text is in points, for sizing a table's columns.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Extents {
    /// The widest piece no line can break: what a column must hold.
    pub(crate) longest_piece: f32,
    /// The widest paragraph, unbroken ([`measure`]).
    pub(crate) widest: f32,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::NodeId;

    #[test]
    fn content_width_is_the_width_of_the_trimmed_line() {
        for text in [
            "Ringing Mam  ",
            "a b",
            "שלום עולם ",
            "مرحبا بك  x ",
            "   ",
            "07700 900123 ",
        ] {
            let paragraph = Paragraph::new(text, Face::Regular);
            let whole = (0, paragraph.chars.len());
            for (from, to) in paragraph.pieces().into_iter().chain([whole]) {
                let runs = paragraph.runs(from, to);
                let line = paragraph.line(runs.clone());
                assert_eq!(paragraph.content_width(&runs), line.width_em(), "{text:?}");
            }
        }
    }

    #[test]
    fn extents_are_the_longest_piece_and_the_widest_paragraph() {
        let width = |text: &str| measure(text, Face::Regular, 10.0);
        let extents = |text: &str| Analysed::new(text, Face::Regular).extents(10.0);
        let found = extents("Ringing Mam on a Sunday\nor call 07700 900123");
        // A phone number is one piece, wider than any word.
        assert_eq!(found.longest_piece, width("07700 900123"));
        assert!(found.longest_piece > width("Ringing"));
        assert_eq!(found.widest, width("Ringing Mam on a Sunday"));
        let words = extents("Ringing Mam");
        assert_eq!(words.longest_piece, width("Ringing"));
        assert_eq!(extents("").widest, 0.0);
    }

    #[test]
    fn one_analysis_wraps_at_every_width_as_the_text_does() {
        let text =
            "Ringing Mam on a Sunday, 07700 900123\nمرحبا بك يا صديقي\n\nwell-being@example.org";
        let analysed = Analysed::new(text, Face::Regular);
        let lines = |lines: Vec<Line>| -> Vec<(String, f32)> {
            lines
                .iter()
                .map(|l| {
                    let words = l.runs.iter().map(|r| &l.text[r.range.clone()]).collect();
                    (words, l.width(10.0))
                })
                .collect()
        };
        // Widest first, so that a line breaking differently shows at some width.
        for width in [400.0, 120.0, 60.0, 25.0, 5.0] {
            let once = lines(analysed.wrap(10.0, width));
            assert_eq!(
                once,
                lines(wrap(text, Face::Regular, 10.0, width)),
                "{width}"
            );
            assert!(once.len() >= 4, "{width}: {once:?}");
        }
        assert_eq!(lines(analysed.wrap(10.0, 400.0)).len(), 4);
        assert!(lines(analysed.wrap(10.0, 60.0)).len() > 6);
    }

    fn strings(text: &str, width: f32) -> Vec<String> {
        wrap(text, Face::Regular, 10.0, width)
            .iter()
            .map(|l| l.runs.iter().map(|r| &l.text[r.range.clone()]).collect())
            .collect()
    }

    fn placed(text: &str, width: f32) -> Vec<Item> {
        let mut items = Vec::new();
        for line in wrap(text, Face::Regular, 10.0, width) {
            line.place(
                &mut items,
                (50.0, width),
                0.0,
                (10.0, Tone::Ink, false),
                Owner::Node(NodeId::DOCUMENT),
            );
        }
        items
    }

    #[test]
    fn words_fill_the_line_and_trailing_spaces_take_no_room() {
        assert_eq!(
            strings("one two three four", 40.0),
            ["one", "two", "three", "four"]
        );
        let line = &wrap("word   ", Face::Regular, 10.0, 100.0)[0];
        assert!((line.width(10.0) - measure("word", Face::Regular, 10.0)).abs() < 1e-3);
    }

    #[test]
    fn line_breaks_in_the_text_are_kept() {
        assert_eq!(strings("a\nb\r\nc\n\n", 100.0), ["a", "b", "c"]);
        assert_eq!(strings("", 100.0), [""]);
    }

    #[test]
    fn a_phone_number_moves_to_the_next_line_whole() {
        let lines = strings("Ring my sister on 07700 900123", 140.0);
        assert!(
            lines.iter().any(|l| l.ends_with("07700 900123")),
            "{lines:?}"
        );
    }

    #[test]
    fn a_word_longer_than_the_line_breaks_only_as_a_last_resort() {
        let lines = strings("a supercalifragilisticexpialidocious day", 60.0);
        assert!(lines.len() > 3, "{lines:?}");
        assert_eq!(lines[0], "a");
        assert_eq!(lines.concat(), "asupercalifragilisticexpialidociousday");
        for line in wrap(
            "supercalifragilisticexpialidocious",
            Face::Regular,
            10.0,
            60.0,
        ) {
            assert!(line.width(10.0) <= 60.0 + 1e-3);
        }
    }

    #[test]
    fn right_to_left_lines_end_at_the_right_margin_and_run_right_to_left() {
        let items = placed("مرحبا بكم في البيت", 300.0);
        let Some(Item::Text { x, glyphs, rtl, .. }) = items.first() else {
            panic!("{items:?}");
        };
        assert!(*rtl);
        let width: f32 = glyphs.iter().map(|g| g.advance).sum::<f32>() * 10.0;
        assert!((x + width - 350.0).abs() < 0.01, "{x} + {width}");
        // Visual order left to right: the clusters of the text run backwards.
        let clusters: Vec<u32> = glyphs.iter().map(|g| g.cluster).collect();
        assert!(clusters.windows(2).all(|w| w[0] >= w[1]), "{clusters:?}");
        assert_eq!(clusters.last(), Some(&0));
    }

    #[test]
    fn a_phone_number_in_right_to_left_text_keeps_its_order() {
        let items = placed("اتصل بأختي 07700 900123 اليوم", 400.0);
        let texts: Vec<(&str, bool)> = items
            .iter()
            .filter_map(|i| match i {
                Item::Text { text, rtl, .. } => Some((text.as_str(), *rtl)),
                _ => None,
            })
            .collect();
        // In the order written; on the page the last word is leftmost.
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert_eq!(texts[1], ("07700 900123", false));
        assert!(texts[0].0.starts_with("اتصل") && texts[0].1);
        assert!(texts[2].0.contains("اليوم") && texts[2].1);
        let xs: Vec<f32> = items
            .iter()
            .filter_map(|i| match i {
                Item::Text { x, .. } => Some(*x),
                _ => None,
            })
            .collect();
        assert!(xs[2] < xs[1] && xs[1] < xs[0], "{xs:?}");
    }

    #[test]
    fn each_script_goes_to_its_face() {
        let items = placed("Dr Jones नमस्ते 中文", 400.0);
        let faces: Vec<Face> = items
            .iter()
            .filter_map(|i| match i {
                Item::Text { face, .. } => Some(*face),
                _ => None,
            })
            .collect();
        assert_eq!(faces, [Face::Regular, Face::Devanagari, Face::Cjk]);
    }

    #[test]
    fn unprintable_characters_become_placeholders_that_keep_their_text() {
        let items = placed("a\u{E000}b", 400.0);
        let text: String = items
            .iter()
            .filter_map(|i| match i {
                Item::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(text, "a\u{E000}b");
    }

    #[test]
    fn fitting_cuts_with_an_ellipsis() {
        let line = fit("Alex Morgan, written with Sam", Face::Regular, 10.0, 60.0);
        assert!(line.width(10.0) <= 60.0);
        assert!(line.text.ends_with('…'), "{}", line.text);
    }
}
