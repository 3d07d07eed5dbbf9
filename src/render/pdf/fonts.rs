//! The typefaces: DejaVu Sans (regular, bold, oblique, bold oblique), from the `dejavu`
//! crate, which draws Latin, Greek, Cyrillic, Hebrew, Arabic and more; and the fallback
//! fonts a user names (`--font FILE`, `fonts:` in the settings) for the scripts DejaVu
//! lacks, such as Chinese, Japanese and Korean. DejaVu's licence ships in
//! `docs/font-license-dejavu.txt`. Fonts are never looked up on the machine.
//!
//! [`Fonts`] is a value: made once per build (the built-in faces and that build's
//! fallbacks), passed to everything that sets text, and shared by the build's threads.
//! harfrust (the HarfBuzz project's Rust port) shapes text with real advances, kerning
//! and the joining forms of Arabic; `subset` cuts each font down to the glyphs a
//! document uses, and printpdf embeds that. Text is shaped in runs of one font and one
//! direction: each character goes to the first font of its face's chain that draws it.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use harfrust::{Buffer, Direction, Feature, Font, GlyphId, Script, ShapeOptions, ShapePlan, ShaperFont};
use unicode_bidi::{BidiClass, bidi_class};

/// One of the four faces: the style a piece of text asks for.
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

    /// The DejaVu face's PostScript name, which the PDF names its font by.
    fn postscript_name(self) -> &'static str {
        match self {
            Face::Regular => "DejaVuSans",
            Face::Bold => "DejaVuSans-Bold",
            Face::Italic => "DejaVuSans-Oblique",
            Face::BoldItalic => "DejaVuSans-BoldOblique",
        }
    }

    /// The font's resource name in every PDF, fixed so that documents are reproducible.
    /// Six capitals: it is also the subset tag before the font's name.
    fn resource_name(self) -> &'static str {
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

    /// The upright face of the same weight: what an oblique face falls back to for the
    /// scripts it does not draw (DejaVu's obliques have no Hebrew or Arabic).
    fn upright(self) -> Face {
        match self {
            Face::Regular | Face::Italic => Face::Regular,
            Face::Bold | Face::BoldItalic => Face::Bold,
        }
    }
}

/// The font a glyph is drawn with: the four DejaVu faces in [`Face`] order, then the
/// fallback fonts in the order they were named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Source(u8);

impl Source {
    fn of(face: Face) -> Source {
        Source(face as u8)
    }
}

/// A shaped glyph: its font and its id there, its advance in thousandths of an em
/// (kerning included), how many bytes of the shaped text it stands for (0 for the second
/// glyph of a cluster), and `excess`: how far the font's own width (what a PDF viewer
/// applies, from the `/W` array) overshoots the shaped advance, in 1/1000 em.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Glyph {
    pub id: u16,
    pub source: Source,
    pub bytes: u8,
    pub advance: f32,
    pub excess: f32,
}

/// A font file's bytes, shared, never copied: a CJK collection is 19 MB.
pub type FontBytes = Arc<dyn AsRef<[u8]> + Send + Sync>;

struct Loaded {
    /// The parsed font; it holds its bytes (a cheap clone of `bytes`).
    font: Font,
    /// The advance of a space, in 1/1000 em: measured once, used between every two words.
    space: f32,
    /// The font's bytes and its index in them (a collection holds several fonts).
    bytes: FontBytes,
    index: u32,
    units_per_em: f32,
    ascender: f32,
    descender: f32,
    postscript_name: String,
    resource_name: String,
}

impl Loaded {
    fn new(bytes: FontBytes, index: u32, postscript_name: String, resource_name: String) -> Option<Loaded> {
        let font = Font::new(Arc::clone(&bytes), index)?;
        let metrics = font.metrics();
        let units_per_em = f32::from(metrics.units_per_em);
        let line = metrics.hhea_line.unwrap_or_default();
        let space =
            font.charmap().map_unicode(' ').map_or(0.0, |g| font.glyph_metrics().h_advance(g) * 1000.0 / units_per_em);
        Some(Loaded {
            font,
            space,
            bytes,
            index,
            units_per_em,
            ascender: line.ascender.to_f32(),
            descender: line.descender.to_f32(),
            postscript_name,
            resource_name,
        })
    }

    fn has(&self, c: char) -> bool {
        self.font.charmap().map_unicode(c).is_some_and(|g| g.to_u32() != 0)
    }
}

/// Shaped words by text. foldhash, not SipHash: the cache is consulted for every word and
/// needs no protection from crafted keys.
type ShapeCache = HashMap<String, Arc<[Glyph]>, foldhash::fast::RandomState>;

/// Shaping plans by font, whether right to left, and script.
type PlanCache = HashMap<(Source, bool, Option<Script>), Arc<ShapePlan>>;

/// The longest text kept in the shaping cache.
const MAX_CACHED_BYTES: usize = 64;

/// The most words kept per face and thread, so a huge library cannot grow the cache
/// without end.
const MAX_CACHED_WORDS: usize = 20_000;

/// What one thread has shaped with these fonts: one cache per thread, so shaping never
/// waits on a lock.
#[derive(Default)]
struct Caches {
    /// Shaped words, per face: handouts repeat most of their words.
    shaped: [ShapeCache; 4],
    /// Shaping plans by font, direction and script: making one was a third of the cost
    /// of shaping a word.
    plans: PlanCache,
}

/// A font file the user named, for the characters DejaVu lacks.
pub struct Fallback {
    pub bytes: FontBytes,
}

/// Why `bytes` cannot be a fallback font, if it cannot.
pub fn fallback_problem(bytes: &FontBytes) -> Option<&'static str> {
    let Some(font) = Font::new(Arc::clone(bytes), 0) else {
        return Some("it is not a TrueType or OpenType font (or collection) that reelguide can read");
    };
    if font.charmap().unicodes().next().is_none() {
        return Some("it maps no characters to glyphs");
    }
    if !super::subset::can_cut((**bytes).as_ref()) {
        return Some("it has no TrueType or CFF outlines to embed (a variable CFF2 or bitmap font)");
    }
    None
}

/// Every font of a build: the four faces, then the fallbacks; and what each thread has
/// shaped with them.
pub struct Fonts {
    fonts: Vec<Loaded>,
    features: Vec<Feature>,
    caches: thread_local::ThreadLocal<RefCell<Caches>>,
    /// A hash of the fallback fonts' bytes: what a build's outputs depend on besides the
    /// built-in faces, which come with the program.
    identity: String,
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = self.fonts.iter().map(|l| l.postscript_name.as_str()).collect();
        f.debug_struct("Fonts").field("fonts", &names).field("identity", &self.identity).finish()
    }
}

impl Default for Fonts {
    /// The built-in faces alone.
    fn default() -> Fonts {
        Fonts::new(Vec::new())
    }
}

impl Fonts {
    /// The four built-in faces and `fallbacks`, in order. A fallback that does not parse
    /// is left out (they are checked with [`fallback_problem`] when named).
    pub fn new(fallbacks: Vec<Fallback>) -> Fonts {
        let mut fonts: Vec<Loaded> = Face::ALL
            .iter()
            .map(|face| {
                let bytes: FontBytes = Arc::new(face.bytes());
                Loaded::new(bytes, 0, face.postscript_name().into(), face.resource_name().into())
                    .expect("the embedded fonts parse")
            })
            .collect();
        let mut parts: Vec<&[u8]> = Vec::new();
        for (i, fallback) in fallbacks.iter().enumerate().take(usize::from(u8::MAX) - 4) {
            let letter = |n: usize| char::from(b'A' + (n % 26) as u8);
            let resource = format!("RGFB{}{}", letter(i / 26), letter(i));
            if let Some(mut loaded) = Loaded::new(Arc::clone(&fallback.bytes), 0, String::new(), resource) {
                loaded.postscript_name = postscript_name(&loaded.font).unwrap_or_else(|| format!("Fallback{}", i + 1));
                fonts.push(loaded);
                parts.push((*fallback.bytes).as_ref());
            }
        }
        let identity = if parts.is_empty() { String::new() } else { identity(&parts) };
        // Ligatures are off: each glyph then stands for exactly one character, which keeps
        // copied and searched text exact. Kerning stays on.
        let features = ["-liga", "-clig", "-dlig"].iter().filter_map(|f| f.parse().ok()).collect();
        Fonts { fonts, features, caches: thread_local::ThreadLocal::new(), identity }
    }

    /// What the outputs owe to these fonts beyond the program itself: empty for the
    /// built-in faces alone, else a hash of the fallbacks' bytes.
    pub fn identity(&self) -> &str {
        &self.identity
    }

    fn caches(&self) -> &RefCell<Caches> {
        self.caches.get_or_default()
    }
}

/// A stable 128-bit hash of the fallback fonts' bytes, as hex.
fn identity(parts: &[&[u8]]) -> String {
    use std::hash::Hasher;
    let mut hasher = siphasher::sip128::SipHasher13::new();
    for part in parts {
        hasher.write_usize(part.len());
        hasher.write(part);
    }
    format!("{:032x}", siphasher::sip128::Hasher128::finish128(&hasher).as_u128())
}

/// The font's PostScript name, kept to the characters a PDF name may hold unescaped.
fn postscript_name(font: &Font) -> Option<String> {
    let name = font.names().get(harfrust::font::name::NameId::POSTSCRIPT_NAME)?.english_or_first()?.name();
    let name: String = name.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(63).collect();
    (!name.is_empty()).then_some(name)
}

/// A run of text that is shaped at once: one font, one direction.
struct Run {
    start: usize,
    end: usize,
    source: Source,
    rtl: bool,
}

impl Fonts {
    fn font(&self, source: Source) -> &Loaded {
        &self.fonts[usize::from(source.0)]
    }

    /// The fonts `face` draws with, in order of preference.
    fn chain(&self, face: Face) -> impl Iterator<Item = Source> {
        [face, face.upright(), Face::Regular]
            .into_iter()
            .map(Source::of)
            .chain((Face::ALL.len()..self.fonts.len()).map(|i| Source(i as u8)))
    }

    /// Shapes a piece of text without line breaks; advances are in 1/1000 em. The glyphs
    /// come in the order of the text, whatever its direction: lines are put in visual
    /// order after they are broken.
    pub fn shape(&self, face: Face, text: &str) -> Arc<[Glyph]> {
        let cached = self.caches().borrow().shaped[face as usize].get(text).cloned();
        if let Some(glyphs) = cached {
            return glyphs;
        }
        let glyphs: Arc<[Glyph]> = self.shape_uncached(face, text).into();
        // Words are what repeat; a long run of text (a title without spaces, a whole
        // footer) is shaped and not kept, so no record can fill the cache.
        if text.len() > MAX_CACHED_BYTES {
            return glyphs;
        }
        let mut caches = self.caches().borrow_mut();
        let words = &mut caches.shaped[face as usize];
        if words.len() > MAX_CACHED_WORDS {
            words.clear();
        }
        words.insert(text.to_string(), glyphs.clone());
        glyphs
    }

    fn shape_uncached(&self, face: Face, text: &str) -> Vec<Glyph> {
        let mut glyphs = Vec::with_capacity(text.len());
        for run in self.runs(face, text) {
            self.shape_run(&text[run.start..run.end], run.source, run.rtl, &mut glyphs);
        }
        glyphs
    }

    /// `text` cut where the font or the direction changes. A mark or joiner stays with
    /// the character before it; digits and punctuation take the direction around them.
    fn runs(&self, face: Face, text: &str) -> Vec<Run> {
        let own = Source::of(face);
        if text.is_ascii() {
            return vec![Run { start: 0, end: text.len(), source: own, rtl: false }];
        }
        let first_strong = text.chars().find_map(strong_direction).unwrap_or(false);
        let mut runs: Vec<Run> = Vec::new();
        for (at, c) in text.char_indices() {
            let end = at + c.len_utf8();
            let follows = matches!(bidi_class(c), BidiClass::NSM | BidiClass::BN);
            let before = runs.last().map(|run| (run.source, run.rtl));
            let rtl = strong_direction(c).or(before.map(|(_, rtl)| rtl)).unwrap_or(first_strong);
            let source = match before {
                Some((source, _)) if follows => source,
                _ => self.chain(face).find(|s| self.font(*s).has(c)).unwrap_or(own),
            };
            match runs.last_mut() {
                Some(run) if run.source == source && (run.rtl == rtl || follows) => run.end = end,
                _ => runs.push(Run { start: at, end, source, rtl }),
            }
        }
        runs
    }

    fn shape_run(&self, text: &str, source: Source, rtl: bool, out: &mut Vec<Glyph>) {
        let loaded = self.font(source);
        let mut buffer = Buffer::new();
        buffer.push_str(text);
        buffer.set_direction(if rtl { Direction::RightToLeft } else { Direction::LeftToRight });
        buffer.guess_segment_properties();
        // A buffer the shaper cannot take keeps its characters unshaped: glyph 0 with no
        // advance, never a panic. The shaper reads the font's layout tables, which the
        // font caches, so making one per call costs little (and it cannot be shared
        // between threads); a plan (which lookups apply) is made once per font, direction
        // and script on each thread.
        let shaper = ShaperFont::new(&loaded.font);
        let key = (source, rtl, buffer.script());
        let plan = Arc::clone(self.caches().borrow_mut().plans.entry(key).or_insert_with(|| {
            let direction = buffer.direction();
            let (script, language) = (buffer.script(), buffer.language());
            Arc::new(ShapePlan::new(&loaded.font, direction, script, language, &self.features))
        }));
        let options = ShapeOptions::new().features(&self.features).plan(Some(&plan));
        let _ = harfrust::shape(&shaper, &mut buffer, options);
        let scale = 1000.0 / loaded.units_per_em;
        let mut shaped: Vec<(usize, u16, f32)> = buffer
            .glyph_infos()
            .iter()
            .zip(buffer.glyph_positions())
            .map(|(info, pos)| (info.cluster as usize, info.glyph_id as u16, pos.x_advance as f32 * scale))
            .collect();
        // Right-to-left runs come out in visual order; they are kept in the text's order.
        if rtl {
            shaped.reverse();
        }
        for (i, &(cluster, id, advance)) in shaped.iter().enumerate() {
            let end = shaped.get(i + 1).map_or(text.len(), |next| next.0).max(cluster);
            let excess = self.font_advance(source, id) - advance;
            out.push(Glyph { id, source, bytes: (end - cluster).min(255) as u8, advance, excess });
        }
    }

    /// The glyph `source` draws `c` with, if it has one.
    pub fn glyph_index(&self, source: Source, c: char) -> Option<u16> {
        self.font(source).font.charmap().map_unicode(c).and_then(|g| u16::try_from(g.to_u32()).ok())
    }

    /// The advance of a space, in 1/1000 em.
    pub fn space_advance(&self, face: Face) -> f32 {
        self.font(Source::of(face)).space
    }

    /// The width of `text` at `size` points.
    pub fn width(&self, face: Face, text: &str, size: f32) -> f32 {
        self.shape(face, text).iter().map(|g| g.advance).sum::<f32>() * size / 1000.0
    }

    /// Height above the baseline, in points at `size`.
    pub fn ascent(&self, face: Face, size: f32) -> f32 {
        let f = self.font(Source::of(face));
        f.ascender / f.units_per_em * size
    }

    /// Depth below the baseline (positive), in points at `size`.
    pub fn descent(&self, face: Face, size: f32) -> f32 {
        let f = self.font(Source::of(face));
        -f.descender / f.units_per_em * size
    }

    /// A glyph's advance as the PDF viewer will apply it: the font's own width in 1/1000
    /// em, truncated as printpdf writes it into the `/W` array.
    fn font_advance(&self, source: Source, glyph: u16) -> f32 {
        let f = self.font(source);
        let advance = f.font.glyph_metrics().h_advance(GlyphId::new(u32::from(glyph)));
        (advance * 1000.0 / f.units_per_em).trunc()
    }

    /// `text` as it is drawn: a character no font has becomes the replacement mark �,
    /// visible where a blank or a box would hide it. Measure what is drawn with this.
    pub fn printable<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        if text.chars().all(|c| c.is_ascii() || self.covers(c)) {
            return std::borrow::Cow::Borrowed(text);
        }
        text.chars().map(|c| if c.is_ascii() || self.covers(c) { c } else { REPLACEMENT }).collect()
    }

    /// Whether some font can draw `c` in a PDF, whatever the face: every face's chain
    /// ends with the regular face and the fallbacks.
    pub fn covers(&self, c: char) -> bool {
        c.is_control() || self.chain(Face::Regular).any(|s| self.font(s).has(c))
    }

    /// The font's file (or collection) and its index there: what each document's cut
    /// is made from.
    pub fn file(&self, source: Source) -> (&[u8], u32) {
        let f = self.font(source);
        ((*f.bytes).as_ref(), f.index)
    }

    /// The font's weight class (400 regular, 700 bold), which a PDF font descriptor
    /// estimates its stem width from.
    pub fn weight_class(&self, source: Source) -> u16 {
        self.font(source).font.default_attributes().weight.value().round() as u16
    }

    /// The font's PostScript name and its resource name (six capitals, the subset tag).
    pub fn names(&self, source: Source) -> (&str, &str) {
        let f = self.font(source);
        (&f.postscript_name, &f.resource_name)
    }
}

/// What a character no font has is drawn as.
pub const REPLACEMENT: char = '\u{FFFD}';

/// `Some(true)` for a right-to-left letter, `Some(false)` for a left-to-right one, `None`
/// for digits, punctuation, spaces and marks, which take the direction around them.
pub fn strong_direction(c: char) -> Option<bool> {
    match bidi_class(c) {
        BidiClass::R | BidiClass::AL => Some(true),
        BidiClass::L => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_with_kerning_and_covers_many_scripts() {
        let f = Fonts::default();
        let kerned = f.width(Face::Regular, "AV", 1000.0);
        let apart = f.width(Face::Regular, "A", 1000.0) + f.width(Face::Regular, "V", 1000.0);
        assert!(kerned < apart, "AV is kerned: {kerned} < {apart}");
        assert!("Łódź Ωραίο Крупный план — “quotes” שלום سلام".chars().all(|c| f.covers(c)));
        assert!(!f.covers('漢'));
        let glyphs = f.shape(Face::Bold, "office");
        assert_eq!(glyphs.len(), 6, "no ligatures");
        assert!(glyphs.iter().all(|g| g.bytes == 1));
    }

    #[test]
    fn arabic_is_joined_and_kept_in_the_order_of_the_text() {
        let f = Fonts::default();
        let word = "سلام";
        let glyphs = f.shape(Face::Regular, word);
        let plain: Vec<u16> = word
            .chars()
            .map(|c| f.font(Source::of(Face::Regular)).font.charmap().map_unicode(c).unwrap().to_u32() as u16)
            .collect();
        // Sin, lam-alef (the ligature Arabic requires), mim: in the order of the text.
        assert_eq!(glyphs.iter().map(|g| g.bytes).collect::<Vec<_>>(), [2, 4, 2]);
        assert_ne!(glyphs[0].id, plain[0], "sin in its initial form, not the isolated letter");
        assert_eq!(glyphs[2].id, plain[3], "mim alone: alef does not join to the next letter");
    }

    #[test]
    fn an_oblique_face_borrows_hebrew_from_the_upright_one() {
        let f = Fonts::default();
        let glyphs = f.shape(Face::Italic, "a שלום");
        assert_eq!(glyphs[0].source, Source::of(Face::Italic));
        assert!(glyphs[2..].iter().all(|g| g.id != 0), "every Hebrew letter drawn");
    }
}
