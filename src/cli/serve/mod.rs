//! `reelguide serve`: build, serve the output folder on 127.0.0.1 (`http`), and build
//! again (incrementally) whenever the content of an input changes (`watch`): a record, a
//! night, a template, the settings file or a fallback font. Each build reads the settings
//! again, so a change to `reelguide.yaml` (the group's name, the paper, the language, the
//! fonts) reaches the pages without a restart. Open pages reload themselves after each
//! build; while the last build has problems, or the settings cannot be read, every page
//! shows them (file:line:col, the line with its caret, the hint) instead of a page that
//! no longer matches its inputs, and the pages come back once they are fixed.
//!
//! Ctrl-C stops the server and the watcher.

mod http;
mod watch;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use crate::cli::ServeArgs;
use crate::cli::build::job;
use crate::cli::config;
use crate::cli::exit::{Ended, Exit, Failure};
use crate::cli::ui::{plural, say};
use crate::pipeline::build::{self, Job};

/// What the server knows of the last build.
#[derive(Default)]
pub(crate) struct State {
    /// Goes up by one after every build.
    version: AtomicU64,
    /// The last build's problems, as printed; empty when it had none.
    problems: Mutex<String>,
}

impl State {
    /// Shows `problems` in every page from now on (none when empty), and tells open
    /// pages to reload.
    fn show(&self, problems: String) {
        *self.problems.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = problems;
        self.version.fetch_add(1, Ordering::SeqCst);
    }
}

/// The project as the settings describe it now: the build, and every path it reads.
struct Project {
    job: Job,
    inputs: Vec<PathBuf>,
}

impl Project {
    /// Reads the settings and makes the build of them.
    fn load(args: &ServeArgs, config_path: Option<&Path>) -> Result<Project, Failure> {
        let loaded = config::load(config_path).map_err(|errors| Failure::failed(errors.join("\n")))?;
        let job = job(args.build.clone(), &loaded)?;
        let mut inputs: Vec<PathBuf> = job.inputs.clone();
        inputs.extend(job.nights.clone());
        inputs.extend(job.settings.templates.clone());
        inputs.extend(job.font_files.iter().cloned());
        inputs.extend(loaded.file.clone());
        // The settings file that is not there yet, where it would be found.
        if loaded.file.is_none() {
            inputs.push(config_path.map_or_else(|| loaded.path(Path::new(config::FILE_NAME)), Path::to_path_buf));
        }
        Ok(Project { job, inputs })
    }
}

pub fn run(args: ServeArgs, config_path: Option<&Path>) -> Ended {
    let project = Project::load(&args, config_path)?;
    let out = project.job.out.clone();
    let state = Arc::new(State::default());
    // The inputs as the first build reads them: a change from here on builds again.
    let seen = watch::fingerprint(&project.inputs, &project.job.out);
    rebuild(&project.job, &state)?;
    let address = format!("127.0.0.1:{}", args.port.unwrap_or(0));
    let listener = std::net::TcpListener::bind(&address)
        .map_err(|e| Failure::failed(format!("cannot serve on {address}: {e}")).hint("choose another --port"))?;
    let port = listener.local_addr().map_or(0, |a| a.port());
    // Watching before the address is given: nothing saved after it is missed.
    let mut watcher =
        watch::Watcher::new(&out).map_err(|e| Failure::failed(format!("cannot watch the project: {e}")))?;
    watcher.watch(&project.inputs);
    say!("serving {} on http://127.0.0.1:{port}/ (Ctrl-C stops)", out.display());
    let builder_state = Arc::clone(&state);
    let config_path = config_path.map(Path::to_path_buf);
    std::thread::spawn(move || follow(watcher, project, seen, &args, config_path.as_deref(), &builder_state));

    let stop = Arc::new(tokio::sync::Notify::new());
    let stopper = Arc::clone(&stop);
    let _ = ctrlc::set_handler(move || stopper.notify_one());
    http::serve(listener, out, state, stop).map_err(|e| Failure::failed(format!("the server stopped: {e}")))?;
    say!("stopped");
    Ok(Exit::Success)
}

/// Builds again after each change to an input's content, with the settings as they are
/// then; a change that leaves every input as it was builds nothing.
fn follow(
    mut watcher: watch::Watcher,
    mut project: Project,
    mut seen: watch::Fingerprint,
    args: &ServeArgs,
    config_path: Option<&Path>,
    state: &State,
) {
    while watcher.next_change().is_some() {
        let now = match Project::load(args, config_path) {
            Ok(now) => now,
            Err(failure) => {
                // A broken settings file shows like a broken record; the project as it was
                // is watched until the settings are fixed.
                say!("the settings cannot be used: {}", failure.message);
                state.show(failure.to_string());
                seen.clear();
                continue;
            }
        };
        let fingerprint = watch::fingerprint(&now.inputs, &now.job.out);
        if fingerprint == seen {
            continue;
        }
        seen = fingerprint;
        if now.inputs != project.inputs {
            watcher.watch(&now.inputs);
        }
        project = now;
        // A failed build is reported in the pages; the server keeps serving.
        if let Err(failure) = rebuild(&project.job, state) {
            state.show(failure.to_string());
        }
    }
}

/// One build; its problems are kept for the pages and printed.
fn rebuild(job: &Job, state: &State) -> Result<(), Failure> {
    let built = build::run(job, &build::Silent).map_err(|refusal| Failure::usage(refusal.0))?;
    built.sources.emit_to_stderr(&built.diagnostics);
    let errors: Vec<String> =
        built.diagnostics.iter().filter(|d| d.is_error()).map(|d| built.sources.render(d)).collect();
    say!(
        "built {}: {} written, {}",
        plural(built.guides, "guide"),
        plural(built.files, "file"),
        plural(errors.len(), "error")
    );
    state.show(errors.join("\n"));
    Ok(())
}
