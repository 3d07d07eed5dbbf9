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
    let status = Command::new(crate::harness::binary())
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
        "<strong>Never Let Me Go (2010)</strong>: sex &amp; nudity is severe (your limit: moderate); violence &amp; gore is severe (your limit: mild)",
        "<strong>Moon (2009), In Spanish</strong>: violence &amp; gore is severe (your limit: mild)",
    ] {
        assert!(left_out.contains(reason), "missing {reason:?} in\n{left_out}");
    }
    assert!(dom.contains(" of 25 films fit."), "the count is wrong");
}

/// The catalog's search, order, shared address, count, the page with scripts off and
/// every page at a phone's width, on the shipped library and on one of 1,000 records:
/// `tests/browser/catalog.mjs`, driving Chromium with playwright-core (`.ci/run`
/// installs it with `npm ci --prefix tests/browser`).
#[test]
#[ignore = "needs Debian's chromium, Node.js and tests/browser's playwright-core; .ci/run installs them"]
fn the_catalog_searches_sorts_and_shares_its_filters_in_a_browser_at_any_width() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(
        root.join("tests/browser/node_modules/playwright-core").is_dir(),
        "run `npm ci --prefix tests/browser` first"
    );
    let shipped = html(&[]);
    let generated = tempfile::tempdir().unwrap();
    let records = generated.path().join("guides");
    write_library(&records, 1000);
    let out = generated.path().join("out");
    let status = Command::new(crate::harness::binary())
        .args(["build", "--quiet", "--format", "html", "--edition", "parents", "--out"])
        .arg(&out)
        .arg(&records)
        .status()
        .unwrap();
    assert!(status.success());
    let run = Command::new("node")
        .arg(root.join("tests/browser/catalog.mjs"))
        .arg(shipped.path())
        .arg(&out)
        .output()
        .expect("node runs");
    let said = format!("{}{}", String::from_utf8_lossy(&run.stdout), String::from_utf8_lossy(&run.stderr));
    assert!(run.status.success(), "{said}");
    assert!(said.contains("browser checks passed"), "{said}");
}

/// `count` records in `dir`, copies of the shipped English records under numbered
/// titles, their links to other records dropped.
fn write_library(dir: &Path, count: usize) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(dir).unwrap();
    let mut shipped: Vec<String> = std::fs::read_dir(root.join("guides"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    shipped.sort();
    for n in 0..count {
        let text = &shipped[n % shipped.len()];
        let record: String = text
            .lines()
            .filter(|l| !l.starts_with("slug:"))
            .map(|l| match l.strip_prefix("title: ") {
                Some(title) => format!("title: \"{} {n:04}\"\n", title.trim_matches('"')),
                None => format!("{}\n", strip_guide_link(l)),
            })
            .collect();
        std::fs::write(dir.join(format!("film-{n:04}.yaml")), record).unwrap();
    }
}

/// A related film's line without its `guide:` link: the copies have other slugs.
fn strip_guide_link(line: &str) -> String {
    match line.find(" guide: ") {
        Some(at) => {
            let rest = &line[at + " guide: ".len()..];
            let end = rest.find(',').map_or(rest.len(), |e| e + 1);
            format!("{}{}", &line[..at], &rest[end..])
        }
        None => line.to_string(),
    }
}

/// Builds the HTML of the shipped guides with `args` into a fresh folder.
fn html(args: &[&str]) -> tempfile::TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(crate::harness::binary())
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
        let slugs: Vec<String> = std::fs::read_dir(out.path())
            .unwrap()
            .flatten()
            .filter(|e| e.path().join("parents.html").is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert!(slugs.len() >= 24, "{slugs:?}");
        for slug in &slugs {
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
