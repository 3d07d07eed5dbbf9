//! The HTML renderer: edition views and the catalog through minijinja templates.
//!
//! Autoescaping is on for every `.html` template and undefined values are errors, so a
//! misspelt variable in a user template fails the build with its file and line instead
//! of printing nothing. Record text only ever reaches a page as data: through the `rich`
//! filter (escape, then `<em>`/`<strong>`) or plain autoescaped output.

use std::sync::Arc;

use minijinja::value::{Serde, Value};
use minijinja::{Environment, UndefinedBehavior, context};
use serde_json::json;

use crate::markup;
use crate::templates::{Origin, TemplateSource};
use crate::view::catalog::CatalogView;
use crate::view::model::View;
use crate::view::night::NightPage;
use crate::view::paper::PageSettings;

/// A template that failed: which file, where, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateError {
    pub origin: Option<Origin>,
    pub text: String,
    pub line: Option<usize>,
    pub message: String,
}

/// The work one page's template may do, plus as much again for each film of the catalog:
/// far above what the built-in templates need, far below a hang. minijinja charges one
/// unit per instruction and one per 64 bytes of every string, list and output it makes
/// (checked before a large one is made), so this also bounds a template's memory: four
/// million units make at most 256 MB.
const FUEL: u64 = 4_000_000;
const FUEL_PER_FILM: u64 = 5_000;
/// How deep templates may nest calls, includes and imports.
const RECURSION_LIMIT: usize = 100;

/// Renders pages; shared by all the threads of a build.
pub struct HtmlRenderer {
    env: Environment<'static>,
    source: Arc<TemplateSource>,
}

impl HtmlRenderer {
    /// A renderer for a library of `films`: the work a template may do grows with it.
    pub fn new(source: TemplateSource, films: usize) -> Self {
        let source = Arc::new(source);
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        // Bounded work whatever a user's template does: a loop that never ends runs out
        // of fuel, a template that includes itself hits the recursion limit. The built-in
        // templates spend a few hundred thousand units on the largest record allowed.
        env.set_fuel(Some(FUEL + FUEL_PER_FILM * films as u64));
        env.set_recursion_limit(RECURSION_LIMIT);
        // Pages end with a newline, as text files should.
        if let Ok(syntax) = minijinja::syntax::SyntaxConfig::builder().keep_trailing_newline(true).build() {
            env.set_syntax(syntax);
        }
        let loader_source = Arc::clone(&source);
        env.set_loader(move |name| match loader_source.load(name) {
            Ok(found) => Ok(found.map(|(text, _)| text)),
            Err(e) => Err(minijinja::Error::new(
                minijinja::ErrorKind::InvalidOperation,
                format!("cannot read template {name}: {e}"),
            )),
        });
        env.add_filter("rich", |text: &str| Value::from_safe_string(markup::to_html(text)));
        env.add_filter("plain", |text: &str| markup::plain(text));
        env.add_filter("css_string", |text: &str| Value::from_safe_string(css_string(text)));
        HtmlRenderer { env, source }
    }

    /// Compiles every template that will be used, so a syntax error in a user template is
    /// reported once, before any page is rendered.
    pub fn precheck(&self, names: &[&str]) -> Result<(), TemplateError> {
        for name in names {
            self.env.get_template(name).map_err(|e| self.error(e))?;
        }
        Ok(())
    }

    /// One edition of one guide.
    pub fn edition(&self, view: &View, page: &PageSettings) -> Result<String, TemplateError> {
        let template = self.env.get_template(&format!("{}.html", view.edition.key())).map_err(|e| self.error(e))?;
        template
            .render(context! {
                view => Value::from(Serde(view)),
                page => page_value(page),
                json_ld => Value::from_safe_string(script_json(&movie_json_ld(view))),
            })
            .map_err(|e| self.error(e))
    }

    /// The leader's guide to a night: the night's own view, then each film's.
    pub fn night_leader(&self, views: &[View], page: &PageSettings) -> Result<String, TemplateError> {
        let template = self.env.get_template("night-leader.html").map_err(|e| self.error(e))?;
        template
            .render(context! { views => Value::from(Serde(views)), page => page_value(page) })
            .map_err(|e| self.error(e))
    }

    /// A night's page, for its members and their parents.
    pub fn night_page(&self, night: &NightPage, page: &PageSettings) -> Result<String, TemplateError> {
        let template = self.env.get_template("night.html").map_err(|e| self.error(e))?;
        template
            .render(context! { night => Value::from(Serde(night)), page => page_value(page) })
            .map_err(|e| self.error(e))
    }

    /// Writes the library catalog page to `out`. The view moves into the template, which
    /// makes each row only when it reaches it, and the page streams to `out`: a library of
    /// ten thousand films never sits in memory as one page or one tree of values.
    pub fn catalog(
        &self,
        catalog: CatalogView,
        page: &PageSettings,
        out: &mut dyn std::io::Write,
    ) -> Result<(), TemplateError> {
        let template = self.env.get_template("catalog.html").map_err(|e| self.error(e))?;
        let keys: Vec<&str> = catalog.categories.iter().map(|c| c.key.as_str()).collect();
        let category_keys = script_safe(&serde_json::to_string(&keys).expect("JSON serializes"));
        let json_ld = script_safe(&crate::view::catalog::json_ld(&catalog));
        let reason_words = script_safe(&serde_json::to_string(&catalog.reasons).expect("JSON serializes"));
        let severity_keys: Vec<&str> = catalog.severities.iter().map(|s| s.key.as_str()).collect();
        let severity_keys = script_safe(&serde_json::to_string(&severity_keys).expect("JSON serializes"));
        let catalog = std::sync::Arc::new(catalog);
        template
            .render_captured_to(
                context! {
                    catalog => Value::from(Serde(&*catalog)),
                    films => Value::from_object(FilmList(std::sync::Arc::clone(&catalog))),
                    page => page_value(page),
                    category_keys => Value::from_safe_string(category_keys),
                    reason_words => Value::from_safe_string(reason_words),
                    severity_keys => Value::from_safe_string(severity_keys),
                    json_ld => Value::from_safe_string(json_ld),
                },
                out,
            )
            .map(|_| ())
            .map_err(|e| self.error(e))
    }

    /// The innermost error that names a template, with that template's text.
    fn error(&self, error: minijinja::Error) -> TemplateError {
        let mut found: &minijinja::Error = &error;
        let mut current: Option<&(dyn std::error::Error + 'static)> = Some(&error);
        while let Some(e) = current {
            if let Some(inner) = e.downcast_ref::<minijinja::Error>()
                && inner.name().is_some()
            {
                found = inner;
            }
            current = e.source();
        }
        let (text, origin) = match found.name().map(|name| self.source.load(name)) {
            Some(Ok(Some((text, origin)))) => (text, Some(origin)),
            _ => (String::new(), None),
        };
        let message = match found.detail() {
            Some(detail) => format!("{}: {detail}", found.kind()),
            None => found.kind().to_string(),
        };
        TemplateError { origin, text, line: found.line(), message: format!("template error: {message}") }
    }
}

fn page_value(page: &PageSettings) -> Value {
    context! { css_size => page.paper.css(), large_print => page.large_print, paper => Value::from(Serde(page.paper)) }
}

/// A quoted CSS string that is safe inside a `<style>` element: every character that is
/// not a letter, digit or space is written as a hex escape, so no text can end the string
/// or the element.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if c.is_alphanumeric() || c == ' ' {
            out.push(c);
        } else {
            out.push_str(&format!("\\{:x} ", u32::from(c)));
        }
    }
    out.push('"');
    out
}

/// The catalog's rows, as a sequence the template engine reads one row at a time.
#[derive(Debug)]
struct FilmList(std::sync::Arc<CatalogView>);

impl minijinja::value::Object for FilmList {
    fn repr(self: &std::sync::Arc<Self>) -> minijinja::value::ObjectRepr {
        minijinja::value::ObjectRepr::Seq
    }

    fn get_value(self: &std::sync::Arc<Self>, key: &Value) -> Option<Value> {
        self.0.row(key.as_usize()?).map(|row| Value::from(Serde(&row)))
    }

    fn enumerate(self: &std::sync::Arc<Self>) -> minijinja::value::Enumerator {
        minijinja::value::Enumerator::Seq(self.0.films.len())
    }
}

/// JSON safe inside a `<script>` element: `<`, `>` and `&` are written as escapes, so no
/// text in a record can close the element.
fn script_json(value: &serde_json::Value) -> String {
    script_safe(&serde_json::to_string(value).expect("JSON values serialize"))
}

/// [`script_json`] for JSON already written.
fn script_safe(json: &str) -> String {
    let mut safe = String::with_capacity(json.len() + json.len() / 16);
    for c in json.chars() {
        match c {
            '<' => safe.push_str("\\u003c"),
            '>' => safe.push_str("\\u003e"),
            '&' => safe.push_str("\\u0026"),
            c => safe.push(c),
        }
    }
    safe
}

/// schema.org `Movie` metadata for a guide's page.
pub fn movie_json_ld(view: &View) -> serde_json::Value {
    let mut movie = json!({
        "@context": "https://schema.org",
        "@type": "Movie",
        "name": markup::plain(&view.title),
        "datePublished": view.facts.date_published,
        "director": view.facts.directors.iter().map(|d| json!({"@type": "Person", "name": d})).collect::<Vec<_>>(),
        "duration": view.facts.duration,
        "inLanguage": view.lang,
    });
    if let Some(rating) = &view.facts.content_rating {
        movie["contentRating"] = json!(rating);
    }
    if let Some(range) = &view.facts.typical_age_range {
        movie["typicalAgeRange"] = json!(range);
    }
    movie
}
