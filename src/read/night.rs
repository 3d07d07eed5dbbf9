//! The meaning checks on a night file that deserialized, those that need nothing but the
//! file: dates and clock times in their forms, evenings with films, numbers that make
//! sense, slugs that can be slugs. Whether the films exist and fit the evening needs
//! the library, and is checked where the library is (`pipeline::nights`).

use crate::read::diagnostic::Diagnostic;
use crate::read::positions::Positions;
use crate::read::values;
use crate::record::night::Night;

/// The most people a night plans for: a pack for more is a print shop's job, and a
/// typo (`people: 2000`) would otherwise print thousands of pages.
pub const MAX_PEOPLE: u32 = 500;

/// The most films in one evening: four is already an all-day marathon.
pub const MAX_FILMS: usize = 6;

/// The most evenings in one night file: a weekly series for a year.
pub const MAX_EVENINGS: usize = 52;

/// The most documents in one evening's pack (a handout per person and a card per child,
/// for each film): at about six pages each, some twelve thousand pages.
pub const MAX_COPIES: u64 = 2_000;

/// The years an evening may fall in: wide enough for any archive or plan, narrow enough
/// that every date and end time can be written in a calendar file.
pub const EVENING_YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// The fields that print on one line (in a calendar entry, a page's title), by path.
fn single_lines(night: &Night) -> Vec<(String, &str)> {
    let mut fields = vec![("title".to_string(), night.title.as_str())];
    fields.extend(night.group.as_deref().map(|g| ("group".to_string(), g)));
    fields.extend(night.place.as_deref().map(|p| ("place".to_string(), p)));
    for (i, evening) in night.evenings.iter().enumerate() {
        fields.extend(evening.place.as_deref().map(|p| (format!("evenings[{i}].place"), p)));
    }
    fields
}

/// All problems in one night file. Spans are set; the caller adds the file.
pub fn check(night: &Night, positions: &Positions) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut error = |code: &'static str, message: String, path: &str, hint: &str| {
        found.push(positions.error(code, message, path).hint(hint));
    };
    // The kinds of value a record and the settings hold too, by their shared rules.
    let mut shared: Vec<Diagnostic> = Vec::new();
    if let Some(slug) = &night.slug {
        shared.extend(values::slug(slug, positions, "slug").err().map(|p| *p));
    }
    if let Some(language) = &night.language {
        shared.extend(values::language(language, positions, "language").err().map(|p| *p));
    }
    for (i, evening) in night.evenings.iter().enumerate().take(MAX_EVENINGS + 1) {
        shared.extend(values::clock(&evening.start, positions, &format!("evenings[{i}].start")).err().map(|p| *p));
        if let Some(end) = &evening.end {
            shared.extend(values::clock(end, positions, &format!("evenings[{i}].end")).err().map(|p| *p));
        }
    }
    for (path, text) in single_lines(night) {
        if text.contains(['\n', '\r', '\t']) {
            let message = "a line break or tab stands in a one-line field".to_string();
            error("line-break", message, &path, "write it on one line: it becomes a calendar entry's title or place");
        }
    }
    if night.title.trim().is_empty() {
        error("empty-text", "the title is empty".into(), "title", "name the night: \"Love with a deadline\"");
    }
    if night.people == 0 || night.people > MAX_PEOPLE {
        let message = format!("{} people is not a number a night can plan for", night.people);
        error("people", message, "people", "how many handouts to print: from 1 to 500");
    }
    if night.under_18 > night.people {
        let message = format!("{} under 18 is more than the {} people expected", night.under_18, night.people);
        error("under-18", message, "under_18", "count the young people among `people`");
    }
    if let Some(country) = &night.country
        && !(country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()))
    {
        let message = format!("`{country}` is not a country code");
        error("country", message, "country", "two capital letters, ISO 3166: GB, US, IE, AU");
    }
    if let Some(youngest) = night.youngest {
        if youngest > 120 {
            error("age", format!("{youngest} is not an age"), "youngest", "the age of the youngest person expected");
        } else if youngest < 18 && night.under_18 == 0 {
            let message = format!("the youngest is {youngest}, but `under_18` is 0");
            error("under-18", message, "youngest", "count the people under 18 in `under_18`: they get parents' cards");
        } else if youngest >= 18 && night.under_18 > 0 {
            let message = format!("the youngest is {youngest}, but {} are under 18", night.under_18);
            error("under-18", message, "youngest", "give the age of the youngest of them");
        }
    }
    if night.evenings.len() > MAX_EVENINGS {
        let message = format!("{} evenings, more than the {MAX_EVENINGS} a night file may hold", night.evenings.len());
        error("evenings", message, "evenings", "split the series into night files of a year or less");
    }
    if night.evenings.is_empty() {
        error(
            "no-evenings",
            "the night has no evenings".into(),
            "evenings",
            "add an evening with a date, a start and films",
        );
    }
    // Past the limit every evening is an error already: the rest are not looked at.
    for (i, evening) in night.evenings.iter().enumerate().take(MAX_EVENINGS + 1) {
        let at = |field: &str| format!("evenings[{i}].{field}");
        match values::date(&evening.date, positions, &at("date")) {
            Err(problem) => shared.push(*problem),
            Ok(date) if !EVENING_YEARS.contains(&date.year()) => {
                let message = format!("{} is not a year for a film night", date.year());
                error("date", message, &at("date"), "an evening's year lies between 1900 and 2200");
            }
            Ok(_) => {}
        }
        if evening.films.len() > MAX_FILMS {
            let message = format!("{} films in one evening, more than {MAX_FILMS}", evening.films.len());
            error("films", message, &at("films"), "show at most six films in an evening; spread the rest over others");
        } else {
            let copies = u64::from(night.people + night.under_18) * evening.films.len() as u64;
            if copies > MAX_COPIES {
                let message = format!("the evening's pack would hold {copies} documents, more than {MAX_COPIES}");
                error("pack", message, &at("films"), "print fewer copies: fewer people or fewer films per evening");
            }
        }
        if evening.films.is_empty() {
            error("no-films", "the evening shows no film".into(), &at("films"), "name a film by its slug: [her]");
        }
        if evening.discussion_minutes.is_some_and(|m| m == 0 || m > 180) {
            let message = "a discussion of no time, or of more than three hours".to_string();
            error(
                "discussion",
                message,
                &at("discussion_minutes"),
                "minutes of discussion after the films, such as 15",
            );
        }
        if evening.break_minutes.is_some_and(|m| m > 120) {
            let message = "a break of more than two hours between films".to_string();
            error("break", message, &at("break_minutes"), "minutes between two films, such as 20");
        }
    }
    for (i, section) in night.questions.iter().enumerate() {
        for (j, question) in section.questions.iter().enumerate() {
            if question.text.trim().is_empty() {
                let path = format!("questions[{i}].questions[{j}].text");
                error("empty-text", "the question is empty".into(), &path, "write the question, or remove it");
            }
        }
    }
    let mut dates = std::collections::HashSet::new();
    for (i, evening) in night.evenings.iter().enumerate().take(MAX_EVENINGS + 1) {
        let date = evening.date.as_str();
        if !dates.insert(date) {
            let message = format!("two evenings on {date}");
            let path = format!("evenings[{i}].date");
            error("date-twice", message, &path, "one evening per date: put both films in its `films`");
        }
    }
    found.extend(shared);
    found.sort_by_key(|d| d.span.as_ref().map_or(0, |s| s.start));
    found
}
