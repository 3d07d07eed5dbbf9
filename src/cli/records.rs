//! The records a command is given: paths on the command line, `guides/` by default.

use std::path::{Path, PathBuf};

use crate::cli::exit::{Exit, Failure};
use crate::pipeline::library::{self, Library};
use crate::pipeline::overrides;
use crate::read::diagnostic::Sources;
use crate::render::pdf::fonts::Fonts;
use crate::view::words::Catalogs;

/// The default input: the `guides/` folder of the current directory.
pub fn default_paths(paths: Vec<PathBuf>) -> Vec<PathBuf> {
    if paths.is_empty() { vec![PathBuf::from("guides")] } else { paths }
}

/// Finds and checks the records named on the command line, for PDFs set in `fonts`; a
/// bad path is a usage error.
pub fn load(paths: Vec<PathBuf>, fonts: &Fonts) -> Result<Library, Failure> {
    let files = library::find_files(&default_paths(paths)).map_err(|e| Failure::usage(e.0))?;
    Ok(library::load(&files, fonts))
}

/// The words to print with, in every language: the built-in ones, or a templates
/// folder's. A catalog with problems has them printed as diagnostics, and the command
/// fails.
pub fn catalogs(templates: Option<&Path>) -> Result<Catalogs, Exit> {
    let mut sources = Sources::new();
    overrides::catalogs(templates, None, &mut sources).map_err(|problems| {
        sources.emit_to_stderr(&problems);
        Exit::Failed
    })
}
