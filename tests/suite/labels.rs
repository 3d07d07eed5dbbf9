//! Every label comes from the words table, and the outputs agree on it. The built-in
//! `en.ftl` is pseudo-localized (each vowel accented, the placeables kept) into a user
//! templates folder, and the every-field record is built with it: the HTML, the PDF and
//! the terminal card must then show the pseudo words wherever they show the label at
//! all, the same labels in the HTML as in the PDF, and no English label anywhere (an
//! English label left would be a literal in a renderer).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

use crate::harness::{expect, root, run, stdout};

const RECORD: &str = "tests/fixtures/valid/every-field.yaml";

/// Labels an edition's HTML shows that its PDF has no place for, and the reverse.
const HTML_ONLY: &[&str] = &[
    // The page's navigation and the rating's tooltip: links and hover text, not print.
    "nav-label",
    "nav-all-films",
    "nav-pdf",
    "rating-title",
];
const PDF_ONLY: &[&str] = &[
    // The file's own metadata, the running footer (the HTML's is in its print
    // stylesheet), the notice on a blank page, and the narrow advisory table.
    "document-subject",
    "document-subject-directed",
    "document-keyword",
    "page-number",
    "blank-page",
    "column-category-severity",
];

fn pseudo_char(c: char) -> char {
    match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ó',
        'u' => 'ú',
        'A' => 'Á',
        'E' => 'É',
        'I' => 'Í',
        'O' => 'Ó',
        'U' => 'Ú',
        other => other,
    }
}

fn pseudo(text: &str) -> String {
    text.chars().map(pseudo_char).collect()
}

/// Applies `f` to every text element of a pattern, in variants too.
fn each_text(pattern: &mut ast::Pattern<String>, f: &mut dyn FnMut(&mut String)) {
    for element in &mut pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => f(value),
            ast::PatternElement::Placeable { expression: ast::Expression::Select { variants, .. } } => {
                for variant in variants {
                    each_text(&mut variant.value, f);
                }
            }
            ast::PatternElement::Placeable { expression: ast::Expression::Inline(_) } => {}
        }
    }
}

/// Every message and attribute of the catalog with its text pieces (between values).
fn pieces(resource: &mut ast::Resource<String>) -> BTreeMap<String, Vec<String>> {
    let mut all = BTreeMap::new();
    for entry in &mut resource.body {
        let ast::Entry::Message(message) = entry else { continue };
        let id = message.id.name.clone();
        let mut patterns: Vec<(String, &mut ast::Pattern<String>)> = Vec::new();
        if let Some(value) = &mut message.value {
            patterns.push((id.clone(), value));
        }
        for attribute in &mut message.attributes {
            patterns.push((format!("{id}.{}", attribute.id.name), &mut attribute.value));
        }
        for (key, pattern) in patterns {
            let mut found = Vec::new();
            each_text(pattern, &mut |text| found.push(text.clone()));
            all.insert(key, found);
        }
    }
    all
}

/// Text without whitespace, hyphens or soft hyphens, in lower case: neither line
/// breaking nor a tag set in capitals can hide a word.
fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{AD}' | '‐'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The visible text of a page: no style, no script, no tags, entities decoded.
fn html_text(html: &str) -> String {
    let mut text = html.to_string();
    for element in ["style", "script"] {
        while let Some(start) = text.find(&format!("<{element}")) {
            let end = text[start..].find(&format!("</{element}>")).map_or(text.len(), |e| start + e);
            text.replace_range(start..end, "");
        }
    }
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match (c, in_tag) {
            ('<', _) => in_tag = true,
            ('>', true) => in_tag = false,
            (c, false) => out.push(c),
            (_, true) => {}
        }
    }
    for (entity, c) in
        [("&#x27;", "'"), ("&#x2f;", "/"), ("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")]
    {
        out = out.replace(entity, c);
    }
    out
}

fn pdf_text(path: &Path) -> String {
    let doc = lopdf::Document::load(path).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let mut text = doc.extract_text(&pages).unwrap();
    // The file's metadata is printed words too.
    let info = doc.trailer.get(b"Info").and_then(lopdf::Object::as_reference).unwrap();
    for (_, value) in doc.get_dictionary(info).unwrap().iter() {
        if let lopdf::Object::String(bytes, _) = value
            && bytes.starts_with(&[0xFE, 0xFF])
        {
            let units: Vec<u16> = bytes[2..].chunks(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
            text.push_str(&String::from_utf16_lossy(&units));
        }
    }
    text
}

/// The message ids (and `id.attribute`s) whose words appear in `text`: a message is
/// present when one of its pieces (at least four letters, squashed) is.
fn present(text: &str, pieces: &BTreeMap<String, Vec<String>>) -> BTreeSet<String> {
    let text = squash(text);
    pieces
        .iter()
        .filter(|(_, found)| found.iter().map(|p| squash(p)).any(|p| p.chars().count() >= 4 && text.contains(&p)))
        .map(|(id, _)| id.clone())
        .collect()
}

/// The English pieces (four letters or more, with a vowel to tell them apart) in `text`.
fn leaks(text: &str, english: &BTreeMap<String, Vec<String>>) -> BTreeSet<String> {
    let text = squash(text);
    english
        .values()
        .flatten()
        .map(|p| squash(p))
        .filter(|p| p.chars().count() >= 4 && pseudo(p) != *p && text.contains(p.as_str()))
        .collect()
}

struct Outputs {
    /// Edition key to (HTML text, PDF text).
    editions: BTreeMap<&'static str, (String, String)>,
    terminal: String,
}

/// Builds the every-field record with `catalog` as the user's words, on a film night.
fn build_with(catalog: &str) -> Outputs {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(templates.join("locales")).unwrap();
    std::fs::write(templates.join("locales/en.ftl"), catalog).unwrap();
    std::fs::write(
        dir.path().join("reelguide.yaml"),
        "group: St Märk's Fïlm Clüb\nevent:\n  date: 2026-03-06\n  start: \"19:00\"\n  place: thë chürch häll\n",
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("guides")).unwrap();
    std::fs::write(dir.path().join("guides/every-field.yaml"), marked_record()).unwrap();
    let out = dir.path().join("out");
    let out_arg = out.to_str().unwrap();
    expect(&run(dir.path(), &["build", "--spoilers", "--templates", "templates", "--out", out_arg]), 0);
    let mut editions = BTreeMap::new();
    for edition in ["handout", "leader", "parents"] {
        let html = std::fs::read_to_string(out.join(format!("every-field/{edition}.html"))).unwrap();
        editions.insert(edition, (html_text(&html), pdf_text(&out.join(format!("every-field/{edition}.pdf")))));
    }
    // With --spoilers, so the card shows every detail and no command-line hint.
    let card = run(dir.path(), &["ratings", "every-field", "--spoilers", "--templates", "templates"]);
    expect(&card, 0);
    Outputs { editions, terminal: stdout(&card) }
}

/// The record with every word of its own marked another way (vowels with a diaeresis),
/// so nothing it shows can pass for a label, in English or pseudo words. Keys, ids,
/// references and vocabulary values stay as they are.
fn marked_record() -> String {
    const KEEP: &[&str] = &[
        "slug", "language", "category", "severity", "when", "kind", "id", "source", "url", "date", "at", "system",
        "rating", "scale", "verdicts",
    ];
    fn mark(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::String(text) => {
                *text = text
                    .chars()
                    .map(|c| match c {
                        'a' => 'ä',
                        'e' => 'ë',
                        'i' => 'ï',
                        'o' => 'ö',
                        'u' => 'ü',
                        'A' => 'Ä',
                        'E' => 'Ë',
                        'I' => 'Ï',
                        'O' => 'Ö',
                        'U' => 'Ü',
                        other => other,
                    })
                    .collect();
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(mark),
            serde_json::Value::Object(fields) => {
                for (key, value) in fields.iter_mut() {
                    // A question's themes are ids; the guide's themes are objects to mark.
                    let ids = key == "themes" && value.as_array().is_some_and(|v| v.iter().all(|t| t.is_string()));
                    if !KEEP.contains(&key.as_str()) && !ids {
                        mark(value);
                    }
                }
            }
            serde_json::Value::Null | serde_json::Value::Bool(_) | serde_json::Value::Number(_) => {}
        }
    }
    let text = std::fs::read_to_string(root().join(RECORD)).unwrap();
    let mut value: serde_json::Value = serde_yaml::from_str(&text).unwrap();
    mark(&mut value);
    serde_yaml::to_string(&value).unwrap()
}

fn english() -> (String, ast::Resource<String>) {
    let text = std::fs::read_to_string(root().join("templates/locales/en.ftl")).unwrap();
    let resource = fluent_syntax::parser::parse(text.clone()).expect("the built-in catalog parses");
    (text, resource)
}

#[test]
fn every_label_comes_from_the_words_table_and_html_pdf_and_terminal_agree() {
    let (_, mut resource) = english();
    let english_pieces = pieces(&mut resource);
    for entry in &mut resource.body {
        let ast::Entry::Message(message) = entry else { continue };
        if let Some(value) = &mut message.value {
            each_text(value, &mut |text| *text = pseudo(text));
        }
        for attribute in &mut message.attributes {
            each_text(&mut attribute.value, &mut |text| *text = pseudo(text));
        }
    }
    let pseudo_pieces = pieces(&mut resource);
    let outputs = build_with(&fluent_syntax::serializer::serialize(&resource));

    let mut shown = BTreeSet::new();
    for (edition, (html, pdf)) in &outputs.editions {
        let in_html = present(html, &pseudo_pieces);
        let in_pdf = present(pdf, &pseudo_pieces);
        // The navigation names the other editions.
        let nav = |id: &str| id.starts_with("edition-") && !id.starts_with(&format!("edition-{edition}"));
        let only_html: Vec<_> = in_html
            .difference(&in_pdf)
            .filter(|id| !HTML_ONLY.contains(&id.split('.').next().unwrap()) && !nav(id))
            .collect();
        let only_pdf: Vec<_> =
            in_pdf.difference(&in_html).filter(|id| !PDF_ONLY.contains(&id.split('.').next().unwrap())).collect();
        assert!(
            only_html.is_empty() && only_pdf.is_empty(),
            "{edition}: HTML only {only_html:?}, PDF only {only_pdf:?}"
        );
        // No English label is left in any output: it would be a literal in a renderer.
        for (text, format) in [(html, "HTML"), (pdf, "PDF")] {
            let leaks = leaks(text, &english_pieces);
            assert!(leaks.is_empty(), "{edition} {format} prints these labels in English: {leaks:?}");
        }
        shown.extend(in_html);
        shown.extend(in_pdf);
    }
    // The terminal card says what the printed parents' card says, in the same words.
    let in_terminal = present(&outputs.terminal, &pseudo_pieces);
    let (_, parents_pdf) = &outputs.editions["parents"];
    let in_parents = present(parents_pdf, &pseudo_pieces);
    let extra: Vec<_> = in_terminal.difference(&in_parents).collect();
    let terminal_leaks = leaks(&outputs.terminal, &english_pieces);
    assert!(terminal_leaks.is_empty(), "the terminal card prints these labels in English: {terminal_leaks:?}");
    assert!(extra.is_empty(), "the terminal card says what the parents' card does not: {extra:?}");
    assert!(in_terminal.len() >= 12, "the terminal card shows few labels: {in_terminal:?}");
    // The record shows nearly everything, so nearly every message must have been seen.
    assert!(shown.len() >= 100, "only {} labels seen: {shown:?}", shown.len());
}

#[test]
fn rewording_one_label_changes_html_pdf_and_terminal_alike() {
    let outputs = build_with(
        "audience-heading = Is it for your child?\nspoiler = Gives it away\nadvisories-full = Inside the film\n",
    );
    for (edition, (html, pdf)) in &outputs.editions {
        assert!(html.contains("Is it for your child?"), "{edition} HTML");
        assert!(squash(pdf).contains(&squash("Is it for your child?")), "{edition} PDF");
        assert!(!html.contains("Who it is for") && !squash(pdf).contains("whoitisfor"), "{edition} kept the old words");
    }
    let (leader_html, leader_pdf) = &outputs.editions["leader"];
    assert!(leader_html.contains("Gives it away") && squash(leader_pdf).contains("givesitaway"));
    let (parents_html, parents_pdf) = &outputs.editions["parents"];
    assert!(parents_html.contains("Inside the film") && squash(parents_pdf).contains("insidethefilm"));
    assert!(outputs.terminal.contains("Inside the film") && !outputs.terminal.contains("What is in the film"));
}
