//! The meaning checks on a night file that deserialized, those that need nothing but the
//! file: dates and clock times in their forms, evenings with films, numbers that make
//! sense, slugs that can be slugs. Whether the films exist and fit the evening needs
//! the library, and is checked where the library is (`pipeline::nights`).

use crate::read::diagnostic::Diagnostic;
use crate::read::positions::Positions;
use crate::record::night::Night;
use crate::record::{slug, timecode};

/// The most people a night plans for: a pack for more is a print shop's job, and a
/// typo (`people: 2000`) would otherwise print thousands of pages.
pub const MAX_PEOPLE: u32 = 500;

/// All problems in one night file. Spans are set; the caller adds the file.
pub fn check(night: &Night, positions: &Positions) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut error = |code: &'static str, message: String, path: &str, hint: &str| {
        found.push(Diagnostic::error(code, message).at(positions.value(path)).field(path).hint(hint));
    };
    if night.title.trim().is_empty() {
        error("empty-text", "the title is empty".into(), "title", "name the night: \"Love with a deadline\"");
    }
    if let Some(slug) = &night.slug
        && !slug::is_valid(slug)
    {
        error("slug", format!("`{slug}` cannot be used as a slug"), "slug", "only a-z, 0-9 and single hyphens");
    }
    if night.people == 0 || night.people > MAX_PEOPLE {
        let message = format!("{} people is not a number a night can plan for", night.people);
        error("people", message, "people", "how many handouts to print: from 1 to 500");
    }
    if night.under_18 > night.people {
        let message = format!("{} under 18 is more than the {} people expected", night.under_18, night.people);
        error("under-18", message, "under_18", "count the young people among `people`");
    }
    if night.evenings.is_empty() {
        error(
            "no-evenings",
            "the night has no evenings".into(),
            "evenings",
            "add an evening with a date, a start and films",
        );
    }
    for (i, evening) in night.evenings.iter().enumerate() {
        let at = |field: &str| format!("evenings[{i}].{field}");
        if timecode::parse_date(&evening.date).is_none() {
            let message = format!("`{}` is not a date", evening.date);
            error("date", message, &at("date"), "write the date as YYYY-MM-DD: 2026-12-12");
        }
        if timecode::parse_clock(&evening.start).is_none() {
            let message = format!("`{}` is not a time of day", evening.start);
            error("clock", message, &at("start"), "write the time as HH:MM, 24-hour: 19:00");
        }
        if let Some(end) = &evening.end
            && timecode::parse_clock(end).is_none()
        {
            error(
                "clock",
                format!("`{end}` is not a time of day"),
                &at("end"),
                "write the time as HH:MM, 24-hour: 22:30",
            );
        }
        if evening.films.is_empty() {
            error("no-films", "the evening shows no film".into(), &at("films"), "name a film by its slug: [her]");
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
    let dates: Vec<&str> = night.evenings.iter().map(|e| e.date.as_str()).collect();
    for (i, date) in dates.iter().enumerate() {
        if dates[..i].contains(date) {
            let message = format!("two evenings on {date}");
            let path = format!("evenings[{i}].date");
            error("date-twice", message, &path, "one evening per date: put both films in its `films`");
        }
    }
    found
}
