//! The edition view: the single place that decides what each edition of a guide shows,
//! and in what order. The HTML and the PDF renderers both walk a [`View`]'s blocks and
//! decide nothing about content, so the two formats of an edition cannot disagree.
//!
//! The rules follow the table in `docs/guide-format.md`: the participant handout keeps
//! the after-the-film questions on their own page and hides everything meant for the
//! leader; the leader's guide shows everything; the parents' card shows content, not
//! questions, with spoiler details hidden unless asked for.

use std::collections::HashMap;

use serde::Serialize;

use crate::library::Summary;
use crate::record::{Guide, Question, Section};
use crate::timecode;
use crate::vocab::{Category, Severity, When};

/// The three printed editions of a guide.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, clap::ValueEnum, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Edition {
    Handout,
    Leader,
    Parents,
}

impl Edition {
    pub const ALL: [Edition; 3] = [Edition::Handout, Edition::Leader, Edition::Parents];

    /// The output file stem: `handout`, `leader`, `parents`.
    pub fn key(self) -> &'static str {
        match self {
            Edition::Handout => "handout",
            Edition::Leader => "leader",
            Edition::Parents => "parents",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Edition::Handout => "Discussion handout",
            Edition::Leader => "Leader's guide",
            Edition::Parents => "Parents' card",
        }
    }
}

/// Choices that change what an edition contains.
#[derive(Debug, Clone)]
pub struct Options {
    /// Scripture and prayers (the faith layer), on the handout and the leader's guide.
    pub faith: bool,
    /// Spoiler details on the parents' card.
    pub spoilers: bool,
    /// The evening's start, in minutes after midnight, for the plan's clock times.
    pub start: Option<u32>,
    /// Printed on every page when set.
    pub group: Option<String>,
    /// The event line, such as "Friday 6 March, 7 pm, St Mark's hall".
    pub event: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options { faith: true, spoilers: false, start: None, group: None, event: None }
    }
}

/// The heading of the handout's after-the-film page.
const AFTER_PART: &str = "After the film";

/// How many ruled lines close the handout.
pub const NOTE_LINES: usize = 10;

/// Everything one edition of one guide shows, in order.
#[derive(Debug, Clone, Serialize)]
pub struct View {
    pub edition: Edition,
    pub edition_title: &'static str,
    pub slug: String,
    /// BCP 47 language of the text.
    pub lang: String,
    pub title: String,
    pub original_title: Option<String>,
    pub year: i64,
    pub credits: Vec<Credit>,
    pub runtime_minutes: u32,
    pub runtime: String,
    pub ratings: Vec<RatingView>,
    pub blocks: Vec<Block>,
    pub group: Option<String>,
    pub event: Option<String>,
    /// Facts for machine-readable metadata (schema.org, PDF info).
    pub facts: Facts,
}

#[derive(Debug, Clone, Serialize)]
pub struct Credit {
    pub label: &'static str,
    pub value: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RatingView {
    pub system: String,
    pub rating: String,
    pub reason: Option<String>,
    pub advice: Option<String>,
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
    pub keywords: Vec<String>,
}

/// One part of an edition. Serialized with a `kind` field that templates dispatch on.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    Audience {
        min_age: Option<u32>,
        note: Option<String>,
        prominent: bool,
    },
    Synopsis {
        heading: &'static str,
        text: String,
    },
    Advisories(Advisories),
    Positives {
        items: Vec<String>,
    },
    /// `brief`: titles only (the parents' card), otherwise titles with summaries.
    Themes {
        items: Vec<ThemeView>,
        brief: bool,
    },
    Faith(FaithView),
    Plan(PlanView),
    /// A page break and a part heading: the handout's after-the-film page.
    Part {
        heading: &'static str,
        note: &'static str,
    },
    Questions(QuestionSection),
    Quotes {
        items: Vec<QuoteView>,
    },
    Related {
        items: Vec<RelatedView>,
        with_content: bool,
    },
    Sources {
        items: Vec<SourceView>,
    },
    Notes {
        lines: usize,
    },
}

#[derive(Debug, Clone, Serialize)]
pub struct Advisories {
    /// `brief` (severity only), `full` (leader: details with times and spoilers marked),
    /// `card` (parents: details, spoilers hidden unless asked for).
    pub detail: &'static str,
    pub rows: Vec<AdvisoryRow>,
    pub hidden_spoilers: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct AdvisoryRow {
    pub category: String,
    pub label: String,
    pub covers: &'static str,
    pub severity: SeverityView,
    pub summary: Option<String>,
    pub details: Vec<DetailView>,
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

impl SeverityView {
    pub fn of(severity: Option<&Severity>) -> Self {
        match severity {
            Some(s) => SeverityView { key: s.key().into(), label: s.label().into(), level: s.level(), reviewed: true },
            None => SeverityView { key: "unreviewed".into(), label: "Not reviewed".into(), level: 0, reviewed: false },
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct DetailView {
    pub at: Option<String>,
    pub text: String,
    pub spoiler: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ThemeView {
    pub id: String,
    pub title: String,
    pub summary: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FaithView {
    pub scripture: Vec<ScriptureView>,
    pub opening_prayer: Option<String>,
    pub closing_prayer: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScriptureView {
    pub reference: String,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlanView {
    pub rows: Vec<PlanRow>,
    pub total_minutes: u32,
    /// The clock time the evening ends, when a start time is known.
    pub ends: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlanRow {
    /// Clock time the step starts, when a start time is known.
    pub clock: Option<String>,
    /// Minutes into the evening the step starts.
    pub offset: u32,
    pub label: String,
    pub minutes: u32,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionSection {
    /// `before`, `pause` or `after`.
    pub when: &'static str,
    pub heading: String,
    /// For a pause: where to stop the film.
    pub cue: Option<String>,
    pub questions: Vec<QuestionView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionView {
    /// Numbered through the whole guide, the same on the handout and the leader's guide.
    pub number: usize,
    pub text: String,
    /// Theme titles (leader's guide only).
    pub themes: Vec<String>,
    pub leader_note: Option<String>,
    pub follow_ups: Vec<String>,
    pub scripture: Vec<String>,
    pub spoiler: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuoteView {
    pub text: String,
    pub speaker: Option<String>,
    pub at: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RelatedView {
    pub title: String,
    pub year: Option<i64>,
    pub why: Option<String>,
    /// The related record's slug, when it is in the library (its pages are linked).
    pub slug: Option<String>,
    pub ratings: Vec<String>,
    /// The related record's six severities, on the parents' card.
    pub severities: Vec<(String, SeverityView)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    pub title: String,
    pub url: Option<String>,
}

/// The library's records by slug, for the related films of a guide.
pub type Lookup<'a> = HashMap<&'a str, &'a Summary>;

/// Builds one edition of a guide. `library` finds related records by slug.
pub fn build(guide: &Guide, slug: &str, edition: Edition, options: &Options, library: &Lookup<'_>) -> View {
    let mut blocks = Vec::new();
    let b = Builder { guide, edition, options, library };
    match edition {
        Edition::Handout => {
            blocks.extend(b.audience(false));
            blocks.extend(b.synopsis_short());
            blocks.push(b.advisories("brief"));
            blocks.extend(b.themes());
            blocks.extend(b.faith());
            blocks.extend(b.question_sections(|w| *w != When::After));
            blocks.extend(b.quotes());
            blocks.extend(b.related(false));
            let mut after = b.question_sections(|w| *w == When::After);
            if !after.is_empty() {
                blocks.push(Block::Part {
                    heading: AFTER_PART,
                    note: "Questions for after the screening. They talk about the ending.",
                });
            }
            // The part heading already says it; a section called the same adds nothing.
            for block in &mut after {
                if let Block::Questions(section) = block
                    && section.heading == AFTER_PART
                {
                    section.heading.clear();
                }
            }
            blocks.extend(after);
            blocks.push(Block::Notes { lines: NOTE_LINES });
        }
        Edition::Leader => {
            blocks.extend(b.audience(false));
            blocks.push(b.plan());
            blocks.extend(b.synopsis_short());
            blocks.extend(b.synopsis_full());
            blocks.push(b.advisories("full"));
            blocks.extend(b.positives());
            blocks.extend(b.themes());
            blocks.extend(b.faith());
            blocks.extend(b.question_sections(|_| true));
            blocks.extend(b.quotes());
            blocks.extend(b.related(false));
            blocks.extend(b.sources());
        }
        Edition::Parents => {
            blocks.extend(b.audience(true));
            blocks.extend(b.synopsis_short());
            blocks.push(b.advisories("card"));
            blocks.extend(b.positives());
            blocks.extend(b.themes());
            blocks.extend(b.related(true));
        }
    }
    View {
        edition,
        edition_title: edition.title(),
        slug: slug.to_string(),
        lang: guide.language.clone().unwrap_or_else(|| "en".into()),
        title: guide.title.clone(),
        original_title: guide.original_title.clone(),
        year: guide.year,
        credits: b.credits(),
        runtime_minutes: guide.film.runtime_minutes,
        runtime: runtime_words(guide.film.runtime_minutes),
        ratings: guide
            .ratings
            .iter()
            .map(|r| RatingView {
                system: r.system.clone(),
                rating: r.rating.clone(),
                reason: r.reason.clone(),
                advice: r.advice.clone(),
            })
            .collect(),
        blocks,
        group: options.group.clone(),
        event: options.event.clone(),
        facts: facts(guide),
    }
}

struct Builder<'a> {
    guide: &'a Guide,
    edition: Edition,
    options: &'a Options,
    library: &'a Lookup<'a>,
}

impl Builder<'_> {
    fn credits(&self) -> Vec<Credit> {
        let film = &self.guide.film;
        let full = self.edition == Edition::Leader;
        let mut credits = Vec::new();
        let mut add = |label, value: String| {
            if !value.is_empty() {
                credits.push(Credit { label, value });
            }
        };
        add("Directed by", film.directors.join(", "));
        add("Written by", film.writers.join(", "));
        if let Some(book) = &film.based_on {
            let mut text = match &book.kind {
                Some(kind) => format!("the {kind} *{}*", book.title),
                None => format!("*{}*", book.title),
            };
            if let Some(author) = &book.author {
                text.push_str(&format!(" by {author}"));
            }
            if let Some(year) = book.year {
                text.push_str(&format!(" ({year})"));
            }
            add("Based on", text);
        }
        let shown = if full { film.cast.len() } else { film.cast.len().min(6) };
        let cast: Vec<String> = film.cast[..shown]
            .iter()
            .map(|m| match &m.role {
                Some(role) => format!("{} ({role})", m.actor),
                None => m.actor.clone(),
            })
            .collect();
        add("Starring", cast.join(", "));
        if full {
            add("Studio", film.studio.clone().unwrap_or_default());
            add("Country", film.countries.join(", "));
            add("Language", film.languages.join(", "));
            add("Genre", film.genres.join(", "));
        }
        if let Some(release) = film.releases.first() {
            let mut text = format!("{}, {}", long_date(&release.date), release.region);
            if let Some(note) = &release.note {
                text.push_str(&format!(" ({note})"));
            }
            add("Released", text);
        }
        credits
    }

    fn audience(&self, prominent: bool) -> Option<Block> {
        let audience = self.guide.audience.as_ref()?;
        Some(Block::Audience { min_age: audience.min_age, note: audience.note.clone(), prominent })
    }

    fn synopsis_short(&self) -> Option<Block> {
        let text = self.guide.synopsis.as_ref()?.short.clone()?;
        Some(Block::Synopsis { heading: "The story", text })
    }

    fn synopsis_full(&self) -> Option<Block> {
        let text = self.guide.synopsis.as_ref()?.full.clone()?;
        Some(Block::Synopsis { heading: "The whole story (spoilers)", text })
    }

    fn advisories(&self, detail: &'static str) -> Block {
        let mut hidden_spoilers = 0;
        let rows = Category::ALL
            .iter()
            .map(|category| {
                let advisory = self.guide.advisory(category);
                let details = match (detail, advisory) {
                    ("brief", _) | (_, None) => Vec::new(),
                    (_, Some(a)) => a
                        .details
                        .iter()
                        .filter(|d| {
                            let hide = detail == "card" && d.spoiler && !self.options.spoilers;
                            hidden_spoilers += usize::from(hide);
                            !hide
                        })
                        .map(|d| DetailView {
                            at: d.at.as_deref().and_then(|t| timecode::parse(t).ok()).map(timecode::format),
                            text: d.text.clone(),
                            spoiler: d.spoiler,
                        })
                        .collect(),
                };
                AdvisoryRow {
                    category: category.key().into(),
                    label: category.label().into(),
                    covers: category.covers(),
                    severity: SeverityView::of(advisory.map(|a| &a.severity)),
                    summary: if detail == "brief" { None } else { advisory.and_then(|a| a.summary.clone()) },
                    details,
                }
            })
            .collect();
        Block::Advisories(Advisories { detail, rows, hidden_spoilers })
    }

    fn positives(&self) -> Option<Block> {
        (!self.guide.positives.is_empty()).then(|| Block::Positives { items: self.guide.positives.clone() })
    }

    fn themes(&self) -> Option<Block> {
        let brief = self.edition == Edition::Parents;
        let items: Vec<ThemeView> = self
            .guide
            .themes
            .iter()
            .map(|t| ThemeView { id: t.id.clone(), title: t.title.clone(), summary: t.summary.clone() })
            .collect();
        (!items.is_empty()).then_some(Block::Themes { items, brief })
    }

    fn faith(&self) -> Option<Block> {
        let faith = self.guide.faith.as_ref().filter(|_| self.options.faith)?;
        Some(Block::Faith(FaithView {
            scripture: faith
                .scripture
                .iter()
                .map(|s| ScriptureView { reference: s.reference.clone(), note: s.note.clone() })
                .collect(),
            opening_prayer: faith.opening_prayer.clone(),
            closing_prayer: faith.closing_prayer.clone(),
        }))
    }

    /// The evening: the record's plan, or welcome, the film and discussion.
    fn plan(&self) -> Block {
        let steps: Vec<(String, u32, Option<String>)> = match &self.guide.plan {
            Some(plan) => plan.iter().map(|s| (s.label.clone(), s.minutes, s.note.clone())).collect(),
            None => vec![
                ("Welcome".into(), 10, None),
                ("The film".into(), self.guide.film.runtime_minutes, None),
                ("Discussion".into(), 45, None),
            ],
        };
        let mut offset = 0;
        let rows = steps
            .into_iter()
            .map(|(label, minutes, note)| {
                let row = PlanRow {
                    clock: self.options.start.map(|s| timecode::format_clock(s + offset)),
                    offset,
                    label,
                    minutes,
                    note,
                };
                offset += minutes;
                row
            })
            .collect();
        Block::Plan(PlanView {
            rows,
            total_minutes: offset,
            ends: self.options.start.map(|s| timecode::format_clock(s + offset)),
        })
    }

    /// The discussion sections whose timing passes `keep`, numbered through the guide.
    fn question_sections(&self, keep: impl Fn(&When) -> bool) -> Vec<Block> {
        let mut number = 0;
        let mut blocks = Vec::new();
        for section in &self.guide.discussion {
            let first = number + 1;
            number += section.questions.len();
            if !keep(&section.when) || section.questions.is_empty() {
                continue;
            }
            blocks.push(Block::Questions(self.section(section, first)));
        }
        blocks
    }

    fn section(&self, section: &Section, first: usize) -> QuestionSection {
        let leader = self.edition == Edition::Leader;
        let cue = match section.when {
            When::Pause => section.at.as_deref().and_then(|t| timecode::parse(t).ok()).map(timecode::format),
            _ => None,
        };
        let heading = section.title.clone().unwrap_or_else(|| match (&section.when, &cue) {
            (When::Pause, Some(at)) => format!("At the pause ({at})"),
            (when, _) => when.label().to_string(),
        });
        let question = |(i, q): (usize, &Question)| QuestionView {
            number: first + i,
            text: q.text.clone(),
            themes: if leader { self.theme_titles(&q.themes) } else { Vec::new() },
            leader_note: q.leader_note.clone().filter(|_| leader),
            follow_ups: if leader { q.follow_ups.clone() } else { Vec::new() },
            scripture: if leader && self.options.faith { q.scripture.clone() } else { Vec::new() },
            spoiler: q.spoiler && leader,
        };
        QuestionSection {
            when: match section.when {
                When::Before => "before",
                When::Pause => "pause",
                _ => "after",
            },
            heading,
            cue,
            questions: section.questions.iter().enumerate().map(question).collect(),
        }
    }

    fn theme_titles(&self, ids: &[String]) -> Vec<String> {
        ids.iter().filter_map(|id| self.guide.themes.iter().find(|t| &t.id == id).map(|t| t.title.clone())).collect()
    }

    fn quotes(&self) -> Option<Block> {
        let items: Vec<QuoteView> = self
            .guide
            .quotes
            .iter()
            .map(|q| QuoteView {
                text: q.text.clone(),
                speaker: q.speaker.clone(),
                at: q.at.as_deref().and_then(|t| timecode::parse(t).ok()).map(timecode::format),
            })
            .collect();
        (!items.is_empty()).then_some(Block::Quotes { items })
    }

    fn related(&self, with_content: bool) -> Option<Block> {
        let items: Vec<RelatedView> = self
            .guide
            .related
            .iter()
            .map(|r| {
                let known = r.guide.as_deref().and_then(|slug| self.library.get(slug).copied());
                RelatedView {
                    title: r.title.clone(),
                    year: r.year,
                    why: r.why.clone(),
                    slug: known.map(|s| s.slug.clone()),
                    ratings: known
                        .map(|s| s.ratings.iter().map(|r| format!("{} {}", r.system, r.rating)).collect())
                        .unwrap_or_default(),
                    severities: match known {
                        Some(summary) if with_content => summary
                            .severities
                            .iter()
                            .map(|(c, s)| (c.label().to_string(), SeverityView::of(s.as_ref())))
                            .collect(),
                        _ => Vec::new(),
                    },
                }
            })
            .collect();
        (!items.is_empty()).then_some(Block::Related { items, with_content })
    }

    fn sources(&self) -> Option<Block> {
        let items: Vec<SourceView> =
            self.guide.sources.iter().map(|s| SourceView { title: s.title.clone(), url: s.url.clone() }).collect();
        (!items.is_empty()).then_some(Block::Sources { items })
    }
}

fn facts(guide: &Guide) -> Facts {
    let content_rating = guide.ratings.first().map(|r| format!("{} {}", r.system, r.rating));
    let mut keywords: Vec<String> = guide.themes.iter().map(|t| crate::markup::plain(&t.title)).collect();
    keywords.extend(guide.film.genres.iter().cloned());
    Facts {
        directors: guide.film.directors.clone(),
        date_published: guide
            .film
            .releases
            .iter()
            .map(|r| r.date.clone())
            .min()
            .unwrap_or_else(|| guide.year.to_string()),
        duration: format!("PT{}M", guide.film.runtime_minutes),
        content_rating,
        typical_age_range: guide.audience.as_ref().and_then(|a| a.min_age).map(|age| format!("{age}-")),
        keywords,
    }
}

/// "103 minutes (1 h 43 min)".
pub fn runtime_words(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} minutes"),
        (h, 0) => format!("{minutes} minutes ({h} h)"),
        (h, m) => format!("{minutes} minutes ({h} h {m} min)"),
    }
}

/// "2010-09-15" as "15 September 2010"; anything else as written.
pub fn long_date(date: &str) -> String {
    let parts: Vec<&str> = date.split('-').collect();
    if let [y, m, d] = parts.as_slice()
        && let (Ok(m), Ok(d)) = (m.parse::<u8>(), d.parse::<u8>())
        && let Ok(month) = time::Month::try_from(m)
    {
        return format!("{d} {month} {y}");
    }
    date.to_string()
}
