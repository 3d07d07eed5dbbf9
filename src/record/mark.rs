//! Whether an item of a record gives the film away, as its author marked it.
//!
//! `spoiler: false` marks an item safe to show before the film; `spoiler: true` marks a
//! spoiler; an item with no mark has not been reviewed, and every edition treats it as a
//! spoiler would be treated where a surprise matters. A careless record can then hide too
//! much, never give the ending away.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An item's spoiler mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Mark {
    /// No `spoiler:` written: nobody said it is safe.
    #[default]
    Unmarked,
    /// `spoiler: false`: safe before the film.
    Safe,
    /// `spoiler: true`: gives the plot away.
    Spoiler,
}

impl Mark {
    pub fn is_unmarked(&self) -> bool {
        *self == Mark::Unmarked
    }

    /// Shown before the film: only what the author marked safe.
    pub fn is_safe(self) -> bool {
        self == Mark::Safe
    }

    /// Marked as giving the plot away.
    pub fn is_spoiler(self) -> bool {
        self == Mark::Spoiler
    }
}

impl<'de> Deserialize<'de> for Mark {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match Option::<bool>::deserialize(deserializer)? {
            Some(true) => Mark::Spoiler,
            Some(false) => Mark::Safe,
            None => Mark::Unmarked,
        })
    }
}

impl Serialize for Mark {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Mark::Unmarked => serializer.serialize_none(),
            Mark::Safe => serializer.serialize_bool(false),
            Mark::Spoiler => serializer.serialize_bool(true),
        }
    }
}

impl JsonSchema for Mark {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("SpoilerMark")
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "boolean",
            "description": "true: gives the plot away; false: safe before the film. Without it the item is kept back as a spoiler."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_read_from_yaml() {
        #[derive(Deserialize)]
        struct Item {
            #[serde(default)]
            spoiler: Mark,
        }
        let read = |text: &str| serde_yaml::from_str::<Item>(text).map(|i| i.spoiler).ok();
        assert_eq!(read("spoiler: true"), Some(Mark::Spoiler));
        assert_eq!(read("spoiler: false"), Some(Mark::Safe));
        assert_eq!(read("{}"), Some(Mark::Unmarked));
        assert_eq!(read("spoiler: ~"), Some(Mark::Unmarked));
        assert_eq!(read("spoiler: maybe"), None);
    }
}
