//! Links between pages: an edition's navigation, a related film's page, and a film's
//! pages in the catalog. Only pages a build writes (or wrote before) are linked.

use std::path::Path;

use serde::Serialize;

use crate::view::edition::{Edition, Outputs};
use crate::view::words::{Arg, Words};

/// A link from one page to another.
#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub label: String,
    pub href: String,
    pub current: bool,
}

/// The navigation of an edition's page: every edition built, and this edition's PDF.
pub fn editions(current: Edition, outputs: &Outputs, words: &Words) -> Vec<Link> {
    let mut links: Vec<Link> = outputs
        .editions
        .iter()
        .map(|&e| Link { label: e.title(words), href: format!("{}.html", e.key()), current: e == current })
        .collect();
    if outputs.pdf {
        links.push(Link { label: words.text("nav-pdf"), href: format!("{}.pdf", current.key()), current: false });
    }
    links
}

/// The same edition of a related film in the library.
pub fn related(slug: &str, edition: Edition) -> String {
    format!("../{slug}/{}.html", edition.key())
}

/// The pages of a film that are in the output folder: built by this run or an earlier
/// one. A link never points at a page that is not there.
pub fn film_pages(slug: &str, out: &Path, words: &Words) -> Vec<Link> {
    let mut links = Vec::new();
    for edition in Edition::ALL {
        let short = edition.short_title(words);
        let pdf = words.format("catalog-link-pdf", &[("edition", Arg::Text(&short))]);
        for (format, label) in [("html", short.clone()), ("pdf", pdf)] {
            let href = format!("{slug}/{}.{format}", edition.key());
            if out.join(&href).is_file() {
                links.push(Link { label, href, current: false });
            }
        }
    }
    links
}

/// The page a film's title links to: its parents' card, or else its first page there.
pub fn film_page(slug: &str, out: &Path) -> Option<String> {
    [Edition::Parents, Edition::Handout, Edition::Leader]
        .iter()
        .map(|e| format!("{}.html", e.key()))
        .find(|name| out.join(slug).join(name).is_file())
}
