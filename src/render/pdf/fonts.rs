//! The embedded typeface: DejaVu Sans (regular, bold, oblique, bold oblique), from the
//! `dejavu` crate, covering Latin Extended, Greek and Cyrillic. Its licence ships in
//! `docs/font-license-dejavu.txt`. Fonts are never looked up on the machine.
//!
//! Each face is parsed once per process and shared by every thread: rustybuzz shapes text
//! (real advances and kerning), printpdf embeds and subsets the glyphs used.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use printpdf::ParsedFont;
use rustybuzz::{Feature, UnicodeBuffer};

/// One of the four faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Face {
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

impl Face {
    pub const ALL: [Face; 4] = [Face::Regular, Face::Bold, Face::Italic, Face::BoldItalic];

    pub fn new(bold: bool, italic: bool) -> Face {
        match (bold, italic) {
            (false, false) => Face::Regular,
            (true, false) => Face::Bold,
            (false, true) => Face::Italic,
            (true, true) => Face::BoldItalic,
        }
    }

    /// The font's resource name in every PDF, fixed so that documents are reproducible.
    /// Six capitals, because printpdf uses the first six characters as the subset tag.
    pub fn resource_name(self) -> &'static str {
        match self {
            Face::Regular => "DJVSRG",
            Face::Bold => "DJVSBD",
            Face::Italic => "DJVSIT",
            Face::BoldItalic => "DJVSBI",
        }
    }

    fn bytes(self) -> &'static [u8] {
        match self {
            Face::Regular => dejavu::sans::regular(),
            Face::Bold => dejavu::sans::bold(),
            Face::Italic => dejavu::sans::oblique(),
            Face::BoldItalic => dejavu::sans::bold_oblique(),
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// A shaped glyph: its id in the font, its advance in thousandths of an em (kerning
/// included), how many bytes of the shaped text it stands for, and `kern`: how far the
/// shaped advance falls short of the font's own width (what a PDF viewer applies), in
/// whole thousandths of an em, written after the glyph as a TJ adjustment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Glyph {
    pub id: u16,
    pub advance: f32,
    pub bytes: u8,
    pub kern: i16,
}

struct Loaded {
    shaper: rustybuzz::Face<'static>,
    /// The advance of a space, in 1/1000 em: measured once, used between every two words.
    space: f32,
    pdf: OnceLock<ParsedFont>,
    units_per_em: f32,
    ascender: f32,
    descender: f32,
}

/// Shaped words by text. foldhash, not SipHash: the cache is consulted for every word and
/// needs no protection from crafted keys.
type ShapeCache = HashMap<String, Arc<[Glyph]>, foldhash::fast::RandomState>;

/// The longest text kept in the shaping cache.
const MAX_CACHED_BYTES: usize = 64;

thread_local! {
    /// Shaped words, per face: handouts repeat most of their words. One cache per thread,
    /// so shaping never waits on a lock.
    static SHAPED: RefCell<[ShapeCache; 4]> = RefCell::new(Default::default());
}

/// The four parsed faces.
pub struct Fonts {
    faces: Vec<Loaded>,
    features: Vec<Feature>,
}

/// The fonts, parsed on first use.
pub fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| {
        let faces = Face::ALL
            .iter()
            .map(|face| {
                let shaper = rustybuzz::Face::from_slice(face.bytes(), 0).expect("the embedded fonts parse");
                let units_per_em = f32::from(shaper.units_per_em() as u16);
                let space = shaper
                    .glyph_index(' ')
                    .and_then(|g| shaper.glyph_hor_advance(g))
                    .map_or(0.0, |a| f32::from(a) * 1000.0 / units_per_em);
                Loaded {
                    units_per_em,
                    space,
                    ascender: f32::from(shaper.ascender()),
                    descender: f32::from(shaper.descender()),
                    shaper,
                    pdf: OnceLock::new(),
                }
            })
            .collect();
        // Ligatures are off: each glyph then stands for exactly one character, which keeps
        // copied and searched text exact. Kerning stays on.
        let features = ["-liga", "-clig", "-dlig"].iter().filter_map(|f| f.parse().ok()).collect();
        Fonts { faces, features }
    })
}

impl Fonts {
    fn face(&self, face: Face) -> &Loaded {
        &self.faces[face.index()]
    }

    /// Shapes a piece of text without line breaks; advances are in 1/1000 em.
    pub fn shape(&self, face: Face, text: &str) -> Arc<[Glyph]> {
        let cached = SHAPED.with(|cache| cache.borrow()[face.index()].get(text).cloned());
        if let Some(glyphs) = cached {
            return glyphs;
        }
        let glyphs = self.shape_uncached(face, text);
        // Words are what repeat; a long run of text (a title without spaces, a whole
        // footer) is shaped and not kept, so no record can fill the cache.
        if text.len() > MAX_CACHED_BYTES {
            return glyphs;
        }
        SHAPED.with(|cache| {
            let mut cache = cache.borrow_mut();
            let words = &mut cache[face.index()];
            // A bound, so a huge library cannot grow the cache without end.
            if words.len() > 20_000 {
                words.clear();
            }
            words.insert(text.to_string(), glyphs.clone());
        });
        glyphs
    }

    fn shape_uncached(&self, face: Face, text: &str) -> Arc<[Glyph]> {
        let loaded = self.face(face);
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        let shaped = rustybuzz::shape(&loaded.shaper, &self.features, buffer);
        let scale = 1000.0 / loaded.units_per_em;
        let infos = shaped.glyph_infos();
        let positions = shaped.glyph_positions();
        infos
            .iter()
            .zip(positions)
            .enumerate()
            .map(|(i, (info, pos))| {
                let start = info.cluster as usize;
                let end = infos.get(i + 1).map_or(text.len(), |next| next.cluster as usize).max(start);
                let id = info.glyph_id as u16;
                let advance = pos.x_advance as f32 * scale;
                let kern = (self.font_advance(face, id) - advance).round() as i16;
                Glyph { id, advance, bytes: (end - start).min(255) as u8, kern }
            })
            .collect()
    }

    /// The advance of a space, in 1/1000 em.
    pub fn space_advance(&self, face: Face) -> f32 {
        self.face(face).space
    }

    /// The width of `text` at `size` points.
    pub fn width(&self, face: Face, text: &str, size: f32) -> f32 {
        self.shape(face, text).iter().map(|g| g.advance).sum::<f32>() * size / 1000.0
    }

    /// Height above the baseline, in points at `size`.
    pub fn ascent(&self, face: Face, size: f32) -> f32 {
        let f = self.face(face);
        f.ascender / f.units_per_em * size
    }

    /// Depth below the baseline (positive), in points at `size`.
    pub fn descent(&self, face: Face, size: f32) -> f32 {
        let f = self.face(face);
        -f.descender / f.units_per_em * size
    }

    /// A glyph's advance as the PDF viewer will apply it: the font's own width in 1/1000
    /// em, truncated as printpdf writes it into the `/W` array.
    pub fn font_advance(&self, face: Face, glyph: u16) -> f32 {
        let f = self.face(face);
        let advance = f.shaper.glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(glyph)).unwrap_or(0);
        (f32::from(advance) * 1000.0 / f.units_per_em).trunc()
    }

    /// Whether every face can draw `c` in a PDF: it is in the embedded repertoire, and
    /// the font has it.
    pub fn covers(&self, c: char) -> bool {
        c.is_control()
            || super::subset::in_repertoire(c) && self.faces.iter().all(|f| f.shaper.glyph_index(c).is_some())
    }

    /// The face as printpdf embeds it: prepared (see [`super::subset`]) and parsed once.
    pub fn pdf_font(&self, face: Face) -> &ParsedFont {
        self.face(face).pdf.get_or_init(|| {
            let mut warnings = Vec::new();
            let slim = super::subset::prepare(face.bytes());
            let bytes = slim.as_deref().unwrap_or(face.bytes());
            ParsedFont::from_bytes(bytes, 0, &mut warnings)
                .or_else(|| ParsedFont::from_bytes(face.bytes(), 0, &mut warnings))
                .expect("the embedded fonts parse")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_with_kerning_and_covers_greek_and_cyrillic() {
        let f = fonts();
        let kerned = f.width(Face::Regular, "AV", 1000.0);
        let apart = f.width(Face::Regular, "A", 1000.0) + f.width(Face::Regular, "V", 1000.0);
        assert!(kerned < apart, "AV is kerned: {kerned} < {apart}");
        assert!("Łódź Ωραίο Крупный план — “quotes”".chars().all(|c| f.covers(c)));
        assert!(!f.covers('漢'));
        let glyphs = f.shape(Face::Bold, "office");
        assert_eq!(glyphs.len(), 6, "no ligatures");
        assert!(glyphs.iter().all(|g| g.bytes == 1));
    }
}
