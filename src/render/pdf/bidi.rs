//! Right-to-left text: a broken line put in visual order by the Unicode bidirectional
//! algorithm (UAX #9, the `unicode-bidi` crate). Lines are broken in the order of the
//! text; each line of a paragraph that holds Hebrew or Arabic is then reordered, run by
//! run, and a paragraph whose first letter is right-to-left is set flush right.

use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};

use super::fonts::{Face, Fonts, Glyph, strong_direction};
use super::lines::{Line, Piece, Span};

/// `None` when the paragraph has no right-to-left text (nothing to reorder); otherwise
/// whether it reads right to left, from its first letter (rules P2 and P3).
pub fn paragraph_direction(spans: &[Span]) -> Option<bool> {
    let chars = || spans.iter().flat_map(|s| s.text.chars());
    // Nearly every paragraph is ASCII, which holds no right-to-left letter.
    let has_rtl = spans.iter().any(|s| !s.text.is_ascii())
        && chars().any(|c| !c.is_ascii() && matches!(bidi_class(c), BidiClass::R | BidiClass::AL | BidiClass::AN));
    has_rtl.then(|| chars().find_map(strong_direction).unwrap_or(false))
}

/// A glyph of the line with the text it stands for and where that starts in the line.
struct Placed {
    face: Face,
    glyph: Glyph,
    text: String,
    start: usize,
}

/// Puts `line` (in the order of the text, set at `size` points) in visual order; a
/// right-to-left paragraph's line ends at `width`.
pub fn reorder(f: &Fonts, line: &mut Line, rtl: bool, width: f32, size: f32) {
    let (text, placed) = flatten(line);
    if !text.is_empty() {
        let level = if rtl { Level::rtl() } else { Level::ltr() };
        let info = BidiInfo::new(&text, Some(level));
        if let Some(paragraph) = info.paragraphs.first() {
            let (levels, runs) = info.visual_runs(paragraph, 0..text.len());
            line.pieces = visual_pieces(f, placed, &levels, &runs, size);
        }
    }
    if rtl {
        let shift = width - line.width;
        for piece in &mut line.pieces {
            piece.x += shift;
        }
    }
}

/// The line's text, and its glyphs in the order of that text.
fn flatten(line: &Line) -> (String, Vec<Placed>) {
    let mut text = String::new();
    let mut placed = Vec::new();
    for piece in &line.pieces {
        let mut glyphs: Vec<(Glyph, &str)> = piece.glyphs.iter().copied().zip(piece.glyph_texts()).collect();
        if piece.rtl {
            glyphs.reverse();
        }
        for (glyph, part) in glyphs {
            placed.push(Placed { face: piece.face, glyph, text: part.to_string(), start: text.len() });
            text.push_str(part);
        }
    }
    (text, placed)
}

/// A bracket set right to left is drawn facing the other way (rule L4), unless the
/// shaper, which mirrors the brackets of a right-to-left word, has done so already.
fn mirror(f: &Fonts, placed: &mut Placed) {
    let mut chars = placed.text.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else { return };
    let Some(mirrored) = unicode_bidi_mirroring::get_mirrored(c) else { return };
    if f.glyph_index(placed.glyph.source, c) == Some(placed.glyph.id)
        && let Some(id) = f.glyph_index(placed.glyph.source, mirrored)
    {
        placed.glyph.id = id;
    }
}

/// The glyphs in visual order, as pieces of one face and one direction each.
fn visual_pieces(
    f: &Fonts,
    placed: Vec<Placed>,
    levels: &[Level],
    runs: &[std::ops::Range<usize>],
    size: f32,
) -> Vec<Piece> {
    let mut slots: Vec<Option<Placed>> = placed.into_iter().map(Some).collect();
    let mut pieces: Vec<Piece> = Vec::new();
    let mut x = 0.0;
    for run in runs {
        let rtl = levels.get(run.start).is_some_and(|l| l.is_rtl());
        let mut members: Vec<Placed> = slots
            .iter_mut()
            .filter(|slot| {
                slot.as_ref().is_some_and(|p| run.contains(&p.start) || run.is_empty() && p.start == run.start)
            })
            .filter_map(Option::take)
            .collect();
        if rtl {
            members.reverse();
            members.iter_mut().for_each(|m| mirror(f, m));
        }
        let mut current: Option<Piece> = None;
        for member in members {
            let width = member.glyph.advance * size / 1000.0;
            match &mut current {
                Some(piece) if piece.face == member.face => {
                    piece.glyphs.push(member.glyph);
                    if rtl {
                        piece.text.insert_str(0, &member.text);
                    } else {
                        piece.text.push_str(&member.text);
                    }
                    piece.width += width;
                }
                _ => {
                    if let Some(done) = current.take() {
                        x += done.width;
                        pieces.push(done);
                    }
                    current =
                        Some(Piece { x, face: member.face, text: member.text, glyphs: vec![member.glyph], width, rtl });
                }
            }
        }
        if let Some(done) = current {
            x += done.width;
            pieces.push(done);
        }
    }
    // Glyphs standing for no text at the very end (none are expected) are kept, not lost.
    for left in slots.into_iter().flatten() {
        let width = left.glyph.advance * size / 1000.0;
        pieces.push(Piece { x, face: left.face, text: left.text, glyphs: vec![left.glyph], width, rtl: false });
        x += width;
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::super::lines::{Line, Span, wrap};
    use super::*;

    fn line(text: &str) -> Line {
        let spans = vec![Span { text: text.into(), face: Face::Regular }];
        wrap(&Fonts::default(), &spans, 10.0, 1000.0, None).remove(0)
    }

    /// The text of each glyph, in the order the glyphs are drawn; a glyph drawn right to
    /// left that stands for two letters (lam-alef) has them right to left too.
    fn drawn(line: &Line) -> String {
        let glyph = |rtl: bool, text: &str| if rtl { text.chars().rev().collect() } else { text.to_string() };
        line.pieces.iter().flat_map(|p| p.glyph_texts().into_iter().map(move |t| glyph(p.rtl, t))).collect()
    }

    #[test]
    fn a_line_is_drawn_in_the_order_the_bidi_algorithm_gives() {
        for text in ["Peace: שלום and سلام (2020), said 3 times", "מה אומרת המילה שלום? (abc) 12", "السلام عليكم 123"]
        {
            let info = BidiInfo::new(text, None);
            let expected: String = info.reorder_line(&info.paragraphs[0], 0..text.len()).chars().collect();
            assert_eq!(drawn(&line(text)), expected, "{text}");
        }
    }

    #[test]
    fn a_bracket_set_right_to_left_faces_the_other_way() {
        let set = line("שלום (abc) עולם");
        let f = Fonts::default();
        let source = set.pieces[0].glyphs[0].source;
        let glyph_of = |c| f.glyph_index(source, c).unwrap();
        let pairs: Vec<(u16, &str)> =
            set.pieces.iter().flat_map(|p| p.glyphs.iter().map(|g| g.id).zip(p.glyph_texts())).collect();
        let open = pairs.iter().find(|(_, t)| *t == "(").unwrap();
        let close = pairs.iter().find(|(_, t)| *t == ")").unwrap();
        assert_eq!((open.0, close.0), (glyph_of(')'), glyph_of('(')), "{pairs:?}");
        assert!((set.width - set.pieces.iter().map(|p| p.width).sum::<f32>()).abs() < 0.01);
        assert!(set.pieces[0].x > 500.0, "a right-to-left paragraph is set flush right");
    }
}
