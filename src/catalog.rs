//! The catalog: every valid film in the library with its ratings, recommended age and six
//! severities, and links to its pages. Built from the library's summaries only.

use serde::Serialize;
use serde_json::json;

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
    pub films: Vec<FilmRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CategoryView {
    pub key: String,
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FilmRow {
    pub slug: String,
    pub title: String,
    pub year: i64,
    pub ratings: Vec<RatingSummary>,
    pub min_age: Option<u32>,
    pub severities: Vec<SeverityCell>,
    pub links: Vec<Link>,
    #[serde(skip)]
    summary: Summary,
}

#[derive(Debug, Clone, Serialize)]
pub struct SeverityCell {
    pub category: String,
    pub severity: SeverityView,
}

/// What was built for each film, so the catalog links only to files that exist.
#[derive(Debug, Clone, Copy)]
pub struct Built<'a> {
    pub editions: &'a [Edition],
    pub html: bool,
    pub pdf: bool,
}

/// The catalog of `summaries`, sorted by title then year.
pub fn build(summaries: &[&Summary], built: Built<'_>, group: Option<String>) -> CatalogView {
    let mut films: Vec<FilmRow> = summaries
        .iter()
        .map(|s| FilmRow {
            slug: s.slug.clone(),
            title: s.title.clone(),
            year: s.year,
            ratings: s.ratings.clone(),
            min_age: s.min_age,
            severities: s
                .severities
                .iter()
                .map(|(c, sev)| SeverityCell {
                    category: c.key().to_string(),
                    severity: SeverityView::of(sev.as_ref()),
                })
                .collect(),
            links: film_links(&s.slug, built),
            summary: (*s).clone(),
        })
        .collect();
    films.sort_by(|a, b| sort_key(&a.title).cmp(&sort_key(&b.title)).then(a.year.cmp(&b.year)));
    CatalogView {
        title: "Film library".to_string(),
        lang: "en".into(),
        group,
        categories: Category::ALL
            .iter()
            .map(|c| CategoryView { key: c.key().to_string(), label: c.label().to_string() })
            .collect(),
        films,
    }
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

fn film_links(slug: &str, built: Built<'_>) -> Vec<Link> {
    let mut links = Vec::new();
    for edition in built.editions {
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

/// schema.org metadata for the catalog: an `ItemList` of `Movie`s.
pub fn json_ld(catalog: &CatalogView) -> serde_json::Value {
    let items: Vec<serde_json::Value> = catalog
        .films
        .iter()
        .enumerate()
        .map(|(i, film)| {
            let s = &film.summary;
            let mut movie = json!({
                "@type": "Movie",
                "name": markup::plain(&s.title),
                "datePublished": s.released.clone().unwrap_or_else(|| s.year.to_string()),
                "director": s.directors.iter().map(|d| json!({"@type": "Person", "name": d})).collect::<Vec<_>>(),
                "duration": format!("PT{}M", s.runtime_minutes),
            });
            if let Some(r) = s.ratings.first() {
                movie["contentRating"] = json!(format!("{} {}", r.system, r.rating));
            }
            if let Some(age) = s.min_age {
                movie["typicalAgeRange"] = json!(format!("{age}-"));
            }
            json!({ "@type": "ListItem", "position": i + 1, "item": movie })
        })
        .collect();
    json!({
        "@context": "https://schema.org",
        "@type": "ItemList",
        "name": catalog.title,
        "itemListElement": items,
    })
}
