//! Film nights: every night file of the `nights/` folder read and checked, first on its
//! own (`read::night`) and then against the library (its films exist and are valid, and
//! every evening fits before its end), then built into `out/nights/<slug>/`.
//!
//! A night with a problem is reported and skipped; the other nights and every film
//! still build.

use std::path::{Path, PathBuf};

use crate::pipeline::library::{self, Library};
use crate::read::diagnostic::{Diagnostic, Sources};
use crate::read::file::{self, FileText};
use crate::read::positions::Positions;
use crate::record::admission::{self, Rule, Youngest};
use crate::record::board::Board;
use crate::record::night::{self, Night};
use crate::record::{Guide, slug, timecode};
use crate::suggest;
use crate::view::night::{NightFilm, NightInput, evening_steps};

/// A night that passed every check, with its films' records.
pub struct ReadNight {
    pub path: PathBuf,
    pub slug: String,
    pub night: Night,
    /// Each evening's films: their slugs and records, in order.
    pub evenings: Vec<Vec<(String, Guide)>>,
}

impl ReadNight {
    /// The night as the view takes it.
    pub fn input(&self) -> NightInput<'_> {
        NightInput {
            night: &self.night,
            slug: &self.slug,
            evenings: self
                .evenings
                .iter()
                .map(|films| films.iter().map(|(slug, guide)| NightFilm { slug, guide }).collect())
                .collect(),
        }
    }
}

/// The night files of `dir`, found as records are: `*.yaml` and `*.yml`, in name order.
/// No folder, no nights.
pub fn find(dir: &Path) -> Vec<PathBuf> {
    if !dir.is_dir() {
        return Vec::new();
    }
    // A folder with no night files has no nights, not an error.
    library::find_files(&[dir.to_path_buf()]).unwrap_or_default()
}

/// Reads and checks every night of `files` against `library`: the valid nights, and the
/// problems of the others, pointing into `sources`.
pub fn read_all(files: &[PathBuf], library: &Library, sources: &mut Sources) -> (Vec<ReadNight>, Vec<Diagnostic>) {
    let mut nights: Vec<ReadNight> = Vec::new();
    let mut problems = Vec::new();
    for path in files {
        let text = match file::read_text(path) {
            FileText::Text(text) => text,
            FileText::Unreadable(problem) => {
                problems.push(problem);
                continue;
            }
            FileText::NotText { lossy, problem } => {
                let id = sources.add(path.display().to_string(), lossy);
                problems.push(problem.in_file(id));
                continue;
            }
        };
        let (night, found) = read_one(path, &text, library, &nights);
        let found = library::at_most(found, library::MAX_PROBLEMS);
        if !found.is_empty() {
            let id = sources.add(path.display().to_string(), text);
            problems.extend(found.into_iter().map(|d| d.in_file(id)));
        }
        nights.extend(night);
    }
    (nights, problems)
}

/// One night: parsed, checked on its own, then against the library and the nights
/// already read (whose slugs it must not take). The night comes back only when none of
/// its problems is an error.
fn read_one(path: &Path, text: &str, library: &Library, others: &[ReadNight]) -> (Option<ReadNight>, Vec<Diagnostic>) {
    let parsed = match file::parse::<Night>(text) {
        Ok(parsed) => parsed,
        Err(problems) => return (None, problems),
    };
    let (night, positions) = (parsed.value, parsed.positions);
    let mut problems = crate::read::night::check(&night, &positions);
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let slug = night.slug.clone().unwrap_or_else(|| slug::from_text(&stem));
    if let Some(other) = others.iter().find(|n| n.slug == slug) {
        let message = format!("the night `{slug}` is already built from {}", other.path.display());
        let at = if night.slug.is_some() { positions.value("slug") } else { 0..0 };
        problems.push(Diagnostic::error("night-twice", message).at(at).hint("give one of them its own `slug`"));
    }
    let mut evenings = Vec::new();
    for (i, evening) in night.evenings.iter().enumerate().take(crate::read::night::MAX_EVENINGS + 1) {
        let mut films = Vec::new();
        // An evening over the limit is reported once by the night's own check; its films
        // are not looked for one by one.
        let limit = if evening.films.len() > crate::read::night::MAX_FILMS { 0 } else { evening.films.len() };
        for (j, film) in evening.films.iter().enumerate().take(limit) {
            match find_film(film, library) {
                Ok(guide) => films.push((film.clone(), guide)),
                Err(problem) => {
                    let path = format!("evenings[{i}].films[{j}]");
                    problems.push(problem.at(positions.value(&path)).field(path));
                }
            }
        }
        evenings.push(films);
    }
    if problems.iter().any(Diagnostic::is_error) {
        return (None, problems);
    }
    let read = ReadNight { path: path.to_path_buf(), slug, night, evenings };
    problems.extend(overruns(&read, &positions));
    problems.extend(audience(&read, &positions));
    let valid = !problems.iter().any(Diagnostic::is_error);
    (valid.then_some(read), problems)
}

/// The record of the film `slug`, or why the night cannot show it.
fn find_film(slug: &str, library: &Library) -> Result<Guide, Box<Diagnostic>> {
    let Some(entry) = library.find(slug) else {
        let known = library.entries.iter().map(|e| e.summary.slug.as_str());
        let hint = match suggest::did_you_mean(slug, known) {
            Some(near) => format!("did you mean `{near}`?"),
            None => "name a film by the slug of its record in guides/ (its file name without .yaml)".into(),
        };
        return Err(Box::new(
            Diagnostic::error("unknown-film", format!("no film `{slug}` in the library"))
                .label("not a record in guides/")
                .hint(hint),
        ));
    };
    library::reread(entry).map(|(guide, _)| std::sync::Arc::unwrap_or_clone(guide)).map_err(|_| {
        Box::new(
            Diagnostic::error("film-changed", format!("the record of `{slug}` changed while it was read"))
                .hint("build again"),
        )
    })
}

/// Films whose certificate, where the night is held, bars its youngest guest (an error)
/// or admits them only with an adult (a warning; the leader's guide prints the rule).
fn audience(read: &ReadNight, positions: &Positions) -> Vec<Diagnostic> {
    let night = &read.night;
    let Some(country) = night.country.as_deref() else { return Vec::new() };
    let Some(board) = Board::of_country(country) else {
        let message = format!("reelguide knows who certificates admit in GB and US only, not in {country}");
        return vec![
            Diagnostic::warning("country-rules", message)
                .at(positions.value("country"))
                .field("country")
                .label("no rules known here")
                .hint("check the local rules for each film yourself; the leader's guide prints both boards' rules"),
        ];
    };
    let youngest = Youngest::of(night.youngest, night.under_18);
    let mut found = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for (i, films) in read.evenings.iter().enumerate() {
        for (j, (slug, guide)) in films.iter().enumerate() {
            if seen.contains(&slug.as_str()) {
                continue;
            }
            seen.push(slug);
            let path = format!("evenings[{i}].films[{j}]");
            let at = |d: Diagnostic| d.at(positions.value(&path)).field(path.clone());
            let title = crate::markup::plain(&guide.title);
            let Some(rating) = guide.ratings.iter().find(|r| r.system == board.system()) else {
                if !matches!(youngest, Youngest::Adults) {
                    let message = format!("{title} has no {} certificate in its record", board.system());
                    found.push(
                        at(Diagnostic::warning("no-certificate", message))
                            .label("who may be admitted is not known")
                            .hint(format!("add the film's {} rating to its record, with its source", board.system())),
                    );
                }
                continue;
            };
            let mark = format!("{} {}", rating.system, rating.rating);
            match admission::rule(board, &rating.rating) {
                Some(Rule::Bar { age }) if youngest.may_be_under(age) => {
                    let who = match youngest {
                        Youngest::Age(y) => format!("the youngest expected is {y}"),
                        Youngest::Adults | Youngest::UnknownMinor => {
                            format!("{} of the people expected are under 18, of ages not given", night.under_18)
                        }
                    };
                    let message = format!("{title} is {mark}: no one under {age} may be admitted, and {who}");
                    found.push(
                        at(Diagnostic::error("audience-barred", message)).label(format!("{mark} in {country}")).hint(
                            match youngest {
                                Youngest::UnknownMinor => {
                                    "say `youngest:`, the age of the youngest person expected".into()
                                }
                                Youngest::Age(_) | Youngest::Adults => {
                                    format!("show another film, or invite only people of {age} and over")
                                }
                            },
                        ),
                    );
                }
                Some(Rule::WithAdult { age }) if youngest.may_be_under(age) => {
                    let message = format!("{title} is {mark}: anyone under {age} must come with an adult");
                    found.push(at(Diagnostic::warning("audience-with-adult", message))
                        .label(format!("{mark} in {country}"))
                        .hint("the night's leader's guide prints the rule; make sure every young guest comes with one"));
                }
                Some(Rule::Bar { .. } | Rule::WithAdult { .. }) | None => {}
            }
        }
    }
    found
}

/// Evenings whose plan runs past their `end`.
fn overruns(read: &ReadNight, positions: &Positions) -> Vec<Diagnostic> {
    let input = read.input();
    let mut found = Vec::new();
    for (i, (evening, films)) in read.night.evenings.iter().zip(&input.evenings).enumerate() {
        let (Some(start), Some(end)) =
            (timecode::parse_clock(&evening.start), evening.end.as_deref().and_then(timecode::parse_clock))
        else {
            continue;
        };
        // An end before the start is after midnight.
        let limit = if end > start { end } else { end + 24 * 60 };
        let length = night::length(&evening_steps(&read.night, evening, films));
        if start + length > limit {
            let path = format!("evenings[{i}].end");
            let message = format!(
                "the evening runs {length} minutes, to {}, past its end at {}",
                timecode::format_clock(start + length),
                timecode::format_clock(end)
            );
            found.push(
                Diagnostic::error("evening-overrun", message)
                    .at(positions.value(&path))
                    .field(path)
                    .label("the room must be empty by then")
                    .hint(format!(
                        "start earlier, end later, shorten `break_minutes`, or show fewer films ({} minutes over)",
                        start + length - limit
                    )),
            );
        }
    }
    found
}
