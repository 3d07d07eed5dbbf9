//! The user's templates folder as the pipeline sees it: the words catalog read from it,
//! and what goes wrong in it (a template that fails, a catalog that is not Fluent) as
//! diagnostics pointing into the user's file.

use std::path::Path;
use std::sync::Arc;

use crate::read::diagnostic::{Diagnostic, Sources};
use crate::render::html::TemplateError;
use crate::templates::{Origin, TemplateSource};
use crate::view::words::{Catalogs, LANGUAGES, Words, catalog_file};

/// The words of a build in every language: the built-in catalogs, each with the
/// messages of the user's `locales/<language>.ftl` over it. `forced` (from the settings)
/// puts every output in one language.
pub fn catalogs(
    templates: Option<&Path>,
    forced: Option<&'static str>,
    sources: &mut Sources,
) -> Result<Catalogs, Vec<Diagnostic>> {
    let source = TemplateSource::new(templates);
    let mut all = Vec::new();
    let mut problems = Vec::new();
    for (language, _) in LANGUAGES {
        match words(&source, language, sources) {
            Ok(words) => all.push(words),
            Err(found) => problems.extend(found),
        }
    }
    if problems.is_empty() { Ok(Catalogs::new(all, forced)) } else { Err(problems) }
}

/// One language's words: the built-in catalog, with the user's messages over it.
fn words(source: &TemplateSource, language: &str, sources: &mut Sources) -> Result<Arc<Words>, Vec<Diagnostic>> {
    let file = catalog_file(language);
    let found = source
        .load(&file)
        .map_err(|e| vec![Diagnostic::error("words", format!("cannot read {file} from the templates folder: {e}"))])?;
    let user = match &found {
        Some((text, Origin::User(_))) => Some(text.as_str()),
        Some((_, Origin::BuiltIn(_))) | None => None,
    };
    Words::for_language(language, user).map(Arc::new).map_err(|problems| {
        let Some((text, Origin::User(path))) = found else { return Vec::new() };
        let file = sources.add(path.display().to_string(), text);
        problems
            .into_iter()
            .map(|p| {
                let d = Diagnostic::error("words", p.message).in_file(file).at(p.span).label("here");
                match p.hint {
                    Some(hint) => d.hint(hint),
                    None => d,
                }
            })
            .collect()
    })
}

/// A template that failed, as a diagnostic pointing into the template.
pub fn template_problem(error: &TemplateError, sources: &mut Sources) -> Diagnostic {
    let name = error.origin.as_ref().map_or_else(|| "(template)".to_string(), Origin::display);
    let file = sources.add(name, error.text.clone());
    let start = error
        .line
        .and_then(|line| {
            error.text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).reduce(|a, b| a + b).or(Some(0))
        })
        .unwrap_or(0);
    let end = start + error.text[start.min(error.text.len())..].find('\n').unwrap_or(0);
    let hint = match &error.origin {
        Some(Origin::User(_)) => "fix the template, or delete it to use the built-in one again",
        Some(Origin::BuiltIn(_)) | None => "this is a built-in template; please report it",
    };
    Diagnostic::error("template", error.message.clone()).in_file(file).at(start..end).label("here").hint(hint)
}
