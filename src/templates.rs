//! The files a user can replace: the HTML templates, their stylesheet and the words
//! catalog (`locales/en.ftl`), embedded in the binary from `templates/`, overridable file
//! by file from a user folder, and `reelguide templates eject` to copy the defaults out.
//!
//! Everything is read through [`TemplateSource`], which looks in the user folder first:
//! minijinja's loader for the templates, the pipeline for the words. (The defaults are
//! not registered with `add_template`, which would win over any loader.)

use std::path::{Component, Path, PathBuf};

use crate::view::words::{LANGUAGES, catalog_file};

/// The default templates, by their paths in a templates folder (the words catalogs are
/// `view::words::LANGUAGES`).
pub const DEFAULTS: &[(&str, &str)] = &[
    ("base.html", include_str!("../templates/base.html")),
    ("blocks.html", include_str!("../templates/blocks.html")),
    ("masthead.html", include_str!("../templates/masthead.html")),
    ("handout.html", include_str!("../templates/handout.html")),
    ("leader.html", include_str!("../templates/leader.html")),
    ("parents.html", include_str!("../templates/parents.html")),
    ("catalog.html", include_str!("../templates/catalog.html")),
    ("night.html", include_str!("../templates/night.html")),
    ("night-leader.html", include_str!("../templates/night-leader.html")),
    ("style.css", include_str!("../templates/style.css")),
];

/// Every default file: the templates, and the words catalog of each language.
fn all_defaults() -> impl Iterator<Item = (String, &'static str)> {
    let catalogs = LANGUAGES.iter().map(|(code, text)| (catalog_file(code), *text));
    DEFAULTS.iter().map(|(name, text)| (name.to_string(), *text)).chain(catalogs)
}

/// The built-in text of a template.
pub fn default_source(name: &str) -> Option<&'static str> {
    all_defaults().find(|(n, _)| n == name).map(|(_, text)| text)
}

/// Where a template's text came from, for error messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    User(PathBuf),
    BuiltIn(String),
}

impl Origin {
    pub fn display(&self) -> String {
        match self {
            Origin::User(path) => path.display().to_string(),
            Origin::BuiltIn(name) => format!("(built-in) templates/{name}"),
        }
    }
}

/// Finds templates: the user folder first, then the defaults.
#[derive(Debug, Clone, Default)]
pub struct TemplateSource {
    user_dir: Option<PathBuf>,
}

impl TemplateSource {
    pub fn new(user_dir: Option<&Path>) -> Self {
        TemplateSource { user_dir: user_dir.map(Path::to_path_buf) }
    }

    /// A template's text and origin. Names that could leave the user folder (`..`,
    /// absolute paths) are never looked up on disk.
    pub fn load(&self, name: &str) -> std::io::Result<Option<(String, Origin)>> {
        if let Some(dir) = &self.user_dir
            && is_plain_relative(name)
        {
            let path = dir.join(name);
            if path.is_file() {
                inside(dir, &path)?;
                return Ok(Some((std::fs::read_to_string(&path)?, Origin::User(path))));
            }
        }
        Ok(default_source(name).map(|text| (text.to_string(), Origin::BuiltIn(name.to_string()))))
    }
}

/// A template is read from inside its folder only: a link that leads out of it (to
/// `~/.ssh/id_rsa`, say) is refused, never followed into a page.
fn inside(dir: &Path, path: &Path) -> std::io::Result<()> {
    let (dir, real) = (dir.canonicalize()?, path.canonicalize()?);
    if real.starts_with(&dir) {
        Ok(())
    } else {
        Err(std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            format!("{} is a link to {}, outside the templates folder", path.display(), real.display()),
        ))
    }
}

fn is_plain_relative(name: &str) -> bool {
    !name.is_empty() && Path::new(name).components().all(|c| matches!(c, Component::Normal(_)))
}

/// Copies every default template into `dir`, leaving files that already exist alone.
/// Returns the files written and the files skipped.
pub fn eject(dir: &Path) -> std::io::Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    std::fs::create_dir_all(dir)?;
    let (mut written, mut skipped) = (Vec::new(), Vec::new());
    for (name, text) in all_defaults() {
        let path = dir.join(&name);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)?;
        }
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(mut file) => {
                std::io::Write::write_all(&mut file, text.as_bytes())?;
                written.push(path);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => skipped.push(path),
            Err(e) => return Err(e),
        }
    }
    Ok((written, skipped))
}
