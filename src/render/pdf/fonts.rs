//! The embedded typeface: DejaVu Sans (regular, bold, oblique, bold oblique), from the
//! `dejavu` crate, covering Latin Extended, Greek and Cyrillic. Its licence ships in
//! `docs/font-license-dejavu.txt`. Fonts are never looked up on the machine.
//!
//! Each face is parsed once per process and shared by every thread: harfrust (the HarfBuzz
//! project's Rust port) shapes text with real advances and kerning; `subset` cuts the
//! face down to the glyphs each document uses, and printpdf embeds that.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use harfrust::{Buffer, Feature, Font, GlyphId, ShapeOptions, ShaperFont};

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

    /// The face's PostScript name, which the PDF names its font by.
    pub fn postscript_name(self) -> &'static str {
        match self {
            Face::Regular => "DejaVuSans",
            Face::Bold => "DejaVuSans-Bold",
            Face::Italic => "DejaVuSans-Oblique",
            Face::BoldItalic => "DejaVuSans-BoldOblique",
        }
    }

    /// The font's resource name in every PDF, fixed so that documents are reproducible.
    /// Six capitals: it is also the subset tag before the font's name.
    pub fn resource_name(self) -> &'static str {
        match self {
            Face::Regular => "DJVSRG",
            Face::Bold => "DJVSBD",
            Face::Italic => "DJVSIT",
            Face::BoldItalic => "DJVSBI",
        }
    }

    pub(super) fn bytes(self) -> &'static [u8] {
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
    font: &'static Font,
    /// The advance of a space, in 1/1000 em: measured once, used between every two words.
    space: f32,
    /// The face cut to the repertoire and slimmed, made once, and parsed: what `subset`
    /// cuts again for each document.
    prepared: OnceLock<(Vec<u8>, Font)>,
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
                // Parsed once and kept for the life of the process, which the shaper
                // borrows it for.
                let font: &'static Font =
                    Box::leak(Box::new(Font::new(face.bytes(), 0).expect("the embedded fonts parse")));
                let metrics = font.metrics();
                let units_per_em = f32::from(metrics.units_per_em);
                let line = metrics.hhea_line.unwrap_or_default();
                let space = font
                    .charmap()
                    .map_unicode(' ')
                    .map_or(0.0, |g| font.glyph_metrics().h_advance(g) * 1000.0 / units_per_em);
                Loaded {
                    font,
                    units_per_em,
                    space,
                    ascender: line.ascender.to_f32(),
                    descender: line.descender.to_f32(),
                    prepared: OnceLock::new(),
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
        let mut buffer = Buffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        // A buffer the shaper cannot take (none is, for text in the repertoire) keeps its
        // characters unshaped: glyph 0 with no advance, never a panic.
        // The shaper reads the font's layout tables, which the font caches, so making one
        // per call costs little (and it cannot be shared between threads).
        let shaper = ShaperFont::new(loaded.font);
        let _ = harfrust::shape(&shaper, &mut buffer, ShapeOptions::new().features(&self.features));
        let scale = 1000.0 / loaded.units_per_em;
        let infos = buffer.glyph_infos();
        let positions = buffer.glyph_positions();
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
        let advance = f.font.glyph_metrics().h_advance(GlyphId::new(u32::from(glyph)));
        (advance * 1000.0 / f.units_per_em).trunc()
    }

    /// Whether every face can draw `c` in a PDF: it is in the embedded repertoire, and
    /// the font has it.
    pub fn covers(&self, c: char) -> bool {
        c.is_control()
            || super::subset::in_repertoire(c) && self.faces.iter().all(|f| f.font.charmap().map_unicode(c).is_some())
    }

    /// The glyph the face draws `c` with, if it has one.
    pub fn glyph_index(&self, face: Face, c: char) -> Option<u16> {
        self.face(face).font.charmap().map_unicode(c).and_then(|g| u16::try_from(g.to_u32()).ok())
    }

    /// The face as it is embedded before each document's cut: its repertoire, without
    /// hinting (see [`super::subset`]); the original if that fails.
    pub fn prepared(&self, face: Face) -> &[u8] {
        &self.prepared_face(face).0
    }

    /// The face's weight class (400 regular, 700 bold), which a PDF font descriptor
    /// estimates its stem width from.
    pub fn weight_class(&self, face: Face) -> u16 {
        self.face(face).font.default_attributes().weight.value().round() as u16
    }

    /// The glyph that draws `c` in the prepared face.
    pub fn prepared_glyph(&self, face: Face, c: char) -> Option<u16> {
        self.prepared_face(face).1.charmap().map_unicode(c).and_then(|g| u16::try_from(g.to_u32()).ok())
    }

    fn prepared_face(&self, face: Face) -> &(Vec<u8>, Font) {
        self.face(face).prepared.get_or_init(|| {
            let bytes = super::subset::prepare(face.bytes()).unwrap_or_else(|| face.bytes().to_vec());
            let font = Font::new(bytes.clone(), 0).expect("the prepared fonts parse");
            (bytes, font)
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
