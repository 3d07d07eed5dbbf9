//! The guide record: one film's facts, content advisories and discussion material, as
//! written in `guides/<slug>.yaml`.
//!
//! These types are the format. Their serde attributes decide what YAML is accepted, and
//! `reelguide schema` derives the editor schema from them, so the two cannot drift. The
//! doc comments become the schema's descriptions that editors show while typing.

pub mod admission;
pub mod board;
pub mod mark;
pub mod night;
pub mod paper;
pub mod scale;
pub mod schema;
pub mod skeleton;
pub mod slug;
pub mod timecode;
pub mod vocab;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use std::collections::BTreeMap;

use crate::record::mark::Mark;
use crate::record::scale::{Scale, Verdict};
use crate::record::vocab::{Category, Severity, StepKind, When};

/// One film's guide.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "reelguide film record")]
pub struct Guide {
    /// The film's title as it is known to the group.
    pub title: String,
    /// Year of first release (1888 to next year).
    pub year: i64,
    /// The title in the film's original language, if different.
    pub original_title: Option<String>,
    /// Output name: lower-case letters, digits and hyphens. Default: from the file name.
    pub slug: Option<String>,
    /// Language of this record's text, as a BCP 47 tag such as `en` or `en-GB`.
    pub language: Option<String>,
    /// Credits and facts about the film.
    pub film: Film,
    /// Official ratings. MPA and BBFC values are checked; other systems are free text.
    #[serde(default)]
    pub ratings: Vec<Rating>,
    /// Who this guide is for.
    pub audience: Option<Audience>,
    /// What the film is about.
    pub synopsis: Option<Synopsis>,
    /// One entry per reviewed category; a missing category counts as not reviewed.
    #[serde(default)]
    pub advisories: Vec<Advisory>,
    /// What is good in the film, for parents: text, or `{ text, spoiler }`.
    #[serde(default)]
    pub positives: Vec<Positive>,
    /// The film's themes; questions refer to them by `id`.
    #[serde(default)]
    pub themes: Vec<Theme>,
    /// Discussion questions, in sections used before, during and after the film.
    #[serde(default)]
    pub discussion: Vec<Section>,
    /// Lines from the film worth putting in front of the group.
    #[serde(default)]
    pub quotes: Vec<Quote>,
    /// Scripture and prayers, shown unless the build turns the faith layer off.
    pub faith: Option<Faith>,
    /// The evening, step by step. Default: welcome, the film, discussion.
    pub plan: Option<Vec<PlanStep>>,
    /// Films to watch alongside this one.
    #[serde(default)]
    pub related: Vec<Related>,
    /// A quality verdict, kept apart from the content review.
    pub review: Option<Review>,
    /// Where the facts came from.
    #[serde(default)]
    pub sources: Vec<Source>,
}

/// Credits and facts about the film.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Film {
    #[serde(default)]
    pub directors: Vec<String>,
    #[serde(default)]
    pub writers: Vec<String>,
    /// The book, play or story the film adapts.
    pub based_on: Option<BasedOn>,
    #[serde(default)]
    pub cast: Vec<CastMember>,
    /// Running time in minutes (required: time stamps are checked against it).
    pub runtime_minutes: u32,
    pub studio: Option<String>,
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub genres: Vec<String>,
    /// Release dates by region, as `YYYY-MM-DD`.
    #[serde(default)]
    pub releases: Vec<Release>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BasedOn {
    pub title: String,
    pub author: Option<String>,
    /// novel, play, short story, memoir, ...
    pub kind: Option<String>,
    pub year: Option<i64>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CastMember {
    pub actor: String,
    pub role: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Release {
    /// Country or region code, such as `US` or `GB`.
    pub region: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// limited, festival, streaming, ...
    pub note: Option<String>,
}

/// An official rating.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    /// `MPA` (G, PG, PG-13, R, NC-17, NR), `BBFC` (U, PG, 12A, 12, 15, 18, R18), or any other system.
    pub system: String,
    pub rating: String,
    /// The board's stated reason, such as "for some sexuality and nudity".
    pub reason: Option<String>,
    /// Consumer advice, such as the BBFC's "moderate threat".
    pub advice: Option<String>,
    /// Where the rating was found: the `id` of one entry (or a list of them) in `sources`.
    pub source: Option<SourceRefs>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Audience {
    /// The youngest age this guide recommends the film for.
    pub min_age: Option<u32>,
    pub note: Option<String>,
    /// Whether the note gives the plot away: `false` shows it on the handout before the
    /// film; without a mark it waits for the after-the-film sheet (the parents' card
    /// keeps it unless it is marked `true`).
    #[serde(default, skip_serializing_if = "Mark::is_unmarked")]
    pub spoiler: Mark,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Synopsis {
    /// Spoiler-free, for the handout and the parents' card.
    pub short: Option<String>,
    /// The whole plot, spoilers included, for the leader's guide.
    pub full: Option<String>,
}

/// The review of one content category.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Advisory {
    pub category: Category,
    pub severity: Severity,
    pub summary: Option<String>,
    /// Whether the summary gives the plot away: `false` shows it on the handout before
    /// the film; the parents' card keeps it unless it is marked `true`.
    #[serde(default, skip_serializing_if = "Mark::is_unmarked")]
    pub spoiler: Mark,
    #[serde(default)]
    pub details: Vec<AdvisoryDetail>,
    /// Whose judgement this is: the `id` of one entry (or a list of them) in `sources`.
    pub source: Option<SourceRefs>,
    /// What each graded source says of this category, by the source's `id`, in the
    /// source's own words or numbers: `{ csm: "a lot", kim: 7 }`. The severity may not
    /// be below any of them (each source's `scale` reads them).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub verdicts: BTreeMap<String, Verdict>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AdvisoryDetail {
    /// When it happens: `H:MM` or `H:MM:SS` from the film's start, or a range such as
    /// `0:52-0:55`; a leading `~` marks an estimate (`~1:20`).
    pub at: Option<String>,
    pub text: String,
    /// `true`: kept off the parents' card unless spoilers are asked for; `false`: safe on
    /// the handout before the film. Without a mark it is shown on the card but kept off
    /// the handout's first sheet.
    #[serde(default, skip_serializing_if = "Mark::is_unmarked")]
    pub spoiler: Mark,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Short name used by questions' `themes` lists.
    pub id: String,
    pub title: String,
    pub summary: Option<String>,
    /// `false`: safe before the film. `true`, or no mark: kept for after the film on the
    /// handout, off the parents' card.
    #[serde(default, skip_serializing_if = "Mark::is_unmarked")]
    pub spoiler: Mark,
}

/// A group of questions used at one point of the evening.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub title: Option<String>,
    /// `before` (spoiler-free), `pause` (needs `at`) or `after` (the default).
    #[serde(default)]
    pub when: When,
    /// For a pause: where to stop the film, `H:MM` or `H:MM:SS`.
    pub at: Option<String>,
    #[serde(default)]
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub text: String,
    /// Ids from the record's `themes`.
    #[serde(default)]
    pub themes: Vec<String>,
    /// For the leader only.
    pub leader_note: Option<String>,
    #[serde(default)]
    pub follow_ups: Vec<String>,
    /// References, such as `Ecclesiastes 3:7`.
    #[serde(default)]
    pub scripture: Vec<String>,
    /// A question that gives the plot away: allowed only in an `after` section.
    #[serde(default)]
    pub spoiler: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub text: String,
    pub speaker: Option<String>,
    /// When it is said; a leading `~` marks an estimate.
    pub at: Option<String>,
    /// `false`: safe before the film. `true`, or no mark: printed on the handout only
    /// after the film.
    #[serde(default, skip_serializing_if = "Mark::is_unmarked")]
    pub spoiler: Mark,
}

/// The optional faith layer.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Faith {
    #[serde(default)]
    pub scripture: Vec<Scripture>,
    pub opening_prayer: Option<String>,
    pub closing_prayer: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scripture {
    /// The reference, such as `Ecclesiastes 3:1-8`.
    #[serde(rename = "ref")]
    pub reference: String,
    /// Why this passage belongs with the film.
    pub note: Option<String>,
    /// `false`: read before the film, with the opening prayer. `true`, or no mark: its
    /// note gives the plot away, so the handout prints it after the film.
    #[serde(default, skip_serializing_if = "Mark::is_unmarked")]
    pub spoiler: Mark,
}

/// One step of the evening.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanStep {
    pub label: String,
    pub minutes: u32,
    pub note: Option<String>,
    /// `film` for a stretch of the film (together they must add up to the running time
    /// and stop at the pauses), `faith` for a step that leaves with the faith layer.
    pub kind: Option<StepKind>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Related {
    pub title: String,
    pub year: Option<i64>,
    /// The slug of a record in the same library; its ratings are shown beside it.
    pub guide: Option<String>,
    /// Why it goes with this film.
    pub why: Option<String>,
    /// Whether `why` gives this film's plot away. `false`: safe before the film; `true`,
    /// or no mark: printed on the handout only after the film, off the parents' card.
    #[serde(default, skip_serializing_if = "Mark::is_unmarked")]
    pub spoiler: Mark,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub stars: f64,
    pub out_of: f64,
    /// Whose verdict this is: the `id` of one entry (or a list of them) in `sources`.
    pub source: Option<SourceRefs>,
    /// A sentence on the film's quality.
    pub text: Option<String>,
    /// Whether the text gives the plot away; without `spoiler: false` it is kept off the
    /// parents' card.
    #[serde(default, skip_serializing_if = "Mark::is_unmarked")]
    pub spoiler: Mark,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// A short name that ratings, advisories and the review use to point here.
    pub id: Option<String>,
    pub title: String,
    /// An `http` or `https` address.
    pub url: Option<String>,
    /// How the source grades content, when it does: its `verdicts` in advisories are read
    /// with this scale (`common-sense`, `kids-in-mind`, `imdb`, `bbfc`, ...).
    pub scale: Option<Scale>,
}

/// One thing that is good in the film: plain text (not yet marked), or with its mark.
#[derive(Debug, Clone, JsonSchema)]
#[schemars(untagged)]
pub enum Positive {
    Text(String),
    Marked {
        text: String,
        /// `false`: safe before the film; `true` gives the plot away.
        #[serde(default)]
        spoiler: Mark,
    },
}

impl Positive {
    pub fn text(&self) -> &str {
        match self {
            Positive::Text(text) | Positive::Marked { text, .. } => text,
        }
    }

    pub fn mark(&self) -> Mark {
        match self {
            Positive::Text(_) => Mark::Unmarked,
            Positive::Marked { spoiler, .. } => *spoiler,
        }
    }
}

impl<'de> Deserialize<'de> for Positive {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Marked {
            text: String,
            #[serde(default)]
            spoiler: Mark,
        }
        #[derive(Deserialize)]
        #[serde(untagged, expecting = "a positive: text, or `{ text: ..., spoiler: false }`")]
        enum Either {
            Text(String),
            Marked(Marked),
        }
        // A positive written as null is read as empty, for `check` to refuse with its place.
        Ok(match Option::<Either>::deserialize(deserializer)? {
            None => Positive::Text(String::new()),
            Some(Either::Text(text)) => Positive::Text(text),
            Some(Either::Marked(m)) => Positive::Marked { text: m.text, spoiler: m.spoiler },
        })
    }
}

impl Serialize for Positive {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        match self {
            Positive::Text(text) => serializer.serialize_str(text),
            Positive::Marked { text, spoiler } => {
                let mut s = serializer.serialize_struct("Positive", 2)?;
                s.serialize_field("text", text)?;
                s.serialize_field("spoiler", spoiler)?;
                s.end()
            }
        }
    }
}

/// One source id or a list of them: `source: kids-in-mind` or `source: [a, b]`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(transparent)]
pub struct SourceRefs(pub Vec<String>);

impl<'de> Deserialize<'de> for SourceRefs {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged, expecting = "a source id or a list of source ids")]
        enum OneOrMany {
            One(String),
            Many(Vec<String>),
        }
        Ok(SourceRefs(match OneOrMany::deserialize(deserializer)? {
            OneOrMany::One(id) => vec![id],
            OneOrMany::Many(ids) => ids,
        }))
    }
}

impl JsonSchema for SourceRefs {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SourceRefs".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The `id` of an entry in `sources`, or a list of them.",
            "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }]
        })
    }
}

impl Guide {
    /// The advisory for a category, if that category was reviewed.
    pub fn advisory(&self, category: &Category) -> Option<&Advisory> {
        self.advisories.iter().find(|a| &a.category == category)
    }
}

impl Guide {
    /// Where the film is stopped for its pause questions, in whole minutes from its
    /// start, in order: the stops every plan of an evening with this film is built on.
    pub fn pause_minutes(&self) -> Vec<u32> {
        let mut pauses: Vec<u32> = self
            .discussion
            .iter()
            .filter(|s| s.when == When::Pause)
            .filter_map(|s| timecode::parse_span(s.at.as_deref()?).ok())
            .map(|span| (span.start + 30) / 60)
            .filter(|minute| *minute > 0 && *minute < self.film.runtime_minutes)
            .collect();
        pauses.sort_unstable();
        pauses.dedup();
        pauses
    }

    /// Whether the film has questions for before it is shown.
    pub fn has_questions_before(&self) -> bool {
        self.discussion.iter().any(|s| s.when == When::Before && !s.questions.is_empty())
    }
}
