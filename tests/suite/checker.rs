//! The layout checker: for every page of a PDF layout, it finds text drawn over other
//! text, marks outside the text area or the footer band, a heading or a pause cue left as
//! the last thing on a page, text that crosses out of its table cell, a page left nearly
//! empty where no new sheet begins, and a last page (of the document, or of a part handed
//! out on its own) holding less than a fifth of a page.

use reelguide::render::pdf::Layout;
use reelguide::render::pdf::paginate::{Ink, Role};

/// One thing wrong on one page.
#[derive(Debug, Clone)]
pub struct Fault {
    pub page: usize,
    pub what: String,
}

/// The least share of a page the last page of a document or part may hold.
const NEAR_EMPTY: f32 = 0.2;

/// Slack for rounding, in points.
const EPS: f32 = 0.5;

/// A box in page coordinates: left, top, right, bottom.
type Box = (f32, f32, f32, f32);

fn overlaps(a: Box, b: Box) -> bool {
    a.0 < b.2 - EPS && b.0 < a.2 - EPS && a.1 < b.3 - EPS && b.1 < a.3 - EPS
}

/// Every fault of a layout.
pub fn check(layout: &Layout) -> Vec<Fault> {
    let g = layout.geometry;
    let (w, h) = (g.text_width(), g.text_height());
    let mut faults = Vec::new();
    for (i, page) in layout.pages.iter().enumerate() {
        let mut fault = |what: String| faults.push(Fault { page: i + 1, what });
        let mut texts: Vec<(Box, &str)> = Vec::new();
        let mut lowest: Option<(f32, Role)> = None;
        let mut filled: f32 = 0.0;
        for draw in &page.draws {
            let ((left, right), (top, bottom)) = (draw.span(), draw.extent());
            if !matches!(draw.ink, Ink::Link { .. })
                && (left < -EPS || right > w + EPS || top < -EPS || bottom > h + EPS)
            {
                fault(format!(
                    "{:?} outside the text area at ({left:.1}, {top:.1})-({right:.1}, {bottom:.1})",
                    draw.role
                ));
            }
            if let (Role::Cell { limit }, Ink::Text { piece, .. }) = (draw.role, &draw.ink)
                && right > limit + EPS
            {
                fault(format!("{:?} crosses its cell's edge at {limit:.1} (ends at {right:.1})", piece.text));
            }
            if let Ink::Text { piece, .. } = &draw.ink {
                texts.push(((g.left + left, g.top + top, g.left + right, g.top + bottom), piece.text.as_str()));
            }
            if draw.role != Role::Blank && !matches!(draw.ink, Ink::Link { .. }) {
                filled = filled.max(bottom);
                if lowest.is_none_or(|(y, _)| bottom > y + EPS) {
                    lowest = Some((bottom, draw.role));
                }
            }
        }
        if let Some((_, role @ (Role::Heading | Role::Cue))) = lowest {
            fault(format!("a {role:?} is the last thing on the page"));
        }
        let footer_top = g.height - g.bottom;
        for draw in &page.footer {
            let ((left, right), (top, bottom)) = (draw.span(), draw.extent());
            if left < g.left - EPS
                || right > g.width - g.left + EPS
                || top < footer_top - EPS
                || bottom > g.height - 43.2
            {
                fault(format!("footer mark outside its band at ({left:.1}, {top:.1})-({right:.1}, {bottom:.1})"));
            }
            if let Ink::Text { piece, .. } = &draw.ink {
                texts.push(((left, top, right, bottom), piece.text.as_str()));
            }
        }
        for (a, (box_a, text_a)) in texts.iter().enumerate() {
            for (box_b, text_b) in &texts[a + 1..] {
                if overlaps(*box_a, *box_b) {
                    fault(format!("{text_a:?} is drawn over {text_b:?}"));
                }
            }
        }
        // A page nearly empty is a fault unless a new sheet starts after it, maybe after a
        // blank verso, or it ends the document: then the space is deliberate.
        let is_blank =
            |p: &reelguide::render::pdf::paginate::PageContent| p.draws.iter().all(|d| d.role == Role::Blank);
        let next = (i + 1..layout.pages.len()).find(|n| !is_blank(&layout.pages[*n]));
        let deliberate = next.is_none_or(|n| layout.sheets.contains(&n));
        if !deliberate && !is_blank(page) && filled < h * 0.4 {
            fault(format!("the page is only {:.0}% full", filled / h * 100.0));
        }
        // The last page of the document, or of a part handed out on its own, holding a
        // few lines: the layout should have tightened, or ended a page earlier.
        let ends_part = next.is_none_or(|n| layout.sheets.contains(&n));
        let starts_part = i == 0 || layout.sheets.contains(&i);
        if ends_part && !starts_part && !is_blank(page) && filled < h * NEAR_EMPTY {
            fault(format!("the last page of a part is only {:.0}% full", filled / h * 100.0));
        }
    }
    faults
}
