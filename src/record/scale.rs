//! The grading scales of parent-guide sites, and how each grade reads on our four
//! severities. A source names its scale (`scale: common-sense`); an advisory records what
//! the source says of its category (`verdicts: { csm: "a lot" }`); `check` holds the
//! severity at or above the most cautious verdict.
//!
//! Each table rests on the site's own description of its scale; `docs/verdict-scales.md`
//! gives every row with the page it comes from. Where a site's grades are coarser or
//! finer than ours, a grade reads as the higher of the severities it could mean.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::record::vocab::{Severity, vocabulary};

vocabulary! {
    /// A parent-guide site's grading scale.
    Scale {
        CommonSense = "common-sense", "Common Sense Media";
        CommonSense5 = "common-sense-5", "Common Sense Media (0 to 5)";
        KidsInMind = "kids-in-mind", "Kids-In-Mind";
        Imdb = "imdb", "IMDb parents guide";
        Bbfc = "bbfc", "BBFC";
        Acb = "acb", "Australian Classification";
        BoxOfficeMom = "box-office-mom", "Box Office Mom";
        ParentPreviews = "parent-previews", "Parent Previews";
        ScreenIt = "screenit", "ScreenIt";
        PicturesThatTalk = "pictures-that-talk", "Pictures That Talk";
    }
}

/// What a source says of one category: its words or its number, as the site prints them.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    Number(f64),
    Words(String),
}

impl Verdict {
    /// As written, for the card: "a lot", "7".
    pub fn written(&self) -> String {
        match self {
            Verdict::Number(n) if n.fract() == 0.0 => format!("{n:.0}"),
            Verdict::Number(n) => format!("{n}"),
            Verdict::Words(words) => words.clone(),
        }
    }
}

impl<'de> Deserialize<'de> for Verdict {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged, expecting = "a grade: the source's words or its number")]
        enum Either {
            Number(f64),
            Words(String),
        }
        Ok(match Either::deserialize(deserializer)? {
            Either::Number(n) => Verdict::Number(n),
            Either::Words(w) => Verdict::Words(w),
        })
    }
}

impl Serialize for Verdict {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Verdict::Number(n) => serializer.serialize_f64(*n),
            Verdict::Words(w) => serializer.serialize_str(w),
        }
    }
}

impl JsonSchema for Verdict {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Verdict")
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The source's grade of this category, as its site prints it: \"a lot\", 7, \"B-\".",
            "type": ["string", "number"]
        })
    }
}

/// One row of a scale's table: the grades it covers and the severity they read as.
pub struct Row {
    /// The grades, as the site writes them (compared without case and spacing).
    pub grades: &'static [&'static str],
    pub severity: Severity,
}

const fn row(grades: &'static [&'static str], severity: Severity) -> Row {
    Row { grades, severity }
}

/// Common Sense Media's words: "A lot or a little?".
const COMMON_SENSE: &[Row] = &[
    row(&["not present", "not applicable"], Severity::None),
    row(&["very little", "a little"], Severity::Mild),
    row(&["some"], Severity::Moderate),
    row(&["a lot"], Severity::Severe),
];
/// Common Sense Media's older 0-5 form.
const COMMON_SENSE_5: &[Row] = &[
    row(&["0"], Severity::None),
    row(&["1", "2"], Severity::Mild),
    row(&["3"], Severity::Moderate),
    row(&["4", "5"], Severity::Severe),
];
/// Kids-In-Mind's 0-10, which the site says to read as plus or minus one: each band is
/// read at its upper end.
const KIDS_IN_MIND: &[Row] = &[
    row(&["0"], Severity::None),
    row(&["1", "2"], Severity::Mild),
    row(&["3", "4", "5"], Severity::Moderate),
    row(&["6", "7", "8", "9", "10"], Severity::Severe),
];
/// IMDb's parents guide severities: the same four words as ours.
const IMDB: &[Row] = &[
    row(&["none"], Severity::None),
    row(&["mild"], Severity::Mild),
    row(&["moderate"], Severity::Moderate),
    row(&["severe"], Severity::Severe),
];
/// The BBFC's grade words, from "very mild" (U) to "very strong" (18).
const BBFC: &[Row] = &[
    row(&["very mild", "mild"], Severity::Mild),
    row(&["moderate"], Severity::Moderate),
    row(&["strong", "very strong"], Severity::Severe),
];
/// The Australian Classification Board's impact levels.
const ACB: &[Row] = &[
    row(&["very mild", "mild"], Severity::Mild),
    row(&["moderate", "mature"], Severity::Moderate),
    row(&["strong", "high"], Severity::Severe),
];
const BOX_OFFICE_MOM: &[Row] = &[
    row(&["none"], Severity::None),
    row(&["mild"], Severity::Mild),
    row(&["moderate"], Severity::Moderate),
    row(&["excessive"], Severity::Severe),
];
/// Parent Previews' letter grades, A for the least content: read cautiously, a grade
/// below an A as at least moderate.
const PARENT_PREVIEWS: &[Row] = &[
    row(&["a+"], Severity::None),
    row(&["a", "a-", "b+"], Severity::Mild),
    row(&["b", "b-", "c+"], Severity::Moderate),
    row(&["c", "c-", "d+", "d", "d-", "f"], Severity::Severe),
];
const SCREENIT: &[Row] = &[
    row(&["none"], Severity::None),
    row(&["minor", "mild"], Severity::Mild),
    row(&["moderate"], Severity::Moderate),
    row(&["heavy", "extreme"], Severity::Severe),
];
const PICTURES_THAT_TALK: &[Row] = &[
    row(&["0"], Severity::None),
    row(&["1"], Severity::Mild),
    row(&["2"], Severity::Moderate),
    row(&["3"], Severity::Severe),
];

impl Scale {
    /// The scale's table, lowest grades first.
    pub fn rows(&self) -> &'static [Row] {
        match self {
            Scale::CommonSense => COMMON_SENSE,
            Scale::CommonSense5 => COMMON_SENSE_5,
            Scale::KidsInMind => KIDS_IN_MIND,
            Scale::Imdb => IMDB,
            Scale::Bbfc => BBFC,
            Scale::Acb => ACB,
            Scale::BoxOfficeMom => BOX_OFFICE_MOM,
            Scale::ParentPreviews => PARENT_PREVIEWS,
            Scale::ScreenIt => SCREENIT,
            Scale::PicturesThatTalk => PICTURES_THAT_TALK,
            Scale::Unknown(_) => &[],
        }
    }

    /// The severity a verdict reads as, or `None` when it is not a grade of this scale.
    pub fn read(&self, verdict: &Verdict) -> Option<Severity> {
        let wanted = normal(&verdict.written());
        self.rows().iter().find(|row| row.grades.iter().any(|g| normal(g) == wanted)).map(|row| row.severity.clone())
    }

    /// Every grade of the scale, for a hint: "not present, very little, …".
    pub fn grades(&self) -> String {
        self.rows().iter().flat_map(|row| row.grades.iter().copied()).collect::<Vec<_>>().join(", ")
    }
}

/// Lower case, single spaces, no quotes: "A Lot" and "a  lot" are one grade.
fn normal(text: &str) -> String {
    text.trim().trim_matches(['"', '\'']).split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row of every table reads as its severity, written as the site writes it.
    #[test]
    fn every_row_reads_as_its_severity() {
        for scale in Scale::ALL {
            assert!(!scale.rows().is_empty(), "{} has a table", scale.key());
            for row in scale.rows() {
                for grade in row.grades {
                    let verdict = match grade.parse::<f64>() {
                        Ok(n) => Verdict::Number(n),
                        Err(_) => Verdict::Words(grade.to_uppercase()),
                    };
                    assert_eq!(scale.read(&verdict), Some(row.severity.clone()), "{} {grade}", scale.key());
                }
            }
        }
    }

    #[test]
    fn tables_rise_and_refuse_other_grades() {
        for scale in Scale::ALL {
            let levels: Vec<u8> = scale.rows().iter().map(|r| r.severity.level()).collect();
            assert!(levels.windows(2).all(|w| w[0] < w[1]), "{} rises", scale.key());
        }
        assert_eq!(Scale::KidsInMind.read(&Verdict::Number(11.0)), None);
        assert_eq!(Scale::CommonSense.read(&Verdict::Words("lots".into())), None);
        assert_eq!(Scale::CommonSense.read(&Verdict::Words(" A  Lot ".into())), Some(Severity::Severe));
        assert_eq!(Scale::KidsInMind.read(&Verdict::Words("7".into())), Some(Severity::Severe));
    }
}
