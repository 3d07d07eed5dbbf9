//! `reelguide.yaml`: settings a group keeps between builds. Every key is optional, the
//! command line overrides it, and its problems are reported like a record's, with
//! file:line:col and a hint. Folders in it are relative to the file's own folder.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::cli::Format;
use crate::read::diagnostic::{Diagnostic, Sources};
use crate::read::file::{self, FileText};
use crate::read::values;
use crate::record::timecode;
use crate::view::edition::{self, Edition};
use crate::view::paper::Paper;
use crate::view::words::{LANGUAGES, catalog_language};

/// The default name, looked for in the current folder.
pub const FILE_NAME: &str = "reelguide.yaml";

/// The settings, as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// One language for every output (`es`, `fr`, ...), whatever each record's is.
    pub language: Option<String>,
    /// Printed on every page: "St Mark's Film Club".
    pub group: Option<String>,
    pub event: Option<EventConfig>,
    pub paper: Option<Paper>,
    pub large_print: Option<bool>,
    /// Also write booklets of the handout and the leader's guide (`--booklet`).
    pub booklet: Option<bool>,
    /// Also write the parents' card two to a sheet (`--two-up`).
    pub two_up: Option<bool>,
    /// Scripture and prayers on the handout and the leader's guide.
    pub faith: Option<bool>,
    /// Spoiler details on the parents' card.
    pub spoilers: Option<bool>,
    pub editions: Option<Vec<Edition>>,
    pub formats: Option<Vec<Format>>,
    /// The output folder.
    pub out: Option<PathBuf>,
    /// A folder of templates that replace the built-in ones.
    pub templates: Option<PathBuf>,
    /// Fallback fonts for the characters DejaVu Sans lacks (`--font`).
    pub fonts: Option<Vec<PathBuf>>,
}

/// The film night the handouts are for.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventConfig {
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    /// `HH:MM`, 24-hour: turns the evening plan's minutes into clock times.
    pub start: Option<String>,
    pub place: Option<String>,
}

/// A loaded configuration, with its folder (the base of relative paths).
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub config: Config,
    pub base: PathBuf,
    /// The file the settings came from, if any.
    pub file: Option<PathBuf>,
}

impl Loaded {
    /// A folder from the file, made relative to the file's folder.
    pub fn path(&self, path: &Path) -> PathBuf {
        if path.is_absolute() || self.base == Path::new(".") { path.to_path_buf() } else { self.base.join(path) }
    }

    /// The fallback font files, relative to the settings file's folder.
    pub fn fonts(&self) -> Vec<PathBuf> {
        self.config.fonts.iter().flatten().map(|f| self.path(f)).collect()
    }

    /// The event start in minutes after midnight.
    pub fn start(&self) -> Option<u32> {
        self.config.event.as_ref()?.start.as_deref().and_then(timecode::parse_clock)
    }

    /// The film night, for the view to put into words.
    pub fn event(&self) -> Option<edition::Event> {
        let event = self.config.event.as_ref()?;
        Some(edition::Event {
            date: event.date.as_deref().and_then(timecode::parse_date),
            start: event.start.clone(),
            place: event.place.clone(),
        })
    }
}

/// Where the settings come from: `path`, or the nearest `reelguide.yaml` in the current
/// folder or a parent (as git finds `.git`), or nowhere.
pub fn find(path: Option<&Path>) -> Option<PathBuf> {
    if let Some(path) = path {
        return Some(path.to_path_buf());
    }
    let here = PathBuf::from(".");
    let mut dir = std::env::current_dir().unwrap_or_else(|_| here.clone());
    loop {
        let candidate = dir.join(FILE_NAME);
        if candidate.is_file() {
            // Relative to the current folder when it is there, for shorter messages.
            return Some(if dir == std::env::current_dir().unwrap_or_default() {
                PathBuf::from(FILE_NAME)
            } else {
                candidate
            });
        }
        if !dir.pop() {
            return None;
        }
    }
}

/// Reads `path`, or the nearest `reelguide.yaml` (see [`find`]; the defaults when there is
/// none). Errors come back rendered, ready to print.
pub fn load(path: Option<&Path>) -> Result<Loaded, Vec<String>> {
    let required = path.is_some();
    let Some(path) = find(path) else {
        return Ok(Loaded { config: Config::default(), base: PathBuf::from("."), file: None });
    };
    if !path.exists() {
        return if required {
            Err(vec![format!("error: the config file {} does not exist", path.display())])
        } else {
            Ok(Loaded { config: Config::default(), base: PathBuf::from("."), file: None })
        };
    }
    let mut sources = Sources::new();
    let render = |sources: &Sources, problems: Vec<Diagnostic>| -> Vec<String> {
        problems.iter().map(|d| sources.render(d)).collect()
    };
    let text = match file::read_text(&path) {
        FileText::Text(text) => text,
        FileText::Unreadable(problem) => return Err(render(&sources, vec![problem])),
        FileText::NotText { lossy, problem } => {
            let file = sources.add(path.display().to_string(), lossy);
            return Err(render(&sources, vec![problem.in_file(file)]));
        }
    };
    let file = sources.add(path.display().to_string(), text.clone());
    let parsed = match file::parse::<Config>(&text) {
        Ok(parsed) => parsed,
        Err(problems) => return Err(render(&sources, problems.into_iter().map(|d| d.in_file(file)).collect())),
    };
    let problems = check(&parsed.value, &parsed.positions).into_iter().map(|d| d.in_file(file)).collect::<Vec<_>>();
    if !problems.is_empty() {
        return Err(render(&sources, problems));
    }
    let base =
        path.parent().filter(|p| !p.as_os_str().is_empty()).map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    Ok(Loaded { config: parsed.value, base, file: Some(path) })
}

fn check(config: &Config, positions: &crate::read::positions::Positions) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    // The kinds of value a record and a night hold too, by their shared rules.
    if let Some(event) = &config.event {
        if let Some(date) = &event.date {
            problems.extend(values::date(date, positions, "event.date").err().map(|p| *p));
        }
        if let Some(start) = &event.start {
            problems.extend(values::clock(start, positions, "event.start").err().map(|p| *p));
        }
    }
    if let Some(language) = &config.language {
        match values::language(language, positions, "language") {
            Err(problem) => problems.push(*problem),
            // The settings' language chooses the words of every page: it needs a catalog.
            Ok(()) if catalog_language(language).is_none() => problems.push(
                positions
                    .error("language", format!("no catalog for the language `{language}`"), "language")
                    .label("not one of the shipped languages")
                    .hint(format!("one of {}; or remove the key to use each record's language", shipped_languages())),
            ),
            Ok(()) => {}
        }
    }
    for (key, empty) in [
        ("editions", config.editions.as_ref().is_some_and(Vec::is_empty)),
        ("formats", config.formats.as_ref().is_some_and(Vec::is_empty)),
    ] {
        if empty {
            problems.push(
                positions
                    .error("empty-list", format!("`{key}` is empty, so nothing would be built"), key)
                    .label("an empty list")
                    .hint("remove the key to build everything"),
            );
        }
    }
    problems
}

/// "en, es, fr, de, pt".
fn shipped_languages() -> String {
    LANGUAGES.iter().map(|(code, _)| *code).collect::<Vec<_>>().join(", ")
}
