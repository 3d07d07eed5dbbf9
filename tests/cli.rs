//! The real `reelguide` binary: exit codes, what it prints and what it writes.

use std::path::Path;
use std::process::{Command, Output};

fn reelguide(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_reelguide"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn check_passes_on_the_shipped_guides() {
    let out = reelguide(root(), &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("checked 2 records: all valid"));
}

#[test]
fn check_fails_with_exit_1_and_reports_every_file() {
    let out = reelguide(root(), &["check", "tests/fixtures/invalid"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stderr(&out);
    for name in ["severity-medium.yaml:8:15", "rating-pg13.yaml:7:28", "unknown-key.yaml:2:1", "empty-file.yaml:1:1"] {
        assert!(text.contains(name), "{name} missing");
    }
    assert!(text.contains("did you mean `moderate`?"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(reelguide(root(), &["check", "no/such/folder"]).status.code(), Some(2));
    assert_eq!(reelguide(root(), &["check", "--no-such-flag"]).status.code(), Some(2));
    assert_eq!(reelguide(root(), &["frobnicate"]).status.code(), Some(2));
}

#[test]
fn warnings_fail_only_when_denied() {
    let dir = tempfile::tempdir().unwrap();
    let record = std::fs::read_to_string(root().join("tests/fixtures/warnings/related-missing.yaml")).unwrap();
    std::fs::write(dir.path().join("film.yaml"), record).unwrap();
    let out = reelguide(dir.path(), &["check", "film.yaml"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("warning[related-missing]"));
    assert_eq!(reelguide(dir.path(), &["check", "--deny-warnings", "film.yaml"]).status.code(), Some(1));
}

#[test]
fn new_writes_a_skeleton_that_checks_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let out = reelguide(dir.path(), &["new", "The Keeper's Daughter: Part 2", "--year", "2019"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let path = dir.path().join("guides/the-keepers-daughter-part-2.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("# yaml-language-server: $schema=guide.schema.json"));
    assert!(text.contains("title: \"The Keeper's Daughter: Part 2\""));
    for section in [
        "film:",
        "ratings:",
        "advisories:",
        "themes:",
        "discussion:",
        "quotes:",
        "faith:",
        "plan:",
        "related:",
        "sources:",
    ] {
        assert!(text.contains(section), "{section} missing from the skeleton");
    }
    assert!(dir.path().join("guides/guide.schema.json").exists());
    assert_eq!(reelguide(dir.path(), &["check"]).status.code(), Some(0));

    std::fs::write(&path, "edited by hand\n").unwrap();
    let again = reelguide(dir.path(), &["new", "The Keeper's Daughter: Part 2", "--year", "2019"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("already exists"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "edited by hand\n");
}

#[test]
fn schema_is_json_derived_from_the_types_and_matches_the_shipped_copy() {
    let out = reelguide(root(), &["schema"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(schema["properties"]["advisories"]["type"], "array");
    let severity = &schema["definitions"]["Severity"]["enum"];
    assert_eq!(severity, &serde_json::json!(["none", "mild", "moderate", "severe"]));
    assert_eq!(schema["additionalProperties"], false);
    let shipped = std::fs::read_to_string(root().join("guides/guide.schema.json")).unwrap();
    assert_eq!(text, shipped, "guides/guide.schema.json is stale: run `reelguide schema > guides/guide.schema.json`");
}

#[test]
fn shipped_guides_point_editors_at_the_schema() {
    for name in ["never-let-me-go.yaml", "her.yaml"] {
        let text = std::fs::read_to_string(root().join("guides").join(name)).unwrap();
        assert!(text.starts_with("# yaml-language-server: $schema=guide.schema.json"), "{name}");
    }
}
