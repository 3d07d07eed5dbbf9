//! The command line, declared with clap's derive API. Parsing only: what each command does
//! lives in [`crate::commands`].

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::edition::Edition;
use crate::paper::Paper;

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
    /// Render every edition of every record, and the catalog, into the output folder.
    Build(BuildArgs),
    /// Check records and report every problem, without writing anything.
    Check(CheckArgs),
    /// Write a new record skeleton to guides/<slug>.yaml.
    New(NewArgs),
    /// Print the JSON Schema of the record format (for editors).
    Schema,
    /// Work with the HTML templates.
    #[command(subcommand)]
    Templates(TemplatesCommand),
}

#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// Copy the built-in templates into DIR for editing; existing files are kept.
    Eject {
        /// Folder to copy the templates into; use it with `build --templates DIR`.
        dir: PathBuf,
    },
}

/// Which formats to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Html,
    Pdf,
    All,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Record files or folders of records [default: guides/]
    pub paths: Vec<PathBuf>,
    /// Output folder [default: out]
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Formats to write [default: all]
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Editions to write, comma-separated [default: all three]
    #[arg(long, value_enum, value_delimiter = ',')]
    pub edition: Vec<Edition>,
    /// Folder of templates that replace the built-in ones, file by file.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Paper size for print [default: letter]
    #[arg(long, value_enum)]
    pub paper: Option<Paper>,
    /// Large print: body text of at least 16 pt, 1.5 line spacing, no italic body text.
    #[arg(long)]
    pub large_print: bool,
    /// Leave out scripture and prayers.
    #[arg(long)]
    pub no_faith: bool,
    /// Show spoiler details on the parents' card.
    #[arg(long)]
    pub spoilers: bool,
    /// When the evening starts, as HH:MM, to print clock times in the plan.
    #[arg(long, value_name = "HH:MM")]
    pub start: Option<String>,
    /// Group name printed on every page.
    #[arg(long)]
    pub group: Option<String>,
    /// Fail (exit 1) on warnings as well as errors.
    #[arg(long)]
    pub deny_warnings: bool,
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
