//! A film night, decided: what the leader's guide to the night shows (the timed plan of
//! every evening over all its films, the questions that span them, the notes, what to
//! print, the licence note, then each film's leader material), what goes in each
//! evening's pack and how many copies, the night's page for parents, and its calendar
//! entries. Renderers print these; they decide nothing.

use serde::Serialize;

use crate::markup;
use crate::record::admission::{self, Rule};
use crate::record::board::Board;
use crate::record::night::{self, Between, Evening, FilmFacts, Night, Part, Step, Stretch};
use crate::record::{Guide, timecode};
use crate::view::edition::{self, Edition, Event, Options};
use crate::view::links::Link;
use crate::view::masthead::{date_words, page_pieces, runtime_words};
use crate::view::model::{
    Block, Density, Document, Facts, Footer, Nav, PlanRow, PlanView, QuestionSection, QuestionView, Timing, View,
};
use crate::view::summary::Lookup;
use crate::view::words::{Arg, Words};

/// A film of one evening, found in the library.
pub struct NightFilm<'a> {
    pub slug: &'a str,
    pub guide: &'a Guide,
}

/// A night and its films, evening by evening, as the library found them.
pub struct NightInput<'a> {
    pub night: &'a Night,
    pub slug: &'a str,
    pub evenings: Vec<Vec<NightFilm<'a>>>,
}

/// Everything a night's outputs show.
pub struct NightViews {
    /// The leader's guide to the night: its own pages, then each film's leader material.
    pub leader: Vec<View>,
    /// One pack per evening.
    pub packs: Vec<Pack>,
    pub page: NightPage,
    pub calendar: Vec<CalendarEvent>,
}

/// What to print for one evening, in print order.
pub struct Pack {
    /// `pack.pdf`, or `pack-2026-12-12.pdf` for an evening of a series.
    pub file: String,
    pub title: String,
    pub parts: Vec<PackPart>,
}

/// One document of a pack, and how many copies of it.
pub struct PackPart {
    pub view: View,
    pub copies: u32,
}

/// The night's page, for the leader to send to parents and members.
#[derive(Debug, Clone, Serialize)]
pub struct NightPage {
    pub lang: String,
    pub title: String,
    pub group: Option<String>,
    /// "2 evenings", for a series.
    pub series: Option<String>,
    pub evenings: Vec<EveningCard>,
    pub films_heading: String,
    pub when_label: String,
    pub where_label: String,
    pub ratings_label: String,
    pub leader_heading: String,
    pub leader_links: Vec<Link>,
    pub calendar: Link,
}

#[derive(Debug, Clone, Serialize)]
pub struct EveningCard {
    /// "Saturday 12 December 2026 · 18:00".
    pub when: String,
    pub place: Option<String>,
    /// "Ends about 22:35".
    pub ends: String,
    pub films: Vec<FilmCard>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FilmCard {
    pub title: String,
    pub year: i64,
    pub runtime: String,
    /// "MPA R: for some sexuality and nudity".
    pub ratings: Vec<String>,
    /// "Recommended from 16".
    pub age: Option<String>,
    pub synopsis: Option<String>,
    /// The film's own pages, relative to the night's page.
    pub links: Vec<Link>,
}

/// One evening as a calendar entry.
#[derive(Debug, Clone, PartialEq)]
pub struct CalendarEvent {
    /// Stable for the evening: the night's slug and the date.
    pub uid: String,
    pub date: time::Date,
    /// Minutes after midnight.
    pub start: u32,
    pub minutes: u32,
    pub summary: String,
    pub location: Option<String>,
    pub description: String,
}

/// What is printed of each film for the night, and how many: a handout for every person,
/// a parents' card for every person under 18. The pack and the list of what to print
/// both follow this.
fn copies_per_film(night: &Night) -> impl Iterator<Item = (Edition, u32)> {
    [(Edition::Handout, night.people), (Edition::Parents, night.under_18)].into_iter().filter(|(_, n)| *n > 0)
}

/// The night's file name for an evening's pack.
fn pack_file(night: &Night, evening: &Evening) -> String {
    if night.evenings.len() == 1 { "pack.pdf".to_string() } else { format!("pack-{}.pdf", evening.date) }
}

/// The plan facts of a film, as the record gives them.
pub fn film_facts(guide: &Guide) -> FilmFacts<'_> {
    FilmFacts {
        runtime: guide.film.runtime_minutes,
        pauses: guide.pause_minutes(),
        has_questions_before: guide.has_questions_before(),
        plan: guide.plan.as_deref(),
    }
}

/// Every view of a night. `base` carries the words, the outputs and the spoiler choice
/// of the build; the night decides faith, the group and each evening's date and place.
pub fn views(input: &NightInput<'_>, base: &Options, library: &Lookup<'_>) -> NightViews {
    let night = input.night;
    let w = &*base.words;
    let options = |evening: Option<&Evening>| Options {
        faith: night.faith,
        group: night.group.clone(),
        event: evening.map(|e| event(night, e)),
        // A film's own plan gives way to the night's, which times every film.
        start: None,
        ..base.clone()
    };
    let own = night_view(input, w);
    // Each film's leader material once, in the order the films are first shown.
    let mut seen: Vec<&str> = Vec::new();
    let mut films: Vec<View> = Vec::new();
    for film in input.evenings.iter().flatten() {
        if !seen.contains(&film.slug) {
            seen.push(film.slug);
            films.push(film_leader(film, &options(None), library));
        }
    }
    let mut leader = vec![own];
    leader.extend(films);
    let packs = night
        .evenings
        .iter()
        .zip(&input.evenings)
        .map(|(evening, evening_films)| pack(input, evening, evening_films, &leader, &options(Some(evening)), library))
        .collect();
    NightViews { page: page(input, base), calendar: calendar(input, w), leader, packs }
}

fn event(night: &Night, evening: &Evening) -> Event {
    Event {
        date: timecode::parse_date(&evening.date),
        start: Some(evening.start.clone()),
        place: evening.place.clone().or_else(|| night.place.clone()),
    }
}

/// A film's leader material inside the night's guide: its plan left out, since the
/// night's plan times every film.
fn film_leader(film: &NightFilm<'_>, options: &Options, library: &Lookup<'_>) -> View {
    let mut view = edition::view(film.guide, film.slug, Edition::Leader, options, library);
    view.blocks.retain(|b| !matches!(b, Block::Plan(_)));
    view
}

/// The pack of one evening: the leader's guide to the night (its own pages and the
/// evening's films), then for each film its handouts and its parents' cards.
fn pack(
    input: &NightInput<'_>,
    evening: &Evening,
    films: &[NightFilm<'_>],
    leader: &[View],
    options: &Options,
    library: &Lookup<'_>,
) -> Pack {
    let night = input.night;
    let w = &*options.words;
    let evening_slugs: Vec<&str> = films.iter().map(|f| f.slug).collect();
    let mut parts: Vec<PackPart> = leader
        .iter()
        .enumerate()
        .filter(|(i, view)| *i == 0 || evening_slugs.contains(&view.slug.as_str()))
        .map(|(_, view)| PackPart { view: view.clone(), copies: 1 })
        .collect();
    for film in films {
        for (edition, copies) in copies_per_film(night) {
            let view = edition::view(film.guide, film.slug, edition, options, library);
            parts.push(PackPart { view, copies });
        }
    }
    let title = format!("{}: {}", markup::plain(&night.title), w.text("night-pack-title"));
    Pack { file: pack_file(night, evening), title, parts }
}

/// The night's own pages: the plan of each evening, the spanning questions, the notes,
/// what to print, and the licence note.
fn night_view(input: &NightInput<'_>, w: &Words) -> View {
    let night = input.night;
    let mut blocks = Vec::new();
    for (evening, films) in night.evenings.iter().zip(&input.evenings) {
        blocks.push(Block::Plan(plan(night, evening, films, w)));
    }
    blocks.extend(spanning_questions(night, w));
    if !night.notes.is_empty() {
        blocks.push(Block::Prose { heading: w.text("night-notes-heading"), paragraphs: night.notes.clone() });
    }
    blocks.push(ages(input, w));
    blocks.push(print_list(input, w));
    blocks.push(licence(night, w));
    let title_text = markup::plain(&night.title);
    let edition_title = w.text("night-leader-title");
    let event = match night.evenings.as_slice() {
        [one] => crate::view::masthead::event_words(&event(night, one), w),
        _ => None,
    };
    View {
        edition: Edition::Leader,
        edition_title: edition_title.clone(),
        density: Density::Normal,
        slug: input.slug.to_string(),
        lang: w.language().into(),
        title: night.title.clone(),
        original_title: None,
        year: None,
        credits: Vec::new(),
        ratings: Vec::new(),
        blocks,
        group: night.group.clone(),
        event: event.clone(),
        nav: Nav {
            label: w.text("nav-label"),
            home: Link { label: w.text("night-nav-home"), href: "index.html".into(), current: false },
            links: Vec::new(),
        },
        footer: Footer {
            film: title_text.clone(),
            edition: edition_title.clone(),
            group: night.group.clone(),
            event,
            page_number: page_pieces(w),
        },
        document: Document {
            title: format!("{title_text}: {edition_title}"),
            subject: edition_title,
            keywords: input.evenings.iter().flatten().map(|f| markup::plain(&f.guide.title)).collect(),
            author: night.group.clone().unwrap_or_else(|| "reelguide".into()),
        },
        labels: edition::labels(w),
        facts: Facts {
            directors: Vec::new(),
            date_published: night.evenings.first().map(|e| e.date.clone()).unwrap_or_default(),
            duration: String::new(),
            content_rating: None,
            typical_age_range: None,
        },
    }
}

/// The boards whose rules hold where the night is: the country's, or both when it does
/// not say.
fn boards(night: &Night) -> Vec<Board> {
    match night.country.as_deref() {
        Some(country) => Board::of_country(country).into_iter().collect(),
        None => vec![Board::Bbfc, Board::Mpa],
    }
}

/// Who each film's certificate admits, for the leader at the door: every rule of the
/// boards that hold where the night is, film by film.
fn ages(input: &NightInput<'_>, w: &Words) -> Block {
    let night = input.night;
    let intro = match night.country.as_deref().map(|c| (c, Board::of_country(c))) {
        Some((_, Some(Board::Bbfc))) => "night-ages-gb",
        Some((_, Some(Board::Mpa))) => "night-ages-us",
        Some((_, None)) => "night-ages-other",
        None => "night-ages-none",
    };
    let mut paragraphs = vec![w.text(intro)];
    let mut seen: Vec<&str> = Vec::new();
    for film in input.evenings.iter().flatten() {
        if seen.contains(&film.slug) {
            continue;
        }
        seen.push(film.slug);
        let title = markup::plain(&film.guide.title);
        for board in boards(night) {
            let Some((rating, rule)) = admission::film_rule(&film.guide.ratings, board) else { continue };
            let mark = format!("{} {}", rating.system, rating.rating);
            let (id, age) = match (rule, board) {
                (Rule::Bar { age }, Board::Bbfc | Board::Mpa) => ("night-age-bar", age),
                (Rule::WithAdult { age }, Board::Bbfc) => ("night-age-adult-bbfc", age),
                (Rule::WithAdult { age }, Board::Mpa) => ("night-age-adult-mpa", age),
            };
            let args = [("film", Arg::Text(&title)), ("mark", Arg::Text(&mark)), ("age", Arg::Count(age as usize))];
            paragraphs.push(w.format(id, &args));
        }
    }
    if paragraphs.len() == 1 {
        paragraphs.push(w.text("night-ages-open"));
    }
    Block::Prose { heading: w.text("night-ages-heading"), paragraphs }
}

/// What the law asks of a group showing a film, for the country of the night or for
/// both when it does not say, with the sources it rests on.
fn licence(night: &Night, w: &Words) -> Block {
    let mut ids = Vec::new();
    let boards = boards(night);
    if boards.contains(&Board::Mpa) {
        ids.extend(["night-licence-us", "night-licence-us-umbrella"]);
    }
    if boards.contains(&Board::Bbfc) {
        ids.extend(["night-licence-uk", "night-licence-uk-premises"]);
    }
    if boards.is_empty() {
        ids.push("night-licence-other");
    }
    ids.extend(["night-licence-check", "night-licence-sources"]);
    Block::Prose { heading: w.text("night-licence-heading"), paragraphs: ids.iter().map(|id| w.text(id)).collect() }
}

/// The steps of an evening, as the record works them out.
pub fn evening_steps(night: &Night, evening: &Evening, films: &[NightFilm<'_>]) -> Vec<Step> {
    let facts: Vec<FilmFacts<'_>> = films.iter().map(|f| film_facts(f.guide)).collect();
    night::steps(night, evening, &facts)
}

/// The timed plan of one evening, with clock times from its start.
fn plan(night: &Night, evening: &Evening, films: &[NightFilm<'_>], w: &Words) -> PlanView {
    let start = timecode::parse_clock(&evening.start).unwrap_or(0);
    let title = |i: usize| films.get(i).map(|f| markup::plain(&f.guide.title)).unwrap_or_default();
    let mut offset = 0;
    let rows = evening_steps(night, evening, films)
        .into_iter()
        .map(|step| {
            let (label, note, film) = step_words(&step.part, &title, w);
            let row = PlanRow {
                when: timecode::format_clock(start + offset),
                label,
                minutes: step.minutes.to_string(),
                note,
                film,
            };
            offset += step.minutes;
            row
        })
        .collect();
    let heading = match (night.evenings.len(), timecode::parse_date(&evening.date)) {
        (1, _) | (_, None) => w.text("night-plan-heading"),
        (_, Some(date)) => w.format("night-plan-heading-dated", &[("date", Arg::Text(&date_words(date, w)))]),
    };
    PlanView {
        heading,
        columns: [w.text("plan-column-clock"), w.text("plan-column-step"), w.text("plan-column-minutes")],
        rows,
        end: PlanRow {
            when: timecode::format_clock(start + offset),
            label: w.text("plan-end"),
            minutes: String::new(),
            note: None,
            film: false,
        },
    }
}

/// A step's label, its note, and whether it shows a film.
fn step_words(part: &Part, title: &dyn Fn(usize) -> String, w: &Words) -> (String, Option<String>, bool) {
    let film = |id: &str, i: usize| w.format(id, &[("film", Arg::Text(&title(i)))]);
    match part {
        Part::Welcome => (w.text("plan-welcome"), None, false),
        Part::OpeningPrayer => (w.text("plan-opening-prayer"), None, false),
        Part::QuestionsBefore => (w.text("plan-questions-before-night"), None, false),
        Part::Film { film: i, stretch } => {
            let id = match stretch {
                Stretch::Whole => "plan-night-film",
                Stretch::ToFirstPause => "plan-night-film-first",
                Stretch::ToNextPause => "plan-night-film-next",
                Stretch::ToEnd => "plan-night-film-end",
            };
            (film(id, *i), None, true)
        }
        Part::Pause { film: i } => (film("plan-night-pause", *i), None, false),
        Part::Break => (w.text("plan-break"), None, false),
        Part::Discussion => (w.text("plan-discussion"), None, false),
        Part::ClosingPrayer => (w.text("plan-closing-prayer"), None, false),
        Part::Written { label, note, film } => (label.clone(), note.clone(), *film),
    }
}

/// The questions about the films together, numbered on from 1 in the order asked.
fn spanning_questions(night: &Night, w: &Words) -> Vec<Block> {
    let mut number = 0;
    let mut blocks = Vec::new();
    for when in [Between::Before, Between::Between, Between::After] {
        let questions: Vec<QuestionView> = night
            .questions
            .iter()
            .filter(|s| s.when == when)
            .flat_map(|s| &s.questions)
            .map(|q| {
                number += 1;
                QuestionView {
                    number,
                    text: q.text.clone(),
                    themes: None,
                    leader_note: q.leader_note.clone(),
                    follow_ups: Vec::new(),
                    scripture: None,
                    tag: None,
                }
            })
            .collect();
        if questions.is_empty() {
            continue;
        }
        let (timing, id) = match when {
            Between::Before => (Timing::Before, "night-questions-before"),
            Between::Between => (Timing::Pause, "night-questions-between"),
            Between::After => (Timing::After, "night-questions-after"),
        };
        blocks.push(Block::Questions(QuestionSection { timing, heading: w.text(id), cue: None, questions }));
    }
    blocks
}

/// What to print, and how many of each, evening by evening.
fn print_list(input: &NightInput<'_>, w: &Words) -> Block {
    let night = input.night;
    let mut paragraphs = Vec::new();
    for (evening, films) in night.evenings.iter().zip(&input.evenings) {
        let file = pack_file(night, evening);
        paragraphs.push(w.format("night-print-intro", &[("file", Arg::Text(&file))]));
        paragraphs.push(w.text("night-print-leader"));
        for film in films {
            let title = markup::plain(&film.guide.title);
            for (edition, copies) in copies_per_film(night) {
                let id = match edition {
                    Edition::Handout => "night-print-handouts",
                    Edition::Parents => "night-print-parents",
                    Edition::Leader => "night-print-leader",
                };
                let args = [("film", Arg::Text(&title)), ("copies", Arg::Count(copies as usize))];
                paragraphs.push(w.format(id, &args));
            }
        }
    }
    Block::Prose { heading: w.text("night-print-heading"), paragraphs }
}

/// The night's page: when and where, and each film with its ratings and pages.
fn page(input: &NightInput<'_>, base: &Options) -> NightPage {
    let night = input.night;
    let w = &*base.words;
    let evenings = night
        .evenings
        .iter()
        .zip(&input.evenings)
        .map(|(evening, films)| {
            let start = timecode::parse_clock(&evening.start).unwrap_or(0);
            let end = start + night::length(&evening_steps(night, evening, films));
            let when = crate::view::masthead::event_words(&Event { place: None, ..event(night, evening) }, w)
                .unwrap_or_default();
            EveningCard {
                when,
                place: evening.place.clone().or_else(|| night.place.clone()),
                ends: w.format("night-page-ends", &[("time", Arg::Text(&timecode::format_clock(end)))]),
                films: films.iter().map(|f| film_card(f, base, w)).collect(),
            }
        })
        .collect();
    let mut leader_links = Vec::new();
    let leader_title = w.text("night-leader-title");
    if base.outputs.pdf {
        let label = w.format("night-page-leader-pdf", &[("title", Arg::Text(&leader_title))]);
        leader_links.push(Link { label, href: "leader.pdf".into(), current: false });
        for evening in &night.evenings {
            let label = match timecode::parse_date(&evening.date) {
                Some(date) => w.format("night-page-pack", &[("date", Arg::Text(&date_words(date, w)))]),
                None => w.text("night-pack-title"),
            };
            leader_links.push(Link { label, href: pack_file(night, evening), current: false });
        }
    }
    leader_links.insert(0, Link { label: leader_title, href: "leader.html".into(), current: false });
    NightPage {
        lang: w.language().into(),
        title: night.title.clone(),
        group: night.group.clone(),
        series: (night.evenings.len() > 1)
            .then(|| w.format("night-page-series", &[("count", Arg::Count(night.evenings.len()))])),
        evenings,
        films_heading: w.text("night-page-films"),
        when_label: w.text("night-page-when"),
        where_label: w.text("night-page-where"),
        ratings_label: w.text("night-page-ratings"),
        leader_heading: w.text("night-page-for-leaders"),
        leader_links,
        calendar: Link { label: w.text("night-page-calendar"), href: "night.ics".into(), current: false },
    }
}

fn film_card(film: &NightFilm<'_>, base: &Options, w: &Words) -> FilmCard {
    let guide = film.guide;
    let ratings = guide
        .ratings
        .iter()
        .map(|r| {
            let mark = format!("{} {}", r.system, r.rating);
            match &r.reason {
                Some(reason) => format!("{mark}: {}", markup::plain(reason)),
                None => mark,
            }
        })
        .collect();
    let links = base
        .outputs
        .editions
        .iter()
        .map(|e| Link { label: e.title(w), href: format!("../../{}/{}.html", film.slug, e.key()), current: false })
        .collect();
    FilmCard {
        title: guide.title.clone(),
        year: guide.year,
        runtime: runtime_words(guide.film.runtime_minutes, w),
        ratings,
        age: guide
            .audience
            .as_ref()
            .and_then(|a| a.min_age)
            .map(|age| w.format("night-page-age", &[("age", Arg::Count(age as usize))])),
        synopsis: guide.synopsis.as_ref().and_then(|s| s.short.clone()),
        links,
    }
}

/// One calendar entry per evening, its UID fixed by the night and the date.
fn calendar(input: &NightInput<'_>, w: &Words) -> Vec<CalendarEvent> {
    let night = input.night;
    night
        .evenings
        .iter()
        .zip(&input.evenings)
        .filter_map(|(evening, films)| {
            let date = timecode::parse_date(&evening.date)?;
            let start = timecode::parse_clock(&evening.start)?;
            let minutes = night::length(&evening_steps(night, evening, films));
            let titles: Vec<String> = films.iter().map(|f| markup::plain(&f.guide.title)).collect();
            let list = w.list(&titles);
            let end = timecode::format_clock(start + minutes);
            Some(CalendarEvent {
                uid: format!("{}-{}@reelguide", input.slug, evening.date),
                date,
                start,
                minutes,
                summary: w.format(
                    "night-calendar-summary",
                    &[("night", Arg::Text(&markup::plain(&night.title))), ("films", Arg::Text(&list))],
                ),
                location: evening.place.clone().or_else(|| night.place.clone()),
                description: w
                    .format("night-calendar-description", &[("films", Arg::Text(&list)), ("end", Arg::Text(&end))]),
            })
        })
        .collect()
}
