//! Checks the PDFs built from `guides/` with independent tools: `qpdf --check` for each
//! file's structure; `pdftotext` (poppler) for its text, which must contain every
//! question of the record; and `pdftotext -bbox` for where each word landed, which must
//! overlap no other word and stay 0.6 in inside the paper's edge. Every paper, normal and
//! large print, booklets and two-up sheets. Ignored by default because it needs
//! poppler-utils and qpdf; `.ci/run` installs them and runs it with `--ignored`.

use crate::harness::root;
use std::path::{Path, PathBuf};
use std::process::Command;

use reelguide::markup;
use reelguide::pipeline::library;

fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{00AD}').collect()
}

/// Builds the shipped guides with `args` into a fresh folder.
fn build(args: &[&str]) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(crate::harness::binary())
        .args(["build", "--quiet", "--format", "pdf", "--out"])
        .arg(out.path())
        .args(args)
        .arg(root().join("guides"))
        .status()
        .unwrap();
    assert!(status.success());
    out
}

fn pdfs(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .flat_map(|e| std::fs::read_dir(e.path()).unwrap().flatten().map(|f| f.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    found.sort();
    found
}

fn qpdf_check(pdf: &Path) {
    let qpdf = Command::new("qpdf").arg("--check").arg(pdf).output().expect("qpdf is installed");
    assert!(qpdf.status.success(), "qpdf --check {}: {}", pdf.display(), String::from_utf8_lossy(&qpdf.stdout));
}

/// `pdffonts`: every font is embedded, as a subset (a six-letter tag before its name),
/// with a ToUnicode map, so the text copies and searches.
fn fonts_embedded_as_subsets(pdf: &Path) {
    let out = Command::new("pdffonts").arg(pdf).output().expect("pdffonts is installed");
    assert!(out.status.success());
    let listing = String::from_utf8_lossy(&out.stdout);
    let fonts: Vec<&str> = listing.lines().skip(2).filter(|l| !l.trim().is_empty()).collect();
    assert!(!fonts.is_empty(), "{}: no fonts", pdf.display());
    for font in fonts {
        let columns: Vec<&str> = font.split_whitespace().collect();
        let name = columns[0];
        let (emb, sub, uni) = (columns[columns.len() - 5], columns[columns.len() - 4], columns[columns.len() - 3]);
        assert!(name.len() > 7 && name.as_bytes()[6] == b'+', "{}: {name} has no subset tag", pdf.display());
        assert_eq!((emb, sub, uni), ("yes", "yes", "yes"), "{}: {font}", pdf.display());
    }
}

#[test]
#[ignore = "needs poppler-utils and qpdf; .ci/run installs them and runs this"]
fn every_pdf_from_guides_passes_qpdf_and_pdftotext_finds_every_question() {
    let out = build(&[]);
    let files = library::find_files(&[root().join("guides")]).unwrap();
    let mut checked = 0;
    for file in files {
        let (guide, slug) = library::read_record(&file).unwrap();
        for edition in ["handout", "leader", "parents"] {
            let pdf = out.path().join(&slug).join(format!("{edition}.pdf"));
            qpdf_check(&pdf);
            fonts_embedded_as_subsets(&pdf);
            let text = Command::new("pdftotext").arg(&pdf).arg("-").output().expect("pdftotext is installed");
            assert!(text.status.success());
            let text = squash(&String::from_utf8_lossy(&text.stdout));
            assert!(text.contains(&squash(&guide.title)), "{}: no title", pdf.display());
            if edition != "parents" {
                for question in guide.discussion.iter().flat_map(|s| &s.questions) {
                    let wanted = squash(&markup::plain(&question.text));
                    assert!(text.contains(&wanted), "{}: pdftotext finds no {:?}", pdf.display(), question.text);
                }
            }
            checked += 1;
        }
    }
    assert!(checked >= 6);
}

/// A word's box on a page, in points from the top left, as `pdftotext -bbox` reports it.
#[derive(Debug)]
struct Word {
    text: String,
    x_min: f32,
    y_min: f32,
    x_max: f32,
    y_max: f32,
}

/// Pages (width, height and words) of `pdftotext -bbox` output.
fn word_boxes(pdf: &Path) -> Vec<(f32, f32, Vec<Word>)> {
    let out = Command::new("pdftotext").arg("-bbox").arg(pdf).arg("-").output().expect("pdftotext is installed");
    assert!(out.status.success());
    let xml = String::from_utf8_lossy(&out.stdout);
    let attr = |tag: &str, name: &str| -> f32 {
        let start = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[start..start + tag[start..].find('"').unwrap()].parse().unwrap()
    };
    let mut pages = Vec::new();
    for page in xml.split("<page ").skip(1) {
        let head = &page[..page.find('>').unwrap()];
        let mut words = Vec::new();
        for word in page.split("<word ").skip(1) {
            let tag = &word[..word.find('>').unwrap()];
            let text = &word[word.find('>').unwrap() + 1..word.find("</word>").unwrap()];
            words.push(Word {
                text: text.to_string(),
                x_min: attr(tag, "xMin"),
                y_min: attr(tag, "yMin"),
                x_max: attr(tag, "xMax"),
                y_max: attr(tag, "yMax"),
            });
        }
        pages.push((attr(head, "width"), attr(head, "height"), words));
    }
    pages
}

/// Every fault poppler's word boxes show: words drawn over each other, and words closer
/// to the paper's edge than `margin`.
fn faults(pdf: &Path, margin: f32) -> Vec<String> {
    const EPS: f32 = 0.5;
    let mut found = Vec::new();
    for (i, (width, height, words)) in word_boxes(pdf).iter().enumerate() {
        let page = i + 1;
        for (a, w) in words.iter().enumerate() {
            if w.x_min < margin - EPS
                || w.x_max > width - margin + EPS
                || w.y_min < margin - EPS
                || w.y_max > height - margin + EPS
            {
                found.push(format!("page {page}: {:?} is within {margin} pt of the edge", w.text));
            }
            for v in &words[a + 1..] {
                let overlap = w.x_min < v.x_max - EPS
                    && v.x_min < w.x_max - EPS
                    && w.y_min < v.y_max - EPS
                    && v.y_min < w.y_max - EPS;
                if overlap {
                    found.push(format!("page {page}: {:?} overlaps {:?}", w.text, v.text));
                }
            }
        }
    }
    found
}

#[test]
#[ignore = "needs poppler-utils and qpdf; .ci/run installs them and runs this"]
fn poppler_sees_no_word_over_another_or_off_the_page_on_any_paper() {
    let mut all = Vec::new();
    for paper in ["letter", "a4", "half-letter", "a5"] {
        for print in [None, Some("--large-print")] {
            let mut args = vec!["--paper", paper, "--group", "St Mark's Film Club", "--start", "19:00"];
            args.extend(print);
            let out = build(&args);
            for pdf in pdfs(out.path()) {
                qpdf_check(&pdf);
                // Every mark stays 0.6 in inside the paper's edge.
                all.extend(faults(&pdf, 43.2).into_iter().map(|f| format!("{paper} {print:?} {}: {f}", pdf.display())));
            }
        }
    }
    assert!(all.is_empty(), "{} faults:\n{}", all.len(), all.join("\n"));
}

#[test]
#[ignore = "needs poppler-utils and qpdf; .ci/run installs them and runs this"]
fn booklets_and_two_up_sheets_have_the_sizes_and_pages_described() {
    for (paper, sheet) in [("letter", (792.0, 612.0)), ("a4", (841.89, 595.28)), ("a5", (841.89, 595.28))] {
        let out = build(&["--paper", paper, "--booklet", "--two-up"]);
        for slug in ["never-let-me-go", "her"] {
            let dir = out.path().join(slug);
            for name in ["handout-booklet.pdf", "leader-booklet.pdf", "parents-2up.pdf"] {
                let pdf = dir.join(name);
                qpdf_check(&pdf);
                let pages = word_boxes(&pdf);
                for (width, height, _) in &pages {
                    assert!(
                        (width - sheet.0).abs() < 1.0 && (height - sheet.1).abs() < 1.0,
                        "{paper} {name}: {width}x{height}"
                    );
                }
                if name.contains("booklet") {
                    // Each booklet is printed on both sides of whole sheets.
                    assert_eq!(pages.len() % 2, 0, "{paper} {name}: {} sides", pages.len());
                    let first: String = pages[0].2.iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ");
                    assert!(first.contains("flipping on the short edge"), "{paper} {name}: no printing note");
                }
                // Office printers cannot print the outer quarter inch.
                let f = faults(&pdf, 18.0);
                assert!(f.is_empty(), "{paper} {name}:\n{}", f.join("\n"));
            }
            // The card comes twice on each sheet.
            let card = word_boxes(&dir.join("parents-2up.pdf"));
            let title = &card[0].2;
            let copies = title.iter().filter(|w| w.text == "CARD").count();
            assert!(copies >= 2, "{paper}: {copies} copies of the card on the sheet");
        }
    }
}

#[test]
#[ignore = "needs poppler-utils and qpdf; .ci/run installs them and runs this"]
fn the_nights_pack_passes_qpdf_and_every_copy_and_after_the_film_sheet_starts_a_sheet() {
    let dir = crate::nights::night_project();
    let built = Command::new(crate::harness::binary()).current_dir(dir.path()).args(["build", "--quiet"]).output();
    assert!(built.expect("the binary runs").status.success());
    let night = dir.path().join("out/nights/love-with-a-deadline");
    for name in ["pack.pdf", "leader.pdf"] {
        qpdf_check(&night.join(name));
        fonts_embedded_as_subsets(&night.join(name));
    }
    let text = Command::new("pdftotext").arg(night.join("pack.pdf")).arg("-").output().expect("pdftotext runs");
    let text = String::from_utf8_lossy(&text.stdout);
    let pages: Vec<&str> = text.split('\u{c}').collect();
    let (mut copies, mut after) = (0, 0);
    for (i, page) in pages.iter().enumerate() {
        let number = i + 1;
        if !page.contains("Discussion handout") {
            continue;
        }
        if page.contains("Page 1 of") {
            copies += 1;
            assert!(number % 2 == 1, "a handout copy starts on page {number}, the back of a sheet");
        }
        if page.trim_start().starts_with("After the film") {
            after += 1;
            assert!(number % 2 == 1, "an after-the-film sheet starts on page {number}, the back of a sheet");
        }
    }
    // 18 people, two films.
    assert_eq!(copies, 36);
    assert_eq!(after, 36);
}
