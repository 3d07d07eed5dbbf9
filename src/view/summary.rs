//! What the catalog, `reelguide list` and other records' related-film lines know of a
//! record: a few facts and its six severities, small enough to keep for every film of
//! a large library.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::record::vocab::{Category, Severity};
use crate::record::{Advisory, Guide};
use crate::view::model::SeverityView;
use crate::view::words::Words;

/// The library's records by slug, for the related films of a guide.
pub type Lookup<'a> = HashMap<&'a str, &'a Summary>;

/// What the catalog and other records' cards show of a record. Kept in the build
/// manifest for records that checked clean, so an unchanged one is not read again.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Summary {
    pub slug: String,
    pub title: String,
    /// The title in the film's own language, when the record gives it.
    #[serde(default)]
    pub original_title: Option<String>,
    /// The record's language tag, when it gives one: `es`.
    #[serde(default)]
    pub language: Option<String>,
    pub year: i64,
    pub directors: Vec<String>,
    /// The earliest release date given (`YYYY-MM-DD`), if any.
    pub released: Option<String>,
    pub runtime_minutes: u32,
    pub ratings: Vec<RatingSummary>,
    pub min_age: Option<u32>,
    /// The six categories in order; `None` where the category was not reviewed.
    pub severities: Vec<(Category, Option<Severity>)>,
    /// What each graded source says of each reviewed category, by category key.
    #[serde(default)]
    pub verdicts: BTreeMap<String, Vec<VerdictSummary>>,
}

/// One source's verdict on one category, attributed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerdictSummary {
    /// The source's title: "Common Sense Media".
    pub source: String,
    /// As the source writes it: "a lot".
    pub grade: String,
    /// The severity it reads as, on our scale.
    pub severity: Severity,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RatingSummary {
    pub system: String,
    pub rating: String,
}

impl Summary {
    pub fn of(guide: &Guide, slug: &str) -> Self {
        Summary {
            slug: slug.to_string(),
            title: guide.title.clone(),
            original_title: guide.original_title.clone(),
            language: guide.language.clone(),
            year: guide.year,
            directors: guide.film.directors.clone(),
            released: guide.film.releases.iter().map(|r| r.date.clone()).min(),
            runtime_minutes: guide.film.runtime_minutes,
            ratings: guide
                .ratings
                .iter()
                .map(|r| RatingSummary { system: r.system.clone(), rating: r.rating.clone() })
                .collect(),
            min_age: guide.audience.as_ref().and_then(|a| a.min_age),
            severities: Category::ALL
                .iter()
                .map(|c| (c.clone(), guide.advisory(c).map(|a| a.severity.clone())))
                .collect(),
            verdicts: guide
                .advisories
                .iter()
                .map(|a| (a.category.key().to_string(), verdicts(guide, a)))
                .filter(|(_, v)| !v.is_empty())
                .collect(),
        }
    }

    pub fn severity(&self, category: &Category) -> Option<&Severity> {
        self.severities.iter().find(|(c, _)| c == category).and_then(|(_, s)| s.as_ref())
    }
}

/// An advisory's verdicts, in the order of the record's sources, each read on its
/// source's scale; a verdict that cannot be read is left out (`check` refuses it).
pub fn verdicts(guide: &Guide, advisory: &Advisory) -> Vec<VerdictSummary> {
    guide
        .sources
        .iter()
        .filter_map(|source| {
            let verdict = advisory.verdicts.get(source.id.as_deref()?)?;
            let severity = source.scale.as_ref()?.read(verdict)?;
            Some(VerdictSummary { source: source.title.clone(), grade: verdict.written(), severity })
        })
        .collect()
}

/// The six severities of a summary, each with its category's name: for `list` and the
/// related films on the parents' card.
pub fn severity_cells(summary: &Summary, words: &Words) -> Vec<(String, SeverityView)> {
    summary
        .severities
        .iter()
        .map(|(c, s)| (words.text(&format!("category-{}", c.key())), SeverityView::of(s.as_ref(), words)))
        .collect()
}

/// The same, each category named as inside a sentence: "violence & gore".
pub fn in_sentence_cells(summary: &Summary, words: &Words) -> Vec<(String, SeverityView)> {
    summary
        .severities
        .iter()
        .map(|(c, s)| {
            (words.attribute(&format!("category-{}", c.key()), "in-sentence"), SeverityView::of(s.as_ref(), words))
        })
        .collect()
}
