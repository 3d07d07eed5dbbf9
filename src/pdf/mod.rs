//! The PDF renderer: a small typesetting layer over printpdf's page operations.
//!
//! `fonts` (shaping with the embedded faces) -> `text` (wrap, hyphenate) -> `compose`
//! (an edition view as blocks of frames) -> `flow` (paginate) -> `document` (ops, fonts,
//! outline, metadata, reproducible bytes). Content and order come from the edition view,
//! as for the HTML.

pub mod compose;
pub mod coverage;
pub mod document;
pub mod embed;
pub mod flow;
pub mod fonts;
pub mod text;

use crate::edition::{Edition, View};
use crate::markup;
use crate::paper::PageSettings;

use document::{Geometry, Info};

/// Margins in points. Office printers cannot print the outer 0.25 in or so; every mark
/// here stays at least 0.6 in from the edge.
const SIDE: f32 = 54.0;
const TOP: f32 = 54.0;
const BOTTOM: f32 = 72.0;
const FOOTER_BASELINE: f32 = 47.0;
/// The parents' card's side and top margins: 0.6 in, the least that office printers
/// reliably print inside.
const CARD_MARGIN: f32 = 43.2;
/// The parents' card is never set smaller than this share of its usual size.
const MIN_CARD_SCALE: f32 = 0.8;

/// One edition of one guide as PDF bytes. `created` (seconds since 1970, from
/// `SOURCE_DATE_EPOCH`) is the only date written into the file.
pub fn render(view: &View, page: &PageSettings, created: Option<i64>) -> Vec<u8> {
    let laid_out = layout(view, page);
    document::write(laid_out.pages, &laid_out.marks, laid_out.geometry, &info(view, page, created))
}

/// An edition set on pages, before it is written out.
pub struct Layout {
    pub pages: Vec<flow::PageContent>,
    pub marks: Vec<flow::Mark>,
    pub geometry: Geometry,
}

/// Sets an edition on pages.
pub fn layout(view: &View, page: &PageSettings) -> Layout {
    let (width, height) = page.paper.size_pt();
    // The parents' card is one sheet a parent can keep: it is set small, with the
    // narrowest margins office printers allow (0.6 in), and smaller still if a long record
    // needs it, down to 80%. Large print is never shrunk.
    let compact = view.edition == Edition::Parents && !page.large_print;
    let (side, top) = if compact { (CARD_MARGIN, CARD_MARGIN) } else { (SIDE, TOP) };
    let geometry = Geometry { width, height, left: side, top, bottom: BOTTOM, footer: FOOTER_BASELINE };
    let base = compose::Sizes::new(page, compact);
    let mut factor = 1.0;
    loop {
        let composer = compose::Composer::new(view, base.scaled(factor), geometry.text_width());
        let blocks = composer.blocks();
        let natural = flow::natural_height(&blocks);
        let (pages, marks) = flow::paginate(blocks, geometry.text_height());
        if !compact || pages.len() == 1 || factor <= MIN_CARD_SCALE {
            return Layout { pages, marks, geometry };
        }
        // Measured on the shipped guides, the height goes with the type size to the power
        // of about 1.6 (smaller type also fits more words on a line). Aim for 2% under the
        // page so the second layout nearly always fits; step down if it still does not.
        let estimate = factor * (0.98 * geometry.text_height() / natural).powf(1.0 / 1.6);
        factor = estimate.min(factor - 0.02).max(MIN_CARD_SCALE);
    }
}

fn info(view: &View, page: &PageSettings, created: Option<i64>) -> Info {
    let title = markup::plain(&view.title);
    let film = format!("{title} ({})", view.year);
    let mut subject = format!("{} for the film {film}", view.edition_title);
    if !view.facts.directors.is_empty() {
        subject.push_str(&format!(", directed by {}", view.facts.directors.join(" and ")));
    }
    let mut footer = format!("{film} · {}", view.edition_title);
    for extra in [&view.group, &view.event].into_iter().flatten() {
        footer.push_str(&format!(" · {extra}"));
    }
    let mut keywords = vec![title.clone(), view.edition_title.to_string(), "discussion guide".to_string()];
    keywords.extend(view.facts.keywords.iter().cloned());
    Info {
        title: format!("{film}: {}", view.edition_title),
        author: view.group.clone().unwrap_or_else(|| "reelguide".to_string()),
        subject,
        keywords,
        lang: view.lang.clone(),
        footer,
        footer_size: if page.large_print { 14.0 } else { 8.0 },
        created,
    }
}
