//! The meaning checks on a record that deserialized: vocabularies, time stamps against the
//! runtime, references between fields, spoiler placement, plausible numbers and safe
//! names and links. Every problem in the record is reported, not just the first.

use std::collections::HashMap;

use crate::read::diagnostic::Diagnostic;
use crate::read::positions::Positions;
use crate::read::values;
use crate::record::slug;
use crate::record::timecode::{self, FilmTime};
use crate::record::vocab::{self, Category, Severity, StepKind, When};
use crate::record::{Guide, PlanStep, Question, Section, SourceRefs};

/// First public film screening (the Lumière brothers, and Roundhay Garden Scene).
pub const FIRST_FILM_YEAR: i64 = 1888;

/// All problems in one record. Spans are set; the caller adds the file.
pub fn check(guide: &Guide, positions: &Positions) -> Vec<Diagnostic> {
    let mut c = Checker { positions, found: Vec::new(), runtime: guide.film.runtime_minutes };
    c.texts(guide);
    let source_ids = c.sources(guide);
    c.identity(guide);
    c.film(guide);
    c.ratings(guide, &source_ids);
    c.advisories(guide, &source_ids);
    c.discussion(guide);
    c.rest(guide, &source_ids);
    c.plan(guide);
    c.found.extend(crate::read::trust::check(guide, positions));
    c.found
}

/// What the text at `path` is, for a message: "the question", "the actor's name".
fn describe(path: &str) -> &'static str {
    let bare: String = path.split('[').next().map(str::to_string).unwrap_or_default();
    let last = path.rsplit('.').next().unwrap_or(path);
    let last = last.split('[').next().unwrap_or(last);
    let within = |part: &str| path.contains(part);
    match last {
        "title" if bare.is_empty() || path == "title" => "the title",
        "title" if within("themes") => "the theme's title",
        "title" if within("sources") || within("based_on") => "the source's title",
        "title" if within("discussion") => "the section's title",
        "title" => "the title",
        "text" if within("questions") => "the question",
        "text" if within("details") => "the detail",
        "text" if within("quotes") => "the quote",
        "text" if within("positives") => "the positive",
        "text" if within("review") => "the review's text",
        "actor" => "the actor's name",
        "role" => "the role",
        "directors" => "the director's name",
        "writers" => "the writer's name",
        "positives" => "the positive",
        "follow_ups" => "the follow-up",
        "scripture" | "ref" => "the reference",
        "label" => "the step",
        "region" => "the region",
        "rating" => "the rating",
        "system" => "the rating system",
        _ => "this text",
    }
}

/// The keys of an id table, sorted, for a hint.
fn sorted_keys(ids: &HashMap<&str, usize>) -> String {
    let mut keys: Vec<&str> = ids.keys().copied().collect();
    keys.sort_unstable();
    keys.join(", ")
}

/// The last year a film can be from: next year, for records written before a release.
pub fn latest_year() -> i64 {
    i64::from(time::OffsetDateTime::now_utc().year()) + 1
}

struct Checker<'a> {
    positions: &'a Positions,
    found: Vec<Diagnostic>,
    runtime: u32,
}

impl Checker<'_> {
    /// An error at the value of `path` (see [`Positions::error`]).
    fn error(&self, code: &'static str, message: impl Into<String>, path: &str) -> Diagnostic {
        self.positions.error(code, message, path)
    }

    /// A warning at the value of `path`.
    fn warning(&self, code: &'static str, message: impl Into<String>, path: &str) -> Diagnostic {
        self.positions.warning(code, message, path)
    }

    fn push(&mut self, diagnostic: Diagnostic) {
        self.found.push(diagnostic);
    }

    /// Every piece of text in the record, wherever it stands: none may be blank or
    /// written as YAML's null (`~`), which would otherwise print as "~" or as nothing.
    /// An optional field written as null is simply absent, and never reaches here.
    fn texts(&mut self, guide: &Guide) {
        let Ok(value) = serde_json::to_value(guide) else { return };
        let mut stack = vec![(String::new(), &value)];
        while let Some((path, value)) = stack.pop() {
            match value {
                serde_json::Value::String(text) if text.trim().is_empty() || self.positions.is_null(&path) => {
                    self.empty(&path)
                }
                serde_json::Value::Array(items) => {
                    stack.extend(items.iter().enumerate().rev().map(|(i, v)| (format!("{path}[{i}]"), v)))
                }
                serde_json::Value::Object(fields) => stack.extend(fields.iter().rev().map(|(k, v)| {
                    let key = if k == "reference" { "ref" } else { k.as_str() };
                    (if path.is_empty() { key.to_string() } else { format!("{path}.{key}") }, v)
                })),
                _ => {}
            }
        }
    }

    fn empty(&mut self, path: &str) {
        // A blank value has no width of its own; its key is what the eye finds.
        let key = self.positions.key(path);
        let label = match self.positions.null_written(path) {
            Some(written) if !written.is_empty() => format!("`{written}` means nothing in YAML"),
            _ => "nothing written here".to_string(),
        };
        self.push(
            self.error("empty-text", format!("{} is empty", describe(path)), path)
                .at(key)
                .label(label)
                .hint("write the text, or remove the entry"),
        );
    }

    fn film_year(&mut self, year: i64, path: &str) {
        if !(FIRST_FILM_YEAR..=latest_year()).contains(&year) {
            self.push(
                self.error("year-range", format!("{year} is not a year a film can be from"), path)
                    .label(format!("expected a year from {FIRST_FILM_YEAR} to next year"))
                    .hint("the year of first release, four digits"),
            );
        }
    }

    /// A time stamp (a moment or a range, maybe an estimate) must be well formed and
    /// inside the film.
    fn time_stamp(&mut self, text: &str, path: &str) -> Option<FilmTime> {
        match timecode::parse_span(text) {
            Err(why) => {
                let hint = match text.trim().trim_start_matches('~').parse::<u32>() {
                    Ok(minutes) => format!("{minutes} minutes in is written `{}`", timecode::format(minutes * 60)),
                    Err(_) => "time stamps count from the start of the film: `0:41` is 41 minutes in, \
                               `0:52-0:55` a stretch, `~1:20` an estimate"
                        .into(),
                };
                self.push(self.error("time-stamp", why, path).label("not H:MM, H:MM:SS or a range of them").hint(hint));
                None
            }
            Ok(span) if span.end > self.runtime * 60 => {
                let runtime = self.runtime;
                self.push(
                    self.error("time-past-end", format!("{text} is after the end of the film"), path)
                        .label(format!("the film runs {runtime} minutes ({})", timecode::format(runtime * 60)))
                        .hint("check the time stamp, or `film.runtime_minutes`"),
                );
                None
            }
            Ok(span) => Some(span),
        }
    }

    /// Source ids named by a judgement must be ids of `sources`.
    fn source_refs(&mut self, refs: Option<&SourceRefs>, path: &str, ids: &HashMap<&str, usize>) {
        let Some(refs) = refs else { return };
        if refs.0.is_empty() {
            self.push(
                self.error("empty-text", "the list of sources is empty", path)
                    .label("no source named")
                    .hint("name a source's `id`, or remove `source`"),
            );
        }
        let many = refs.0.len() > 1 || self.positions.contains(&format!("{path}[0]"));
        for (k, id) in refs.0.iter().enumerate() {
            let at = if many { format!("{path}[{k}]") } else { path.to_string() };
            if ids.contains_key(id.as_str()) {
                continue;
            }
            self.push(
                self.error("unknown-source", format!("no source has the id `{id}`"), &at)
                    .label("not an id in `sources`")
                    .hint(match crate::suggest::did_you_mean(id, ids.keys().copied()) {
                        Some(near) => format!("did you mean `{near}`?"),
                        None if ids.is_empty() => {
                            format!("add `- {{ id: {id}, title: ..., url: ... }}` under `sources`")
                        }
                        None => format!("the source ids are: {}", sorted_keys(ids)),
                    }),
            );
        }
    }

    fn identity(&mut self, guide: &Guide) {
        self.film_year(guide.year, "year");
        let titles = [("title", Some(&guide.title)), ("original_title", guide.original_title.as_ref())];
        for (path, title) in titles {
            if title.is_some_and(|t| t.contains(['\n', '\r', '\t'])) {
                self.push(
                    self.error("line-break", "a line break or tab stands in a title", path)
                        .label("titles are printed on one line")
                        .hint("write the title on one line; a `>-` block joins its lines with spaces"),
                );
            }
        }
        if let Some(slug) = &guide.slug
            && let Err(problem) = values::slug(slug, self.positions, "slug")
        {
            self.push(*problem);
        }
        if let Some(language) = &guide.language
            && let Err(problem) = values::language(language, self.positions, "language")
        {
            self.push(*problem);
        }
    }

    fn film(&mut self, guide: &Guide) {
        let film = &guide.film;
        if film.runtime_minutes == 0 || film.runtime_minutes > 1000 {
            self.push(
                self.error(
                    "runtime",
                    format!("{} minutes is not a film's running time", film.runtime_minutes),
                    "film.runtime_minutes",
                )
                .label("expected 1 to 1000")
                .hint("the running time in minutes: 1 hour 43 minutes is `103`"),
            );
        }
        for (i, release) in film.releases.iter().enumerate() {
            if let Err(problem) = values::date(&release.date, self.positions, &format!("film.releases[{i}].date")) {
                self.push(*problem);
            }
        }
    }

    fn ratings(&mut self, guide: &Guide, source_ids: &HashMap<&str, usize>) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, rating) in guide.ratings.iter().enumerate() {
            let path = format!("ratings[{i}]");
            self.source_refs(rating.source.as_ref(), &format!("{path}.source"), source_ids);
            if vocab::rating_values(&rating.system).is_none()
                && let Some(system) = vocab::suggest_rating_system(&rating.system)
            {
                self.push(
                    self.error(
                        "rating-system",
                        format!("rating system `{}` is written `{system}`", rating.system),
                        &format!("{path}.system"),
                    )
                    .label("not checked under this spelling")
                    .hint(format!("write `system: {system}` so the rating is checked")),
                );
            }
            if let Some(values) = vocab::rating_values(&rating.system)
                && !values.contains(&rating.rating.as_str())
            {
                let field = format!("{path}.rating");
                let near = vocab::suggest_rating(&rating.system, &rating.rating);
                self.push(
                    self.error(
                        "unknown-rating",
                        format!("`{}` is not one of the {} ratings", rating.rating, rating.system),
                        &field,
                    )
                    .label(format!("expected one of {}", values.join(", ")))
                    .maybe_hint(near.map(|r| format!("did you mean `{r}`?"))),
                );
            }
            if let Some(first) = seen.insert(rating.system.as_str(), i) {
                let first_span = self.positions.value(&format!("ratings[{first}].system"));
                self.push(
                    self.error(
                        "duplicate-rating",
                        format!("the {} rating is given twice", rating.system),
                        &format!("{path}.system"),
                    )
                    .label("second time")
                    .also(first_span, "first time")
                    .hint("keep one rating per system"),
                );
            }
        }
    }

    fn advisories(&mut self, guide: &Guide, source_ids: &HashMap<&str, usize>) {
        let mut seen: HashMap<&Category, usize> = HashMap::new();
        for (i, advisory) in guide.advisories.iter().enumerate() {
            let path = format!("advisories[{i}]");
            self.source_refs(advisory.source.as_ref(), &format!("{path}.source"), source_ids);
            if let Category::Unknown(text) = &advisory.category {
                self.push(
                    self.error(
                        "unknown-category",
                        format!("`{text}` is not an advisory category"),
                        &format!("{path}.category"),
                    )
                    .label("not one of the six categories")
                    .hint(match vocab::suggest_category(text) {
                        Some(key) => format!("did you mean `{key}`?"),
                        None => format!("the categories are {}", Category::KEYS.join(", ")),
                    }),
                );
            } else if let Some(first) = seen.insert(&advisory.category, i) {
                let first_span = self.positions.value(&format!("advisories[{first}].category"));
                self.push(
                    self.error(
                        "duplicate-category",
                        format!("`{}` is reviewed twice", advisory.category.key()),
                        &format!("{path}.category"),
                    )
                    .label("second review")
                    .also(first_span, "first review")
                    .hint("merge the two into one entry; its details can list every scene"),
                );
            }
            if let Severity::Unknown(text) = &advisory.severity {
                self.push(
                    self.error("unknown-severity", format!("`{text}` is not a severity"), &format!("{path}.severity"))
                        .label("expected none, mild, moderate or severe")
                        .maybe_hint(vocab::suggest_severity(text).map(|key| format!("did you mean `{key}`?"))),
                );
            }
            for (j, detail) in advisory.details.iter().enumerate() {
                let detail_path = format!("{path}.details[{j}]");
                if let Some(at) = &detail.at {
                    self.time_stamp(at, &format!("{detail_path}.at"));
                }
            }
        }
    }

    fn discussion(&mut self, guide: &Guide) {
        let mut theme_ids: HashMap<&str, usize> = HashMap::new();
        for (i, theme) in guide.themes.iter().enumerate() {
            let path = format!("themes[{i}]");
            if !slug::is_valid(&theme.id.replace('_', "-")) {
                self.push(
                    self.error(
                        "theme-id",
                        format!("`{}` cannot be used as a theme id", theme.id),
                        &format!("{path}.id"),
                    )
                    .label("only a-z, 0-9, - and _")
                    .hint(format!("write `{}`", slug::from_text(&theme.id))),
                );
            } else if let Some(first) = theme_ids.insert(theme.id.as_str(), i) {
                let first_span = self.positions.value(&format!("themes[{first}].id"));
                self.push(
                    self.error(
                        "duplicate-theme",
                        format!("theme `{}` is defined twice", theme.id),
                        &format!("{path}.id"),
                    )
                    .label("second definition")
                    .also(first_span, "first definition")
                    .hint("give each theme its own id"),
                );
            }
        }
        for (i, section) in guide.discussion.iter().enumerate() {
            self.section(section, &format!("discussion[{i}]"), &theme_ids);
        }
    }

    fn section(&mut self, section: &Section, path: &str, theme_ids: &HashMap<&str, usize>) {
        if let When::Unknown(text) = &section.when {
            self.push(
                self.error("unknown-when", format!("`{text}` is not a time for a section"), &format!("{path}.when"))
                    .label("expected before, pause or after")
                    .maybe_hint(vocab::suggest_when(text).map(|key| format!("did you mean `{key}`?"))),
            );
        }
        match (&section.when, &section.at) {
            (When::Pause, None) => {
                self.push(
                    self.error("pause-needs-time", "a pause section needs `at`: where to stop the film", path)
                        .label("no `at` in this section")
                        .hint("add `at: \"1:02\"` (hours:minutes into the film)"),
                );
            }
            (When::Pause, Some(at)) => {
                let at_path = format!("{path}.at");
                if let Some(span) = self.time_stamp(at, &at_path)
                    && span.is_range()
                {
                    self.push(
                        self.error("pause-range", "a pause is a moment, not a stretch of the film", &at_path)
                            .label("a range")
                            .hint(format!("write where to stop the film: `{}`", timecode::format(span.start))),
                    );
                }
            }
            (When::Before | When::After, Some(_)) => {
                self.push(
                    self.warning("time-ignored", "`at` only means something in a pause section", &format!("{path}.at"))
                        .label("ignored")
                        .hint("add `when: pause`, or remove `at`"),
                );
            }
            _ => {}
        }
        if section.questions.is_empty() {
            self.push(
                self.warning("empty-section", "this section has no questions", path)
                    .label("nothing to ask")
                    .hint("add questions, or remove the section"),
            );
        }
        for (j, question) in section.questions.iter().enumerate() {
            self.question(question, &section.when, &format!("{path}.questions[{j}]"), theme_ids);
        }
    }

    fn question(&mut self, question: &Question, when: &When, path: &str, theme_ids: &HashMap<&str, usize>) {
        if question.spoiler && *when != When::After {
            self.push(
                self.error(
                    "spoiler-placement",
                    format!("a spoiler question stands in a `{}` section", when.key()),
                    &format!("{path}.spoiler"),
                )
                .label("spoilers belong after the film")
                .hint("move the question to an `after` section, so the handout cannot give the ending away"),
            );
        }
        for (k, id) in question.themes.iter().enumerate() {
            if !theme_ids.contains_key(id.as_str()) {
                self.push(
                    self.error("unknown-theme", format!("theme `{id}` is not defined"), &format!("{path}.themes[{k}]"))
                        .label("no theme with this id")
                        .hint(match crate::suggest::did_you_mean(id, theme_ids.keys().copied()) {
                            Some(near) => format!("did you mean `{near}`?"),
                            None => "define it under `themes:` with `id`, `title` and `summary`".into(),
                        }),
                );
            }
        }
    }

    /// Source titles, links and ids; returns the ids, for the judgements that name them.
    fn sources<'g>(&mut self, guide: &'g Guide) -> HashMap<&'g str, usize> {
        let mut ids: HashMap<&str, usize> = HashMap::new();
        for (i, source) in guide.sources.iter().enumerate() {
            let Some(id) = &source.id else { continue };
            let path = format!("sources[{i}].id");
            if !slug::is_valid(&id.replace('_', "-")) {
                self.push(
                    self.error("source-id", format!("`{id}` cannot be used as a source id"), &path)
                        .label("only a-z, 0-9, - and _")
                        .hint(format!("write `{}`", slug::from_text(id))),
                );
            } else if let Some(first) = ids.insert(id.as_str(), i) {
                let first_span = self.positions.value(&format!("sources[{first}].id"));
                self.push(
                    self.error("duplicate-source", format!("source id `{id}` is used twice"), &path)
                        .label("second time")
                        .also(first_span, "first time")
                        .hint("give each source its own id"),
                );
            }
        }
        ids
    }

    /// The evening's plan: sensible lengths, and stretches of film that add up to the
    /// running time and stop exactly where the discussion pauses.
    fn plan(&mut self, guide: &Guide) {
        let Some(plan) = &guide.plan else { return };
        for (i, step) in plan.iter().enumerate() {
            self.plan_step(step, i);
        }
        let film: Vec<(usize, u32)> = plan
            .iter()
            .enumerate()
            .filter(|(_, s)| s.kind == Some(StepKind::Film))
            .map(|(i, s)| (i, s.minutes))
            .collect();
        if film.is_empty() {
            let hint =
                "mark the steps that show the film with `kind: film`; without a plan, one is made from the pauses";
            self.push(
                self.error("plan-film", "the plan never shows the film", "plan")
                    .label("no step has `kind: film`")
                    .hint(hint),
            );
            return;
        }
        let total: u32 = film.iter().map(|(_, m)| m).sum();
        if total != self.runtime {
            let (last, _) = *film.last().expect("not empty");
            let runtime = self.runtime;
            self.push(
                self.error(
                    "plan-film",
                    format!("the film's steps add up to {total} minutes, but the film runs {runtime}"),
                    &format!("plan[{last}].minutes"),
                )
                .label(format!("the film steps end after {total} minutes"))
                .hint(format!(
                    "the steps with `kind: film` must add up to `film.runtime_minutes` ({runtime}); make this one {}",
                    (runtime + film.last().map_or(0, |f| f.1)).saturating_sub(total)
                )),
            );
        }
        self.plan_pauses(guide, &film);
    }

    fn plan_step(&mut self, step: &PlanStep, i: usize) {
        if step.minutes == 0 || step.minutes > 600 {
            self.push(
                self.error(
                    "plan-minutes",
                    format!("{} minutes is not a length for a step", step.minutes),
                    &format!("plan[{i}].minutes"),
                )
                .label("expected 1 to 600")
                .hint("how long this part of the evening takes, in minutes"),
            );
        }
        if let Some(StepKind::Unknown(text)) = &step.kind {
            self.push(
                self.error("unknown-kind", format!("`{text}` is not a kind of step"), &format!("plan[{i}].kind"))
                    .label("expected film or faith")
                    .hint("`film` for a stretch of the film, `faith` for prayer and scripture; leave it out otherwise"),
            );
        }
    }

    /// Where one stretch of film ends and the next begins, the discussion must pause, and
    /// every pause must fall there (to the minute).
    fn plan_pauses(&mut self, guide: &Guide, film: &[(usize, u32)]) {
        let pauses: Vec<(usize, u32)> = guide
            .discussion
            .iter()
            .enumerate()
            .filter(|(_, s)| s.when == When::Pause)
            .filter_map(|(i, s)| Some((i, timecode::parse_span(s.at.as_deref()?).ok()?.start)))
            .collect();
        let mut stops = Vec::new();
        let mut elapsed = 0;
        for (i, minutes) in &film[..film.len() - 1] {
            elapsed += minutes;
            stops.push((*i, elapsed));
        }
        let near = |a: u32, seconds: u32| (i64::from(a) * 60 - i64::from(seconds)).abs() < 60;
        for (i, stop) in &stops {
            if pauses.iter().any(|(_, at)| near(*stop, *at)) {
                continue;
            }
            self.push(
                self.error(
                    "plan-pause",
                    format!("the film stops after {} but no discussion pauses there", timecode::format(stop * 60)),
                    &format!("plan[{i}].minutes"),
                )
                .label(format!("stops at {}", timecode::format(stop * 60)))
                .hint(if pauses.is_empty() {
                    "add a `when: pause` section for this stop, or join the film's steps".into()
                } else {
                    let at: Vec<String> = pauses.iter().map(|(_, a)| timecode::format(*a)).collect();
                    format!("the discussion pauses at {}: make the film's steps end there", at.join(", "))
                }),
            );
        }
        for (section, at) in &pauses {
            if stops.iter().any(|(_, stop)| near(*stop, *at)) {
                continue;
            }
            let path = format!("discussion[{section}].at");
            self.push(
                self.error(
                    "plan-pause",
                    format!(
                        "the discussion pauses at {} but the plan does not stop the film there",
                        timecode::format(*at)
                    ),
                    &path,
                )
                .label("no stop in the plan here")
                .hint(format!("split the film's steps in `plan` so that one ends after {} minutes", (at + 30) / 60)),
            );
        }
    }

    fn rest(&mut self, guide: &Guide, source_ids: &HashMap<&str, usize>) {
        if let Some(age) = guide.audience.as_ref().and_then(|a| a.min_age)
            && age > 21
        {
            self.push(
                self.error("age", format!("{age} is not a recommended age"), "audience.min_age")
                    .label("expected 0 to 21")
                    .hint("the youngest age the film suits, in years"),
            );
        }
        for (i, quote) in guide.quotes.iter().enumerate() {
            if let Some(at) = &quote.at {
                self.time_stamp(at, &format!("quotes[{i}].at"));
            }
        }
        for (i, related) in guide.related.iter().enumerate() {
            if let Some(year) = related.year {
                self.film_year(year, &format!("related[{i}].year"));
            }
            if let Some(slug) = &related.guide
                && let Err(problem) = values::slug(slug, self.positions, &format!("related[{i}].guide"))
            {
                self.push(*problem);
            }
        }
        if let Some(review) = &guide.review {
            if !(review.out_of > 0.0 && review.stars >= 0.0 && review.stars <= review.out_of) {
                self.push(
                    self.error(
                        "review",
                        format!("{} out of {} is not a rating", review.stars, review.out_of),
                        "review",
                    )
                    .label("stars must lie between 0 and out_of")
                    .hint("for example `{ stars: 3.5, out_of: 4 }`"),
                );
            }
            self.source_refs(review.source.as_ref(), "review.source", source_ids);
        }
        for (i, source) in guide.sources.iter().enumerate() {
            if let Some(url) = &source.url
                && !is_web_address(url)
            {
                self.push(
                    self.error("url", format!("`{url}` is not a web address"), &format!("sources[{i}].url"))
                        .label("expected http:// or https://")
                        .hint("only web links are printed; other kinds of link could run code in a reader"),
                );
            }
        }
    }
}

/// `YYYY-MM-DD` naming a real day: the one rule for dates (`timecode::parse_date`).
/// Only `http` and `https` links are printed: `javascript:` or `file:` could do harm.
pub fn is_web_address(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links() {
        assert!(is_web_address("https://example.org/a?b=c"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("https://x.org/\"><script>"));
    }
}
