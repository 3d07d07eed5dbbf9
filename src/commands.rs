//! What each command does, from parsed arguments to an exit status. `main` only parses the
//! command line and exits with the status returned here.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::{CheckArgs, Cli, Command, NewArgs};
use crate::library::{self, Library};
use crate::scaffold::{self, NewError};
use crate::schema;

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
        Command::Check(args) => check(args),
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
