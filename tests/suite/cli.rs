//! The real `reelguide` binary: exit codes, what it prints and what it writes.

use crate::harness::{root, run as reelguide, stderr};

#[test]
fn check_passes_on_the_shipped_guides() {
    let out = reelguide(root(), &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("checked 25 records and 4 nights: all valid"), "{}", stderr(&out));
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
fn new_writes_a_skeleton_that_fails_check_on_every_placeholder_and_never_overwrites() {
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

    // The untouched skeleton is not a record yet: one located error per placeholder.
    let check = reelguide(dir.path(), &["check"]);
    assert_eq!(check.status.code(), Some(1), "{}", stderr(&check));
    let report = stderr(&check);
    let placeholders: Vec<(usize, usize)> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim_start().starts_with('#'))
        .flat_map(|(i, line)| {
            let code = line.split(" #").next().unwrap_or(line);
            code.match_indices("TODO").map(move |(at, _)| (i + 1, at))
        })
        .collect();
    assert!(placeholders.len() >= 20, "{} placeholders", placeholders.len());
    assert_eq!(report.matches("error[placeholder]").count(), placeholders.len(), "{report}");
    for (line, _) in &placeholders {
        assert!(report.contains(&format!("the-keepers-daughter-part-2.yaml:{line}:")), "line {line} not reported");
    }
    // No command treats it as a reviewed film.
    let list = reelguide(dir.path(), &["list", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(json["films"].as_array().unwrap().len(), 0, "the skeleton was listed");
    let build = reelguide(dir.path(), &["build", "--quiet"]);
    assert_eq!(build.status.code(), Some(1));
    assert!(!dir.path().join("out/the-keepers-daughter-part-2").exists(), "the skeleton was built");

    std::fs::write(&path, "edited by hand\n").unwrap();
    let again = reelguide(dir.path(), &["new", "The Keeper's Daughter: Part 2", "--year", "2019"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("already exists"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "edited by hand\n");
}

/// The skeleton with every placeholder filled in is a valid record whose every category
/// is still not reviewed: nothing a parent filters on looks clean by default.
#[test]
fn a_filled_in_skeleton_is_valid_and_reviews_nothing_until_someone_does() {
    let dir = tempfile::tempdir().unwrap();
    reelguide(dir.path(), &["new", "Moon", "--year", "2009"]);
    let path = dir.path().join("guides/moon.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let filled = text
        .replace("runtime_minutes: TODO", "runtime_minutes: 97")
        .replace("min_age: TODO", "min_age: 15")
        .replace("year: TODO", "year: 2010")
        .replace("rating: TODO", "rating: R")
        .replace("source: TODO", "source: a-source-id")
        .replace("\"TODO: the release date as YYYY-MM-DD\"", "2009-06-12")
        .replace("\"TODO: where to stop the film, such as 0:50\"", "\"0:50\"")
        .replace("\"TODO: its https:// address\"", "\"https://example.org/moon\"")
        .replace("spoiler: TODO", "spoiler: false")
        .replace("\"TODO: ", "\"Filled: ");
    let code: String = filled.lines().filter(|l| !l.trim_start().starts_with('#')).collect();
    assert!(!code.contains("TODO"), "a placeholder was missed:\n{filled}");
    std::fs::write(&path, filled).unwrap();
    let check = reelguide(dir.path(), &["check"]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    let list = reelguide(dir.path(), &["list", "--max", "sex_nudity=none", "--max", "language=none", "--age", "18"]);
    let listed = String::from_utf8_lossy(&list.stdout).into_owned();
    assert!(listed.starts_with("0 films of 1 fit"), "{listed}");
    assert!(listed.contains("sex & nudity is not reviewed") && listed.contains("language is not reviewed"), "{listed}");
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

#[test]
fn the_command_line_definition_is_consistent() {
    use clap::CommandFactory;
    reelguide::cli::Cli::command().debug_assert();
}

#[test]
fn a_fallback_font_that_cannot_be_used_stops_the_build_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join("guides/moon.yaml"), dir.path().join("moon.yaml")).unwrap();
    let missing = reelguide(dir.path(), &["build", "moon.yaml", "--font", "fonts/none.ttf"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("cannot read the font fonts/none.ttf"), "{}", stderr(&missing));
    // Named in the settings, relative to their folder: a file that is not a font.
    std::fs::write(dir.path().join("reelguide.yaml"), "fonts: [moon.yaml]\n").unwrap();
    let not_a_font = reelguide(dir.path(), &["build", "moon.yaml"]);
    assert_eq!(not_a_font.status.code(), Some(2));
    let text = stderr(&not_a_font);
    assert!(text.contains("cannot use the font") && text.contains("not a TrueType or OpenType font"), "{text}");
    assert!(text.contains("hint:"), "{text}");
    assert!(!dir.path().join("out").exists(), "nothing is written");
}

#[test]
fn new_writes_its_comments_in_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    for (language, comment) in
        [("de", "Die Inhaltsprüfung"), ("fr", "L'examen du contenu"), ("pt", "A revisão do conteúdo")]
    {
        let folder = format!("guides-{language}");
        let out = reelguide(dir.path(), &["new", "Moon", "--year", "2009", "--language", language, "--dir", &folder]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = std::fs::read_to_string(dir.path().join(&folder).join("moon.yaml")).unwrap();
        assert!(text.contains(&format!("\nlanguage: {language} ")), "{text}");
        assert!(text.contains(comment), "{text}");
        for english in ["The content review", "Every \"TODO\" below", "where every fact above came from"] {
            assert!(!text.contains(english), "{english:?} in the {language} skeleton");
        }
        // Still a skeleton: check lists its placeholders, and nothing else is wrong.
        let checked = reelguide(dir.path(), &["check", &format!("{folder}/moon.yaml")]);
        assert_eq!(checked.status.code(), Some(1));
        assert!(stderr(&checked).contains("error[placeholder]"), "{}", stderr(&checked));
    }
    let unknown = reelguide(dir.path(), &["new", "Moon", "--year", "2009", "--language", "xx"]);
    assert_eq!(unknown.status.code(), Some(2));
}

/// Starts the program with no arguments and no terminal (standard input, output and
/// error all redirected), as a file manager does, with a stub for the browser; gives its
/// exit code and the path it asked the browser to open (waiting up to ten seconds).
fn start_without_a_terminal(dir: &std::path::Path) -> (Option<i32>, String) {
    use std::os::unix::fs::PermissionsExt;
    let tools = tempfile::tempdir().unwrap();
    let opened = tools.path().join("opened.txt");
    let browser = tools.path().join("browser.sh");
    std::fs::write(&browser, format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", opened.display())).unwrap();
    std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();
    let status = crate::harness::command(dir)
        .env("BROWSER", &browser)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .status()
        .unwrap();
    let started = std::time::Instant::now();
    while !opened.exists() && started.elapsed() < std::time::Duration::from_secs(10) {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    (status.code(), std::fs::read_to_string(opened).unwrap_or_default())
}

#[test]
fn started_without_a_terminal_it_builds_and_opens_the_catalog() {
    let dir = crate::nights::night_project();
    let (code, path) = start_without_a_terminal(dir.path());
    assert_eq!(code, Some(0));
    assert!(path.ends_with("out/index.html"), "opened {path:?}");
    assert!(std::fs::read_to_string(&path).unwrap().contains("Never Let Me Go"));
    assert!(dir.path().join("out/moon/handout.pdf").is_file());
}

#[test]
fn started_without_a_terminal_where_there_is_no_library_it_opens_a_page_that_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let (code, path) = start_without_a_terminal(dir.path());
    assert_eq!(code, Some(1));
    let page = std::fs::read_to_string(path).unwrap();
    assert!(page.contains("No film records here") && page.contains("reelguide build"), "{page}");
    assert!(!dir.path().join("out").exists(), "something was built");
}

#[test]
fn in_a_terminal_no_arguments_is_still_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let binary = crate::harness::binary().display().to_string();
    // All in a terminal, and with only error output left on it (a script's redirections
    // in a terminal): either way there is someone to read the usage message.
    for line in [binary.clone(), format!("{binary} </dev/null >/dev/null")] {
        let out = std::process::Command::new("script")
            .args(["-qec", &line, "/dev/null"])
            .current_dir(dir.path())
            .env("BROWSER", "/bin/false")
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(2), "{line}: {said}");
        assert!(said.contains("Usage"), "{line}: {said}");
    }
}
