//! Time stamps into a film, written `H:MM` or `H:MM:SS` from its start; a range of them
//! (`0:52-0:55`); and a leading `~` that marks a time as an estimate (`~1:20`). Also the
//! clock times (`19:00`) and dates (`2026-03-06`) of a film night.

/// A moment or a stretch of the film, in seconds from its start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct FilmTime {
    pub start: u32,
    /// Equal to `start` for a moment.
    pub end: u32,
    /// Written with `~`: someone estimated it rather than timed it.
    pub approx: bool,
}

impl FilmTime {
    pub fn is_range(&self) -> bool {
        self.end != self.start
    }
}

/// Seconds from the start of the film, or why the text is not a time stamp.
pub fn parse(text: &str) -> Result<u32, String> {
    let parts: Vec<&str> = text.trim().split(':').collect();
    let number = |part: &str, two_digits: bool| -> Option<u32> {
        let ok = !part.is_empty() && part.len() <= 2 && part.bytes().all(|b| b.is_ascii_digit());
        (ok && (!two_digits || part.len() == 2)).then(|| part.parse().ok()).flatten()
    };
    let shape = || format!("`{text}` is not a time stamp: write hours:minutes, such as `0:41` or `1:05:30`");
    let (hours, minutes, seconds) = match parts.as_slice() {
        [h, m] => (number(h, false), number(m, true), Some(0)),
        [h, m, s] => (number(h, false), number(m, true), number(s, true)),
        _ => return Err(shape()),
    };
    let (Some(hours), Some(minutes), Some(seconds)) = (hours, minutes, seconds) else {
        return Err(shape());
    };
    if minutes > 59 || seconds > 59 {
        return Err(format!("`{text}` has more than 59 minutes or seconds"));
    }
    Ok(hours * 3600 + minutes * 60 + seconds)
}

/// A moment (`1:05`), a range (`0:52-0:55`), either with a leading `~` for an estimate.
pub fn parse_span(text: &str) -> Result<FilmTime, String> {
    let trimmed = text.trim();
    let (approx, rest) = match trimmed.strip_prefix('~') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, trimmed),
    };
    // An en dash is what a typographer would write between two times.
    let (start, end) = match rest.split_once(['-', '\u{2013}']) {
        Some((a, b)) => (parse(a)?, parse(b)?),
        None => {
            let at = parse(rest)?;
            (at, at)
        }
    };
    if end < start {
        return Err(format!("`{text}` ends before it starts"));
    }
    Ok(FilmTime { start, end, approx })
}

/// `H:MM` for whole minutes, `H:MM:SS` otherwise.
pub fn format(seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if s == 0 { format!("{h}:{m:02}") } else { format!("{h}:{m:02}:{s:02}") }
}

/// `0:52–0:55` for a range, `1:05` for a moment; estimates are worded by the caller.
pub fn format_span(span: &FilmTime) -> String {
    if span.is_range() { format!("{}\u{2013}{}", format(span.start), format(span.end)) } else { format(span.start) }
}

/// A clock time `HH:MM` (24-hour) as minutes after midnight.
pub fn parse_clock(text: &str) -> Option<u32> {
    let (h, m) = text.trim().split_once(':')?;
    let ok = |p: &str| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit());
    if !ok(h) || !ok(m) || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// Minutes after midnight as a clock time, wrapping past midnight.
pub fn format_clock(minutes: u32) -> String {
    let minutes = minutes % (24 * 60);
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

/// A calendar date written `YYYY-MM-DD`, if it is one: four digits, two and two, naming
/// a real day. The one rule for dates in records, nights and settings (`2010-9-15`,
/// `+2010-09-15` and `0000-01-01`-style years with signs or more digits are refused).
pub fn parse_date(text: &str) -> Option<time::Date> {
    let bytes = text.as_bytes();
    let shape = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape {
        return None;
    }
    let (y, m, d) = (text[..4].parse().ok()?, text[5..7].parse::<u8>().ok()?, text[8..].parse().ok()?);
    time::Date::from_calendar_date(y, time::Month::try_from(m).ok()?, d).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_one_way() {
        assert!(parse_date("2010-09-15").is_some());
        for refused in
            ["2010-9-15", "+2010-09-15", "2010-02-30", "10-09-15", "2010/09/15", "20100-09-15", " 2010-09-15"]
        {
            assert_eq!(parse_date(refused), None, "{refused}");
        }
    }

    #[test]
    fn parses_and_formats() {
        assert_eq!(parse("0:41"), Ok(41 * 60));
        assert_eq!(parse("1:05:30"), Ok(3930));
        assert!(parse("41").is_err());
        assert!(parse("1:5").is_err());
        assert!(parse("1:65").is_err());
        assert!(parse("a:bc").is_err());
        assert_eq!(format(3930), "1:05:30");
        assert_eq!(format(41 * 60), "0:41");
        assert_eq!(parse_clock("19:00"), Some(1140));
        assert_eq!(parse_clock("7pm"), None);
        assert_eq!(format_clock(1140 + 300), "0:00");
    }

    #[test]
    fn ranges_and_estimates() {
        let span = parse_span("~0:52-0:55").unwrap();
        assert_eq!(span, FilmTime { start: 52 * 60, end: 55 * 60, approx: true });
        assert_eq!(format_span(&span), "0:52\u{2013}0:55");
        assert_eq!(parse_span("1:05"), Ok(FilmTime { start: 3900, end: 3900, approx: false }));
        assert!(parse_span("0:55-0:52").is_err());
        assert!(parse_span("0:52-").is_err());
        assert!(parse_span("~").is_err());
    }
}
