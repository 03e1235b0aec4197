//! A TrueType font cut down to the glyphs a document draws, read straight from the bundled
//! font's bytes.
//!
//! printpdf embeds what it is given; given a whole bundled font, it copied the font (half a
//! megabyte for DejaVu Sans, 5 MB for the Chinese, Japanese and Korean font) and had
//! allsorts read every glyph of it to make the subset. This reads only the tables' headers
//! and the glyphs used, so a document costs what it draws, not what the fonts hold.
//!
//! The subset keeps what a PDF reader draws a CID-keyed TrueType font with (ISO 32000-1,
//! 9.9): `glyf`, `loca`, `hmtx`, `head`, `hhea`, `maxp`, and an empty `cmap`, which printpdf
//! wants to read the font (text is found through the PDF's ToUnicode maps, never the
//! font's). No `name` or `post`: the PDF names the font itself. Glyph 0 stays 0; the glyphs
//! asked for follow as 1, 2, … in the order given; the parts of composite glyphs come after.

/// Why a font could not be cut down: a table missing or shorter than it says.
#[derive(Debug, thiserror::Error)]
#[error("the font's {0} table is missing or broken")]
pub(crate) struct Broken(&'static str);

/// The subset of `font` holding glyph 0, then `glyphs` in order, then any glyphs those are
/// built from.
pub(crate) fn subset(font: &[u8], glyphs: &[u16]) -> Result<Vec<u8>, Broken> {
    let tables = Tables::read(font)?;
    let head = tables
        .get(b"head")
        .filter(|t| t.len() >= 54)
        .ok_or(Broken("head"))?;
    let hhea = tables
        .get(b"hhea")
        .filter(|t| t.len() >= 36)
        .ok_or(Broken("hhea"))?;
    let maxp = tables
        .get(b"maxp")
        .filter(|t| t.len() >= 6)
        .ok_or(Broken("maxp"))?;
    let hmtx = tables.get(b"hmtx").ok_or(Broken("hmtx"))?;
    let loca = tables.get(b"loca").ok_or(Broken("loca"))?;
    let glyf = tables.get(b"glyf").ok_or(Broken("glyf"))?;
    let long_loca = u16_at(head, 50) != 0;
    let count = u16_at(maxp, 4);
    let metrics = u16_at(hhea, 34).clamp(1, count.max(1));

    let outline = |gid: u16| -> Result<&[u8], Broken> {
        if gid >= count {
            return Err(Broken("glyf"));
        }
        glyf.get(glyph_range(loca, long_loca, gid))
            .ok_or(Broken("loca"))
    };

    // The glyphs in their new order, and each old number's new one.
    let mut order = vec![0_u16];
    let mut renumbered = std::collections::HashMap::from([(0_u16, 0_u16)]);
    for &gid in glyphs {
        renumbered.entry(gid).or_insert_with(|| {
            order.push(gid);
            order.len() as u16 - 1
        });
    }
    let mut new_glyf = Vec::new();
    let mut new_loca = Vec::with_capacity(order.len() * 4 + 4);
    let mut new_hmtx = Vec::with_capacity(order.len() * 4);
    let mut index = 0;
    while index < order.len() {
        let old = order[index];
        let data = outline(old)?;
        new_loca.extend_from_slice(&(new_glyf.len() as u32).to_be_bytes());
        let start = new_glyf.len();
        new_glyf.extend_from_slice(data);
        for (at, component) in components(data)? {
            let next = order.len() as u16;
            let new = *renumbered.entry(component).or_insert_with(|| {
                order.push(component);
                next
            });
            new_glyf[start + at..start + at + 2].copy_from_slice(&new.to_be_bytes());
        }
        while new_glyf.len() % 4 != 0 {
            new_glyf.push(0);
        }
        let metric = usize::from(old.min(metrics - 1)) * 4;
        let advance = hmtx.get(metric..metric + 2).ok_or(Broken("hmtx"))?;
        let bearing_at = if old < metrics {
            metric + 2
        } else {
            usize::from(metrics) * 4 + usize::from(old - metrics) * 2
        };
        let bearing = hmtx.get(bearing_at..bearing_at + 2).ok_or(Broken("hmtx"))?;
        new_hmtx.extend_from_slice(advance);
        new_hmtx.extend_from_slice(bearing);
        index += 1;
        if order.len() > usize::from(u16::MAX) {
            return Err(Broken("glyf"));
        }
    }
    new_loca.extend_from_slice(&(new_glyf.len() as u32).to_be_bytes());
    let glyph_count = order.len() as u16;

    let mut new_head = head[..54].to_vec();
    new_head[8..12].fill(0);
    new_head[50..52].copy_from_slice(&1_u16.to_be_bytes());
    let mut new_hhea = hhea[..36].to_vec();
    new_hhea[34..36].copy_from_slice(&glyph_count.to_be_bytes());
    let mut new_maxp = maxp.to_vec();
    new_maxp[4..6].copy_from_slice(&glyph_count.to_be_bytes());
    // A (3, 1) format 4 table whose one segment maps nothing.
    let cmap: &[u8] = &[
        0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12, // header and the one encoding record
        0, 4, 0, 24, 0, 0, 0, 2, 0, 2, 0, 0, 0, 0, // format 4, one segment
        0xFF, 0xFF, 0, 0, 0xFF, 0xFF, 0, 1, 0, 0, // end, pad, start, delta, range
    ];
    let mut out = assemble(&[
        (*b"cmap", cmap),
        (*b"glyf", &new_glyf),
        (*b"head", &new_head),
        (*b"hhea", &new_hhea),
        (*b"hmtx", &new_hmtx),
        (*b"loca", &new_loca),
        (*b"maxp", &new_maxp),
    ]);
    // head.checkSumAdjustment, so that the whole font sums to the magic number.
    let adjustment = 0xB1B0_AFBA_u32.wrapping_sub(checksum(&out));
    let head_at = table_offset(&out, b"head");
    out[head_at + 8..head_at + 12].copy_from_slice(&adjustment.to_be_bytes());
    Ok(out)
}

/// The font's PostScript name (name 6), from a Windows (UTF-16) or Macintosh record.
pub(crate) fn postscript_name(font: &[u8]) -> Option<String> {
    let table = Tables::read(font).ok()?.get(b"name")?;
    let count = usize::from(u16_at(table, 2));
    let strings = usize::from(u16_at(table, 4));
    (0..count).find_map(|i| {
        let record = table.get(6 + i * 12..18 + i * 12)?;
        if u16_at(record, 6) != 6 {
            return None;
        }
        let start = strings + usize::from(u16_at(record, 10));
        let bytes = table.get(start..start + usize::from(u16_at(record, 8)))?;
        let name = match u16_at(record, 0) {
            0 | 3 => String::from_utf16(
                &bytes
                    .chunks_exact(2)
                    .map(|b| u16::from_be_bytes([b[0], b[1]]))
                    .collect::<Vec<_>>(),
            )
            .ok()?,
            1 => bytes.iter().map(|&b| char::from(b)).collect(),
            _ => return None,
        };
        (!name.is_empty() && name.is_ascii()).then_some(name)
    })
}

/// Where glyph `gid`'s outline is in the `glyf` table, by the `loca` table (long offsets,
/// or short ones in words).
fn glyph_range(loca: &[u8], long: bool, gid: u16) -> std::ops::Range<usize> {
    let at = usize::from(gid);
    let (start, end) = if long {
        (u32_at(loca, at * 4), u32_at(loca, at * 4 + 4))
    } else {
        (
            u32::from(u16_at(loca, at * 2)) * 2,
            u32::from(u16_at(loca, at * 2 + 2)) * 2,
        )
    };
    start as usize..end as usize
}

/// The tables of a font file, by tag.
struct Tables<'a> {
    font: &'a [u8],
    records: Vec<([u8; 4], usize, usize)>,
}

impl<'a> Tables<'a> {
    fn read(font: &'a [u8]) -> Result<Tables<'a>, Broken> {
        if font.len() < 12 {
            return Err(Broken("directory"));
        }
        let count = usize::from(u16_at(font, 4));
        let records = (0..count)
            .map(|i| {
                let at = 12 + i * 16;
                let record = font.get(at..at + 16).ok_or(Broken("directory"))?;
                let tag = [record[0], record[1], record[2], record[3]];
                Ok((tag, u32_at(record, 8) as usize, u32_at(record, 12) as usize))
            })
            .collect::<Result<_, _>>()?;
        Ok(Tables { font, records })
    }

    fn get(&self, tag: &[u8; 4]) -> Option<&'a [u8]> {
        let &(_, offset, length) = self.records.iter().find(|(t, ..)| t == tag)?;
        self.font.get(offset..offset.checked_add(length)?)
    }
}

/// The components of a composite glyph: where each one's glyph number is in the glyph's
/// data, and the number. Empty for a simple glyph.
fn components(data: &[u8]) -> Result<Vec<(usize, u16)>, Broken> {
    const ARGS_ARE_WORDS: u16 = 0x0001;
    const HAVE_SCALE: u16 = 0x0008;
    const MORE: u16 = 0x0020;
    const HAVE_X_AND_Y_SCALE: u16 = 0x0040;
    const HAVE_TWO_BY_TWO: u16 = 0x0080;
    if data.len() < 10 || (u16_at(data, 0) as i16) >= 0 {
        return Ok(Vec::new());
    }
    let mut found = Vec::new();
    let mut at = 10;
    loop {
        if at + 4 > data.len() {
            return Err(Broken("glyf"));
        }
        let flags = u16_at(data, at);
        found.push((at + 2, u16_at(data, at + 2)));
        at += 4 + if flags & ARGS_ARE_WORDS != 0 { 4 } else { 2 };
        at += if flags & HAVE_SCALE != 0 {
            2
        } else if flags & HAVE_X_AND_Y_SCALE != 0 {
            4
        } else if flags & HAVE_TWO_BY_TWO != 0 {
            8
        } else {
            0
        };
        if flags & MORE == 0 {
            return Ok(found);
        }
    }
}

/// A font file of these tables (in tag order), each on a four-byte boundary.
fn assemble(tables: &[([u8; 4], &[u8])]) -> Vec<u8> {
    let count = tables.len() as u16;
    let power = 1_u16 << (15 - count.max(1).leading_zeros() as u16);
    let mut out = Vec::with_capacity(12 + tables.iter().map(|(_, t)| t.len() + 19).sum::<usize>());
    out.extend_from_slice(&0x0001_0000_u32.to_be_bytes());
    for value in [
        count,
        power * 16,
        power.trailing_zeros() as u16,
        count * 16 - power * 16,
    ] {
        out.extend_from_slice(&value.to_be_bytes());
    }
    let mut offset = 12 + tables.len() * 16;
    for (tag, data) in tables {
        out.extend_from_slice(tag);
        out.extend_from_slice(&checksum(data).to_be_bytes());
        out.extend_from_slice(&(offset as u32).to_be_bytes());
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        offset += data.len().next_multiple_of(4);
    }
    for (_, data) in tables {
        out.extend_from_slice(data);
        out.resize(out.len().next_multiple_of(4), 0);
    }
    out
}

fn table_offset(font: &[u8], tag: &[u8; 4]) -> usize {
    (0..usize::from(u16_at(font, 4)))
        .map(|i| 12 + i * 16)
        .find(|&at| &font[at..at + 4] == tag)
        .map_or(0, |at| u32_at(font, at + 8) as usize)
}

/// The sum of the data as big-endian 32-bit words, the last one padded with zeros.
fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0_u32, |sum, chunk| {
        let mut word = [0_u8; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}

fn u16_at(data: &[u8], at: usize) -> u16 {
    data.get(at..at + 2)
        .map_or(0, |b| u16::from_be_bytes([b[0], b[1]]))
}

fn u32_at(data: &[u8], at: usize) -> u32 {
    data.get(at..at + 4)
        .map_or(0, |b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::{self, Face};

    /// The glyph a face draws `c` with.
    fn glyph(face: Face, c: char) -> u16 {
        fonts::loaded(face).unwrap().glyph(c).unwrap()
    }

    #[test]
    fn the_subset_draws_each_glyph_as_the_font_does_renumbered_in_order() {
        let font = Face::Regular.bytes();
        let wanted: Vec<u16> = "Wé7".chars().map(|c| glyph(Face::Regular, c)).collect();
        let bytes = subset(font, &wanted).unwrap();
        let original = harfrust::Font::new(font, 0).unwrap();
        let cut = harfrust::Font::new(bytes.clone(), 0).unwrap();
        assert!(bytes.len() < 4_000, "{} bytes", bytes.len());
        assert_eq!(postscript_name(font).as_deref(), Some("DejaVuSans"));
        assert_eq!(
            postscript_name(Face::Cjk.bytes()).as_deref(),
            Some("NotoSansCJKsc-Regular")
        );
        assert_eq!(
            checksum(&bytes),
            0xB1B0_AFBA,
            "the whole font sums to the magic number"
        );
        for (new, &old) in wanted.iter().enumerate() {
            let (old, new) = (
                harfrust::GlyphId::new(u32::from(old)),
                harfrust::GlyphId::new(new as u32 + 1),
            );
            assert_eq!(
                cut.glyph_metrics().h_advance(new),
                original.glyph_metrics().h_advance(old)
            );
        }
        // The outlines themselves: each glyph's bytes, but for the renumbered components.
        let tables = Tables::read(&bytes).unwrap();
        let loca = tables.get(b"loca").unwrap();
        let glyf = tables.get(b"glyf").unwrap();
        let first = &glyf[u32_at(loca, 4) as usize..u32_at(loca, 8) as usize];
        assert_eq!(
            &first[..first.len().min(10)],
            &original_outline(font, wanted[0])[..10]
        );
    }

    fn original_outline(font: &[u8], gid: u16) -> Vec<u8> {
        let tables = Tables::read(font).unwrap();
        let long = u16_at(tables.get(b"head").unwrap(), 50) != 0;
        let loca = tables.get(b"loca").unwrap();
        tables.get(b"glyf").unwrap()[glyph_range(loca, long, gid)].to_vec()
    }

    #[test]
    fn composite_glyphs_bring_their_parts_after_the_glyphs_asked_for() {
        // Find a composite glyph among the Latin letters with accents.
        let font = Face::Regular.bytes();
        let composite = "éåçñüÅÉ"
            .chars()
            .map(|c| glyph(Face::Regular, c))
            .find(|&g| !components(&original_outline(font, g)).unwrap().is_empty())
            .expect("an accented letter built from parts");
        let parts = components(&original_outline(font, composite)).unwrap();
        let bytes = subset(font, &[composite]).unwrap();
        let tables = Tables::read(&bytes).unwrap();
        assert_eq!(
            u16_at(tables.get(b"maxp").unwrap(), 4) as usize,
            2 + parts.len(),
            "glyph 0, the composite, and its parts"
        );
        let loca = tables.get(b"loca").unwrap();
        let glyf = tables.get(b"glyf").unwrap();
        let outline = &glyf[u32_at(loca, 4) as usize..u32_at(loca, 8) as usize];
        let renumbered: Vec<u16> = components(outline).unwrap().iter().map(|c| c.1).collect();
        assert_eq!(renumbered, (2..2 + parts.len() as u16).collect::<Vec<_>>());
    }

    #[test]
    fn a_broken_font_is_an_error_not_a_panic() {
        assert!(subset(b"", &[1]).is_err());
        assert!(subset(&Face::Regular.bytes()[..200], &[1]).is_err());
        assert!(subset(Face::Regular.bytes(), &[u16::MAX]).is_err());
    }
}
