//! The bundled fonts: parsing (once per process), glyph coverage, per-character fallback
//! and exact text measurement.
//!
//! Text is drawn one character to one glyph through each font's character map (no shaping),
//! so the width of a run is the sum of its glyphs' advance widths. That makes measuring here
//! exact for what the writer later puts on the page.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use printpdf::ParsedFont;

/// DejaVu Sans, the body face. Covers Latin, Greek, Cyrillic and many symbols.
const REGULAR_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold, for titles, headings and labels.
const BOLD_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// Symbola, reduced to the symbols and emoji DejaVu Sans lacks (pictographs, more dingbats
/// and arrows). A fallback only: parsed the first time a character needs it.
const SYMBOLS_TTF: &[u8] = include_bytes!("../fonts/Symbola-symbols.ttf");

/// The replacement shown for a character that no bundled font can draw.
const REPLACEMENT: char = '\u{FFFD}';

/// A bundled font face, as the layout refers to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Face {
    /// DejaVu Sans.
    Regular,
    /// DejaVu Sans Bold.
    Bold,
    /// Symbola (symbols and emoji), the fallback for characters the DejaVu faces lack.
    Symbols,
}

impl Face {
    /// Every face, in a fixed order.
    pub const ALL: [Face; 3] = [Face::Regular, Face::Bold, Face::Symbols];

    /// A short stable name, used in layout dumps.
    pub fn name(self) -> &'static str {
        match self {
            Face::Regular => "regular",
            Face::Bold => "bold",
            Face::Symbols => "symbols",
        }
    }

    /// The faces tried, in order, for a character requested in this face.
    ///
    /// Bold falls back to regular: DejaVu Sans Bold covers fewer scripts than the regular
    /// face, and a character drawn at the wrong weight beats one not drawn at all. Both fall
    /// back to the symbols face for emoji and pictographs.
    fn chain(self) -> &'static [Face] {
        match self {
            Face::Regular => &[Face::Regular, Face::Symbols],
            Face::Bold => &[Face::Bold, Face::Regular, Face::Symbols],
            Face::Symbols => &[Face::Symbols],
        }
    }

    /// The font file's bytes.
    pub(crate) fn bytes(self) -> &'static [u8] {
        match self {
            Face::Regular => REGULAR_TTF,
            Face::Bold => BOLD_TTF,
            Face::Symbols => SYMBOLS_TTF,
        }
    }
}

/// A parsed font and the numbers the layout needs from it.
pub(crate) struct Loaded {
    /// The parsed font, as printpdf embeds it.
    pub(crate) parsed: ParsedFont,
    /// Font design units per em.
    units_per_em: f32,
}

impl Loaded {
    /// Parses a bundled face with azul's lazy constructor: glyph outlines are never decoded
    /// here (measuring needs only the character map and advance widths, and subsetting
    /// reads the font's bytes), so the eager path's copy of the outline tables is saved.
    fn parse(face: Face) -> Option<Loaded> {
        let mut warnings = Vec::new();
        let bytes = std::sync::Arc::new(rust_fontconfig::FontBytes::Owned(std::sync::Arc::from(
            face.bytes(),
        )));
        let inner =
            azul_layout::font::parsed::ParsedFont::from_bytes_shared(bytes, 0, &mut warnings)?;
        let parsed = ParsedFont::from_azul(inner);
        let units_per_em = f32::from(parsed.font_metrics.units_per_em);
        if units_per_em <= 0.0 {
            return None;
        }
        Some(Loaded {
            parsed,
            units_per_em,
        })
    }

    /// The glyph for `c`, if the font has one that draws something.
    pub(crate) fn glyph(&self, c: char) -> Option<u16> {
        match self.parsed.lookup_glyph_index(u32::from(c)) {
            Some(0) | None => None,
            Some(gid) => Some(gid),
        }
    }

    /// Advance width of `c` in em, or `None` if the font lacks it.
    fn advance_em(&self, c: char) -> Option<f32> {
        let gid = self.glyph(c)?;
        Some(f32::from(self.parsed.get_horizontal_advance(gid)) / self.units_per_em)
    }
}

static REGULAR: OnceLock<Option<Loaded>> = OnceLock::new();
static BOLD: OnceLock<Option<Loaded>> = OnceLock::new();
static SYMBOLS: OnceLock<Option<Loaded>> = OnceLock::new();

/// The parsed font for `face`, parsed on first use. `None` only if a bundled font failed
/// to parse, which the crate's tests rule out; callers report it as an error.
pub(crate) fn loaded(face: Face) -> Option<&'static Loaded> {
    let cell = match face {
        Face::Regular => &REGULAR,
        Face::Bold => &BOLD,
        Face::Symbols => &SYMBOLS,
    };
    cell.get_or_init(|| Loaded::parse(face)).as_ref()
}

/// Whether the text faces parse. Parsing happens once; later calls are free. The symbols
/// face is parsed only when a character needs it.
pub(crate) fn all_available() -> bool {
    [Face::Regular, Face::Bold]
        .iter()
        .all(|&face| loaded(face).is_some())
}

/// A piece of text drawn in one face.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// The face the characters are drawn in.
    pub face: Face,
    /// The characters, every one of which the face can draw.
    pub text: String,
    /// Width of the run in em (multiply by the font size for points).
    pub width_em: f32,
}

/// Whether a character is one that is silently dropped when no font draws it:
/// zero-width and formatting characters (joiners, variation selectors, byte-order mark).
fn is_invisible(c: char) -> bool {
    matches!(
        u32::from(c),
        0x00AD | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0xFE00..=0xFE0F | 0xFEFF
    ) || (0xE0100..=0xE01EF).contains(&u32::from(c))
}

/// What a single character becomes on the page, before font choice.
///
/// Tabs and other whitespace controls become a space; every other control character is
/// dropped, so nothing raw reaches the PDF.
pub(crate) fn clean_char(c: char) -> Option<char> {
    if c == '\t' || c == '\u{A0}' {
        return Some(' ');
    }
    if c.is_control() {
        return None;
    }
    Some(c)
}

/// Characters below this are looked up in a table made once per face: Latin, Greek,
/// Cyrillic, Armenian and Hebrew, which is nearly every character of a plan.
const QUICK: usize = 0x0600;

/// Per requested face (regular, bold), each character's face and advance, filled in the
/// first time the character is measured. An entry packs: bit 63 set once filled, bit 62 set
/// if a DejaVu face draws the character, bits 32 to 39 that face, bits 0 to 31 the advance
/// in em as `f32` bits. Filling twice stores the same value, so relaxed atomics suffice.
static QUICK_TABLES: [[AtomicU64; QUICK]; 2] = [const { [const { AtomicU64::new(0) }; QUICK] }; 2];

const FILLED: u64 = 1 << 63;
const DRAWN: u64 = 1 << 62;

/// The face and advance of `c` requested in `face`, from the table when it is there; `None`
/// where the full fallback chain must be followed.
fn quick(c: char, face: Face) -> Option<(Face, f32)> {
    let table = match face {
        Face::Regular => &QUICK_TABLES[0],
        Face::Bold => &QUICK_TABLES[1],
        Face::Symbols => return None,
    };
    let entry = table.get(u32::from(c) as usize)?;
    let mut packed = entry.load(Ordering::Relaxed);
    if packed & FILLED == 0 {
        // Only the DejaVu faces, so that filling the table never loads the symbols face.
        let found = face
            .chain()
            .iter()
            .filter(|&&f| f != Face::Symbols)
            .find_map(|&f| Some((f, loaded(f)?.advance_em(c)?)));
        packed = match found {
            Some((f, advance)) => {
                FILLED | DRAWN | ((f as u64) << 32) | u64::from(advance.to_bits())
            }
            None => FILLED,
        };
        entry.store(packed, Ordering::Relaxed);
    }
    if packed & DRAWN == 0 {
        return None;
    }
    let found = Face::ALL[((packed >> 32) & 0xFF) as usize];
    Some((found, f32::from_bits(packed as u32)))
}

/// The face and advance (em) used for `c` requested in `face`, following the fallback
/// chain. A character no face has becomes the replacement character; invisible format
/// characters no face has are dropped (`None`).
fn resolve(c: char, face: Face) -> Option<(Face, char, f32)> {
    if let Some((found, advance)) = quick(c, face) {
        return Some((found, c, advance));
    }
    resolve_slowly(c, face)
}

/// [`resolve`] without the table.
fn resolve_slowly(c: char, face: Face) -> Option<(Face, char, f32)> {
    for &candidate in face.chain() {
        if let Some(font) = loaded(candidate)
            && let Some(advance) = font.advance_em(c)
        {
            return Some((candidate, c, advance));
        }
    }
    if is_invisible(c) {
        return None;
    }
    for &candidate in face.chain() {
        if let Some(font) = loaded(candidate) {
            if let Some(advance) = font.advance_em(REPLACEMENT) {
                return Some((candidate, REPLACEMENT, advance));
            }
            if let Some(advance) = font.advance_em('?') {
                return Some((candidate, '?', advance));
            }
        }
    }
    None
}

/// Splits `text` into runs of one face each, with per-character fallback. Control
/// characters are removed (tabs become spaces) and characters no bundled font can draw
/// become a visible replacement.
pub fn runs(text: &str, face: Face) -> Vec<Run> {
    // Nearly every line is drawn whole in the face asked for: one pass that measures it, and
    // one copy of the text.
    let mut width_em = 0.0_f32;
    let whole = text.chars().all(|c| match resolve(c, face) {
        Some((used, shown, advance)) if used == face && shown == c && clean_char(c) == Some(c) => {
            width_em += advance;
            true
        }
        _ => false,
    });
    if whole {
        return if text.is_empty() {
            Vec::new()
        } else {
            vec![Run {
                face,
                text: text.to_owned(),
                width_em,
            }]
        };
    }
    let mut out: Vec<Run> = Vec::new();
    for c in text.chars().filter_map(clean_char) {
        let Some((used, shown, advance)) = resolve(c, face) else {
            continue;
        };
        match out.last_mut() {
            Some(run) if run.face == used => {
                run.text.push(shown);
                run.width_em += advance;
            }
            _ => out.push(Run {
                face: used,
                text: shown.to_string(),
                width_em: advance,
            }),
        }
    }
    out
}

/// Width in points of `text` set in `face` at `size` points.
pub fn measure(text: &str, face: Face, size: f32) -> f32 {
    text.chars()
        .filter_map(clean_char)
        .filter_map(|c| resolve(c, face))
        .map(|(_, _, advance)| advance)
        .sum::<f32>()
        * size
}

/// Width in points of a single character, as [`measure`] would count it.
pub(crate) fn char_width(c: char, face: Face, size: f32) -> f32 {
    clean_char(c)
        .and_then(|c| resolve(c, face))
        .map_or(0.0, |(_, _, advance)| advance * size)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_fonts_parse() {
        assert!(all_available());
    }

    #[test]
    fn measuring_adds_advance_widths() {
        let one = measure("a", Face::Regular, 10.0);
        assert!(one > 0.0);
        let three = measure("aaa", Face::Regular, 10.0);
        assert!((three - 3.0 * one).abs() < 1e-4);
        assert!((measure("aaa", Face::Regular, 20.0) - 2.0 * three).abs() < 1e-4);
        assert!(measure("abc", Face::Bold, 10.0) > measure("abc", Face::Regular, 10.0));
        assert_eq!(measure("", Face::Regular, 10.0), 0.0);
    }

    #[test]
    fn dejavu_covers_european_scripts() {
        for word in ["ŵŷ", "łą", "Ω", "Ж", "ß", "€"] {
            let runs = runs(word, Face::Regular);
            assert_eq!(runs.len(), 1, "{word}");
            assert_eq!(runs[0].text, word);
            assert_eq!(runs[0].face, Face::Regular);
        }
    }

    #[test]
    fn lines_needing_no_fallback_or_cleaning_are_one_run_of_the_same_width() {
        let line = "Ringing Mam on a Sunday: ŵ ł Ω Ж";
        let runs_of_line = runs(line, Face::Regular);
        assert_eq!(runs_of_line.len(), 1);
        assert_eq!(runs_of_line[0].text, line);
        let by_character: f32 = line
            .chars()
            .map(|c| resolve(c, Face::Regular).unwrap().2)
            .sum();
        assert_eq!(runs_of_line[0].width_em, by_character);
        // A tab is cleaned to a space, and a control character dropped: the careful path.
        assert_eq!(runs("a\tb\u{7}", Face::Regular)[0].text, "a b");
        assert!(runs("", Face::Regular).is_empty());
    }

    #[test]
    fn the_quick_table_agrees_with_the_fallback_chain() {
        for face in [Face::Regular, Face::Bold] {
            for code in 0..QUICK as u32 + 64 {
                let Some(c) = char::from_u32(code) else {
                    continue;
                };
                assert_eq!(
                    resolve(c, face),
                    resolve_slowly(c, face),
                    "{c:?} in {face:?}"
                );
            }
        }
    }

    #[test]
    fn emoji_and_pictographs_fall_back_to_the_symbols_face() {
        for (text, face) in [
            ("🌿", Face::Regular),
            ("🎶", Face::Bold),
            ("🚶", Face::Regular),
        ] {
            let runs = runs(&format!("a{text}"), face);
            assert_eq!(runs.len(), 2, "{text}: {runs:?}");
            assert_eq!(runs[1].face, Face::Symbols, "{text}");
            assert_eq!(runs[1].text, text);
            assert!(runs[1].width_em > 0.0);
        }
    }

    #[test]
    fn missing_glyphs_become_a_visible_replacement() {
        // A CJK character: not in DejaVu.
        let runs = runs("a\u{4E2D}b", Face::Regular);
        let text: String = runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(text, "a\u{FFFD}b");
    }

    #[test]
    fn control_characters_never_pass_through() {
        let runs = runs("a\u{0}\u{7}b\tc\u{1b}[0m\u{85}", Face::Regular);
        let text: String = runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(text, "ab c[0m");
    }

    #[test]
    fn invisible_format_characters_are_dropped() {
        let runs = runs("a\u{FEFF}\u{200D}b", Face::Regular);
        let text: String = runs.iter().map(|r| r.text.as_str()).collect();
        assert!(!text.contains('\u{FFFD}'), "{text:?}");
        assert!(text.starts_with('a') && text.ends_with('b'));
    }

    #[test]
    fn bold_falls_back_to_regular_per_character() {
        // Find a character the regular face has and the bold face lacks.
        let regular = loaded(Face::Regular).expect("regular");
        let bold = loaded(Face::Bold).expect("bold");
        let missing_in_bold = (0x2000u32..0x2BFF)
            .filter_map(char::from_u32)
            .find(|&c| regular.glyph(c).is_some() && bold.glyph(c).is_none());
        let Some(c) = missing_in_bold else {
            return;
        };
        let text = format!("A{c}B");
        let runs = runs(&text, Face::Bold);
        assert_eq!(runs.len(), 3);
        assert_eq!(runs[1].face, Face::Regular);
        assert_eq!(runs[1].text, c.to_string());
    }
}
