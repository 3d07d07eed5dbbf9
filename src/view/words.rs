//! The words table: every heading, caption and sentence the outputs print, read from a
//! Fluent catalog (`templates/locales/en.ftl`, embedded) and, message by message, from
//! the user's copy of it in their templates folder.
//!
//! Only the view reads this table. It resolves each label once into the fields of a
//! view, and the renderers print those fields, so a label reworded here changes the
//! HTML, the PDF and the terminal card together. Plurals and word order are the
//! catalog's to decide (Fluent selectors), which is what lets a later catalog in another
//! language say the same things its own way.

use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::{Arc, LazyLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

/// The built-in English catalog.
pub const ENGLISH: &str = include_str!("../../templates/locales/en.ftl");

/// Every built-in catalog, by language: English first, the one every other falls back
/// to. Adding a language is a catalog file in `templates/locales/` and a line here.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", ENGLISH),
    ("es", include_str!("../../templates/locales/es.ftl")),
    ("fr", include_str!("../../templates/locales/fr.ftl")),
    ("de", include_str!("../../templates/locales/de.ftl")),
    ("pt", include_str!("../../templates/locales/pt.ftl")),
];

/// The catalog language for a BCP 47 tag (`es-MX` is `es`), if one ships.
pub fn catalog_language(tag: &str) -> Option<&'static str> {
    let primary = tag.split(['-', '_']).next().unwrap_or(tag).to_ascii_lowercase();
    LANGUAGES.iter().map(|(code, _)| *code).find(|code| *code == primary)
}

/// The catalog file of `language` inside a templates folder: `locales/es.ftl`.
pub fn catalog_file(language: &str) -> String {
    format!("locales/{language}.ftl")
}

/// A value given to a message: text, or a number its plural forms are chosen by.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Text(&'a str),
    Count(usize),
}

/// One problem in a user's catalog: where, what, and what to do.
#[derive(Debug, Clone, PartialEq)]
pub struct WordsProblem {
    /// Byte range in the user's file.
    pub span: Range<usize>,
    pub message: String,
    pub hint: Option<String>,
}

/// A loaded words table, shared by every view of a build.
pub struct Words {
    bundle: FluentBundle<FluentResource>,
    /// The language of the catalog: `en`, `es`, ...
    language: &'static str,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Words")
    }
}

/// The words of every language a build may print in: each record's outputs are in its
/// own `language`, unless the settings ask for one language for everything.
#[derive(Debug, Clone)]
pub struct Catalogs {
    /// One per entry of [`LANGUAGES`], in the same order.
    all: Vec<Arc<Words>>,
    /// The language the settings ask for, if any.
    forced: Option<&'static str>,
}

impl Catalogs {
    /// The catalogs, one per entry of [`LANGUAGES`] in order; `forced` puts every output
    /// in one language.
    pub fn new(all: Vec<Arc<Words>>, forced: Option<&'static str>) -> Catalogs {
        debug_assert_eq!(all.len(), LANGUAGES.len());
        Catalogs { all, forced }
    }

    /// The words for outputs in `language` (a record's or a night's BCP 47 tag): the
    /// forced language if there is one, else that language's catalog, else English.
    pub fn for_language(&self, language: Option<&str>) -> Arc<Words> {
        let wanted = self.forced.or_else(|| language.and_then(catalog_language)).unwrap_or("en");
        let at = LANGUAGES.iter().position(|(code, _)| *code == wanted).unwrap_or(0);
        Arc::clone(&self.all[at])
    }
}

static BUILT_IN: LazyLock<Arc<Words>> =
    LazyLock::new(|| Arc::new(Words::new(None).expect("the built-in catalog is valid")));

impl Words {
    /// The built-in English words.
    pub fn english() -> Arc<Words> {
        Arc::clone(&BUILT_IN)
    }

    /// The built-in English words with the messages of `user` (the text of a user's
    /// catalog) put over them.
    pub fn new(user: Option<&str>) -> Result<Words, Vec<WordsProblem>> {
        Words::for_language("en", user)
    }

    /// The words of `language` (one of [`LANGUAGES`]; English for any other), with the
    /// messages of `user` over them. A user's message must exist in the English catalog
    /// and may only use the values the English one is given; a message a catalog lacks
    /// is said in English.
    pub fn for_language(language: &str, user: Option<&str>) -> Result<Words, Vec<WordsProblem>> {
        let (language, text) = LANGUAGES.iter().find(|(code, _)| *code == language).copied().unwrap_or(LANGUAGES[0]);
        let english = FluentResource::try_new(ENGLISH.to_string()).expect("the built-in catalog parses");
        let tag = unic_langid::LanguageIdentifier::from_bytes(language.as_bytes()).expect("a language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        // Plain text out: no Unicode isolation marks around values.
        bundle.set_use_isolating(false);
        let user = user.map(parse_user).transpose()?;
        if let Some(resource) = &user {
            let problems = compare(&english, resource);
            if !problems.is_empty() {
                return Err(problems);
            }
        }
        bundle.add_resource(english).map_err(|_| Vec::new())?;
        if language != "en" {
            let own = FluentResource::try_new(text.to_string()).expect("the built-in catalogs parse");
            bundle.add_resource_overriding(own);
        }
        if let Some(resource) = user {
            bundle.add_resource_overriding(resource);
        }
        Ok(Words { bundle, language })
    }

    /// The language the words are in: `en`, `es`, ...
    pub fn language(&self) -> &'static str {
        self.language
    }

    /// A message with no values: a heading or a caption.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with its values filled in.
    pub fn format(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.pattern(id, None, args)
    }

    /// An attribute of a message: `category-violence.in-sentence`.
    pub fn attribute(&self, id: &str, attribute: &str) -> String {
        self.pattern(id, Some(attribute), &[])
    }

    fn pattern(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg<'_>)]) -> String {
        let message = self.bundle.get_message(id);
        let pattern = match attribute {
            Some(name) => message.and_then(|m| m.get_attribute(name)).map(|a| a.value()),
            None => message.and_then(|m| m.value()),
        };
        let Some(pattern) = pattern else {
            // Every id the view asks for is in the built-in catalog (the label tests
            // render every message); a miss is a bug, shown where it happened.
            debug_assert!(false, "no message {id}{}", attribute.map(|a| format!(".{a}")).unwrap_or_default());
            return format!("[{id}]");
        };
        let mut values = FluentArgs::new();
        for (name, arg) in args {
            match arg {
                Arg::Text(text) => values.set(*name, FluentValue::from(*text)),
                Arg::Count(n) => values.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&values), &mut errors);
        debug_assert!(errors.is_empty(), "message {id}: {errors:?}");
        text.into_owned()
    }

    /// Items joined as a sentence does: "a, b and c".
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => {
                let rest = rest.join(&self.text("list-separator"));
                self.format("list-last", &[("rest", Arg::Text(&rest)), ("last", Arg::Text(last))])
            }
        }
    }
}

fn parse_user(text: &str) -> Result<FluentResource, Vec<WordsProblem>> {
    FluentResource::try_new(text.to_string()).map_err(|(_, errors)| {
        errors
            .into_iter()
            .map(|e| WordsProblem {
                span: e.pos.clone(),
                message: format!("this is not Fluent syntax: {}", e.kind),
                hint: Some("see https://projectfluent.org/fluent/guide/ and the built-in file from `reelguide templates eject`".into()),
            })
            .collect()
    })
}

/// What a user's catalog gets wrong against the built-in one: messages it does not
/// know, and values a message is never given.
fn compare(english: &FluentResource, user: &FluentResource) -> Vec<WordsProblem> {
    let known: Vec<(&str, BTreeSet<&str>)> = messages(english).map(|m| (m.id.name, variables(m))).collect();
    let mut problems = Vec::new();
    for message in messages(user) {
        let span = span_of(user.source(), message.id.name);
        let Some((_, allowed)) = known.iter().find(|(id, _)| *id == message.id.name) else {
            let ids: Vec<&str> = known.iter().map(|(id, _)| *id).collect();
            problems.push(WordsProblem {
                span,
                message: format!("reelguide prints no message called `{}`", message.id.name),
                hint: Some(match crate::suggest::did_you_mean(message.id.name, ids.iter().copied()) {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => "the built-in file from `reelguide templates eject` lists every message".into(),
                }),
            });
            continue;
        };
        for name in variables(message) {
            if !allowed.contains(name) {
                let given: Vec<String> = allowed.iter().map(|v| format!("${v}")).collect();
                problems.push(WordsProblem {
                    span: span.clone(),
                    message: format!("`{}` is never given `${name}`", message.id.name),
                    hint: Some(if given.is_empty() {
                        "this message takes no values".into()
                    } else {
                        format!("it is given {}", given.join(", "))
                    }),
                });
            }
        }
    }
    problems
}

fn messages(resource: &FluentResource) -> impl Iterator<Item = &ast::Message<&str>> {
    resource.entries().filter_map(|entry| match entry {
        ast::Entry::Message(message) => Some(message),
        _ => None,
    })
}

/// The byte range of a message's id where it is defined.
fn span_of(source: &str, id: &str) -> Range<usize> {
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        if line.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')) {
            return offset..offset + id.len();
        }
        offset += line.len();
    }
    0..0
}

/// The variables a message's value and attributes use.
fn variables<'a>(message: &'a ast::Message<&'a str>) -> BTreeSet<&'a str> {
    let mut names = BTreeSet::new();
    let patterns = message.value.iter().chain(message.attributes.iter().map(|a| &a.value));
    for pattern in patterns {
        pattern_variables(pattern, &mut names);
    }
    names
}

fn pattern_variables<'a>(pattern: &'a ast::Pattern<&'a str>, names: &mut BTreeSet<&'a str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, names);
        }
    }
}

fn expression_variables<'a>(expression: &'a ast::Expression<&'a str>, names: &mut BTreeSet<&'a str>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, names);
            for variant in variants {
                pattern_variables(&variant.value, names);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, names),
    }
}

fn inline_variables<'a>(inline: &'a ast::InlineExpression<&'a str>, names: &mut BTreeSet<&'a str>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            names.insert(id.name);
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, names);
            }
            for named in &arguments.named {
                inline_variables(&named.value, names);
            }
        }
        ast::InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, names);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, names),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. }
        | ast::InlineExpression::MessageReference { .. }
        | ast::InlineExpression::TermReference { arguments: None, .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_lists_and_values() {
        let w = Words::english();
        assert_eq!(w.format("hidden-themes", &[("count", Arg::Count(1))]), "1 theme");
        assert_eq!(w.format("hidden-themes", &[("count", Arg::Count(2))]), "2 themes");
        assert_eq!(w.list(&["a".into(), "b".into(), "c".into()]), "a, b and c");
        let runtime = |m: usize| {
            w.format(
                "runtime",
                &[("minutes", Arg::Count(m)), ("hours", Arg::Count(m / 60)), ("rest", Arg::Count(m % 60))],
            )
        };
        assert_eq!(runtime(45), "45 minutes");
        assert_eq!(runtime(120), "120 minutes (2 h)");
        assert_eq!(runtime(103), "103 minutes (1 h 43 min)");
        assert_eq!(w.attribute("category-violence", "in-sentence"), "violence & gore");
    }

    #[test]
    fn a_user_message_overrides_one_label_and_the_rest_stay() {
        let w = Words::new(Some("themes-heading = Big ideas\n")).unwrap();
        assert_eq!(w.text("themes-heading"), "Big ideas");
        assert_eq!(w.text("notes-heading"), "Notes");
    }

    #[test]
    fn a_user_catalog_with_unknown_messages_or_values_is_refused() {
        let problems = Words::new(Some("\nthemes-headng = Big ideas\naudience-age = From { $years }\n")).unwrap_err();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(problems[0].span, 1..14);
        assert_eq!(problems[0].hint.as_deref(), Some("did you mean `themes-heading`?"));
        assert!(problems[1].message.contains("$years"), "{problems:?}");
        let syntax = Words::new(Some("notes-heading Notes\n")).unwrap_err();
        assert!(syntax[0].message.contains("not Fluent syntax"), "{syntax:?}");
    }
}
