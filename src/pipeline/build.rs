//! `reelguide build`: check the library, then render every edition of every valid record
//! and the catalog, writing each file atomically.
//!
//! Records are checked first (all of them, so every problem is reported), then rendered
//! one at a time per thread and dropped, so memory stays flat however large the library.

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::cli::ui::say;
use crate::pipeline::library::{self, Entry, Summary};
use crate::read::diagnostic::{Diagnostic, Sources};
use crate::render::html::templates::TemplateSource;
use crate::render::html::{HtmlRenderer, Link, TemplateError};
use crate::view::catalog;
use crate::view::edition::{self, Edition, Lookup};
use crate::view::paper::PageSettings;
use crate::write;

/// Everything a build needs to know, after the command line and config are merged.
#[derive(Debug, Clone)]
pub struct Plan {
    pub inputs: Vec<PathBuf>,
    pub out: PathBuf,
    pub html: bool,
    pub pdf: bool,
    pub editions: Vec<Edition>,
    pub templates: Option<PathBuf>,
    pub options: edition::Options,
    pub page: PageSettings,
    /// Also write the handout and the leader's guide as booklets.
    pub booklet: bool,
    /// Also write the parents' card two to a sheet.
    pub two_up: bool,
    /// From `SOURCE_DATE_EPOCH`: the creation date written into PDFs, if any.
    pub created: Option<i64>,
    /// Show a progress bar (on a terminal, unless asked to be quiet).
    pub progress: bool,
}

/// What a build did.
#[derive(Debug, Default)]
pub struct Report {
    pub guides: usize,
    pub files: usize,
    pub invalid: usize,
    pub warnings: usize,
    pub errors: usize,
    pub seconds: f64,
}

/// Why a build could not start at all.
#[derive(Debug)]
pub enum Refusal {
    /// A usage problem: bad paths, an unsafe output folder.
    Usage(String),
}

/// The result of rendering one record: the files written, or the problems.
enum RecordOutcome {
    Written(usize),
    /// Some files may have been written before the problems (a full disk).
    Failed {
        written: usize,
        problems: Vec<Diagnostic>,
    },
}

/// Runs a build. Diagnostics are written to standard error as they are known.
pub fn run(plan: &Plan) -> Result<Report, Refusal> {
    let started = Instant::now();
    let files = library::find_files(&plan.inputs).map_err(|e| Refusal::Usage(e.0))?;
    write::check_out_folder(&plan.out, &plan.inputs).map_err(|e| Refusal::Usage(e.0))?;
    let _lock = write::Lock::take(&plan.out, || {
        say!("waiting: another build is writing into {}", plan.out.display());
    })
    .map_err(|e| Refusal::Usage(format!("cannot use {} as the output folder: {e}", plan.out.display())))?;
    write::remove_stale_temporaries(&plan.out);

    // The catalog always describes the whole library: every record in the folders the
    // named records live in, whether or not this build renders them.
    let shelf = library::library_files(&files);
    let mut library = library::load(&shelf);
    let asked: std::collections::HashSet<&std::path::Path> = files.iter().map(PathBuf::as_path).collect();
    let (named, others): (Vec<Diagnostic>, Vec<Diagnostic>) = library
        .diagnostics
        .iter()
        .cloned()
        .partition(|d| d.file.is_none_or(|f| asked.contains(std::path::Path::new(library.sources.name(f)))));
    library.sources.emit_to_stderr(&named);
    report_left_out(&others, &library.sources);
    let valid_named = library.entries.iter().filter(|e| asked.contains(e.path.as_path())).count();
    let mut report = Report {
        invalid: files.len() - valid_named,
        warnings: named.iter().filter(|d| !d.is_error()).count(),
        errors: named.iter().filter(|d| d.is_error()).count(),
        ..Report::default()
    };

    let html = HtmlRenderer::new(TemplateSource::new(plan.templates.as_deref()), library.entries.len());
    if plan.html {
        let mut names: Vec<String> = plan.editions.iter().map(|e| format!("{}.html", e.key())).collect();
        names.push("catalog.html".into());
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        if let Err(e) = html.precheck(&names) {
            return Ok(template_failure(e, &mut library.sources, report, started));
        }
    }

    let summaries: Lookup<'_> = library.entries.iter().map(|e| (e.summary.slug.as_str(), &e.summary)).collect();
    // A broken user template fails every page the same way: report it once.
    let template_error: Mutex<Option<TemplateError>> = Mutex::new(None);
    let bar = if plan.progress {
        let bar = ProgressBar::new(library.entries.len() as u64);
        bar.set_style(
            ProgressStyle::with_template("{bar:30} {pos}/{len} guides {elapsed_precise} {wide_msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let outcomes: Vec<RecordOutcome> = library
        .entries
        .par_iter()
        .filter(|entry| asked.contains(entry.path.as_path()))
        .map(|entry| {
            let outcome = render_record(entry, plan, &html, &summaries, &template_error);
            bar.inc(1);
            outcome
        })
        .collect();
    bar.finish_and_clear();

    let rendered = library.entries.iter().filter(|entry| asked.contains(entry.path.as_path()));
    for (entry, outcome) in rendered.zip(outcomes) {
        match outcome {
            RecordOutcome::Written(n) => {
                report.guides += 1;
                report.files += n;
            }
            RecordOutcome::Failed { written, problems } => {
                // What was written is counted, whatever failed after it.
                report.files += written;
                report.invalid += 1;
                report.errors += problems.iter().filter(|d| d.is_error()).count();
                // Problems in the record point into it; a failed write has no place there.
                let problems: Vec<Diagnostic> =
                    problems.into_iter().map(|d| if d.span.is_some() { d.in_file(entry.file) } else { d }).collect();
                if let crate::read::file::FileText::Text(text) = crate::read::file::read_text(&entry.path) {
                    library.sources.set_text(entry.file, text);
                }
                library.sources.emit_to_stderr(&problems);
            }
        }
    }
    if let Some(e) = template_error.into_inner().unwrap_or(None) {
        return Ok(template_failure(e, &mut library.sources, report, started));
    }

    if plan.html {
        drop(summaries);
        let films: Vec<Summary> = library.entries.drain(..).map(|e| e.summary).collect();
        let view = catalog::build(films, plan.out.clone(), plan.options.group.clone());
        let path = plan.out.join("index.html");
        let mut failed_template = None;
        let written = write::write_atomic_with(&path, |out| {
            html.catalog(view, &plan.page, out).map_err(|e| {
                failed_template = Some(e);
                std::io::Error::other("the catalog template failed")
            })
        });
        if let Some(e) = failed_template {
            return Ok(template_failure(e, &mut library.sources, report, started));
        }
        match written {
            Ok(()) => report.files += 1,
            Err(e) => {
                say!("error: cannot write {}: {e}", path.display());
                report.errors += 1;
            }
        }
    }
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

/// Records of the library that were not asked for and are invalid: one line each, so the
/// catalog leaving them out is never silent.
fn report_left_out(others: &[Diagnostic], sources: &Sources) {
    let mut files: Vec<usize> = others.iter().filter(|d| d.is_error()).filter_map(|d| d.file).collect();
    files.dedup();
    for file in files {
        say!(
            "note: {} is invalid, so the catalog leaves it out; `reelguide check {}` shows why",
            sources.name(file),
            sources.name(file)
        );
    }
}

fn template_failure(error: TemplateError, sources: &mut Sources, mut report: Report, started: Instant) -> Report {
    let diagnostic = error.to_diagnostic(sources);
    sources.emit_to_stderr(&[diagnostic]);
    report.errors += 1;
    report.seconds = started.elapsed().as_secs_f64();
    report
}

/// Reads one record again, renders its editions and writes them.
fn render_record(
    entry: &Entry,
    plan: &Plan,
    html: &HtmlRenderer,
    summaries: &Lookup<'_>,
    template_error: &Mutex<Option<TemplateError>>,
) -> RecordOutcome {
    let (guide, slug) = match library::reread(entry) {
        Ok(found) => found,
        // The file changed since it was checked.
        Err(problems) => return RecordOutcome::Failed { written: 0, problems },
    };
    let mut written = 0;
    let mut problems = Vec::new();
    for &edition in &plan.editions {
        let view = edition::build(&guide, &slug, edition, &plan.options, summaries);
        if plan.pdf {
            let imposition = edition.imposition(plan.booklet, plan.two_up);
            let (bytes, imposed) =
                crate::render::pdf::render_with(&view, &plan.page, plan.created, imposition.map(|i| i.0));
            let files = [
                (format!("{}.pdf", edition.key()), Some(bytes)),
                (imposition.map_or_else(String::new, |i| i.1.to_string()), imposed),
            ];
            for (name, bytes) in files {
                let Some(bytes) = bytes else { continue };
                match write(&plan.out, &slug, &name, &bytes) {
                    Ok(()) => written += 1,
                    Err(message) => problems.push(Diagnostic::error("write", message)),
                }
            }
        }
        if plan.html {
            if template_error.lock().map(|e| e.is_some()).unwrap_or(true) {
                return RecordOutcome::Written(written);
            }
            match html.edition(&view, &plan.page, &edition_links(edition, plan)) {
                Ok(page) => match write(&plan.out, &slug, &format!("{}.html", edition.key()), page.as_bytes()) {
                    Ok(()) => written += 1,
                    Err(message) => problems.push(Diagnostic::error("write", message)),
                },
                Err(e) => {
                    if let Ok(mut slot) = template_error.lock() {
                        slot.get_or_insert(e);
                    }
                    return RecordOutcome::Written(written);
                }
            }
        }
    }
    if problems.is_empty() { RecordOutcome::Written(written) } else { RecordOutcome::Failed { written, problems } }
}

/// Writes one output file; the error is a sentence for the user.
fn write(out: &std::path::Path, slug: &str, name: &str, bytes: &[u8]) -> Result<(), String> {
    let path = write::output_path(out, slug, name)?;
    write::write_atomic(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The navigation of an edition's page: every edition built, and this edition's PDF.
fn edition_links(current: Edition, plan: &Plan) -> Vec<Link> {
    let mut links: Vec<Link> = plan
        .editions
        .iter()
        .map(|&e| Link { label: e.title().to_string(), href: format!("{}.html", e.key()), current: e == current })
        .collect();
    if plan.pdf {
        links.push(Link { label: "PDF to print".into(), href: format!("{}.pdf", current.key()), current: false });
    }
    links
}
