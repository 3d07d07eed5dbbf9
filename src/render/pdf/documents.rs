//! Several documents in one file, each copy starting on a new sheet: the leader's guide to
//! a night (its own pages, then each film's), and a night's pack, where the handouts come
//! as many times as there are people. Every copy is padded with a blank page to an even
//! count, so printed double-sided no copy shares a sheet with the next.

use super::export::{Info, Placed, Sheet, write_repeated};
use super::fonts::Fonts;
use super::paginate::Bookmark;
use super::{Layout, layout};
use crate::view::model::View;
use crate::view::paper::PageSettings;

/// `parts` one after the other, each `copies` times, as one PDF. The outline has an
/// entry at the start of every part (and the part's own headings under its first copy).
pub fn write(f: &Fonts, parts: &[(&View, u32)], page: &PageSettings, info: &Info) -> Vec<u8> {
    let layouts: Vec<Layout> = parts.iter().map(|(view, _)| layout(f, view, page)).collect();
    let order = page_order(&layouts.iter().map(|l| l.pages.len()).collect::<Vec<_>>(), parts);
    let geometry = layouts.first().map(|l| l.geometry).unwrap_or_else(|| super::export::Geometry::of(page, false));
    // One sheet for each page of each part, and its blank: the copies show them again.
    let mut sheets: Vec<Sheet<'_>> = Vec::new();
    let mut first_sheet = Vec::with_capacity(layouts.len());
    for layout in &layouts {
        first_sheet.push(sheets.len());
        let g = layout.geometry;
        for content in layout.pages.iter().chain([&layout.blank]) {
            sheets.push(Sheet {
                width: g.width,
                height: g.height,
                placed: vec![Placed { page: content, geometry: g, dx: 0.0, dy: 0.0 }],
                bookmarks: Vec::new(),
            });
        }
    }
    let shown: Vec<usize> = order
        .iter()
        .map(|slot| match slot {
            Slot::Page { part, page } => first_sheet[*part] + page,
            Slot::Blank { part } => first_sheet[*part] + layouts[*part].pages.len(),
        })
        .collect();
    let bookmarks = outline(&layouts, &order);
    write_repeated(f, &sheets, &shown, &bookmarks, geometry, info)
}

/// What one page of the file shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Page {
        part: usize,
        page: usize,
    },
    /// The blank back of a copy's last sheet.
    Blank {
        part: usize,
    },
}

/// The pages of the file in order: each part's pages, `copies` times, each copy padded
/// to an even number of pages.
pub fn page_order(pages: &[usize], parts: &[(&View, u32)]) -> Vec<Slot> {
    let mut order = Vec::new();
    for (part, (&count, (_, copies))) in pages.iter().zip(parts).enumerate() {
        for _ in 0..*copies {
            order.extend((0..count).map(|page| Slot::Page { part, page }));
            if count % 2 == 1 {
                order.push(Slot::Blank { part });
            }
        }
    }
    order
}

/// An outline entry where each part first starts, with the part's own bookmarks under
/// it moved to where that first copy is.
fn outline(layouts: &[Layout], order: &[Slot]) -> Vec<Bookmark> {
    let mut bookmarks = Vec::new();
    for (part, layout) in layouts.iter().enumerate() {
        let Some(first) = order.iter().position(|s| matches!(s, Slot::Page { part: p, page: 0 } if *p == part)) else {
            continue;
        };
        bookmarks.extend(layout.bookmarks.iter().map(|b| Bookmark { page: b.page + first, ..b.clone() }));
    }
    bookmarks
}
