//! What frames an edition: the credits and ratings under the title, the navigation of
//! the HTML pages, the running footer, and the file's own title and subject.

use crate::markup;
use crate::record::Guide;
use crate::view::edition::{Builder, Edition, Event};
use crate::view::links;
use crate::view::model::{Credit, CreditKind, Document, Facts, Footer, Nav, PagePiece, RatingView};
use crate::view::words::{Arg, Words};

impl Builder<'_> {
    pub(super) fn credits(&self) -> Vec<Credit> {
        let w = self.words;
        let film = &self.guide.film;
        let full = self.edition == Edition::Leader;
        let mut credits = Vec::new();
        let mut add = |kind: CreditKind, value: String| {
            if !value.is_empty() {
                credits.push(Credit { kind, label: w.text(credit_id(kind)), value });
            }
        };
        add(CreditKind::Directors, film.directors.join(", "));
        add(CreditKind::Writers, film.writers.join(", "));
        if let Some(book) = &film.based_on {
            let mut work = format!("*{}*", book.title);
            if let Some(kind) = &book.kind {
                work = w.format("based-on-kind", &[("kind", Arg::Text(kind)), ("work", Arg::Text(&work))]);
            }
            if let Some(author) = &book.author {
                work = w.format("based-on-author", &[("work", Arg::Text(&work)), ("author", Arg::Text(author))]);
            }
            if let Some(year) = book.year {
                let year = year.to_string();
                work = w.format("based-on-year", &[("work", Arg::Text(&work)), ("year", Arg::Text(&year))]);
            }
            add(CreditKind::BasedOn, work);
        }
        let shown = if full { film.cast.len() } else { film.cast.len().min(6) };
        let cast: Vec<String> = film.cast[..shown]
            .iter()
            .map(|m| match &m.role {
                Some(role) => format!("{} ({role})", m.actor),
                None => m.actor.clone(),
            })
            .collect();
        add(CreditKind::Cast, cast.join(", "));
        if full {
            add(CreditKind::Studio, film.studio.clone().unwrap_or_default());
            add(CreditKind::Countries, film.countries.join(", "));
            add(CreditKind::Languages, film.languages.join(", "));
            add(CreditKind::Genres, film.genres.join(", "));
        }
        // The leader's guide lists every release; the others the first.
        let shown = if full { film.releases.len() } else { film.releases.len().min(1) };
        let releases: Vec<String> = film.releases[..shown]
            .iter()
            .map(|release| {
                let mut text = format!("{}, {}", long_date(&release.date, w), release.region);
                if let Some(note) = &release.note {
                    text.push_str(&format!(" ({note})"));
                }
                text
            })
            .collect();
        add(CreditKind::Released, releases.join("; "));
        add(CreditKind::Runtime, runtime_words(film.runtime_minutes, w));
        credits
    }

    pub(super) fn ratings(&self) -> Vec<RatingView> {
        let w = self.words;
        self.guide
            .ratings
            .iter()
            .map(|r| {
                // The handout is for the group, not for checking the rating's basis or
                // deciding who may watch.
                let (sources, meaning) = match self.edition {
                    Edition::Handout => (Vec::new(), None),
                    Edition::Leader | Edition::Parents => {
                        (self.source_titles(r.source.as_ref()), rating_meaning(&r.system, &r.rating, w))
                    }
                };
                RatingView {
                    system: r.system.clone(),
                    rating: r.rating.clone(),
                    mark: format!("{} {}", r.system, r.rating),
                    title: w.format("rating-title", &[("system", Arg::Text(&r.system))]),
                    // After the board's own words, set off by a dash; alone, as it is.
                    meaning: meaning
                        .map(|m| if r.reason.is_some() || r.advice.is_some() { format!("\u{2014} {m}") } else { m }),
                    reason: r.reason.clone(),
                    advice: r.advice.clone(),
                    sources: (!sources.is_empty())
                        .then(|| w.format("rating-sources", &[("sources", Arg::Text(&sources.join("; ")))])),
                }
            })
            .collect()
    }

    pub(super) fn nav(&self) -> Nav {
        let w = self.words;
        Nav {
            label: w.text("nav-label"),
            home: links::Link { label: w.text("nav-all-films"), href: "../index.html".into(), current: false },
            links: links::editions(self.edition, &self.options.outputs, w),
        }
    }

    pub(super) fn footer(&self) -> Footer {
        Footer {
            film: film_line(self.guide),
            edition: self.edition.title(self.words),
            group: self.options.group.clone(),
            event: self.event_line(),
            page_number: page_pieces(self.words),
        }
    }

    /// "Friday 6 March 2026 · 19:00 · St Mark's hall", from whatever the event gives.
    pub(super) fn event_line(&self) -> Option<String> {
        event_words(self.options.event.as_ref()?, self.words)
    }

    pub(super) fn document(&self) -> Document {
        let w = self.words;
        let title = markup::plain(&self.guide.title);
        let film = film_line(self.guide);
        let edition = self.edition.title(w);
        let directors = &self.guide.film.directors;
        let subject = if directors.is_empty() {
            w.format("document-subject", &[("edition", Arg::Text(&edition)), ("film", Arg::Text(&film))])
        } else {
            let names = w.list(directors);
            w.format(
                "document-subject-directed",
                &[("edition", Arg::Text(&edition)), ("film", Arg::Text(&film)), ("directors", Arg::Text(&names))],
            )
        };
        let mut keywords = vec![title, edition.clone(), w.text("document-keyword")];
        keywords.extend(self.guide.themes.iter().map(|t| markup::plain(&t.title)));
        keywords.extend(self.guide.film.genres.iter().cloned());
        Document {
            title: format!("{film}: {edition}"),
            subject,
            keywords,
            author: self.options.group.clone().unwrap_or_else(|| "reelguide".to_string()),
        }
    }

    pub(super) fn facts(&self) -> Facts {
        let guide = self.guide;
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
            content_rating: guide.ratings.first().map(|r| format!("{} {}", r.system, r.rating)),
            typical_age_range: guide.audience.as_ref().and_then(|a| a.min_age).map(|age| format!("{age}-")),
        }
    }
}

fn credit_id(kind: CreditKind) -> &'static str {
    match kind {
        CreditKind::Directors => "credit-directors",
        CreditKind::Writers => "credit-writers",
        CreditKind::BasedOn => "credit-based-on",
        CreditKind::Cast => "credit-cast",
        CreditKind::Studio => "credit-studio",
        CreditKind::Countries => "credit-countries",
        CreditKind::Languages => "credit-languages",
        CreditKind::Genres => "credit-genres",
        CreditKind::Released => "credit-released",
        CreditKind::Runtime => "credit-runtime",
    }
}

/// "Never Let Me Go (2010)", plain text.
fn film_line(guide: &Guide) -> String {
    format!("{} ({})", markup::plain(&guide.title), guide.year)
}

/// "Page {page} of {pages}" split at its two numbers.
pub(super) fn page_pieces(words: &Words) -> Vec<PagePiece> {
    // Private-use characters stand for the numbers while the message is formatted.
    const PAGE: char = '\u{E000}';
    const PAGES: char = '\u{E001}';
    let text = words
        .format("page-number", &[("page", Arg::Text(&PAGE.to_string())), ("pages", Arg::Text(&PAGES.to_string()))]);
    let mut pieces = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        let slot = match c {
            PAGE => PagePiece::Page,
            PAGES => PagePiece::Pages,
            other => {
                current.push(other);
                continue;
            }
        };
        if !current.is_empty() {
            pieces.push(PagePiece::Text(std::mem::take(&mut current)));
        }
        pieces.push(slot);
    }
    if !current.is_empty() {
        pieces.push(PagePiece::Text(current));
    }
    pieces
}

/// "103 minutes (1 h 43 min)".
pub fn runtime_words(minutes: u32, words: &Words) -> String {
    let count = |n: u32| Arg::Count(n as usize);
    words.format(
        "runtime",
        &[("minutes", count(minutes)), ("hours", count(minutes / 60)), ("rest", count(minutes % 60))],
    )
}

/// "2010-09-15" as "15 September 2010"; anything else as written.
pub fn long_date(date: &str, words: &Words) -> String {
    let parts: Vec<&str> = date.split('-').collect();
    if let [y, m, d] = parts.as_slice()
        && let (Ok(m), Ok(d)) = (m.parse::<u8>(), d.parse::<u8>())
        && (1..=12).contains(&m)
    {
        let (day, month) = (d.to_string(), words.text(&format!("month-{m}")));
        return words
            .format("date-long", &[("day", Arg::Text(&day)), ("month", Arg::Text(&month)), ("year", Arg::Text(y))]);
    }
    date.to_string()
}

/// "Friday 6 March 2026 · 19:00 · St Mark's hall", from whatever the event gives.
pub fn event_words(event: &Event, w: &Words) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(date) = event.date {
        parts.push(date_words(date, w));
    }
    parts.extend(event.start.clone());
    parts.extend(event.place.clone());
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// "Friday 6 March 2026".
pub fn date_words(date: time::Date, w: &Words) -> String {
    let weekday = w.text(&format!("weekday-{}", date.weekday().number_from_monday()));
    let long = long_date(&format!("{}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day()), w);
    w.format("date-with-weekday", &[("weekday", Arg::Text(&weekday)), ("date", Arg::Text(&long))])
}

/// What an MPA or BBFC rating means ("Under 17 only with a parent or adult guardian."), in
/// the page's language; `None` for other systems, whose values are free text.
fn rating_meaning(system: &str, rating: &str, w: &Words) -> Option<String> {
    let known = crate::record::vocab::rating_values(system)?;
    known
        .contains(&rating)
        .then(|| w.text(&format!("rating-meaning-{}-{}", system.to_ascii_lowercase(), rating.to_ascii_lowercase())))
}
