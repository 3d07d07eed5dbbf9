//! PDF output, parsed back with lopdf: pages, metadata, fonts, outline, text, links,
//! reproducibility, and layout limits (nothing leaves the page).

use crate::harness::root;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use lopdf::{Document, Object};
use reelguide::markup;
use reelguide::pipeline::library;
use reelguide::render::pdf::fonts::Fonts;
use reelguide::render::pdf::paginate::{Draw, Ink};
use reelguide::render::pdf::{self, fonts::Face};
use reelguide::view::edition::{self, Edition};
use reelguide::view::model::View;
use reelguide::view::paper::{PageSettings, Paper};

/// Builds PDFs of `inputs` with the real binary into a fresh folder.
fn build(inputs: &[&str], extra: &[&str], env: &[(&str, &str)]) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let mut command = Command::new(crate::harness::binary());
    command.arg("build").arg("--format").arg("pdf").arg("--out").arg(out.path()).args(extra).args(inputs);
    command.current_dir(root()).env_remove("SOURCE_DATE_EPOCH");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    out
}

fn load(path: &Path) -> Document {
    Document::load(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Text of every page, with whitespace and hyphens removed so that wrapping and
/// hyphenation do not matter.
fn squashed_text(doc: &Document) -> String {
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    squash(&doc.extract_text(&pages).unwrap())
}

fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && *c != '-').collect()
}

fn info(doc: &Document) -> HashMap<String, String> {
    let id = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let dict = doc.get_dictionary(id).unwrap();
    dict.iter()
        .filter_map(|(k, v)| match v {
            Object::String(bytes, _) => Some((String::from_utf8_lossy(k).into_owned(), decode(bytes))),
            _ => None,
        })
        .collect()
}

fn decode(bytes: &[u8]) -> String {
    if bytes.starts_with(&[0xFE, 0xFF]) {
        let units: Vec<u16> =
            bytes[2..].chunks(2).map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)])).collect();
        String::from_utf16_lossy(&units)
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

fn view_of(path: &str, edition: Edition, options: &edition::Options) -> View {
    let (guide, slug) = library::read_record(&root().join(path)).unwrap();
    edition::view(&guide, &slug, edition, options, &HashMap::new())
}

/// The number of pages an edition takes (where each lands is the layout checker's job,
/// in `tests/layout.rs`).
fn page_count(view: &View, page: &PageSettings) -> usize {
    pdf::layout(&Fonts::default(), view, page).pages.len()
}

#[test]
fn the_leader_guide_has_every_question_metadata_subset_fonts_and_an_outline() {
    let out = build(&["guides"], &["--group", "St Mark's Film Club"], &[]);
    let doc = load(&out.path().join("never-let-me-go/leader.pdf"));
    assert!(doc.get_pages().len() >= 3);

    let text = squashed_text(&doc);
    let (guide, _) = library::read_record(&root().join("guides/never-let-me-go.yaml")).unwrap();
    let questions: Vec<&str> = guide.discussion.iter().flat_map(|s| &s.questions).map(|q| q.text.as_str()).collect();
    assert!(questions.len() >= 14);
    for question in questions {
        assert!(text.contains(&squash(&markup::plain(question))), "leader.pdf lacks: {question}");
    }
    assert!(text.contains(&squash("Page 1 of")), "running footer");

    let info = info(&doc);
    assert_eq!(info["Title"], "Never Let Me Go (2010): Leader's guide");
    assert_eq!(info["Author"], "St Mark's Film Club");
    assert!(info["Subject"].contains("directed by Mark Romanek"));
    assert!(info["Keywords"].contains("Numbered days"));
    assert!(info["Creator"].starts_with("reelguide"));
    assert!(!info.contains_key("CreationDate"), "no clock time without SOURCE_DATE_EPOCH");

    let catalog = doc.catalog().unwrap();
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"en");
    let outline = doc.get_dictionary(catalog.get(b"Outlines").unwrap().as_reference().unwrap()).unwrap();
    assert!(outline.get(b"Count").unwrap().as_i64().unwrap() >= 10);
    let first = doc.get_dictionary(outline.get(b"First").unwrap().as_reference().unwrap()).unwrap();
    assert_eq!(decode(first.get(b"Title").unwrap().as_str().unwrap()), "Who it is for");

    let mut fonts = 0;
    for (_, object) in doc.objects.iter() {
        if let Ok(dict) = object.as_dict()
            && dict.get(b"Type").and_then(Object::as_name).ok() == Some(b"FontDescriptor")
        {
            fonts += 1;
            assert!(dict.get(b"FontFile2").is_ok(), "font not embedded");
            let name = String::from_utf8_lossy(dict.get(b"FontName").unwrap().as_name().unwrap()).into_owned();
            assert!(name.contains('+') && name.contains("DejaVuSans"), "font not subset: {name}");
        }
    }
    assert!((2..=4).contains(&fonts), "{fonts} fonts");
}

#[test]
fn rebuilds_are_byte_identical_across_processes_and_within_one() {
    let first = build(&["guides"], &[], &[]);
    let second = build(&["guides"], &[], &[]);
    for film in ["her", "never-let-me-go"] {
        for edition in ["handout", "leader", "parents"] {
            let name = format!("{film}/{edition}.pdf");
            assert_eq!(
                std::fs::read(first.path().join(&name)).unwrap(),
                std::fs::read(second.path().join(&name)).unwrap(),
                "{name}"
            );
        }
    }
    let options = edition::Options::default();
    let page = PageSettings::default();
    let a = view_of("guides/her.yaml", Edition::Handout, &options);
    let b = view_of("guides/never-let-me-go.yaml", Edition::Leader, &options);
    let once = pdf::render(&Fonts::default(), &a, &page, None);
    let other = pdf::render(&Fonts::default(), &b, &page, None);
    assert_eq!(once, pdf::render(&Fonts::default(), &a, &page, None), "a second document in one process differs");
    let (id, other_id) = (document_id(&once), document_id(&other));
    assert_eq!(id.len(), 2, "an /ID holds two strings: {id:?}");
    assert_ne!(id, other_id, "different documents share an /ID");
    // The /ID comes from the content: the same view on other paper is another document.
    let a4 = PageSettings { paper: Paper::A4, ..page };
    assert_ne!(
        id,
        document_id(&pdf::render(&Fonts::default(), &a, &a4, None)),
        "the paper size does not reach the /ID"
    );
}

/// The trailer's `/ID` array, as raw strings.
fn document_id(bytes: &[u8]) -> Vec<Vec<u8>> {
    let doc = Document::load_mem(bytes).unwrap();
    let id = doc.trailer.get(b"ID").expect("a trailer /ID").as_array().unwrap();
    id.iter().map(|part| part.as_str().unwrap().to_vec()).collect()
}

#[test]
fn source_date_epoch_sets_the_creation_date() {
    let out = build(&["guides/her.yaml"], &[], &[("SOURCE_DATE_EPOCH", "1700000000")]);
    let info = info(&load(&out.path().join("her/handout.pdf")));
    assert_eq!(info["CreationDate"], "D:20231114221320Z");
}

#[test]
fn handouts_with_their_fonts_stay_under_60_kb() {
    // The target is 60 KB for a two-page handout; the shipped ones run to four pages and
    // must still fit, fonts and all.
    let out = build(&["guides/"], &[], &[]);
    for slug in ["her", "never-let-me-go"] {
        let path = out.path().join(slug).join("handout.pdf");
        let size = std::fs::metadata(&path).unwrap().len();
        let pages = load(&path).get_pages().len();
        assert!(pages >= 2, "{slug}: {pages} pages");
        assert!(size < 60 * 1024, "{slug}: {pages}-page handout is {size} bytes");
    }
}

#[test]
fn the_parents_card_fits_one_page_on_letter_and_a4() {
    for paper in [Paper::Letter, Paper::A4] {
        let out = build(&["guides"], &["--paper", if paper == Paper::A4 { "a4" } else { "letter" }], &[]);
        // Every shipped record's card: a parent keeps one sheet, with nothing left over
        // on a second page.
        for slug in ["never-let-me-go", "her", "moon", "moon-es", "children-of-men"] {
            let doc = load(&out.path().join(format!("{slug}/parents.pdf")));
            assert_eq!(doc.get_pages().len(), 1, "{slug} on {paper:?}");
            let media = doc
                .get_dictionary(*doc.get_pages().values().next().unwrap())
                .unwrap()
                .get(b"MediaBox")
                .unwrap()
                .as_array()
                .unwrap()
                .clone();
            let width = media[2].as_float().unwrap();
            assert!((width - paper.size_pt().0).abs() < 0.5, "{paper:?} is {width} wide");
        }
    }
}

#[test]
fn a_long_parents_card_shrinks_to_80_percent_at_most_then_takes_a_second_page() {
    let smallest_text = |layout: &pdf::Layout| {
        layout
            .pages
            .iter()
            .flat_map(|p| &p.draws)
            .filter_map(|d| match d {
                Draw { ink: Ink::Text { size, .. }, .. } => Some(*size),
                _ => None,
            })
            .fold(f32::MAX, f32::min)
    };
    let usual = pdf::blocks::Sizes::new(&PageSettings::default(), true).small;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.yaml");
    let mut record = String::from(
        "title: Long\nyear: 2000\nfilm:\n  runtime_minutes: 90\nadvisories:\n  - category: violence\n    severity: severe\n    details:\n",
    );
    for i in 0..120 {
        record.push_str(&format!(
            "      - {{ text: \"Scene {i}: a fight in a corridor that goes on for a long time.\", spoiler: false }}\n"
        ));
    }
    std::fs::write(&path, record).unwrap();
    let (guide, slug) = library::read_record(&path).unwrap();
    let view = edition::view(&guide, &slug, Edition::Parents, &edition::Options::default(), &HashMap::new());
    let layout = pdf::layout(&Fonts::default(), &view, &PageSettings::default());
    assert!(layout.pages.len() > 1, "120 details on one page");
    let smallest = smallest_text(&layout);
    assert!(smallest >= usual * 0.8 - 0.01, "text set at {smallest} pt, under 80% of {usual} pt");

    // A record of usual length keeps its one page, at no less than 80% either.
    let view = view_of("guides/never-let-me-go.yaml", Edition::Parents, &edition::Options::default());
    let layout = pdf::layout(&Fonts::default(), &view, &PageSettings::default());
    assert_eq!(layout.pages.len(), 1);
    assert!(smallest_text(&layout) >= usual * 0.8 - 0.01);
}

#[test]
fn the_handout_puts_after_the_film_on_its_own_page_and_ends_with_note_lines() {
    let view = view_of("guides/never-let-me-go.yaml", Edition::Handout, &edition::Options::default());
    let layout = pdf::layout(&Fonts::default(), &view, &PageSettings::default());
    let after = layout.bookmarks.iter().find(|m| m.title == "After the film").expect("after-the-film bookmark");
    assert!(after.page > 0 && after.y < 1.0, "after the film does not start a page: {after:?}");
    let last = layout.pages.last().unwrap();
    let rules = last.draws.iter().filter(|d| matches!(d.ink, Ink::Line { width, .. } if width < 0.6)).count();
    assert!(rules >= 6, "only {rules} note lines on the last page");
}

#[test]
fn nothing_leaves_the_page_for_a_300_character_word_or_300_questions() {
    let dir = tempfile::tempdir().unwrap();
    let word = "x".repeat(300);
    let url = format!("https://example.org/{}", "long-path-segment/".repeat(16));
    let mut record = format!(
        "title: \"{word}\"\nyear: 2000\nfilm:\n  runtime_minutes: 90\n  directors: [\"{word}\"]\nsynopsis:\n  short: \"See {url} and {word}.\"\nsources:\n  - {{ title: \"{word}\", url: \"{url}\" }}\ndiscussion:\n  - questions:\n"
    );
    for i in 0..300 {
        record.push_str(&format!("      - text: \"Question number {i}: what does {word} mean, and why?\"\n"));
    }
    let path = dir.path().join("stress.yaml");
    std::fs::write(&path, record).unwrap();
    let (guide, slug) = library::read_record(&path).unwrap();
    for large_print in [false, true] {
        let page = PageSettings { paper: Paper::A4, large_print };
        for edition in Edition::ALL {
            let view = edition::view(&guide, &slug, edition, &edition::Options::default(), &HashMap::new());
            let pages = page_count(&view, &page);
            if edition == Edition::Leader {
                assert!(pages > 20, "300 questions on {pages} pages");
            }
        }
    }
    let view = edition::view(&guide, &slug, Edition::Leader, &edition::Options::default(), &HashMap::new());
    let bytes = pdf::render(&Fonts::default(), &view, &PageSettings::default(), None);
    let doc = Document::load_mem(&bytes).unwrap();
    let text = squashed_text(&doc);
    assert!(text.contains(&squash("Question number 299")));
    // The source's address is a link without a border.
    let annotations: Vec<&lopdf::Dictionary> = doc
        .get_pages()
        .values()
        .filter_map(|id| doc.get_dictionary(*id).ok()?.get(b"Annots").ok()?.as_array().ok())
        .flatten()
        .filter_map(|a| match a {
            Object::Reference(id) => doc.get_dictionary(*id).ok(),
            other => other.as_dict().ok(),
        })
        .collect();
    let link =
        annotations.iter().find(|d| d.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Link")).expect("a link");
    let action = link.get(b"A").unwrap().as_dict().unwrap();
    assert_eq!(action.get(b"URI").unwrap().as_str().unwrap(), url.as_bytes());
    let border: Vec<f32> =
        link.get(b"Border").unwrap().as_array().unwrap().iter().map(|o| o.as_float().unwrap()).collect();
    assert_eq!(border, vec![0.0, 0.0, 0.0]);
}

#[test]
fn a_record_with_only_the_required_fields_renders_every_edition() {
    for edition in Edition::ALL {
        let view = view_of("tests/fixtures/valid/minimal.yaml", edition, &edition::Options::default());
        assert_eq!(page_count(&view, &PageSettings::default()), 1, "{edition:?}");
        let bytes = pdf::render(&Fonts::default(), &view, &PageSettings::default(), None);
        assert!(Document::load_mem(&bytes).is_ok());
    }
}

#[test]
fn large_print_sets_body_text_at_16_points_and_never_in_italics() {
    let view = view_of("guides/her.yaml", Edition::Leader, &edition::Options::default());
    let layout = pdf::layout(&Fonts::default(), &view, &PageSettings { paper: Paper::Letter, large_print: true });
    let mut sizes = Vec::new();
    for draw in layout.pages.iter().flat_map(|p| &p.draws) {
        if let Ink::Text { size, piece, .. } = &draw.ink {
            assert!(!matches!(piece.face, Face::Italic | Face::BoldItalic), "italic text in large print");
            sizes.push(*size);
        }
    }
    let body = sizes.iter().filter(|s| (**s - 16.0).abs() < 0.01).count();
    assert!(body * 2 > sizes.len(), "most text is 16 pt");
    assert!(sizes.iter().all(|s| *s >= 14.0), "nothing under 14 pt");
}

#[test]
fn a_character_the_font_lacks_is_a_warning_and_a_visible_mark() {
    let dir = tempfile::tempdir().unwrap();
    let path: PathBuf = dir.path().join("tokyo-story.yaml");
    std::fs::write(&path, "title: Tokyo Story\nyear: 1953\nfilm:\n  runtime_minutes: 136\noriginal_title: 東京物語\n")
        .unwrap();
    let out = tempfile::tempdir().unwrap();
    let output = Command::new(crate::harness::binary())
        .args(["build", "--format", "pdf", "--out"])
        .arg(out.path())
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("warning[missing-glyph]") && stderr.contains("`東` (U+6771)"), "{stderr}");
    assert!(stderr.contains("field: original_title") && stderr.contains("tokyo-story.yaml:5:"), "{stderr}");
    let doc = load(&out.path().join("tokyo-story/handout.pdf"));
    assert!(squashed_text(&doc).contains('\u{FFFD}'));
}

#[test]
fn a_character_the_font_lacks_is_reported_even_when_written_as_an_escape() {
    let dir = tempfile::tempdir().unwrap();
    let path: PathBuf = dir.path().join("tokyo-story.yaml");
    std::fs::write(
        &path,
        "title: Tokyo Story\nyear: 1953\nfilm:\n  runtime_minutes: 136\noriginal_title: \"\\u6771\"\n",
    )
    .unwrap();
    let output = Command::new(crate::harness::binary()).arg("check").arg(&path).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("warning[missing-glyph]") && stderr.contains("`東` (U+6771)"), "{stderr}");
}
