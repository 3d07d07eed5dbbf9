//! An edition view turned into blocks for the paginator: the PDF's equivalent of the HTML
//! templates. It walks the same [`View`] blocks in the same order and decides only how
//! they look: sizes, rules, tables, boxes.
//!
//! Everything is sized from its content and can give way on a narrow page: table columns
//! are as wide as what they hold (and wrap when the page is narrower than that), number
//! columns fit the largest number, boxed marks wrap, and every frame taller than a page
//! can be split between its lines.

use super::fonts::{Face, Fonts};
use super::lines::{self, Span, TextStyle};
use super::paginate::{Draw, Flowable, Frame, Group, Ink, Role};
use crate::view::model::{
    self as view, Advisories, AudienceView, Detail, FaithView, PlanView, QuestionSection, ScenesView, SeverityView,
    View,
};
use crate::view::paper::PageSettings;

/// Type sizes for one document.
#[derive(Debug, Clone, Copy)]
pub struct Sizes {
    pub body: f32,
    pub small: f32,
    pub h1: f32,
    pub h2: f32,
    pub h3: f32,
    /// Line height as a multiple of the type size.
    pub spacing: f32,
    pub large_print: bool,
}

impl Sizes {
    /// Every size times `factor`: how the parents' card is shrunk to fit one page.
    pub fn scaled(self, factor: f32) -> Sizes {
        Sizes {
            body: self.body * factor,
            small: self.small * factor,
            h1: self.h1 * factor,
            h2: self.h2 * factor,
            h3: self.h3 * factor,
            ..self
        }
    }

    pub fn new(page: &PageSettings, compact: bool) -> Sizes {
        match (page.large_print, compact) {
            // Clear-print guidance: no text under 16 pt, 1.5 spacing, no italic body text.
            (true, _) => {
                Sizes { body: 16.0, small: 16.0, h1: 26.0, h2: 20.0, h3: 18.0, spacing: 1.5, large_print: true }
            }
            (false, true) => {
                Sizes { body: 8.6, small: 7.6, h1: 17.0, h2: 10.5, h3: 9.5, spacing: 1.25, large_print: false }
            }
            (false, false) => {
                Sizes { body: 10.0, small: 8.5, h1: 20.0, h2: 13.0, h3: 11.0, spacing: 1.35, large_print: false }
            }
        }
    }
}

/// How high a heading stands: over a sheet of its own, a section, or a part of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    Sheet,
    Section,
    Sub,
}

/// Builds the blocks of one edition.
pub struct Composer<'a> {
    pub fonts: &'a Fonts,
    pub view: &'a View,
    pub sizes: Sizes,
    /// Width of the text area.
    pub width: f32,
    /// Height of the text area, where a page-sized notice is centred.
    pub height: f32,
    hyphenate: Option<lines::Hyphenation>,
}

const GRAY: f32 = 0.3;

impl<'a> Composer<'a> {
    pub fn new(fonts: &'a Fonts, view: &'a View, sizes: Sizes, width: f32, height: f32) -> Self {
        let hyphenate = lines::Hyphenation::for_language(&view.lang);
        Composer { fonts, view, sizes, width, height, hyphenate }
    }

    fn style(&self, size: f32) -> TextStyle {
        TextStyle {
            size,
            leading: size * self.sizes.spacing,
            bold: false,
            italic: false,
            italic_allowed: !self.sizes.large_print,
            gray: 0.0,
        }
    }

    fn body(&self) -> TextStyle {
        self.style(self.sizes.body)
    }

    fn small(&self) -> TextStyle {
        TextStyle { gray: GRAY, ..self.style(self.sizes.small) }
    }

    fn bold(&self, size: f32) -> TextStyle {
        TextStyle { bold: true, ..self.style(size) }
    }

    /// The padding inside table cells.
    fn pad(&self) -> f32 {
        self.sizes.body * 0.35
    }

    /// Text in one style, wrapped to `width`: one frame per line.
    fn lines(&self, spans: &[Span], style: TextStyle, width: f32) -> Vec<Frame> {
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
    fn text_lines(&self, text: &str, style: TextStyle, width: f32) -> Vec<Frame> {
        self.lines(&lines::spans(text, &style), style, width)
    }

    /// Lines stacked into one frame, with cuts between them.
    fn stacked(lines: Vec<Frame>) -> Frame {
        let mut frame = Frame::new(0.0);
        for line in lines {
            frame.stack(line);
        }
        frame
    }

    fn text_frame(&self, text: &str, style: TextStyle, width: f32) -> Frame {
        Self::stacked(self.text_lines(text, style, width))
    }

    /// The width of `text` set on one line in `style` (markup included).
    fn natural_width(&self, text: &str, style: TextStyle) -> f32 {
        lines::spans(text, &style).iter().map(|s| self.fonts.width(s.face, &s.text, style.size)).sum()
    }

    fn paragraph(&self, text: &str, style: TextStyle, space_after: f32) -> Flowable {
        let lines = self.text_lines(text, style, self.width);
        Flowable::Group(Group { space_after, ..Group::new(lines) })
    }

    fn heading(&self, text: &str, level: Level) -> Flowable {
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
    fn bullet_indent(&self) -> f32 {
        self.sizes.body * 1.4
    }

    /// An item with a bullet (or number) hanging `indent` to the left of its text.
    fn item(&self, marker: &str, content: Frame, marker_style: TextStyle, indent: f32) -> Frame {
        let mut frame = Frame::new(0.0);
        let marker_frame = self.text_frame(marker, marker_style, indent);
        frame.place(marker_frame, 0.0, 0.0);
        frame.place(content, indent, 0.0);
        frame
    }

    fn bullets(&self, items: &[view::Tagged]) -> Vec<Flowable> {
        let items: Vec<(String, Option<String>)> = items.iter().map(|i| (i.text.clone(), i.tag.clone())).collect();
        self.tagged_bullets(&items)
    }

    /// Bullets, each with its tag (SPOILER) when it has one.
    fn tagged_bullets(&self, items: &[(String, Option<String>)]) -> Vec<Flowable> {
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
    fn tagged_text(&self, text: &str, style: TextStyle, width: f32, tag: Option<&str>) -> Frame {
        let Some(tag) = tag else { return self.text_frame(text, style, width) };
        let size = self.tag_size();
        let room = self.fonts.width(Face::Bold, tag, size) + size * 0.6 + style.size * 0.4;
        if width - room < width * 0.5 {
            // Too narrow to keep the tag's room free on every line: it goes below.
            let mut frame = self.text_frame(text, style, width);
            frame.stack(self.tag(tag, size, width));
            return frame;
        }
        let mut frame = self.text_frame(text, style, width - room);
        let last = frame.draws.iter().rev().find_map(|d| match &d.ink {
            Ink::Text { x, baseline, piece, .. } => Some((x + piece.width, *baseline)),
            Ink::Rect { .. } | Ink::Line { .. } | Ink::Link { .. } => None,
        });
        if let Some((x, baseline)) = last {
            let tag_frame = self.tag(tag, size, width);
            let tag_baseline = tag_frame.draws.iter().find_map(|d| match &d.ink {
                Ink::Text { baseline, .. } => Some(*baseline),
                Ink::Rect { .. } | Ink::Line { .. } | Ink::Link { .. } => None,
            });
            let top = baseline - tag_baseline.unwrap_or(0.0);
            frame.place(tag_frame, x + style.size * 0.4, top.max(0.0));
        }
        frame
    }

    /// The geometry of a severity bar at `size`: the side of a step and the gap.
    fn bar_steps(size: f32) -> (f32, f32) {
        (size * 0.72, size * 0.26)
    }

    /// How wide the word and bar of a severity are at `size`.
    fn severity_width(&self, severity: &SeverityView, size: f32) -> f32 {
        let (step, gap) = Self::bar_steps(size);
        let face = if !severity.reviewed && !self.sizes.large_print { Face::Italic } else { Face::Regular };
        3.0 * (step + gap) + gap + self.fonts.width(face, &severity.label, size)
    }

    /// The word and bar of a severity: three squares, filled to its level, and dashed
    /// when the category was not reviewed. Legible in black and white. In a column
    /// narrower than both, the word goes under the bar.
    fn severity(&self, severity: &SeverityView, size: f32, max_width: f32) -> Frame {
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

    /// The size of the SPOILER tag: a little smaller than notes, never under large print's floor.
    fn tag_size(&self) -> f32 {
        if self.sizes.large_print { self.sizes.small } else { self.sizes.small * 0.85 }
    }

    /// A bordered mark in bold: the ratings and the SPOILER tag. A mark wider than
    /// `max_width` (a rating spelled out in full) wraps inside its box.
    fn tag(&self, text: &str, size: f32, max_width: f32) -> Frame {
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

    /// Column widths for a table `width` wide: each fixed column as wide as its widest
    /// content (`natural`, padding included), the last column the rest. When the page is
    /// too narrow for that, the fixed columns give up width in proportion and wrap, so
    /// the last column keeps at least a third of the table.
    fn columns(&self, natural: &[f32]) -> Vec<f32> {
        let fixed: f32 = natural.iter().sum();
        let most = self.width * 2.0 / 3.0;
        let scale = if fixed > most { most / fixed } else { 1.0 };
        let mut widths: Vec<f32> = natural.iter().map(|w| w * scale).collect();
        widths.push(self.width - widths.iter().sum::<f32>());
        widths
    }

    /// A table: rows of cells, each kept whole on a page when it fits one, the header
    /// repeated on each page. Cell text is marked with its cell's right edge.
    fn table(&self, widths: &[f32], header: &[&str], rows: Vec<Vec<Frame>>) -> Flowable {
        let pad = self.pad();
        let row_frame = |cells: Vec<Frame>, rule: f32| {
            let mut frame = Frame::new(0.0);
            let mut x = 0.0;
            let mut height: f32 = 0.0;
            for (cell, w) in cells.into_iter().zip(widths) {
                height = height.max(cell.height);
                frame.place(cell.in_cell(w - pad), x + pad, pad);
                x += w;
            }
            let h = height + 2.0 * pad;
            frame.draws.push(Draw::body(Ink::Line {
                x1: 0.0,
                y1: h,
                x2: self.width,
                y2: h,
                width: rule,
                gray: if rule > 1.0 { 0.0 } else { 0.45 },
            }));
            frame.height = h;
            frame
        };
        let head_style = self.bold(self.sizes.small);
        let header_cells =
            header.iter().zip(widths).map(|(text, w)| self.text_frame(text, head_style, w - 2.0 * pad)).collect();
        let header = row_frame(header_cells, 1.2);
        let parts: Vec<Frame> = rows.into_iter().map(|cells| row_frame(cells, 0.5)).collect();
        Flowable::Group(Group {
            header: Some(header),
            min_split: 1,
            space_before: 2.0,
            space_after: self.sizes.body * 0.4,
            ..Group::new(parts)
        })
    }

    /// A frame that stands apart from the flow: kept whole when it fits a page.
    fn unit(frame: Frame, space_after: f32) -> Flowable {
        Flowable::Group(Group { together: true, space_after, ..Group::new(vec![frame]) })
    }

    /// Every block of the edition, in the view's order.
    pub fn blocks(&self) -> Vec<Flowable> {
        let mut blocks = self.masthead();
        for block in &self.view.blocks {
            match block {
                view::Block::Audience(audience) => blocks.extend(self.audience(audience)),
                view::Block::Synopsis { heading, text } => {
                    blocks.push(self.heading(heading, Level::Section));
                    blocks.push(self.paragraph(text, self.body(), 2.0));
                }
                view::Block::Advisories(advisories) => blocks.extend(self.advisories(advisories)),
                view::Block::Positives { heading, items } => {
                    blocks.push(self.heading(heading, Level::Section));
                    blocks.extend(self.bullets(items));
                }
                view::Block::Themes(themes) => blocks.extend(self.themes(themes)),
                view::Block::Faith(faith) => blocks.extend(self.faith(faith)),
                view::Block::Plan(plan) => blocks.extend(self.plan(plan)),
                view::Block::Part { heading, note } => {
                    blocks.push(Flowable::Sheet { blank: self.blank_notice() });
                    blocks.push(self.heading(heading, Level::Sheet));
                    blocks.push(self.paragraph(note, self.small(), 4.0));
                }
                view::Block::Scenes(scenes) => blocks.extend(self.scenes(scenes)),
                view::Block::Review(review) => blocks.push(self.review(review)),
                view::Block::Questions(section) => blocks.extend(self.questions(section)),
                view::Block::Quotes { heading, items } => {
                    blocks.push(self.heading(heading, Level::Section));
                    for quote in items {
                        blocks.push(self.quote(quote));
                    }
                }
                view::Block::Related(related) => {
                    blocks.push(self.heading(&related.heading, Level::Section));
                    blocks.extend(related.items.iter().map(|r| self.related(r)));
                }
                view::Block::Sources { heading, items } => {
                    blocks.push(self.heading(heading, Level::Section));
                    blocks.extend(items.iter().map(|s| self.source(&s.title, s.url.as_deref())));
                }
                view::Block::Prose { heading, paragraphs } => {
                    blocks.push(self.heading(heading, Level::Section));
                    blocks.extend(paragraphs.iter().map(|text| self.paragraph(text, self.body(), 2.0)));
                }
                view::Block::Notes { heading, lines } => {
                    blocks.push(self.heading(heading, Level::Section));
                    let gap = self.sizes.body * 2.2;
                    blocks.push(Flowable::Rules { gap, min: (*lines).min(6), width: self.width, space_before: 0.0 });
                }
            }
        }
        blocks
    }

    /// Theme titles on one line, or each with its summary.
    fn themes(&self, themes: &view::ThemesView) -> Vec<Flowable> {
        let mut blocks = vec![self.heading(&themes.heading, Level::Section)];
        if themes.brief {
            let titles: Vec<&str> = themes.items.iter().map(|t| t.title.as_str()).collect();
            blocks.push(self.paragraph(&titles.join(" · "), self.body(), 2.0));
            return blocks;
        }
        let items: Vec<(String, Option<String>)> = themes
            .items
            .iter()
            .map(|t| {
                let text = match &t.summary {
                    Some(summary) => format!("**{}.** {summary}", t.title),
                    None => format!("**{}**", t.title),
                };
                (text, t.tag.clone())
            })
            .collect();
        blocks.extend(self.tagged_bullets(&items));
        blocks
    }

    /// The notice on a page left blank so the next part starts a new sheet.
    pub fn blank_notice(&self) -> Frame {
        let mut frame = Frame::new(self.height * 0.4);
        let text = self.text_frame(&format!("*{}*", self.view.labels.blank_page), self.small(), self.width);
        frame.stack(text.with_role(Role::Blank));
        frame
    }

    fn masthead(&self) -> Vec<Flowable> {
        let v = self.view;
        let mut top = Frame::new(0.0);
        let mut eyebrow = v.edition_title.to_uppercase();
        if let Some(group) = &v.group {
            eyebrow.push_str(&format!("  ·  {group}"));
        }
        top.stack(self.text_frame(&eyebrow, TextStyle { bold: true, ..self.small() }, self.width));
        let title = format!("**{}**", v.title);
        let title_style = TextStyle { leading: self.sizes.h1 * 1.2, ..self.style(self.sizes.h1) };
        let mut spans = lines::spans(&title, &title_style);
        if let Some(year) = v.year {
            spans.push(Span { text: format!(" ({year})"), face: Face::Regular });
        }
        top.stack(Self::stacked(self.lines(&spans, title_style, self.width)));
        if let Some(original) = &v.original_title {
            top.stack(self.text_frame(&format!("*{original}*"), self.body(), self.width));
        }
        if let Some(event) = &v.event {
            top.stack(self.text_frame(event, self.bold(self.sizes.body), self.width));
        }
        let mut blocks = vec![Self::unit(top, 3.0)];
        blocks.push(self.credits());
        blocks.extend(self.ratings());
        // The double rule under the masthead.
        let mut rule = Frame::new(6.0);
        for y in [2.0, 4.5] {
            rule.draws.push(Draw::body(Ink::Line { x1: 0.0, y1: y, x2: self.width, y2: y, width: 0.8, gray: 0.0 }));
        }
        blocks.push(Flowable::Group(Group { space_before: 2.0, ..Group::new(vec![rule]) }));
        blocks
    }

    /// Credits: labels in a column as wide as the longest, values wrapped beside them.
    fn credits(&self) -> Flowable {
        let v = self.view;
        let credits: Vec<(&str, &str)> = v.credits.iter().map(|c| (c.label.as_str(), c.value.as_str())).collect();
        let label_style = self.small();
        let gap = self.sizes.small;
        let widest = credits.iter().map(|(l, _)| self.natural_width(l, label_style)).fold(0.0, f32::max);
        let label_width = (widest + gap).min(self.width * 0.35);
        let frames = credits
            .into_iter()
            .map(|(label, value)| {
                let mut row = Frame::new(0.0);
                row.place(self.text_frame(label, label_style, label_width - gap), 0.0, 0.0);
                let value = self.text_frame(value, self.style(self.sizes.small), self.width - label_width);
                row.place(value, label_width, 0.0);
                row
            })
            .collect();
        Flowable::Group(Group { space_after: 4.0, min_split: 1, ..Group::new(frames) })
    }

    /// Ratings, each a boxed mark and the board's reason beside it, or below it when the
    /// mark takes most of the line.
    fn ratings(&self) -> Vec<Flowable> {
        let size = self.sizes.body;
        self.view
            .ratings
            .iter()
            .map(|rating| {
                let tag = self.tag(&rating.mark, size, self.width * 0.6);
                let tag_width = tag.draws.iter().map(|d| d.span().1).fold(0.0, f32::max) + size * 0.6;
                // The board's reason and advice, what the rating means, where it was found.
                let board = [rating.reason.as_deref(), rating.advice.as_deref()].into_iter().flatten();
                let board = board.collect::<Vec<_>>().join("; ");
                let said = [Some(board.as_str()), rating.meaning.as_deref(), rating.sources.as_deref()];
                let said = said.into_iter().flatten().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ");
                let mut row = Frame::new(0.0);
                let tag_height = tag.height;
                row.place(tag, 0.0, 0.0);
                if !said.is_empty() {
                    let beside = tag_width < self.width * 0.4;
                    let (x, y, width) =
                        if beside { (tag_width, 0.0, self.width - tag_width) } else { (0.0, tag_height, self.width) };
                    row.place(self.text_frame(&said, self.body(), width), x, y);
                }
                Self::unit(row, 2.0)
            })
            .collect()
    }

    fn audience(&self, audience: &AudienceView) -> Vec<Flowable> {
        let mut blocks = Vec::new();
        let (age, note) = (audience.age.as_deref(), audience.note.as_deref());
        if !audience.prominent {
            blocks.push(self.heading(&audience.heading, Level::Section));
            if let Some(age) = age {
                blocks.push(self.paragraph(age, self.bold(self.sizes.body * 1.1), 1.0));
            }
            if let Some(note) = note {
                blocks.push(Self::unit(
                    self.tagged_text(note, self.body(), self.width, self.tag_text(&audience.tag).as_deref()),
                    2.0,
                ));
            }
            return blocks;
        }
        // On the parents' card: a framed box, the first thing a parent reads.
        let pad = self.sizes.body * 0.7;
        let inner = self.width - 2.0 * pad;
        let mut content = Frame::new(0.0);
        content.stack(self.text_frame(&audience.heading, self.bold(self.sizes.h3), inner));
        if let Some(age) = age {
            content.stack(self.text_frame(age, self.bold(self.sizes.h2 * 1.15), inner));
        }
        if let Some(note) = note {
            content.stack(self.tagged_text(note, self.body(), inner, self.tag_text(&audience.tag).as_deref()));
        }
        let mut framed = Frame::new(0.0);
        let h = content.height + 2.0 * pad;
        framed.place(content, pad, pad);
        framed.draws.push(Draw::body(Ink::Rect {
            x: 0.0,
            y: 0.0,
            w: self.width,
            h,
            fill: None,
            stroke: Some(1.6),
            dashed: false,
        }));
        framed.height = h;
        blocks.push(Flowable::Group(Group {
            together: true,
            space_before: self.sizes.body,
            space_after: 2.0,
            bookmark: Some(audience.heading.clone()),
            ..Group::new(vec![framed])
        }));
        blocks
    }

    fn advisories(&self, a: &Advisories) -> Vec<Flowable> {
        let mut blocks = vec![self.heading(&a.heading, Level::Section)];
        let small = self.sizes.small;
        let pad = 2.0 * self.pad();
        let label_style = self.bold(small);
        let widest_label = a.rows.iter().map(|r| self.natural_width(&r.label, label_style)).fold(0.0, f32::max);
        let widest_severity = a.rows.iter().map(|r| self.severity_width(&r.severity, small)).fold(0.0, f32::max);
        let table = match (&a.columns, a.detail) {
            (None, Detail::Brief | Detail::Full | Detail::Card) | (Some(_), Detail::Card) => {
                self.stacked_rows(a, widest_label, widest_severity)
            }
            (Some(columns), Detail::Brief) => {
                // Category | Severity, the severity column as wide as its widest entry.
                let severity_width =
                    widest_severity.max(self.natural_width(&columns.severity, label_style)) + pad + 1.0;
                let widths = [self.width - severity_width, severity_width];
                let rows = a
                    .rows
                    .iter()
                    .map(|row| {
                        vec![
                            self.text_frame(&row.label, label_style, widths[0] - pad),
                            self.severity(&row.severity, small, widths[1] - pad),
                        ]
                    })
                    .collect();
                self.table(&widths, &[&columns.category, &columns.severity], rows)
            }
            (Some(columns), Detail::Full)
                if widest_label.min(self.width * 0.27) + widest_severity + 2.0 * pad <= self.width * 0.45 =>
            {
                // Wide enough: the category and what it covers, its severity, what is shown.
                let widths =
                    self.columns(&[widest_label.min(self.width * 0.27) + pad + 1.0, widest_severity + pad + 1.0]);
                let rows = a
                    .rows
                    .iter()
                    .map(|row| {
                        vec![
                            self.category_cell(row, label_style, widths[0] - pad),
                            self.severity(&row.severity, small, widths[1] - pad),
                            self.advisory_details(row, widths[2] - pad),
                        ]
                    })
                    .collect();
                self.table(&widths, &[&columns.category, &columns.severity, &columns.shown], rows)
            }
            (Some(columns), Detail::Full) => {
                // Narrow: the category, what it covers and its severity stacked in one
                // column; what is shown beside them.
                let first = widest_label.max(widest_severity).min(self.width * 0.3) + pad + 1.0;
                let widths = self.columns(&[first]);
                let rows = a
                    .rows
                    .iter()
                    .map(|row| {
                        let mut category = self.category_cell(row, label_style, widths[0] - pad);
                        category.stack(self.severity(&row.severity, small, widths[0] - pad));
                        vec![category, self.advisory_details(row, widths[1] - pad)]
                    })
                    .collect();
                self.table(&widths, &[&columns.category_and_severity, &columns.shown], rows)
            }
        };
        blocks.push(table);
        if let Some(note) = &a.hidden_note {
            blocks.push(self.paragraph(&format!("*{note}*"), self.small(), 2.0));
        }
        blocks
    }

    /// The parents' card's six categories, each a row the page's full width: the name, the
    /// severity and what the category covers on one line, what is shown under them. Text
    /// beside a narrow first column would leave a third of every line empty.
    fn stacked_rows(&self, a: &Advisories, widest_label: f32, widest_severity: f32) -> Flowable {
        let small = self.sizes.small;
        let pad = self.pad();
        let label_style = self.bold(small);
        let label_width = widest_label.min(self.width * 0.3) + 2.0 * pad;
        let severity_width = widest_severity + 2.0 * pad;
        let indent = pad;
        let parts = a
            .rows
            .iter()
            .map(|row| {
                let mut line = Frame::new(0.0);
                let label = self.text_frame(&row.label, label_style, label_width - pad);
                let severity = self.severity(&row.severity, small, severity_width - pad);
                let covers_width = (self.width - label_width - severity_width).max(0.0);
                let covers = self.text_frame(&row.covers, self.small(), covers_width);
                line.height = label.height.max(severity.height).max(covers.height);
                line.place(label, 0.0, 0.0);
                line.place(severity, label_width, 0.0);
                line.place(covers, label_width + severity_width, 0.0);
                let mut frame = Frame::new(0.0);
                frame.place(line, 0.0, pad);
                frame.height += pad;
                let details = self.advisory_details(row, self.width - indent);
                frame.place(details, indent, frame.height);
                let h = frame.height + pad;
                frame.draws.push(Draw::body(Ink::Line {
                    x1: 0.0,
                    y1: h,
                    x2: self.width,
                    y2: h,
                    width: 0.5,
                    gray: 0.45,
                }));
                frame.height = h;
                frame
            })
            .collect();
        Flowable::Group(Group {
            min_split: 1,
            space_before: 2.0,
            space_after: self.sizes.body * 0.4,
            ..Group::new(parts)
        })
    }

    /// A category's name and what it covers, one above the other.
    fn category_cell(&self, row: &view::AdvisoryRow, style: TextStyle, width: f32) -> Frame {
        let mut cell = self.text_frame(&row.label, style, width);
        cell.stack(self.text_frame(&row.covers, self.small(), width));
        cell
    }

    fn advisory_details(&self, row: &view::AdvisoryRow, width: f32) -> Frame {
        let size = self.sizes.small;
        let mut cell = Frame::new(0.0);
        if let Some(summary) = &row.summary {
            cell.stack(self.tagged_text(summary, self.style(size), width, self.tag_text(&row.summary_tag).as_deref()));
        }
        let indent = size * 1.2;
        for detail in &row.details {
            let mut text = String::new();
            if let Some(at) = &detail.at {
                text.push_str(&format!("**{at}** "));
            }
            text.push_str(&detail.text);
            let content =
                self.tagged_text(&text, self.style(size), width - indent, self.tag_text(&detail.tag).as_deref());
            cell.stack(self.item("•", content, self.style(size), indent));
        }
        for line in [&row.sources, &row.disagreement].into_iter().flatten() {
            cell.stack(self.text_frame(line, self.small(), width));
        }
        cell
    }

    /// The leader's list of timed scenes, in film order.
    fn scenes(&self, scenes: &ScenesView) -> Vec<Flowable> {
        let rows = &scenes.rows;
        let mut blocks = vec![self.heading(&scenes.heading, Level::Section)];
        blocks.push(self.paragraph(&scenes.intro, self.small(), 2.0));
        let small = self.sizes.small;
        let pad = 2.0 * self.pad();
        let bold = self.bold(small);
        let time = rows
            .iter()
            .map(|r| self.natural_width(&r.at, bold))
            .fold(self.natural_width(&scenes.columns[0], bold), f32::max);
        let category = rows
            .iter()
            .map(|r| self.natural_width(&r.category, bold).max(self.severity_width(&r.severity, small)))
            .fold(0.0, f32::max)
            .min(self.width * 0.3);
        let widths = self.columns(&[time + pad + 1.0, category + pad + 1.0]);
        let cells = rows
            .iter()
            .map(|row| {
                let mut category = self.text_frame(&row.category, bold, widths[1] - pad);
                category.stack(self.severity(&row.severity, small, widths[1] - pad));
                vec![
                    self.text_frame(&row.at, bold, widths[0] - pad),
                    category,
                    self.tagged_text(&row.text, self.style(small), widths[2] - pad, self.tag_text(&row.tag).as_deref()),
                ]
            })
            .collect();
        let [time, category, what] = &scenes.columns;
        blocks.push(self.table(&widths, &[time, category, what], cells));
        blocks
    }

    fn faith(&self, faith: &FaithView) -> Vec<Flowable> {
        let mut blocks = vec![self.heading(&faith.heading, Level::Section)];
        // Prayers are set in italics, except in large print, which has no italic body text.
        let large = self.sizes.large_print;
        let prayer = |text: &str| if large { text.to_string() } else { format!("*{text}*") };
        if let Some(opening) = &faith.opening_prayer {
            blocks.push(self.heading(&opening.heading, Level::Sub));
            blocks.push(self.paragraph(&prayer(&opening.text), self.body(), 2.0));
        }
        if let Some(readings) = &faith.readings {
            blocks.push(self.heading(&readings.heading, Level::Sub));
            let items: Vec<(String, Option<String>)> = readings
                .items
                .iter()
                .map(|s| match &s.note {
                    Some(note) => (format!("**{}**: {note}", s.reference), s.tag.clone()),
                    None => (format!("**{}**", s.reference), s.tag.clone()),
                })
                .collect();
            blocks.extend(self.tagged_bullets(&items));
        }
        if let Some(closing) = &faith.closing_prayer {
            blocks.push(self.heading(&closing.heading, Level::Sub));
            blocks.push(self.paragraph(&prayer(&closing.text), self.body(), 2.0));
        }
        blocks
    }

    fn plan(&self, plan: &PlanView) -> Vec<Flowable> {
        let style = self.body();
        let bold = self.bold(self.sizes.small);
        let pad = 2.0 * self.pad();
        let [when_label, step_label, minutes_label] = &plan.columns;
        let time_width = plan
            .rows
            .iter()
            .chain([&plan.end])
            .map(|r| self.natural_width(&r.when, style))
            .fold(self.natural_width(when_label, bold), f32::max);
        let minutes_width = plan
            .rows
            .iter()
            .map(|r| self.natural_width(&r.minutes, style))
            .fold(self.natural_width(minutes_label, bold), f32::max);
        // Step is the flexible column: put it last in the sizing, then in the middle.
        let sized = self.columns(&[time_width + pad + 1.0, minutes_width + pad + 1.0]);
        let widths = [sized[0], sized[2], sized[1]];
        let rows: Vec<Vec<Frame>> = plan
            .rows
            .iter()
            .chain([&plan.end])
            .map(|row| {
                let mut step = self.text_frame(&row.label, style, widths[1] - pad);
                if let Some(note) = &row.note {
                    step.stack(self.text_frame(note, self.small(), widths[1] - pad));
                }
                let minutes = if row.minutes.is_empty() {
                    Frame::new(0.0)
                } else {
                    self.text_frame(&row.minutes, style, widths[2] - pad)
                };
                vec![self.text_frame(&row.when, style, widths[0] - pad), step, minutes]
            })
            .collect();
        vec![
            self.heading(&plan.heading, Level::Section),
            self.table(&widths, &[when_label, step_label, minutes_label], rows),
        ]
    }

    fn questions(&self, section: &QuestionSection) -> Vec<Flowable> {
        let mut blocks = Vec::new();
        if !section.heading.is_empty() {
            blocks.push(self.heading(&section.heading, Level::Section));
        }
        if let Some(cue) = &section.cue {
            let lines = self.text_lines(cue, self.bold(self.sizes.body), self.width);
            blocks.push(Flowable::Group(Group {
                keep_with_next: true,
                together: true,
                space_after: 3.0,
                ..Group::new(vec![Self::stacked(lines).with_role(Role::Cue)])
            }));
        }
        // The number column fits the section's largest number.
        let widest = section
            .questions
            .iter()
            .map(|q| self.natural_width(&format!("{}.", q.number), self.body()))
            .fold(0.0, f32::max);
        let indent = (widest + self.sizes.body * 0.6).max(self.sizes.body * 2.0);
        let inner = self.width - indent;
        for q in &section.questions {
            let mut content = Frame::new(0.0);
            content.stack(self.tagged_text(&q.text, self.body(), inner, self.tag_text(&q.tag).as_deref()));
            if let Some(themes) = &q.themes {
                content.stack(self.text_frame(themes, self.small(), inner));
            }
            if let Some(note) = &q.leader_note {
                content.stack(Frame::new(2.0));
                content.stack(self.note_box(&format!("**{}** {note}", self.view.labels.leader_note), inner));
            }
            if !q.follow_ups.is_empty() {
                content.stack(self.text_frame(&self.view.labels.follow_ups, self.small(), inner));
                for follow in &q.follow_ups {
                    let text = self.text_frame(follow, self.style(self.sizes.small), inner - self.bullet_indent());
                    content.stack(self.item("→", text, self.style(self.sizes.small), self.bullet_indent()));
                }
            }
            if let Some(scripture) = &q.scripture {
                content.stack(self.text_frame(scripture, self.small(), inner));
            }
            let frame = self.item(&format!("{}.", q.number), content, self.body(), indent);
            blocks.push(Flowable::Group(Group {
                together: true,
                space_before: self.sizes.body * 0.5,
                ..Group::new(vec![frame])
            }));
        }
        blocks
    }

    /// A leader's note: text beside a thick rule; split between lines only when it is
    /// taller than a page.
    fn note_box(&self, text: &str, width: f32) -> Frame {
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

    fn quote(&self, quote: &view::QuoteView) -> Flowable {
        let indent = self.sizes.body * 1.6;
        let mut content =
            self.tagged_text(&quote.text, self.body(), self.width - indent, self.tag_text(&quote.tag).as_deref());
        let caption = match (quote.speaker.as_deref(), quote.at.as_deref()) {
            (Some(s), Some(a)) => Some(format!("{s} ({a})")),
            (Some(s), None) => Some(s.to_string()),
            (None, Some(a)) => Some(format!("({a})")),
            (None, None) => None,
        };
        if let Some(caption) = caption {
            content.stack(self.text_frame(&format!("— {caption}"), self.small(), self.width - indent));
        }
        let mut frame = Frame::new(0.0);
        let h = content.height;
        frame.place(content, indent, 0.0);
        frame.draws.push(Draw::body(Ink::Line {
            x1: indent * 0.5,
            y1: 0.0,
            x2: indent * 0.5,
            y2: h,
            width: 1.2,
            gray: 0.45,
        }));
        Self::unit(frame, 3.0)
    }

    fn related(&self, r: &view::RelatedView) -> Flowable {
        let mut text = format!("**{}**", r.title);
        if let Some(year) = r.year {
            text.push_str(&format!(" ({year})"));
        }
        if !r.ratings.is_empty() {
            text.push_str(&format!(" · {}", r.ratings.join(", ")));
        }
        if let Some(why) = &r.why {
            text.push_str(&format!(": {why}"));
        }
        let indent = self.bullet_indent();
        let mut content = self.tagged_text(&text, self.body(), self.width - indent, self.tag_text(&r.tag).as_deref());
        if !r.severities.is_empty() {
            let list: Vec<String> = r.severities.iter().map(|(c, s)| format!("{c}: {}", s.label)).collect();
            content.stack(self.text_frame(&list.join(" · "), self.small(), self.width - indent));
        }
        Self::unit(self.item("•", content, self.body(), indent), 1.5)
    }

    fn source(&self, title: &str, url: Option<&str>) -> Flowable {
        let indent = self.bullet_indent();
        let mut content = self.text_frame(title, self.body(), self.width - indent);
        if let Some(url) = url {
            let mut line = self.text_frame(url, TextStyle { gray: 0.1, ..self.small() }, self.width - indent);
            // The address is clickable, with no border around it.
            line.draws.push(Draw::body(Ink::Link {
                x: 0.0,
                y: 0.0,
                w: self.width - indent,
                h: line.height,
                url: url.to_string(),
            }));
            content.stack(line);
        }
        Self::unit(self.item("•", content, self.body(), indent), 1.5)
    }

    /// The quality verdict: one line under a rule, kept apart from the content review.
    fn review(&self, review: &view::ReviewView) -> Flowable {
        let mut text = format!("**{}: {}.** {}", review.heading, review.verdict, review.note);
        if let Some(sources) = &review.sources {
            text.push_str(&format!(" {sources}"));
        }
        let mut frame = Frame::new(4.0);
        frame.draws.push(Draw::body(Ink::Line { x1: 0.0, y1: 1.0, x2: self.width, y2: 1.0, width: 0.8, gray: 0.0 }));
        frame.stack(self.text_frame(&text, self.body(), self.width));
        if let Some(said) = &review.text {
            frame.stack(self.tagged_text(&said.text, self.body(), self.width, self.tag_text(&said.tag).as_deref()));
        }
        Flowable::Group(Group {
            together: true,
            space_before: self.sizes.body * 1.3,
            space_after: 2.0,
            bookmark: Some(review.heading.clone()),
            ..Group::new(vec![frame])
        })
    }

    /// An item's tag as the PDF sets it: in capitals, as a tag.
    fn tag_text(&self, tag: &Option<String>) -> Option<String> {
        tag.as_ref().map(|t| t.to_uppercase())
    }
}
