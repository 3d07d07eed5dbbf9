//! `reelguide ratings`: a film's parents' card in the terminal, found by slug or path.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cli::RatingsArgs;
use crate::cli::exit::{Ended, Exit, Failure};
use crate::cli::records;
use crate::pipeline::library::{self, Entry, Library};
use crate::read::file;
use crate::render::pdf::fonts::Fonts;
use crate::render::terminal;
use crate::view::edition::{self, Edition};
use crate::view::summary::Lookup;
use crate::view::words::Catalogs;

/// What the card adds after the note on spoilers it leaves off.
const SPOILERS_HINT: &str = "Add --spoilers to see them.";

pub fn run(args: RatingsArgs) -> Ended {
    // A path names a file, `-` standard input; anything else is a slug in the library.
    let as_path = PathBuf::from(&args.film);
    let stdin = file::is_stdin(&as_path);
    let folder = if as_path.is_file() {
        as_path.parent().filter(|p| !p.as_os_str().is_empty()).map_or_else(|| PathBuf::from("."), Path::to_path_buf)
    } else {
        args.guides.clone().unwrap_or_else(|| PathBuf::from("guides"))
    };
    // The library the related films are found in, and the record read from standard input.
    let mut inputs = Vec::new();
    if !stdin || folder.is_dir() {
        inputs.push(folder.clone());
    }
    if stdin {
        inputs.push(as_path.clone());
    }
    // Nothing here is set in a PDF: the built-in faces stand for any fonts.
    let library = records::load(inputs, &Fonts::default())?;
    // The record's own file, when there is one: a path, `-`, or <folder>/<slug>.yaml.
    let file =
        if as_path.is_file() || stdin { Some(as_path.clone()) } else { library::record_file(&folder, &args.film) };
    let entry = match &file {
        Some(file) => library.entries.iter().find(|e| same_file(&e.path, file)),
        None => library.find(&args.film),
    };
    let Some(entry) = entry else { return not_found(&library, file.as_deref(), &args.film, &folder) };
    let catalogs = match records::catalogs(args.templates.as_deref()) {
        Ok(catalogs) => catalogs,
        Err(exit) => return Ok(exit),
    };
    card(&library, entry, &catalogs, args.spoilers)
}

fn card(library: &Library, entry: &Entry, catalogs: &Catalogs, spoilers: bool) -> Ended {
    let Ok((guide, slug)) = library::read_record(&entry.path) else { return Ok(Exit::Failed) };
    // The card is in the record's language.
    let words = catalogs.for_language(guide.language.as_deref());
    let options = edition::Options { spoilers, words, ..edition::Options::default() };
    let summaries: Lookup<'_> = library.entries.iter().map(|e| (e.summary.slug.as_str(), &e.summary)).collect();
    let spoilers = options.spoilers;
    let view = edition::view(&guide, &slug, Edition::Parents, &options, &summaries);
    let hint = (!spoilers).then_some(SPOILERS_HINT);
    let mut out = anstream::stdout().lock();
    let written = terminal::card(&mut out, &view, terminal::width(), hint).and_then(|()| out.flush());
    crate::cli::exit::written(crate::cli::ui::finish(written), "the card")
}

/// No valid record by that name: the record's own problems when it is there, otherwise
/// the names there are.
fn not_found(library: &Library, file: Option<&Path>, film: &str, folder: &Path) -> Ended {
    if let Some(file) = file {
        let own: Vec<_> = library
            .diagnostics
            .iter()
            .filter(|d| d.file.is_some_and(|f| same_file(&source_path(library.sources.name(f)), file)))
            .cloned()
            .collect();
        library.sources.emit_to_stderr(&own);
        return Ok(Exit::Failed);
    }
    let known: Vec<&str> = library.entries.iter().map(|e| e.summary.slug.as_str()).collect();
    let hint = match crate::suggest::did_you_mean(film, known.iter().copied()) {
        Some(near) => format!("did you mean `{near}`?"),
        None => format!("the films are: {}", known.join(", ")),
    };
    Err(Failure::usage(format!("no film `{film}` in {}", folder.display())).hint(hint))
}

/// The path behind a file's name in messages (`<stdin>` is standard input).
fn source_path(name: &str) -> PathBuf {
    if name == "<stdin>" { PathBuf::from(file::STDIN) } else { PathBuf::from(name) }
}

fn same_file(a: &Path, b: &Path) -> bool {
    if file::is_stdin(a) || file::is_stdin(b) {
        return file::is_stdin(a) && file::is_stdin(b);
    }
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
