//! The editions of a guide and which blocks each shows, in which order: the single place
//! that decides what a handout, a leader's guide and a parents' card contain. The
//! renderers walk a [`View`]'s blocks and decide nothing about content, so the formats
//! of an edition cannot disagree.
//!
//! The rules follow the table in `docs/guide-format.md`: the participant handout keeps
//! the after-the-film questions on their own sheet and hides everything meant for the
//! leader; the leader's guide shows everything; the parents' card shows content, not
//! questions, with spoiler details hidden unless asked for.

use std::sync::Arc;

use serde::Serialize;

use crate::record::Guide;
use crate::record::mark::Mark;
use crate::record::vocab::When;
use crate::view::model::{Block, Density, Detail, Labels, View};
use crate::view::summary::Lookup;
use crate::view::words::{Arg, Words};

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

    /// The edition's name: "Leader's guide".
    pub fn title(self, words: &Words) -> String {
        words.text(&format!("edition-{}", self.key()))
    }

    /// The edition's short name, for the catalog's links: "Leader".
    pub fn short_title(self, words: &Words) -> String {
        words.attribute(&format!("edition-{}", self.key()), "short")
    }

    /// How tightly the edition is set.
    pub fn density(self) -> Density {
        match self {
            Edition::Handout | Edition::Leader => Density::Normal,
            Edition::Parents => Density::Compact,
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

/// Choices that change what an edition contains and says.
///
/// Part of the build's settings, and so of what decides whether an output is up to date
/// (it is serialized into that key): the words are left out there, being made from the
/// settings' language and templates, which are in it.
#[derive(Debug, Clone, Serialize)]
pub struct Options {
    /// Scripture and prayers (the faith layer), on the handout and the leader's guide.
    pub faith: bool,
    /// Spoiler details on the parents' card.
    pub spoilers: bool,
    /// The evening's start, in minutes after midnight, for the plan's clock times.
    pub start: Option<u32>,
    /// Printed on every page when set.
    pub group: Option<String>,
    /// The film night, printed under the title and in the footer.
    pub event: Option<Event>,
    /// The editions a build makes, and whether as PDF: what a page's navigation links to.
    pub outputs: Outputs,
    /// Every word the outputs print.
    #[serde(skip)]
    pub words: Arc<Words>,
}

/// A film night: its date, start time and place, each optional.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Event {
    pub date: Option<time::Date>,
    /// As written: "19:00".
    pub start: Option<String>,
    pub place: Option<String>,
}

/// What a build writes for each record.
#[derive(Debug, Clone, Serialize)]
pub struct Outputs {
    pub editions: Vec<Edition>,
    pub pdf: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            faith: true,
            spoilers: false,
            start: None,
            group: None,
            event: None,
            outputs: Outputs { editions: Edition::ALL.to_vec(), pdf: true },
            words: Words::english(),
        }
    }
}

/// How many ruled lines close the handout.
pub const NOTE_LINES: usize = 10;

/// One edition of a guide. `library` finds related records by slug.
pub fn view(guide: &Guide, slug: &str, edition: Edition, options: &Options, library: &Lookup<'_>) -> View {
    let b = Builder { guide, edition, options, library, words: &options.words };
    let blocks = match edition {
        Edition::Handout => b.handout(),
        Edition::Leader => b.leader(),
        Edition::Parents => b.parents(),
    };
    let w = b.words;
    View {
        edition,
        edition_title: edition.title(w),
        density: edition.density(),
        slug: slug.to_string(),
        // The language the page is in: the record's own tag when its labels are in that
        // language, otherwise the labels' language.
        lang: match guide.language.as_deref() {
            Some(tag) if crate::view::words::catalog_language(tag) == Some(w.language()) => tag.to_string(),
            _ => w.language().to_string(),
        },
        title: guide.title.clone(),
        original_title: guide.original_title.clone(),
        year: Some(guide.year),
        credits: b.credits(),
        ratings: b.ratings(),
        blocks,
        group: options.group.clone(),
        event: b.event_line(),
        nav: b.nav(),
        footer: b.footer(),
        document: b.document(),
        labels: labels(w),
        facts: b.facts(),
    }
}

/// The words many blocks share.
pub fn labels(w: &Words) -> Labels {
    Labels {
        leader_note: w.text("leader-note"),
        follow_ups: w.text("follow-ups"),
        blank_page: w.text("blank-page"),
        booklet_note: w.text("booklet-note"),
        two_up_note: w.text("two-up-note"),
    }
}

/// Which items of a list an edition shows, by their spoiler marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Keep {
    /// Only what the author marked safe: before the film on the handout, and the parents'
    /// card's themes, positives, related films and review.
    Safe,
    /// What is not marked safe: the handout's after-the-film sheet.
    NotSafe,
    /// Everything but what is marked a spoiler: the parents' card's audience note and
    /// advisories, which a parent needs more than a surprise.
    NotMarkedSpoiler,
    /// Everything, each item's state tagged.
    All,
}

impl Keep {
    pub(super) fn keeps(self, mark: Mark) -> bool {
        match self {
            Keep::Safe => mark.is_safe(),
            Keep::NotSafe => !mark.is_safe(),
            Keep::NotMarkedSpoiler => !mark.is_spoiler(),
            Keep::All => true,
        }
    }
}

/// Makes the blocks of one edition; its methods are spread over the modules that make
/// each kind of block.
pub(super) struct Builder<'a> {
    pub guide: &'a Guide,
    pub edition: Edition,
    pub options: &'a Options,
    pub library: &'a Lookup<'a>,
    pub words: &'a Words,
}

impl Builder<'_> {
    /// The participant handout: a sheet for before the film that gives nothing away, one
    /// for each pause that goes no further than the pause, and one for after the film.
    fn handout(&self) -> Vec<Block> {
        let w = self.words;
        let mut blocks = Vec::new();
        blocks.extend(self.audience(false, Keep::Safe));
        blocks.extend(self.synopsis_short());
        blocks.push(self.advisories(Detail::Brief, Keep::Safe));
        blocks.extend(self.themes(Keep::Safe, false));
        blocks.extend(self.faith(true, Keep::Safe, false));
        blocks.extend(self.question_sections(|w| *w == When::Before));
        blocks.extend(self.quotes(Keep::Safe));
        blocks.extend(self.related(Keep::Safe, false));
        for (section, at) in self.pause_sections() {
            blocks.push(Block::Part {
                heading: section.heading.clone(),
                note: w.format("part-pause", &[("at", Arg::Text(&at))]),
            });
            blocks.push(Block::Questions(crate::view::model::QuestionSection { heading: String::new(), ..section }));
        }
        let after_heading = w.text("part-after");
        let mut after = self.question_sections(|w| *w == When::After);
        // The sheet's heading already says it; a section called the same adds nothing.
        for block in &mut after {
            if let Block::Questions(section) = block
                && section.heading == after_heading
            {
                section.heading.clear();
            }
        }
        after.extend(self.themes(Keep::NotSafe, false));
        after.extend(self.quotes(Keep::NotSafe));
        after.extend(self.related(Keep::NotSafe, false));
        after.extend(self.faith(false, Keep::NotSafe, true));
        if !after.is_empty() {
            blocks.push(Block::Part { heading: after_heading, note: w.attribute("part-after", "note") });
            blocks.extend(after);
        }
        blocks.push(Block::Notes { heading: w.text("notes-heading"), lines: NOTE_LINES });
        blocks
    }

    /// The leader's guide: everything, spoilers tagged.
    fn leader(&self) -> Vec<Block> {
        let mut blocks = Vec::new();
        blocks.extend(self.audience(false, Keep::All));
        blocks.push(self.plan());
        blocks.extend(self.synopsis_short());
        blocks.extend(self.synopsis_full());
        blocks.push(self.advisories(Detail::Full, Keep::All));
        blocks.extend(self.scenes());
        blocks.extend(self.positives(Keep::All));
        blocks.extend(self.themes(Keep::All, false));
        blocks.extend(self.faith(true, Keep::All, true));
        blocks.extend(self.question_sections(|_| true));
        blocks.extend(self.quotes(Keep::All));
        blocks.extend(self.related(Keep::All, false));
        blocks.extend(self.review(Keep::All));
        blocks.extend(self.sources());
        blocks
    }

    /// The parents' card: what is in the film, never what happens in it unless asked.
    /// Themes, positives, related films and the review's words appear only when marked
    /// safe; the audience note and the advisories unless marked as spoilers.
    fn parents(&self) -> Vec<Block> {
        let (safe, needed) =
            if self.options.spoilers { (Keep::All, Keep::All) } else { (Keep::Safe, Keep::NotMarkedSpoiler) };
        let g = self.guide;
        let mut blocks = Vec::new();
        blocks.extend(self.audience(true, needed));
        blocks.extend(self.synopsis_short());
        let mut advisories = self.advisories(Detail::Card, needed);
        if let Block::Advisories(a) = &mut advisories {
            let note = g.audience.as_ref().filter(|a| a.note.is_some()).map(|a| a.spoiler);
            let summaries = g.advisories.iter().filter(|a| a.summary.is_some()).map(|a| a.spoiler);
            let review = g.review.as_ref().filter(|r| r.text.is_some()).map(|r| r.spoiler);
            let related = g.related.iter().map(|r| r.spoiler);
            let counts = [
                ("hidden-audience-note", self.hidden(needed, note.into_iter())),
                ("hidden-summaries", self.hidden(needed, summaries)),
                ("hidden-scene-details", a.hidden_spoilers),
                ("hidden-positives", self.hidden(safe, g.positives.iter().map(|p| p.mark()))),
                ("hidden-themes", self.hidden(safe, g.themes.iter().map(|t| t.spoiler))),
                ("hidden-related", self.hidden(safe, related)),
                ("hidden-review", self.hidden(safe, review.into_iter())),
            ];
            a.hidden_note = self.hidden_note(&counts);
            a.hidden_spoilers = counts.iter().map(|(_, n)| n).sum();
        }
        blocks.push(advisories);
        blocks.extend(self.positives(safe));
        blocks.extend(self.themes(safe, true));
        blocks.extend(self.related(safe, true));
        blocks.extend(self.review(safe));
        blocks
    }

    /// How many of these items the rule `keep` leaves off.
    fn hidden(&self, keep: Keep, marks: impl Iterator<Item = Mark>) -> usize {
        marks.filter(|m| !keep.keeps(*m)).count()
    }

    /// An item's spoiler state as the editions that show every state tag it: "Spoiler",
    /// "Not checked for spoilers"; nothing on the handout, and nothing for a safe item.
    pub(super) fn tag(&self, mark: Mark) -> Option<String> {
        match (self.edition, mark) {
            (Edition::Handout, _) | (_, Mark::Safe) => None,
            (Edition::Leader | Edition::Parents, Mark::Spoiler) => Some(self.words.text("spoiler")),
            (Edition::Leader | Edition::Parents, Mark::Unmarked) => Some(self.words.text("spoiler-unmarked")),
        }
    }

    /// "Left off this card because they may give away the plot: 3 scene details and 1
    /// theme."
    fn hidden_note(&self, counts: &[(&str, usize)]) -> Option<String> {
        let parts: Vec<String> = counts
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(id, n)| self.words.format(id, &[("count", Arg::Count(*n))]))
            .collect();
        if parts.is_empty() {
            return None;
        }
        Some(self.words.format("hidden-spoilers", &[("list", Arg::Text(&self.words.list(&parts)))]))
    }
}
