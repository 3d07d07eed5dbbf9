//! A build: check the library, then make every output of every valid record and night,
//! and the catalog, writing each file atomically.
//!
//! [`run`] reads as the steps of a build: find the inputs, take the output folder, read
//! what the last build made, check the library, get the renderers ready, make each
//! record's and each night's outputs (`units`, one path for both), keep the manifest,
//! and write the catalog. Records are checked first (all of them, so every problem is
//! reported), then rendered one at a time per thread and dropped, so memory stays flat
//! however large the library. Nothing here prints: problems come back as diagnostics,
//! for the command line to show.
//!
//! A [`Job`] is one value for the whole build: where it reads and writes, its
//! [`Settings`] and its [`Fonts`], made once and passed down.

mod units;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use rayon::prelude::*;
use serde::Serialize;

use crate::pipeline::incremental::{self, Manifest};
use crate::pipeline::library::{self, Library};
use crate::pipeline::nights;
use crate::pipeline::overrides;
use crate::pipeline::seal::Key;
use crate::read::diagnostic::{Diagnostic, Sources};
use crate::render::html::{HtmlRenderer, TemplateError};
use crate::render::pdf::fonts::Fonts;
use crate::templates::TemplateSource;
use crate::view::catalog;
use crate::view::edition;
use crate::view::paper::PageSettings;
use crate::view::summary::{Lookup, Summary};
use crate::view::words::Catalogs;
use crate::write;

use units::{Context, Kind, Outcome, Unit};

/// Everything a build needs to know, after the command line and config are merged.
#[derive(Debug, Clone)]
pub struct Job {
    pub inputs: Vec<PathBuf>,
    /// The folder of night files to build as well, if any.
    pub nights: Option<PathBuf>,
    pub out: PathBuf,
    /// Build every output again, whatever the manifest says.
    pub force: bool,
    /// What the outputs say and look like.
    pub settings: Settings,
    /// The faces the PDFs are set in, the fallback fonts included; made once per build.
    pub fonts: Arc<Fonts>,
    /// The fallback font files `fonts` was made from, which `serve` watches.
    pub font_files: Vec<PathBuf>,
}

/// What decides the bytes of every output besides the records, the nights, the
/// templates and the fonts. Serialized, it is part of what makes an output up to date
/// ([`Settings::key`]): a field added here reaches that key by construction, and a test
/// checks that each one changes it.
#[derive(Debug, Clone, Serialize)]
pub struct Settings {
    pub html: bool,
    pub pdf: bool,
    /// Also write the handout and the leader's guide as booklets.
    pub booklet: bool,
    /// Also write the parents' card two to a sheet.
    pub two_up: bool,
    /// From `SOURCE_DATE_EPOCH`: the creation date written into PDFs, if any.
    pub created: Option<i64>,
    /// One language for every output, from the settings; otherwise each record's own.
    pub language: Option<&'static str>,
    pub templates: Option<PathBuf>,
    /// What each edition contains; its editions are the ones written.
    pub options: edition::Options,
    pub page: PageSettings,
}

impl Settings {
    /// What the settings contribute to an output's up-to-date key: all of them.
    pub fn key(&self) -> String {
        serde_json::to_string(self).expect("settings serialize")
    }
}

/// What a build did, and what went wrong on the way.
#[derive(Default)]
pub struct Built {
    pub guides: usize,
    /// Of `guides`, those whose outputs were already up to date.
    pub unchanged: usize,
    pub nights: usize,
    /// The slugs of the nights built.
    pub night_slugs: Vec<String>,
    /// Night files with errors, which were not built.
    pub invalid_nights: usize,
    pub files: usize,
    pub invalid: usize,
    pub seconds: f64,
    /// The problems of the records asked for, of the templates, and of writing.
    pub diagnostics: Vec<Diagnostic>,
    /// The text the diagnostics point into.
    pub sources: Sources,
    /// Records of the library that were not asked for and are invalid, which the
    /// catalog leaves out.
    pub left_out: Vec<String>,
}

impl Built {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_warning()).count()
    }
}

/// Why a build could not start at all: bad paths, an unsafe output folder.
#[derive(Debug)]
pub struct Refusal(pub String);

/// What the person waiting is told while a build runs.
pub trait Progress: Sync {
    /// Another build holds the output folder.
    fn waiting(&self, out: &Path);
    fn start(&self, records: usize);
    fn record_done(&self);
    fn finish(&self);
}

/// A build that says nothing while it runs: nobody is watching (`serve`, a double click).
pub struct Silent;

impl Progress for Silent {
    fn waiting(&self, _: &Path) {}
    fn start(&self, _: usize) {}
    fn record_done(&self) {}
    fn finish(&self) {}
}

/// Runs a build.
pub fn run(job: &Job, progress: &dyn Progress) -> Result<Built, Refusal> {
    let started = Instant::now();
    let files = find_inputs(job)?;
    let _lock = take_output_folder(job, progress)?;
    write::remove_stale_temporaries(&job.out);
    let key = Key::load();
    let (previous, distrust) = previous_manifest(job, key.as_ref());
    let checker = incremental::checker_identity(&job.fonts);
    let mut library = check_library(job, &files, &previous, &checker);
    let mut built = report_check(&files, &mut library);
    built.diagnostics.extend(distrust);
    let finish = |mut built: Built| {
        built.seconds = started.elapsed().as_secs_f64();
        Ok(built)
    };
    let Some(tools) = prepare(job, library.entries.len(), &mut built) else { return finish(built) };

    let summaries: Lookup<'_> = library.entries.iter().map(|e| (e.summary.slug.as_str(), &e.summary)).collect();
    let shared = incremental::shared_inputs(&job.settings.key(), job.settings.templates.as_deref(), &checker);
    let context = Context {
        job,
        options: &tools.options,
        catalogs: &tools.catalogs,
        html: &tools.html,
        summaries: &summaries,
        previous: &previous,
        shared: &shared,
    };
    let mut manifest = previous.clone();
    manifest.checked = incremental::CheckCache { by: checker.clone(), files: std::mem::take(&mut library.clean) };
    let asked: HashSet<&Path> = files.iter().map(PathBuf::as_path).collect();
    let records: Vec<Unit<'_>> =
        library.entries.iter().filter(|e| asked.contains(e.path.as_path())).map(Unit::Record).collect();
    // A broken user template fails every page the same way: the first failure stops
    // the build, and is reported once.
    let made = make_records(&context, &records, progress).and_then(|outcomes| {
        tally(&mut built, &mut manifest, outcomes);
        let Some(dir) = &job.nights else { return Ok(()) };
        let (nights, problems) = read_nights(dir, &library, &mut built);
        built.diagnostics.extend(problems);
        let outcomes = nights.iter().map(|night| context.make(&Unit::Night(night))).collect::<Result<Vec<_>, _>>()?;
        tally(&mut built, &mut manifest, outcomes);
        Ok(())
    });
    if let Err(e) = made {
        built.diagnostics.push(overrides::template_problem(&e, &mut built.sources));
        return finish(built);
    }
    keep_manifest(job, &library, &mut manifest, &mut built, key.as_ref());
    if job.settings.html {
        drop(summaries);
        write_catalog(job, &tools, library, &mut built);
    }
    finish(built)
}

/// The record files the job names, once the output folder is known to be safe to use.
fn find_inputs(job: &Job) -> Result<Vec<PathBuf>, Refusal> {
    let files = library::find_files(&job.inputs).map_err(|e| Refusal(e.0))?;
    write::check_out_folder(&job.out, &job.inputs).map_err(|e| Refusal(e.0))?;
    Ok(files)
}

/// The output folder, locked for this build: another build into it waits.
fn take_output_folder(job: &Job, progress: &dyn Progress) -> Result<write::Lock, Refusal> {
    write::Lock::take(&job.out, || progress.waiting(&job.out))
        .map_err(|e| Refusal(format!("cannot use {} as the output folder: {e}", job.out.display())))
}

/// What the last build made, if it can be trusted (and `--force` was not given), and a
/// note when it cannot.
fn previous_manifest(job: &Job, key: Option<&Key>) -> (Manifest, Option<Diagnostic>) {
    if job.force {
        return (Manifest::default(), None);
    }
    let (manifest, distrust) = Manifest::read(&job.out, key);
    (manifest, distrust.map(|why| Diagnostic::note("manifest", why)))
}

/// The whole library, checked: every record in the folders the named records live in,
/// whether or not this build renders them, for the catalog always describes all of it.
/// Records an earlier build checked clean, with the same checker, unchanged since, are
/// not checked again.
fn check_library(job: &Job, files: &[PathBuf], previous: &Manifest, checker: &str) -> Library {
    let clean = (previous.checked.by == checker).then_some(&previous.checked.files);
    library::load_with(&library::library_files(files), clean, &job.fonts)
}

/// What the check found, as a build reports it: the problems of the records asked for,
/// the invalid ones, and the records of the library left out of the catalog.
fn report_check(files: &[PathBuf], library: &mut Library) -> Built {
    let asked: HashSet<&Path> = files.iter().map(PathBuf::as_path).collect();
    let (named, others): (Vec<Diagnostic>, Vec<Diagnostic>) = std::mem::take(&mut library.diagnostics)
        .into_iter()
        .partition(|d| d.file.is_none_or(|f| asked.contains(Path::new(library.sources.name(f)))));
    let valid_named = library.entries.iter().filter(|e| asked.contains(e.path.as_path())).count();
    Built {
        invalid: files.len() - valid_named,
        left_out: left_out(&others, &library.sources),
        diagnostics: named,
        sources: std::mem::take(&mut library.sources),
        ..Built::default()
    }
}

/// What renders the outputs: the words of every language, the HTML templates (checked
/// before any page is made) and the options of the catalog's language.
struct Tools {
    catalogs: Catalogs,
    html: HtmlRenderer,
    options: edition::Options,
}

/// The renderers, ready; `None` (with the problems in `built`) when a user's words or
/// templates cannot be used.
fn prepare(job: &Job, films: usize, built: &mut Built) -> Option<Tools> {
    let settings = &job.settings;
    let catalogs = match overrides::catalogs(settings.templates.as_deref(), settings.language, &mut built.sources) {
        Ok(catalogs) => catalogs,
        Err(problems) => {
            built.diagnostics.extend(problems);
            return None;
        }
    };
    // The catalog page lists every language's films: it is in the settings' language.
    let options = edition::Options { words: catalogs.for_language(None), ..settings.options.clone() };
    let html = HtmlRenderer::new(TemplateSource::new(settings.templates.as_deref()), films);
    if settings.html {
        let mut names: Vec<String> = options.outputs.editions.iter().map(|e| format!("{}.html", e.key())).collect();
        names.push("catalog.html".into());
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        if let Err(e) = html.precheck(&names) {
            built.diagnostics.push(overrides::template_problem(&e, &mut built.sources));
            return None;
        }
    }
    Some(Tools { catalogs, html, options })
}

/// Every record's outputs, made in parallel.
fn make_records(
    context: &Context<'_>,
    records: &[Unit<'_>],
    progress: &dyn Progress,
) -> Result<Vec<Outcome>, TemplateError> {
    progress.start(records.len());
    let outcomes = records
        .par_iter()
        .map(|unit| {
            let outcome = context.make(unit);
            progress.record_done();
            outcome
        })
        .collect();
    progress.finish();
    outcomes
}

/// The valid nights of `dir`; the others are counted and their problems returned.
fn read_nights(dir: &Path, library: &Library, built: &mut Built) -> (Vec<nights::ReadNight>, Vec<Diagnostic>) {
    let files = nights::find(dir);
    let (read, problems) = nights::read_all(&files, library, &mut built.sources);
    let failed: HashSet<usize> = problems.iter().filter(|d| d.is_error()).filter_map(|d| d.file).collect();
    built.invalid_nights += failed.len() + problems.iter().filter(|d| d.is_error() && d.file.is_none()).count();
    (read, problems)
}

/// Counts what records and nights came to, keeps what they were made from for the next
/// build, and collects their problems.
fn tally(built: &mut Built, manifest: &mut Manifest, outcomes: Vec<Outcome>) {
    for outcome in outcomes {
        // What was written is counted, whatever failed after it.
        built.files += outcome.written;
        if let Some(made) = outcome.made {
            manifest.records.insert(outcome.key.clone(), made);
        }
        let ok = outcome.problems.is_empty();
        match outcome.kind {
            Kind::Record { .. } if ok => {
                built.guides += 1;
                built.unchanged += usize::from(outcome.unchanged);
            }
            Kind::Record { .. } => built.invalid += 1,
            Kind::Night { ref slug } if ok => {
                built.nights += 1;
                built.night_slugs.push(slug.clone());
            }
            Kind::Night { .. } => built.invalid_nights += 1,
        }
        if let Kind::Record { file, text: Some(text) } = outcome.kind {
            built.sources.set_text(file, text);
        }
        built.diagnostics.extend(outcome.problems);
    }
}

/// Writes the manifest for the next build. Entries of records that are gone from the
/// library, and of nights gone from a nights folder this build read, are dropped.
fn keep_manifest(job: &Job, library: &Library, manifest: &mut Manifest, built: &mut Built, key: Option<&Key>) {
    let present: HashSet<&str> = library.entries.iter().map(|e| e.summary.slug.as_str()).collect();
    manifest.records.retain(|entry, _| match entry.strip_prefix("nights/") {
        Some(night) => job.nights.is_none() || built.night_slugs.iter().any(|s| s == night),
        None => present.contains(entry.as_str()),
    });
    if let Err(e) = manifest.write(&job.out, key) {
        let message = format!("cannot write {}: {e}", job.out.join(incremental::FILE_NAME).display());
        built.diagnostics.push(Diagnostic::warning("manifest", message).hint("the next build will build everything"));
    }
}

/// Writes `index.html`, the catalog of the whole library, streamed into its file.
fn write_catalog(job: &Job, tools: &Tools, mut library: Library, built: &mut Built) {
    let films: Vec<Summary> = library.entries.drain(..).map(|e| e.summary).collect();
    let options = &tools.options;
    let view = catalog::catalog(films, job.out.clone(), options.group.clone(), options.words.clone());
    let path = job.out.join("index.html");
    let mut failed_template = None;
    let written = write::write_atomic_with(&path, |out| {
        tools.html.catalog(view, &job.settings.page, out).map_err(|e| {
            failed_template = Some(e);
            std::io::Error::other("the catalog template failed")
        })
    });
    match (failed_template, written) {
        (Some(e), _) => built.diagnostics.push(overrides::template_problem(&e, &mut built.sources)),
        (None, Ok(())) => built.files += 1,
        (None, Err(e)) => built.diagnostics.push(write::cannot_write(&path, &e)),
    }
}

/// The invalid records the build was not asked for: the catalog leaves them out.
fn left_out(others: &[Diagnostic], sources: &Sources) -> Vec<String> {
    let mut files: Vec<usize> = others.iter().filter(|d| d.is_error()).filter_map(|d| d.file).collect();
    files.dedup();
    files.into_iter().map(|file| sources.name(file).to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::edition::{Edition, Event, Outputs};
    use crate::view::paper::Paper;

    /// Settings with every field given, none at its default: a field added to
    /// [`Settings`] must be added here, and below.
    fn every_field() -> Settings {
        Settings {
            html: true,
            pdf: true,
            booklet: false,
            two_up: false,
            created: Some(1_700_000_000),
            language: Some("en"),
            templates: Some(PathBuf::from("templates")),
            options: edition::Options {
                faith: true,
                spoilers: false,
                start: Some(19 * 60),
                group: Some("St Mark's".into()),
                event: Some(Event {
                    date: time::Date::from_calendar_date(2027, time::Month::January, 16).ok(),
                    start: Some("19:00".into()),
                    place: Some("the hall".into()),
                }),
                outputs: Outputs { editions: Edition::ALL.to_vec(), pdf: true },
                words: edition::Options::default().words,
            },
            page: PageSettings { paper: Paper::Letter, large_print: false },
        }
    }

    /// The values a serialized value is made of, objects opened: each is one setting.
    fn leaves(value: &serde_json::Value) -> usize {
        match value {
            serde_json::Value::Object(fields) => fields.values().map(leaves).sum(),
            serde_json::Value::Null
            | serde_json::Value::Bool(_)
            | serde_json::Value::Number(_)
            | serde_json::Value::String(_)
            | serde_json::Value::Array(_) => 1,
        }
    }

    #[test]
    fn every_setting_changes_the_up_to_date_key() {
        let base = every_field();
        let options = |change: fn(&mut edition::Options)| {
            let mut settings = every_field();
            change(&mut settings.options);
            settings
        };
        let changed: Vec<(&str, Settings)> = vec![
            ("html", Settings { html: false, ..every_field() }),
            ("pdf", Settings { pdf: false, ..every_field() }),
            ("booklet", Settings { booklet: true, ..every_field() }),
            ("two_up", Settings { two_up: true, ..every_field() }),
            ("created", Settings { created: Some(1), ..every_field() }),
            ("language", Settings { language: Some("fr"), ..every_field() }),
            ("templates", Settings { templates: Some("elsewhere".into()), ..every_field() }),
            ("faith", options(|o| o.faith = false)),
            ("spoilers", options(|o| o.spoilers = true)),
            ("start", options(|o| o.start = Some(18 * 60))),
            ("group", options(|o| o.group = Some("St Anne's".into()))),
            ("event.date", options(|o| o.event.as_mut().unwrap().date = None)),
            ("event.start", options(|o| o.event.as_mut().unwrap().start = Some("18:00".into()))),
            ("event.place", options(|o| o.event.as_mut().unwrap().place = None)),
            ("outputs.editions", options(|o| o.outputs.editions = vec![Edition::Parents])),
            ("outputs.pdf", options(|o| o.outputs.pdf = false)),
            ("page.paper", Settings { page: PageSettings { paper: Paper::A4, ..base.page }, ..every_field() }),
            ("page.large_print", Settings { page: PageSettings { large_print: true, ..base.page }, ..every_field() }),
        ];
        let serialized = serde_json::to_value(&base).unwrap();
        assert_eq!(
            changed.len(),
            leaves(&serialized),
            "each setting needs a change here, and each must be serialized into the key: {serialized}"
        );
        for (name, settings) in &changed {
            assert_ne!(settings.key(), base.key(), "changing {name} leaves the up-to-date key as it was");
        }
    }
}
