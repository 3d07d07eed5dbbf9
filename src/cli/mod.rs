//! The command line: its arguments (clap's derive API) and the command each one runs.
//! Each command is a file here; `exit` prints a failure with its hint, in one place, and
//! maps it to the exit status.

mod build;
mod check;
pub(crate) mod config;
pub mod exit;
mod fonts;
mod launch;
mod list;
mod new;
mod ratings;
mod records;
mod reference;
mod serve;
mod templates;
pub(crate) mod ui;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::cli::exit::Exit;
use crate::record::vocab::{Category, Severity};
use crate::view::edition::Edition;
use crate::view::filter::Limit;
use crate::view::paper::Paper;

/// Turns YAML film records into printable discussion handouts, leader's guides and
/// parents' cards, as PDF and HTML.
#[derive(Debug, Parser)]
#[command(name = "reelguide", version, about, long_about = None)]
#[command(after_help = "Exit status: 0 success, 1 invalid input or failed output, 2 usage error.")]
pub struct Cli {
    /// Settings file [default: the nearest reelguide.yaml, here or in a parent folder]
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// No progress bar and no closing summary; problems are still reported.
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also say which settings file is used, and where outputs come from.
    #[arg(long, short, global = true)]
    pub verbose: bool,
    #[command(subcommand)]
    pub command: Command,
}

/// `reelguide` with no arguments, started from a file manager rather than a terminal:
/// it builds the library there and opens the catalog (see `launch`). `None` when the
/// command line is to be parsed as usual.
pub fn run_without_terminal() -> Option<Exit> {
    let no_arguments = std::env::args_os().len() == 1;
    (no_arguments && crate::platform::started_from_file_manager()).then(|| exit::report(launch::run()))
}

/// Runs the command and says how it ended.
pub fn run(cli: Cli) -> Exit {
    let quiet = cli.quiet;
    let result = match cli.command {
        Command::Build(args) => build::run(args, cli.config.as_deref(), build::Talk { quiet, verbose: cli.verbose }),
        Command::Check(args) => check::run(args, cli.config.as_deref(), quiet),
        Command::Serve(args) => serve::run(args, cli.config.as_deref()),
        Command::Ratings(args) => ratings::run(args),
        Command::List(args) => list::run(args),
        Command::New(args) => new::run(args),
        Command::Schema { of } => reference::schema(of),
        Command::NewNight(args) => new::night(args),
        Command::Templates(TemplatesCommand::Eject { dir }) => templates::eject(&dir),
        Command::Completions { shell } => reference::completions(shell),
        Command::Man { dir } => reference::man(dir.as_deref()),
    };
    exit::report(result)
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Render every edition of every record, and the catalog, into the output folder.
    Build(BuildArgs),
    /// Check records and report every problem, without writing anything.
    Check(CheckArgs),
    /// Show a film's parents' card: ratings, age and the six content categories.
    Ratings(RatingsArgs),
    /// List the films a parent allows, by content and age.
    List(ListArgs),
    /// Write a new record skeleton to guides/<slug>.yaml.
    New(NewArgs),
    /// Build, serve the output on 127.0.0.1, and rebuild and reload pages on every change.
    Serve(ServeArgs),
    /// Write a new night skeleton to nights/<slug>.yaml: one evening or a series.
    NewNight(NewNightArgs),
    /// Print the JSON Schema of the record format, or of the night format (for editors).
    Schema {
        #[arg(value_enum, default_value = "guide")]
        of: SchemaOf,
    },
    /// Work with the HTML templates.
    #[command(subcommand)]
    Templates(TemplatesCommand),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), for `man -l -`; with a folder, write a page for the
    /// command and one for each subcommand into it.
    Man {
        /// Folder to write reelguide.1, reelguide-build.1, ... into.
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// Copy the built-in templates into DIR for editing; existing files are kept.
    Eject {
        /// Folder to copy the templates into; use it with `build --templates DIR`.
        dir: PathBuf,
    },
}

/// Which format `reelguide schema` describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaOf {
    /// A film record, in guides/.
    Guide,
    /// A film night, in nights/.
    Night,
}

/// How `check` reports problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
}

/// Which formats to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Html,
    Pdf,
    All,
}

#[derive(Debug, Clone, Args)]
pub struct BuildArgs {
    /// Record files or folders of records [default: guides/]
    pub paths: Vec<PathBuf>,
    /// Build every output again, even those whose inputs did not change.
    #[arg(long)]
    pub force: bool,
    /// Output folder [default: out]
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Formats to write [default: all]
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Editions to write, comma-separated [default: all three]
    #[arg(long, value_enum, value_delimiter = ',')]
    pub edition: Vec<Edition>,
    /// Folder of templates (HTML, CSS, and the words in `locales/en.ftl`) that replace
    /// the built-in ones, file by file.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Paper size for print [default: letter]
    #[arg(long, value_enum)]
    pub paper: Option<Paper>,
    /// Also write the handout and the leader's guide as booklets to fold and staple:
    /// half-size pages, two to a side of the paper, each part its own booklet.
    #[arg(long)]
    pub booklet: bool,
    /// A font for the characters the built-in DejaVu Sans lacks (Chinese, Japanese,
    /// Korean, Thai...): a .ttf, .otf or .ttc file, cut to what each PDF uses and
    /// embedded. Repeat it to name several; each character takes the first that has it.
    #[arg(long = "font", value_name = "FILE")]
    pub fonts: Vec<PathBuf>,
    /// Also write the parents' card two to a sheet, to cut in half.
    #[arg(long)]
    pub two_up: bool,
    /// Large print: body text of at least 16 pt, 1.5 line spacing, no italic body text.
    #[arg(long, overrides_with = "no_large_print")]
    pub large_print: bool,
    #[arg(long, hide = true, overrides_with = "large_print")]
    pub no_large_print: bool,
    /// Include scripture and prayers (the default).
    #[arg(long, overrides_with = "no_faith")]
    pub faith: bool,
    /// Leave out scripture and prayers.
    #[arg(long, overrides_with = "faith")]
    pub no_faith: bool,
    /// Show spoiler details on the parents' card.
    #[arg(long, overrides_with = "no_spoilers")]
    pub spoilers: bool,
    /// Keep spoiler details off the parents' card (the default).
    #[arg(long, overrides_with = "spoilers")]
    pub no_spoilers: bool,
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

impl BuildArgs {
    /// A yes/no choice made on the command line, if one was.
    pub fn choice(yes: bool, no: bool) -> Option<bool> {
        match (yes, no) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        }
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Record files or folders of records, `-` for standard input [default: guides/]
    pub paths: Vec<PathBuf>,
    /// How problems are printed: for people (on standard error), or as JSON lines on
    /// standard output for editors and CI (file, line, column, code, severity, message,
    /// field, hint).
    #[arg(long, value_enum, default_value = "text")]
    pub format: ReportFormat,
    /// Fail (exit 1) on warnings as well as errors.
    #[arg(long)]
    pub deny_warnings: bool,
    /// A font for characters the built-in DejaVu Sans lacks, so that they are not
    /// reported as missing (see `build --font`).
    #[arg(long = "font", value_name = "FILE")]
    pub fonts: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RatingsArgs {
    /// A record's slug (looked up in the library), the path of a record file, or `-` to
    /// read the record from standard input.
    pub film: String,
    /// Folder of records to look the slug up in [default: guides/]
    #[arg(long, value_name = "DIR")]
    pub guides: Option<PathBuf>,
    /// Show the details marked as spoilers.
    #[arg(long)]
    pub spoilers: bool,
    /// Folder of templates whose `locales/en.ftl` rewords what is printed (see
    /// `reelguide templates eject`).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Record files or folders of records [default: guides/]
    pub paths: Vec<PathBuf>,
    /// The most allowed of a category, as CATEGORY=SEVERITY (repeatable):
    /// `--max violence=mild --max sex_nudity=none`.
    #[arg(long = "max", value_name = "CATEGORY=SEVERITY", value_parser = parse_limit)]
    pub limits: Vec<Limit>,
    /// The child's age: films recommended only for older viewers are left out.
    #[arg(long)]
    pub age: Option<u32>,
    /// Print a machine-readable list (every film, with whether it is allowed and why not).
    #[arg(long)]
    pub json: bool,
    /// Folder of templates whose `locales/en.ftl` rewords what is printed (see
    /// `reelguide templates eject`).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
}

fn parse_limit(text: &str) -> Result<Limit, String> {
    let (category, severity) =
        text.split_once('=').ok_or_else(|| format!("write CATEGORY=SEVERITY, such as violence=mild (got {text:?})"))?;
    let category = Category::from_key(category.trim()).ok_or_else(|| {
        let hint = crate::record::vocab::suggest_category(category)
            .map(|k| format!("; did you mean `{k}`?"))
            .unwrap_or_default();
        format!("`{category}` is not a category: {}{hint}", Category::KEYS.join(", "))
    })?;
    let severity = Severity::from_key(severity.trim()).ok_or_else(|| {
        let hint = crate::record::vocab::suggest_severity(severity)
            .map(|k| format!("; did you mean `{k}`?"))
            .unwrap_or_default();
        format!("`{severity}` is not a severity: none, mild, moderate, severe{hint}")
    })?;
    Ok(Limit { category, severity })
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub build: BuildArgs,
    /// Port on 127.0.0.1 [default: a free one]
    #[arg(long)]
    pub port: Option<u16>,
}

#[derive(Debug, Args)]
pub struct NewNightArgs {
    /// The night's title.
    pub title: String,
    /// Folder to write the night into.
    #[arg(long, default_value = "nights")]
    pub dir: PathBuf,
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
    /// The language the record will be written in (`en`, `es`, `fr`, `de`, `pt`): its
    /// `language` and the language of the skeleton's comments.
    #[arg(long, default_value = "en")]
    pub language: String,
}
