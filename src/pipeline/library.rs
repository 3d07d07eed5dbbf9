//! A set of records checked together: finding the files named on the command line, reading
//! and checking each (in parallel), and the checks that need more than one record
//! (duplicate slugs, `related.guide` naming a record in the same folder).
//!
//! Only a small [`Summary`] of each valid record is kept, so a library of ten thousand
//! records fits in a few megabytes; a build reads each record again when it renders it.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::pipeline::incremental::{self, Clean};
use crate::read::check;
use crate::read::diagnostic::{Diagnostic, FileId, Sources};
use crate::read::file::{self, FileText};
use crate::record::Guide;
use crate::record::slug;
use crate::render::pdf::fonts::Fonts;
use crate::view::summary::Summary;

/// A record that passed every check.
#[derive(Debug, Clone)]
pub struct Entry {
    pub file: FileId,
    pub path: PathBuf,
    pub summary: Summary,
    /// A hash of the text that was checked ([`incremental::hash`]), so a build can tell
    /// the file is unchanged.
    pub fingerprint: String,
    /// The slugs of the records its related films link to with `guide:`.
    pub related: Vec<String>,
    /// The record as it was checked, kept while the library is small enough (see
    /// [`KEEP_BYTES`]); otherwise it is read again when it is rendered.
    guide: Option<Arc<Guide>>,
}

/// Everything one run read: the valid records, the problems, and the text behind them.
pub struct Library {
    pub entries: Vec<Entry>,
    pub diagnostics: Vec<Diagnostic>,
    pub sources: Sources,
    /// How many record files were read, valid or not.
    pub files_read: usize,
    /// The files without a single problem of their own, by path, for the next build.
    pub clean: BTreeMap<String, Clean>,
}

impl Library {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_warning()).count()
    }

    /// A valid record by slug.
    pub fn find(&self, slug: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.summary.slug == slug)
    }
}

/// Why the command line named no usable records: a usage error, not a bad record.
#[derive(Debug)]
pub struct PathError(pub String);

/// The record files named by `paths`: files as given, folders by their `*.yaml` and
/// `*.yml` files (not descending into subfolders), sorted so runs are repeatable.
pub fn find_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, PathError> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let listing =
                std::fs::read_dir(path).map_err(|e| PathError(format!("cannot list {}: {e}", path.display())))?;
            let mut found: Vec<PathBuf> = listing.filter_map(Result::ok).filter_map(record_entry).collect();
            if found.is_empty() {
                return Err(PathError(format!(
                    "{} holds no records (*.yaml); `reelguide new \"Title\" --year 2024` writes one",
                    path.display()
                )));
            }
            found.sort();
            files.extend(found);
        } else if file::is_stdin(path) || path.exists() || std::fs::symlink_metadata(path).is_ok() {
            // A link to nothing is read, and reported as one.
            files.push(path.clone());
        } else {
            return Err(PathError(format!("{} does not exist", path.display())));
        }
    }
    let mut seen = HashSet::new();
    files.retain(|f| seen.insert(f.clone()));
    Ok(files)
}

/// Every record file of the folders that hold `files` (and `files` themselves): the
/// library a catalog describes, however few of its records a command names.
pub fn library_files(files: &[PathBuf]) -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> = files.iter().map(|f| folder(f)).collect();
    folders.sort();
    folders.dedup();
    let mut all: Vec<PathBuf> = files.to_vec();
    for dir in folders {
        let Ok(listing) = std::fs::read_dir(&dir) else { continue };
        let mut found: Vec<PathBuf> = listing
            .filter_map(Result::ok)
            .filter_map(record_entry)
            .map(|p| if dir == Path::new(".") { p.strip_prefix("./").map(Path::to_path_buf).unwrap_or(p) } else { p })
            .collect();
        found.sort();
        all.extend(found);
    }
    let mut seen = HashSet::new();
    all.retain(|f| seen.insert(f.clone()));
    all
}

/// A folder's entry that is to be read as a record: anything named `*.yaml` or `*.yml`
/// but a folder. A link to nothing, a pipe or a device so named is read and reported,
/// never skipped in silence (nor waited on: reading checks what it is first).
fn record_entry(entry: std::fs::DirEntry) -> Option<PathBuf> {
    let path = entry.path();
    let folder = std::fs::metadata(&path).is_ok_and(|m| m.is_dir());
    (is_record_name(&path) && !folder).then_some(path)
}

/// `*.yaml` and `*.yml` in any case (`MOON.YAML` from a Windows machine), and
/// `*.yaml.txt`, the name Notepad gives a record saved as a text document: read so that
/// it is reported (see [`saved_as_text`]), never skipped in silence.
fn is_record_name(path: &Path) -> bool {
    let is_yaml =
        |p: &Path| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"));
    is_yaml(path)
        || path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")) && is_yaml(&path.with_extension(""))
}

/// The file of the record named `slug` in `dir`, if there is one: `<slug>.yaml` or
/// `<slug>.yml` (any case, where the system's names ignore case).
pub fn record_file(dir: &Path, slug: &str) -> Option<PathBuf> {
    ["yaml", "yml"].iter().map(|ext| dir.join(format!("{slug}.{ext}"))).find(|p| p.is_file())
}

/// A record whose name ends in `.txt` after `.yaml`: an editor added it, and Windows
/// hides it. Reported rather than read, so that the film's folder is not named after it.
fn saved_as_text(path: &Path) -> Option<Diagnostic> {
    if !path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")) {
        return None;
    }
    let meant = path.with_extension("");
    let name = |p: &Path| p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    Some(
        Diagnostic::error("file-name", format!("`{}` ends in .txt, so it is not read as a record", name(path)))
            .at(0..0)
            .label("this file")
            .hint(format!(
                "rename it to `{}` (Windows hides the ending: in File Explorer, View > Show > File name extensions shows it)",
                name(&meant)
            )),
    )
}

/// A record's related-guide links, and where each stands in its file (empty when not
/// known: then it is found in the text when a warning needs it).
type Links = (Vec<Option<String>>, Vec<std::ops::Range<usize>>);

/// What reading one file produced, before it is given a file id.
struct FileRead {
    path: PathBuf,
    text: String,
    fingerprint: String,
    slug: String,
    guide: Option<Guide>,
    problems: Vec<Diagnostic>,
    /// What the library needs of a file without problems: made by this check, or taken
    /// from an earlier build's when the file has not changed (then `guide` is `None`).
    clean: Option<Clean>,
}

/// Reads and checks one record on its own: what a build does for each record it renders,
/// after [`load`] checked the library. Problems carry no file id; characters the fonts
/// lack are not looked for (that is a warning, and the check has given it).
pub fn read_record(path: &Path) -> Result<(Guide, String), Vec<Diagnostic>> {
    let found = load_one(path, None, None);
    match found.guide {
        Some(guide) if !found.problems.iter().any(Diagnostic::is_error) => Ok((guide, found.slug)),
        _ => Err(found.problems),
    }
}

/// Reads a record that [`load`] found valid, for rendering. If the file is unchanged it
/// is only deserialized: it was checked a moment ago. If it changed in between, it is
/// checked again in full.
pub fn reread(entry: &Entry) -> Result<(Arc<Guide>, String), Vec<Diagnostic>> {
    if let Some(guide) = &entry.guide {
        return Ok((guide.clone(), entry.summary.slug.clone()));
    }
    if let FileText::Text(text) = file::read_text(&entry.path)
        && incremental::hash(&[text.as_bytes()]) == entry.fingerprint
        && let Ok(guide) = file::parse_checked::<Guide>(&text)
    {
        return Ok((Arc::new(guide), entry.summary.slug.clone()));
    }
    read_record(&entry.path).map(|(guide, slug)| (Arc::new(guide), slug))
}

/// How much record text (in bytes of YAML) a library keeps checked records for, so that
/// a build renders them without reading them again: every record of a library of a few
/// thousand, and a bounded amount of memory for a larger one.
pub const KEEP_BYTES: usize = 32 << 20;

/// What the library keeps of one checked file: a summary, never the whole record.
struct Checked {
    path: PathBuf,
    /// Only when a diagnostic needs to show it.
    text: Option<String>,
    slug: String,
    /// The summary, the related-guide links and where they stand (when known), when the
    /// record deserialized.
    record: Option<(Summary, Links)>,
    clean: Option<Clean>,
    /// The record itself, while the library's budget for them lasts.
    kept: Option<Arc<Guide>>,
    problems: Vec<Diagnostic>,
    fingerprint: String,
}

impl Checked {
    /// Reduced in the worker thread, so a large library never has every record and
    /// every text in memory at once.
    fn of(found: FileRead, budget: &AtomicUsize) -> Self {
        let record = match (&found.clean, &found.guide) {
            (Some(clean), _) => Some((clean.summary.clone(), (clean.related.clone(), clean.related_at.clone()))),
            (None, Some(guide)) => Some((
                Summary::of(guide, &found.slug),
                (guide.related.iter().map(|r| r.guide.clone()).collect(), Vec::new()),
            )),
            (None, None) => None,
        };
        // Only a record that can be built is kept; the budget is taken in the order the
        // workers finish, which does not change what is built, only what is read again.
        let valid = !found.problems.iter().any(Diagnostic::is_error);
        let size = found.text.len();
        let affordable = || budget.fetch_add(size, Ordering::Relaxed) + size <= KEEP_BYTES;
        let kept = found.guide.filter(|_| valid && affordable()).map(Arc::new);
        // The text is kept when a diagnostic will show it: the file's own, or a link to a
        // film with no file beside it (which `check_related` is likely to warn about).
        let dir = folder(&found.path);
        let lone_link = record
            .as_ref()
            .is_some_and(|(_, (links, _))| links.iter().flatten().any(|slug| record_file(&dir, slug).is_none()));
        Checked {
            clean: found.clean,
            kept,
            text: (!found.problems.is_empty() || lone_link).then_some(found.text),
            path: found.path,
            slug: found.slug,
            record,
            problems: at_most(found.problems, MAX_PROBLEMS),
            fingerprint: found.fingerprint,
        }
    }
}

/// The most problems reported for one file: one broken file cannot flood a terminal.
pub const MAX_PROBLEMS: usize = 100;

/// The first `max` problems, and a last one saying how many more there are: records and
/// nights alike.
pub fn at_most(mut problems: Vec<Diagnostic>, max: usize) -> Vec<Diagnostic> {
    if problems.len() > max {
        let more = problems.len() - max;
        problems.truncate(max);
        problems.push(
            Diagnostic::error("too-many-problems", format!("{more} more problems in this file are not shown"))
                .hint("fix these first, then check the file again"),
        );
    }
    problems
}

/// Reads and checks every file, in parallel, and then the library as a whole; `fonts`
/// are those the PDFs will be set in (a character none of them has is a warning).
pub fn load(files: &[PathBuf], fonts: &Fonts) -> Library {
    load_with(files, None, fonts)
}

/// [`load`], taking what an earlier build found of the files that checked clean and have
/// not changed since (`clean`, by path) instead of checking them again.
pub fn load_with(files: &[PathBuf], clean: Option<&BTreeMap<String, Clean>>, fonts: &Fonts) -> Library {
    let budget = AtomicUsize::new(0);
    let checked: Vec<Checked> = files
        .par_iter()
        .map(|path| {
            let earlier = clean.and_then(|files| files.get(&path.display().to_string()));
            Checked::of(load_one(path, earlier, Some(fonts)), &budget)
        })
        .collect();
    let mut clean = BTreeMap::new();

    let mut sources = Sources::new();
    let mut entries = Vec::new();
    let mut diagnostics = Vec::new();
    let mut slugs: HashMap<String, (FileId, PathBuf)> = HashMap::new();
    let mut related: Vec<Links> = Vec::new();
    for one in checked {
        if let Some(found) = one.clean {
            clean.insert(one.path.display().to_string(), found);
        }
        let file = sources.add(display_name(&one.path), one.text.unwrap_or_default());
        let mut problems: Vec<Diagnostic> = one.problems.into_iter().map(|d| d.in_file(file)).collect();
        if let Some((summary, links)) = one.record {
            if let Some((_, first)) = slugs.get(&one.slug) {
                problems.push(
                    Diagnostic::error(
                        "duplicate-slug",
                        format!("slug `{}` is already used by {}", one.slug, first.display()),
                    )
                    .in_file(file)
                    .at(0..0)
                    .label("both would be written to the same files")
                    .hint("give one of them its own `slug:` or file name"),
                );
            } else {
                slugs.insert(one.slug.clone(), (file, one.path.clone()));
            }
            if !problems.iter().any(Diagnostic::is_error) {
                let linked = links.0.iter().flatten().cloned().collect();
                related.push(links);
                entries.push(Entry {
                    file,
                    path: one.path,
                    summary,
                    fingerprint: one.fingerprint,
                    related: linked,
                    guide: one.kept,
                });
            }
        }
        diagnostics.extend(problems);
    }
    check_related(&entries, &related, &mut diagnostics, &mut sources);
    diagnostics.sort_by_key(|d| (d.file, d.span.as_ref().map_or(0, |s| s.start)));
    Library { entries, diagnostics, sources, files_read: files.len(), clean }
}

/// How a record's file is named in messages: its path, or `<stdin>`.
fn display_name(path: &Path) -> String {
    if file::is_stdin(path) { "<stdin>".to_string() } else { path.display().to_string() }
}

/// A record in a language no catalog ships for: its pages will say their labels in
/// English, which the writer should know.
fn language_without_catalog(guide: &Guide, positions: &crate::read::positions::Positions) -> Option<Diagnostic> {
    let language = guide.language.as_deref()?;
    // A tag that is not one is an error of its own (`read::check`).
    if !crate::read::values::is_language_tag(language) || crate::view::words::catalog_language(language).is_some() {
        return None;
    }
    let shipped: Vec<&str> = crate::view::words::LANGUAGES.iter().map(|(code, _)| *code).collect();
    Some(
        Diagnostic::warning("language-catalog", format!("no catalog for `{language}`: the labels will be in English"))
            .at(positions.value("language"))
            .field("language")
            .label("no words table in this language")
            .hint(format!(
                "catalogs ship for {}; adding one is a file in templates/locales/ (see the README)",
                shipped.join(", ")
            )),
    )
}

/// Reads and checks one file; with `fonts`, also for characters none of them has.
fn load_one(path: &Path, earlier: Option<&Clean>, fonts: Option<&Fonts>) -> FileRead {
    let default_slug = if file::is_stdin(path) {
        "stdin".to_string()
    } else {
        path.file_stem().map(|s| slug::from_text(&s.to_string_lossy())).unwrap_or_default()
    };
    // Files that cannot be read have no fingerprint: they never become entries.
    let found = |text: String, fingerprint: String, problems: Vec<Diagnostic>| FileRead {
        path: path.to_path_buf(),
        fingerprint,
        text,
        slug: default_slug.clone(),
        guide: None,
        problems,
        clean: None,
    };
    if let Some(problem) = saved_as_text(path) {
        return found(String::new(), String::new(), vec![problem]);
    }
    let text = match file::read_text(path) {
        FileText::Text(text) => text,
        FileText::Unreadable(problem) => {
            return found(String::new(), String::new(), vec![problem.at(0..0).label("this file")]);
        }
        FileText::NotText { lossy, problem } => return found(lossy, String::new(), vec![problem]),
    };
    let fingerprint = incremental::hash(&[text.as_bytes()]);
    if let Some(earlier) = earlier.filter(|e| e.source == fingerprint && !file::is_stdin(path)) {
        // Checked before, unchanged since: its warnings are said again as they were found.
        return FileRead {
            slug: earlier.slug.clone(),
            clean: Some(earlier.clone()),
            ..found(text, fingerprint, earlier.warnings.clone())
        };
    }
    match file::parse::<Guide>(&text) {
        Err(problems) => found(text, fingerprint, problems),
        Ok(parsed) => {
            let guide = parsed.value;
            let mut problems = check::check(&guide, &parsed.positions);
            if let Some(fonts) = fonts {
                problems.extend(crate::pipeline::coverage::check(&guide, &parsed.positions, &text, fonts));
            }
            problems.extend(language_without_catalog(&guide, &parsed.positions));
            let slug = guide.slug.clone().unwrap_or_else(|| default_slug.clone());
            if guide.slug.is_none() && !slug::is_valid(&slug) {
                // The file's name, made a slug, is empty or a name no folder may have
                // (`con.yaml`: a device on Windows; `nights.yaml`: the nights' folder).
                let message = if slug.is_empty() {
                    "no slug can be made from this file's name".to_string()
                } else {
                    format!("this file's name makes the slug `{slug}`, which cannot name a folder")
                };
                problems.push(
                    Diagnostic::error("slug", message)
                        .at(0..0)
                        .label("this record")
                        .hint("rename the file, or add `slug: a-name-like-this`"),
                );
            }
            if guide.slug.is_some() && problems.iter().any(|p| p.code == "slug") {
                // An invalid explicit slug must not name output files.
                return FileRead { guide: None, ..found(text, fingerprint, problems) };
            }
            // Kept for the next build when the file has no error, with its warnings: they
            // depend on nothing but its bytes and the checker, which the cache is keyed by.
            let clean = (!problems.iter().any(Diagnostic::is_error) && !file::is_stdin(path)).then(|| Clean {
                source: fingerprint.clone(),
                slug: slug.clone(),
                summary: Summary::of(&guide, &slug),
                related: guide.related.iter().map(|r| r.guide.clone()).collect(),
                related_at: (0..guide.related.len())
                    .map(|i| parsed.positions.value(&format!("related[{i}].guide")))
                    .collect(),
                warnings: problems.clone(),
            });
            FileRead { path: path.to_path_buf(), fingerprint, text, slug, guide: Some(guide), problems, clean }
        }
    }
}

/// `related.guide` should name a record in the same folder: loaded in this run, or lying
/// beside the record on disk. A record copied alone must still build, so this warns.
fn check_related(entries: &[Entry], related: &[Links], diagnostics: &mut Vec<Diagnostic>, sources: &mut Sources) {
    let loaded: HashSet<(PathBuf, &str)> = entries.iter().map(|e| (folder(&e.path), e.summary.slug.as_str())).collect();
    for (entry, (links, places)) in entries.iter().zip(related) {
        let dir = folder(&entry.path);
        for (i, link) in links.iter().enumerate() {
            let Some(slug) = link else { continue };
            if loaded.contains(&(dir.clone(), slug.as_str())) || record_file(&dir, slug).is_some() {
                continue;
            }
            let path = format!("related[{i}].guide");
            if sources.text(entry.file).is_empty()
                && let FileText::Text(text) = file::read_text(&entry.path)
            {
                sources.set_text(entry.file, text);
            }
            // Where the link stands, as the check found it, or found again in the text.
            let span = places.get(i).cloned().unwrap_or_else(|| file::locate_value(sources.text(entry.file), &path));
            diagnostics.push(
                Diagnostic::warning("related-missing", format!("no record `{slug}` in {}", dir.display()))
                    .in_file(entry.file)
                    .at(span)
                    .label("its ratings cannot be shown beside it")
                    .field(path)
                    .hint(format!(
                        "add {}/{slug}.yaml, or remove `guide:` to list the film without a link",
                        dir.display()
                    )),
            );
        }
    }
}

/// The folder a record belongs to, where its related films are looked for. A record from
/// standard input belongs to `guides/` when there is one, like a new record would.
fn folder(path: &Path) -> PathBuf {
    if file::is_stdin(path) {
        let guides = PathBuf::from("guides");
        return if guides.is_dir() { guides } else { PathBuf::from(".") };
    }
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}
