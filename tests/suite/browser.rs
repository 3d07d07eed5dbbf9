//! The HTML pages in a real browser (Debian's headless Chromium): the catalog's filter
//! runs its script and says why each film is left out; the parents' card prints on one
//! page, as its PDF does; large print prints large. Ignored by default because it needs
//! Chromium (and poppler for reading what it printed); `.ci/run` installs both and runs
//! this with `--ignored`.

use std::path::Path;
use std::process::Command;

/// Chromium as the CI machine runs it: headless, with no network chatter of its own.
fn chromium(profile: &Path) -> Command {
    let mut command = Command::new("chromium");
    command.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ]);
    command.arg(format!("--user-data-dir={}", profile.display()));
    command
}

#[test]
#[ignore = "needs Debian's chromium; .ci/run installs it and runs this"]
fn the_catalog_filter_hides_films_and_says_why_in_a_browser() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_reelguide"))
        .args(["build", "--quiet", "--format", "html", "--out"])
        .arg(out.path())
        .arg(root.join("guides"))
        .status()
        .unwrap();
    assert!(status.success());
    let profile = tempfile::tempdir().unwrap();
    let url = format!("file://{}?age=16&sex_nudity=moderate&violence=mild", out.path().join("index.html").display());
    let dom = chromium(profile.path()).arg("--dump-dom").arg(&url).output().expect("chromium runs");
    let dom = String::from_utf8_lossy(&dom.stdout);
    let left_out = &dom[dom.find("id=\"left-out\"").expect("the left-out list")..];
    let left_out = &left_out[..left_out.find("</section>").unwrap()];
    assert!(!left_out.starts_with("id=\"left-out\" hidden"), "the reasons are hidden:\n{left_out}");
    for reason in [
        "<strong>Her (2013)</strong>: recommended from age 17 (the child is 16); sex &amp; nudity is severe (your limit: moderate)",
        "<strong>Never Let Me Go (2010)</strong>: sex &amp; nudity is severe (your limit: moderate); violence &amp; gore is moderate (your limit: mild)",
    ] {
        assert!(left_out.contains(reason), "missing {reason:?} in\n{left_out}");
    }
    assert!(dom.contains("0 of 5 films fit."), "the count is wrong");
}

/// Builds the HTML of the shipped guides with `args` into a fresh folder.
fn html(args: &[&str]) -> tempfile::TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_reelguide"))
        .args(["build", "--quiet", "--format", "html", "--out"])
        .arg(out.path())
        .args(args)
        .arg(root.join("guides"))
        .status()
        .unwrap();
    assert!(status.success());
    out
}

/// The page printed to PDF by Chromium, as `pdftotext -bbox` sees it: pages, and the
/// heights of its words.
fn print(page: &Path) -> (usize, Vec<f32>) {
    let profile = tempfile::tempdir().unwrap();
    let pdf = profile.path().join("printed.pdf");
    let status = chromium(profile.path())
        .arg("--no-pdf-header-footer")
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(status.status.success() && pdf.exists(), "chromium printed nothing");
    let bbox = Command::new("pdftotext").arg("-bbox").arg(&pdf).arg("-").output().expect("pdftotext runs");
    let xml = String::from_utf8_lossy(&bbox.stdout).into_owned();
    let pages = xml.matches("<page ").count();
    let heights = xml
        .split("<word ")
        .skip(1)
        .filter_map(|w| {
            let number = |name: &str| -> Option<f32> {
                let at = w.find(&format!("{name}=\"",))? + name.len() + 2;
                w[at..at + w[at..].find('"')?].parse().ok()
            };
            Some(number("yMax")? - number("yMin")?)
        })
        .collect();
    (pages, heights)
}

#[test]
#[ignore = "needs Debian's chromium and poppler; .ci/run installs them and runs this"]
fn the_parents_card_prints_on_one_page_from_a_browser_as_its_pdf_does() {
    for paper in ["letter", "a4"] {
        let out = html(&["--paper", paper]);
        for slug in ["never-let-me-go", "her", "moon", "moon-es", "children-of-men"] {
            let (pages, _) = print(&out.path().join(slug).join("parents.html"));
            assert_eq!(pages, 1, "{slug} on {paper}: the printed card takes {pages} pages");
        }
    }
}

#[test]
#[ignore = "needs Debian's chromium and poppler; .ci/run installs them and runs this"]
fn large_print_html_prints_at_16_points_or_more() {
    let median = |mut h: Vec<f32>| {
        h.sort_by(f32::total_cmp);
        h[h.len() / 2]
    };
    let normal = html(&[]);
    let large = html(&["--large-print"]);
    for edition in ["handout", "leader", "parents"] {
        let page = format!("never-let-me-go/{edition}.html");
        let (_, small) = print(&normal.path().join(&page));
        let (_, big) = print(&large.path().join(&page));
        // A word's box is about 1.15 times its type size; 16 pt type gives boxes of 18 pt.
        let (small, big) = (median(small), median(big));
        assert!(big >= 16.0 * 1.1, "{edition}: large print words are {big:.1} pt tall");
        assert!(big > small * 1.4, "{edition}: large print ({big:.1}) is not larger than normal ({small:.1})");
    }
}
