//! What a parent allows: the most of each content category and the child's age. Used by
//! `reelguide list`; the catalog page applies the same rules in its inline script.

use serde::Serialize;

use crate::cli::Limit;
use crate::library::Summary;
use crate::vocab::Category;

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

impl Reason {
    /// The reason in words.
    pub fn describe(&self) -> String {
        let label = |key: &str| Category::from_key(key).map_or(key.to_string(), |c| c.label().to_lowercase());
        match self {
            Reason::TooMuch { category, severity, allowed } => {
                format!("{} is {severity} (your limit: {allowed})", label(category))
            }
            Reason::NotReviewed { category } => {
                format!("{} is not reviewed, so it counts as not allowed", label(category))
            }
            Reason::TooYoung { min_age, age } => format!("recommended from age {min_age} (the child is {age})"),
            Reason::NoAge { .. } => "no recommended age is given, so it counts as not allowed".to_string(),
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
