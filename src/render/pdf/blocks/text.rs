//! The drawing primitives of the blocks: text set in lines, paragraphs, headings,
//! bullets, boxed tags, note boxes and the severity bar. What every view block is drawn
//! with; nothing here knows which block it draws.

use super::Composer;
use super::Level;
use crate::render::pdf::fonts::Face;
use crate::render::pdf::lines::{self, Span, TextStyle};
use crate::render::pdf::paginate::{Draw, Flowable, Frame, Group, Ink, Role};
use crate::view::model::{self as view, SeverityView};

impl Composer<'_> {
    /// Text in one style, wrapped to `width`: one frame per line.
    pub(super) fn lines(&self, spans: &[Span], style: TextStyle, width: f32) -> Vec<Frame> {
        let f = self.fonts;
        let face = spans.first().map_or(Face::Regular, |s| s.face);
        let ascent = f.ascent(face, style.size);
        let content = ascent + f.descent(face, style.size);
        let baseline = (style.leading - content) / 2.0 + ascent;
        lines::wrap(f, spans, style.size, width.max(style.size), self.hyphenate)
            .into_iter()
            .map(|line| {
                let mut frame = Frame::new(style.leading);
                for piece in line.pieces {
                    let ink = Ink::Text { x: piece.x, baseline, size: style.size, gray: style.gray, piece };
                    frame.draws.push(Draw::body(ink));
                }
                frame
            })
            .collect()
    }

    /// Record text (with inline markup) as line frames.
    pub(super) fn text_lines(&self, text: &str, style: TextStyle, width: f32) -> Vec<Frame> {
        self.lines(&lines::spans(text, &style), style, width)
    }

    /// Lines stacked into one frame, with cuts between them.
    pub(super) fn stacked(lines: Vec<Frame>) -> Frame {
        let mut frame = Frame::new(0.0);
        for line in lines {
            frame.stack(line);
        }
        frame
    }

    pub(super) fn text_frame(&self, text: &str, style: TextStyle, width: f32) -> Frame {
        Self::stacked(self.text_lines(text, style, width))
    }

    /// The width of `text` set on one line in `style` (markup included).
    pub(super) fn natural_width(&self, text: &str, style: TextStyle) -> f32 {
        lines::spans(text, &style).iter().map(|s| self.fonts.width(s.face, &s.text, style.size)).sum()
    }

    pub(super) fn paragraph(&self, text: &str, style: TextStyle, space_after: f32) -> Flowable {
        let lines = self.text_lines(text, style, self.width);
        Flowable::Group(Group { space_after, ..Group::new(lines) })
    }

    pub(super) fn heading(&self, text: &str, level: Level) -> Flowable {
        // Size, a rule under it, and a place in the document's outline.
        let (size, ruled, bookmarked) = match level {
            Level::Sheet => (self.sizes.h1, false, true),
            Level::Section => (self.sizes.h2, true, true),
            Level::Sub => (self.sizes.h3, false, false),
        };
        let style = TextStyle { leading: size * 1.25, ..self.bold(size) };
        let mut frame = self.text_frame(text, style, self.width);
        if ruled {
            let y = frame.height + 1.5;
            frame.draws.push(Draw::body(Ink::Line { x1: 0.0, y1: y, x2: self.width, y2: y, width: 1.2, gray: 0.0 }));
            frame.height = y + 3.0;
        }
        Flowable::Group(Group {
            keep_with_next: true,
            together: true,
            space_before: if ruled { self.sizes.body * 1.3 } else { self.sizes.body * 0.7 },
            space_after: 2.0,
            bookmark: bookmarked.then(|| crate::markup::plain(text)),
            ..Group::new(vec![frame.with_role(Role::Heading)])
        })
    }

    /// The indent of list items: room for a bullet.
    pub(super) fn bullet_indent(&self) -> f32 {
        self.sizes.body * 1.4
    }

    /// An item with a bullet (or number) hanging `indent` to the left of its text.
    pub(super) fn item(&self, marker: &str, content: Frame, marker_style: TextStyle, indent: f32) -> Frame {
        let mut frame = Frame::new(0.0);
        let marker_frame = self.text_frame(marker, marker_style, indent);
        frame.place(marker_frame, 0.0, 0.0);
        frame.place(content, indent, 0.0);
        frame
    }

    pub(super) fn bullets(&self, items: &[view::Tagged]) -> Vec<Flowable> {
        let items: Vec<(String, Option<String>)> = items.iter().map(|i| (i.text.clone(), i.tag.clone())).collect();
        self.tagged_bullets(&items)
    }

    /// Bullets, each with its tag (SPOILER) when it has one.
    pub(super) fn tagged_bullets(&self, items: &[(String, Option<String>)]) -> Vec<Flowable> {
        let indent = self.bullet_indent();
        items
            .iter()
            .map(|(item, tag)| {
                let content = self.tagged_text(item, self.body(), self.width - indent, self.tag_text(tag).as_deref());
                let frame = self.item("•", content, self.body(), indent);
                Flowable::Group(Group { together: true, space_after: 1.5, ..Group::new(vec![frame]) })
            })
            .collect()
    }

    /// Text wrapped to `width`, with a bordered tag (SPOILER) after its last word when
    /// `tag` is given. The text leaves the tag's room on every line, so the tag can never
    /// overlap it, and the tag sits on the last line's baseline.
    pub(super) fn tagged_text(&self, text: &str, style: TextStyle, width: f32, tag: Option<&str>) -> Frame {
        let Some(tag) = tag else { return self.text_frame(text, style, width) };
        let size = self.tag_size();
        let room = self.fonts.width(Face::Bold, tag, size) + size * 0.6 + style.size * 0.4;
        // The text takes the whole width; the tag follows its last line when there is
        // room there, and goes below it when there is not. (Keeping the tag's room free
        // on every line left a column of short lines beside an empty strip.)
        let mut frame = self.text_frame(text, style, width);
        let last = frame.draws.iter().rev().find_map(|d| match &d.ink {
            Ink::Text { x, baseline, piece, .. } => Some((x + piece.width, *baseline)),
            Ink::Rect { .. } | Ink::Line { .. } | Ink::Link { .. } => None,
        });
        match last {
            Some((x, baseline)) if x + room <= width => {
                let tag_frame = self.tag(tag, size, width);
                let tag_baseline = tag_frame.draws.iter().find_map(|d| match &d.ink {
                    Ink::Text { baseline, .. } => Some(*baseline),
                    Ink::Rect { .. } | Ink::Line { .. } | Ink::Link { .. } => None,
                });
                let top = baseline - tag_baseline.unwrap_or(0.0);
                frame.place(tag_frame, x + style.size * 0.4, top.max(0.0));
            }
            Some(_) | None => frame.stack(self.tag(tag, size, width)),
        }
        frame
    }

    /// The size of the SPOILER tag: a little smaller than notes, never under large print's floor.
    pub(super) fn tag_size(&self) -> f32 {
        if self.sizes.large_print { self.sizes.small } else { self.sizes.small * 0.85 }
    }

    /// A bordered mark in bold: the ratings and the SPOILER tag. A mark wider than
    /// `max_width` (a rating spelled out in full) wraps inside its box.
    pub(super) fn tag(&self, text: &str, size: f32, max_width: f32) -> Frame {
        let style = self.bold(size);
        let inset = size * 0.3;
        let inner = (max_width - 2.0 * inset).max(size);
        let mut frame = self.text_frame(text, style, inner);
        let width = frame.draws.iter().map(|d| d.span().1).fold(0.0, f32::max);
        for draw in &mut frame.draws {
            draw.shift(inset, 0.0);
        }
        let h = frame.height - style.leading * 0.08;
        frame.draws.push(Draw::body(Ink::Rect {
            x: 0.0,
            y: style.leading * 0.04,
            w: width + 2.0 * inset,
            h,
            fill: None,
            stroke: Some(0.8),
            dashed: false,
        }));
        frame
    }

    /// An item's tag as the PDF sets it: in capitals, as a tag.
    pub(super) fn tag_text(&self, tag: &Option<String>) -> Option<String> {
        tag.as_ref().map(|t| t.to_uppercase())
    }

    /// A leader's note: text beside a thick rule; split between lines only when it is
    /// taller than a page.
    pub(super) fn note_box(&self, text: &str, width: f32) -> Frame {
        let bar = 2.2;
        let pad = self.sizes.body * 0.6;
        let content = self.text_frame(text, self.style(self.sizes.small * 1.05), width - pad - bar);
        let mut frame = Frame::new(0.0);
        let h = content.height + 2.0;
        frame.place(content, bar + pad, 1.0);
        frame.draws.push(Draw::body(Ink::Rect {
            x: 0.0,
            y: 0.0,
            w: bar,
            h,
            fill: Some(0.0),
            stroke: None,
            dashed: false,
        }));
        frame.height = h;
        frame
    }

    /// The geometry of a severity bar at `size`: the side of a step and the gap.
    pub(super) fn bar_steps(size: f32) -> (f32, f32) {
        (size * 0.72, size * 0.26)
    }

    /// How wide the word and bar of a severity are at `size`.
    pub(super) fn severity_width(&self, severity: &SeverityView, size: f32) -> f32 {
        let (step, gap) = Self::bar_steps(size);
        let face = if !severity.reviewed && !self.sizes.large_print { Face::Italic } else { Face::Regular };
        3.0 * (step + gap) + gap + self.fonts.width(face, &severity.label, size)
    }

    /// The word and bar of a severity: three squares, filled to its level, and dashed
    /// when the category was not reviewed. Legible in black and white. In a column
    /// narrower than both, the word goes under the bar.
    pub(super) fn severity(&self, severity: &SeverityView, size: f32, max_width: f32) -> Frame {
        let style = TextStyle { italic: !severity.reviewed && !self.sizes.large_print, ..self.style(size) };
        let (step, gap) = Self::bar_steps(size);
        let bar_width = 3.0 * (step + gap) + gap;
        let below = self.severity_width(severity, size) > max_width;
        let word = self.text_frame(&severity.label, style, if below { max_width } else { max_width - bar_width });
        let top = (style.leading - step) / 2.0;
        let mut frame = Frame::new(style.leading);
        for i in 0..3u8 {
            let x = f32::from(i) * (step + gap);
            let on = i < severity.level;
            frame.draws.push(Draw::body(Ink::Rect {
                x,
                y: top,
                w: step,
                h: step,
                fill: on.then_some(0.0),
                stroke: Some(if severity.reviewed { 0.9 } else { 0.6 }),
                dashed: !severity.reviewed,
            }));
        }
        if below {
            frame.stack(word);
        } else {
            frame.place(word, bar_width, 0.0);
        }
        frame
    }
}
