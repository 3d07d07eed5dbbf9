//! Inline text: styled spans measured with real advances and kerning, then wrapped into
//! lines. Long words are hyphenated (hypher's TeX patterns, in the page's language) and,
//! when nothing else fits (a 300-character URL), broken between characters, so no text
//! ever runs past the right margin. Chinese, Japanese and Korean text breaks between
//! characters where UAX #14 allows it (never before `。` or after `「`).
//!
//! Lines are broken in the order of the text; then each line of a paragraph with
//! right-to-left text is put in visual order by the Unicode bidirectional algorithm
//! (`unicode-bidi`), and a paragraph that starts right-to-left is set flush right.

use std::sync::Arc;

use super::fonts::{Face, Fonts, Glyph};
use crate::markup;

/// A run of text in one face.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub text: String,
    pub face: Face,
}

/// How a paragraph's text is set.
#[derive(Debug, Clone, Copy)]
pub struct TextStyle {
    pub size: f32,
    /// Baseline-to-baseline distance.
    pub leading: f32,
    pub bold: bool,
    pub italic: bool,
    /// Large print shows emphasis in bold, never in italics.
    pub italic_allowed: bool,
    /// 0 is black.
    pub gray: f32,
}

/// Record text with inline markup as spans in the right faces.
pub fn spans(text: &str, style: &TextStyle) -> Vec<Span> {
    markup::parse(text)
        .into_iter()
        .map(|run| {
            let (bold, italic) = if style.italic_allowed {
                (style.bold || run.strong, style.italic || run.emphasis)
            } else {
                (style.bold || run.strong || run.emphasis, false)
            };
            Span { text: run.text, face: Face::new(bold, italic) }
        })
        .collect()
}

/// A piece of a line in one face and one direction, drawn at `x` from the line's start:
/// its text, and the shaped glyphs of that text in the order they are drawn. The text is
/// always in reading order; a right-to-left piece (`rtl`) draws its glyphs in reverse.
#[derive(Debug, Clone)]
pub struct Piece {
    pub x: f32,
    pub face: Face,
    pub text: String,
    pub glyphs: Vec<Glyph>,
    pub width: f32,
    pub rtl: bool,
}

impl Piece {
    /// The text each glyph stands for, glyph by glyph in drawing order ("" for the second
    /// glyph of a cluster): what the PDF maps it back to for copying and search.
    pub fn glyph_texts(&self) -> Vec<&str> {
        let mut texts = Vec::with_capacity(self.glyphs.len());
        let mut at = 0;
        let mut take = |glyph: &Glyph| {
            let end = (at + usize::from(glyph.bytes)).min(self.text.len());
            texts.push(self.text.get(at..end).unwrap_or_default());
            at = end;
        };
        if self.rtl {
            self.glyphs.iter().rev().for_each(&mut take);
            texts.reverse();
        } else {
            self.glyphs.iter().for_each(&mut take);
        }
        texts
    }
}

/// One line of wrapped text.
#[derive(Debug, Clone, Default)]
pub struct Line {
    pub pieces: Vec<Piece>,
    pub width: f32,
}

impl Line {
    /// The text of the line, for the tests.
    #[cfg(test)]
    pub fn text(&self) -> String {
        self.pieces.iter().map(|p| p.text.as_str()).collect()
    }
}

/// Text in runs of one face each: a word, or part of one.
type Segments = Vec<(Face, String)>;

/// A word: the text between spaces, possibly in several faces (`*half*way`).
#[derive(Debug, Clone)]
struct Word {
    parts: Segments,
    /// The face of the space that follows it, if one does.
    space_after: Option<Face>,
}

/// Wraps spans into lines no wider than `width` points at `size` points.
pub fn wrap(f: &Fonts, spans: &[Span], size: f32, width: f32, hyphenate: Option<Hyphenation>) -> Vec<Line> {
    let words = words(f, spans);
    let mut lines = Vec::new();
    let mut line = Line::default();
    let mut pending_space: Option<Face> = None;
    for word in words {
        // Shaped once: measured here, drawn from the same glyphs if the word fits.
        let shaped: Vec<_> = word.parts.iter().map(|(face, text)| f.shape(*face, text)).collect();
        let units: f32 = shaped.iter().flat_map(|g| g.iter()).map(|g| g.advance).sum();
        let word_width = units * size / 1000.0;
        let space = pending_space.map_or(0.0, |face| f.space_advance(face) * size / 1000.0);
        let room = width - line.width - if line.pieces.is_empty() { 0.0 } else { space };
        if word_width <= room + SLACK {
            let gap = if line.pieces.is_empty() { None } else { pending_space };
            push_shaped(f, &mut line, &word.parts, &shaped, size, gap);
        } else {
            // Decided on the whole word: the tail of a broken URL looks like a word but is not.
            let text: String = word.parts.iter().map(|(_, t)| t.as_str()).collect();
            let hyphenate = hyphenate.filter(|_| text.len() <= LONG_WORD && is_word_like(&text));
            // Hyphenate into the rest of this line when that leaves a lot of it empty, or
            // when the word is too long for any line.
            let too_long = word_width > width;
            let worth_it = room > width * 0.25;
            let mut parts = word.parts.clone();
            if (too_long || worth_it)
                && !line.pieces.is_empty()
                && let Some((head, tail)) = split_to_fit(f, &parts, size, room, hyphenate, false)
            {
                push_word(f, &mut line, &head, size, pending_space);
                parts = tail;
            }
            if !line.pieces.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // Whatever is left starts a new line; break it again while it is too long. A
            // very long run (an address, a string of characters with no space) is cut
            // into lines in one pass over its widths.
            if parts.iter().map(|(_, t)| t.len()).sum::<usize>() > LONG_WORD {
                let mut chunks = greedy_chunks(f, &parts, size, width);
                parts = chunks.pop().unwrap_or_default();
                for chunk in chunks {
                    push_word(f, &mut line, &chunk, size, None);
                    lines.push(std::mem::take(&mut line));
                }
            }
            while measure(f, &parts, size) > width {
                match split_to_fit(f, &parts, size, width, hyphenate, true) {
                    Some((head, tail)) => {
                        push_word(f, &mut line, &head, size, None);
                        lines.push(std::mem::take(&mut line));
                        parts = tail;
                    }
                    None => break,
                }
            }
            push_word(f, &mut line, &parts, size, None);
        }
        pending_space = word.space_after;
    }
    if !line.pieces.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    if let Some(rtl) = super::bidi::paragraph_direction(spans) {
        for line in &mut lines {
            super::bidi::reorder(f, line, rtl, width, size);
        }
    }
    lines
}

/// What a character does between words, by its Unicode line-breaking class (UAX #14):
/// a no-break space (`100\u{a0}km`, `Mr\u{a0}Smith`) holds its neighbours together.
enum Between {
    /// A space lines may break at; runs of them are one space.
    Space,
    /// A zero-width space: lines may break there, and nothing is drawn.
    Break,
    /// Anything else, no-break spaces included: part of a word.
    Word,
}

fn between(c: char) -> Between {
    use unicode_linebreak::{BreakClass, break_property};
    match break_property(u32::from(c)) {
        BreakClass::ZeroWidthSpace => Between::Break,
        BreakClass::NonBreakingGlue => Between::Word,
        _ if c.is_whitespace() => Between::Space,
        _ => Between::Word,
    }
}

fn words(f: &Fonts, spans: &[Span]) -> Vec<Word> {
    let mut words: Vec<Word> = Vec::new();
    let mut current: Segments = Vec::new();
    for span in spans {
        for c in span.text.chars() {
            match between(c) {
                Between::Space => {
                    if !current.is_empty() {
                        words.push(Word { parts: std::mem::take(&mut current), space_after: Some(span.face) });
                    } else if let Some(last) = words.last_mut() {
                        last.space_after.get_or_insert(span.face);
                    }
                }
                Between::Break => {
                    if !current.is_empty() {
                        words.push(Word { parts: std::mem::take(&mut current), space_after: None });
                    }
                }
                Between::Word => {
                    // A character the font lacks prints as a visible replacement mark; the
                    // record check has already warned about it.
                    let c = if c.is_ascii() || f.covers(c) { c } else { super::fonts::REPLACEMENT };
                    match current.last_mut() {
                        Some((face, text)) if *face == span.face => text.push(c),
                        _ => current.push((span.face, c.to_string())),
                    }
                }
            }
        }
    }
    if !current.is_empty() {
        words.push(Word { parts: current, space_after: None });
    }
    // Nearly every paragraph is ASCII: its words are left as they are, with no copy.
    if words.iter().all(|w| w.parts.iter().all(|(_, t)| t.is_ascii())) {
        return words;
    }
    words.into_iter().flat_map(split_east_asian).collect()
}

/// A word of Chinese, Japanese or Korean characters cut where UAX #14 allows a line to
/// break: between most characters, but not before closing punctuation or small kana.
/// Other words come back whole: their breaks are hyphenation's business.
fn split_east_asian(word: Word) -> Vec<Word> {
    use unicode_linebreak::{BreakClass, BreakOpportunity, break_property, linebreaks};
    let text: String = word.parts.iter().map(|(_, t)| t.as_str()).collect();
    let east_asian = |c: char| {
        matches!(
            break_property(u32::from(c)),
            BreakClass::Ideographic
                | BreakClass::ConditionalJapaneseStarter
                | BreakClass::HangulLvSyllable
                | BreakClass::HangulLvtSyllable
                | BreakClass::HangulLJamo
                | BreakClass::HangulVJamo
                | BreakClass::HangulTJamo
        )
    };
    if text.is_ascii() || !text.chars().any(east_asian) {
        return vec![word];
    }
    let cuts: Vec<usize> = linebreaks(&text)
        .filter(|(at, kind)| *kind == BreakOpportunity::Allowed && *at < text.len())
        .map(|(at, _)| at)
        .collect();
    let mut pieces = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for at in cuts {
        pieces.push(Word { parts: slice(&word.parts, start, at), space_after: None });
        start = at;
    }
    pieces.push(Word { parts: slice(&word.parts, start, text.len()), space_after: word.space_after });
    pieces
}

fn measure(f: &Fonts, parts: &[(Face, String)], size: f32) -> f32 {
    parts.iter().map(|(face, text)| f.width(*face, text, size)).sum()
}

/// Appends a word to a line, after a space in `space`'s face if given. Runs in one face
/// are merged into one piece, spaces included: fewer text operations, and the PDF's text
/// then copies and searches with its spaces.
fn push_word(f: &Fonts, line: &mut Line, parts: &[(Face, String)], size: f32, space: Option<Face>) {
    let shaped: Vec<_> = parts.iter().map(|(face, text)| f.shape(*face, text)).collect();
    push_shaped(f, line, parts, &shaped, size, space);
}

/// [`push_word`] with the parts already shaped.
fn push_shaped(
    f: &Fonts,
    line: &mut Line,
    parts: &[(Face, String)],
    shaped: &[Arc<[Glyph]>],
    size: f32,
    space: Option<Face>,
) {
    let mut add = |face: Face, text: &str, glyphs: &[Glyph]| {
        let width = glyphs.iter().map(|g| g.advance).sum::<f32>() * size / 1000.0;
        match line.pieces.last_mut() {
            Some(piece) if piece.face == face => {
                piece.text.push_str(text);
                piece.glyphs.extend_from_slice(glyphs);
                piece.width += width;
            }
            _ => line.pieces.push(Piece {
                x: line.width,
                face,
                text: text.to_string(),
                glyphs: glyphs.to_vec(),
                width,
                rtl: false,
            }),
        }
        line.width += width;
    };
    if let Some(face) = space {
        add(face, " ", &f.shape(face, " "));
    }
    for ((face, text), glyphs) in parts.iter().zip(shaped) {
        add(*face, text, glyphs);
    }
}

/// Splits a word so the head fits in `room`: at the last hyphenation point that fits
/// (adding a hyphen), or, if `force`, after the last character that fits. Returns `None`
/// when no split fits.
fn split_to_fit(
    f: &Fonts,
    parts: &[(Face, String)],
    size: f32,
    room: f32,
    hyphenate: Option<Hyphenation>,
    force: bool,
) -> Option<(Segments, Segments)> {
    let text: String = parts.iter().map(|(_, t)| t.as_str()).collect();
    let face_at = |index: usize| {
        let mut start = 0;
        for (face, t) in parts {
            if index < start + t.len() {
                return *face;
            }
            start += t.len();
        }
        parts.last().map_or(Face::Regular, |(f, _)| *f)
    };
    let cut = |at: usize, hyphen: bool| -> (Segments, Segments) {
        let (mut head, mut tail) = (Vec::new(), Vec::new());
        let mut start = 0;
        for (face, t) in parts {
            let end = start + t.len();
            if end <= at {
                head.push((*face, t.clone()));
            } else if start >= at {
                tail.push((*face, t.clone()));
            } else {
                head.push((*face, t[..at - start].to_string()));
                tail.push((*face, t[at - start..].to_string()));
            }
            start = end;
        }
        if hyphen {
            let face = face_at(at.saturating_sub(1));
            head.push((face, "-".into()));
        }
        (head, tail)
    };
    // The word is shaped once; every candidate break is then weighed by the width of
    // the text before it, so finding a break is linear in the length of the word.
    let widths = prefix_widths(f, parts, size);
    let width_before = |at: usize| -> f32 {
        match widths.binary_search_by_key(&at, |(offset, _)| *offset) {
            Ok(i) => widths[i].1,
            Err(i) => widths[i.saturating_sub(1)].1,
        }
    };
    let fits = |at: usize, hyphen: bool| {
        let extra = if hyphen { f.width(face_at(at.saturating_sub(1)), "-", size) } else { 0.0 };
        width_before(at) + extra <= room
    };
    if let Some(language) = hyphenate {
        let breaks = hyphenation_points(&text, language);
        if let Some(&at) = breaks.iter().rev().find(|&&at| fits(at, !text[..at].ends_with('-'))) {
            return Some(cut(at, !text[..at].ends_with('-')));
        }
    }
    // Break after a hyphen or slash that fits before breaking between any characters.
    let mut natural = text.match_indices(['-', '/', '\u{2014}', '\u{2013}']).map(|(i, s)| i + s.len());
    if let Some(at) = natural.rfind(|at| *at < text.len() && fits(*at, false)) {
        return Some(cut(at, false));
    }
    if !force {
        return None;
    }
    // After the last character (cluster) that fits; at least one, so the caller always
    // moves forward.
    let best = widths.iter().filter(|(at, w)| *at > 0 && *at < text.len() && *w <= room).map(|(at, _)| *at).next_back();
    let first = widths.iter().map(|(at, _)| *at).find(|at| *at > 0 && *at < text.len());
    Some(cut(best.or(first)?, false))
}

/// How far past its width a line may measure and still fit: widths are sums of glyph
/// advances taken in different orders (a whole label measured at once, the same label
/// word by word), which differ in the last bits. A hundredth of a point is invisible.
const SLACK: f32 = 0.01;

/// Words longer than this (in bytes) are never hyphenated but cut between characters
/// in one pass: no language has words this long, and work must stay linear in the text.
const LONG_WORD: usize = 100;

/// `parts` cut into pieces no wider than `width`, between characters, measured once.
/// A piece is then measured on its own, and given back a character at a time while it is
/// too wide: inside the word, a glyph's advance carries the kerning with the glyph after
/// it, which a piece ending there loses.
fn greedy_chunks(f: &Fonts, parts: &[(Face, String)], size: f32, width: f32) -> Vec<Segments> {
    let widths = prefix_widths(f, parts, size);
    let total = parts.iter().map(|(_, t)| t.len()).sum::<usize>();
    let mut cuts = Vec::new();
    let (mut start, mut start_width) = (0, 0.0);
    let mut i = 1;
    while i < widths.len() {
        let (_, w) = widths[i];
        let last = widths[i - 1].0;
        if w - start_width > width && last > start {
            // Step back from `last` while the piece, shaped alone, is too wide.
            let mut end = i - 1;
            while end > 0
                && widths[end].0 > start
                && measure(f, &slice(parts, start, widths[end].0), size) > width + SLACK
            {
                end -= 1;
            }
            let cut = if widths[end].0 > start { end } else { i - 1 };
            cuts.push((start, widths[cut].0));
            (start, start_width) = widths[cut];
            i = cut + 1;
            continue;
        }
        i += 1;
    }
    cuts.push((start, total));
    cuts.into_iter().map(|(a, b)| slice(parts, a, b)).collect()
}

/// The bytes `a..b` of the word, in their faces.
fn slice(parts: &[(Face, String)], a: usize, b: usize) -> Segments {
    let mut out = Vec::new();
    let mut start = 0;
    for (face, text) in parts {
        let end = start + text.len();
        let (from, to) = (a.max(start), b.min(end));
        if from < to {
            out.push((*face, text[from - start..to - start].to_string()));
        }
        start = end;
    }
    out
}

/// The width of every prefix of the word that ends at a glyph boundary, as (byte offset,
/// width), from (0, 0) on: each part shaped once.
fn prefix_widths(f: &Fonts, parts: &[(Face, String)], size: f32) -> Vec<(usize, f32)> {
    let mut widths = vec![(0, 0.0)];
    let (mut offset, mut width) = (0, 0.0);
    for (face, text) in parts {
        let start = offset;
        for glyph in f.shape(*face, text).iter() {
            offset = (offset + usize::from(glyph.bytes)).min(start + text.len());
            width += glyph.advance * size / 1000.0;
            widths.push((offset, width));
        }
        offset = start + text.len();
    }
    widths
}

/// Plain words are hyphenated; addresses, numbers and code are broken at characters.
fn is_word_like(text: &str) -> bool {
    let core = text.trim_matches(|c: char| !c.is_alphanumeric());
    !core.is_empty() && core.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '\u{2019}' | '-'))
}

/// The hyphenation patterns of a language.
#[derive(Debug, Clone, Copy)]
pub struct Hyphenation(hypher::Lang);

impl Hyphenation {
    /// The patterns for a BCP 47 tag (`fr`, `pt-BR`), when hypher has them.
    pub fn for_language(tag: &str) -> Option<Hyphenation> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        let code: [u8; 2] = primary.as_bytes().try_into().ok()?;
        hypher::Lang::from_iso(code).map(Hyphenation)
    }
}

/// Where `word` may be hyphenated, as byte offsets: between its syllables.
fn hyphenation_points(word: &str, language: Hyphenation) -> Vec<usize> {
    hypher::hyphenate(word, language.0)
        .scan(0, |at, syllable| {
            *at += syllable.len();
            Some(*at)
        })
        .filter(|at| *at < word.len())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> Option<Hyphenation> {
        Hyphenation::for_language("en")
    }

    fn style() -> TextStyle {
        TextStyle { size: 10.0, leading: 13.0, bold: false, italic: false, italic_allowed: true, gray: 0.0 }
    }

    #[test]
    fn hyphenation_follows_the_language_of_the_page() {
        for tag in ["en", "es-MX", "fr", "de", "pt-BR"] {
            assert!(Hyphenation::for_language(tag).is_some(), "{tag}");
        }
        assert!(Hyphenation::for_language("ja").is_none());
        let german = Hyphenation::for_language("de").unwrap();
        assert!(!hyphenation_points("Filmabend", german).is_empty());
    }

    #[test]
    fn a_no_break_space_holds_its_neighbours_on_one_line() {
        let text = "Runtime of the film: 103\u{a0}minutes, more or less";
        let set = spans(text, &style());
        for width in (90..300).step_by(7) {
            let lines = wrap(&Fonts::default(), &set, 10.0, width as f32, None);
            assert!(
                lines.iter().any(|l| l.text().contains("103\u{a0}minutes")),
                "split at the no-break space at {width} pt: {:?}",
                lines.iter().map(Line::text).collect::<Vec<_>>()
            );
        }
        let zero_width = wrap(&Fonts::default(), &spans("long\u{200b}word", &style()), 10.0, 25.0, None);
        assert_eq!(zero_width.iter().map(Line::text).collect::<Vec<_>>(), ["long", "word"]);
    }

    #[test]
    fn wraps_within_the_width_and_keeps_every_character() {
        let text =
            "Kathy, Tommy and Ruth grow up together at Hailsham, an English boarding school where the pupils paint.";
        let lines = wrap(&Fonts::default(), &spans(text, &style()), 10.0, 150.0, english());
        assert!(lines.len() > 2);
        for line in &lines {
            assert!(line.width <= 150.0 + 0.01, "{} is {} wide", line.text(), line.width);
        }
        let joined: String = lines.iter().map(Line::text).collect::<Vec<_>>().join(" ");
        assert_eq!(joined.replace("- ", "").replace(['-', ' '], ""), text.replace([' ', '-'], ""));
    }

    #[test]
    fn a_300_character_url_is_broken_and_stays_inside() {
        let url = format!("https://example.org/{}", "abcdefghij".repeat(28));
        let lines = wrap(&Fonts::default(), &spans(&url, &style()), 10.0, 200.0, english());
        assert!(lines.len() > 5);
        assert!(lines.iter().all(|l| l.width <= 200.0 + 0.01));
        assert_eq!(lines.iter().map(Line::text).collect::<String>(), url);
    }

    #[test]
    fn a_long_url_with_hyphens_stays_inside_its_width() {
        let url = "http://independent.co.uk/arts-entertainment/films/news/star-wars-the-force-awakens-receives-uk-rating-said-to-contain-moderate-violence-and-threat-a6764791.html";
        let grey = TextStyle { gray: 0.1, ..style() };
        for (size, width) in [(16.0, 481.6), (10.0, 300.0), (7.5, 481.6)] {
            let lines = wrap(&Fonts::default(), &spans(url, &grey), size, width, english());
            for line in &lines {
                assert!(
                    line.width <= width + 0.01,
                    "{} is {} wide at {size} pt, over {width}",
                    line.text(),
                    line.width
                );
            }
            assert_eq!(lines.iter().map(Line::text).collect::<String>(), url);
        }
    }

    #[test]
    fn long_english_words_are_hyphenated() {
        let text = "incomprehensibilities ".repeat(3);
        let lines = wrap(&Fonts::default(), &spans(&text, &style()), 10.0, 90.0, english());
        assert!(lines.iter().all(|l| l.width <= 90.01));
        assert!(
            lines.iter().any(|l| l.text().ends_with('-')),
            "{:?}",
            lines.iter().map(Line::text).collect::<Vec<_>>()
        );
    }

    #[test]
    fn japanese_breaks_between_characters_but_never_before_a_full_stop() {
        let text = "両親をもてなす時間がない。戦争で夫を亡くした「義理の娘」だけが、優しさを見せる。";
        let word = Word { parts: vec![(Face::Regular, text.to_string())], space_after: Some(Face::Regular) };
        let pieces: Vec<String> =
            split_east_asian(word).iter().map(|w| w.parts.iter().map(|(_, t)| t.as_str()).collect()).collect();
        assert!(pieces.len() > 20, "{pieces:?}");
        assert_eq!(pieces.concat(), text);
        for piece in &pieces {
            assert!(!piece.starts_with(['。', '、', '」']), "a line could start with {piece:?}");
            assert!(!piece.ends_with('「'), "a line could end with {piece:?}");
        }
        let latin = Word { parts: vec![(Face::Regular, "well-known".into())], space_after: None };
        assert_eq!(split_east_asian(latin).len(), 1, "other words are left to hyphenation");
    }

    #[test]
    fn emphasis_changes_face_and_large_print_avoids_italics() {
        let s = spans("a *b* **c**", &style());
        assert_eq!(s[1].face, Face::Italic);
        assert_eq!(s[3].face, Face::Bold);
        let large = TextStyle { italic_allowed: false, ..style() };
        assert_eq!(spans("a *b*", &large)[1].face, Face::Bold);
    }
}
