//! Imposition: finished pages put two to a landscape sheet, never laid out again.
//!
//! - A **booklet** for saddle-stitch printing: each part of the document that is handed
//!   out on its own (the handout's before, pause and after parts; the whole leader's
//!   guide) is padded with blank pages to a multiple of four and set in booklet order, so
//!   each folds into its own stapled booklet and no part is bound in with another.
//! - **Two-up**: two copies of each page side by side with a cut line between them, so a
//!   half-size card comes two to a sheet.
//!
//! The first sheet says how to print it, in small type above the pages.

use super::Layout;
use super::export::{Info, Placed, Sheet, write_sheets};
use super::fonts::{Face, Fonts};
use super::lines::{Span, wrap};
use super::paginate::{Draw, Ink, PageContent, Role};

/// The booklet of `layout`, whose pages are half the size of `sheet` (width, height in
/// portrait), with `note` (how to print it) on the first sheet.
pub fn booklet(f: &Fonts, layout: &Layout, sheet: (f32, f32), info: &Info, note: &str) -> Vec<u8> {
    let order = booklet_order(layout.pages.len(), &layout.sheets);
    let page = |i: Option<usize>| i.map_or(&layout.blank, |i| &layout.pages[i]);
    let sheets: Vec<Sheet<'_>> = order
        .chunks(2)
        .enumerate()
        .map(|(n, pair)| side(f, layout, sheet, [page(pair[0]), page(pair[1])], (n == 0).then_some(note), false))
        .collect();
    write_sheets(f, &sheets, &[], layout.geometry, info)
}

/// Two copies of every page of `layout`, side by side on `sheet`, with a cut line, and
/// `note` on the first sheet.
pub fn two_up(f: &Fonts, layout: &Layout, sheet: (f32, f32), info: &Info, note: &str) -> Vec<u8> {
    let sheets: Vec<Sheet<'_>> = layout
        .pages
        .iter()
        .enumerate()
        .map(|(n, page)| side(f, layout, sheet, [page, page], (n == 0).then_some(note), true))
        .collect();
    write_sheets(f, &sheets, &[], layout.geometry, info)
}

/// Pages in the order they are printed, two to a side: for each part, padded to a
/// multiple of four (`None` is a blank page), sheet by sheet the outside then the inside.
pub fn booklet_order(pages: usize, sheets: &[usize]) -> Vec<Option<usize>> {
    let mut starts = vec![0];
    starts.extend(sheets.iter().copied().filter(|s| *s > 0 && *s < pages));
    starts.push(pages);
    let mut order = Vec::new();
    for part in starts.windows(2) {
        let (first, count) = (part[0], part[1] - part[0]);
        let padded = count.div_ceil(4) * 4;
        let at = |i: usize| (i < count).then_some(first + i);
        for k in 0..padded / 4 {
            // Outside of the sheet: the last page of the part on the left, the first on
            // the right; inside: the next from the front, and the next from the back.
            order.extend([at(padded - 1 - 2 * k), at(2 * k), at(2 * k + 1), at(padded - 2 - 2 * k)]);
        }
    }
    order
}

/// One landscape side: two pages, centred in their halves, and the sheet's own bookmarks.
fn side<'a>(
    f: &Fonts,
    layout: &'a Layout,
    sheet: (f32, f32),
    pages: [&'a PageContent; 2],
    note: Option<&str>,
    cut: bool,
) -> Sheet<'a> {
    let g = layout.geometry;
    // Landscape: the sheet's long side across.
    let (width, height) = (sheet.0.max(sheet.1), sheet.0.min(sheet.1));
    let half = width / 2.0;
    let dy = (height - g.height) / 2.0;
    let placed = pages
        .iter()
        .enumerate()
        .map(|(i, page)| Placed { page, geometry: g, dx: i as f32 * half + (half - g.width) / 2.0, dy })
        .collect();
    let mut bookmarks = Vec::new();
    let size = 7.0;
    // The note sits above the pages, its baseline half an inch from the top edge; the
    // cut line runs down the fold from just below it, the scissors at its head.
    let note_baseline = 36.0;
    if let Some(note) = note {
        let width_of = f.width(Face::Regular, note, size);
        let x = if cut { ((half - width_of) / 2.0).max(g.left) } else { (width - width_of) / 2.0 };
        bookmarks.extend(text(f, note, x, note_baseline, size));
    }
    if cut {
        let top = note_baseline + size;
        // A dashed line: 4 pt dashes, 3 pt gaps.
        let mut y = top + size * 1.6;
        while y < height - 24.0 {
            let end = (y + 4.0).min(height - 24.0);
            bookmarks.push(Draw {
                role: Role::Body,
                ink: Ink::Line { x1: half, y1: y, x2: half, y2: end, width: 0.6, gray: 0.3 },
            });
            y += 7.0;
        }
        bookmarks.extend(text(f, "\u{2702}", half - size * 0.5, top + size * 1.2, size * 1.2));
    }
    Sheet { width, height, placed, bookmarks }
}

fn text(f: &Fonts, text: &str, x: f32, baseline: f32, size: f32) -> Vec<Draw> {
    let spans = [Span { text: text.to_string(), face: Face::Regular }];
    wrap(f, &spans, size, f32::MAX / 4.0, None)
        .into_iter()
        .flat_map(|line| line.pieces)
        .map(|piece| Draw { role: Role::Body, ink: Ink::Text { x: x + piece.x, baseline, size, gray: 0.2, piece } })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_pages_fold_into_a_booklet_of_two_sheets() {
        let order: Vec<Option<usize>> = booklet_order(8, &[]);
        let pages: Vec<usize> = order.iter().map(|p| p.unwrap() + 1).collect();
        assert_eq!(pages, [8, 1, 2, 7, 6, 3, 4, 5]);
    }

    #[test]
    fn each_part_is_its_own_booklet_padded_with_blanks() {
        // A before part of 3 pages and an after part of 2.
        let order = booklet_order(5, &[3]);
        assert_eq!(order, [None, Some(0), Some(1), Some(2), None, Some(3), Some(4), None]);
    }
}
