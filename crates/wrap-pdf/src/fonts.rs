//! The bundled fonts: parsing (once per process), glyph coverage and the choice of a face
//! for each character.
//!
//! DejaVu Sans draws Latin, Greek and Cyrillic in two weights. Every other script people
//! write their plans in has its own Noto face, reduced to that script (see
//! `scripts/subset-fonts.sh` and the licence files beside the fonts); Symbola draws the
//! symbols and emoji DejaVu lacks. A character is drawn in the face made for its script
//! when that face has it, otherwise in the first face of the fallback order that has it.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

/// A bundled font face, as the layout refers to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Face {
    /// DejaVu Sans: Latin, Greek, Cyrillic and many symbols.
    Regular,
    /// DejaVu Sans Bold, for titles, headings and labels.
    Bold,
    /// Symbola (symbols and emoji), for characters no other face has.
    Symbols,
    /// Noto Naskh Arabic: Arabic, Urdu, Persian.
    Arabic,
    /// Noto Sans Hebrew.
    Hebrew,
    /// Noto Sans Devanagari: Hindi, Marathi, Nepali.
    Devanagari,
    /// Noto Sans Gurmukhi: Punjabi.
    Gurmukhi,
    /// Noto Sans Bengali: Bengali, Assamese, Sylheti written in Bengali script.
    Bengali,
    /// Noto Sans Gujarati.
    Gujarati,
    /// Noto Sans Tamil.
    Tamil,
    /// Noto Sans Thai.
    Thai,
    /// Noto Sans Ethiopic: Amharic, Tigrinya.
    Ethiopic,
    /// Noto Sans CJK SC, reduced to everyday Chinese, Japanese and Korean characters.
    Cjk,
}

/// Each face's font file, in the order of [`Face`]. A `static`, so each file is in the
/// program once: a `const` is copied into every part of the program that reads it, and was
/// in the binary twice (8.5 MB more).
static FONT_FILES: [&[u8]; 13] = [
    // DejaVu Sans, the body face, and its bold.
    include_bytes!("../fonts/DejaVuSans.ttf"),
    include_bytes!("../fonts/DejaVuSans-Bold.ttf"),
    // Symbola, reduced to the symbols and emoji DejaVu Sans lacks.
    include_bytes!("../fonts/Symbola-symbols.ttf"),
    include_bytes!("../fonts/NotoNaskhArabic.ttf"),
    include_bytes!("../fonts/NotoSansHebrew.ttf"),
    include_bytes!("../fonts/NotoSansDevanagari.ttf"),
    include_bytes!("../fonts/NotoSansGurmukhi.ttf"),
    include_bytes!("../fonts/NotoSansBengali.ttf"),
    include_bytes!("../fonts/NotoSansGujarati.ttf"),
    include_bytes!("../fonts/NotoSansTamil.ttf"),
    include_bytes!("../fonts/NotoSansThai.ttf"),
    include_bytes!("../fonts/NotoSansEthiopic.ttf"),
    include_bytes!("../fonts/NotoSansCJK-common.ttf"),
];

impl Face {
    /// Every face, in a fixed order (the order of the enum).
    pub const ALL: [Face; 13] = [
        Face::Regular,
        Face::Bold,
        Face::Symbols,
        Face::Arabic,
        Face::Hebrew,
        Face::Devanagari,
        Face::Gurmukhi,
        Face::Bengali,
        Face::Gujarati,
        Face::Tamil,
        Face::Thai,
        Face::Ethiopic,
        Face::Cjk,
    ];

    /// The faces tried after the requested one, in order of need.
    const FALLBACK: [Face; 11] = [
        Face::Regular,
        Face::Arabic,
        Face::Hebrew,
        Face::Devanagari,
        Face::Gurmukhi,
        Face::Bengali,
        Face::Gujarati,
        Face::Tamil,
        Face::Thai,
        Face::Ethiopic,
        Face::Cjk,
    ];

    /// A short stable name, used in layout dumps.
    pub fn name(self) -> &'static str {
        match self {
            Face::Regular => "regular",
            Face::Bold => "bold",
            Face::Symbols => "symbols",
            Face::Arabic => "arabic",
            Face::Hebrew => "hebrew",
            Face::Devanagari => "devanagari",
            Face::Gurmukhi => "gurmukhi",
            Face::Bengali => "bengali",
            Face::Gujarati => "gujarati",
            Face::Tamil => "tamil",
            Face::Thai => "thai",
            Face::Ethiopic => "ethiopic",
            Face::Cjk => "cjk",
        }
    }

    /// Whether the face is a bold design. Text asked for in bold and drawn in another face
    /// is emboldened by the writer.
    pub fn is_bold(self) -> bool {
        self == Face::Bold
    }

    /// The font file's bytes.
    pub(crate) fn bytes(self) -> &'static [u8] {
        FONT_FILES[self as usize]
    }

    /// The face made for the script of `c`, if there is one.
    fn for_script(c: char) -> Option<Face> {
        Some(match u32::from(c) {
            0x0590..=0x05FF | 0xFB1D..=0xFB4F => Face::Hebrew,
            0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF => Face::Arabic,
            0xFE70..=0xFEFF => Face::Arabic,
            0x0900..=0x097F | 0xA8E0..=0xA8FF | 0x1CD0..=0x1CFF => Face::Devanagari,
            0x0980..=0x09FF => Face::Bengali,
            0x0A00..=0x0A7F => Face::Gurmukhi,
            0x0A80..=0x0AFF => Face::Gujarati,
            0x0B80..=0x0BFF => Face::Tamil,
            0x0E00..=0x0E7F => Face::Thai,
            0x1200..=0x139F | 0x2D80..=0x2DDF | 0xAB00..=0xAB2F => Face::Ethiopic,
            0x1100..=0x11FF
            | 0x2E80..=0x2FFF
            | 0x3000..=0x303F
            | 0x3040..=0x30FF
            | 0x3130..=0x318F
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xAC00..=0xD7AF
            | 0xF900..=0xFAFF
            | 0xFF00..=0xFFEF => Face::Cjk,
            _ => return None,
        })
    }
}

/// A parsed font and the numbers the layout needs from it.
pub(crate) struct Loaded {
    /// The font as the shaper reads it.
    pub(crate) font: harfrust::Font,
    /// Font design units per em.
    pub(crate) units_per_em: f32,
}

impl Loaded {
    fn parse(face: Face) -> Option<Loaded> {
        let font = harfrust::Font::new(face.bytes(), 0)?;
        let units_per_em = f32::from(font.units_per_em());
        if units_per_em <= 0.0 {
            return None;
        }
        Some(Loaded { font, units_per_em })
    }

    /// The glyph for `c`, if the font has one that draws something.
    pub(crate) fn glyph(&self, c: char) -> Option<u16> {
        match self.font.charmap().map_unicode(c) {
            Some(gid) if gid.to_u32() != 0 => u16::try_from(gid.to_u32()).ok(),
            _ => None,
        }
    }

    /// The advance of glyph `gid` in em, as the font's metrics give it.
    pub(crate) fn advance_em(&self, gid: u16) -> f32 {
        self.font
            .glyph_metrics()
            .h_advance(harfrust::GlyphId::new(u32::from(gid)))
            / self.units_per_em
    }

    /// The advance of glyph `gid` in thousandths of an em as the PDF's widths array gives
    /// it (to a hundredth, as the writer puts it there in place of printpdf's whole
    /// thousandths): what a reader moves by after drawing the glyph.
    pub(crate) fn pdf_advance(&self, gid: u16) -> f32 {
        let units = self
            .font
            .glyph_metrics()
            .h_advance(harfrust::GlyphId::new(u32::from(gid)));
        (units * (100_000.0 / self.units_per_em)).round() / 100.0
    }
}

static LOADED: [OnceLock<Option<Loaded>>; 13] = [const { OnceLock::new() }; 13];

/// The parsed font for `face`, parsed on first use. `None` only if a bundled font failed
/// to parse, which the crate's tests rule out; callers report it as an error.
pub(crate) fn loaded(face: Face) -> Option<&'static Loaded> {
    LOADED[face as usize]
        .get_or_init(|| Loaded::parse(face))
        .as_ref()
}

/// Whether the text faces parse. Parsing happens once; later calls are free. The other
/// faces are parsed only when a character needs them.
pub(crate) fn all_available() -> bool {
    [Face::Regular, Face::Bold]
        .iter()
        .all(|&face| loaded(face).is_some())
}

/// Whether `face` has a glyph for `c`.
pub(crate) fn covers(face: Face, c: char) -> bool {
    loaded(face).is_some_and(|font| font.glyph(c).is_some())
}

/// Whether a character is one that draws nothing and needs no glyph: zero-width and
/// formatting characters (joiners, direction marks, variation selectors, byte-order mark).
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        u32::from(c),
        0x00AD
            | 0x034F
            | 0x061C
            | 0x180E
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x2069
            | 0xFE00..=0xFE0F
            | 0xFEFF
            | 0xE0100..=0xE01EF
    )
}

/// What a single character becomes on the page, before font choice.
///
/// Tabs become a space; every other control character is dropped, so nothing raw reaches
/// the PDF. A no-break space stays one: it holds words together.
pub(crate) fn clean_char(c: char) -> Option<char> {
    if c == '\t' {
        return Some(' ');
    }
    if c.is_control() {
        return None;
    }
    Some(c)
}

/// Per requested weight (regular, bold), the face found for each character of the Basic
/// Multilingual Plane, filled the first time the character is looked up: 0 while unknown,
/// the face's number plus one, or [`NONE`] if no face has it. Filling twice stores the same
/// value, so relaxed atomics suffice.
static CHOSEN: [[AtomicU8; 0x1_0000]; 2] = [const { [const { AtomicU8::new(0) }; 0x1_0000] }; 2];

const NONE: u8 = 0xFF;

/// The face `c` is drawn in when asked for in `face` (regular or bold): the face made for
/// its script if that has it, else the asked-for face, else the first face of the fallback
/// order that has it. `None` if no bundled face can draw it.
pub fn face_for(c: char, face: Face) -> Option<Face> {
    let weight = usize::from(face.is_bold());
    let Some(slot) = CHOSEN[weight].get(u32::from(c) as usize) else {
        return choose(c, face);
    };
    match slot.load(Ordering::Relaxed) {
        0 => {
            let found = choose(c, face);
            slot.store(found.map_or(NONE, |f| f as u8 + 1), Ordering::Relaxed);
            found
        }
        NONE => None,
        n => Some(Face::ALL[usize::from(n - 1)]),
    }
}

/// [`face_for`] without the table.
fn choose(c: char, face: Face) -> Option<Face> {
    let requested = if face.is_bold() {
        Face::Bold
    } else {
        Face::Regular
    };
    Face::for_script(c)
        .into_iter()
        .chain([requested])
        .chain(Face::FALLBACK)
        .chain([Face::Symbols])
        .find(|&f| covers(f, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_font_parses() {
        for face in Face::ALL {
            assert!(loaded(face).is_some(), "{face:?}");
            // And its subsets are fonts printpdf reads.
            let cut = crate::subset::subset(face.bytes(), &[1, 2, 3]).unwrap();
            let parsed = printpdf::ParsedFont::from_bytes(&cut, 0, &mut Vec::new());
            assert!(parsed.is_some(), "{face:?}");
            assert!(
                crate::subset::postscript_name(face.bytes()).is_some(),
                "{face:?}"
            );
        }
        assert!(all_available());
    }

    #[test]
    fn the_text_faces_draw_every_printable_ascii_character() {
        for c in ' '..='~' {
            assert!(covers(Face::Regular, c) || c == ' ', "{c:?}");
            assert!(covers(Face::Bold, c) || c == ' ', "{c:?}");
            assert_eq!(face_for(c, Face::Regular), Some(Face::Regular), "{c:?}");
        }
    }

    #[test]
    fn each_face_reads_its_own_file() {
        let name = |face: Face| crate::subset::postscript_name(face.bytes()).unwrap();
        assert_eq!(name(Face::Regular), "DejaVuSans");
        assert_eq!(name(Face::Bold), "DejaVuSans-Bold");
        assert!(name(Face::Symbols).starts_with("Symbola"));
        assert!(name(Face::Arabic).starts_with("NotoNaskhArabic"));
        assert!(name(Face::Thai).starts_with("NotoSansThai"));
        assert!(name(Face::Cjk).starts_with("NotoSansCJK"));
    }

    #[test]
    fn each_script_is_drawn_in_its_own_face() {
        for (text, face) in [
            ("ŵłΩЖß€", Face::Regular),
            ("سلام", Face::Arabic),
            ("ٹھیک", Face::Arabic),
            ("שלום", Face::Hebrew),
            ("नमस्ते", Face::Devanagari),
            ("ਪੰਜਾਬੀ", Face::Gurmukhi),
            ("বাংলা", Face::Bengali),
            ("ગુજરાતી", Face::Gujarati),
            ("தமிழ்", Face::Tamil),
            ("ภาษาไทย", Face::Thai),
            ("አማርኛ", Face::Ethiopic),
            ("中文简体", Face::Cjk),
            ("繁體中文", Face::Cjk),
            ("ひらがなカタカナ漢字", Face::Cjk),
            ("한국어", Face::Cjk),
            ("🌿🎶", Face::Symbols),
        ] {
            for c in text.chars() {
                assert_eq!(face_for(c, Face::Regular), Some(face), "{c:?} in {text}");
            }
        }
    }

    #[test]
    fn bold_is_drawn_in_the_bold_face_where_it_has_the_character() {
        assert_eq!(face_for('a', Face::Bold), Some(Face::Bold));
        assert_eq!(face_for('س', Face::Bold), Some(Face::Arabic));
    }

    #[test]
    fn private_use_characters_have_no_face() {
        assert_eq!(face_for('\u{E000}', Face::Regular), None);
        assert_eq!(face_for('\u{F8FF}', Face::Bold), None);
    }

    #[test]
    fn the_table_agrees_with_the_choice() {
        for face in [Face::Regular, Face::Bold] {
            for code in (0..0x3100).chain(0xAC00..0xAC40) {
                let Some(c) = char::from_u32(code) else {
                    continue;
                };
                assert_eq!(face_for(c, face), choose(c, face), "{c:?} in {face:?}");
            }
        }
    }

    #[test]
    fn control_characters_never_pass_through() {
        let cleaned: String = "a\u{0}\u{7}b\tc\u{1b}[0m\u{85}\u{a0}d"
            .chars()
            .filter_map(clean_char)
            .collect();
        assert_eq!(cleaned, "ab c[0m\u{a0}d");
    }
}
