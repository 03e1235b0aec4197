//! Shaping: a run of text in one face and one direction becomes positioned glyphs, by
//! harfrust (HarfBuzz's shaping algorithm in Rust). Kerning, ligatures, Arabic joining,
//! Indic reordering and mark positioning all come from here.
//!
//! Shaped runs are kept in a cache for the life of the process: a plan repeats its words,
//! and a program that prints many plans repeats them more. The cache only remembers; the
//! glyphs of a run are the same whether or not it was there before.

use std::sync::{Arc, Mutex};

use rustc_hash::FxHashMap;

use harfrust::{Buffer, BufferFlags, Direction, ShapeOptions, ShapePlan, ShaperFont};

use crate::fonts::{self, Face};

/// A glyph placed by the shaper. Lengths are in em: multiply by the font size for points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Glyph {
    /// The glyph's number in its face.
    pub id: u16,
    /// How far the pen moves after the glyph.
    pub advance: f32,
    /// Horizontal offset of the glyph from the pen.
    pub dx: f32,
    /// Vertical offset of the glyph from the baseline, upwards.
    pub dy: f32,
    /// Byte offset, in the text it was shaped from, of the first character of the cluster
    /// the glyph belongs to.
    pub cluster: u32,
}

/// Runs kept before the cache is emptied and starts again.
const CACHE_LIMIT: usize = 50_000;

/// The shaped runs of one face and direction, by their text.
type Runs = FxHashMap<Box<str>, Arc<[Glyph]>>;

/// Shaped runs by face and direction (see `slot`), then by text: looked up by the text as
/// borrowed.
#[derive(Default)]
struct Cache {
    runs: [Runs; 2 * Face::ALL.len()],
}

impl Cache {
    /// How many runs are kept.
    fn len(&self) -> usize {
        self.runs.iter().map(Runs::len).sum()
    }
}

/// Where a face and direction's runs are in `Cache::runs`.
fn slot(face: Face, rtl: bool) -> usize {
    2 * face as usize + usize::from(rtl)
}

fn cache() -> &'static Mutex<Cache> {
    static CACHE: std::sync::OnceLock<Mutex<Cache>> = std::sync::OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(Cache::default()))
}

/// Shapes `text` in `face`, right to left if `rtl`. Glyphs come in visual order, left to
/// right; their clusters are byte offsets into `text`. Empty if the face cannot be read.
pub(crate) fn shape(face: Face, text: &str, rtl: bool) -> Arc<[Glyph]> {
    if let Ok(cache) = cache().lock()
        && let Some(found) = cache.runs[slot(face, rtl)].get(text)
    {
        return found.clone();
    }
    let glyphs: Arc<[Glyph]> = shape_uncached(face, text, rtl).into();
    if let Ok(mut cache) = cache().lock() {
        if cache.len() >= CACHE_LIMIT {
            *cache = Cache::default();
        }
        cache.runs[slot(face, rtl)].insert(Box::from(text), glyphs.clone());
    }
    glyphs
}

/// What shaping keeps between runs on one thread.
#[derive(Default)]
struct Shaping {
    /// Shaping plans, one per face, direction and script: making one is the expensive part
    /// of shaping a short run.
    plans: FxHashMap<(Face, bool, harfrust::Script), ShapePlan>,
    /// The buffer runs are shaped in, emptied for each: its memory serves them all.
    buffer: Buffer,
}

thread_local! {
    static SHAPING: std::cell::RefCell<Shaping> = std::cell::RefCell::new(Shaping::default());
}

/// The script of a run: that of its first character with one.
fn script_of(text: &str) -> harfrust::Script {
    text.chars()
        .map(|c| harfrust::unicode::script(u32::from(c)))
        .find(|s| *s != harfrust::Script::COMMON && *s != harfrust::Script::INHERITED)
        .unwrap_or(harfrust::Script::COMMON)
}

fn shape_uncached(face: Face, text: &str, rtl: bool) -> Vec<Glyph> {
    let Some(loaded) = fonts::loaded(face) else {
        return Vec::new();
    };
    let direction = if rtl {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    };
    let script = script_of(text);
    let shaper = ShaperFont::new(&loaded.font);
    SHAPING.with(|shaping| {
        let Shaping { plans, buffer } = &mut *shaping.borrow_mut();
        buffer.reset();
        buffer.push_str(text);
        buffer.set_direction(direction);
        buffer.set_script(Some(script));
        buffer.set_flags(BufferFlags::BEGINNING_OF_TEXT | BufferFlags::END_OF_TEXT);
        let plan = plans
            .entry((face, rtl, script))
            .or_insert_with(|| ShapePlan::new(&loaded.font, direction, Some(script), None, &[]));
        if harfrust::shape(&shaper, buffer, ShapeOptions::new().plan(Some(plan))).is_err() {
            return Vec::new();
        }
        let scale = 1.0 / loaded.units_per_em;
        buffer
            .glyph_infos()
            .iter()
            .zip(buffer.glyph_positions())
            .map(|(info, position)| Glyph {
                id: u16::try_from(info.glyph_id).unwrap_or(0),
                advance: position.x_advance as f32 * scale,
                dx: position.x_offset as f32 * scale,
                dy: position.y_offset as f32 * scale,
                cluster: info.cluster,
            })
            .collect()
    })
}

/// Glyphs for characters no face can draw: the regular face's replacement character, one
/// per character, so that the text layer still holds what was written.
pub(crate) fn placeholders(text: &str) -> Arc<[Glyph]> {
    let Some(font) = fonts::loaded(Face::Regular) else {
        return Arc::from(Vec::new());
    };
    let id = font.glyph('\u{FFFD}').unwrap_or(0);
    let advance = font.advance_em(id);
    text.char_indices()
        .map(|(i, _)| Glyph {
            id,
            advance,
            dx: 0.0,
            dy: 0.0,
            cluster: i as u32,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(face: Face, text: &str, rtl: bool) -> Vec<u16> {
        shape(face, text, rtl).iter().map(|g| g.id).collect()
    }

    #[test]
    fn kerning_comes_from_the_font() {
        let glyphs = shape(Face::Regular, "AV", false);
        let font = fonts::loaded(Face::Regular).unwrap();
        let plain = font.advance_em(glyphs[0].id);
        assert!(glyphs[0].advance < plain, "{glyphs:?}");
    }

    #[test]
    fn arabic_letters_join() {
        // The same letter alone and between two others takes another form.
        let alone = ids(Face::Arabic, "ب", true);
        let joined = ids(Face::Arabic, "ببب", true);
        assert_eq!(joined.len(), 3);
        assert!(!joined.contains(&alone[0]), "{alone:?} {joined:?}");
    }

    #[test]
    fn right_to_left_glyphs_come_in_visual_order() {
        let glyphs = shape(Face::Hebrew, "שלום", true);
        let clusters: Vec<u32> = glyphs.iter().map(|g| g.cluster).collect();
        assert_eq!(clusters, [6, 4, 2, 0]);
    }

    #[test]
    fn devanagari_vowel_signs_are_reordered() {
        // कि: the vowel sign i is drawn before the consonant it follows.
        let glyphs = shape(Face::Devanagari, "कि", false);
        let font = fonts::loaded(Face::Devanagari).unwrap();
        assert_eq!(glyphs.len(), 2);
        assert_eq!(glyphs[1].id, font.glyph('क').unwrap());
    }

    #[test]
    fn the_same_run_shapes_the_same_from_the_cache() {
        let first = shape_uncached(Face::Regular, "Ringing Mam", false);
        let cached = shape(Face::Regular, "Ringing Mam", false);
        assert_eq!(&first[..], &cached[..]);
        assert_eq!(&cached[..], &shape(Face::Regular, "Ringing Mam", false)[..]);
    }

    #[test]
    fn a_run_shapes_the_same_after_runs_of_other_scripts_and_directions() {
        // The thread's buffer serves every run: nothing of one may reach the next.
        let runs = [
            (Face::Regular, "AV Wall", false),
            (Face::Hebrew, "שלום", true),
            (Face::Arabic, "ببب", true),
            (Face::Devanagari, "कि", false),
        ];
        let shaped = || -> Vec<Vec<Glyph>> {
            runs.iter()
                .map(|&(face, text, rtl)| shape_uncached(face, text, rtl))
                .collect()
        };
        let first = shaped();
        assert!(first.iter().all(|glyphs| !glyphs.is_empty()), "{first:?}");
        assert_eq!(shaped(), first, "shaped again on the same thread");
        let fresh = std::thread::spawn(move || {
            runs.iter()
                .rev()
                .map(|&(face, text, rtl)| shape_uncached(face, text, rtl))
                .collect::<Vec<_>>()
        })
        .join()
        .unwrap();
        let fresh: Vec<Vec<Glyph>> = fresh.into_iter().rev().collect();
        assert_eq!(
            fresh, first,
            "shaped in the other order on a thread of its own"
        );
    }
}
