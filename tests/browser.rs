//! The HTML pages in a real browser (Debian's headless Chromium): the catalog's filter
//! runs its script and says why each film is left out. Ignored by default because it
//! needs Chromium; `.ci/run` installs it and runs this with `--ignored`.

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
    assert!(dom.contains("0 of 2 films fit."), "the count is wrong");
}
