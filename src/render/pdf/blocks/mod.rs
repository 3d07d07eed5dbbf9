//! An edition view turned into blocks for the paginator: the PDF's equivalent of the HTML
//! templates. It walks the same [`View`] blocks in the same order and decides only how
//! they look: sizes, rules, tables, boxes.
//!
//! Everything is sized from its content and can give way on a narrow page: table columns
//! are as wide as what they hold (and wrap when the page is narrower than that), number
//! columns fit the largest number, boxed marks wrap, and every frame taller than a page
//! can be split between its lines.
//!
//! Here: the [`Composer`], its type sizes and the walk over the view's blocks. `text`
//! holds the drawing primitives (lines, paragraphs, headings, bullets, tags, boxes, the
//! severity bar), `tables` the tables, and `sections` the mapping from each kind of
//! view block to frames.

mod sections;
mod tables;
mod text;

use super::fonts::Fonts;
use super::lines::{self, TextStyle};
use super::paginate::{Flowable, Frame, Group, Role};
use crate::view::model::{self as view, View};
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

    /// The notice on a page left blank so the next part starts a new sheet.
    pub fn blank_notice(&self) -> Frame {
        let mut frame = Frame::new(self.height * 0.4);
        let text = self.text_frame(&format!("*{}*", self.view.labels.blank_page), self.small(), self.width);
        frame.stack(text.with_role(Role::Blank));
        frame
    }
}
