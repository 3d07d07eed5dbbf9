//! How a command ends: the one place a failure is printed, with its hint, and turned into
//! the exit status (0 success, 1 invalid input or failed output, 2 usage).

use std::process::ExitCode;

use crate::cli::ui::say;

/// The exit status of a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Success,
    /// Invalid input, or output that could not be written: exit 1.
    Failed,
    /// The command line asked for something impossible: exit 2, as for clap's own errors.
    Usage,
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        ExitCode::from(match exit {
            Exit::Success => 0,
            Exit::Failed => 1,
            Exit::Usage => 2,
        })
    }
}

/// Why a command stopped, in a sentence, with what to do about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub exit: Exit,
    pub message: String,
    pub hint: Option<String>,
}

impl Failure {
    /// A usage error: the command line (or its paths) asked for something impossible.
    pub fn usage(message: impl Into<String>) -> Self {
        Failure { exit: Exit::Usage, message: message.into(), hint: None }
    }

    /// Input that cannot be used, or output that cannot be written.
    pub fn failed(message: impl Into<String>) -> Self {
        Failure { exit: Exit::Failed, message: message.into(), hint: None }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// As `report` prints it: "error: …", then its hint on a line of its own.
impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "error: {}", self.message)?;
        match &self.hint {
            Some(hint) => write!(f, "\nhint: {hint}"),
            None => Ok(()),
        }
    }
}

/// A command's result: its exit status (after any diagnostics it printed), or the
/// failure that stopped it.
pub type Ended = Result<Exit, Failure>;

/// Prints a failure and its hint; the exit status either way.
pub fn report(ended: Ended) -> Exit {
    match ended {
        Ok(exit) => exit,
        Err(failure) => {
            say!("{failure}");
            failure.exit
        }
    }
}

/// The result of writing a command's output to standard output.
pub fn written(result: std::io::Result<()>, what: &str) -> Ended {
    result.map(|()| Exit::Success).map_err(|e| Failure::failed(format!("cannot write {what}: {e}")))
}
