//! The embedded typeface: DejaVu Sans (regular, bold, oblique, bold oblique), from the
//! `dejavu` crate, covering Latin Extended, Greek and Cyrillic. Its licence ships in
//! `docs/font-license-dejavu.txt`. Fonts are never looked up on the machine.
//!
//! Each face is parsed once per process and shared by every thread: rustybuzz shapes text
//! (real advances and kerning), printpdf embeds and subsets the glyphs used.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

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
/// included), and the text it stands for (for copy and search in the PDF).
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub id: u16,
    pub advance: f32,
    pub text: String,
}

struct Loaded {
    shaper: rustybuzz::Face<'static>,
    pdf: OnceLock<ParsedFont>,
    units_per_em: f32,
    ascender: f32,
    descender: f32,
}

/// Shaped text by face and string.
type ShapeCache = Mutex<HashMap<(Face, String), std::sync::Arc<[Glyph]>>>;

/// The four parsed faces.
pub struct Fonts {
    faces: Vec<Loaded>,
    features: Vec<Feature>,
    /// Shaped words, by face and text: handouts repeat most of their words.
    cache: ShapeCache,
}

/// The fonts, parsed on first use.
pub fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| {
        let faces = Face::ALL
            .iter()
            .map(|face| {
                let shaper = rustybuzz::Face::from_slice(face.bytes(), 0).expect("the embedded fonts parse");
                Loaded {
                    units_per_em: f32::from(shaper.units_per_em() as u16),
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
        Fonts { faces, features, cache: Mutex::new(HashMap::new()) }
    })
}

impl Fonts {
    fn face(&self, face: Face) -> &Loaded {
        &self.faces[face.index()]
    }

    /// Shapes a piece of text without line breaks; advances are in 1/1000 em.
    pub fn shape(&self, face: Face, text: &str) -> std::sync::Arc<[Glyph]> {
        let key = (face, text.to_string());
        if let Some(found) = self.cache.lock().ok().and_then(|c| c.get(&key).cloned()) {
            return found;
        }
        let loaded = self.face(face);
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        let shaped = rustybuzz::shape(&loaded.shaper, &self.features, buffer);
        let scale = 1000.0 / loaded.units_per_em;
        let infos = shaped.glyph_infos();
        let positions = shaped.glyph_positions();
        let glyphs: std::sync::Arc<[Glyph]> = infos
            .iter()
            .zip(positions)
            .enumerate()
            .map(|(i, (info, pos))| {
                let start = info.cluster as usize;
                let end = infos.get(i + 1).map_or(text.len(), |next| next.cluster as usize).max(start);
                Glyph {
                    id: info.glyph_id as u16,
                    advance: pos.x_advance as f32 * scale,
                    text: text.get(start..end).unwrap_or_default().to_string(),
                }
            })
            .collect();
        if let Ok(mut cache) = self.cache.lock()
            && cache.len() < 200_000
        {
            cache.insert(key, glyphs.clone());
        }
        glyphs
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

    /// Whether every face can draw `c`.
    pub fn covers(&self, c: char) -> bool {
        c.is_control() || self.faces.iter().all(|f| f.shaper.glyph_index(c).is_some())
    }

    /// The face as printpdf needs it for embedding, parsed once.
    pub fn pdf_font(&self, face: Face) -> &ParsedFont {
        self.face(face).pdf.get_or_init(|| {
            let mut warnings = Vec::new();
            ParsedFont::from_bytes(face.bytes(), 0, &mut warnings).expect("the embedded fonts parse")
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
        assert_eq!(glyphs.iter().map(|g| g.text.as_str()).collect::<String>(), "office");
    }
}
