//! A night's evenings as an iCalendar file (RFC 5545), written by the `icalendar` crate,
//! which folds long lines and escapes text as the standard asks.
//!
//! Times are floating local times (no time zone): an evening at 18:00 is at 18:00 where
//! the group meets, whatever zone a member's calendar is set to. Nothing depends on the
//! clock: the stamp is `SOURCE_DATE_EPOCH` when it is set and 1970 otherwise, and each
//! evening's UID is fixed by the night and the date, so a calendar that imports the file
//! again updates the evening instead of adding a second one.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike, Property};

use crate::view::night::CalendarEvent;

/// The calendar file of `events`; `created` is seconds since 1970 (`SOURCE_DATE_EPOCH`).
pub fn calendar(name: &str, events: &[CalendarEvent], created: Option<i64>) -> String {
    let mut calendar = Calendar::empty();
    for (key, value) in [("VERSION", "2.0"), ("PRODID", "-//reelguide//film nights//EN"), ("CALSCALE", "GREGORIAN")] {
        calendar.append_property(Property::new(key, value));
    }
    calendar.name(&one_line(name));
    let stamp = DateTime::<Utc>::from_timestamp(created.unwrap_or(0), 0).unwrap_or_default();
    for event in events {
        calendar.push(entry(event, stamp));
    }
    calendar.to_string()
}

fn entry(event: &CalendarEvent, stamp: DateTime<Utc>) -> Event {
    let start = local(event.date, event.start);
    let mut entry = Event::new();
    entry
        .uid(&event.uid)
        .timestamp(stamp)
        .summary(&one_line(&event.summary))
        .description(&one_line(&event.description))
        .starts(start)
        .ends(start.checked_add_signed(Duration::minutes(i64::from(event.minutes))).unwrap_or(start));
    if let Some(location) = &event.location {
        entry.location(&one_line(location));
    }
    entry.done()
}

/// Text for a calendar property on one line. `check` refuses line breaks in titles and
/// places, but a property must never be able to start a line of its own whatever it is
/// given: every control character becomes a space before the crate escapes and folds it.
fn one_line(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// The evening's date and minutes after midnight as a local date and time.
fn local(date: time::Date, minutes: u32) -> NaiveDateTime {
    let day = NaiveDate::from_ymd_opt(date.year(), u32::from(u8::from(date.month())), u32::from(date.day()))
        .unwrap_or_default();
    let time = NaiveTime::from_hms_opt(minutes / 60 % 24, minutes % 60, 0).unwrap_or_default();
    day.and_time(time)
}
