//! `reelguide build` and the parents' commands through the real binary, in temporary
//! project folders: fresh and repeated builds, broken records, a killed build, unsafe
//! output folders, the config file, `list` and `ratings`.

use crate::harness::{files, project, root, run, stderr, stdout};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A complete output: HTML that closes, or a PDF that parses to its end.
fn assert_complete(path: &Path) {
    let bytes = std::fs::read(path).unwrap();
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => assert!(bytes.ends_with(b"</html>\n"), "torn HTML: {}", path.display()),
        Some("pdf") => {
            assert!(bytes.windows(5).rev().take(64).any(|w| w == b"%%EOF"), "torn PDF: {}", path.display());
            assert!(lopdf::Document::load_mem(&bytes).is_ok(), "unreadable PDF: {}", path.display());
        }
        _ => panic!("unexpected output {}", path.display()),
    }
}

#[test]
fn a_fresh_build_writes_every_edition_in_both_formats_and_a_rebuild_is_identical() {
    let dir = project();
    let first = run(dir.path(), &["build"]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    assert!(
        stderr(&first).contains("built 2 guides into out: 13 files written, 0 warnings, 0 errors"),
        "{}",
        stderr(&first)
    );
    let out = dir.path().join("out");
    let written = files(&out);
    // Twelve pages, the catalog, and the manifest of what they were made from.
    assert_eq!(written.len(), 14, "{written:?}");
    for edition in ["handout", "leader", "parents"] {
        for format in ["html", "pdf"] {
            assert!(written.contains(&PathBuf::from(format!("her/{edition}.{format}"))));
        }
    }
    let before: Vec<Vec<u8>> = written.iter().map(|f| std::fs::read(out.join(f)).unwrap()).collect();
    assert_eq!(run(dir.path(), &["build", "--quiet"]).status.code(), Some(0));
    let after: Vec<Vec<u8>> = written.iter().map(|f| std::fs::read(out.join(f)).unwrap()).collect();
    assert_eq!(files(&out), written, "no temporary or extra files");
    assert!(before == after, "a rebuild changed bytes");
}

#[test]
fn a_broken_record_is_reported_and_the_good_ones_still_build() {
    let dir = project();
    std::fs::write(dir.path().join("guides/broken.yaml"), "title: Broken\nyear: 2010\nfilm:\n  runtime_minutes: 90\nadvisories:\n  - category: violence\n    severity: medium\n").unwrap();
    let output = run(dir.path(), &["build"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stderr(&output);
    assert!(text.contains("guides/broken.yaml:7:15") && text.contains("did you mean `moderate`?"), "{text}");
    assert!(text.contains("1 record not built"), "{text}");
    let written = files(&dir.path().join("out"));
    assert!(!written.iter().any(|f| f.starts_with("broken")), "the broken record got output");
    assert_eq!(written.len(), 14);
    assert!(!std::fs::read_to_string(dir.path().join("out/index.html")).unwrap().contains("Broken"));
}

#[test]
fn a_build_killed_part_way_leaves_no_torn_file_and_the_next_build_cleans_up() {
    let dir = project();
    let template = std::fs::read_to_string(root().join("guides/never-let-me-go.yaml")).unwrap();
    for i in 0..300 {
        let record = template.replacen("title: Never Let Me Go", &format!("title: Never Let Me Go, copy {i}"), 1);
        std::fs::write(dir.path().join(format!("guides/copy-{i:03}.yaml")), record).unwrap();
    }
    let out = dir.path().join("out");
    let mut child = Command::new(crate::harness::binary())
        .args(["build", "--quiet"])
        .current_dir(dir.path())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    // Kill it once some records are written and many are not.
    while files(&out).len() < 120 && started.elapsed() < Duration::from_secs(120) {
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    let written = files(&out);
    assert!(written.len() < 300 * 6, "the build finished before it could be killed");
    let mut temporaries = 0;
    for file in &written {
        if file.file_name().unwrap().to_string_lossy().starts_with(".reelguide-tmp-") {
            temporaries += 1;
        } else {
            assert_complete(&out.join(file));
        }
    }
    eprintln!("killed with {} files, {temporaries} temporary", written.len());
    let again = run(dir.path(), &["build", "--quiet"]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    let rebuilt = files(&out);
    assert!(rebuilt.iter().all(|f| !f.file_name().unwrap().to_string_lossy().starts_with(".reelguide-tmp-")));
    // Every page, the catalog and the manifest.
    assert_eq!(rebuilt.len(), 302 * 6 + 2);
}

#[test]
fn unsafe_output_folders_are_refused_and_nothing_is_written() {
    let dir = project();
    for out in ["guides", ".", "/", "..", "guides/.."] {
        let output = run(dir.path(), &["build", "--out", out]);
        assert_eq!(output.status.code(), Some(2), "--out {out} was not refused");
        assert!(stderr(&output).contains("refusing to write into"), "{}", stderr(&output));
    }
    assert_eq!(files(&dir.path().join("guides")).len(), 3, "something was written into guides/");
}

#[test]
fn the_command_line_overrides_the_config_file_which_overrides_the_defaults() {
    let dir = project();
    std::fs::write(
        dir.path().join("reelguide.yaml"),
        "group: Config Group\nevent: { date: 2026-03-06, start: \"19:30\", place: The Hall }\npaper: a4\nfaith: false\nout: site\n",
    )
    .unwrap();
    let output = run(dir.path(), &["build"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let leader = std::fs::read_to_string(dir.path().join("site/her/leader.html")).unwrap();
    assert!(leader.contains("Config Group"));
    assert!(leader.contains("Friday 6 March 2026 · 19:30 · The Hall"));
    assert!(leader.contains("<td class=\"clock\">19:30</td>"), "the event start gives clock times");
    assert!(!leader.contains("<h3>Opening prayer</h3>"), "faith: false");
    let pdf = lopdf::Document::load(dir.path().join("site/her/handout.pdf")).unwrap();
    let page = pdf.get_dictionary(*pdf.get_pages().values().next().unwrap()).unwrap();
    let width = page.get(b"MediaBox").unwrap().as_array().unwrap()[2].as_float().unwrap();
    assert!((width - 595.28).abs() < 0.5, "paper: a4 gave {width}");

    let output =
        run(dir.path(), &["build", "--group", "Command Line Group", "--faith", "--paper", "letter", "--out", "other"]);
    assert_eq!(output.status.code(), Some(0));
    let leader = std::fs::read_to_string(dir.path().join("other/her/leader.html")).unwrap();
    assert!(leader.contains("Command Line Group") && !leader.contains("Config Group"));
    assert!(leader.contains("<h3>Opening prayer</h3>"), "--faith overrides faith: false");
    let pdf = lopdf::Document::load(dir.path().join("other/her/handout.pdf")).unwrap();
    let page = pdf.get_dictionary(*pdf.get_pages().values().next().unwrap()).unwrap();
    assert_eq!(page.get(b"MediaBox").unwrap().as_array().unwrap()[2].as_float().unwrap(), 612.0);

    // A mistake in the config file is reported like a record's.
    std::fs::write(dir.path().join("reelguide.yaml"), "group: G\npaper: A3\n").unwrap();
    let output = run(dir.path(), &["build"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("reelguide.yaml:2:8")
            && (stderr(&output).contains("did you mean `a4`?") || stderr(&output).contains("did you mean `a5`?")),
        "{}",
        stderr(&output)
    );
    let output = run(dir.path(), &["--config", "missing.yaml", "build"]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn list_filters_by_content_and_age_and_says_why() {
    let dir = project();
    // A record that reviewed only two categories.
    std::fs::write(
        dir.path().join("guides/partial.yaml"),
        "title: A Partly Reviewed Film\nyear: 2001\nfilm:\n  runtime_minutes: 90\naudience: { min_age: 8 }\nadvisories:\n  - { category: sex_nudity, severity: none }\n  - { category: language, severity: mild }\n",
    )
    .unwrap();
    let output = run(dir.path(), &["list", "--max", "sex_nudity=severe", "--max", "language=moderate", "--age", "16"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with("2 films of 3 fit:"), "{text}");
    assert!(text.contains("Never Let Me Go (2010)") && text.contains("A Partly Reviewed Film (2001)"));
    assert!(
        text.contains(
            "Her (2013): recommended from age 17 (the child is 16); language is severe (your limit: moderate)"
        ),
        "{text}"
    );

    let output = run(dir.path(), &["list", "--max", "violence=mild", "--json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["filters"]["max"]["violence"], "mild");
    assert_eq!(json["filters"]["age"], serde_json::Value::Null);
    let films = json["films"].as_array().unwrap();
    let titles: Vec<&str> = films.iter().map(|f| f["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["Her", "Never Let Me Go", "A Partly Reviewed Film"], "sorted by title, articles ignored");
    let partial = &films[2];
    assert_eq!(partial["allowed"], false);
    assert_eq!(partial["reasons"][0]["kind"], "not_reviewed");
    assert_eq!(partial["content"]["violence"], serde_json::Value::Null);
    assert_eq!(partial["content"]["language"], "mild");
    assert_eq!(films[0]["allowed"], true, "Her has no violence");
    assert_eq!(films[1]["allowed"], false, "Never Let Me Go has severe violence");
    assert_eq!(films[1]["ratings"][0], serde_json::json!({"system": "MPA", "rating": "R"}));
    let keys: Vec<&String> = films[1].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["allowed", "content", "min_age", "ratings", "reasons", "slug", "title", "verdicts", "year"]);

    let text = stdout(&run(dir.path(), &["list", "--max", "violence=mild"]));
    assert!(
        text.contains("A Partly Reviewed Film (2001): violence & gore is not reviewed, so it counts as not allowed"),
        "{text}"
    );
    let bad = run(dir.path(), &["list", "--max", "gore=mild"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("did you mean `violence`?"));
}

#[test]
fn ratings_prints_the_parents_card_in_colour_only_on_a_terminal() {
    let dir = project();
    let piped = Command::new(crate::harness::binary())
        .args(["ratings", "never-let-me-go"])
        .current_dir(dir.path())
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .output()
        .unwrap();
    assert_eq!(piped.status.code(), Some(0));
    let text = stdout(&piped);
    insta::assert_snapshot!("ratings_never_let_me_go", text);
    assert!(!text.contains('\u{1b}'), "escape codes in piped output");
    assert!(text.contains("MPA R for some sexuality and nudity"));
    assert!(text.contains("Recommended for ages 16 and up"));
    assert!(text.contains("Mature Themes") && text.contains("■■■ Severe"));
    assert!(text.contains("pornographic magazine photos of bare breasts"));
    assert!(!text.contains("Ruth dies on the operating table."), "spoilers shown without --spoilers");
    assert!(text.contains("Left off this card because they may give away the plot:"), "{text}");
    assert!(text.contains("Add --spoilers to see them."), "{text}");
    assert!(text.contains("(source: Christian Answers; Movie Mom; PopFam)"), "{text}");
    let spoilers = stdout(&run(dir.path(), &["ratings", "never-let-me-go", "--spoilers"]));
    assert!(spoilers.contains("Ruth dies on the operating table.") && spoilers.contains("[Spoiler]"));
    assert!(!spoilers.contains("Left off this card"));
    let by_file = stdout(&run(dir.path(), &["ratings", "guides/her.yaml"]));
    assert!(by_file.starts_with("Her (2013)"));

    // On a terminal (a pseudo-terminal made by `script`), colour; with NO_COLOR, none.
    let on_terminal = |no_color: bool| {
        let mut command = Command::new("script");
        command
            .args(["-qec", &format!("{} ratings never-let-me-go", crate::harness::binary().display()), "/dev/null"])
            .current_dir(dir.path())
            .env("TERM", "xterm-256color")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("CI");
        if no_color {
            command.env("NO_COLOR", "1");
        } else {
            command.env_remove("NO_COLOR");
        }
        let output = command.output().expect("`script` (util-linux) makes a pseudo-terminal");
        assert!(output.status.success());
        stdout(&output)
    };
    let coloured = on_terminal(false);
    assert!(coloured.contains("\u{1b}[1m") && coloured.contains("Severe"), "no colour on a terminal:\n{coloured}");
    assert!(!on_terminal(true).contains('\u{1b}'), "colour despite NO_COLOR");

    let missing = run(dir.path(), &["ratings", "never-let-me-g0"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("did you mean `never-let-me-go`?"));
}

#[test]
fn completions_and_a_manual_page_come_from_the_command_line_definition() {
    let dir = project();
    let bash = stdout(&run(dir.path(), &["completions", "bash"]));
    assert!(bash.contains("reelguide") && bash.contains("--large-print"));
    let man = stdout(&run(dir.path(), &["man"]));
    assert!(man.contains(".TH reelguide") && man.contains("ratings"));
}
