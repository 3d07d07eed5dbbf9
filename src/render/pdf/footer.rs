//! The running footer: the film, the edition, the group and the event on the left, and
//! "Page i of N" on the right, in the band below the text area.
//!
//! The left part never runs into the page number. When it is too long it gives way in
//! this order: the event goes (the masthead says it), then the film's title is shortened
//! with an ellipsis, then the group's name, then the edition's; each is cut at a word
//! where it can be, and found by measuring the text once, however long it is.

use super::export::Geometry;
use super::fonts::{Face, Fonts};
use super::lines::{Span, wrap};
use super::paginate::{Draw, Ink, PageContent, Role};
use crate::view::model::{Footer, View};
use crate::view::paper::PageSettings;

/// What the footer says, before it is fitted to the page, and its type size.
#[derive(Debug, Clone)]
pub struct Lines {
    pub footer: Footer,
    pub size: f32,
}

impl Lines {
    pub fn of(view: &View, page: &PageSettings) -> Lines {
        Lines { footer: view.footer.clone(), size: if page.large_print { 14.0 } else { 8.0 } }
    }
}

const SEPARATOR: &str = " · ";
const ELLIPSIS: &str = "…";
const GRAY: f32 = 0.25;

/// Adds the footer to every page.
pub fn add(f: &Fonts, pages: &mut [PageContent], g: &Geometry, lines: &Lines) {
    let total = pages.len();
    let size = lines.size;
    // The left part is fitted once, against the widest page number the document has.
    let widest_number = f.width(Face::Regular, &lines.footer.page_number(total, total), size);
    let room = g.text_width() - widest_number - size * 2.0;
    let left = fit(f, lines, room);
    let baseline = g.height - g.footer;
    for (i, page) in pages.iter_mut().enumerate() {
        let number = lines.footer.page_number(i + 1, total);
        let width = f.width(Face::Regular, &number, size);
        page.footer.extend(text(f, &number, g.width - g.left - width, baseline, size));
        page.footer.extend(text(f, &left, g.left, baseline, size));
        let y = baseline - size * 1.3;
        let rule = Ink::Line { x1: g.left, y1: y, x2: g.width - g.left, y2: y, width: 0.4, gray: 0.45 };
        page.footer.push(Draw { role: Role::Footer, ink: rule });
    }
}

/// One line of footer text starting at `x`.
fn text(f: &Fonts, text: &str, x: f32, baseline: f32, size: f32) -> Vec<Draw> {
    let spans = [Span { text: text.to_string(), face: Face::Regular }];
    wrap(f, &spans, size, f32::MAX / 4.0, None)
        .into_iter()
        .flat_map(|line| line.pieces)
        .map(|piece| Draw { role: Role::Footer, ink: Ink::Text { x: x + piece.x, baseline, size, gray: GRAY, piece } })
        .collect()
}

/// The left part of the footer, no wider than `room`. Each part is measured as it will
/// be drawn: a character no font has is drawn, and so measured, as �.
pub fn fit(f: &Fonts, lines: &Lines, room: f32) -> String {
    let size = lines.size;
    let width = |text: &str| f.width(Face::Regular, text, size);
    let join = |parts: &[&str]| parts.iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join(SEPARATOR);
    let printable = |text: Option<&str>| f.printable(text.unwrap_or("")).into_owned();
    let footer = Footer {
        film: printable(Some(&lines.footer.film)),
        edition: printable(Some(&lines.footer.edition)),
        group: Some(printable(lines.footer.group.as_deref())),
        event: Some(printable(lines.footer.event.as_deref())),
        page_number: Vec::new(),
    };
    let group = footer.group.as_deref().unwrap_or("");
    let event = footer.event.as_deref().unwrap_or("");
    let full = join(&[&footer.film, &footer.edition, group, event]);
    if width(&full) <= room {
        return full;
    }
    // The least a shortened part keeps: about eight characters and the ellipsis.
    let least = size * 5.0;
    let rest = join(&[&footer.edition, group]);
    let title_room = room - width(&rest) - width(SEPARATOR);
    if title_room >= least {
        return join(&[&shorten(f, &footer.film, title_room, size), &rest]);
    }
    let film = shorten(f, &footer.film, least, size);
    let group_room = room - width(&join(&[&film, &footer.edition])) - width(SEPARATOR);
    if !group.is_empty() && group_room >= least {
        return join(&[&film, &footer.edition, &shorten(f, group, group_room, size)]);
    }
    // A page too narrow for even that: whatever fits of the film and the edition.
    shorten(f, &join(&[&film, &footer.edition]), room, size)
}

/// `text` cut to fit `room` with an ellipsis, at the last word boundary that fits (or
/// between characters when a single word is too long). The text is shaped once and its
/// advances summed, so the cost is linear in its length.
pub fn shorten(f: &Fonts, text: &str, room: f32, size: f32) -> String {
    let ellipsis = f.width(Face::Regular, ELLIPSIS, size);
    let budget = room - ellipsis;
    if f.width(Face::Regular, text, size) <= room {
        return text.to_string();
    }
    let mut fits = 0; // bytes of `text` that fit
    let mut used = 0.0;
    let mut at = 0;
    for glyph in f.shape(Face::Regular, text).iter() {
        used += glyph.advance * size / 1000.0;
        at += usize::from(glyph.bytes);
        if used > budget {
            break;
        }
        fits = at.min(text.len());
    }
    while !text.is_char_boundary(fits) {
        fits -= 1;
    }
    let head = &text[..fits];
    // Prefer to end at a word: the last space, if it keeps at least a word.
    let head = match head.rfind(char::is_whitespace) {
        Some(space) if space > 0 && !text[fits..].starts_with(char::is_whitespace) => &head[..space],
        _ => head,
    };
    let head = head.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '·' | '-' | '('));
    format!("{head}{ELLIPSIS}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(film: &str, group: Option<&str>) -> Lines {
        let footer = Footer {
            film: film.into(),
            edition: "Discussion handout".into(),
            group: group.map(Into::into),
            event: Some("Friday 6 March 2026 · 19:00".into()),
            page_number: Vec::new(),
        };
        Lines { footer, size: 8.0 }
    }

    #[test]
    fn a_long_title_gives_way_at_a_word_with_an_ellipsis() {
        let long = "The Remarkably Long and Winding Title of a Film That Never Seems to End (2019)";
        let f = Fonts::default();
        let text = fit(&f, &lines(long, Some("St Mark's Film Club")), 300.0);
        assert!(f.width(Face::Regular, &text, 8.0) <= 300.0, "{text}");
        assert!(text.contains("…") && text.ends_with("Discussion handout · St Mark's Film Club"), "{text}");
        let cut = text.split('…').next().unwrap();
        assert!(long.starts_with(cut) && long[cut.len()..].starts_with(' '), "cut mid-word: {text}");
    }

    #[test]
    fn a_group_name_is_never_cut_mid_word_without_an_ellipsis() {
        let f = Fonts::default();
        let text =
            fit(&f, &lines("Her (2013)", Some("St Mark's Film Club of the Parish of Somewhere Very Far Away")), 200.0);
        assert!(f.width(Face::Regular, &text, 8.0) <= 200.0, "{text}");
        assert!(text.ends_with('…'), "{text}");
    }

    #[test]
    fn an_endless_word_is_cut_between_characters() {
        let text = shorten(&Fonts::default(), &"x".repeat(5000), 100.0, 8.0);
        assert!(text.ends_with('…') && text.len() < 200);
    }
}
