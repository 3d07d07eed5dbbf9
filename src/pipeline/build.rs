//! A build: check the library, then render every edition of every valid record and the
//! catalog, writing each file atomically.
//!
//! Records are checked first (all of them, so every problem is reported), then rendered
//! one at a time per thread and dropped, so memory stays flat however large the library.
//! Nothing here prints: problems come back as diagnostics, for the command line to show.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;

use crate::markup;
use crate::pipeline::incremental::{self, Made, Manifest};
use crate::pipeline::library::{self, Entry};
use crate::pipeline::nights;
use crate::pipeline::overrides;
use crate::read::diagnostic::{Diagnostic, Sources};
use crate::read::file::{self, FileText};
use crate::render::html::{HtmlRenderer, TemplateError};
use crate::templates::TemplateSource;
use crate::view;
use crate::view::catalog;
use crate::view::edition;
use crate::view::model::View;
use crate::view::paper::PageSettings;
use crate::view::summary::{Lookup, Summary};
use crate::view::words::Catalogs;
use crate::write;

/// Everything a build needs to know, after the command line and config are merged.
#[derive(Debug, Clone)]
pub struct Job {
    pub inputs: Vec<PathBuf>,
    /// Build every output again, whatever the manifest says.
    pub force: bool,
    /// One language for every output, from the settings; otherwise each record's own.
    pub language: Option<&'static str>,
    /// The folder of night files to build as well, if any.
    pub nights: Option<PathBuf>,
    pub out: PathBuf,
    pub html: bool,
    pub pdf: bool,
    pub templates: Option<PathBuf>,
    /// What each edition contains; its editions are the ones written.
    pub options: edition::Options,
    pub page: PageSettings,
    /// Also write the handout and the leader's guide as booklets.
    pub booklet: bool,
    /// Also write the parents' card two to a sheet.
    pub two_up: bool,
    /// From `SOURCE_DATE_EPOCH`: the creation date written into PDFs, if any.
    pub created: Option<i64>,
    /// The fallback fonts in use (`--font`): their bytes are inputs of every PDF.
    pub fonts: Vec<PathBuf>,
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

/// The result of rendering one record: the files written, and any problems.
struct RecordOutcome {
    written: usize,
    /// Problems writing; some files may have been written before them (a full disk).
    problems: Vec<Diagnostic>,
    /// What the outputs were made from, for the manifest; `None` when they were not
    /// all written.
    made: Option<(String, Made)>,
    /// The outputs were up to date and left as they were.
    unchanged: bool,
}

/// Runs a build.
pub fn run(job: &Job, progress: &dyn Progress) -> Result<Built, Refusal> {
    let started = Instant::now();
    let files = library::find_files(&job.inputs).map_err(|e| Refusal(e.0))?;
    write::check_out_folder(&job.out, &job.inputs).map_err(|e| Refusal(e.0))?;
    let _lock = write::Lock::take(&job.out, || progress.waiting(&job.out))
        .map_err(|e| Refusal(format!("cannot use {} as the output folder: {e}", job.out.display())))?;
    write::remove_stale_temporaries(&job.out);

    // The catalog always describes the whole library: every record in the folders the
    // named records live in, whether or not this build renders them. Records an earlier
    // build checked clean, unchanged since, are not checked again.
    let key = crate::pipeline::seal::Key::load();
    let (previous, distrust) =
        if job.force { (Manifest::default(), None) } else { Manifest::read(&job.out, key.as_ref()) };
    let checker = incremental::checker_identity(&job.fonts);
    let clean = (previous.checked.by == checker).then_some(&previous.checked.files);
    let mut library = library::load_with(&library::library_files(&files), clean);
    let asked: HashSet<&Path> = files.iter().map(PathBuf::as_path).collect();
    let (named, others): (Vec<Diagnostic>, Vec<Diagnostic>) = std::mem::take(&mut library.diagnostics)
        .into_iter()
        .partition(|d| d.file.is_none_or(|f| asked.contains(Path::new(library.sources.name(f)))));
    let valid_named = library.entries.iter().filter(|e| asked.contains(e.path.as_path())).count();
    let mut built = Built {
        invalid: files.len() - valid_named,
        left_out: left_out(&others, &library.sources),
        diagnostics: named,
        ..Built::default()
    };
    built.diagnostics.extend(distrust.map(|why| Diagnostic::note("manifest", why)));
    let mut sources = std::mem::take(&mut library.sources);
    let finish = |mut built: Built, sources: Sources| {
        built.sources = sources;
        built.seconds = started.elapsed().as_secs_f64();
        Ok(built)
    };

    let mut options = job.options.clone();
    let catalogs = match overrides::catalogs(job.templates.as_deref(), job.language, &mut sources) {
        Ok(catalogs) => catalogs,
        Err(problems) => {
            built.diagnostics.extend(problems);
            return finish(built, sources);
        }
    };
    // The catalog page lists every language's films: it is in the settings' language.
    options.words = catalogs.for_language(None);
    let html = HtmlRenderer::new(TemplateSource::new(job.templates.as_deref()), library.entries.len());
    if job.html {
        let mut names: Vec<String> = options.outputs.editions.iter().map(|e| format!("{}.html", e.key())).collect();
        names.push("catalog.html".into());
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        if let Err(e) = html.precheck(&names) {
            built.diagnostics.push(overrides::template_problem(&e, &mut sources));
            return finish(built, sources);
        }
    }

    let summaries: Lookup<'_> = library.entries.iter().map(|e| (e.summary.slug.as_str(), &e.summary)).collect();
    let rendered: Vec<&Entry> = library.entries.iter().filter(|entry| asked.contains(entry.path.as_path())).collect();
    progress.start(rendered.len());
    let shared = incremental::shared_inputs(&settings_key(job), job.templates.as_deref(), &checker);
    let context = Context {
        job,
        options: &options,
        catalogs: &catalogs,
        html: &html,
        summaries: &summaries,
        previous: &previous,
        shared: &shared,
    };
    // A broken user template fails every page the same way: the first failure stops
    // the build, and is reported once.
    let outcomes: Result<Vec<RecordOutcome>, TemplateError> = rendered
        .par_iter()
        .map(|entry| {
            let outcome = context.record(entry);
            progress.record_done();
            outcome
        })
        .collect();
    progress.finish();
    let outcomes = match outcomes {
        Ok(outcomes) => outcomes,
        Err(e) => {
            built.diagnostics.push(overrides::template_problem(&e, &mut sources));
            return finish(built, sources);
        }
    };
    // Records this build did not render keep their entries.
    let mut manifest = previous.clone();
    manifest.checked = incremental::CheckCache { by: checker, files: std::mem::take(&mut library.clean) };
    for (entry, outcome) in rendered.iter().zip(outcomes) {
        // What was written is counted, whatever failed after it.
        built.files += outcome.written;
        if let Some((slug, made)) = outcome.made {
            manifest.records.insert(slug, made);
        }
        if outcome.problems.is_empty() {
            built.guides += 1;
            built.unchanged += usize::from(outcome.unchanged);
            continue;
        }
        built.invalid += 1;
        // Problems in the record point into it; a failed write has no place there.
        let problems: Vec<Diagnostic> =
            outcome.problems.into_iter().map(|d| if d.span.is_some() { d.in_file(entry.file) } else { d }).collect();
        if problems.iter().any(|d| d.file.is_some())
            && let FileText::Text(text) = file::read_text(&entry.path)
        {
            sources.set_text(entry.file, text);
        }
        built.diagnostics.extend(problems);
    }

    if let Some(dir) = &job.nights {
        build_nights(dir, &library, &context, &mut built, &mut sources, &mut manifest);
    }
    // Entries of records that are gone from the library, and of nights gone from a
    // nights folder this build read, are dropped.
    let present: HashSet<&str> = library.entries.iter().map(|e| e.summary.slug.as_str()).collect();
    manifest.records.retain(|key, _| match key.strip_prefix("nights/") {
        Some(night) => job.nights.is_none() || built.night_slugs.iter().any(|s| s == night),
        None => present.contains(key.as_str()),
    });
    if let Err(e) = manifest.write(&job.out, key.as_ref()) {
        let message = format!("cannot write {}: {e}", job.out.join(incremental::FILE_NAME).display());
        built.diagnostics.push(Diagnostic::warning("manifest", message).hint("the next build will build everything"));
    }

    if job.html {
        drop(summaries);
        let films: Vec<Summary> = library.entries.drain(..).map(|e| e.summary).collect();
        let view = catalog::catalog(films, job.out.clone(), options.group.clone(), options.words.clone());
        match write_catalog(&html, view, job) {
            Ok(()) => built.files += 1,
            Err(CatalogFailure::Template(e)) => built.diagnostics.push(overrides::template_problem(&e, &mut sources)),
            Err(CatalogFailure::Write(message)) => built.diagnostics.push(Diagnostic::error("write", message)),
        }
    }
    finish(built, sources)
}

/// Builds every valid night of `dir`; the others are reported.
fn build_nights(
    dir: &Path,
    library: &library::Library,
    context: &Context<'_>,
    built: &mut Built,
    sources: &mut Sources,
    manifest: &mut Manifest,
) {
    let files = nights::find(dir);
    let (read, problems) = nights::read_all(&files, library, sources);
    let failed: HashSet<usize> = problems.iter().filter(|d| d.is_error()).filter_map(|d| d.file).collect();
    built.invalid_nights += failed.len() + problems.iter().filter(|d| d.is_error() && d.file.is_none()).count();
    built.diagnostics.extend(problems);
    for night in &read {
        match context.night(night) {
            Ok((written, made)) => {
                built.files += written;
                built.nights += 1;
                built.night_slugs.push(night.slug.clone());
                manifest.records.insert(format!("nights/{}", night.slug), made);
            }
            Err(message) => {
                built.diagnostics.push(Diagnostic::error("night", message));
                built.invalid_nights += 1;
            }
        }
    }
}

enum CatalogFailure {
    Template(TemplateError),
    Write(String),
}

/// Writes `index.html`, streamed into its file.
fn write_catalog(html: &HtmlRenderer, view: catalog::CatalogView, job: &Job) -> Result<(), CatalogFailure> {
    let path = job.out.join("index.html");
    let mut failed_template = None;
    let written = write::write_atomic_with(&path, |out| {
        html.catalog(view, &job.page, out).map_err(|e| {
            failed_template = Some(e);
            std::io::Error::other("the catalog template failed")
        })
    });
    if let Some(e) = failed_template {
        return Err(CatalogFailure::Template(e));
    }
    written.map_err(|e| CatalogFailure::Write(format!("cannot write {}: {e}", path.display())))
}

/// The invalid records the build was not asked for: the catalog leaves them out.
fn left_out(others: &[Diagnostic], sources: &Sources) -> Vec<String> {
    let mut files: Vec<usize> = others.iter().filter(|d| d.is_error()).filter_map(|d| d.file).collect();
    files.dedup();
    files.into_iter().map(|file| sources.name(file).to_string()).collect()
}

/// What every record's rendering shares.
struct Context<'a> {
    job: &'a Job,
    /// What the last build made, and the inputs every record shares.
    previous: &'a Manifest,
    shared: &'a str,
    options: &'a edition::Options,
    /// The words of each language; a record's outputs are in its own.
    catalogs: &'a Catalogs,
    html: &'a HtmlRenderer,
    summaries: &'a Lookup<'a>,
}

impl Context<'_> {
    /// Reads one record again, renders its editions and writes them.
    fn record(&self, entry: &Entry) -> Result<RecordOutcome, TemplateError> {
        let job = self.job;
        // Up to date: nothing to read again, parse or render.
        let inputs = self.inputs(entry);
        let slug = &entry.summary.slug;
        if self.previous.is_current(&job.out, slug, &inputs) {
            let made = self.previous.records.get(slug).cloned().map(|made| (slug.clone(), made));
            return Ok(RecordOutcome { written: 0, problems: Vec::new(), made, unchanged: true });
        }
        let (guide, slug) = match library::reread(entry) {
            Ok(found) => found,
            // The file changed since it was checked.
            Err(problems) => return Ok(RecordOutcome { written: 0, problems, made: None, unchanged: false }),
        };
        let options =
            &edition::Options { words: self.catalogs.for_language(guide.language.as_deref()), ..self.options.clone() };
        let mut outcome = RecordOutcome { written: 0, problems: Vec::new(), made: None, unchanged: false };
        let mut outputs = std::collections::BTreeMap::new();
        let mut stamps = std::collections::BTreeMap::new();
        let mut save = |name: &str, bytes: &[u8]| match save(&job.out, "", &slug, name, bytes) {
            Ok(()) => {
                outcome.written += 1;
                let key = format!("{slug}/{name}");
                if let Some(stamp) = incremental::stamp(&job.out.join(&key)) {
                    stamps.insert(key.clone(), stamp);
                }
                outputs.insert(key, incremental::hash(&[bytes]));
            }
            Err(message) => outcome.problems.push(Diagnostic::error("write", message)),
        };
        for &edition in &options.outputs.editions {
            let view = edition::view(&guide, &slug, edition, options, self.summaries);
            if job.pdf {
                let imposition = edition.imposition(job.booklet, job.two_up);
                let (bytes, imposed) =
                    crate::render::pdf::render_with(&view, &job.page, job.created, imposition.map(|i| i.0));
                save(&format!("{}.pdf", edition.key()), &bytes);
                if let (Some((_, name)), Some(imposed)) = (imposition, imposed) {
                    save(name, &imposed);
                }
            }
            if job.html {
                let page = self.html.edition(&view, &job.page)?;
                save(&format!("{}.html", edition.key()), page.as_bytes());
            }
        }
        if outcome.problems.is_empty() {
            outcome.made = Some((slug, Made { inputs, outputs, stamps }));
        }
        Ok(outcome)
    }

    /// A hash of everything a record's outputs are made from: the record's bytes, what
    /// the build shares, and the summaries of the films it links to.
    fn inputs(&self, entry: &Entry) -> String {
        let record = std::fs::read(&entry.path).unwrap_or_default();
        let related: Vec<&Summary> =
            entry.related.iter().filter_map(|slug| self.summaries.get(slug.as_str()).copied()).collect();
        let related = serde_json::to_vec(&related).expect("summaries serialize");
        incremental::hash(&[self.shared.as_bytes(), &record, &related])
    }
}

impl Context<'_> {
    /// Renders one night's outputs and writes them into `out/nights/<slug>/`; the error
    /// is a sentence for the user.
    fn night(&self, read: &nights::ReadNight) -> Result<(usize, Made), String> {
        let job = self.job;
        let inputs = self.night_inputs(read);
        let key = format!("nights/{}", read.slug);
        if self.previous.is_current(&job.out, &key, &inputs) {
            let made = self.previous.records.get(&key).cloned().unwrap_or_default();
            return Ok((0, made));
        }
        let options = &edition::Options {
            words: self.catalogs.for_language(read.night.language.as_deref()),
            ..self.options.clone()
        };
        let views = view::night::views(&read.input(), options, self.summaries);
        let page = PageSettings { paper: read.night.paper.unwrap_or(job.page.paper), ..job.page };
        let mut written = 0;
        let mut outputs = std::collections::BTreeMap::new();
        let mut save = |name: &str, bytes: &[u8]| {
            save(&job.out, crate::record::slug::NIGHTS_FOLDER, &read.slug, name, bytes)?;
            written += 1;
            outputs.insert(format!("{key}/{name}"), incremental::hash(&[bytes]));
            Ok::<(), String>(())
        };
        let title = &views.leader[0].document.title;
        if job.pdf {
            let leader: Vec<(&View, u32)> = views.leader.iter().map(|v| (v, 1)).collect();
            save("leader.pdf", &crate::render::pdf::documents(&leader, title, &page, job.created))?;
            for pack in &views.packs {
                let parts: Vec<(&View, u32)> = pack.parts.iter().map(|p| (&p.view, p.copies)).collect();
                save(&pack.file, &crate::render::pdf::documents(&parts, &pack.title, &page, job.created))?;
            }
        }
        if job.html {
            let problem = |e: TemplateError| e.message;
            save("leader.html", self.html.night_leader(&views.leader, &page).map_err(problem)?.as_bytes())?;
            save("index.html", self.html.night_page(&views.page, &page).map_err(problem)?.as_bytes())?;
        }
        let calendar = crate::render::ics::calendar(&markup::plain(&read.night.title), &views.calendar, job.created);
        save("night.ics", calendar.as_bytes())?;
        Ok((written, Made { inputs, outputs, stamps: Default::default() }))
    }

    /// Everything a night's outputs are made from: the night file, the records of its
    /// films, the library's summaries (its films' related films) and what the build
    /// shares.
    fn night_inputs(&self, read: &nights::ReadNight) -> String {
        let night = std::fs::read(&read.path).unwrap_or_default();
        let films: Vec<String> = read
            .evenings
            .iter()
            .flatten()
            .map(|(_, guide)| serde_json::to_string(guide).expect("records serialize"))
            .collect();
        let mut summaries: Vec<&Summary> = self.summaries.values().copied().collect();
        summaries.sort_by(|a, b| a.slug.cmp(&b.slug));
        let library = serde_json::to_vec(&(films, summaries)).expect("summaries serialize");
        incremental::hash(&[self.shared.as_bytes(), &night, &library])
    }
}

/// Everything in the job that changes what a record's outputs say or look like.
fn settings_key(job: &Job) -> String {
    let o = &job.options;
    format!(
        "{:?}",
        (
            (job.html, job.pdf, job.booklet, job.two_up, job.created, job.language, &job.templates),
            (o.faith, o.spoilers, o.start, &o.group, &o.event, &o.outputs),
            job.page,
        )
    )
}

/// Writes one output file into `out/<folder>/<slug>/`; the error is a sentence for the
/// user.
fn save(out: &Path, folder: &str, slug: &str, name: &str, bytes: &[u8]) -> Result<(), String> {
    let path = write::output_path(out, folder, slug, name)?;
    write::write_atomic(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
