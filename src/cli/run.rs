//! What each command does, from parsed arguments to an exit status. `main` only parses the
//! command line and exits with the status returned here.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::CommandFactory;
use serde::Serialize;

use crate::cli::config::{self, Loaded};
use crate::cli::ui::say;
use crate::cli::{BuildArgs, CheckArgs, Cli, Command, Format, ListArgs, NewArgs, RatingsArgs, TemplatesCommand};
use crate::pipeline::build::{self, Plan, Refusal};
use crate::pipeline::library::{self, Library, RatingSummary, Summary};
use crate::record::skeleton::{self, NewError};
use crate::record::{schema, timecode};
use crate::render::html::templates;
use crate::render::terminal;
use crate::view::edition::{self, Edition};
use crate::view::filter::{Filter, Reason};
use crate::view::paper::PageSettings;

/// How a command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    /// Invalid input, or output that could not be written: exit 1.
    Failed,
    /// The command line asked for something impossible: exit 2, as for clap's own errors.
    Usage,
}

impl From<Outcome> for ExitCode {
    fn from(outcome: Outcome) -> ExitCode {
        ExitCode::from(match outcome {
            Outcome::Success => 0,
            Outcome::Failed => 1,
            Outcome::Usage => 2,
        })
    }
}

pub fn run(cli: Cli) -> Outcome {
    let quiet = cli.quiet;
    match cli.command {
        Command::Build(args) => match config::load(cli.config.as_deref()) {
            Ok(config) => build(args, &config, quiet),
            Err(problems) => config_failure(problems),
        },
        Command::Check(args) => check(args, quiet),
        Command::Ratings(args) => ratings(args),
        Command::List(args) => list(args),
        Command::New(args) => new(args),
        Command::Schema => written(crate::cli::ui::stdout(schema::json().as_bytes()), "the schema"),
        Command::Templates(TemplatesCommand::Eject { dir }) => eject(&dir),
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "reelguide", &mut script);
            written(crate::cli::ui::stdout(&script), "the completion script")
        }
        Command::Man => {
            let mut page = Vec::new();
            let rendered = clap_mangen::Man::new(Cli::command()).render(&mut page);
            written(rendered.and_then(|()| crate::cli::ui::stdout(&page)), "the manual page")
        }
    }
}

/// The outcome of writing a command's output to standard output.
fn written(result: std::io::Result<()>, what: &str) -> Outcome {
    match result {
        Ok(()) => Outcome::Success,
        Err(e) => {
            say!("error: cannot write {what}: {e}");
            Outcome::Failed
        }
    }
}

fn config_failure(problems: Vec<String>) -> Outcome {
    for problem in problems {
        crate::cli::ui::text(&problem);
    }
    Outcome::Failed
}

/// The default input: the `guides/` folder of the current directory.
fn default_paths(paths: Vec<PathBuf>) -> Vec<PathBuf> {
    if paths.is_empty() { vec![PathBuf::from("guides")] } else { paths }
}

/// Finds and checks the records named on the command line; a bad path is a usage error.
pub fn load_library(paths: Vec<PathBuf>) -> Result<Library, Outcome> {
    let files = library::find_files(&default_paths(paths)).map_err(|e| {
        say!("error: {}", e.0);
        Outcome::Usage
    })?;
    Ok(library::load(&files))
}

fn check(args: CheckArgs, quiet: bool) -> Outcome {
    let library = match load_library(args.paths) {
        Ok(library) => library,
        Err(outcome) => return outcome,
    };
    library.sources.emit_to_stderr(&library.diagnostics);
    let (errors, warnings) = (library.errors(), library.warnings());
    if !quiet {
        let records = plural(library.files_read, "record");
        if errors == 0 && warnings == 0 {
            say!("checked {records}: all valid");
        } else {
            let invalid = library.files_read - library.entries.len();
            say!("checked {records}: {}, {} ({invalid} invalid)", plural(errors, "error"), plural(warnings, "warning"));
        }
    }
    if errors > 0 || (args.deny_warnings && warnings > 0) { Outcome::Failed } else { Outcome::Success }
}

/// The build plan: command-line flags first, then `reelguide.yaml`, then defaults.
fn plan(args: BuildArgs, loaded: &Loaded, quiet: bool) -> Result<Plan, String> {
    let config = &loaded.config;
    let start = match &args.start {
        Some(text) => Some(
            timecode::parse_clock(text)
                .ok_or_else(|| format!("--start {text:?} is not a time; write it as HH:MM, such as 19:00"))?,
        ),
        None => loaded.start(),
    };
    let formats: Vec<Format> = match args.format {
        Some(format) => vec![format],
        None => config.formats.clone().unwrap_or_else(|| vec![Format::All]),
    };
    let templates = args.templates.or_else(|| config.templates.as_deref().map(|t| loaded.path(t)));
    if let Some(dir) = &templates
        && !dir.is_dir()
    {
        let what = if dir.exists() { "is not a folder" } else { "does not exist" };
        return Err(format!(
            "the templates folder {} {what}; `reelguide templates eject {}` makes one",
            dir.display(),
            dir.display()
        ));
    }
    let editions = if !args.edition.is_empty() {
        args.edition
    } else {
        config.editions.clone().unwrap_or_else(|| Edition::ALL.to_vec())
    };
    Ok(Plan {
        inputs: default_paths(args.paths),
        out: args.out.or_else(|| config.out.as_deref().map(|o| loaded.path(o))).unwrap_or_else(|| PathBuf::from("out")),
        html: formats.iter().any(|f| matches!(f, Format::Html | Format::All)),
        pdf: formats.iter().any(|f| matches!(f, Format::Pdf | Format::All)),
        editions,
        templates,
        options: edition::Options {
            faith: BuildArgs::choice(args.faith, args.no_faith).or(config.faith).unwrap_or(true),
            spoilers: BuildArgs::choice(args.spoilers, args.no_spoilers).or(config.spoilers).unwrap_or(false),
            start,
            group: args.group.or_else(|| config.group.clone()),
            event: loaded.event_line(),
        },
        booklet: args.booklet || config.booklet.unwrap_or(false),
        two_up: args.two_up || config.two_up.unwrap_or(false),
        page: PageSettings {
            paper: args.paper.or(config.paper).unwrap_or_default(),
            large_print: BuildArgs::choice(args.large_print, args.no_large_print)
                .or(config.large_print)
                .unwrap_or(false),
        },
        created: source_date_epoch(),
        progress: !quiet && std::io::stderr().is_terminal(),
    })
}

fn build(args: BuildArgs, loaded: &Loaded, quiet: bool) -> Outcome {
    let deny_warnings = args.deny_warnings;
    let plan = match plan(args, loaded, quiet) {
        Ok(plan) => plan,
        Err(message) => {
            say!("error: {message}");
            return Outcome::Usage;
        }
    };
    let report = match build::run(&plan) {
        Ok(report) => report,
        Err(Refusal::Usage(message)) => {
            say!("error: {message}");
            return Outcome::Usage;
        }
    };
    if !quiet {
        say!(
            "built {} into {}: {} written, {}, {} in {:.2} s",
            plural(report.guides, "guide"),
            plan.out.display(),
            plural(report.files, "file"),
            plural(report.warnings, "warning"),
            plural(report.errors, "error"),
            report.seconds
        );
    }
    if report.invalid > 0 {
        say!("{} not built: see the errors above", plural(report.invalid, "record"));
    }
    if report.errors > 0 || (deny_warnings && report.warnings > 0) { Outcome::Failed } else { Outcome::Success }
}

/// `SOURCE_DATE_EPOCH`, the reproducible-builds convention for the one date a build may
/// write. Unset or unreadable, no date is written at all.
fn source_date_epoch() -> Option<i64> {
    std::env::var("SOURCE_DATE_EPOCH").ok()?.trim().parse().ok()
}

fn ratings(args: RatingsArgs) -> Outcome {
    // A path names a file; anything else is a slug in the library.
    let as_path = PathBuf::from(&args.film);
    let folder = if as_path.is_file() {
        as_path.parent().filter(|p| !p.as_os_str().is_empty()).map_or_else(|| PathBuf::from("."), Path::to_path_buf)
    } else {
        args.guides.unwrap_or_else(|| PathBuf::from("guides"))
    };
    let library = match load_library(vec![folder.clone()]) {
        Ok(library) => library,
        Err(outcome) => return outcome,
    };
    // The record's own file, when there is one: a path, or <folder>/<slug>.yaml.
    let file = if as_path.is_file() {
        Some(as_path.clone())
    } else {
        ["yaml", "yml"].iter().map(|ext| folder.join(format!("{}.{ext}", args.film))).find(|p| p.is_file())
    };
    let entry = match &file {
        Some(file) => library.entries.iter().find(|e| same_file(&e.path, file)),
        None => library.find(&args.film),
    };
    let Some(entry) = entry else {
        if let Some(file) = &file {
            // The record exists but is invalid: show why.
            let own: Vec<_> = library
                .diagnostics
                .iter()
                .filter(|d| d.file.is_some_and(|f| same_file(Path::new(library.sources.name(f)), file)))
                .cloned()
                .collect();
            library.sources.emit_to_stderr(&own);
            return Outcome::Failed;
        }
        let known: Vec<&str> = library.entries.iter().map(|e| e.summary.slug.as_str()).collect();
        let hint = crate::read::hints::did_you_mean(&args.film, known.iter().copied())
            .map(|s| format!("; did you mean `{s}`?"))
            .unwrap_or_else(|| format!("; the films are: {}", known.join(", ")));
        say!("error: no film `{}` in {}{hint}", args.film, folder.display());
        return Outcome::Usage;
    };
    let (guide, slug) = match library::read_record(&entry.path) {
        Ok(found) => found,
        Err(_) => return Outcome::Failed,
    };
    let summaries: edition::Lookup<'_> =
        library.entries.iter().map(|e| (e.summary.slug.as_str(), &e.summary)).collect();
    let options = edition::Options { spoilers: args.spoilers, ..edition::Options::default() };
    let view = edition::build(&guide, &slug, Edition::Parents, &options, &summaries);
    let mut out = anstream::stdout().lock();
    match terminal::card(&mut out, &view, terminal::width(), !args.spoilers).and_then(|()| out.flush()) {
        Ok(()) => Outcome::Success,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Outcome::Success,
        Err(e) => {
            say!("error: {e}");
            Outcome::Failed
        }
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// `list --json`: every film, whether it is allowed and why not. Field names are stable.
#[derive(Serialize)]
struct ListJson<'a> {
    filters: FiltersJson,
    films: Vec<FilmJson<'a>>,
}

#[derive(Serialize)]
struct FiltersJson {
    age: Option<u32>,
    max: std::collections::BTreeMap<String, String>,
}

#[derive(Serialize)]
struct FilmJson<'a> {
    slug: &'a str,
    title: &'a str,
    year: i64,
    min_age: Option<u32>,
    ratings: &'a [RatingSummary],
    /// Category key to severity key; `null` where the category is not reviewed.
    content: std::collections::BTreeMap<&'a str, Option<&'a str>>,
    allowed: bool,
    reasons: Vec<Reason>,
}

fn list(args: ListArgs) -> Outcome {
    let library = match load_library(args.paths) {
        Ok(library) => library,
        Err(outcome) => return outcome,
    };
    if library.errors() > 0 {
        library.sources.emit_to_stderr(&library.diagnostics);
        say!("{} could not be read and are not listed", plural(library.files_read - library.entries.len(), "record"));
    }
    let filter = Filter { limits: args.limits.clone(), age: args.age };
    let mut films: Vec<(&Summary, Vec<Reason>)> =
        library.entries.iter().map(|e| (&e.summary, filter.reasons(&e.summary))).collect();
    films.sort_by_key(|(s, _)| (crate::view::catalog::sort_key(&s.title), s.year));
    let outcome = if library.errors() > 0 { Outcome::Failed } else { Outcome::Success };
    let mut out = anstream::stdout().lock();
    let written = if args.json {
        let json = ListJson {
            filters: FiltersJson {
                age: args.age,
                max: args.limits.iter().map(|l| (l.category.key().to_string(), l.severity.key().to_string())).collect(),
            },
            films: films
                .iter()
                .map(|(s, reasons)| FilmJson {
                    slug: &s.slug,
                    title: &s.title,
                    year: s.year,
                    min_age: s.min_age,
                    ratings: &s.ratings,
                    content: s.severities.iter().map(|(c, sev)| (c.key(), sev.as_ref().map(|v| v.key()))).collect(),
                    allowed: reasons.is_empty(),
                    reasons: reasons.clone(),
                })
                .collect(),
        };
        serde_json::to_writer_pretty(&mut out, &json).map_err(std::io::Error::from).and_then(|()| writeln!(out))
    } else {
        write_list(&mut out, &films)
    };
    match written {
        Ok(()) => outcome,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => outcome,
        Err(e) => {
            say!("error: {e}");
            Outcome::Failed
        }
    }
}

fn write_list(out: &mut impl Write, films: &[(&Summary, Vec<Reason>)]) -> std::io::Result<()> {
    let bold = anstyle::Style::new().bold();
    let allowed: Vec<_> = films.iter().filter(|(_, r)| r.is_empty()).collect();
    let mut lines = vec![format!("{} of {} fit:", plural(allowed.len(), "film"), films.len())];
    for (summary, _) in &allowed {
        let age = summary.min_age.map(|a| format!(" · ages {a}+")).unwrap_or_default();
        let ratings: Vec<String> = summary
            .ratings
            .iter()
            .map(|r| crate::cli::ui::escape(&format!("{} {}", r.system, r.rating)).into_owned())
            .collect();
        let ratings = if ratings.is_empty() { String::new() } else { format!(" · {}", ratings.join(", ")) };
        lines.push(format!(
            "  {bold}{} ({}){bold:#}{age}{ratings}",
            crate::cli::ui::escape(&crate::markup::plain(&summary.title)),
            summary.year
        ));
        lines.push(format!("    {}", terminal::severities_line(&terminal::summary_severities(summary))));
    }
    let left_out: Vec<_> = films.iter().filter(|(_, r)| !r.is_empty()).collect();
    if !left_out.is_empty() {
        lines.push("Left out:".to_string());
        for (summary, reasons) in left_out {
            let why: Vec<String> = reasons.iter().map(Reason::describe).collect();
            let title = crate::markup::plain(&summary.title);
            lines.push(format!("  {} ({}): {}", crate::cli::ui::escape(&title), summary.year, why.join("; ")));
        }
    }
    for line in lines {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

fn eject(dir: &Path) -> Outcome {
    match templates::eject(dir) {
        Ok((written, skipped)) => {
            for path in &written {
                say!("wrote {}", path.display());
            }
            for path in &skipped {
                say!("kept {} (it already exists)", path.display());
            }
            say!("edit them, then build with `--templates {}`", dir.display());
            say!("templates change the HTML pages only; the PDFs are laid out by reelguide itself and never read them");
            Outcome::Success
        }
        Err(e) => {
            say!("error: cannot write templates into {}: {e}", dir.display());
            Outcome::Failed
        }
    }
}

fn new(args: NewArgs) -> Outcome {
    match skeleton::write_new(&args.dir, &args.title, args.year) {
        Ok(path) => {
            say!("wrote {}; fill it in, then run `reelguide check {}`", path.display(), path.display());
            Outcome::Success
        }
        Err(NewError::BadTitle) => {
            say!("error: no file name can be made from the title {:?}", args.title);
            Outcome::Usage
        }
        Err(NewError::Exists(path)) => {
            say!("error: {} already exists; it was left as it is", path.display());
            Outcome::Failed
        }
        Err(NewError::Io(path, e)) => {
            say!("error: cannot write {}: {e}", path.display());
            Outcome::Failed
        }
    }
}

/// "1 record", "2 records".
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}
