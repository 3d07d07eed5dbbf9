//! What a parent allows: the most of each content category and the child's age. Used by
//! `reelguide list`; the catalog page applies the same rules in its inline script, with
//! the same words.

use serde::Serialize;

use crate::record::vocab::{Category, Severity};
use crate::view::summary::Summary;
use crate::view::words::{Arg, Words};

/// The most a parent allows of one category: `violence=mild`.
#[derive(Debug, Clone, PartialEq)]
pub struct Limit {
    pub category: Category,
    pub severity: Severity,
}

/// A parent's limits.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub limits: Vec<Limit>,
    pub age: Option<u32>,
}

/// Why a film is left out.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// The film has more of a category than allowed.
    TooMuch { category: String, severity: String, allowed: String },
    /// Nobody reviewed a category the parent limits: it counts as not allowed.
    NotReviewed { category: String },
    /// Recommended for older viewers.
    TooYoung { min_age: u32, age: u32 },
    /// No recommended age is given: it counts as not allowed when an age is set.
    NoAge { age: u32 },
}

/// How each reason is put into words, with `{category}`, `{severity}`, `{allowed}`,
/// `{min_age}` and `{age}` as slots for the catalog's script to fill in.
#[derive(Debug, Clone, Serialize)]
pub struct ReasonWords {
    pub too_much: String,
    pub not_reviewed: String,
    pub too_young: String,
    pub no_age: String,
    /// The heading over the films a filter leaves out.
    pub left_out: String,
    /// Category keys and the names the sentences use for them.
    pub categories: Vec<(&'static str, String)>,
    /// The severities as the sentences say them, from none to severe.
    pub severities: Vec<String>,
}

impl ReasonWords {
    pub fn new(words: &Words) -> Self {
        let slot = |name: &str| format!("{{{name}}}");
        let (category, severity, allowed, min_age, age) =
            (slot("category"), slot("severity"), slot("allowed"), slot("min_age"), slot("age"));
        ReasonWords {
            too_much: words.format(
                "reason-too-much",
                &[
                    ("category", Arg::Text(&category)),
                    ("severity", Arg::Text(&severity)),
                    ("allowed", Arg::Text(&allowed)),
                ],
            ),
            not_reviewed: words.format("reason-not-reviewed", &[("category", Arg::Text(&category))]),
            too_young: words.format("reason-too-young", &[("min_age", Arg::Text(&min_age)), ("age", Arg::Text(&age))]),
            no_age: words.text("reason-no-age"),
            left_out: words.text("reason-heading"),
            categories: Category::ALL.iter().zip(Category::KEYS).map(|(c, k)| (*k, in_sentence(c, words))).collect(),
            severities: Severity::KEYS
                .iter()
                .map(|k| words.attribute(&format!("severity-{k}"), "in-sentence"))
                .collect(),
        }
    }
}

/// A category's name inside a sentence: "violence & gore".
fn in_sentence(category: &Category, words: &Words) -> String {
    words.attribute(&format!("category-{}", category.key()), "in-sentence")
}

impl Reason {
    /// The reason in words.
    pub fn describe(&self, words: &Words) -> String {
        let category_words = |key: &str| match Category::from_key(key) {
            Some(c) => in_sentence(&c, words),
            None => key.to_string(),
        };
        let severity_words = |key: &str| words.attribute(&format!("severity-{key}"), "in-sentence");
        match self {
            Reason::TooMuch { category, severity, allowed } => words.format(
                "reason-too-much",
                &[
                    ("category", Arg::Text(&category_words(category))),
                    ("severity", Arg::Text(&severity_words(severity))),
                    ("allowed", Arg::Text(&severity_words(allowed))),
                ],
            ),
            Reason::NotReviewed { category } => {
                words.format("reason-not-reviewed", &[("category", Arg::Text(&category_words(category)))])
            }
            Reason::TooYoung { min_age, age } => words.format(
                "reason-too-young",
                &[("min_age", Arg::Count(*min_age as usize)), ("age", Arg::Count(*age as usize))],
            ),
            Reason::NoAge { .. } => words.text("reason-no-age"),
        }
    }
}

impl Filter {
    /// Every reason the film is left out; none means it is allowed.
    pub fn reasons(&self, film: &Summary) -> Vec<Reason> {
        let mut reasons = Vec::new();
        if let Some(age) = self.age {
            match film.min_age {
                Some(min_age) if min_age > age => reasons.push(Reason::TooYoung { min_age, age }),
                Some(_) => {}
                None => reasons.push(Reason::NoAge { age }),
            }
        }
        for limit in &self.limits {
            match film.severity(&limit.category) {
                None => reasons.push(Reason::NotReviewed { category: limit.category.key().to_string() }),
                Some(severity) if severity.level() > limit.severity.level() => reasons.push(Reason::TooMuch {
                    category: limit.category.key().to_string(),
                    severity: severity.key().to_string(),
                    allowed: limit.severity.key().to_string(),
                }),
                Some(_) => {}
            }
        }
        reasons
    }
}
