//! What a view is: the fields of one edition of one guide, every word already chosen.
//!
//! Renderers read these types and nothing else. Each block carries its own heading and
//! captions; the few words shared by many blocks are in [`Labels`]; switches are enums.
//! Serialized as they are for the HTML templates, which dispatch on a block's `kind`.

use serde::Serialize;

use crate::view::edition::Edition;
use crate::view::links::Link;

/// Everything one edition of one guide shows, in order.
#[derive(Debug, Clone, Serialize)]
pub struct View {
    pub edition: Edition,
    /// "Leader's guide".
    pub edition_title: String,
    pub density: Density,
    pub slug: String,
    /// BCP 47 language of the text.
    pub lang: String,
    pub title: String,
    pub original_title: Option<String>,
    /// The film's year; none for a night's own pages.
    pub year: Option<i64>,
    /// Credits in order, the running time last.
    pub credits: Vec<Credit>,
    pub ratings: Vec<RatingView>,
    pub blocks: Vec<Block>,
    pub group: Option<String>,
    pub event: Option<String>,
    /// The editions' pages a reader can move to, for the HTML masthead.
    pub nav: Nav,
    pub footer: Footer,
    /// Title, subject and keywords of the file (PDF info, HTML `<title>`).
    pub document: Document,
    pub labels: Labels,
    /// Facts for machine-readable metadata (schema.org).
    pub facts: Facts,
}

/// How tightly an edition is set: the parents' card is one sheet a parent can keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Density {
    Normal,
    Compact,
}

/// Words many blocks share.
#[derive(Debug, Clone, Serialize)]
pub struct Labels {
    /// The run-in label of a leader's note: "Leader's note."
    pub leader_note: String,
    pub follow_ups: String,
    /// The notice on a page left blank so that a part starts on a new sheet.
    pub blank_page: String,
    /// How to print and fold the booklets, on their first sheet.
    pub booklet_note: String,
    /// How to print and cut the cards set two to a sheet, on their first sheet.
    pub two_up_note: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Credit {
    pub kind: CreditKind,
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CreditKind {
    Directors,
    Writers,
    BasedOn,
    Cast,
    Studio,
    Countries,
    Languages,
    Genres,
    Released,
    Runtime,
}

#[derive(Debug, Clone, Serialize)]
pub struct RatingView {
    pub system: String,
    pub rating: String,
    /// "MPA R".
    pub mark: String,
    /// "MPA rating", for a tooltip.
    pub title: String,
    /// What the rating means, for the editions that help decide who may watch: printed
    /// after the reason and advice, and already set off from them.
    pub meaning: Option<String>,
    pub reason: Option<String>,
    pub advice: Option<String>,
    /// "(source: …)", naming the sources the rating was taken from.
    pub sources: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Nav {
    pub label: String,
    pub home: Link,
    pub links: Vec<Link>,
}

/// The running footer's parts, before a renderer fits them to its page.
#[derive(Debug, Clone, Serialize)]
pub struct Footer {
    /// "Never Let Me Go (2010)", plain text.
    pub film: String,
    pub edition: String,
    pub group: Option<String>,
    pub event: Option<String>,
    /// "Page 3 of 8" in pieces, so CSS counters or numbers can fill the slots.
    pub page_number: Vec<PagePiece>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "text", rename_all = "snake_case")]
pub enum PagePiece {
    Text(String),
    Page,
    Pages,
}

impl Footer {
    /// The page number in words: "Page 3 of 8".
    pub fn page_number(&self, page: usize, pages: usize) -> String {
        self.page_number
            .iter()
            .map(|piece| match piece {
                PagePiece::Text(text) => text.clone(),
                PagePiece::Page => page.to_string(),
                PagePiece::Pages => pages.to_string(),
            })
            .collect()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// "Her (2013): Parents' card".
    pub title: String,
    pub subject: String,
    pub keywords: Vec<String>,
    /// The group, or "reelguide".
    pub author: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Facts {
    pub directors: Vec<String>,
    /// The first release date (`YYYY-MM-DD`), or the year.
    pub date_published: String,
    /// ISO 8601 duration, such as `PT103M`.
    pub duration: String,
    /// Such as `MPA R`.
    pub content_rating: Option<String>,
    /// Such as `16-`.
    pub typical_age_range: Option<String>,
}

/// One part of an edition. Serialized with a `kind` field that templates dispatch on.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    Audience(AudienceView),
    Synopsis {
        heading: String,
        text: String,
    },
    /// The timed advisory details in film order, so a leader can preview or skip them.
    Scenes(ScenesView),
    Advisories(Advisories),
    Positives {
        heading: String,
        items: Vec<Tagged>,
    },
    Themes(ThemesView),
    Faith(FaithView),
    Plan(PlanView),
    /// A new sheet and its heading: the parts of the handout given out at each pause and
    /// after the film.
    Part {
        heading: String,
        note: String,
    },
    Questions(QuestionSection),
    Quotes {
        heading: String,
        items: Vec<QuoteView>,
    },
    Related(RelatedList),
    /// The quality verdict, kept apart from the content review.
    Review(ReviewView),
    Sources {
        heading: String,
        items: Vec<SourceView>,
    },
    Notes {
        heading: String,
        lines: usize,
    },
    /// Paragraphs under a heading: a night's notes, what to print for it, the licence.
    Prose {
        heading: String,
        paragraphs: Vec<String>,
    },
}

#[derive(Debug, Clone, Serialize)]
pub struct AudienceView {
    pub heading: String,
    /// "Recommended for ages 16 and up".
    pub age: Option<String>,
    pub note: Option<String>,
    /// The note's spoiler state, where an edition shows it: "Spoiler".
    pub tag: Option<String>,
    /// Framed and first, as on the parents' card.
    pub prominent: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Advisories {
    pub heading: String,
    pub detail: Detail,
    /// The table's column headings; none where each category is a row of its own (the
    /// parents' card), which needs none.
    pub columns: Option<AdvisoryColumns>,
    pub rows: Vec<AdvisoryRow>,
    /// How many things the card leaves off because they give the plot away.
    pub hidden_spoilers: usize,
    /// The same, in a sentence: "Left off this card because they give away the plot:
    /// 3 scene details and 2 themes."
    pub hidden_note: Option<String>,
}

/// How much of the advisories an edition shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Detail {
    /// Severity only: the handout.
    Brief,
    /// Details with times, spoilers tagged: the leader's guide.
    Full,
    /// Details, spoilers hidden unless asked for: the parents' card.
    Card,
}

impl Detail {
    /// Whether the table has a column for what is shown.
    pub fn shows_details(self) -> bool {
        match self {
            Detail::Brief => false,
            Detail::Full | Detail::Card => true,
        }
    }
}

/// The headings of the advisory table's columns.
#[derive(Debug, Clone, Serialize)]
pub struct AdvisoryColumns {
    pub category: String,
    pub severity: String,
    pub shown: String,
    /// The first column where a narrow page stacks the category and its severity.
    pub category_and_severity: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AdvisoryRow {
    pub category: String,
    pub label: String,
    pub covers: String,
    pub severity: SeverityView,
    pub summary: Option<String>,
    /// The summary's spoiler state, where an edition shows it.
    pub summary_tag: Option<String>,
    pub details: Vec<DetailView>,
    /// Whose judgement this is: what each graded source says ("Common Sense Media: a
    /// lot; Kids-In-Mind: 7"), then the other sources named.
    pub sources: Option<String>,
    /// Said when the sources' verdicts lie two steps or more apart.
    pub disagreement: Option<String>,
}

/// A severity as a word and a bar of 0-3 filled steps; `reviewed` is false where the
/// record has no review of the category.
#[derive(Debug, Clone, Serialize)]
pub struct SeverityView {
    pub key: String,
    pub label: String,
    pub level: u8,
    pub reviewed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct DetailView {
    /// When, in words: "0:52–0:55", "about 1:20".
    pub at: Option<String>,
    pub text: String,
    /// The spoiler state, where an edition shows it: "Spoiler", "Not checked for spoilers".
    pub tag: Option<String>,
}

/// A text and its spoiler state, where an edition shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Tagged {
    pub text: String,
    pub tag: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScenesView {
    pub heading: String,
    pub intro: String,
    /// Time, category, what happens.
    pub columns: [String; 3],
    pub rows: Vec<SceneRow>,
}

/// One scene of the leader's *scenes to know about* list.
#[derive(Debug, Clone, Serialize)]
pub struct SceneRow {
    pub at: String,
    pub category: String,
    pub severity: SeverityView,
    pub text: String,
    pub tag: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ThemesView {
    pub heading: String,
    pub items: Vec<ThemeView>,
    /// Titles only, on one line (the parents' card), or titles with summaries.
    pub brief: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ThemeView {
    pub id: String,
    pub title: String,
    pub summary: Option<String>,
    pub tag: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReviewView {
    pub heading: String,
    /// "3.5 out of 4".
    pub verdict: String,
    /// "A verdict on its quality, not on its content."
    pub note: String,
    /// "Source: …."
    pub sources: Option<String>,
    /// The reviewer's words, where the edition shows them.
    pub text: Option<Tagged>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FaithView {
    pub heading: String,
    pub opening_prayer: Option<Titled>,
    pub readings: Option<Readings>,
    pub closing_prayer: Option<Titled>,
}

/// A text under its own small heading.
#[derive(Debug, Clone, Serialize)]
pub struct Titled {
    pub heading: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Readings {
    pub heading: String,
    pub items: Vec<ScriptureView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScriptureView {
    pub reference: String,
    pub note: Option<String>,
    pub tag: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlanView {
    pub heading: String,
    /// When, step, minutes.
    pub columns: [String; 3],
    pub rows: Vec<PlanRow>,
    /// The last row: when the evening ends.
    pub end: PlanRow,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlanRow {
    /// The clock time the step starts, or how far into the evening: "19:10", "10 min".
    pub when: String,
    pub label: String,
    /// Empty on the last row.
    pub minutes: String,
    pub note: Option<String>,
    /// A stretch of the film.
    pub film: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionSection {
    pub timing: Timing,
    /// Empty where the sheet's heading already says it.
    pub heading: String,
    /// For a pause: where to stop the film, as a sentence.
    pub cue: Option<String>,
    pub questions: Vec<QuestionView>,
}

/// When a section's questions are asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Timing {
    Before,
    Pause,
    After,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionView {
    /// Numbered through the whole guide, the same on the handout and the leader's guide.
    pub number: usize,
    pub text: String,
    /// "Themes: …" (leader's guide only).
    pub themes: Option<String>,
    pub leader_note: Option<String>,
    pub follow_ups: Vec<String>,
    /// "Scripture: …" (leader's guide only).
    pub scripture: Option<String>,
    pub tag: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuoteView {
    pub text: String,
    pub speaker: Option<String>,
    pub at: Option<String>,
    pub tag: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RelatedList {
    pub heading: String,
    pub items: Vec<RelatedView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RelatedView {
    pub title: String,
    pub year: Option<i64>,
    pub why: Option<String>,
    /// The same edition of the related record's pages, when it is in the library.
    pub href: Option<String>,
    pub ratings: Vec<String>,
    /// The related record's six severities, on the parents' card.
    pub severities: Vec<(String, SeverityView)>,
    pub tag: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    pub title: String,
    pub url: Option<String>,
}
