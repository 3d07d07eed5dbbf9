//! Scripts beyond Latin, checked with independent tools: a record mixing Hebrew and Arabic
//! with English, and a Japanese record set with Debian's Noto Sans CJK as a fallback font
//! (`--font`), laid out in this process with the same fonts, as a value.
//!
//! Ignored by default: it needs poppler-utils and fonts-noto-cjk, which `.ci/run` installs
//! before running it with `--ignored`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use crate::checker;

use reelguide::pipeline::library;
use reelguide::render::pdf::fonts::Fonts;
use reelguide::render::pdf::paginate::Ink;
use reelguide::render::pdf::{self, fonts};
use reelguide::view::edition::{self, Edition};
use reelguide::view::paper::{PageSettings, Paper};

const NOTO_CJK: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

fn fixture(name: &str) -> PathBuf {
    crate::harness::root().join("tests/fixtures/stress").join(name)
}

/// Builds one record's PDFs with `args`; returns the folder and what the build printed.
fn build(record: &Path, args: &[&str]) -> (tempfile::TempDir, String) {
    let out = tempfile::tempdir().unwrap();
    let output = Command::new(crate::harness::binary())
        .args(["build", "--format", "pdf", "--out"])
        .arg(out.path())
        .args(args)
        .arg(record)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{stderr}");
    (out, stderr)
}

/// `pdftotext` of a file, without the embedding marks poppler puts around right-to-left
/// runs, and without spaces (poppler puts the space after such a run inside its marks).
fn text(pdf: &Path) -> String {
    let out = Command::new("pdftotext").arg(pdf).arg("-").output().expect("poppler-utils is installed");
    assert!(out.status.success());
    squash(&String::from_utf8_lossy(&out.stdout))
}

fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && !('\u{202A}'..='\u{202E}').contains(c)).collect()
}

#[test]
#[ignore = "needs poppler-utils"]
fn hebrew_and_arabic_beside_english_come_back_in_reading_order() {
    let (out, stderr) = build(&fixture("right-to-left.yaml"), &[]);
    assert!(!stderr.contains("warning["), "{stderr}");
    let handout = text(&out.path().join("right-to-left/handout.pdf"));
    for expected in [
        "one with שלום עליכם and the other with السلام عليكم,",
        "מה אומרת המילה שלום לכל אחד מהם",
        "ماذا تعني كلمة سلام في الفيلم؟",
        "Why does the film end on the word שלום, said 3 times?",
    ] {
        assert!(handout.contains(&squash(expected)), "{expected:?} not in:\n{handout}");
    }
}

#[test]
#[ignore = "needs poppler-utils and fonts-noto-cjk"]
fn japanese_with_a_fallback_font_is_embedded_and_lays_out_without_faults() {
    // The layouts below are made in this process, with the fonts the build uses.
    let noto = std::fs::read(NOTO_CJK).expect("fonts-noto-cjk is installed");
    let with_noto = Fonts::new(vec![fonts::Fallback { bytes: Arc::new(noto) }]);

    let record = fixture("japanese.yaml");
    let (out, stderr) = build(&record, &["--font", NOTO_CJK]);
    assert!(!stderr.contains("missing-glyph"), "{stderr}");
    let handout = text(&out.path().join("japanese/handout.pdf"));
    for expected in
        ["東京物語 (1953)", "子どもたちはなぜ両親に時間を割けなかったのでしょうか。", "熱海の旅館, or the last"]
    {
        assert!(handout.contains(&squash(expected)), "{expected:?} not in:\n{handout}");
    }
    let listing = Command::new("pdffonts").arg(out.path().join("japanese/handout.pdf")).output().unwrap();
    let listing = String::from_utf8_lossy(&listing.stdout);
    assert!(listing.lines().any(|l| l.contains("+NotoSansCJKjp-Regular") && l.contains(" yes yes yes ")), "{listing}");

    let (guide, slug) = library::read_record(&record).unwrap();
    let lookup = HashMap::new();
    let mut faults = Vec::new();
    for paper in [Paper::Letter, Paper::A4, Paper::A5] {
        for large_print in [false, true] {
            for edition in Edition::ALL {
                let view = edition::view(&guide, &slug, edition, &edition::Options::default(), &lookup);
                let layout = pdf::layout(&with_noto, &view, &PageSettings { paper, large_print });
                // Lines of Japanese break between characters, but never before 。 or 、.
                for page in &layout.pages {
                    for draw in &page.draws {
                        if let Ink::Text { piece, .. } = &draw.ink
                            && piece.text.starts_with(['。', '、', '？'])
                        {
                            faults.push(format!("{edition:?} {paper:?}: a line starts with {:?}", piece.text));
                        }
                    }
                }
                faults.extend(
                    checker::check(&layout)
                        .into_iter()
                        .map(|f| format!("{edition:?} {paper:?} large={large_print}: page {}: {}", f.page, f.what)),
                );
            }
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}
