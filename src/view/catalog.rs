//! The catalog: every valid film in the library with its ratings, recommended age and six
//! severities, and links to its pages. Built from the library's summaries only.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::markup;
use crate::pipeline::library::{RatingSummary, Summary};
use crate::record::vocab::Category;
use crate::render::html::Link;
use crate::view::edition::{Edition, SeverityView};
use crate::view::filter::ReasonWords;

#[derive(Debug, Clone, Serialize)]
pub struct CatalogView {
    pub title: String,
    pub lang: String,
    pub group: Option<String>,
    pub categories: Vec<CategoryView>,
    /// The films, sorted; templates get them row by row through [`CatalogView::row`].
    #[serde(skip)]
    pub films: Vec<Summary>,
    /// The output folder: rows link only to pages that are there.
    #[serde(skip)]
    out: PathBuf,
    /// The words the catalog's filter uses to say why a film is left out.
    pub reasons: ReasonWords,
}

#[derive(Debug, Clone, Serialize)]
pub struct CategoryView {
    pub key: String,
    pub label: String,
}

/// One film's row of the catalog.
#[derive(Debug, Clone, Serialize)]
pub struct FilmRow<'a> {
    pub slug: &'a str,
    pub title: &'a str,
    pub year: i64,
    pub ratings: &'a [RatingSummary],
    pub min_age: Option<u32>,
    pub severities: Vec<SeverityCell>,
    /// The page of the film's folder its title links to: the parents' card, or failing
    /// that another of its pages.
    pub page: Option<String>,
    pub links: Vec<Link>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SeverityCell {
    pub category: &'static str,
    pub severity: SeverityView,
}

/// The catalog of `summaries`, sorted by title then year, linking into `out`.
pub fn build(mut films: Vec<Summary>, out: PathBuf, group: Option<String>) -> CatalogView {
    films.sort_by_cached_key(|s| (sort_key(&s.title), s.year));
    CatalogView {
        title: "Film library".to_string(),
        lang: "en".into(),
        group,
        categories: Category::ALL
            .iter()
            .map(|c| CategoryView { key: c.key().to_string(), label: c.label().to_string() })
            .collect(),
        films,
        out,
        reasons: ReasonWords::default(),
    }
}

impl CatalogView {
    /// The row of the `index`th film: made when the template reaches it, so a large
    /// library's rows never all exist at once.
    pub fn row(&self, index: usize) -> Option<FilmRow<'_>> {
        let s = self.films.get(index)?;
        Some(FilmRow {
            slug: &s.slug,
            title: &s.title,
            year: s.year,
            ratings: &s.ratings,
            min_age: s.min_age,
            severities: s
                .severities
                .iter()
                .map(|(c, sev)| SeverityCell { category: category_key(c), severity: SeverityView::of(sev.as_ref()) })
                .collect(),
            page: film_page(&s.slug, &self.out),
            links: film_links(&s.slug, &self.out),
        })
    }
}

fn category_key(category: &Category) -> &'static str {
    Category::ALL.iter().zip(Category::KEYS).find(|(c, _)| *c == category).map_or("", |(_, k)| k)
}

/// Titles sort without a leading article: "The Remains of the Day" under R.
pub fn sort_key(title: &str) -> String {
    let plain = markup::plain(title).to_lowercase();
    for article in ["the ", "a ", "an "] {
        if let Some(rest) = plain.strip_prefix(article) {
            return rest.to_string();
        }
    }
    plain
}

/// The pages of a film that are in the output folder: built by this run or an earlier
/// one. A link never points at a page that is not there.
fn film_links(slug: &str, out: &Path) -> Vec<Link> {
    let mut links = Vec::new();
    for edition in Edition::ALL {
        let label = match edition {
            Edition::Handout => "Handout",
            Edition::Leader => "Leader",
            Edition::Parents => "Parents",
        };
        for (format, name) in [("html", label.to_string()), ("pdf", format!("{label} PDF"))] {
            let href = format!("{slug}/{}.{format}", edition.key());
            if out.join(&href).is_file() {
                links.push(Link { label: name, href, current: false });
            }
        }
    }
    links
}

/// The page a film's title links to: its parents' card, or else its first page there.
fn film_page(slug: &str, out: &Path) -> Option<String> {
    [Edition::Parents, Edition::Handout, Edition::Leader]
        .iter()
        .map(|e| format!("{}.html", e.key()))
        .find(|name| out.join(slug).join(name).is_file())
}

/// schema.org metadata for the catalog, an `ItemList` of `Movie`s, as JSON text. Written
/// straight from the summaries, without building a JSON tree of the whole library.
pub fn json_ld(catalog: &CatalogView) -> String {
    #[derive(Serialize)]
    struct ItemList<'a> {
        #[serde(rename = "@context")]
        context: &'static str,
        #[serde(rename = "@type")]
        kind: &'static str,
        name: &'a str,
        #[serde(rename = "itemListElement")]
        items: Vec<ListItem<'a>>,
    }
    #[derive(Serialize)]
    struct ListItem<'a> {
        #[serde(rename = "@type")]
        kind: &'static str,
        position: usize,
        item: Movie<'a>,
    }
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Movie<'a> {
        #[serde(rename = "@type")]
        kind: &'static str,
        name: String,
        date_published: String,
        director: Vec<Person<'a>>,
        duration: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        content_rating: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        typical_age_range: Option<String>,
    }
    #[derive(Serialize)]
    struct Person<'a> {
        #[serde(rename = "@type")]
        kind: &'static str,
        name: &'a str,
    }
    let items = catalog
        .films
        .iter()
        .enumerate()
        .map(|(i, s)| ListItem {
            kind: "ListItem",
            position: i + 1,
            item: Movie {
                kind: "Movie",
                name: markup::plain(&s.title),
                date_published: s.released.clone().unwrap_or_else(|| s.year.to_string()),
                director: s.directors.iter().map(|name| Person { kind: "Person", name }).collect(),
                duration: format!("PT{}M", s.runtime_minutes),
                content_rating: s.ratings.first().map(|r| format!("{} {}", r.system, r.rating)),
                typical_age_range: s.min_age.map(|age| format!("{age}-")),
            },
        })
        .collect();
    let list = ItemList { context: "https://schema.org", kind: "ItemList", name: &catalog.title, items };
    serde_json::to_string(&list).expect("JSON serializes")
}
