//! Command-line conventions: `-` for standard input, JSON diagnostics, the colour
//! variables, a manual page per subcommand, and settings found in a parent folder.

use std::io::Write;
use std::process::Stdio;

use crate::harness::{command, expect, project, root, run, stderr, stdout};

/// Runs the binary in `dir` with `input` on its standard input.
fn run_with_input(dir: &std::path::Path, args: &[&str], input: &[u8]) -> std::process::Output {
    let mut child =
        command(dir).args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_record_on_standard_input_is_checked_and_shown_like_a_file() {
    let dir = project();
    let her = std::fs::read(root().join("guides/her.yaml")).unwrap();
    let checked = run_with_input(dir.path(), &["check", "-"], &her);
    expect(&checked, 0);
    let card = run_with_input(dir.path(), &["ratings", "-"], &her);
    expect(&card, 0);
    assert!(stdout(&card).starts_with("Her (2013)"), "{}", stdout(&card));
    // A broken record from standard input is named as such, with its line.
    let broken = b"title: Broken\nyear: 2010\nfilm:\n  runtime_minutes: ninety\n";
    let failed = run_with_input(dir.path(), &["check", "-"], broken);
    let errors = expect(&failed, 1);
    assert!(errors.contains("<stdin>:4:20"), "{errors}");
}

#[test]
fn check_prints_json_lines_for_editors() {
    let dir = project();
    std::fs::write(
        dir.path().join("guides/broken.yaml"),
        "title: Broken\nyear: 2010\nfilm:\n  runtime_minutes: 90\nadvisories:\n  - category: violence\n    severity: medium\n",
    )
    .unwrap();
    let output = run(dir.path(), &["check", "--format", "json", "guides/broken.yaml"]);
    expect(&output, 1);
    let lines: Vec<serde_json::Value> =
        stdout(&output).lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect();
    let problem = lines.iter().find(|l| l["code"] == "unknown-severity").unwrap_or_else(|| panic!("{lines:?}"));
    assert_eq!(problem["file"], "guides/broken.yaml");
    assert_eq!(problem["line"], 7);
    assert_eq!(problem["column"], 15);
    assert_eq!(problem["severity"], "error");
    assert_eq!(problem["field"], "advisories[0].severity");
    assert!(problem["hint"].as_str().unwrap().contains("moderate"), "{problem}");
    assert!(!stderr(&output).contains("error["), "diagnostics went to stderr too");
}

#[test]
fn clicolor_force_colours_a_pipe_and_clicolor_0_or_no_color_never() {
    let dir = project();
    let with = |vars: &[(&str, &str)]| {
        let mut cmd = command(dir.path());
        cmd.env_remove("NO_COLOR").args(["ratings", "her"]);
        for (k, v) in vars {
            cmd.env(k, v);
        }
        stdout(&cmd.output().unwrap())
    };
    assert!(with(&[("CLICOLOR_FORCE", "1")]).contains('\u{1b}'), "CLICOLOR_FORCE did not colour a pipe");
    assert!(!with(&[]).contains('\u{1b}'), "a pipe was coloured");
    assert!(!with(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]).contains('\u{1b}'), "NO_COLOR was ignored");
    // Diagnostics follow the same rule.
    std::fs::write(dir.path().join("guides/bad.yaml"), "title: Bad\nyear: 1700\nfilm:\n  runtime_minutes: 90\n")
        .unwrap();
    let mut cmd = command(dir.path());
    cmd.env_remove("NO_COLOR").env("CLICOLOR_FORCE", "1").args(["check", "guides/bad.yaml"]);
    assert!(stderr(&cmd.output().unwrap()).contains('\u{1b}'), "diagnostics ignored CLICOLOR_FORCE");
    // On a terminal, CLICOLOR=0 turns colour off.
    let script = std::process::Command::new("script")
        .args(["-qec", &format!("{} ratings her", crate::harness::binary().display()), "/dev/null"])
        .current_dir(dir.path())
        .env("TERM", "xterm-256color")
        .env("CLICOLOR", "0")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .output()
        .expect("`script` makes a pseudo-terminal");
    assert!(!stdout(&script).contains("\u{1b}[1m"), "CLICOLOR=0 was ignored on a terminal");
}

#[test]
fn man_writes_a_page_for_each_subcommand_its_see_also_names() {
    let dir = tempfile::tempdir().unwrap();
    expect(&run(dir.path(), &["man", "pages"]), 0);
    let main = std::fs::read_to_string(dir.path().join("pages/reelguide.1")).unwrap();
    for sub in ["build", "check", "ratings", "list", "new", "schema", "templates", "completions", "man"] {
        assert!(main.contains(&format!("reelguide\\-{sub}(1)")), "SEE ALSO lacks {sub}");
        let page = dir.path().join(format!("pages/reelguide-{sub}.1"));
        assert!(page.is_file(), "no page {}", page.display());
    }
    let single = run(dir.path(), &["man"]);
    expect(&single, 0);
    assert!(stdout(&single).starts_with(".ie"), "{}", &stdout(&single)[..40]);
}

#[test]
fn settings_are_found_in_a_parent_folder_and_verbose_says_which() {
    let dir = project();
    std::fs::write(dir.path().join("reelguide.yaml"), "group: Parent Folder Club\nformats: [html]\n").unwrap();
    let inside = dir.path().join("guides");
    let output = run(&inside, &["build", "--verbose", "--edition", "handout"]);
    let said = expect(&output, 0);
    let found = dir.path().canonicalize().unwrap().join("reelguide.yaml");
    assert!(said.contains(&format!("settings: {}", found.display())), "{said}");
    // The project's guides/ and out/ are beside the settings, not in the current folder.
    let page = std::fs::read_to_string(dir.path().join("out/her/handout.html")).expect("built into the project's out/");
    assert!(page.contains("Parent Folder Club"));
    assert!(!inside.join("out").exists());
    let none = tempfile::tempdir().unwrap();
    std::fs::create_dir(none.path().join("guides")).unwrap();
    std::fs::copy(root().join("guides/her.yaml"), none.path().join("guides/her.yaml")).unwrap();
    let bare = run(none.path(), &["build", "--verbose", "--format", "html"]);
    assert!(expect(&bare, 0).contains("settings: none"), "{}", stderr(&bare));
}
