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

use crate::pipeline::library::Summary;
use crate::record::timecode::{self, Span};
use crate::record::vocab::{Category, Severity, StepKind, When};
use crate::record::{Guide, PlanStep, Question, Section, SourceRefs};

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

/// Pages put two to a sheet, for printing an edition as booklets or cut cards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Imposition {
    /// Saddle-stitched booklets, one for each part handed out on its own.
    Booklet,
    /// Two copies side by side, to cut apart.
    TwoUp,
}

impl Edition {
    /// The imposed form of this edition a build asked for, and its file name: booklets
    /// of the handout and the leader's guide, two parents' cards to a sheet.
    pub fn imposition(self, booklet: bool, two_up: bool) -> Option<(Imposition, &'static str)> {
        match self {
            Edition::Handout if booklet => Some((Imposition::Booklet, "handout-booklet.pdf")),
            Edition::Leader if booklet => Some((Imposition::Booklet, "leader-booklet.pdf")),
            Edition::Parents if two_up => Some((Imposition::TwoUp, "parents-2up.pdf")),
            Edition::Handout | Edition::Leader | Edition::Parents => None,
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
    /// Titles of the sources the rating was taken from.
    pub sources: Vec<String>,
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
    /// The timed advisory details in film order, so a leader can preview or skip them.
    Scenes {
        rows: Vec<SceneRow>,
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
    /// A new sheet and its heading: the parts of the handout given out at each pause and
    /// after the film.
    Part {
        heading: String,
        note: String,
    },
    Questions(QuestionSection),
    Quotes {
        items: Vec<QuoteView>,
    },
    Related {
        items: Vec<RelatedView>,
        with_content: bool,
    },
    /// The quality verdict, kept apart from the content review.
    Review(ReviewView),
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
    /// How many things the card leaves off because they give the plot away.
    pub hidden_spoilers: usize,
    /// The same, in a sentence: "Left off this card because they give away the plot:
    /// 3 scene details and 2 themes."
    pub hidden_note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AdvisoryRow {
    pub category: String,
    pub label: String,
    pub covers: &'static str,
    pub severity: SeverityView,
    pub summary: Option<String>,
    pub details: Vec<DetailView>,
    /// Titles of the sources whose judgement this is.
    pub sources: Vec<String>,
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
    /// When, in words: "0:52–0:55", "about 1:20".
    pub at: Option<String>,
    pub text: String,
    pub spoiler: bool,
}

/// One scene of the leader's *scenes to know about* list.
#[derive(Debug, Clone, Serialize)]
pub struct SceneRow {
    pub at: String,
    pub category: String,
    pub severity: SeverityView,
    pub text: String,
    pub spoiler: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ThemeView {
    pub id: String,
    pub title: String,
    pub summary: Option<String>,
    pub spoiler: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReviewView {
    /// "3.5 out of 4".
    pub verdict: String,
    pub sources: Vec<String>,
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
    /// A stretch of the film.
    pub film: bool,
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
    pub spoiler: bool,
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
    pub spoiler: bool,
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
    let b = Builder { guide, edition, options, library };
    let blocks = match edition {
        Edition::Handout => b.handout(),
        Edition::Leader => b.leader(),
        Edition::Parents => b.parents(),
    };
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
                sources: if edition == Edition::Handout { Vec::new() } else { b.source_titles(r.source.as_ref()) },
            })
            .collect(),
        blocks,
        group: options.group.clone(),
        event: options.event.clone(),
        facts: facts(guide),
    }
}

/// Which items of a list marked `spoiler` an edition shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Spoilers {
    /// Only the items that are not spoilers.
    Without,
    /// Only the spoilers (the handout's after-the-film sheet).
    Only,
    /// Everything, spoilers tagged.
    All,
}

impl Spoilers {
    fn keeps(self, spoiler: bool) -> bool {
        match self {
            Spoilers::Without => !spoiler,
            Spoilers::Only => spoiler,
            Spoilers::All => true,
        }
    }
}

/// The heading of the handout's after-the-film sheet.
const AFTER_PART: &str = "After the film";

struct Builder<'a> {
    guide: &'a Guide,
    edition: Edition,
    options: &'a Options,
    library: &'a Lookup<'a>,
}

impl Builder<'_> {
    /// The participant handout: a sheet for before the film that gives nothing away, one
    /// for each pause that goes no further than the pause, and one for after the film.
    fn handout(&self) -> Vec<Block> {
        let mut blocks = Vec::new();
        blocks.extend(self.audience(false));
        blocks.extend(self.synopsis_short());
        blocks.push(self.advisories(Detail::Brief));
        blocks.extend(self.themes(Spoilers::Without, false));
        blocks.extend(self.faith(true, false));
        blocks.extend(self.question_sections(|w| *w == When::Before));
        blocks.extend(self.quotes(Spoilers::Without));
        blocks.extend(self.related(Spoilers::Without, false));
        for block in self.question_sections(|w| *w == When::Pause) {
            let Block::Questions(mut section) = block else { continue };
            let at = section.cue.take().unwrap_or_default();
            blocks.push(Block::Part {
                heading: std::mem::take(&mut section.heading),
                note: format!("For the pause at about {at}. Nothing here goes further into the film than that."),
            });
            blocks.push(Block::Questions(section));
        }
        let mut after = self.question_sections(|w| *w == When::After);
        // The part heading already says it; a section called the same adds nothing.
        for block in &mut after {
            if let Block::Questions(section) = block
                && section.heading == AFTER_PART
            {
                section.heading.clear();
            }
        }
        after.extend(self.themes(Spoilers::Only, false));
        after.extend(self.quotes(Spoilers::Only));
        after.extend(self.related(Spoilers::Only, false));
        after.extend(self.faith(false, true));
        if !after.is_empty() {
            blocks.push(Block::Part {
                heading: AFTER_PART.into(),
                note: "For after the screening: these pages talk about the ending.".into(),
            });
            blocks.extend(after);
        }
        blocks.push(Block::Notes { lines: NOTE_LINES });
        blocks
    }

    /// The leader's guide: everything, spoilers tagged.
    fn leader(&self) -> Vec<Block> {
        let mut blocks = Vec::new();
        blocks.extend(self.audience(false));
        blocks.push(self.plan());
        blocks.extend(self.synopsis_short());
        blocks.extend(self.synopsis_full());
        blocks.push(self.advisories(Detail::Full));
        blocks.extend(self.scenes());
        blocks.extend(self.positives());
        blocks.extend(self.themes(Spoilers::All, false));
        blocks.extend(self.faith(true, true));
        blocks.extend(self.question_sections(|_| true));
        blocks.extend(self.quotes(Spoilers::All));
        blocks.extend(self.related(Spoilers::All, false));
        blocks.extend(self.review());
        blocks.extend(self.sources());
        blocks
    }

    /// The parents' card: what is in the film, never what happens in it unless asked.
    fn parents(&self) -> Vec<Block> {
        let spoilers = if self.options.spoilers { Spoilers::All } else { Spoilers::Without };
        let mut blocks = Vec::new();
        blocks.extend(self.audience(true));
        blocks.extend(self.synopsis_short());
        let mut advisories = self.advisories(Detail::Card);
        if let Block::Advisories(a) = &mut advisories {
            let themes = self.hidden(self.guide.themes.iter().map(|t| t.spoiler));
            let related = self.hidden(self.guide.related.iter().map(|r| r.spoiler));
            let counts = [(a.hidden_spoilers, "scene detail"), (themes, "theme"), (related, "related film")];
            a.hidden_note = hidden_note(&counts);
            a.hidden_spoilers += themes + related;
        }
        blocks.push(advisories);
        blocks.extend(self.positives());
        blocks.extend(self.themes(spoilers, true));
        blocks.extend(self.related(spoilers, true));
        blocks.extend(self.review());
        blocks
    }

    /// How many of these spoiler flags the parents' card leaves off.
    fn hidden(&self, flags: impl Iterator<Item = bool>) -> usize {
        if self.options.spoilers { 0 } else { flags.filter(|s| *s).count() }
    }

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
        // The leader's guide lists every release; the others the first.
        let shown = if full { film.releases.len() } else { film.releases.len().min(1) };
        let releases: Vec<String> = film.releases[..shown]
            .iter()
            .map(|release| {
                let mut text = format!("{}, {}", long_date(&release.date), release.region);
                if let Some(note) = &release.note {
                    text.push_str(&format!(" ({note})"));
                }
                text
            })
            .collect();
        add("Released", releases.join("; "));
        credits
    }

    /// The titles of the sources a judgement names.
    fn source_titles(&self, refs: Option<&SourceRefs>) -> Vec<String> {
        refs.map(|r| &r.0[..])
            .unwrap_or_default()
            .iter()
            .filter_map(|id| self.guide.sources.iter().find(|s| s.id.as_deref() == Some(id.as_str())))
            .map(|s| s.title.clone())
            .collect()
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

    fn advisories(&self, detail: Detail) -> Block {
        let mut hidden_spoilers = 0;
        let rows = Category::ALL
            .iter()
            .map(|category| {
                let advisory = self.guide.advisory(category);
                let details = match (detail, advisory) {
                    (Detail::Brief, _) | (_, None) => Vec::new(),
                    (_, Some(a)) => a
                        .details
                        .iter()
                        .filter(|d| {
                            let hide = detail == Detail::Card && d.spoiler && !self.options.spoilers;
                            hidden_spoilers += usize::from(hide);
                            !hide
                        })
                        .map(|d| DetailView {
                            at: d.at.as_deref().and_then(when),
                            text: d.text.clone(),
                            spoiler: d.spoiler,
                        })
                        .collect(),
                };
                let brief = detail == Detail::Brief;
                AdvisoryRow {
                    category: category.key().into(),
                    label: category.label().into(),
                    covers: category.covers(),
                    severity: SeverityView::of(advisory.map(|a| &a.severity)),
                    summary: if brief { None } else { advisory.and_then(|a| a.summary.clone()) },
                    details,
                    sources: if brief {
                        Vec::new()
                    } else {
                        self.source_titles(advisory.and_then(|a| a.source.as_ref()))
                    },
                }
            })
            .collect();
        Block::Advisories(Advisories { detail: detail.key(), rows, hidden_spoilers, hidden_note: None })
    }

    /// Every timed advisory detail, in the order a leader meets them while watching.
    fn scenes(&self) -> Option<Block> {
        let mut timed: Vec<(Span, SceneRow)> = Vec::new();
        for advisory in &self.guide.advisories {
            for detail in &advisory.details {
                let Some(span) = detail.at.as_deref().and_then(|t| timecode::parse_span(t).ok()) else { continue };
                timed.push((
                    span,
                    SceneRow {
                        at: span_words(&span),
                        category: advisory.category.label().into(),
                        severity: SeverityView::of(Some(&advisory.severity)),
                        text: detail.text.clone(),
                        spoiler: detail.spoiler,
                    },
                ));
            }
        }
        // Stable: details at the same time keep the order of the six categories.
        timed.sort_by_key(|(span, _)| (span.start, span.end));
        (!timed.is_empty()).then(|| Block::Scenes { rows: timed.into_iter().map(|(_, row)| row).collect() })
    }

    fn positives(&self) -> Option<Block> {
        (!self.guide.positives.is_empty()).then(|| Block::Positives { items: self.guide.positives.clone() })
    }

    fn themes(&self, spoilers: Spoilers, brief: bool) -> Option<Block> {
        let items: Vec<ThemeView> = self
            .guide
            .themes
            .iter()
            .filter(|t| spoilers.keeps(t.spoiler))
            .map(|t| ThemeView {
                id: t.id.clone(),
                title: t.title.clone(),
                summary: t.summary.clone(),
                spoiler: t.spoiler && self.edition != Edition::Handout,
            })
            .collect();
        (!items.is_empty()).then_some(Block::Themes { items, brief })
    }

    /// The faith layer: the opening prayer and readings, the closing prayer, or both.
    fn faith(&self, opening: bool, closing: bool) -> Option<Block> {
        let faith = self.guide.faith.as_ref().filter(|_| self.options.faith)?;
        let view = FaithView {
            scripture: if opening {
                faith
                    .scripture
                    .iter()
                    .map(|s| ScriptureView { reference: s.reference.clone(), note: s.note.clone() })
                    .collect()
            } else {
                Vec::new()
            },
            opening_prayer: faith.opening_prayer.clone().filter(|_| opening),
            closing_prayer: faith.closing_prayer.clone().filter(|_| closing),
        };
        let empty = view.scripture.is_empty() && view.opening_prayer.is_none() && view.closing_prayer.is_none();
        (!empty).then_some(Block::Faith(view))
    }

    /// The evening: the record's plan, or one made from the film's pauses. Steps of the
    /// faith layer leave with it.
    fn plan(&self) -> Block {
        let steps = match &self.guide.plan {
            Some(plan) => plan.clone(),
            None => default_plan(self.guide),
        };
        let mut offset = 0;
        let rows = steps
            .into_iter()
            .filter(|s| self.options.faith || s.kind != Some(StepKind::Faith))
            .map(|s| {
                let row = PlanRow {
                    clock: self.options.start.map(|start| timecode::format_clock(start + offset)),
                    offset,
                    label: s.label,
                    minutes: s.minutes,
                    note: s.note,
                    film: s.kind == Some(StepKind::Film),
                };
                offset += s.minutes;
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
            When::Pause => {
                section.at.as_deref().and_then(|t| timecode::parse_span(t).ok()).map(|s| timecode::format(s.start))
            }
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

    fn quotes(&self, spoilers: Spoilers) -> Option<Block> {
        let items: Vec<QuoteView> = self
            .guide
            .quotes
            .iter()
            .filter(|q| spoilers.keeps(q.spoiler))
            .map(|q| QuoteView {
                text: q.text.clone(),
                speaker: q.speaker.clone(),
                at: q.at.as_deref().and_then(when),
                spoiler: q.spoiler && self.edition == Edition::Leader,
            })
            .collect();
        (!items.is_empty()).then_some(Block::Quotes { items })
    }

    fn related(&self, spoilers: Spoilers, with_content: bool) -> Option<Block> {
        let items: Vec<RelatedView> = self
            .guide
            .related
            .iter()
            .filter(|r| spoilers.keeps(r.spoiler))
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
                    spoiler: r.spoiler && self.edition != Edition::Handout,
                }
            })
            .collect();
        (!items.is_empty()).then_some(Block::Related { items, with_content })
    }

    fn review(&self) -> Option<Block> {
        let review = self.guide.review.as_ref()?;
        Some(Block::Review(ReviewView {
            verdict: format!("{} out of {}", number_words(review.stars), number_words(review.out_of)),
            sources: self.source_titles(review.source.as_ref()),
        }))
    }

    fn sources(&self) -> Option<Block> {
        let items: Vec<SourceView> =
            self.guide.sources.iter().map(|s| SourceView { title: s.title.clone(), url: s.url.clone() }).collect();
        (!items.is_empty()).then_some(Block::Sources { items })
    }
}

/// How much of the advisories an edition shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Detail {
    /// Severity only: the handout.
    Brief,
    /// Details with times, spoilers tagged: the leader's guide.
    Full,
    /// Details, spoilers hidden unless asked for: the parents' card.
    Card,
}

impl Detail {
    fn key(self) -> &'static str {
        match self {
            Detail::Brief => "brief",
            Detail::Full => "full",
            Detail::Card => "card",
        }
    }
}

/// The plan of an evening with no plan written: welcome, then the film split at its
/// pauses with a break to talk at each, then the discussion; the prayers are faith steps.
pub fn default_plan(guide: &Guide) -> Vec<PlanStep> {
    let step =
        |label: &str, minutes: u32, kind: Option<StepKind>| PlanStep { label: label.into(), minutes, note: None, kind };
    let faith = guide.faith.as_ref();
    let mut steps = vec![step("Welcome", 10, None)];
    if faith.is_some_and(|f| f.opening_prayer.is_some()) {
        steps.push(step("Opening prayer", 5, Some(StepKind::Faith)));
    }
    if guide.discussion.iter().any(|s| s.when == When::Before && !s.questions.is_empty()) {
        steps.push(step("Questions before the film", 10, None));
    }
    let mut pauses: Vec<u32> = guide
        .discussion
        .iter()
        .filter(|s| s.when == When::Pause)
        .filter_map(|s| timecode::parse_span(s.at.as_deref()?).ok())
        .map(|span| (span.start + 30) / 60)
        .filter(|minute| *minute > 0 && *minute < guide.film.runtime_minutes)
        .collect();
    pauses.sort_unstable();
    pauses.dedup();
    let mut shown = 0;
    for (i, pause) in pauses.iter().enumerate() {
        let label =
            if i == 0 { "The film, to the first pause".to_string() } else { "The film, to the next pause".to_string() };
        steps.push(step(&label, pause - shown, Some(StepKind::Film)));
        steps.push(step("Pause and questions", 10, None));
        shown = *pause;
    }
    let label = if pauses.is_empty() { "The film" } else { "The film, to the end" };
    steps.push(step(label, guide.film.runtime_minutes - shown, Some(StepKind::Film)));
    steps.push(step("Discussion", 45, None));
    if faith.is_some_and(|f| f.closing_prayer.is_some()) {
        steps.push(step("Closing prayer", 5, Some(StepKind::Faith)));
    }
    steps
}

/// "Left off this card because they give away the plot: 3 scene details and 1 theme."
fn hidden_note(counts: &[(usize, &str)]) -> Option<String> {
    let parts: Vec<String> = counts
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| if *n == 1 { format!("1 {what}") } else { format!("{n} {what}s") })
        .collect();
    let list = match parts.as_slice() {
        [] => return None,
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    };
    Some(format!("Left off this card because they give away the plot: {list}."))
}

/// A time stamp as readers see it: "1:05", "0:52–0:55", "about 1:20".
fn when(text: &str) -> Option<String> {
    timecode::parse_span(text).ok().map(|span| span_words(&span))
}

fn span_words(span: &Span) -> String {
    let time = timecode::format_span(span);
    if span.approx { format!("about {time}") } else { time }
}

/// 3.5 as "3.5", 4.0 as "4".
fn number_words(value: f64) -> String {
    if value.fract() == 0.0 { format!("{value:.0}") } else { format!("{value}") }
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
