//! The PDF renderer: a small typesetting layer over printpdf's page operations.
//!
//! `fonts` (shaping with the embedded faces) -> `lines` (wrap, hyphenate) -> `blocks`
//! (an edition view as blocks of frames) -> `paginate` (pages, sheets) -> `footer` (the
//! running footer of each page) -> `export` (`content` streams, fonts cut by `subset`, outline,
//! metadata, reproducible bytes); `impose` puts finished pages two to a sheet for
//! booklets and cut cards; `bidi` puts right-to-left lines in visual order. Content and
//! order come from the edition view, as for the HTML.

pub(crate) mod bidi;
pub mod blocks;
pub(crate) mod content;
pub(crate) mod documents;
pub(crate) mod export;
pub mod fonts;
pub(crate) mod footer;
pub(crate) mod impose;
pub(crate) mod lines;
pub mod paginate;
pub(crate) mod subset;

use crate::view::edition::Imposition;
use crate::view::model::{Density, View};
use crate::view::paper::PageSettings;

use export::{Geometry, Info};
use fonts::Fonts;

/// The parents' card is never set smaller than this share of its usual size.
const MIN_CARD_SCALE: f32 = 0.8;

/// Nor with lines closer than this multiple of the type size (the usual 1.25).
const MIN_CARD_SPACING: f32 = 1.17;

/// One edition of one guide as PDF bytes. `created` (seconds since 1970, from
/// `SOURCE_DATE_EPOCH`) is the only date written into the file.
pub fn render(f: &Fonts, view: &View, page: &PageSettings, created: Option<i64>) -> Vec<u8> {
    render_with(f, view, page, created, None).0
}

/// The edition as PDF bytes and, when asked, imposed two pages to a sheet of `page`'s
/// paper. The imposed pages are half the paper's size: when the edition is already set
/// on half-size paper its pages are imposed as they are, otherwise it is set once more
/// on the half size for the imposition.
pub fn render_with(
    f: &Fonts,
    view: &View,
    page: &PageSettings,
    created: Option<i64>,
    imposition: Option<Imposition>,
) -> (Vec<u8>, Option<Vec<u8>>) {
    let info = info(view, created);
    let laid_out = layout(f, view, page);
    let document = export::write(f, &laid_out, &info);
    let Some(imposition) = imposition else { return (document, None) };
    let half = PageSettings { paper: page.paper.half(), ..*page };
    let small = if half.paper == page.paper { laid_out } else { layout(f, view, &half) };
    let sheet = page.paper.sheet().size_pt();
    let imposed = match imposition {
        Imposition::Booklet => impose::booklet(f, &small, sheet, &info, &view.labels.booklet_note),
        Imposition::TwoUp => impose::two_up(f, &small, sheet, &info, &view.labels.two_up_note),
    };
    (document, Some(imposed))
}

/// Several views in one PDF, each `copies` times, every copy starting on a new sheet: a
/// night's leader's guide and its packs. `title` names the file.
pub fn documents(f: &Fonts, parts: &[(&View, u32)], title: &str, page: &PageSettings, created: Option<i64>) -> Vec<u8> {
    let Some((first, _)) = parts.first() else { return Vec::new() };
    let info = Info { title: title.to_string(), ..info(first, created) };
    documents::write(f, parts, page, &info)
}

/// An edition set on pages, footers included, before it is written out.
#[derive(Debug, Clone)]
pub struct Layout {
    pub pages: Vec<paginate::PageContent>,
    pub bookmarks: Vec<paginate::Bookmark>,
    /// The first page (from 0) of each part after the first that is handed out on its own.
    pub sheets: Vec<usize>,
    pub geometry: Geometry,
    /// A page left blank on purpose, with its notice: what a booklet is padded with.
    pub blank: paginate::PageContent,
}

/// Sets an edition on pages.
pub fn layout(f: &Fonts, view: &View, page: &PageSettings) -> Layout {
    // The parents' card is one sheet a parent can keep: it is set small, with the
    // narrowest margins office printers allow (0.6 in), and smaller still if a long record
    // needs it, down to 80%, then with its lines closed up to the font's own height.
    // Large print is never shrunk.
    let compact = match view.density {
        Density::Compact => !page.large_print,
        Density::Normal => false,
    };
    let geometry = Geometry::of(page, compact);
    let base = blocks::Sizes::new(page, compact);
    let mut factor = 1.0;
    let mut spacing = base.spacing;
    loop {
        let sizes = blocks::Sizes { spacing, ..base.scaled(factor) };
        let composer = blocks::Composer::new(f, view, sizes, geometry.text_width(), geometry.text_height());
        let blocks = composer.blocks();
        let blank = paginate::PageContent { draws: composer.blank_notice().draws, footer: Vec::new() };
        let natural = paginate::natural_height(&blocks);
        let mut done = paginate::paginate(blocks, geometry.text_height());
        let smallest = factor <= MIN_CARD_SCALE && spacing <= MIN_CARD_SPACING;
        if !compact || done.pages.len() == 1 || smallest {
            footer::add(f, &mut done.pages, &geometry, &footer::Lines::of(view, page));
            return Layout { pages: done.pages, bookmarks: done.bookmarks, sheets: done.sheets, geometry, blank };
        }
        if factor > MIN_CARD_SCALE {
            // Measured on the shipped guides, the height goes with the type size to the
            // power of about 1.6 (smaller type also fits more words on a line). Aim for 2%
            // under the page so the second layout nearly always fits; step down if it
            // still does not.
            let estimate = factor * (0.98 * geometry.text_height() / natural).powf(1.0 / 1.6);
            factor = estimate.min(factor - 0.02).max(MIN_CARD_SCALE);
        } else {
            // At the smallest type, the lines close up before the card takes a second page.
            spacing = (spacing - 0.04).max(MIN_CARD_SPACING);
        }
    }
}

fn info(view: &View, created: Option<i64>) -> Info {
    Info {
        title: view.document.title.clone(),
        author: view.document.author.clone(),
        subject: view.document.subject.clone(),
        keywords: view.document.keywords.clone(),
        lang: view.lang.clone(),
        created,
    }
}

/// The layout as text, one line per run of text: page, position, size, face, role and
/// the words. Reviewed as a snapshot, it shows margin, break and wording changes as a
/// diff a reader can follow.
pub fn dump(layout: &Layout) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let g = layout.geometry;
    let _ =
        writeln!(out, "paper {:.0}x{:.0} text area {:.1}x{:.1}", g.width, g.height, g.text_width(), g.text_height());
    for (i, page) in layout.pages.iter().enumerate() {
        let sheet = if layout.sheets.contains(&i) { " (new sheet)" } else { "" };
        let _ = writeln!(out, "page {}{sheet}", i + 1);
        let runs = page.draws.iter().map(|d| (d, g.left, g.top)).chain(page.footer.iter().map(|d| (d, 0.0, 0.0)));
        for (draw, dx, dy) in runs {
            if let paginate::Ink::Text { x, baseline, size, piece, .. } = &draw.ink {
                let role = match draw.role {
                    paginate::Role::Cell { .. } => "cell".to_string(),
                    other => format!("{other:?}").to_lowercase(),
                };
                let _ = writeln!(
                    out,
                    "  {:>6.1} {:>6.1} {size:>4.1} {:<10} {role:<7} {}",
                    dx + x,
                    dy + baseline,
                    format!("{:?}", piece.face),
                    piece.text
                );
            }
        }
    }
    out
}
