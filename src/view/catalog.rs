//! The catalog: every valid film in the library with its ratings, recommended age and six
//! severities, and links to its pages. Built from the library's summaries only.

use std::path::PathBuf;

use serde::Serialize;

use crate::markup;
use crate::record::vocab::{Category, Severity};
use crate::view::filter::ReasonWords;
use crate::view::links::{self, Link};
use crate::view::model::SeverityView;
use crate::view::summary::{RatingSummary, Summary};
use crate::view::words::{Arg, Words};

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
    pub words: CatalogWords,
    /// Severity keys and words, from none to severe, for the filter's choices.
    pub severities: Vec<CategoryView>,
    #[serde(skip)]
    all_words: std::sync::Arc<Words>,
}

/// What the catalog page says around its rows.
#[derive(Debug, Clone, Serialize)]
pub struct CatalogWords {
    /// "2 films. For each: …"
    pub intro: String,
    pub filter_label: String,
    /// The heading that opens the limits: "What my child may see".
    pub limits: String,
    pub filter_intro: String,
    pub age: String,
    pub age_any: String,
    /// "Violence & Gore: at most", by category, in the categories' order.
    pub at_most: Vec<String>,
    pub any_amount: String,
    pub legend: String,
    pub columns: CatalogColumns,
    pub no_age: String,
    /// "Find a title", and what the empty box says.
    pub search: String,
    pub search_hint: String,
    /// "Sort by", and each order the page offers, by key: title, year, age.
    pub sort: String,
    pub sort_by: Vec<CategoryView>,
    /// "{shown} of 2 films fit.", the slot filled by the page's script.
    pub count: String,
    pub none_left: String,
    pub footer: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CatalogColumns {
    pub film: String,
    pub ratings: String,
    pub age: String,
    pub pages: String,
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
    /// "12+", or None where no age is given.
    pub age: Option<String>,
    /// "In Spanish", when the record is not in the page's language.
    pub language: Option<String>,
    /// The original title, when the record gives one.
    pub original_title: Option<&'a str>,
    /// What the search box matches: the titles, in lower case without accents.
    pub search: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SeverityCell {
    pub category: &'static str,
    pub severity: SeverityView,
}

/// The catalog of `summaries`, sorted by title then year, linking into `out`.
pub fn catalog(
    mut films: Vec<Summary>,
    out: PathBuf,
    group: Option<String>,
    words: std::sync::Arc<Words>,
) -> CatalogView {
    films.sort_by_cached_key(|s| (sort_key(&s.title), s.year));
    let w = &*words;
    let category_ids: Vec<String> = Category::ALL.iter().map(|c| format!("category-{}", c.key())).collect();
    let total = films.len();
    CatalogView {
        title: w.text("catalog-title"),
        lang: w.language().into(),
        group,
        categories: Category::ALL
            .iter()
            .zip(&category_ids)
            .map(|(c, id)| CategoryView { key: c.key().to_string(), label: w.text(id) })
            .collect(),
        films,
        out,
        reasons: ReasonWords::new(w),
        words: CatalogWords {
            intro: w.format("catalog-intro", &[("count", Arg::Count(total))]),
            filter_label: w.text("catalog-filter-label"),
            limits: w.text("catalog-limits"),
            filter_intro: w.text("catalog-filter-intro"),
            age: w.text("catalog-age"),
            age_any: w.text("catalog-age-any"),
            at_most: category_ids
                .iter()
                .map(|id| w.format("catalog-at-most", &[("category", Arg::Text(&w.text(id)))]))
                .collect(),
            any_amount: w.text("catalog-any-amount"),
            legend: w.text("catalog-legend"),
            columns: CatalogColumns {
                film: w.text("catalog-column-film"),
                ratings: w.text("catalog-column-ratings"),
                age: w.text("catalog-column-age"),
                pages: w.text("catalog-column-pages"),
            },
            no_age: w.text("catalog-no-age"),
            search: w.text("catalog-search"),
            search_hint: w.attribute("catalog-search", "hint"),
            sort: w.text("catalog-sort"),
            sort_by: ["title", "year", "age"]
                .iter()
                .map(|k| CategoryView { key: k.to_string(), label: w.text(&format!("catalog-sort-{k}")) })
                .collect(),
            count: w.format("catalog-count", &[("shown", Arg::Text("{shown}")), ("total", Arg::Count(total))]),
            none_left: w.text("catalog-none-left"),
            footer: w.text("catalog-footer"),
        },
        severities: Severity::KEYS
            .iter()
            .map(|k| CategoryView { key: k.to_string(), label: w.attribute(&format!("severity-{k}"), "in-sentence") })
            .collect(),
        all_words: std::sync::Arc::clone(&words),
    }
}

impl CatalogView {
    /// The row of the `index`th film: made when the template reaches it, so a large
    /// library's rows never all exist at once.
    pub fn row(&self, index: usize) -> Option<FilmRow<'_>> {
        let s = self.films.get(index)?;
        let w = &*self.all_words;
        Some(FilmRow {
            slug: &s.slug,
            title: &s.title,
            year: s.year,
            ratings: &s.ratings,
            min_age: s.min_age,
            severities: s
                .severities
                .iter()
                .map(|(c, sev)| SeverityCell { category: category_key(c), severity: SeverityView::of(sev.as_ref(), w) })
                .collect(),
            page: links::film_page(&s.slug, &self.out),
            links: links::film_pages(&s.slug, &self.out, w),
            age: s.min_age.map(|age| w.format("catalog-age-from", &[("age", Arg::Count(age as usize))])),
            language: s
                .language
                .as_deref()
                .map(|tag| tag.split('-').next().unwrap_or(tag).to_ascii_lowercase())
                .filter(|code| code != w.language())
                .map(|code| {
                    let name = w.format("language-name", &[("code", Arg::Text(&code))]);
                    w.format("catalog-in-language", &[("language", Arg::Text(&name))])
                }),
            original_title: s.original_title.as_deref(),
            search: search_text(&s.title, s.original_title.as_deref()),
        })
    }
}

/// The titles as the search box compares them: plain, lower case, accents taken off.
fn search_text(title: &str, original: Option<&str>) -> String {
    let mut text = markup::plain(title);
    if let Some(original) = original {
        text.push(' ');
        text.push_str(&markup::plain(original));
    }
    deunicode::deunicode(&text).to_lowercase()
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
