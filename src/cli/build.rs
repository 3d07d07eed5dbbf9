//! `reelguide build`: the command line and `reelguide.yaml` merged into a build job, the
//! job run, and what it did reported.

use std::io::IsTerminal;
use std::path::Path;
use std::sync::Arc;

use indicatif::{ProgressBar, ProgressStyle};

use crate::cli::config::{self, Loaded};
use crate::cli::exit::{Ended, Exit, Failure};
use crate::cli::ui::{plural, say};
use crate::cli::{BuildArgs, Format};
use crate::pipeline::build::{self, Job, Progress, Settings};
use crate::record::timecode;
use crate::view::edition::{self, Edition, Outputs};
use crate::view::paper::PageSettings;
use crate::view::words::catalog_language;

/// How much a build says besides its problems.
#[derive(Debug, Clone, Copy)]
pub struct Talk {
    pub quiet: bool,
    pub verbose: bool,
}

pub fn run(args: BuildArgs, config: Option<&Path>, talk: Talk) -> Ended {
    let quiet = talk.quiet;
    let loaded = match config::load(config) {
        Ok(loaded) => loaded,
        // The settings' problems, rendered as diagnostics like a record's.
        Err(problems) => {
            problems.iter().for_each(|problem| crate::cli::ui::text(problem));
            return Ok(Exit::Failed);
        }
    };
    if talk.verbose {
        match &loaded.file {
            Some(file) => say!("settings: {}", file.display()),
            None => say!("settings: none (no {} here or in a parent folder)", config::FILE_NAME),
        }
    }
    let deny_warnings = args.deny_warnings;
    let job = job(args, &loaded)?;
    if talk.verbose {
        let inputs: Vec<String> = job.inputs.iter().map(|p| p.display().to_string()).collect();
        say!("records: {}; output: {}", inputs.join(", "), job.out.display());
    }
    let bar = Bar::new(!quiet && std::io::stderr().is_terminal());
    let built = build::run(&job, &bar).map_err(|refusal| Failure::usage(refusal.0))?;
    built.sources.emit_to_stderr(&built.diagnostics);
    for file in &built.left_out {
        say!("note: {file} is invalid, so the catalog leaves it out; `reelguide check {file}` shows why");
    }
    let (errors, warnings) = (built.errors(), built.warnings());
    if !quiet {
        let unchanged =
            if built.unchanged > 0 { format!(" ({} already up to date)", built.unchanged) } else { String::new() };
        say!(
            "built {}{unchanged} into {}: {} written, {}, {} in {:.2} s",
            plural(built.guides, "guide"),
            job.out.display(),
            plural(built.files, "file"),
            plural(warnings, "warning"),
            plural(errors, "error"),
            built.seconds
        );
    }
    if built.invalid > 0 {
        say!("{} not built: see the errors above", plural(built.invalid, "record"));
    }
    if !quiet && built.nights > 0 {
        say!("built {} into {}", plural(built.nights, "night"), job.out.join("nights").display());
    }
    if built.invalid_nights > 0 {
        say!("{} not built: see the errors above", plural(built.invalid_nights, "night"));
    }
    Ok(if errors > 0 || (deny_warnings && warnings > 0) { Exit::Failed } else { Exit::Success })
}

/// The build job: command-line flags first, then `reelguide.yaml`, then defaults.
pub(crate) fn job(args: BuildArgs, loaded: &Loaded) -> Result<Job, Failure> {
    let config = &loaded.config;
    let start = match &args.start {
        Some(text) => Some(timecode::parse_clock(text).ok_or_else(|| {
            Failure::usage(format!("--start {text:?} is not a time")).hint("write it as HH:MM, such as 19:00")
        })?),
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
        return Err(Failure::usage(format!("the templates folder {} {what}", dir.display()))
            .hint(format!("`reelguide templates eject {}` makes one", dir.display())));
    }
    let editions = if !args.edition.is_empty() {
        args.edition
    } else {
        config.editions.clone().unwrap_or_else(|| Edition::ALL.to_vec())
    };
    let pdf = formats.iter().any(|f| matches!(f, Format::Pdf | Format::All));
    let font_files = if args.fonts.is_empty() { loaded.fonts() } else { args.fonts };
    let fonts = Arc::new(crate::cli::fonts::load(&font_files)?);
    let settings = Settings {
        language: config.language.as_deref().and_then(catalog_language),
        html: formats.iter().any(|f| matches!(f, Format::Html | Format::All)),
        pdf,
        templates,
        options: edition::Options {
            faith: BuildArgs::choice(args.faith, args.no_faith).or(config.faith).unwrap_or(true),
            spoilers: BuildArgs::choice(args.spoilers, args.no_spoilers).or(config.spoilers).unwrap_or(false),
            start,
            group: args.group.or_else(|| config.group.clone()),
            event: loaded.event(),
            outputs: Outputs { editions, pdf },
            ..edition::Options::default()
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
    };
    Ok(Job {
        force: args.force,
        // Without paths, the project's: beside the settings file, wherever it was found,
        // with its nights.
        nights: args.paths.is_empty().then(|| loaded.path(Path::new("nights"))),
        inputs: if args.paths.is_empty() { vec![loaded.path(Path::new("guides"))] } else { args.paths },
        out: args
            .out
            .or_else(|| config.out.as_deref().map(|o| loaded.path(o)))
            .unwrap_or_else(|| loaded.path(Path::new("out"))),
        settings,
        fonts,
        font_files,
    })
}

/// `SOURCE_DATE_EPOCH`, the reproducible-builds convention for the one date a build may
/// write. Unset or unreadable, no date is written at all.
fn source_date_epoch() -> Option<i64> {
    std::env::var("SOURCE_DATE_EPOCH").ok()?.trim().parse().ok()
}

/// A progress bar on a terminal, unless asked to be quiet; nothing otherwise.
struct Bar(ProgressBar);

impl Bar {
    fn new(shown: bool) -> Self {
        if !shown {
            return Bar(ProgressBar::hidden());
        }
        let bar = ProgressBar::new(0);
        bar.set_style(
            ProgressStyle::with_template("{bar:30} {pos}/{len} guides {elapsed_precise} {wide_msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        Bar(bar)
    }
}

impl Progress for Bar {
    fn waiting(&self, out: &Path) {
        say!("waiting: another build is writing into {}", out.display());
    }

    fn start(&self, records: usize) {
        self.0.set_length(records as u64);
    }

    fn record_done(&self) {
        self.0.inc(1);
    }

    fn finish(&self) {
        self.0.finish_and_clear();
    }
}
