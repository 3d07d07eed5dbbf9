//! What each command does, from parsed arguments to an exit status. `main` only parses the
//! command line and exits with the status returned here.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::build::{self, Plan, Refusal};
use crate::cli::{BuildArgs, CheckArgs, Cli, Command, Format, NewArgs, TemplatesCommand};
use crate::edition::{self, Edition};
use crate::library::{self, Library};
use crate::paper::PageSettings;
use crate::scaffold::{self, NewError};
use crate::schema;
use crate::{templates, timecode};

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
    match cli.command {
        Command::Build(args) => build(args),
        Command::Check(args) => check(args),
        Command::Templates(TemplatesCommand::Eject { dir }) => eject(&dir),
        Command::New(args) => new(args),
        Command::Schema => {
            print!("{}", schema::json());
            Outcome::Success
        }
    }
}

/// The default input: the `guides/` folder of the current directory.
fn default_paths(paths: Vec<PathBuf>) -> Vec<PathBuf> {
    if paths.is_empty() { vec![PathBuf::from("guides")] } else { paths }
}

/// Finds and checks the records named on the command line; a bad path is a usage error.
pub fn load_library(paths: Vec<PathBuf>) -> Result<Library, Outcome> {
    let files = library::find_files(&default_paths(paths)).map_err(|e| {
        eprintln!("error: {}", e.0);
        Outcome::Usage
    })?;
    Ok(library::load(&files))
}

fn check(args: CheckArgs) -> Outcome {
    let library = match load_library(args.paths) {
        Ok(library) => library,
        Err(outcome) => return outcome,
    };
    library.sources.emit_to_stderr(&library.diagnostics);
    let (errors, warnings) = (library.errors(), library.warnings());
    let records = plural(library.files_read, "record");
    if errors == 0 && warnings == 0 {
        eprintln!("checked {records}: all valid");
    } else {
        let invalid = library.files_read - library.entries.len();
        eprintln!(
            "checked {records}: {}, {} ({invalid} invalid)",
            plural(errors, "error"),
            plural(warnings, "warning")
        );
    }
    if errors > 0 || (args.deny_warnings && warnings > 0) { Outcome::Failed } else { Outcome::Success }
}

fn build(args: BuildArgs) -> Outcome {
    let start = match args.start.as_deref().map(|s| (s, timecode::parse_clock(s))) {
        Some((text, None)) => {
            eprintln!("error: --start {text:?} is not a time; write it as HH:MM, such as 19:00");
            return Outcome::Usage;
        }
        Some((_, minutes)) => minutes,
        None => None,
    };
    let format = args.format.unwrap_or(Format::All);
    let plan = Plan {
        inputs: default_paths(args.paths),
        out: args.out.unwrap_or_else(|| PathBuf::from("out")),
        html: matches!(format, Format::Html | Format::All),
        pdf: matches!(format, Format::Pdf | Format::All),
        editions: if args.edition.is_empty() { Edition::ALL.to_vec() } else { args.edition },
        templates: args.templates,
        options: edition::Options {
            faith: !args.no_faith,
            spoilers: args.spoilers,
            start,
            group: args.group,
            event: None,
        },
        page: PageSettings { paper: args.paper.unwrap_or_default(), large_print: args.large_print },
        created: source_date_epoch(),
    };
    let report = match build::run(&plan) {
        Ok(report) => report,
        Err(Refusal::Usage(message)) => {
            eprintln!("error: {message}");
            return Outcome::Usage;
        }
    };
    eprintln!(
        "built {} in {} ({} written, {}, {}) in {:.2} s",
        plural(report.guides, "guide"),
        plan.out.display(),
        plural(report.files, "file"),
        plural(report.warnings, "warning"),
        plural(report.errors, "error"),
        report.seconds
    );
    if report.invalid > 0 {
        eprintln!("{} not built: see the errors above", plural(report.invalid, "record"));
    }
    if report.errors > 0 || (args.deny_warnings && report.warnings > 0) { Outcome::Failed } else { Outcome::Success }
}

/// `SOURCE_DATE_EPOCH`, the reproducible-builds convention for the one date a build may
/// write. Unset or unreadable, no date is written at all.
fn source_date_epoch() -> Option<i64> {
    std::env::var("SOURCE_DATE_EPOCH").ok()?.trim().parse().ok()
}

fn eject(dir: &std::path::Path) -> Outcome {
    match templates::eject(dir) {
        Ok((written, skipped)) => {
            for path in &written {
                eprintln!("wrote {}", path.display());
            }
            for path in &skipped {
                eprintln!("kept {} (it already exists)", path.display());
            }
            eprintln!("edit them, then build with `--templates {}`", dir.display());
            Outcome::Success
        }
        Err(e) => {
            eprintln!("error: cannot write templates into {}: {e}", dir.display());
            Outcome::Failed
        }
    }
}

fn new(args: NewArgs) -> Outcome {
    match scaffold::write_new(&args.dir, &args.title, args.year) {
        Ok(path) => {
            eprintln!("wrote {}; fill it in, then run `reelguide check {}`", path.display(), path.display());
            Outcome::Success
        }
        Err(NewError::BadTitle) => {
            eprintln!("error: no file name can be made from the title {:?}", args.title);
            Outcome::Usage
        }
        Err(NewError::Exists(path)) => {
            eprintln!("error: {} already exists; it was left as it is", path.display());
            Outcome::Failed
        }
        Err(NewError::Io(path, e)) => {
            eprintln!("error: cannot write {}: {e}", path.display());
            Outcome::Failed
        }
    }
}

/// "1 record", "2 records".
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}
