//! The controlled vocabularies of the record format: advisory categories, severities,
//! discussion-section timing and the validated rating systems.
//!
//! A value outside a vocabulary still deserializes (as `Unknown`), so that one typo does
//! not hide the rest of the file: validation reports every unknown value with a hint,
//! and no later stage ever sees an `Unknown`.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::suggest;

/// Declares a closed vocabulary: an enum whose YAML form is a fixed lower-case key, with a
/// human label, serde in both directions and a JSON Schema `enum` for editors.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $key:literal, $label:literal; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value outside the vocabulary, kept verbatim so validation can name it.
            Unknown(String),
        }

        impl $name {
            /// Every known value, in the order the format documents them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The YAML spelling of every known value.
            pub const KEYS: &'static [&'static str] = &[$($key),+];

            /// Reads a YAML value; anything unknown is kept for validation to report.
            pub fn parse(text: &str) -> Self {
                match text {
                    $( $key => $name::$variant, )+
                    other => $name::Unknown(other.to_string()),
                }
            }

            /// The YAML spelling.
            pub fn key(&self) -> &str {
                match self {
                    $( $name::$variant => $key, )+
                    $name::Unknown(text) => text,
                }
            }

            /// The words printed for readers.
            pub fn label(&self) -> &str {
                match self {
                    $( $name::$variant => $label, )+
                    $name::Unknown(text) => text,
                }
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                String::deserialize(deserializer).map(|text| Self::parse(&text))
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.key())
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed(stringify!($name))
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({ "type": "string", "enum": $name::KEYS })
            }
        }
    };
}

/// For the other closed vocabularies of the format, such as the sources' scales.
pub(crate) use vocabulary;

vocabulary! {
    /// The six content categories of a parents' review, in the order every output shows them.
    Category {
        SexNudity = "sex_nudity", "Sex & Nudity";
        Violence = "violence", "Violence & Gore";
        Language = "language", "Language";
        Substances = "substances", "Alcohol, Drugs & Smoking";
        Frightening = "frightening", "Frightening & Intense Scenes";
        MatureThemes = "mature_themes", "Mature Themes";
    }
}

vocabulary! {
    /// How much of a category a film contains.
    Severity {
        None = "none", "None";
        Mild = "mild", "Mild";
        Moderate = "moderate", "Moderate";
        Severe = "severe", "Severe";
    }
}

vocabulary! {
    /// When a discussion section is used during the evening; `after` unless written.
    #[derive(Default)]
    When {
        Before = "before", "Before the film";
        Pause = "pause", "At a pause";
        #[default]
        After = "after", "After the film";
    }
}

vocabulary! {
    /// What a step of the evening's plan is, when it is more than an activity.
    StepKind {
        Film = "film", "The film";
        Faith = "faith", "Faith";
    }
}

impl Severity {
    /// 0 for none up to 3 for severe: the number of filled steps in a severity bar.
    pub fn level(&self) -> u8 {
        match self {
            Severity::None | Severity::Unknown(_) => 0,
            Severity::Mild => 1,
            Severity::Moderate => 2,
            Severity::Severe => 3,
        }
    }

    /// Reads a severity given on the command line or in a config file.
    pub fn from_key(text: &str) -> Option<Severity> {
        match Severity::parse(text) {
            Severity::Unknown(_) => None,
            known => Some(known),
        }
    }
}

impl Category {
    /// What the category covers, for the parents' card and the catalog legend.
    pub fn covers(&self) -> &'static str {
        match self {
            Category::SexNudity => "kissing, sexual content, nudity",
            Category::Violence => "fighting, injury, blood, weapons",
            Category::Language => "swearing, slurs, crude talk",
            Category::Substances => "drinking, drug use, smoking",
            Category::Frightening => "scares, threat, disturbing images, tension",
            Category::MatureThemes => "death, grief, suicide, abuse, medical procedures, bleak tone",
            Category::Unknown(_) => "",
        }
    }

    /// Reads a category given on the command line or in a config file.
    pub fn from_key(text: &str) -> Option<Category> {
        match Category::parse(text) {
            Category::Unknown(_) => None,
            known => Some(known),
        }
    }
}

/// The MPA (United States) ratings.
pub const MPA_RATINGS: &[&str] = &["G", "PG", "PG-13", "R", "NC-17", "NR"];
/// The BBFC (United Kingdom) ratings.
pub const BBFC_RATINGS: &[&str] = &["U", "PG", "12A", "12", "15", "18", "R18"];

/// The rating systems whose values are checked; any other system is free text.
pub fn rating_values(system: &str) -> Option<&'static [&'static str]> {
    match system {
        "MPA" => Some(MPA_RATINGS),
        "BBFC" => Some(BBFC_RATINGS),
        _ => None,
    }
}

/// Words people use for a severity that the vocabulary spells differently.
const SEVERITY_SYNONYMS: &[(&str, &str)] = &[
    ("medium", "moderate"),
    ("med", "moderate"),
    ("some", "moderate"),
    ("average", "moderate"),
    ("low", "mild"),
    ("light", "mild"),
    ("minor", "mild"),
    ("slight", "mild"),
    ("little", "mild"),
    ("high", "severe"),
    ("heavy", "severe"),
    ("strong", "severe"),
    ("extreme", "severe"),
    ("intense", "severe"),
    ("graphic", "severe"),
    ("no", "none"),
    ("nothing", "none"),
    ("zero", "none"),
    ("0", "none"),
    ("1", "mild"),
    ("2", "moderate"),
    ("3", "severe"),
];

const CATEGORY_SYNONYMS: &[(&str, &str)] = &[
    ("sex", "sex_nudity"),
    ("nudity", "sex_nudity"),
    ("sexuality", "sex_nudity"),
    ("gore", "violence"),
    ("profanity", "language"),
    ("swearing", "language"),
    ("drugs", "substances"),
    ("alcohol", "substances"),
    ("smoking", "substances"),
    ("scary", "frightening"),
    ("fear", "frightening"),
    ("intense", "frightening"),
    ("themes", "mature_themes"),
    ("mature", "mature_themes"),
];

const WHEN_SYNONYMS: &[(&str, &str)] = &[
    ("during", "pause"),
    ("midway", "pause"),
    ("intermission", "pause"),
    ("break", "pause"),
    ("pre", "before"),
    ("start", "before"),
    ("post", "after"),
    ("end", "after"),
];

/// The hint for an unknown severity: the intended spelling, if one is recognisable.
pub fn suggest_severity(text: &str) -> Option<&'static str> {
    suggest_term(text, Severity::KEYS, SEVERITY_SYNONYMS)
}

/// The hint for an unknown advisory category.
pub fn suggest_category(text: &str) -> Option<&'static str> {
    suggest_term(text, Category::KEYS, CATEGORY_SYNONYMS)
}

/// The hint for an unknown section timing.
pub fn suggest_when(text: &str) -> Option<&'static str> {
    suggest_term(text, When::KEYS, WHEN_SYNONYMS)
}

/// The hint for a rating value that is not in its system: spelling aside (`PG13`, `r`,
/// `12a`), the letters and digits must match one value exactly.
pub fn suggest_rating(system: &str, text: &str) -> Option<&'static str> {
    let values = rating_values(system)?;
    let wanted = squash(text);
    if matches!(wanted.as_str(), "UNRATED" | "NOTRATED") {
        return values.iter().copied().find(|v| *v == "NR");
    }
    values.iter().copied().find(|value| squash(value) == wanted)
}

/// The hint for a rating system spelled differently from a validated one (`mpa`, `MPAA`).
pub fn suggest_rating_system(text: &str) -> Option<&'static str> {
    match squash(text).as_str() {
        "MPA" | "MPAA" => Some("MPA"),
        "BBFC" => Some("BBFC"),
        _ => None,
    }
}

fn suggest_term(text: &str, keys: &'static [&'static str], synonyms: &[(&str, &'static str)]) -> Option<&'static str> {
    let normal: String =
        text.trim().to_lowercase().chars().map(|c| if c == '-' || c == ' ' { '_' } else { c }).collect();
    if let Some(key) = keys.iter().copied().find(|k| *k == normal) {
        return Some(key);
    }
    if let Some((_, key)) = synonyms.iter().find(|(word, _)| *word == normal) {
        return Some(key);
    }
    // A label such as "Sex & Nudity" written instead of its key.
    let letters = |s: &str| -> String { s.chars().filter(|c| c.is_alphanumeric()).collect() };
    if let Some(key) = keys.iter().copied().find(|k| letters(k) == letters(&normal)) {
        return Some(key);
    }
    suggest::did_you_mean(&normal, keys.iter().copied())
}

/// Upper-case letters and digits only: what is left of a rating once spelling is ignored.
fn squash(text: &str) -> String {
    text.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_for_common_misspellings() {
        assert_eq!(suggest_severity("medium"), Some("moderate"));
        assert_eq!(suggest_severity("Severe"), Some("severe"));
        assert_eq!(suggest_severity("moderat"), Some("moderate"));
        assert_eq!(suggest_rating("MPA", "PG13"), Some("PG-13"));
        assert_eq!(suggest_rating("MPA", "r"), Some("R"));
        assert_eq!(suggest_rating("MPA", "Unrated"), Some("NR"));
        assert_eq!(suggest_rating("BBFC", "12a"), Some("12A"));
        assert_eq!(suggest_rating("BBFC", "PG-13"), None);
        assert_eq!(suggest_category("Sex & Nudity"), Some("sex_nudity"));
        assert_eq!(suggest_category("gore"), Some("violence"));
        assert_eq!(suggest_when("during"), Some("pause"));
        assert_eq!(suggest_rating_system("MPAA"), Some("MPA"));
    }

    #[test]
    fn unknown_values_survive_deserialization() {
        assert_eq!(Severity::parse("medium"), Severity::Unknown("medium".into()));
        assert_eq!(Severity::parse("severe").level(), 3);
        assert_eq!(Category::ALL.len(), 6);
    }
}
