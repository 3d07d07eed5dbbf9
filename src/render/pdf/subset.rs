//! The fonts as they are embedded: cut for each document to the glyphs it draws, so
//! printpdf embeds only those (its own subsetter is part of a layout engine reelguide
//! does not use).
//!
//! The cut is made with `subsetter` (Typst's, made for PDF embedding: it reads only the
//! glyphs it keeps, where allsorts parsed every glyph of the font for each document):
//! the glyphs are renumbered in order, .notdef first, then any glyph a composite glyph is
//! built from, and [`Cut::new_id`] says where each went. The cut has no `cmap`; none is
//! needed, as text is written as glyph ids with its own ToUnicode map.
//!
//! Then what a PDF never uses is dropped from a TrueType cut: hinting (the `fpgm`, `prep`
//! and `cvt ` programs and each glyph's instructions; PDF viewers rasterize without
//! them), the glyph names and all but the identifying names (DejaVu's licence text alone
//! was 15 KB of every document). The copyright notice and the licence's address stay;
//! the licence ships in `docs/font-license-dejavu.txt`. Done on the cut, it costs a few
//! microseconds per document instead of a pass over every glyph of every font at
//! start-up. CFF fonts are embedded as the subsetter cuts them.

use std::collections::BTreeSet;

/// Whether `font` (the first font of a collection) can be cut for a document: it has
/// TrueType or CFF outlines the subsetter reads (tried on .notdef alone).
pub fn can_cut(font: &[u8]) -> bool {
    subsetter::subset(font, 0, &subsetter::GlyphRemapper::new()).is_ok()
}

/// A font cut to the glyphs one document draws.
pub struct Cut {
    /// The cut font, or `None` if cutting failed and the prepared font is embedded whole.
    pub bytes: Option<Vec<u8>>,
    /// Where each glyph went.
    remapper: subsetter::GlyphRemapper,
}

impl Cut {
    /// The font at `index` of `font` (a file or a collection) cut to `glyphs`.
    pub fn new(font: &[u8], index: u32, glyphs: &BTreeSet<u16>) -> Cut {
        let ids: Vec<u16> = glyphs.iter().copied().collect();
        let remapper = subsetter::GlyphRemapper::new_from_glyphs_sorted(&ids);
        let bytes = subsetter::subset(font, index, &remapper).ok().map(|cut| slim(&cut).unwrap_or(cut));
        Cut { bytes, remapper }
    }

    /// The number a glyph of the font has in the cut font.
    pub fn new_id(&self, old: u16) -> u16 {
        if self.bytes.is_none() {
            return old;
        }
        self.remapper.get(old).unwrap_or(0)
    }
}

/// Tables kept, in the order of their tags; a font without one of the first four (or
/// with a hinting program) keeps them as they are.
const KEEP: [&[u8; 4]; 9] = [b"OS/2", b"cmap", b"glyf", b"head", b"hhea", b"hmtx", b"loca", b"maxp", b"post"];
const OPTIONAL: [&[u8; 4]; 3] = [b"OS/2", b"cmap", b"post"];

/// Names kept: copyright, family, subfamily, unique id, full name, version, PostScript
/// name, licence address.
const NAMES: [u16; 8] = [0, 1, 2, 3, 4, 5, 6, 14];

/// The font without hinting, glyph names and long names, or `None` if `font` is not a
/// TrueType font this understands.
fn slim(font: &[u8]) -> Option<Vec<u8>> {
    let tables = directory(font)?;
    let table = |tag: &[u8; 4]| tables.iter().find(|(t, _)| t == tag).map(|(_, data)| *data);
    let head = table(b"head")?;
    let num_glyphs = usize::from(read_u16(table(b"maxp")?, 4)?);
    let long_loca = read_u16(head, 50)? == 1;
    let (glyf, loca) = strip_instructions(table(b"glyf")?, table(b"loca")?, num_glyphs, long_loca)?;

    let mut kept: Vec<(&[u8; 4], Vec<u8>)> = Vec::new();
    for tag in KEEP {
        let data = match tag {
            b"glyf" => glyf.clone(),
            b"loca" => loca.clone(),
            b"head" => {
                let mut head = head.to_vec();
                head.get_mut(50..52)?.copy_from_slice(&1u16.to_be_bytes()); // long offsets
                head.get_mut(8..12)?.copy_from_slice(&[0; 4]); // set below
                head
            }
            b"maxp" => {
                let mut maxp = table(tag)?.to_vec();
                // Version 1.0 maxp carries the hinting limits; with no programs they are 0.
                if maxp.len() >= 32 {
                    maxp[16..30].fill(0);
                    maxp[14..16].copy_from_slice(&1u16.to_be_bytes());
                }
                maxp
            }
            b"post" => {
                // Version 3: the same header, without a name for every glyph, which a
                // PDF never reads.
                let Some(header) = table(tag).and_then(|post| post.get(..32)) else { continue };
                let mut post = header.to_vec();
                post[..4].copy_from_slice(&0x0003_0000u32.to_be_bytes());
                post
            }
            _ => match table(tag) {
                Some(data) => data.to_vec(),
                None if OPTIONAL.contains(&tag) => continue,
                None => return None,
            },
        };
        kept.push((tag, data));
    }
    if let Some(name) = table(b"name").and_then(slim_names) {
        kept.push((b"name", name));
        kept.sort_by(|a, b| a.0.cmp(b.0));
    }
    Some(assemble(&kept))
}

fn read_u16(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(data.get(at..at + 2)?.try_into().ok()?))
}

fn read_u32(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

/// The font's tables by tag.
fn directory(font: &[u8]) -> Option<Vec<([u8; 4], &[u8])>> {
    if read_u32(font, 0)? != 0x0001_0000 {
        return None; // not TrueType outlines
    }
    let count = usize::from(read_u16(font, 4)?);
    (0..count)
        .map(|i| {
            let record = 12 + 16 * i;
            let tag: [u8; 4] = font.get(record..record + 4)?.try_into().ok()?;
            let offset = read_u32(font, record + 8)? as usize;
            let length = read_u32(font, record + 12)? as usize;
            Some((tag, font.get(offset..offset.checked_add(length)?)?))
        })
        .collect()
}

/// The glyph table without instructions, and its new `loca` (long offsets).
fn strip_instructions(glyf: &[u8], loca: &[u8], num_glyphs: usize, long: bool) -> Option<(Vec<u8>, Vec<u8>)> {
    let offset = |i: usize| -> Option<usize> {
        if long { read_u32(loca, 4 * i).map(|o| o as usize) } else { read_u16(loca, 2 * i).map(|o| usize::from(o) * 2) }
    };
    let mut new_glyf = Vec::with_capacity(glyf.len());
    let mut new_loca = Vec::with_capacity(4 * (num_glyphs + 1));
    for i in 0..num_glyphs {
        new_loca.extend_from_slice(&(new_glyf.len() as u32).to_be_bytes());
        let glyph = glyf.get(offset(i)?..offset(i + 1)?)?;
        if !glyph.is_empty() {
            new_glyf.extend_from_slice(&strip_glyph(glyph)?);
            while new_glyf.len() % 4 != 0 {
                new_glyf.push(0);
            }
        }
    }
    new_loca.extend_from_slice(&(new_glyf.len() as u32).to_be_bytes());
    Some((new_glyf, new_loca))
}

fn strip_glyph(glyph: &[u8]) -> Option<Vec<u8>> {
    let contours = read_u16(glyph, 0)? as i16;
    if contours >= 0 {
        // Header, end points, instruction length, instructions, then the outline.
        let at = 10 + 2 * contours as usize;
        let length = usize::from(read_u16(glyph, at)?);
        let mut out = glyph.get(..at)?.to_vec();
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(glyph.get(at + 2 + length..)?);
        return Some(out);
    }
    // A composite: walk the components to where its instructions would start.
    const ARGS_ARE_WORDS: u16 = 0x0001;
    const HAVE_SCALE: u16 = 0x0008;
    const MORE: u16 = 0x0020;
    const HAVE_XY_SCALE: u16 = 0x0040;
    const HAVE_2X2: u16 = 0x0080;
    const HAVE_INSTRUCTIONS: u16 = 0x0100;
    let mut out = glyph.to_vec();
    let mut at = 10;
    loop {
        let flags = read_u16(glyph, at)?;
        if flags & HAVE_INSTRUCTIONS != 0 {
            out.get_mut(at..at + 2)?.copy_from_slice(&(flags & !HAVE_INSTRUCTIONS).to_be_bytes());
        }
        at += 4 + if flags & ARGS_ARE_WORDS != 0 { 4 } else { 2 };
        at += if flags & HAVE_SCALE != 0 {
            2
        } else if flags & HAVE_XY_SCALE != 0 {
            4
        } else if flags & HAVE_2X2 != 0 {
            8
        } else {
            0
        };
        if flags & MORE == 0 {
            break;
        }
    }
    out.truncate(at.min(out.len()));
    Some(out)
}

/// A `name` table with only the identifying names, Windows Unicode English records.
fn slim_names(name: &[u8]) -> Option<Vec<u8>> {
    let count = usize::from(read_u16(name, 2)?);
    let storage = usize::from(read_u16(name, 4)?);
    let mut records = Vec::new();
    for i in 0..count {
        let r = 6 + 12 * i;
        let (platform, encoding, language, id) =
            (read_u16(name, r)?, read_u16(name, r + 2)?, read_u16(name, r + 4)?, read_u16(name, r + 6)?);
        let (length, offset) = (usize::from(read_u16(name, r + 8)?), usize::from(read_u16(name, r + 10)?));
        if platform == 3 && encoding == 1 && language == 0x409 && NAMES.contains(&id) {
            records.push((id, name.get(storage + offset..storage + offset + length)?));
        }
    }
    let mut out = Vec::new();
    out.extend_from_slice(&0u16.to_be_bytes());
    out.extend_from_slice(&(records.len() as u16).to_be_bytes());
    out.extend_from_slice(&((6 + 12 * records.len()) as u16).to_be_bytes());
    let mut strings = Vec::new();
    for (id, text) in &records {
        for value in [3u16, 1, 0x409, *id, text.len() as u16, strings.len() as u16] {
            out.extend_from_slice(&value.to_be_bytes());
        }
        strings.extend_from_slice(text);
    }
    out.extend_from_slice(&strings);
    Some(out)
}

/// Sums big-endian 32-bit words, as the sfnt format checksums tables.
fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, chunk| {
        let mut word = [0u8; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}

/// A font file from tables sorted by tag.
fn assemble(tables: &[(&[u8; 4], Vec<u8>)]) -> Vec<u8> {
    let count = tables.len() as u16;
    let power = 1u16 << (15 - count.leading_zeros().min(15));
    let mut out = Vec::new();
    for value in [0x0001u16, 0x0000, count, power * 16, power.trailing_zeros() as u16, count * 16 - power * 16] {
        out.extend_from_slice(&value.to_be_bytes());
    }
    let mut offset = 12 + 16 * tables.len();
    let mut head_at = None;
    for (tag, data) in tables {
        out.extend_from_slice(*tag);
        out.extend_from_slice(&checksum(data).to_be_bytes());
        out.extend_from_slice(&(offset as u32).to_be_bytes());
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        if **tag == *b"head" {
            head_at = Some(offset);
        }
        offset += data.len().div_ceil(4) * 4;
    }
    for (_, data) in tables {
        out.extend_from_slice(data);
        out.resize(out.len().div_ceil(4) * 4, 0);
    }
    if let Some(at) = head_at {
        let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
        out[at + 8..at + 12].copy_from_slice(&adjustment.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_keeps_its_glyphs_and_loses_the_weight() {
        let original = dejavu::sans::regular();
        let a = harfrust::Font::new(original, 0).unwrap();
        let chars = ['A', 'ж', 'Ω', 'é', 'Ł', '■', '→', '✓', 'א', 'س', '\u{FFFD}'];
        let ids: BTreeSet<u16> = chars.iter().map(|c| a.charmap().map_unicode(*c).unwrap().to_u32() as u16).collect();
        let cut = Cut::new(original, 0, &ids);
        let bytes = cut.bytes.clone().expect("DejaVu Sans cuts");
        assert!(bytes.len() < 8_000, "{} bytes for {} glyphs", bytes.len(), ids.len());
        let b = harfrust::Font::new(bytes.clone(), 0).unwrap();
        let (ma, mb) = (a.glyph_metrics(), b.glyph_metrics());
        for c in chars {
            let old = a.charmap().map_unicode(c).unwrap();
            let new = harfrust::GlyphId::new(u32::from(cut.new_id(old.to_u32() as u16)));
            assert_ne!(new.to_u32(), 0, "{c} kept");
            assert_eq!(ma.h_advance(old), mb.h_advance(new), "width of {c}");
            assert_eq!(ma.extents(old), mb.extents(new), "outline of {c}");
        }
        let tags: Vec<[u8; 4]> = directory(&bytes).unwrap().iter().map(|(t, _)| *t).collect();
        assert!(tags.contains(b"name"), "the names table is kept");
        assert!(!tags.contains(b"fpgm") && !tags.contains(b"prep") && tags.contains(b"glyf"), "{tags:?}");
    }

    #[test]
    fn a_cut_renumbers_the_glyphs_in_order() {
        let cut = Cut::new(dejavu::sans::regular(), 0, &BTreeSet::from([300, 36, 1200]));
        assert!(cut.bytes.is_some());
        assert_eq!([0, 36, 300, 1200].map(|g| cut.new_id(g)), [0, 1, 2, 3]);
        assert_eq!(cut.new_id(37), 0, "a glyph not kept is .notdef");
    }
}
