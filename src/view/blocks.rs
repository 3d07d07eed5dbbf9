//! How each block of an edition is made from the record: what it keeps, what it hides
//! and the words it says. Which blocks an edition shows, and in which order, is
//! `edition`'s to decide.

use crate::record::timecode::{self, FilmTime};
use crate::record::vocab::{Category, Severity, When};
use crate::record::{Advisory, Question, Section, SourceRefs};
use crate::view::edition::{Builder, Edition, Keep};
use crate::view::model::{
    Advisories, AdvisoryColumns, AdvisoryRow, AudienceView, Block, Detail, DetailView, FaithView, QuestionSection,
    QuestionView, QuoteView, Readings, RelatedList, RelatedView, ReviewView, SceneRow, ScenesView, ScriptureView,
    SeverityView, SourceView, Tagged, ThemeView, ThemesView, Timing, Titled,
};
use crate::view::summary::severity_cells;
use crate::view::words::{Arg, Words};

impl SeverityView {
    /// A severity in words; `None` is a category nobody reviewed.
    pub fn of(severity: Option<&Severity>, words: &Words) -> Self {
        match severity {
            Some(s) => SeverityView {
                key: s.key().into(),
                label: words.text(&format!("severity-{}", s.key())),
                level: s.level(),
                reviewed: true,
            },
            None => SeverityView {
                key: "unreviewed".into(),
                label: words.text("severity-unreviewed"),
                level: 0,
                reviewed: false,
            },
        }
    }
}

impl Builder<'_> {
    /// The titles of the sources a judgement names.
    pub(super) fn source_titles(&self, refs: Option<&SourceRefs>) -> Vec<String> {
        refs.map(|r| &r.0[..])
            .unwrap_or_default()
            .iter()
            .filter_map(|id| self.guide.sources.iter().find(|s| s.id.as_deref() == Some(id.as_str())))
            .map(|s| s.title.clone())
            .collect()
    }

    /// "Source: a; b", when the judgement names any.
    fn sources_line(&self, id: &str, refs: Option<&SourceRefs>) -> Option<String> {
        let titles = self.source_titles(refs);
        (!titles.is_empty()).then(|| self.words.format(id, &[("sources", Arg::Text(&titles.join("; ")))]))
    }

    /// A time stamp as readers see it: "1:05", "0:52–0:55", "about 1:20".
    pub(super) fn when(&self, text: &str) -> Option<String> {
        timecode::parse_span(text).ok().map(|span| self.span_words(&span))
    }

    fn span_words(&self, span: &FilmTime) -> String {
        let time = timecode::format_span(span);
        if span.approx { self.words.format("time-about", &[("time", Arg::Text(&time))]) } else { time }
    }

    /// Who the film is for: the age, and the note where `spoilers` keeps it.
    pub(super) fn audience(&self, prominent: bool, spoilers: Keep) -> Option<Block> {
        let audience = self.guide.audience.as_ref()?;
        let age = audience.min_age.map(|age| self.words.format("audience-age", &[("age", Arg::Count(age as usize))]));
        let note = audience.note.clone().filter(|_| spoilers.keeps(audience.spoiler));
        if age.is_none() && note.is_none() {
            return None;
        }
        Some(Block::Audience(AudienceView {
            heading: self.words.text("audience-heading"),
            age,
            tag: note.as_ref().and_then(|_| self.tag(audience.spoiler)),
            note,
            prominent,
        }))
    }

    pub(super) fn synopsis_short(&self) -> Option<Block> {
        let text = self.guide.synopsis.as_ref()?.short.clone()?;
        Some(Block::Synopsis { heading: self.words.text("synopsis-short"), text })
    }

    pub(super) fn synopsis_full(&self) -> Option<Block> {
        let text = self.guide.synopsis.as_ref()?.full.clone()?;
        Some(Block::Synopsis { heading: self.words.text("synopsis-full"), text })
    }

    /// The six categories; summaries and details where `spoilers` keeps them.
    pub(super) fn advisories(&self, detail: Detail, spoilers: Keep) -> Block {
        let w = self.words;
        let mut hidden_spoilers = 0;
        let shown = detail.shows_details();
        let rows = Category::ALL
            .iter()
            .map(|category| {
                let advisory = self.guide.advisory(category).filter(|_| shown);
                let details = advisory
                    .map(|a| &a.details[..])
                    .unwrap_or_default()
                    .iter()
                    .filter(|d| {
                        let hide = !spoilers.keeps(d.spoiler);
                        hidden_spoilers += usize::from(hide);
                        !hide
                    })
                    .map(|d| DetailView {
                        at: d.at.as_deref().and_then(|t| self.when(t)),
                        text: d.text.clone(),
                        tag: self.tag(d.spoiler),
                    })
                    .collect();
                let summary = advisory.filter(|a| spoilers.keeps(a.spoiler)).and_then(|a| a.summary.clone());
                let (sources, disagreement) = advisory.map(|a| self.judged_by(a)).unwrap_or_default();
                let id = format!("category-{}", category.key());
                AdvisoryRow {
                    category: category.key().into(),
                    label: w.text(&id),
                    covers: w.attribute(&id, "covers"),
                    severity: SeverityView::of(self.guide.advisory(category).map(|a| &a.severity), w),
                    summary_tag: advisory.filter(|_| summary.is_some()).and_then(|a| self.tag(a.spoiler)),
                    summary,
                    details,
                    sources,
                    disagreement,
                }
            })
            .collect();
        Block::Advisories(Advisories {
            heading: w.text(if detail.shows_details() { "advisories-full" } else { "advisories-brief" }),
            detail,
            columns: match detail {
                Detail::Brief | Detail::Full => Some(AdvisoryColumns {
                    category: w.text("column-category"),
                    severity: w.text("column-severity"),
                    shown: w.text("column-shown"),
                    category_and_severity: w.text("column-category-severity"),
                }),
                Detail::Card => None,
            },
            rows,
            hidden_spoilers,
            hidden_note: None,
        })
    }

    /// Every timed advisory detail, in the order a leader meets them while watching.
    pub(super) fn scenes(&self) -> Option<Block> {
        let w = self.words;
        let mut timed: Vec<(FilmTime, SceneRow)> = Vec::new();
        for advisory in &self.guide.advisories {
            for detail in &advisory.details {
                let Some(span) = detail.at.as_deref().and_then(|t| timecode::parse_span(t).ok()) else { continue };
                timed.push((
                    span,
                    SceneRow {
                        at: self.span_words(&span),
                        category: w.text(&format!("category-{}", advisory.category.key())),
                        severity: SeverityView::of(Some(&advisory.severity), w),
                        text: detail.text.clone(),
                        tag: self.tag(detail.spoiler),
                    },
                ));
            }
        }
        // Stable: details at the same time keep the order of the six categories.
        timed.sort_by_key(|(span, _)| (span.start, span.end));
        (!timed.is_empty()).then(|| {
            Block::Scenes(ScenesView {
                heading: w.text("scenes-heading"),
                intro: w.text("scenes-intro"),
                columns: [w.text("column-time"), w.text("column-category"), w.text("column-what-happens")],
                rows: timed.into_iter().map(|(_, row)| row).collect(),
            })
        })
    }

    pub(super) fn positives(&self, spoilers: Keep) -> Option<Block> {
        let items: Vec<Tagged> = self
            .guide
            .positives
            .iter()
            .filter(|p| spoilers.keeps(p.mark()))
            .map(|p| Tagged { text: p.text().to_string(), tag: self.tag(p.mark()) })
            .collect();
        (!items.is_empty()).then(|| Block::Positives { heading: self.words.text("positives-heading"), items })
    }

    pub(super) fn themes(&self, spoilers: Keep, brief: bool) -> Option<Block> {
        let items: Vec<ThemeView> = self
            .guide
            .themes
            .iter()
            .filter(|t| spoilers.keeps(t.spoiler))
            .map(|t| ThemeView {
                id: t.id.clone(),
                title: t.title.clone(),
                summary: t.summary.clone(),
                tag: self.tag(t.spoiler),
            })
            .collect();
        (!items.is_empty())
            .then(|| Block::Themes(ThemesView { heading: self.words.text("themes-heading"), items, brief }))
    }

    /// The faith layer: the opening prayer and readings, the closing prayer, or both.
    /// The faith layer: the opening prayer, the readings `readings` keeps, the closing
    /// prayer, as asked.
    pub(super) fn faith(&self, opening: bool, readings: Keep, closing: bool) -> Option<Block> {
        let w = self.words;
        let faith = self.guide.faith.as_ref().filter(|_| self.options.faith)?;
        let titled = |id: &str, text: &Option<String>| text.clone().map(|text| Titled { heading: w.text(id), text });
        let readings: Vec<ScriptureView> = faith
            .scripture
            .iter()
            .filter(|s| readings.keeps(s.spoiler))
            .map(|s| ScriptureView { reference: s.reference.clone(), note: s.note.clone(), tag: self.tag(s.spoiler) })
            .collect();
        let view = FaithView {
            heading: w.text("faith-heading"),
            opening_prayer: titled("faith-opening", &faith.opening_prayer).filter(|_| opening),
            readings: (!readings.is_empty()).then(|| Readings { heading: w.text("faith-readings"), items: readings }),
            closing_prayer: titled("faith-closing", &faith.closing_prayer).filter(|_| closing),
        };
        let empty = view.readings.is_none() && view.opening_prayer.is_none() && view.closing_prayer.is_none();
        (!empty).then_some(Block::Faith(view))
    }

    /// The discussion sections whose timing passes `keep`, numbered through the guide.
    pub(super) fn question_sections(&self, keep: impl Fn(&When) -> bool) -> Vec<Block> {
        self.numbered_sections()
            .filter(|(section, _)| keep(&section.when))
            .map(|(section, first)| Block::Questions(self.section(section, first)))
            .collect()
    }

    /// The pause sections and the time of each pause, for the handout's pause sheets: the
    /// sheet's note says where to stop, so the section drops its cue.
    pub(super) fn pause_sections(&self) -> Vec<(QuestionSection, String)> {
        self.numbered_sections()
            .filter(|(section, _)| section.when == When::Pause)
            .map(|(section, first)| {
                let at = pause_time(section).unwrap_or_default();
                (QuestionSection { cue: None, ..self.section(section, first) }, at)
            })
            .collect()
    }

    /// The sections with questions, each with the number of its first question.
    fn numbered_sections(&self) -> impl Iterator<Item = (&Section, usize)> {
        let mut number = 0;
        self.guide.discussion.iter().filter_map(move |section| {
            let first = number + 1;
            number += section.questions.len();
            (!section.questions.is_empty()).then_some((section, first))
        })
    }

    fn section(&self, section: &Section, first: usize) -> QuestionSection {
        let w = self.words;
        let leader = self.edition == Edition::Leader;
        let at = pause_time(section);
        let heading = section.title.clone().unwrap_or_else(|| match (&section.when, &at) {
            (When::Pause, Some(at)) => w.format("section-pause-at", &[("at", Arg::Text(at))]),
            (when, _) => w.text(&format!("when-{}", when.key())),
        });
        let joined = |id: &str, name: &str, items: &[String], separator: &str| {
            (leader && !items.is_empty()).then(|| w.format(id, &[(name, Arg::Text(&items.join(separator)))]))
        };
        let question = |(i, q): (usize, &Question)| QuestionView {
            number: first + i,
            text: q.text.clone(),
            themes: joined("question-themes", "themes", &self.theme_titles(&q.themes), ", "),
            leader_note: q.leader_note.clone().filter(|_| leader),
            follow_ups: if leader { q.follow_ups.clone() } else { Vec::new() },
            scripture: if self.options.faith {
                joined("question-scripture", "references", &q.scripture, "; ")
            } else {
                None
            },
            tag: (q.spoiler && leader).then(|| w.text("spoiler")),
        };
        QuestionSection {
            timing: match section.when {
                When::Before => Timing::Before,
                When::Pause => Timing::Pause,
                When::After | When::Unknown(_) => Timing::After,
            },
            heading,
            cue: at.map(|at| w.format("pause-cue", &[("at", Arg::Text(&at))])),
            questions: section.questions.iter().enumerate().map(question).collect(),
        }
    }

    fn theme_titles(&self, ids: &[String]) -> Vec<String> {
        ids.iter().filter_map(|id| self.guide.themes.iter().find(|t| &t.id == id).map(|t| t.title.clone())).collect()
    }

    pub(super) fn quotes(&self, spoilers: Keep) -> Option<Block> {
        let items: Vec<QuoteView> = self
            .guide
            .quotes
            .iter()
            .filter(|q| spoilers.keeps(q.spoiler))
            .map(|q| QuoteView {
                text: q.text.clone(),
                speaker: q.speaker.clone(),
                at: q.at.as_deref().and_then(|t| self.when(t)),
                tag: self.tag(q.spoiler),
            })
            .collect();
        (!items.is_empty()).then(|| Block::Quotes { heading: self.words.text("quotes-heading"), items })
    }

    /// Films to watch next; on the parents' card with their ratings and content.
    pub(super) fn related(&self, spoilers: Keep, with_content: bool) -> Option<Block> {
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
                    href: known.map(|s| crate::view::links::related(&s.slug, self.edition)),
                    ratings: known
                        .map(|s| s.ratings.iter().map(|r| format!("{} {}", r.system, r.rating)).collect())
                        .unwrap_or_default(),
                    severities: match known {
                        Some(summary) if with_content => severity_cells(summary, self.words),
                        Some(_) | None => Vec::new(),
                    },
                    tag: self.tag(r.spoiler),
                }
            })
            .collect();
        let heading = self.words.text(if with_content { "related-content-heading" } else { "related-heading" });
        (!items.is_empty()).then_some(Block::Related(RelatedList { heading, items }))
    }

    /// The quality verdict; its words where `spoilers` keeps them.
    pub(super) fn review(&self, spoilers: Keep) -> Option<Block> {
        let w = self.words;
        let review = self.guide.review.as_ref()?;
        let (stars, out_of) = (number_words(review.stars), number_words(review.out_of));
        Some(Block::Review(ReviewView {
            heading: w.text("review-heading"),
            verdict: w.format("review-verdict", &[("stars", Arg::Text(&stars)), ("out-of", Arg::Text(&out_of))]),
            note: w.text("review-note"),
            sources: self.sources_line("review-sources", review.source.as_ref()),
            text: review
                .text
                .clone()
                .filter(|_| spoilers.keeps(review.spoiler))
                .map(|text| Tagged { text, tag: self.tag(review.spoiler) }),
        }))
    }

    /// Whose judgement a category's review is, in one line: what each graded source says
    /// ("Common Sense Media: a lot"), then the other sources it names; and a sentence when
    /// two verdicts lie two steps or more apart.
    fn judged_by(&self, advisory: &Advisory) -> (Option<String>, Option<String>) {
        let w = self.words;
        let read = crate::view::summary::verdicts(self.guide, advisory);
        let graded: Vec<&str> = read.iter().map(|v| v.source.as_str()).collect();
        let others: Vec<String> = self
            .source_titles(advisory.source.as_ref())
            .into_iter()
            .filter(|t| !graded.contains(&t.as_str()))
            .collect();
        let each: Vec<String> = read
            .iter()
            .map(|v| w.format("verdict", &[("source", Arg::Text(&v.source)), ("grade", Arg::Text(&v.grade))]))
            .collect();
        let (verdicts, sources) = (each.join("; "), others.join("; "));
        let line = match (read.is_empty(), others.is_empty()) {
            (true, true) => None,
            (true, false) => Some(w.format("sources-ungraded", &[("sources", Arg::Text(&sources))])),
            (false, true) => Some(w.format("sources-graded", &[("verdicts", Arg::Text(&verdicts))])),
            (false, false) => Some(
                w.format("sources-graded-and", &[("verdicts", Arg::Text(&verdicts)), ("sources", Arg::Text(&sources))]),
            ),
        };
        let levels = read.iter().map(|v| v.severity.level());
        let spread = levels.clone().max().unwrap_or(0) - levels.min().unwrap_or(0);
        (line, (spread >= 2).then(|| w.text("verdicts-disagree")))
    }

    pub(super) fn sources(&self) -> Option<Block> {
        let items: Vec<SourceView> =
            self.guide.sources.iter().map(|s| SourceView { title: s.title.clone(), url: s.url.clone() }).collect();
        (!items.is_empty()).then(|| Block::Sources { heading: self.words.text("sources-heading"), items })
    }
}

/// Where a pause section stops the film: "1:05".
fn pause_time(section: &Section) -> Option<String> {
    match section.when {
        When::Pause => {
            section.at.as_deref().and_then(|t| timecode::parse_span(t).ok()).map(|s| timecode::format(s.start))
        }
        When::Before | When::After | When::Unknown(_) => None,
    }
}

/// 3.5 as "3.5", 4.0 as "4".
fn number_words(value: f64) -> String {
    if value.fract() == 0.0 { format!("{value:.0}") } else { format!("{value}") }
}
