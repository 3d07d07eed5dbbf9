//! What a parent allows: the most of each content category and the child's age. Used by
//! `reelguide list`; the catalog page applies the same rules in its inline script.

use serde::Serialize;

use crate::cli::Limit;
use crate::pipeline::library::Summary;
use crate::record::vocab::Category;

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
/// `{min_age}` and `{age}` as slots. `list` fills them in here; the catalog page carries
/// the same words to its script, so the two always say the same.
#[derive(Debug, Clone, Serialize)]
pub struct ReasonWords {
    pub too_much: &'static str,
    pub not_reviewed: &'static str,
    pub too_young: &'static str,
    pub no_age: &'static str,
    /// The heading over the films a filter leaves out.
    pub left_out: &'static str,
    /// Category keys and the names the sentences use for them.
    pub categories: Vec<(&'static str, String)>,
}

impl Default for ReasonWords {
    fn default() -> Self {
        ReasonWords {
            too_much: "{category} is {severity} (your limit: {allowed})",
            not_reviewed: "{category} is not reviewed, so it counts as not allowed",
            too_young: "recommended from age {min_age} (the child is {age})",
            no_age: "no recommended age is given, so it counts as not allowed",
            left_out: "Left out, and why",
            categories: Category::ALL.iter().zip(Category::KEYS).map(|(c, k)| (*k, c.label().to_lowercase())).collect(),
        }
    }
}

impl Reason {
    /// The reason in words.
    pub fn describe(&self) -> String {
        let words = ReasonWords::default();
        let label = |key: &str| {
            words.categories.iter().find(|(k, _)| *k == key).map_or(key.to_string(), |(_, label)| label.clone())
        };
        match self {
            Reason::TooMuch { category, severity, allowed } => words
                .too_much
                .replace("{category}", &label(category))
                .replace("{severity}", severity)
                .replace("{allowed}", allowed),
            Reason::NotReviewed { category } => words.not_reviewed.replace("{category}", &label(category)),
            Reason::TooYoung { min_age, age } => {
                words.too_young.replace("{min_age}", &min_age.to_string()).replace("{age}", &age.to_string())
            }
            Reason::NoAge { .. } => words.no_age.to_string(),
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
