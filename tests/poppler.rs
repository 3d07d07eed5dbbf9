//! Checks every PDF built from `guides/` with independent tools: `qpdf --check` for the
//! file's structure and `pdftotext` (poppler) for its text, which must contain every
//! question of the record. Ignored by default because it needs poppler-utils and qpdf;
//! `.ci/run` installs them and runs it with `--ignored`.

use std::path::Path;
use std::process::Command;

use reelguide::{library, markup};

fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{00AD}').collect()
}

#[test]
#[ignore = "needs poppler-utils and qpdf; .ci/run installs them and runs this"]
fn every_pdf_from_guides_passes_qpdf_and_pdftotext_finds_every_question() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_reelguide"))
        .args(["build", "--format", "pdf", "--out"])
        .arg(out.path())
        .arg(root.join("guides"))
        .status()
        .unwrap();
    assert!(status.success());
    let files = library::find_files(&[root.join("guides")]).unwrap();
    let mut checked = 0;
    for file in files {
        let (guide, slug) = library::read_record(&file).unwrap();
        for edition in ["handout", "leader", "parents"] {
            let pdf = out.path().join(&slug).join(format!("{edition}.pdf"));
            let qpdf = Command::new("qpdf").arg("--check").arg(&pdf).output().expect("qpdf is installed");
            assert!(qpdf.status.success(), "qpdf --check {}: {}", pdf.display(), String::from_utf8_lossy(&qpdf.stdout));
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
