//! `reelguide serve`: build, serve the output folder on 127.0.0.1, and build again
//! (incrementally) whenever a record, a night, a template or the settings change. Open
//! pages reload themselves after each build; while the last build has problems, every
//! page shows them (file:line:col, the line with its caret, the hint) instead of a page
//! that no longer matches its record.
//!
//! The watcher is `notify` with its debouncer (a save that touches a file three times is
//! one build), the server `tiny_http`. Ctrl-C stops both.

use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use notify_debouncer_mini::new_debouncer;
use notify_debouncer_mini::notify::RecursiveMode;

use crate::cli::ServeArgs;
use crate::cli::build::job;
use crate::cli::config;
use crate::cli::exit::{Ended, Exit, Failure};
use crate::cli::ui::{plural, say};
use crate::markup;
use crate::pipeline::build::{self, Job, Progress};

/// The path pages poll to learn that a build finished.
const VERSION_PATH: &str = "/__reelguide/version";

/// What the server knows of the last build.
#[derive(Default)]
struct State {
    /// Goes up by one after every build.
    version: AtomicU64,
    /// The last build's problems, as printed; empty when it had none.
    problems: Mutex<String>,
}

pub fn run(args: ServeArgs, config_path: Option<&Path>) -> Ended {
    let loaded = config::load(config_path).map_err(|errors| Failure::failed(errors.join("\n")))?;
    let watched = watched(&args, &loaded);
    let port = args.port;
    let job = job(args.build, &loaded)?;
    let out = job.out.clone();
    let state = Arc::new(State::default());
    rebuild(&job, &state)?;
    let address = format!("127.0.0.1:{}", port.unwrap_or(0));
    let server = tiny_http::Server::http(&address)
        .map_err(|e| Failure::failed(format!("cannot serve on {address}: {e}")).hint("choose another --port"))?;
    let server = Arc::new(server);
    let port = server.server_addr().to_ip().map_or(0, |a| a.port());
    say!("serving {} on http://127.0.0.1:{port}/ (Ctrl-C stops)", job.out.display());

    let (events, changes) = std::sync::mpsc::channel();
    let mut debouncer = new_debouncer(Duration::from_millis(250), events)
        .map_err(|e| Failure::failed(format!("cannot watch the project: {e}")))?;
    for path in watched.iter().filter(|p| p.exists()) {
        debouncer
            .watcher()
            .watch(path, RecursiveMode::Recursive)
            .map_err(|e| Failure::failed(format!("cannot watch {}: {e}", path.display())))?;
    }
    let builder_state = Arc::clone(&state);
    std::thread::spawn(move || {
        for batch in changes {
            // A change inside the output folder (our own writes) is not the user's.
            let ours = |p: &Path| p.starts_with(&job.out) || job.out.canonicalize().is_ok_and(|o| p.starts_with(o));
            if let Ok(events) = batch
                && events.iter().all(|e| ours(&e.path))
            {
                continue;
            }
            // A failed build is reported in the pages; the server keeps serving.
            let _ = rebuild(&job, &builder_state);
        }
    });

    let stopper = Arc::clone(&server);
    let _ = ctrlc::set_handler(move || stopper.unblock());
    for request in server.incoming_requests() {
        respond(request, &state, &out);
    }
    drop(debouncer);
    say!("stopped");
    Ok(Exit::Success)
}

/// Everything a build reads: the records' folders, the nights, the templates and the
/// settings file.
fn watched(args: &ServeArgs, loaded: &config::Loaded) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = if args.build.paths.is_empty() {
        vec![loaded.path(Path::new("guides")), loaded.path(Path::new("nights"))]
    } else {
        args.build.paths.clone()
    };
    paths.extend(args.build.templates.clone());
    paths.extend(loaded.config.templates.as_deref().map(|t| loaded.path(t)));
    paths.extend(loaded.file.clone());
    paths
}

/// One build; its problems are kept for the pages and printed.
fn rebuild(job: &Job, state: &State) -> Result<(), Failure> {
    let built = build::run(job, &Silent).map_err(|refusal| Failure::usage(refusal.0))?;
    built.sources.emit_to_stderr(&built.diagnostics);
    let errors: Vec<String> =
        built.diagnostics.iter().filter(|d| d.is_error()).map(|d| built.sources.render(d)).collect();
    say!(
        "built {}: {} written, {}",
        plural(built.guides, "guide"),
        plural(built.files, "file"),
        plural(errors.len(), "error")
    );
    *state.problems.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = errors.join("\n");
    state.version.fetch_add(1, Ordering::SeqCst);
    Ok(())
}

/// A build that says nothing while it runs.
struct Silent;

impl Progress for Silent {
    fn waiting(&self, _: &Path) {}
    fn start(&self, _: usize) {}
    fn record_done(&self) {}
    fn finish(&self) {}
}

fn respond(request: tiny_http::Request, state: &State, out: &Path) {
    let url = request.url().split(['?', '#']).next().unwrap_or("/").to_string();
    let version = state.version.load(Ordering::SeqCst);
    if url == VERSION_PATH {
        let _ = request.respond(tiny_http::Response::from_string(version.to_string()));
        return;
    }
    let Some(path) = file_for(out, &url) else {
        let _ = request.respond(tiny_http::Response::from_string("not found").with_status_code(404));
        return;
    };
    let is_html = path.extension().is_some_and(|e| e == "html");
    let problems = state.problems.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone();
    let body = if is_html && !problems.is_empty() {
        Some(error_page(&problems, version).into_bytes())
    } else {
        std::fs::read(&path).ok().map(|bytes| if is_html { with_reload(bytes, version) } else { bytes })
    };
    let response = match body {
        Some(body) => {
            let kind = content_type(&path);
            let header = tiny_http::Header::from_bytes("Content-Type", kind).expect("a valid header");
            tiny_http::Response::from_data(body).with_header(header)
        }
        None => tiny_http::Response::from_data(b"not found".to_vec()).with_status_code(404),
    };
    let _ = request.respond(response);
}

/// The file a URL names inside `out`: plain path segments only (no `..`), a folder's
/// `index.html`.
fn file_for(out: &Path, url: &str) -> Option<PathBuf> {
    let relative = Path::new(url.trim_start_matches('/'));
    if !relative.components().all(|c| matches!(c, Component::Normal(_))) {
        return None;
    }
    let path = out.join(relative);
    Some(if path.is_dir() { path.join("index.html") } else { path })
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("pdf") => "application/pdf",
        Some("css") => "text/css",
        Some("ics") => "text/calendar; charset=utf-8",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}

/// The script that reloads a page once a newer build is there.
fn reload_script(version: u64) -> String {
    format!(
        "<script>setInterval(async () => {{ try {{ const r = await fetch('{VERSION_PATH}'); \
         if ((await r.text()).trim() !== '{version}') location.reload(); }} catch (e) {{}} }}, 700);</script>"
    )
}

fn with_reload(page: Vec<u8>, version: u64) -> Vec<u8> {
    let text = String::from_utf8_lossy(&page);
    let script = reload_script(version);
    match text.rfind("</body>") {
        Some(at) => format!("{}{script}{}", &text[..at], &text[at..]).into_bytes(),
        None => format!("{text}{script}").into_bytes(),
    }
}

/// The page every HTML page is replaced by while the last build has problems.
fn error_page(problems: &str, version: u64) -> String {
    let mut escaped = String::new();
    markup::escape_into(&mut escaped, problems);
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>reelguide: problems</title></head>\n\
         <body><h1>The last build has problems</h1>\n<p>Fix them and save; this page reloads.</p>\n\
         <pre class=\"problems\">{escaped}</pre>\n{}</body></html>\n",
        reload_script(version)
    )
}
