//! The command line, declared with clap's derive API. Parsing only: what each command does
//! lives in [`crate::commands`].

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Turns YAML film records into printable discussion handouts, leader's guides and
/// parents' cards, as PDF and HTML.
#[derive(Debug, Parser)]
#[command(name = "reelguide", version, about, long_about = None)]
#[command(after_help = "Exit status: 0 success, 1 invalid input or failed output, 2 usage error.")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check records and report every problem, without writing anything.
    Check(CheckArgs),
    /// Write a new record skeleton to guides/<slug>.yaml.
    New(NewArgs),
    /// Print the JSON Schema of the record format (for editors).
    Schema,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Record files or folders of records [default: guides/]
    pub paths: Vec<PathBuf>,
    /// Fail (exit 1) on warnings as well as errors.
    #[arg(long)]
    pub deny_warnings: bool,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The film's title.
    pub title: String,
    /// Year of first release.
    #[arg(long)]
    pub year: i64,
    /// Folder to write the record into.
    #[arg(long, default_value = "guides")]
    pub dir: PathBuf,
}
