//! Every group's language: a record in Spanish, French, German or Portuguese builds
//! pages with none of the English labels, in the PDF's text and in the HTML, and the
//! page says its language; an unknown language builds in English with a warning.

use std::collections::BTreeSet;
use std::path::Path;

use fluent_syntax::ast;

use crate::harness::{expect, root, run};

/// Every English label that a catalog says differently: the whole text of each message
/// and attribute with no values in it, of two words or more (a single word, such as
/// "Film", can be the same word in the other language, or a word of the record).
fn english_labels_translated_in(language: &str) -> BTreeSet<String> {
    let texts = |source: &str| {
        let resource = fluent_syntax::parser::parse(source.to_string()).expect("the catalog parses");
        let mut found = std::collections::BTreeMap::new();
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let id = message.id.name.clone();
                let plain = |pattern: &ast::Pattern<String>| match pattern.elements.as_slice() {
                    [ast::PatternElement::TextElement { value }] => Some(value.trim().to_string()),
                    _ => None,
                };
                if let Some(text) = message.value.as_ref().and_then(plain) {
                    found.insert(id.clone(), text);
                }
                for attribute in &message.attributes {
                    if let Some(text) = plain(&attribute.value) {
                        found.insert(format!("{id}.{}", attribute.id.name), text);
                    }
                }
            }
        }
        found
    };
    let english = texts(&std::fs::read_to_string(root().join("templates/locales/en.ftl")).unwrap());
    let other = texts(&std::fs::read_to_string(root().join(format!("templates/locales/{language}.ftl"))).unwrap());
    english
        .into_iter()
        .filter(|(id, text)| other.get(id) != Some(text) && text.split_whitespace().count() >= 2)
        .map(|(_, text)| text)
        .collect()
}

/// A project with the Spanish Moon record set in `language`.
fn record_in(dir: &Path, language: &str) {
    std::fs::create_dir_all(dir.join("guides")).unwrap();
    let spanish = std::fs::read_to_string(root().join("guides/moon-es.yaml")).unwrap();
    let text = spanish.replace("language: es\n", &format!("language: {language}\n"));
    assert_ne!(text.contains("language: es\n"), language != "es", "the record names its language");
    std::fs::write(dir.join("guides/moon.yaml"), text).unwrap();
}

fn pdf_text(path: &Path) -> String {
    let doc = lopdf::Document::load(path).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).unwrap()
}

#[test]
fn a_record_in_each_language_prints_no_english_label() {
    for language in ["es", "fr", "de", "pt"] {
        let dir = tempfile::tempdir().unwrap();
        record_in(dir.path(), language);
        expect(&run(dir.path(), &["build", "--quiet"]), 0);
        let labels = english_labels_translated_in(language);
        assert!(labels.len() > 80, "{language}: only {} labels to look for", labels.len());
        for edition in ["handout", "leader", "parents"] {
            let html = std::fs::read_to_string(dir.path().join(format!("out/moon-es/{edition}.html"))).unwrap();
            assert!(html.contains(&format!("<html lang=\"{language}\"")), "{language} {edition}: lang");
            // Apostrophes are written as entities in the HTML.
            let html = html.replace("&#x27;", "'");
            let pdf = pdf_text(&dir.path().join(format!("out/moon-es/{edition}.pdf")));
            let pdf = pdf.split_whitespace().collect::<Vec<_>>().join(" ");
            for label in &labels {
                assert!(!html.contains(label.as_str()), "{language} {edition}.html prints {label:?} in English");
                assert!(!pdf.contains(label.as_str()), "{language} {edition}.pdf prints {label:?} in English");
            }
        }
    }
}

#[test]
fn a_language_without_a_catalog_builds_in_english_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    record_in(dir.path(), "nl");
    let output = run(dir.path(), &["build"]);
    let said = expect(&output, 0);
    assert!(said.contains("no catalog for `nl`"), "{said}");
    assert!(said.contains("guides/moon.yaml:18:11"), "{said}");
    let html = std::fs::read_to_string(dir.path().join("out/moon-es/handout.html")).unwrap();
    assert!(html.contains("<html lang=\"en\"") && html.contains("Who it is for"), "English labels");
}

#[test]
fn every_catalog_says_every_message_and_nothing_else() {
    let ids = |language: &str| {
        let text = std::fs::read_to_string(root().join(format!("templates/locales/{language}.ftl"))).unwrap();
        let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|_| panic!("{language}.ftl parses"));
        resource
            .body
            .into_iter()
            .filter_map(|entry| match entry {
                ast::Entry::Message(m) => Some(
                    std::iter::once(m.id.name.clone())
                        .chain(m.attributes.iter().map(|a| format!("{}.{}", m.id.name, a.id.name)))
                        .collect::<Vec<_>>(),
                ),
                _ => None,
            })
            .flatten()
            .collect::<BTreeSet<_>>()
    };
    let english = ids("en");
    for language in ["es", "fr", "de", "pt"] {
        let other = ids(language);
        let missing: Vec<_> = english.difference(&other).collect();
        let extra: Vec<_> = other.difference(&english).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{language}.ftl: missing {missing:?}, extra {extra:?}");
    }
}

#[test]
fn the_settings_can_put_every_output_in_one_language() {
    let dir = tempfile::tempdir().unwrap();
    record_in(dir.path(), "en");
    std::fs::write(dir.path().join("reelguide.yaml"), "language: fr\n").unwrap();
    expect(&run(dir.path(), &["build", "--quiet"]), 0);
    let html = std::fs::read_to_string(dir.path().join("out/moon-es/handout.html")).unwrap();
    assert!(html.contains("<html lang=\"fr\"") && html.contains("Pour qui"), "French labels");
    // A language no catalog ships for is a mistake in the settings, not a fallback.
    std::fs::write(dir.path().join("reelguide.yaml"), "group: Club\nlanguage: xx\n").unwrap();
    let said = expect(&run(dir.path(), &["build", "--quiet"]), 1);
    assert!(said.contains("reelguide.yaml:2:11") && said.contains("no catalog for the language `xx`"), "{said}");
}
