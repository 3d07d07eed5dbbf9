//! The typeface as it is embedded: prepared once per process, then cut for each document
//! to the glyphs it draws, so printpdf embeds only those (its own subsetter is part of a
//! layout engine reelguide does not use).
//!
//! First the font is cut down to the scripts reelguide sets: Latin (with its extensions),
//! Greek, Cyrillic, punctuation and common symbols. DejaVu Sans covers more, but right-to-
//! left and complex scripts would be set wrongly by a line breaker that knows nothing of
//! them, so a character outside this repertoire is reported and printed as a visible
//! mark instead. The cut is made with allsorts (the subsetter printpdf itself uses), and
//! it is also what makes each document's subsetting fast: a third of the glyphs to read.
//!
//! Then what a PDF never uses is dropped: TrueType hinting (the `fpgm`, `prep` and `cvt `
//! programs and each glyph's instructions; PDF viewers rasterize without them) and all
//! but the identifying names, since the licence text alone was 15 KB of every subset. The
//! copyright notice and the licence's address stay; the licence ships in
//! `docs/font-license-dejavu.txt`.
//!
//! Text is drawn as characters through this font's own character map, so its glyph
//! numbering need not match the original's; shaping and kerning use the original font.

/// The characters the PDFs can draw (where the font has them), as inclusive ranges.
pub const REPERTOIRE: &[(char, char)] = &[
    ('\u{0020}', '\u{007E}'), // Basic Latin
    ('\u{00A0}', '\u{036F}'), // Latin-1, Latin Extended-A and -B, IPA, modifiers, combining marks
    ('\u{0370}', '\u{03FF}'), // Greek and Coptic
    ('\u{0400}', '\u{052F}'), // Cyrillic and its supplement
    ('\u{1E00}', '\u{1FFF}'), // Latin Extended Additional, Greek Extended
    ('\u{2000}', '\u{22FF}'), // punctuation, super- and subscripts, currency, letterlike, arrows, maths
    ('\u{2460}', '\u{24FF}'), // enclosed numbers
    ('\u{25A0}', '\u{27BF}'), // geometric shapes, symbols, dingbats
    ('\u{2C60}', '\u{2C7F}'), // Latin Extended-C
    ('\u{A720}', '\u{A7FF}'), // Latin Extended-D
    ('\u{FFFD}', '\u{FFFD}'), // the replacement mark
];

/// Whether `c` lies in the repertoire.
pub fn in_repertoire(c: char) -> bool {
    REPERTOIRE.iter().any(|(from, to)| (*from..=*to).contains(&c))
}

/// The font prepared for embedding: cut to the repertoire, then slimmed. `None` if
/// either step fails (the caller then embeds the original).
pub fn prepare(font: &[u8]) -> Option<Vec<u8>> {
    slim(&cut_to_repertoire(font)?)
}

/// The font with only the glyphs of the repertoire (and the components they use).
fn cut_to_repertoire(font: &[u8]) -> Option<Vec<u8>> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile, subset};
    use allsorts::tag;

    let face = harfrust::Font::new(font.to_vec(), 0)?;
    let charmap = face.charmap();
    let mut glyphs: Vec<u16> = REPERTOIRE
        .iter()
        .flat_map(|(from, to)| *from..=*to)
        .filter_map(|c| charmap.map_unicode(c).and_then(|g| u16::try_from(g.to_u32()).ok()))
        .collect();
    glyphs.push(0); // .notdef comes first
    glyphs.sort_unstable();
    glyphs.dedup();
    let scope = ReadScope::new(font);
    let data = scope.read::<FontData<'_>>().ok()?;
    let provider = data.table_provider(0).ok()?;
    let tables = vec![tag::CMAP, tag::HEAD, tag::HHEA, tag::HMTX, tag::MAXP, tag::NAME, tag::OS_2, tag::POST];
    subset(&provider, &glyphs, &SubsetProfile::Custom(tables), CmapTarget::Unicode).ok()
}

/// The prepared face cut to the glyphs of `glyphs` (ids in the prepared face) for one
/// document: .notdef first, then the glyphs in order of their ids, each renumbered to
/// its place in that list; the cut face maps each character to its new glyph.
pub fn for_document(prepared: &[u8], glyphs: &std::collections::BTreeSet<u16>) -> Option<Vec<u8>> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile, subset};

    let ids: Vec<u16> = std::iter::once(0).chain(glyphs.iter().copied().filter(|g| *g != 0)).collect();
    let scope = ReadScope::new(prepared);
    let data = scope.read::<FontData<'_>>().ok()?;
    let provider = data.table_provider(0).ok()?;
    subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode).ok()
}

/// Tables kept, in the order of their tags.
const KEEP: [&[u8; 4]; 9] = [b"OS/2", b"cmap", b"glyf", b"head", b"hhea", b"hmtx", b"loca", b"maxp", b"post"];

/// Names kept: copyright, family, subfamily, unique id, full name, version, PostScript
/// name, licence address.
const NAMES: [u16; 8] = [0, 1, 2, 3, 4, 5, 6, 14];

/// The font without hinting and long names, or `None` if `font` is not a TrueType font
/// this understands.
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
            _ => match table(tag) {
                Some(data) => data.to_vec(),
                None if *tag == *b"OS/2" => continue,
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
    fn the_prepared_font_draws_the_repertoire_and_loses_the_weight() {
        let original = dejavu::sans::regular();
        let prepared = prepare(original).expect("DejaVu Sans is TrueType");
        assert!(prepared.len() < original.len() * 2 / 5, "{} of {}", prepared.len(), original.len());
        let a = harfrust::Font::new(original, 0).unwrap();
        let b = harfrust::Font::new(prepared.clone(), 0).unwrap();
        let (ma, mb) = (a.glyph_metrics(), b.glyph_metrics());
        for c in ['A', 'ж', 'Ω', 'é', 'Ł', '■', '→', '✓', '\u{FFFD}'] {
            let ga = a.charmap().map_unicode(c).unwrap();
            let gb = b.charmap().map_unicode(c).unwrap_or_else(|| panic!("{c} lost"));
            assert_eq!(ma.h_advance(ga), mb.h_advance(gb), "width of {c}");
            assert_eq!(ma.extents(ga), mb.extents(gb), "outline of {c}");
        }
        assert!(b.charmap().map_unicode('א').is_none(), "Hebrew is outside the repertoire");
        let names: Vec<[u8; 4]> = directory(&prepared).unwrap().iter().map(|(t, _)| *t).collect();
        assert!(names.contains(b"name"), "the names table is kept");
        let tags: Vec<[u8; 4]> = directory(&prepared).unwrap().iter().map(|(t, _)| *t).collect();
        assert!(!tags.contains(b"fpgm") && !tags.contains(b"prep") && tags.contains(b"glyf"));
    }
}
