//! `reelguide` started with no arguments from a file manager (a double click), where
//! there is no terminal to print to and a usage message would flash and vanish. It
//! builds the library of the folder it was started in (or of the program's own folder)
//! and opens the catalog in the default browser; when there is no library there, or the
//! build has problems, it opens a page that says so and what to do instead.
//!
//! The browser is the system's default, or the command in `BROWSER` (as `opener` reads
//! it), which is also how the tests watch what would be opened.

use std::path::{Path, PathBuf};

use clap::Parser;

use crate::cli::exit::{Ended, Exit, Failure};
use crate::cli::{Cli, Command, config};
use crate::markup;
use crate::pipeline::build;

/// Builds and opens the catalog, or a page that explains.
pub fn run() -> Ended {
    let Some(project) = project() else {
        return show(&no_library_page());
    };
    std::env::set_current_dir(&project)
        .map_err(|e| Failure::failed(format!("cannot work in {}: {e}", project.display())))?;
    let Ok(Cli { command: Command::Build(args), .. }) = Cli::try_parse_from(["reelguide", "build"]) else {
        return Err(Failure::failed("the default build could not be made"));
    };
    let loaded = match config::load(None) {
        Ok(loaded) => loaded,
        Err(problems) => return show(&problems_page(&problems.join("\n"), None)),
    };
    let job = match crate::cli::build::job(args, &loaded) {
        Ok(job) => job,
        Err(failure) => return show(&problems_page(&failure.to_string(), None)),
    };
    let built = match build::run(&job, &build::Silent) {
        Ok(built) => built,
        Err(refusal) => return show(&problems_page(&refusal.0, None)),
    };
    let catalog = std::path::absolute(job.out.join("index.html")).unwrap_or_else(|_| job.out.join("index.html"));
    if built.errors() > 0 {
        let problems: Vec<String> =
            built.diagnostics.iter().filter(|d| d.is_error()).map(|d| built.sources.render(d)).collect();
        let page = problems_page(&problems.join("\n"), catalog.is_file().then_some(catalog.as_path()));
        return show(&page);
    }
    open(&catalog)?;
    Ok(Exit::Success)
}

/// The folder to build: the current one when it holds records or settings, else the
/// program's own folder when that does.
fn project() -> Option<PathBuf> {
    let is_project = |dir: &Path| dir.join("guides").is_dir() || dir.join(config::FILE_NAME).is_file();
    let here = std::env::current_dir().ok().filter(|d| is_project(d));
    let beside = || std::env::current_exe().ok()?.parent().map(Path::to_path_buf).filter(|d| is_project(d));
    here.or_else(beside)
}

/// Writes `page` where temporary files go and opens it: the run has failed.
fn show(page: &str) -> Ended {
    let path = std::env::temp_dir().join("reelguide.html");
    crate::write::write_atomic(&path, page.as_bytes())
        .map_err(|e| Failure::failed(format!("cannot write {}: {e}", path.display())))?;
    open(&path)?;
    Ok(Exit::Failed)
}

fn open(path: &Path) -> Result<(), Failure> {
    opener::open_browser(path).map_err(|e| Failure::failed(format!("cannot open {}: {e}", path.display())))
}

/// A page of its own, needing nothing beside it. Problems are shown as the terminal shows
/// them, with their columns kept (each caret under what it points at): a narrow window
/// scrolls them sideways rather than wrapping them.
fn page(title: &str, body: &str) -> String {
    let mut escaped = String::new();
    markup::escape_into(&mut escaped, title);
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>reelguide: {escaped}</title>\
         <style>body {{ font-family: system-ui, sans-serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; \
         line-height: 1.5 }} pre {{ overflow-x: auto; background: #f4f4f4; padding: 1rem }}</style></head>\n\
         <body><h1>{escaped}</h1>\n{body}</body></html>\n"
    )
}

fn no_library_page() -> String {
    let here = std::env::current_dir().map(|d| d.display().to_string()).unwrap_or_default();
    let mut folder = String::new();
    markup::escape_into(&mut folder, &here);
    page(
        "No film records here",
        &format!(
            "<p>reelguide makes discussion handouts, leader's guides and parents' cards from film \
             records: YAML files in a folder named <code>guides</code>.</p>\
             <p>It looked in <code>{folder}</code> and in its own folder, and found neither a \
             <code>guides</code> folder nor a <code>reelguide.yaml</code>.</p>\
             <ol><li>Put the <code>guides</code> folder that came with reelguide (or your own) beside the \
             program, and start it again; or</li>\
             <li>open a terminal in the folder of your records and run <code>reelguide build</code>, \
             or <code>reelguide new \"Film title\" --year 2024</code> to start a record.</li></ol>\
             <p>The user guide explains each step: <code>docs/</code> beside the program, or \
             <code>reelguide --help</code>.</p>"
        ),
    )
}

fn problems_page(problems: &str, catalog: Option<&Path>) -> String {
    let mut escaped = String::new();
    markup::escape_into(&mut escaped, problems);
    let link = catalog.map_or_else(String::new, |path| {
        let mut href = String::new();
        markup::escape_into(&mut href, &file_url(path));
        format!("<p>The films without problems were built: <a href=\"{href}\">open the catalog</a>.</p>")
    });
    page(
        "The build has problems",
        &format!(
            "<p>Each problem names the file, the line and what to change. Fix them, then start \
             reelguide again.</p>\n<pre>{escaped}</pre>\n{link}"
        ),
    )
}

/// `file:///C:/out/index.html`, `file:///home/a/out/index.html`.
fn file_url(path: &Path) -> String {
    let text = path.display().to_string().replace('\\', "/");
    if text.starts_with('/') { format!("file://{text}") } else { format!("file:///{text}") }
}
