//! The catalog: every valid film in the library with its ratings, recommended age and six
//! severities, and links to its pages. Built from the library's summaries only.

use serde::Serialize;

use crate::edition::{Edition, SeverityView};
use crate::html::Link;
use crate::library::{RatingSummary, Summary};
use crate::markup;
use crate::vocab::Category;

#[derive(Debug, Clone, Serialize)]
pub struct CatalogView {
    pub title: String,
    pub lang: String,
    pub group: Option<String>,
    pub categories: Vec<CategoryView>,
    /// The films, sorted; templates get them row by row through [`CatalogView::row`].
    #[serde(skip)]
    pub films: Vec<Summary>,
    #[serde(skip)]
    built: Built,
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
    pub links: Vec<Link>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SeverityCell {
    pub category: &'static str,
    pub severity: SeverityView,
}

/// What was built for each film, so the catalog links only to files that exist.
#[derive(Debug, Clone)]
pub struct Built {
    pub editions: Vec<Edition>,
    pub html: bool,
    pub pdf: bool,
}

/// The catalog of `summaries`, sorted by title then year.
pub fn build(mut films: Vec<Summary>, built: Built, group: Option<String>) -> CatalogView {
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
        built,
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
            links: film_links(&s.slug, &self.built),
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

fn film_links(slug: &str, built: &Built) -> Vec<Link> {
    let mut links = Vec::new();
    for edition in &built.editions {
        let label = match edition {
            Edition::Handout => "Handout",
            Edition::Leader => "Leader",
            Edition::Parents => "Parents",
        };
        if built.html {
            links.push(Link { label: label.into(), href: format!("{slug}/{}.html", edition.key()), current: false });
        }
        if built.pdf {
            let label = if built.html { format!("{label} PDF") } else { label.to_string() };
            links.push(Link { label, href: format!("{slug}/{}.pdf", edition.key()), current: false });
        }
    }
    links
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
