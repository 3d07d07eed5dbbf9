//! `reelguide list`: the films a parent allows, by content and age, and why the others
//! are left out; or every film as JSON.

use std::collections::BTreeMap;
use std::io::Write;

use serde::Serialize;

use crate::cli::ListArgs;
use crate::cli::exit::{Ended, Exit, Failure};
use crate::cli::records;
use crate::cli::ui::{plural, say};
use crate::markup;
use crate::render::pdf::fonts::Fonts;
use crate::render::terminal;
use crate::safe_text::escape;
use crate::view::filter::{Filter, Reason};
use crate::view::summary::{RatingSummary, Summary, VerdictSummary, in_sentence_cells};
use crate::view::words::Words;

/// `list --json`: every film, whether it is allowed and why not. Field names are stable.
#[derive(Serialize)]
struct ListJson<'a> {
    filters: FiltersJson,
    films: Vec<FilmJson<'a>>,
}

#[derive(Serialize)]
struct FiltersJson {
    age: Option<u32>,
    max: BTreeMap<String, String>,
}

#[derive(Serialize)]
struct FilmJson<'a> {
    slug: &'a str,
    title: &'a str,
    year: i64,
    min_age: Option<u32>,
    ratings: &'a [RatingSummary],
    /// Category key to severity key; `null` where the category is not reviewed.
    content: BTreeMap<&'a str, Option<&'a str>>,
    /// Category key to what each graded source says of it.
    verdicts: &'a BTreeMap<String, Vec<VerdictSummary>>,
    allowed: bool,
    reasons: Vec<Reason>,
}

pub fn run(args: ListArgs) -> Ended {
    // A list mixes films of every language: it is in English.
    let words = match records::catalogs(args.templates.as_deref()) {
        Ok(catalogs) => catalogs.for_language(None),
        Err(exit) => return Ok(exit),
    };
    // Nothing here is set in a PDF: the built-in faces stand for any fonts.
    let library = records::load(args.paths, &Fonts::default())?;
    if library.errors() > 0 {
        library.sources.emit_to_stderr(&library.diagnostics);
        say!("{} could not be read and are not listed", plural(library.files_read - library.entries.len(), "record"));
    }
    let filter = Filter { limits: args.limits.clone(), age: args.age };
    let mut films: Vec<(&Summary, Vec<Reason>)> =
        library.entries.iter().map(|e| (&e.summary, filter.reasons(&e.summary))).collect();
    films.sort_by_key(|(s, _)| (crate::view::catalog::sort_key(&s.title), s.year));
    let mut out = anstream::stdout().lock();
    let written = if args.json {
        let json = ListJson {
            filters: FiltersJson {
                age: args.age,
                max: args.limits.iter().map(|l| (l.category.key().to_string(), l.severity.key().to_string())).collect(),
            },
            films: films.iter().map(|(s, reasons)| film_json(s, reasons)).collect(),
        };
        serde_json::to_writer_pretty(&mut out, &json).map_err(std::io::Error::from).and_then(|()| writeln!(out))
    } else {
        write_list(&mut out, &films, &words)
    };
    crate::cli::ui::finish(written).map_err(|e| Failure::failed(format!("cannot write the list: {e}")))?;
    Ok(if library.errors() > 0 { Exit::Failed } else { Exit::Success })
}

fn film_json<'a>(s: &'a Summary, reasons: &[Reason]) -> FilmJson<'a> {
    FilmJson {
        slug: &s.slug,
        title: &s.title,
        year: s.year,
        min_age: s.min_age,
        ratings: &s.ratings,
        content: s.severities.iter().map(|(c, sev)| (c.key(), sev.as_ref().map(|v| v.key()))).collect(),
        verdicts: &s.verdicts,
        allowed: reasons.is_empty(),
        reasons: reasons.to_vec(),
    }
}

fn write_list(out: &mut impl Write, films: &[(&Summary, Vec<Reason>)], words: &Words) -> std::io::Result<()> {
    let bold = anstyle::Style::new().bold();
    let allowed: Vec<_> = films.iter().filter(|(_, r)| r.is_empty()).collect();
    let mut lines = vec![format!("{} of {} fit:", plural(allowed.len(), "film"), films.len())];
    for (summary, _) in &allowed {
        let age = summary.min_age.map(|a| format!(" · ages {a}+")).unwrap_or_default();
        let ratings: Vec<String> =
            summary.ratings.iter().map(|r| escape(&format!("{} {}", r.system, r.rating)).into_owned()).collect();
        let ratings = if ratings.is_empty() { String::new() } else { format!(" · {}", ratings.join(", ")) };
        let title = escape(&markup::plain(&summary.title)).into_owned();
        lines.push(format!("  {bold}{title} ({}){bold:#}{age}{ratings}", summary.year));
        lines.push(format!("    {}", terminal::severities_line(&in_sentence_cells(summary, words))));
    }
    let left_out: Vec<_> = films.iter().filter(|(_, r)| !r.is_empty()).collect();
    if !left_out.is_empty() {
        lines.push(format!("{}:", words.text("reason-heading")));
        for (summary, reasons) in left_out {
            let why: Vec<String> = reasons.iter().map(|r| r.describe(words)).collect();
            let title = markup::plain(&summary.title);
            lines.push(format!("  {} ({}): {}", escape(&title), summary.year, why.join("; ")));
        }
    }
    for line in lines {
        writeln!(out, "{line}")?;
    }
    Ok(())
}
