//! One rule for each kind of value the files hold that more than one file holds:
//! dates, times of day, slugs and language tags, the same in a record, a night and the
//! settings. Each reads the text and, when it is not a value of its kind, gives the one
//! diagnostic of that kind, with its one code (`date`, `clock`, `slug`, `language`),
//! at the value of `path` (boxed: the problem is the rare path, the value the common one).

use crate::read::diagnostic::Diagnostic;
use crate::read::positions::Positions;
use crate::record::{slug as slugs, timecode};

/// A calendar date, written `YYYY-MM-DD` with a two-digit month and day.
pub fn date(text: &str, positions: &Positions, path: &str) -> Result<time::Date, Box<Diagnostic>> {
    timecode::parse_date(text).ok_or_else(|| {
        let hint = match padded_date(text) {
            Some(padded) => format!("write `{padded}`: the month and the day take two digits each"),
            None => "year-month-day, with two digits for the month and the day: `2010-09-15`".into(),
        };
        Box::new(
            positions.error("date", format!("`{text}` is not a date"), path).label("expected YYYY-MM-DD").hint(hint),
        )
    })
}

/// `2010-9-5` as `2010-09-05`, when that is a date.
fn padded_date(text: &str) -> Option<String> {
    let mut parts = text.trim().split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    let two = |part: &str| (1..=2).contains(&part.len()).then(|| format!("{part:0>2}"));
    let padded = format!("{year}-{}-{}", two(month)?, two(day)?);
    (parts.next().is_none() && padded != text && timecode::parse_date(&padded).is_some()).then_some(padded)
}

/// A time of day, written `HH:MM` on the 24-hour clock: minutes after midnight.
pub fn clock(text: &str, positions: &Positions, path: &str) -> Result<u32, Box<Diagnostic>> {
    timecode::parse_clock(text).ok_or_else(|| {
        Box::new(
            positions
                .error("clock", format!("`{text}` is not a time of day"), path)
                .label("expected HH:MM, 24-hour")
                .hint("in quotes, on the 24-hour clock: `\"19:00\"` for 7 pm"),
        )
    })
}

/// A slug: what names a film's or a night's output folder, and what links name a film by.
pub fn slug(text: &str, positions: &Positions, path: &str) -> Result<(), Box<Diagnostic>> {
    if slugs::is_valid(text) {
        return Ok(());
    }
    let label = if slugs::is_device_name(text) {
        "Windows keeps this name for a device: no folder can have it"
    } else if slugs::is_reserved(text) {
        "the output folder of the film nights has this name"
    } else {
        "only a-z, 0-9 and single hyphens"
    };
    let suggestion = slugs::from_text(text);
    let hint = if suggestion.is_empty() || suggestion == text {
        "a slug names the output files, such as `never-let-me-go`".to_string()
    } else {
        format!("write `{suggestion}`")
    };
    Err(Box::new(positions.error("slug", format!("`{text}` cannot be used as a slug"), path).label(label).hint(hint)))
}

/// A language tag (BCP 47): `en`, `en-GB`, `pt-BR`.
pub fn language(text: &str, positions: &Positions, path: &str) -> Result<(), Box<Diagnostic>> {
    if is_language_tag(text) {
        return Ok(());
    }
    Err(Box::new(
        positions
            .error("language", format!("`{text}` is not a language tag"), path)
            .label("expected a BCP 47 tag")
            .hint("for example `en`, `en-GB`, `es` or `pl`"),
    ))
}

/// The shape of a BCP 47 tag: a 2-3 letter language, then subtags of 1-8 letters or digits.
pub fn is_language_tag(text: &str) -> bool {
    let mut parts = text.split('-');
    let language = parts.next().unwrap_or("");
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_reads_one_way() {
        let positions = Positions::default();
        assert!(date("2010-09-15", &positions, "date").is_ok());
        for text in ["2010-9-15", "2010-02-30", "15/09/2010", "+2010-09-15"] {
            assert_eq!(date(text, &positions, "date").unwrap_err().code, "date", "{text}");
        }
        assert_eq!(padded_date("2010-9-5").as_deref(), Some("2010-09-05"));
        assert_eq!(padded_date("2010-2-30"), None);
        assert_eq!(clock("19:00", &positions, "start"), Ok(19 * 60));
        assert_eq!(clock("7pm", &positions, "start").unwrap_err().code, "clock");
        assert!(slug("never-let-me-go", &positions, "slug").is_ok());
        assert_eq!(slug("Never Let Me Go", &positions, "slug").unwrap_err().code, "slug");
        assert!(language("en-GB", &positions, "language").is_ok());
        assert_eq!(language("english", &positions, "language").unwrap_err().code, "language");
    }
}
